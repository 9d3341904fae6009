from common import *

NAME = "l01_wp-podcast"
L = {"D": ("Dana Whitcomb", "Dana"), "E": ("Elon Musk", "Elon")}
rows = [
 ("D", 0, "Welcome back to The Long Burn. I'm Dana Whitcomb, and this is the show where we talk to the people who actually build things that leave the ground. My guest today needs no introduction, so I'm going to skip it. Elon, thanks for making the time."),
 ("E", 51, "Thanks for having me. Happy to be here, although I should warn you I've had about four hours of sleep, so if I trail off, just poke me."),
 ("D", 58, "We'll keep it gentle then. Let's start with the thing every listener wrote in about: the heat shield. Why is it still the hard part?"),
 ("E", 198, "Because it has to survive reentry and then fly again without anybody really touching it. That's the whole game. You can build a heat shield that survives once -- lots of people have done that since the sixties. Building one where you inspect it with a drone, swap maybe three tiles and fly the next day is a completely different problem.",
   "We still lose tiles on almost every flight. Not many, but some. And the gaps between the tiles are where the plasma finds its way in. So a lot of the work right now is honestly kind of boring: how the tile attaches, the gap fillers, the backup layer underneath."),
 ("D", 461, "Right."),
 ("E", 465, "And the thing people underestimate is just the count. It's on the order of eighteen thousand tiles per ship. If each one takes a minute to install, well, that's a lot of minutes, and you want to build a ship a week eventually."),
 ("D", 512, "So how do you get that number down? Is it all robots?"),
 ("E", 902, "Partly robots, mostly design. If you can make the tiles the same shape across most of the barrel section, the robot's job gets easy. The hard areas are the flaps and the nose cone, where every tile is slightly different. Those we'll probably be placing by hand for a while."),
 ("D", 1003, "You told me once, off mic, that \"the factory is the real product.\" Do you still believe that?"),
 ("E", 1780, "Yeah, absolutely. The rocket is sort of the easy part, relatively speaking. The machine that builds the machine is where most of the difficulty is, and where most of the cost is. If you look at our production line today versus two years ago, the rocket changed maybe twenty percent, and the factory changed completely."),
 ("D", 1893, "Let's talk about the flight rate. When you say a ship a week, what has to be true for that to happen?"),
 ("E", 2893, "Well, first the pad has to turn around fast. Right now the pad is the bottleneck more than the vehicle. After every launch there's some amount of refurbishment, and we've got to get that down to hours, not weeks.",
   "Second, you need propellant production and delivery at a scale that's frankly a bit silly. We're talking about a few thousand tons of liquid oxygen per flight. That's a lot of trucks, or a lot of on-site plant capacity."),
 ("D", 3700, "And is the plan still to catch the ship with the tower, the same way you catch the booster?"),
 ("E", 3735, "Yes."),
 ("D", 3737, "Just yes?"),
 ("E", 3740, "Just yes. I mean, there's a lot of work between here and there, but the answer to the question is yes. Putting landing legs on the ship costs mass, and mass is the thing you never get back."),
 ("D", 4412, "We're almost out of time. Last question, the one I ask everybody: what would you tell a twenty-year-old engineer who wants to work on this stuff?"),
 ("E", 4490, "Go work on the hardest thing you can find, and spend as much time on the factory floor as you can. The people who end up being really good are the ones who have touched the hardware. Reading about a weld is not the same as watching one crack.",
   "And don't be afraid of being wrong in public. Being wrong quickly is way better than being right slowly, at least in engineering."),
 ("D", 4561, "Elon Musk, thank you so much for coming on The Long Burn."),
 ("E", 4566, "Thanks, Dana. This was fun."),
]
turns = mk(rows, {"E"})

def t(s):
    return texturize(esc(s))

for tr in turns:
    tr.paras = [t(p) for p in tr.paras]

seen = set()
body = []
for tr in turns:
    full, short = L[tr.spk]
    lab = short if tr.spk in seen else full
    seen.add(tr.spk)
    body.append('<p><strong>%s</strong> (%s) %s</p>' % (lab, hms_short(tr.t), tr.paras[0]))
    for p in tr.paras[1:]:
        body.append('<p>%s</p>' % p)
transcript = "\n".join(body)

chapters = [
 (0, "Cold open and introductions"),
 (198, "Elon Musk: why the heat shield is still the hard part"),
 (902, "Robots versus design"),
 (1780, "Elon Musk: \"the factory is the product\""),
 (2893, "Pad turnaround and propellant logistics"),
 (3700, "Catching the ship"),
 (4412, "Advice for young engineers"),
]
chap_html = "\n".join('<li><a href="#t=%d">%s</a> &#8211; %s</li>' % (s, hms_short(s), t(x)) for s, x in chapters)

