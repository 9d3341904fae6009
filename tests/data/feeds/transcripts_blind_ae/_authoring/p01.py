from lib import *

NAME = "ae01_longorbit-wp"
SHOW = "The Long Orbit"
D = "DW"

turns = [
    T(D, "Dana Whitcomb", 4,
      "Welcome back to The Long Orbit. I&#8217;m Dana Whitcomb. Quick confession before we start: when we were setting up the microphones, I asked my guest what he thought people get wrong about his companies, and as Elon told me right there in the hallway, &#8220;the factory is the product, and nobody wants to hear that.&#8221; So that&#8217;s where we&#8217;re going today. Elon, welcome."),
    T(EM, "Elon Musk", 41, "Thanks, Dana. Good to be here."),
    T(D, "Dana", 44,
      "Let&#8217;s start with Starship. Last time you were on you said the hard part wasn&#8217;t the rocket, it was the rate. What did you mean by that?"),
    T(EM, "Elon", 58,
      "Yeah, so people look at a rocket and they think the design is the product. But if you want to make life multiplanetary you need to build thousands of these things, so the real product is the machine that builds the machine.",
      "And the machine that builds the machine is way harder than the rocket. It&#8217;s, I don&#8217;t know, ten times harder, maybe more. You&#8217;ve got the ring welding, you&#8217;ve got the stacking, you&#8217;ve got all these fixtures that don&#8217;t exist anywhere else on Earth because nobody has ever needed them."),
    T(D, "Dana", 131, "Wow."),
    T(EM, "Elon", 132,
      "It&#8217;s a lot of fixtures. And every fixture is a little factory of its own, with its own tolerances and its own failure modes, so you end up debugging the tooling more than the vehicle."),
    T(D, "Dana", 160,
      "Okay, switching gears. A listener named Harriet wants to know whether you actually read the owner&#8217;s manual for the cars."),
    T(EM, "Elon", 171,
      "I actually do read the manual. Not cover to cover every time, but when a new software release goes out I go through the release notes line by line, because if I can&#8217;t understand a feature then a customer definitely won&#8217;t."),
    T(D, "Dana", 1502,
      "Let&#8217;s talk about AI. You&#8217;ve been warning about it for over a decade now, and in the meantime you&#8217;ve started building it. How do you square that?"),
    T(EM, "Elon", 1519,
      "I think we&#8217;re going to have digital superintelligence whether I build it or not, so the question is whether you want someone on the field who&#8217;s paranoid about safety. I&#8217;d rather be on the field.",
      "That doesn&#8217;t mean it&#8217;s fine. It means the odds are better with more careful people in the room."),
    T(D, "Dana", 2350, "Mm-hmm. Last personal question, I promise. How much are you sleeping?"),
    T(EM, "Elon", 2358, "Not enough. Next question."),
    T(D, "Dana", 3722,
      "Fair. We&#8217;re over an hour, so final one: what would you tell a twenty-year-old engineer who wants to work on hard things?"),
    T(EM, "Elon", 3731,
      "Read a lot of books, and not only engineering books. Read history, read biographies, because you learn how things actually fail.",
      "And then go work somewhere small enough that your mistakes show up in the product. That&#8217;s how you get calibrated."),
    T(D, "Dana", 3800, "Elon Musk, thank you for coming on The Long Orbit."),
    T(EM, "Elon", 3804, "Thank you."),
    T(D, "Dana", 3806,
      "That&#8217;s the show. If you liked it, leave us a review, and tell one friend who builds things. See you next orbit."),
]


def render_turns():
    out = []
    for t in turns:
        first = True
        for p in t["paras"]:
            if first:
                out.append('<p><strong>%s</strong> (%s) %s</p>' % (t["label"], hms(t["t"]), p))
                first = False
            else:
                out.append('<p>%s</p>' % p)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 147 &#8211; Elon Musk: The Machine That Builds the Machine &#8211; The Long Orbit</title>
