from common import *

NAME = "l08_video-transcript-panel"
L = {"T": (">> THEO MARCHETTI:", ">> THEO:"), "E": (">> ELON MUSK:", ">> ELON:")}
# (spk, [(ms, cue text), ...])
rows = [
 ("T", [(1480, "what's up everybody, welcome back to the channel."), (4020, "today is a weird one, because i am not driving."), (7310, "nobody is driving. and the guy sitting next to me")]),
 ("T", None),
 ("E", [(11870, "hi, I'm the guy. nice to meet you.")]),
 ("T", [(14200, "so where are we right now, for the people at home?")]),
 ("E", [(17655, "we're on a closed loop at the test track."), (20010, "the car has no steering wheel and no pedals,"), (23480, "so if something goes wrong, we're both just passengers.")]),
 ("T", [(27902, "that's very reassuring, thank you.")]),
 ("E", [(30118, "[laughs]"), ]),
 ("T", [(252340, "okay, the question everyone in my comments wants answered."), (256001, "how much is a ride going to cost?")]),
 ("E", [(259780, "the goal is less than a bus ticket per mile,"), (263105, "at least in dense cities. the car is the expensive part,"), (266930, "and if the car is working twenty hours a day"), (270200, "instead of sitting in a parking lot,"), (272880, "the cost per mile drops like a rock.")]),
 ("T", [(276450, "less than a bus ticket.")]),
 ("E", [(278012, "yep.")]),
 ("T", [(279300, "you know the city transit people are going to hate that.")]),
 ("E", [(282640, "i don't think so, honestly. i think it works with transit,"), (286400, "the first mile and last mile problem is real.")]),
 ("T", [(1388020, "last thing. when can i, theo, normal guy, buy a ride?")]),
 ("E", [(1392555, "in a few cities, this year, if things go well."), (1396010, "and if things don't go well, you'll see it in the comments.")]),
 ("T", [(1401230, "that's the most honest answer i've ever gotten. thanks, man.")]),
 ("E", [(1404910, "thanks for riding along. mind the door.")]),
]
# turn 7 of Musk is only "[laughs]" -> not a spoken word; fold it as a bracketed non-speech cue
# belonging to Musk label-less? Keep it simple: make it a label-less cue (continuation of Theo above).
fixed = []
for spk, cues in rows:
    if cues is None:
        continue
    if cues[0][1] == "[laughs]":
        fixed[-1][1].extend(cues)  # non-speech cue, no label -> continuation of the turn above
        continue
    fixed.append((spk, list(cues)))
turns = [Turn(spk, cues[0][0] / 1000.0, *[esc(c) for _, c in cues], musk=(spk == "E"), times=[m for m, _ in cues]) for spk, cues in fixed]

