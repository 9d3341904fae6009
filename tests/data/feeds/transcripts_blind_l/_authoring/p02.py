from common import *

NAME = "l02_substack-interview"
URL = "https://marginsandmomentum.substack.com/p/ep-41-elon-musk-grid"
L = {"P": ("Priya Raman:", "Raman:"), "E": ("Elon Musk:", "Musk:")}
# (spk, [(time or None, text), ...])
rows = [
 ("P", [(0, "Welcome to Margins & Momentum, the podcast version of this newsletter. I'm Priya Raman. Today's guest has been on my list for about five years, and he finally said yes after I promised we'd talk about transformers and not the robot kind.")]),
 ("E", [(38, "That's the only reason I agreed, honestly. Transformers are the most underrated bottleneck in the whole energy transition.")]),
 ("P", [(47, "So let's start there. Why transformers?")]),
 ("E", [(52, "Because everyone's focused on generation, solar panels and wind turbines and so on, and generation is actually going pretty well. The problem is moving the electricity. The lead time on a large power transformer right now is something like three years in some markets. That's insane for what is basically copper and steel in a box."),
        (121, "And you can't just software your way around it. If the transformer isn't there, the substation doesn't get built, and the solar farm sits in the interconnection queue.")]),
 ("P", [(149, "I want to read you something. As Elon told me back in 2019, when I first pitched this interview, \"the grid is the world's biggest machine and nobody is in charge of it.\" Do you still think that's true?")]),
 ("E", [(171, "Did I say that? It sounds like something I'd say. Yeah, I think it's mostly true. There are a lot of people in charge of little pieces of it, which is sort of the same as nobody being in charge.")]),
 ("P", [(203, "Let's talk about batteries on the grid. When you look at the big stationary storage projects going in now, what surprises you?")]),
 ("E", [(None, "How fast the duration is creeping up. Five years ago everyone talked about one-hour batteries for frequency regulation. Now the serious projects are four hours, and people are starting to ask about eight.")]),
 ("P", [(262, "Does that change the chemistry?")]),
 ("E", [(265, "Yes, definitely. For stationary storage, you don't care much about weight, so iron phosphate makes a lot of sense. It's cheaper, it's safer, and it lasts longer. You just need more of it."),
        (301, "Nickel-based cells will stay in cars that need range, but for the grid I think iron wins pretty decisively.")]),
 ("P", [(330, "Some of my readers think you're too optimistic about timelines. One of them wrote in, and I'm quoting: \"Musk time is a different unit of measurement.\" Fair?")]),
 ("E", [(344, "Fair. Completely fair. I'm chronically optimistic about timelines. But if I weren't, we'd never attempt anything, so I think it's a feature with a cost.")]),
 ("P", [(372, "Last question. If you could change one permitting rule tomorrow, which one?")]),
 ("E", [(381, "I'd put a hard deadline on interconnection studies. If the utility can't study your project in twelve months, it's approved by default. That alone would unlock an enormous amount of clean power that's just sitting in a queue right now.")]),
 ("P", [(410, "Elon, thank you.")]),
 ("E", [(412, "Thank you, Priya.")]),
]
turns = []
for spk, paras in rows:
    turns.append(Turn(spk, paras[0][0], *[esc(x) for _, x in paras], musk=(spk == "E"), times=[t for t, _ in paras]))

seen = set()
body = []
for tr in turns:
    full, short = L[tr.spk]
    lab = short if tr.spk in seen else full
    seen.add(tr.spk)
    for i, (p, tm) in enumerate(zip(tr.paras, tr.times)):
        ts = "" if tm is None else ' <a class="timestamp" href="%s?t=%d" data-timestamp="%d">[%s]</a>' % (URL, tm, tm, mmss(tm))
        if i == 0:
            body.append('<p><strong>%s</strong> %s%s</p>' % (lab, p, ts))
        else:
            body.append('<p>%s%s</p>' % (p, ts))
transcript = "\n".join(body)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Ep. 41: Elon Musk on transformers, batteries and the interconnection queue</title>
<meta property="og:title" content="Ep. 41: Elon Musk on transformers, batteries and the interconnection queue">
<meta property="og:site_name" content="Margins &amp; Momentum">
<meta name="author" content="Priya Raman">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7f0b3c.css">
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":141877210,\\"title\\":\\"Ep. 41: Elon Musk on transformers\\",\\"type\\":\\"podcast\\",\\"podcast_duration\\":418.6}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-spacer"></div>
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">Margins &amp; Momentum</a>
<div class="navbar-buttons"><a class="button primary" href="/subscribe">Subscribe</a><a class="button" href="/account/login">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Ep. 41: Elon Musk on transformers, batteries and the interconnection queue</h1>
<h3 class="subtitle">"Copper and steel in a box" is holding up the energy transition</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@priyaraman">Priya Raman</a></div><div class="post-date">Feb 02, 2024</div><div class="post-ufi"><button class="like-button">412</button><a class="post-ufi-comment-button" href="%s/comments">38</a><button class="restack">Share</button></div></div></div>
<div class="podcast-player"><audio src="https://api.substack.com/api/v1/audio/upload/9a1f/src" preload="none"></audio><div class="player-controls"><button aria-label="Play">&#9654;</button><span class="time">0:00</span> / <span class="duration">6:58</span></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Hi friends. This is a shorter episode than usual (he had a hard stop), but it's packed. Below you'll find the full transcript, lightly edited. Timestamps link to the audio, so you can jump to any answer.</p>
<div class="pullquote"><p>"The lead time on a large power transformer right now is something like three years in some markets." &#8212; Elon Musk</p></div>
<p>A quick programming note: paid subscribers get the bonus Q&amp;A next Thursday, where I answer your questions about interconnection reform.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Margins &amp; Momentum is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" name="email" placeholder="Type your email&#8230;"><input type="submit" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">Transcript</h2>
%s
<p><em>Transcript edited for length and clarity. Margins &amp; Momentum is written and produced by Priya Raman.</em></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button">412</button><a href="%s/comments">38 comments</a></div></div>
</article>
<div class="comments-section"><h4>Discussion about this podcast</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@musk.elon.fan">Elon Musk Fan Account</a> <span class="comment-date">Feb 2</span></div><div class="comment-body"><p>Musk: "I'd put a hard deadline on interconnection studies." Someone send this to my county commissioner.</p></div>
<div class="comment-replies"><div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@priyaraman">Priya Raman</a> <span class="comment-date">Feb 2</span> <span class="author-badge">Author</span></div><div class="comment-body"><p>Ha! Please do.</p></div></div></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@gridnerd">Tomasz W.</a> <span class="comment-date">Feb 3</span></div><div class="comment-body"><p>The iron phosphate answer was the most interesting part for me. Would love a follow-up episode with a utility planner.</p></div></div>
</div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-terms">&#169; 2024 Priya Raman &#8226; <a href="https://substack.com/privacy">Privacy</a> &#8226; <a href="https://substack.com/tos">Terms</a> &#8226; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack"><a href="https://substack.com/signup">Start Writing</a><a href="https://substack.com/app">Get the app</a></div><p class="footer-text">Substack is the home for great culture</p></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.bf1e7a.js" charset="utf-8"></script>
</body>
</html>
""" % (URL, transcript, URL)

emit(NAME, page, turns,
     fmt="Substack podcast post: one <p> per paragraph, the first of each turn starting with a bold 'Name:' label (full name, later surname only); each paragraph ends with a linked [mm:ss] timestamp (?t=seconds) printed after the text, one of his turns has none.",
     show="Margins & Momentum", others=["Priya Raman", "Raman"])
