from common import *

def build():
    H = 'Dana Whitfield'
    T = [
        (H, 4, ["Welcome back to Orbital Hours. I\u2019m Dana Whitfield, and this is the show where we talk to the people who actually bend metal. My guest today needs no introduction, so I\u2019ll skip it. Elon, welcome back."]),
        (EM, 41, ["Thanks for having me. It\u2019s good to be back, although I think the last time we did this the studio was a lot colder.",
                  "I remember my hands shaking and I was not sure if it was nerves or the air conditioning."]),
        (H, 62, ["It was a converted freezer, in fairness. Okay, let\u2019s start where we left off. As Elon told me back in 2019, \u201cthe hard part is not the rocket, it\u2019s the factory that builds the rocket.\u201d Is that still true six years on?"]),
        (EM, 90, ["Yeah, I think that\u2019s still true, maybe more true than before. The prototype is, you know, you can hand-build a prototype. Anyone with enough money and stubbornness can hand-build one prototype.",
                  "The production line is where it gets brutal, because every defect is multiplied by however many units you make. So you have to design the machine that makes the machine, and that machine is about a hundred times harder to get right."]),
        (H, 252, ["Right."]),
        (EM, 253, ["And the thing people miss is cadence. If you can fly every week instead of every three months, the learning rate goes up by an order of magnitude, and the learning rate is really the only thing that matters over the long run."]),
        (H, 400, ["Let\u2019s talk about the heat shield, because the last flight looked, from the outside, pretty rough on the tiles. What did you actually learn?"]),
        (EM, 418, ["Honestly, we don\u2019t know yet exactly which tiles failed first. We have a lot of data, but the data from the hottest part of reentry is the hardest to get, because that\u2019s exactly when the antennas are, uh, surrounded by plasma.",
                  "My guess is that it\u2019s the gaps and not the tiles themselves. But I\u2019ve been wrong about that before."]),
        (H, 721, ["Do you ever worry that the pace is too fast? That somebody is going to get hurt?"]),
        (EM, 725, ["No."]),
        (H, 727, ["No? That\u2019s it?"]),
        (EM, 729, ["I mean, I worry about it constantly, I just don\u2019t think slowing down makes it safer. Slowing down just means you find the same problems later, with fewer flights of data behind you."]),
        (H, 930, ["We\u2019re out of time. Elon, thank you."]),
        (EM, 940, ["Thanks, Dana. See you in the freezer next year."]),
    ]
    g, parts = [], []
    seen = set()
    for spk, t, paras in T:
        label = spk if spk not in seen else ('Elon' if spk == EM else 'Dana')
        seen.add(spk)
        parts.append(f'<p><strong>{esc(label)}</strong> ({hms(t)})</p>')
        for p in paras:
            parts.append(f'<p>{esc(p, True)}</p>')
        if spk == EM:
            g.append([t, fw(paras[0])])
    transcript = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 142 &#8211; Elon Musk on factories, heat shields and cadence &#8211; Orbital Hours</title>
