from common import *


def build():
    MB, JO = 'MB', 'JO'
    # (speaker, [(start_seconds_float, text), ...]) ; every segment has its own time
    S = [
        (MB, [(0.84, "All right, we&#39;re rolling. This is Founders Off the Record, episode fourteen, and this one is going out raw, no edits.")]),
        (EM, [(9.31, "No edits. That&#39;s brave of you.")]),
        (MB, [(12.70, "Or foolish, we&#39;ll find out. I want to start with something I heard secondhand. A friend swears Elon said at a dinner once, &quot;Most meetings are a tax on the people doing the real work.&quot; Did you actually say that?")]),
        (EM, [(27.45, "Probably. It sounds like something I&#39;d say."),
              (31.02, "Big meetings especially. If you&#39;re not adding value in a meeting, you should walk out. It&#39;s not rude to leave, it&#39;s rude to make someone stay and waste their time."),
              (42.88, "And people should be able to talk to anyone in the company directly, not through a chain of managers.")]),
        (JO, [(55.10, "Sorry, Marcus, your mic is clipping a bit. Can you back off an inch?")]),
        (MB, [(59.96, "Better? Okay.")]),
        (EM, [(61.33, "Sounds fine to me.")]),
        (MB, [(63.50, "Let&#39;s talk about hiring. What do you actually look for when you interview an engineer?")]),
        (EM, [(71.20, "Evidence of exceptional ability. I ask people to tell me about the hardest problem they worked on and how they solved it."),
              (80.05, "People who really solved the problem can tell you the details, layer after layer. People who didn&#39;t will get vague pretty quickly."),
              (88.91, "The degree matters much less than that.")]),
        (MB, [(599.97, "You&#39;ve had some very public failures. Rockets exploding on live streams. Does that ever get easier?")]),
        (EM, [(612.48, "It doesn&#39;t really get easier, no. But if you&#39;re not failing sometimes, you&#39;re not innovating enough."),
              (619.70, "With rockets the failures are just very visible. Most companies fail in spreadsheets where nobody can see it.")]),
        (MB, [(1488.12, "Jess is giving me the wrap signal already. Quick one: what&#39;s a belief you&#39;ve changed your mind on recently?")]),
        (EM, [(1502.05, "I used to think you could automate almost everything in a factory right away. That was wrong."),
              (1511.60, "Too much automation too early slowed us down. Humans are underrated.")]),
        (JO, [(1530.40, "We have about five minutes.")]),
        (EM, [(1533.02, "Okay, let&#39;s do a lightning round.")]),
        (MB, [(1536.70, "Lightning round. Favorite tool?")]),
        (EM, [(1539.93, "A whiteboard. Honestly, it&#39;s still the best thinking tool there is.")]),
        (MB, [(2015.30, "That&#39;s our show. Elon, thank you for doing this raw.")]),
        (EM, [(2021.64, "Thanks, Marcus.")]),
    ]
    names = {MB: 'Marcus Bell', EM: 'Elon Musk', JO: 'Jess Ono'}
    initials = {MB: 'MB', EM: 'EM', JO: 'JO'}
    colors = {MB: '#3b82f6', EM: '#10b981', JO: '#f59e0b'}
    T = [(spk, segs[0][0], [s[1] for s in segs]) for spk, segs in S]

    def disp(x):
        x = int(x)
        return '%d:%02d' % (x // 60, x % 60)

    blocks = []
    sid = 0
    for spk, segs in S:
        inner = []
        for i, (t, txt) in enumerate(segs):
            sid += 1
            inner.append('<div class="sw-seg" data-seg="%d" data-start="%.3f" data-end="%.3f"><button class="sw-ts" type="button" tabindex="-1">%s</button><p class="sw-text">%s</p></div>' % (sid, t, t + 6.4, disp(t), txt))
        blocks.append('<section class="sw-block" data-speaker-id="%s"><header class="sw-spk"><span class="sw-avatar" style="background:%s">%s</span><span class="sw-name">%s</span></header>%s</section>' % (
            initials[spk].lower(), colors[spk], initials[spk], names[spk], ''.join(inner)))
    interactive = '\n'.join(blocks)

    txt_lines = []
    for spk, segs in S:
        txt_lines.append('[%s] %s: %s' % (hms(segs[0][0]), names[spk], ' '.join(s[1] for s in segs)))
    export = '\n\n'.join(txt_lines)

    page = '''<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Founders Off the Record &mdash; Ep. 14 (raw) &middot; Shared transcript &middot; Scribewell</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders Off the Record &mdash; Ep. 14 (raw)">
<meta property="og:description" content="Transcript shared by Marcus Bell via Scribewell. 3 speakers &middot; 33 min">
<link rel="icon" href="https://scribewell.app/favicon.svg">
<link rel="stylesheet" href="https://scribewell.app/_next/static/css/2f1ab0c9e1.css">
<style>.sw-block{margin:18px 0}.sw-spk{display:flex;gap:8px;align-items:center;font-weight:600}.sw-avatar{width:26px;height:26px;border-radius:50%;color:#fff;font-size:11px;display:inline-flex;align-items:center;justify-content:center}.sw-seg{display:grid;grid-template-columns:56px 1fr;gap:6px}.sw-ts{background:none;border:0;color:#6b7280;font:12px ui-monospace,monospace;cursor:pointer;text-align:left}.sw-text{margin:0 0 6px}details.export pre{white-space:pre-wrap;font-size:12px}</style>
</head>
<body>
<div id="__next">
<nav class="sw-topbar"><a class="sw-logo" href="https://scribewell.app/">Scribewell</a><span class="sw-badge">Shared view</span><div class="sw-top-actions"><a href="https://scribewell.app/signup?ref=share" class="sw-btn sw-btn-primary">Try Scribewell free</a><a href="https://scribewell.app/login" class="sw-btn">Log in</a></div></nav>
<main class="sw-share">
<header class="sw-doc-head">
 <h1>Founders Off the Record &mdash; Ep. 14 (raw)</h1>
 <div class="sw-meta"><span>Shared by <b>Marcus Bell</b></span> &middot; <span>Recorded Feb 11, 2025</span> &middot; <span>33:47</span> &middot; <span>English (US)</span></div>
 <div class="sw-player" data-src="https://cdn.scribewell.app/a/7f3e91/audio.m4a" data-duration="2027.4"><button class="sw-play" aria-label="Play">&#9654;</button><div class="sw-progress"><div class="sw-progress-bar" style="width:0%"></div></div><span class="sw-clock">0:00 / 33:47</span></div>
</header>
<aside class="sw-summary" aria-label="AI summary">
 <h2>AI Summary <span class="sw-beta">beta</span></h2>
 <p>Marcus Bell and Elon Musk discuss meetings, hiring, public failure and over-automation. Producer Jess Ono keeps time.</p>
 <h3>Action items</h3>
 <ul>
  <li><b>Elon Musk:</b> Probably. It sounds like something I&#39;d say &mdash; confirm the &quot;meetings are a tax&quot; quote for the show notes.</li>
  <li><b>Marcus Bell:</b> Send the hiring-question clip to the newsletter team.</li>
 </ul>
 <h3>Speakers</h3>
 <ul class="sw-talktime"><li>Elon Musk &mdash; 51%</li><li>Marcus Bell &mdash; 46%</li><li>Jess Ono &mdash; 3%</li></ul>
</aside>
<section class="sw-transcript" aria-label="Transcript">
<h2 class="sr-only">Transcript</h2>
''' + interactive + '''
</section>
<details class="export">
 <summary>Plain-text export (.txt preview)</summary>
 <pre>''' + export + '''</pre>
</details>
</main>
<footer class="sw-footer"><p>Transcribed by <a href="https://scribewell.app/">Scribewell</a> &mdash; automatic transcription may contain errors. <a href="https://scribewell.app/report?doc=7f3e91">Report this transcript</a></p><p>&copy; 2025 Scribewell Labs, Inc.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"doc":{"id":"7f3e91","title":"Founders Off the Record \u2014 Ep. 14 (raw)","speakers":["Marcus Bell","Elon Musk","Jess Ono"]}}},"page":"/s/[id]","buildId":"k2Jd9sQ"}</script>
<script src="https://scribewell.app/_next/static/chunks/pages/s/%5Bid%5D-8d7e6f.js" defer></script>
</body>
</html>
'''
    write('af04_scribewell', page,
          'Transcription-service share page; speaker blocks with the name shown once per block and one segment per paragraph, each segment with its own m:ss button and a data-start attribute in seconds with milliseconds; a plain-text export repeats the whole transcript as "[hh:mm:ss] Name: text".',
          'Founders Off the Record', gold_from(T), ['Marcus Bell', 'Jess Ono'],
          'Scribewell share page: per-segment m:ss + data-start with ms (time on every paragraph, turn starts at first); AI summary "Elon Musk:" action item; whole transcript repeated in a <details> export (count once); host quotes him secondhand.')
