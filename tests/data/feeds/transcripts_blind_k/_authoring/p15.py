"""k15 - Ghost podcast site: heading per speaker with <time datetime="PT..">, paragraphs below; Kimbal Musk also speaks; transcript repeated in a toggle card."""
from common import *

NAME = "k15_soilandsignal_ghost"
SHOW = "Soil & Signal"

LAB = {"E": ("Elon Musk", "Elon"), "K": ("Kimbal Musk", "Kimbal"), "N": ("Nadia Ferreira", "Nadia")}

TURNS = [
    T("N", tsec(0, 0, 8), "Welcome to Soil & Signal. I’m Nadia Ferreira. Today, for the first time on this show, two brothers: Kimbal Musk, who has spent two decades on food and farming, and Elon Musk, who, as far as I know, has never farmed anything."),
    T("E", tsec(0, 0, 24), "That’s accurate. I’ve killed several houseplants."),
    T("K", tsec(0, 0, 28), "He has. I’ve seen it happen. Elon always says, “plants are just slow robots,” and then he forgets to water the robots."),
    T("N", tsec(0, 0, 36), "Kimbal, let’s start with you. Why teaching gardens?"),
    T("K", tsec(0, 0, 40), "Because kids who grow food eat food. It’s that simple. If a nine-year-old plants a carrot and pulls it out of the ground three months later, they will eat that carrot. They might not eat one from a plastic bag.",
      "And once they’ve done that, they start asking where everything else on their plate comes from."),
    T("N", tsec(0, 3, 15), "Elon, do you see a real role for automation in farming?"),
    T("E", tsec(0, 3, 21), "Definitely. Farming is already one of the more automated industries. Big tractors basically drive themselves with GPS now. The part that isn’t automated is the delicate stuff, picking soft fruit, pruning, that kind of thing.",
      "That’s a good job for a humanoid robot, eventually. It’s repetitive, it’s outdoors, and there aren’t enough people who want to do it."),
    T("K", tsec(0, 4, 12), "But this is where we argue."),
    T("E", tsec(0, 4, 15), "We don’t argue."),
    T("K", tsec(0, 4, 16), "We argue constantly."),
    T("N", tsec(0, 4, 18), "Ha."),
    T("E", tsec(0, 4, 19), "Okay, we debate vigorously. Kimbal thinks the robot will take the joy out of the garden. I think the robot will do the boring rows so people can do the fun ones."),
    T("N", tsec(0, 38, 40), "Last question for both of you. What’s one food you can’t live without?"),
    T("K", tsec(0, 38, 45), "Tomatoes from the garden, in August. Nothing else comes close."),
    T("E", tsec(0, 38, 49), "Probably french fries. I know, I know. That’s the wrong answer on this show."),
    T("N", tsec(0, 38, 57), "That’s the honest answer. Thank you both."),
]


def iso_dur(s):
    h, m, x = s // 3600, s % 3600 // 60, s % 60
    return "PT" + ("%dH" % h if h else "") + ("%dM" % m if (m or h) else "") + "%dS" % x


def render_headed():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        out.append('<h4 id="t-%d" class="speaker">%s <time datetime="%s">%s</time></h4>' % (t["t"], esc(lab), iso_dur(t["t"]), hms(t["t"])))
        for p in t["paras"]:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


