"""ac02: transcription-service share page; segment blocks with data-start (ms) and mm:ss (minutes > 59)."""
from common import first_words, mmss, gold

NAME = "ac02_scribewell"
SHOW = "Gigafactory Diaries"

SPK = {"R": "Rhea Tanaka", "E": "Elon Musk", "S": "Speaker 3"}

# (speaker, [(start_seconds_float, text), ...]) ; consecutive segments of one speaker = one turn
T = [
    ("R", [(3302.48, "Okay, we&#39;re rolling again. We&#39;re standing at the end of the cell line now, and it&#39;s, it&#39;s louder than I expected.")]),
    ("E", [(3311.9, "Yeah, this is the part of the factory most people never see. Everything upstream of here is chemistry, and everything downstream is basically assembly."),
           (3329.04, "The interesting thing is the dry electrode process. We stopped using solvents for the cathode, which means you don&#39;t need those giant drying ovens, and the ovens were like a third of the floor space."),
           (3361.77, "So the factory gets shorter. Shorter factory, less capital, faster line. It sounds boring, but boring is where the money is.")]),
    ("R", [(3378.2, "How long did it take to get that working?")]),
    ("E", [(3381.55, "Way longer than I said it would. I think I said a year, and it was more like four.")]),
    ("S", [(3389.0, "Sorry, guys, you need to step back behind the yellow line, the AGV is coming through.")]),
    ("E", [(3394.6, "Right, sorry. Good call.")]),
    ("R", [(3401.13, "Who was that?"), (3403.9, "Never mind, we&#39;ll figure it out in the edit. Can you explain the structural pack idea for people who&#39;ve never heard of it?")]),
    ("E", [(3415.32, "Sure. In a normal car the battery is cargo. You build a box, you put cells in the box, you put the box in the car, and the car carries it around."),
           (3436.0, "With a structural pack, the cells are part of the body. The pack is the floor. You remove a bunch of redundant structure, and the car gets lighter and stiffer at the same time."),
           (3468.81, "The downside is repair. If you glue everything together, you have to be really sure about it, and we weren&#39;t always.")]),
    ("R", [(3779.66, "You mentioned that last time, that the first version wasn&#39;t repairable enough. What changed?")]),
    ("E", [(3787.42, "We listened to the body shops, frankly. They were pretty blunt. Now there are access points designed in from the start, and the foam is different.")]),
    ("R", [(3812.0, "Last thing. The machine that builds the machine, is that still the idea?")]),
    ("E", [(3817.25, "Absolutely. The product is the factory. The car is kind of the output of the real product.")]),
    ("R", [(3829.9, "Great. Let&#39;s walk over to the formation area.")]),
]


def render():
    rows = []
    seg_id = 0
    prev = None
    for spk, segs in T:
        for i, (t, text) in enumerate(segs):
            seg_id += 1
            show_label = (i == 0)
            head = ('<span class="seg-speaker" data-speaker-id="spk_%s">%s</span>' % (spk, SPK[spk])) if show_label else '<span class="seg-speaker seg-speaker--same" aria-hidden="true"></span>'
            rows.append(
                '<div class="seg" id="seg-%d" data-start="%.2f" data-end="%.2f" data-speaker-id="spk_%s">\n'
                '  <div class="seg-head">%s<button class="seg-time" type="button" aria-label="Play from %s">%s</button></div>\n'
                '  <p class="seg-text">%s</p>\n</div>'
                % (seg_id, t, t + 12.0, spk, head, mmss(t), mmss(t), text))
    return "\n".join(rows)


def build():
    turns = []
    prev = None
    for spk, segs in T:
        assert spk != prev
        prev = spk
        if spk == "E":
            turns.append([int(segs[0][0]), first_words(segs[0][1])])
    page = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gigafactory Diaries ep7 - raw interview (part 3) | Scribewell</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Gigafactory Diaries ep7 - raw interview (part 3)">
