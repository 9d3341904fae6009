"""ad05: video platform watch page. A collapsed plain-text transcript copy sits under the
description; the timed transcript panel (one cue per caption line, '>> NAME:' at speaker
changes, data-start float seconds) comes later in the DOM. Each turn counted once, with the
time of its first cue in the panel."""
from common import *

NAME = "ad05_tubelight_frontiertalks"
SHOW = "Frontier Talks"

N = "N"
T = [
    {"s": N, "p": ["Welcome to Frontier Talks. I'm Nadia Osei,", "and today I'm in Austin with Elon Musk.", "Elon, thank you for having us at the factory."]},
    {"s": E, "p": ["It's a pleasure. Sorry about the noise,", "there's a stamping press about two hundred meters that way", "and it never really stops."]},
    {"s": N, "p": ["Let's start with AI. Where do you think", "we actually are on the curve?"]},
    {"s": E, "p": ["I think we're on the steep part of the exponential,", "and the thing about exponentials is that they always", "look flat behind you and vertical in front of you.", "So it depends where you stand."]},
    {"s": N, "p": ["That sounds almost reassuring."]},
    {"s": E, "p": ["It's not meant to be reassuring."]},
    {"s": N, "p": ["Okay. Then what should people actually do?"]},
    {"s": E, "p": ["Pay attention, mostly. I think the most important thing", "is that AI is maximally truth-seeking,", "even when the truth is unpopular. If you train a system", "to say things it doesn't believe, you've taught it to deceive,", "and that's exactly the wrong lesson."]},
    {"s": N, "p": ["You've said robots will outnumber people. When?"]},
    {"s": E, "p": ["I don't know exactly. My guess is sometime in the 2040s,", "but I've been wrong on timelines before,", "as people enjoy reminding me."]},
    {"s": N, "p": ["They do."]},
    {"s": E, "p": ["Yes, they do."]},
    {"s": N, "p": ["Last question. What's the thing you're building", "that nobody's talking about?"]},
    {"s": E, "p": ["Honestly, the factory. The factory is the product.", "People look at the car or the robot,", "but the machine that builds the machine is much harder", "than the machine itself. Maybe a hundred times harder."]},
    {"s": N, "p": ["Elon Musk, thank you."]},
    {"s": E, "p": ["Thank you. Come back when the press is quieter."]},
]
assign_times(T, start=4.12, seed=55, wps=2.6, gap=0.2)

LAB = {E: ("ELON MUSK", "ELON"), N: ("NADIA OSEI", "NADIA")}


def panel():
    out, seen = [], set()
    for tr in T:
        full, short = LAB[tr["s"]]
        lab = full if tr["s"] not in seen else short
        seen.add(tr["s"])
        for i, (c, t) in enumerate(zip(tr["p"], tr["ts"])):
            text = f"&gt;&gt; {lab}: {esc(c)}" if i == 0 else esc(c)
            out.append(f'<tl-transcript-segment class="segment" role="button" tabindex="0" data-start="{t:.2f}">'
                       f'<div class="segment-timestamp">{m_ss(t)}</div><yt-formatted-string class="segment-text">{text}</yt-formatted-string></tl-transcript-segment>')
    return "\n".join(out)


def plain_copy():
    out = []
    for tr in T:
        lab = "Elon Musk" if tr["s"] == E else "Nadia Osei"
        out.append(f"<p><b>{lab}:</b> {esc(' '.join(tr['p']))}</p>")
    return "\n".join(out)


