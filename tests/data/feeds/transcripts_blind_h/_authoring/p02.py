from common import *

NAME = "h02_scribely_share"
P = "Priya Raman"
# times in milliseconds, as the service stores them
T = [
    ("P", 1200, ["Okay, we're recording. This is Orbital Economics, I'm Priya Raman. Today is a slightly unusual one: we're talking to Elon Musk about the economics of launch, not the spectacle of it."]),
    (ELON, 14870, ["Sounds good. The economics are the interesting part anyway."]),
    ("P", 19330, ["As Elon told me last year at the Boca Chica press day, quote, \u201cthe cost per ton to orbit is the only number that matters.\u201d Do you still believe that?"]),
    (ELON, 29910, ["Mostly, yeah. I'd refine it a bit: cost per ton to a useful orbit, delivered when you want it. Cadence matters almost as much as cost, because a cheap rocket that flies twice a year doesn't change anybody's business plan."]),
    ("P", 58480, ["So what's the number today?"]),
    (ELON, 61005, ["For a fully reused vehicle, if everything goes as planned, you could get well under a hundred dollars a kilogram. Eventually something like ten or twenty dollars. But that's assuming full and rapid reuse, which we haven't demonstrated yet, so take that with the usual caveats."]),
    ("P", 97610, ["Let's talk about who the customers are. Because the skeptics say there isn't enough demand to fill a rocket that big."]),
    (ELON, 104250, ["The skeptics said the same thing about Falcon 9, and then it turned out the biggest customer was us. Starlink created its own demand.",
                     "I think you'll see the same thing again. When something gets ten times cheaper, people invent uses for it that didn't make sense before. Space-based data centers, for one. Manufacturing things that are hard to make in gravity."]),
    ("P", 171940, ["Data centers in orbit. You're serious."]),
    (ELON, 174020, ["I'm serious. The cooling is actually the hard part, not the power."]),
    ("P", 3601450, ["We're past the hour, so I'll let you go. Thank you, Elon."]),
    (ELON, 3605990, ["Thanks, Priya. This was fun."]),
]


def seg(spk, ms, paras, idx):
    label = "Elon Musk" if spk == ELON else P
    cls = "spk-2" if spk == ELON else "spk-1"
    ps = "".join(f'<p class="utt-text">{E(p)}</p>' for p in paras)
    return (f'<div class="utterance {cls}" id="u{idx}" data-speaker="{cls}" data-start-ms="{ms}" data-end-ms="{ms + 4000}">\n'
            f' <div class="utt-head"><span class="speaker-name">{label}</span>'
            f'<button class="ts-btn" data-seek="{ms / 1000:.2f}">{hms_short(ms // 1000)}</button></div>\n'
            f' {ps}\n</div>')


def build():
    body = "\n".join(seg(s, ms, p, i) for i, (s, ms, p) in enumerate(T))
    turns_s = [(s, ms / 1000.0, p) for s, ms, p in T]
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orbital Economics &mdash; Launch costs with Elon Musk | Scribely</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://cdn.scribely.app/share/v3/app.4c1d9e.css">
<style>.utterance{{margin:0 0 18px}}.utt-head{{display:flex;gap:10px;font-size:13px;color:#556}}.speaker-name{{font-weight:600}}.spk-2 .speaker-name{{color:#7b3fe4}}.ts-btn{{border:0;background:none;color:#889;cursor:pointer}}</style>
</head>
<body class="share-page">
<div id="app">
<header class="topbar">
 <a class="brand" href="https://scribely.app/?ref=share"><svg width="22" height="22" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#7b3fe4"/></svg> Scribely</a>
 <div class="topbar-actions"><a class="btn" href="https://scribely.app/signup?ref=share">Try Scribely free</a> <a class="btn ghost" href="https://scribely.app/login">Log in</a></div>
</header>
<main class="share-layout">
<section class="doc-header">
 <h1 class="doc-title">OE #57 &ndash; Launch costs with Elon Musk (raw)</h1>
 <div class="doc-meta"><span>Shared by Priya Raman</span> &middot; <span>1:00:09</span> &middot; <span>Uploaded Mar 3, 2025</span> &middot; <span>2 speakers</span></div>
 <div class="audio-player" data-src="https://media.scribely.app/s/8f2Kq91/audio.m4a"><button class="play" aria-label="Play">&#9654;</button><div class="scrubber"><div class="progress" style="width:0"></div></div><span class="clock">0:00 / 1:00:09</span></div>
</section>
<section class="ai-panel" aria-label="Scribely AI summary">
 <h2>Summary <span class="badge">AI generated</span></h2>
 <p>Priya Raman interviews Elon Musk on the economics of reusable launch. Musk argues that cadence matters nearly as much as cost, estimates per-kilogram costs for a fully reused vehicle, and suggests orbital data centers as a future source of demand.</p>
 <h3>Action items</h3>
 <ul><li>Priya: send Elon&rsquo;s team the draft episode notes</li><li>Check the Falcon 9 customer figures before publishing</li></ul>
 <h3>Highlights</h3>
 <ul class="highlights">
  <li><button class="ts-btn" data-seek="29.91">0:29</button> Elon Musk: Cost per ton to a useful orbit, delivered when you want it.</li>
  <li><button class="ts-btn" data-seek="104.25">1:44</button> Elon Musk: Starlink created its own demand.</li>
  <li><button class="ts-btn" data-seek="174.02">2:54</button> Elon Musk: The cooling is actually the hard part, not the power.</li>
 </ul>
</section>
<section class="transcript" aria-label="Transcript">
 <div class="transcript-toolbar"><input type="search" placeholder="Search transcript"> <button>Export</button> <label><input type="checkbox" checked> Show timestamps</label></div>
{body}
</section>
<section class="comments-panel">
 <h2>Comments (2)</h2>
 <div class="comment"><span class="c-author">Elon M. (Producer)</span> <span class="c-time">2d</span><p>Can we cut 2:54&ndash;3:10? Elon: &ldquo;I&rsquo;m serious&rdquo; works better as the end of the segment.</p></div>
 <div class="comment"><span class="c-author">Priya Raman</span> <span class="c-time">2d</span><p>Yes, and fix the spelling of Boca Chica in the notes.</p></div>
</section>
</main>
<footer class="share-footer">Transcribed by <a href="https://scribely.app">Scribely</a> &middot; Accuracy not guaranteed &middot; <a href="https://scribely.app/terms">Terms</a> &middot; <a href="https://scribely.app/report?doc=8f2Kq91">Report this page</a></footer>
</div>
<script>window.__SHARE__={{"docId":"8f2Kq91","speakers":{{"spk-1":"Priya Raman","spk-2":"Elon Musk"}},"durationMs":3609400,"locale":"en-US"}};</script>
<script src="https://cdn.scribely.app/share/v3/app.4c1d9e.js" defer></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Transcription-service share page; each utterance is a div with data-start-ms (milliseconds), a speaker-name span and an m:ss / h:mm:ss button, text in paragraphs below.",
                 "Orbital Economics", turns_s, ["Priya Raman"])


if __name__ == "__main__":
    build()