<meta property="og:site_name" content="Scribewell">
<link rel="stylesheet" href="https://cdn.scribewell.io/share/app.8c41f2.css">
<style>
.seg{{display:grid;grid-template-columns:170px 1fr;gap:.25rem 1rem;padding:.4rem 0}}
.seg-speaker{{font-weight:600;color:#2d3a8c}}.seg-speaker--same{{visibility:hidden}}
.seg-time{{border:0;background:none;color:#7a7f95;font:12px/1 ui-monospace,monospace;cursor:pointer}}
.panel{{border:1px solid #e3e5ef;border-radius:8px;padding:1rem;margin-bottom:1rem}}
</style>
</head>
<body class="share-view">
<div id="app">
<header class="topbar">
  <a class="logo" href="https://scribewell.io/?ref=share">Scribewell</a>
  <nav class="topbar-links"><a href="https://scribewell.io/pricing">Pricing</a><a href="https://scribewell.io/login">Log in</a><a class="btn btn-primary" href="https://scribewell.io/signup?ref=share">Try Scribewell free</a></nav>
</header>
<main class="share-layout">
<section class="share-meta">
  <h1 class="share-title">Gigafactory Diaries ep7 - raw interview (part 3)</h1>
  <p class="share-sub">Shared by <strong>Rhea Tanaka</strong> &middot; Recorded Feb 6, 2025 &middot; 1h 04m 11s &middot; 3 speakers</p>
  <p class="share-note">Part 3 of the raw tape starts at 55:00 of the original recording; timestamps refer to the full file.</p>
  <div class="player" data-src="https://media.scribewell.io/a/9f2c7e11/audio.m4a"><button class="player-play" type="button">Play</button><div class="player-bar"><span class="player-pos">55:00</span> / <span class="player-dur">64:11</span></div></div>
</section>
<aside class="share-side">
  <section class="panel panel-summary">
    <h2>AI summary <span class="badge">beta</span></h2>
    <p>Rhea Tanaka tours the cell line with Elon Musk. Topics: dry electrode cathode process, factory footprint, structural battery packs and repairability.</p>
    <h3>Key moments</h3>
    <ul class="key-moments">
      <li><span class="km-time">55:29</span> Elon Musk: dry electrode removes the drying ovens, about a third of the floor space.</li>
      <li><span class="km-time">56:01</span> Elon Musk: &ldquo;Shorter factory, less capital, faster line.&rdquo;</li>
      <li><span class="km-time">63:37</span> Elon Musk: &ldquo;The product is the factory.&rdquo;</li>
    </ul>
    <h3>Action items</h3>
    <ul><li>Identify Speaker 3 (floor safety lead?) and get a release form.</li><li>Pick up B-roll of the formation area.</li></ul>
    <p class="panel-foot">Summaries are generated automatically and may contain errors.</p>
  </section>
  <section class="panel panel-speakers"><h2>Speakers</h2><ul><li>Rhea Tanaka &mdash; 41%</li><li>Elon Musk &mdash; 55%</li><li>Speaker 3 &mdash; 4%</li></ul></section>
</aside>
<section class="transcript" aria-label="Transcript">
{segments}
</section>
</main>
<footer class="share-footer">
  <p>Transcribed with <a href="https://scribewell.io/?ref=share-footer">Scribewell</a>. Accuracy may vary. <a href="https://scribewell.io/legal/share-terms">Shared-link terms</a> &middot; <a href="https://scribewell.io/report?link=9f2c7e11">Report this link</a></p>
</footer>
</div>
<script>window.__SHARE__={{"id":"9f2c7e11","offset":3300,"speakers":3,"lang":"en-US"}};</script>
<script src="https://cdn.scribewell.io/share/app.8c41f2.js" defer></script>
</body>
</html>
""".format(segments=render())
    g = gold("Transcription-service share page: one div per segment with data-start seconds (with milliseconds) and a visible mm:ss play button whose minutes run past 59; the speaker name shows only on the first segment of a turn, later segments of the same turn have their own times.",
             SHOW, turns, ["Rhea Tanaka", "Speaker 3"])
    return NAME, page, g
