"""x09 - Substack podcast post: '[hh:mm:ss] **Name:** text' paragraphs, some turns without time, comments with Musk-like names."""
from common import *

NAME = "x09_orbital_dispatch_substack"
SHOW = "The Orbital Dispatch"

FULL = {"H": "Hannah Kroll", MUSK: "Elon Musk"}
SHORT = {"H": "Hannah", MUSK: "Elon"}

SEQ = [
    ("H", ts(0, 0, 5), ["Welcome to The Orbital Dispatch podcast. I'm Hannah Kroll. My guest today is Elon Musk, and we're going to talk about one thing only, which is Starlink. Elon, thanks for doing this."]),
    (MUSK, ts(0, 0, 19), ["Happy to. Starlink is probably the least talked-about thing we do, relative to how much it matters."]),
    ("H", ts(0, 0, 31), ["Why do you think that is?"]),
    (MUSK, ts(0, 0, 34), ["Because when it works, it's invisible. Nobody tweets that their internet worked today. You only hear about it when a ship in the middle of the Pacific or a village in the mountains gets connected for the first time.",
                          "And, I mean, it is genuinely one of the hardest engineering problems we've worked on. The satellites are moving at seven and a half kilometers a second and the dish has to hand off between them every few minutes without you noticing."]),
    ("H", ts(0, 2, 12), ["Back in 2019 you told me, on this very podcast, that \"the best part is no part.\" Does that apply to the satellites?"]),
    (MUSK, ts(0, 2, 25), ["Very much. The current satellites have far fewer parts than the first version. Every part you delete is a part that can't fail, can't be delayed by a supplier, and doesn't need to be tested."]),
    ("H", None, ["Give me an example."]),
    (MUSK, None, ["The first satellites had a separate deployable solar array mechanism that was honestly a nightmare. We redesigned the whole thing so the array unfolds in one motion. Fewer hinges, fewer motors."]),
    ("H", ts(0, 5, 48), ["Let's talk about direct-to-cell. Phones talking straight to satellites. When does that become normal?"]),
    (MUSK, ts(0, 6, 2), ["It's already working for texts in a few countries. Voice and data at low rates are next. I think within a couple of years most people won't think about whether they have a signal outdoors, they'll just have one."]),
    ("H", ts(0, 7, 40), ["Last question. What's the thing about Starlink you'd most like people to understand?"]),
    (MUSK, ts(0, 7, 47), ["That it pays for Mars."]),
    ("H", ts(0, 7, 50), ["Literally?"]),
    (MUSK, ts(0, 7, 51), ["Literally. The revenue from Starlink is what funds Starship development. So if you have a dish on your roof, you're helping build a city on Mars. Thank you for that."]),
    ("H", ts(0, 8, 5), ["Elon Musk, thank you."]),
]


def build():
    turns = [dict(spk=s, t=t, paras=p) for s, t, p in SEQ]
    seen = set()
    out = []
    for spk, t, paras in SEQ:
        name = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        stamp = f"[{hms(t, force_hours=True)}] " if t is not None else ""
        out.append(f"<p>{stamp}<strong>{esc(name)}:</strong> {esc(paras[0])}</p>")
        for p in paras[1:]:
            out.append(f"<p>{esc(p)}</p>")
    transcript = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk on why Starlink pays for Mars - The Orbital Dispatch</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta property="og:site_name" content="The Orbital Dispatch">
<meta property="og:title" content="Elon Musk on why Starlink pays for Mars">
<meta name="author" content="Hannah Kroll">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = {{"pub":{{"name":"The Orbital Dispatch","subdomain":"orbitaldispatch"}},"post":{{"id":148822019,"type":"podcast","audience":"everyone"}}}}</script>
</head>
<body>
<div id="entry">
<div class="main-menu"><a class="navbar-title-link" href="/">The Orbital Dispatch</a><a class="button subscribe-btn" href="/subscribe">Subscribe</a><a class="sign-in-link" href="/sign-in">Sign in</a></div>
<div class="single-post-container">
<article class="post typography podcast-post">
<div class="post-header">
  <h1 class="post-title">Elon Musk on why Starlink pays for Mars</h1>
  <h3 class="subtitle">An eight-minute conversation about the least talked-about thing SpaceX does</h3>
  <div class="post-meta"><a href="/profile/hannahkroll">Hannah Kroll</a> &middot; Jul 09, 2025 &middot; <span class="paid">Free</span></div>
