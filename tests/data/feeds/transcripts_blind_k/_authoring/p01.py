"""k01 - WordPress podcast episode page, 'Name (hh:mm:ss): text' inline labels."""
from common import *

NAME = "k01_longburn_wordpress"
SHOW = "The Long Burn"

LABEL = {"E": ("Elon Musk", "Elon"), "D": ("Dana Whitfield", "Dana")}

TURNS = [
    T("D", tsec(0, 0, 4), "Welcome back to The Long Burn. I’m Dana Whitfield, and today’s guest needs very little introduction. He runs a rocket company, a car company and, depending on the week, several other things. Elon, thanks for making the time.",
      "We recorded this one in a conference room next to a production line, so if you hear a forklift, that’s real."),
    T("E", tsec(0, 0, 31), "Happy to be here. Sorry about the forklifts."),
    T("D", tsec(0, 0, 35), "Last time we spoke, off mic, you said something that stuck with me. As Elon told me back then, “the factory is the product, the car is almost a side effect.” Do you still believe that?"),
    T("E", tsec(0, 0, 52), "Yeah, I think so, maybe even more now. People tend to look at the thing that comes out of the end of the line, and they don’t look at the machine that builds the machine. But the machine is much harder. It’s maybe ten, a hundred times harder than the product itself.",
      "If you look at where the cost actually goes in a vehicle, a huge amount of it is in how many times you touch the part, how far it travels inside the building, how long it sits around waiting. None of that shows up in a spec sheet."),
    T("D", tsec(0, 2, 11), "Right."),
    T("E", tsec(0, 2, 12), "And that’s the part that’s hard to copy. You can buy a car and take it apart in a week. You can’t buy a factory and take it apart."),
    T("D", tsec(0, 2, 30), "Let’s talk about failure, because your companies fail in public more than almost anyone’s. When a test vehicle comes apart on a livestream, what happens in the room?"),
    T("E", tsec(0, 2, 49), "Honestly, the first reaction is usually to look at the data. If you’ve designed the test correctly, the failure is information. The bad outcome is a failure where you don’t learn anything, or where you learn the same thing twice.",
      "We try to be pretty explicit that some tests are supposed to push past the edge. If nothing ever breaks, you’re not being ambitious enough with the test plan. You’re leaving schedule on the table.",
      "Now, that’s different from a failure on a crewed flight or a customer car. There you have to be extremely paranoid. So it’s two different mindsets, and you have to know which one you’re in."),
    T("D", tsec(0, 4, 40), "How do you keep people from getting those two mindsets mixed up?"),
    T("E", tsec(0, 4, 46), "Mostly by being very clear about which hardware is a test article. We literally paint things differently sometimes."),
    T("D", tsec(1, 1, 40), "We’re coming up on time, so the question I ask everyone: what’s the most common mistake you see smart engineers make?"),
    T("E", tsec(1, 1, 52), "The most common one is optimizing something that shouldn’t exist. A very smart person will spend months making a part cheaper and lighter, and the right answer was to delete the part.",
      "So the first step is always to question the requirement, and the requirement should have a name attached to it, not a department. Departments can’t be questioned. People can."),
    T("D", tsec(1, 2, 40), "Elon, thank you. This was great."),
    T("E", tsec(1, 2, 43), "Thanks, Dana. This was fun."),
]

CHAPTERS = [
    (tsec(0, 0, 31), "Introductions and forklifts"),
    (tsec(0, 0, 52), "Elon Musk: “The machine that builds the machine”"),
    (tsec(0, 2, 49), "Failing in public, on purpose"),
    (tsec(1, 1, 40), "Lightning round"),
    (tsec(1, 1, 52), "Elon Musk: Delete the part"),
]


