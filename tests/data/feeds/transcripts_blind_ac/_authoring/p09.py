"""ac09: conference site (static generator), panel transcript table time|speaker|text with <time datetime>; interpreter rows; printable copy repeated."""
from common import first_words, hms_loose, iso_dur, gold, plain

NAME = "ac09_frontierforum"
SHOW = "Frontier Industries Forum Tokyo 2026"

LBL = {
    "S": ("Kenji Sato (Moderator)", "Sato"),
    "I": ("Interpreter", "Interpreter"),
    "E": ("Elon Musk, CEO of SpaceX and Tesla", "Musk"),
    "O": ("Dr. Amara Osei, Director, Kumasi Institute of Materials", "Osei"),
    "A": ("Audience member", "Audience member"),
}

# (spk, [(t_or_None, text), ...])
T = [
    ("S", [(3902, "[Speaks in Japanese]")]),
    ("I", [(3903, "Good afternoon, everyone. Welcome to the final panel of the day, &ldquo;Making Hard Things at Scale.&rdquo; Joining us on screen from Texas is Elon Musk, and here on stage, Dr. Amara Osei. Mr. Musk, the first question is for you. What is the hardest thing you have ever tried to scale?")]),
    ("E", [(3931, "Probably the Model 3 production line. We made a lot of mistakes by automating too early, and automation done wrong is actually slower than people."),
           (None, "The lesson was that you design the product and the factory together. If you design the car first and then try to figure out how to build it, you&#39;ve already lost.")]),
    ("I", [(3962, "[Interprets the answer into Japanese for the hall]")]),
    ("S", [(3990, "Thank you.")]),
    ("O", [(3992, "Can I add to that? In materials, it&#39;s the same story. A new alloy that works in a lab in one kilogram batches tells you almost nothing about a thousand tons. My group spends more time on process than on chemistry now.")]),
    ("E", [(4014, "Exactly.")]),
    ("O", [(4015, "And the process is where the cost lives.")]),
    ("S", [(4021, "[Speaks in Japanese]")]),
    ("I", [(4022, "Mr. Musk, many Japanese manufacturers are famous for careful, incremental improvement, kaizen. Do you think that approach is too slow for the problems you work on?")]),
    ("E", [(4039, "No, I think kaizen is great. We copied a lot of it, honestly. The part I would add is that sometimes you need to question whether a part should exist at all before you start improving it."),
           (4058, "The most common mistake of a smart engineer is to optimize a thing that should not exist. I&#39;ve done it many times myself.")]),
    ("I", [(4071, "[Interprets the answer into Japanese for the hall]")]),
    ("O", [(4095, "I&#39;d push back slightly. Deleting parts is easy when you own the whole system. Most of our industrial partners don&#39;t. They buy a component from a supplier who buys from a supplier.")]),
    ("E", [(None, "That&#39;s fair. Vertical integration makes it much easier, and not everybody can do that.")]),
    ("S", [(4121, "Please, questions from the floor.")]),
    ("A", [(4126, "Hello, I&#39;m a student at Tohoku University. Mr. Musk, as Dr. Osei said, most companies don&#39;t own the whole system. You once said, &ldquo;The best part is no part.&rdquo; How do you apply that as a supplier?")]),
    ("E", [(4149, "Talk to your customer&#39;s engineers directly, not just their purchasing department. Purchasing will ask for the part they bought last year. The engineers might tell you they don&#39;t need it anymore.")]),
    ("A", [(4166, "Thank you.")]),
    ("S", [(4169, "[Speaks in Japanese]")]),
    ("I", [(4170, "We are out of time. A final word from each of our panelists, please. Mr. Musk first.")]),
    ("E", [(4178, "Just thank you to Tokyo. Some of the best manufacturing engineers I&#39;ve ever worked with trained here. I hope to visit in person next year.")]),
    ("O", [(4191, "Thank you. Keep the process people close to the chemistry people. That&#39;s all.")]),
]


def td_time(t):
    if t is None:
        return '<td class="tc"></td>'
    return '<td class="tc"><time datetime="%s">%s</time></td>' % (iso_dur(t), hms_loose(t))


