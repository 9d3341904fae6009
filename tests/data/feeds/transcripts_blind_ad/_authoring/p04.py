"""ad04: TV network transcript page (one text block, <br><br> separated, ALL-CAPS labels with roles)."""
from common import *

NAME = "ad04_mnb_marketpulse_tv"
SHOW = "Market Pulse with Becky Quintero (MNB Business Network)"

Q, A, K = "Q", "A", "K"
# (speaker, label, paragraphs) -- markers are plain strings
SEQ = [
    ("Q", "BECKY QUINTERO, MNB ANCHOR", ["Good afternoon and welcome to MARKET PULSE. I'm Becky Quintero. Shares of Tesla moved sharply in late trading after the company's annual meeting in Austin, where the pitch was less about cars and more about robots. Dev Anand was in the room."]),
    ("A", "DEV ANAND, MNB CORRESPONDENT (voice-over)", ["The meeting had the feel of a product launch: music, a light show, and a humanoid robot handing out water bottles. The message from the stage was unmistakable."]),
    "(BEGIN VIDEO CLIP)",
    (E, "ELON MUSK, CEO, TESLA", ["We're going to make the cars drive themselves, and then we're going to make the robots, and then the robots are going to help make more robots. That's the plan. It's a simple plan. It's just hard."]),
    "(END VIDEO CLIP)",
    ("A", "ANAND (voice-over)", ["In the front row, the CEO's brother and longtime board member, who told us he has heard versions of that pitch for most of his life."]),
    "(BEGIN VIDEO CLIP)",
    ("K", "KIMBAL MUSK, TESLA BOARD MEMBER, ELON MUSK'S BROTHER", ["I've been hearing him say that since we were kids sharing an apartment in Toronto. The difference is that now he has a factory. Several factories."]),
    "(END VIDEO CLIP)",
    ("A", "ANAND", ["Investors we spoke to afterward were split between excitement and fatigue over timelines. Becky."]),
    ("Q", "QUINTERO", ["Dev Anand in Austin, thank you. And joining me now from the factory floor, Elon Musk. Elon, good to have you."]),
    (E, "ELON MUSK, CEO, TESLA AND SPACEX", ["Good to be here, Becky. Apologies for the forklift behind me."]),
    ("Q", "QUINTERO", ["Your brother says he's heard the robot pitch since you were kids. Fair?"]),
    (E, "MUSK", ["That's a little unfair to my younger self. When we were kids I was talking about rockets. The robots came later.",
                 "But, look, the underlying idea hasn't changed. If you can automate the making of things, the cost of things drops toward the cost of raw materials plus energy."]),
    ("Q", "QUINTERO", ["Right."]),
    (E, "MUSK", ["And raw materials plus energy is much cheaper than what people pay today for almost anything you can name. That's the whole thesis."]),
    ("Q", "QUINTERO", ["Investors have heard timelines before, though. On self-driving, you said, quote, \"next year\" several years in a row. Is that a fair criticism?"]),
    (E, "MUSK", ["Correct."]),
    ("Q", "QUINTERO", ["That's it? Correct?"]),
    (E, "MUSK", ["I'm famously optimistic about timelines. I've said that many times. But I'd point out that the things I said would happen mostly did happen, just later than I said.",
                 "If you'd told people ten years ago that you could take a car with nobody in the driver's seat across a city, they would have said that's twenty years off. And here we are."]),
    ("Q", "QUINTERO", ["We have about thirty seconds. One number you'd want investors to watch this year?"]),
    (E, "MUSK", ["Miles driven without intervention. Everything else follows from that."]),
    ("Q", "QUINTERO", ["Elon Musk, thank you for your time."]),
    (E, "MUSK", ["Thank you."]),
    ("Q", "QUINTERO", ["When we come back, the shipping industry's newest headache: a shortage of containers headed the wrong way. Stay with us."]),
    "(COMMERCIAL BREAK)",
    ("Q", "QUINTERO", ["Welcome back. Global shipping rates jumped again this week ..."]),
]

T = [{"s": x[0], "p": x[2]} for x in SEQ if not isinstance(x, str)]


