from common import *

SHOW = "The Long Burn"
g = Gold(SHOW, "WordPress episode page (Buzzsprout player); each turn is a <p> opening with a bold "
         "'Name (hh:mm:ss)' label followed by the text, continuation paragraphs unlabelled; "
         "label 'Elon Musk' first then 'Elon'.")

E1, E2 = "Elon Musk", "Elon"
PR, TW = "Priya Raman", "Tom Whitcombe"
T = [
    (PR, 4, ["Welcome back to The Long Burn. I\u2019m Priya Raman, and with me as always is Tom Whitcombe. Today\u2019s guest needs very little introduction, which is good, because we only have him for about an hour. Elon Musk is here to talk about factories, engines and why most of what he builds ends up deleted."]),
    (TW, 31, ["And I should say up front that we recorded this at the end of a very long day at Starbase, so if anyone sounds tired, it\u2019s me, not him."]),
    (E1, 52, ["Thanks for having me. It\u2019s good to be back \u2014 I think the last time we did this, the factory was basically a tent in a parking lot."]),
    (PR, 70, ["It was literally a tent. So let\u2019s start there. Why a tent?"]),
    (E2, 98, ["Well, the tent was a hack, honestly. We didn\u2019t have time to permit and build a real building, and we had a production line that needed to exist in about three weeks. So somebody said, what if we just put a roof over it? And that turned out to be fine.",
              "I mean, it wasn\u2019t fine in every respect. It got very hot in the summer. But it taught everyone that the building is not the hard part. The hard part is the sequence of operations inside it."]),
    (TW, 182, ["Right."]),
    (E2, 183, ["And if you get the sequence wrong, no building is going to save you. So you want to be ruthless about the sequence first and the architecture second."]),
    (TW, 220, ["As Elon told me back in 2019, \u201cthe factory is the product,\u201d and I remember thinking that was a slogan. Is it still true, or was it a slogan?"]),
    (E2, 245, ["It\u2019s more true now than it was then. The design of a car or a rocket is maybe ten percent of the problem. Designing the machine that builds the machine is the other ninety, and it\u2019s where all the pain is.",
              "People underestimate that because the product is what you see in the photo. Nobody takes a photo of the conveyor."]),
    (PR, 587, ["Let\u2019s talk about Raptor. From the outside, every version looks like it has fewer parts than the one before."]),
    (E2, 602, ["Sure. So the big change is that a lot of what used to be bolted on is now printed into the main structure. The sensors, the plumbing, a lot of the secondary flow paths. Each of those was a place where you could have a leak or a bad weld.",
              "My rule of thumb is that if you\u2019re not adding back at least a few of the things you deleted, you didn\u2019t delete enough. That sounds flippant but it\u2019s actually the most useful heuristic I know."]),
    (TW, 1011, ["How do you decide what\u2019s safe to delete, though? That\u2019s the part I never understand."]),
    (E2, 1023, ["You ask who required it. Not which department \u2014 which person. If nobody can name the person, it\u2019s probably a requirement that was inherited from somewhere and never questioned."]),
    (PR, 1470, ["We have to ask the Mars timeline question, because our listeners will riot otherwise."]),
    (E2, 1491, ["I\u2019m always wrong on timelines, so take this with the appropriate amount of salt. I think an uncrewed landing in the next few windows is plausible. Crewed is harder. The limiting factor isn\u2019t the rocket anymore, it\u2019s everything you need once you\u2019re there."]),
    (TW, 3492, ["Last question, and it\u2019s the one we ask everyone. What would you tell a twenty-two-year-old engineer who wants to work on this stuff?"]),
    (E2, 3520, ["Read more physics than you think you need, and spend time on the factory floor. You learn more in a week next to the line than in a year of meetings."]),
    (PR, 3775, ["Elon, thank you for the time."]),
    (E2, 3787, ["Thanks, guys."]),
    (PR, 3795, ["That\u2019s our show. The Long Burn is produced by Halfmoon Audio. If you liked this one, tell a friend, and we\u2019ll see you next week."]),
]

