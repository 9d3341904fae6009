from common import *

SHOW = "Hardware Hour"

# (speaker, [(seconds_float, text), ...])  every paragraph carries its own time
SEGS = [
    ("P", [(3.2, "Okay, we’re rolling. This is Hardware Hour, I’m Priya Raman, Tom Okafor is across the table, and we have Elon Musk in the studio, which still feels strange to say.")]),
    ("T", [(14.9, "It’s a small studio. He barely fit the chair.")]),
    ("M", [(19.4, "The chair is fine. The chair is a good chair."),
           (23.0, "I would say the microphone is aimed at my forehead, but otherwise excellent.")]),
    ("P", [(31.7, "We’ll fix that. Let’s go straight to robots, because that’s what the inbox wants. Where is the humanoid program, honestly?")]),
    ("M", [(40.25, "Honestly, the hand is the hard part. People think it’s walking. Walking is mostly done. The hand has more degrees of freedom than the rest of the body put together, and the actuators have to be tiny and strong and not overheat."),
           (71.8, "We went through, I think, four complete redesigns of the forearm, because the actuators for the fingers live in the forearm, like tendons in a human."),
           (96.1, "So when someone says it should be ready next quarter, I say, which hand?")]),
    ("T", [(118.6, "And the brain side? Are you training these things the same way as the cars?")]),
    ("M", [(125.0, "Similar approach, different data. The car sees the world through cameras and outputs steering and pedals. The robot sees the world through cameras and outputs a lot more joints. It’s the same philosophy, end-to-end neural nets, lots of video.")]),
    ("S4", [(2301.5, "Sorry — can I ask one from the back? Is this on?")]),
    ("P", [(2305.0, "Go ahead, you’re on.")]),
    ("S4", [(2307.3, "What about batteries for the robot? How long does it run?")]),
    ("M", [(2313.9, "A full shift is the target. Eight hours of useful work, then it plugs itself in. Right now we are not there. We’re at maybe half that, depending on what it’s doing.")]),
    ("T", [(3702.4, "We’re past the hour, so let me do the lightning round. Favorite tool?")]),
    ("M", [(3725.48, "Calipers. No, seriously. If you can’t measure it, you can’t argue about it.")]),
    ("P", [(3760.0, "Most overrated metric in hardware?")]),
    ("M", [(3764.72, "Part count is underrated, so I’d say the overrated one is headcount. Teams that are too big make designs that are too complicated. The best part is no part."),
           (3801.33, "The best process is no process. You delete, then simplify, then speed up, then automate, in that order. Most people automate first and it’s a disaster.")]),
    ("T", [(4512.0, "And last one. What should the listeners build?")]),
    ("M", [(4518.9, "Something useful. Doesn’t have to be big. Just make it useful to someone.")]),
    ("P", [(4530.2, "That’s the show. Thanks everybody.")]),
]

LABEL = {"P": "Priya Raman", "T": "Tom Okafor", "M": "Elon Musk", "S4": "Speaker 4"}
COLOR = {"P": "#7b5cd6", "T": "#2a9d8f", "M": "#e76f51", "S4": "#8d99ae"}
INIT = {"P": "PR", "T": "TO", "M": "EM", "S4": "S4"}


def build():
    g = Gold(SHOW, "Transcription-service share page; speaker blocks with avatar initials and a name header, every paragraph carrying its own mm:ss button (minutes past 59) plus data-start-ms; the turn starts at its first paragraph.")
    blocks = []
    for who, paras in SEGS:
        lab = LABEL[who]
        if who == "M":
            g.add(paras[0][0], paras[0][1], len(paras) > 1)
        else:
            g.other(lab)
        ps = []
        for t, text in paras:
            ps.append('<p class="sl-para" data-start-ms="%d"><button class="sl-time" type="button" data-seek="%.2f" aria-label="Jump to %s">%s</button> <span class="sl-text">%s</span></p>'
                      % (int(round(t * 1000)), t, mm_ss(int(t)), mm_ss(int(t)), esc(p_ent(text))))
        blocks.append('<section class="sl-block" data-speaker-id="spk_%s">\n<header class="sl-head"><span class="sl-avatar" style="background:%s" aria-hidden="true">%s</span><span class="sl-name">%s</span></header>\n%s\n</section>'
                      % (who.lower(), COLOR[who], INIT[who], lab, "\n".join(ps)))
    page = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hardware Hour — ep 88 (final mix).mp3 · ScribeLoop</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Hardware Hour — ep 88 (final mix).mp3">