def body():
    parts = []
    for x in SEQ:
        if isinstance(x, str):
            parts.append(x)
            continue
        s, lab, paras = x
        parts.append(f"{lab}: {esc(paras[0])}")
        parts.extend(esc(p) for p in paras[1:])
    return "<br><br>\n".join(parts)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MNB.com - Transcripts - Market Pulse with Becky Quintero</title>
<meta name="description" content="Transcript of Market Pulse with Becky Quintero: Tesla Annual Meeting; Interview with Elon Musk; Shipping Costs Surge.">
<link rel="stylesheet" href="/css/transcripts.css" type="text/css">
<script>var mnb_section="transcripts", mnb_show="mpbq";</script>
<style>body{{font-family:Arial,Helvetica,sans-serif;font-size:13px}} .tr-headline{{font-size:18px;font-weight:bold}} .tr-subhead{{font-size:12px;color:#555}} .tr-body{{line-height:1.5}}</style>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="mnb-header"><tr>
<td><a href="https://www.mnbnetwork.com/"><img src="/img/mnb_logo.gif" alt="MNB Business Network" width="140" height="40" border="0"></a></td>
<td align="right" class="mnb-nav"><a href="https://www.mnbnetwork.com/markets/">Markets</a> | <a href="https://www.mnbnetwork.com/video/">Video</a> | <a href="https://www.mnbnetwork.com/shows/">Shows</a> | <a href="https://transcripts.mnbnetwork.com/">Transcripts</a></td></tr></table>
<table width="770" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td valign="top">
<p class="tr-crumbs"><a href="https://transcripts.mnbnetwork.com/">Transcript Providers</a> &gt; <a href="https://transcripts.mnbnetwork.com/show/mpbq">MNB Market Pulse</a> &gt; Rush Transcript</p>
<p class="tr-headline">Tesla Annual Meeting; Interview with Elon Musk; Shipping Costs Surge.</p>
<p class="tr-subhead">Aired June 12, 2025 - 15:00&nbsp;&nbsp; ET</p>
<p class="tr-subhead">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="tr-body">
{body()}
</p>
<p class="tr-subhead">END</p>
<p class="tr-subhead"><a href="https://transcripts.mnbnetwork.com/show/mpbq/date/2025-06-12/segment/02">Next segment</a> | <a href="https://transcripts.mnbnetwork.com/show/mpbq">All Market Pulse transcripts</a></p>
</td>
<td width="160" valign="top" class="tr-rail">
<p><b>Search transcripts</b></p><form action="https://transcripts.mnbnetwork.com/search"><input type="text" name="q" size="14"><input type="submit" value="Go"></form>
<p><b>Shows</b><br><a href="https://transcripts.mnbnetwork.com/show/mpbq">Market Pulse</a><br><a href="https://transcripts.mnbnetwork.com/show/opbl">Opening Bell Live</a><br><a href="https://transcripts.mnbnetwork.com/show/wknd">Weekend Money</a></p>
</td></tr></table>
<table width="100%" class="mnb-footer"><tr><td align="center">&copy; 2025 MNB Business Network. All Rights Reserved. | <a href="https://www.mnbnetwork.com/terms/">Terms</a> | <a href="https://www.mnbnetwork.com/privacy/">Privacy</a><br>Transcripts are provided by an outside vendor and may contain errors.</td></tr></table>
<script src="https://www.mnbnetwork.com/js/omniture_transcripts.js"></script>
</body>
</html>
"""
    fmt = ("TV network rush transcript: the whole show is one <p> split by <br><br>; each turn starts with an ALL-CAPS "
           "label with a role on first appearance ('ELON MUSK, CEO, TESLA AND SPACEX:') and a surname later ('MUSK:'); "
           "unlabelled chunks continue the turn; video-clip markers in parentheses; no times.")
    others = ["BECKY QUINTERO, MNB ANCHOR", "QUINTERO", "DEV ANAND, MNB CORRESPONDENT (voice-over)", "ANAND (voice-over)",
              "ANAND", "KIMBAL MUSK, TESLA BOARD MEMBER, ELON MUSK'S BROTHER"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
