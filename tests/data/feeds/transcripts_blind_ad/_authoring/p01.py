"""ad01: WordPress podcast episode page, Rev-style export, (mm:ss)/(h:mm:ss) links ?t=."""
from common import *

NAME = "ad01_launchwindow_wp"
SHOW = "The Launch Window"

H = "H"
T = [
    {"s": H, "p": ["Welcome back to The Launch Window. I&rsquo;m Marisol Trent. My guest today needs very little introduction, but I&rsquo;ll do one anyway: Elon Musk, who runs SpaceX, among a few other companies. Elon, thanks for making the time."]},
    {"s": E, "p": ["Happy to be here. Although I should warn you I have about an hour, and then I have to go look at a problem with a flap actuator, so let&rsquo;s make it count."]},
    {"s": H, "p": ["Deal. Let&rsquo;s start with the tower catch. The first time the arms closed on a booster, what was going through your head?"]},
    {"s": E, "p": ["Honestly, mostly relief. You run the simulations a thousand times, but the real world has a way of finding the one case you didn&rsquo;t model.",
                   "And there&rsquo;s a moment, maybe two seconds, where the booster is hovering and the arms are closing, and you just think, okay, either this is going to be amazing or it&rsquo;s going to be a very expensive fireball."]},
    {"s": H, "p": ["For listeners who missed our first conversation: as Elon told me back then, &ldquo;The best part is no part, and the best process is no process.&rdquo; So is catching the booster with the tower the ultimate version of that? No legs at all?"]},
    {"s": E, "p": ["Yes."]},
    {"s": H, "p": ["Just yes?"]},
    {"s": E, "p": ["Just yes. Okay, I&rsquo;ll elaborate. Legs are heavy, they have to survive the landing loads, and then you still need a crane to pick the rocket up and move it. If the tower catches it, the tower does the lifting, and the tower doesn&rsquo;t have to fly. Mass you don&rsquo;t fly is free."]},
    {"s": H, "p": ["Let&rsquo;s talk about the heat shield, because I know that&rsquo;s been the painful part."]},
    {"s": E, "p": ["The tiles are still the thing that keeps me up at night. It&rsquo;s not that any single tile is hard. It&rsquo;s that you need tens of thousands of them to all be perfect, every flight, with no refurbishment.",
                   "An airliner doesn&rsquo;t get its skin inspected tile by tile between flights, and a rocket that wants to be like an airliner can&rsquo;t either."]},
    {"s": H, "p": ["How many did you lose on the last flight?"]},
    {"s": E, "p": ["A handful. Fewer than before, and none in a place that mattered, which is the part people don&rsquo;t see on the stream. We put a few test tiles in deliberately bad spots just to learn."]},
    {"s": H, "at": 3702, "p": ["Before I lose you to the flap actuator &mdash; Mars. Where are we, realistically?"]},
    {"s": E, "p": ["I think we send uncrewed ships at the next good window, and if those land intact, people on the window after that. That&rsquo;s the plan. Plans are not promises, as I&rsquo;ve learned."]},
    {"s": H, "p": ["And if they don&rsquo;t land intact?"]},
    {"s": E, "p": ["Then we learn why and try again two years later. Orbital mechanics doesn&rsquo;t negotiate."]},
    {"s": H, "p": ["Last question, the one I ask everybody. One piece of advice for a young engineer."]},
    {"s": E, "p": ["Question the requirements, especially if they came from someone smart, because that&rsquo;s when you&rsquo;re least likely to question them. Then delete the part or the process step.",
                   "If you&rsquo;re not adding back at least ten percent of what you deleted, you didn&rsquo;t delete enough."]},
    {"s": H, "p": ["Elon Musk, thank you so much."]},
    {"s": E, "p": ["Thanks, Marisol. Good luck with the show."]},
]
assign_times(T, start=0.0, seed=11)

PAGE_URL = "https://launchwindowpod.com/episodes/212-catching-the-tower/"


def render_turns():
    out = []
    seen = set()
    for tr in T:
        s = tr["s"]
        if s == E:
            label = "Elon Musk" if E not in seen else "Elon"
        else:
            label = "Marisol Trent" if H not in seen else "Marisol"
        seen.add(s)
        t = int(tr["ts"][0])
        link = f'<a class="rev-ts" href="{PAGE_URL}?t={t}">({auto(t)})</a>'
        out.append(f'<p><strong>{label}:</strong> {link} {tr["p"][0]}</p>')
        for p in tr["p"][1:]:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212: Catching the Tower (with Elon Musk) &#8211; The Launch Window</title>
