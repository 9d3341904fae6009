"""ad12: Ghost blog episode page. Timed transcript with <time datetime="PT..."> before the
label ('Elon Musk:' first, then 'EM:'); a few turns have no time; an AI summary box above;
a collapsed plain-text copy of the whole transcript below (counted once)."""
from common import *

NAME = "ad12_signalnoise_ghost"
SHOW = "Signal & Noise"

P = "P"
T = [
    {"s": P, "p": ["This is Signal &amp; Noise. I&rsquo;m Priya Raman. My guest today runs a company that has put more satellites in orbit than everyone else combined. Elon Musk, welcome."]},
    {"s": E, "p": ["Thanks for having me. I&rsquo;m a longtime listener, actually. You did a good episode on spectrum auctions that I still think about."]},
    {"s": P, "p": ["That&rsquo;s the nicest thing anyone has ever said about a spectrum episode. Let&rsquo;s start with the basics. Why satellites, when fiber exists?"]},
    {"s": E, "p": ["Fiber is great where it exists. The problem is that it doesn&rsquo;t exist in most of the world, and laying it to a farm or an island or a ship is extremely expensive per person.",
                   "A satellite constellation doesn&rsquo;t care about geography. The cost to cover the middle of the ocean is the same as the cost to cover a city, which is a very different economic model."]},
    {"s": P, "nt": True, "p": ["Mm-hm."]},
    {"s": E, "p": ["And the lasers between satellites mean the data doesn&rsquo;t need a ground station nearby. It can go around the world in space, which is actually faster than fiber over long distances, because light is faster in vacuum than in glass."]},
    {"s": P, "p": ["Critics worry about the night sky and about debris. What do you say to astronomers?"]},
    {"s": E, "p": ["We take it seriously. We&rsquo;ve changed the satellite design several times to make them darker, and the orbits are low enough that anything that fails comes down within a few years. It doesn&rsquo;t stay up there for centuries."]},
    {"s": P, "at": 3640, "p": ["We skipped ahead a bit in this edit. Let&rsquo;s talk about phones. Direct-to-cell: when can I text from a hiking trail with no towers?"]},
    {"s": E, "p": ["You can already do that in some places. Voice and data will follow. The physics is hard because the phone&rsquo;s antenna is tiny, so the satellite has to do most of the work."]},
    {"s": P, "p": ["Is that the end of dead zones?"]},
    {"s": E, "nt": True, "p": ["Mostly. There will always be a basement somewhere."]},
    {"s": P, "p": ["Last one. You&rsquo;ve said Starlink revenue is meant to pay for Mars. Is that still the plan?"]},
    {"s": E, "p": ["Yes. Starlink is the business that funds the mission. It&rsquo;s a good business on its own, but the reason we started it was to pay for the rockets."]},
    {"s": P, "p": ["Elon Musk, thanks for coming on."]},
    {"s": E, "p": ["Thanks, Priya."]},
]
assign_times(T, start=9.4, seed=1212, wps=2.6)


def timed():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        if s == E:
            lab = "Elon Musk" if E not in seen else "EM"
        else:
            lab = "Priya Raman" if P not in seen else "PR"
        seen.add(s)
        t = tr["ts"][0]
        tm = "" if tr.get("nt") else f'<time class="tx-time" datetime="{iso(t)}">{auto(t)}</time> '
        out.append(f'<p class="tx-line">{tm}<strong>{lab}:</strong> {tr["p"][0]}</p>')
        out.extend(f'<p class="tx-line tx-cont">{p}</p>' for p in tr["p"][1:])
    return "\n".join(out)


