from lib import *

NAME = "ae03_scribely-share"
SHOW = "Founders Desk"
R, S3 = "RH", "S3"

# times are in milliseconds here
turns = [
    T(R, "Rhea Hollis", 4520,
      "Okay, we're rolling.", "This is Founders Desk, I'm Rhea Hollis, and I'm sitting in a tunnel.", "Literally.", "Elon, where are we?"),
    T(EM, "Elon Musk", 12980,
      "We're about forty feet under a parking lot in Las Vegas.", "This is one of the Loop stations that's still under construction, so mind the cables."),
    T(R, "Rhea Hollis", 22310,
      "Why tunnels?", "I feel like everyone asks this, but I'm going to ask it anyway."),
    T(EM, "Elon Musk", 27050,
      "Because cities are three-dimensional and roads are two-dimensional.", "You can stack tunnels basically as deep as you want.",
      "There's no real limit to how many layers you can have, whereas a freeway is one layer and maybe a flyover.",
      "So if you want to fix traffic you have to go 3D, either up or down, and up has weather and falling objects."),
    T(S3, "Speaker 3", 71400, "Sorry, Rhea, can we hold?", "There's a loader backing up."),
    T(R, "Rhea Hollis", 76900, "Sure.", "Okay, we're good."),
    T(EM, "Elon Musk", 83120, "Good.", "So where was I. Layers."),
    T(R, "Rhea Hollis", 88000, "Layers.", "And the cost, because the old number people quote is a billion dollars a mile."),
    T(EM, "Elon Musk", 95340,
      "The cost per mile was the whole problem.", "If tunnels were cheap, cities would have built them everywhere a hundred years ago.",
      "So we spent most of the early years on the boring machine itself, pun intended, making it tunnel faster and continuously instead of stopping to put in the lining."),
    T(R, "Rhea Hollis", 1840770, "Let's switch to Neuralink for a minute.", "How are the first patients doing?"),
    T(EM, "Elon Musk", 1851200,
      "It's going well.", "The first patients can control a cursor just by thinking, and they're doing it for many hours a day, which is the real test.",
      "A demo is easy; using it every day to play chess or send messages is hard."),
    T(R, "Rhea Hollis", 3541090, "We're almost at an hour, which is longer than I promised your team.", "One more?"),
    T(EM, "Elon Musk", 3552600, "Sure."),
    T(R, "Rhea Hollis", 3554000, "What are you most wrong about?"),
    T(EM, "Elon Musk", 3561000,
      "Timelines, probably.", "I'm usually right about what will happen and wrong about when.",
      "Although I'd say being early is a better failure than being never."),
    T(R, "Rhea Hollis", 3795020, "Elon, thank you."),
    T(EM, "Elon Musk", 3799880, "Thanks, Rhea.", "Watch your head on the way out."),
]

SPK_ID = {R: "spk_1", EM: "spk_2", S3: "spk_3"}
INIT = {R: "RH", EM: "EM", S3: "S3"}


