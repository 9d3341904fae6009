from common import *

NAME = "astro_launch_window_ep212"
SHOW = "Launch Window"
LABELS = {"MO": "Maya Ortiz", "JR": "Jonah Reed", "M": "Elon Musk"}
T = [
    ("MO", 0, "This is Launch Window, I'm Maya Ortiz."),
    ("JR", 3, "And I'm Jonah Reed. And today — we are not kidding — Elon Musk is on the show."),
    ("M", 9, "Hey guys."),
    ("MO", 11, "Let's get right into it. Why does Starship have to be fully reusable? Falcon 9 is doing fine with a reusable booster."),
    ("M", 250, "Imagine if airplanes were thrown away after every flight. Nobody could afford to fly. That's where rockets are today, even with Falcon, because we still throw away the upper stage.\n\nWith Starship, the goal is that you land it, refill the propellant, and fly again within hours. Once you do that, the cost per ton to orbit goes down by two orders of magnitude."),
    ("JR", 1125, "Let's talk about China. The Long March 12A and a bunch of commercial startups like LandSpace are all chasing reusability now."),
    ("M", 1139, "China's space program is very strong, and their commercial companies are moving quickly. I'd say they're the most serious competitors we have.\n\nPeople underestimate them at their peril."),
    ("MO", 1163, "Do you think they'll catch Falcon 9?"),
    ("M", 1168, "On reusability, probably within a few years. On launch cadence, that's going to be tough. We did more launches last year than the rest of the world combined."),
    ("JR", 1880, "Starlink. Direct-to-cell. And the politics — Starlink has become a geopolitical tool whether you like it or not."),
    ("M", 1894, "Starlink is meant to connect people. That's it. We've tried hard to stay out of the politics, which is not easy when you're providing connectivity in a war zone."),
    ("MO", 1930, "China is building Guowang and Qianfan, which are basically Starlink rivals."),
    ("M", 1936, "Yeah, that's true."),
    ("MO", 1940, "Any advice for them?"),
    ("M", 1942, "Build a lot of satellites and launch them cheaply. That's the whole secret."),
    ("JR", 2100, "Elon, thank you so much for doing this."),
    ("MO", 2102, "Thanks, Elon."),
    ("M", 2104, "Thanks, guys. Take care."),
]


