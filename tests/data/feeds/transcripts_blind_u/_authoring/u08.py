from common import *

NAME = "u08_battery_forum_panel"
SHOW = "Battery Futures Forum 2025"
FMT = ("Static-site (Hugo) session page with a three-column table Time | Speaker | Remarks; times are <time datetime=\"PT..\"> "
       "elements shown as h:mm:ss; rows with an empty speaker cell continue the turn above; full names first, then surnames.")

IS, EM, EB, AB = "IS", "EM", "EB", "AB"
FULL = {IS: "Ingrid Solberg", EM: "Elon Musk", EB: "Elon Ben-Ami", AB: "Dr. Aisha Bello"}
SHORT = {IS: "Solberg", EM: "Musk", EB: "Ben-Ami", AB: "Bello"}
T = [
 (IS, ["0:00:05", "Welcome to the closing panel of the Battery Futures Forum. We have, I\u2019m told for the first time on one stage, two people named Elon, so I\u2019ll be using surnames this afternoon. Elon Musk, Elon Ben-Ami and Dr. Aisha Bello. Thank you all for being here."]),
 (EB, ["0:00:31", "Thank you. I\u2019ve been waiting years to be the less famous Elon on a panel."]),
 (EM, ["0:00:37", "You\u2019re the better chemist, though."]),
 (IS, ["0:00:40", "Let\u2019s start with chemistry, then. Mr. Ben-Ami, your team published the cathode result in March. What did you find?"]),
 (EB, ["0:00:49", "We found that a manganese-rich cathode can survive four thousand cycles if you control one electrolyte additive very carefully. Four thousand cycles is more than a decade of daily cycling for stationary storage.",
       "0:01:30", "Which is a long way of saying: cheap materials, careful chemistry."]),
 (IS, ["0:01:41", "Mr. Musk, does that match what you see at scale?"]),
 (EM, ["0:01:46", "Broadly, yes. The trend is toward cheaper cathodes for stationary storage, and keeping nickel for the long-range vehicles where energy density really matters.",
       "0:02:02", "The thing I\u2019d add is that the cell is maybe half the problem. The other half is the factory. How fast can you make electrode, and how little energy do you spend drying it."]),
 (AB, ["0:02:20", "And from the grid side, honestly, we don\u2019t care which chemistry. We care about what it costs per megawatt-hour delivered and whether it\u2019s still there in year fifteen."]),
 (IS, ["0:14:05", "Let\u2019s talk about dry electrode. Mr. Musk, you said in 2020 that it would be in production within about a year. It took much longer. What happened?"]),
 (EM, ["0:14:15", "It was much harder than we thought. That\u2019s the honest answer. The cathode side in particular: getting a dry cathode film to the right thickness without defects, at hundreds of meters a minute, took years of iteration.",
       "0:14:48", "We\u2019re now at the point where the dry cathode line is running at rate. It\u2019s been a long road."]),
 (IS, ["0:14:55", "Sure."]),
 (EM, ["0:14:56", "And I was wrong about the timeline. Which is not unusual for me."]),
 (IS, ["0:26:40", "Supply chains. Mr. Musk, lithium refining."]),
 (EM, ["0:26:44", "We\u2019re building our own refinery because nobody else was moving fast enough. Refining is a bottleneck that people don\u2019t talk about, because mining is more photogenic."]),
 (AB, ["0:38:20", "Can I ask the Elons a question?"]),
 (IS, ["0:38:24", "Please."]),
 (AB, ["0:38:25", "What would you each want from grid operators like me?"]),
 (EB, ["0:38:30", "Faster interconnection. That\u2019s it."]),
 (EM, ["0:38:33", "Same. Faster interconnection, and market rules that pay storage for what it actually does, which is several jobs at once."]),
 (IS, ["1:01:50", "We\u2019re at time. One sentence each. Where are batteries in 2035?"]),
 (AB, ["1:01:57", "Boring, in the best way."]),
 (EB, ["1:02:01", "Cheaper than anyone in this room expects."]),
 (EM, ["1:02:06", "Everywhere. Basically every grid will be storage-first."]),
 (IS, ["1:02:15", "Thank you all. Please join me in thanking the panel."]),
]

def iso(ts):
    s = secs(ts)
    h, m, x = s // 3600, s % 3600 // 60, s % 60
    return "PT" + ("%dH" % h if h else "") + ("%02dM" % m if h or m else "") + "%02dS" % x

