from common import *

NAME = "l09_ghost-network-episode"
NAMES = {"A": "Anjali Rao", "B": "Ben Okonkwo", "E": "Elon Musk"}
rows = [
 ("A", [(0, "Welcome to Deep Field, the Hearth Radio Network show about everything beyond the atmosphere. I'm Anjali Rao."), ]),
 ("B", [(7, "And I'm Ben Okonkwo. Today we have a guest who is, let's say, a complicated figure for astronomers.")]),
 ("E", [(312, "That's a very diplomatic way of putting it. I think some astronomers are pretty annoyed with me, and some of them have good reasons.")]),
 ("A", [(329, "Let's get right into it then. Satellite streaks. You've got thousands of satellites up there. Observatories are losing data. What are you doing about it?")]),
 ("E", [(845, "So the first thing is we've made the satellites a lot darker. There's a mirror-like film on the sides and a visor that blocks sunlight from hitting the brightest surfaces. The newer ones are several times fainter than the first batch."),
        (892, "The second thing is we share our orbital data with the observatories, so they can schedule around passes. That's actually the most useful thing, because you can't make a satellite invisible, but you can tell people exactly where it'll be.")]),
 ("B", [(931, "Astronomers I've talked to say darker helps but doesn't fix it, especially for wide-field surveys.")]),
 ("E", [(1630, "That's true. For wide-field surveys it's genuinely hard. I think in the long run the answer for some kinds of astronomy is to put the telescope in space, where none of this matters, and launch is getting cheap enough that that's starting to be realistic.")]),
 ("A", [(1664, "That's a bit like telling people who live near an airport to move.")]),
 ("E", [(2475, "Fair. It's not a satisfying answer for someone with a ground telescope today. I don't want to pretend it is.")]),
 ("B", [(3840, "Okay, switching gears for the last part, and it's my favorite topic: Mars.")]),
 ("A", [(3848, "He has been waiting all episode for this one.")]),
 ("E", [(3855, "Mars is the long game. The question I get most is why bother, when there's so much to fix here. And my answer is you can do both. The amount of money going into space is a rounding error compared to what the world spends on pretty much anything else."),
        (3880, "And there's something important about being a species that goes places. It gives people something to be excited about in the morning."),
        (3910, "I'm not saying everybody has to care about Mars. I'm saying it's good that someone does.")]),
 ("B", [(4200, "Would you go?")]),
 ("E", [(4210, "Eventually, yes. Not on the first flight. The first flights are going to be rough.")]),
 ("A", [(4680, "Elon Musk, thank you for coming on Deep Field.")]),
 ("E", [(4690, "Thank you both. And sorry about the streaks.")]),
]
turns = []
for spk, segs in rows:
    turns.append(Turn(spk, segs[0][0], *[esc(x) for _, x in segs], musk=(spk == "E"), times=[t for t, _ in segs]))

def iso(t):
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    return "PT" + ("%dH" % h if h else "") + "%dM%dS" % (m, s)

