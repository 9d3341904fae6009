from common import *

NAME = "u01_orbital_hour"
SHOW = "The Orbital Hour"
FMT = ("WordPress post; each turn is a <p> opening with a bold 'Name (hh:mm:ss)' label followed by the text, "
       "unlabelled continuation paragraphs; labels full then first name only.")

D, E = "D", "E"
T = [
 (D, "00:00:04", ["Welcome back to The Orbital Hour. I\u2019m Dana Whitcomb, and today\u2019s guest needs very little introduction. He runs SpaceX, Tesla and, depending on the week, a few other things. Elon Musk, welcome back to the show."]),
 (E, "00:00:19", ["Thanks for having me. It\u2019s good to be back, although I think the last time we did this it was three in the morning."]),
 (D, "00:00:27", ["It was. We\u2019ve upgraded to the afternoon. So I want to start where we ended last time. As Elon told me back in 2022, \u201cthe launch pad is the bottleneck, not the rocket.\u201d Is that still true?"]),
 (E, "00:00:44", ["Mostly, yes. The pad is still the thing that limits cadence. You can build ships faster than you can refurbish a pad after a full-duration launch, at least right now.",
                  "What\u2019s changed is that the tower catch means the booster is back on the mount within hours, so now the limiting factor is propellant loading and the quick-disconnect hardware. Those are solvable. They\u2019re just not glamorous."]),
 (D, "00:02:10", ["Let\u2019s talk about the ship side. Heat shield."]),
 (E, "00:02:14", ["Yeah, the heat shield is still the hardest problem on the whole vehicle. People focus on the engines, but engines we know how to iterate. A reusable orbital heat shield that you can fly again without inspecting every tile has never been done."]),
 (D, "00:02:41", ["Right."]),
 (E, "00:02:42", ["So what we\u2019re testing now is a mix of tiles with a backup ablative layer underneath, plus some actively cooled sections near the flaps. The goal is zero tile replacement between flights. We\u2019re not there. We\u2019re maybe at the point where you replace a few dozen tiles, which is still way too many."]),
 (D, "00:18:40", ["Raptor 4. What\u2019s actually different?"]),
 (E, "00:18:45", ["Raptor 4 is mostly about simplification. Fewer parts, fewer flanges, more of the plumbing printed directly into the engine body. Every flange is a potential leak, so every flange you delete is a win.",
                  "And the engine gets lighter, which matters more on the ship than on the booster, because every kilogram on the ship is a kilogram of payload."]),
 (D, "00:41:05", ["Let me ask about Mars timelines, because our listeners always do. Is there a launch window you\u2019d commit to on this show?"]),
 (E, "00:41:13", ["No."]),
 (D, "00:41:14", ["Fair enough."]),
 (E, "00:41:16", ["I mean, I\u2019ll tell you what we\u2019re aiming for, but commit is a strong word. The next window is late 2026, and we\u2019d like to send uncrewed ships then, several of them, mostly to learn how to land a very large vehicle on Mars. If those go well, crew could follow in the window after."]),
 (D, "01:02:30", ["We\u2019re over time. Anything you want to leave people with?"]),
 (E, "01:02:36", ["Just that the rate of iteration is the thing that matters. If you\u2019re working on something hard, shorten the loop between trying and learning. That\u2019s basically it."]),
 (D, "01:02:49", ["Elon Musk, thank you."]),
 (E, "01:02:51", ["Thanks, Dana. This was fun."]),
]

def build():
    g = Gold("en")
    seen = set()
    rows = []
    for spk, ts, paras in T:
        if spk == E:
            label = "Elon Musk" if E not in seen else "Elon"
        else:
            label = "Dana Whitcomb" if D not in seen else "Dana"
        seen.add(spk)
        first = ent(paras[0])
        if spk == E:
            g.add(secs(ts), first)
        rows.append('<p><strong>%s (%s)</strong> %s</p>' % (label, ts, first))
        for p in paras[1:]:
            rows.append("<p>%s</p>" % ent(p))
    transcript = "\n".join(rows)
    page = TEMPLATE.replace("{{TRANSCRIPT}}", transcript)
    return write(NAME, page, SHOW, FMT, g, ["Dana Whitcomb", "Dana"])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Starship cadence, Raptor 4 and the road to Mars &#8211; The Orbital Hour</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://orbitalhour.fm/2025/03/ep-212-elon-musk-starship-cadence/">
