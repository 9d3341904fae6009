from common import *

NAME = "u04_wnx_newsnight"
SHOW = "WNX Newsnight with Carla Reyes"
FMT = ("TV rush transcript: one text block whose paragraphs are separated by <br><br>; a speaker change is a paragraph "
       "starting with an upper-case label and colon (full label with title on first appearance, then surname or "
       "initial+surname), stage directions in parentheses; no timestamps.")

# (label, is_elon, text)   label None = direction / unlabelled continuation paragraph
T = [
 ("CARLA REYES, WNX ANCHOR", 0, "Good evening. I'm Carla Reyes. Tonight, the brothers Musk, together, on what's next for the rockets, the cars and, believe it or not, school lunches. But first, WNX correspondent Tom Ashby on a big week in South Texas."),
 ("(BEGIN VIDEOTAPE)", None, None),
 ("TOM ASHBY, WNX CORRESPONDENT (voice-over)", 0, "Another launch, another catch. For the fourth time this year, the booster came back to the tower that launched it. For the people who build these machines, it is starting to feel routine. For the man who runs the place, routine is the goal."),
 ("KIMBAL MUSK, TESLA BOARD MEMBER", 0, "My brother has always been like this. He'd take apart the toaster and then put it back together better. Mostly better."),
 ("ASHBY", 0, "On Tuesday, speaking to employees in a hangar here, Elon Musk was characteristically blunt."),
 ("(BEGIN VIDEO CLIP)", None, None),
 ("ELON MUSK, CEO, TESLA AND SPACEX", 1, "We are going to make a lot of mistakes this year. That's fine. The only unforgivable mistake is not learning from the last one."),
 ("(END VIDEO CLIP)", None, None),
 ("ASHBY", 0, "Employees we spoke with say the pace is relentless, and that that's the point. Tom Ashby, WNX News, Starbase, Texas."),
 ("(END VIDEOTAPE)", None, None),
 ("REYES", 0, "And joining me now, Elon Musk and his brother Kimbal Musk. Gentlemen, thank you for being here."),
 ("E. MUSK", 1, "Thanks for having us."),
 ("K. MUSK", 0, "Happy to be here, Carla."),
 ("REYES", 0, "Elon, you told your employees this week, quote, \"The only unforgivable mistake is not learning from the last one.\" What was the last mistake?"),
 ("E. MUSK", 1, "Oh, there are so many. I mean, the honest answer is we were too slow to simplify the second-generation ship. We kept adding things instead of deleting things."),
 (None, 1, "If I had to pick one rule, it's delete the part. If you're not adding back at least ten percent of what you deleted, you didn't delete enough."),
 ("REYES", 0, "Kimbal, was he like this as a kid?"),
 ("K. MUSK", 0, "(LAUGHTER) Yes. Yes, he was. He read the encyclopedia for fun. Twice."),
 ("E. MUSK", 1, "That's not --"),
 ("K. MUSK", 0, "It's true."),
 ("E. MUSK", 1, "It's partially true."),
 ("(LAUGHTER)", None, None),
 ("REYES", 0, "Let me ask about Tesla. Sales in Europe are down for a third straight quarter. Is the brand damaged?"),
 ("E. MUSK", 1, "I think there's some of that, sure. But the bigger factor is the product cycle. The refreshed Model Y takes a few quarters to ramp, and the cheaper model is still coming."),
 ("REYES", 0, "When?"),
 ("E. MUSK", 1, "First half of next year."),
 ("REYES", 0, "Right."),
 ("E. MUSK", 1, "Production, not deliveries. I want to be precise about that, because people will clip this."),
 ("(CROSSTALK)", None, None),
 ("REYES", 0, "They will. They absolutely will. Kimbal, thirty seconds on school lunches. Go."),
 ("K. MUSK", 0, "Thirty seconds. OK. We're now in about eleven hundred schools with real kitchens, real food, and kids actually eat it. That's the whole pitch. The kids eat it."),
 ("REYES", 0, "Elon Musk, Kimbal Musk, thank you both."),
 ("E. MUSK", 1, "Thank you."),
 ("REYES", 0, "We'll be right back."),
 ("(COMMERCIAL BREAK)", None, None),
]

