from lib import *

def j11():
    M = "Claire Dubois"; EH = "Elon Halevi"; N = "Dr. Ngozi Adeyemi"
    turns = [
        T(M, 95, "Good morning and welcome to the closing panel of the Future of Energy Summit. I'm Claire Dubois. With me are Elon Musk, Elon Halevi of Solstice Fusion, and Dr. Ngozi Adeyemi from the West Africa Grid Initiative."),
        T(M, 118, "Yes, two Elons. We'll use last names to keep it straight.", same=True),
        T(E, 124, "It's a very exclusive club."),
        T(EH, 127, "Membership is closed."),
        T(M, 130, "Let's start with storage. Mr. Musk, is storage the bottleneck now?"),
        T(E, 137, "Yes, storage and transmission. Generation is basically solved with solar. The sun is a giant free fusion reactor in the sky, and we should use it."),
        T(EH, 164, "With respect, I run a fusion company, so I'd push back on that. As Elon said a minute ago, the sun is a fusion reactor. We just want a smaller one closer to the load."),
        T(M, 181, "Right."),
        T(E, 182, "Sure, and I hope you succeed. I just think the grid doesn't need to wait for it."),
        T(N, 191, "Can I bring this back to the places that have no grid at all? For a lot of my region, the question isn't storage versus fusion. It's any power versus none."),
        T(E, 212, "That's a great point. Off-grid solar plus batteries is going to leapfrog the grid in many places, same way mobile phones leapfrogged landlines."),
        T(M, 231, "Elon Halevi, last word?"),
        T(EH, 234, "Musk said leapfrog. I'll say: let's leap together."),
        T(M, 240, "Perfect. Thank you all."),
    ]
    merged = []
    for tu in turns:
        if tu.get("same"): merged[-1]["paras"] += tu["paras"]; merged[-1]["t2"] = tu["t"]
        else: merged.append(dict(tu, paras=list(tu["paras"])))
    labs = {E: ("Elon Musk, CEO of Tesla and SpaceX", "Musk"), EH: ("Elon Halevi, CEO of Solstice Fusion", "Halevi"),
            M: ("Claire Dubois (moderator)", "Dubois"), N: ("Dr. Ngozi Adeyemi", "Adeyemi")}
    seen = set(); lines = []
    for tu in merged:
        s = tu["spk"]; lab = labs[s][1] if s in seen else labs[s][0]; seen.add(s)
        lines.append(f'<p>[{hms(tu["t"], True)}] <b>{lab}:</b> {esc(tu["paras"][0])}</p>')
        if len(tu["paras"]) > 1:
            lines.append(f'<p>[{hms(tu["t2"], True)}] {esc(tu["paras"][1])}</p>')
    tr = "\n".join(lines)
    page = f'''<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.128.0">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Closing panel: Who powers the next billion? &middot; Future of Energy Summit 2026</title>
<link rel="stylesheet" href="/css/main.min.4a2b.css" integrity="sha256-q2" crossorigin="anonymous">
<link rel="alternate" type="application/rss+xml" href="/sessions/index.xml" title="FES 2026">
</head>
<body>
<header class="site-header"><div class="wrapper"><a class="site-title" href="/">Future of Energy Summit 2026</a>
<nav class="site-nav"><a class="page-link" href="/program/">Program</a><a class="page-link" href="/speakers/">Speakers</a><a class="page-link" href="/sessions/">Session transcripts</a><a class="page-link" href="/venue/">Venue</a></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post">
<header class="post-header"><h1 class="post-title">Closing panel: Who powers the next billion?</h1>
<p class="post-meta">Main stage &middot; <time datetime="2026-10-09T16:00:00+02:00">9 October 2026, 16:00</time> &middot; Lisbon</p></header>
<div class="post-content">
<h2 id="speakers">Speakers</h2>
<ul><li><b>Elon Musk</b> &mdash; CEO of Tesla and SpaceX</li><li><b>Elon Halevi</b> &mdash; CEO of Solstice Fusion</li><li><b>Dr. Ngozi Adeyemi</b> &mdash; West Africa Grid Initiative</li><li><b>Claire Dubois</b> &mdash; moderator</li></ul>
<h2 id="video">Video</h2>
<p><a href="https://video.fes2026.org/closing-panel">Watch the session recording</a>. Timestamps below refer to the recording, which begins with the stage walk-on.</p>
<h2 id="transcript">Transcript</h2>
{tr}
<p><em>Transcript prepared by the FES volunteer team. Corrections: <a href="mailto:press@fes2026.org">press@fes2026.org</a></em></p>
</div>
<nav class="post-nav"><a class="prev" href="/sessions/storage-deep-dive/">&larr; Storage deep dive</a> <a class="next" href="/sessions/closing-remarks/">Closing remarks &rarr;</a></nav>
</article></div></main>
<footer class="site-footer"><div class="wrapper"><p>Future of Energy Summit &copy; 2026. Built with Hugo. Content licensed CC BY 4.0.</p></div></footer>
<script src="/js/anchor.min.js"></script><script>anchors.add('.post-content h2');</script>
</body>
</html>'''
    write("j11_hugo_energy_panel", page,
          "Hugo static conference site; each turn a <p> '[hh:mm:ss] <b>Label:</b> text' with full 'Name, role' label first then surname, and timestamped unlabelled continuation paragraphs; two panelists named Elon.",
          "Future of Energy Summit 2026", gold_turns(merged),
          ["Claire Dubois (moderator)", "Dubois", "Elon Halevi, CEO of Solstice Fusion", "Halevi", "Dr. Ngozi Adeyemi", "Adeyemi"])
