from common import *

NAME = "aa15_orbitline_network_table"
SHOW = "Deep Field (Orbitline Audio)"
FULL = {"RA": "Rosalind Achebe", "TL": "Theo Lindgren", EM: "Elon Musk"}
SHORT = {"RA": "RA", "TL": "TL", EM: "EM"}

# each paragraph is a row; ptimes per row (None = blank time cell)
TURNS = [
    T("RA", 2, "This is Deep Field from Orbitline Audio. I\u2019m Rosalind Achebe.", ptimes=[2]),
    T("TL", 6, "And I\u2019m Theo Lindgren. Our guest today operates more satellites than every other company on Earth combined. Elon Musk, welcome to Deep Field.", ptimes=[6]),
    T(EM, 15, "Thanks for having me. Although I think we\u2019re at something like sixty percent of all active satellites, not all of them. Let\u2019s be precise.", ptimes=[15]),
    T("RA", 26, "Noted. Let\u2019s start with the thing astronomers email us about every week: debris. You\u2019ve got thousands of satellites up there. What happens when one dies?", ptimes=[26]),
    T(EM, 39, "They\u2019re in very low orbits, so if a satellite fails, atmospheric drag brings it down within about five years, usually much less. That\u2019s a deliberate choice.",
      "At the altitudes we use, you basically can\u2019t create long-lived debris even if you tried. The higher orbits are where the real risk is, and some other operators are up there.",
      "We also share our orbital data publicly, so anyone can see where our satellites are and coordinate.", ptimes=[39, 61, None]),
    T("TL", 118, "So the satellites are designed to be disposable?", ptimes=[118]),
    T(EM, 122, "Correct.", ptimes=[122]),
    T("RA", 124, "Musk once said, and I think this was at a conference in 2021, that the sky is big enough for everyone. Astronomers would say the sky is big, but the night sky in their images isn\u2019t.", ptimes=[124]),
    T(EM, 141, "That\u2019s a fair point, and we\u2019ve worked with the astronomy community quite a bit on it. We added sunshades and changed the coatings. Brightness dropped a lot.",
      "It\u2019s not zero impact, I\u2019m not going to pretend it is. But it\u2019s much better than the first batch.", ptimes=[141, 160]),
    T("TL", None, "Mm.", ptimes=[None]),
    T(EM, None, "And to be honest the first batch was a mistake on our part. We just didn\u2019t think about it enough.", ptimes=[None]),
    T("RA", 2710, "Let\u2019s talk direct-to-cell. The idea that a normal phone can talk to a satellite.", ptimes=[2710]),
    T(EM, 2718, "It\u2019s one of the most exciting things we\u2019re doing. No more dead zones. If you\u2019re lost hiking, or there\u2019s a hurricane and the towers are down, your phone still works. The bandwidth per beam is limited, so it\u2019s texting and basic data first, not video.", ptimes=[2718]),
    T("TL", 3660, "We\u2019re out of time. Elon Musk, thank you.", ptimes=[3660]),
    T(EM, 3664, "Thank you both. This was great.", ptimes=[3664]),
]


def render_table():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        for i, (p, pt) in enumerate(zip(t.paras, t.ptimes)):
            tc = '<a class="tx-jump" href="?t=%d">%s</a>' % (pt, hms_short(pt)) if pt is not None else ""
            out.append('<tr class="tx-row%s"><td class="tx-time">%s</td><td class="tx-spk">%s</td><td class="tx-text">%s</td></tr>'
                       % ("" if i == 0 else " tx-row--cont", tc, lbl if i == 0 else "", esc(p, ents=True)))
    return "\n".join(out)


def render_plain():
    out = []
    for t in TURNS:
        out.append("<p>%s: %s</p>" % (FULL[t.spk], esc(" ".join(t.paras), ents=True)))
    return "\n".join(out)


PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Deep Field &mdash; Elon Musk on satellites, debris and dark skies | Orbitline Audio</title>
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="/_next/static/css/7a9e61c0b3c2.css" data-n-g="">
<noscript data-n-css=""></noscript>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer></script>
</head>
<body>
<div id="__next">
<header class="NetworkHeader_root__x1Q"><a href="/" class="NetworkHeader_logo__9kP">ORBITLINE<span>audio</span></a>
<nav class="NetworkHeader_nav__aa2"><a href="/shows">All shows</a><a href="/shows/deep-field" aria-current="page">Deep Field</a><a href="/shows/the-payload">The Payload</a><a href="/shows/low-earth">Low Earth</a><a href="/plus">Orbitline+</a></nav></header>
<main class="EpisodePage_main__p0z">
<nav class="Breadcrumb_root__k2" aria-label="breadcrumb"><a href="/shows">Shows</a> / <a href="/shows/deep-field">Deep Field</a> / <span>Episode 61</span></nav>
<section class="EpisodeHero_root__Zl1"><p class="EpisodeHero_kicker__r1">Deep Field &middot; Episode 61 &middot; 1h 1m</p>
<h1 class="EpisodeHero_title__H3">Elon Musk on satellites, debris and dark skies</h1>
<p class="EpisodeHero_date__q">Published <time datetime="2024-07-30">July 30, 2024</time></p>
<div class="EpisodeHero_player__7t"><button class="PlayButton_root__1" aria-label="Play episode">&#9654; Play</button><span>1:01:12</span></div></section>
<section class="ShowNotes_root__M8"><h2>Show notes</h2>
<p>Rosalind and Theo ask Elon Musk the questions astronomers send them every week: what happens to dead satellites, why the first batch was so bright, and when your phone will talk to space.</p>
<div class="Highlights_root__qA" role="region" aria-label="Highlights"><h3>Episode highlights</h3>
<ol><li><span class="Highlights_ts__2">00:39</span> Elon Musk: &ldquo;If a satellite fails, atmospheric drag brings it down within about five years.&rdquo;</li>
<li><span class="Highlights_ts__2">02:02</span> &ldquo;Correct.&rdquo; &mdash; on disposable satellites</li>
<li><span class="Highlights_ts__2">45:18</span> Elon Musk on direct-to-cell and the end of dead zones</li></ol></div>
<p>Links: <a href="https://orbitline.fm/r/df61-celestrak">Public orbital data</a> &middot; <a href="https://orbitline.fm/r/df61-brightness">Brightness study</a></p></section>
<section class="Transcript_root__Xv" id="transcript"><h2>Transcript</h2>
<p class="Transcript_note__v">Tap a time to jump there in the player. Rows without a speaker continue the turn above.</p>
<table class="Transcript_table__eP">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Text</th></tr></thead>
<tbody>
{{TABLE}}
</tbody></table>
<details class="Transcript_plain__cQ"><summary>Show plain-text transcript (for copying and screen readers)</summary>
<div class="Transcript_plainBody__r">
{{PLAIN}}
</div></details>
</section>
<section class="MoreEpisodes_root__u"><h2>More from Deep Field</h2><ul>
<li><a href="/shows/deep-field/60">Ep. 60 &mdash; The astronomer who counts satellites</a></li>
<li><a href="/shows/deep-field/59">Ep. 59 &mdash; Space law for normal people</a></li></ul></section>
</main>
<footer class="NetworkFooter_root__b"><p>&copy; 2024 Orbitline Audio LLC</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/advertise">Advertise with us</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"show":"deep-field","episode":61,"durationSec":3672}},"page":"/shows/[show]/[episode]","buildId":"r8Hq2_LmXo"}</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TABLE}}", render_table()).replace("{{PLAIN}}", render_plain())
    return write(NAME, page,
                 "Podcast-network episode page: a transcript table (time link ?t=N shown as mm:ss/h:mm:ss | speaker | text) with labels \"Elon Musk\" then \"EM\", continuation rows with an empty speaker cell, some rows with an empty time cell; the same transcript repeated in a collapsed <details> plain-text copy.",
                 SHOW, gold_turns(TURNS), ["Rosalind Achebe", "RA", "Theo Lindgren", "TL"])
