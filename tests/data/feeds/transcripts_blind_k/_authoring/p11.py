"""k11 - TRAP: podcast network page (Squarespace); hosts discuss and quote Musk, a caller named Elon speaks; Musk never speaks."""
from common import *

NAME = "k11_northlight_trap_network"
SHOW = "Ticker & Tonic (Northlight Audio)"

LAB = {"J": ("Jo Amari", "Jo"), "S": ("Sam Beck", "Sam"), "C": ("Elon (caller, Tallinn)", "Elon")}

TURNS = [
    T("J", tsec(0, 0, 9), "Hello and welcome to Ticker & Tonic, the show where we read the earnings so you don’t have to. I’m Jo Amari."),
    T("S", tsec(0, 0, 14), "And I’m Sam Beck. Today’s episode is about a very specific unit of time: the Musk year."),
    T("J", tsec(0, 0, 21), "The Musk year. For anyone new: it’s the amount of time between Elon Musk saying something will happen “next year” and it actually happening."),
    T("S", tsec(0, 0, 31), "We should be fair here. He ships a lot of things. He just ships them later than he says. And honestly, he’s admitted it. Musk once said, on stage, and I’m reading this off my notes because we couldn’t license the audio: “I’m optimistic about timelines. It’s a known bug.”"),
    T("J", tsec(0, 0, 52), "“A known bug.” I love that he frames it as a software issue."),
    T("S", tsec(0, 0, 57), "As Elon told a room full of analysts a couple of years ago, “if you don’t set an aggressive deadline, you get a lazy schedule.” And there’s something to that."),
    T("J", tsec(0, 1, 9), "Let’s take a call. We have someone on the line from Tallinn. You’re on Ticker & Tonic."),
    T("C", tsec(0, 1, 15), "Hi, thanks. My name is Elon, actually. No relation, I promise. I’m a software engineer here in Estonia, and I have a question about the robotaxi numbers."),
    T("S", tsec(0, 1, 24), "An Elon calling in about Elon. This is the best day of the show."),
    T("C", tsec(0, 1, 28), "I get that a lot. My question is: when analysts model the robotaxi business, are they using his timeline or their own?"),
    T("J", tsec(0, 1, 37), "Great question. Mostly their own, and they haircut it heavily. Some of the bullish models assume a three-year delay on whatever he says, which is kind of a Musk-year adjustment built into a spreadsheet."),
    T("C", tsec(0, 1, 52), "Okay. That makes sense. Thank you."),
    T("S", tsec(0, 1, 55), "Thanks for calling, Elon. Tell Estonia we said hi."),
    T("J", tsec(0, 24, 30), "That’s our show. If Elon Musk himself is listening: our inbox is open, and we will absolutely book you next year."),
    T("S", tsec(0, 24, 38), "Which, by our math, means some time in 2028."),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        out.append('<p class="" style="white-space:pre-wrap;"><strong>%s</strong> <span class="tstamp">[%s]</span><br>%s</p>' % (esc(lab), hms(t["t"]), esc(t["paras"][0])))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ticker &amp; Tonic 112: The Musk Year &mdash; Northlight Audio</title>
<meta property="og:site_name" content="Northlight Audio">
<meta property="og:title" content="Ticker &amp; Tonic 112: The Musk Year">
<meta property="og:type" content="article">
<meta itemprop="name" content="Ticker &amp; Tonic 112: The Musk Year">
<link rel="canonical" href="https://www.northlightaudio.com/tickerandtonic/112-the-musk-year">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1b2c3d4e5f60718293a4b/12/5c5a519771c10ba3470d8101/64a1b2c3d4e5f60718293a57/1492/site.css">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1b2c3d4e5f60718293a4b","identifier":"northlight-audio","siteTitle":"Northlight Audio"},"itemId":"66b7c8d9e0f1a2b3c4d5e6f7","collectionId":"64a1b2c3d4e5f60718293a60"};</script>
</head>
<body id="item-66b7c8d9e0f1a2b3c4d5e6f7" class="header-overlay-alignment-center tweak-blog-item-width-medium collection-type-blog-basic-grid view-item ancillary-header-top-left-layout">
<div class="header-announcement-bar-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
  <div class="header-inner"><div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Northlight Audio</a></div></div>
  <div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shows">Shows</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/tickerandtonic" aria-current="page">Ticker &amp; Tonic</a></div><div class="header-nav-item"><a href="/fieldwork">Fieldwork</a></div><div class="header-nav-item"><a href="/advertise">Advertise</a></div><div class="header-nav-item"><a href="/about">About</a></div></nav></div></div>
