"""r05 - transcription-service share page: segments with data-start (ms precision) + shown mm:ss where
minutes run past 59; speaker name per segment; AI summary box; plain-text export repeated in <details>."""
from common import turn, mm_over

SLUG = "r05_scribbly_share_deep_current"
SHOW = "Deep Current"

# Segments: (speaker shown, start seconds float, text). Consecutive segments with the same speaker
# name form ONE turn (turn starts at the first segment).
M, E, S3 = "Marco Ventresca", "Elon Musk", "Speaker 3"
SEG = [
    (M, 2.48, "Okay, we&#x27;re rolling. This is Deep Current, I&#x27;m Marco Ventresca, and today we&#x27;re doing something a little different, a long sit-down about batteries, grids and why any of this matters."),
    (E, 14.91, "Happy to be here. Batteries are one of those topics that sound boring until you realize they&#x27;re kind of the whole game."),
    (M, 24.3, "Let&#x27;s start there. Why the whole game?"),
    (E, 27.06, "Because solar and wind are already cheap. The problem is the sun goes down and the wind stops. If you can store energy cheaply, you can shift it to when people need it, and then renewables go from intermittent to dependable."),
    (E, 51.77, "And the grid in most countries was designed around big spinning generators, so there&#x27;s a lot of rethinking to do on the control side too."),
    (M, 734.52, "Speaking of rethinking, you&#x27;ve argued that the grid will need to roughly triple in capacity. Where does that number come from?"),
    (E, 741.2, "It&#x27;s rough math. If you electrify transport and heating, which are currently mostly fossil fuel, the electricity demand goes up a lot. Call it two to three times. The exact number depends on efficiency gains, but it&#x27;s not a small change."),
    (S3, 802.11, "Sorry, Marco, quick note, we lost the second camera for about a minute there."),
    (M, 806.9, "No worries, we&#x27;ll cover it in the edit. Elon, go on."),
    (E, 810.45, "I was just going to say that transformers are a real bottleneck right now. People don&#x27;t think about transformers, but lead times for the big ones are measured in years."),
    (M, 2290.0, "Let&#x27;s do the lightning round. Sodium or lithium?"),
    (E, 2293.64, "Both. Different jobs."),
    (M, 2296.2, "Home batteries, worth it?"),
    (E, 2298.07, "Depends where you live. If your grid is unreliable or your rates swing a lot, absolutely."),
    (M, 3675.33, "We&#x27;re past the hour, so last one. What&#x27;s the most underrated problem in energy?"),
    (E, 3681.9, "Permitting. It&#x27;s not glamorous, but you can&#x27;t build anything if it takes ten years to get approval for a transmission line. A lot of good projects just die in the paperwork."),
    (M, 4442.75, "Elon, thanks for the time. That was great."),
    (E, 4446.02, "Thanks, Marco."),
]

SPK_ID = {M: "spk_1", E: "spk_2", S3: "spk_3"}


def turns_from_segments():
    out, prev = [], None
    for spk, t, text in SEG:
        if spk == E and prev != E:
            out.append(turn(t, text))
        prev = spk
    return out


def segments_html():
    out = []
    for i, (spk, t, text) in enumerate(SEG):
        end = SEG[i + 1][1] - 0.4 if i + 1 < len(SEG) else t + 3
        out.append(f'''<div class="segment" id="seg-{i}" data-start="{t:.2f}" data-end="{end:.2f}" data-speaker-id="{SPK_ID[spk]}">
  <div class="segment-head"><button class="avatar" aria-hidden="true">{''.join(w[0] for w in spk.split()[:2])}</button><span class="speaker-name">{spk}</span><span class="timestamp" role="button" tabindex="0">{mm_over(t)}</span></div>
  <div class="segment-text" contenteditable="false">{text}</div>
</div>''')
    return "\n".join(out)


def plain_export():
    lines = []
    for spk, t, text in SEG:
        lines.append(f"{spk}  {mm_over(t)}\n{text}\n")
    return "\n".join(lines)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deep Current ep 58 raw - full session | Scribbly</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Deep Current ep 58 raw - full session">
