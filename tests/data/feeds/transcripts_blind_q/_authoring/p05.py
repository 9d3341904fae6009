"""q05 - Podcast network page, transcript table (time | speaker | text). Kimbal Musk guest; Elon never speaks."""
import json
from common import ELON, attr, esc, gold_turns, mmss, write_page

NAME = "q05_table_for_three_network"
SHOW = "Table for Three (Northlight Audio)"

LABELS = {"R": ("Rosa Lindqvist", "Rosa"), "A": ("Ade Bankole", "Ade"), "K": ("Kimbal Musk", "Kimbal")}

# rows: (speaker or None for continuation, secs or None, text)
ROWS = [
    ("R", 0, "This is Table for Three, from Northlight Audio. I\u2019m Rosa Lindqvist."),
    ("A", 4, "And I\u2019m Ade Bankole. Today we\u2019re joined by a restaurateur, a farmer and, yes, the brother of a certain rocket guy."),
    ("K", 12, "That\u2019s how I\u2019m always introduced. It\u2019s fine. I\u2019ve made my peace with it."),
    ("R", 17, "We\u2019ll get to him, I promise. But first: why greenhouses in shipping containers?"),
    ("K", 24, "Because you can put them anywhere. A parking lot in Brooklyn, the back of a school in Memphis, a hospital roof. You control the light, the water, the temperature."),
    (None, None, "And kids love it. You give a twelve-year-old a farm in a box and they become the most serious farmer you\u2019ve ever met."),
    ("A", 220, "Did your brother give you any advice when you started?"),
    ("K", 225, "Elon said to me once, \u201cJust build the greenhouse like a factory. The hard part is the production line, not the plant.\u201d He was right, annoyingly."),
    ("R", 242, "Ha."),
    ("K", 243, "He\u2019s usually right about manufacturing. Less so about lettuce."),
    ("R", 750, "Your brother posted last week \u2014 I\u2019m reading it \u2014 \u201cKimbal\u2019s tomatoes are the best I\u2019ve ever had, and I\u2019ve had a lot of tomatoes.\u201d Is that an endorsement you\u2019ll use?"),
    ("K", 764, "Absolutely not. My mother would never let me hear the end of it."),
    ("A", None, "Maye is on the board too, right?"),
    ("K", 781, "She is. She\u2019s the toughest board member I\u2019ve ever had, and I\u2019ve had some tough ones."),
    (None, 790, "She reads every line of the financials. Every line."),
    ("R", 1510, "Kimbal Musk, thank you."),
    ("K", 1513, "Thanks for having me."),
]


def render_rows():
    seen = set()
    out = []
    for spk, t, text in ROWS:
        if spk is None:
            lab = ""
        else:
            full, short = LABELS[spk]
            lab = short if spk in seen else full
            seen.add(spk)
        tcell = '<button class="seek" data-seek="%d">%s</button>' % (t, mmss(t)) if t is not None else ""
        out.append('<tr><td class="tt-time">%s</td><td class="tt-speaker">%s</td><td class="tt-text">%s</td></tr>'
                   % (tcell, esc(lab), esc(text)))
    return "\n".join(out)


