"""r08 - video-platform watch page with a transcript panel: one cue per caption line, every cue timed
(link #t=XmYYs + data-t), speaker change marked inside the caption text ('>> ELON MUSK:' then '>> ELON:');
chapters in the description; comments by Musk-named accounts; full transcript repeated (untimed) in <details>."""
from common import turn, short, yt

SLUG = "r08_viewtube_launch_rail"
SHOW = "Off the Launch Rail"
VID = "Lr8pQ2mZx0c"

T = [
    ("J", "JORDAN PIKE", [(0, "All right, we&#39;re live. Welcome"), (4, "to Off the Launch Rail. My guest today"), (7, "is Elon Musk. Elon, welcome to the show.")]),
    ("E", "ELON MUSK", [(10, "Thanks, Jordan. Great to be"), (13, "here. I&#39;ve watched a few episodes,"), (16, "so I know you ask hard questions.")]),
    ("J", "JORDAN", [(19, "I try. Let&#39;s start with"), (22, "Mars. What has to happen before"), (25, "the first crewed flight?")]),
    ("E", "ELON", [(27, "A lot of things, but the"), (30, "biggest is making Starship fully"), (33, "and rapidly reusable. If you have to"), (36, "throw away the ship, Mars is just"), (39, "not affordable. Then you need"), (41, "propellant transfer in orbit, which"), (44, "nobody has done at this scale.")]),
    ("J", "JORDAN", [(47, "How confident are you on"), (49, "the refilling part?")]),
    ("E", "ELON", [(51, "Reasonably confident. It&#39;s a hard"), (54, "problem, but it&#39;s plumbing in"), (56, "zero gravity. Hard plumbing,"), (58, "but plumbing.")]),
    ("J", "JORDAN", [(192, "Let&#39;s switch gears to AI. You&#39;ve"), (195, "been warning about it for years.")]),
    ("E", "ELON", [(197, "Yeah, for more than a decade."), (200, "I think it&#39;s the most powerful"), (203, "technology we&#39;ve ever created, and"), (206, "we should be thoughtful about it."), (209, "That doesn&#39;t mean stop. It means"), (212, "pay attention.")]),
    ("J", "JORDAN", [(214, "Right.")]),
    ("E", "ELON", [(215, "And I think truth-seeking is the"), (218, "most important property to build in.")]),
    ("J", "JORDAN", [(1421, "Rapid fire. Favorite book as a"), (1424, "kid?")]),
    ("E", "ELON", [(1425, "The Hitchhiker&#39;s Guide to the Galaxy."), (1428, "Still holds up.")]),
    ("J", "JORDAN", [(1430, "Coffee or no coffee?")]),
    ("E", "ELON", [(1432, "Coffee.")]),
    ("J", "JORDAN", [(1434, "Elon, thank you so much."), (1436, "That&#39;s our show. See you next week.")]),
]


def cues():
    out = []
    for spk, label, cs in T:
        for i, (t, text) in enumerate(cs):
            shown = f"&gt;&gt; {label}: {text}" if i == 0 else text
            out.append(f'''<div class="segment" role="button" tabindex="0" data-t="{t}">
  <a class="segment-timestamp" href="https://viewtube.tv/watch/{VID}#t={yt(t)}">{short(t)}</a>
  <span class="segment-text">{shown}</span>
</div>''')
    return "\n".join(out)


def full_text():
    return "\n".join(f"<p>{label}: {' '.join(text for _, text in cs)}</p>" for spk, label, cs in T)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk on Mars, Refilling in Orbit and AI | Off the Launch Rail #88 - ViewTube</title>