def frag(t):
    return "#t=%dm%ds" % (t // 60, t % 60)

out, plaintext = [], []
for n, tr in enumerate(turns):
    out.append('<h3 id="turn-%d" class="speaker-turn"><strong>%s</strong> &middot; <a class="ts" href="%s"><time datetime="%s">%s</time></a></h3>' % (
        n + 1, NAMES[tr.spk], frag(tr.t), iso(tr.t), mmss(tr.t)))
    for i, (p, tm) in enumerate(zip(tr.paras, tr.times)):
        if i == 0:
            out.append('<p>%s</p>' % p)
        else:
            out.append('<p><a class="ts ts--para" href="%s">%s</a> %s</p>' % (frag(tm), mmss(tm), p))
    plaintext.append('<p>[%s] %s: %s</p>' % (mmss(tr.t), NAMES[tr.spk], " ".join(tr.paras)))
transcript = "\n".join(out)
plain_copy = "\n".join(plaintext)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Deep Field 88: Streaks, Shadows and Mars, with Elon Musk</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4a8c1e2b7d">
<meta name="generator" content="Ghost 5.80">
<link rel="alternate" type="application/rss+xml" title="Hearth Radio Network" href="https://hearthradio.net/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://hearthradio.net/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
</head>
<body class="post-template tag-deep-field tag-podcast">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://hearthradio.net">Hearth Radio Network</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-shows"><a href="https://hearthradio.net/shows/">Shows</a></li><li class="nav-deep-field nav-current-parent"><a href="https://hearthradio.net/tag/deep-field/">Deep Field</a></li><li class="nav-kitchen-table"><a href="https://hearthradio.net/tag/kitchen-table/">Kitchen Table</a></li><li class="nav-about"><a href="https://hearthradio.net/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-deep-field tag-podcast">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/deep-field/">Deep Field</a></section>
<h1 class="article-title">Deep Field 88: Streaks, Shadows and Mars, with Elon Musk</h1>
<p class="article-excerpt">Anjali and Ben ask about satellite streaks ruining astronomers' nights, whether space telescopes are the answer, and why anyone should care about Mars.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/anjali/">Anjali Rao</a>, <a href="/author/ben/">Ben Okonkwo</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-30">May 30, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 79 min listen</span></div></div></div></header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://hearthradio.net/content/media/2024/05/deepfield-88.mp3" preload="metadata"></audio><div class="kg-audio-title">Deep Field 88</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio">&#9654;</button><span class="kg-audio-current-time">0:00</span><div class="kg-audio-time">/<span class="kg-audio-duration">79:12</span></div></div></div></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#129302;</div><div class="kg-callout-text"><strong>AI summary.</strong> Highlights from this episode:<br>Elon Musk: newer satellites are several times fainter, and orbital data is shared with observatories.<br>Elon Musk: some astronomy should move to space as launch gets cheaper.<br>Anjali Rao: that is like telling people near an airport to move.</div></div>
<h2 id="chapters">Chapters</h2>
<ul><li>00:00 Intro</li><li>05:12 A complicated figure for astronomers</li><li>14:05 Making satellites darker</li><li>27:10 Space telescopes</li><li>64:15 Why Mars</li><li>78:10 Goodbyes</li></ul>
<p>Deep Field is part of the Hearth Radio Network. Support independent audio: become a member for ad-free episodes.</p>
<h2 id="transcript">Transcript</h2>
<p><em>Edited for clarity. Some sections, including sponsor reads, were removed, so times jump.</em></p>
%s
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Plain-text transcript (for copying)</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div>
<div class="kg-toggle-content">
%s
</div></div>
</section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/deep-field-87/"><h2 class="post-card-title">Deep Field 87: The Moon Has Weather (Sort Of)</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/kitchen-table-140/"><h2 class="post-card-title">Kitchen Table 140: Maye Musk on Modeling at 75</h2></a></article></div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://hearthradio.net">Hearth Radio Network</a> &copy; 2024</section><nav class="site-footer-nav"><a href="https://hearthradio.net/privacy/">Privacy</a><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></nav></div></footer>
</div>
<script src="/assets/built/casper.js?v=4a8c1e2b7d"></script>
<script>document.querySelectorAll('a.ts').forEach(function(a){a.addEventListener('click',function(e){var m=a.hash.match(/t=(\\d+)m(\\d+)s/);if(m){e.preventDefault();var au=document.querySelector('audio');au.currentTime=+m[1]*60+ +m[2];au.play();}});});</script>
</body>
</html>
""" % (transcript, plain_copy)

emit(NAME, page, turns,
     fmt="Ghost podcast-network post: an <h3> per turn with the speaker's name and a <time datetime=PT..> link (#t=64m15s) shown as mm:ss with minutes past 59; later paragraphs of a long turn carry their own time link; the whole transcript is repeated in a collapsed plain-text toggle card ('[mm:ss] Name: text').",
     show="Deep Field (Hearth Radio Network)", others=["Anjali Rao", "Ben Okonkwo"])
