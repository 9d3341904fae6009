from common import *

NAME = "eleventy_kibbitz_hour_elon_gold_trap"
SHOW = "The Kibbitz Hour with Elon Gold"
LABELS = {"EG_full": "Elon Gold", "EG": "Elon", "DP": "Dana Pearl", "MF": "Marcus Feld"}
T = [
    ("EG_full", 12.345, "Welcome to The Kibbitz Hour. I'm Elon Gold, the original Elon, the funny Elon, the Elon whose car has a steering wheel."),
    ("DP", 21.9, "And I'm Dana Pearl. We have a theme today, which is, apparently, the other Elon."),
    ("EG_full", 27.402, "The other Elon! Every day my phone blows up. People tag me instead of him. I get angry replies about rockets. I've never built a rocket. I built a sukkah once, it fell over."),
    ("DP", 44.118, "We brought in an actual tech reporter so we don't embarrass ourselves. Marcus Feld, welcome."),
    ("MF", 49.75, "Happy to be here. I cover Tesla and SpaceX, so I have feelings about the other Elon too."),
    ("EG", 55.003, "Marcus, be honest. Has he ever mentioned me?"),
    ("MF", 58.6, "He has not. But last week he posted, and I'm reading it off my phone: \"Tariffs are a tax on consumers. Chinese EVs are very good.\" So that's what he's thinking about."),
    ("EG", 71.204, "Not about me. Not about me at all. Okay, let me do my impression. Ready? (deep South African accent) \"We will be on Mars in two weeks. Also the car drives itself, mostly.\""),
    ("DP", 84.5, "That's not even close."),
    ("EG", 86.0, "It's close! It's extremely close, as he would say."),
    ("MF", 3601.777, "Honestly the bigger story is China. BYD outsold Tesla last quarter, and Musk said on the earnings call that the Chinese companies are the most competitive in the world."),
    ("EG", 3614.02, "See, he compliments BYD, but does he compliment Gold? No."),
    ("DP", 3619.3, "That's our show. Thank you, Marcus."),
    ("MF", 3622.0, "Thanks for having me."),
]


def build():
    cues = []
    for k, t, text in T:
        cues.append(f'      <li class="cue" data-start="{t:.3f}" data-speaker="{attr(LABELS[k])}"><a class="cue__ts" href="#t={int(t)}">[{hmsms(t)}]</a> <b class="cue__spk">{esc(LABELS[k])}:</b> <span class="cue__txt">{esc(text)}</span></li>')
    cues_html = "\n".join(cues)
    ld = jsonld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Ep. 94: Elon vs. Elon",
                 "partOfSeries": {"@type": "PodcastSeries", "name": SHOW}, "datePublished": "2024-10-03", "timeRequired": "PT1H1M"})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Eleventy v2.0.1">
  <title>Ep. 94: Elon vs. Elon — The Kibbitz Hour with Elon Gold</title>
  <meta name="description" content="Elon Gold and Dana Pearl welcome Tesla reporter Marcus Feld to talk about the other Elon. Full transcript.">
  <meta property="og:title" content="Ep. 94: Elon vs. Elon">
  <meta property="og:image" content="https://kibbitzhour.com/img/ep94-card.png">
  <link rel="alternate" type="application/rss+xml" href="/feed.xml" title="The Kibbitz Hour">
  <link rel="stylesheet" href="/css/main.css?v=3f9a">
  {ld}
  <script defer src="https://cdn.podcastplayer.fm/embed.js"></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="site-title" href="/">The Kibbitz Hour</a>
    <nav><ul class="nav"><li><a href="/episodes/">Episodes</a></li><li><a href="/tour/">Elon Gold Live</a></li><li><a href="/about/">About</a></li><li><a href="/merch/">Merch</a></li></ul></nav>
  </header>
  <main id="main" class="episode">
    <p class="episode__meta"><time datetime="2024-10-03">October 3, 2024</time> · Episode 94 · 1:00:41</p>
    <h1>Ep. 94: Elon vs. Elon</h1>
    <div class="player" data-src="https://media.kibbitzhour.com/ep94.mp3"><audio controls preload="none" src="https://media.kibbitzhour.com/ep94.mp3"></audio></div>
    <section class="shownotes">
      <h2>Show notes</h2>
      <p>Comedian Elon Gold has spent fifteen years being confused with Elon Musk on the internet. This week he and co-host Dana Pearl bring in tech reporter Marcus Feld to explain what the other Elon is actually up to — tariffs, BYD, Mars — and whether he has ever heard of Elon Gold. (He has not.) Elon Musk does not appear on this episode.</p>
      <blockquote class="notes-quote">Elon Musk: “Tariffs are a tax on consumers.” — as read on air by Marcus</blockquote>
      <p>In the transcript, “Elon” is Elon Gold.</p>
    </section>
    <section class="transcript" id="transcript">
      <h2>Transcript</h2>
      <p class="transcript__note">Machine-generated, lightly edited. Click a timestamp to jump.</p>
      <ol class="cues">
{cues_html}
      </ol>
    </section>
    <nav class="pager"><a rel="prev" href="/episodes/93/">← Ep. 93: My Mother-in-Law's Group Chat</a> <a rel="next" href="/episodes/95/">Ep. 95: Kosher Crypto →</a></nav>
    <div class="share"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fkibbitzhour.com%2Fepisodes%2F94%2F">Share on X</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkibbitzhour.com%2Fepisodes%2F94%2F">Facebook</a></div>
  </main>
  <aside class="sidebar">
    <h3>Elon Gold Live</h3>
    <ul><li>Oct 12 — Scottsdale, AZ</li><li>Oct 19 — Boca Raton, FL</li><li>Nov 2 — Toronto, ON</li></ul>
    <h3>Subscribe</h3>
    <ul><li><a href="https://podcasts.apple.com/us/podcast/id1550011223">Apple Podcasts</a></li><li><a href="https://open.spotify.com/show/2kbtz">Spotify</a></li><li><a href="/feed.xml">RSS</a></li></ul>
  </aside>
  <footer class="site-footer"><p>© 2024 Gold Standard Productions. Built with Eleventy.</p></footer>
  <script src="/js/cues.js"></script>
</body>
</html>
'''
    fmt = "Eleventy podcast site: <ol> of <li data-start> cues '[hh:mm:ss.mmm] Name: text' with #t= links; speakers are Elon Gold (later just 'Elon'), co-host and a reporter who quotes Musk; Musk never speaks"
    return NAME, page, gold(SHOW, fmt, T, LABELS, musk=())
