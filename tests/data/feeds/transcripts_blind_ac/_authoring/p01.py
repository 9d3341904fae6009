"""ac01: WordPress podcast episode page, `Name (hh:mm:ss): text` bold lead-ins."""
from common import gold_from, hms, gold

NAME = "ac01_launchwindow"
SHOW = "Launch Window with Dana Whitfield"

LBL = {"D": ("Dana Whitfield", "Dana"), "E": ("Elon Musk", "Elon")}

T = [
    ("D", 0, ["Welcome back to Launch Window. I&rsquo;m Dana Whitfield, and my guest today needs very little introduction. Elon Musk, thanks for making the time."]),
    ("E", 9, ["Thanks for having me. It&rsquo;s good to be back on the show."]),
    ("D", 14, ["Last time you were here, you said the heat shield was the thing that kept you up at night. Is that still true?"]),
    ("E", 22, ["Honestly, it&rsquo;s still near the top of the list. The tiles are a strange problem because each one is simple, but you have eighteen thousand of them and any single one can ruin your day.",
               "We&rsquo;ve changed the attachment method three times now. The current approach is much better, but better is not the same as solved."]),
    ("D", 58, ["Right."]),
    ("E", 59, ["And the catch with the tower is a separate question, which people tend to mix together."]),
    ("D", 66, ["Let&rsquo;s take that one, because as Elon told me before we started recording, &ldquo;the tower is the easy part, if you can call anything easy.&rdquo; Do you still stand by that?"]),
    ("E", 79, ["Yes."]),
    ("D", 80, ["Okay, unpack that a little for people who haven&rsquo;t been following every flight."]),
    ("E", 85, ["Catching the booster with the arms means you don&rsquo;t need landing legs, so you save the mass and you delete a whole category of failures. The tower is big steel, and big steel is something humanity has understood for a very long time.",
               "The ship is a different story. It comes in from orbital speed, so you have roughly thirty times the energy to get rid of, and almost all of it turns into heat."]),
    ("D", 131, ["So the engineering risk moves from the pad to the vehicle."]),
    ("E", 135, ["Exactly. The pad is a civil engineering problem; the ship is a materials problem, and materials problems are slow."]),
    ("D", 204, ["I want to get to Mars timelines, because my inbox is full of listeners who want a date. I&rsquo;m not going to ask for a date."]),
    ("E", 213, ["You&rsquo;re going to ask for a date."]),
    ("D", 215, ["I&rsquo;m going to ask what has to be true first."]),
    ("E", 219, ["That&rsquo;s a better question. Orbital refilling has to work reliably, not once but routinely. If you can&rsquo;t move hundreds of tons of propellant between ships in orbit, Mars is a slide deck.",
                "After that it&rsquo;s mostly about the rate. One ship is a stunt; a thousand ships is a civilization. The transfer windows come every twenty-six months, so each window you miss is a two-year delay, and that&rsquo;s the thing that really focuses the mind."]),
    ("D", 3727, ["We&rsquo;re almost out of time. Last question, the one I ask everybody: what are you wrong about?"]),
    ("E", 3733, ["Probably a lot of things. I&rsquo;m usually wrong about timing and right about direction, and people tend to remember the timing."]),
    ("D", 3749, ["Elon Musk, thank you."]),
]


def label(spk, seen):
    full, short = LBL[spk]
    if spk in seen:
        return short
    seen.add(spk)
    return full


def render_transcript():
    out, seen = [], set()
    for spk, t, paras in T:
        lab = label(spk, seen)
        out.append('<p class="tx-turn"><strong>%s (%s):</strong> %s</p>' % (lab, hms(t), paras[0]))
        for p in paras[1:]:
            out.append("<p>%s</p>" % p)
    return "\n".join(out)


COMMENTS = """
<ol class="comment-list">
  <li id="comment-8812" class="comment even thread-even depth-1">
    <article class="comment-body">
      <footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/3f1?s=48&amp;d=mm" class="avatar" height="48" width="48"><b class="fn">Elon Musk Fan Club</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-8812"><time datetime="2025-03-14T09:12:44+00:00">March 14, 2025 at 9:12 am</time></a></div></footer>
      <div class="comment-content"><p>Elon Musk (00:00:22): &ldquo;better is not the same as solved&rdquo; &mdash; somebody put that on a shirt please.</p></div>
      <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
    </article>
    <ol class="children">
      <li id="comment-8815" class="comment odd alt depth-2">
        <article class="comment-body">
          <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">elonmusk_real</b> <span class="says">says:</span></div>
          <div class="comment-metadata"><a href="#comment-8815"><time datetime="2025-03-14T10:02:01+00:00">March 14, 2025 at 10:02 am</time></a></div></footer>
          <div class="comment-content"><p>Thanks, appreciate the support. Merch coming soon.</p><p><em>(parody account, obviously)</em></p></div>
        </article>
      </li>
    </ol>
  </li>
  <li id="comment-8830" class="comment even thread-odd depth-1">
    <article class="comment-body">
      <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Marguerite O.</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-8830"><time datetime="2025-03-15T18:40:19+00:00">March 15, 2025 at 6:40 pm</time></a></div></footer>
      <div class="comment-content"><p>Dana, you asked the right version of the timeline question. The &ldquo;what has to be true first&rdquo; framing got a real answer instead of a number.</p></div>
    </article>
  </li>
</ol>
"""


