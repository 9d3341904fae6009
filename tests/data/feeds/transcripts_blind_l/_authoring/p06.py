from common import *

NAME = "l06_squarespace-mag-trap"
L = {"Q": "THE FERROUS REVIEW:", "R": "CASTELLANOS:"}
rows = [
 ("Q", "You spent six years on the launch side. How did you end up there?"),
 ("R", "Mostly by accident. I was a welder before I was an engineer, and I answered a job ad that said \"must be comfortable with tanks.\" I thought it meant pressure vessels. It did, but also it meant sleeping in the tank farm during campaigns."),
 ("Q", "What was a normal week like?"),
 ("R", "There wasn't one. The schedule moved every day. Somebody once printed a Gantt chart and pinned it to the break room wall, and by lunch someone had drawn a rocket ship flying off the edge of it."),
 ("Q", "People outside tend to picture the CEO as a constant presence. Was he?"),
 ("R", "In bursts. He'd disappear for two weeks and then show up at eleven at night at the stand and want to know why a particular valve was taking forty minutes to cycle. Elon would say, \"Which requirement is this, and who wrote it?\" and if nobody in the room could name the person, the requirement was on thin ice.",
  "I remember one exchange pretty much word for word, because I was the one holding the bracket. He walked up and it went like this. Elon: \"Why is this bracket here?\" Me: \"Vibration spec.\" Elon: \"Whose spec?\" Me: \"I'll find out.\" I found out. It was from a test stand we'd scrapped two years earlier. The bracket came off that night."),
 ("Q", "Did that style work?"),
 ("R", "For some things, brilliantly. Deleting stuff is underrated. For other things, no. Not every requirement has a person's name on it because some of them come from physics, and physics doesn't attend meetings."),
 ("Q", "There's a line attributed to him that gets passed around: that a schedule is a weapon, not a prediction. Did you hear that?"),
 ("R", "I heard versions of it. I think he believed it. I think it also burned people out. Both things are true, and anyone who tells you only one of them wasn't there."),
 ("Q", "What are you building now?"),
 ("R", "Cryogenic valves, at a company with twelve people and a very reasonable Gantt chart. Nobody has drawn a rocket on it yet."),
]
turns = [Turn(r[0], None, *r[1:], musk=False) for r in rows]
for tr in turns:
    tr.paras = [esc(p) for p in tr.paras]
out = []
for tr in turns:
    out.append('<p><strong>%s</strong> %s</p>' % (L[tr.spk], tr.paras[0]))
    for p in tr.paras[1:]:
        out.append('<p>%s</p>' % p)
qa = "\n".join(out)

page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>&ldquo;Physics doesn&rsquo;t attend meetings&rdquo;: A former launch engineer on six years inside the machine &mdash; The Ferrous Review</title>
<meta property="og:site_name" content="The Ferrous Review">
<meta property="og:type" content="article">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-3b8f1e.js"></script>
<link href="//static1.squarespace.com/static/sitecss/5f2a/site.css?&filterFeatures=false" rel="stylesheet" type="text/css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"The Ferrous Review"},"collection":{"title":"Interviews"}};</script>
</head>
<body id="item-65a1f" class="header-overlay-alignment-center tweak-blog-item-width-medium collection-type-blog view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header class="Header Header--top" data-nc-base="header"><div class="Header-inner">
<a href="/" class="Header-branding" data-content-field="site-title">The Ferrous Review</a>
<nav class="Header-nav Header-nav--primary"><div class="Header-nav-inner"><a href="/essays" class="Header-nav-item">Essays</a><a href="/interviews" class="Header-nav-item Header-nav-item--active">Interviews</a><a href="/print" class="Header-nav-item">Print</a><a href="/subscribe" class="Header-nav-item">Subscribe</a></div></nav></div></header>
<main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry category-interviews tag-aerospace author-nadia-kerr post-type-text">
<div class="BlogItem-meta"><a href="/interviews?category=Interviews" class="BlogItem-meta-item BlogItem-meta-item--category">Interviews</a><time class="BlogItem-meta-item BlogItem-meta-item--date" datetime="2024-01-17">January 17, 2024</time></div>
<h1 class="BlogItem-title" data-content-field="title">&ldquo;Physics doesn&rsquo;t attend meetings&rdquo;: A former launch engineer on six years inside the machine</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65a1f"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure><img data-src="https://images.squarespace-cdn.com/content/v1/5f2a/castellanos.jpg" alt="Rhea Castellanos at her workshop"><figcaption class="image-caption"><p>Rhea Castellanos in her workshop outside Tucson. Photograph by Ivo Brandt for The Ferrous Review.</p></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<p><em>By Nadia Kerr</em></p>
<p>Rhea Castellanos spent six years building and testing ground systems for one of Elon Musk&rsquo;s rocket programs before leaving in 2022 to co-found a cryogenic valve company. She is not a fan, and not a critic, which makes her rare. Musk once said: &ldquo;A schedule is a weapon, not a prediction,&rdquo; and Castellanos lived on both ends of that weapon.</p>
<p>We spoke over two afternoons in her workshop. Musk did not respond to a request for comment. The conversation has been condensed and edited for clarity.</p>
</div></div>
<div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure><blockquote><span>&ldquo;</span>Elon Musk: Which requirement is this, and who wrote it?<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; as remembered by Rhea Castellanos</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
%s
</div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p><em>This interview appears in the Winter 2024 print issue of The Ferrous Review. <a href="/subscribe">Subscribe</a> to get it in your mailbox.</em></p></div></div>
</div></div></div>
<div class="BlogItem-share"><a href="https://twitter.com/intent/tweet?url=ferrousreview.com" class="ss-social">Share on X</a> <a href="mailto:?subject=Physics%%20doesn%%27t%%20attend%%20meetings">Email</a></div>
<div class="BlogItem-pagination"><a href="/interviews/the-last-pattern-maker" class="BlogItem-pagination-link BlogItem-pagination-link--prev">Previous: The Last Pattern Maker</a> <a href="/interviews/kimbal-on-compost" class="BlogItem-pagination-link BlogItem-pagination-link--next">Next: Kimbal Musk on compost, kitchens and his brother&rsquo;s rockets</a></div>
</article>
<section class="related-reading"><h2>More on the people behind the hardware</h2><ul>
<li><a href="/essays/elon-musk-says">&ldquo;Elon Musk: &lsquo;Delete the part&rsquo;&rdquo; &mdash; how a slogan became a management philosophy</a></li>
<li><a href="/essays/test-stand-nights">Test-stand nights: an oral history</a></li>
</ul></section>
</section></main>
<footer class="Footer" data-nc-base="footer"><div class="Footer-inner"><p>The Ferrous Review is an independent quarterly about making things. &copy; 2024.</p><p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></p></div></footer>
</div>
<script type="text/javascript" src="https://static1.squarespace.com/static/ta/5f2a/scripts/site-bundle.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
""" % qa

emit(NAME, page, turns,
     fmt="Squarespace magazine Q&A with capitalised bold labels ('THE FERROUS REVIEW:' / 'CASTELLANOS:') and no times; Elon Musk is only discussed and quoted (intro, pull quote, a recounted 'Elon: ...' exchange inside her answer) and never speaks.",
     show="The Ferrous Review", others=["THE FERROUS REVIEW", "CASTELLANOS"])
