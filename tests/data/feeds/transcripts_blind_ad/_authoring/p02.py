"""ad02: transcription-service share page; segments with data-start-ms (milliseconds),
visible mm:ss on every segment; speaker name only on the first segment of a turn."""
from common import *

NAME = "ad02_scribewell_share"
SHOW = "Conduit (interview recording shared via Scribewell)"

D, S3 = "D", "S3"
T = [
    {"s": D, "p": ["Okay, I think we&rsquo;re recording. This is Dana Whitfield with Conduit, it&rsquo;s, uh, Tuesday afternoon at the factory. Thanks for doing this."]},
    {"s": E, "p": ["Sure. Let&rsquo;s do it."]},
    {"s": D, "p": ["So I want to start with the robot. A year ago you told investors it would be &ldquo;the biggest product ever, by a lot.&rdquo; Do you still think that?"]},
    {"s": E, "p": ["I do, and I think people underestimate it because they picture a robot that does one thing. The whole point is that it&rsquo;s general purpose.",
                   "If you have a humanoid robot that can do anything a person can do, and it costs less than a car, then demand is basically whatever the economy can absorb.",
                   "So, yeah. Biggest product ever is, if anything, conservative."]},
    {"s": D, "p": ["Right."]},
    {"s": E, "p": ["The hard part isn&rsquo;t the AI, by the way. People assume it&rsquo;s the AI. The hand is the hard part. A human hand has an absurd number of degrees of freedom, and all the actuators have to fit in the forearm."]},
    {"s": D, "at": 402, "p": ["How many are on the line right now?"]},
    {"s": E, "p": ["I&rsquo;d rather not give a number, because then it becomes a headline, and the headline is always wrong in some interesting way.",
                   "What I will say is that we&rsquo;re building them in the factory, and some of them are working in the factory, which is a nice kind of recursion."]},
    {"s": D, "p": ["Do you still sleep here?"]},
    {"s": E, "p": ["Sometimes. Less than I used to. There&rsquo;s a couch in a conference room upstairs that has seen things."]},
    {"s": S3, "at": 655, "p": ["Dana, we&rsquo;ve got about five minutes."]},
    {"s": D, "p": ["Got it. Last one, then. What&rsquo;s the thing you&rsquo;re actually most worried about?"]},
    {"s": E, "p": ["Probably that we make it too easy to make things, and not enough people think about what should be made.",
                   "But that&rsquo;s a philosophical problem. The engineering problems, those I&rsquo;m not worried about. Those just take time.",
                   "Actually, no, I&rsquo;m a little worried about the hands. Still the hands."]},
    {"s": D, "p": ["Ha. Okay. Thank you so much, this was great."]},
    {"s": E, "p": ["Thank you."]},
    {"s": S3, "p": ["Thanks, everyone. I&rsquo;ll stop the recording there."]},
]
assign_times(T, start=2.35, seed=22, wps=2.9)

SPK = {E: ("spk_0", "Elon Musk", "EM", "#2563eb"), D: ("spk_1", "Dana Whitfield", "DW", "#db2777"),
       S3: ("spk_2", "Speaker 3", "S3", "#65a30d")}


def segs():
    out = []
    n = 0
    for tr in T:
        sid, name, ini, col = SPK[tr["s"]]
        for i, (p, t) in enumerate(zip(tr["p"], tr["ts"])):
            n += 1
            ms = int(round(t * 1000))
            end = ms + 2400 + len(plain(p)) * 55
            head = ""
            if i == 0:
                head = (f'<div class="sw-seg__speaker"><span class="sw-avatar" style="background:{col}" aria-hidden="true">{ini}</span>'
                        f'<span class="sw-seg__name">{name}</span></div>')
            cls = "sw-seg" + ("" if i == 0 else " sw-seg--cont")
            words = " ".join(f'<span class="w" data-ms="{ms + k * 310}">{w}</span>' for k, w in enumerate(p.split(" ")))
            out.append(f'<div class="{cls}" id="seg-{n}" data-speaker="{sid}" data-start-ms="{ms}" data-end-ms="{end}">'
                       f'{head}<button class="sw-seg__time" data-seek="{ms}" title="Play from here">{mmss(t)}</button>'
                       f'<p class="sw-seg__text">{words}</p></div>')
    return "\n".join(out)


