from common import *

NAME = "u16_hard_mode_squarespace"
SHOW = "Hard Mode with Jess Tran"
FMT = ("Squarespace episode page; transcript inside a collapsed accordion item (text present in the HTML): paragraphs "
       "opening with a bold upper-case 'NAME (mm:ss):' label, minutes running past 59, some labels without a time; "
       "labels in full first (ELON MUSK, JESS TRAN), then initials (EM, JT).")

J, E, N = "J", "E", "N"
FULL = {J: "JESS TRAN", E: "ELON MUSK", N: "PRODUCER NICK"}
SHORT = {J: "JT", E: "EM", N: "PRODUCER NICK"}
T = [
 (J, "00:45", ["Hey, welcome to Hard Mode. I\u2019m Jess Tran, and this is the show about people who pick the hardest possible version of their job. Today\u2019s guest is Elon Musk. Elon, welcome."]),
 (E, "01:02", ["Thanks, Jess. Hard Mode is kind of my default setting, so this feels appropriate."]),
 (J, "01:10", ["Let\u2019s start with sleep, because you posted, quote, \u201csleeping at the factory is a choice, not a flex.\u201d What did you mean?"]),
 (E, "01:22", ["I meant that people shouldn\u2019t copy it. I did it because the Model 3 ramp was on fire, literally in some cases. It\u2019s not a productivity hack. It\u2019s a sign something went wrong."]),
 (J, "01:40", ["Huh."]),
 (E, None, ["And it\u2019s bad for you. I don\u2019t recommend it. I think I lost a few years of my life to that period, honestly."]),
 (J, "14:22", ["Neuralink. What\u2019s the next milestone?"]),
 (E, "14:30", ["Restoring speech. Right now the patients can move a cursor and type. The next step is decoding speech directly, so someone who\u2019s lost the ability to speak can talk at a normal pace.",
               "The signal is there. It\u2019s a decoding problem and a bandwidth problem, and both are getting better fast."]),
 (J, "15:01", ["Is there a timeline?"]),
 (E, "15:05", ["Later this year for the first patient, if the FDA agrees. That part isn\u2019t up to us."]),
 (N, "29:10", ["Sorry, guys, we need to swap a battery on camera B. Thirty seconds."]),
 (E, "29:15", ["No problem."]),
 (J, "64:10", ["Okay, we\u2019re way over. Last question: what\u2019s the hardest thing you\u2019ve done that nobody knows about?"]),
 (E, "64:18", ["Honestly, probably just keeping the companies alive at the end of 2008. People know the story now, but at the time it was very lonely. Every week there was a new reason it should have been over."]),
 (J, "65:30", ["Elon Musk, thank you."]),
 (E, None, ["Thanks, Jess."]),
]

def build():
    g = Gold("en")
    seen = set()
    out, others = [], []
    for spk, ts, paras in T:
        l = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        lab = "%s (%s):" % (l, ts) if ts else "%s:" % l
        frag = named_ent(paras[0])
        out.append('<p class="" style="white-space:pre-wrap;"><strong>%s</strong> %s</p>' % (lab, frag))
        for p in paras[1:]:
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % named_ent(p))
        if spk == E:
            g.add(secs(ts) if ts else None, frag)
        elif l not in others:
            others.append(l)
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8">
<title>Ep. 64: Elon Musk &mdash; Hard Mode with Jess Tran</title>
<link rel="canonical" href="https://www.hardmodepod.example/episodes/elon-musk">
<meta property="og:site_name" content="Hard Mode with Jess Tran">
<meta property="og:title" content="Ep. 64: Elon Musk &mdash; Hard Mode with Jess Tran">
<meta property="og:type" content="article">
<meta name="description" content="Elon Musk on sleeping at the factory, what&rsquo;s next for Neuralink, and the hardest thing he&rsquo;s done that nobody knows about.">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/64f0a1/12/5c5a519771c10ba3470d8101/site.css">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":50,"website":{"id":"5c5a519771c10ba3470d8101","identifier":"hardmodepod","siteTitle":"Hard Mode with Jess Tran","location":{},"timeZone":"America/Los_Angeles"},"collection":{"title":"Episodes","id":"5c5a5a8e15fcc0e7f1d2b1a0","type":1}};</script>
<script type="application/ld+json">{"url":"https://www.hardmodepod.example","name":"Hard Mode with Jess Tran","@context":"http://schema.org","@type":"WebSite"}</script>
</head>
<body id="item-6612ac01f3e9c84d2a07b115" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-show-author-profile view-item collection-type-blog-basic collection-5c5a5a8e15fcc0e7f1d2b1a0 mobile-style-available sqs-seven-one">
<div class="Parallax-host-outer"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles='{"layout":"navRight"}'>
  <div class="header-inner container--fluid">
    <div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Hard Mode with Jess Tran</a></div></div>
    <nav class="header-nav"><div class="header-nav-wrapper">
      <div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div>
      <div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
      <div class="header-nav-item header-nav-item--collection"><a href="/merch">Merch</a></div>
      <div class="header-nav-item header-nav-item--collection"><a href="/contact">Contact</a></div>
    </div></nav>
  </div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="6612ab8ef3e9c84d2a07a991">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="6612ab8ef3e9c84d2a07a993">