rows = []
for lab, t, paras in T:
    if lab in (E1, E2):
        g.elon(t, paras[0])
    else:
        g.other(lab)
    rows.append('<p><strong>%s (%s)</strong> %s</p>' % (esc(lab), hms(t), esc_wp(paras[0])))
    for p in paras[1:]:
        rows.append('<p>%s</p>' % esc_wp(p))
transcript = "\n".join(rows)

page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>214: Elon Musk &#8211; The Machine That Builds the Machine &#8211; The Long Burn</title>
<meta name="description" content="Elon Musk joins Priya and Tom to talk about factories, Raptor and deleting parts.">
<link rel="canonical" href="https://longburnpod.com/episodes/214-elon-musk-machine-that-builds-the-machine/">
<meta property="og:type" content="article">
<meta property="og:title" content="214: Elon Musk &#8211; The Machine That Builds the Machine">
<link rel="stylesheet" id="astra-theme-css-css" href="https://longburnpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="https://longburnpod.com/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<style id="astra-theme-css-inline-css">
.ast-container{max-width:1140px}.entry-content p{margin-bottom:1.1em}
.lb-pullquote{border-left:4px solid #e25822;padding:.6em 1em;background:#fff6f1;font-size:1.15em}
.lb-chapters li{list-style:none}.lb-chapters .ts{font-family:monospace;color:#777;margin-right:.5em}
.lb-transcript{border-top:1px solid #ddd;margin-top:2em;padding-top:1em}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"214: Elon Musk \u2013 The Machine That Builds the Machine","episodeNumber":214,"partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"},"datePublished":"2024-04-18"}</script>
</head>
<body class="post-template-default single single-post postid-2214 ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
  <div class="ast-container">
    <div class="site-branding"><a href="https://longburnpod.com/" rel="home"><img src="https://longburnpod.com/wp-content/uploads/2022/01/longburn-logo.png" alt="The Long Burn" width="180" height="48"></a></div>
    <nav class="main-header-menu" aria-label="Site Navigation">
      <ul id="primary-menu" class="main-navigation">
        <li class="menu-item"><a href="https://longburnpod.com/">Home</a></li>
        <li class="menu-item current-menu-item"><a href="https://longburnpod.com/episodes/">Episodes</a></li>
        <li class="menu-item"><a href="https://longburnpod.com/about/">About</a></li>
        <li class="menu-item"><a href="https://longburnpod.com/sponsor/">Sponsor</a></li>
        <li class="menu-item"><a href="https://longburnpod.com/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2214 post type-post status-publish format-standard has-post-thumbnail category-episodes" id="post-2214">
<header class="entry-header">
  <div class="ast-breadcrumbs"><a href="https://longburnpod.com/">Home</a> &raquo; <a href="https://longburnpod.com/episodes/">Episodes</a> &raquo; 214</div>
  <h1 class="entry-title">214: Elon Musk &#8211; The Machine That Builds the Machine</h1>
  <div class="entry-meta">April 18, 2024 &middot; <a href="https://longburnpod.com/author/priya/">Priya Raman</a> &middot; 1 hr 3 min</div>
</header>
<div class="entry-content clear">
<div class="wp-block-embed is-type-rich"><iframe src="https://www.buzzsprout.com/1846203/14871522-214-elon-musk-the-machine-that-builds-the-machine?client_source=small_player&amp;iframe=true" loading="lazy" width="100%" height="200" frameborder="0" scrolling="no" title="The Long Burn, 214: Elon Musk"></iframe></div>

<h2>Show notes</h2>
<p>Elon Musk returns to the show, five years after his first visit, to walk us through what changed on the factory floor, why the newest Raptor looks unfinished, and how he decides what to delete. Tom brings up a line from 2019 and Priya asks the Mars question so you don&#8217;t have to.</p>
<blockquote class="lb-pullquote"><p><strong>Elon Musk:</strong> &#8220;Nobody takes a photo of the conveyor. That&#8217;s where all the pain is.&#8221;</p></blockquote>

<h3>Chapters</h3>
<ul class="lb-chapters">
  <li><span class="ts">(00:00:04)</span> Intro</li>
  <li><span class="ts">(00:01:38)</span> Elon Musk: why the first line lived in a tent</li>
  <li><span class="ts">(00:09:47)</span> Raptor and the parts that aren&#8217;t there</li>
  <li><span class="ts">(00:17:03)</span> Elon: &#8220;Ask who required it&#8221;</li>
  <li><span class="ts">(00:24:30)</span> The Mars timeline question</li>
  <li><span class="ts">(00:58:12)</span> Advice for young engineers</li>
</ul>

<h3>Links</h3>
<ul>
  <li><a href="https://longburnpod.com/episodes/96-elon-musk/">Episode 96: our first conversation with Elon (2019)</a></li>
  <li><a href="https://halfmoonaudio.co/">Halfmoon Audio</a></li>
</ul>
<p><em>This episode is brought to you by Fieldnote Tools &#8212; use code LONGBURN for 15% off.</em></p>

<div class="lb-transcript" id="transcript">
<h2>Transcript</h2>
<p><em>Transcripts are generated automatically and lightly edited; timestamps follow the audio and may drift by a few seconds. Some sections have been condensed.</em></p>
{{TRANSCRIPT}}
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://longburnpod.com/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://longburnpod.com/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://longburnpod.com/tag/manufacturing/" rel="tag">manufacturing</a></span></footer>
</article>

<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://longburnpod.com/episodes/213-battery-recycling/" rel="prev">&larr; 213: The Second Life of a Battery</a></div><div class="nav-next"><a href="https://longburnpod.com/episodes/215-launch-insurance/" rel="next">215: Who Insures a Rocket? &rarr;</a></div></div></nav>

<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &#8220;214: Elon Musk &#8211; The Machine That Builds the Machine&#8221;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-8812"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">Kevin Draper</b> <time datetime="2024-04-18T14:02:11+00:00">April 18, 2024 at 2:02 pm</time></div>
<div class="ast-comment-content comment"><p>The bit about asking <em>which person</em> required something is going straight into my team&#8217;s retro.</p></div></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-8815"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">elon_musk_fan_88</b> <time datetime="2024-04-18T16:40:57+00:00">April 18, 2024 at 4:40 pm</time></div>
<div class="ast-comment-content comment"><p>Elon Musk: &#8220;I&#8217;m always wrong on timelines.&#8221; At least he&#8217;s honest lol. Great episode.</p></div></article>
  <ol class="children"><li class="comment byuser bypostauthor depth-2" id="li-comment-8820"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">Priya Raman</b> <time datetime="2024-04-19T09:12:30+00:00">April 19, 2024 at 9:12 am</time></div>
  <div class="ast-comment-content comment"><p>Thanks for listening! We almost cut that part.</p></div></article></li></ol></li>
<li class="comment even thread-even depth-1" id="li-comment-8841"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">M. Osei</b> <time datetime="2024-04-21T20:15:00+00:00">April 21, 2024 at 8:15 pm</time></div>
<div class="ast-comment-content comment"><p>Would love a follow-up with someone from the Raptor team.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://longburnpod.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
</div>
<aside id="secondary" class="widget-area secondary" role="complementary">
  <section class="widget widget_search"><form role="search" method="get" class="search-form" action="https://longburnpod.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="https://longburnpod.com/episodes/215-launch-insurance/">215: Who Insures a Rocket?</a></li><li><a href="https://longburnpod.com/episodes/213-battery-recycling/">213: The Second Life of a Battery</a></li><li><a href="https://longburnpod.com/episodes/212-orbital-debris/">212: Cleaning Up Low Earth Orbit</a></li></ul></section>
  <section class="widget"><h2 class="widget-title">Subscribe</h2><p><a href="https://podcasts.apple.com/podcast/the-long-burn/id1502938">Apple Podcasts</a> &middot; <a href="https://open.spotify.com/show/4LbUrnPd">Spotify</a> &middot; <a href="https://feeds.buzzsprout.com/1846203.rss">RSS</a></p></section>
</aside>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-container"><p>&copy; 2024 The Long Burn &middot; Produced by Halfmoon Audio &middot; <a href="https://longburnpod.com/privacy-policy/">Privacy Policy</a></p><p>Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
</div>
<script src="https://longburnpod.com/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"};</script>
<script src="https://longburnpod.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body>
</html>
""".replace("{{TRANSCRIPT}}", transcript)

write("m01_longburn-wordpress", page, g)