<meta name="description" content="Elon Musk returns to Orbital Hours to talk production lines, heat shield tiles and why flight cadence matters more than anything.">
<link rel="stylesheet" id="wp-block-library-css" href="https://orbitalhours.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://orbitalhours.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="alternate" type="application/rss+xml" title="Orbital Hours &raquo; Feed" href="https://orbitalhours.fm/feed/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 142 – Elon Musk on factories, heat shields and cadence","partOfSeries":{{"@type":"PodcastSeries","name":"Orbital Hours"}}}}</script>
<style>.entry-content p{{margin:0 0 1em}}.ep-quote{{border-left:4px solid #e85d2a;padding:.5em 1em;font-style:italic}}</style>
</head>
<body class="post-template-default single single-post postid-2281 single-format-audio ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
 <div class="site-branding"><a href="https://orbitalhours.fm/" rel="home"><img src="https://orbitalhours.fm/wp-content/uploads/2023/02/oh-logo.svg" alt="Orbital Hours" width="180" height="40"></a></div>
 <button class="menu-toggle" aria-expanded="false">Menu</button>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="https://orbitalhours.fm/episodes/">Episodes</a></li>
  <li class="menu-item"><a href="https://orbitalhours.fm/transcripts/">Transcripts</a></li>
  <li class="menu-item"><a href="https://orbitalhours.fm/about/">About</a></li>
  <li class="menu-item"><a href="https://orbitalhours.fm/support/">Support the show</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<main id="main" class="site-main">
<article id="post-2281" class="post-2281 post type-post status-publish format-audio category-episodes tag-spacex tag-manufacturing">
<header class="entry-header">
 <h1 class="entry-title">Ep. 142 &#8211; Elon Musk on factories, heat shields and cadence</h1>
 <div class="entry-meta">Posted on <time class="entry-date published" datetime="2025-03-11T06:00:00+00:00">March 11, 2025</time> by <span class="author vcard">Dana Whitfield</span></div>
</header>
<div class="entry-content clear">
<figure class="wp-block-embed is-provider-libsyn"><div class="wp-block-embed__wrapper">
<iframe title="Libsyn Player" style="border:none" src="//html5-player.libsyn.com/embed/episode/id/31877442/height/90/theme/custom/thumbnail/yes/direction/forward/render-playlist/no/custom-color/e85d2a/" height="90" width="100%" scrolling="no" allowfullscreen></iframe>
</div></figure>
<h2>Show notes</h2>
<p>Six years after his first appearance, Elon Musk is back in the (former) freezer. We cover:</p>
<ul>
<li>Why the factory is still harder than the rocket</li>
<li>What the last flight taught the team about heat shield tiles</li>
<li>Cadence, learning rate and risk</li>
</ul>
<blockquote class="ep-quote"><p>Elon Musk: &ldquo;The production line is where it gets brutal, because every defect is multiplied.&rdquo;</p></blockquote>
<p>Chapters: 00:00 Intro &middot; 01:30 Factories vs rockets &middot; 06:58 Heat shield &middot; 12:05 Risk &middot; 15:40 Wrap</p>
<p><em>Orbital Hours is listener supported. Join the crew at <a href="https://orbitalhours.fm/support/">orbitalhours.fm/support</a>.</em></p>
<hr class="wp-block-separator">
<h2 id="transcript">Transcript</h2>
<p><em>This transcript was produced by a human transcriber and lightly edited for readability. Timestamps refer to the audio above.</em></p>
{transcript}
<hr class="wp-block-separator">
<p><em>Transcript &copy; Orbital Hours. Please link back if you quote it.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://orbitalhours.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://orbitalhours.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://orbitalhours.fm/tag/manufacturing/" rel="tag">manufacturing</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://orbitalhours.fm/ep-141-gwynne-ortiz/" rel="prev">Ep. 141 &#8211; Gwynne Ortiz on launch insurance</a></div><div class="nav-next"><a href="https://orbitalhours.fm/ep-143-tile-makers/" rel="next">Ep. 143 &#8211; The tile makers</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 142 &#8211; Elon Musk on factories, heat shields and cadence&rdquo;</h3>
<ol class="comment-list">
<li id="comment-9912" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon Musk</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-9912"><time datetime="2025-03-11T09:14:22+00:00">March 11, 2025 at 9:14 am</time></a></div></footer>
<div class="comment-content"><p>Great chat Dana. Send me the freezer tapes. (not really him, obviously &#8212; mods please don&rsquo;t ban me)</p></div>
</article>
<ol class="children"><li id="comment-9915" class="comment odd alt depth-2"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">elonmuskfan42</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>&gt; Elon: No.<br>Best answer of the episode lol</p></div></article></li></ol>
</li>
<li id="comment-9930" class="comment even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Rhea K.</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Could you add the chapter links to the Libsyn feed as well? My app doesn&rsquo;t show them.</p></div></article></li>
<li id="comment-9941" class="comment odd depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dana Whitfield</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>@Rhea done, should propagate within the hour.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://orbitalhours.fm/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get" class="search-form" action="https://orbitalhours.fm/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><ul><li><a href="https://orbitalhours.fm/ep-143-tile-makers/">Ep. 143 &#8211; The tile makers</a></li><li><a href="https://orbitalhours.fm/ep-141-gwynne-ortiz/">Ep. 141 &#8211; Gwynne Ortiz</a></li></ul></section></aside>
</div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2025 Orbital Hours &middot; Powered by WordPress &amp; Libsyn</div></footer>
{LOREM_SCRIPT}
<script src="https://orbitalhours.fm/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async></script>
</body>
</html>
"""
    write('n01_wp_libsyn', doc, g,
          "WordPress post: a bold speaker name followed by (hh:mm:ss) on its own paragraph, the turn's paragraphs below; full name first, then first name only.",
          "Orbital Hours", ["Dana Whitfield", "Dana"])