</header></div>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="66b7c8d9e0f1a2b3c4d5e6f8">
<section class="page-section" data-section-theme="white"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-jo-amari post-type-text">
  <div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Ticker &amp; Tonic 112: The Musk Year</h1></div>
  <div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-09-05">September 5, 2024</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/tickerandtonic?author=64a1b2c3d4e5f60718293a70" class="blog-author">Jo Amari</a></div></div></div>
  <div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-66b7c8d9e0f1a2b3c4d5e6f7"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41" id="block-yui_3_17_2_1_1725500000000_2210"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/64a1b2c3d4e5f60718293a4b/t/66b7c8d9/1725500000000/TT112_the_musk_year.mp3" data-title="The Musk Year" data-author="Ticker &amp; Tonic" data-show-download="true" data-design-style="minimal"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1725500000000_3120"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Jo and Sam measure the gap between “next year” and next year. We look at a decade of Elon Musk product timelines, how analysts adjust for them, and take a call from a listener in Tallinn with a very specific name.</p>
<h3>In this episode</h3>
<ul data-rte-list="default">
<li><p class="" style="white-space:pre-wrap;">00:00:21 — Defining the Musk year</p></li>
<li><p class="" style="white-space:pre-wrap;">00:00:31 — Elon Musk: “I’m optimistic about timelines. It’s a known bug.”</p></li>
<li><p class="" style="white-space:pre-wrap;">00:01:15 — A call from Elon in Tallinn</p></li>
<li><p class="" style="white-space:pre-wrap;">00:24:30 — An open invitation</p></li>
</ul>
<p class="" style="white-space:pre-wrap;"><em>Elon Musk did not appear on this episode. Quotes are read from public remarks; see sources below.</em></p>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1725500000000_4410"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote"><span>“</span>If you don’t set an aggressive deadline, you get a lazy schedule.<span>”</span></blockquote><figcaption class="source">— Elon Musk</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1725500000000_5120"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Transcript</h3>
%s
<p class="" style="white-space:pre-wrap;"><em>Transcript produced by Northlight Audio. Errors are ours; please email corrections to transcripts@northlightaudio.com.</em></p>
<h3>Sources</h3>
<ul data-rte-list="default"><li><p class="" style="white-space:pre-wrap;">“It’s a known bug” — remarks at a 2022 investor event, as reported by the Northlight newsroom.</p></li><li><p class="" style="white-space:pre-wrap;">“Lazy schedule” — analyst day remarks, 2021.</p></li></ul>
</div></div></div>
</div></div></div>
  </div></div>
  <div class="blog-item-comments"><div class="squarespace-comments" id="comments-66b7c8d9e0f1a2b3c4d5e6f7"><div class="comment-count">2 Comments</div>
    <div class="comment"><div class="comment-author">Elon M.</div><div class="comment-body"><p>I’m the caller from Tallinn! Thanks for taking my call, I’ve been sending this episode to everyone at work.</p></div></div>
    <div class="comment"><div class="comment-author">Rita P.</div><div class="comment-body"><p>“We will absolutely book you next year.” Perfect ending.</p></div></div>
  </div></div>
</article></div>
<div class="item-pagination"><a class="item-pagination-link item-pagination-link--prev" href="/tickerandtonic/111-chip-cycle"><span class="item-pagination-title">111: The Chip Cycle</span></a><a class="item-pagination-link item-pagination-link--next" href="/tickerandtonic/113-airline-math"><span class="item-pagination-title">113: Airline Math</span></a></div>
</div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Northlight Audio · Independent podcasts from Minneapolis · <a href="/newsletter">Newsletter</a> · <a href="/privacy">Privacy</a></p><p class="" style="white-space:pre-wrap;">&copy; 2024 Northlight Audio LLC</p></div></div></section></footer>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.6a8f1f0e3d4e2b1c.js" type="text/javascript"></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Squarespace network page, trap: each turn is one paragraph with bold name and '[hh:mm:ss]' on the first line; two hosts discuss and quote Elon Musk, and a listener named Elon calls in ('Elon (caller, Tallinn)' then 'Elon'); Elon Musk never speaks.",
                 SHOW, [], ["Jo Amari", "Jo", "Sam Beck", "Sam", "Elon (caller, Tallinn)", "Elon"])
