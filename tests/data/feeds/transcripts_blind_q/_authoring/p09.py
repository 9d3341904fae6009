"""q09 - Conference session page: table rows <time datetime="PT..">, speaker in <th>, interpreter, panel."""
from common import ELON, attr, ent, gold_turns, hms_short, write_page

NAME = "q09_mobility_summit_panel"
SHOW = "Future Mobility Summit 2025"

# (speaker key, secs or None, label ('' = continuation row), text)
ROWS = [
    ("V", 0, "Hannah Vogel (moderator)", "Good afternoon and welcome to \u201cAutonomy at Scale,\u201d the closing panel of day one. I\u2019m Hannah Vogel from the Summit programme team. With me on stage are Kenji Arakawa of Toyoda Mobility and Amara Osei, transport commissioner for the City of Accra, and joining us by video link from Austin is Elon Musk."),
    (ELON, 41, "Elon Musk (via video link)", "Hi everyone. Sorry I can\u2019t be there in person. I hear Yokohama is beautiful this time of year."),
    ("V", 49, "Hannah Vogel", "It is. Let\u2019s start with you, Mr. Arakawa. How far away is a driverless taxi in Japanese cities?"),
    ("K", 57, "Kenji Arakawa, Toyoda Mobility", "(in Japanese)"),
    ("I", 58, "Interpreter (for Mr. Arakawa)", "Thank you. I think in Japan the technology is not the main question. The main question is public trust, and trust is built slowly. We expect limited services in designated zones from 2027."),
    ("V", 96, "Hannah Vogel", "Elon?"),
    (ELON, 97, "Elon Musk", "I agree trust matters, but the way you build trust is with data. Once you can show that the car is several times safer than a human driver, across billions of miles, the argument changes."),
    (ELON, None, "", "Regulators are rational. If you bring them the data, they move. Maybe not as fast as I\u2019d like, but they move."),
    ("O", 140, "Amara Osei, City of Accra", "In Accra we have a different problem. Our roads are shared with motorbikes, street vendors, goats. Will your cars work there?"),
    (ELON, 152, "Elon Musk", "Goats are a good test case, actually. The honest answer is that the system learns from whatever it sees, so it will need a lot of driving data from Accra before it\u2019s good in Accra. We\u2019d want to start with a supervised service there."),
    ("O", 201, "Amara Osei", "We would welcome that. On our terms."),
    (ELON, 205, "Elon Musk", "Of course."),
    ("I", 207, "Interpreter (to Mr. Arakawa)", "(renders the exchange in Japanese)"),
    ("K", 1510, "Kenji Arakawa", "(in English) If I may \u2014 Mr. Musk, do you plan to license your software to other carmakers?"),
    (ELON, 1519, "Elon Musk", "We\u2019re open to it. We\u2019ve talked to a couple of manufacturers. The hardware has to be right, though, so it\u2019s not as simple as downloading an app."),
    ("V", 3725, "Hannah Vogel", "We have time for one more from the audience. Yes, at the front."),
    ("A", 3731, "Audience member", "A question for Mr. Musk. What is the one regulation you would change tomorrow?"),
    (ELON, 3740, "Elon Musk", "The requirement for a steering wheel and pedals in certain vehicle classes. It made sense when humans were driving. It doesn\u2019t make sense for a vehicle that never has a human driver."),
    ("V", 3790, "Hannah Vogel", "Thank you all \u2014 and thank you, Elon, for joining us at what I believe is two in the morning in Austin."),
    (ELON, 3797, "Elon Musk", "It\u2019s fine. I\u2019m usually up anyway."),
    (ELON, None, "", "Thanks, everyone."),
]


