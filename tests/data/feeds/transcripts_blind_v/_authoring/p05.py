from common import *

NAME = "v05_capital_tonight_tv"
SHOW = "Capital Tonight"

TURNS = [
    Turn("H", None, ["Good evening, everyone. Tonight, two brothers, two very different businesses. Later in the hour, Elon and Kimbal Musk join me together for the first time on this program. But first, our correspondent Tom Abernathy on the week at the new Texas plant."], label="GRACE HOLLOWAY, CNX ANCHOR"),
    Turn("T", None, ["Grace, workers here have been on double shifts since Monday. Musk has said publicly that this line will be, in his words, the most advanced in the world, and he told investors last month that the ramp would be painful. Tonight, it looks like both of those things are true.",
                     "The company says output should double by summer. Back to you."], label="TOM ABERNATHY, CNX CORRESPONDENT"),
    Turn("H", None, ["Thank you, Tom. And joining me now, Elon Musk and Kimbal Musk. Thank you both for being here."], label="HOLLOWAY"),
    Turn("E", None, ["Thanks, Grace. Good to be here."], label="ELON MUSK, CEO, TESLA AND SPACEX"),
    Turn("K", None, ["Thanks for having us. It’s rare we get to do this together."], label="KIMBAL MUSK, CHAIRMAN, THE GARDEN TABLE FOUNDATION"),
    Turn("H", None, ["Elon, let me start with you. Tom just said the ramp is painful. How painful?"], label="HOLLOWAY"),
    Turn("E", None, ["Pretty painful. I mean, every new line is painful. The first few months you’re fighting a thousand small problems, and each one of them can stop the whole thing.",
                     "But it’s going better than the last one. We learned a lot from the last one."], label="E. MUSK"),
    Turn("H", None, ["Right."], label="HOLLOWAY"),
    Turn("E", None, ["And honestly, the team there is incredible. They’ve been living on that line."], label="E. MUSK"),
    Turn("H", None, ["Kimbal, you were on the Tesla board for years. Is your brother easy to work with?"], label="HOLLOWAY"),
    Turn("K", None, ["(LAUGHTER)", "He’s intense. Elon once told me, you know, if you’re not a little scared, you’re not aiming high enough. I think about that a lot with the food work."], label="K. MUSK"),
    Turn("E", None, ["I don’t remember saying that, but it sounds like me."], label="E. MUSK"),
    Turn("H", None, ["Let’s look back. This is you in 2008, the year both companies nearly went under."], label="HOLLOWAY"),
    Turn("E", None, ["We have enough money for one more launch. If it doesn’t work, that’s probably it for SpaceX, at least for a while. But I think it’s going to work."], label="ELON MUSK, CEO, SPACEX (2008)", clip=True),
    Turn("H", None, ["When you watch that now, what do you think?"], label="HOLLOWAY"),
    Turn("E", None, ["I think I was more confident on camera than I was in real life."], label="E. MUSK"),
    Turn("K", None, ["He was not sleeping. I can tell you that."], label="K. MUSK"),
    Turn("H", None, ["Elon, one word answer. Will you hit the summer target?"], label="HOLLOWAY"),
    Turn("E", None, ["Yeah."], label="E. MUSK"),
    Turn("H", None, ["You heard it here. Kimbal, Elon, thank you both."], label="HOLLOWAY"),
    Turn("E", None, ["Thank you."], label="E. MUSK"),
]

FORMAT = ("TV network rush transcript in one body block separated by <br><br>: speaker labels in capitals with a role at first "
          "mention ('ELON MUSK, CEO, TESLA AND SPACEX:') and then 'E. MUSK:' to tell him from 'K. MUSK:'; an archival clip in "
          "(BEGIN VIDEO CLIP)/(END VIDEO CLIP) carries his full label again; no timestamps.")


def render():
    chunks = []
    for tr in TURNS:
        if tr.kw.get("clip"):
            chunks.append("(BEGIN VIDEO CLIP)")
        paras = list(tr.paras)
        chunks.append(f"{tr.label}: {paras[0]}")
        chunks.extend(paras[1:])
        if tr.kw.get("clip"):
            chunks.append("(END VIDEO CLIP)")
        if tr.label == "TOM ABERNATHY, CNX CORRESPONDENT":
            chunks.append("(COMMERCIAL BREAK)")
    return "<br><br>\n".join(chunks)


def build():
    body = render()
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>CNX.com - Transcripts - Capital Tonight</title>
<meta name="description" content="Elon and Kimbal Musk Interview; Texas Plant Ramp. Aired 8-9p ET">
<link rel="stylesheet" type="text/css" href="/.element/ssi/css/1.1/transcripts.css">
<style type="text/css">
.cnxTransStoryHead{{font-size:17px;font-weight:bold}} .cnxTransSubHead{{font-size:13px;font-weight:bold;color:#444}} .cnxBodyText{{font-family:arial,helvetica;font-size:12px;line-height:17px}}
</style>
<script type="text/javascript" src="/.element/js/2.0/global.js"></script>
<script type="text/javascript">var cnxPageType = "transcript"; var cnxShow = "ctn";</script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="770" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/.element/img/1.0/main/cnx_logo.gif" width="120" height="40" alt="CNX" border="0"></a>
<div class="cnxNav"><a href="/">Home</a> | <a href="/us/">U.S.</a> | <a href="/world/">World</a> | <a href="/politics/">Politics</a> | <a href="/business/">Business</a> | <a href="/video/">Video</a> | <a href="/transcripts/">Transcripts</a></div></td></tr>
<tr valign="top">
<td width="160" class="cnxLeftNav">
<div class="cnxTransLeft"><b>TRANSCRIPTS</b><br><a href="/transcripts/">Transcript Providers</a><br><a href="/transcripts/ctn.html">Capital Tonight</a><br><a href="/transcripts/sotu.html">Sunday Briefing</a><br><a href="/transcripts/am.html">First Light</a><br><br><b>Shows by category:</b><br><a href="#">Business</a><br><a href="#">Politics</a></div>
</td>
<td width="10"><img src="/.element/img/1.0/misc/1.gif" width="10" height="1" alt=""></td>
<td width="600">
<div class="cnxTransStoryHead">Elon and Kimbal Musk Interview; Texas Plant Ramp</div>
<div class="cnxTransSubHead">Aired March 6, 2025 - 20:00 &nbsp; ET</div>
<div class="cnxBodyText"><p class="cnxBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnxBodyText">
{body}
<br><br>
(COMMERCIAL BREAK)
<br><br>
(END)
</p>
</div>
<div class="cnxTransFooter"><br><a href="/transcripts/ctn.html">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-CNX-NEWS OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT www.fdch.com</a></div>
</td>
</tr>
<tr><td colspan="3" align="center"><div class="cnxFooter"><a href="/search/">Search</a> | <a href="/interactive_legal.html">Terms of service</a> | <a href="/privacy.html">Privacy guidelines</a> | <a href="/services/advertise/">Advertise with us</a> | <a href="/about/">About us</a><br>&copy; 2025 Cable News Exchange. All Rights Reserved.</div></td></tr>
</table>
<script type="text/javascript">cnxTrack("transcripts","ctn","2025-03-06");</script>
</body>
</html>
"""
    others = ["GRACE HOLLOWAY, CNX ANCHOR", "HOLLOWAY", "TOM ABERNATHY, CNX CORRESPONDENT",
              "KIMBAL MUSK, CHAIRMAN, THE GARDEN TABLE FOUNDATION", "K. MUSK"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