def render_turns():
    out = []
    for i, t in enumerate(turns):
        ms = t["t"]
        end = turns[i + 1]["t"] - 300 if i + 1 < len(turns) else ms + 2200
        sents = []
        step = max(1, (end - ms) // max(1, len(t["paras"])))
        for j, s in enumerate(t["paras"]):
            sents.append('<span class="sc-sent" data-ms="%d">%s</span>' % (ms + j * step, s))
        out.append(
            '<div class="sc-segment" data-speaker-id="%s" data-start-ms="%d" data-end-ms="%d">\n'
            '  <div class="sc-seg-head"><span class="sc-avatar" aria-hidden="true">%s</span>'
            '<span class="sc-speaker">%s</span><span class="sc-time">%s</span></div>\n'
            '  <div class="sc-seg-body">%s</div>\n</div>'
            % (SPK_ID[t["spk"]], ms, end, INIT[t["spk"]], t["label"], adaptive(ms // 1000), " ".join(sents)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Founders Desk 212 - Loop station w/ Elon (raw) | Scribely</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders Desk 212 - Loop station w/ Elon (raw)">
<meta property="og:description" content="Shared with Scribely. Transcribe meetings, interviews and podcasts in minutes.">
<link rel="stylesheet" href="https://static.scribely.io/app/share.4e81c0.css">
<style>.sc-segment{display:grid;grid-template-columns:40px 1fr;margin:14px 0}.sc-avatar{width:28px;height:28px;border-radius:50%;background:#e6eefc;font-size:11px;display:inline-flex;align-items:center;justify-content:center}.sc-time{color:#8a94a6;margin-left:8px;font-variant-numeric:tabular-nums}.sc-sent:hover{background:#fff7cc}</style>
</head>
<body class="share-page">
<header class="sc-topbar"><a class="sc-logo" href="https://scribely.io">Scribely</a><nav class="sc-topnav"><a href="https://scribely.io/pricing">Pricing</a><a href="https://scribely.io/login">Log in</a><a class="sc-btn sc-btn-primary" href="https://scribely.io/signup?ref=share">Try Scribely free</a></nav></header>
<main class="sc-share">
<div class="sc-share-head">
<h1 class="sc-title">Founders Desk 212 - Loop station w/ Elon (raw)</h1>
<div class="sc-meta"><span>Shared by <b>Tobias Renn</b></span> &middot; <span>Recorded Jun 18, 2024</span> &middot; <span>1h 3m</span> &middot; <span>3 speakers</span></div>
</div>
<div class="sc-player" data-audio="https://cdn.scribely.io/a/4f0c2b81/audio.m4a"><button class="sc-play" aria-label="Play">&#9654;</button><div class="sc-progress"><div class="sc-progress-fill" style="width:0%"></div></div><span class="sc-clock">0:00 / 1:03:22</span><select class="sc-rate"><option>1x</option><option>1.5x</option><option>2x</option></select></div>
<section class="sc-ai-panel" aria-label="Scribely AI">
<h2>Scribely AI summary <span class="sc-beta">beta</span></h2>
<p>Recorded inside an unfinished Loop station in Las Vegas, Rhea Hollis and Elon Musk discuss why tunnels scale better than roads, the cost per mile of tunnelling, early Neuralink patients, and what he is most often wrong about.</p>
<h3>Key quotes</h3>
<ul class="sc-ai-quotes">
<li><b>Elon Musk:</b> You can stack tunnels basically as deep as you want.</li>
<li><b>Elon Musk:</b> I'm usually right about what will happen and wrong about when.</li>
</ul>
<h3>Outline</h3>
<ol class="sc-outline">
<li><span class="sc-time">0:12</span> Elon Musk: where the recording takes place</li>
<li><span class="sc-time">1:35</span> Cost per mile and the boring machine</li>
<li><span class="sc-time">30:51</span> Neuralink patients</li>
<li><span class="sc-time">59:21</span> Elon Musk on timelines</li>
</ol>
<h3>Action items</h3>
<ul><li>Tobias: re-record intro without loader noise</li><li>Rhea: send Elon's team the final cut by Friday</li></ul>
<p class="sc-ai-disclaimer">AI-generated content may be inaccurate.</p>
</section>
<section class="sc-speakers"><h2>Speakers</h2>
<ul><li><span class="sc-avatar">RH</span> Rhea Hollis <span class="sc-talktime">41%</span></li><li><span class="sc-avatar">EM</span> Elon Musk <span class="sc-talktime">56%</span></li><li><span class="sc-avatar">S3</span> Speaker 3 <span class="sc-talktime">3%</span></li></ul>
</section>
<section class="sc-transcript" aria-label="Transcript">
<h2>Transcript</h2>
%(TRANSCRIPT)s
</section>
<div class="sc-cta"><p>Transcribed by Scribely. <a href="https://scribely.io/signup?ref=share-footer">Get 300 free minutes</a></p></div>
</main>
<footer class="sc-footer"><span>&copy; 2024 Scribely Inc.</span> <a href="https://scribely.io/terms">Terms</a> <a href="https://scribely.io/privacy">Privacy</a> <a href="https://scribely.io/report?share=4f0c2b81">Report abuse</a></footer>
<script>window.__SHARE__={"id":"4f0c2b81","duration_ms":3802400,"speakers":[{"id":"spk_1","name":"Rhea Hollis"},{"id":"spk_2","name":"Elon Musk"},{"id":"spk_3","name":"Speaker 3"}],"allowDownload":false};</script>
<script src="https://static.scribely.io/app/share.7b2d91.js" defer></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    # gold: seconds = truncate(ms/1000)
    gold = [[t["t"] // 1000, snippet(" ".join(t["paras"]))] for t in turns if t["spk"] == EM]
    return write(NAME, page,
                 "Transcription-service share page; each speaker segment is a div with data-start-ms (milliseconds) and a header of avatar initials, speaker name and a displayed m:ss or h:mm:ss time, sentences in spans.",
                 SHOW, gold, others_from(turns))
