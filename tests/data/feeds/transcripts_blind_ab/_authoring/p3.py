from common import *

# ---------- ab07 earnings call table, mm:ss with minutes > 59 ----------
def ab07():
    OP="Operator"; CFO="Martin Viera — Chief Financial Officer"; EM="Elon Musk — Chief Executive Officer"
    A1="Sarah Kwon — Harlow Securities"; A2="Dev Patel — Northgate Capital"
    D = [("O",OP,12,["Good afternoon, and welcome to the Q3 earnings conference call. All participants are in listen-only mode."]),
         ("C",CFO,95,["Thank you. Before we begin, a reminder that our remarks include forward-looking statements. I'll hand it to Elon."]),
         ("E",EM,118,["Thanks, Martin. So this was a solid quarter despite the macro environment.", "Energy storage deployments hit a record, and we think that business will grow faster than the vehicle business next year."]),
         ("C",CFO,1520,["We'll now take questions from analysts. Operator?"]),
         ("A",A1,3655,["Thanks for taking my question. On the cheaper model, can you confirm the start of production is still first half?"]),
         ("E",EM,3671,["Yes."]),
         ("A",A1,3673,["Thanks."]),
         ("E",EM,3674,["And to add some colour, the line equipment is already installed. We're validating now.", "The risk is mostly supplier readiness, not our own lines."]),
         ("A",A2,4342,["Hi, Dev Patel here. Margins came in below consensus. Is that pricing or cost?"]),
         ("C",CFO,4350,["Mostly pricing. Cost per vehicle actually went down sequentially."]),
         ("E",EM,4371,["I'd just say that we're prioritising volume and autonomy over short-term margin. That's a deliberate choice."]),
         ("O",OP,4460,["That concludes today's call. You may now disconnect."])]
    rows = []
    for w,l,t,ps in D:
        rows.append(f'<tr class="tr-turn"><td class="c-time">{ms(t)}</td><td class="c-spk">{esc(l)}</td><td class="c-txt">{esc(ps[0])}</td></tr>')
        rows += [f'<tr class="tr-cont"><td class="c-time"></td><td class="c-spk"></td><td class="c-txt">{esc(p)}</td></tr>' for p in ps[1:]]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Q3 2024 Earnings Call Transcript | QuarterLine</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="preload" href="/_next/static/css/7b1e.css" as="style"><link rel="stylesheet" href="/_next/static/css/7b1e.css">
