from lib import *
# o02: transcription-service share page; blocks with data-start (fractional seconds), mm:ss under an hour,
# h:mm:ss after; every paragraph of a long turn carries its own time; a played 2016 clip of him; plain-text copy repeated.
S = {'P': 'Priya Raman', 'O': 'Tom Okafor', 'E': 'Elon Musk', 'C': 'Elon Musk (2016 clip)'}
# (speaker, [(start_float, text), ...])
T = [
 ('P', [(2.10, "This is Orbital Drift, episode two-twelve. I'm Priya, Tom is here as always, and we have a guest we have been chasing for about four years.")]),
 ('O', [(11.84, "Five years. I have the emails.")]),
 ('E', [(14.52, "Sorry about that. The inbox is not a place where things go to be answered.")]),
 ('P', [(20.07, "Before we start, we dug up a clip. This is you at a conference in 2016, talking about reusability. Let's play it.")]),
 ('C', [(29.90, "If you can figure out how to effectively reuse rockets just like airplanes, the cost of access to space will be reduced by as much as a factor of a hundred.")]),
 ('O', [(44.31, "So, eight-ish years later. Factor of a hundred?")]),
 ('E', [(47.66, "Not a hundred yet. On the booster side we're doing well; the upper stage is still thrown away on most missions, and that's the bulk of the remaining cost."),
        (71.02, "Full reuse of both stages is the whole game. Everything else is a rounding error compared to that."),
        (83.45, "And to be clear, we've blown up a lot of hardware getting here. That's intentional. Test flights are supposed to find the limits.")]),
 ('P', [(97.80, "Did you ever think the 2016 version of you was wrong?")]),
 ('E', [(101.26, "Yes.")]),
 ('P', [(102.01, "About what?")]),
 ('E', [(103.55, "Mostly about timelines. The physics was right, the schedule was fantasy. That's sort of a recurring pattern with me, I'm told.")]),
 ('O', [(2141.70, "Okay, listener questions. Someone asked whether the ship will ever carry cargo to the Moon for other companies.")]),
 ('E', [(2150.93, "It should. Once you have a vehicle that can land and refuel, a lot of things that were science fiction become logistics problems.")]),
 ('P', [(3561.40, "We're at an hour, which is our hard stop. Any last thing?")]),
 ('E', [(3566.12, "Just that people should go watch a launch in person if they can. Video doesn't capture the sound. It hits you in the chest."),
        (3604.88, "That's it. Thanks for having me, and sorry again about the emails.")]),
 ('O', [(3612.30, "We'll frame them. Thanks, Elon.")]),
]
blocks, plain = [], []
for k, paras in T:
    lab = S[k]
    t0 = paras[0][0]
    ps = ''.join(f'<p class="tx-para" data-start="{t:.2f}"><span class="tx-ptime">{yt(int(t))}</span> {esc(x)}</p>' for t, x in paras)
    blocks.append(f'''<div class="tx-block" data-speaker-id="{list(S).index(k)}" data-start="{t0:.2f}">
 <div class="tx-meta"><span class="tx-speaker">{esc(lab)}</span></div>
 {ps}
</div>''')
    plain.append(f'{esc(lab)} ({yt(int(t0))}):\n' + '\n'.join(esc(x) for _, x in paras))
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Orbital Drift Ep 212 w/ Elon Musk - Shared transcript | Scribewell</title>
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.scribewell.io/app/share.8c1f2e.css">
<style>.tx-ptime{{color:#8a8f98;font-size:12px;margin-right:6px}}.tx-speaker{{font-weight:600}}</style>
</head>
<body>
<div id="app">
<header class="sw-topbar"><a class="sw-logo" href="https://scribewell.io">Scribewell</a><span class="sw-shared">Shared by <b>orbitaldrift</b> · view only</span><a class="sw-cta" href="https://scribewell.io/signup">Try Scribewell free</a></header>
<section class="sw-file">
<h1 class="sw-title">Orbital Drift Ep 212 w/ Elon Musk</h1>
<div class="sw-fileinfo">Duration 1:00:21 · 3 speakers · English (US) · Uploaded Feb 2, 2025</div>
<div class="sw-player" data-src="https://cdn.scribewell.io/media/8f2ac1/audio.m4a"><button class="sw-play" aria-label="Play">▶</button><span class="sw-clock">0:00 / 1:00:21</span></div>
</section>
<section class="sw-summary">
<h2>AI summary <span class="sw-beta">beta</span></h2>
<ul>
<li>Elon Musk: "Full reuse of both stages is the whole game."</li>
<li>Guest admits early timelines were too optimistic; says the physics held up.</li>
<li>Closing advice: watch a launch in person.</li>
</ul>
</section>
<section class="sw-transcript" id="transcript">
{chr(10).join(blocks)}
</section>
<details class="sw-export"><summary>Plain text export (.txt preview)</summary>
<pre class="sw-plain">{chr(10).join(plain)}</pre>
</details>
<footer class="sw-footer">Transcribed with Scribewell · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/report">Report this share</a></footer>
</div>
<script src="https://static.scribewell.io/app/share.41b7aa.js" defer></script>
<script>window.__SW_SHARE__={{"id":"8f2ac1","speakers":["Priya Raman","Tom Okafor","Elon Musk","Elon Musk (2016 clip)"],"locale":"en-US"}};</script>
</body>
</html>
'''
write('o02_scribewell_share', page, 'Orbital Drift',
      'Transcription-service share page: div blocks with a speaker name and data-start in fractional seconds; every paragraph prints its own time (m:ss under an hour, h:mm:ss after); a played 2016 clip of him labelled "Elon Musk (2016 clip)"; the whole transcript repeated in a collapsed plain-text export.',
      [(int(p[0][0]), p[0][1]) for k, p in T if k in 'EC'], ['Priya Raman', 'Tom Okafor'])
