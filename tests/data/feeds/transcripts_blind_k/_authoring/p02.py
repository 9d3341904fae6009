"""k02 - transcription-service share page; speaker header per block, a timestamp on every paragraph."""
from common import *

NAME = "k02_verbatimly_share"
SHOW = "The Lab Bench"

LABEL = {"E": "Elon Musk", "P": "Priya Raman", "S3": "Speaker 3"}
SPKID = {"E": "spk_1", "P": "spk_0", "S3": "spk_2"}


def U(spk, *pairs):
    times = [p[0] for p in pairs]
    return {"spk": spk, "t": times[0], "pt": times, "paras": [p[1] for p in pairs]}


TURNS = [
    U("P", (3.21, "Okay, I think we’re recording. Hi everyone, this is The Lab Bench, the podcast of the Halvorsen Institute robotics society. I’m Priya Raman, and we have a very special guest dialed in today. Elon, can you hear us okay?")),
    U("E", (14.93, "Yeah, loud and clear.")),
    U("P", (17.44, "Great. So the first question comes from the society as a whole: what’s the hardest part of building a humanoid robot that people underestimate?")),
    U("E", (29.72, "Hands. Definitely the hands. The human hand has something like twenty-something degrees of freedom if you count properly, and the actuators have to live in the forearm, because there just isn’t room in the hand itself."),
         (58.31, "And then the hand has to be robust. People drop things, people bang their hands into tables all day. A robot hand that costs a fortune and breaks when it hits a table is not useful."),
         (84.05, "So we spent, I’d say, more engineering time on the hand and forearm than on the rest of the body combined.")),
    U("P", (101.38, "That’s wild.")),
    U("S3", (104.62, "Sorry, can I jump in? Is the training done mostly in simulation or on real hardware?")),
    U("E", (111.97, "Both, but real data is worth more per hour. Simulation gets you the first ninety percent, and then reality humbles you.")),
    U("P", (1540.26, "We got a lot of questions about careers. Someone wrote in: “Musk once said you should study physics even if you only want to build things.” Is that still your advice?")),
    U("E", (1556.34, "I think physics is a good way to learn how to think, because you’re reasoning from first principles rather than by analogy. But you don’t need a degree for that. You can learn it from books and the internet."),
         (1590.92, "What I look for in an interview is evidence of exceptional ability. Tell me about the hardest problem you worked on and how you solved it. If someone really solved it, they can go down as many levels of detail as you want. If they didn’t, they get stuck pretty fast.")),
    U("P", (1641.08, "So you’d rather hear the details than see the diploma.")),
    U("E", (1646.61, "Exactly.")),
    U("P", (4090.55, "We’re at time. Any last words for a room full of people who build robots in a basement?")),
    U("E", (4098.70, "Build the thing, test it, break it, and do that loop as fast as you can. The loop speed matters more than almost anything else."),
         (4121.02, "And please write down your requirements with a name next to each one, so you know who to argue with.")),
    U("P", (4135.19, "Thank you so much, Elon.")),
    U("S3", (4137.40, "Thank you!")),
]


def render():
    out = []
    for i, t in enumerate(TURNS):
        segs = []
        for tm, txt in zip(t["pt"], t["paras"]):
            ms = int(round(tm * 1000))
            segs.append('      <p class="seg" data-start-ms="%d"><a class="seg-ts" href="?t=%.2f" aria-label="Jump to %s">%s</a> <span class="seg-text">%s</span></p>'
                        % (ms, tm, hms_var(tm), hms_var(tm), esc(txt)))
        out.append('''    <section class="utt utt--%s" id="u%d" data-speaker-id="%s" data-start-ms="%d">
      <header class="utt-head"><span class="avatar" aria-hidden="true">%s</span><button class="spk-name" type="button">%s</button></header>
%s
    </section>''' % (SPKID[t["spk"]], i, SPKID[t["spk"]], int(round(t["t"] * 1000)),
                     esc("".join(w[0] for w in LABEL[t["spk"]].split())), esc(LABEL[t["spk"]]), "\n".join(segs)))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>The Lab Bench – Ep 12 with Elon Musk (raw) · Verbatimly</title>