def next_data():
    data = {"props": {"pageProps": {"episode": {"id": "tft-077", "title": "Kimbal Musk grows lettuce in a box",
            "show": "table-for-three", "duration": 1531, "transcriptUrl": "/api/transcripts/tft-077.vtt"}}},
            "page": "/shows/[show]/[episode]", "query": {"show": "table-for-three", "episode": "77-kimbal-musk"},
            "buildId": "nl-7c1e2d", "isFallback": False}
    return json.dumps(data)


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Kimbal Musk grows lettuce in a box | Table for Three | Northlight Audio</title>
<meta name="description" content="Kimbal Musk on container farms, school gardens and the best advice his brother gave him."/>
<link rel="canonical" href="https://northlight.audio/shows/table-for-three/77-kimbal-musk"/>
<meta property="og:title" content="Kimbal Musk grows lettuce in a box"/><meta property="og:site_name" content="Northlight Audio"/>
<link rel="preload" href="/_next/static/media/inter-var.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/3f2a9c1d7e.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script>
<script src="/_next/static/chunks/webpack-5c1a7f.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/pages/shows/%5Bshow%5D/%5Bepisode%5D-9b8e.js" defer=""></script>
<style>.tt-time button{{font:inherit;background:none;border:0;color:#3a6ea5;cursor:pointer}} .transcript-table td{{vertical-align:top;padding:.35rem .6rem}} .tt-speaker{{font-weight:600;white-space:nowrap}}</style>
</head><body><div id="__next">
<div class="nl-shell">
<header class="nl-header"><a class="nl-logo" href="/" aria-label="Northlight Audio home"><svg width="132" height="24" viewBox="0 0 132 24" aria-hidden="true"><rect width="24" height="24" rx="4"></rect></svg><span class="sr-only">Northlight Audio</span></a>
<nav class="nl-nav" aria-label="Primary"><a href="/shows">Shows</a><a href="/new">New episodes</a><a href="/originals">Originals</a><a href="/advertise">Advertise</a><a href="/jobs">Jobs</a></nav>
<form class="nl-search" action="/search"><input type="search" name="q" placeholder="Search shows and episodes" aria-label="Search"/></form></header>
<main class="nl-main">
<nav class="nl-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/shows">Shows</a></li><li><a href="/shows/table-for-three">Table for Three</a></li><li aria-current="page">Episode 77</li></ol></nav>
<section class="nl-episode-hero"><img class="nl-cover" src="https://cdn.northlight.audio/covers/table-for-three-3000.jpg" width="240" height="240" alt="Table for Three cover art"/>
<div class="nl-hero-text"><p class="nl-kicker">Table for Three &middot; Episode 77 &middot; 25 min</p><h1>Kimbal Musk grows lettuce in a box</h1>
<p class="nl-dek">Rosa and Ade talk to Kimbal Musk about container farms, teaching kids to grow food, and the manufacturing advice he got from his older brother.</p>
<div class="nl-player" data-src="https://cdn.northlight.audio/tft/077.mp3" data-duration="1531"><button class="nl-play" aria-label="Play episode">Play</button><span class="nl-progress">0:00 / 25:31</span></div>
<ul class="nl-platforms"><li><a href="https://podcasts.apple.com/podcast/id1622000077">Apple Podcasts</a></li><li><a href="https://open.spotify.com/show/tablefor3">Spotify</a></li><li><a href="https://northlight.audio/feeds/table-for-three.xml">RSS</a></li></ul></div></section>
<div class="nl-columns">
<article class="nl-transcript" aria-labelledby="transcript-h">
<h2 id="transcript-h">Transcript</h2>
<p class="nl-note">Transcripts are produced by Northlight&rsquo;s audio team. Rows without a time were merged during editing.</p>
<table class="transcript-table">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Text</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</article>
<aside class="nl-sidebar">
<section class="nl-card"><h3>About the show</h3><p>Table for Three is a weekly conversation about food, farming and the people who feed cities. Hosted by Rosa Lindqvist and Ade Bankole.</p><a class="nl-follow" href="/shows/table-for-three">Follow</a></section>
<section class="nl-card"><h3>More from Northlight</h3><ul class="nl-related">
<li><a href="/shows/orbit-desk/14"><b>Elon Musk:</b> &ldquo;The hard part is the production line&rdquo; &mdash; Orbit Desk</a></li>
<li><a href="/shows/table-for-three/76-vertical-farming-bust">Why so many vertical farms went bust</a></li>
<li><a href="/shows/cityhall/102">The school-garden budget fight</a></li>
</ul></section>
<section class="nl-card nl-sponsor"><h3>Sponsor</h3><p>This episode is supported by Fieldnote seed catalogues. Use code TABLE for 15% off.</p></section>
</aside>
</div>
<section class="nl-comments"><h2>Listener notes</h2>
<div class="nl-comment"><p class="nl-comment-author">elonmuskfan_2009</p><p>Kimbal: &ldquo;Less so about lettuce.&rdquo; I laughed out loud on the bus.</p></div>
<div class="nl-comment"><p class="nl-comment-author">Maye Musk Appreciation Society</p><p>&ldquo;Every line.&rdquo; That&rsquo;s our queen.</p></div>
</section>
</main>
<footer class="nl-footer"><div class="nl-footer-cols"><div><h4>Northlight Audio</h4><p>Independent podcasts from Minneapolis since 2016.</p></div><div><h4>Company</h4><a href="/about">About</a><a href="/careers">Careers</a><a href="/press">Press</a></div><div><h4>Legal</h4><a href="/privacy">Privacy</a><a href="/terms">Terms</a></div></div><p class="nl-copy">&copy; 2025 Northlight Audio, Inc.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>
</body></html>
"""


def build():
    page = PAGE.format(rows=render_rows(), next_data=next_data())
    turns = [(s, t, [x]) for s, t, x in ROWS]  # Elon never speaks
    return write_page(
        NAME, page, SHOW,
        "Next.js podcast-network episode page: transcript <table> with columns Time (a seek <button> 'mm:ss', blank on some rows) | Speaker (blank on continuation rows) | Text.",
        gold_turns(turns),
        ["Rosa Lindqvist", "Rosa", "Ade Bankole", "Ade", "Kimbal Musk", "Kimbal"],
    )