<meta name="description" content="Jordan Pike talks to Elon Musk about Starship reuse, propellant transfer and AI.">
<meta property="og:video:url" content="https://viewtube.tv/embed/{VID}">
<link rel="stylesheet" href="https://static.viewtube.tv/player/v3/watch.css">
<script>var vtInitialData = {{"videoId":"{VID}","lengthSeconds":1441,"channel":{{"name":"Jordan Pike","handle":"@offthelaunchrail"}},"captions":[{{"lang":"en","kind":"uploaded"}}]}};</script>
<script src="https://static.viewtube.tv/player/v3/base.js" defer></script>
</head>
<body class="watch-page dark">
<header id="masthead"><a id="logo" href="https://viewtube.tv/" title="ViewTube Home">ViewTube</a>
<form id="search-form" action="https://viewtube.tv/results"><input id="search" name="q" placeholder="Search"><button aria-label="Search">&#128269;</button></form>
<nav id="top-actions"><a href="https://viewtube.tv/upload">Create</a> <a href="https://accounts.viewtube.tv/signin">Sign in</a></nav></header>
<div id="columns">
<div id="primary">
  <div id="player" class="html5-video-player"><video src="https://media.viewtube.tv/v/{VID}/720p.mp4" controls preload="metadata"></video></div>
  <h1 class="watch-title">Elon Musk on Mars, Refilling in Orbit and AI | Off the Launch Rail #88</h1>
  <div id="owner"><a class="channel-name" href="https://viewtube.tv/@offthelaunchrail">Jordan Pike</a> <span class="subs">412K subscribers</span> <button class="subscribe">Subscribe</button></div>
  <div id="actions"><button>&#128077; 38K</button> <button>&#128078;</button> <button>Share</button> <button>Save</button></div>
  <div id="description" class="expanded">
    <p class="info">1,204,377 views &middot; Streamed live on Feb 9, 2025</p>
    <p>Elon Musk joins Jordan for a wide-ranging chat about what Mars actually requires, refilling ships in orbit, and why AI needs attention, not panic.</p>
    <p>Chapters:<br>0:00 Intro<br>0:27 Elon Musk: what has to happen before Mars<br>3:12 Elon Musk on AI: &quot;pay attention&quot;<br>23:41 Rapid fire</p>
    <p>Support the show: <a href="https://patron.example/offthelaunchrail">patron.example/offthelaunchrail</a><br>#spacex #starship #ai</p>
  </div>
  <section id="comments">
    <h2 class="count">2,318 Comments</h2>
    <div class="comment-thread">
      <div class="comment"><a class="author" href="https://viewtube.tv/@ElonMuskClipsDaily">@ElonMuskClipsDaily</a> <span class="published">1 year ago</span>
        <p class="content">&quot;ELON: Coffee.&quot; most honest answer in podcast history &#128514;</p><span class="likes">4.1K</span></div>
      <div class="replies"><div class="comment"><a class="author" href="https://viewtube.tv/@musk_elon_official2">@musk_elon_official2</a> <span class="published">1 year ago</span>
        <p class="content">Hard plumbing, but plumbing. I said what I said.</p><span class="likes">902</span></div>
        <div class="comment"><a class="author" href="https://viewtube.tv/@kaylaorbit">@kaylaorbit</a> <span class="published">1 year ago</span>
        <p class="content">@musk_elon_official2 nice try lol</p><span class="likes">311</span></div></div>
    </div>
    <div class="comment-thread">
      <div class="comment"><a class="author" href="https://viewtube.tv/@rocketrhea">@rocketrhea</a> <span class="published">11 months ago</span>
        <p class="content">3:27 &quot;That doesn&#39;t mean stop. It means pay attention.&quot; &#8212; should be on a poster.</p><span class="likes">1.2K</span></div>
    </div>
  </section>
</div>
<div id="secondary">
  <div id="panels"><div class="engagement-panel" target-id="engagement-panel-searchable-transcript" visibility="EXPANDED">
    <div class="panel-header"><h2 id="title">Transcript</h2><button aria-label="Close transcript">&#10005;</button></div>
    <div class="panel-subheader"><button class="lang-menu">English (uploaded)</button></div>
    <div id="segments-container" class="transcript-segment-list" role="list">
{cues()}
    </div>
  </div></div>
  <details class="full-transcript"><summary>Show full transcript as text</summary>
{full_text()}
  </details>
  <div id="related"><h3>Up next</h3><ul>
    <li><a href="https://viewtube.tv/watch/Qz1n4Vb7rT2">Starship flight recap in 10 minutes</a> <span>Orbital Desk &middot; 880K views</span></li>
    <li><a href="https://viewtube.tv/watch/Hk3o9Wq2eLp">How propellant transfer works (animated)</a> <span>Plainly Space &middot; 2.1M views</span></li></ul></div>
</div>
</div>
<footer id="footer"><a href="https://viewtube.tv/about">About</a> <a href="https://viewtube.tv/terms">Terms</a> <a href="https://viewtube.tv/privacy">Privacy</a> &copy; 2025 ViewTube</footer>
<script>document.querySelectorAll('.segment').forEach(function(s){{s.addEventListener('click',function(){{document.querySelector('video').currentTime=+s.dataset.t;}});}});</script>
</body>
</html>
"""
    turns = [turn(cs[0][0], cs[0][1]) for spk, label, cs in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["JORDAN PIKE", "JORDAN"],
                format="Video-platform transcript panel; one timed cue per caption line (link #t=XmYYs, data-t seconds, shown m:ss), speaker change marked inside the cue text as '>> NAME:' (ELON MUSK first, then ELON), unmarked cues continue the turn; untimed full text repeated in a <details>.")
