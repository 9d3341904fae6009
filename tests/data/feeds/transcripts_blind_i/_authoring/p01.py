"""i01 - WordPress (PowerPress) podcast episode page, Rev-style 'Name (hh:mm:ss):' labels."""
from common import *

NAME = 'i01_longburn_wordpress_rev_style'
SHOW = 'The Long Burn'
L = {'MR': ['Marcus Reyes', 'Marcus'], 'EM': ['Elon Musk', 'Elon']}

T = [
    ('MR', 4, ['Welcome back to The Long Burn. I’m Marcus Reyes, and my guest today runs a couple of companies you may have heard of. We recorded this at Starbase the morning after a static fire, so if you hear a generator in the background, that’s why.']),
    ('EM', 31, ['Thanks for having me. Happy to be here, generator and all.']),
    ('MR', 36, ['So let’s start with the thing everyone asks me to ask you: cadence. How often do you actually think you can fly this thing?']),
    ('EM', 52, ['Well, the cadence is really a function of how fast you can turn the booster around. The ship is harder, but the booster sets the pace.',
                'If you think about an airliner, nobody throws away the plane after one trip to Chicago. That would be insane. But that’s basically what the industry did for sixty years, and people just sort of accepted it as a law of physics, which it is not.']),
    ('MR', 190, ['Right.']),
    ('EM', 191, ['And so if you can’t turn the booster around in under a day, you don’t really have a reusable system, you have a refurbishable one. Those are very different things economically.']),
    ('MR', 340, ['You once told an interviewer, I think it was back in 2017, that “the factory is the product.” As you put it then, the machine that builds the machine is the hard part. Do you still believe that?']),
    ('EM', 362, ['Yes.']),
    ('MR', 363, ['That’s it? Just yes?']),
    ('EM', 364, ['Pretty much, yeah. The prototype is easy by comparison. You can build one of almost anything if you throw enough smart people at it. Building ten thousand of them at a reasonable cost, that’s where companies go to die.']),
    ('MR', 587, ['Let’s talk batteries for a minute, because I think our listeners skew pretty nerdy. Where’s the bottleneck right now?']),
    ('EM', 615, ['Honestly, the cell is the least of it at this point. It’s refining. Lithium refining, cathode materials, that whole middle part of the supply chain that nobody finds glamorous.',
                 'If you’re a young engineer and you want a guaranteed money-making opportunity, build a lithium refinery. I’ve said that before and I’ll keep saying it until somebody listens.']),
    ('MR', 862, ['Last question, and it’s the one I ask everybody. What advice would you give to someone who’s twenty-two and doesn’t know what to do with their life?']),
    ('EM', 880, ['Try to be useful. That’s really it. Ask yourself whether the thing you’re doing is actually useful to other people, and if the answer is no, do something else.']),
    ('MR', 930, ['Elon, thank you so much for doing this.']),
    ('EM', 932, ['Thank you.']),
]