def build():
    g = Gold("en")
    seen = set()
    rows, others = [], []
    for spk, items in T:
        pairs = list(zip(items[0::2], items[1::2]))
        label = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        if spk != EM and label not in others:
            others.append(label)
        for i, (ts, text) in enumerate(pairs):
            frag = named_ent(text)
            if i == 0 and spk == EM:
                g.add(secs(ts), frag)
            rows.append('<tr%s>\n  <td class="tc"><a href="#t-%d"><time datetime="%s">%s</time></a></td>\n  <td class="who">%s</td>\n  <td class="said">%s</td>\n</tr>'
                        % (' class="cont"' if i else "", secs(ts), iso(ts), ts, label if i == 0 else "", frag))
    page = TEMPLATE.replace("{{ROWS}}", "\n".join(rows))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Closing panel: Scaling the Grid &middot; Battery Futures Forum 2025</title>
<meta name="description" content="Transcript of the closing panel of Battery Futures Forum 2025 with Elon Musk, Elon Ben-Ami and Dr. Aisha Bello, moderated by Ingrid Solberg.">
<link rel="stylesheet" href="/css/main.min.8f2a1c.css" integrity="sha256-3kPq" crossorigin="anonymous">
<style>
table.transcript{width:100%;border-collapse:collapse}table.transcript td{vertical-align:top;padding:6px 10px;border-bottom:1px solid #eee}
td.tc{white-space:nowrap;font-family:ui-monospace,monospace;font-size:.85em}td.who{font-weight:600;white-space:nowrap}tr.cont td{border-top:0}
.speaker-card{display:flex;gap:12px;margin:8px 0}.speaker-card img{border-radius:50%}
</style>
</head>
<body class="kind-page section-sessions">
<header class="site-header">
  <div class="wrapper">
    <a class="site-title" href="/">Battery Futures Forum <span class="year">2025</span></a>
    <nav class="site-nav" aria-label="Main"><ul>
      <li><a href="/program/">Program</a></li>
      <li><a href="/speakers/">Speakers</a></li>
      <li><a href="/sessions/" class="active">Sessions &amp; transcripts</a></li>
      <li><a href="/venue/">Venue</a></li>
      <li><a href="/sponsors/">Sponsors</a></li>
    </ul></nav>
  </div>
</header>
<main class="page-content" aria-label="Content">
<div class="wrapper">
<article class="session">
<header>
  <p class="session-meta">Day 2 &middot; Main Hall &middot; 16:30&ndash;17:35 &middot; Track: Grid &amp; Storage</p>
  <h1>Closing panel: Scaling the Grid</h1>
</header>
<section class="abstract">
<p>Grid operators want cheap, durable storage now; cell makers say the chemistry is ready but the factories are not. In the closing panel, two people named Elon (no relation) and one of Europe&rsquo;s busiest grid operators argue about what actually limits deployment.</p>
</section>
<section class="speakers" aria-labelledby="spk-h">
<h2 id="spk-h">Speakers</h2>
<div class="speaker-card"><img src="/img/speakers/solberg.jpg" width="48" height="48" alt=""><div><strong>Ingrid Solberg</strong> (moderator)<br>Energy editor, Nordic Grid Review</div></div>
<div class="speaker-card"><img src="/img/speakers/musk.jpg" width="48" height="48" alt=""><div><strong>Elon Musk</strong><br>CEO, Tesla</div></div>
<div class="speaker-card"><img src="/img/speakers/ben-ami.jpg" width="48" height="48" alt=""><div><strong>Elon Ben-Ami</strong><br>CTO, Negev Cellworks</div></div>
<div class="speaker-card"><img src="/img/speakers/bello.jpg" width="48" height="48" alt=""><div><strong>Dr. Aisha Bello</strong><br>Head of System Operations, Westlink Transmission</div></div>
</section>
<section class="video"><div class="video-embed" data-src="https://player.example.net/embed/bff25-closing"><a href="https://player.example.net/watch/bff25-closing">Watch the session video (1:02:40)</a></div></section>
<section class="transcript-section" aria-labelledby="tr-h">
<h2 id="tr-h">Transcript</h2>
<p class="note">Times refer to the session video. Lightly edited for readability. <a href="/transcripts/bff25-closing.pdf">Download PDF</a></p>
<table class="transcript">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Remarks</th></tr></thead>
<tbody>
{{ROWS}}
</tbody>
</table>
</section>
<nav class="pager" aria-label="More sessions"><a class="prev" href="/sessions/day2-cathodes/">&larr; Cathodes without cobalt</a> <a class="next" href="/sessions/day2-closing-remarks/">Closing remarks &rarr;</a></nav>
</article>
</div>
</main>
<footer class="site-footer"><div class="wrapper"><p>Battery Futures Forum is organised by the Nordic Storage Association. &copy; 2025. Built with Hugo.</p><p><a href="/code-of-conduct/">Code of conduct</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/press/">Press</a></p></div></footer>
<script src="/js/bundle.min.2c7d.js" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
