from common import *

NAME = "aa05_mcn_tv_transcript"
SHOW = "The Briefing with Dana Whitfield (MCN)"

# (label, speaker_key, text) ; stage directions as ("", None, text)
ROWS = [
    ("DANA WHITFIELD, MCN ANCHOR", "DW", "Good evening. I'm Dana Whitfield, and this is THE BRIEFING. Tonight, the truck that was supposed to change everything, and the man who promised it would. Elon Musk posted this morning, quote, \"Production is finally where it needs to be. Hell was worth it,\" end quote. It has been a long road to get here. Here's how he pitched it five years ago."),
    ("", None, "(BEGIN VIDEO CLIP)"),
    ("ELON MUSK, CEO, TESLA AND SPACEX", EM, "We're going to make a truck that is tougher than a truck. You can hit it with a sledgehammer and it won't dent. This is the future, and it's going to look like the future."),
    ("", None, "(END VIDEO CLIP)"),
    ("WHITFIELD", "DW", "Well, the future took a while. Our business correspondent Rafael Osei has more."),
    ("RAFAEL OSEI, MCN BUSINESS CORRESPONDENT (voice-over)", "RO", "Delays, a recall over a sticking accelerator pedal, and a price that ended up far above the original promise. But inside the Austin plant this week, the line was moving. Workers we spoke to say output has roughly tripled since January."),
    ("OSEI (on camera)", "RO", "Analysts I talked to say the question now isn't whether the factory can build the truck. It's whether enough people want to buy it at this price. Dana?"),
    ("WHITFIELD", "DW", "Rafael, thank you. We also reached Errol Musk, Elon Musk's father, who has not always been kind about his son's ventures."),
    ("ERROL MUSK, FATHER OF ELON MUSK (via telephone)", "ER", "Look, he has always been stubborn. When he was a boy he would read the encyclopedia and argue with me about it. The truck is ugly, I told him so. But he does not listen to me, and maybe that is why he succeeds."),
    ("WHITFIELD", "DW", "And joining me now from Austin is Elon Musk. Thanks for being with us."),
    ("MUSK", EM, "Good to be here, Dana."),
    ("WHITFIELD", "DW", "You called the production ramp \"hell.\" What actually went wrong?"),
    ("MUSK", EM, "Pretty much everything that could go wrong did go wrong. The stainless steel exoskeleton is very hard to work with. You can't stamp it the way you stamp normal steel, so we had to invent new ways of bending it, and every one of those took months.", "And then the supply chain for some of the electronics was a mess. But we got through it."),
    ("WHITFIELD", "DW", "Sure."),
    ("MUSK", EM, "I mean, I don't want to minimize it. There were weeks where we were making a handful of trucks. Now we're making thousands. That's the nature of new products. The first part of the curve is always brutal."),
    ("WHITFIELD", "DW", "Your father just told us the truck is ugly."),
    ("MUSK", EM, "He's entitled to his opinion."),
    ("WHITFIELD", "DW", "Fair enough. The price is now more than sixty thousand dollars for the cheapest version. Is a cheaper one coming?"),
    ("MUSK", EM, "Over time, yes. Costs come down with volume. I'm not going to give a date, because then that becomes the story. But yes."),
    ("WHITFIELD", "DW", "Elon Musk, thank you for your time."),
    ("", None, "(COMMERCIAL BREAK)"),
]

TURNS = []
for lbl, spk, *paras in ROWS:
    if spk is None:
        continue
    TURNS.append(T(spk, None, *paras))


def render():
    out = []
    for lbl, spk, *paras in ROWS:
        if spk is None:
            out.append("<p>%s</p>" % esc(paras[0]))
            continue
        out.append("<p>%s: %s</p>" % (esc(lbl), esc(paras[0])))
        for p in paras[1:]:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>MCN.com - Transcripts</title>
<meta name="description" content="THE BRIEFING WITH DANA WHITFIELD: Cybertruck Production Ramps Up; Interview With Elon Musk. Aired 9-10p ET">
<link rel="stylesheet" type="text/css" href="/.element/ssi/css/1.1/transcripts.css">
<script language="JavaScript" type="text/javascript">var mcnCurrTime = new Date(1709604000000); var mcnCurrHour = 21;</script>
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="mcnHeader"><a href="https://www.mcn.com/"><img src="/.element/img/1.0/main/mcn_logo.gif" width="90" height="44" border="0" alt="MCN"></a></td>
<td class="mcnNav"><a href="/US/">U.S.</a> | <a href="/WORLD/">World</a> | <a href="/POLITICS/">Politics</a> | <a href="/BUSINESS/">Business</a> | <a href="/TECH/">Tech</a> | <a href="/TRANSCRIPTS/">Transcripts</a></td></tr>
</table>
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="mcnTranscriptNav"><a href="/TRANSCRIPTS/">Transcript Providers</a> &gt; <a href="/TRANSCRIPTS/tbrf.html">The Briefing with Dana Whitfield</a></td></tr>
<tr><td>
<div class="mcnTransStoryHead">Cybertruck Production Ramps Up; Interview With Elon Musk; Errol Musk Weighs In. Aired 9-10p ET</div>
<div class="mcnTransSubHead">Aired March 4, 2024 - 21:00 &nbsp; ET</div>
<div class="mcnTransNotice">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="mcnBodyText">
{{TRANSCRIPT}}
</div>
<div class="mcnTransBottom">
<p>TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-MCN-NEWS OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT <a href="https://www.mcn.com/video-orders">www.mcn.com/video-orders</a></p>
</div>
<div class="mcnTransRelated"><b>Related transcripts:</b>
<ul>
<li><a href="/TRANSCRIPTS/2403/01/tbrf.01.html">Kimbal Musk on Food Deserts; Interview With Maye Musk. Aired March 1, 2024</a></li>
<li><a href="/TRANSCRIPTS/2402/27/tbrf.01.html">Starship Test Flight Preview. Aired February 27, 2024</a></li>
</ul></div>
</td></tr>
</table>
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td class="mcnFooter">
<a href="/search/">Search</a> | <a href="/terms/">Terms</a> | <a href="/privacy/">Privacy Guidelines</a> | <a href="/ad-choices/">AdChoices</a><br>
&copy; 2024 Meridian Cable News Network. All Rights Reserved.
</td></tr></table>
<script type="text/javascript" src="/.element/js/2.0/ad_head0.js"></script>
<script type="text/javascript">mcnad_createAd("1186","https://ads.mcn.com/html.ng/site=mcn&mcn_pagetype=transcript&mcn_position=300x250_rgt","250","300");</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Cable-news rush transcript: plain <p> paragraphs inside one body div, each speaker change opened by an all-caps label with role and colon (\"ELON MUSK, CEO, TESLA AND SPACEX:\" once, then \"MUSK:\"), stage directions in parentheses, no timestamps.",
                 SHOW, gold_turns(TURNS),
                 ["DANA WHITFIELD, MCN ANCHOR", "WHITFIELD", "RAFAEL OSEI, MCN BUSINESS CORRESPONDENT (voice-over)", "OSEI (on camera)", "ERROL MUSK, FATHER OF ELON MUSK (via telephone)"])
