"""k05 - video platform watch page: interactive transcript panel of cues, labels inside cue text, plus a repeated plain transcript."""
from common import *

NAME = "k05_streamhall_video"
SHOW = "Build Log with Marcus Bell"

LAB = {"E": ("Elon Musk", "Elon"), "M": ("Marcus Bell", "Marcus")}


def C(spk, *cues):
    return {"spk": spk, "t": cues[0][0], "cues": list(cues), "paras": [" ".join(c[1] for c in cues)]}


TURNS = [
    C("M", (3.4, "Hey everybody, welcome to Build Log."), (6.1, "Today I’m about forty feet underground with Elon Musk."), (9.0, "Elon, thanks for doing this.")),
    C("E", (11.7, "Yeah, thanks for coming out. It’s a bit dusty down here.")),
    C("M", (15.2, "So, why tunnels? Everyone asks.")),
    C("E", (19.5, "Because cities are 3D and roads are 2D."), (24.0, "You’ve got tall buildings with lots of people going up and down,"), (29.3, "and then everyone tries to leave on a flat grid at five p.m."), (34.8, "Tunnels let you add as many layers as you want.")),
    C("M", (39.1, "Huh.")),
    C("E", (40.6, "The problem has always been cost per mile."), (43.9, "That’s the whole game. If you get that down by ten x, everything changes.")),
    C("M", (842.2, "Okay, walk me through the machine behind us.")),
    C("E", (847.9, "So this is the boring machine, no pun intended."), (852.3, "The big change is that we don’t stop to put in the wall segments."), (857.6, "It digs and builds the lining at the same time, continuously.")),
    C("M", (3531.0, "Last question, and I ask everybody this one."), (3535.4, "What would you tell someone starting an infrastructure company today?")),
    C("E", (3541.8, "Expect permits to take longer than engineering."), (3546.2, "Way longer. Plan for that from day one."), (3602.5, "And hire people who have actually dug holes, not just modeled them.")),
    C("M", (3609.9, "Elon Musk, thank you so much.")),
    C("E", (3612.3, "Thank you. Good to see you.")),
]


def panel():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, (tm, txt) in enumerate(t["cues"]):
            body = ("%s: %s" % (lab, txt)) if i == 0 else txt
            out.append('<div class="cue" role="button" tabindex="0" data-start="%.1f"><a class="cue__time" href="/watch/bX7rT2q9?t=%d">%s</a><span class="cue__text">%s</span></div>'
                       % (tm, int(tm), hms_var_short(tm), esc(body)))
    return "\n          ".join(out)


def plain():
    return "\n      ".join('<p><b>%s:</b> %s</p>' % (esc(LAB[t["spk"]][0]), esc(t["paras"][0])) for t in TURNS)


def build():
    page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Why Tunnels? Elon Musk 40 Feet Underground | Build Log Ep. 31 - Streamhall</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Marcus Bell goes underground with Elon Musk to talk tunnels, boring machines and permits.">
