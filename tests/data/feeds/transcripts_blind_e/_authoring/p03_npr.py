from common import *

NAME = "radio_meridian_evening_edition"
SHOW = "Evening Edition (Meridian Public Radio)"
LABELS = {"AB_full": "AISHA BELL, HOST", "AB": "BELL", "TK_full": "TOM KWAN, BYLINE", "TK": "KWAN",
          "M_full": "ELON MUSK", "M": "MUSK", "LH": "LIN HAO"}
SB = "SB"
T = [
    ("AB_full", None, "Tesla's sales in China fell for a third straight quarter, even as the company cut prices again. Elon Musk has been making the case that Tesla can still win there. Our correspondent Tom Kwan has been following the story from Shanghai. Hi, Tom."),
    ("TK_full", None, "Hi, Aisha. So Musk was in Shanghai this week, and at a dealer event on Tuesday he was pretty blunt about the price war."),
    (SB, None, "(SOUNDBITE OF ARCHIVED RECORDING)"),
    ("M_full", None, "We're going to keep pushing on price and on technology. That's the only way to win in China. There's no shortcut."),
    ("TK", None, "Musk has said before that Chinese automakers would, quote, \"demolish\" most of their rivals without trade barriers. So when I got a few minutes with him afterward, I asked whether he supports the new American tariffs."),
    ("M", None, "Tesla didn't ask for these tariffs. I was actually surprised when they were announced."),
    ("TK", None, "And he went further."),
    ("M", None, "Things that inhibit freedom of exchange or distort the market are not good. That's my general view."),
    ("AB", None, "Tom, how is all of this playing with Chinese car buyers?"),
    ("TK", None, "It's mixed. I spoke with Lin Hao, an auto industry analyst here in Shanghai."),
    ("LH", None, "Tesla is still seen as a premium brand here, but the Chinese brands have caught up on software. The question now is whether Tesla gets full self-driving approved."),
    ("TK", None, "And on that, Musk was, as usual, optimistic."),
    ("M", None, "Yeah, I think we'll have FSD in China fairly soon. We're working closely with the regulators on it."),
    ("AB", None, "\"Fairly soon\" - we have heard that before."),
    ("TK", None, "We have, Aisha. And at the same event, he had a lot to say about robots."),
    (SB, None, "(SOUNDBITE OF ARCHIVED RECORDING)"),
    ("M", None, "Optimus will be the biggest product of all time. Bigger than the car, bigger than anything."),
    ("TK", None, "Investors will be watching to see whether any of that shows up in next quarter's numbers."),
    ("AB", None, "That's Tom Kwan in Shanghai. Thanks, Tom."),
    ("TK", None, "You're welcome."),
    (SB, None, "(SOUNDBITE OF MUSIC)"),
]