def label(spk, i):
    # full name on first appearance, short afterwards
    return L[spk][0] if i == 0 else L[spk][1]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = label(spk, n)
        out.append('<p><strong>%s (%s):</strong><br>\n%s</p>' % (esc(lab), hms(t), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    transcript = '\n'.join(out)
    return PAGE.replace('@@TRANSCRIPT@@', transcript)


PAGE = r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 148 &#8211; Elon Musk on Cadence, Refineries and Being Useful &#8211; The Long Burn</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://thelongburnpod.com/ep-148-elon-musk/">
<meta property="og:type" content="article">
<meta property="og:title" content="Ep. 148 – Elon Musk on Cadence, Refineries and Being Useful">
<meta property="og:description" content="Marcus sits down with Elon Musk at Starbase the morning after a static fire.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://thelongburnpod.com/ep-148-elon-musk/","name":"Ep. 148 – Elon Musk on Cadence, Refineries and Being Useful","datePublished":"2024-09-18T10:02:11+00:00","author":{"name":"Marcus Reyes"}},{"@type":"PodcastEpisode","name":"Ep. 148","partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"}}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburnpod.com/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburnpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='powerpress_subscribe_widget_modern-css' href='https://thelongburnpod.com/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.0.6' media='all' />
<style id='astra-theme-css-inline-css'>
.ast-container{max-width:1240px}.entry-content p{margin-bottom:1.2em}
.lb-pullquote{border-left:4px solid #e8572a;padding:.6em 1.2em;font-size:1.3em;font-style:italic}
.lb-chapters li{list-style:none;margin:.2em 0}.lb-chapters a{font-variant-numeric:tabular-nums}
.comment-author .fn{font-weight:700}.says{display:none}
</style>
<script src='https://thelongburnpod.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-2291 single-format-standard ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
  <div class="ast-container">
    <div class="site-branding"><p class="site-title"><a href="https://thelongburnpod.com/" rel="home">The Long Burn</a></p>
    <p class="site-description">Long conversations with people who build hard things</p></div>
    <nav id="site-navigation" class="ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
      <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">
        <li class="menu-item"><a href="https://thelongburnpod.com/" class="menu-link">Home</a></li>
        <li class="menu-item current-menu-parent"><a href="https://thelongburnpod.com/episodes/" class="menu-link">Episodes</a></li>
        <li class="menu-item"><a href="https://thelongburnpod.com/transcripts/" class="menu-link">Transcripts</a></li>
        <li class="menu-item"><a href="https://thelongburnpod.com/support/" class="menu-link">Support the Show</a></li>
        <li class="menu-item"><a href="https://thelongburnpod.com/contact/" class="menu-link">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-episodes tag-spacex tag-tesla" id="post-2291">
<header class="entry-header">
  <h1 class="entry-title" itemprop="headline">Ep. 148 &#8211; Elon Musk on Cadence, Refineries and Being Useful</h1>
  <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-09-18T10:02:11+00:00">September 18, 2024</time></span> / <span class="posted-by vcard author"><a class="url fn n" href="https://thelongburnpod.com/author/marcus/">Marcus Reyes</a></span> / <span class="cat-links"><a href="https://thelongburnpod.com/category/episodes/" rel="category tag">Episodes</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_7714"><audio class="wp-audio-shortcode" id="audio-2291-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://media.blubrry.com/longburn/thelongburnpod.com/audio/LB148_musk.mp3?_=1" /><a href="https://media.blubrry.com/longburn/thelongburnpod.com/audio/LB148_musk.mp3">https://media.blubrry.com/longburn/thelongburnpod.com/audio/LB148_musk.mp3</a></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.blubrry.com/longburn/thelongburnpod.com/audio/LB148_musk.mp3" class="powerpress_link_pinw" target="_blank" title="Play in new window" rel="nofollow">Play in new window</a> | <a href="https://media.blubrry.com/longburn/thelongburnpod.com/audio/LB148_musk.mp3" class="powerpress_link_d" title="Download" rel="nofollow" download="LB148_musk.mp3">Download</a> (Duration: 15:49 &#8212; 21.8MB)</p>
<p class="powerpress_links powerpress_subscribe_links">Subscribe: <a href="https://podcasts.apple.com/us/podcast/the-long-burn/id1498820117" class="powerpress_link_subscribe powerpress_link_subscribe_itunes" target="_blank" rel="nofollow">Apple Podcasts</a> | <a href="https://open.spotify.com/show/6Xf0LongBurn" class="powerpress_link_subscribe" target="_blank" rel="nofollow">Spotify</a> | <a href="https://thelongburnpod.com/feed/podcast/" class="powerpress_link_subscribe powerpress_link_subscribe_rss" target="_blank" rel="nofollow">RSS</a></p>

<p>Marcus sits down with Elon Musk at Starbase, the morning after a static fire, to talk about launch cadence, why refining is the unglamorous bottleneck in the battery supply chain, and what he tells twenty-two-year-olds.</p>

<blockquote class="wp-block-pullquote lb-pullquote"><p>Elon Musk: &#8220;Building ten thousand of them at a reasonable cost, that&#8217;s the part nobody warns you about.&#8221;</p><cite>From this episode</cite></blockquote>

<h2 class="wp-block-heading">Chapters</h2>
<ul class="lb-chapters">
<li><a href="#t=00:00:04">(00:00:04)</a> Intro</li>
<li><a href="#t=00:00:52">(00:00:52)</a> Elon Musk: why the booster sets the pace</li>
<li><a href="#t=00:05:40">(00:05:40)</a> &#8220;The factory is the product&#8221;</li>
<li><a href="#t=00:09:47">(00:09:47)</a> Elon Musk: lithium refining is the bottleneck</li>
<li><a href="#t=00:14:22">(00:14:22)</a> Advice for twenty-two-year-olds</li>
</ul>

<h2 class="wp-block-heading">Links mentioned</h2>
<ul>
<li><a href="https://thelongburnpod.com/ep-131-refinery-economics/">Ep. 131 &#8211; The economics of a lithium refinery</a></li>
<li><a href="https://thelongburnpod.com/ep-102-airliner-turnaround/">Ep. 102 &#8211; How airlines turn a plane in 45 minutes</a></li>
</ul>

<h2 class="wp-block-heading">Transcript</h2>
<p><em>This transcript was produced by a transcription service and lightly edited. Please check the audio before quoting.</em></p>
@@TRANSCRIPT@@
<p><em>Transcript ends.</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://thelongburnpod.com/ep-148-elon-musk/?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://thelongburnpod.com/ep-148-elon-musk/?share=facebook" target="_blank"><span>Facebook</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://thelongburnpod.com/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://thelongburnpod.com/tag/tesla/" rel="tag">Tesla</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://thelongburnpod.com/ep-147-grid-storage/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="https://thelongburnpod.com/ep-149-tunnels/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>

<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 148 &#8211; Elon Musk on Cadence, Refineries and Being Useful&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-8812"><article id="comment-8812" class="ast-comment"><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk Fan Club</b></cite></div><div class="ast-comment-time"><a href="#comment-8812"><time datetime="2024-09-18T14:11:05+00:00">September 18, 2024 at 2:11 pm</time></a></div></header></div>
<section class="ast-comment-content comment"><p>Elon Musk: &#8220;Try to be useful.&#8221; Printing that and taping it to my monitor. Best episode of the year.</p></section><a rel="nofollow" class="comment-reply-link" href="#comment-8812">Reply</a></div></article>
<ol class="children">
<li class="comment odd alt depth-2" id="li-comment-8815"><article id="comment-8815" class="ast-comment"><div class="ast-comment-data-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">E. Musk (not that one)</b></cite></div><div class="ast-comment-time"><time datetime="2024-09-18T16:40:51+00:00">September 18, 2024 at 4:40 pm</time></div></header>
<section class="ast-comment-content comment"><p>Yes. I get a lot of mail meant for him, so I figured I&#8217;d weigh in. Good episode, though Marcus should have pushed harder on the refinery timeline.</p></section></div></article></li>
</ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-8820"><article id="comment-8820" class="ast-comment"><div class="ast-comment-data-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">rocketgirl_77</b></cite></div><div class="ast-comment-time"><time datetime="2024-09-19T08:03:17+00:00">September 19, 2024 at 8:03 am</time></div></header>
<section class="ast-comment-content comment"><p>The transcript at (00:06:02) just says &#8220;Yes.&#8221; and honestly that&#8217;s the most efficient answer in podcast history.</p></section></div></article></li>
<li class="comment odd alt thread-even depth-1" id="li-comment-8833"><article id="comment-8833" class="ast-comment"><div class="ast-comment-data-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dale P.</b></cite></div><div class="ast-comment-time"><time datetime="2024-09-20T21:27:40+00:00">September 20, 2024 at 9:27 pm</time></div></header>
<section class="ast-comment-content comment"><p>Could you do an episode with someone who actually runs a refinery? Would love the other side of this.</p></section></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongburnpod.com/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-lg-12"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;" /></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://thelongburnpod.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>
<li><a href="https://thelongburnpod.com/ep-149-tunnels/">Ep. 149 &#8211; Why tunnels are cheaper than you think</a></li>
<li><a href="https://thelongburnpod.com/ep-147-grid-storage/">Ep. 147 &#8211; Grid storage with Ana Ferreira</a></li>
<li><a href="https://thelongburnpod.com/ep-146-heat-pumps/">Ep. 146 &#8211; Heat pumps, explained slowly</a></li>
</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section">Copyright &copy; 2024 The Long Burn | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></footer>
</div>
<script src='https://thelongburnpod.com/wp-content/plugins/powerpress/player.min.js?ver=6.5.3' id='powerpress-player-js'></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1","is_header_footer_builder_active":"1"};</script>
<script src='https://thelongburnpod.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
<script src='https://stats.wp.com/e-202438.js' defer></script>
<script>_stq = window._stq || []; _stq.push([ "view", {v:'ext',blog:'187720114',post:'2291',tz:'0',srv:'thelongburnpod.com'} ]);</script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'WordPress post: each turn is a <p> opening with a bold "Name (hh:mm:ss):" label and a <br>, unlabelled continuation paragraphs follow; full name on first appearance, first name after.',
         gold_turns(T), ['Marcus Reyes', 'Marcus'])
