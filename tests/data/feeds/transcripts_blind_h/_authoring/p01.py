from common import *

NAME = "h01_longburn_wordpress"
M = "Marcus Oyelaran"
T = [
    ("M", 0, ["Welcome back to The Long Burn. I'm Marcus Oyelaran, and my guest today needs very little introduction. Elon, thanks for making the time."]),
    (ELON, 14, ["Thanks for having me. Happy to be here."]),
    ("M", 19, ["Let's start with the booster catch. When you first saw the chopsticks close on it, what went through your head?"]),
    (ELON, 27, ["Honestly, relief more than anything. We had run the numbers a thousand times, but the numbers are not the same as steel and fire.",
                "And then about ten seconds later you start thinking about the next one, because a catch that you can't repeat every week is just a stunt."]),
    ("M", 131, ["A very expensive stunt."]),
    (ELON, 133, ["Yes."]),
    ("M", 135, ["So how far are you from a weekly cadence? Be honest."]),
    (ELON, 141, ["It's less about the rocket now and more about the pad. The pad turnaround is the long pole in the tent. If we can refurbish the tower in under a day, then it's really a question of propellant logistics.",
                 "People underestimate how much liquid oxygen you need. It's an enormous amount. You basically need a small air separation plant next door, and we're building one."]),
    ("M", 402, ["You told me before we started recording that the factory matters more than the vehicle. Your words were something like &quot;the machine that builds the machine.&quot; Can you unpack that?".replace("&quot;", "\u201c", 1).replace("&quot;", "\u201d")]),
    (ELON, 415, ["The factory is the product. I've said this many times and I'll keep saying it. Anyone can build one prototype if they have enough money & enough patience. Building ten thousand of anything at a reasonable cost is where almost everyone fails."]),
    ("M", 1893, ["Last question, and it's the one our listeners asked about most: when do people walk on Mars?"]),
    (ELON, 1901, ["I'd say there's a good chance of an uncrewed landing within the next transfer window or two, and people a couple of windows after that.",
                  "But I'm famously optimistic on timelines, so apply the appropriate discount. Maybe a big discount."]),
    ("M", 1958, ["Noted, and we'll hold you to it. Elon Musk, thank you."]),
    (ELON, 1963, ["Thank you, Marcus."]),
]


def turn_html(spk, t, paras):
    label = "Elon Musk" if spk == ELON else M
    out = [f'<p><strong>{label} ({hms(t)}):</strong><br>\n{E(paras[0])}</p>']
    out += [f"<p>{E(p)}</p>" for p in paras[1:]]
    return "\n".join(out)


def build():
    body = "\n".join(turn_html(*t) for t in T)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Catching Boosters and the Machine That Builds the Machine &#8211; The Long Burn</title>
<link rel="stylesheet" id="wp-block-library-css" href="https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<meta property="og:title" content="Ep. 212 – Elon Musk on Catching Boosters">
<meta property="og:description" content="Elon Musk: “The factory is the product.”">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212 – Elon Musk","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Long Burn"}}}}</script>
</head>
<body class="post-template-default single single-post postid-4471 single-format-standard ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
 <div class="site-branding"><a href="https://thelongburn.fm/" rel="home"><img src="/wp-content/uploads/2023/02/longburn-logo.png" alt="The Long Burn" width="180" height="48"></a></div>
 <nav class="main-header-menu"><ul>
  <li class="menu-item"><a href="/episodes/">Episodes</a></li>
  <li class="menu-item"><a href="/guests/">Guests</a></li>
  <li class="menu-item"><a href="/transcripts/">Transcripts</a></li>
  <li class="menu-item"><a href="/support/">Support the show</a></li>
  <li class="menu-item"><a href="/contact/">Contact</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4471 post type-post status-publish format-standard has-post-thumbnail hentry category-episodes tag-spacex tag-starship">
<header class="entry-header">
 <h1 class="entry-title">Ep. 212 &#8211; Elon Musk on Catching Boosters and the Machine That Builds the Machine</h1>
 <div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-11-06T07:00:00-05:00">November 6, 2024</time> by <span class="author vcard"><a href="/author/marcus/">Marcus Oyelaran</a></span> &middot; 34 min</div>
</header>
<div class="entry-content clear">
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
<iframe title="The Long Burn 212" src="https://player.hearthcast.io/e/lb-212?theme=dark" width="100%" height="152" frameborder="0" loading="lazy"></iframe>
</div></figure>
<p>Fresh off the fifth integrated flight test, Elon Musk sits down with Marcus to talk about catching a 70-metre booster out of the sky, why the launch pad &#8212; not the rocket &#8212; now sets the pace, and how honest anyone should be about Mars timelines.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="chapters">
 <li>00:00:00 &#8211; Intro</li>
 <li>00:00:27 &#8211; Elon Musk on the first booster catch</li>
 <li>00:02:21 &#8211; Pad turnaround and liquid oxygen</li>
 <li>00:06:55 &#8211; &#8220;The factory is the product&#8221;</li>
 <li>00:31:41 &#8211; Mars timelines, with a discount</li>
