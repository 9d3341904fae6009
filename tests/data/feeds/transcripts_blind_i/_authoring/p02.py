"""i02 - transcription-service share page ("Scribely"): segments with data-start-ms,
speaker chip only when the speaker changes, visible m:ss / h:mm:ss times crossing the hour,
an AI outline that prints "Elon Musk:" lines, and a collapsed plain-text export repeating
the whole transcript."""
from common import *

NAME = 'i02_scribely_share_page_ms_data'
SHOW = 'Founders at Altitude'
L = {'DK': 'Dana Kowalczyk', 'EM': 'Elon Musk', 'S3': 'Speaker 3'}

# (speaker, [ (start_ms, text), ... ])  - each inner item is one segment (row);
# only the first segment of a turn carries the speaker chip.
S = [
    ('DK', [(3411340, 'Okay, we are back. Before the break you were talking about the tiles, and I want to go deeper on that, because I think people underestimate how hard a heat shield is.')]),
    ('EM', [(3426115, 'Yeah, the heat shield is probably the single hardest engineering problem on the ship. You have tens of thousands of tiles and if any one of them fails in the wrong spot you lose the vehicle.'),
            (3441870, 'And unlike the booster, you cannot really test it on the ground. There is no wind tunnel on Earth that reproduces orbital reentry for the whole ship.'),
            (3454002, 'So you fly it and you learn, and then you fly it again.')]),
    ('DK', [(3461760, 'How many iterations are we talking about?')]),
    ('EM', [(3464290, 'Many. Probably more than most people would be comfortable with.')]),
    ('S3', [(3470011, 'Sorry, Dana, we are getting some clipping on your mic, can you back off a little?')]),
    ('DK', [(3474870, 'Is that better? Okay. So, switching gears. You have said the goal for the next version is full and rapid reuse. What does rapid mean in hours?')]),
    ('EM', [(3486402, 'Ideally the ship lands, gets refilled and flies again in something like an hour. That is the aspirational target.'),
            (3501990, 'I mean, we are not there, obviously. But if you do not set an aspirational target you end up optimizing for the wrong thing.'),
            (3522544, 'You end up making a really good expendable rocket, which is a contradiction in terms at this point.')]),
    ('DK', [(3550218, 'Right.')]),
    ('EM', [(3551004, 'So yeah, an hour.')]),
    ('DK', [(3602611, 'Last one from me. What is the thing you are most worried about right now that nobody asks you about?')]),
    ('EM', [(3619330, 'Probably the supply of good engineers who want to work on hard hardware problems. Software is very attractive, and I understand why.'),
            (3635876, 'But someone has to build the atoms, not just the bits.')]),
    ('DK', [(3644905, 'That is a great place to stop. Thank you.')]),
    ('EM', [(3647480, 'Thanks, Dana.')]),
]

T = [(spk, segs[0][0] / 1000.0, [segs[0][1]]) for spk, segs in S]

COLORS = {'DK': '#7b61ff', 'EM': '#0aa37f', 'S3': '#d9822b'}


def seg_html(spk, i, ms, text):
    sec = ms // 1000
    chip = ''
    if i == 0:
        chip = '<span class="sp-chip" style="--c:%s" data-speaker-id="%s">%s</span>' % (COLORS[spk], spk.lower(), esc(L[spk]))
    return ('<div class="seg%s" data-start-ms="%d" data-end-ms="%d" data-speaker-id="%s">'
            '<div class="seg-head">%s<button class="seg-ts" data-seek="%d">%s</button></div>'
            '<p class="seg-text">%s</p></div>') % (
        ' seg--first' if i == 0 else '', ms, ms + 9000, spk.lower(), chip, sec, mixed(sec), esc(text))


