"""r01 - WordPress podcast episode page, Rev-style 'Name (mm:ss):' / 'Name (h:mm:ss):' label paragraphs."""
from common import turn, rev, check_no_adjacent

SLUG = "r01_launchpad_hour_wp"
SHOW = "The Launchpad Hour"
H, E = "Dana Whitcombe", "Elon Musk"

T = [
    ("H", 0, ["Welcome back to The Launchpad Hour. I&rsquo;m Dana Whitcombe, and my guest today needs very little introduction. He runs a rocket company, a car company and, depending on the week, a few others. Elon, thanks for making the time."]),
    ("E", 14, ["Thanks for having me. It&rsquo;s good to be here, although I have to say the studio is colder than the launch site."]),
    ("H", 24, ["We keep it cold on purpose. It keeps the guests honest. Let&rsquo;s start with the thing everyone asks about, which is reuse. When did you first believe a booster could come back and land?"]),
    ("E", 38, ["Honestly, I thought the odds were maybe ten percent when we started. Most people in the industry thought it was closer to zero, and they weren&rsquo;t crazy to think that.",
               "The physics was never the problem. The problem was controlling something the size of a building falling through the atmosphere at supersonic speed, and then stopping it on a very small spot. That&rsquo;s a controls problem and a materials problem, and those you can iterate on."]),
    ("H", 96, ["Right."]),
    ("E", 97, ["And iterate we did. We blew up a lot of hardware. Every one of those failures taught us something that a simulation just would not have told us."]),
    ("H", 121, ["There&rsquo;s a line I&rsquo;ve heard you use a lot, and I wrote it down: &ldquo;The best part is no part.&rdquo; Where does that come from?"]),
    ("E", 133, ["It comes from being burned many times by complexity. Every part you add is something that can fail, something you have to source, inspect and ship. So the first question in any design review should be: can we delete this?"]),
    ("H", 168, ["And people push back on that?"]),
    ("E", 171, ["Constantly. Look, if you&rsquo;re not adding back at least ten percent of what you deleted, you didn&rsquo;t delete enough. That&rsquo;s the rule of thumb."]),
    ("H", 904, ["Let&rsquo;s talk factories. A listener, Marcus from Ohio, sent in a question that I love. He asks what people mean when they say the factory is the product."]),
    ("E", 911, ["The factory is a machine that builds the machine, and it is vastly harder to design than the car itself. A prototype is easy, relatively speaking. Volume production is where companies die.",
                "If you look at the history of the auto industry, there have been hundreds of startups and very few made it to scale. That&rsquo;s not because their cars were bad. It&rsquo;s because going from one to a million is a completely different problem."]),
    ("H", 1000, ["So what&rsquo;s the bottleneck today, if you had to name one?"]),
    ("E", 1003, ["Usually it&rsquo;s something boring. A connector, a supplier who has exactly one machine, a paint shop. It&rsquo;s almost never the thing people write articles about."]),
    ("H", 2810, ["We&rsquo;re getting close to time, and I want to ask about patience. Is that something you&rsquo;ve learned over the years?"]),
    ("E", 2818, ["No."]),
    ("H", 2820, ["No?"]),
    ("E", 2821, ["I mean, I&rsquo;m still impatient. But I&rsquo;ve learned that hardware has its own clock. You can push the schedule, and you should, but the universe doesn&rsquo;t read your Gantt chart."]),
    ("H", 3725, ["Last question, the one I ask everyone. What would you tell your twenty-year-old self?"]),
    ("E", 3731, ["Work harder on the things that matter and spend less time worrying about what people think. Also, maybe get more sleep. I&rsquo;m not great at following that one."]),
    ("H", 3760, ["Elon Musk, thank you so much for coming on."]),
    ("E", 3763, ["Thank you. This was fun."]),
    ("H", 3766, ["And thanks to all of you for listening. If you enjoyed this one, leave us a review wherever you get your podcasts. See you next week on The Launchpad Hour."]),
]
check_no_adjacent(T)
NAMES = {"H": H, "E": E}


def transcript():
    out = []
    for spk, t, paras in T:
        out.append(f'<p class="has-text-color speaker-line"><strong>{NAMES[spk]} ({rev(t)}):</strong></p>')
        for p in paras:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 147 &#8211; Elon Musk on Reuse, Factories and Patience &#8211; The Launchpad Hour</title>
