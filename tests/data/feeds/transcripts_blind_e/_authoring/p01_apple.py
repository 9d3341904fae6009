from common import *

NAME = "apple_podcasts_long_game"
SHOW = "The Long Game with Priya Raman"
LABELS = {"PR": "Priya Raman", "M": "Elon Musk"}
T = [
    ("PR", 0, "Welcome back to The Long Game. I'm Priya Raman. My guest today runs Tesla, SpaceX, xAI and, depending on the day, a social network. We recorded this at Giga Texas last week. Elon, thanks for making the time."),
    ("M", 14, "Thanks for having me. Good to be here."),
    ("PR", 19, "Let's start with Shanghai. When you broke ground there in 2019, a lot of people on Wall Street thought it was a reckless bet."),
    ("M", 31, "It was a bet, for sure. We went from a muddy field to making cars in under a year, which I think is still a record for any car factory anywhere in the world.\n\nThe team in Shanghai is extremely talented. They don't just work hard, they work smart, and they're very good at manufacturing engineering, which is the hard part. Designing a prototype is easy by comparison."),
    ("PR", 78, "Do you worry about depending on China for so much of your production?"),
    ("M", 86, "We're not dependent on any one country. Shanghai is our highest-volume factory, but Berlin and Austin are ramping well, and we'll add more.\n\nI think it's important to have production on every continent where you have demand. That just makes sense logistically, apart from anything else."),
    ("PR", 130, "The Chinese brands, though — BYD, Xiaomi, Li Auto — are moving incredibly fast."),
    ("M", 137, "Yeah."),
    ("PR", 138, "Are they now the biggest threat Tesla faces?"),
    ("M", 143, "Frankly, the Chinese car companies are the most competitive car companies in the world. They're very hardworking and they're smart, and they'll do well outside of China too.\n\nBut we're not standing still. The cost per mile of an autonomous car is going to be a fraction of anything else on the road, and that's where the real competition is."),
    ("PR", 196, "Let's switch to rockets. What does Starship need to do this year for you to call it a success?"),
    ("M", 204, "The key thing is catching the booster and the ship and flying them again quickly. Full and rapid reusability is the holy grail of rocketry. If we get that, the cost of access to space drops by a factor of a hundred."),
    ("PR", 241, "Starlink isn't licensed in China. Do you see that ever changing?"),
    ("M", 249, "I don't expect that to change. China has its own constellations under development, and that's their decision. We focus on the countries that want the service."),
    ("PR", 3588, "We're almost out of time. AI — how soon before it outthinks us?"),
    ("M", 3601, "I think we'll have AI that's smarter than any single human probably next year or the year after, and smarter than all humans combined maybe by 2029 or 2030. It's the fastest-moving technology I've ever seen."),
    ("PR", 3655, "Elon Musk, thank you."),
    ("M", 3659, "Thank you."),
]