</head>
<body>
<div id="__next"><div class="layout">
<header class="ql-header"><a class="ql-logo" href="/">QuarterLine</a><form class="ql-search" action="/search"><input name="q" placeholder="Search tickers, transcripts"></form><nav><a href="/calendar">Earnings calendar</a><a href="/transcripts">Transcripts</a><a href="/pricing">Pricing</a></nav></header>
<main class="ql-main">
<div class="breadcrumbs"><a href="/transcripts">Transcripts</a> › <a href="/t/TSLA">TSLA</a> › Q3 2024</div>
<h1>Tesla (TSLA) Q3 2024 Earnings Call Transcript</h1>
<p class="ql-date">Oct 23, 2024 · 5:30 PM ET · Duration 74:40</p>
<section class="ql-highlights"><h2>Key quotes</h2><ul>
<li><span class="q-spk">Elon Musk:</span> “Energy storage deployments hit a record.”</li>
<li><span class="q-spk">Elon Musk:</span> “We're prioritising volume and autonomy over short-term margin.”</li>
<li><span class="q-spk">Martin Viera:</span> “Cost per vehicle actually went down sequentially.”</li></ul></section>
<section class="ql-participants"><h2>Call participants</h2><dl><dt>Corporate</dt><dd>Elon Musk — Chief Executive Officer</dd><dd>Martin Viera — Chief Financial Officer</dd><dt>Analysts</dt><dd>Sarah Kwon — Harlow Securities</dd><dd>Dev Patel — Northgate Capital</dd></dl></section>
<section class="ql-transcript"><h2>Full transcript</h2>
<table class="transcript-table"><thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></section>
<p class="ql-disclaimer">This transcript is provided for informational purposes only. QuarterLine makes no representation as to its accuracy.</p>
</main>
<footer class="ql-footer">© 2024 QuarterLine Data Inc. · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"ticker":"TSLA","quarter":"Q3","year":2024}}}},"page":"/t/[ticker]/[call]","buildId":"ql-b9"}}</script>
</body></html>'''
    save("ab07_quarterline_earnings", "QuarterLine",
         "Earnings-call transcript in a three-column table (Time | Speaker | Remarks); times mm:ss with minutes above 59 (e.g. 61:11); continuation rows have empty time and speaker cells.",
         page, [(t, ps[0]) for w,l,t,ps in D if w=="E"], [OP, CFO, A1, A2])

# ---------- ab08 video platform transcript panel, ?t= links ----------
def ab08():
    # cues: (who, label or None, t, text)
    C = [("H","Nadia Brooks",0,"hey everyone welcome back to the channel"),
         ("H",None,3,"today is a special one because i'm sitting here with elon musk"),
         ("E","Elon Musk",9,"thanks for having me, this is a cool setup"),
         ("E",None,13,"is that a real falcon nine fairing behind you"),
         ("H","Nadia Brooks",17,"it's a replica, sadly"),
         ("E","Elon Musk",20,"ha, okay, that's a very good replica"),
         ("H","Nadia Brooks",312,"so my viewers want to know about the next roadster"),
         ("E","Elon Musk",318,"the demo this year is going to be the most epic demo ever"),
         ("E",None,323,"i say that every time but this time i mean it"),
         ("H","Nadia Brooks",1502,"last question, cats or dogs"),
         ("E","Elon Musk",1505,"dogs"),
         ("H","Nadia Brooks",1507,"correct answer, thanks elon")]
    cues = []
    for w,l,t,x in C:
        lab = f'<span class="cue-speaker">{esc(l)}</span>' if l else ''
        cues.append(f'<div class="segment" role="button" tabindex="0" data-seconds="{t}"><a class="segment-timestamp" href="/watch?v=qK3x9aPz&amp;t={t}s">{t//60}:{t%60:02d}</a>{lab}<span class="segment-text">{esc(x)}</span></div>')
    turns = [(t,x) for w,l,t,x in C if w=="E" and l]
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>I Interviewed Elon Musk in My Garage - VidStream</title>
<meta name="description" content="Elon stopped by the garage. We talked Roadster, rockets and pets.">
<link rel="stylesheet" href="https://vs-static.example/s/desktop/app.css">
<script>var ytcfg={{"INNERTUBE_CLIENT_NAME":"WEB","VISITOR_DATA":"Cgt4ZkFq"}};</script>
</head>
<body dir="ltr">
<div id="app">
<div id="masthead"><a id="logo" href="/">VidStream</a><div id="search"><input id="search-input" placeholder="Search"></div><a class="sign-in" href="/login">Sign in</a></div>
<div id="columns"><div id="primary">
<div id="player"><video src="blob:https://vidstream.example/1b2c" poster="/vi/qK3x9aPz/maxres.jpg"></video></div>
<h1 class="title">I Interviewed Elon Musk in My Garage</h1>
<div id="owner"><a class="channel-name" href="/@nadiabuilds">Nadia Builds</a> <span class="sub-count">1.2M subscribers</span> <button class="subscribe">Subscribe</button></div>
<div id="description"><div class="info">2.4M views · 3 weeks ago</div>
<div class="description-text">Elon stopped by the garage!! Chapters:<br>
<a href="/watch?v=qK3x9aPz&amp;t=0s">0:00</a> Intro<br>
<a href="/watch?v=qK3x9aPz&amp;t=312s">5:12</a> Elon Musk: the most epic demo ever<br>
<a href="/watch?v=qK3x9aPz&amp;t=1502s">25:02</a> Cats or dogs<br>
Merch: nadiabuilds.shop</div></div>
<div id="comments"><h2>3,412 Comments</h2>
<div class="comment-thread"><a class="author-text" href="/@ElonMuskOfficialFanPage">@ElonMuskOfficialFanPage</a><span class="published-time-text">2 weeks ago</span><div class="content-text">5:18 "the most epic demo ever" we'll see lol</div></div>
<div class="comment-thread"><a class="author-text" href="/@rocketgal">@rocketgal</a><span class="published-time-text">3 weeks ago</span><div class="content-text">Elon: dogs. Absolute legend.</div></div>
</div>
</div>
<div id="secondary"><div id="panels"><div class="engagement-panel" target-id="engagement-panel-searchable-transcript" visibility="EXPANDED">
<div class="panel-header"><h2 id="title-text">Transcript</h2><button aria-label="Close transcript">×</button></div>
<div id="segments-container" class="transcript-segments">
{chr(10).join(cues)}
</div>
<div class="footer"><span class="language">English (auto-generated)</span></div>
</div></div>
<div id="related"><div class="compact-video"><a href="/watch?v=Zz12">Building a Falcon replica (part 3)</a></div><div class="compact-video"><a href="/watch?v=Yy98">Rating every Tesla I've driven</a></div></div>
</div></div>
</div>
<script src="https://vs-static.example/s/desktop/base.js"></script>
</body></html>'''
    save("ab08_vidstream_panel", "Nadia Builds",
         "Video-platform transcript panel; one div per cue with a ?t=NNNs timestamp link and data-seconds, auto-generated lowercase text, speaker name only on the first cue of a turn (following cues unlabelled).",
         page, turns, ["Nadia Brooks"])

ab07(); ab08()