<meta name="description" content="Elon Musk joins Marisol Trent to talk tower catches, heat-shield tiles and the next Mars window.">
<link rel="canonical" href="{PAGE_URL}">
<link rel='stylesheet' id='astra-theme-css-css' href='https://launchwindowpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<link rel='stylesheet' id='powerpress-player-css' href='https://launchwindowpod.com/wp-content/plugins/powerpress/player.min.css?ver=11.2' media='all'>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Catching the Tower","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Launch Window"}},"description":"Elon Musk: the best part is no part."}}</script>
<style id='astra-theme-css-inline-css'>.rev-ts{{font-size:.85em;color:#6b7280;text-decoration:none}}.key-quotes{{background:#f4f1ea;padding:1em 1.4em;border-left:4px solid #d35400}}</style>
</head>
<body class="post-template-default single single-post postid-4471 single-format-audio ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-header-bar" id="masthead">
  <div class="site-branding"><span class="site-title"><a href="https://launchwindowpod.com/" rel="home">The Launch Window</a></span>
  <p class="site-description">Conversations at the edge of the atmosphere</p></div>
  <nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu ast-nav-menu">
      <li class="menu-item"><a href="https://launchwindowpod.com/">Home</a></li>
      <li class="menu-item current-menu-item"><a href="https://launchwindowpod.com/episodes/">Episodes</a></li>
      <li class="menu-item"><a href="https://launchwindowpod.com/transcripts/">Transcripts</a></li>
      <li class="menu-item"><a href="https://launchwindowpod.com/support/">Support the show</a></li>
      <li class="menu-item"><a href="https://launchwindowpod.com/about/">About</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4471 post type-post status-publish format-audio hentry category-episodes tag-spacex tag-starship" id="post-4471">
<header class="entry-header">
  <div class="ast-post-format- ast-no-thumb"><span class="cat-links"><a href="https://launchwindowpod.com/category/episodes/" rel="category tag">Episodes</a></span></div>
  <h1 class="entry-title" itemprop="headline">Ep. 212: Catching the Tower (with Elon Musk)</h1>
  <div class="entry-meta">Posted on <time class="entry-date published" datetime="2025-03-18T06:00:00-05:00">March 18, 2025</time> by <span class="author vcard"><a class="url fn n" href="https://launchwindowpod.com/author/marisol/">Marisol Trent</a></span> &middot; <a href="#comments">4 Comments</a></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_2231"><audio class="wp-audio-shortcode" id="audio-4471-1" preload="none" style="width:100%;" controls="controls"><source type="audio/mpeg" src="https://media.launchwindowpod.com/lw212.mp3?_=1"><a href="https://media.launchwindowpod.com/lw212.mp3">https://media.launchwindowpod.com/lw212.mp3</a></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.launchwindowpod.com/lw212.mp3" class="powerpress_link_pinw" target="_blank" rel="nofollow">Play in new window</a> | <a href="https://media.launchwindowpod.com/lw212.mp3" class="powerpress_link_d" rel="nofollow" download>Download</a> (Duration: 1:14:09 &mdash; 68.1MB)</p>
<p>This week Marisol sits down with Elon Musk, a few hours before a static fire, to talk about catching boosters out of the air, why heat-shield tiles are harder than they look, and what &ldquo;the next window&rdquo; really means for Mars.</p>
<h2 class="wp-block-heading">Show notes</h2>
<ul class="wp-block-list">
<li><a href="{PAGE_URL}?t={int(T[1]['ts'][0])}">({auto(T[1]['ts'][0])})</a> Elon Musk on the first tower catch</li>
<li><a href="{PAGE_URL}?t={int(T[4]['ts'][0])}">({auto(T[4]['ts'][0])})</a> &ldquo;The best part is no part&rdquo;</li>
<li><a href="{PAGE_URL}?t={int(T[8]['ts'][0])}">({auto(T[8]['ts'][0])})</a> Heat-shield tiles and rapid reuse</li>
<li><a href="{PAGE_URL}?t={int(T[12]['ts'][0])}">({auto(T[12]['ts'][0])})</a> Mars: the next window</li>
<li><a href="{PAGE_URL}?t={int(T[16]['ts'][0])}">({auto(T[16]['ts'][0])})</a> Advice for young engineers</li>
</ul>
<div class="wp-block-group key-quotes">
<h3 class="wp-block-heading">Key quotes</h3>
<ul>
<li><strong>Elon Musk:</strong> &ldquo;Orbital mechanics doesn&rsquo;t negotiate.&rdquo;</li>
<li><strong>Elon Musk:</strong> &ldquo;Mass you don&rsquo;t fly is free.&rdquo;</li>
<li><strong>Marisol Trent:</strong> &ldquo;Just yes?&rdquo;</li>
</ul>
</div>
<p>Sponsored by <a href="https://example-sponsor.test/launch" rel="sponsored nofollow">Orbitbox</a> &mdash; the star-tracker kit for your backyard telescope. Use code WINDOW for 15% off.</p>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was generated by a transcription service and lightly edited. Timestamps link to the audio. A stretch in the middle (sponsor reads and a listener Q&amp;A) has been omitted.</em></p>
<div class="wp-block-group transcript">
{render_turns()}
</div>
<p><em>Transcript ends.</em></p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button" href="{PAGE_URL}?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="{PAGE_URL}?share=facebook" target="_blank"><span>Facebook</span></a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://launchwindowpod.com/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://launchwindowpod.com/tag/starship/" rel="tag">Starship</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://launchwindowpod.com/episodes/211-reentry/" rel="prev">&larr; Ep. 211: Reentry Is a Materials Problem</a></div><div class="nav-next"><a href="https://launchwindowpod.com/episodes/213-ground-stations/" rel="next">Ep. 213: Who Owns the Ground Stations? &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 212: Catching the Tower (with Elon Musk)&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9812"><article id="comment-9812" class="ast-comment">
<div class="ast-comment-meta"><cite class="fn">ElonMusk_Fan_88</cite> <a href="#comment-9812"><time datetime="2025-03-18T09:12:44-05:00">March 18, 2025 at 9:12 am</time></a></div>
<section class="ast-comment-content comment"><p>Elon Musk: &ldquo;Orbital mechanics doesn&rsquo;t negotiate.&rdquo; Framing that and hanging it over my desk.</p></section>
<a rel="nofollow" class="comment-reply-link" href="#comment-9812">Reply</a></article>
<ol class="children">
<li class="comment odd alt depth-2" id="li-comment-9815"><article id="comment-9815" class="ast-comment">
<div class="ast-comment-meta"><cite class="fn">Elon M.</cite> <a href="#comment-9815"><time datetime="2025-03-18T10:02:10-05:00">March 18, 2025 at 10:02 am</time></a></div>
<section class="ast-comment-content comment"><p>Not that Elon, I promise. But as an Elon I appreciated the &ldquo;Just yes?&rdquo; bit at {mmss(T[6]["ts"][0])}. Question the requirements, indeed.</p></section>
</article></li>
</ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-9830"><article id="comment-9830" class="ast-comment">
<div class="ast-comment-meta"><cite class="fn">tilecounter</cite> <a href="#comment-9830"><time datetime="2025-03-19T07:40:02-05:00">March 19, 2025 at 7:40 am</time></a></div>
<section class="ast-comment-content comment"><p>&gt; Elon: A handful. Fewer than before<br>A handful is doing a lot of work in that sentence. Great interview though.</p></section>
</article></li>
<li class="comment odd alt thread-even depth-1" id="li-comment-9841"><article id="comment-9841" class="ast-comment">
<div class="ast-comment-meta"><cite class="fn">Marisol Trent</cite> <span class="ast-highlight-text">Post author</span> <a href="#comment-9841"><time datetime="2025-03-19T12:15:31-05:00">March 19, 2025 at 12:15 pm</time></a></div>
<section class="ast-comment-content comment"><p>Thanks all! The skipped Q&amp;A section will go out as a bonus episode for supporters.</p></section>
</article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://launchwindowpod.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://launchwindowpod.com/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><ul><li><a href="https://launchwindowpod.com/episodes/213-ground-stations/">Ep. 213: Who Owns the Ground Stations?</a></li><li><a href="https://launchwindowpod.com/episodes/211-reentry/">Ep. 211: Reentry Is a Materials Problem</a></li><li><a href="https://launchwindowpod.com/episodes/210-cubesats/">Ep. 210: Cubesats on a Budget</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">Copyright &copy; 2025 The Launch Window &middot; Powered by <a href="https://wordpress.org/">WordPress</a></div></div></footer>
</div>
<script src="https://launchwindowpod.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script src="https://launchwindowpod.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://launchwindowpod.com/wp-includes/js/comment-reply.min.js?ver=6.5.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""
    fmt = ("WordPress post with a Rev-style transcript: each turn is a <p> starting with a bold 'Name:' label "
           "('Elon Musk' first, then 'Elon') and a ?t=SECONDS link showing (mm:ss) or, past an hour, (h:mm:ss); "
           "unlabelled following <p>s continue the turn.")
    exp = expected(fmt, SHOW, gold(T), ["Marisol Trent", "Marisol"])
    write(NAME, html, exp)
    return NAME, exp
