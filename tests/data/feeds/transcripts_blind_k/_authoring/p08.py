"""k08 - conference session page (Hugo); table Time | Speaker | Transcript, minutes over 59, two Elons."""
from common import *

NAME = "k08_orbitalsummit_panel_table"
SHOW = "Orbital Futures Summit 2024"

LAB = {"S": ("Lena Sato (Moderator)", "Sato"), "E": ("Elon Musk", "Musk"), "V": ("Elon Varga", "Varga"),
       "F": ("Dr. Femi Adeyemi", "Adeyemi"), "A": ("Audience member", "Audience member")}


def m(mm, ss):
    return mm * 60 + ss


def R(spk, *rows):
    """rows: (seconds or None, text)"""
    return {"spk": spk, "t": rows[0][0], "rows": list(rows), "paras": [r[1] for r in rows]}


TURNS = [
    R("S", (m(58, 34), "Good afternoon, everyone, let’s get started. I’m Lena Sato, and I’m delighted to have three people on this stage who have actually landed things."),
           (m(58, 49), "Elon Musk joins us in person, Elon Varga is here from Kestrel Launch, and Dr. Femi Adeyemi from the Lagos Institute of Aerospace.")),
    R("E", (m(59, 2), "Thanks, Lena. Glad to be here.")),
    R("V", (m(59, 5), "Happy to be here. And yes, there are two Elons on this panel, so please use surnames or we’ll both answer.")),
    R("S", (m(59, 14), "Noted! Mr. Musk, let’s start with you. What was the hardest part of making a booster reusable?")),
    R("E", (m(59, 24), "Honestly, convincing people it was worth trying. The engineering was very hard, but the bigger problem early on was that everyone knew it couldn’t be done."),
           (m(59, 38), "Then once the first one landed, everyone knew it was obvious.")),
    R("S", (m(59, 46), "Right.")),
    R("E", (m(59, 47), "And the second hardest thing was turnaround. Landing once is a stunt. Landing and flying again a few weeks later is a business.")),
    R("V", (m(60, 3), "I’d add that for a small company, reuse changes your cash flow before it changes your cost. As Musk said on this stage two years ago, “reuse is a business model before it is a technology.” We found that to be exactly true.")),
    R("F", (m(60, 29), "Can I push back a little? For a lot of countries, reuse isn’t the bottleneck. Access is."),
           (m(60, 41), "We have brilliant engineers and nowhere to launch from.")),
    R("E", (m(60, 50), "That’s a fair point. I think launch sites are going to become much more distributed. There’s no law of physics that says rockets only fly from a handful of places.")),
    R("F", (m(61, 7), "Then I’ll hold you to that.")),
    R("E", (None, "Please do.")),
    R("S", (m(74, 12), "We have a few minutes for audience questions. Yes, in the front.")),
    R("A", (m(74, 18), "Question for Mr. Varga and Mr. Musk: what would you do differently if you started today?")),
    R("V", (m(74, 27), "I’d hire test engineers before design engineers.")),
    R("E", (m(74, 33), "I’d spend more time on the factory from day one. We treated production as an afterthought early on, and that cost us years."),
           (m(74, 45), "Also, I’d make fewer predictions about dates.")),
    R("S", (m(74, 49), "On that note, please thank our panel!")),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, (tm, txt) in enumerate(t["rows"]):
            tc = "" if tm is None else '<a href="https://vod.orbitalsummit.org/day2-main-stage#t=%d">%s</a>' % (tm, mmss_over(tm))
            sp = esc(lab) if i == 0 else ""
            out.append("<tr>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n</tr>" % (tc, sp, esc(txt)))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Panel: Reusability Everywhere | Orbital Futures Summit 2024</title>
<meta name="description" content="Transcript of the Day 2 main-stage panel with Elon Musk, Elon Varga and Dr. Femi Adeyemi, moderated by Lena Sato.">
<link rel="stylesheet" href="/css/main.min.3f1c5d8e.css" integrity="sha256-3q2+7wY0kQ9vB1nFh6H2mZ0Zs2l8pVdXoE4cR1tUe0A=" crossorigin="anonymous">
<link rel="alternate" type="application/rss+xml" href="https://orbitalsummit.org/sessions/index.xml" title="Orbital Futures Summit">
</head>
<body class="page-session">
<header class="site-header">
  <a class="brand" href="https://orbitalsummit.org/">Orbital Futures Summit <span class="edition">2024 · Lisbon</span></a>
  <nav class="nav"><ul>
    <li><a href="/programme/">Programme</a></li><li><a class="active" href="/sessions/">Sessions</a></li><li><a href="/speakers/">Speakers</a></li><li><a href="/partners/">Partners</a></li><li><a href="/tickets/" class="btn">2025 tickets</a></li></ul></nav>
</header>
<main class="container">
  <nav class="crumbs"><a href="/sessions/">Sessions</a> / <a href="/sessions/day-2/">Day 2</a> / Reusability Everywhere</nav>
  <article class="session">
    <h1>Panel: Reusability Everywhere</h1>
    <p class="session-meta"><span class="stage">Main Stage</span> · <time datetime="2024-10-17T15:00:00+01:00">Thursday 17 October 2024, 15:00</time> · 50 min</p>
    <section class="speakers">
      <h2>Speakers</h2>
      <ul class="speaker-cards">
        <li class="speaker-card"><img src="/img/speakers/lena-sato.jpg" alt="" width="72" height="72"><h3>Lena Sato</h3><p>Science editor, Orbital Review (moderator)</p></li>
        <li class="speaker-card"><img src="/img/speakers/elon-musk.jpg" alt="" width="72" height="72"><h3>Elon Musk</h3><p>CEO &amp; Chief Engineer, SpaceX</p></li>
        <li class="speaker-card"><img src="/img/speakers/elon-varga.jpg" alt="" width="72" height="72"><h3>Elon Varga</h3><p>Co-founder &amp; CTO, Kestrel Launch</p></li>
        <li class="speaker-card"><img src="/img/speakers/femi-adeyemi.jpg" alt="" width="72" height="72"><h3>Dr. Femi Adeyemi</h3><p>Director, Lagos Institute of Aerospace</p></li>
      </ul>
    </section>
    <section class="abstract">
      <h2>About this session</h2>
      <p>Ten years ago, landing an orbital booster was a stunt. Today it is routine for one company and a goal for dozens. Our panel discusses what it takes to make reuse pay off, and who gets left out.</p>
    </section>
    <section class="video"><h2>Watch</h2><p>The session starts at 58:30 in the <a href="https://vod.orbitalsummit.org/day2-main-stage">Day 2 main-stage recording</a>. Times below refer to that recording.</p></section>
    <section class="transcript">
      <h2 id="transcript">Transcript</h2>
      <p><em>Transcribed by volunteers from the conference recording. Minor edits for readability.</em></p>
<table>
<thead>
<tr>
<th>Time</th>
<th>Speaker</th>
<th>Transcript</th>
</tr>
</thead>
<tbody>
%s
</tbody>
</table>
    </section>
    <section class="tags"><a href="/tags/reusability/">#reusability</a> <a href="/tags/launch/">#launch</a> <a href="/tags/access-to-space/">#access-to-space</a></section>
    <nav class="pager"><a class="prev" href="/sessions/day-2/keynote-space-weather/">&larr; Keynote: Space weather for operators</a> <a class="next" href="/sessions/day-2/fireside-orbital-debris/">Fireside: Who cleans up orbit? &rarr;</a></nav>
  </article>
</main>
<footer class="site-footer"><p>&copy; 2024 Orbital Futures Association. Site built with <a href="https://gohugo.io/">Hugo</a>. <a href="/code-of-conduct/">Code of conduct</a> · <a href="/privacy/">Privacy</a></p></footer>
<script src="/js/bundle.min.9e21aa.js" defer></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Markdown-rendered table with columns Time | Speaker | Transcript; time is a link to '#t=<seconds>' showing mm:ss with minutes over 59; the speaker cell is filled only on a turn's first row ('Elon Musk' then 'Musk'), rows with an empty speaker cell continue the turn, and one of his turns has an empty time cell.",
                 SHOW, gold_turns(TURNS),
                 ["Lena Sato (Moderator)", "Sato", "Elon Varga", "Varga", "Dr. Femi Adeyemi", "Adeyemi", "Audience member"])