def build():
    total = T[-1]["ts"][-1] + 4
    html = f"""<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>Musk_interview_factory_final.m4a &middot; Shared transcript &middot; Scribewell</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Musk_interview_factory_final.m4a">
<meta property="og:description" content="Shared with you by Dana Whitfield on Scribewell">
<link rel="stylesheet" href="https://static.scribewell.app/share/app.7f3c91.css">
<link rel="icon" href="https://static.scribewell.app/favicon.svg">
<style>.sw-seg{{display:grid;grid-template-columns:72px 1fr;gap:4px 12px;padding:6px 0}}.sw-seg--cont{{padding-top:0}}.sw-seg__speaker{{grid-column:1/-1;display:flex;align-items:center;gap:8px;font-weight:600}}.sw-avatar{{width:26px;height:26px;border-radius:50%;color:#fff;font-size:11px;display:inline-flex;align-items:center;justify-content:center}}.sw-seg__time{{font:12px ui-monospace,monospace;color:#64748b;background:none;border:0;cursor:pointer;text-align:right}}</style>
</head>
<body class="sw-share">
<div id="sw-root">
<header class="sw-topbar">
  <a class="sw-logo" href="https://scribewell.app/?ref=share">Scribewell</a>
  <nav class="sw-topbar__nav"><a href="https://scribewell.app/pricing">Pricing</a><a href="https://scribewell.app/features">Features</a><a href="https://scribewell.app/login">Log in</a><a class="sw-btn sw-btn--primary" href="https://scribewell.app/signup?ref=share">Try Scribewell free</a></nav>
</header>
<main class="sw-share__main">
  <section class="sw-meta">
    <h1 class="sw-meta__title">Musk_interview_factory_final.m4a</h1>
    <p class="sw-meta__sub">Shared by <strong>Dana Whitfield</strong> &middot; Recorded Tue, Apr 8 2025 &middot; {m_ss(total)} (trimmed) &middot; English (US) &middot; 3 speakers</p>
    <div class="sw-player" data-src="https://cdn.scribewell.app/a/9f1e0c2b/audio.m4a" data-duration-ms="{int(total * 1000)}">
      <button class="sw-player__play" aria-label="Play">&#9654;</button><span class="sw-player__pos">00:00</span> / <span class="sw-player__dur">{mmss(total)}</span>
      <input type="range" class="sw-player__scrub" min="0" max="{int(total * 1000)}" value="0" aria-label="Seek">
      <select class="sw-player__rate" aria-label="Speed"><option>0.75x</option><option selected>1x</option><option>1.5x</option><option>2x</option></select>
    </div>
  </section>
  <div class="sw-layout">
  <aside class="sw-side">
    <section class="sw-speakers"><h2>Speakers</h2>
      <ul><li><span class="sw-avatar" style="background:#2563eb">EM</span> Elon Musk <span class="sw-talk">61%</span></li>
      <li><span class="sw-avatar" style="background:#db2777">DW</span> Dana Whitfield <span class="sw-talk">33%</span></li>
      <li><span class="sw-avatar" style="background:#65a30d">S3</span> Speaker 3 <span class="sw-talk">6%</span> <a href="https://scribewell.app/login?next=rename" class="sw-link">Rename</a></li></ul>
    </section>
    <section class="sw-outline"><h2>AI outline <span class="sw-badge">Beta</span></h2>
      <ol>
        <li><button data-seek="{int(T[3]['ts'][0] * 1000)}">{mmss(T[3]['ts'][0])}</button> Elon Musk: the humanoid robot is &ldquo;the biggest product ever&rdquo;</li>
        <li><button data-seek="{int(T[5]['ts'][0] * 1000)}">{mmss(T[5]['ts'][0])}</button> The hand is the hard part, not the AI</li>
        <li><button data-seek="{int(T[12]['ts'][0] * 1000)}">{mmss(T[12]['ts'][0])}</button> Elon Musk: worried we make it too easy to make things</li>
      </ol>
      <p class="sw-note">Outlines are generated automatically and may contain mistakes.</p>
    </section>
    <section class="sw-keywords"><h2>Keywords</h2><p><span>robot</span> <span>hand</span> <span>actuators</span> <span>factory</span> <span>demand</span></p></section>
  </aside>
  <section class="sw-transcript" aria-label="Transcript">
    <div class="sw-transcript__tools"><input type="search" placeholder="Search transcript" aria-label="Search transcript"><button>Download .docx</button><button>Download .srt</button></div>
{segs()}
    <p class="sw-transcript__end">End of transcript &middot; Transcribed by Scribewell &middot; Accuracy may vary</p>
  </section>
  </div>
</main>
<footer class="sw-footer"><p>&copy; 2025 Scribewell Inc. &middot; <a href="https://scribewell.app/privacy">Privacy</a> &middot; <a href="https://scribewell.app/terms">Terms</a> &middot; <a href="https://scribewell.app/report?s=9f1e0c2b">Report this share</a></p></footer>
</div>
<script>window.__SW_SHARE__={{"id":"9f1e0c2b","speakers":{{"spk_0":"Elon Musk","spk_1":"Dana Whitfield","spk_2":"Speaker 3"}},"allowDownload":true}};</script>
<script src="https://static.scribewell.app/share/app.7f3c91.js" defer></script>
</body>
</html>
"""
    fmt = ("Transcription-service share page: one <div class='sw-seg'> per segment with data-start-ms (milliseconds) and a "
           "visible mm:ss button; the speaker name appears only on the first segment of a turn, continuation segments "
           "(class sw-seg--cont) carry their own times; words are wrapped in per-word spans.")
    exp = expected(fmt, SHOW, gold(T), ["Dana Whitfield", "Speaker 3"])
    write(NAME, html, exp)
    return NAME, exp
