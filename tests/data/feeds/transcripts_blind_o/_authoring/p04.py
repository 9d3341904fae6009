from lib import *
# o04: video-platform transcript panel; caption cues with data-start-ms and m:ss / h:mm:ss; ">> NAME:" marks speaker change;
# continuation cues unlabelled; Kimbal Musk on the same panel; moderator one-word interruptions.
# cues: (ms, label or None, text, speakerkey)
C = [
 (1200, 'RACHEL OYELARAN', "good afternoon everybody, welcome to the closing panel", 'R'),
 (4800, None, "of the Founders Summit. I'm here with two brothers who need no introduction", 'R'),
 (9100, None, "Kimbal and Elon Musk. Let's start with Kimbal.", 'R'),
 (12500, 'KIMBAL MUSK', "thanks Rachel. It's great to be back in Austin, I grew", 'K'),
 (16000, None, "up thinking this city was mostly barbecue and now it's all factories.", 'K'),
 (21300, 'ELON MUSK', "it's still mostly barbecue, honestly. The factories are just", 'E'),
 (25050, None, "really big so they're easier to see from the highway.", 'E'),
 (29900, 'RACHEL', "so what's the earliest business the two of you ran together?", 'R'),
 (34400, 'KIMBAL', "Zip2, technically. Before that we tried selling", 'K'),
 (38000, None, "things door to door in Pretoria and that went terribly.", 'K'),
 (42200, 'ELON', "we slept in the office and showered at the YMCA. That", 'E'),
 (46700, None, "was the whole operation for a while. Kimbal did the sales.", 'E'),
 (51000, 'RACHEL', "right.", 'R'),
 (52300, 'ELON', "I did the code, and the code was not very good.", 'E'),
 (1845000, 'RACHEL', "let's talk about food. Kimbal, Elon once said on this", 'R'),
 (1849800, None, "stage that 'food is just energy storage.' Do you forgive him?", 'R'),
 (1854100, 'KIMBAL', "never. He's wrong about food and he knows it.", 'K'),
 (1857600, 'ELON', "I stand by it. But I'll admit his restaurants are good.", 'E'),
 (3598500, 'RACHEL', "we have time for one audience question. Yes, in the back.", 'R'),
 (3604900, 'AUDIENCE MEMBER', "hi, for Elon. What's one thing you'd tell a", 'A'),
 (3609000, None, "first-time founder in this room?", 'A'),
 (3612200, 'ELON', "work really hard, and make sure the thing you're building", 'E'),
 (3616400, None, "is actually useful to somebody. Most startups fail that second test.", 'E'),
 (3621700, 'RACHEL', "yes?", 'R'),
 (3622500, 'ELON', "yes. That's the answer. Thank you all.", 'E'),
 (3626000, 'KIMBAL', "thank you, Austin!", 'K'),
]
cues = []
for msv, lab, txt, k in C:
    shown = ('&gt;&gt; ' + esc(lab) + ': ' if lab else '') + esc(txt)
    cues.append(f'<div class="cue" role="button" tabindex="0" data-start-ms="{msv}"><span class="cue-time">{yt(msv//1000)}</span><span class="cue-text">{shown}</span></div>')
gold = []
prev = None
for msv, lab, txt, k in C:
    if k == 'E' and lab is not None:
        gold.append((msv // 1000, txt))
page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>The Musk Brothers: Closing Panel | Founders Summit 2024 - ViewTube</title>
<meta name="description" content="Kimbal Musk and Elon Musk in conversation with Rachel Oyelaran at Founders Summit 2024, Austin.">
<meta property="og:video:duration" content="3660">
<link rel="stylesheet" href="https://www.viewtube.example/s/desktop/watch.b81a.css">
</head>
<body class="watch">
<div id="masthead"><a href="/" id="logo">ViewTube</a><form id="search" action="/results"><input name="q" placeholder="Search"></form><a href="/signin">Sign in</a></div>
<div id="columns">
<div id="primary">
<div id="player" data-video-id="k3Xo9Q2pLw4"><video preload="none" poster="https://i.viewtube.example/vi/k3Xo9Q2pLw4/maxres.jpg"></video></div>
<h1 class="title">The Musk Brothers: Closing Panel | Founders Summit 2024</h1>
<div id="owner"><a href="/@FoundersSummit">Founders Summit</a> <span class="subs">212K subscribers</span> <button>Subscribe</button></div>
<div id="description">
<p>48,310 views · Nov 14, 2024</p>
<p>Kimbal Musk and Elon Musk close out Founders Summit 2024 with moderator Rachel Oyelaran.</p>
<p>Chapters<br>0:00 Welcome<br>0:42 Elon: the YMCA years<br>30:45 Food is energy storage?<br>59:58 Audience question</p>
</div>
<div id="comments"><h3>312 Comments</h3>
<div class="comment"><a class="author" href="/@ElonMuskDaily">@ElonMuskDaily</a><p>"ELON: work really hard, and make sure the thing you're building is actually useful" should be on every office wall</p></div>
<div class="comment"><a class="author" href="/@kimbalfan">@kimbalfan</a><p>Kimbal defending food at 30:54 is the best part lol</p></div>
</div>
</div>
<div id="secondary">
<div id="engagement-panel-transcript" class="panel" aria-label="Transcript">
<div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">×</button></div>
<div class="segments">
{chr(10).join(cues)}
</div>
<div class="panel-footer"><span>English (auto-generated)</span></div>
</div>
<div id="related"><a href="/watch?v=Qp3x">Founders Summit 2024: Opening Keynote</a><a href="/watch?v=Wn0z">Grid Storage Panel</a></div>
</div>
</div>
<script>var ytInitialPlayerResponse = {{"videoDetails":{{"videoId":"k3Xo9Q2pLw4","lengthSeconds":"3660","author":"Founders Summit"}}}};</script>
<script src="https://www.viewtube.example/s/desktop/base.js"></script>
</body>
</html>
'''
write('o04_viewtube_panel', page, 'Founders Summit',
      'Video-platform transcript panel: one div per caption cue with data-start-ms and a printed m:ss or h:mm:ss time; speaker changes marked inside the cue text by ">> NAME:" in capitals (full name first, then first name); unlabelled cues continue the turn; Kimbal Musk also speaks.',
      gold, ['RACHEL OYELARAN', 'KIMBAL MUSK', 'RACHEL', 'KIMBAL', 'AUDIENCE MEMBER'])
