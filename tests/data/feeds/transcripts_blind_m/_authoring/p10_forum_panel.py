from common import *

SHOW = "Pacific Energy Transition Forum 2024"
g = Gold(SHOW, "Static-site (Hugo) conference session page with a <table> transcript: time column 'hh:mm:ss.mmm', speaker "
         "column, text column; rows continuing a turn leave the speaker cell empty but carry their own time; "
         "'Elon Musk, CEO of Tesla' first then 'Elon Musk'; a minister speaks through an interpreter; the transcript is "
         "repeated as plain text in a collapsed <details>.")

AM, EMR, EM = "Amara Nwosu (Moderator)", "Elon Musk, CEO of Tesla", "Elon Musk"
HS, IN, LF = "Minister Haruto Sato", "Interpreter (for Minister Sato)", "Dr. Leni Fischer"
ELON = {EMR, EM}


def ms(t):
    s = int(t)
    return "%s.%03d" % (hms(s), round((t - s) * 1000))


T = [
    (AM, [(5.12, "Good afternoon and welcome to the closing panel of the Forum. I'm Amara Nwosu, and I'll be moderating. We have forty-five minutes and three very different perspectives on the grid."),
          (21.9, "Joining me are Elon Musk, Minister Haruto Sato, who will speak through our interpreter, and Dr. Leni Fischer of the Baltic Grid Institute.")]),
    (EMR, [(48.3, "Thanks, Amara. Happy to be here, although I should say I'm the least qualified grid person on this stage.")]),
    (AM, [(62.01, "Let's start with a provocation, then. Elon, you've argued that the grid, not generation, is now the bottleneck. Defend that.")]),
    (EM, [(80.64, "Yeah. The short answer is that solar and batteries are getting cheaper every year, and the wires are not. In a lot of markets you can build a solar farm in eighteen months and wait six years for the interconnection."),
          (101.2, "So the constraint has moved. It used to be, can we make enough clean power? Now it's, can we move it and can we store it?"),
          (125.875, "And storage is the cheaper of those two problems, at least for the next decade.")]),
    (AM, [(151.4, "Right.")]),
    (EM, [(152.1, "And the transformer lead times are the silly part. You have a piece of equipment whose basic design hasn't changed in decades, and the wait is three years. That's not physics. That's a supply chain that nobody invested in.")]),
    (AM, [(190.5, "Minister Sato, how does Japan see this problem?")]),
    (HS, [(196.0, "[Speaks Japanese]")]),
    (IN, [(197.7, "Thank you. In Japan we have a special situation, because the east and the west of the country use two different frequencies. So our problem is not only building wires, but building converters between our own regions."),
          (229.3, "We have doubled the converter capacity, and we will double it again by 2030.")]),
    (LF, [(344.08, "If I may add the European view: in the Baltic states we have just finished synchronising with the continental grid, and what we learned is that the political agreement took ten years and the engineering took two.")]),
    (AM, [(422.33, "Elon, vehicle-to-grid. Every car a battery. Is that real?")]),
    (EM, [(430.91, "I'm skeptical of vehicle-to-grid as a big factor. People want their car charged when they want to drive. A stationary battery is simpler and you can cycle it as hard as you want."),
          (455.4, "Where it can help is the home during a blackout. That's a real use case, and we support it.")]),
    (LF, [(481.0, "I'd push back a little. In our pilots, fleets of delivery vans did provide meaningful flexibility at night, because their schedules are predictable.")]),
    (EM, [(500.5, "Fair.")]),
    (HS, [(540.0, "[Speaks Japanese]")]),
    (IN, [(540.8, "A question for Mr. Musk, if I may. Would your company consider building a battery factory in Japan, given our grid needs?")]),
    (EM, [(559.06, "We'd consider it, yes. The decision comes down to the cell supply and the permitting speed, and I'd be happy to talk to the ministry about both. Japan has some of the best manufacturing engineers in the world.")]),
    (AM, [(640.75, "On that optimistic note, we are out of time. Please join me in thanking our panel.")]),
]

