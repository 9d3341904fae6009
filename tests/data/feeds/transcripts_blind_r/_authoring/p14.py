"""r14 - public-radio transcript: plain paragraphs 'NAME, ROLE: text' in capitals (no bold), an archived
soundbite of him, then live interview as 'MUSK:'; only some turns carry a jump link '#t=seconds' before the label."""
from common import turn, short, check_no_adjacent

SLUG = "r14_northwind_public_radio"
SHOW = "Northwind Weekend"

T = [
    ("F", "ADA FENWICK, HOST", 0, ["This is NORTHWIND WEEKEND. I&#x27;m Ada Fenwick. Starship has flown again, and this week the company said the next flight could carry its first real payload. We&#x27;ll hear from Elon Musk in a moment. But first, some background from our science correspondent Tomas Reyes."]),
    ("R", "TOMAS REYES, BYLINE", 18, ["Ada, the big change on this flight was the heat shield. On earlier flights, tiles came off during reentry, and engineers spent months redesigning how they attach. Back in 2023, Musk described the whole program like this."]),
    ("X", None, None, ["(SOUNDBITE OF ARCHIVED RECORDING)"]),
    ("E", "ELON MUSK", None, ["The goal is to learn as much as possible on each flight. If we knew exactly what was going to happen, we wouldn&#x27;t need to fly it."]),
    ("R", "REYES", 41, ["Engineers I spoke to say that philosophy, fly, break, fix, is still very much in place. What&#x27;s different now is that outside customers are starting to pay attention."]),
    ("F", "FENWICK", 63, ["Tomas Reyes, thank you."]),
    ("R", "REYES", None, ["You&#x27;re welcome, Ada."]),
    ("F", "FENWICK", 70, ["Musk once said, quote, &quot;failure is an option here. If things are not failing, you are not innovating enough.&quot; I asked him this week whether that still applies when the payload belongs to somebody else. Elon Musk joins us now from Texas. Welcome."]),
    ("E", "MUSK", 88, ["Thanks, Ada. It&#x27;s a fair question. There are really two modes. In development you want to push hard and find the failure points, because that&#x27;s where the learning is.",
                       "Once you&#x27;re flying for customers, you want the opposite: boring, repeatable, nothing surprising. The trick is running both at the same time without mixing them up."]),
    ("F", "FENWICK", None, ["So customers won&#x27;t be riding on the test flights."]),
    ("E", "MUSK", None, ["Not on the risky ones, no. We&#x27;d fly our own satellites first. If something goes wrong, it&#x27;s our loss, not theirs."]),
    ("F", "FENWICK", 140, ["How close is the ship to carrying people?"]),
    ("E", "MUSK", 146, ["Closer than it looks from the outside, further than I&#x27;d like. I think we need many successful flights in a row, dozens, before we put people on it."]),
    ("F", "FENWICK", None, ["Dozens."]),
    ("E", "MUSK", 171, ["Dozens. Airliners are safe because they&#x27;ve flown millions of times. We&#x27;re at the very beginning of that curve."]),
    ("F", "FENWICK", 185, ["Elon Musk, thank you."]),
    ("E", "MUSK", None, ["Thank you."]),
    ("F", "FENWICK", 190, ["That&#x27;s Elon Musk, CEO of SpaceX. Coming up, why your city&#x27;s streetlights are getting dimmer, on purpose."]),
    ("X", None, None, ["(SOUNDBITE OF MUSIC)"]),
]
check_no_adjacent([(s, t, p) for s, l, t, p in T])
AUDIO = "https://northwindradio.org/listen/2025/03/15/starship-payload"


def transcript():
    out = []
    for spk, label, t, paras in T:
        jump = f'<a class="jump" href="{AUDIO}#t={t}" title="Play from here">&#9654; {short(t)}</a> ' if t is not None else ""
        first = f"{label}: {paras[0]}" if label else paras[0]
        out.append(f"<p>{jump}{first}</p>")
        for p in paras[1:]:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Starship could carry its first payload. Elon Musk on testing vs. flying for customers : Northwind Weekend : Northwind Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Northwind Weekend host Ada Fenwick talks with Elon Musk about the next Starship flight.">
<link rel="stylesheet" href="https://media.northwindradio.org/templates/css/styles.8ac21.css">
<script>var NW_STORY = {{"id":"nw-2025-0315-0412","program":"Northwind Weekend","hasTranscript":true}};</script>
</head>
<body class="transcript-page">
<header class="global-header"><a class="nw-logo" href="https://northwindradio.org/">Northwind Public Radio</a>
<nav class="global-nav"><a href="/sections/news/">News</a><a href="/sections/arts/">Arts &amp; Life</a><a href="/music/">Music</a><a href="/programs/">Shows &amp; Podcasts</a><a href="/search/">Search</a></nav>
<a class="donate-btn" href="https://donate.northwindradio.org/">Donate</a></header>
<main id="main-section"><article class="transcript storytext">
<div class="story-meta"><a class="program-name" href="/programs/northwind-weekend/">Northwind Weekend</a> <span class="date">March 15, 2025 &middot; 8:12 AM ET</span></div>
<h1 class="transcript-title">Starship could carry its first payload. Elon Musk on testing vs. flying for customers</h1>
<div class="audio-module"><button class="audio-module-listen">Listen &middot; 3:28</button> <a class="audio-module-download" href="{AUDIO}.mp3">Download</a> <a class="audio-module-embed" href="#embed">Embed</a></div>
<p class="byline">Heard on <a href="/programs/northwind-weekend/">Northwind Weekend</a> &middot; Ada Fenwick, Tomas Reyes</p>
<p class="transcript-note">Transcript. Jump links appear on selected paragraphs.</p>
{transcript()}
<p class="disclaimer">Copyright &copy; 2025 Northwind Public Radio. All rights reserved. Visit our website terms of use and permissions pages at northwindradio.org for further information.</p>
<p class="disclaimer">Northwind transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Northwind Public Radio&rsquo;s programming is the audio record.</p>
</article>
<aside class="related"><h3>More Stories From Northwind</h3><ul>
<li><a href="/2025/03/14/heat-shield-tiles">How do you glue a tile to a rocket? Very carefully</a></li>
<li><a href="/2025/03/12/streetlights-dimming">Why your streetlights are getting dimmer, on purpose</a></li></ul></aside>
</main>
<footer class="global-footer"><ul><li><a href="/about/">About Northwind</a></li><li><a href="/ethics/">Ethics</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of Use</a></li></ul><p>&copy; 2025 Northwind Public Radio</p></footer>
<script src="https://media.northwindradio.org/templates/js/audio-player.3f0d2.js" defer></script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, label, t, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns,
                others=["ADA FENWICK, HOST", "FENWICK", "TOMAS REYES, BYLINE", "REYES"],
                format="Public-radio transcript; plain paragraphs opening 'NAME, ROLE:' or 'SURNAME:' in capitals (not bold), an archived soundbite of him labelled 'ELON MUSK:', later 'MUSK:'; only some turns have a '▶ m:ss' jump link (#t=seconds) before the label, the rest have no time.")