<meta property="og:type" content="video.episode">
<meta property="og:video:duration" content="3620">
<link rel="canonical" href="https://streamhall.tv/watch/bX7rT2q9">
<link rel="stylesheet" href="https://static.streamhall.tv/web/watch.4471e0.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Why Tunnels? Elon Musk 40 Feet Underground | Build Log Ep. 31","uploadDate":"2024-02-21","duration":"PT1H0M20S","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/WatchAction","userInteractionCount":1844201}}</script>
</head>
<body class="watch dark">
<header class="sh-top"><a class="sh-logo" href="https://streamhall.tv/">Streamhall</a><form class="sh-search" action="/search"><input name="q" placeholder="Search" aria-label="Search"></form><nav class="sh-top__right"><a href="/upload">Upload</a><a href="/signin" class="sh-btn">Sign in</a></nav></header>
<div class="watch-grid">
  <div class="watch-main">
    <div class="player" id="player" data-video-id="bX7rT2q9"><video poster="https://img.streamhall.tv/bX7rT2q9/maxres.jpg" preload="none" controls><source src="https://v.streamhall.tv/bX7rT2q9/1080.m3u8" type="application/x-mpegURL"></video></div>
    <h1 class="video-title">Why Tunnels? Elon Musk 40 Feet Underground | Build Log Ep. 31</h1>
    <div class="channel-row"><a class="channel" href="/c/buildlog"><img src="https://img.streamhall.tv/ch/buildlog.jpg" alt="" width="40" height="40"> <span class="channel__name">Build Log with Marcus Bell</span></a> <span class="subs">612K subscribers</span> <button class="sh-btn sh-btn--sub">Subscribe</button> <span class="likes">&#128077; 41K</span></div>
    <div class="description" id="description">
      <p class="meta">1,844,201 views · Feb 21, 2024</p>
      <p>I went underground with Elon Musk at a tunnel site to find out why he thinks cities should grow down instead of out. We talk cost per mile, the new boring machine, and why permits take longer than engineering.</p>
      <p>Chapters:<br><a href="?t=0">0:00</a> Intro<br><a href="?t=19">0:19</a> Elon Musk: “cities are 3D, roads are 2D”<br><a href="?t=842">14:02</a> The machine<br><a href="?t=3531">58:51</a> Advice for founders<br><a href="?t=3602">1:00:02</a> Elon: hire people who have dug holes</p>
      <p>Support the channel: <a href="https://buildlog.show/members">buildlog.show/members</a><br>#tunnels #infrastructure #engineering</p>
    </div>
  </div>
  <aside class="watch-side">
    <section class="transcript-panel" aria-label="Transcript">
      <div class="panel-head"><h2>Transcript</h2><button class="panel-close" aria-label="Close transcript">&times;</button><select aria-label="Language"><option>English (auto-generated, edited by creator)</option></select></div>
      <div class="cue-list">
          %s
      </div>
    </section>
    <section class="up-next"><h2>Up next</h2><ul>
      <li><a href="/watch/Qe71mZ0d">How a Tunnel Boring Machine Actually Works</a> <span>Build Log with Marcus Bell · 890K views</span></li>
      <li><a href="/watch/Lk2bb9sP">The Longest Subway Tunnel Ever Dug</a> <span>Rail Nerd · 2.1M views</span></li>
      <li><a href="/watch/Zz0aa1Rq">Elon Musk Compilation: Best Moments 2023</a> <span>Elon Musk Clips · 3.3M views</span></li></ul></section>
  </aside>
</div>
<section class="seo-transcript" id="full-transcript">
  <h2>Full transcript</h2>
  <details><summary>Show full transcript</summary>
      %s
  </details>
</section>
<section class="comments" id="comments">
  <h2>2,318 Comments</h2>
  <div class="comment"><a class="c-author" href="/@ElonMuskClips">@ElonMuskClips</a> <span class="c-age">3 months ago</span><p class="c-text"><a href="?t=19">0:19</a> Elon Musk: “Because cities are 3D and roads are 2D.” Simple as that.</p><span class="c-likes">2.4K</span></div>
  <div class="comment"><a class="c-author" href="/@dig_deeper">@dig_deeper</a> <span class="c-age">3 months ago</span><p class="c-text">Marcus asking “so why tunnels” like we all weren’t thinking it</p><span class="c-likes">811</span></div>
  <div class="comment comment--reply"><a class="c-author" href="/@elonmusk.fan.account">@elonmusk.fan.account</a> <span class="c-age">2 months ago</span><p class="c-text">Elon: Expect permits to take longer than engineering. <a href="?t=3541">59:01</a> — this is true for literally everything</p><span class="c-likes">96</span></div>
  <div class="comment"><a class="c-author" href="/@civilEngSam">@civilEngSam</a> <span class="c-age">1 month ago</span><p class="c-text">As a tunnel engineer: the continuous lining bit at 14:17 is a bigger deal than it sounds.</p><span class="c-likes">430</span></div>
</section>
<footer class="sh-foot"><a href="/about">About</a> <a href="/press">Press</a> <a href="/creators">Creators</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <span>&copy; 2024 Streamhall</span></footer>
<script>
window.__SH_INITIAL__={"videoId":"bX7rT2q9","captions":[{"lang":"en","kind":"asr-edited","url":"https://v.streamhall.tv/bX7rT2q9/captions/en.vtt"}],"chapters":[0,19,842,3531,3602]};
document.querySelectorAll('.cue').forEach(function(c){c.addEventListener('click',function(){var v=document.querySelector('#player video');v.currentTime=parseFloat(c.dataset.start);v.play();});});
</script>
<script src="https://static.streamhall.tv/web/watch.9b02fe.js" defer></script>
</body>
</html>
""" % (panel(), plain())
    return write(NAME, page,
                 "Video-platform transcript panel: one cue per caption line with a linked time (m:ss, then h:mm:ss past the hour) and data-start seconds; the speaker label ('Elon Musk:' then 'Elon:') is inside the first cue's text and unlabelled cues continue the turn; the transcript is repeated untimed in a collapsed 'Full transcript' section.",
                 SHOW, gold_turns(TURNS), ["Marcus Bell", "Marcus"])
