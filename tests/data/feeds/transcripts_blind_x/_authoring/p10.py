"""x10 - TRAP: Ghost podcast page; a different 'Elon' (Elon Cardoso) speaks; Musk only discussed/quoted."""
from common import *

NAME = "x10_second_stage_ghost_other_elon"
SHOW = "Second Stage"

FULL = {"MO": "Marcus Oyelaran", "C": "Elon Cardoso"}
SHORT = {"MO": "Marcus", "C": "Elon"}

# (spk, [(t, para), ...]) -- every paragraph carries its own time
SEQ = [
    ("MO", [(ts(0, 0, 4), "This is Second Stage, I'm Marcus Oyelaran. My guest today spent eleven years doing range safety at the Cape, and yes, before anyone emails: his name is Elon, and no, not that one. Elon Cardoso, welcome."),]),
    ("C", [(ts(0, 0, 21), "Thanks, Marcus. I've been getting that joke since about 2012. The badge readers at the Cape used to flag me for extra screening, I swear.")]),
    ("MO", [(ts(0, 0, 33), "So let's get into it. Musk said on the last earnings call, and I'm reading it here, \"we'll be launching Starship every few weeks by the end of the year.\" You've sat on the range side of that. What does that actually require?")]),
    ("C", [(ts(0, 0, 52), "Honestly, the rocket is the easy part of that sentence. Every launch needs a hazard area, a notice to mariners, a notice to air missions, recovery assets, and people like me watching a screen for four hours."),
           (ts(0, 1, 40), "Every few weeks is doable. Every few days means you have to automate a lot of what I used to do by hand, and the regulators have to be comfortable with that automation."),
           (ts(0, 2, 31), "So when Musk says \"every few weeks,\" I hear \"every few weeks, if the paperwork scales with the hardware.\" That's the real bet.")]),
    ("MO", [(ts(0, 3, 2), "Right.")]),
    ("C", [(ts(0, 3, 3), "And to be fair to SpaceX, they've been pushing exactly on that. The autonomous flight termination system was a big deal. That used to be a person with a button.")]),
    ("MO", [(ts(0, 3, 30), "He also posted over the weekend, and I'll just read the post: \"Range safety automation is the unsung hero of high launch cadence.\" Which, I have to say, sounds like he's been listening to you.")]),
    ("C", [(ts(0, 3, 48), "I'll take it. Though I suspect his team wrote that, not me.")]),
    ("MO", [(ts(1, 2, 10), "We're at time. Elon, where can people find you?")]),
    ("C", [(ts(1, 2, 16), "I'm not on X, which my friends find hilarious given the name. LinkedIn, mostly.")]),
]


def iso(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + f"{s}S"


def build():
    turns = [dict(spk=s, t=ps[0][0], paras=[p for _, p in ps]) for s, ps in SEQ]
    seen = set()
    out = []
    for spk, ps in SEQ:
        name = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        out.append(f'<h4 class="speaker">{esc(name)}</h4>')
        for t, p in ps:
            out.append(f'<p><time datetime="{iso(t)}">[{yt(t)}]</time> {esc(p)}</p>')
    transcript = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Range safety at launch cadence, with Elon Cardoso (no, not that one)</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://secondstage.show/assets/built/screen.css?v=b1e2c4d9a0">
    <meta name="description" content="Eleven years of range safety at the Cape, and what 'launch every few weeks' really requires.">
    <link rel="canonical" href="https://secondstage.show/range-safety-elon-cardoso/">
    <meta name="generator" content="Ghost 5.82">
    <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Second Stage"}},"headline":"Range safety at launch cadence, with Elon Cardoso (no, not that one)","datePublished":"2025-08-27T10:00:00.000Z"}}</script>
</head>
<body class="post-template tag-episodes">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://secondstage.show">Second Stage</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://secondstage.show/">Home</a></li><li class="nav-episodes"><a href="https://secondstage.show/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://secondstage.show/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-episodes">
<header class="article-header gh-canvas">
  <section class="article-tag"><a href="/tag/episodes/">Episodes</a></section>
  <h1 class="article-title">Range safety at launch cadence, with Elon Cardoso (no, not that one)</h1>
  <p class="article-excerpt">Eleven years of range safety at the Cape, and what &lsquo;launch every few weeks&rsquo; really requires.</p>
  <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/marcus/">Marcus Oyelaran</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-08-27">Aug 27, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://secondstage.show/content/media/2025/08/ep58.mp3" preload="metadata"></audio><div class="kg-audio-title">Ep. 58 &mdash; Range safety at launch cadence</div></div></figure>
<p><strong>Guest:</strong> Elon Cardoso, former range safety officer at the Eastern Range, now a consultant on autonomous flight safety systems. No relation to Elon Musk, as he will tell you within the first thirty seconds.</p>
<h2 id="what-we-cover">What we cover</h2>
<ul>
<li>What "launch every few weeks" means for the people watching the range</li>
<li>Autonomous flight termination, and why it used to be a person with a button</li>
<li>Reading Elon Musk's latest post on range automation</li>
</ul>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128172;</div><div class="kg-callout-text"><b>Quote of the episode:</b> &ldquo;The rocket is the easy part of that sentence.&rdquo; &mdash; Elon</div></div>
<h2 id="transcript">Transcript</h2>
{transcript}
<hr>
<p><em>Auto-transcribed and corrected by a human who was also named after somebody famous.</em></p>
</section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>You might also like</h3>
<article class="post-card"><a href="/what-elon-musk-gets-right-about-test-cadence/"><h2 class="post-card-title">Ep. 40 &mdash; What Elon Musk gets right (and wrong) about test cadence</h2></a></article>
<article class="post-card"><a href="/tower-catch-explained/"><h2 class="post-card-title">Ep. 52 &mdash; The tower catch, explained by someone who did the math</h2></a></article>
</div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://secondstage.show">Second Stage</a> &copy; 2025</section><nav class="site-footer-nav"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></nav></div></footer>
</div>
<script src="https://secondstage.show/assets/built/casper.js?v=b1e2c4d9a0"></script>
</body>
</html>
"""
    exp = expected(
        "Ghost post: each turn is an <h4 class=\"speaker\"> name heading ('Marcus Oyelaran'/'Elon Cardoso' first, then 'Marcus'/'Elon') followed by <p> paragraphs that each start with <time datetime=\"PT..\">[m:ss]</time>; Musk never speaks.",
        SHOW, [], ["Marcus Oyelaran", "Elon Cardoso", "Marcus", "Elon"])
    assert not any(t["spk"] == MUSK for t in turns)
    meta = dict(kind="Podcast's own Ghost episode page (TRAP: he never speaks)",
                fmt="h4 speaker heading + <p><time datetime> [m:ss]</time> per paragraph",
                hard=["A different Elon (Elon Cardoso) speaks, with the bare label 'Elon' after his first turn",
                      "Host quotes Musk's earnings-call words and reads his post aloud",
                      "Callout 'Quote of the episode ... — Elon' (refers to Cardoso); related-posts card 'What Elon Musk gets right'",
                      "Time on every paragraph of a long turn; hh jump to 1:02:10"],
                choices=["Expected turns is [] - 'Elon' here is Elon Cardoso, introduced as 'no, not that one'."])
    register(NAME, page, exp, meta)


build()
