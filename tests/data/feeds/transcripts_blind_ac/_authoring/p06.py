"""ac06: video platform transcript panel; caption cues with data-start-ms, ?t= links, m:ss then h:mm:ss; '>> NAME:' speaker marks."""
from common import first_words, hms_loose, gold

NAME = "ac06_streamly"
SHOW = "Frontier Signal"

LBL = {"A": ("ANJALI DESAI", "DESAI"), "E": ("ELON MUSK", "MUSK")}

# (spk, [(ms, text), ...])
T = [
    ("A", [(3461200, "So let&#39;s talk about the robot, because I think that&#39;s the part people still don&#39;t quite believe."),
           (3466950, "Why a humanoid? Why not something with wheels?")]),
    ("E", [(3470480, "Because the world is designed for humans. Every door, every staircase,"),
           (3474120, "every tool, every workstation assumes two arms, two legs, roughly this height."),
           (3478900, "If you want a general-purpose robot, the shape that fits the world is our shape.")]),
    ("A", [(3484310, "But wheels are cheaper.")]),
    ("E", [(3486020, "Wheels are cheaper until you hit the first step.")]),
    ("A", [(3489770, "Fair.")]),
    ("E", [(3490400, "And the hands are the hard part, honestly, not the legs. The hand has more actuators"),
           (3495860, "than the whole rest of the arm, and it has to be strong and delicate at the same time."),
           (3501330, "That took most of the last two years.")]),
    ("A", [(3588000, "How many are actually working in the factory today? Not in a demo, actually working.")]),
    ("E", [(3593650, "A few hundred doing useful work, which is small. The useful part is what matters though."),
           (3599410, "They move parts between stations, they do kitting, that kind of thing."),
           (3604780, "Next year the goal is thousands, and I think that&#39;s possible, though I&#39;ve been wrong about dates before.")]),
    ("A", [(3611090, "You have.")]),
    ("E", [(3612250, "Yes.")]),
    ("A", [(3613900, "What&#39;s the price going to be?")]),
    ("E", [(3615520, "Long term, less than a car. Something like twenty to thirty thousand dollars once you&#39;re at real volume."),
           (3622040, "At that point it&#39;s cheaper than almost any alternative for a lot of jobs.")]),
    ("A", [(3627880, "Last question on this. Are you worried about what happens to the jobs?")]),
    ("E", [(3632600, "I think about it a lot. In the long run I think we end up in a world of abundance, where goods and services are basically"),
           (3640010, "available to everyone. The harder question is meaning. If the robot can do your job, what gives you purpose?"),
           (3647330, "I don&#39;t have a complete answer to that.")]),
    ("A", [(3650900, "Elon, thank you.")]),
]


def render():
    out, seen = [], set()
    for spk, cues in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        for i, (ms, text) in enumerate(cues):
            s = ms // 1000
            body = ("&gt;&gt; %s: %s" % (lab, text)) if i == 0 else text
            out.append('<div class="cue" data-start-ms="%d" role="button" tabindex="0">'
                       '<a class="cue-time" href="/watch?v=Qx7fr2LmT0k&amp;t=%ds">%s</a>'
                       '<span class="cue-text">%s</span></div>' % (ms, s, hms_loose(s), body))
    return "\n".join(out)