<meta name="description" content="Elon Musk: &quot;The universe doesn&#039;t read your Gantt chart.&quot; Full episode, show notes and transcript.">
<link rel="stylesheet" id="wp-block-library-css" href="https://launchpadhour.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://launchpadhour.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; }}</style>
<style>.key-quotes{{background:#f4f1ea;border-left:4px solid #d9480f;padding:1em 1.4em}} .speaker-line{{margin-bottom:.2em;color:#444}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 147 \u2013 Elon Musk on Reuse, Factories and Patience","episodeNumber":147,"partOfSeries":{{"@type":"PodcastSeries","name":"The Launchpad Hour"}}}}</script>
<script src="https://launchpadhour.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4821 single-format-audio ast-single-post ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
  <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
    <div class="site-branding"><span class="site-title"><a href="https://launchpadhour.fm/" rel="home">The Launchpad Hour</a></span>
    <p class="site-description">Conversations with people who build hard things</p></div>
    <nav class="main-header-menu-toggle" id="primary-site-navigation" aria-label="Site Navigation">
      <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
        <li class="menu-item"><a href="https://launchpadhour.fm/" class="menu-link">Home</a></li>
        <li class="menu-item current-menu-item"><a href="https://launchpadhour.fm/episodes/" class="menu-link">Episodes</a></li>
        <li class="menu-item"><a href="https://launchpadhour.fm/transcripts/" class="menu-link">Transcripts</a></li>
        <li class="menu-item"><a href="https://launchpadhour.fm/about/" class="menu-link">About Dana</a></li>
        <li class="menu-item"><a href="https://launchpadhour.fm/support/" class="menu-link">Support the show</a></li>
      </ul>
    </nav>
  </div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4821 post type-post status-publish format-audio hentry category-episodes tag-spacex tag-tesla tag-manufacturing" id="post-4821">
  <header class="entry-header">
    <div class="ast-single-post-order">
      <h1 class="entry-title">Ep. 147 &#8211; Elon Musk on Reuse, Factories and Patience</h1>
      <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-11-06T06:00:00-05:00">November 6, 2024</time></span> / By <span class="author vcard"><a class="url fn n" href="https://launchpadhour.fm/author/dana/">Dana Whitcombe</a></span> / <span class="cat-links"><a href="https://launchpadhour.fm/category/episodes/" rel="category tag">Episodes</a></span></div>
    </div>
  </header>
  <div class="entry-content clear" itemprop="text">
<figure class="wp-block-audio"><audio controls src="https://media.launchpadhour.fm/episodes/lph-147.mp3" preload="none"></audio><figcaption class="wp-element-caption">Listen: 1 hr 3 min</figcaption></figure>

<p>Dana sits down with Elon Musk at the end of a long test week. They talk about the early odds on booster landings, why deleting parts is harder than adding them, what actually slows a factory down, and whether patience can be learned. Recorded in person.</p>

<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list chapters">
<li>00:00 &#8211; Cold open and introductions</li>
<li>00:38 &#8211; Elon Musk: what the odds on landing a booster really were</li>
<li>02:13 &#8211; &#8220;The best part is no part&#8221;</li>
<li>15:04 &#8211; The factory is the product</li>
<li>46:50 &#8211; Can patience be learned?</li>
<li>1:02:05 &#8211; Advice to a twenty-year-old</li>
</ul>

<div class="wp-block-group key-quotes"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Key quotes</h3>
<p><strong>Elon Musk:</strong> &#8220;A prototype is easy, relatively speaking. Volume production is where companies die.&#8221;</p>
<p><strong>Elon Musk:</strong> &#8220;Hardware has its own clock. You can push the schedule, and you should, but the universe doesn&#8217;t read your Gantt chart.&#8221;</p>
<p><strong>Elon Musk (on deleting parts):</strong> &#8220;If you&#8217;re not adding back at least ten percent of what you deleted, you didn&#8217;t delete enough.&#8221;</p>
</div></div>

<p>Mentioned in this episode: <a href="https://launchpadhour.fm/ep-132/">Ep. 132 with a propulsion engineer on engine restarts</a>; <a href="https://launchpadhour.fm/ep-139/">Ep. 139 on supplier bottlenecks</a>.</p>

<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p class="has-small-font-size"><em>This transcript was produced with a mix of software and human editing and has been lightly condensed. Timestamps refer to the full audio.</em></p>
{transcript()}
<hr class="wp-block-separator">
<p class="has-small-font-size">The Launchpad Hour is produced by Whitcombe Audio. Editing by Sam Oyelowo. Music by Tidewater Strings.</p>
  </div>
  <footer class="entry-footer"><span class="tags-links">Tags: <a href="https://launchpadhour.fm/tag/manufacturing/" rel="tag">manufacturing</a>, <a href="https://launchpadhour.fm/tag/spacex/" rel="tag">spacex</a>, <a href="https://launchpadhour.fm/tag/tesla/" rel="tag">tesla</a></span></footer>
</article>

<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
<div class="nav-previous"><a href="https://launchpadhour.fm/ep-146/" rel="prev"><span class="ast-left-arrow">&larr;</span> Ep. 146 &#8211; Heat shields, explained</a></div>
<div class="nav-next"><a href="https://launchpadhour.fm/ep-148/" rel="next">Ep. 148 &#8211; The economics of launch pads <span class="ast-right-arrow">&rarr;</span></a></div>
</div></nav>

<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 147 &#8211; Elon Musk on Reuse, Factories and Patience&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9911"><article id="comment-9911" class="ast-comment">
  <div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk Fan Club</b></cite></div>
  <div class="ast-comment-time"><a href="#comment-9911"><time datetime="2024-11-06T09:12:44-05:00">November 6, 2024 at 9:12 am</time></a></div></div>
  <section class="ast-comment-content comment"><p>Best episode of the year. Printed this part out for the office:</p>
  <p>Elon Musk (46:58): No.</p>
  <p>Dana Whitcombe (47:00): No?</p>
  <p>Honestly the funniest exchange on any podcast in 2024.</p></section>
</article>
<ol class="children">
<li class="comment odd alt depth-2" id="li-comment-9914"><article id="comment-9914" class="ast-comment">
  <div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">elon_musk_420</b></cite></div>
  <div class="ast-comment-time"><a href="#comment-9914"><time datetime="2024-11-06T10:03:10-05:00">November 6, 2024 at 10:03 am</time></a></div></div>
  <section class="ast-comment-content comment"><p>&gt; the universe doesn&#8217;t read your Gantt chart</p><p>Sending this to my project manager. Not the real Elon, obviously, before anyone asks.</p></section>
</article></li>
</ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-9920"><article id="comment-9920" class="ast-comment">
  <div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Ruth K.</b></cite></div>
  <div class="ast-comment-time"><a href="#comment-9920"><time datetime="2024-11-07T18:40:00-05:00">November 7, 2024 at 6:40 pm</time></a></div></div>
  <section class="ast-comment-content comment"><p>Dana, small correction: the chapter marker for the factory section seems to be off by a few seconds in Overcast.</p></section>
</article>
<ol class="children">
<li class="comment byuser comment-author-dana bypostauthor depth-2" id="li-comment-9921"><article id="comment-9921" class="ast-comment">
  <div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dana Whitcombe</b></cite> <span class="ast-highlight-text ast-cmt-post-author">Post author</span></div>
  <div class="ast-comment-time"><a href="#comment-9921"><time datetime="2024-11-07T20:02:00-05:00">November 7, 2024 at 8:02 pm</time></a></div></div>
  <section class="ast-comment-content comment"><p>Thanks Ruth, fixed in the feed. The transcript timestamps are right.</p></section>
</article></li>
</ol></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://launchpadhour.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://launchpadhour.fm/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>
<li><a href="https://launchpadhour.fm/ep-148/">Ep. 148 &#8211; The economics of launch pads</a></li>
<li><a href="https://launchpadhour.fm/ep-146/">Ep. 146 &#8211; Heat shields, explained</a></li>
<li><a href="https://launchpadhour.fm/ep-145/">Ep. 145 &#8211; A day in mission control</a></li>
</ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap">
<div class="ast-small-footer-section">Copyright &copy; 2024 The Launchpad Hour | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div>
</div></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
<script src="https://launchpadhour.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script>window.wpEmojiSettingsSupports = {{"everything":true,"everythingExceptFlag":true}};</script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, t, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=[H],
                format="WordPress post; each turn opens with a bold paragraph 'Name (mm:ss):' below one hour and 'Name (h:mm:ss):' above it, turn text in the following plain paragraphs.")