page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Heat Shields, Factories and the Next Ten Flights &#8211; The Long Burn</title>
<meta name="description" content="Elon Musk joins Dana Whitcomb to talk about reusable heat shields, the factory as the product, pad turnaround and catching ships with a tower.">
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='podcaster-style-css' href='https://thelongburn.fm/wp-content/themes/podcaster/style.css?ver=2.9.1' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on Heat Shields, Factories and the Next Ten Flights","episodeNumber":212,"partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"}}</script>
<style id='global-styles-inline-css'>body{--wp--preset--color--black:#000;}.key-quotes{border-left:4px solid #e2561f;padding:1em}</style>
</head>
<body class="post-template-default single single-post postid-2143 single-format-audio">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a></p>
 <p class="site-description">Conversations with people who build things that fly</p></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="/episodes/">Episodes</a></li><li class="menu-item"><a href="/guests/">Guests</a></li>
  <li class="menu-item"><a href="/newsletter/">Newsletter</a></li><li class="menu-item"><a href="/support/">Support the show</a></li>
  <li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-2143" class="post-2143 post type-post status-publish format-audio hentry category-episodes tag-spaceflight tag-manufacturing">
<header class="entry-header">
<h1 class="entry-title">Ep. 212 &#8211; Elon Musk on Heat Shields, Factories and the Next Ten Flights</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-03-11T06:00:00+00:00">March 11, 2024</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/dana/">Dana Whitcomb</a></span></span> <span class="runtime">1 hr 16 min</span></div>
</header>
<div class="entry-content">
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper"><iframe title="The Long Burn 212" src="https://player.hostcast.fm/embed/longburn/212?theme=dark" width="100%%" height="180" frameborder="0" loading="lazy"></iframe></div></figure>
<p>This week Dana sits down with Elon Musk in a cramped office just off the production floor. They talk about why reusable heat shields are harder than they look, how many tiles a ship actually needs, whether the factory really is the product, and what has to be true before a ship can fly every week.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="chapters">
%s
</ul>
<div class="wp-block-group key-quotes"><h3 class="wp-block-heading">Key quotes</h3>
<blockquote class="wp-block-quote"><p>Elon Musk: &#8220;Being wrong quickly is way better than being right slowly, at least in engineering.&#8221;</p></blockquote>
<blockquote class="wp-block-quote"><p>Elon Musk: &#8220;Reading about a weld is not the same as watching one crack.&#8221;</p></blockquote>
<blockquote class="wp-block-quote"><p>Dana Whitcomb: &#8220;We&#8217;ll keep it gentle then.&#8221;</p></blockquote>
</div>
<p><strong>Links mentioned:</strong> <a href="https://example.org/tile-primer">A primer on ceramic thermal protection tiles</a> &middot; <a href="/episodes/187-pad-rats/">Ep. 187 with the pad crew</a> &middot; <a href="/newsletter/">Sign up for the newsletter</a></p>
<p><em>Sponsored by Torque &amp; Tensor, the CAD review tool for hardware teams. Listeners get 3 months free at torqueandtensor.example/burn.</em></p>
<hr class="wp-block-separator"/>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was produced by a human transcriber and lightly edited for readability. Timestamps refer to the full audio episode.</em></p>
%s
<p><em>The Long Burn is produced by Whitcomb Audio. Music by Halfmoon Static.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spaceflight/" rel="tag">spaceflight</a>, <a href="/tag/manufacturing/" rel="tag">manufacturing</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/ep-211-battery-chemists/" rel="prev">Ep. 211 &#8211; The Battery Chemists</a></div><div class="nav-next"><a href="/ep-213-avionics/" rel="next">Ep. 213 &#8211; Avionics at 3 a.m.</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Heat Shields, Factories and the Next Ten Flights&#8221;</h2>
<ol class="comment-list">
<li id="comment-9812" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon Muskrat</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-9812"><time datetime="2024-03-11T09:14:02+00:00">March 11, 2024 at 9:14 am</time></a></div></footer>
<div class="comment-content"><p>Elon Musk: &#8220;Just yes.&#8221; Best moment of the episode, I laughed out loud on the train.</p></div></article>
<ol class="children"><li id="comment-9815" class="comment byuser comment-author-dana bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dana Whitcomb</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Ha, it was a good one. Thanks for listening!</p></div></article></li></ol></li>
<li id="comment-9830" class="comment even thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">E. Musk (not that one)</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Eighteen thousand tiles per ship. I install flooring for a living and that number made my knees hurt.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="/ep-213-avionics/">Ep. 213 &#8211; Avionics at 3 a.m.</a></li><li><a href="/ep-211-battery-chemists/">Ep. 211 &#8211; The Battery Chemists</a></li><li><a href="/ep-210-the-welders/">Ep. 210 &#8211; The Welders</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Whitcomb Audio LLC &middot; <a href="/privacy/">Privacy</a> &middot; Proudly powered by WordPress</div></footer>
</div>
<script src="https://thelongburn.fm/wp-content/themes/podcaster/js/navigation.js?ver=2.9.1" id="podcaster-navigation-js"></script>
<script>document.querySelectorAll('.chapters a').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();window.hcPlayer&&window.hcPlayer.seek(parseInt(a.hash.slice(3),10));});});</script>
</body>
</html>
""" % (chap_html, transcript)

emit(NAME, page, turns,
     fmt="WordPress post: each turn is a <p> starting with <strong>Name</strong> followed by a parenthesised time, mm:ss under an hour and h:mm:ss after, with unlabelled continuation paragraphs; labels go from full name to first name.",
     show="The Long Burn", others=["Dana Whitcomb", "Dana"])