def build():
    turns = gold_from(T)
    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &ndash; Elon Musk on Tiles, Towers and What Has to Be True First &ndash; Launch Window</title>
<meta name="description" content="Elon Musk joins Dana Whitfield to talk heat shields, catching boosters and the prerequisites for Mars.">
<link rel="stylesheet" id="astra-theme-css-css" href="https://launchwindowpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget_modern-css" href="https://launchwindowpod.com/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.0.6" media="all">
<style id="wp-custom-css">.tx-turn strong{{color:#13294b}} .key-quotes{{background:#f4f1ea;border-left:4px solid #c8a24a;padding:1em}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212 - Elon Musk on Tiles, Towers and What Has to Be True First","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"Launch Window with Dana Whitfield"}}}}</script>
</head>
<body class="post-template-default single single-post postid-4471 single-format-standard ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="https://launchwindowpod.com/" rel="home">Launch Window</a></p><p class="site-description">Conversations about getting off the ground</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="/">Home</a></li><li class="menu-item current-menu-item"><a href="/episodes/">Episodes</a></li>
    <li class="menu-item"><a href="/guests/">Guests</a></li><li class="menu-item"><a href="/support/">Support the Show</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish format-standard category-episodes tag-spacex tag-starship">
<header class="entry-header"><h1 class="entry-title">Ep. 212 &ndash; Elon Musk on Tiles, Towers and What Has to Be True First</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-13T06:00:00+00:00">March 13, 2025</time></span> by <span class="author vcard">Dana Whitfield</span> &middot; <a href="#comments">3 Comments</a></div></header>
<div class="entry-content clear">
<div class="powerpress_player" id="powerpress_player_4471"><audio class="wp-audio-shortcode" preload="none" controls src="https://media.launchwindowpod.com/lw212.mp3?_=1"></audio></div>
<p class="powerpress_links">Podcast: <a href="https://media.launchwindowpod.com/lw212.mp3" class="powerpress_link_pinw">Play in new window</a> | <a href="https://media.launchwindowpod.com/lw212.mp3" download>Download</a> (Duration: 1:02:41 &mdash; 57.4MB)</p>
<p>Elon Musk is back for his second appearance on the show. We talk about why the heat shield is still the hard part, why catching a booster is (relatively) easy, and Dana finally gets an answer about Mars that isn&rsquo;t a date.</p>
<h2>Chapters</h2>
<ul class="chapters">
<li>00:00:00 &mdash; Intro</li><li>00:00:22 &mdash; The tile problem</li><li>00:01:19 &mdash; Tower catches</li><li>00:03:24 &mdash; What has to be true for Mars</li><li>01:02:07 &mdash; What are you wrong about?</li>
</ul>
<div class="key-quotes">
<h3>Key quotes</h3>
<p>Elon Musk: &ldquo;Better is not the same as solved.&rdquo;</p>
<p>Elon Musk: &ldquo;One ship is a stunt; a thousand ships is a civilization.&rdquo;</p>
<p>Elon Musk: &ldquo;I&rsquo;m usually wrong about timing and right about direction.&rdquo;</p>
</div>
<p>Launch Window is listener-supported. If you get something out of the show, <a href="/support/">become a member</a> for ad-free episodes.</p>
<h2 id="transcript">Transcript</h2>
<p><em>This transcript was produced with a mix of software and human editing. Timestamps are approximate. The members-only middle segment (00:04:00&ndash;01:02:00) is not transcribed here. Please check the audio before quoting.</em></p>
<div class="transcript">
{transcript}
</div>
<p class="sharedaddy-title">Share this:</p>
<ul class="share-links"><li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Flaunchwindowpod.com%2Fep-212">X</a></li><li><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Flaunchwindowpod.com%2Fep-212">Facebook</a></li><li><a href="mailto:?subject=Ep.%20212">Email</a></li></ul>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/" rel="tag">SpaceX</a>, <a href="/tag/starship/" rel="tag">Starship</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/ep-211/" rel="prev">&larr; Ep. 211 &ndash; The Economics of Small Satellites</a></div><div class="nav-next"><a href="/ep-213/" rel="next">Ep. 213 &ndash; Inside a Rocket Engine Test Stand &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">3 thoughts on &ldquo;Ep. 212 &ndash; Elon Musk on Tiles, Towers and What Has to Be True First&rdquo;</h3>
{comments}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area secondary"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="/ep-213/">Ep. 213 &ndash; Inside a Rocket Engine Test Stand</a></li><li><a href="/ep-212/" aria-current="page">Ep. 212 &ndash; Elon Musk on Tiles, Towers and What Has to Be True First</a></li><li><a href="/ep-211/">Ep. 211 &ndash; The Economics of Small Satellites</a></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Launch Window Media LLC &middot; Powered by <a href="https://wordpress.org/">WordPress</a></div></footer>
<script src="https://launchwindowpod.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="powerpress-player-js-extra">var powerpress_player = {{"episode":"4471","duration":"1:02:41"}};</script>
<script src="https://launchwindowpod.com/wp-content/plugins/powerpress/player.min.js?ver=11.0.6"></script>
</body>
</html>
""".format(transcript=render_transcript(), comments=COMMENTS)
    g = gold("WordPress post; each turn is a paragraph opening with a bold 'Name (hh:mm:ss):' lead-in (full name first, first name after), unlabelled continuation paragraphs follow.",
             SHOW, turns, ["Dana Whitfield", "Dana"])
    return NAME, page, g
