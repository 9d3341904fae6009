from common import *

NAME = "l05_summit-panel-table"
L = {"L": ("Lena Okafor (Moderator)", "Okafor"), "E": ("Elon Musk, CEO of SpaceX and Tesla", "Musk"),
     "T": ("Dr. Hiroshi Tanabe, JAXA (ret.)", "Tanabe"), "G": ("Gwen Abernathy, Helix Launch", "Abernathy")}
rows = [
 ("L", [(0, "Good morning and welcome to the first panel of the day, on the cost of getting to orbit. I'll ask each panelist to introduce themselves briefly. Gwen?")]),
 ("G", [(14, "Gwen Abernathy, I run Helix Launch. We build small rockets for small satellites, and we're very jealous of everyone with big rockets.")]),
 ("T", [(25, "Hiroshi Tanabe. I spent thirty-one years at JAXA, mostly on propulsion, and now I am retired, which means I can say what I think.")]),
 ("E", [(37, "Elon Musk. I work on rockets and cars, and lately on a few too many other things.")]),
 ("L", [(46, "Let's start with the headline number. Elon, what does it cost today to put a kilogram in low Earth orbit, and where does it go?")]),
 ("E", [(724, "Depends how you count. On a reused booster, the marginal cost is dominated by the upper stage, which we still throw away, and propellant and operations. Per kilogram, it's come down by more than an order of magnitude over the last fifteen years."),
        (761, "Where it goes next depends on full reuse. If the upper stage comes back too, the cost per flight is mostly propellant, and propellant is cheap. Methane and oxygen are among the cheapest things you can buy by the ton.")]),
 ("L", [(798, "Right.")]),
 ("E", [(800, "So you go from something like thousands of dollars per kilogram to maybe tens of dollars, eventually. Not next year. But that's where the physics points.")]),
 ("L", [(815, "Dr. Tanabe, you're nodding, but skeptically.")]),
 ("T", [(819, "Yes, a little. Elon said to me in 2016, at a conference in Guadalajara, \"the rocket should be like an airplane, you fill it up and fly again.\" I thought he was wrong then. I now think he was only early."),
        (848, "But the airplane comparison hides something. Airplanes have a century of maintenance data. Reusable rockets have maybe a decade. We do not yet know what fails at flight fifty.")]),
 ("E", [(871, "That's fair. We don't know. We'll find out by flying them.")]),
 ("G", [(876, "Which is a luxury if you can afford to lose a few. For a company our size, one failure can be the whole company.")]),
 ("L", [(884, "Gwen, that's a good point. Elon, is there room in this market for small launchers at all?")]),
 ("E", [(1491, "Yes.")]),
 ("L", [(1493, "Say more?")]),
 ("E", [(1495, "There's room for anyone who can fly on schedule to a specific orbit. Rideshare is cheap, but you go where the big customer is going. If you need a particular inclination at a particular time, a dedicated small launcher makes sense. The question is just whether the market is big enough for more than two or three of them.")]),
 ("G", [(1526, "I'll take that as a compliment.")]),
 ("E", [(1529, "It was meant as one.")]),
 ("L", [(2330, "We're at time. One sentence each: what's the biggest obstacle to cheap access to orbit in the next decade? Hiroshi.")]),
 ("T", [(2339, "Humility about what we do not know.")]),
 ("G", [(2343, "Capital. Nobody wants to fund the fifth launch company.")]),
 ("E", [(2348, "Making full reuse actually work, especially the heat shield. Everything else follows from that.")]),
 ("L", [(2356, "Thank you all.")]),
]
turns = []
for spk, segs in rows:
    turns.append(Turn(spk, segs[0][0], *[esc(x) for _, x in segs], musk=(spk == "E"), times=[t for t, _ in segs]))

