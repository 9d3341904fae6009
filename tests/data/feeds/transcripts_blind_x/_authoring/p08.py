"""x08 - transcription-service share page (Otter-like): segments with data-start-ms, visible m:ss."""
from common import *

NAME = "x08_scribly_share_giga_texas_walkthrough"
SHOW = "Scribly (shared recording: Giga Texas press walk-through Q&A)"

# (speaker label, start_ms, paras)
SEQ = [
    ("Priya Nair", 12480, ["Okay, it's recording. We're at the end of the line walk, and he said he'd take a few questions. Mr. Musk, Priya Nair, Austin Ledger."]),
    ("Elon Musk", 21730, ["Sure, go ahead."]),
    ("Priya Nair", 24010, ["The line we just walked, is this the one for the Cybercab, and when does it actually start producing cars for customers?"]),
    ("Elon Musk", 33950, ["Yeah, this is the Cybercab line. What you saw is about seventy percent installed. We'll start building production-intent cars in the spring, and the first ones go into our own fleet, not to customers."]),
    ("Speaker 3", 61200, ["Sorry, can you say that again? The forklift."]),
    ("Elon Musk", 64870, ["The first ones go into our own fleet. We'll run them as robotaxis ourselves before anybody else gets one."]),
    ("Tom Becker", 80440, ["Tom Becker, Gulf Coast Business Journal. The line speed you mentioned inside, five seconds per car. Is that real or aspirational?"]),
    ("Elon Musk", 91020, ["It's the design target. We won't hit that on day one, nothing ever runs at design rate on day one. But the layout is built for it, and that's the important part, because you can't get a fast line out of a slow layout."]),
    ("Tom Becker", 117300, ["And the steering wheel, there really isn't one?"]),
    ("Elon Musk", 120660, ["No."]),
    ("Priya Nair", 123900, ["Last one from me. People in Bastrop and Del Valle are asking about traffic and water. What do you tell them?"]),
    ("Elon Musk", 133210, ["Water we're mostly recycling on site, I think over ninety percent now, but I'd have to check the number. Traffic is a fair complaint. We're working with the county on the road, and we added shuttles from three park-and-ride lots.",
                           "If people have specific issues they should email us. We do read them."]),
    ("Speaker 5", 168040, ["Okay, we need to move, the bus is leaving. Thank you, everyone."]),
    ("Elon Musk", 172550, ["Thanks, guys."]),
]


def disp(ms):
    s = ms // 1000
    m, s = divmod(s, 60)
    return f"{m}:{s:02d}"


