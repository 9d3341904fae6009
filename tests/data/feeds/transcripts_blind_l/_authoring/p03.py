from common import *

NAME = "l03_scribely-share"
# (spk, [(start_float, text), ...])  continuation segments share the speaker
rows = [
 ("H", [(3490.52, "Okay, we're back. For those of you who just came in from the coffee line, we're doing open questions now. Elon, you okay to keep going?")]),
 ("E", [(3498.91, "Yeah."),]),
 ("H", [(3500.07, "Great. First hand up, over there in the blue jacket.")]),
 ("S", [(3506.4, "Hi, thanks. I run a small machine shop, about forty people. My question is how you decide when to build a part in-house versus buy it. We go back and forth on this constantly.")]),
 ("E", [(3521.66, "So the first question I'd ask is whether the supplier's price is close to the raw material cost. If the part costs ten times what the aluminum in it costs, that's a sign the process is inefficient, and maybe you can do it better."),
        (3560.2, "But you have to be honest about whether you actually can. Most of the time the answer is still buy, because the supplier has done it a million times and you haven't."),
        (3589.03, "The exception is when the part is on your critical path and the supplier is slow. Then you bring it in-house even if it's more expensive at first, because schedule is worth more than the unit cost.")]),
 ("H", [(3640.88, "Can I push on that? A lot of people in this room don't have the cash to bring anything in-house.")]),
 ("E", [(3665.12, "Totally. Then I'd say pick one part, the one that hurts the most, and just do that one. Don't try to vertically integrate everything at once. That's how you run out of money.")]),
 ("H", [(3701.5, "Next question. Yes, you in the front.")]),
 ("S", [(3705.77, "You've said before that the best process is no process. How do you square that with quality control in aerospace, where you need a ton of process?")]),
 ("E", [(3860.42, "I don't think I said exactly that, but I get the spirit of it. The point is that every requirement should have a name attached to it, a person, not a department. If a requirement comes from a department, nobody can tell you why it exists, and you can't ever delete it."),
        (3902.0, "In aerospace, sure, there are a lot of requirements that are genuinely needed. But even there, maybe twenty percent of them are left over from some problem that nobody remembers anymore.")]),
 ("H", [(3962.31, "That's a good place for a quick plug: the workshop on requirements is this afternoon in Room B.")]),
 ("E", [(3970.0, "Oh, nice. Go to that, it's probably more useful than me.")]),
 ("S", [(4245.9, "Last one from me. What's the most common mistake you see smart engineers make?")]),
 ("E", [(4248.18, "Optimizing something that shouldn't exist. It's incredibly common. You take a part and make it lighter and cheaper and faster to make, and then six months later you realize you could have just deleted the part.")]),
 ("H", [(4380.0, "Alright, I think that's time. Thank you all, and thank you, Elon.")]),
 ("E", [(4383.64, "Thanks, everyone. Good questions.")]),
]
NAMES = {"H": "Hollis Grant", "E": "Elon Musk", "S": "Speaker 3"}
AV = {"H": "HG", "E": "EM", "S": "S3"}
turns = []
for spk, segs in rows:
    turns.append(Turn(spk, segs[0][0], *[esc(x) for _, x in segs], musk=(spk == "E"), times=[t for t, _ in segs]))

out = []
n = 0
for tr in turns:
    for i, (p, tm) in enumerate(zip(tr.paras, tr.times)):
        n += 1
        if i == 0:
            head = ('<div class="segment-header"><div class="avatar avatar--%s" aria-hidden="true">%s</div>'
                    '<span class="speaker-name" data-speaker-id="%s">%s</span>'
                    '<a class="segment-timestamp" href="#t=%s" aria-label="Play from %s">%s</a></div>') % (
                tr.spk.lower(), AV[tr.spk], tr.spk, NAMES[tr.spk], tm, mmss(tm), mmss(tm))
            cls = "segment"
        else:
            head = '<div class="segment-header segment-header--cont"><a class="segment-timestamp" href="#t=%s">%s</a></div>' % (tm, mmss(tm))
            cls = "segment segment--continued"
        out.append('<div class="%s" id="seg-%d" data-start="%s" data-speaker="%s">%s<div class="segment-text">%s</div></div>' % (
            cls, n, tm, NAMES[tr.spk], head, p))