seen = set()
cue_html = []
for tr in turns:
    full, short = L[tr.spk]
    lab = short if tr.spk in seen else full
    seen.add(tr.spk)
    for i, (p, ms) in enumerate(zip(tr.paras, tr.times)):
        txt = (esc(lab) + " " + p) if i == 0 else p
        cue_html.append('<div class="transcript-cue" role="button" tabindex="0" data-start-ms="%d"><div class="cue-ts">%s</div><div class="cue-text">%s</div></div>' % (ms, yt(ms // 1000), txt))
cues = "\n".join(cue_html)

page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>I Rode In A Car With No Steering Wheel (ft. Elon Musk) - Clipstream</title>
<meta name="description" content="Theo takes a ride in a prototype robotaxi with Elon Musk on a closed test track.">
<meta property="og:video:duration" content="1431">
<link rel="stylesheet" href="https://www.clipstream.example/s/desktop/watch.css">
<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"rT9xQ2bLk0w","title":"I Rode In A Car With No Steering Wheel (ft. Elon Musk)","lengthSeconds":"1431","author":"Theo Marchetti"}};</script>
</head>
<body class="watch-page">
<header id="masthead"><a id="logo" href="/">Clipstream</a><form id="search-form" action="/results"><input name="q" placeholder="Search"></form><a href="/upload">Create</a><a href="/signin" class="signin">Sign in</a></header>
<div id="columns">
<div id="primary">
<div id="player" class="video-player" data-video-id="rT9xQ2bLk0w"><video preload="none" poster="https://i.clipstream.example/vi/rT9xQ2bLk0w/maxres.jpg"></video></div>
<h1 class="watch-title">I Rode In A Car With No Steering Wheel (ft. Elon Musk)</h1>
<div id="owner"><a class="channel-name" href="/@theomarchetti">Theo Marchetti</a> <span class="subs">1.2M subscribers</span> <button class="subscribe">Subscribe</button></div>
<div id="actions"><button class="like">48K</button><button>Share</button><button>Save</button></div>
<div id="description" class="expanded">
<div class="info">1,904,233 views &bull; Apr 9, 2024</div>
<p>No steering wheel, no pedals, no problem? I got invited to a closed test track to ride in a prototype robotaxi, and the guy sitting next to me happened to be the CEO.</p>
<p>CHAPTERS<br>
<a href="/watch?v=rT9xQ2bLk0w&amp;t=0s">0:00</a> Intro<br>
<a href="/watch?v=rT9xQ2bLk0w&amp;t=17s">0:17</a> Elon Musk: &quot;we're both just passengers&quot;<br>
<a href="/watch?v=rT9xQ2bLk0w&amp;t=252s">4:12</a> How much will a ride cost?<br>
<a href="/watch?v=rT9xQ2bLk0w&amp;t=282s">4:42</a> Elon Musk: robotaxis and public transit<br>
<a href="/watch?v=rT9xQ2bLk0w&amp;t=1388s">23:08</a> When can you ride?</p>
<p>Filmed on a closed course. Do not attempt. Not sponsored; travel paid by me.<br>#robotaxi #ev #selfdriving</p>
</div>
<div id="comments"><h2 class="count">3,118 Comments</h2>
<div class="comment-thread"><div class="comment"><a class="author" href="/@ElonMusk-Official.Live">@ElonMusk-Official.Live</a> <span class="published">2 days ago</span><div class="content">Elon Musk: Thank you all for watching! To celebrate we are giving away 5,000 BTC, visit the link in my channel to participate</div></div>
<div class="replies"><div class="comment"><a class="author" href="/@theomarchetti">@theomarchetti</a> <span class="creator-badge">Creator</span><div class="content">This is a scam account, please report it.</div></div></div></div>
<div class="comment-thread"><div class="comment"><a class="author" href="/@elonmuskfan2012">@elonmuskfan2012</a> <span class="published">5 days ago</span><div class="content">&gt;&gt; ELON: yep. &lt;-- the confidence in that one word lol</div></div></div>
<div class="comment-thread"><div class="comment"><a class="author" href="/@busdriverkatie">@busdriverkatie</a> <span class="published">1 week ago</span><div class="content">As a bus driver I have feelings about the bus ticket comment at 4:19</div></div></div>
</div>
</div>
<div id="secondary">
<div id="panels"><div class="engagement-panel" target-id="engagement-panel-searchable-transcript" visibility="EXPANDED">
<div class="panel-header"><h2>Transcript</h2><button aria-label="More actions">&#8942;</button><button aria-label="Close transcript">&#10005;</button></div>
<div class="transcript-footer-lang">English</div>
<div class="segments">
%s
</div></div></div>
<div id="related"><div class="compact-video"><a href="/watch?v=aa1">Robotaxi vs Bus: Which Is Cheaper?</a><span>Theo Marchetti</span></div><div class="compact-video"><a href="/watch?v=bb2">Elon Musk Full Interview Reaction</a><span>AutoTalk Daily</span></div></div>
</div>
</div>
<script src="https://www.clipstream.example/s/desktop/watch.js"></script>
</body>
</html>
""" % cues

emit(NAME, page, turns,
     fmt="Video watch page with a transcript panel: one div per caption cue with a m:ss display time and the exact start in data-start-ms (milliseconds); speaker changes are marked by '>> NAME:' at the start of a cue (full name first, then first name) and following unlabelled cues continue the turn.",
     show="Theo Marchetti (Clipstream channel)", others=["THEO MARCHETTI", "THEO"])
