from common import *

NAME = "aa03_scribewell_share"
SHOW = "GridForward 2024 Fireside Chat"
LBL = {"HL": "Hannah Lindqvist", "S3": "Speaker 3", EM: "Elon Musk"}
COL = {"HL": "#c0392b", "S3": "#7f8c8d", EM: "#2e86de"}

# each turn: list of (start_seconds_float, text) segments
SEGS = [
    ("HL", [(4.12, "Good afternoon, everyone. Thanks for staying after lunch, I know the coffee ran out about twenty minutes ago. Our closing conversation today is with Elon Musk, and we\u2019re going to talk about the grid. Elon, welcome."), ]),
    (EM, [(21.88, "Thank you. It\u2019s great to be here. I was told this is the most technical crowd of the week, so I\u2019ll try not to oversimplify."),
          (29.51, "And if I do, please heckle.")]),
    ("HL", [(35.2, "We will. Let\u2019s start with storage. Ten years ago, grid batteries were a rounding error. Now they\u2019re setting prices in some markets. What changed?")]),
    (EM, [(47.06, "The grid is basically a giant machine with no buffer. Every power plant has to be sized for the peak, and the peak is maybe a few hours a day, a few days a year."),
          (58.9, "So you have this enormous amount of capacity that sits idle most of the time. Once batteries got cheap enough, it became obvious that you should shave the peak instead of building for it."),
          (75.3, "That\u2019s really it. It wasn\u2019t a technology breakthrough so much as a cost curve crossing a line.")]),
    ("HL", [(96.4, "So what\u2019s the constraint now?")]),
    (EM, [(99.97, "Cell supply, and honestly, permitting. We can build the packs quite quickly. The factory in Lathrop is putting out a lot of units."),
          (118.35, "The hard part is getting them connected.")]),
    ("HL", [(140.02, "Mm-hmm.")]),
    (EM, [(141.2, "Interconnection queues in some regions are five years long. Five years, for something that takes a few weeks to install. That\u2019s not an engineering problem, that\u2019s a paperwork problem, and I think regulators are starting to understand that.")]),
    ("HL", [(3690.5, "We have time for exactly one question from the floor. Yes, in the front.")]),
    ("S3", [(3702.8, "Hi, thanks. Ravi, from a utility in Arizona. You said back in 2020, and I\u2019m quoting, \u201csolar plus storage will be the default for new generation by the end of the decade.\u201d Do you still think that\u2019s true?")]),
    (EM, [(3725.44, "I did say that, and I stand by it. If you look at what\u2019s actually in the interconnection queues, it\u2019s overwhelmingly solar and storage already."),
          (3741.0, "The question is just how fast the rest of the system adapts. Transmission is the bottleneck after storage.")]),
    ("HL", [(3790.1, "Please join me in thanking Elon Musk.")]),
    (EM, [(3794.6, "Thank you, everyone.")]),
]

TURNS = [T(spk, segs[0][0], *[s[1] for s in segs], ptimes=[s[0] for s in segs]) for spk, segs in SEGS]