def render():
    rows = []
    plain = []
    for spk, segs in S:
        for i, (ms, text) in enumerate(segs):
            rows.append(seg_html(spk, i, ms, text))
        plain.append('%s  %s\n%s' % (L[spk], mixed(segs[0][0] // 1000), ' '.join(t for _, t in segs)))
    return PAGE.replace('@@SEGS@@', '\n'.join(rows)).replace('@@PLAIN@@', esc('\n\n'.join(plain)))


PAGE = r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>FAA ep212 - part 2 (Elon) | Scribely</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="FAA ep212 - part 2 (Elon)">
<meta property="og:site_name" content="Scribely">
<link rel="icon" href="/static/favicon-32.png">
<link rel="stylesheet" href="/static/css/share.8f3c1d.css">
<style>
:root{--ink:#1d1f24;--muted:#6b7280}
body{font-family:Inter,system-ui,sans-serif;color:var(--ink);margin:0}
.share-top{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #eee}
.seg{display:grid;grid-template-columns:1fr;padding:6px 0}
.seg-head{display:flex;gap:10px;align-items:center;font-size:13px}
.sp-chip{font-weight:600;color:var(--c)}
.seg-ts{border:0;background:none;color:var(--muted);cursor:pointer;font-variant-numeric:tabular-nums}
.seg-text{margin:2px 0 0;line-height:1.55}
.outline li{margin:4px 0}.kw span{display:inline-block;background:#f2f4f7;border-radius:12px;padding:2px 10px;margin:2px}
details.export pre{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace}
</style>
</head>
<body>
<div id="app" data-share-id="q8XkT2vLw0" data-owner="ops@foundersataltitude.fm">
<header class="share-top">
  <a class="brand" href="https://scribely.ai/?ref=share">Scribely</a>
  <nav class="share-actions"><a href="https://scribely.ai/signup?ref=share">Sign up free</a> <a href="https://scribely.ai/login">Log in</a> <button class="btn-copy" data-copy-link>Copy link</button></nav>
</header>
<main class="conv">
  <section class="conv-meta">
    <h1 class="conv-title">FAA ep212 - part 2 (Elon)</h1>
    <p class="conv-sub">Shared by <b>Founders at Altitude Ops</b> &middot; Recorded Mar 4, 2025, 10:12 AM &middot; 1h 3m &middot; 3 speakers</p>
    <div class="player" data-src="https://cdn.scribely.ai/a/q8XkT2vLw0.m4a"><button class="play" aria-label="Play">&#9654;</button><span class="pos">0:00</span> / <span class="dur">1:03:12</span></div>
  </section>

  <section class="kw" aria-label="Keywords"><h2>Keywords</h2>
    <span>heat shield</span><span>tiles</span><span>rapid reuse</span><span>reentry</span><span>engineers</span><span>hardware</span>
  </section>

  <section class="outline" aria-label="Outline">
    <h2>Outline <small>(generated by Scribely AI)</small></h2>
    <ol>
      <li><button class="seg-ts" data-seek="3426">57:06</button> Elon Musk: the heat shield is the hardest engineering problem on the ship</li>
      <li><button class="seg-ts" data-seek="3486">58:06</button> Elon Musk: the aspirational target is to refly the ship in about an hour</li>
      <li><button class="seg-ts" data-seek="3619">1:00:19</button> Elon Musk worries about the supply of hardware engineers</li>
    </ol>
    <p class="ai-summary"><b>Summary:</b> Dana Kowalczyk and Elon Musk discuss Starship's heat shield, what "rapid" reuse means in hours, and the shortage of engineers who want to build physical things.</p>
  </section>

  <section class="transcript" aria-label="Transcript" id="transcript">
    <h2>Transcript</h2>
@@SEGS@@
  </section>

  <details class="export">
    <summary>Plain text export (.txt)</summary>
    <pre>@@PLAIN@@</pre>
  </details>
</main>
<footer class="share-foot">
  <p>Transcribed by <a href="https://scribely.ai/?ref=share-footer">Scribely</a>. Automatic transcripts may contain errors.</p>
  <p><a href="https://scribely.ai/privacy">Privacy</a> &middot; <a href="https://scribely.ai/terms">Terms</a> &middot; <a href="https://scribely.ai/abuse">Report abuse</a></p>
</footer>
</div>
<script>window.__SHARE__={"id":"q8XkT2vLw0","lang":"en-US","speakers":[{"id":"dk","name":"Dana Kowalczyk"},{"id":"em","name":"Elon Musk"},{"id":"s3","name":"Speaker 3"}],"offset_ms":0,"highlight":true};</script>
<script src="/static/js/share.b71e02.js" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SCRIBE1Y"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Transcription-service share page: one <div class="seg" data-start-ms> per segment with a visible m:ss or h:mm:ss seek button; the speaker chip appears only on the first segment of a turn; a plain-text export repeats the transcript.',
         gold_turns(T), ['Dana Kowalczyk', 'Speaker 3'])