def build():
    body = []
    for k, t, text in T:
        if k == SB:
            body.append(f"<p>{esc(text)}</p>")
            continue
        ps = paras(text)
        body.append(f"<p>{esc(LABELS[k])}: {esc(ps[0])}</p>")
        for p in ps[1:]:
            body.append(f"<p>{esc(p)}</p>")
    transcript = "\n".join(body)
    ld = jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
                 "headline": "Tesla keeps cutting prices in China. Elon Musk says there's no shortcut",
                 "datePublished": "2024-10-24T16:08:00-04:00",
                 "author": [{"@type": "Person", "name": "Tom Kwan"}, {"@type": "Person", "name": "Aisha Bell"}],
                 "publisher": {"@type": "Organization", "name": "Meridian Public Radio"}})
    page = f'''<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<title>Tesla keeps cutting prices in China. Elon Musk says there's no shortcut : Meridian Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Transcript of the Evening Edition segment on Tesla's struggles in China.">
<meta name="robots" content="noarchive,max-image-preview:large">
<meta property="og:site_name" content="Meridian Public Radio">
<meta property="og:title" content="Tesla keeps cutting prices in China. Elon Musk says there's no shortcut">
<link rel="canonical" href="https://www.meridianradio.org/transcripts/2024/10/24/nx-s1-5163991">
<link rel="stylesheet" href="/templates/css/fonts.css">
<link rel="stylesheet" href="/templates/css/transcript.min.css?v=20241001">
{ld}
<script>var MPR_SETTINGS = {{ program: "Evening Edition", storyId: "nx-s1-5163991", pageType: "transcript" }};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MPR123456"></script>
</head>
<body class="transcript-page">
<a class="skip-link" href="#main-section">Skip to main content</a>
<header id="globalheader" class="globalheader">
  <div class="navigation__top-level-wrap">
    <a class="logo" href="/"><span class="hidden">Meridian Public Radio</span></a>
    <nav class="navigation__top-level">
      <ul><li><a href="/sections/news/">News</a></li><li><a href="/sections/culture/">Culture</a></li><li><a href="/music/">Music</a></li><li><a href="/podcasts-and-shows/">Podcasts &amp; Shows</a></li><li><a href="/search/">Search</a></li></ul>
    </nav>
    <div class="navigation__station"><a href="/donate?ps=mprhdr">Donate</a><a class="listen-live" href="/live">Listen Live</a></div>
  </div>
</header>
<main id="main-section">
<section class="transcript storytext">
  <div class="transcript-hdr">
    <p class="eyebrow"><a href="/programs/evening-edition/">Evening Edition</a></p>
    <h1>Tesla keeps cutting prices in China. Elon Musk says there's no shortcut</h1>
    <p class="dateblock"><time datetime="2024-10-24">October 24, 2024</time> 4:08 PM ET</p>
    <p class="byline">Heard on <a href="/programs/evening-edition/">Evening Edition</a>: <a href="/people/tkwan">Tom Kwan</a> <span class="sep">|</span> Aisha Bell</p>
    <div class="audio-module"><button class="audio-module-listen">Listen · 3:54</button><span class="audio-module-more">Playlist · Download · Transcript</span></div>
  </div>
{transcript}
  <p class="disclaimer">Copyright © 2024 Meridian Public Radio. All rights reserved. Visit our website terms of use and permissions pages at www.meridianradio.org for further information.</p>
  <p class="disclaimer">Meridian transcripts are created on a rush deadline by an MPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Meridian's programming is the audio record.</p>
</section>
<aside class="related">
  <h3>More Stories From Meridian</h3>
  <ul>
    <li><a href="/2024/10/23/nx-s1-5162201/byd-europe-plant-hungary">BYD opens its first European plant as tariffs bite</a></li>
    <li><a href="/2024/10/20/nx-s1-5158812/elon-musk-interview-optimus">Elon Musk: “Optimus will be the biggest product of all time”</a></li>
    <li><a href="/2024/10/18/nx-s1-5155510/lithium-prices-china-glut">Why lithium prices crashed — and what it means for your next car</a></li>
  </ul>
</aside>
</main>
<footer id="globalfooter">
  <div class="footer-sections"><ul><li><a href="/about/">About Meridian</a></li><li><a href="/careers/">Careers</a></li><li><a href="/press/">Press</a></li><li><a href="/ethics/">Ethics</a></li></ul></div>
  <div class="legal"><a href="/about/terms/">Terms of Use</a> <a href="/about/privacy/">Privacy</a> <a href="/about/privacy/choices/">Your Privacy Choices</a> <a href="/text-only/">Text Only</a> <span>© 2024 mpr</span></div>
</footer>
<div id="onetrust-banner-sdk" class="otFlat" role="alertdialog" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to support our site, including sponsorship credits. <a href="/about/privacy/">Privacy policy</a></p><button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Reject All</button></div>
</body>
</html>
'''
    fmt = "Radio network transcript: UPPERCASE 'NAME, ROLE:' labels inline, later surname only (ELON MUSK: then MUSK:); archived soundbites of Musk played inside the report; no timestamps"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
