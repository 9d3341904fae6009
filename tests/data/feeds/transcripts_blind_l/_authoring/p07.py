from common import *

NAME = "l07_tv-network-transcript"
# label printed; musk flag; paragraphs
rows = [
 ("MARISSA KEANE, MNN ANCHOR:", False, "Good evening. I'm Marissa Keane. We begin tonight in the high desert of Nevada, where the world's richest man broke ground today on what he says will be the largest battery factory on the continent. The project has been kept under wraps for months. Here's what he told workers at the site this afternoon.", "(BEGIN VIDEO CLIP)"),
 ("ELON MUSK, CEO, TESLA AND SPACEX:", True, "This is going to be, by a lot, the biggest cell factory in North America. We're going to make enough cells here for about two million cars a year, or the equivalent in grid storage. And we're going to hire a lot of people, so tell your friends.", "(END VIDEO CLIP)"),
 ("KEANE:", False, "Two million cars a year. Joining me now is Devon Price, an auto industry analyst who has followed the company for more than a decade. Devon, is that number real?"),
 ("DEVON PRICE, AUTO INDUSTRY ANALYST:", False, "It's a target, Marissa, and he's hit some of his targets and missed plenty of others. As Musk put it on Tuesday, \"the factory is the product,\" and if that's true, this is the most important product they've announced in years. But they've also announced plants before that took twice as long as promised."),
 ("KEANE:", False, "And we're now joined live by Elon Musk himself from the site. Mr. Musk, thanks for taking the time. You heard Devon. Is two million realistic?"),
 ("MUSK:", True, "Realistic, yes. On the timeline I said, maybe not. I'm usually wrong about timelines and right about the end state, and I think that'll be true here too."),
 ("KEANE:", False, "Why Nevada, and why now?"),
 ("MUSK:", True, "We need the cells. That's the short answer. Cell supply has been the constraint on both vehicles and stationary storage for years now, and the grid storage demand especially has gone up way faster than anyone expected.", "And Nevada has been good to us. The permitting here is reasonable, there's land, and there's a workforce that already knows how to build this stuff."),
 ("KEANE:", False, "Some critics --"),
 ("MUSK:", True, "Some critics will say it won't happen. Sure. They said that about the last one too."),
 ("KEANE:", False, "Right."),
 ("MUSK:", True, "I'm not saying it'll be easy. The first year of any factory is production hell. But I'd bet on it."),
 ("KEANE:", False, "Devon, a last word?"),
 ("PRICE:", False, "Just that investors will want to see the capital plan. Enthusiasm is free, factories are not."),
 ("KEANE:", False, "Mr. Musk, a final question. Your brother Kimbal said last month that you \"never take a day off.\" Is that still true?"),
 ("MUSK:", True, "It's mostly true. I took half a day off at Christmas. It was weird."),
 ("KEANE:", False, "Elon Musk and Devon Price, thank you both. We'll be right back.", "(COMMERCIAL BREAK)"),
]
turns = [Turn(lab, None, *[esc(p) for p in paras], musk=m) for lab, m, *paras in rows]
# gold must ignore the stage directions "(BEGIN VIDEO CLIP)" which precede no musk turn text
chunks = []
for tr in turns:
    chunks.append("%s %s" % (tr.spk, tr.paras[0]))
    chunks.extend(tr.paras[1:])
body = "<br><br>".join(chunks)

page = """<!DOCTYPE HTML>
<html lang="en">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>MNN.com - Transcripts</title>
<meta name="description" content="Transcript of MNN Tonight with Marissa Keane, aired March 5, 2024">
<link rel="stylesheet" href="//transcripts.mnn.example/css/transcripts.css">
<script>var mnnSection="transcripts";</script>
</head>
<body>
<div id="mnnHeader"><a href="//www.mnn.example/"><img src="//i.mnn.example/img/mnn_logo.png" alt="MNN" width="96" height="36"></a>
<ul class="mnnNav"><li><a href="//www.mnn.example/us">U.S.</a></li><li><a href="//www.mnn.example/world">World</a></li><li><a href="//www.mnn.example/business">Business</a></li><li><a href="//www.mnn.example/politics">Politics</a></li><li><a href="//www.mnn.example/video">Video</a></li><li class="current"><a href="//transcripts.mnn.example/">Transcripts</a></li></ul></div>
<div id="mnnContentContainer">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td class="cnnPageTitle"><a href="/TRANSCRIPTS/">Transcript Providers</a> &gt; <a href="/TRANSCRIPTS/mnnt.html">MNN Tonight</a></td></tr></table>
<p class="cnnTransStoryHead">Battery Gigaplant Groundbreaking In Nevada; Analyst Weighs In; Musk Speaks Live From Site. Aired 9-10p ET</p>
<p class="cnnTransSubHead">Aired March 5, 2024 - 21:00 &nbsp; ET</p>
<p class="cnnBodyText"><i>THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</i></p>
<p class="cnnBodyText">[21:00:14]</p>
<p class="cnnBodyText">%s</p>
<p class="cnnBodyText">[21:14:52]</p>
<p class="cnnBodyText">KEANE: Welcome back. In other news tonight, a winter storm warning is in effect for much of the upper Midwest. Our meteorologist has the latest.</p>
<p class="cnnBodyText">(END OF EXCERPT)</p>
<table class="transFooter"><tr><td><p class="cnnBodyText">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0133 OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT <a href="//www.mnn.example/orders">www.mnn.example/orders</a></p></td></tr></table>
</div>
<div id="mnnFooter"><p>&copy; 2024 Meridian News Network. All Rights Reserved. <a href="//www.mnn.example/terms">Terms of service</a> | <a href="//www.mnn.example/privacy">Privacy guidelines</a> | <a href="//www.mnn.example/transcripts-help">Transcript help</a></p></div>
<script src="//transcripts.mnn.example/js/analytics.js"></script>
</body>
</html>
""" % body

emit(NAME, page, turns,
     fmt="Cable-news rush transcript: the whole segment is one <p> with turns separated by <br><br>, capitalised labels ('NAME, ROLE:' first, surname after), a played '(BEGIN VIDEO CLIP)' of him, stage directions, no per-turn times (only block air times like [21:00:14]).",
     show="MNN Tonight with Marissa Keane", others=["MARISSA KEANE, MNN ANCHOR", "KEANE", "DEVON PRICE, AUTO INDUSTRY ANALYST", "PRICE"])
