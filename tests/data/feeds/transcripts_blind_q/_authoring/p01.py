"""q01 - WordPress podcast episode page. `<strong>Name</strong> (mm:ss|h:mm:ss) text`."""
import html
from common import ELON, gold_turns, hms_short, write_page

NAME = "q01_orbital_hour_wordpress"
SHOW = "The Orbital Hour"

LABELS = {
    "D": ("Dana Whitcomb", "Dana"),
    "T": ("Theo Marsh", "Theo"),
    ELON: ("Elon Musk", "Elon"),
}

TURNS = [
    ("D", 0, ["Welcome back to The Orbital Hour. I\u2019m Dana Whitcomb, and with me as always is Theo Marsh. Today\u2019s guest needs very little introduction, so I\u2019ll keep it short: Elon Musk is here to talk about launch cadence at Starbase, the second tower, and why he thinks the pad matters more than the rocket."]),
    ("T", 38, ["Good to have you, Elon."]),
    (ELON, 271, ["Thanks for having me. It\u2019s been a pretty wild couple of months at Starbase, honestly. We\u2019ve had more launches in the last quarter than in the previous two years combined."]),
    ("D", 289, ["And you\u2019re still catching boosters with the tower arms."]),
    (ELON, 302, ["Yes."]),
    ("D", 304, ["Let\u2019s start there. When you first described the catch, a lot of people thought it was a joke. Walk us through the logic."]),
    (ELON, 588, ["So the way to think about it is that every kilogram of landing leg is a kilogram you can\u2019t put into orbit. Legs are heavy, they have to survive a hard landing, and then you have to inspect them after every flight.",
                 "If the tower does the catching, the tower carries all that mass, and the tower doesn\u2019t have to go to space. That\u2019s really the whole insight. It sounds crazy until you do the arithmetic."]),
    ("T", 640, ["Sure."]),
    (ELON, 641, ["And the arithmetic is unforgiving. People underestimate how much landing hardware costs you at the top of the stack, because every kilogram up there is multiplied all the way down."]),
    ("D", 1022, ["I want to read you something. In 2019 you said \u2014 and I\u2019m quoting you here \u2014 \u201cthe pad is the product, the rocket is just the part that leaves.\u201d Do you still believe that?"]),
    (ELON, 1040, ["Even more so now. The rocket gets all the attention, but the thing that limits how often you can fly is everything on the ground: the propellant farm, the tower, the chopsticks, the water deluge system.", "Like I said back then, \u201cthe pad is the product.\u201d I\u2019d just add that the pad is also the bottleneck."]),
    ("D", 1980, ["Theo has one from the listener mailbag."]),
    ("T", 1986, ["This is from Marguerite in Adelaide. She asks whether Starship will ever launch from somewhere other than Texas and Florida."]),
    (ELON, 1995, ["Probably, yes. Offshore platforms are the long-term answer, because the noise is intense and you want to be far from anyone\u2019s house. We bought a couple of old oil rigs a while back. That project is paused, but the idea is sound."]),
    ("D", 2467, ["Let\u2019s talk about cadence. What does a normal week look like in two years?"]),
    (ELON, 2480, ["Ideally, it\u2019s boring. You want launches to be as boring as an airline departure. Nobody claps when a 737 takes off.",
                  "Right now we\u2019re at maybe one flight every few weeks. The goal is multiple flights per day from a single pad, and eventually from many pads."]),
    ("D", 3539, ["Multiple per day."]),
    (ELON, 3541, ["Per day, from one pad. Turnaround time is the metric that matters, not the launch itself."]),
    ("D", 3780, ["We\u2019re nearly out of time. Last question: what keeps you up at night?"]),
    (ELON, 3792, ["Honestly, mostly the engines. Raptor is much better than it was, but the engine is still the hardest part of the whole system. And then making sure the team doesn\u2019t burn out, because they\u2019ve been sprinting for a long time."]),
    ("D", 3850, ["Elon Musk, thank you so much for doing this."]),
    (ELON, 3853, ["Thanks, guys. This was fun."]),
]


def wp(s):
    """WordPress wptexturize-style numeric entities."""
    s = html.escape(s, quote=False)
    for ch, e in {"\u2019": "&#8217;", "\u201c": "&#8220;", "\u201d": "&#8221;",
                  "\u2014": "&#8212;", "\u2026": "&#8230;"}.items():
        s = s.replace(ch, e)
    return s


