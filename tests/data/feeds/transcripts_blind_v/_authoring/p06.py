from common import *

NAME = "v06_vidspan_video_transcript"
SHOW = "Hardcore Engineering Hour"

LAB = {"T": ("Theo Lark", "Theo"), "E": ("Elon Musk", "Elon")}

TURNS = [
    Turn("T", 0.0, ["Welcome to Hardcore Engineering Hour. I’m Theo Lark, and my guest today is Elon Musk. We’re going to talk about materials, mostly."]),
    Turn("E", 9.4, ["Materials is a good topic. Very underrated topic."]),
    Turn("T", 13.1, ["Why stainless steel for Starship? Everybody expected carbon fiber."]),
    Turn("E", 134.52, ["So we actually started with carbon fiber. We built a big carbon fiber tank section and it was, you know, beautiful,",
                       "but it was slow to make and expensive, something like a hundred and thirty-five dollars a kilogram, and it doesn’t like cryogenic temperatures or reentry heat very much.",
                       "Stainless is like three dollars a kilogram, it gets stronger at cryogenic temperatures, and it has a much higher melting point, so you need less heat shield on the leeward side."],
         pt=[134.52, 141.9, 150.33]),
    Turn("T", 161.0, ["So it was the cost, not just the performance."]),
    Turn("E", 163.25, ["Yeah."]),
    Turn("T", 164.0, ["I want to play something. This is you at a conference in 2016, talking about the Mars architecture."]),
    Turn("E", 171.7, ["The key is to make it reusable. If you can’t reuse the ship, the cost of going to Mars is prohibitive. If you can, it becomes roughly the cost of a house."],
         label="Elon Musk (2016 clip)"),
    Turn("T", 183.2, ["Did the stainless decision change that math?"]),
    Turn("E", 186.9, ["It made it better. The ship is heavier, sure, but it’s cheaper and tougher, and toughness matters when you’re landing on a place with no repair shop."]),
    Turn("T", 1234.56, ["Let’s talk about the heat shield tiles. They keep falling off."]),
    Turn("E", 1240.1, ["They do. Fewer every flight, but they do. The tiles are hexagonal so that the hot gas doesn’t get a straight path through the gaps,",
                       "and we’re working on a backup ablative layer underneath, so if a tile comes off, it’s not a catastrophe."],
         pt=[1240.1, 1251.77]),
    Turn("T", 1262.4, ["A belt and suspenders approach."]),
    Turn("E", 1264.05, ["Belt and suspenders and another belt, basically."]),
    Turn("T", 3728.0, ["We’re at an hour. Anything you want to say to the engineers watching?"]),
    Turn("E", 3735.8, ["Go work on hard problems. Seriously. The world has plenty of people optimizing ad clicks.",
                       "If you can make a weld better, or a valve that doesn’t leak, that’s worth more than you think."],
         pt=[3735.8, 3744.2]),
    Turn("T", 3752.0, ["Elon, thanks so much."]),
    Turn("E", 3754.6, ["Thanks, Theo."]),
]

FORMAT = ("Video-platform interactive transcript panel: one div per caption cue with a seek button showing m:ss or h:mm:ss "
          "and a data-start attribute in seconds; a cue opens with 'Name:' only when the speaker changes (full name first, "
          "then first name), following cues of the same turn are unlabelled; an archival clip of him is labelled 'Elon Musk (2016 clip):'.")


