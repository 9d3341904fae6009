from common import *

NAME = "aa16_buildlog_podhaven_autogen"
SHOW = "Build Log"
LBL = {"JK": "Jamie Ko", "LF": "Lucas Ferreira", EM: "Elon Musk"}

# (speaker, [(start_seconds_float, text), ...]) ; cues of one turn share a single speaker label
SEGS = [
    ("JK", [(0.96, "Hey, welcome to Build Log. I'm Jamie Ko. Today we're talking tunnels with Lucas Ferreira, who has spent twenty years"),
            (8.32, "boring holes under cities. Lucas, welcome.")]),
    ("LF", [(11.04, "Thanks, Jamie. Happy to be here. Tunnels are my favorite subject, so stop me when I go too long.")]),
    ("JK", [(70.2, "So, the reason a lot of people know the word boring machine at all is one guy. Let's play a clip from 2017.")]),
    (EM, [(79.88, "The problem with tunnels is that they're incredibly expensive and slow. If you could make tunneling ten times cheaper,"),
          (87.4, "you'd solve traffic, because you can go as many layers deep as you want. There's no limit going down.")]),
    ("JK", [(96.55, "Lucas, was he right?")]),
    ("LF", [(98.1, "Partly. Ten times cheaper is a huge claim. The cost is mostly geology and permits, not the machine. Elon used to say the machine was the problem,"),
            (108.72, "and honestly, as Musk once put it, the snail is faster. That line got a lot of laughs in the industry, but he had a point about speed.")]),
    ("JK", [(1502.33, "Okay, we have a surprise. We reached out to his team as a joke, and, uh, he actually called in. Elon, are you there?")]),
    (EM, [(1511.9, "I'm here. Hi, Jamie. Hi, Lucas.")]),
    ("LF", [(1514.05, "Oh wow. Hi.")]),
    ("JK", [(1515.6, "So Lucas just said the machine isn't the bottleneck. Geology and permits are. Fair?")]),
    (EM, [(1521.78, "Mostly fair. Geology you can't change. But the machine was a bigger factor than people thought, because the old machines"),
          (1529.1, "stopped to put in the tunnel lining. If you can bore and line at the same time, you roughly double speed right there."),
          (1536.44, "And permits, well, that's a conversation for another time.")]),
    ("LF", [(1541.0, "We tried continuous lining in Sao Paulo. It worked, but it's hard.")]),
    (EM, [(1544.2, "Yeah, it's hard. Everything worth doing is hard.")]),
    ("JK", [(1547.9, "Last question, quick one. Will we ever see a tunnel under every major city?")]),
    (EM, [(1552.06, "Yes. Maybe not in my lifetime for every city, but yes. Okay, I have to run. Thanks, guys.")]),
    ("JK", [(1559.5, "Thank you! That was Elon Musk. Lucas, your face right now.")]),
]

TURNS = [T(spk, segs[0][0], *[s[1] for s in segs]) for spk, segs in SEGS]


def vtt(sec):
    ms = int(round(sec * 1000))
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def render_cues():
    out = []
    n = 0
    for spk, segs in SEGS:
        out.append('<div class="ph-turn" data-speaker="%s">' % LBL[spk])
        out.append('  <div class="ph-speaker"><span class="ph-avatar">%s</span><span class="ph-speaker-name">%s</span></div>'
                   % ("".join(w[0] for w in LBL[spk].split()), LBL[spk]))
        for st, text in segs:
            n += 1
            out.append('  <div class="ph-cue" id="cue-%d" data-begin="%s"><button class="ph-cue-time" type="button">%s</button> <span class="ph-cue-text">%s</span></div>'
                       % (n, vtt(st), vtt(st), esc(text)))
        out.append("</div>")
    return "\n".join(out)


def render_txt():
    out = []
    for spk, segs in SEGS:
        out.append("%s\n%s  %s" % (vtt(segs[0][0]), LBL[spk], esc(" ".join(s[1] for s in segs))))
    return "\n\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transcript &middot; Ep. 34: Tunnels, With a Surprise Caller &middot; Build Log</title>