</div>
<div class="podcast-player"><audio src="https://api.substack.com/api/v1/audio/upload/7c1d/src" preload="none"></audio><div class="pp-controls"><button>Play</button><span>0:00 / 8:14</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<p>I first interviewed Elon Musk for this newsletter six years ago, when Starlink had a few dozen satellites and a lot of skeptics. This time we talked only about Starlink: handoffs, deleting parts, phones that talk to satellites, and why he thinks your dish is paying for Mars.</p>
<p>Paid subscribers get the full audio ad-free. A lightly edited transcript is below; a couple of exchanges were recorded off the main mic and have no timestamp.</p>
<div class="subscription-widget-wrap"><p>The Orbital Dispatch is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form class="subscription-widget"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<h3 class="header-anchor-post">Transcript</h3>
{transcript}
<hr>
<p><em>Transcript edited for length and clarity. Timestamps refer to the audio above.</em></p>
</div></div>
<div class="post-footer"><button class="like-button">&#9829; 412</button> <a class="comment-link" href="#comments">38 Comments</a> <a class="share" href="#">Share</a></div>
</article>
<div id="comments" class="comments-page">
  <h4>Discussion about this episode</h4>
  <div class="comment"><div class="comment-meta"><a class="commentor" href="/profile/elonmuskfanpage">Elon Musk Fan Page</a> <span class="date">Jul 9</span></div>
    <div class="comment-body"><blockquote><p><strong>Elon:</strong> That it pays for Mars.</p></blockquote><p>Four words. Perfect answer.</p></div>
    <div class="comment replies"><div class="comment-meta"><a class="commentor" href="/profile/hannahkroll">Hannah Kroll</a> <span class="author-tag">Author</span> <span class="date">Jul 9</span></div><div class="comment-body"><p>It was five words, but who's counting :)</p></div></div>
  </div>
  <div class="comment"><div class="comment-meta"><a class="commentor" href="/profile/realelonmusk2">real elon musk (not really)</a> <span class="date">Jul 10</span></div>
    <div class="comment-body"><p>As Elon said at 02:25, every part you delete is a part that can't fail. Applies to newsletters too.</p></div></div>
  <div class="comment"><div class="comment-meta"><a class="commentor" href="/profile/ruralwifi">Marta in Montana</a> <span class="date">Jul 11</span></div>
    <div class="comment-body"><p>Can confirm the "village in the mountains" part. We got connected in 2022 and it changed everything for our ranch.</p></div></div>
</div>
</div>
<div class="footer-wrap"><p>&copy; 2025 Hannah Kroll &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><p><a href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a></p><p>Substack is the home for great culture</p></div>
</div>
<script src="https://substackcdn.com/bundle/static/js/main.4f2c.js" charset="utf-8"></script>
</body>
</html>
"""
    exp = expected(
        "Substack podcast post: each turn is a <p> starting '[hh:mm:ss] <strong>Name:</strong> text' (two exchanges have no timestamp), labels 'Elon Musk' first then 'Elon'; unlabelled follow-on paragraphs continue the turn.",
        SHOW, gold_turns(turns), ["Hannah Kroll", "Hannah"])
    meta = dict(kind="Substack newsletter podcast post",
                fmt="[hh:mm:ss] **Name:** text; some turns without time",
                hard=["Host quotes his 2019 words inside her question",
                      "Comments: 'Elon Musk Fan Page' blockquotes '<strong>Elon:</strong> That it pays for Mars.'; 'real elon musk (not really)' paraphrases him with a time",
                      "Two turns with no timestamp (null)",
                      "Host interrupts with one word 'Literally?'; short turn 'That it pays for Mars.'"],
                choices=["Turns without a printed time are null.", "Host's label changes from 'Hannah Kroll' to 'Hannah'; both listed in others."])
    register(NAME, page, exp, meta)


build()
