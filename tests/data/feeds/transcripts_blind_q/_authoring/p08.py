"""q08 - TV network rush transcript: capitalised labels with roles, <br><br> separated, video clip of him, Maye Musk speaks."""
from common import ELON, esc, gold_turns, write_page

NAME = "q08_cnb_briefing_tv_transcript"
SHOW = "The Briefing with Jake Rourke (CNB)"

# items: ("cue", text) | (speaker_key, label, text)
ITEMS = [
    ("R", "JAKE ROURKE, CNB ANCHOR", "Good evening. Tonight, a CNB exclusive. Elon Musk joins us live from Starbase in just a moment. But first, some context. Here he is speaking to employees back in 2019."),
    ("cue", "(BEGIN VIDEO CLIP)"),
    (ELON, "ELON MUSK, CEO, SPACEX", "We're going to make a lot of mistakes. That's fine. The only unforgivable mistake is not learning from the last one."),
    ("cue", "(END VIDEO CLIP)"),
    ("R", "ROURKE", "Our Sofia Brandt has been talking to the people who know him best."),
    ("cue", "(BEGIN VIDEOTAPE)"),
    ("B", "SOFIA BRANDT, CNB CORRESPONDENT (voice-over)", "In Pretoria, South Africa, a young Elon Musk taught himself to program. By twelve, he had sold his first video game to a computer magazine."),
    ("M", "MAYE MUSK, ELON MUSK'S MOTHER", "He was always reading. If you took the book away, he would find another one. I stopped trying."),
    ("B", "BRANDT", "Musk told reporters last year, quote, \"I would like to die on Mars, just not on impact.\" Friends say he meant it."),
    ("M", "M. MUSK", "He meant it. He always means it."),
    ("cue", "(END VIDEOTAPE)"),
    ("R", "ROURKE", "And joining us now from Starbase, Texas, Elon Musk. Elon, thanks for being here."),
    (ELON, "ELON MUSK, CEO, TESLA AND SPACEX", "Thanks for having me, Jake."),
    ("R", "ROURKE", "Let me start with today's news. The FAA signed off on the next flight. When do you launch?"),
    (ELON, "E. MUSK", "Probably in about three weeks, weather permitting. The vehicle is ready. We're doing final checks on the ground systems, the usual stuff."),
    ("R", "ROURKE", "You heard your mother in that piece. She says you always mean it. Do you still want to die on Mars?"),
    (ELON, "E. MUSK", "Yes, but ideally when I'm very old. That line was a joke, but also not really a joke."),
    ("R", "ROURKE", "Critics say you're spread too thin -- Tesla, SpaceX, X, Neuralink --"),
    (ELON, "E. MUSK", "That's --"),
    ("cue", "(CROSSTALK)"),
    ("R", "ROURKE", "-- the Boring Company."),
    (ELON, "E. MUSK", "Look, that's a fair criticism in some ways. But the companies have great teams. I spend my time on the hardest engineering problems, and that's where I add the most value."),
    ("R", "ROURKE", "Last question. What do you want people to understand about you that they don't?"),
    (ELON, "E. MUSK", "That I'm mostly an engineer. I spend most of my day in design reviews, not on social media, even though it might not look that way."),
    ("R", "ROURKE", "Elon Musk, thank you."),
    (ELON, "E. MUSK", "Thank you."),
    ("cue", "(COMMERCIAL BREAK)"),
    ("R", "ROURKE", "Welcome back. Markets reacted within minutes of that interview. Here to explain what investors heard, economist Alana Pierce."),
    ("P", "DR. ALANA PIERCE, ECONOMIST, UNIVERSITY OF CHICAGO", "Thanks, Jake. When Musk says \"three weeks,\" the market has learned to hear \"three months.\" That's not a criticism, it's just how the price works."),
    ("R", "ROURKE", "So what did they hear tonight?"),
    ("P", "PIERCE", "They heard \"the vehicle is ready.\" That line moved the satellite-internet stocks more than anything else he said."),
    ("R", "ROURKE", "Alana Pierce, thank you. That's THE BRIEFING for tonight. I'm Jake Rourke. See you tomorrow."),
    ("cue", "(END)"),
]


