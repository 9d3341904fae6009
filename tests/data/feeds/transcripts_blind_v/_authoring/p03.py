from common import *

NAME = "v03_scribely_share_fireside"
SHOW = "Founders Fireside"

SPK = {"A": ("Ada Okafor", "S1", "#7b3fe4"), "E": ("Elon Musk", "S2", "#0f7b6c"), "X": ("Speaker 3", "S3", "#c2410c")}

TURNS = [
    Turn("A", 3.2, ["Okay, I think we’re live. Thank you all for coming, and thank you, Elon, for agreeing to do this with no slides."]),
    Turn("E", 11.84, ["No slides is my favorite format. Slides are where ideas go to die."],),
    Turn("A", 17.5, ["Let’s go back to the early Tesla days. What did you get most wrong?"]),
    Turn("E", 41.52, ["Probably automation. I thought we could automate everything on day one, and we built this incredibly complicated conveyor system that basically didn’t work.",
                      "We had to rip a lot of it out and put people back in. Humans are underrated, honestly, especially when the process is still changing every week.",
                      "So the lesson is automate the last step, not the first one. First you simplify, then you speed it up, and only then do you automate."],
         pt=[41.52, 58.07, 79.31]),
    Turn("A", 101.9, ["Simplify, then accelerate, then automate."]),
    Turn("E", 105.26, ["Right. And before all of that you question the requirement. Every requirement should come with the name of a person, not a department."]),
    Turn("A", 1520.4, ["We have a few minutes for the audience. Yes, in the back."]),
    Turn("X", 1527.77, ["Hi, I’m a second-year MBA. When you hire, what is the one signal you look for?"]),
    Turn("E", 1536.03, ["Evidence of exceptional ability. It doesn’t have to be a degree. It can be something they built in a garage.",
                        "I usually ask people to tell me about the hardest problem they worked on and how they solved it. The people who actually solved it can go down as many levels of detail as you want."],
         pt=[1536.03, 1547.9]),
    Turn("X", 1572.11, ["Thank you."]),
    Turn("A", 2410.6, ["You said earlier that humans are underrated. Is that true for Optimus too?"]),
    Turn("E", 2418.0, ["Yeah."]),
    Turn("A", 2419.4, ["That’s a short answer for a robot company."]),
    Turn("E", 2421.95, ["I mean, the robot has to be useful in a factory that was designed for humans. That’s the whole trick. If it can’t walk into an existing building and do the work, nobody’s going to redesign their building for it."]),
    Turn("A", 3714.2, ["We’re over time, but one last question from me: what would you tell this room to avoid?"]),
    Turn("E", 3723.456, ["Avoid the temptation to optimize something that shouldn’t exist. It’s the most common mistake I see smart people make, including me.",
                         "Delete first. If you’re not adding back at least ten percent of what you deleted, you didn’t delete enough."],
         pt=[3723.456, 3741.12]),
    Turn("A", 3760.3, ["On that note, please thank Elon Musk."]),
    Turn("E", 3764.88, ["Thank you, everyone."]),
]

FORMAT = ("Transcription-service share page: nested div segments with data-start-ms attributes and a visible time "
          "(m:ss under an hour, h:mm:ss after), speaker name shown only at a speaker change while continuation segments "
          "of a long turn carry their own time; an AI summary with 'Elon Musk:' bullets and outline times sits above.")


def render():
    out = []
    prev = None
    for tr in TURNS:
        name, sid, col = SPK[tr.spk]
        times = tr.pt or [tr.t]
        for i, (pt, p) in enumerate(zip(times, tr.paras)):
            show_name = i == 0
            ms = int(round(pt * 1000))
            sents = [s for s in re_split(p)]
            spans = " ".join(f'<span class="tx-w" data-s="{pt:.2f}">{s}</span>' for s in sents)
            spk = (f'<span class="tx-spk" style="color:{col};font-weight:600;font-size:14px">{name}</span>' if show_name
                   else '<span class="tx-spk tx-spk--cont" aria-hidden="true"></span>')
            out.append(f"""<div class="tx-seg" data-start-ms="{ms}" data-spk="{sid}" style="display:flex;flex-direction:column;padding:6px 0 10px">
  <div class="tx-seg__meta" style="display:flex;align-items:baseline;gap:10px">{spk}<span class="tx-time" role="button" tabindex="0" aria-label="Play from {short(pt)}" style="color:#6b7280;font-size:12px;font-variant-numeric:tabular-nums">{short(pt)}</span></div>
  <div class="tx-seg__text" style="font-size:15px;line-height:1.6"><div class="tx-para">{spans}</div></div>
</div>""")
    return "\n".join(out)


