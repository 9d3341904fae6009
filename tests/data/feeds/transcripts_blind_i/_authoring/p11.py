"""i11 - TRAP page. Squarespace podcast episode with Maye Musk as guest: 'Name (mm:ss) text'.
Elon Musk is discussed and quoted (by her and by the hosts, in a quote block and show notes)
but never speaks. Expected turns: []."""
from common import *

NAME = 'i11_tablefor3_squarespace_maye_trap'
SHOW = 'Table for Three'
LAB = {'RD': ['Rosa Delacroix', 'Rosa'], 'JT': ['Jen Tam', 'Jen'], 'MM': ['Maye Musk', 'Maye']}

T = [
    ('RD', 3, ['Hi everyone, welcome to Table for Three, the show where we pull up a chair for someone fascinating. I\'m Rosa.']),
    ('JT', 9, ['And I\'m Jen, and today our third chair is taken by a model, a dietitian, an author, and, yes, the mother of a certain rocket guy. Maye Musk, welcome.']),
    ('MM', 21, ['Thank you, girls. I\'m so happy to be here. I love a table for three. It\'s the perfect number for a good gossip.']),
    ('RD', 29, ['We have to start with the obvious question. What was Elon like as a kid?']),
    ('MM', 34, ['He was always reading. Always. He read the whole encyclopedia when he was about nine, and then he would correct everybody at the dinner table. It was very annoying.',
                'He was also very sweet. People don\'t see that side. When I was working three jobs he would tell me, "Mom, don\'t worry, it will work out." And he was right.']),
    ('JT', 71, ['That\'s lovely.']),
    ('MM', 73, ['Of course, he also blew things up in the garage. Kimbal too. Tosca was the sensible one.']),
    ('RD', 84, ['Elon has said publicly, I think it was on a podcast last year, that you were "the hardest-working person I\'ve ever met." How does that feel?']),
    ('MM', 96, ['Well, it\'s true.']),
    ('JT', 98, ['Ha! Okay, let\'s talk about your book. You write that a woman over seventy can start again. Where does that come from?']),
    ('MM', 107, ['From having to start again many times. I moved countries three times with three children and very little money. Each time you think, I can\'t do this. And then you do it.']),
    ('RD', 140, ['Last one. If Elon were sitting here right now, what would you tell him?']),
    ('MM', 146, ['Get some sleep, my darling. That\'s all. He never listens.']),
    ('JT', 152, ['Maye Musk, thank you so much.']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        out.append('<p class="" style="white-space:pre-wrap;"><strong>%s (%s)</strong> %s</p>' % (esc(lab), mmss(t * 9), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % esc(p))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep 62: Maye Musk on starting over (and raising rocket scientists) &mdash; Table for Three</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f1a2b/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.tablefor3pod.com/episodes/ep-62-maye-musk"/>
<meta property="og:site_name" content="Table for Three"/>
<meta property="og:title" content="Ep 62: Maye Musk on starting over (and raising rocket scientists) &mdash; Table for Three"/>
<meta property="og:type" content="article"/>
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-3b1e7c.js" crossorigin="anonymous" defer></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":50,"website":{"id":"5f1a2b9e0c7c2d4a1b8f3e21","identifier":"tablefor3pod","siteTitle":"Table for Three","timeZone":"America/Los_Angeles"},"collection":{"title":"Episodes","type":1},"item":{"title":"Ep 62: Maye Musk on starting over","publishOn":1709625600000}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1a2b9e0c7c2d4a1b8f3e21/41/5c5a519771c10ba3470d8101/5f1a2b9e0c7c2d4a1b8f3e3a/1502/site.css"/>
</head>
<body id="item-65e6b2f4a1c3" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center  collection-type-blog-basic-grid view-item">
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid">
<div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f1a2b/logo.png?format=1500w" alt="Table for Three"></a></div></div>
<div class="header-nav"><nav class="header-nav-list">
<div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
<div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/shop">Merch</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/contact">Be a Guest</a></div>
</nav></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="65e6b2f4a1c3">
<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Ep 62: Maye Musk on starting over (and raising rocket scientists)</h1></div>
<div class="blog-meta-section"><span class="blog-author">Rosa Delacroix</span> <time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-03-05">March 5, 2024</time></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65e6b2f4a1c3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f1a2b/t/65e6b3/TFT62_MayeMusk.mp3" data-title="Ep 62: Maye Musk" data-author="Table for Three" data-show-download="true" data-duration-in-ms="1421000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Model, dietitian and author Maye Musk joins Rosa and Jen to talk about starting over at any age, moving continents with three kids, and what it was like raising Elon, Kimbal and Tosca.</p>
<h3>Show notes</h3>
<ul data-rte-list="default">
<li><p class="" style="white-space:pre-wrap;">(05:06) What Elon was like as a kid</p></li>
<li><p class="" style="white-space:pre-wrap;">(12:36) &ldquo;The hardest-working person I&rsquo;ve ever met&rdquo;</p></li>
<li><p class="" style="white-space:pre-wrap;">(14:42) Her book, and starting again</p></li>
</ul>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote"><span>&ldquo;</span>Elon Musk: My mother is the hardest-working person I&rsquo;ve ever met.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; as quoted in this episode</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Transcript</h3>
@@T@@
</div></div></div>
</div></div></div>
</div></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Rosa Delacroix</div><div class="author-bio"><p>Rosa co-hosts Table for Three and has never once been on time.</p></div></div>
<div class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/episodes/ep-61-chef-omar" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ep 61: Chef Omar&rsquo;s midnight pantry</h2></a><a href="/episodes/ep-63-twins" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Ep 63: The twins who swapped careers</h2></a></div>
</div>
</div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><p class="" style="white-space:pre-wrap;">Table for Three is an independent podcast. &copy; 2024. Join the newsletter for bonus episodes.</p><form class="newsletter-form" action="//tablefor3pod.com/api/form/FormSubmission" method="POST"><input type="email" name="email" placeholder="Email Address"><button type="submit">Sign Up</button></form></div></section></footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Squarespace blog post: each turn a <p> starting with a bold "Name (mm:ss)" label followed by the text, unlabelled continuation paragraphs; full name first, first name after. He never speaks.',
         gold_turns([(a, b * 9, c) for a, b, c in T]), ['Rosa Delacroix', 'Rosa', 'Jen Tam', 'Jen', 'Maye Musk', 'Maye'])