rows, plain = [], []
for lab, cues in T:
    if lab in ELON:
        g.elon(cues[0][0], cues[0][1])
    else:
        g.other(lab)
    for k, (t, text) in enumerate(cues):
        rows.append('<tr><td class="tc"><a href="#t=%.3f">%s</a></td><td class="spk">%s</td><td class="txt">%s</td></tr>'
                    % (t, ms(t), esc(lab) if k == 0 else "", esc(text)))
        plain.append("%s  %s%s" % (ms(t), (esc(lab) + ": ") if k == 0 else "", esc(text)))

page = """<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.124.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Closing panel: Grids, Batteries and the Next Decade &middot; Pacific Energy Transition Forum 2024</title>
<meta name="description" content="Transcript of the closing panel with Elon Musk, Minister Haruto Sato and Dr. Leni Fischer, moderated by Amara Nwosu.">
<link rel="stylesheet" href="/css/main.min.4c1d2e.css">
<style>
 table.transcript{border-collapse:collapse;width:100%}
 table.transcript td{vertical-align:top;padding:6px 8px;border-bottom:1px solid #eee}
 td.tc{font-family:ui-monospace,monospace;font-size:12px;white-space:nowrap;color:#666}
 td.spk{font-weight:600;width:200px}
 .speakers img{border-radius:50%}
</style>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">PETF<span>2024</span></a>
  <nav><ul><li><a href="/programme/">Programme</a></li><li><a href="/speakers/">Speakers</a></li><li><a href="/sessions/">Sessions</a></li><li><a href="/venue/">Venue</a></li><li><a href="/press/">Press</a></li></ul></nav>
</header>
<main class="session">
  <p class="crumbs"><a href="/sessions/">Sessions</a> / Day 3 / Main Hall</p>
  <h1>Closing panel: Grids, Batteries and the Next Decade</h1>
  <p class="when">Thursday 14 November 2024 &middot; 16:30&ndash;17:15 &middot; Main Hall, Yokohama Harbour Convention Centre</p>
  <section class="speakers">
    <h2>Speakers</h2>
    <ul>
      <li><img src="/img/speakers/nwosu.jpg" alt="" width="48" height="48"> Amara Nwosu &mdash; Energy correspondent, moderator</li>
      <li><img src="/img/speakers/musk.jpg" alt="" width="48" height="48"> Elon Musk &mdash; CEO, Tesla</li>
      <li><img src="/img/speakers/sato.jpg" alt="" width="48" height="48"> Haruto Sato &mdash; Minister of State for Energy Transition, Japan</li>
      <li><img src="/img/speakers/fischer.jpg" alt="" width="48" height="48"> Dr. Leni Fischer &mdash; Director, Baltic Grid Institute</li>
    </ul>
  </section>
  <section class="video"><h2>Recording</h2><video controls preload="none" poster="/img/sessions/closing-panel.jpg" src="https://media.petf.org/2024/closing-panel.mp4"></video></section>
  <section class="transcript-wrap">
    <h2>Transcript</h2>
    <p class="note">Machine-assisted transcript, corrected by conference staff. Times are offsets into the recording. Remarks in Japanese are given as rendered by the conference interpreter.</p>
    <table class="transcript">
      <thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
      <tbody>
{{ROWS}}
      </tbody>
    </table>
    <details class="plain">
      <summary>Plain-text version (for screen readers and copying)</summary>
      <pre>{{PLAIN}}</pre>
    </details>
  </section>
  <nav class="pager"><a href="/sessions/day-3-storage-finance/">&larr; Financing long-duration storage</a> &middot; <a href="/sessions/">All sessions</a></nav>
</main>
<footer class="site-footer"><p>Pacific Energy Transition Forum &middot; Organised by the Pacific Energy Council &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/contact/">Contact</a></p></footer>
<script src="/js/bundle.min.9a0e3c.js"></script>
</body>
</html>
""".replace("{{ROWS}}", "\n".join(rows)).replace("{{PLAIN}}", "\n".join(plain))

write("m10_petf-panel-table", page, g)