<meta property="og:description" content="Shared transcript on Scribbly &middot; 74 min &middot; 3 speakers">
<link rel="icon" href="https://app.scribbly.io/favicon.ico">
<link rel="stylesheet" href="https://app.scribbly.io/static/css/share.9c41e2.css">
<style>
.segment{{display:grid;grid-template-columns:44px 1fr;gap:2px 10px;padding:10px 0;border-bottom:1px solid #eee}}
.segment-head{{grid-column:1/3;display:flex;align-items:center;gap:8px;font-size:13px;color:#555}}
.speaker-name{{font-weight:600;color:#1f2937}} .timestamp{{color:#2563eb;cursor:pointer}}
.segment-text{{grid-column:2/3;line-height:1.55}} .ai-box{{background:#f5f3ff;border-radius:10px;padding:14px 18px}}
</style>
<script>window.__SCRIBBLY_SHARE__ = {{"shareId":"sh_7QmX2kP9","durationMs":4449120,"speakers":{{"spk_1":"Marco Ventresca","spk_2":"Elon Musk","spk_3":"Speaker 3"}},"viewerCanEdit":false}};</script>
</head>
<body class="share-page">
<div id="root">
<header class="share-topbar">
  <a class="logo" href="https://scribbly.io/?ref=share"><svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="#7c3aed"></circle></svg> Scribbly</a>
  <div class="topbar-actions"><a class="btn ghost" href="https://app.scribbly.io/login?next=/s/sh_7QmX2kP9">Log in</a> <a class="btn primary" href="https://scribbly.io/signup?ref=share">Try Scribbly free</a></div>
</header>
<main class="share-main">
<section class="conversation-meta">
  <h1 class="conversation-title">Deep Current ep 58 raw - full session</h1>
  <div class="meta-row"><span class="owner">Shared by Marco Ventresca</span> &middot; <span class="created">Mar 3, 2025, 4:12 PM</span> &middot; <span class="duration">1h 14m</span> &middot; <span class="speakers-count">3 speakers</span></div>
  <div class="audio-player"><button class="play" aria-label="Play">&#9654;</button><div class="scrubber"><span class="pos">00:00</span> / <span class="dur">74:09</span></div><select aria-label="Playback speed"><option>1x</option><option>1.5x</option><option>2x</option></select></div>
</section>
<section class="ai-box" aria-label="AI summary">
  <h2>Summary <span class="badge">AI-generated</span></h2>
  <p>Marco Ventresca and Elon Musk discuss grid-scale storage, why electricity demand may triple with electrification, transformer shortages, and permitting delays.</p>
  <h3>Key moments</h3>
  <ul class="key-moments">
    <li><span class="km-time">00:27</span> Elon Musk: Storage turns renewables from intermittent to dependable.</li>
    <li><span class="km-time">12:21</span> Elon Musk: Electricity demand could rise two to three times.</li>
    <li><span class="km-time">61:21</span> Elon Musk: Permitting. It&#x27;s not glamorous, but you can&#x27;t build anything if it takes ten years.</li>
  </ul>
  <h3>Action items</h3>
  <ul><li>Marco: re-shoot B-camera cutaways for 13:22&ndash;14:30</li><li>Speaker 3: send sync file to editor</li></ul>
  <p class="ai-disclaimer">Summaries can contain mistakes. Check the transcript.</p>
</section>
<section class="transcript" aria-label="Transcript">
<div class="transcript-toolbar"><input type="search" placeholder="Search transcript" aria-label="Search transcript"><button class="btn">Copy</button><button class="btn">Export</button></div>
{segments_html()}
</section>
<details class="plain-export">
<summary>Plain text export (.txt)</summary>
<pre>{plain_export()}</pre>
</details>
</main>
<footer class="share-footer"><p>Transcribed with <a href="https://scribbly.io/?ref=share-footer">Scribbly</a> &middot; <a href="https://scribbly.io/privacy">Privacy</a> &middot; <a href="https://scribbly.io/terms">Terms</a> &middot; <a href="https://scribbly.io/report?share=sh_7QmX2kP9">Report this share</a></p></footer>
</div>
<script src="https://app.scribbly.io/static/js/share.1f7d3a.js" defer></script>
<script>document.querySelectorAll('.timestamp').forEach(function(el){{el.addEventListener('click',function(){{var s=el.closest('.segment').dataset.start;window.__player&&window.__player.seek(parseFloat(s));}});}});</script>
</body>
</html>
"""
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns_from_segments(), others=[M, S3],
                format="Transcription-service share page; one div.segment per utterance with data-start seconds (two decimals) and a shown mm:ss time whose minutes run past 59 (e.g. 61:21, 74:06); speaker name on every segment, consecutive same-speaker segments form one turn; plain-text copy repeated in a collapsed <details>.")
