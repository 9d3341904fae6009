from common import *

NAME = "wordpress_ev_frontier_accordion"
SHOW = "EV Frontier Podcast"
LABELS = {"RD": "Rosa Delgado", "M": "Elon Musk"}
T = [
    ("RD", 0, "Welcome to EV Frontier. This is episode 147 and it's a special one. I'm here with Elon Musk to talk about batteries. Elon, welcome."),
    ("M", 11, "Thanks, Rosa."),
    ("RD", 13, "Everyone wants to know about the 4680 cell. Where does it stand?"),
    ("M", 20, "The 4680 is now in production at good yields in Texas. The dry electrode process was the hardest part. It was incredibly difficult to get to scale, harder than we expected, honestly."),
    ("RD", 58, "And LFP? You've been buying a lot of it from China."),
    ("M", 64, "Yes, CATL has been a great partner for LFP cells. LFP is great for stationary storage and standard-range cars. We're also bringing LFP cell production to Nevada so we have a local supply."),
    ("RD", 102, "Is that about the tariffs?"),
    ("M", 105, "Partly. It's mostly about resilience. You don't want the whole supply chain in one place, whatever the place is."),
    ("RD", 140, "What about sodium-ion? Chinese makers are already shipping it in small cars."),
    ("M", 146, "Sodium-ion is interesting for low-cost applications. Energy density is still lower, but for grid storage it could work well. We're watching it closely."),
    ("RD", 3720, "Final question: when do batteries stop being the bottleneck?"),
    ("M", 3726, "I think the bottleneck moves. Right now it's refining and cathode. Then it will be electricity and transformers. There's always a bottleneck; the job is to find the next one."),
    ("RD", 3770, "Elon Musk, thank you so much."),
    ("M", 3772, "My pleasure."),
]


def build():
    acc, prn = [], []
    for k, t, text in T:
        acc.append(f'<p class="pt-line"><span class="pt-speaker">{esc(LABELS[k])}</span> <span class="pt-time">({hms(t)})</span> {esc(text)}</p>')
        prn.append(f'<p><b>{esc(LABELS[k])}</b> ({hms(t)}) {esc(text)}</p>')
    acc = "\n".join(acc)
    prn = "\n".join(prn)
    ld = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://evfrontier.net/147-elon-musk-batteries/", "name": "147: Elon Musk on 4680s, LFP and the next bottleneck - EV Frontier Podcast"},
        {"@type": "BlogPosting", "headline": "147: Elon Musk on 4680s, LFP and the next bottleneck", "author": {"@type": "Person", "name": "Rosa Delgado"}, "datePublished": "2024-04-02T07:00:00+00:00"}]})
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>147: Elon Musk on 4680s, LFP and the next bottleneck - EV Frontier Podcast</title>
<meta name="description" content="Rosa Delgado talks batteries with Elon Musk: 4680 yields, CATL, LFP in Nevada and sodium-ion." />
<link rel="canonical" href="https://evfrontier.net/147-elon-musk-batteries/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta name="generator" content="WordPress 6.5.3" />
<!-- This site is optimized with the Yoast SEO plugin v22.6 -->
{ld}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='wp-block-library-css' href='https://evfrontier.net/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='podcast-transcript-css' href='https://evfrontier.net/wp-content/plugins/podcast-transcript-accordion/assets/pt.css?ver=2.1.0' media='all' />
<link rel='stylesheet' id='pt-print-css' href='https://evfrontier.net/wp-content/plugins/podcast-transcript-accordion/assets/pt-print.css?ver=2.1.0' media='print' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://evfrontier.net/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
<script src="https://evfrontier.net/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-2291 single-format-standard ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade" id="masthead">
  <div class="site-branding"><p class="site-title"><a href="https://evfrontier.net/" rel="home">EV Frontier Podcast</a></p><p class="site-description">Batteries, charging and the electric future</p></div>
  <nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="https://evfrontier.net/">Home</a></li><li class="menu-item"><a href="https://evfrontier.net/episodes/">Episodes</a></li><li class="menu-item"><a href="https://evfrontier.net/guests/">Guests</a></li><li class="menu-item"><a href="https://evfrontier.net/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail category-episodes tag-batteries tag-elon-musk tag-tesla">
  <header class="entry-header">
    <h1 class="entry-title">147: Elon Musk on 4680s, LFP and the next bottleneck</h1>
    <div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-04-02T07:00:00+00:00">April 2, 2024</time> by <span class="author vcard"><a class="url fn n" href="https://evfrontier.net/author/rosa/">Rosa Delgado</a></span> in <a href="https://evfrontier.net/category/episodes/" rel="category tag">Episodes</a></div>
  </header>
  <div class="entry-content clear">
