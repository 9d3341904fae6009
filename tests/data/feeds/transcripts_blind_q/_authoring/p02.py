"""q02 - Squarespace podcast page. `<strong>Name:</strong> text` per paragraph, no times."""
from common import ELON, esc, gold_turns, write_page

NAME = "q02_grid_and_gears_squarespace"
SHOW = "Grid & Gears"

LABELS = {"P": ("Priya Raman", "Priya"), ELON: ("Elon Musk", "Elon")}

TURNS = [
    ("P", None, ["Hi everyone, and welcome to Grid & Gears, the show about the machines that keep the lights on. I\u2019m Priya Raman.",
                 "My guest today runs a car company, a rocket company and, less famously, one of the biggest battery storage businesses in the world. Elon Musk, welcome."]),
    (ELON, None, ["Thank you. Happy to talk about batteries for once. People usually want to talk about everything else."]),
    ("P", None, ["Let\u2019s fix that. As Elon told me back in 2019, when we last spoke at the Hornsdale site, \u201cstationary storage will end up bigger than the car business.\u201d Is that still the plan?"]),
    (ELON, None, ["It is, and it\u2019s happening faster than I expected. The grid is basically a giant machine with no buffer. Every power plant has to match demand second by second, which is a crazy way to run anything.",
                  "If you put storage everywhere, you can run the plants at a steady output and let the batteries soak up the peaks. That roughly doubles the useful energy you get out of the same grid."]),
    ("P", None, ["Doubles."]),
    (ELON, None, ["Roughly doubles, yes. Maybe a bit less, depending on the region and how peaky the demand is."]),
    ("P", None, ["Here\u2019s the part listeners always ask about: supply. Where do the cells come from, and what are they made of?"]),
    (ELON, None, ["Mostly lithium iron phosphate now, which is great because there\u2019s no cobalt and no nickel. Iron and phosphate are extremely common. You could make these cells from materials found almost anywhere on Earth.",
                  "The hard part is not the chemistry, it\u2019s the factory. Building a factory is about a hundred times harder than designing the product.",
                  "I\u2019ve said that so many times people are probably sick of it, but it keeps being true."]),
    ("P", None, ["A lot of engineers I talk to quote you on that. One of them had it on a laptop sticker: \u201cthe machine that builds the machine.\u201d Does that phrase ever get old for you?"]),
    (ELON, None, ["No. It\u2019s accurate. The machine that builds the machine is where almost all of the difficulty is, and almost nobody wants to work on it."]),
    ("P", None, ["Last question. If a utility CEO is listening to this, what should they do on Monday morning?"]),
    (ELON, None, ["Buy batteries. Seriously, that\u2019s the answer. And push the regulators to let storage bid into the market like any other generator."]),
    ("P", None, ["Elon, thanks so much for your time."]),
    (ELON, None, ["Thanks, Priya."]),
]


def render_transcript():
    seen = set()
    out = []
    for spk, _t, paras in TURNS:
        full, short = LABELS[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append('<p class="" style="white-space:pre-wrap;"><strong>%s:</strong> %s</p>' % (label, esc(paras[0])))
        for p in paras[1:]:
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % esc(p))
    return "\n".join(out)