def build():
    turns = [dict(spk=(MUSK if sp == "Elon Musk" else sp), t=ms // 1000, paras=p) for sp, ms, p in SEQ]
    for a, b in zip(turns, turns[1:]):
        assert a["spk"] != b["spk"]
    colors = {"Elon Musk": "#2f80ed", "Priya Nair": "#eb5757", "Tom Becker": "#27ae60", "Speaker 3": "#9b51e0", "Speaker 5": "#f2994a"}
    segs = []
    for i, (sp, ms, paras) in enumerate(SEQ):
        initials = "".join(w[0] for w in sp.split() if w[0].isalpha()) if not sp.startswith("Speaker") else sp.split()[1]
        ps = "".join(f'<span class="seg-para">{esc(p)}</span> ' for p in paras)
        segs.append(f"""<div class="transcript-segment" data-segment-id="{i}" data-start-ms="{ms}" data-speaker="{attr(sp)}">
  <div class="segment-header"><span class="avatar" style="background:{colors[sp]}">{esc(initials)}</span><span class="speaker-name">{esc(sp)}</span><span class="segment-time" role="button" tabindex="0">{disp(ms)}</span></div>
  <div class="segment-text">{ps.strip()}</div>
</div>""")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Giga Texas walk-through Q&amp;A - Scribly</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Giga Texas walk-through Q&amp;A">
<meta property="og:description" content="Shared transcript · 3 min · Scribly">
<link rel="stylesheet" href="https://app.scribly.ai/static/share.9a7c1.css">
<script>window.__SCRIBLY_SHARE__={{"speech_id":"sp_7QmR2x","duration_ms":181400,"owner":"Priya Nair","can_comment":true}};</script>
</head>
<body class="share-page">
<div class="share-topbar"><a href="https://scribly.ai" class="logo">scribly</a><span class="shared-by">Shared by Priya Nair</span><a class="btn" href="https://scribly.ai/signup">Get Scribly free</a></div>
<div class="share-layout">
<aside class="share-side">
  <h1 class="conv-title">Giga Texas walk-through Q&amp;A</h1>
  <div class="conv-meta">Thu, Oct 16 &middot; 3:01 PM &middot; 3 min</div>
  <div class="speakers-panel"><h3>Speakers</h3><ul><li>Elon Musk</li><li>Priya Nair</li><li>Tom Becker</li><li>Speaker 3</li><li>Speaker 5</li></ul></div>
  <div class="summary-panel">
    <h3>Summary <span class="beta">AI</span></h3>
    <p>Reporters questioned Elon Musk at the end of a production-line tour about the Cybercab line, line speed, and local concerns.</p>
    <h4>Outline</h4>
    <ul class="outline">
      <li><span class="ol-time">0:33</span> Elon Musk: Cybercab line about 70% installed; first cars go to Tesla's own fleet.</li>
      <li><span class="ol-time">1:31</span> Elon Musk: five-second line rate is a design target.</li>
      <li><span class="ol-time">2:13</span> Elon Musk: most water recycled on site; working with county on traffic.</li>
    </ul>
    <h4>Keywords</h4>
    <p class="kw">Cybercab, line rate, robotaxi fleet, Bastrop, park-and-ride</p>
  </div>
</aside>
<main class="share-main">
  <div class="player-bar"><button class="play" aria-label="Play">&#9654;</button><div class="scrub"><div class="progress" style="width:0%"></div></div><span class="pos">0:00</span> / <span class="dur">3:01</span><select class="speed"><option>1x</option><option>1.5x</option><option>2x</option></select></div>
  <div class="transcript" id="transcript">
{chr(10).join(segs)}
  </div>
  <div class="comments-panel">
    <h3>Comments (2)</h3>
    <div class="comment"><span class="c-author">elon.musk.fan.atx</span> on <span class="c-anchor">2:00</span><p>&ldquo;No.&rdquo; &mdash; best answer of the day</p></div>
    <div class="comment"><span class="c-author">Tom Becker</span> on <span class="c-anchor">1:31</span><p>Flagging for my story: he says &ldquo;design target,&rdquo; not a promise.</p></div>
  </div>
</main>
</div>
<footer class="share-footer">Transcribed by Scribly &middot; Accuracy may vary. &middot; <a href="https://scribly.ai/terms">Terms</a> &middot; <a href="https://scribly.ai/privacy">Privacy</a></footer>
<script src="https://app.scribly.ai/static/share.9a7c1.js" defer></script>
<script>
document.querySelectorAll('.segment-time').forEach(function(el){{
  el.addEventListener('click',function(){{var ms=+el.closest('.transcript-segment').dataset.startMs;window.scriblyPlayer&&window.scriblyPlayer.seek(ms/1000);}});
}});
</script>
</body>
</html>
"""
    exp = expected(
        "Transcription-service share page: one <div class=\"transcript-segment\" data-start-ms=...> per turn with avatar initials, speaker name and a visible m:ss time, text in spans; the start in milliseconds is in the data attribute.",
        SHOW, gold_turns(turns), ["Priya Nair", "Speaker 3", "Tom Becker", "Speaker 5"])
    meta = dict(kind="Transcription-service share page (Otter-like)",
                fmt="segment divs with data-start-ms (ms) + visible m:ss",
                hard=["AI Summary/Outline prints 'Elon Musk: ...' bullets with times beside the transcript",
                      "Avatar initials 'EM' precede the name in each segment",
                      "Unidentified 'Speaker 3' / 'Speaker 5' labels",
                      "Comment by 'elon.musk.fan.atx' quotes his one-word answer 'No.'",
                      "Millisecond start times (data-start-ms) to be truncated"],
                choices=["start = floor(data-start-ms / 1000), which equals the visible m:ss.",
                         "First words taken after the name and time (the avatar initials are not part of the text)."])
    register(NAME, page, exp, meta)


build()