def render_transcript():
    seen = set()
    out = []
    for spk, t, paras in TURNS:
        full, short = LABELS[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append('<p><strong>%s</strong> (%s) %s</p>' % (label, hms_short(t), wp(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % wp(p))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Starship, cadence and the second tower &#8211; The Orbital Hour</title>
<meta name="description" content="Elon Musk joins Dana and Theo to talk about catching boosters, launch cadence and why the pad is the product.">
<link rel="canonical" href="https://theorbitalhour.com/episodes/212-elon-musk-starship-cadence/">
<meta property="og:type" content="article">
<meta property="og:title" content="Ep. 212 &#8211; Elon Musk on Starship, cadence and the second tower">
<meta property="og:site_name" content="The Orbital Hour">
<link rel="stylesheet" id="astra-theme-css-css" href="https://theorbitalhour.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress-player-css" href="https://theorbitalhour.com/wp-content/plugins/powerpress/css/player.min.css?ver=11.0.6" media="all">
<style id="astra-theme-css-inline-css">
.ast-container{{max-width:1200px}} .entry-content p{{margin-bottom:1.2em}} .key-quotes{{background:#f4f1ea;border-left:4px solid #d35400;padding:1em 1.4em}}
.wp-block-details summary{{cursor:pointer;font-weight:600}} .comment-list{{list-style:none;padding-left:0}}
</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212 - Elon Musk on Starship, cadence and the second tower","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Orbital Hour"}},"datePublished":"2025-03-11"}}</script>
<script src="https://theorbitalhour.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4821 single-format-audio ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemscope itemtype="https://schema.org/WPHeader">
 <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
  <div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://theorbitalhour.com/" class="custom-logo-link" rel="home"><img width="180" height="48" src="https://theorbitalhour.com/wp-content/uploads/2023/01/orbital-hour-logo.png" class="custom-logo" alt="The Orbital Hour"></a></span></div></div>
  <nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
   <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">
    <li class="menu-item"><a href="https://theorbitalhour.com/" class="menu-link">Home</a></li>
    <li class="menu-item current-menu-parent"><a href="https://theorbitalhour.com/episodes/" class="menu-link">Episodes</a></li>
    <li class="menu-item"><a href="https://theorbitalhour.com/launch-calendar/" class="menu-link">Launch Calendar</a></li>
    <li class="menu-item"><a href="https://theorbitalhour.com/support/" class="menu-link">Support the show</a></li>
    <li class="menu-item"><a href="https://theorbitalhour.com/contact/" class="menu-link">Contact</a></li>
   </ul>
  </nav>
 </div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4821 post type-post status-publish format-audio has-post-thumbnail hentry category-episodes tag-spacex tag-starship" id="post-4821" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
 <h1 class="entry-title" itemprop="headline">Ep. 212 &#8211; Elon Musk on Starship, cadence and the second tower</h1>
 <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-11T06:00:00+00:00">March 11, 2025</time></span> / <span class="posted-by vcard author">By <a class="url fn n" href="https://theorbitalhour.com/author/dana/">Dana Whitcomb</a></span> / <span class="cat-links"><a href="https://theorbitalhour.com/category/episodes/" rel="category tag">Episodes</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_4821"><audio class="wp-audio-shortcode" id="audio-4821-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://media.orbitalhour.fm/episodes/OH212.mp3?_=1"><a href="https://media.orbitalhour.fm/episodes/OH212.mp3">https://media.orbitalhour.fm/episodes/OH212.mp3</a></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.orbitalhour.fm/episodes/OH212.mp3" class="powerpress_link_pinw" target="_blank" title="Play in new window" rel="nofollow">Play in new window</a> | <a href="https://media.orbitalhour.fm/episodes/OH212.mp3" class="powerpress_link_d" title="Download" rel="nofollow" download="OH212.mp3">Download</a> (Duration: 1:04:40 &#8212; 59.2MB)</p>

<p>This week we finally got him. Elon Musk sat down with us (remotely, from Starbase) for a little over an hour. We talk about why SpaceX catches boosters with the launch tower, what a &#8220;boring&#8221; launch week would look like, offshore launch platforms, and what keeps him up at night. Thanks to everyone who sent questions &#8212; we got to one of them.</p>

<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list chapters">
<li>00:00 &#8212; Intro</li>
<li>04:31 &#8212; Elon Musk joins</li>
<li>09:48 &#8212; Why catch boosters with the tower?</li>
<li>17:20 &#8212; &#8220;The pad is the product&#8221;</li>
<li>33:15 &#8212; Listener question: launch sites beyond Texas and Florida</li>
<li>41:20 &#8212; Elon Musk: launches should be boring</li>
<li>1:03:12 &#8212; What keeps him up at night</li>
</ul>

<div class="wp-block-group key-quotes"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Key quotes</h3>
<ul class="wp-block-list">
<li><strong>Elon Musk:</strong> &#8220;You want launches to be as boring as an airline departure.&#8221;</li>
<li><strong>Elon Musk:</strong> &#8220;Turnaround time is the metric that matters, not the launch itself.&#8221;</li>
<li><strong>Elon:</strong> &#8220;Honestly, mostly the engines.&#8221;</li>
</ul>
</div></div>

<p><em>Links mentioned:</em> <a href="https://theorbitalhour.com/episodes/187-tower-catch-explained/">Ep. 187: the tower catch explained</a> &middot; <a href="https://theorbitalhour.com/launch-calendar/">our launch calendar</a></p>

<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p class="has-small-font-size"><em>This transcript was produced with automated software and lightly edited by a human. Timestamps refer to the audio above. Please check against the audio before quoting.</em></p>
{transcript}
<p class="has-small-font-size"><em>[End of transcript]</em></p>

<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://theorbitalhour.com/episodes/212-elon-musk-starship-cadence/?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://theorbitalhour.com/episodes/212-elon-musk-starship-cadence/?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://theorbitalhour.com/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://theorbitalhour.com/tag/starship/" rel="tag">Starship</a></span></footer>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://theorbitalhour.com/episodes/211-europe-heavy-lift/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="https://theorbitalhour.com/episodes/213-lunar-gateway/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>

<div id="comments" class="comments-area comment-form-position-below">
<h3 class="comments-title">4 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Starship, cadence and the second tower&#8221;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1 parent" id="comment-9912">
 <article id="div-comment-9912" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">ElonMuskFan42</b></cite></div><div class="ast-comment-time"><a href="#comment-9912"><time datetime="2025-03-11T09:14:22+00:00">March 11, 2025 at 9:14 am</time></a></div></header></div>
 <section class="ast-comment-content comment"><p>Best episode in ages. My favourite bit:</p>
 <p>Elon Musk (41:20) Ideally, it&#8217;s boring. You want launches to be as boring as an airline departure.</p>
 <p>Put that on a t-shirt.</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-9912">Reply</a></span></div></section></article>
 <ol class="children">
 <li class="comment byuser comment-author-dana bypostauthor odd alt depth-2" id="comment-9915">
  <article id="div-comment-9915" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dana Whitcomb</b></cite><span class="ast-highlight-text ast-cmt-post-author">Post author</span></div><div class="ast-comment-time"><a href="#comment-9915"><time datetime="2025-03-11T10:02:51+00:00">March 11, 2025 at 10:02 am</time></a></div></header></div>
  <section class="ast-comment-content comment"><p>Ha, merch team is on it.</p></section></article>
 </li>
 </ol>
</li>
<li class="comment odd alt thread-odd thread-alt depth-1" id="comment-9920">
 <article id="div-comment-9920" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon M.</b></cite></div><div class="ast-comment-time"><a href="#comment-9920"><time datetime="2025-03-11T13:40:07+00:00">March 11, 2025 at 1:40 pm</time></a></div></header></div>
 <section class="ast-comment-content comment"><p>Not that Elon, sadly. I run a small machine shop in Ohio. The bit about landing legs vs. tower mass was the clearest explanation I&#8217;ve heard.</p></section></article>
</li>
<li class="comment even thread-even depth-1" id="comment-9931">
 <article id="div-comment-9931" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">realMuskWatcher</b></cite></div><div class="ast-comment-time"><a href="#comment-9931"><time datetime="2025-03-12T02:19:44+00:00">March 12, 2025 at 2:19 am</time></a></div></header></div>
 <section class="ast-comment-content comment"><p>Elon: Per day, from one pad. &lt;&#8212; I&#8217;ll believe it when I see it. They said the same about Falcon in 2017.</p></section></article>
</li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://theorbitalhour.com/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://theorbitalhour.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>
<li><a href="https://theorbitalhour.com/episodes/213-lunar-gateway/">Ep. 213 &#8211; Is the Gateway still worth it?</a></li>
<li><a href="https://theorbitalhour.com/episodes/211-europe-heavy-lift/">Ep. 211 &#8211; Europe&#8217;s heavy-lift gap</a></li>
<li><a href="https://theorbitalhour.com/episodes/210-rocket-lab-neutron/">Ep. 210 &#8211; Neutron, finally?</a></li>
</ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-row ast-flex"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2025 The Orbital Hour &middot; Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
<script src="https://theorbitalhour.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://theorbitalhour.com/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def build():
    page = PAGE.format(transcript=render_transcript())
    return write_page(
        NAME, page, SHOW,
        "WordPress post: one <p> per turn as '<strong>Name</strong> (mm:ss) text', switching to (h:mm:ss) after the first hour; labels full on first use then first name; unlabelled <p> continuations.",
        gold_turns(TURNS),
        ["Dana Whitcomb", "Dana", "Theo Marsh", "Theo"],
        notes={"kind": "WordPress podcast episode page",
               "markup": "<strong>Name</strong> (mm:ss / h:mm:ss) text; 'Elon Musk' then 'Elon'"},
    )