def render_transcript():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LABEL[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        first, rest = t["paras"][0], t["paras"][1:]
        out.append('<p class="transcript-line"><strong>%s (%s):</strong> %s</p>' % (esc(lab), hms(t["t"]), esc(first)))
        for p in rest:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


def build():
    chapters = "\n".join('<li><a href="#player" data-seek="%d">%s</a> %s</li>' % (s, hms(s), esc(txt)) for s, txt in CHAPTERS)
    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Ep. 87: Elon Musk on the Machine That Builds the Machine &#8211; The Long Burn</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="The Long Burn &raquo; Feed" href="https://thelongburn.fm/feed/">
<meta property="og:title" content="Ep. 87: Elon Musk on the Machine That Builds the Machine">
<meta property="og:description" content="Elon Musk: “The factory is the product.” Dana sits down with Elon next to a production line.">
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all'>
<link rel='stylesheet' id='longburn-style-css' href='https://thelongburn.fm/wp-content/themes/longburn/style.css?ver=2.3.1' media='all'>
<link rel='stylesheet' id='powerpress_subscribe_widget_modern-css' href='https://thelongburn.fm/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.0.4' media='all'>
<style id='wp-emoji-styles-inline-css'>
img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; }
.transcript-line strong { color: #b5371c; }
</style>
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://thelongburn.fm/wp-json/">
<link rel="canonical" href="https://thelongburn.fm/episodes/87-elon-musk-machine-that-builds-the-machine/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 87: Elon Musk on the Machine That Builds the Machine","partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"},"episodeNumber":87,"duration":"PT1H3M10S"}</script>
</head>
<body class="post-template-default single single-post postid-2231 single-format-audio wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding">
    <p class="site-title"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a></p>
    <p class="site-description">Long conversations about hard engineering</p>
  </div>
  <nav id="site-navigation" class="main-navigation">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <div class="menu-main-container"><ul id="primary-menu" class="menu">
      <li id="menu-item-12" class="menu-item"><a href="https://thelongburn.fm/">Home</a></li>
      <li id="menu-item-13" class="menu-item current-menu-parent"><a href="https://thelongburn.fm/episodes/">Episodes</a></li>
      <li id="menu-item-14" class="menu-item"><a href="https://thelongburn.fm/about/">About</a></li>
      <li id="menu-item-15" class="menu-item"><a href="https://thelongburn.fm/support/">Support the show</a></li>
    </ul></div>
  </nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-audio hentry category-episodes tag-manufacturing tag-spacex tag-tesla">
  <header class="entry-header">
    <h1 class="entry-title">Ep. 87: Elon Musk on the Machine That Builds the Machine</h1>
    <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-03-14T06:00:00-07:00">March 14, 2024</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="https://thelongburn.fm/author/dana/">Dana Whitfield</a></span></span></div>
  </header>
  <div class="entry-content">
    <div class="powerpress_player" id="player"><audio class="wp-audio-shortcode" preload="none" style="width: 100%%;" controls="controls"><source type="audio/mpeg" src="https://media.thelongburn.fm/episodes/lb087.mp3?_=1"></audio></div>
    <p class="powerpress_links">Podcast: <a href="https://media.thelongburn.fm/episodes/lb087.mp3" class="powerpress_link_pinw" rel="nofollow">Play in new window</a> | <a href="https://media.thelongburn.fm/episodes/lb087.mp3" class="powerpress_link_d" rel="nofollow" download="lb087.mp3">Download</a> (Duration: 1:03:10 &mdash; 58.1MB)</p>
    <p>Dana sits down with Elon Musk in a conference room a few metres from a vehicle production line to talk about why factories are harder than products, how to fail on purpose, and the mistake he sees smart engineers make over and over.</p>
    <h2 class="wp-block-heading">Chapters</h2>
    <ul class="wp-block-list chapters">
%s
    </ul>
    <figure class="wp-block-pullquote"><blockquote><p>You can buy a car and take it apart in a week. You can’t buy a factory and take it apart.</p><cite>Elon Musk</cite></blockquote></figure>
    <h2 class="wp-block-heading">Links</h2>
    <ul class="wp-block-list">
      <li><a href="https://thelongburn.fm/episodes/61-gigacasting/">Ep. 61: The giant casting machine, explained</a></li>
      <li><a href="https://thelongburn.fm/episodes/74-test-stands/">Ep. 74: A day on the test stand</a></li>
    </ul>
    <p><em>This episode is supported by listeners like you. <a href="https://thelongburn.fm/support/">Become a supporter</a> and get ad-free episodes.</em></p>
    <hr class="wp-block-separator has-alpha-channel-opacity">
    <h2 class="wp-block-heading" id="transcript">Transcript</h2>
    <p class="has-small-font-size"><em>Transcripts are generated by machine and lightly edited by a human. Please check the audio before quoting.</em></p>
    <div class="wp-block-group transcript"><div class="wp-block-group__inner-container">