def disp(sec):
    s = int(sec)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def render_turns():
    out = []
    n = 0
    spk_ids = {"HL": "spk_0", EM: "spk_1", "S3": "spk_2"}
    for spk, segs in SEGS:
        for i, (st, text) in enumerate(segs):
            n += 1
            end = st + max(2.0, len(text) / 14.0)
            cls = "tx-seg" + (" tx-seg--cont" if i else "")
            head = ""
            if i == 0:
                head = '<span class="tx-speaker" style="color:%s">%s</span>' % (COL[spk], LBL[spk])
            out.append(
                '<div class="%s" data-seg-id="%d" data-start-ms="%d" data-end-ms="%d" data-speaker-id="%s">\n'
                '  <div class="tx-seg__head">%s<button class="tx-time" type="button" data-seek="%.2f" aria-label="Play from %s">%s</button></div>\n'
                '  <div class="tx-seg__text">%s</div>\n</div>'
                % (cls, n, round(st * 1000), round(end * 1000), spk_ids[spk], head, st, disp(st), disp(st), esc(text)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>GridForward 2024 – Closing Fireside (Musk) · Scribewell</title>
<meta name="robots" content="noindex">
<link rel="preload" href="/_app/immutable/assets/Inter-Var.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/_app/immutable/assets/share.8f2c1d.css">
<style>.tx-seg{display:grid;grid-template-columns:1fr;padding:.5rem 0}.tx-seg--cont{padding-top:0}.tx-seg__head{font-size:.8rem;display:flex;gap:.6rem}.tx-time{color:#888;background:none;border:0}</style>
</head>
<body class="share-view theme-light">
<div id="svelte">
<header class="topbar">
 <a class="brand" href="https://scribewell.app/"><svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="#2e86de"/></svg> Scribewell</a>
 <div class="topbar__actions"><a class="btn btn--ghost" href="https://scribewell.app/login">Log in</a><a class="btn btn--primary" href="https://scribewell.app/signup?ref=share">Try Scribewell free</a></div>
</header>
<div class="share-layout">
<aside class="share-meta">
 <h1 class="conv-title">GridForward 2024 &ndash; Closing Fireside (Musk)</h1>
 <p class="conv-sub">Shared by <b>Hannah L.</b> &middot; <time datetime="2024-05-09T16:41:00Z">May 9, 2024</time> &middot; 1h 03m</p>
 <div class="speakers-legend">
  <h2>Speakers</h2>
  <ul>
   <li><span class="dot" style="background:#c0392b"></span>Hannah Lindqvist <small>18%</small></li>
   <li><span class="dot" style="background:#2e86de"></span>Elon Musk <small>74%</small></li>
   <li><span class="dot" style="background:#7f8c8d"></span>Speaker 3 <small>8%</small></li>
  </ul>
 </div>
 <section class="ai-summary" aria-labelledby="ai-sum-h">
  <h2 id="ai-sum-h">&#10024; AI Summary</h2>
  <p class="ai-summary__lede">A fireside chat on grid-scale storage, interconnection delays and transmission.</p>
  <h3>Outline</h3>
  <ul>
   <li><b>Elon Musk:</b> The grid is a giant machine with no buffer; batteries let utilities shave the peak instead of building for it.</li>
   <li><b>Elon Musk:</b> Cell supply and permitting are now the main constraints; interconnection queues are five years long.</li>
   <li><b>Speaker 3</b> asked whether solar plus storage will be the default for new generation.</li>
  </ul>
  <h3>Keywords</h3>
  <p class="chips"><span>Megapack</span> <span>interconnection</span> <span>Lathrop</span> <span>transmission</span></p>
  <p class="ai-note">Summary generated automatically. May contain inaccuracies.</p>
 </section>
</aside>
<main class="transcript" id="transcript" aria-label="Transcript">
 <div class="player" data-audio="https://cdn.scribewell.app/a/8e1f/GF24-closing.m4a"><button class="player__play" aria-label="Play">&#9654;</button><span class="player__pos">0:00</span> / <span class="player__dur">1:03:21</span></div>
{{TRANSCRIPT}}
 <p class="tx-end">&mdash; End of transcript &mdash;</p>
</main>
</div>
<footer class="share-footer">
 <p>Transcribed with Scribewell &middot; Accuracy may vary &middot; <a href="https://scribewell.app/terms">Terms</a> &middot; <a href="https://scribewell.app/privacy">Privacy</a> &middot; <a href="https://scribewell.app/report?c=8e1f">Report this transcript</a></p>
</footer>
</div>
<script type="module">import { start } from "/_app/immutable/entry/start.3b1d.js"; start({ target: document.getElementById("svelte"), paths: {"base":"","assets":""}, session: {}, route: true });</script>
<script>window.__SW_SHARE__={"conversationId":"8e1f02aa","speakers":[{"id":"spk_0","name":"Hannah Lindqvist"},{"id":"spk_1","name":"Elon Musk"},{"id":"spk_2","name":"Speaker 3"}],"durationMs":3801400};</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render_turns())
    return write(NAME, page,
                 "Transcription-service share page: one div per segment with the start in a data-start-ms attribute (milliseconds) and a seek button showing m:ss / h:mm:ss; the speaker name appears only on the first segment of a run, continuation segments carry just their own time.",
                 SHOW, gold_turns(TURNS), ["Hannah Lindqvist", "Speaker 3"])
