from common import *

NAME = "v01_wp_longburn_ep212"
SHOW = "The Long Burn"

L = {"D": ("Dana Reyes", "Dana"), "E": ("Elon Musk", "Elon")}

TURNS = [
    Turn("D", 0, ["Welcome back to The Long Burn. I’m Dana Reyes, and today’s guest needs no introduction, so I’ll keep it short: Elon Musk. Elon, thanks for making the time."]),
    Turn("E", 14, ["Thanks for having me. It’s good to be back — I think the last time we did this was in a parking lot in Hawthorne."]),
    Turn("D", 24, ["It was. And as Elon told me in that parking lot, “the factory is the product,” and I’ve been chewing on that line for two years. What did you actually mean by it?"]),
    Turn("E", 38, ["Well, anyone can make a prototype. Prototypes are easy, relatively speaking. You build one, it’s hand-fitted, people are sanding things in the corner, and it works.",
                   "The hard part is making ten thousand of them a week where every one of them is the same. The machine that builds the machine is, you know, orders of magnitude more complex than the machine itself."]),
    Turn("D", 141, ["Sure."]),
    Turn("E", 142, ["And that’s the part people underestimate. The production line has more parts than the car. So if you want to know whether a company is serious, don’t look at the car, look at the line."]),
    Turn("D", 171, ["Let’s talk about Raptor. Where are you with the engine right now?"]),
    Turn("E", None, ["Raptor 3 is a big step. We removed a lot of the external plumbing, so it looks almost unfinished, like somebody forgot to put the parts on. That’s the point. The best part is no part.",
                     "There’s still work on the turbopump and on the heat shield for the engine section, but the trend line is good."]),
    Turn("D", 362, ["Is full reuse of the upper stage the thing that matters most this year?"]),
    Turn("E", 395, ["Yes."]),
    Turn("D", 396, ["Just yes?"]),
    Turn("E", 398, ["Just yes. I mean, look, full and rapid reuse is the holy grail. If you had to throw away a 747 after every flight, nobody would fly. It’s the same thing."]),
    Turn("D", 3912, ["We’re almost out of time, and I promised your team an hour and I’ve taken an hour and five minutes. Last question: what worries you most?"]),
    Turn("E", 3929, ["Honestly, probably that we move too slowly. Not that we move too fast. Most of the time the thing that kills a project is not a bad decision, it’s a slow one."]),
    Turn("D", 3990, ["Elon Musk, thank you."]),
    Turn("E", 3994, ["Thank you. This was fun."]),
]

FORMAT = ("Podcast-network WordPress episode page with transcript-plugin divs, one per turn: speaker name in a span (full name first, then first name) "
          "followed by a '(hh:mm:ss)' link to '?t=SECONDS', continuation paragraphs unlabelled; one turn has no time; "
          "a collapsed plain-text copy of the transcript follows.")


def ts_link(t):
    return f' <a class="pst-ts" href="?t={int(t)}" data-seconds="{int(t)}">({hms(t)})</a>' if t is not None else ""


def render_transcript():
    seen = set()
    out = []
    for tr in TURNS:
        full, short_ = L[tr.spk]
        lab = short_ if tr.spk in seen else full
        seen.add(tr.spk)
        cls = "pst-line pst-guest" if tr.spk == "E" else "pst-line pst-host"
        paras = [wptexturize(p) for p in tr.paras]
        first = f'<p><span class="pst-speaker">{lab}</span>{ts_link(tr.t)}<br />\n{paras[0]}</p>'
        rest = "".join(f"\n<p>{p}</p>" for p in paras[1:])
        out.append(f'<div class="{cls}" data-speaker="{full}">\n{first}{rest}\n</div>')
    return "\n".join(out)


def render_plain():
    lines = []
    for tr in TURNS:
        full = L[tr.spk][0]
        lines.append(f"{full}: " + wptexturize(" ".join(tr.paras)))
    return "<br />\n".join(lines)


