from common import *

def build():
    P, Tb = 'Priya Raman', 'Theo Bakker'
    T = [
        (P, 3431.20, "Okay, we\u2019re back. Before the break you said something that I want to push on, which is that batteries are no longer the bottleneck. Do you still stand by that?"),
        (EM, 3447.85, "Yes."),
        (P, 3449.10, "Just yes?"),
        (EM, 3450.40, "Well, the cells are not the bottleneck. The bottleneck moved upstream to refining, lithium refining specifically, and to a lesser degree cathode production. It\u2019s a bit like a traffic jam, you clear one intersection and the jam just moves to the next one."),
        (Tb, 3502.00, "So who\u2019s building the refineries? Because it doesn\u2019t sound like the sexiest business."),
        (EM, 3507.72, "It\u2019s not sexy at all. It\u2019s a chemical plant. But somebody has to do it, and if nobody else does it then we\u2019ll do it, which is kind of how we ended up doing half the things we do."),
        (P, 3600.00, "Sure."),
        (EM, 3601.33, "And honestly the refinery in Texas has been a great learning experience. Very humbling. Chemistry doesn\u2019t care about your schedule."),
        (Tb, 4120.50, "Let\u2019s switch to robots. Every demo I see, I can\u2019t tell how much is teleoperated. How much is?"),
        (EM, 4131.08, "In the demos you\u2019ve seen recently, none of the walking is teleoperated. Some of the hand manipulation in the earlier demos was, and we said so at the time, maybe not loudly enough."),
        (P, 4190.00, "Not loudly enough is doing a lot of work there."),
        (EM, 4192.61, "Fair. Fair criticism."),
        (Tb, 5610.40, "Last one. What\u2019s the thing you\u2019re most wrong about, that you\u2019ll find out in five years?"),
        (EM, 5619.99, "Probably timelines. I\u2019m almost always wrong about timelines, I\u2019m just wrong in the direction of being too optimistic, which is, I think, the less bad direction to be wrong in."),
        (P, 5700.20, "On that note, thank you so much."),
    ]
    g, blocks = [], []
    for i, (spk, t, txt) in enumerate(T):
        nxt = T[i+1][1] if i + 1 < len(T) else t + 12
        blocks.append(f'''<div class="tx-block" data-speaker-id="{ {P:'spk_1',Tb:'spk_2',EM:'spk_3'}[spk] }" data-start="{t:.2f}" data-end="{nxt-0.3:.2f}">
  <div class="tx-meta"><span class="tx-speaker">{esc(spk)}</span><button class="tx-time" data-seek="{t:.2f}">{mmss(int(t))}</button></div>
  <p class="tx-text">{esc(txt, True)}</p>
</div>''')
        if spk == EM:
            g.append([int(t), fw(txt)])
    body = '\n'.join(blocks)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>The Long Burn #88 (clip 57:11 – 95:00) · Shared via Scribewell</title>
<meta property="og:title" content="The Long Burn #88 — with Elon Musk">
<meta property="og:site_name" content="Scribewell">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://share.scribewell.app/_next/static/css/5e1b0c9a7d.css">
<style>.tx-block{{display:grid;grid-template-columns:160px 1fr;gap:12px;padding:10px 0}}.tx-time{{color:#6b5cff;background:none;border:0;cursor:pointer}}.tx-speaker{{font-weight:600}}</style>
</head>
<body>
<div id="__next">
<header class="sw-topbar"><a class="sw-logo" href="https://scribewell.app/?ref=share">Scribewell</a><span class="sw-badge">Shared transcript</span><a class="sw-cta" href="https://scribewell.app/signup?ref=share">Try Scribewell free</a></header>
<main class="sw-share">
<section class="sw-header">
 <h1>The Long Burn #88 — with Elon Musk</h1>
 <p class="sw-sub">Shared by <strong>Priya Raman</strong> · Clip 57:11 – 95:00 of 1:41:22 · Edited 2 days ago</p>
 <div class="sw-player" data-media="https://media.scribewell.app/c/6f2e1b/audio.m4a" data-offset="3431">
  <button class="sw-play" aria-label="Play">▶</button><div class="sw-wave" role="slider" aria-valuemin="3431" aria-valuemax="5700"></div><span class="sw-clock">57:11</span>
 </div>
 <ul class="sw-speakers" aria-label="Speakers"><li><span class="dot" style="background:#f59e0b"></span>Priya Raman</li><li><span class="dot" style="background:#10b981"></span>Theo Bakker</li><li><span class="dot" style="background:#6366f1"></span>Elon Musk</li></ul>
</section>
<section class="sw-transcript" aria-label="Transcript">
{body}
</section>
<aside class="sw-note"><p>Timestamps are relative to the full episode. Transcript generated automatically and corrected by the author; some words may still be wrong.</p></aside>
</main>
<footer class="sw-footer"><nav><a href="https://scribewell.app/privacy">Privacy</a> · <a href="https://scribewell.app/terms">Terms</a> · <a href="https://scribewell.app/report?doc=6f2e1b">Report this transcript</a></nav><p>© 2025 Scribewell Inc.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"docId":"6f2e1b","clip":[3431,5700],"speakers":["Priya Raman","Theo Bakker","Elon Musk"]}}}},"page":"/s/[docId]","buildId":"Qm7tXr2"}}</script>
<script src="https://share.scribewell.app/_next/static/chunks/main-8c1d2f.js" defer></script>
<script>document.querySelectorAll('.tx-time').forEach(function(b){{b.addEventListener('click',function(){{window.__sw&&window.__sw.seek(parseFloat(b.dataset.seek))}})}})</script>
</body>
</html>
"""
    write('n02_scribewell_share', doc, g,
          "Transcription-service share page: one div per turn with data-start in seconds (fractional), speaker name span and an mm:ss seek button with minutes above 59 (e.g. 93:39); no hours.",
          "The Long Burn", ["Priya Raman", "Theo Bakker"])