def re_split(p):
    import re
    parts = re.split(r"(?<=[.?!])\s+", p)
    return parts


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>Founders Fireside — Elon Musk &amp; Ada Okafor · Shared transcript · Scribely</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders Fireside — Elon Musk &amp; Ada Okafor">
<meta property="og:description" content="Shared via Scribely. Transcribe meetings, lectures and interviews in seconds.">
<link rel="preload" href="/static/fonts/inter-var.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/css/share.4f2a91.css">
<style>
.sb-shell{{display:grid;grid-template-columns:320px 1fr;min-height:100vh}} .sb-side{{border-right:1px solid #e5e7eb;padding:20px}}
.sb-chip{{display:inline-block;background:#eef2ff;color:#4338ca;border-radius:999px;padding:2px 10px;font-size:12px;margin:2px}}
</style>
<script>window.__SCRIBELY__={{"shareId":"qX8vR2mT","readOnly":true,"audio":"https://cdn.scribely.ai/a/qX8vR2mT.m4a","speakers":{{"S1":"Ada Okafor","S2":"Elon Musk","S3":"Speaker 3"}}}};</script>
</head>
<body>
<div id="app">
<header class="sb-topbar" style="display:flex;justify-content:space-between;align-items:center;padding:10px 20px;border-bottom:1px solid #e5e7eb">
 <a href="https://scribely.ai" class="sb-logo" aria-label="Scribely home"><svg width="96" height="22" viewBox="0 0 96 22" aria-hidden="true"><rect width="22" height="22" rx="6" fill="#4f46e5"/></svg><span style="font-weight:700">Scribely</span></a>
 <nav aria-label="Account"><a href="/login">Log in</a> <a href="/signup" class="sb-btn sb-btn--primary" style="background:#4f46e5;color:#fff;border-radius:8px;padding:6px 12px">Sign up free</a></nav>
</header>
<div class="sb-shell">
<aside class="sb-side" aria-label="Conversation details">
 <div class="sb-title"><h1 style="font-size:20px;margin:0 0 6px">Founders Fireside — Elon Musk &amp; Ada Okafor</h1>
 <div class="sb-meta" style="color:#6b7280;font-size:13px">Shared by <span>GSB Events Team</span> · Apr 9, 2025 · 1:03:02</div></div>
 <div class="sb-speakers" style="margin-top:14px"><div class="sb-label" style="font-size:12px;text-transform:uppercase;color:#6b7280">Speakers</div>
  <span class="sb-chip">Ada Okafor</span><span class="sb-chip">Elon Musk</span><span class="sb-chip">Speaker 3</span></div>
 <section class="sb-summary" style="margin-top:20px" aria-labelledby="sum-h">
  <div style="display:flex;align-items:center;gap:6px"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="7" fill="#a855f7"/></svg><h2 id="sum-h" style="font-size:15px;margin:0">Scribely AI Summary</h2></div>
  <div class="sb-summary__body" style="font-size:14px">
   <h3 style="font-size:13px">Overview</h3>
   <p>A fireside conversation between Ada Okafor and Elon Musk covering early manufacturing mistakes at Tesla, hiring, humanoid robots and advice for founders.</p>
   <h3 style="font-size:13px">Key points</h3>
   <ul>
    <li>Elon Musk: automate last — simplify, accelerate, then automate.</li>
    <li>Elon Musk: every requirement should have a person’s name on it.</li>
    <li>Elon Musk: look for evidence of exceptional ability, not degrees.</li>
    <li>Ada Okafor: asked whether the “humans are underrated” point applies to robots.</li>
   </ul>
   <h3 style="font-size:13px">Outline</h3>
   <ol class="sb-outline">
    <li><span class="tx-time">0:41</span> Elon Musk: early Tesla automation mistakes</li>
    <li><span class="tx-time">25:36</span> Audience Q&amp;A: hiring</li>
    <li><span class="tx-time">40:18</span> Optimus and human-designed factories</li>
    <li><span class="tx-time">1:02:03</span> Elon Musk: delete first</li>
   </ol>
   <h3 style="font-size:13px">Keywords</h3>
   <p><span class="sb-chip">automation</span><span class="sb-chip">hiring</span><span class="sb-chip">Optimus</span><span class="sb-chip">requirements</span></p>
   <p style="font-size:11px;color:#9ca3af">AI-generated content may be inaccurate.</p>
  </div>
 </section>
</aside>
<main class="sb-main" style="padding:20px 28px">
 <div class="sb-player" role="region" aria-label="Audio player" style="position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #f3f4f6">
  <button class="sb-play" aria-label="Play">▶</button> <span class="sb-cur">0:00</span> / <span class="sb-dur">1:03:02</span> <button aria-label="Playback speed">1×</button>
 </div>
 <div class="sb-transcript" role="document" aria-label="Transcript">
  <div class="sb-transcript__inner">
{body}
  </div>
 </div>
 <div class="sb-cta" style="margin:40px 0;padding:20px;border:1px dashed #c7d2fe;border-radius:12px;text-align:center">
  <p style="margin:0 0 8px;font-weight:600">Want transcripts like this for your own recordings?</p>
  <p style="margin:0 0 12px;color:#6b7280">Scribely gives you 300 free minutes every month. Speaker labels, summaries and outlines included.</p>
  <a href="/signup?ref=share" class="sb-btn sb-btn--primary">Try Scribely free</a>
 </div>
</main>
</div>
<footer style="border-top:1px solid #e5e7eb;padding:14px 20px;font-size:12px;color:#6b7280">© 2025 Scribely, Inc. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/report?share=qX8vR2mT">Report this transcript</a></footer>
</div>
<script src="/static/js/share.runtime.8e1c.js" defer></script>
<script src="/static/js/share.main.0b77.js" defer></script>
</body>
</html>
"""
    others = ["Ada Okafor", "Speaker 3"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