<p>This week I sat down with Elon Musk to go deep on batteries: where the 4680 program stands, why Tesla still buys LFP cells from CATL, and what he thinks the next bottleneck will be after cells.</p>
<figure class="wp-block-audio"><audio controls src="https://evfrontier.net/wp-content/uploads/2024/04/evf147.mp3"></audio><figcaption class="wp-element-caption">EV Frontier 147 (1:03:02)</figcaption></figure>
<h2 class="wp-block-heading">Sponsor</h2>
<p>This episode is brought to you by VoltStack home chargers. Use code FRONTIER for 10% off.</p>
<h2 class="wp-block-heading">Transcript</h2>
<div class="wp-block-pt-accordion pt-accordion" data-pt-version="2.1.0">
  <button class="pt-accordion__toggle" aria-expanded="false" aria-controls="pt-panel-2291">Show full transcript <span class="pt-accordion__icon">+</span></button>
  <div class="pt-accordion__panel" id="pt-panel-2291" role="region" hidden>
{acc}
    <p class="pt-note"><em>Transcript generated with PodScribe and edited by EV Frontier staff. Conversation between 02:56 and 1:01:50 covered listener questions and is omitted here.</em></p>
  </div>
</div>
<div class="pt-print-copy" aria-hidden="true">
<h3>Printable transcript</h3>
{prn}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="https://evfrontier.net/147-elon-musk-batteries/?share=twitter">X</a></li><li><a class="share-facebook" href="https://evfrontier.net/147-elon-musk-batteries/?share=facebook">Facebook</a></li><li><a class="share-print" href="#print">Print</a></li></ul></div>
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged <a href="https://evfrontier.net/tag/batteries/" rel="tag">batteries</a>, <a href="https://evfrontier.net/tag/elon-musk/" rel="tag">Elon Musk</a>, <a href="https://evfrontier.net/tag/tesla/" rel="tag">Tesla</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://evfrontier.net/146-sodium-ion-deep-dive/" rel="prev">← 146: Sodium-ion, explained</a></div><div class="nav-next"><a href="https://evfrontier.net/148-megacharging/" rel="next">148: Megawatt charging →</a></div></div></nav>
<div id="comments" class="comments-area">
  <h3 class="comments-title">4 thoughts on “147: Elon Musk on 4680s, LFP and the next bottleneck”</h3>
  <ol class="comment-list">
    <li id="comment-812" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Priyesh</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-04-02T11:20:04+00:00">April 2, 2024 at 11:20 am</time></div></footer><div class="comment-content"><p>Great questions on sodium-ion. Would love a follow-up with someone from CATL.</p></div></article></li>
    <li id="comment-815" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">GridNerd</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-04-03T08:02:51+00:00">April 3, 2024 at 8:02 am</time></div></footer><div class="comment-content"><p>“There’s always a bottleneck” should be printed on a T-shirt.</p></div></article></li>
    <li id="comment-819" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon Musk</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-04-04T19:41:10+00:00">April 4, 2024 at 7:41 pm</time></div></footer><div class="comment-content"><p>Sodium-ion will be big for grid storage sooner than people think. Great episode!</p><p><em>(Yes, that&#8217;s my real name. No relation.)</em></p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-819">Reply</a></div></article></li>
    <li id="comment-820" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Musk Fan 420</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-04-05T02:13:55+00:00">April 5, 2024 at 2:13 am</time></div></footer><div class="comment-content"><p>Elon Musk: &#8220;The bottleneck moves.&#8221; Legend.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-820">Reply</a></div></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://evfrontier.net/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://evfrontier.net/"><input type="search" class="search-field" placeholder="Search …" name="s" /></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="https://evfrontier.net/148-megacharging/">148: Megawatt charging</a></li><li><a href="https://evfrontier.net/146-sodium-ion-deep-dive/">146: Sodium-ion, explained</a></li><li><a href="https://evfrontier.net/145-byd-blade/">145: Inside the BYD Blade battery</a></li></ul></section>
  <section id="text-3" class="widget widget_text"><h2 class="widget-title">Subscribe</h2><div class="textwidget"><p><a href="https://evfrontier.net/feed/podcast/">RSS</a> · Apple Podcasts · Spotify</p></div></section>
</div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright © 2024 EV Frontier Podcast | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience. <a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a> <a href="https://evfrontier.net/privacy-policy/">Privacy Policy</a></span></div>
<script src="https://evfrontier.net/wp-content/plugins/podcast-transcript-accordion/assets/pt.js?ver=2.1.0" id="pt-js"></script>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/"}}</script>
</body>
</html>
'''
    fmt = "WordPress transcript-plugin accordion: 'Name (hh:mm:ss) text' per paragraph; the same transcript repeated in a print-only copy below (count once)"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