def plain_copy():
    out = []
    for tr in T:
        lab = "Elon Musk" if tr["s"] == E else "Priya Raman"
        out.append(f"{lab}: " + " ".join(tr["p"]))
    return "\n\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Elon Musk on satellites, lasers and dead zones</title>
    <link rel="stylesheet" type="text/css" href="https://signalandnoise.fm/assets/built/screen.css?v=9d2c7a41e0">
    <meta name="description" content="Episode 77 of Signal &amp; Noise: Elon Musk on why satellites beat fiber in most of the world.">
    <link rel="canonical" href="https://signalandnoise.fm/ep-77-elon-musk/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Signal &amp; Noise">
    <meta property="og:type" content="article">
    <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Signal & Noise"}},"author":{{"@type":"Person","name":"Priya Raman"}},"headline":"Elon Musk on satellites, lasers and dead zones"}}</script>
    <meta name="generator" content="Ghost 5.82">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://signalandnoise.fm/" data-key="a1b2c3" data-api="https://signalandnoise.fm/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{{padding:1.6em}}</style>
</head>
<body class="post-template tag-episodes is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://signalandnoise.fm">Signal &amp; Noise</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://signalandnoise.fm/">Home</a></li><li class="nav-episodes nav-current-parent"><a href="https://signalandnoise.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://signalandnoise.fm/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-episodes">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/episodes/">Episodes</a></span></section>
<h1 class="article-title">Elon Musk on satellites, lasers and dead zones</h1>
<p class="article-excerpt">Episode 77. Why satellites beat fiber in most of the world, what astronomers should expect, and the end of (most) dead zones.</p>
<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/priya/" class="author-avatar">PR</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Raman</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-09-03">Sep 3, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div></div>
</header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://signalandnoise.fm/content/media/2025/09/ep77.mp3" preload="metadata"></audio><div class="kg-audio-title">Ep. 77 &mdash; Elon Musk</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio"></button><span class="kg-audio-current-time">0:00</span><div class="kg-audio-time">/<span class="kg-audio-duration">1:04:12</span></div></div></div></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#10024;</div><div class="kg-callout-text"><strong>AI summary.</strong> Elon Musk: satellites cover oceans and cities at the same cost. EM: lasers between satellites beat fiber over long distances. PR asks about astronomers; Musk says the satellites are darker now and deorbit within a few years. Direct-to-cell will end &ldquo;mostly&rdquo; all dead zones.</div></div>
<p>Priya talks to Elon Musk about the economics of satellite internet, the physics of lasers in vacuum, and why the first product of a Mars company is a router. Recorded remotely; the long middle stretch of the conversation (on launch cadence) is not transcribed here.</p>
<h2 id="transcript">Transcript</h2>
<p><em>Speaker initials after the first mention: PR = Priya Raman, EM = Elon Musk. Some very short lines have no timestamp.</em></p>
<div class="kg-card kg-html-card transcript">
{timed()}
</div>
<details class="kg-card kg-toggle-card"><summary class="kg-toggle-heading-text">Plain-text transcript (no timestamps, for copying)</summary>
<div class="kg-toggle-content"><pre class="tx-plain">
{plain_copy()}
</pre></div></details>
<hr>
<p>Signal &amp; Noise is listener-supported. <a href="#/portal/signup">Become a member</a> to get episodes a week early.</p>
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal="">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/ep-76-spectrum/"><h2 class="post-card-title">Ep. 76: Who owns the airwaves?</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/ep-75-undersea-cables/"><h2 class="post-card-title">Ep. 75: The cables under the sea</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://signalandnoise.fm">Signal &amp; Noise</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://signalandnoise.fm/assets/built/source.js?v=9d2c7a41e0"></script>
</body>
</html>
"""
    fmt = ("Ghost post: each turn a <p> starting with <time datetime='PT..'> (visible mm:ss or h:mm:ss) then a bold label "
           "('Elon Musk:' first, then 'EM:'); a few short turns have no time; continuation <p>s unlabelled; a collapsed "
           "<details> plain-text copy repeats every turn with full-name labels and no times.")
    exp = expected(fmt, SHOW, gold(T), ["Priya Raman", "PR"])
    write(NAME, html, exp)
    return NAME, exp
