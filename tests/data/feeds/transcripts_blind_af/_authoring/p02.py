from common import *


def build():
    T = [
        ('T', 0, ["Welcome to Low Earth Hours, the show about everything between the ground and the K&aacute;rm&aacute;n line. I&rsquo;m Tom&aacute;s Reyes."]),
        ('H', 9, ["And I&rsquo;m Hannah Lindqvist. Today we&rsquo;re joined by Elon Musk, who has very kindly given us a whole afternoon."]),
        (EM, 17, ["Happy to be here. I think you said an hour, though."]),
        ('T', 21, ["We did say an hour. We lied."]),
        (EM, 24, ["Ha. Okay, let&rsquo;s see how far we get."]),
        ('H', 28, ["Let&rsquo;s start with Starlink. How many satellites are actually up there right now?"]),
        (EM, 33, ["A bit over six thousand working satellites, and we&rsquo;re adding more every week. The constraint these days isn&rsquo;t really the satellites, it&rsquo;s launch cadence and ground infrastructure.",
                  "People forget that every satellite needs to talk to a gateway on the ground, or to another satellite over a laser link. The lasers were the unlock. Once you can pass traffic across the constellation, you don&rsquo;t need a gateway under every satellite."]),
        ('T', 95, ["And direct-to-cell?"]),
        (EM, 98, ["Direct-to-cell is hard because the phone antenna is tiny, and the phone was never designed to talk to something five hundred kilometers away moving at seven and a half kilometers a second. So the satellite has to do all the heavy lifting."]),
        ('H', 118, ["Right."]),
        (EM, 119, ["Huge phased array, lots of power, very precise beam steering. It works for texting today, and data is coming."]),
        ('T', 2710, ["Switching gears to launch costs. Hannah has a spreadsheet."]),
        ('H', 2716, ["I always have a spreadsheet. There&rsquo;s a line people love to quote here &mdash; Musk once said the price of a launch should trend toward the price of the fuel. Is that still the goal?"]),
        (EM, 2731, ["That&rsquo;s the asymptote, yes. Propellant for a full Starship stack is on the order of a million dollars, maybe a bit more. So if you get to full and rapid reuse, the marginal cost of a launch starts to look like a few million dollars.",
                    "We&rsquo;re not there. But every flight we get closer, and the important word is rapid. A reusable rocket that takes six months to refurbish is not really reusable."]),
        ('T', 3790, ["We&rsquo;re over the hour, which means we lied successfully. Last question: what would you tell a twenty-year-old engineer who wants to work on this stuff?"]),
        (EM, 3801, ["Work on hard problems, and go where the hardware is. You learn more in a year of building things that break than in five years of slides."]),
        ('H', 3840, ["Elon, thank you."]),
        (EM, 3843, ["Thanks, guys."]),
        ('T', 3846, ["Low Earth Hours is an independent production. If you liked this one, tell a friend who likes rockets."]),
    ]
    full = {'T': 'Tom&aacute;s Reyes', 'H': 'Hannah Lindqvist', EM: 'Elon Musk'}
    short = {'T': 'Tom&aacute;s', 'H': 'Hannah', EM: 'Elon'}
    seen = set()
    rows = []
    for spk, t, paras in T:
        lab = short[spk] if spk in seen else full[spk]
        seen.add(spk)
        m = '[%02d:%02d]' % (t // 60, t % 60)
        rows.append('<p class="" style="white-space:pre-wrap;"><a href="https://www.lowearthhours.fm/episodes/88-elon-musk?t=%d" class="ts">%s</a> <strong>%s:</strong> %s</p>' % (t, m, lab, paras[0]))
        for p in paras[1:]:
            rows.append('<p class="" style="white-space:pre-wrap;">%s</p>' % p)
    transcript = '\n'.join(rows)

    page = '''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>88 &mdash; Elon Musk: Starlink, direct-to-cell and the economics of launch &mdash; Low Earth Hours</title>
<link rel="canonical" href="https://www.lowearthhours.fm/episodes/88-elon-musk"/>
<meta property="og:site_name" content="Low Earth Hours"/>
<meta property="og:title" content="88 &mdash; Elon Musk: Starlink, direct-to-cell and the economics of launch"/>
<meta property="og:type" content="article"/>
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"siteTitle":"Low Earth Hours"},"collection":{"title":"Episodes","typeName":"blog"},"item":{"title":"88 \u2014 Elon Musk"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1c0e2b7d3/21/5c5a519771c10ba3470d8101/64a1c0e2b7d3f/1533/site.css" rel="stylesheet" type="text/css"/>
<style>.ts{font-family:"IBM Plex Mono",monospace;font-size:.85em;text-decoration:none;color:#6b7d8f}.episode-notes{border-left:3px solid #ffb000;padding-left:1em}</style>
</head>
<body id="item-65f0c1a2b3" class="header-overlay-alignment-center tweak-blog-item-width-narrow view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles='{"layout":"navRight"}'>
 <div class="header-inner container--fluid header-layout--with-commerce">
  <div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Low Earth Hours</a></div></div>
  <div class="header-nav"><nav class="header-nav-list">
   <div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/merch">Merch</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/contact">Contact</a></div>
  </nav></div>
 </div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="65f0c1a2b3c4d5">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper">
 <div class="blog-item-top-wrapper">
  <h1 class="entry-title entry-title--large p-name" data-content-field="title">88 &mdash; Elon Musk: Starlink, direct-to-cell and the economics of launch</h1>
  <div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-11-05">November 5, 2024</time> &middot; <span class="blog-author">Tom&aacute;s Reyes &amp; Hannah Lindqvist</span></div>
 </div>
 <div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
 <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65f0c1a2b3">
  <div class="row sqs-row"><div class="col sqs-col-12 span-12">
   <div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/audio/leh-088.mp3" data-title="88 &mdash; Elon Musk" data-author="Low Earth Hours" data-show-download="true" data-design-style="minimal" data-duration-in-ms="3861000"></div></div></div>
   <div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
    <div class="episode-notes">
    <p class="" style="white-space:pre-wrap;">Tom&aacute;s and Hannah finally get the interview they have been asking for since episode one. Topics: how the laser links changed Starlink, why direct-to-cell is a physics problem, what &ldquo;rapid reuse&rdquo; really means for launch prices, and career advice for young engineers.</p>
    <p class="" style="white-space:pre-wrap;">Recorded October 29 in Hawthorne. Audio engineering by Priscilla Duarte. Theme music: &ldquo;Perigee&rdquo; by The Apsides.</p>
    </div>
    <h3>Full transcript</h3>
    <p class="" style="white-space:pre-wrap;"><em>Timestamps link to the moment in the episode. Minutes keep counting past the hour, just like our audio player does.</em></p>
''' + transcript + '''
    <p class="" style="white-space:pre-wrap;"><em>Transcript edited for readability. Spot an error? Email transcripts@lowearthhours.fm.</em></p>
   </div></div>
   <div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get new episodes by email</h2><form class="newsletter-form" data-form-id="5f6e"><input type="email" name="email" placeholder="Email Address"><button type="submit" class="newsletter-form-button">Sign Up</button></form></div></div></div>
  </div></div>
 </div>
 </div></div>
 <div class="blog-item-bottom-wrapper"><div class="item-pagination item-pagination--prev-next" data-collection-type="blog"><a class="item-pagination-link item-pagination-link--prev" href="/episodes/87-tethers"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">87 &mdash; Space tethers are back</h2></a><a class="item-pagination-link item-pagination-link--next" href="/episodes/89-ground-stations"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">89 &mdash; Inside a ground station</h2></a></div></div>
</div>
</div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><p>&copy; 2024 Low Earth Hours. Made in Long Beach.</p><p><a href="/privacy">Privacy</a> &middot; <a href="https://www.squarespace.com">Powered by Squarespace</a></p></div></div></section></footer>
</div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
'''
    write('af02_lowearthhours', page,
          'Squarespace blog item; one <p> per turn starting "[mm:ss] Name:" where the [mm:ss] is a ?t=seconds link and minutes run past 59 (e.g. [63:10]); labels full on first use then first name only; continuation <p>s unlabelled.',
          'Low Earth Hours', gold_from(T),
          ['Tom\u00e1s Reyes', 'Hannah Lindqvist', 'Tom\u00e1s', 'Hannah'],
          'Squarespace episode page, "[mm:ss] Name:" with ?t= links and minutes over 59; "Elon Musk:" then "Elon:"; two hosts, one-word "Right." interruption splitting his answer; host quotes "Musk once said".')