def iso_dur(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = "PT"
    if h:
        out += "%dH" % h
    if m:
        out += "%dM" % m
    out += "%dS" % sec
    return out


def render_rows():
    out = []
    for spk, t, lab, text in ROWS:
        tc = '<time datetime="%s">%s</time>' % (iso_dur(t), hms_short(t)) if t is not None else ""
        out.append('<tr class="%s"><td class="tr-time">%s</td><th scope="row" class="tr-spk">%s</th><td class="tr-text">%s</td></tr>'
                   % ("tr-cont" if not lab else "tr-turn", tc, ent(lab), ent(text)))
    return "\n".join(out)


def turns():
    out = []
    for spk, t, lab, text in ROWS:
        if lab:
            out.append((spk, t, [text]))
    return out


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Autonomy at Scale &ndash; Closing panel, Day 1 | Future Mobility Summit 2025 Yokohama</title>
<meta name="description" content="Session recording and transcript: Hannah Vogel moderates Kenji Arakawa, Amara Osei and Elon Musk (remote).">
<link rel="canonical" href="https://futuremobilitysummit.org/2025/sessions/autonomy-at-scale">
<link rel="stylesheet" href="https://futuremobilitysummit.org/assets/site.2025.css">
<link rel="alternate" hreflang="ja" href="https://futuremobilitysummit.org/ja/2025/sessions/autonomy-at-scale">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Event","name":"Autonomy at Scale","startDate":"2025-10-22T16:30:00+09:00","location":{{"@type":"Place","name":"Pacifico Yokohama, Hall B"}},"performer":[{{"@type":"Person","name":"Hannah Vogel"}},{{"@type":"Person","name":"Kenji Arakawa"}},{{"@type":"Person","name":"Amara Osei"}},{{"@type":"Person","name":"Elon Musk"}}]}}</script>
<style>.fms-transcript{{width:100%;border-collapse:collapse}} .fms-transcript td,.fms-transcript th{{border-bottom:1px solid #e5e5e5;padding:.5em;text-align:left;vertical-align:top}} .tr-time time{{font-family:monospace;color:#0a7}} .tr-cont th{{color:transparent}}</style>
</head>
<body class="page-session">
<div class="fms-topbar"><span>22&ndash;24 October 2025 &middot; Pacifico Yokohama</span> <a href="/ja/2025/sessions/autonomy-at-scale" lang="ja">日本語</a></div>
<header class="fms-header"><a href="/" class="fms-logo">Future Mobility Summit</a>
<nav class="fms-nav"><a href="/2025/programme">Programme</a><a href="/2025/speakers">Speakers</a><a href="/2025/partners">Partners</a><a href="/2025/media">Media</a><a class="fms-cta" href="/2026/register">Register for 2026</a></nav></header>
<main class="fms-main">
<p class="fms-crumbs"><a href="/2025/programme">Programme</a> &rsaquo; <a href="/2025/programme/day-1">Day 1</a> &rsaquo; Autonomy at Scale</p>
<h1>Autonomy at Scale</h1>
<p class="fms-session-meta">Closing panel, Day 1 &middot; Wednesday 22 October, 16:30&ndash;17:40 JST &middot; Hall B &middot; English / Japanese with simultaneous interpretation</p>
<div class="fms-video"><iframe src="https://player.vimeo.com/video/884120455?h=2a9f&amp;title=0&amp;byline=0" width="960" height="540" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" title="Autonomy at Scale"></iframe></div>
<section class="fms-abstract"><h2>About this session</h2><p>Robotaxis are running in a handful of cities. What would it take to run them in a thousand? A carmaker, a city regulator and a technology CEO discuss trust, data and the rules of the road.</p></section>
<section class="fms-speakers"><h2>Speakers</h2><ul class="fms-speaker-cards">
<li class="fms-card"><img src="/img/speakers/vogel.jpg" alt="" width="96" height="96"><p class="fms-card-name">Hannah Vogel</p><p class="fms-card-role">Programme Director, Future Mobility Summit (moderator)</p></li>
<li class="fms-card"><img src="/img/speakers/arakawa.jpg" alt="" width="96" height="96"><p class="fms-card-name">Kenji Arakawa</p><p class="fms-card-role">Executive Vice President, Toyoda Mobility</p></li>
<li class="fms-card"><img src="/img/speakers/osei.jpg" alt="" width="96" height="96"><p class="fms-card-name">Amara Osei</p><p class="fms-card-role">Commissioner for Transport, City of Accra</p></li>
<li class="fms-card"><img src="/img/speakers/musk.jpg" alt="" width="96" height="96"><p class="fms-card-name">Elon Musk</p><p class="fms-card-role">CEO, Tesla and SpaceX (remote)</p></li>
</ul></section>
<section class="fms-highlights"><h2>Highlights</h2>
<blockquote class="fms-hl"><p>&ldquo;Regulators are rational. If you bring them the data, they move.&rdquo;</p><footer>&mdash; Elon Musk</footer></blockquote>
<blockquote class="fms-hl"><p>&ldquo;We would welcome that. On our terms.&rdquo;</p><footer>&mdash; Amara Osei</footer></blockquote>
</section>
<section class="fms-transcript-wrap" id="transcript"><h2>Transcript</h2>
<p class="fms-note">English transcript of the floor audio. Japanese remarks are given in the interpreter&rsquo;s English rendering. Times are from the start of the recording above.</p>
<table class="fms-transcript">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Remarks</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</section>
<section class="fms-related"><h2>Related sessions</h2><ul><li><a href="/2025/sessions/city-data-commons">City data commons: who owns the street?</a></li><li><a href="/2025/sessions/hydrogen-trucks">Hydrogen trucks: last chance?</a></li></ul></section>
</main>
<footer class="fms-footer"><p>Future Mobility Summit is organised by the Pacific Mobility Forum, a not-for-profit association. &copy; 2025.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/code-of-conduct">Code of conduct</a> &middot; <a href="/press">Press</a></p></footer>
<script src="https://futuremobilitysummit.org/assets/site.2025.js" defer></script>
<script src="https://player.vimeo.com/api/player.js"></script>
<script>document.querySelectorAll('.tr-time time').forEach(function(t){{t.addEventListener('click',function(){{/* seek vimeo player */}});}});</script>
</body>
</html>
"""


def build():
    page = PAGE.format(rows=render_rows())
    return write_page(
        NAME, page, SHOW,
        "Conference session page: transcript <table>, one row per turn with a <time datetime=\"PT..\"> cell (mm:ss, h:mm:ss after an hour), the speaker in a row <th> (full label with affiliation first, then name), remarks in the last cell; continuation rows have empty time and speaker cells.",
        gold_turns(turns()),
        ["Hannah Vogel (moderator)", "Hannah Vogel", "Kenji Arakawa, Toyoda Mobility", "Kenji Arakawa",
         "Interpreter (for Mr. Arakawa)", "Interpreter (to Mr. Arakawa)", "Amara Osei, City of Accra", "Amara Osei", "Audience member"],
    )