def build():
    total = int(T[-1]["ts"][-1] + 5)
    ch = [(0, "Intro"), (T[2]["ts"][0], "Where are we on the AI curve?"), (T[7]["ts"][0], "Elon Musk: AI must be maximally truth-seeking"),
          (T[8]["ts"][0], "Robots vs. people"), (T[12]["ts"][0], "\u201cThe factory is the product\u201d")]
    chapters = "<br>".join(f'<a class="tl-ts" href="/watch?v=Qm7rT2pLx0A&amp;t={int(t)}s">{m_ss(t)}</a> {esc(x)}' for t, x in ch)
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk on AI, robots and the factory | Frontier Talks #88 (highlights) - Tubelight</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Tubelight">
<meta property="og:video:url" content="https://www.tubelight.video/embed/Qm7rT2pLx0A">
<link rel="stylesheet" href="https://www.tubelight.video/s/desktop/6c1a0e2f/cssbin/www-main-desktop-watch-page-skeleton.css">
<script nonce="Zk2">var ytcfg={{"INNERTUBE_CONTEXT_CLIENT_NAME":1,"VIDEO_ID":"Qm7rT2pLx0A"}};</script>
<script nonce="Zk2">var tlInitialPlayerResponse={{"videoDetails":{{"title":"Elon Musk on AI, robots and the factory","lengthSeconds":"{total}","author":"Frontier Talks"}},"captions":{{"tracks":[{{"lang":"en","kind":"manual"}}]}}}};</script>
</head>
<body dir="ltr">
<tl-app id="app">
<div id="masthead-container"><tl-masthead><a id="logo" href="/" title="Tubelight Home">Tubelight</a><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search" autocomplete="off"></form><a class="sign-in" href="/signin">Sign in</a></tl-masthead></div>
<div id="columns" class="tl-watch-flexy">
<div id="primary">
  <div id="player" class="tl-player"><div class="html5-video-container"><video class="video-stream" src="blob:https://www.tubelight.video/3f0c"></video></div><div class="tl-chrome-bottom"><span class="tl-time-current">0:00</span> / <span class="tl-time-duration">{m_ss(total)}</span></div></div>
  <div id="above-the-fold">
    <h1 class="title"><yt-formatted-string>Elon Musk on AI, robots and the factory | Frontier Talks #88 (highlights)</yt-formatted-string></h1>
    <div id="owner"><a href="/@frontiertalks" class="channel-name">Frontier Talks</a> <span class="subs">1.2M subscribers</span> <button class="subscribe">Subscribe</button></div>
    <div id="actions"><button class="like">48K</button><button class="dislike" aria-label="Dislike"></button><button class="share">Share</button><button class="save">Save</button></div>
  </div>
  <div id="description" class="tl-description">
    <div class="info">2,184,302 views &middot; Premiered May 2, 2025</div>
    <div class="description-text">Highlights from the full episode (linked below). Nadia Osei visits the Austin factory to talk with Elon Musk about where AI is on the curve, why robots may one day outnumber us, and why the factory itself is the hardest product.<br><br>
    Chapters:<br>{chapters}<br><br>
    Full episode: <a href="/watch?v=Hk3sPq0Lm2c">Frontier Talks #88 &ndash; Elon Musk (full interview)</a><br>Frontier Talks is an independent interview show. Sponsored by Lumenloop.<br>#ElonMusk #AI #robots</div>
    <details class="tl-description-transcript"><summary>Transcript (text)</summary>
    <div class="transcript-plain">
{plain_copy()}
    </div></details>
  </div>
  <div id="comments" class="tl-comments">
    <h2 id="count">3,912 Comments</h2>
    <tl-comment-thread>
      <div class="comment"><a class="author" href="/@elonmusk.fanclub">@elonmusk.fanclub</a> <span class="published">2 weeks ago</span>
      <p class="content">ELON: &quot;The factory is the product.&quot; need this on a t-shirt</p><span class="vote-count">2.1K</span> <button>Reply</button></div>
    </tl-comment-thread>
    <tl-comment-thread>
      <div class="comment"><a class="author" href="/@ElonMuskOfficialClips">@ElonMuskOfficialClips</a> <span class="published">2 weeks ago</span>
      <p class="content">{m_ss(T[3]['ts'][0])} &gt;&gt; ELON: I think we're on the steep part of the exponential &mdash; best line of the whole thing</p><span class="vote-count">845</span> <button>Reply</button></div>
      <div class="replies"><div class="comment"><a class="author" href="/@nadia.osei">@nadia.osei</a> <span class="creator-badge">Creator</span><p class="content">Thanks for watching! Part two with the robot team is coming next month.</p></div></div>
    </tl-comment-thread>
    <tl-comment-thread>
      <div class="comment"><a class="author" href="/@not_elon_musk_42">@not_elon_musk_42</a> <span class="published">1 week ago</span>
      <p class="content">Yes, they do. &#128514;</p><span class="vote-count">311</span> <button>Reply</button></div>
    </tl-comment-thread>
  </div>
</div>
<div id="secondary">
  <tl-engagement-panel target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
    <div id="header"><h2 id="title-text">Transcript</h2><button class="close" aria-label="Close transcript">&times;</button></div>
    <div id="segments-container" class="tl-transcript-segment-list-renderer">
{panel()}
    </div>
    <div id="footer"><tl-transcript-footer-renderer><button class="lang">English</button></tl-transcript-footer-renderer></div>
  </tl-engagement-panel>
  <div id="related"><h3>Up next</h3>
    <a class="related" href="/watch?v=8dLp0aQ2x1c">Frontier Talks #87: The battery people</a>
    <a class="related" href="/watch?v=Xx91kLmQ0aa">Elon Musk full interview (2019) &middot; ArchiveTV</a></div>
</div>
</div>
</tl-app>
<script src="https://www.tubelight.video/s/desktop/6c1a0e2f/jsbin/desktop_polymer.vflset/desktop_polymer.js"></script>
</body>
</html>
"""
    fmt = ("Video watch page: a collapsed plain-text transcript copy (<details>, 'Name:' labels, no times) under the description, "
           "then a transcript panel later in the DOM with one caption cue per line (visible m:ss, data-start seconds with "
           "decimals); speaker changes are '>> ELON MUSK:' / '>> ELON:' inside the cue text and unlabelled cues continue the turn.")
    exp = expected(fmt, SHOW, gold(T), ["NADIA OSEI", "NADIA", "Nadia Osei"])
    write(NAME, html, exp)
    return NAME, exp
