from lib import *

def j03():
    A = "Maya Lindqvist"; B = "Speaker 3"
    base = 4338.42
    turns = [
        T(A, 4338.42, "Okay, we're back on. Sorry, the recorder cut out for a second. You were saying about the tunnel boring speed."),
        T(E, 4351.78, "Right, so the current machines are about ten times slower than a snail. Literally. A garden snail moves faster than a conventional boring machine.", "Our goal is to beat the snail by a wide margin. That's the benchmark we use internally, which is kind of funny."),
        T(A, 4391.05, "Is the snail a real KPI?"),
        T(E, 4393.6, "It's a real KPI. There's a little snail on the wall."),
        T(B, 4399.99, "Can I jump in? We're getting some noise from the HVAC, can everyone mute when not talking?"),
        T(A, 4410.2, "Sure. Elon, how do you go from snail speed to, I don't know, rabbit speed?"),
        T(E, 4416.45, "Continuous tunnelling. You don't stop to put in the segments, you build them while you're cutting. And you make the tunnel smaller, which cuts the volume you have to dig out by more than half."),
        T(A, 4462.0, "And power?"),
        T(E, 4463.91, "Mostly electric now. The old machines were basically diesel on the support side. Ours run off the grid plus a battery pack so we don't get the fumes."),
        T(B, 4508.5, "Five minutes left on this room, by the way."),
        T(E, 4511.02, "Okay, let's wrap up then."),
    ]
    lab = {A: A, E: "Elon Musk", B: B}
    spk_id = {A: "spk_0", E: "spk_1", B: "spk_2"}
    segs = []
    for i, tu in enumerate(turns):
        ms = int(round(tu["t"] * 1000))
        m, s = divmod(int(tu["t"]), 60)
        disp = "%d:%02d" % (m, s)
        paras = "".join(f'<p class="seg-para">{esc(p)}</p>' for p in tu["paras"])
        segs.append(f'''<div class="segment" data-seg-index="{i}" data-start="{ms}" data-speaker-id="{spk_id[tu["spk"]]}">
  <div class="seg-head"><span class="seg-avatar" aria-hidden="true">{lab[tu["spk"]][0]}</span><span class="seg-speaker">{lab[tu["spk"]]}</span><button class="seg-time" data-seek="{ms}">{disp}</button></div>
  <div class="seg-text">{paras}</div>
</div>''')
    tr = "\n".join(segs)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Boring Co site visit - part 3 | Scribewell</title>
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/css/share.3f9e1.css">
<style>.segment{{display:flex;flex-direction:column;margin:0 0 18px}}.seg-time{{color:#6b7280;border:0;background:none}}.seg-speaker{{font-weight:600;margin-right:8px}}</style>
</head>
<body class="share-view">
<div id="app">
<header class="share-topbar"><a class="brand" href="https://scribewell.io/">Scribewell</a><div class="share-actions"><a href="/signup?ref=share" class="btn btn-primary">Try Scribewell free</a><a href="/login" class="btn">Log in</a></div></header>
<section class="conversation-meta">
<h1 class="conv-title">Boring Co site visit - part 3</h1>
<div class="conv-sub"><span>Shared by Maya Lindqvist</span> &middot; <span>Recorded Apr 2, 2026, 10:14 AM</span> &middot; <span>1h 15m</span></div>
<div class="conv-speakers">Speakers: <span class="chip">Maya Lindqvist</span><span class="chip">Elon Musk</span><span class="chip">Speaker 3</span></div>
</section>
<section class="summary-panel"><h2>Outline <span class="badge">AI</span></h2>
<ul class="outline"><li><b>Tunnel speed:</b> Elon Musk says current machines are slower than a snail and the team tracks it as a KPI.</li>
<li><b>Continuous tunnelling:</b> building segments while cutting; smaller diameter.</li>
<li><b>Action items:</b> Speaker 3 to book a longer room.</li></ul>
<div class="keywords">Keywords: snail, tunnel, boring machine, segments, diesel, battery</div></section>
<div class="player"><audio id="player" preload="none" src="/media/a81f2c.m4a"></audio><div class="progress" data-duration="4532000"></div></div>
<section class="transcript" aria-label="Transcript">
{tr}
</section>
<footer class="share-footer"><p>Transcribed by <a href="https://scribewell.io">Scribewell</a>. Accuracy may vary. Timestamps are relative to the start of the recording.</p><p>&copy; 2026 Scribewell Inc. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
</div>
<script>window.__SHARE__={{"id":"a81f2c","speakers":{{"spk_0":"Maya Lindqvist","spk_1":"Elon Musk","spk_2":"Speaker 3"}},"durationMs":4532000}};</script>
<script src="/static/js/share.9a1c2.js" defer></script>
</body>
</html>'''
    write("j03_scribewell_share", page,
          "Transcription-service share page; one div.segment per turn with data-start in milliseconds, span.seg-speaker name, and a displayed m:ss button whose minutes exceed 59 (e.g. 72:31), paragraphs in div.seg-text.",
          "Scribewell share (Boring Co site visit)", gold_turns(turns), [A, B])
