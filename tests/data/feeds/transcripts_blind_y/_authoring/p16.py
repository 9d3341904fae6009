from common import *

SHOW = "Soil & Circuit"

# (label, [(secs_float, text)])
SEGS = [
    ("Leah Moreno", [(0.0, "This is Soil & Circuit, the podcast about food, farms and the machines in between. I’m Leah Moreno. My guest today has been building restaurants and farm programs for twenty-five years, and yes, he has a famous brother. Kimbal Musk, welcome."),]),
    ("Kimbal Musk", [(15.36, "Thanks, Leah. Happy to be here, and happy to talk about food instead of rockets for once."),]),
    ("Leah", [(22.9, "Let’s get the brother question out of the way, because the comments will ask. Does Elon ever weigh in on the restaurants?")]),
    ("Musk", [(30.415, "All the time, and he’s usually wrong. No, I’m joking. Early on, when the first restaurant was struggling, Elon said to me, “you should just automate the kitchen.” I said, you have never cooked an egg."),
              (47.02, "He has since cooked an egg. I’ve seen it. It was fine."),
              (53.77, "But honestly the thing I learned from him is to go to first principles. What does a tomato actually need? Light, water, nutrients, and someone who cares about it.")]),
    ("Leah", [(71.4, "Your vertical farms. Where are they now?")]),
    ("Musk", [(75.88, "We have container farms in eleven cities, mostly run by young farmers who’d never have been able to buy land. The container is the land."),
              (88.5, "The economics work for leafy greens and herbs. They don’t work yet for anything heavy, like potatoes. Anyone who tells you otherwise is selling you something.")]),
    (None, [(104.0, "[Clip from a 2017 TV segment plays]")]),
    ("News anchor (clip)", [(106.3, "Kimbal Musk — yes, brother of Tesla’s Elon Musk — says the future of food is local. His brother, asked about it, reportedly said: the future is Mars, but you still have to eat.")]),
    ("Leah", [(118.9, "Did he actually say that?")]),
    ("Musk", [(121.0, "He did. He thinks it’s funny. It’s sort of funny.")]),
    ("Leah", [(3601.44, "Kimbal Musk, thanks so much.")]),
    ("Kimbal", [(3604.0, "Thank you, Leah. Go plant something.")]),
]


def stamp(t):
    return "%s.%03d" % (hms(int(t)), int(round((t - int(t)) * 1000)))


def build():
    g = Gold(SHOW, "Hugo static-site episode page; an <h3> heading per speaker ('Kimbal Musk' then 'Musk' then 'Kimbal' — all Kimbal) with paragraphs below, each paragraph opening with [hh:mm:ss.mmm]; Elon Musk is discussed and quoted but never speaks.")
    out = []
    for lab, paras in SEGS:
        if lab is None:
            out.append('<p class="note"><em>%s</em></p>' % esc(paras[0][1]))
            continue
        g.other(lab)
        out.append('<h3 class="speaker">%s</h3>' % esc(lab))
        for t, text in paras:
            out.append('<p><span class="t">[%s]</span> %s</p>' % (stamp(t), esc(text, True)))
    page = """<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.128.2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#37 — Kimbal Musk: the container is the land | Soil &amp; Circuit</title>
<meta name="description" content="Kimbal Musk on vertical farms, restaurants, first principles and his brother's cooking.">
<link rel="alternate" type="application/rss+xml" href="https://soilandcircuit.fm/index.xml" title="Soil &amp; Circuit">
<link rel="stylesheet" href="/css/main.min.5e1c0b9f.css" integrity="sha256-Xq1b8R0y4mQ=" crossorigin="anonymous">
<style>.t{font-family:ui-monospace,monospace;font-size:.78em;color:#6a7a5a}.speaker{margin:1.6em 0 .3em;font-size:1rem;text-transform:none}</style>
</head>
<body class="kind-page section-episodes">
<header class="site-header"><a class="site-title" href="/">Soil &amp; Circuit</a>
<nav><ul class="menu"><li><a href="/episodes/">Episodes</a></li><li><a href="/guests/">Guests</a></li><li><a href="/about/">About</a></li><li><a href="/index.xml">RSS</a></li></ul></nav></header>
<main class="content">
<article class="episode h-entry">
<header><p class="ep-no">Episode 37</p><h1 class="p-name">Kimbal Musk: the container is the land</h1>
<p class="meta"><time class="dt-published" datetime="2025-04-22T05:00:00Z">22 Apr 2025</time> · 1:00:12 · <a href="/tags/farming/">#farming</a> <a href="/tags/food/">#food</a></p></header>
<audio controls preload="none" src="https://cdn.soilandcircuit.fm/episodes/037-kimbal-musk.mp3"></audio>
<section class="show-notes">
<h2>Show notes</h2>
<p>Kimbal Musk co-founded Zip2 with his brother Elon Musk, then went into food: restaurants, school gardens and container farms. We talk about what first principles mean for a tomato.</p>
<ul>
<li><strong>Kimbal Musk:</strong> “The container is the land.”</li>
<li><strong>Elon Musk</strong> (as recalled by Kimbal): “You should just automate the kitchen.”</li>
<li>00:00:30 — Does Elon weigh in?</li>
<li>00:01:15 — Container farms in eleven cities</li>
<li>00:01:44 — A 2017 TV clip</li>
</ul>
</section>
<section class="transcript">
<h2 id="transcript">Transcript</h2>
<p class="transcript-note"><small>Generated with Whisper, corrected by hand. Kimbal is labelled “Musk” after his first turn.</small></p>
%s
</section>
</article>
<nav class="pager"><a class="prev" href="/episodes/036-soil-sensors/">← #36 Soil sensors that pay for themselves</a><a class="next" href="/episodes/038-robot-weeders/">#38 Robot weeders →</a></nav>
</main>
<footer class="site-footer"><p>© 2025 Soil &amp; Circuit · Built with <a href="https://gohugo.io">Hugo</a> · <a href="https://github.com/soilandcircuit/site">Source</a></p></footer>
<script defer data-domain="soilandcircuit.fm" src="https://plausible.io/js/script.js"></script>
</body>
</html>
""" % "\n".join(out)
    return g.write("y16_soilandcircuit_hugo_trap", page)


if __name__ == "__main__":
    build()