def render():
    seen = set()
    out = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = tr.label or (sh if tr.spk in seen else full)
        if not tr.label:
            seen.add(tr.spk)
        times = tr.pt or [tr.t]
        for i, (pt, p) in enumerate(zip(times, tr.paras)):
            m, s = divmod(int(pt), 60)
            aria = f"Seek to {short(pt)}"
            spk = f'<span class="cue-speaker">{lab}:</span> ' if i == 0 else ""
            out.append(f'<div class="vs-cue" role="listitem" data-start="{pt:.2f}"><button type="button" class="vs-cue__time" aria-label="{aria}">{short(pt)}</button><span class="vs-cue__text">{spk}{p}</span></div>')
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hardcore Engineering Hour #88 — Elon Musk (full interview) | Vidspan</title>
<meta property="og:type" content="video.episode">
<meta property="og:video:duration" content="3770">
<link rel="stylesheet" href="https://static.vidspan.tv/build/watch.c81e0a.css">
<style>.vs-cue{{display:flex;gap:12px;padding:4px 8px;border-radius:6px}} .vs-cue:hover{{background:#f2f2f2}} .vs-cue__time{{min-width:56px;font:500 12px/1.6 ui-monospace,monospace;color:#065fd4;background:none;border:0}} .cue-speaker{{font-weight:700}}</style>
<script>window.vsConfig = {{"videoId":"hEH88-mskL","chapters":true,"captions":["en"],"transcriptPanel":{{"autoScroll":true}}}};</script>
</head>
<body class="watch-page">
<header class="vs-masthead" role="banner">
 <a class="vs-logo" href="/" aria-label="Vidspan home">Vidspan</a>
 <form class="vs-search" role="search" action="/results"><input type="search" name="q" aria-label="Search" placeholder="Search"><button type="submit" aria-label="Search">🔍</button></form>
 <nav class="vs-account"><a href="/upload">Upload</a> <a href="/signin">Sign in</a></nav>
</header>
<div class="vs-watch">
<div class="vs-primary">
 <div class="vs-player" id="player"><video poster="https://i.vidspan.tv/hEH88-mskL/maxres.jpg" preload="none" controls></video></div>
 <h1 class="vs-title">Hardcore Engineering Hour #88 — Elon Musk (full interview)</h1>
 <div class="vs-owner"><a href="/@theolark" class="vs-channel">Theo Lark</a> <span class="vs-subs">1.2M subscribers</span> <button class="vs-subscribe">Subscribe</button></div>
 <div class="vs-stats">2,841,093 views · 3 weeks ago</div>
 <div class="vs-description" id="description">
  <div class="vs-description__text">
<p>Elon Musk sits down with Theo to talk materials: why Starship is stainless, how the heat shield tiles work, and what young engineers should work on.</p>
<p><b>Chapters</b><br>
<a href="?v=hEH88-mskL&amp;t=0">0:00</a> Intro<br>
<a href="?v=hEH88-mskL&amp;t=134">2:14</a> Elon Musk: “Stainless is like three dollars a kilogram”<br>
<a href="?v=hEH88-mskL&amp;t=171">2:51</a> The 2016 Mars architecture clip<br>
<a href="?v=hEH88-mskL&amp;t=1234">20:34</a> Heat shield tiles<br>
<a href="?v=hEH88-mskL&amp;t=3735">1:02:15</a> Elon Musk: advice for engineers</p>
<p>Sponsored by Fathom Tools — use code HEH for 15% off. Music: “Lift Off” by Kessler.</p>
  </div>
 </div>
 <section class="vs-comments" id="comments" aria-label="Comments">
  <h2 class="vs-comments__count">4,112 Comments</h2>
  <div class="vs-comment"><a class="vs-comment__author" href="/@ElonMuskOfficiaI">@ElonMuskOfficiaI</a><div class="vs-comment__text">Great talk. I’m giving away 5,000 BTC to celebrate, link in my profile.</div><div class="vs-comment__meta">3 weeks ago · 12 likes</div></div>
  <div class="vs-comment"><a class="vs-comment__author" href="/@orbitalwelder">@orbitalwelder</a><div class="vs-comment__text"><a href="?v=hEH88-mskL#t=20m34s">20:34</a> Elon: “Belt and suspenders and another belt” 😂 going on a t-shirt</div><div class="vs-comment__meta">3 weeks ago · 2.1K likes</div>
   <div class="vs-replies"><div class="vs-comment vs-comment--reply"><a class="vs-comment__author" href="/@elon.tusk">@elon.tusk</a><div class="vs-comment__text">Elon Musk: Go work on hard problems. Seriously. 🔥</div></div></div>
  </div>
  <div class="vs-comment"><a class="vs-comment__author" href="/@materialsnerd">@materialsnerd</a><div class="vs-comment__text">The $135/kg vs $3/kg comparison at <a href="?v=hEH88-mskL&amp;t=141">2:21</a> is the whole episode.</div><div class="vs-comment__meta">2 weeks ago · 640 likes</div></div>
 </section>
</div>
<aside class="vs-secondary">
 <section class="vs-transcript" role="region" aria-label="Transcript" id="transcript-panel">
  <header class="vs-transcript__head"><h2>Transcript</h2><button aria-label="Close transcript">✕</button><button aria-label="Toggle timestamps">Toggle timestamps</button></header>
  <div class="vs-transcript__lang">English (auto-generated, speaker names added by creator)</div>
  <div class="vs-transcript__cues" role="list">
{body}
  </div>
 </section>
 <section class="vs-upnext" aria-label="Up next">
  <h2>Up next</h2>
  <a class="vs-upnext__item" href="/watch?v=hEH87">Hardcore Engineering Hour #87 — The valve that doesn’t leak</a>
  <a class="vs-upnext__item" href="/watch?v=ss-tiles">How Starship heat shield tiles are made</a>
  <a class="vs-upnext__item" href="/watch?v=mars2016">Mars architecture talk (2016, full)</a>
 </section>
</aside>
</div>
<footer class="vs-footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/creators">Creators</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <span>© 2025 Vidspan LLC</span></footer>
<script src="https://static.vidspan.tv/build/watch.7b2c0e.js" defer></script>
</body>
</html>
"""
    others = ["Theo Lark", "Theo"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