def build():
    tx = render_transcript()
    plain = render_plain()
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Raptor, factories and moving too slowly &#8211; The Long Burn &#8211; Fathom Audio</title>
<meta name="description" content="Elon Musk joins Dana Reyes to talk about Raptor 3, why the factory is the product, and what worries him most.">
<link rel="canonical" href="https://fathomaudio.net/episodes/212-elon-musk-raptor-factories/">
<link rel='stylesheet' id='astra-theme-css-css' href='https://fathomaudio.net/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='podscript-css' href='https://fathomaudio.net/wp-content/plugins/podscript-transcripts/public/css/podscript.css?ver=2.3.1' media='all' />
<style id='astra-theme-css-inline-css'>
.ast-container{{max-width:1140px}} .pst-speaker{{font-weight:700;margin-right:.25em}} .pst-ts{{color:#7a7a7a;font-size:.85em;text-decoration:none}}
.pst-guest .pst-speaker{{color:#b8481e}} details.pst-plain summary{{cursor:pointer;font-weight:600}}
</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on Raptor, factories and moving too slowly","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Long Burn"}},"duration":"PT1H7M"}}</script>
<script src='https://fathomaudio.net/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-4412 single-format-audio ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
 <div class="ast-container">
  <div class="site-branding"><a href="https://fathomaudio.net/" rel="home"><img src="https://fathomaudio.net/wp-content/uploads/2021/01/fathom-audio-logo.png" alt="Fathom Audio" width="180" height="48"></a><p class="site-description">Independent podcasts about how things get made</p></div>
  <nav class="main-header-bar-navigation" aria-label="Site Navigation">
   <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
    <li class="menu-item menu-item-has-children"><a href="https://fathomaudio.net/shows/" class="menu-link">Shows</a><ul class="sub-menu"><li class="menu-item current-menu-ancestor"><a href="https://fathomaudio.net/shows/the-long-burn/" class="menu-link">The Long Burn</a></li><li class="menu-item"><a href="https://fathomaudio.net/shows/tolerance-stack/" class="menu-link">Tolerance Stack</a></li><li class="menu-item"><a href="https://fathomaudio.net/shows/night-shift/" class="menu-link">Night Shift</a></li></ul></li>
    <li class="menu-item"><a href="https://fathomaudio.net/advertise/" class="menu-link">Advertise</a></li>
    <li class="menu-item"><a href="https://fathomaudio.net/newsletter/" class="menu-link">Newsletter</a></li>
    <li class="menu-item"><a href="https://fathomaudio.net/support/" class="menu-link">Support the show</a></li>
   </ul>
  </nav>
 </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4412 post type-post status-publish format-audio has-post-thumbnail hentry category-episodes tag-spacex tag-tesla" id="post-4412">
<header class="entry-header">
<div class="ast-single-post-order">
<p class="show-badge"><a href="https://fathomaudio.net/shows/the-long-burn/">The Long Burn</a> &middot; hosted by Dana Reyes</p>
<h1 class="entry-title" itemprop="headline">Ep. 212 &#8211; Elon Musk on Raptor, factories and moving too slowly</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-11-04T06:00:00-08:00">November 4, 2024</time></span> / <span class="cat-links"><a href="https://fathomaudio.net/category/episodes/" rel="category tag">Episodes</a></span> / By <span class="author vcard"><a class="url fn n" href="https://fathomaudio.net/author/dana/">Dana Reyes</a></span></div>
</div>
</header>
<div class="entry-content clear" itemprop="text">
<figure class="wp-block-audio"><audio controls src="https://media.thelongburn.fm/audio/ep212.mp3" preload="none"></audio></figure>
<p>Elon Musk is back on the show for the first time since 2022. We talk about the Raptor 3 engine, why he thinks the factory matters more than the product, and the one thing that keeps him up at night. Recorded in Starbase, Texas.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list podcast-chapters">
<li>(00:00:00) Intro</li>
<li>(00:00:38) Elon Musk: &#8220;The factory is the product&#8221;</li>
<li>(00:02:51) Elon Musk: The line has more parts than the car</li>
<li>(00:06:02) Raptor 3 and the best part is no part</li>
<li>(00:06:35) Full and rapid reuse</li>
<li>(01:05:12) What worries Elon</li>
</ul>
<div class="wp-block-group key-quote has-background" style="background-color:#fff4ec;padding:18px 22px;border-left:4px solid #b8481e">
<p class="has-small-font-size"><strong>KEY QUOTE</strong></p>
<p><strong>Elon Musk:</strong> &#8220;The production line has more parts than the car. If you want to know whether a company is serious, look at the line.&#8221;</p>
</div>
<h3 class="wp-block-heading">Links from the episode</h3>
<ul class="wp-block-list">
<li><a href="https://fathomaudio.net/episodes/158-elon-musk-hawthorne/">Ep. 158 &#8211; our 2022 parking-lot conversation</a></li>
<li><a href="https://fathomaudio.net/episodes/201-turbopumps-explained/">Ep. 201 &#8211; Turbopumps, explained</a></li>
</ul>
<p>Subscribe on <a href="#">Apple Podcasts</a>, <a href="#">Spotify</a> or wherever you listen. This episode is supported by our members &#8211; thank you.</p>
<div class="podscript-wrap" id="transcript">
<h2 class="wp-block-heading">Transcript</h2>
<p class="pst-note"><em>Transcripts are generated with PodScript and lightly edited. Click a timestamp to jump to that moment in the audio.</em></p>
<div class="podscript-transcript" data-post="4412" data-audio="https://media.thelongburn.fm/audio/ep212.mp3">
{tx}
</div>
<details class="pst-plain">
<summary>Plain-text transcript (for copy and paste)</summary>
<div class="pst-plain-body">
{plain}
</div>
</details>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://fathomaudio.net/episodes/211-grid-storage/" rel="prev">&larr; Ep. 211 &#8211; Grid storage is boring (and that&#8217;s good)</a></div><div class="nav-next"><a href="https://fathomaudio.net/episodes/213-shipyards/" rel="next">Ep. 213 &#8211; Shipyards &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">3 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Raptor, factories and moving too slowly&#8221;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1 parent" id="li-comment-9021">
<article id="comment-9021" class="ast-comment">
<div class="ast-comment-meta ast-row ast-comment-author vcard"><cite class="fn">Elon Musk Fan Club</cite> <span class="timendate"><time datetime="2024-11-04T09:13:00">November 4, 2024 at 9:13 am</time></span></div>
<section class="ast-comment-content comment"><p>Elon Musk: &#8220;Just yes.&#8221; Best moment of the episode, I laughed out loud on the train.</p></section>
</article>
<ol class="children">
<li class="comment byuser comment-author-dana bypostauthor odd alt depth-2" id="li-comment-9024">
<article id="comment-9024" class="ast-comment">
<div class="ast-comment-meta ast-row ast-comment-author vcard"><cite class="fn">Dana Reyes</cite> <span class="ast-highlight-text ast-cmt-post-author">Post author</span></div>
<section class="ast-comment-content comment"><p>Ha, it was a great moment to be in the room for too.</p></section>
</article>
</li>
</ol>
</li>
<li class="comment even thread-odd depth-1" id="li-comment-9030">
<article id="comment-9030" class="ast-comment">
<div class="ast-comment-meta ast-row ast-comment-author vcard"><cite class="fn">elon_musk_2071</cite></div>
<section class="ast-comment-content comment"><blockquote><p>Elon: The best part is no part.</p></blockquote><p>Been saying this at my job for years, nobody listens. Also the chapters list has 00:06:02 for Raptor but the transcript has no time there?</p></section>
</article>
</li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">You must be <a href="https://fathomaudio.net/wp-login.php">logged in</a> to post a comment.</p></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary">
<section class="widget widget_block"><h2>More from The Long Burn</h2><ul><li><a href="#">Ep. 211 &#8211; Grid storage is boring</a></li><li><a href="#">Ep. 210 &#8211; The welders of Starbase</a></li><li><a href="#">Ep. 209 &#8211; Inside a gigacasting press</a></li></ul></section>
<section class="widget widget_block"><h2>Across the network</h2><ul><li><a href="#">Tolerance Stack: Why bolts loosen</a></li><li><a href="#">Night Shift: The 3 a.m. maintenance crew</a></li></ul></section>
</div>
</div></div>
<footer class="site-footer" id="colophon" itemscope="itemscope" itemtype="https://schema.org/WPFooter">
<div class="ast-small-footer"><div class="ast-container">Copyright &copy; 2024 Fathom Audio Network LLC &middot; The Long Burn is a Fathom Audio show &middot; Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div>
</footer>
</div>
<script id="podscript-js-extra">var podscriptSettings = {{"seekParam":"t","highlight":true,"autoscroll":false}};</script>
<script src='https://fathomaudio.net/wp-content/plugins/podscript-transcripts/public/js/podscript.min.js?ver=2.3.1' id='podscript-js'></script>
</body>
</html>
"""
    others = ["Dana Reyes", "Dana"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