def render_body():
    parts = []
    for it in ITEMS:
        if it[0] == "cue":
            parts.append(esc(it[1]))
        else:
            parts.append("%s: %s" % (esc(it[1]), esc(it[2])))
    return "<br><br>".join(parts)


PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>CNB.com - Transcripts - The Briefing with Jake Rourke: Elon Musk Live From Starbase; Markets React - March 3, 2025</title>
<meta name="description" content="Transcripts of THE BRIEFING WITH JAKE ROURKE">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="https://i.cnb.com/transcripts/css/transcripts_v2.css" type="text/css">
<script type="text/javascript" src="https://i.cnb.com/js/2.0/global.js"></script>
<script type="text/javascript">var cnbPageType='transcript';var cnbSection='tv';</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="770" border="0" cellpadding="0" cellspacing="0" align="center" id="cnbHeader">
<tr><td><a href="https://www.cnb.com/"><img src="https://i.cnb.com/images/logo_cnb_transcripts.gif" width="160" height="50" alt="CNB" border="0"></a></td>
<td class="cnbNav" align="right"><a href="https://www.cnb.com/">Home</a> | <a href="https://www.cnb.com/video">Video</a> | <a href="https://www.cnb.com/politics">Politics</a> | <a href="https://www.cnb.com/business">Business</a> | <a href="https://transcripts.cnb.com/">Transcripts</a></td></tr>
</table>
<table width="770" border="0" cellpadding="0" cellspacing="0" align="center">
<tr valign="top">
<td width="140" class="cnbLeftNav">
<div class="cnbTransNav"><b>TRANSCRIPTS</b><br>
<a href="https://transcripts.cnb.com/shows">Shows By Category</a><br>
<a href="https://transcripts.cnb.com/date/2025-03-03">Transcripts for March 3, 2025</a><br>
<a href="https://transcripts.cnb.com/show/tbr">The Briefing</a><br>
<a href="https://transcripts.cnb.com/show/mr">Morning Report</a><br>
<a href="https://transcripts.cnb.com/show/wn">World Now</a></div>
</td>
<td width="630" class="cnbTransContent">
<p class="cnbTransStoryHead">Elon Musk Live From Starbase; Markets React to Launch Timeline.</p>
<p class="cnbTransSubHead">Aired March 3, 2025 - 21:00&nbsp;&nbsp;&nbsp;ET</p>
<p class="cnbBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnbBodyText">{body}</p>
<p class="cnbBodyText"><b>TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0132 OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT www.fdch.example.com</b></p>
<p class="cnbTransBack"><a href="https://transcripts.cnb.com/show/tbr">Return to Transcripts main page</a></p>
</td>
</tr>
</table>
<table width="770" border="0" cellpadding="0" cellspacing="0" align="center" id="cnbFooter">
<tr><td class="cnbFooterText" align="center"><a href="https://www.cnb.com/terms">Terms of Use</a> | <a href="https://www.cnb.com/privacy">Privacy Statement</a> | <a href="https://www.cnb.com/accessibility">Accessibility</a><br>&copy; 2025 Capital News Broadcasting. All Rights Reserved.</td></tr>
</table>
<script type="text/javascript">if(typeof cnbTrack==='function'){{cnbTrack('transcripts','tbr','2025-03-03');}}</script>
</body>
</html>
"""


def build():
    page = PAGE.format(body=render_body())
    turns = [(it[0], None, [it[2]]) for it in ITEMS if it[0] != "cue"]
    return write_page(
        NAME, page, SHOW,
        "Old table-layout TV rush transcript: one <p> with turns separated only by <br><br>, each starting with a capitalised label 'NAME, ROLE:' on first use then 'SURNAME:' ('E. MUSK' / 'M. MUSK' for the two Musks); stage cues like (BEGIN VIDEO CLIP); no timestamps.",
        gold_turns(turns),
        ["JAKE ROURKE, CNB ANCHOR", "ROURKE", "SOFIA BRANDT, CNB CORRESPONDENT (voice-over)", "BRANDT",
         "MAYE MUSK, ELON MUSK'S MOTHER", "M. MUSK", "DR. ALANA PIERCE, ECONOMIST, UNIVERSITY OF CHICAGO", "PIERCE"],
    )
