from common import *

def build():
    MOD = 'Moderator (Grace Okafor)'
    MIN = 'Minister Haruka Tsujimoto'
    INT = 'Interpreter'
    E = 'Elon Musk'
    seq = [
        (MOD, 845.120, "Welcome back. For the final session we have the Minister of Land, Infrastructure and Transport, Haruka Tsujimoto, and joining remotely, Elon Musk. Minister, the first question is for you."),
        (MIN, 859.400, "(in Japanese) 自動運転の制度整備について、日本は二〇二七年までに全国的な枠組みを作ります。"),
        (INT, 866.950, "On autonomous driving, Japan will create a nationwide framework by 2027."),
        (MOD, 874.002, "Elon, is 2027 fast enough?"),
        (E, 876.731, "I think it's a very reasonable target. Japan has some of the best road discipline in the world, which actually makes autonomy easier, not harder."),
        (INT, 890.310, "(interpreting for the minister, in Japanese) 日本は道路の規律が世界で最も高い国の一つであり…"),
        (MOD, 897.000, "Okay."),
        (E, 897.880, "And, sorry, one more thing. The bottleneck will be the regulatory approval of the software updates, not the hardware. If every update takes a year to approve, that's a problem."),
        (MIN, 915.200, "(in Japanese) それは理解しています。"),
        (INT, 917.010, "We understand that."),
        (MOD, 1210.555, "We have time for one audience question. Yes, in the front."),
        ('Audience member', 1216.700, "Thank you. Mr. Musk, you said last year that Japan would be your second market for robotaxis. Is that still the plan?"),
        (E, 1229.084, "It's one of the top candidates. I don't want to announce anything on stage, the minister might hold me to it."),
        (MIN, 1238.900, "(in English) Yes, I will."),
        (E, 1241.012, "Ha. Okay, well, there you go."),
        (MOD, 1245.300, "On that note, please thank our speakers."),
    ]
    g, parts = [], []
    for spk, t, txt in seq:
        stamp = f"{hms(int(t))}.{int(round((t-int(t))*1000)):03d}"
        parts.append(f'<p class="line"><span class="stamp">[{stamp}]</span> <span class="who">{esc(spk)}:</span> {esc(txt)}</p>')
        if spk == E:
            g.append([int(t), fw(txt)])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Session 12: Autonomy and the Road Ahead — Transcript · Pacific Mobility Forum 2025</title>
<meta name="generator" content="Hugo 0.128.2">
<link rel="stylesheet" href="/css/site.min.4f9a.css">
<style>.line{{margin:.4em 0}}.stamp{{font-family:monospace;color:#667}}.who{{font-weight:600}}</style>
</head>
<body>
<header class="hdr"><a class="brand" href="/">Pacific Mobility Forum <span>Yokohama 2025</span></a>
<nav><a href="/programme/">Programme</a><a href="/speakers/">Speakers</a><a href="/media/">Media</a><a href="/ja/">日本語</a></nav></header>
<main class="wrap">
<p class="crumbs"><a href="/programme/">Programme</a> › Day 2 › Session 12</p>
<h1>Session 12: Autonomy and the Road Ahead</h1>
<p class="sess-meta">Day 2 · 16:10–16:40 JST · Main Hall · Simultaneous interpretation Japanese ⇄ English</p>
<section class="speakers"><h2>Speakers</h2>
<ul><li><strong>Haruka Tsujimoto</strong>, Minister of Land, Infrastructure, Transport and Tourism</li><li><strong>Elon Musk</strong>, CEO, Tesla (remote)</li><li><strong>Grace Okafor</strong>, moderator, Nikkan Mobility Review</li></ul></section>
<section class="video"><a href="https://stream.pmf2025.example/replay/s12">Watch the replay</a> <span>(timestamps below refer to the replay)</span></section>
<section class="transcript"><h2>Transcript</h2>
<p class="note">Machine-generated, reviewed by PMF staff. Interpreted passages are given as spoken by the interpreter. Japanese passages are left in the original.</p>
{body}
<p class="end">[END OF SESSION]</p>
</section>
</main>
<footer class="ftr"><p>© 2025 Pacific Mobility Forum Organising Committee · <a href="/privacy/">Privacy</a> · <a href="/press/">Press enquiries</a></p></footer>
<script src="/js/site.min.9b12.js"></script>
</body>
</html>
"""
    write('n11_conference_interp', doc, g,
          "Static-site conference transcript: one line per turn as [hh:mm:ss.mmm] Name: text (milliseconds); the minister speaks Japanese and an Interpreter renders turns between languages.",
          "Pacific Mobility Forum 2025", ["Moderator (Grace Okafor)", "Minister Haruka Tsujimoto", "Interpreter", "Audience member"])
