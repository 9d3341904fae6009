from common import *

SHOW = "The Long Orbit"

SEGS = [
    ("D", 4, ["Welcome back to The Long Orbit. I’m Dana Whitfield, and with me as always is Marcus Bell. Today is one we’ve been trying to book for about two years.",
              "Our guest needs no introduction, so I won’t give him one. Elon, welcome to the show."]),
    ("B", 31, ["Yeah, welcome. We cleared the whole afternoon for this, so feel free to go long."]),
    ("M", 48, ["Thanks for having me. I’ll try to keep the answers shorter than the launch delays."]),
    ("D", 62, ["Let’s start there, actually. The cadence. People look at the test flights and they see gaps of weeks, sometimes months. What’s the real bottleneck right now?"]),
    ("M", 75, ["So the goal is to get to the point where the limiting factor is propellant loading and weather, not paperwork and not rebuilding the pad. Right now it’s still the pad, honestly. Every time we light thirty-odd engines on the ground you learn something about concrete that you did not want to learn.",
               "The second thing is the heat shield. Catching the booster is hard but it’s a solved problem in principle. Getting the ship back with tiles that can fly again the next day, that’s the part nobody has done. Shuttle needed months of refurbishment between flights. We need hours."]),
    ("B", 220, ["Right."]),
    ("M", 221, ["And the thing people miss is that rapid reuse is not a nice-to-have. If you throw the ship away, the economics look like every other rocket ever built. The whole point is the airline model."]),
    ("D", 312, ["Last time you were on a show with me — this was years ago, a conference stage — you said, and I’m quoting from my notes, “the factory is the hardest part, the rocket is easy.” Do you still believe that?"]),
    ("M", 330, ["Yeah, I still think that’s true. Designing a rocket that works once is something a good team of fifty people can do. Building a machine that produces them like cars, that’s ten thousand people and a lot of pain.",
                "Prototypes are easy. Production is hard. Positive cash flow is extremely hard. I’ve said that many times and it’s just a fact of the universe."]),
    ("B", 482, ["On the production point, how much of the Starbase layout is copied from the car plants?"]),
    ("M", 495, ["Less than you’d think, more than zero. The lesson from cars is that the factory is the product. You iterate on the machine that builds the machine. For ships we’re still early, it’s more like a very large workshop than a real factory."]),
    ("D", 765, ["You’ve blown up a lot of hardware in public. Is there ever a point where a failure costs too much, reputationally?"]),
    ("M", 778, ["Failure is an option here. If things are not failing, you are not innovating enough. But there’s a difference between a test article failing and a crewed vehicle failing. The bar for anything with people on it is completely different, and it should be."]),
    ("B", 980, ["Okay, the one everybody asks. Mars. Give me a year."]),
    ("M", 987, ["Optimistically, an uncrewed landing in the next window or the one after. People should take my timelines with, you know, a grain of salt. I’m known for that. But the direction is not in question."]),
    ("D", 3620, ["We’re over the hour, so we’ll let you go. Elon, thank you for doing this."]),
    ("M", 3628, ["Thank you. Good talking with you both."]),
]

LABEL = {"D": "Dana Whitfield", "B": "Marcus Bell", "M": "Elon Musk"}


def build():
    g = Gold(SHOW, "WordPress post; each turn is a <p> starting with a <strong> full-name label followed by (hh:mm:ss) in a span and the text; continuation paragraphs are plain <p>.")
    rows = []
    for who, t, paras in SEGS:
        lab = LABEL[who]
        if who == "M":
            g.add(t, paras[0], len(paras) > 1)
        else:
            g.other(lab)
        rows.append('<p><strong>%s</strong> <span class="tstamp">(%s)</span> %s</p>' % (lab, hms(t), esc(paras[0], True)))
        for p in paras[1:]:
            rows.append("<p>%s</p>" % esc(p, True))
    transcript = "\n".join(rows)

    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &ndash; Elon Musk on Starship cadence, factories and failure &#8211; The Long Orbit</title>