seen = set()
trs = []
for tr in turns:
    full, short = L[tr.spk]
    lab = short if tr.spk in seen else full
    seen.add(tr.spk)
    for i, (p, tm) in enumerate(zip(tr.paras, tr.times)):
        d = "PT%dM%dS" % (tm // 60, tm % 60)
        spk = '<td class="spk">%s</td>' % lab if i == 0 else '<td class="spk"></td>'
        trs.append('<tr><td class="tc"><time datetime="%s">%s</time></td>%s<td class="txt">%s</td></tr>' % (d, hms(tm), spk, p))
table = "\n".join(trs)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Session transcript: The Cost of Access to Orbit | Orbital Futures Summit 2024</title>
<link rel="stylesheet" href="/static/css/summit.css">
<style>table.transcript{border-collapse:collapse;width:100%%}table.transcript td{vertical-align:top;padding:6px 10px;border-bottom:1px solid #e5e5e5}td.tc{font-family:monospace;white-space:nowrap;color:#666}td.spk{font-weight:600;width:18%%}.sidebar{float:right;width:30%%}</style>
</head>
<body>
<div class="top-banner">Orbital Futures Summit 2024 &middot; Lisbon &middot; 14&ndash;16 May &middot; <a href="/register">Register for 2025</a></div>
<header class="site"><a class="logo" href="/">ORBITAL FUTURES</a>
<nav><a href="/programme">Programme</a><a href="/speakers">Speakers</a><a href="/sessions">Session videos &amp; transcripts</a><a href="/partners">Partners</a><a href="/press">Press</a></nav></header>
<main class="session">
<p class="crumbs"><a href="/sessions">Sessions</a> / Day 1 / Main Stage</p>
<h1>The Cost of Access to Orbit</h1>
<p class="session-meta">Main Stage &middot; Tuesday 14 May, 09:30&ndash;10:15 &middot; Panel</p>
<ul class="panelists">
<li><strong>Elon Musk</strong>, CEO of SpaceX and Tesla</li>
<li><strong>Dr. Hiroshi Tanabe</strong>, former Director of Propulsion, JAXA</li>
<li><strong>Gwen Abernathy</strong>, Founder and CEO, Helix Launch</li>
<li><strong>Lena Okafor</strong>, Space Correspondent, <em>Orbit Weekly</em> (moderator)</li>
</ul>
<aside class="sidebar">
<div class="box pull-quotes"><h3>Pull quotes</h3>
<blockquote>Elon Musk: &ldquo;Methane and oxygen are among the cheapest things you can buy by the ton.&rdquo;</blockquote>
<blockquote>Hiroshi Tanabe: &ldquo;We do not yet know what fails at flight fifty.&rdquo;</blockquote>
<blockquote>Elon Musk: &ldquo;We&rsquo;ll find out by flying them.&rdquo;</blockquote>
</div>
<div class="box"><h3>Downloads</h3><ul><li><a href="/media/2024/cost-of-access.mp4">Video (MP4, 412 MB)</a></li><li><a href="/media/2024/cost-of-access.vtt">Captions (VTT)</a></li><li><a href="/media/2024/cost-of-access.pdf">Transcript (PDF)</a></li></ul></div>
</aside>
<div class="video"><video controls preload="none" poster="/media/2024/cost-of-access.jpg"><source src="/media/2024/cost-of-access.mp4" type="video/mp4"><track kind="captions" src="/media/2024/cost-of-access.vtt" srclang="en"></video></div>
<h2>Transcript</h2>
<p class="disclaimer">Edited transcript. Times refer to the session video. Portions of the discussion have been omitted for length.</p>
<table class="transcript">
<thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="next-session">Next on the Main Stage: <a href="/sessions/day-1/lunar-logistics">Lunar Logistics: Who Pays for the Road?</a></p>
</main>
<footer class="site"><p>&copy; 2024 Orbital Futures Foundation &middot; <a href="/code-of-conduct">Code of conduct</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
<script src="/static/js/summit.js"></script>
</body>
</html>
""" % table

emit(NAME, page, turns,
     fmt="Conference session page with a three-column table (hh:mm:ss in <time datetime> | speaker | remarks); the speaker cell is empty on continuation rows; labels with role on first appearance, surname after.",
     show="Orbital Futures Summit 2024", others=["Lena Okafor (Moderator)", "Okafor", "Dr. Hiroshi Tanabe, JAXA (ret.)", "Tanabe", "Gwen Abernathy, Helix Launch", "Abernathy"])