def render_table():
    rows, seen = [], set()
    for spk, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        for i, (t, text) in enumerate(paras):
            who = '<td class="who">%s</td>' % lab if i == 0 else '<td class="who"></td>'
            rows.append("<tr>%s%s<td class=\"say\">%s</td></tr>" % (td_time(t), who, text))
    return "\n".join(rows)


def render_print():
    out, seen = [], set()
    for spk, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        out.append("<p><b>%s:</b> %s</p>" % (lab.upper(), " ".join(text for _, text in paras)))
    return "\n".join(out)


def build():
    turns, prev = [], None
    for spk, paras in T:
        assert spk != prev
        prev = spk
        if spk == "E":
            turns.append([paras[0][0], first_words(paras[0][1])])
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.126.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transcript: Making Hard Things at Scale &middot; Frontier Industries Forum Tokyo 2026</title>
<link rel="stylesheet" href="/css/main.min.2c9d3e.css" integrity="sha256-Qm9rZQ==">
<link rel="alternate" hreflang="ja" href="https://fif-tokyo.jp/ja/sessions/hard-things-at-scale/transcript/">
<style>table.tx{{border-collapse:collapse;width:100%}}table.tx td{{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eee}}td.tc{{white-space:nowrap;font-variant-numeric:tabular-nums;color:#666}}td.who{{font-weight:600;width:14rem}}</style>
</head>
<body>
<header class="site-header"><div class="wrap"><a class="logo" href="/">FIF <span>Tokyo 2026</span></a>
<nav><ul><li><a href="/program/">Program</a></li><li><a href="/speakers/">Speakers</a></li><li><a href="/sessions/" aria-current="true">Sessions &amp; Video</a></li><li><a href="/venue/">Venue</a></li><li><a href="/ja/">日本語</a></li></ul></nav></div></header>
<main class="wrap">
<nav class="breadcrumb"><a href="/sessions/">Sessions</a> / <a href="/sessions/hard-things-at-scale/">Making Hard Things at Scale</a> / Transcript</nav>
<h1>Making Hard Things at Scale &mdash; Transcript</h1>
<ul class="session-meta"><li>Day 2 &middot; Hall A &middot; 15:05&ndash;15:55 JST</li><li>Moderator: Kenji Sato, Editor-at-large, Nikko Industrial Review</li><li>Panelists: Elon Musk (remote), Dr. Amara Osei</li></ul>
<p>Times refer to the Day 2 Hall A livestream recording. Japanese remarks were interpreted consecutively; the English interpretation is given in place of the Japanese. Interpretations into Japanese for the hall are noted but not transcribed.</p>
<div class="video-embed"><iframe title="Day 2 Hall A livestream" src="https://player.streamly.tv/embed/Fif26HallA2?start=3900" loading="lazy" allowfullscreen></iframe></div>
<table class="tx">
<thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<details class="print-copy">
<summary>Printable transcript (plain text, no times)</summary>
<div class="print-body">
{printable}
</div>
</details>
<section class="related-sessions"><h2>More from Day 2</h2><ul><li><a href="/sessions/batteries-asia/">Batteries: Asia&rsquo;s Next Decade</a></li><li><a href="/sessions/robot-hands/">The Dexterity Problem</a></li></ul></section>
</main>
<footer class="site-footer"><div class="wrap"><p>&copy; 2026 Frontier Industries Forum Organizing Committee &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/press/">Press</a></p></div></footer>
<script src="/js/bundle.min.7d1a.js" defer></script>
</body>
</html>
""".format(rows=render_table(), printable=render_print())
    g = gold("Static-site session page: an HTML table with columns time (<time datetime=PT..> showing h:mm:ss) | speaker (full label with affiliation first, surname after; empty for continuation rows) | remarks; some rows have no time; a plain-text copy of the whole transcript is repeated in a collapsed <details>.",
             SHOW, turns, ["Kenji Sato (Moderator)", "Sato", "Interpreter", "Dr. Amara Osei, Director, Kumasi Institute of Materials", "Osei", "Audience member"])
    return NAME, page, g