<meta name="description" content="Elon Musk joins Dana and Marcus to talk about rapid reuse, why the factory is the product, and Mars timelines.">
<link rel="stylesheet" id="astra-theme-css-css" href="https://longorbitpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress-player-css" href="https://longorbitpod.com/wp-content/plugins/powerpress/player.min.css?ver=11.0.6" media="all">
<style id="global-styles-inline-css">
body{--wp--preset--color--black:#000;--wp--preset--color--white:#fff}
.tstamp{color:#7a7a7a;font-size:.85em;font-variant-numeric:tabular-nums}
.key-quotes{border-left:4px solid #e4572e;padding:.5em 1em;background:#fbf3ef}
</style>
%s
</head>
<body class="post-template-default single single-post postid-4812 single-format-standard ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-header-bar" id="masthead">
  <div class="site-branding"><a href="https://longorbitpod.com/" rel="home"><img src="https://longorbitpod.com/wp-content/uploads/2023/01/logo-lo.png" alt="The Long Orbit" width="180" height="48"></a></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu">
      <li class="menu-item"><a href="https://longorbitpod.com/episodes/">Episodes</a></li>
      <li class="menu-item"><a href="https://longorbitpod.com/about/">About</a></li>
      <li class="menu-item"><a href="https://longorbitpod.com/newsletter/">Newsletter</a></li>
      <li class="menu-item"><a href="https://longorbitpod.com/support/">Support the show</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post status-publish format-standard has-post-thumbnail category-episodes tag-spacex tag-starship">
<header class="entry-header">
  <div class="ast-single-post-order"><h1 class="entry-title">Ep. 212 &ndash; Elon Musk on Starship cadence, factories and failure</h1>
  <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-11T06:00:00-05:00">March 11, 2025</time></span> / <span class="cat-links"><a href="https://longorbitpod.com/category/episodes/" rel="category tag">Episodes</a></span> / <span class="comments-link"><a href="#comments">4 Comments</a></span></div></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_2231"><audio class="wp-audio-shortcode" preload="none" style="width:100%%" controls="controls"><source type="audio/mpeg" src="https://media.longorbitpod.com/lo-212.mp3?_=1"></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.longorbitpod.com/lo-212.mp3" class="powerpress_link_pinw" target="_blank" rel="nofollow">Play in new window</a> | <a href="https://media.longorbitpod.com/lo-212.mp3" class="powerpress_link_d" rel="nofollow" download>Download</a> (Duration: 1:04:12 &mdash; 88.4MB)</p>
<p>Elon Musk joins Dana and Marcus for a long conversation about the state of Starship, why rapid reuse is the whole ballgame, what car plants taught the rocket team, and whether he&rsquo;ll ever give a Mars date he actually hits.</p>
<div class="key-quotes">
<h3>Key quotes</h3>
<ul>
<li><strong>Elon Musk:</strong> &ldquo;Prototypes are easy. Production is hard.&rdquo;</li>
<li><strong>Elon Musk:</strong> &ldquo;Failure is an option here.&rdquo;</li>
<li><strong>Dana Whitfield:</strong> &ldquo;Give me a year.&rdquo; (It was Marcus, actually.)</li>
</ul>
</div>
<h3>Chapters</h3>
<ul class="chapters">
<li>00:00:04 &ndash; Intro</li>
<li>00:01:15 &ndash; Elon Musk: what actually limits launch cadence</li>
<li>00:05:30 &ndash; &ldquo;The factory is the hardest part&rdquo;</li>
<li>00:12:58 &ndash; Failure in public</li>
<li>00:16:27 &ndash; Mars, and timelines</li>
</ul>
<p><em>Sponsor: this episode is brought to you by Ridgeback Sleep. Use code ORBIT for 15%% off.</em></p>
<hr>
<h2 id="transcript">Transcript</h2>
<p class="transcript-note"><em>Transcripts are machine-generated and lightly edited. Timestamps refer to the audio file above.</em></p>
<div class="transcript">
%s
</div>
<p><em>Transcript ends.</em></p>
</div>
<footer class="entry-footer">Tags: <a href="https://longorbitpod.com/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://longorbitpod.com/tag/starship/" rel="tag">Starship</a></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://longorbitpod.com/ep-211-the-tile-problem/" rel="prev">&larr; Ep. 211 &ndash; The tile problem</a></div><div class="nav-next"><a href="https://longorbitpod.com/ep-213-ground-segment/" rel="next">Ep. 213 &ndash; Ground segment economics &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 212 &ndash; Elon Musk on Starship cadence, factories and failure&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9911"><article id="comment-9911" class="ast-comment"><div class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk Fan Club</b></cite></div><time datetime="2025-03-11T09:14:00">March 11, 2025 at 9:14 am</time></div>
<section class="ast-comment-content comment"><p>Elon Musk: &ldquo;the factory is the product&rdquo; &ndash; best line of the whole episode. Printing it on a mug.</p></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-9915"><article id="comment-9915" class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">ElonMusk_42</b></cite><time datetime="2025-03-11T11:02:00">March 11, 2025 at 11:02 am</time></div>
<section class="ast-comment-content comment"><p>Thank you. Good talking with you both. (that&rsquo;s what I&rsquo;d say too if Dana grilled me on timelines lol)</p></section></article>
<ol class="children"><li class="comment byuser bypostauthor depth-2" id="li-comment-9920"><article class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Dana Whitfield</b></cite></div><section class="ast-comment-content comment"><p>Ha. For the record he was very gracious about it.</p></section></article></li></ol></li>
<li class="comment even depth-1" id="li-comment-9931"><article class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Priyanka</b></cite></div><section class="ast-comment-content comment"><p>Marcus (00:16:20) &ldquo;Give me a year.&rdquo; Elon (00:16:27): &ldquo;Optimistically&hellip;&rdquo; &ndash; classic.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://longorbitpod.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://longorbitpod.com/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="https://longorbitpod.com/ep-213-ground-segment/">Ep. 213 &ndash; Ground segment economics</a></li><li><a href="https://longorbitpod.com/ep-211-the-tile-problem/">Ep. 211 &ndash; The tile problem</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright &copy; 2025 The Long Orbit | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
</div>
<script src="https://longorbitpod.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://longorbitpod.com/wp-includes/js/mediaelement/mediaelement-and-player.min.js?ver=4.2.17" id="mediaelement-core-js"></script>
<script>/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&window.addEventListener("hashchange",function(){var t,e=location.hash.substring(1);/^[A-z0-9_-]+$/.test(e)&&(t=document.getElementById(e))&&(/^(?:a|select|input|button|textarea)$/i.test(t.tagName)||(t.tabIndex=-1),t.focus())},!1);</script>
</body>
</html>
""" % (ANALYTICS % "G-LO2120X", transcript)
    return g.write("y01_longorbit_wordpress", page)


if __name__ == "__main__":
    build()