<meta property="og:type" content="article">
<meta property="og:title" content="Ep. 212 &#8211; Elon Musk on Starship cadence, Raptor 4 and the road to Mars">
<meta property="og:description" content="Elon Musk joins Dana Whitcomb to talk launch cadence, heat shields and the next Mars window.">
<link rel="stylesheet" id="wp-block-library-css" href="https://orbitalhour.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://orbitalhour.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget-css" href="https://orbitalhour.fm/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.2.1" media="all">
<style id="astra-theme-css-inline-css">
.ast-container{max-width:1240px}.entry-content p{margin-bottom:1.4em}.key-quotes{background:#0c1b2a;color:#f2f2f2;padding:1.5em;border-radius:6px}
.key-quotes strong{color:#ffb347}.chapter-list li{font-family:monospace}.comment-body{border-bottom:1px solid #e5e5e5;padding:1em 0}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Ep. 212 \u2013 Elon Musk on Starship cadence, Raptor 4 and the road to Mars","datePublished":"2025-03-18T06:00:00+00:00","author":{"@type":"Person","name":"Dana Whitcomb"},"publisher":{"@type":"Organization","name":"The Orbital Hour"}}]}</script>
<script>window._wpemojiSettings = {"baseUrl":"https:\/\/s.w.org\/images\/core\/emoji\/14.0.0\/72x72\/","ext":".png","source":{"concatemoji":"https:\/\/orbitalhour.fm\/wp-includes\/js\/wp-emoji-release.min.js?ver=6.4.3"}};</script>
</head>
<body class="post-template-default single single-post postid-2481 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
  <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
    <div class="site-branding"><span class="site-logo-img"><a href="https://orbitalhour.fm/" class="custom-logo-link" rel="home"><img width="180" height="48" src="https://orbitalhour.fm/wp-content/uploads/2023/01/orbital-hour-logo.png" class="custom-logo" alt="The Orbital Hour"></a></span></div>
    <nav class="main-header-menu-toggle" aria-label="Site Navigation">
      <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
        <li class="menu-item"><a href="https://orbitalhour.fm/" class="menu-link">Home</a></li>
        <li class="menu-item current-menu-item"><a href="https://orbitalhour.fm/episodes/" class="menu-link">Episodes</a></li>
        <li class="menu-item"><a href="https://orbitalhour.fm/newsletter/" class="menu-link">Newsletter</a></li>
        <li class="menu-item"><a href="https://orbitalhour.fm/support/" class="menu-link">Support the show</a></li>
        <li class="menu-item"><a href="https://orbitalhour.fm/about/" class="menu-link">About</a></li>
      </ul>
    </nav>
  </div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2481 post type-post status-publish format-standard has-post-thumbnail hentry category-episodes tag-spacex tag-starship ast-article-single" id="post-2481" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
  <div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="https://orbitalhour.fm/wp-content/uploads/2025/03/ep212-cover.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high"></div>
  <h1 class="entry-title" itemprop="headline">Ep. 212 &#8211; Elon Musk on Starship cadence, Raptor 4 and the road to Mars</h1>
  <div class="entry-meta"><span class="posted-by vcard author" itemprop="author">By <a class="url fn n" href="https://orbitalhour.fm/author/dana/" rel="author"><span class="author-name" itemprop="name">Dana Whitcomb</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 18, 2025</span></span> / <span class="cat-links"><a href="https://orbitalhour.fm/category/episodes/" rel="category tag">Episodes</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_4471"><audio class="wp-audio-shortcode" id="audio-2481-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://media.orbitalhour.fm/ep212.mp3?_=1"><a href="https://media.orbitalhour.fm/ep212.mp3">https://media.orbitalhour.fm/ep212.mp3</a></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.orbitalhour.fm/ep212.mp3" class="powerpress_link_pinw" target="_blank" title="Play in new window" rel="nofollow">Play in new window</a> | <a href="https://media.orbitalhour.fm/ep212.mp3" class="powerpress_link_d" title="Download" rel="nofollow" download="ep212.mp3">Download</a> (Duration: 1:03:02 &#8212; 57.8MB)</p>
<p class="powerpress_links powerpress_subscribe_links">Subscribe: <a href="https://podcasts.example.com/orbital-hour" class="powerpress_link_subscribe">Apple Podcasts</a> | <a href="https://orbitalhour.fm/feed/podcast/" class="powerpress_link_subscribe">RSS</a></p>

<p>Elon Musk is back on The Orbital Hour for the first time since 2022. Dana asks him what still limits Starship&#8217;s launch cadence, why the heat shield remains the hardest part of the vehicle, what actually changes with Raptor 4, and whether he&#8217;ll commit to a Mars date on air (spoiler: he won&#8217;t).</p>

<div class="wp-block-group key-quotes is-layout-flow"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Key quotes</h3>
<p><strong>Elon Musk:</strong> &#8220;Every flange is a potential leak, so every flange you delete is a win.&#8221;</p>
<p><strong>Elon Musk:</strong> &#8220;The rate of iteration is the thing that matters.&#8221;</p>
<p><strong>Elon Musk (00:41:13):</strong> &#8220;No.&#8221; &#8212; on whether he&#8217;d commit to a Mars launch window</p>
</div></div>

<h2 class="wp-block-heading">Chapters</h2>
<ul class="chapter-list">
<li>00:00:04 &#8211; Intro</li>
<li>00:00:44 &#8211; Elon Musk: the pad is still the bottleneck</li>
<li>00:02:14 &#8211; Heat shield: the hardest problem</li>
<li>00:18:45 &#8211; Raptor 4 and deleting flanges</li>
<li>00:41:05 &#8211; Mars windows (no commitments)</li>
<li>01:02:30 &#8211; Parting advice</li>
</ul>

<h2 class="wp-block-heading">Links mentioned</h2>
<ul>
<li><a href="https://orbitalhour.fm/2022/06/ep-141-elon-musk/">Ep. 141 &#8211; our 2022 conversation with Elon Musk</a></li>
<li><a href="https://orbitalhour.fm/2024/11/ep-198-tile-tech/">Ep. 198 &#8211; Tile tech with a former shuttle thermal engineer</a></li>
</ul>

<hr class="wp-block-separator has-alpha-channel-opacity">
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was produced with a mix of machine transcription and human editing. It may contain errors. Please check the audio before quoting.</em></p>
{{TRANSCRIPT}}
<p><em>[End of episode]</em></p>
<hr class="wp-block-separator has-alpha-channel-opacity">
<p>The Orbital Hour is listener-supported. If you got something out of this conversation, <a href="https://orbitalhour.fm/support/">become a supporter</a> and get ad-free episodes a day early.</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="https://orbitalhour.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://orbitalhour.fm/tag/starship/" rel="tag">Starship</a>, <a href="https://orbitalhour.fm/tag/mars/" rel="tag">Mars</a></span></footer>
</div>
</article>

<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://orbitalhour.fm/2025/03/ep-211-lunar-landers/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="https://orbitalhour.fm/2025/03/ep-213-debris/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>

<div id="comments" class="comments-area comment-form-position-below">
<div class="comments-count-wrapper"><h3 class="comments-title">4 thoughts on &ldquo;Ep. 212 &#8211; Elon Musk on Starship cadence, Raptor 4 and the road to Mars&rdquo;</h3></div>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9921"><article id="comment-9921" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk Fan Club</b></cite></div><div class="ast-comment-time"><a href="#comment-9921"><time datetime="2025-03-18T09:14:02+00:00">March 18, 2025 at 9:14 am</time></a></div></header></div>
<section class="ast-comment-content comment"><p>Elon Musk (00:41:13): No.<br>Best answer of the year, no notes &#128514;</p></section>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-9921">Reply</a></span></div></article>
<ol class="children">
<li class="comment byuser comment-author-dana bypostauthor odd alt depth-2" id="li-comment-9925"><article id="comment-9925" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dana Whitcomb</b> <span class="ast-highlight-text ast-cmt-post-author">Post author</span></cite></div><div class="ast-comment-time"><time datetime="2025-03-18T10:02:40+00:00">March 18, 2025 at 10:02 am</time></div></header></div>
<section class="ast-comment-content comment"><p>Ha. I tried, I really did.</p></section></article></li>
</ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-9930"><article id="comment-9930" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">elonmusk_real</b></cite></div><div class="ast-comment-time"><time datetime="2025-03-18T13:40:11+00:00">March 18, 2025 at 1:40 pm</time></div></header></div>
<section class="ast-comment-content comment"><p>Thanks for having me. Always a pleasure Dana! DM me for a giveaway &#128640;&#128640;</p></section></article></li>
<li class="comment odd alt thread-even depth-1" id="li-comment-9944"><article id="comment-9944" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Ravi K.</b></cite></div><div class="ast-comment-time"><time datetime="2025-03-19T07:22:57+00:00">March 19, 2025 at 7:22 am</time></div></header></div>
<section class="ast-comment-content comment"><p>The bit about actively cooled sections near the flaps is new, right? Would love a follow-up episode just on that.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://orbitalhour.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"> <input type="hidden" name="comment_post_ID" value="2481" id="comment_post_ID"></p></form></div>
</div>
</main></div>

<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://orbitalhour.fm/"><label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><nav aria-label="Recent episodes"><ul>
<li><a href="https://orbitalhour.fm/2025/03/ep-213-debris/">Ep. 213 &#8211; Who cleans up low Earth orbit?</a></li>
<li><a href="https://orbitalhour.fm/2025/03/ep-211-lunar-landers/">Ep. 211 &#8211; The lunar lander pile-up</a></li>
<li><a href="https://orbitalhour.fm/2025/02/ep-210-ispace/">Ep. 210 &#8211; Small launchers after the shake-out</a></li>
</ul></nav></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section">Copyright &copy; 2025 The Orbital Hour | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></footer>
</div>
<script src="https://orbitalhour.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"};</script>
<script src="https://orbitalhour.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://orbitalhour.fm/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