def build():
    lines = []
    for k, t, text in T:
        ps = "\n".join(f'      <p class="transcript-line__text" dir="auto">{esc(p)}</p>' for p in paras(text))
        lines.append(f'''    <div class="transcript-line" data-testid="transcript-line" data-begin="{t}.000">
      <div class="transcript-line__header">
        <span class="transcript-line__speaker">{esc(LABELS[k])}</span>
        <time class="transcript-line__time" datetime="PT{t}S">{apple_t(t)}</time>
      </div>
{ps}
    </div>''')
    transcript = "\n".join(lines)
    ld = jsonld({
        "@context": "https://schema.org", "@type": "PodcastEpisode",
        "name": "Elon Musk on Shanghai, Starship and the Next Decade",
        "datePublished": "2024-11-18", "timeRequired": "PT1H1M",
        "partOfSeries": {"@type": "PodcastSeries", "name": SHOW, "url": "https://podcasts.apple.com/us/podcast/the-long-game-with-priya-raman/id1623498811"},
        "description": "Elon Musk sits down with Priya Raman at Giga Texas to talk China, Starship and AI.",
    })
    page = f'''<!DOCTYPE html>
<html lang="en-US" dir="ltr" data-theme="auto">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Elon Musk on Shanghai, Starship and the Next Decade - The Long Game with Priya Raman - Apple Podcasts</title>
  <meta name="description" content="Listen to Elon Musk on Shanghai, Starship and the Next Decade from The Long Game with Priya Raman. Transcript available.">
  <meta property="og:title" content="Elon Musk on Shanghai, Starship and the Next Decade">
  <meta property="og:site_name" content="Apple Podcasts">
  <meta property="og:type" content="music.song">
  <meta name="apple-itunes-app" content="app-id=525463029, app-argument=https://podcasts.apple.com/us/podcast/id1623498811?i=1000677120431">
  <link rel="canonical" href="https://podcasts.apple.com/us/podcast/elon-musk-on-shanghai-starship-and-the-next-decade/id1623498811?i=1000677120431">
  <link rel="stylesheet" href="/assets/index~6a1f2c3e9b.css">
  {ld}
  <script type="module" crossorigin src="/assets/index~0d5b1a77c2.js"></script>
  <script>window.__PODCASTS_ENV__={{"storefront":"us","locale":"en-US","transcripts":true}};</script>
</head>
<body class="podcasts-web">
<div class="app-container">
  <nav class="navigation" aria-label="Apple Podcasts">
    <div class="navigation__header"><a href="/us/browse" class="logo"><span class="visually-hidden">Apple Podcasts</span></a><span class="preview-badge">Preview</span></div>
    <div class="search-input-wrapper"><input type="search" placeholder="Search" aria-label="Search"></div>
    <ul class="navigation-items">
      <li><a href="/us/home">Home</a></li>
      <li><a href="/us/new">New</a></li>
      <li><a href="/us/charts">Top Charts</a></li>
      <li><a href="/us/search">Search</a></li>
    </ul>
    <div class="navigation__native-cta"><a href="https://podcasts.apple.com/us/app">Open in Podcasts</a></div>
  </nav>
  <main id="scrollable-page" class="scrollable-page">
    <section class="section section--episode-header">
      <div class="headings">
        <p class="headings__metadata-top">NOV 18, 2024 · EPISODE 212</p>
        <h1 class="headings__title">Elon Musk on Shanghai, Starship and the Next Decade</h1>
        <p class="headings__subtitle"><a href="/us/podcast/the-long-game-with-priya-raman/id1623498811">{esc(SHOW)}</a></p>
        <p class="headings__metadata-bottom">Business · 1 hr 1 min · Explicit</p>
      </div>
      <div class="button-wrapper"><button class="play-button" aria-label="Play">Play</button><button class="more-button" aria-label="More">•••</button></div>
    </section>
    <section class="section section--paragraph" data-testid="description">
      <div class="paragraph-wrapper">
        <p>Elon Musk sits down with Priya Raman on the factory floor at Giga Texas for a wide-ranging conversation about China, competition, rockets and artificial intelligence.</p>
        <p><strong>Highlights</strong></p>
        <ul>
          <li>Elon Musk: “The Chinese car companies are the most competitive car companies in the world.”</li>
          <li>Elon Musk: “Full and rapid reusability is the holy grail of rocketry.”</li>
        </ul>
        <p><strong>Chapters</strong></p>
        <p>(00:31) Building Giga Shanghai in under a year<br>(02:23) Chinese competition<br>(03:24) Starship's year<br>(04:09) Why Starlink won't launch in China<br>(59:48) AI timelines</p>
        <p>Produced by Long Game Media. Advertising inquiries: ads@longgame.fm. Privacy &amp; opt-out: longgame.fm/privacy</p>
      </div>
    </section>
    <section class="section section--information">
      <h2 class="section__title">Information</h2>
      <dl class="information">
        <div><dt>Show</dt><dd>{esc(SHOW)}</dd></div>
        <div><dt>Frequency</dt><dd>Updated Weekly</dd></div>
        <div><dt>Published</dt><dd>November 18, 2024 at 5:00 AM UTC</dd></div>
        <div><dt>Length</dt><dd>1h 1m</dd></div>
        <div><dt>Rating</dt><dd>Explicit</dd></div>
      </dl>
    </section>
    <section class="section section--transcript" aria-labelledby="transcript-title">
      <div class="transcript-header">
        <h2 id="transcript-title" class="section__title">Transcript</h2>
        <p class="transcript-header__disclaimer">Transcripts are auto-generated. Some errors may occur.</p>
      </div>
      <div class="transcript" role="list">
{transcript}
      </div>
    </section>
    <section class="section section--episode-shelf">
      <h2 class="section__title">More Episodes</h2>
      <ul class="shelf-grid__list">
        <li class="shelf-grid__list-item"><a href="/us/podcast/id1623498811?i=1000677120999"><span class="episode-details__title">Elon Musk: Part Two — The Mars Plan</span><span class="episode-details__meta">NOV 25, 2024 · 58 MIN</span></a></li>
        <li class="shelf-grid__list-item"><a href="/us/podcast/id1623498811?i=1000676540112"><span class="episode-details__title">Lisa Su on the Chip Wars</span><span class="episode-details__meta">NOV 11, 2024 · 47 MIN</span></a></li>
        <li class="shelf-grid__list-item"><a href="/us/podcast/id1623498811?i=1000675877403"><span class="episode-details__title">Inside BYD: How a Battery Maker Beat Detroit</span><span class="episode-details__meta">NOV 4, 2024 · 52 MIN</span></a></li>
      </ul>
    </section>
    <section class="section section--you-might-also-like">
      <h2 class="section__title">You Might Also Like</h2>
      <ul><li><a href="/us/podcast/id1490066620">Acquired Tales</a></li><li><a href="/us/podcast/id1558710234">Founders Notebook</a></li><li><a href="/us/podcast/id1603301145">The Compute Race</a></li></ul>
    </section>
  </main>
  <footer class="footer" role="contentinfo">
    <div class="footer__legal">
      <p>Copyright © 2024 <a href="https://www.apple.com">Apple Inc.</a> All rights reserved.</p>
      <ul class="footer__links"><li><a href="https://www.apple.com/legal/internet-services/">Internet Service Terms</a></li><li><a href="https://www.apple.com/privacy/">Apple Podcasts &amp; Privacy</a></li><li><a href="https://www.apple.com/legal/privacy/en-ww/cookies/">Cookie Warning</a></li><li><a href="https://support.apple.com/podcasts">Support</a></li><li><a href="/us/feedback">Feedback</a></li></ul>
      <p class="footer__locale"><a href="/choose-country-region">United States</a></p>
    </div>
  </footer>
</div>
<script src="/assets/player~9ad23e1b44.js" defer></script>
</body>
</html>
'''
    fmt = "Apple Podcasts web transcript: speaker name and m:ss/h:mm:ss time on a header line, text in following <p> paragraphs"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