transcript = "\n".join(out)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Founders Breakfast Q&amp;A (part 2) &ndash; Scribely</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders Breakfast Q&amp;A (part 2)">
<meta property="og:description" content="Shared transcript &middot; 15 min &middot; 3 speakers">
<link rel="stylesheet" href="https://static.scribely.app/share/app.4e1c9d.css">
<style>.segment{display:grid;grid-template-columns:1fr;margin:0 0 14px}.segment--continued .segment-header{opacity:.55}.avatar{width:28px;height:28px;border-radius:50%%;display:inline-flex}</style>
</head>
<body class="share-page">
<header class="share-topbar"><a class="logo" href="https://scribely.app/?utm_source=share">Scribely</a>
<nav><a href="https://scribely.app/pricing">Pricing</a><a href="https://scribely.app/login">Log in</a><a class="btn btn--primary" href="https://scribely.app/signup?ref=share">Try Scribely free</a></nav></header>
<main class="share-layout">
<section class="conversation-meta">
<h1 class="conversation-title">Founders Breakfast Q&amp;A (part 2)</h1>
<p class="conversation-sub"><span>Recorded Oct 19, 2023</span> &middot; <span>9:58 AM</span> &middot; <span>15 min</span> &middot; <span>Shared by Hollis Grant</span></p>
<p class="conversation-note">Part 2 of the breakfast recording; the timer continues from part 1, so timestamps start at 58:10.</p>
<div class="audio-bar"><button class="play" aria-label="Play">&#9654;</button><div class="scrubber"><div class="scrubber-fill" style="width:0%%"></div></div><span class="time-current">58:10</span><span class="time-total">73:10</span><button class="speed">1.0x</button></div>
</section>
<aside class="ai-panel">
<h2>Scribely AI Outline <span class="badge">Beta</span></h2>
<div class="ai-summary"><h3>Summary</h3><p>Open Q&amp;A from a founders' breakfast. Topics include make-versus-buy decisions for small manufacturers, requirements in aerospace, and common engineering mistakes.</p></div>
<div class="ai-outline"><h3>Outline</h3><ul>
<li><span class="ol-time">58:41</span> Elon Musk: compare supplier price to raw material cost before deciding to build in-house</li>
<li><span class="ol-time">64:20</span> Elon Musk: every requirement should have a person's name attached</li>
<li><span class="ol-time">70:48</span> Elon Musk: the most common mistake is optimizing a part that should not exist</li>
</ul></div>
<div class="ai-keywords"><h3>Keywords</h3><span class="kw">vertical integration</span> <span class="kw">requirements</span> <span class="kw">supplier</span> <span class="kw">critical path</span> <span class="kw">aerospace</span></div>
<div class="ai-actions"><h3>Action items</h3><ul><li>Hollis Grant to share Room B workshop slides with attendees</li></ul></div>
</aside>
<section class="transcript" aria-label="Transcript">
<div class="transcript-toolbar"><button>Copy</button><button>Export</button><label><input type="checkbox" checked> Show timestamps</label><input type="search" placeholder="Search transcript"></div>
<div class="speakers-legend"><span class="legend-item">Hollis Grant</span><span class="legend-item">Elon Musk</span><span class="legend-item">Speaker 3</span></div>
%s
</section>
</main>
<footer class="share-footer"><p>Transcribed by <a href="https://scribely.app">Scribely</a> &middot; Accuracy may vary. <a href="https://scribely.app/terms">Terms</a> &middot; <a href="https://scribely.app/privacy">Privacy</a></p></footer>
<script>window.__SHARE__={"id":"q8Zt2LmN","duration":915.2,"offset":3490.52,"speakers":["Hollis Grant","Elon Musk","Speaker 3"]};</script>
<script src="https://static.scribely.app/share/app.4e1c9d.js" defer></script>
</body>
</html>
""" % transcript

emit(NAME, page, turns,
     fmt="Transcription-service share page: one div per segment with speaker name and a linked mm:ss timestamp where minutes run past 59 (58:10 ... 73:03), exact start in data-start with fractions; continuation segments of the same speaker carry only a timestamp.",
     show="Founders Breakfast Q&A (Scribely share)", others=["Hollis Grant", "Speaker 3"])