<div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Ep. 64: Elon Musk</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-04-09">April 9, 2025</time></div></div></div>
<div class="blog-item-content-wrapper">
<div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1712502093316" id="item-6612ac01f3e9c84d2a07b115"><div class="row sqs-row"><div class="col sqs-col-12 span-12">

<div class="sqs-block embed-block sqs-block-embed" data-block-type="22" id="block-yui_3_17_2_1_1712501904313_3120"><div class="sqs-block-content"><div class="intrinsic" style="max-width:100%"><div class="embed-block-wrapper" style="padding-bottom:20%;"><iframe data-src="https://player.podhost.example/embed/hardmode/ep64" frameborder="0" title="Hard Mode Ep. 64 player" loading="lazy"></iframe></div></div></div></div>

<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1712501904313_3381"><div class="sqs-block-content">
<div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Elon Musk has a reputation for choosing the hard way. Jess asks him whether that&rsquo;s a strategy or a habit, why he now tells people <em>not</em> to sleep at the factory, what&rsquo;s next for Neuralink, and what the hardest thing he&rsquo;s done is that nobody knows about.</p>
<h3 style="white-space:pre-wrap;">In this episode</h3>
<ul data-rte-list="default"><li><p class="" style="white-space:pre-wrap;">(01:22) Why sleeping at the factory was a warning sign</p></li><li><p class="" style="white-space:pre-wrap;">(14:30) Neuralink and restoring speech</p></li><li><p class="" style="white-space:pre-wrap;">(64:18) Keeping the companies alive in 2008</p></li></ul>
</div>
</div></div>

<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1712501904313_4010"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote"><span>&ldquo;</span>ELON MUSK: Hard Mode is kind of my default setting.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; from this episode</figcaption></figure></div></div>

<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1712501904313_5222"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="false" data-is-divider-enabled="true" data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-is-expanded-first-item="false" data-accordion-title-alignment="left" data-accordion-description-alignment="left" data-accordion-icon-placement="right">
<li class="accordion-item">
<div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height:1px;opacity:1;"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-5222-0-dropdown" id="accordion-5222-0-button" style="padding-top:20px;padding-bottom:20px;"><span class="accordion-item__title">Read the full transcript</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-5222-0-dropdown" aria-labelledby="accordion-5222-0-button" style="display:none;">
<div class="accordion-item__description" style="padding-bottom:30px;">
<p class="" style="white-space:pre-wrap;"><em>Transcripts are generated by a service and corrected by our producer. Timestamps are approximate; a few were lost in editing.</em></p>
{{T}}
</div>
</div>
<div class="accordion-divider" aria-hidden="true" style="height:1px;opacity:1;"></div>
</li>
</ul>
</div></div>

<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1712501904313_6001"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get new episodes by email</h2><form class="newsletter-form" data-form-id="6612ac"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label" for="email-6001">Email Address</label><input type="email" id="email-6001" name="email" placeholder="Email Address"></div><button class="newsletter-form-button sqs-system-button" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div>

</div></div></div>
</div>
</div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Jess Tran</div><div class="author-bio"><p>Jess Tran is a journalist and the host of Hard Mode.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev" href="/episodes/ep-63-surgeon"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ep. 63: A transplant surgeon on the 30-hour shift</h2></a><a class="item-pagination-link item-pagination-link--next" href="/episodes/ep-65-climber"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Ep. 65: The climber who went back for the summit</h2></a></section>
</div>
</div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-id="footer"><div class="content-wrapper"><div class="content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">&copy; 2025 Hard Mode Media. Made with Squarespace.</p></div></div></div></section></footer>
</div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.7d41f.js" type="text/javascript"></script>
<script>document.querySelectorAll('.accordion-item__click-target').forEach(function(b){b.addEventListener('click',function(){var d=document.getElementById(b.getAttribute('aria-controls'));var o=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',String(!o));d.style.display=o?'none':'block';});});</script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
