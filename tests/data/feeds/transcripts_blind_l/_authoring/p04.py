from common import *

NAME = "l04_verbatim-fireside"
NAMES = {"J": "Jo Alvarado", "K": "Kimbal Musk", "E": "Elon Musk", "A": "Audience Member"}
rows = [
 ("J", [(0, "Good afternoon, everybody. Welcome to the closing session of Harvest Forward. I'm Jo Alvarado, and I have the slightly terrifying job of moderating two brothers on one stage. Please welcome Kimbal and Elon Musk.")]),
 ("K", [(24, "Thanks, Jo. I want to say up front that I'm the one who knows about food, so any farming question, send it my way.")]),
 ("E", [(33, "That's fair. I know almost nothing about farming. I know a bit about greenhouses, mostly because he wouldn't stop talking about them at Thanksgiving.")]),
 ("J", [(45, "Let's start there, actually. Kimbal, the vertical farms your team runs use a lot of power. Elon, is that a problem?")]),
 ("E", [(58, "It's a problem if the power is expensive or dirty. It's not a problem if it's cheap solar plus batteries. Lighting is the big cost. LEDs have gotten dramatically better, but photons still aren't free.")]),
 ("K", [(80, "And this is where we argue. Elon always said to me, \"just use the sun, it's a giant free fusion reactor,\" and I keep telling him the sun doesn't come indoors.")]),
 ("E", [(95, "Glass roofs exist, Kimbal.")]),
 ("K", [(97, "Glass roofs exist in places with consistent sun. Not in Brooklyn in February.")]),
 ("J", [(104, "Okay, let me move us along before Thanksgiving starts early. What's the single biggest lever for making food less carbon-intensive?")]),
 ("K", [(118, "Honestly, fertilizer. Nitrogen fertilizer is made with natural gas, and it's a huge chunk of the footprint of a typical field.")]),
 ("E", [(845, "I'd agree with that, and I'd add that the fertilizer problem is really an energy problem in disguise. The Haber process needs hydrogen, and today the hydrogen comes from natural gas. If you have enough cheap electricity, you can make that hydrogen from water instead."),
        (872, "The catch is cost. Electrolysis is still expensive, mostly because the electrolyzers themselves are expensive and they don't run all the time. So you want them running on the cheapest power, which is midday solar, but then they sit idle half the day."),
        (904, "So I think in the long run you get there, but it's a manufacturing problem more than a chemistry problem. The chemistry's been known for a hundred years.")]),
 ("J", [(931, "Kimbal, does that match what you see from the farm side?")]),
 ("K", [(936, "It does. Farmers will switch the day it's cheaper. They're the most practical people on Earth.")]),
 ("J", [(3790, "We have a few minutes for audience questions. Yes, right there.")]),
 ("A", [(3796, "Hi. This is for both of you. What did your mom teach you about food?")]),
 ("K", [(3802, "Cook for your friends. She always had people over.")]),
 ("E", [(3808, "To eat what's on the plate and not complain. Which, as you can tell, I mostly ignored.")]),
 ("A", [(3820, "Elon, do you actually eat vegetables?")]),
 ("E", [(3823, "Occasionally. Under supervision.")]),
 ("J", [(3827, "On that note, please thank Kimbal and Elon Musk.")]),
 ("E", [(3832, "Thank you, everyone. Thanks, Jo.")]),
]
turns = []
for spk, segs in rows:
    turns.append(Turn(spk, segs[0][0], *[esc(x) for _, x in segs], musk=(spk == "E"), times=[t for t, _ in segs]))

out = []
for tr in turns:
    for i, (p, tm) in enumerate(zip(tr.paras, tr.times)):
        lab = '<strong>%s:</strong> ' % NAMES[tr.spk] if i == 0 else ''
        out.append('<div class="transcript-block"><p class="speaker-line">%s(<a class="timestamp" href="#" data-seconds="%d">%s</a>)</p>\n<p class="text">%s</p></div>' % (lab, tm, hms(tm)[3:] if tm < 3600 else hms(tm), p))
transcript = "\n".join(out)

page = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kimbal Musk &amp; Elon Musk Fireside Chat at Harvest Forward 2023 Transcript | Verbatim Archive</title>
<meta name="description" content="Read the transcript of Kimbal Musk and Elon Musk's closing fireside chat at the Harvest Forward summit on food, fertilizer and energy.">
<link rel="canonical" href="https://verbatimarchive.com/transcripts/kimbal-musk-elon-musk-harvest-forward-2023">
<link rel="stylesheet" href="/assets/css/site.min.css?v=31">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-VA2023"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-VA2023');</script>
</head>
<body class="transcript-template">
<header class="site-header"><div class="wrap"><a class="brand" href="/">Verbatim<span>Archive</span></a>
<nav class="primary"><a href="/transcripts/">Transcripts</a><a href="/transcripts/category/business/">Business</a><a href="/transcripts/category/politics/">Politics</a><a href="/transcripts/category/tech/">Tech</a><a href="/services/">Transcription Services</a></nav></div></header>
<main class="wrap">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/transcripts/">Transcripts</a> &rsaquo; <a href="/transcripts/category/business/">Business</a></nav>
<article class="transcript-post">
<h1>Kimbal Musk &amp; Elon Musk Fireside Chat at Harvest Forward 2023 Transcript</h1>
<div class="post-meta"><span class="author">Verbatim Archive Staff</span> &middot; <time datetime="2023-09-28">Sep 28, 2023</time> &middot; <a href="/transcripts/speakers/elon-musk/">Elon Musk Transcripts</a> &middot; <a href="/transcripts/speakers/kimbal-musk/">Kimbal Musk Transcripts</a></div>
<p class="lede">Kimbal Musk and Elon Musk spoke at the closing session of the Harvest Forward food and agriculture summit on September 27, 2023, moderated by Jo Alvarado. Read the full transcript here.</p>
<div class="cta-box"><p><strong>Transcribe Your Own Content</strong></p><p>Try Verbatim's professional transcription service. Get 99%%+ accuracy with 24-hour turnaround. <a href="/services/">Learn more</a></p></div>
<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/xxHarvestFwd23" title="Harvest Forward 2023 closing session" allowfullscreen></iframe></div>
<div class="transcript-body">
<p class="note">Transcript begins at the start of the session. Sections from 02:10 to 14:05 (farm tour video) and from 15:40 to 01:03:10 (panel discussion) omitted.</p>
%s
</div>
<div class="related"><h2>Related Transcripts</h2><ul>
<li><a href="/transcripts/elon-musk-energy-storage-keynote">Elon Musk Energy Storage Keynote Transcript</a></li>
<li><a href="/transcripts/kimbal-musk-ted-style-talk-on-school-gardens">Kimbal Musk Talk on School Gardens Transcript</a></li>
<li><a href="/transcripts/maye-musk-book-event">Maye Musk Book Event Transcript</a></li>
</ul></div>
</article>
</main>
<footer class="site-footer"><div class="wrap"><p>&copy; 2023 Verbatim Archive. Transcripts may contain errors. <a href="/contact/">Report an error</a> &middot; <a href="/privacy/">Privacy Policy</a></p></div></footer>
<script src="/assets/js/transcript-player.min.js?v=31"></script>
</body>
</html>
""" % transcript

emit(NAME, page, turns,
     fmt="Rev-style transcript blog: each block is 'Name: (mm:ss)' with a linked timestamp on its own line and the text in the next <p>; a long turn is split into blocks that repeat only the '(mm:ss)' time without a name.",
     show="Harvest Forward 2023 fireside chat (Verbatim Archive)", others=["Jo Alvarado", "Kimbal Musk", "Audience Member"])
