from common import *

NAME = "aa02_hardwarehour_squarespace"
SHOW = "Hardware Hour"

# label shown: full on first turn, short after
TURNS = [
    T("PN", None, "Hi everyone, and welcome to Hardware Hour, the show about things you can drop on your foot. I\u2019m Priya Nandakumar. My guest today is Elon Musk, who is here to talk about robots, specifically the humanoid kind. Elon, welcome back."),
    T(EM, None, "Thanks, Priya. Good to be back. I think the last time I was here we were still arguing about whether lidar was necessary."),
    T("PN", None, "We were, and we can leave that one alone today. So the last time you were on, which was 2019, you said something I wrote on a sticky note, and it\u2019s still on my monitor. As Elon told me back then, and I\u2019m quoting the sticky note, \u201cthe robot will eventually be worth more than the car business.\u201d",
      "Do you still believe that?"),
    T(EM, None, "I do. If anything I\u2019m more confident now than I was then, because the software side moved much faster than I expected. The hardware is catching up.",
      "The car is a robot on wheels that does one thing. A humanoid robot can in principle do anything a person can do, so the addressable market is basically the whole economy. That sounds crazy, but I think it\u2019s just arithmetic."),
    T("PN", None, "What\u2019s the hardest part right now? Is it the hands?"),
    T(EM, None, "The hands are extremely hard. The human hand has something like twenty-seven degrees of freedom, and you want it to be strong enough to lift a box and gentle enough to pick up an egg. Most of the engineering effort on the current version is in the forearm and the hand.",
      "We moved the actuators for the fingers into the forearm, like tendons, which is how your own hand works. It took a while to get there."),
    T("PN", None, "More than the actuators in the legs?"),
    T(EM, None, "Way more."),
    T("PN", None, "Okay. We have a listener question, and my producer Sam is going to read it because I can\u2019t read his handwriting."),
    T("SO", None, "This one is from Dana in Rotterdam. She asks: when the robot makes a mistake in a factory, who fixes it, a person or another robot?"),
    T(EM, None, "That\u2019s a good question. Today it\u2019s a person, obviously. Eventually I think robots will do most of the maintenance on other robots, but there will be a long period where humans are supervising. I don\u2019t think that\u2019s a bad thing at all."),
    T("PN", None, "Last one. Name something you were wrong about."),
    T(EM, None, "Timelines. I\u2019m almost always wrong about timelines. Directionally right, usually, but the dates slip. I\u2019m trying to be better about that."),
    T("PN", None, "That\u2019s our show. Elon, thank you."),
    T(EM, None, "Anytime. Thanks for having me."),
]
FULL = {"PN": "Priya Nandakumar", "SO": "Sam Otieno", EM: "Elon Musk"}
SHORT = {"PN": "Priya", "SO": "Sam", EM: "Elon"}


def render_turns():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        for i, p in enumerate(t.paras):
            if i == 0:
                out.append('<p class="" style="white-space:pre-wrap;"><strong>%s:</strong> %s</p>' % (lbl, esc(p)))
            else:
                out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % esc(p))
    return "\n".join(out)


PAGE = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep. 88 &mdash; Elon Musk on Hands, Tendons and Timelines &mdash; Hardware Hour</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f1a/favicon.ico"/>
<link rel="canonical" href="https://www.hardwarehourpod.com/episodes/ep-88-elon-musk"/>
<meta property="og:site_name" content="Hardware Hour"/>
<meta property="og:title" content="Ep. 88 &mdash; Elon Musk on Hands, Tendons and Timelines"/>
<meta itemprop="name" content="Ep. 88 — Elon Musk on Hands, Tendons and Timelines"/>
<script type="text/javascript" src="//use.typekit.net/ik/abc123.js" async fetchpriority="high" onload="try{Typekit.load();}catch(e){}"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","websiteSettings":{"siteTitle":"Hardware Hour"},"collectionId":"5f1a0b7c","itemId":"65d8e1f0a1"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1a/28/site.css" rel="stylesheet" type="text/css"/>
</head>
<body id="item-65d8e1f0a1" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center view-item collection-type-blog-basic-grid collection-5f1a0b7c">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
 <div class="header-inner container--fluid header-mobile-layout-logo-center-nav-left">
  <div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Hardware Hour</a></div>
  <nav class="header-nav"><div class="header-nav-wrapper">
   <div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/merch">Merch</a></div>
   <div class="header-nav-item header-nav-item--collection"><a href="/contact">Contact</a></div>
  </div></nav>
 </div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="65d8e1f0a2">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry author-priya-nandakumar post-type-text article-index-1 tag-robots category-episodes">
<div class="blog-item-top-wrapper">
 <div class="blog-item-category-date-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-02-23">February 23, 2024</time></div><div class="blog-meta-item blog-meta-item--categories"><a href="/episodes?category=Robots" class="blog-item-category">Robots</a></div></div>
 <div class="blog-item-title"><h1 class="entry-title" data-content-field="title">Ep. 88 &mdash; Elon Musk on Hands, Tendons and Timelines</h1></div>
 <div class="blog-item-author-date-wrapper"><div class="blog-author-name blog-meta-item--author">Priya Nandakumar</div></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-context-65d8e1f0a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41" id="block-yui_3_17_2_1_170871"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f1a/t/65d8/ep88.mp3" data-duration-in-ms="2512000" data-title="Ep. 88 — Elon Musk" data-author="Hardware Hour"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_170872"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">This week Priya sits down with Elon Musk to talk about humanoid robots: why the hands are the hardest part, where the actuators went, and the one thing he admits he always gets wrong. Plus a listener question from Rotterdam.</p>
</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_170873"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote" data-animation-override><span>&ldquo;</span>I&rsquo;m almost always wrong about timelines. Directionally right, usually, but the dates slip.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; Elon Musk</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_170874"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Transcript</h3>
<p class="" style="white-space:pre-wrap;"><em>Transcripts are made by a human volunteer (thank you, Ines!) and may contain errors. Please check the audio before quoting.</em></p>
{{TRANSCRIPT}}
<p class="" style="white-space:pre-wrap;"><em>Hardware Hour is an independent production. Want to support the show? Join us on Patreon.</em></p>
</div></div></div>
</div></div></div>
</div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><h3 class="comments-heading">2 Comments</h3>
<div class="comment"><div class="comment-author">Kimbal_Fanclub</div><div class="comment-date">2 weeks ago</div><div class="comment-body"><p>Priya keeping that sticky note for five years is elite.</p></div></div>
<div class="comment"><div class="comment-author">R. Achterberg</div><div class="comment-date">1 week ago</div><div class="comment-body"><p>Way more. &mdash; best two-word answer of the year.</p></div></div>
</div></div>
</article>
</div></div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section class="page-section"><div class="content-wrapper"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">&copy; 2024 Hardware Hour. All rights reserved.</p><p class="" style="white-space:pre-wrap;"><a href="/privacy">Privacy Policy</a> &nbsp;|&nbsp; <a href="https://www.hardwarehourpod.com/rss">RSS</a></p></div></div></section>
</footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render_turns())
    return write(NAME, page,
                 "Squarespace blog post: one <p> per paragraph with a bold \"Name:\" label opening each speaker change (full name on first turn, first name after), unlabelled continuation paragraphs, no timestamps anywhere.",
                 SHOW, gold_turns(TURNS), ["Priya Nandakumar", "Priya", "Sam Otieno"])