<meta name="description" content="Shared transcript on Verbatimly: The Lab Bench – Ep 12 with Elon Musk (raw). 1 hr 9 min · 3 speakers.">
<meta property="og:site_name" content="Verbatimly">
<meta name="robots" content="noindex">
<link rel="icon" href="https://app.verbatimly.io/favicon.ico">
<link rel="stylesheet" href="https://app.verbatimly.io/_next/static/css/8c1f02a7d1.css">
<style>
.utt{display:grid;grid-template-columns:40px 1fr;gap:4px 12px;margin:18px 0}
.utt-head{grid-column:1/3;display:flex;align-items:center;gap:8px}
.seg{grid-column:2;margin:2px 0}.seg-ts{color:#7a7f87;font:12px/1 ui-monospace,monospace;margin-right:6px;text-decoration:none}
.spk-name{font-weight:600;border:0;background:none;padding:0}
.summary-card{background:#f5f3ff;border-radius:12px;padding:16px 20px}
</style>
</head>
<body class="share-page theme-light">
<div id="__next">
<div class="topbar"><a class="logo" href="https://verbatimly.io/" aria-label="Verbatimly home">verbatimly</a>
  <nav class="topnav"><a href="https://verbatimly.io/pricing">Pricing</a><a href="https://verbatimly.io/for/podcasters">For podcasters</a><a class="btn btn--ghost" href="https://app.verbatimly.io/login">Log in</a><a class="btn btn--primary" href="https://app.verbatimly.io/signup?ref=share">Try it free</a></nav>
</div>
<main class="share-layout">
  <div class="share-header">
    <h1 class="conv-title">The Lab Bench – Ep 12 with Elon Musk (raw)</h1>
    <p class="conv-meta"><span>Shared by Priya Raman</span> · <time datetime="2024-05-09T16:02:00Z">May 9, 2024</time> · <span>1 hr 9 min</span> · <span>English (US)</span></p>
    <div class="share-actions"><button type="button" class="btn btn--sm">Copy link</button><button type="button" class="btn btn--sm">Export .docx</button><button type="button" class="btn btn--sm" disabled>Export .srt (Pro)</button></div>
  </div>
  <div class="player-bar"><audio id="share-audio" preload="metadata" src="https://cdn.verbatimly.io/share/a91f3c2e/audio.m4a"></audio><button class="play" aria-label="Play">&#9654;</button><span class="pos">0:00</span> / <span class="dur">1:09:04</span><input type="range" class="scrub" min="0" max="4144" value="0"></div>
  <section class="speakers-legend" aria-label="Speakers">
    <h2 class="section-label">Speakers</h2>
    <ul><li><span class="chip chip--spk_0">Priya Raman</span> 31%%</li><li><span class="chip chip--spk_1">Elon Musk</span> 61%%</li><li><span class="chip chip--spk_2">Speaker 3</span> 8%%</li></ul>
  </section>
  <section class="summary-card" aria-labelledby="sumh">
    <h2 id="sumh" class="section-label">&#10024; AI summary <span class="badge">Beta</span></h2>
    <p>Priya Raman interviews Elon Musk for the Halvorsen Institute robotics society. Topics: why robot hands are the hardest part of a humanoid, simulation versus real-world training data, hiring for exceptional ability, and fast build-test loops.</p>
    <h3 class="section-sublabel">Key quotes</h3>
    <ul class="key-quotes">
      <li><b>Elon Musk</b> <a href="?t=58.31">00:58</a>: “A robot hand that costs a fortune and breaks when it hits a table is not useful.”</li>
      <li><b>Elon Musk</b> <a href="?t=4098.70">1:08:18</a>: “The loop speed matters more than almost anything else.”</li>
    </ul>
    <h3 class="section-sublabel">Action items</h3>
    <ul class="action-items"><li><input type="checkbox" disabled> Priya Raman: send Elon Musk the society’s question list for a follow-up</li></ul>
  </section>
  <section class="transcript" aria-label="Transcript">
    <h2 class="section-label">Transcript</h2>
%s
  </section>
  <p class="share-footnote">This transcript was generated automatically by Verbatimly and may contain errors. Speaker names were assigned by the owner of this conversation.</p>
</main>
<footer class="site-footer"><div class="cols"><div><h4>Product</h4><a href="https://verbatimly.io/features">Features</a><a href="https://verbatimly.io/integrations">Integrations</a><a href="https://verbatimly.io/api">API</a></div><div><h4>Company</h4><a href="https://verbatimly.io/about">About</a><a href="https://verbatimly.io/privacy">Privacy</a><a href="https://verbatimly.io/terms">Terms</a></div></div><p class="copy">&copy; 2024 Verbatimly Inc.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"shareId":"a91f3c2e","title":"The Lab Bench – Ep 12 with Elon Musk (raw)","durationSec":4144,"speakers":[{"id":"spk_0","name":"Priya Raman"},{"id":"spk_1","name":"Elon Musk"},{"id":"spk_2","name":"Speaker 3"}],"locale":"en-US"}},"page":"/s/[shareId]","query":{"shareId":"a91f3c2e"},"buildId":"vb-2024-05-02"}</script>
<script>
(function(){var a=document.getElementById('share-audio');document.querySelectorAll('.seg-ts').forEach(function(el){el.addEventListener('click',function(e){e.preventDefault();a.currentTime=parseInt(el.closest('.seg').dataset.startMs,10)/1000;a.play();});});})();
</script>
<script async src="https://app.verbatimly.io/_next/static/chunks/pages/s/%%5BshareId%%5D-4be1c0.js"></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Transcription-service share page: one <section> per speaker turn with the name in a header, every paragraph carries its own linked timestamp (mm:ss under an hour, h:mm:ss after) and data-start-ms with milliseconds; the turn starts at its first paragraph.",
                 SHOW, gold_turns(TURNS), ["Priya Raman", "Speaker 3"])