<meta name="description" content="Dana Whitcomb talks with Elon Musk about Starship production rate, reading manuals, AI and sleep.">
<link rel="stylesheet" id="astra-theme-css-css" href="https://thelongorbit.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget-css" href="https://thelongorbit.fm/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.9.1" media="all">
<link rel="alternate" type="application/rss+xml" title="The Long Orbit &raquo; Feed" href="https://thelongorbit.fm/feed/podcast/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 147 - Elon Musk: The Machine That Builds the Machine","partOfSeries":{"@type":"PodcastSeries","name":"The Long Orbit"},"datePublished":"2024-05-14"}</script>
<style id="astra-theme-css-inline-css">.transcript p{margin:0 0 .9em}.transcript strong{color:#1b3a57}.wp-block-pullquote{border-top:4px solid #1b3a57}</style>
</head>
<body class="post-template-default single single-post postid-2231 single-format-standard ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
  <div class="site-branding"><p class="site-title"><a href="https://thelongorbit.fm/">The Long Orbit</a></p><p class="site-description">Long conversations with people who build things</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
    <li class="menu-item"><a href="https://thelongorbit.fm/">Home</a></li>
    <li class="menu-item current-menu-item"><a href="https://thelongorbit.fm/episodes/">Episodes</a></li>
    <li class="menu-item"><a href="https://thelongorbit.fm/about/">About</a></li>
    <li class="menu-item"><a href="https://thelongorbit.fm/support/">Support the show</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail category-episodes tag-spacex tag-tesla">
<header class="entry-header">
  <h1 class="entry-title">Ep. 147 &#8211; Elon Musk: The Machine That Builds the Machine</h1>
  <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-05-14T06:00:00+00:00">May 14, 2024</time></span> / <span class="cat-links"><a href="https://thelongorbit.fm/category/episodes/">Episodes</a></span> / 1 hr 4 min</div>
</header>
<div class="entry-content clear">
<div class="powerpress_player" id="powerpress_player_2231"><audio class="wp-audio-shortcode" id="audio-2231-1" preload="none" style="width:100%" controls="controls"><source type="audio/mpeg" src="https://media.thelongorbit.fm/episodes/tlo-147-musk.mp3?_=1"></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.thelongorbit.fm/episodes/tlo-147-musk.mp3" class="powerpress_link_pinw" target="_blank">Play in new window</a> | <a href="https://media.thelongorbit.fm/episodes/tlo-147-musk.mp3" class="powerpress_link_d" download>Download</a> (Duration: 1:04:12 &#8212; 58.9MB)</p>
<p>This week Dana sits down with Elon Musk at the Starbase visitor centre to talk about production rate, why the tooling is harder than the rocket, whether he reads the owner&#8217;s manual, AI, and sleep (or the lack of it).</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list chapters">
<li>00:00:04 &#8211; Cold open: &#8220;the factory is the product&#8221;</li>
<li>00:00:58 &#8211; Elon Musk: the machine that builds the machine</li>
<li>00:02:51 &#8211; Does he read the manual?</li>
<li>00:25:02 &#8211; AI, safety and being &#8220;on the field&#8221;</li>
<li>00:39:10 &#8211; Sleep</li>
<li>01:02:02 &#8211; Advice for young engineers</li>
</ul>
<figure class="wp-block-pullquote"><blockquote><p>Elon Musk: &#8220;The machine that builds the machine is way harder than the rocket.&#8221;</p><cite>From this episode</cite></blockquote></figure>
<h2 class="wp-block-heading">Key quotes</h2>
<ul class="wp-block-list key-quotes">
<li><strong>Elon Musk:</strong> &#8220;If I can&#8217;t understand a feature then a customer definitely won&#8217;t.&#8221;</li>
<li><strong>Elon Musk:</strong> &#8220;I&#8217;d rather be on the field.&#8221;</li>
</ul>
<h2 class="wp-block-heading">Mentioned in this episode</h2>
<ul class="wp-block-list"><li><a href="https://thelongorbit.fm/ep-121/">Ep. 121 &#8211; The welders of Boca Chica</a></li><li><a href="https://thelongorbit.fm/ep-98/">Ep. 98 &#8211; Tolerances, with a machinist</a></li></ul>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p class="has-small-font-size"><em>Transcripts are generated with a mix of software and a very patient human. Timestamps are hours:minutes:seconds into the episode. Please check against the audio before quoting.</em></p>
<div class="wp-block-group transcript"><div class="wp-block-group__inner-container">
%(TRANSCRIPT)s
</div></div>
<p><em>Music: &#8220;Perigee&#8221; by Lantern Theory. Edited by Joss Kramer.</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://thelongorbit.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://thelongorbit.fm/tag/tesla/" rel="tag">Tesla</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="https://thelongorbit.fm/ep-146/" rel="prev">&larr; Ep. 146 &#8211; Batteries at grid scale</a></div><div class="nav-next"><a href="https://thelongorbit.fm/ep-148/" rel="next">Ep. 148 &#8211; The last analog machinist &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &#8220;Ep. 147 &#8211; Elon Musk: The Machine That Builds the Machine&#8221;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-8812"><article id="comment-8812" class="ast-comment"><div class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk</b></cite></div><time datetime="2024-05-14T09:12:00+00:00">May 14, 2024 at 9:12 am</time></div><section class="ast-comment-content comment"><p>Great chat, Dana. (Not the real one, obviously. My parents just had a sense of humour.)</p></section><div class="ast-comment-edit-reply-wrap"><a rel="nofollow" class="comment-reply-link" href="#comment-8812">Reply</a></div></article>
<ol class="children"><li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-8815"><article id="comment-8815" class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Dana Whitcomb</b> <span class="ast-highlight-text ast-cmt-post-author">Post author</span></cite><time datetime="2024-05-14T10:01:00+00:00">May 14, 2024 at 10:01 am</time></div><section class="ast-comment-content comment"><p>Ha! You had me for a second.</p></section></article></li></ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-8820"><article id="comment-8820" class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">elonmuskfan_2042</b></cite><time datetime="2024-05-15T01:40:00+00:00">May 15, 2024 at 1:40 am</time></div><section class="ast-comment-content comment"><p>Elon: &#8220;Not enough. Next question.&#8221; &#128514; best moment of the year</p></section></article></li>
<li class="comment odd alt thread-even depth-1" id="li-comment-8834"><article id="comment-8834" class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Ruth Okafor</b></cite><time datetime="2024-05-16T18:22:00+00:00">May 16, 2024 at 6:22 pm</time></div><section class="ast-comment-content comment"><p>Could you add the timestamps to the chapter list in Apple Podcasts too? They only show up on Spotify for me.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongorbit.fm/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside id="powerpress_subscribe-2" class="widget widget_powerpress_subscribe"><h2 class="widget-title">Subscribe</h2><div class="pp-ssb-widget"><a href="https://thelongorbit.fm/feed/podcast/" class="pp-ssb-btn-sq vertical pp-ssb-rss">RSS</a><a href="#" class="pp-ssb-btn-sq vertical pp-ssb-apple">Apple Podcasts</a><a href="#" class="pp-ssb-btn-sq vertical pp-ssb-spotify">Spotify</a></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><ul><li><a href="https://thelongorbit.fm/ep-148/">Ep. 148 &#8211; The last analog machinist</a></li><li><a href="https://thelongorbit.fm/ep-146/">Ep. 146 &#8211; Batteries at grid scale</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright &copy; 2024 The Long Orbit &middot; Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
</div>
<script src="https://thelongorbit.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"};</script>
<script src="https://thelongorbit.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://thelongorbit.fm/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "WordPress episode post; each turn is a <p> starting with <strong>Name</strong> (hh:mm:ss) then text, full names first then first names only, unlabelled continuation paragraphs.",
                 SHOW, gold_from(turns), others_from(turns))
