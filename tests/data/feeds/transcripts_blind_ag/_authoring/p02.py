from lib import *

NAME = "ag02_verbatik-share-groundloop"
SHOW = "Ground Loop"
FMT = ("Transcription-service share page; one block per paragraph with data-start seconds (with milliseconds) and a "
       "displayed mm:ss or h:mm:ss button; the speaker name is shown only on the first block of a turn; "
       "a collapsed plain-text export repeats the transcript.")

M, E, TB = "Maren Oduya", "Elon Musk", "Tobi (producer)"
# (who, [(start_seconds_float, text), ...])
T = [
 (M, [(3412.20, "Okay, we're back. We've been going for almost an hour, which I promised your team we wouldn't do."),
      (3419.95, "So let me ask the question I actually came here to ask. Why batteries in a house at all?")]),
 (E, [(3426.48, "Because the grid is basically a giant just-in-time system with almost no storage, and that's insane when you think about it."),
      (3437.02, "Every home with a battery is a little shock absorber. Put a few million of them together and you've got a power plant that nobody had to build."),
      (3449.70, "And the solar part pays for it, eventually. Not instantly. Eventually.")]),
 (M, [(3458.11, "People hear 'eventually' and they hear 'never.'")]),
 (E, [(3461.90, "Sure. That's a fair criticism for the early years. The payback used to be fifteen years. Now in a lot of places it's under eight, and it keeps dropping.")]),
 (TB, [(3475.30, "Sorry, sorry, we lost the second camera, give us ten seconds.")]),
 (M, [(3486.00, "Camera's back. Let's stay on cost for a minute. What's the part of the system that still surprises you by how expensive it is?")]),
 (E, [(3494.64, "Installation. By far. The hardware keeps getting cheaper and then someone has to climb on a roof, and roofs are all different."),
      (3506.20, "Honestly, the permitting is almost worse than the roof. In some towns you wait longer for a stamp than it takes to install the thing."),
      (3590.85, "Sorry, I went on a long tangent there about inspectors. You can cut that."),
      (3601.40, "The point is the paperwork should take a day, not two months.")]),
 (M, [(3612.75, "We will absolutely not cut that. Last one. Ten years from now, what's in the garage?")]),
 (E, [(3619.33, "A car that drives itself, a battery on the wall, and probably a lot of boxes, because garages are for boxes.")]),
 (M, [(3628.90, "That's the most honest answer I've had all season.")]),
 (E, [(3632.10, "Ha. Thanks.")]),
 (M, [(3637.45, "Elon Musk, thank you. That's Ground Loop for this week.")]),
]

COLORS = {M: "#2f7ed8", E: "#d8572f", TB: "#6a9f2b"}

def build():
    g = Gold(SHOW, FMT)
    blocks, plain = [], []
    sid = 0
    for who, segs in T:
        if who == E:
            g.elon(segs[0][0], segs[0][1])
        else:
            g.other(who)
        plain.append("%s  %s\n%s" % (who, hms_short(segs[0][0]), " ".join(s[1] for s in segs)))
        for i, (st, text) in enumerate(segs):
            sid += 1
            spk = ('<span class="vb-spk" style="color:%s">%s</span>' % (COLORS[who], esc(who))) if i == 0 else '<span class="vb-spk vb-spk--cont" aria-hidden="true"></span>'
            blocks.append('<div class="vb-seg" id="seg-%d" data-start="%.2f" data-speaker-id="%d">\n  <div class="vb-meta">%s<button class="vb-ts" type="button" data-seek="%.2f">%s</button></div>\n  <p class="vb-text">%s</p>\n</div>'
                          % (sid, st, list(COLORS).index(who) + 1, spk, st, hms_short(st), esc(text)))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ground Loop #88 (full interview) &middot; Shared transcript &middot; Verbatik</title>
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://cdn.verbatik.io/app/share.4f1c2a.css">
<style>.vb-seg{display:grid;grid-template-columns:160px 1fr;gap:12px;padding:6px 0}.vb-spk--cont{display:none}.vb-ts{border:0;background:none;color:#888;cursor:pointer}</style>
</head>
<body class="vb-share">
<div id="vb-app">
<header class="vb-topbar"><a class="vb-logo" href="https://verbatik.io/">Verbatik</a><span class="vb-badge">Shared with link</span><a class="vb-cta" href="https://verbatik.io/signup?ref=share">Try Verbatik free</a></header>
<section class="vb-doc-head">
<h1 class="vb-title">Ground Loop #88 (full interview)</h1>
<ul class="vb-facts"><li>Duration 1:00:52</li><li>Language English (US)</li><li>3 speakers</li><li>Uploaded by groundloop-audio</li></ul>
<div class="vb-player" data-src="https://media.verbatik.io/s/8f2c1/audio.m4a"><button class="vb-play" aria-label="Play">&#9654;</button><div class="vb-scrub"><span class="vb-cur">56:52</span> / <span class="vb-dur">1:00:52</span></div><select class="vb-rate"><option>1x</option><option>1.5x</option><option>2x</option></select></div>
<p class="vb-excerpt-note">Excerpt shared from 56:52 to 1:00:52.</p>
</section>
<div class="vb-tabs"><button class="is-active">Transcript</button><button>Summary</button><button>Speakers</button></div>
<main class="vb-transcript" role="main">
%s
</main>
<section class="vb-export">
<details>
<summary>Plain text export (.txt)</summary>
<pre class="vb-plain">%s</pre>
</details>
</section>
<footer class="vb-foot"><p>Transcribed automatically by Verbatik. Accuracy may vary. <a href="https://verbatik.io/report">Report this transcript</a></p><p>&copy; 2025 Verbatik Labs</p></footer>
</div>
<script>window.__VB_SHARE__={"docId":"8f2c1","speakers":[{"id":1,"name":"Maren Oduya"},{"id":2,"name":"Elon Musk"},{"id":3,"name":"Tobi (producer)"}],"offset":3412.2};</script>
<script src="https://cdn.verbatik.io/app/share.4f1c2a.js" defer></script>
</body>
</html>
""" % ("\n".join(blocks), esc("\n\n".join(plain)))
    write(NAME, page, g)