%s
    </div></div>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://thelongburn.fm/category/episodes/" rel="category tag">Episodes</a></span><span class="tags-links">Tagged <a href="https://thelongburn.fm/tag/manufacturing/" rel="tag">manufacturing</a>, <a href="https://thelongburn.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://thelongburn.fm/tag/tesla/" rel="tag">Tesla</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://thelongburn.fm/episodes/86-bridge-inspection-drones/" rel="prev">Ep. 86: Inspecting bridges with drones</a></div><div class="nav-next"><a href="https://thelongburn.fm/episodes/88-heat-pumps/" rel="next">Ep. 88: Heat pumps in cold places</a></div></div></nav>
<div id="comments" class="comments-area">
  <h2 class="comments-title">4 thoughts on &ldquo;Ep. 87: Elon Musk on the Machine That Builds the Machine&rdquo;</h2>
  <ol class="comment-list">
    <li id="comment-5512" class="comment even thread-even depth-1 parent">
      <article id="div-comment-5512" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/9a1?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32'><b class="fn">Elon Musk Fan Club</b> <span class="says">says:</span></div>
        <div class="comment-metadata"><a href="#comment-5512"><time datetime="2024-03-14T09:12:44-07:00">March 14, 2024 at 9:12 am</time></a></div></footer>
        <div class="comment-content"><p>Best episode in a while. Elon Musk: “the factory is the product” should be printed on every engineering school wall.</p></div>
        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-5512">Reply</a></div>
      </article>
      <ol class="children">
        <li id="comment-5519" class="comment odd alt depth-2">
          <article id="div-comment-5519" class="comment-body">
            <footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/2cf?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32'><b class="fn">Marty K.</b> <span class="says">says:</span></div>
            <div class="comment-metadata"><a href="#comment-5519"><time datetime="2024-03-14T11:40:02-07:00">March 14, 2024 at 11:40 am</time></a></div></footer>
            <div class="comment-content"><p>Agreed, but my favourite bit was near the end:</p><blockquote><p>Elon (01:01:52): The most common one is optimizing something that shouldn’t exist.</p></blockquote><p>Going to quote that at our next design review.</p></div>
          </article>
        </li>
      </ol>
    </li>
    <li id="comment-5530" class="comment even thread-odd depth-1">
      <article id="div-comment-5530" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/77d?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32'><b class="fn">elon_musk_real_not_fake</b> <span class="says">says:</span></div>
        <div class="comment-metadata"><a href="#comment-5530"><time datetime="2024-03-15T02:03:10-07:00">March 15, 2024 at 2:03 am</time></a></div></footer>
        <div class="comment-content"><p>Thanks for having me, Dana. Send me the forklift sound effects.</p></div>
      </article>
    </li>
    <li id="comment-5544" class="comment odd alt thread-even depth-1">
      <article id="div-comment-5544" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Priyanka D</b> <span class="says">says:</span></div>
        <div class="comment-metadata"><a href="#comment-5544"><time datetime="2024-03-16T18:22:31-07:00">March 16, 2024 at 6:22 pm</time></a></div></footer>
        <div class="comment-content"><p>The transcript has a typo at 00:04:46, I think he said “paint them” not “paint things”. Great show either way.</p></div>
      </article>
    </li>
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
  <section id="powerpress_subscribe-2" class="widget widget_powerpress_subscribe"><h2 class="widget-title">Subscribe</h2><ul><li><a href="https://thelongburn.fm/feed/podcast/">RSS</a></li><li><a href="#">Apple Podcasts</a></li><li><a href="#">Spotify</a></li></ul></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="https://thelongburn.fm/episodes/88-heat-pumps/">Ep. 88: Heat pumps in cold places</a></li><li><a href="https://thelongburn.fm/episodes/86-bridge-inspection-drones/">Ep. 86: Inspecting bridges with drones</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 The Long Burn. Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></footer>
</div>
<script id="longburn-chapters-js">
document.querySelectorAll('[data-seek]').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();var au=document.querySelector('#player audio');au.currentTime=+a.dataset.seek;au.play();});});
</script>
<script src="https://thelongburn.fm/wp-content/themes/longburn/js/navigation.js?ver=2.3.1" id="longburn-navigation-js"></script>
<script src="https://thelongburn.fm/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
""" % (chapters, render_transcript())
    others = ["Dana Whitfield", "Dana"]
    return write(NAME, page,
                 "WordPress post; each turn opens with a bold inline label 'Name (hh:mm:ss):' followed by the text, continuation paragraphs unlabelled; 'Elon Musk' first then 'Elon'; times hh:mm:ss up to 01:02:43.",
                 SHOW, gold_turns(TURNS), others)