def build():
    secs = []
    for k, t, text in T:
        ps = "\n".join(f'    <p data-astro-cid-k3v9x>{esc(p)}</p>' for p in paras(text))
        secs.append(f'''  <section class="turn" id="t-{t}" data-astro-cid-k3v9x>
    <h3 class="turn-speaker" data-astro-cid-k3v9x>{esc(LABELS[k])} <a class="turn-time" href="#t={t}" data-astro-cid-k3v9x>{ms(t)}</a></h3>
{ps}
  </section>''')
    transcript = "\n".join(secs)
    ld = jsonld({"@context": "https://schema.org", "@type": "PodcastEpisode", "episodeNumber": 212,
                 "name": "Ep. 212 — Elon Musk on Starship, China's rockets and Starlink",
                 "partOfSeries": {"@type": "PodcastSeries", "name": SHOW, "url": "https://launchwindow.fm"},
                 "associatedMedia": {"@type": "MediaObject", "contentUrl": "https://media.launchwindow.fm/lw212.mp3"}, "datePublished": "2024-08-07"})
    page = f'''<!DOCTYPE html><html lang="en" data-astro-cid-sckkx6r4><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v4.12.2">
<title>Ep. 212 — Elon Musk on Starship, China's rockets and Starlink · Launch Window</title>
<meta name="description" content="Maya and Jonah talk to Elon Musk about full reusability, Chinese launch competitors and Starlink geopolitics.">
<link rel="alternate" type="application/rss+xml" title="Launch Window" href="https://launchwindow.fm/rss.xml">
<meta property="og:audio" content="https://media.launchwindow.fm/lw212.mp3">
<link rel="stylesheet" href="/_astro/index.BqB4lT1n.css">
{ld}
<script type="module" src="/_astro/hoisted.D8ri2p_S.js"></script>
</head>
<body data-astro-cid-sckkx6r4>
<header class="site-header" data-astro-cid-3ef6ksr2>
  <a href="/" class="brand" data-astro-cid-3ef6ksr2>🚀 Launch Window</a>
  <nav data-astro-cid-3ef6ksr2><a href="/episodes/" data-astro-cid-3ef6ksr2>Episodes</a> <a href="/about/" data-astro-cid-3ef6ksr2>About</a> <a href="/support/" data-astro-cid-3ef6ksr2>Support the show</a> <a href="/rss.xml" data-astro-cid-3ef6ksr2>RSS</a></nav>
</header>
<main class="episode" data-astro-cid-k3v9x>
  <p class="ep-meta" data-astro-cid-k3v9x>Episode 212 · August 7, 2024 · 36 min</p>
  <h1 data-astro-cid-k3v9x>Elon Musk on Starship, China's rockets and Starlink</h1>
  <astro-island uid="Z1q8nH" component-url="/_astro/Player.C1fY7mVb.js" component-export="default" renderer-url="/_astro/client.BIGLHmRd.js" props='{{"src":[0,"https://media.launchwindow.fm/lw212.mp3"],"duration":[0,2160]}}' client="visible" opts='{{"name":"Player","value":true}}'>
    <div class="player"><button class="play" aria-label="Play episode">▶</button><div class="progress"><span class="elapsed">00:00</span> / <span class="total">36:00</span></div></div>
  </astro-island>
  <section class="shownotes" data-astro-cid-k3v9x>
    <h2 data-astro-cid-k3v9x>Show notes</h2>
    <p data-astro-cid-k3v9x>We finally got him. Elon Musk joins Maya and Jonah to talk about why full reusability matters, how fast China's commercial launch sector is moving, and whether Starlink can stay out of geopolitics.</p>
    <h3 data-astro-cid-k3v9x>Chapters</h3>
    <ul class="chapters" data-astro-cid-k3v9x>
      <li data-astro-cid-k3v9x><a href="#t=0" data-astro-cid-k3v9x>00:00</a> Cold open</li>
      <li data-astro-cid-k3v9x><a href="#t=250" data-astro-cid-k3v9x>04:10</a> Elon Musk: why Starship must be fully reusable</li>
      <li data-astro-cid-k3v9x><a href="#t=1125" data-astro-cid-k3v9x>18:45</a> China's Long March 12A and LandSpace</li>
      <li data-astro-cid-k3v9x><a href="#t=1880" data-astro-cid-k3v9x>31:20</a> Starlink, direct-to-cell and geopolitics</li>
    </ul>
    <h3 data-astro-cid-k3v9x>Links</h3>
    <ul data-astro-cid-k3v9x><li data-astro-cid-k3v9x><a href="https://www.spacex.com/vehicles/starship/" data-astro-cid-k3v9x>Starship (SpaceX)</a></li><li data-astro-cid-k3v9x><a href="/episodes/198-landspace-zhuque-3/" data-astro-cid-k3v9x>Ep. 198: Zhuque-3 and the Chinese reusability race</a></li></ul>
  </section>
  <section class="transcript" aria-label="Transcript" data-astro-cid-k3v9x>
  <h2 data-astro-cid-k3v9x>Transcript</h2>
  <p class="note" data-astro-cid-k3v9x>Edited for readability; some crosstalk removed. Click a time to jump the player.</p>
{transcript}
  </section>
  <nav class="prev-next" data-astro-cid-k3v9x><a href="/episodes/211-rocket-lab-neutron/" data-astro-cid-k3v9x>← Ep. 211: Rocket Lab's Neutron</a> <a href="/episodes/213-artemis-delays/" data-astro-cid-k3v9x>Ep. 213: Artemis delays →</a></nav>
</main>
<footer class="site-footer" data-astro-cid-sckkx6r4><p>© 2024 Launch Window. Made with Astro. Hosted on Netlify.</p><p><a href="https://mastodon.social/@launchwindow" rel="me">Mastodon</a> · <a href="https://bsky.app/profile/launchwindow.fm">Bluesky</a> · <a href="mailto:hello@launchwindow.fm">hello@launchwindow.fm</a></p></footer>
</body></html>
'''
    fmt = "Podcast static site (Astro): one <section> per turn with an <h3> heading 'Speaker <a href=#t=N>mm:ss</a>' followed by paragraphs; chapters list in show notes"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