def build():
    g = Gold("en")
    paras = []
    others = []
    for label, is_e, text in T:
        if text is None:
            paras.append(esc(label))
            continue
        frag = esc(text)
        if label is None:
            paras.append(frag)
            continue
        if is_e:
            g.add(None, frag)
        elif label not in others:
            others.append(label)
        paras.append("%s: %s" % (esc(label), frag))
    body = "<br><br>\n".join(paras)
    page = TEMPLATE.replace("{{BODY}}", body)
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>WNX.com - Transcripts - Newsnight with Carla Reyes</title>
<meta name="description" content="Newsnight with Carla Reyes: Elon Musk and Kimbal Musk Interview; Starbase Launch Week. Aired 9-10p ET">
<meta name="keywords" content="transcripts, WNX, Newsnight, Carla Reyes">
<link rel="stylesheet" type="text/css" href="https://www.wnx.example/css/transcripts_2012.css">
<style type="text/css">
body{font-family:Arial,Helvetica,sans-serif;background:#fff}.wnxTransStoryHead{font-size:18px;font-weight:bold;color:#003366}
.wnxTransSubHead{font-size:14px;font-weight:bold}.wnxBodyText{font-size:13px;line-height:1.5}#wnxNav td{padding:4px 8px}
</style>
<script type="text/javascript">var wnxCurrTime = new Date(1741996800000);var wnxAdTags={"section":"transcripts","show":"newsnight"};</script>
<script type="text/javascript" src="https://www.wnx.example/js/wnx_ads_legacy.js"></script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table id="wnxNav" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#002244">
<tr>
<td><a href="https://www.wnx.example/"><img src="https://www.wnx.example/images/wnx_logo_trans.gif" width="120" height="40" alt="WNX" border="0"></a></td>
<td><a href="https://www.wnx.example/us/"><font color="#ffffff">U.S.</font></a></td>
<td><a href="https://www.wnx.example/world/"><font color="#ffffff">World</font></a></td>
<td><a href="https://www.wnx.example/politics/"><font color="#ffffff">Politics</font></a></td>
<td><a href="https://www.wnx.example/business/"><font color="#ffffff">Business</font></a></td>
<td><a href="https://www.wnx.example/tv/"><font color="#ffffff">TV</font></a></td>
<td><a href="https://transcripts.wnx.example/"><font color="#ffcc00">Transcripts</font></a></td>
</tr>
</table>
<table width="770" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td valign="top" width="160" class="wnxLeftNav">
<p><b>TRANSCRIPTS</b></p>
<p><a href="https://transcripts.wnx.example/TRANSCRIPTS/">Transcript Providers</a><br>
<a href="https://transcripts.wnx.example/TRANSCRIPTS/nn.html">Newsnight</a><br>
<a href="https://transcripts.wnx.example/TRANSCRIPTS/mr.html">Morning Report</a><br>
<a href="https://transcripts.wnx.example/TRANSCRIPTS/ww.html">World Wrap</a><br>
<a href="https://transcripts.wnx.example/TRANSCRIPTS/sd.html">Sunday Desk</a></p>
<p><a href="https://transcripts.wnx.example/TRANSCRIPTS/2025.03.14.html">Return to Transcripts main page</a></p>
</td>
<td valign="top" width="10">&nbsp;</td>
<td valign="top" width="600">
<p class="wnxTransStoryHead">NEWSNIGHT WITH CARLA REYES</p>
<p class="wnxTransSubHead">Elon Musk and Kimbal Musk Interview; Starbase Launch Week; Europe EV Sales Slump; Wildfire Season Outlook. Aired 9-10p ET</p>
<p class="wnxBodyText">Aired March 14, 2025 - 21:00 &nbsp; ET</p>
<p class="wnxBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="wnxBodyText">
{{BODY}}
</p>
<p class="wnxBodyText">(COMMERCIAL BREAK)<br><br>[21:14:09]<br><br>REYES: Turning now to the West, where fire officials say this season could start weeks early. WNX's Dev Malhotra reports from Sacramento.</p>
<p class="wnxBodyText"><i>[Transcript of the remainder of this hour is not yet available.]</i></p>
<p class="wnxBodyText"><a href="https://transcripts.wnx.example/TRANSCRIPTS/2025.03.14.html">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0117 OR USE OUR SECURE ONLINE ORDER FORM</a></p>
<table width="100%" border="0" cellpadding="4" bgcolor="#eeeeee"><tr><td class="wnxBodyText"><b>Related transcripts:</b> <a href="https://transcripts.wnx.example/TRANSCRIPTS/2503/10/mr.01.html">Morning Report: Starbase Neighbors Weigh In</a> &middot; <a href="https://transcripts.wnx.example/TRANSCRIPTS/2503/07/sd.02.html">Sunday Desk: Who Regulates Reusable Rockets?</a></td></tr></table>
</td></tr>
</table>
<table width="100%" cellpadding="6" cellspacing="0" border="0" bgcolor="#002244"><tr><td align="center"><font color="#cccccc" size="1">&copy; 2025 WNX Broadcasting Network. All Rights Reserved. <a href="https://www.wnx.example/terms"><font color="#cccccc">Terms</font></a> | <a href="https://www.wnx.example/privacy"><font color="#cccccc">Privacy Guidelines</font></a></font></td></tr></table>
<script type="text/javascript">if(typeof wnxAds!=="undefined"){wnxAds.render("bottom_728x90");}</script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