def build():
    turns, prev = [], None
    for spk, cues in T:
        assert spk != prev
        prev = spk
        if spk == "E":
            turns.append([cues[0][0] // 1000, first_words(cues[0][1])])
    page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Full interview: Elon Musk on Optimus, hands and the jobs question | Frontier Signal - Streamly</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:title" content="Full interview: Elon Musk on Optimus, hands and the jobs question">
<link rel="stylesheet" href="https://s.streamly.tv/web/player.4f1e9.css">
<link rel="stylesheet" href="https://s.streamly.tv/web/watch.a02c7.css">
<script>var STREAMLY_CFG={{"videoId":"Qx7fr2LmT0k","lengthSeconds":4112,"captions":["en"],"autoplay":false}};</script>
</head>
<body class="watch dark">
<div id="masthead"><a id="logo" href="/">Streamly</a><form id="search" action="/results"><input name="q" placeholder="Search"><button>Search</button></form><a class="signin" href="/signin">Sign in</a></div>
<div id="watch-grid">
<div id="primary">
  <div id="player" class="player" data-video-id="Qx7fr2LmT0k"><video poster="https://i.streamly.tv/vi/Qx7fr2LmT0k/maxres.jpg" preload="metadata"></video><div class="player-controls"><span class="time-current">0:00</span> / <span class="time-duration">1:08:32</span></div></div>
  <h1 class="video-title">Full interview: Elon Musk on Optimus, hands and the jobs question</h1>
  <div class="owner-row"><a class="channel-name" href="/@frontiersignal">Frontier Signal</a> <span class="subs">812K subscribers</span> <button class="subscribe">Subscribe</button>
    <div class="actions"><button class="like">24K</button><button class="share">Share</button><button class="transcript-toggle" aria-pressed="true">Show transcript</button></div></div>
  <div id="description" class="description">
    <p class="desc-stats">391,204 views &middot; Streamed live on Sep 19, 2025</p>
    <p>Anjali Desai sits down with Elon Musk at the factory in Fremont for a wide-ranging conversation. This is the full, unedited interview.</p>
    <p class="chapters-title"><b>Chapters</b></p>
    <ul class="chapters">
      <li><a href="/watch?v=Qx7fr2LmT0k&amp;t=0s">0:00</a> Intro</li>
      <li><a href="/watch?v=Qx7fr2LmT0k&amp;t=3461s">57:41</a> Why a humanoid?</li>
      <li><a href="/watch?v=Qx7fr2LmT0k&amp;t=3490s">58:10</a> Elon Musk: the hands are the hard part</li>
      <li><a href="/watch?v=Qx7fr2LmT0k&amp;t=3588s">59:48</a> How many robots are working today</li>
      <li><a href="/watch?v=Qx7fr2LmT0k&amp;t=3627s">1:00:27</a> Elon Musk: abundance and meaning</li>
    </ul>
    <p>#Optimus #Tesla #ElonMusk</p>
  </div>
  <div id="comments">
    <h2 class="comments-count">1,942 Comments</h2>
    <div class="comment-thread">
      <div class="comment"><a class="author" href="/@ElonMuskOfficialFan">@ElonMuskOfficialFan</a> <span class="published">2 weeks ago</span>
        <p class="content">&gt;&gt; ELON MUSK: Wheels are cheaper until you hit the first step. <br>best line of the whole interview</p><span class="likes">3.1K</span></div>
      <div class="comment reply"><a class="author" href="/@elon.musk.clips">@elon.musk.clips</a> <span class="published">2 weeks ago</span>
        <p class="content">Clipped it at <a href="/watch?v=Qx7fr2LmT0k&amp;t=3486s">58:06</a> for anyone looking</p><span class="likes">412</span></div>
      <div class="comment"><a class="author" href="/@MarcoEngineering">@MarcoEngineering</a> <span class="published">1 week ago</span>
        <p class="content">The hands discussion at 58:10 is the real content. Everybody talks about the legs.</p><span class="likes">226</span></div>
    </div>
  </div>
</div>
<div id="secondary">
  <section id="transcript-panel" class="engagement-panel" aria-label="Transcript">
    <header class="panel-header"><h2>Transcript</h2><select class="lang"><option>English</option></select><button class="panel-close" aria-label="Close transcript">&times;</button></header>
    <div class="segments">
{cues}
    </div>
  </section>
  <section class="up-next"><h3>Up next</h3><ul>
    <li><a href="/watch?v=aa01">Inside the battery cell line (tour)</a> <span>Frontier Signal</span></li>
    <li><a href="/watch?v=aa02">How robot hands work, explained</a> <span>Mechanism Weekly</span></li></ul></section>
</div>
</div>
<script src="https://s.streamly.tv/web/player.4f1e9.js" defer></script>
<script src="https://s.streamly.tv/web/watch.a02c7.js" defer></script>
</body>
</html>
""".format(cues=render())
    g = gold("Video-platform transcript panel: one caption cue per line with data-start-ms and a ?t=NNNs link showing m:ss (then h:mm:ss past the hour); a speaker change is marked by '>> NAME:' (full name in capitals first, surname after) at the start of a cue, later cues of the turn are unlabelled.",
             SHOW, turns, ["ANJALI DESAI", "DESAI"])
    return NAME, page, g