</ul>
<div class="wp-block-group key-quotes has-pale-cyan-blue-background-color">
 <h3>Key quotes</h3>
 <p><strong>Elon Musk:</strong> &#8220;A catch that you can&#8217;t repeat every week is just a stunt.&#8221;</p>
 <p><strong>Elon Musk:</strong> &#8220;The factory is the product.&#8221;</p>
 <p><strong>Marcus Oyelaran:</strong> &#8220;A very expensive stunt.&#8221;</p>
</div>
<h2 class="wp-block-heading">Links mentioned</h2>
<ul>
 <li><a href="https://example.org/ift5-recap">Our IFT-5 recap episode (Ep. 208)</a></li>
 <li><a href="https://example.org/air-separation">What an air separation unit actually does</a></li>
</ul>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was produced with a mix of machine transcription and a human pass. It may contain errors; please check the audio before quoting.</em></p>
<div class="transcript">
{body}
</div>
<p class="support-cta">The Long Burn is listener-supported. If this episode was useful, <a href="/support/">chip in a few dollars</a>.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Filed under <a href="/category/episodes/">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/">SpaceX</a>, <a href="/tag/starship/">Starship</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links">
 <div class="nav-previous"><a href="/ep-211-solid-state-batteries/">&larr; Ep. 211 &#8211; Solid-state batteries, for real this time?</a></div>
 <div class="nav-next"><a href="/ep-213-orbital-debris/">Ep. 213 &#8211; Who cleans up low Earth orbit? &rarr;</a></div>
</div></nav>
<div id="comments" class="comments-area">
 <h3 class="comments-title">4 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Catching Boosters&#8221;</h3>
 <ol class="comment-list">
  <li class="comment" id="comment-9921"><article class="comment-body">
   <footer class="comment-meta"><b class="fn">Elon Musk Fan Club</b> <time datetime="2024-11-06T09:14:00">November 6, 2024 at 9:14 am</time></footer>
   <div class="comment-content"><p>Elon Musk (00:02:21): &#8220;The pad turnaround is the long pole in the tent.&#8221; &#8212; best line of the episode, nobody talks about pads.</p></div>
  </article>
   <ol class="children"><li class="comment" id="comment-9925"><article class="comment-body">
    <footer class="comment-meta"><b class="fn">elonmusk_not_that_one</b> <time datetime="2024-11-06T11:02:00">November 6, 2024 at 11:02 am</time></footer>
    <div class="comment-content"><p>Agreed. Also &#8220;apply the appropriate discount&#8221; lol. At least he&#8217;s self-aware.</p></div>
   </article></li></ol>
  </li>
  <li class="comment" id="comment-9931"><article class="comment-body">
   <footer class="comment-meta"><b class="fn">Musk Elon</b> <time datetime="2024-11-07T08:40:00">November 7, 2024 at 8:40 am</time></footer>
   <div class="comment-content"><p>Marcus, please ask about the heat shield tiles next time. Elon: I have so many questions.</p></div>
  </article></li>
  <li class="comment" id="comment-9940"><article class="comment-body">
   <footer class="comment-meta"><b class="fn">Rosalind P.</b> <time datetime="2024-11-08T19:22:00">November 8, 2024 at 7:22 pm</time></footer>
   <div class="comment-content"><p>Thanks for the transcript. Small correction: at 00:31:41 I think he says &#8220;transfer window&#8221;, not &#8220;transfer wind&#8221; as the auto version had it.</p></div>
  </article></li>
 </ol>
 <div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
 <form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p>
 <textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area secondary"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><ul>
 <li><a href="/ep-213-orbital-debris/">Ep. 213 &#8211; Who cleans up low Earth orbit?</a></li>
 <li><a href="/ep-211-solid-state-batteries/">Ep. 211 &#8211; Solid-state batteries</a></li>
 <li><a href="/ep-210-fusion-startups/">Ep. 210 &#8211; The fusion startup boom</a></li>
</ul></section></aside>
</div></div>
<footer class="site-footer"><div class="ast-small-footer">&copy; 2024 The Long Burn &middot; Powered by WordPress &middot; <a href="/privacy/">Privacy</a></div></footer>
{LOREM_SCRIPT % "LB8812X"}
<script src="https://thelongburn.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "WordPress post; each turn opens with a <strong>Name (hh:mm:ss):</strong> line followed by the text after a <br>, continuation paragraphs unlabelled.",
                 "The Long Burn", T, ["Marcus Oyelaran"])


if __name__ == "__main__":
    build()
