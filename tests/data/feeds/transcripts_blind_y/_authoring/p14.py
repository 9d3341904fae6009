from common import *

SHOW = "Second Order with Nora Vance"

LABEL = {"N": "Nora Vance", "S": "Sam Ito", "M": "Elon Musk"}

# (who, [(secs, text), ...]) -- every paragraph carries a <time>
SEGS = [
    ("N", [(0, "Welcome to Second Order. I’m Nora Vance. My guest today runs more companies than I have houseplants, and I have a lot of houseplants. Elon, thanks for making time.")]),
    ("M", [(13, "Happy to. I don’t think I could keep a houseplant alive, to be honest."),
           (19, "I travel too much. The plant would need its own Starlink terminal and a robot.")]),
    ("N", [(27, "Let’s talk about the thing you’ve been posting about every day: government efficiency. What did you learn?")]),
    ("M", [(35, "That most of the waste isn’t fraud, it’s just inertia. Someone set up a process in 1987 and nobody ever turned it off."),
           (48, "You find payments going to programs that ended years ago, systems that talk to systems that nobody uses. It’s like archaeology."),
           (64, "And the hard part is not finding it. The hard part is getting permission to delete it.")]),
    ("N", [(78, "Critics say you moved too fast and broke things that mattered.")]),
    ("M", [(84, "Some of that criticism is fair. When you move fast you will make mistakes, and we reversed a few things quickly when they were wrong. I’d rather fix mistakes than never act.")]),
    ("S", [(1503, "We got a listener question on this one. Anika in Toronto asks: what’s one thing you’d never automate?")]),
    ("M", [(1511, "Raising kids. Probably not that.")]),
    ("N", [(1517, "That’s a relief for all of us.")]),
    ("M", [(3662, "I’ll say one more thing, since you asked earlier about regrets. I regret some of the posts. Not many, but some."),
           (3675, "Posting at three in the morning is generally not a good idea. I’ve learned that, partially.")]),
    ("N", [(3689, "Elon Musk, thank you.")]),
    ("M", [(3691, "Thanks, Nora.")]),
]


def iso(t):
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    return "PT" + ("%dH" % h if h else "") + ("%dM" % m if m or h else "") + "%dS" % s


def build():
    g = Gold(SHOW, "Substack post; a bold <p><strong>Name</strong></p> line per speaker with paragraphs below, each paragraph opening with <time datetime=\"PT…\"> (m:ss or h:mm:ss); the turn starts at its first paragraph; a plain-text copy of the whole transcript (no times) is repeated in a <details> block.")
    out, plain = [], []
    for who, paras in SEGS:
        lab = LABEL[who]
        if who == "M":
            g.add(paras[0][0], paras[0][1], len(paras) > 1)
        else:
            g.other(lab)
        out.append("<p><strong>%s</strong></p>" % lab)
        for t, text in paras:
            out.append('<p><time datetime="%s">%s</time> %s</p>' % (iso(t), h_mss(t), esc(text, True)))
        plain.append("<p>%s: %s</p>" % (lab, esc(" ".join(p[1] for p in paras), True)))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Elon Musk on deleting things, 3 a.m. posts, and what he’d never automate</title>
<meta name="description" content="Episode 41 of Second Order. Full transcript below.">
<meta property="og:title" content="Elon Musk on deleting things, 3 a.m. posts, and what he’d never automate">
<meta property="og:site_name" content="Second Order">
<link rel="preconnect" href="https://substackcdn.com">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.c8b1f2.css">
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"pub\\":{\\"name\\":\\"Second Order\\",\\"subdomain\\":\\"secondorder\\"},\\"post\\":{\\"id\\":148210933,\\"title\\":\\"Elon Musk on deleting things\\",\\"type\\":\\"podcast\\"}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><a href="/" class="navbar-title-link">Second Order</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe?utm_source=menu">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Elon Musk on deleting things, 3 a.m. posts, and what he’d never automate</h1>
<h3 class="subtitle">Episode 41. Listen now, or read the full transcript below.</h3>
<div class="post-meta"><a href="/profile/nora" class="profile-hover-card-target">Nora Vance</a> · <time datetime="2025-10-02T11:01:00.000Z">Oct 02, 2025</time> · <span class="paid-tag">Free</span></div></div>
<div class="podcast-player" data-duration="3712"><audio src="https://api.substack.com/api/v1/audio/upload/secondorder/ep41.mp3" preload="none"></audio><div class="player-title">Second Order · Ep. 41</div></div>
<div class="available-content"><div dir="auto" class="body markup">
<h3>Highlights</h3>
<blockquote><p><strong>Elon Musk:</strong> “The hard part is not finding it. The hard part is getting permission to delete it.”</p></blockquote>
<blockquote><p><strong>Elon Musk:</strong> “Posting at three in the morning is generally not a good idea.”</p></blockquote>
<p>Timestamps are links into the episode audio. Thanks to Sam Ito for producing, and to paid subscribers who make the transcripts possible.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Second Order is a reader-supported publication.</p></div><form class="form"><input type="email" name="email" placeholder="Type your email…"><button type="submit" class="button primary">Subscribe</button></form></div></div>
<h2>Transcript</h2>
%s
<hr>
<details class="plain-transcript"><summary>Plain-text transcript (for copy &amp; paste)</summary>
%s
</details>
</div></div>
<div class="post-footer"><div class="like-button-container">♡ 1,203</div><div class="post-ufi-comment-button">💬 87</div><a class="post-ufi-button share" href="#">Share</a></div>
</article></div></div></div>
<div class="comments-page"><h4>Discussion about this episode</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/@muskmelon">Musk Melon</a> <span class="comment-date">Oct 2</span></div><div class="comment-body"><p>“Raising kids. Probably not that.” — best answer of the episode</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/@elonreeve">Elon R.</a> <span class="comment-date">Oct 3</span></div><div class="comment-body"><p>Nora, please get Kimbal next.</p></div>
<div class="comment reply"><div class="comment-meta"><a class="commenter-name" href="/@nora">Nora Vance</a> <span class="author-tag">Writer</span></div><div class="comment-body"><p>Working on it!</p></div></div></div>
</div>
<div class="footer-wrap"><div class="footer"><p>© 2025 Nora Vance · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta">Start writing</a></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.7a9e1f.js" charset="utf-8" defer></script>
</body>
</html>
""" % ("\n".join(out), "\n".join(plain))
    return g.write("y14_secondorder_substack", page)


if __name__ == "__main__":
    build()