<meta property="og:description" content="Shared transcript · 1h 15m · 4 speakers">
<link rel="stylesheet" href="https://cdn.scribeloop.io/share/app.3f9a1c.css">
<style>
.sl-block{margin:0 0 18px}.sl-head{display:flex;align-items:center;gap:8px;font-weight:600}
.sl-avatar{width:26px;height:26px;border-radius:50%%;color:#fff;font-size:11px;display:inline-flex;align-items:center;justify-content:center}
.sl-time{font:12px/1 ui-monospace,monospace;color:#6b7280;background:none;border:0;cursor:pointer;margin-right:6px}
.sl-para{margin:4px 0 4px 34px}
</style>
</head>
<body class="share-view theme-light">
<div id="sl-root">
<header class="sl-topbar">
  <a class="sl-logo" href="https://scribeloop.io/?ref=share"><svg width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="#e76f51"/></svg> ScribeLoop</a>
  <div class="sl-top-actions"><a class="btn btn-ghost" href="https://scribeloop.io/login?next=/s/hh88-x7Qk2">Log in</a><a class="btn btn-primary" href="https://scribeloop.io/signup?ref=share">Transcribe your own audio — free</a></div>
</header>
<main class="sl-main">
<div class="sl-file-meta">
  <h1 class="sl-file-title">Hardware Hour — ep 88 (final mix).mp3</h1>
  <ul class="sl-facts"><li>Shared by <strong>Tom Okafor</strong></li><li>Uploaded Feb 3, 2025</li><li>1:15:44</li><li>English (US)</li><li>4 speakers</li></ul>
</div>
<div class="sl-player" data-src="https://media.scribeloop.io/s/hh88-x7Qk2/audio.m4a" data-duration="4544.1">
  <button class="sl-play" aria-label="Play">▶</button><div class="sl-scrubber"><div class="sl-progress" style="width:0"></div></div><span class="sl-clock">00:00 / 75:44</span>
  <select class="sl-rate" aria-label="Playback speed"><option>0.75×</option><option selected>1×</option><option>1.5×</option><option>2×</option></select>
</div>
<aside class="sl-summary">
  <h2>AI summary <span class="sl-beta">beta</span></h2>
  <p>Priya Raman and Tom Okafor interview Elon Musk about humanoid robots, hand actuators, battery life and engineering process.</p>
  <ul>
    <li><b>Elon Musk:</b> The hand is the hardest part of a humanoid robot; the forearm was redesigned four times.</li>
    <li><b>Elon Musk:</b> Delete, simplify, speed up, then automate — in that order.</li>
    <li><b>Speaker 4</b> asked about battery life (target: a full shift).</li>
  </ul>
  <p class="sl-summary-note">Summaries are generated automatically and may contain mistakes.</p>
</aside>
<div class="sl-transcript" id="transcript" role="document">
%s
</div>
<div class="sl-end">— End of transcript —</div>
</main>
<footer class="sl-footer"><p>Transcribed with <a href="https://scribeloop.io/?ref=share-footer">ScribeLoop</a>. Accuracy not guaranteed. <a href="https://scribeloop.io/abuse">Report this share</a> · <a href="https://scribeloop.io/privacy">Privacy</a></p></footer>
</div>
<script>window.__SL_SHARE__={"id":"hh88-x7Qk2","speakers":{"spk_p":"Priya Raman","spk_t":"Tom Okafor","spk_m":"Elon Musk","spk_s4":"Speaker 4"},"readonly":true};</script>
<script src="https://cdn.scribeloop.io/share/app.3f9a1c.js" defer></script>
<script>document.querySelectorAll('.sl-time').forEach(function(b){b.addEventListener('click',function(){window.__slSeek&&window.__slSeek(parseFloat(b.dataset.seek));});});</script>
</body>
</html>
""" % "\n".join(blocks)
    return g.write("y02_scribeloop_share", page)


def p_ent(s):
    return s


if __name__ == "__main__":
    build()