PAGE = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- grid-and-gears -->
<base href="">
<meta charset="utf-8" />
<title>Episode 48: Elon Musk on batteries, the grid and &ldquo;the machine that builds the machine&rdquo; &mdash; Grid &amp; Gears</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f2b9a/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.gridandgears.fm/episodes/48-elon-musk-batteries"/>
<meta property="og:site_name" content="Grid &amp; Gears"/>
<meta property="og:title" content="Episode 48: Elon Musk on batteries, the grid and &ldquo;the machine that builds the machine&rdquo;"/>
<meta property="og:type" content="article"/>
<meta name="description" content="Priya Raman talks grid-scale storage with Elon Musk." />
<link href="//fonts.googleapis.com/css?family=Karla:400,700|Playfair+Display:400,700" rel="stylesheet" type="text/css">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"314192535267336","rollups":{{}},"pageType":50,"website":{{"id":"5f2b9a","identifier":"grid-and-gears","siteTitle":"Grid & Gears"}},"collection":{{"title":"Episodes","typeName":"blog"}},"item":{{"title":"Episode 48: Elon Musk on batteries","publishOn":1716364800000}}}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2b9a/23/5c5a519771c10ba3470d8101/5f2b9a/1520/site.css"/>
<style>.sqs-block-horizontalrule hr{{border-top:1px solid #ccc}} .episode-highlights li{{margin:.4em 0}}</style>
</head>
<body id="item-6650c1" class="header-overlay-alignment-center tweak-social-icons-style-regular newsletter-style-dark hide-opentable-icons tweak-blog-item-width-medium view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="light" data-controller="Header" data-current-styles='{{"layout":"navRight"}}'>
 <div class="header-announcement-bar-wrapper">
  <div class="header-inner container--fluid header-layout--with-commerce">
   <div class="header-title-nav-wrapper">
    <div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">Grid &amp; Gears</a></div></div>
    <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
     <div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div>
     <div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
     <div class="header-nav-item header-nav-item--collection"><a href="/newsletter">Newsletter</a></div>
     <div class="header-nav-item header-nav-item--collection"><a href="/sponsor">Sponsor</a></div>
    </nav></div></div>
   </div>
  </div>
 </div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="6650c1">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6650c1a1">
<div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper">
<article class="entry h-entry hentry author-priya-raman post-type-text article-index-1 tag-storage tag-elon-musk category-interviews" data-item-id="6650c1b7e5a">
 <div class="blog-item-top-wrapper">
  <div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Episode 48: Elon Musk on batteries, the grid and &ldquo;the machine that builds the machine&rdquo;</h1></div>
  <div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-05-22">May 22, 2024</time></div><div class="blog-meta-item blog-meta-item--author">Priya Raman</div></div>
 </div>
 <div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
  <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6650c1b7e5a">
   <div class="row sqs-row"><div class="col sqs-col-12 span-12">
    <div class="sqs-block audio-block sqs-block-audio" data-block-type="41" id="block-yui_3_17_2_1_1716">
     <div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f2b9a/t/6650c1d2/1716364800000/GG048_musk_final.mp3" data-mime-type="audio/mpeg" data-title="Ep 48 &mdash; Elon Musk" data-author="Grid &amp; Gears" data-show-download="true" data-design-style="minimal" data-duration-in-ms="2763000" data-color-theme="dark"></div></div>
    </div>
    <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1717"><div class="sqs-block-content"><div class="sqs-html-content">
     <p class="" style="white-space:pre-wrap;">Grid-scale batteries went from a curiosity to the fastest-growing thing on the power grid in about five years. This week Priya talks to Elon Musk about why storage might end up bigger than electric cars, why he keeps saying the factory is harder than the product, and what a utility boss should do on Monday morning.</p>
     <p class="" style="white-space:pre-wrap;"><a href="https://podcasts.apple.com/podcast/grid-and-gears/id1530000048"><strong>Apple Podcasts</strong></a> &middot; <a href="https://open.spotify.com/show/7gGridGears"><strong>Spotify</strong></a> &middot; <a href="/rss"><strong>RSS</strong></a></p>
    </div></div></div>
    <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1718"><div class="sqs-block-content"><div class="sqs-html-content">
     <h3 style="white-space:pre-wrap;">Episode highlights</h3>
     <ul data-rte-list="default" class="episode-highlights">
      <li><p class="" style="white-space:pre-wrap;">Elon Musk: &ldquo;The grid is basically a giant machine with no buffer.&rdquo;</p></li>
      <li><p class="" style="white-space:pre-wrap;">Why lithium iron phosphate (LFP) cells changed the economics</p></li>
      <li><p class="" style="white-space:pre-wrap;">Elon: &ldquo;Buy batteries. Seriously, that&rsquo;s the answer.&rdquo;</p></li>
     </ul>
    </div></div></div>
    <div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" id="block-yui_3_17_2_1_1719"><div class="sqs-block-content"><hr /></div></div>
    <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1720"><div class="sqs-block-content"><div class="sqs-html-content">
     <h2 style="white-space:pre-wrap;">Full transcript</h2>
     <p class="" style="white-space:pre-wrap;"><em>Transcripts are edited for clarity. If you quote the show, please link back to this page.</em></p>
{transcript}
    </div></div></div>
    <div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1721"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
     <form class="newsletter-form" data-form-id="6650c1e3" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '6650c1e3', collectionId: '6650c1', objectName: 'block-yui_3_17_2_1_1721' }}); }}); return false; }})(this);">
      <header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the Grid &amp; Gears letter</h2><div class="newsletter-form-header-description"><p>One email a week. Power plants, batteries, no hype.</p></div></header>
      <div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1721"><label class="newsletter-form-field-label title" for="email-input">Email Address</label><input id="email-input" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div>
      <div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
     </form>
    </div></div></div>
   </div></div>
  </div>
 </div></div>
 <div class="blog-item-comments"><div class="squarespace-comments" id="comments-6650c1b7e5a"><p class="comments-disabled">Comments are closed on episode pages. Talk to us on <a href="https://mastodon.energy/@gridandgears">Mastodon</a>.</p></div></div>
 <section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" aria-label="Pagination">
  <a href="/episodes/47-pumped-hydro" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Episode 47: Pumped hydro is back</h2></a>
  <a href="/episodes/49-transformer-shortage" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Episode 49: The great transformer shortage</h2></a>
 </section>
</article>
</div>
</div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
 <section class="page-section layout-engine-section background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content">
  <div class="sqs-html-content"><p class="sqsrte-small" style="text-align:center;white-space:pre-wrap;">&copy; 2024 Grid &amp; Gears Media LLC &middot; Produced in Pittsburgh &middot; <a href="/privacy">Privacy</a></p></div>
 </div></div></section>
</footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.c5cbd8c3b6b7d5a4b1f4.js" type="text/javascript"></script>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""


def build():
    page = PAGE.format(transcript=render_transcript())
    return write_page(
        NAME, page, SHOW,
        "Squarespace blog post: each turn a <p> starting '<strong>Name:</strong> text' (full name first, then first name), unlabelled continuation <p>s; no timestamps anywhere.",
        gold_turns(TURNS),
        ["Priya Raman", "Priya"],
    )
