from lib import *

NAME = "ag07_frontier-mobility-panel"
SHOW = "Frontier Mobility Summit 2025"
FMT = ("Conference session page with a transcript table (Time | Speaker | Remarks); times are livestream mm:ss with "
       "minutes over 59; continuation rows have an empty speaker cell and their own time (turn starts at its first row).")

A, E, K, R = "Anita Sorensen (Moderator)", "Elon Musk", "Kimbal Musk", "Dr. Ruth Abara"
# (who, [(sec, text), ...])
T = [
 (A, [(3520, "Good afternoon, everyone. We are a few minutes late, which I'm told is on brand for one of our panelists."),
      (3531, "Joining me are Elon Musk, his brother Kimbal Musk, and Dr. Ruth Abara, who runs transport planning for the City of Lakemont.")]),
 (E, [(3544, "Thanks. Sorry about the delay, there was a small issue with the car, which is not the best advertisement.")]),
 (A, [(3552, "Let's start with you, Ruth. What does a mid-sized city actually need?")]),
 (R, [(3557, "Honestly? Buses that come on time. Before we talk about tunnels or robotaxis, the basics have to work.")]),
 (E, [(3566, "I agree with that, actually. Tunnels aren't a replacement for buses. They're for the trips where you'd otherwise sit in traffic for forty minutes."),
      (3581, "And they're cheap if you do them right. The cost of the tunnel is the real constraint, not the vehicle.")]),
 (K, [(3593, "Can I jump in? Elon always says the best part is no part. For food it's the same: the best supply chain is a short one. Grow it next to the people who eat it.")]),
 (E, [(3609, "Exactly.")]),
 (A, [(3611, "So tunnels and rooftop farms. Kimbal, how does food fit into a mobility summit?")]),
 (K, [(3618, "Because trucks are most of the traffic nobody talks about. If a city grows more of its own greens, you take thousands of delivery trips off the road.")]),
 (R, [(3640, "That's a real number for us. Freight is about a fifth of our peak-hour congestion.")]),
 (A, [(4331, "We have time for one audience question. Yes, in the front.")]),
 (A, [(4336, "The question is whether autonomous cars will make congestion worse because empty cars will be driving around. Elon?")]),
 (E, [(4344, "It's a good question. If you price it right, no. An empty car circling the block should cost money, the same as parking does today."),
      (4359, "The bigger effect is that you don't need most of the parking. Something like a third of some downtowns is parking. You can give that back to people."),
      (4378, "Ruth probably has better numbers on that than I do.")]),
 (R, [(4383, "About twenty-eight percent in our downtown core, so he's not far off.")]),
 (E, [(4390, "Not bad for a guess.")]),
 (A, [(4393, "On that note, please thank our panelists.")]),
]

def build():
    g = Gold(SHOW, FMT)
    rows = []
    prev = None
    for who, segs in T:
        if who == E:
            g.elon(segs[0][0], segs[0][1])
        else:
            g.other(who)
        for i, (t, text) in enumerate(segs):
            shown = who if (i == 0 and who != prev) else ""
            if who == E and shown:
                shown = "Elon Musk (The Boring Company)" if not g.turns[:-1] else "Elon Musk"
            rows.append('<tr><td class="tc-time"><a href="#v=%d">%s</a></td><td class="tc-spk">%s</td><td class="tc-text">%s</td></tr>'
                        % (t, mmss(t), esc(shown), esc(text)))
        prev = who
    page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>Session transcript: Tunnels, Towns and Farms | Frontier Mobility Summit 2025</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kq1mZ2.css" />
<style>.transcript-table td{vertical-align:top;padding:4px 8px}.tc-time{white-space:nowrap;font-family:monospace}</style>
</head>
<body class="path-node page-node-type-session">
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region region-header"><a href="/" class="site-logo">Frontier Mobility Summit</a></div>
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/program">Program</a></li><li><a href="/speakers">Speakers</a></li><li><a href="/venue">Venue</a></li><li><a href="/livestream">Livestream</a></li><li><a href="/register">Register</a></li></ul></nav></header>
<main role="main"><div class="region region-content">
<article class="node node--type-session">
<h1 class="page-title">Tunnels, Towns and Farms</h1>
<div class="field--name-field-session-time">Day 2 &middot; Main Stage &middot; 14:00&ndash;14:45</div>
<div class="field--name-field-speakers"><h2>Speakers</h2><ul>
<li>Anita Sorensen, Editor, Metro Futures (moderator)</li>
<li>Elon Musk, The Boring Company</li>
<li>Kimbal Musk, The Kitchen Community</li>
<li>Dr. Ruth Abara, City of Lakemont</li></ul></div>
<div class="field--name-body"><p>Can cities grow their own food and move people underground? A cross-sector panel on what mid-sized cities actually need.</p>
<p>Times below refer to the Day 2 Main Stage livestream recording, which begins at the 09:30 keynote. The session starts at 58:40 into the recording. Part of the discussion (60:40&ndash;72:11) was off the record and is omitted.</p></div>
<div class="field--name-field-transcript"><h2>Transcript</h2>
<table class="transcript-table">
<thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
<tbody>
%s
</tbody></table></div>
</article>
</div></main>
<footer role="contentinfo"><div class="region region-footer"><p>&copy; 2025 Frontier Mobility Summit. Transcripts are provided by volunteers and may contain errors.</p><nav><a href="/code-of-conduct">Code of conduct</a> | <a href="/press">Press</a></nav></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"},"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_Vb0x.js"></script>
</body>
</html>
""" % "\n".join(rows)
    write(NAME, page, g)