<link rel="stylesheet" href="https://assets.podhaven.io/packs/css/public_transcript-5e2f.css" media="screen">
<meta name="podhaven:episode" content="bl-034">
<script>window.PH = {episodeId: "bl-034", audio: "https://media.podhaven.io/buildlog/bl-034.mp3", autoScroll: true};</script>
</head>
<body class="public-transcript">
<div class="ph-site">
<header class="ph-podcast-header" style="--brand:#f2a900">
 <img class="ph-artwork" src="https://storage.podhaven.io/artworks/buildlog-3000.jpg" width="96" height="96" alt="Build Log artwork">
 <div><p class="ph-podcast-title"><a href="https://buildlog.podhaven.io/">Build Log</a></p><h1 class="ph-episode-title">Ep. 34: Tunnels, With a Surprise Caller</h1><p class="ph-episode-meta">July 2, 2024 &middot; Season 2 &middot; 27:14</p></div>
</header>
<nav class="ph-tabs"><a href="https://buildlog.podhaven.io/episodes/bl-034">Episode</a><a class="is-active" href="https://buildlog.podhaven.io/episodes/bl-034/transcript">Transcript</a><a href="https://buildlog.podhaven.io/episodes/bl-034/chapters">Chapters</a></nav>
<div class="ph-player" data-ph-player><button aria-label="Play">&#9654;</button><input type="range" min="0" max="1634" value="0" aria-label="Seek"><span class="ph-time">00:00:00</span></div>
<section class="ph-notes">
<h2>Episode description</h2>
<p>Tunnel engineer Lucas Ferreira on why boring is slow, what actually drives the cost, and an archival clip we couldn&rsquo;t resist. Then, twenty-five minutes in, a caller we did not expect.</p>
<h3>Chapters</h3>
<ul class="ph-chapters"><li><span>00:00:00</span> Intro</li><li><span>00:01:10</span> Elon Musk (2017): &ldquo;The problem with tunnels is that they&rsquo;re incredibly expensive&rdquo;</li><li><span>00:25:02</span> Elon Musk calls in</li></ul>
</section>
<section class="ph-transcript" aria-label="Transcript">
<div class="ph-transcript-banner">&#9889; This transcript was generated automatically by Podhaven and may contain errors. Speaker names were added by the show.</div>
{{CUES}}
</section>
<details class="ph-export"><summary>Preview plain text export (.txt)</summary>
<pre class="ph-export-pre">{{TXT}}</pre>
<p><a href="https://buildlog.podhaven.io/episodes/bl-034/transcript.txt" download>Download .txt</a> &middot; <a href="https://buildlog.podhaven.io/episodes/bl-034/transcript.vtt" download>Download .vtt</a> &middot; <a href="https://buildlog.podhaven.io/episodes/bl-034/transcript.srt" download>Download .srt</a></p>
</details>
<footer class="ph-footer"><p>Listen on <a href="https://podcasts.apple.com/podcast/id1666000">Apple Podcasts</a> &middot; <a href="https://open.spotify.com/show/3bL0g">Spotify</a> &middot; <a href="https://buildlog.podhaven.io/rss">RSS</a></p>
<p class="ph-powered">Hosted by <a href="https://www.podhaven.io/?ref=footer">Podhaven</a> &middot; <a href="https://www.podhaven.io/privacy">Privacy</a></p></footer>
</div>
<script src="https://assets.podhaven.io/packs/js/public_transcript-5e2f.js" defer></script>
<script>document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll(".ph-cue").forEach(function(c){c.querySelector(".ph-cue-time").addEventListener("click",function(){var p=c.dataset.begin.split(/[:.]/);PH.seek((+p[0])*3600+(+p[1])*60+(+p[2])+(+p[3])/1000);});});});</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{CUES}}", render_cues()).replace("{{TXT}}", render_txt())
    return write(NAME, page,
                 "Podcast-host auto-generated transcript: a block per speaker turn with the name once, then cues each carrying an hh:mm:ss.mmm time button (and data-begin attribute); the turn starts at its first cue; includes an archival clip of him and a repeated plain-text export in a collapsed <pre>.",
                 SHOW, gold_turns(TURNS), ["Jamie Ko", "Lucas Ferreira"])