def render_plain():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        out.append("<p>%s: %s</p>" % (esc(lab), esc(" ".join(t["paras"]))))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Ep. 58 — Kimbal &amp; Elon Musk: Slow Robots and Fast Food</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://soilandsignal.fm/assets/built/screen.css?v=9a3c1e5b7d">
    <meta name="description" content="Brothers Kimbal and Elon Musk on teaching gardens, farm robots and french fries.">
    <link rel="canonical" href="https://soilandsignal.fm/ep-58-kimbal-elon-musk/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Soil &amp; Signal">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Ep. 58 — Kimbal &amp; Elon Musk: Slow Robots and Fast Food">
    <meta property="article:tag" content="Episodes">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Soil &amp; Signal"},"author":{"@type":"Person","name":"Nadia Ferreira"},"headline":"Ep. 58 — Kimbal &amp; Elon Musk: Slow Robots and Fast Food","datePublished":"2024-05-22T10:00:00.000Z"}</script>
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="Soil &amp; Signal" href="https://soilandsignal.fm/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://soilandsignal.fm/" data-key="b1c9f0e2a7d35e4c" data-api="https://soilandsignal.fm/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw}</style>
    <link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/cards@~1.0/cards.min.css">
    <style>:root {--ghost-accent-color: #3d7a3a;} h4.speaker time{font-weight:400;color:#6b7280;font-size:.85em;margin-left:.4em}</style>
</head>
<body class="post-template tag-episodes tag-hash-transcript is-head-left-logo has-serif-body">
<div class="site">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://soilandsignal.fm">Soil &amp; Signal</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://soilandsignal.fm/">Home</a></li><li class="nav-episodes nav-current-parent"><a href="https://soilandsignal.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://soilandsignal.fm/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="main" class="site-main">
<article class="single post tag-episodes">
    <header class="single-header gh-canvas">
        <div class="single-meta"><span class="single-meta-item single-meta-date"><time datetime="2024-05-22">May 22, 2024</time></span><span class="single-meta-item single-meta-length">12 min read</span><span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-episodes" href="/tag/episodes/">Episodes</a></span></div>
        <h1 class="single-title">Ep. 58 — Kimbal &amp; Elon Musk: Slow Robots and Fast Food</h1>
        <div class="single-excerpt">Brothers Kimbal and Elon Musk on teaching gardens, farm robots and french fries.</div>
    </header>
    <div class="single-content gh-content gh-canvas">
<figure class="kg-card kg-embed-card"><iframe style="border: none" src="https://player.soundhost.fm/e/soil-and-signal/ep-58?theme=light" height="200" width="100%%" title="Soil &amp; Signal Ep. 58" scrolling="no" allowfullscreen></iframe></figure>
<p>This week, something we have never done before: a sibling episode. Kimbal Musk has been building teaching gardens and restaurants for two decades; his older brother Elon is better known for cars and rockets. We talked about kids and carrots, whether robots belong in a garden, and one very controversial food answer.</p>
<h2 id="highlights">Highlights</h2>
<ul><li><strong>Kimbal Musk:</strong> “Kids who grow food eat food.”</li><li><strong>Elon Musk:</strong> “Plants are just slow robots” (according to Kimbal).</li><li><strong>Elon Musk:</strong> the robot should do “the boring rows.”</li></ul>
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">Soil &amp; Signal is listener supported. Members get every episode a week early.</div></div>
<h2 id="transcript">Transcript</h2>
%s
<hr>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
    <div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">Plain-text transcript (for copy and paste)</span></h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div>
    <div class="kg-toggle-content">
%s
    </div>
</div>
    </div>
    <section class="single-footer gh-canvas"><div class="single-footer-top"><h3 class="single-footer-title">Published by:</h3><div class="author-list"><div class="author-image-placeholder u-placeholder square"><a href="/author/nadia/" title="Nadia Ferreira">NF</a></div></div></div></section>
</article>
<section class="related-wrapper gh-canvas"><h3 class="related-title">You might also like...</h3><div class="post-feed related-feed"><article class="feed post"><h2 class="feed-title"><a href="/ep-57-seed-banks/">Ep. 57 — The Seed Bank Under the Ice</a></h2></article><article class="feed post"><h2 class="feed-title"><a href="/ep-56-school-lunch/">Ep. 56 — Who Cooks School Lunch?</a></h2></article></div></section>
</main>
    </div>
    <footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">Soil &amp; Signal &copy; 2024</div><nav class="gh-foot-menu"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a href="https://soilandsignal.fm/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://soilandsignal.fm/assets/built/main.min.js?v=9a3c1e5b7d"></script>
<script>
const toggleHeadingElements=document.getElementsByClassName("kg-toggle-heading");const toggleFn=function(event){const targetElement=event.target;const parentElement=targetElement.closest('.kg-toggle-card');var toggleState=parentElement.getAttribute("data-kg-toggle-state");if(toggleState==='close'){parentElement.setAttribute('data-kg-toggle-state','open');}else{parentElement.setAttribute('data-kg-toggle-state','close');}};for(let i=0;i<toggleHeadingElements.length;i++){toggleHeadingElements[i].addEventListener('click',toggleFn,false);}
</script>
</body>
</html>
""" % (render_headed(), render_plain())
    return write(NAME, page,
                 "Ghost post: each turn is an <h4> with the speaker name and a <time datetime=\"PT3M21S\"> showing hh:mm:ss, paragraphs below ('Elon Musk' then 'Elon'; 'Kimbal Musk' then 'Kimbal'); the whole transcript is repeated untimed as 'Name: text' paragraphs inside a collapsed toggle card.",
                 SHOW, gold_turns(TURNS), ["Nadia Ferreira", "Nadia", "Kimbal Musk", "Kimbal"])
