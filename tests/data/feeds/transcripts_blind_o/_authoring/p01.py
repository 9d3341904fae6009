from lib import *
# o01: WordPress podcast episode page, "Name (hh:mm:ss)" then text; continuation paragraphs unlabelled
D, E = ('Dana Whitcombe', 'Dana'), ('Elon Musk', 'Elon')
T = [
 ('D', 4, ["Welcome back to The Long Burn. I'm Dana Whitcombe, and my guest today needs very little introduction, so I'll skip it. Elon, thanks for making the drive out to the studio."]),
 ('E', 15, ["Happy to be here. Though I'll admit the traffic on the 405 made a pretty strong case for tunnels again."]),
 ('D', 24, ["We'll get to tunnels. I want to start with launch cadence, because the number of flights this year is frankly absurd compared to five years ago."]),
 ('E', 37, ["The thing people miss is that cadence is mostly a manufacturing problem, not a rocket problem. If you can only build one upper stage a month, it doesn't matter how good the engine is.",
            "So most of the engineering time now goes into the factory. The machine that builds the machine, as we keep saying internally, and it is way harder than the rocket itself."]),
 ('D', 121, ["As Elon told me backstage last year, \"the factory is the real product\" — and I remember thinking that was a line. Was it a line?"]),
 ('E', 133, ["No, it's literally true. Look at the ratio of engineers working on the vehicle versus on production. It flipped about three years ago."]),
 ('D', 151, ["Right."]),
 ('E', 152, ["And it'll flip further. The vehicle design is converging; the factory design is nowhere near converged."]),
 ('D', 640, ["Let's talk about AI. You've been warning about it for a decade. Has anything you've seen in the last year changed your timeline?"]),
 ('E', 652, ["It got shorter. I think most people in the field would say the same thing privately, even if they say something more comforting on stage.",
            "The compute curve is the part that's hard to internalize. Every year the amount of training compute goes up by something like an order of magnitude."]),
 ('D', 1498, ["Last question, and it's the one our listeners sent in the most: Mars. Still 2030-something?"]),
 ('E', 1506, ["Yes."]),
 ('D', 1507, ["That's it? Just yes?"]),
 ('E', 1509, ["Well, the uncrewed flights come first, obviously. If those land intact, people follow a couple of windows later. If they don't land intact, we learn why and go again."]),
 ('D', 1540, ["Elon Musk, thank you. That's our show."]),
]
labels_used = {'D': 0, 'E': 0}
rows = []
for k, t, paras in T:
    full, short = D if k == 'D' else E
    lab = full if labels_used[k] == 0 else short
    labels_used[k] += 1
    rows.append(f'<p><strong>{esc(lab)}</strong> <span class="ts">({hms(t)})</span><br>\n{esc(paras[0])}</p>')
    for p in paras[1:]:
        rows.append(f'<p>{esc(p)}</p>')
body = '\n'.join(rows)
page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 147 &#8211; Elon Musk on Factories, AI and Mars &#8211; The Long Burn</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress-player-css" href="https://thelongburn.fm/wp-content/plugins/powerpress/css/player.min.css?ver=11.0" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 147 – Elon Musk on Factories, AI and Mars","partOfSeries":{{"@type":"PodcastSeries","name":"The Long Burn"}}}}</script>
</head>
<body class="post-template-default single single-post postid-2291 ast-right-sidebar">
<header class="site-header"><div class="site-branding"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a><p class="site-description">Conversations about building hard things</p></div>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="/episodes/">Episodes</a></li><li><a href="/about/">About</a></li><li><a href="/newsletter/">Newsletter</a></li><li><a href="/support/">Support the show</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard category-episodes">
<h1 class="entry-title">Ep. 147 &#8211; Elon Musk on Factories, AI and Mars</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2025-03-11T06:00:00-07:00">March 11, 2025</time> by Dana Whitcombe</div>
<div class="entry-content">
<div class="powerpress_player" id="powerpress_player_3311"><audio class="wp-audio-shortcode" preload="none" controls src="https://media.thelongburn.fm/ep147.mp3?_=1"></audio></div>
<p>Dana sits down with Elon Musk to talk about why rockets are now a manufacturing problem, how his AI timelines have shifted, and whether the Mars plan survives contact with reality.</p>
<h2>Chapters</h2>
<ul class="chapters">
<li>00:00:04 &#8211; Intro</li>
<li>00:00:37 &#8211; Elon: cadence is a manufacturing problem</li>
<li>00:10:52 &#8211; AI timelines</li>
<li>00:25:06 &#8211; Mars, still?</li>
</ul>
<div class="wp-block-group key-quotes" style="background:#f4efe6;padding:1em">
<h3>Key quotes</h3>
<p><strong>Elon Musk:</strong> &#8220;The vehicle design is converging; the factory design is nowhere near converged.&#8221;</p>
<p><strong>Elon Musk:</strong> &#8220;The compute curve is the part that&#8217;s hard to internalize.&#8221;</p>
</div>
<h2>Transcript</h2>
<p><em>Transcript generated automatically and lightly edited. Please check against the audio before quoting.</em></p>
<div class="transcript">
{body}
</div>
<p>Music: &#8220;Low Orbit&#8221; by Quiet Parade. Produced by Ines Kowal.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/">SpaceX</a>, <a href="/tag/ai/">AI</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &#8220;Ep. 147 &#8211; Elon Musk on Factories, AI and Mars&#8221;</h3>
<ol class="comment-list">
<li class="comment" id="comment-8812"><article class="comment-body"><footer class="comment-meta"><b class="fn">ElonMuskFan42</b> <time datetime="2025-03-11T09:14:00-07:00">March 11, 2025 at 9:14 am</time></footer>
<div class="comment-content"><p>Elon Musk: &#8220;Yes.&#8221; Best answer ever given on a podcast. Dana&#8217;s face must have been priceless.</p></div></article></li>
<li class="comment" id="comment-8815"><article class="comment-body"><footer class="comment-meta"><b class="fn">Elon Musk (not that one)</b> <time datetime="2025-03-11T11:02:00-07:00">March 11, 2025 at 11:02 am</time></footer>
<div class="comment-content"><p>Every time my name shows up in a podcast comment section people get confused. Great episode though, the factory segment was the highlight.</p></div></article></li>
<li class="comment" id="comment-8820"><article class="comment-body"><footer class="comment-meta"><b class="fn">Rosa T.</b></footer>
<div class="comment-content"><p>Quote at 00:02:01 is misattributed in the chapter list btw, that was Dana paraphrasing.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"><textarea id="comment" name="comment" cols="45" rows="8"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main>
<footer class="site-footer"><p>&copy; 2025 The Long Burn. Powered by WordPress.</p></footer>
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var powerpress_settings = {{"player":"mediaelement","episode":"ep147"}};</script>
</body>
</html>
'''
write('o01_wp_longburn', page, 'The Long Burn',
      'WordPress post: each turn is a <p> with a bold speaker label (full name first, then first name) followed by "(hh:mm:ss)" and a <br>; unlabelled continuation paragraphs; key-quotes box and comments with Musk-like names.',
      [(t, p[0]) for k, t, p in T if k == 'E'], ['Dana Whitcombe', 'Dana'])
