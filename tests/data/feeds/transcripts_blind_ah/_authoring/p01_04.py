from common import *

# ---------------------------------------------------------------- ah01 WordPress
def ah01():
    D, El = 'Dana Whitcombe', 'E'
    turns = [
        T(D, 'D', 4, "Welcome back to The Orbital Mechanics Hour. I'm Dana Whitcombe. My guest today needs very little introduction, and he has warned me that he has exactly fifty minutes, so let's move fast. Elon, thanks for making the time."),
        T('Elon Musk', El, 13, "Happy to be here. Fifty minutes is actually generous by my calendar's standards."),
        T(D, 'D', 19, "Let's start with the obvious one. Why does Starship have to be fully reusable? Why not just build a very large expendable rocket and be done with it?"),
        T('Elon Musk', El, 28, "Because an expendable rocket is like flying a 747 across the Atlantic and then scrapping it on the runway. Nobody would fly if airlines worked that way.",
          "The economics of getting to Mars hinge on rapid and complete reuse. If you can't refuel the ship and fly it again within hours, the cost per ton to orbit stays roughly where it is today, and that is far too expensive to build a city."),
        T(D, 'D', 74, "Right."),
        T('Elon Musk', El, 75, "And that's the part people underestimate. Building one rocket is hard. Building a rocket you can catch, inspect in an afternoon and launch again is a completely different category of problem."),
        T(D, 'D', 97, "A year ago you said something to me that stuck. As Elon told me back then, &ldquo;the best part is no part, and the best process is no process.&rdquo; Do you still live by that?"),
        T('Elon', El, 111, "Yes."),
        T(D, 'D', 113, "Even on the heat shield?"),
        T('Elon', El, 115, "Especially on the heat shield. Every tile we can delete is a tile that can't crack or fall off during reentry. We've removed a few thousand of them already and the vehicle is better for it."),
        T(D, 'D', 862, "Let's talk about the flight schedule. Listeners want dates, and I know you hate giving them."),
        T('Elon', El, 871, "I don't hate giving them, I just tend to be optimistic about them. That's different.",
          "Realistically, if the next two flights go well, we could be catching ships on the tower before the end of next year. If they don't go well, we learn a lot and it takes longer."),
        T(D, 'D', 1640, "Last question, and it's the one our listeners sent in most. What would you tell a nineteen-year-old who wants to work on rockets?"),
        T('Elon', El, 1651, "Learn the physics properly, then go build something real with your hands. A small engine that works teaches you more than a beautiful slide deck about a big one."),
        T(D, 'D', 1690, "Elon Musk, thank you."),
        T('Elon', El, 1693, "Thanks, Dana. This was fun."),
    ]
    body = []
    for t in turns:
        first = '<p><strong>%s (%s)</strong> %s</p>' % (t.label, hms(t.t), t.paras[0])
        body.append(first)
        for p in t.paras[1:]:
            body.append('<p>%s</p>' % p)
    tr = '\n'.join(body)
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &ndash; Elon Musk on Starship, Reuse and Deleting Parts &ndash; The Orbital Mechanics Hour</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="astra-theme-css-css" href="https://orbitalmechanicshour.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="powerpress-player-css" href="https://orbitalmechanicshour.com/wp-content/plugins/powerpress/player.min.css?ver=6.5.2" media="all">
<meta property="og:title" content="Elon Musk: Starship, reuse and deleting parts">
<meta property="og:description" content="Elon Musk: the best part is no part.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on Starship","episodeNumber":212}}</script>
</head>
<body class="post-template-default single single-post postid-4471 single-format-audio ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
 <div class="ast-container"><div class="site-branding"><p class="site-title"><a href="https://orbitalmechanicshour.com/">The Orbital Mechanics Hour</a></p><p class="site-description">Rockets, orbits and the people who fling things into them</p></div>
 <nav id="primary-site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="/episodes/">Episodes</a></li><li class="menu-item"><a href="/transcripts/">Transcripts</a></li><li class="menu-item"><a href="/about/">About Dana</a></li><li class="menu-item"><a href="/support/">Support the show</a></li></ul></nav></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish format-audio category-episodes tag-spacex tag-starship">
<header class="entry-header"><div class="ast-single-post-order"><h1 class="entry-title">Ep. 212 &ndash; Elon Musk on Starship, Reuse and Deleting Parts</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-18T06:00:00+00:00">March 18, 2025</time></span> / <span class="author vcard">Dana Whitcombe</span> / <span class="cat-links"><a href="/category/episodes/">Episodes</a></span></div></div></header>
<div class="entry-content clear">
<div class="powerpress_player" id="powerpress_player_8812"><audio class="wp-audio-shortcode" preload="none" controls src="https://media.orbitalmechanicshour.com/omh-212.mp3"></audio></div>
<p class="powerpress_links">Podcast: <a href="https://media.orbitalmechanicshour.com/omh-212.mp3" class="powerpress_link_pinw">Play in new window</a> | <a href="https://media.orbitalmechanicshour.com/omh-212.mp3" download>Download</a> (Duration: 28:31 &mdash; 39.2MB)</p>
<p>Elon Musk joins Dana for a fast fifty minutes (well, twenty-eight of them made the edit) on why Starship only works if it is fully and rapidly reusable, why he keeps deleting heat-shield tiles, and when we might actually see ships caught by the tower.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list">
<li>00:00:04 &mdash; Intro</li>
<li>00:00:28 &mdash; Elon Musk: why reusability is the whole game</li>
<li>00:01:55 &mdash; &ldquo;The best part is no part&rdquo; and the heat shield</li>
<li>00:14:22 &mdash; Dates, and why Elon Musk hates giving them</li>
<li>00:27:20 &mdash; Advice for a nineteen-year-old</li>
</ul>
<div class="wp-block-group key-quote"><p class="has-large-font-size"><em>Key quote &mdash; Elon Musk: &ldquo;Every tile we can delete is a tile that can't crack or fall off.&rdquo;</em></p></div>
<p>This episode is brought to you by listeners on Patreon. Thank you!</p>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>This transcript was produced with a mix of software and a tired human. Timestamps are hours:minutes:seconds from the start of the audio.</em></p>
<div class="transcript">
{tr}
</div>
<p><em>Music: &ldquo;Delta-V&rdquo; by Kessler Syndrome Quartet, used with permission.</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/spacex/">SpaceX</a>, <a href="/tag/starship/">Starship</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/ep-211-tory-grant/">&larr; Ep. 211 &ndash; The economics of small launchers</a></div><div class="nav-next"><a href="/ep-213-lunar-dust/">Ep. 213 &ndash; Lunar dust is out to get you &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 212 &ndash; Elon Musk on Starship, Reuse and Deleting Parts&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment" id="comment-9011"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Elon Musk Fan Club</cite> <time datetime="2025-03-18T09:12:44+00:00">March 18, 2025 at 9:12 am</time></div>
<div class="comment-content"><p>Elon Musk: &ldquo;Every tile we can delete is a tile that can't crack.&rdquo; Best line of the whole episode.</p></div></article>
<ol class="children"><li class="comment byuser bypostauthor" id="comment-9013"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Dana Whitcombe</cite> <time datetime="2025-03-18T11:40:00+00:00">March 18, 2025 at 11:40 am</time></div><div class="comment-content"><p>Thanks for listening!</p></div></article></li></ol></li>
<li class="comment" id="comment-9020"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">elon_musk_2050</cite> <time datetime="2025-03-19T02:03:10+00:00">March 19, 2025 at 2:03 am</time></div>
<div class="comment-content"><p>Yes. Fifty minutes is generous. I laughed out loud at that.</p></div></article></li>
<li class="comment" id="comment-9031"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Maren K.</cite> <time datetime="2025-03-20T17:22:51+00:00">March 20, 2025 at 5:22 pm</time></div>
<div class="comment-content"><p>Could you ask about propellant transfer next time? It was skipped entirely.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><aside class="widget widget_search"><form role="search" class="search-form" action="/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="/ep-213-lunar-dust/">Ep. 213 &ndash; Lunar dust is out to get you</a></li><li><a href="/ep-211-tory-grant/">Ep. 211 &ndash; The economics of small launchers</a></li></ul></aside></div>
</div></div>
<footer class="site-footer"><div class="ast-small-footer"><p>Copyright &copy; 2025 The Orbital Mechanics Hour | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
<script src="https://orbitalmechanicshour.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script>window.omhQuotes=["Elon Musk: Fifty minutes is generous"];</script>
</body>
</html>
'''
    return write('ah01_orbitcast', page, 'The Orbital Mechanics Hour',
                 'WordPress post: each turn opens with a bold "Name (hh:mm:ss)" label inline before the text, continuation paragraphs unlabelled; label "Elon Musk" early, then "Elon".', turns)

# ---------------------------------------------------------------- ah02 Squarespace
def ah02():
    P, O = 'Priya Raman', 'Tom Okafor'
    turns = [
        T(P, 'P', 0, "Welcome to Gridlines, the show about the wires, the batteries and the people fighting over both. I'm Priya Raman."),
        T(O, 'O', 6, "And I'm Tom Okafor. Today's a bit unusual, because about an hour in we have a guest who doesn't normally do energy-policy podcasts."),
        T(P, 'P', 15, "We'll get there. First, the interconnection queue, which is now longer than the line at the DMV on the last day of the month."),
        T(O, 'O', 24, "Over two thousand gigawatts waiting, most of it solar and storage. The grid operators are drowning in studies."),
        T(P, 'P', 2930, "Before he joins us, let's play the clip that started this whole conversation. This is from a shareholder event a few years ago."),
        T('Elon Musk (archive clip)', 'E', 2950, "The grid is going to need roughly three times the electricity it delivers today, and most of the time the power plants are sitting idle. Stationary storage lets you run them flat out and buffer the peaks."),
        T(O, 'O', 2981, "So, Priya, three times. Is that number crazy?"),
        T(P, 'P', 2986, "It's aggressive, but it's not crazy if you electrify heating and transport. The utilities I talk to say two to two and a half."),
        T(O, 'O', 3390, "Alright, he's on the line now. Elon Musk, welcome to Gridlines."),
        T('Elon Musk', 'E', 3396, "Thanks for having me. I've actually listened to a couple of episodes, which I suspect surprises you."),
        T(P, 'P', 3403, "It does. Let's start with that clip. Do you still think three times is the right number?"),
        T('Musk', 'E', 3409, "Roughly, yes. Maybe a bit more, because of AI data centers, which nobody was modelling back then.",
          "The thing that limits it isn't really generation anymore. It's transformers. Literally the big transformers in substations. There's a multi-year wait for them."),
        T(O, 'O', 3460, "Transformers as in the hardware."),
        T('Musk', 'E', 3463, "Yes. Not the neural network kind, although those are also in short supply."),
        T(P, 'P', 3538, "What should a utility regulator listening to this do on Monday morning?"),
        T('Musk', 'E', 3547, "Approve storage interconnection faster. The queue is absurd. A battery doesn't need the same review as a gas plant, but it often gets exactly the same one."),
        T(O, 'O', 3604, "Priya is nodding very aggressively."),
        T(P, 'P', 3607, "I am. Okay, last question. What's the most underrated thing about the grid?"),
        T('Musk', 'E', 3722, "I think the grid is the most underrated machine humans have built. It mostly works, nobody thanks it, and it's about to have to double in size."),
        T(O, 'O', 3741, "Elon Musk, thank you."),
        T('Musk', 'E', 3744, "Thank you."),
        T(P, 'P', 3750, "That's the show. Gridlines is produced by Halyard Audio."),
    ]
    out = []
    for t in turns:
        out.append('<p class="" style="white-space:pre-wrap;">[%s] %s: %s</p>' % (short(t.t), t.label, E(t.paras[0], quote=False)))
        for p in t.paras[1:]:
            out.append('<p class="" style="white-space:pre-wrap;">%s</p>' % E(p, quote=False))
        if t.t == 24:
            out.append('<p class="" style="white-space:pre-wrap;"><em>[Portion of the episode on FERC Order 2023 omitted from this transcript; see the audio.]</em></p>')
    tr = '\n'.join(out)
    page = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep. 88: Megapacks, the grid and a surprise guest &mdash; Gridlines</title>
<link rel="canonical" href="https://www.gridlinespod.com/episodes/88-megapacks-grid-surprise-guest"/>
<meta property="og:site_name" content="Gridlines"/>
<meta property="og:title" content="Ep. 88: Megapacks, the grid and a surprise guest"/>
<meta name="description" content="Elon Musk joins Priya and Tom to talk transformers, storage queues and why the grid has to double." />
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteSettings":{{"siteTitle":"Gridlines"}},"collectionId":"64f1a","itemId":"88"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1a/42/5c5a519771/site.css" rel="stylesheet" type="text/css" />
</head>
<body id="item-88" class="header-overlay-alignment-center tweak-social-icons-style-regular view-item collection-type-blog blog-item-type-episode">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Gridlines</a></div></div>
<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/sponsor">Sponsor</a></div></nav></div>
</div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="64f1a88">
<section class="page-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">Ep. 88: Megapacks, the grid and a surprise guest</h1>
<div class="blog-meta-section"><span class="blog-meta-primary"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-05-06">May 6, 2025</time></span></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-88-layout">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/64f1a/t/gridlines-088.mp3" data-title="Ep. 88" data-author="Gridlines" data-duration-in-ms="3771000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>In this episode</h3>
<p class="" style="white-space:pre-wrap;">The interconnection queue passes two terawatts, Priya and Tom argue about whether the grid really needs to triple, and then a surprise: Elon Musk calls in to talk transformers (the hardware), storage permitting and why the grid is the most underrated machine ever built.</p>
<h3>Timestamps</h3>
<p class="" style="white-space:pre-wrap;">00:24 The queue, again<br>48:50 Clip: Elon Musk on tripling the grid<br>56:30 Elon Musk joins<br>1:02:02 &ldquo;The most underrated machine&rdquo;</p>
<p class="" style="white-space:pre-wrap;"><strong>Guest:</strong> Elon Musk, CEO of Tesla</p>
</div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>Transcript</h3>
<p class="" style="white-space:pre-wrap;"><em>Auto-generated and lightly corrected. Timestamps are [minutes:seconds], or [hours:minutes:seconds] after the first hour.</em></p>
{tr}
</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get Gridlines in your inbox</h2><form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">Sign Up</button></form></div></div></div>
</div></div></div>
<div class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/episodes/87-heat-pumps"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ep. 87: Heat pumps in Minnesota</h2></a><a class="item-pagination-link item-pagination-link--next" href="/episodes/89-transmission"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Ep. 89: Who pays for transmission?</h2></a></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p class="" style="white-space:pre-wrap;">Gridlines is a Halyard Audio production. &copy; 2025</p><p><a href="https://instagram.com/gridlinespod">Instagram</a> &middot; <a href="/rss">RSS</a></p></div></section></footer>
</div>
<script type="text/javascript" src="https://static1.squarespace.com/static/vta/5c5a519771/scripts/site-bundle.js"></script>
</body>
</html>
'''
    return write('ah02_gridlines', page, 'Gridlines',
                 'Squarespace blog item: one paragraph per turn as "[m:ss] Name: text" (switching to [h:mm:ss] after the first hour), unlabelled continuation paragraphs; archive clip labelled "Elon Musk (archive clip)", then "Elon Musk", then "Musk".', turns)

# ---------------------------------------------------------------- ah03 transcription share page (table)
def ah03():
    A, K = 'Ana Ruiz', 'Kimbal Musk'
    turns = [
        T(A, 'A', None, (3.12, "Good afternoon, everyone. We have two brothers on stage who have been arguing about food and rockets since the nineteen-eighties."), (9.87, "Kimbal, Elon, welcome.")),
        T(K, 'K', None, (12.40, "Thanks, Ana. For the record, I usually win the food arguments.")),
        T('Elon Musk', 'E', None, (16.05, "That's true. I don't really contest the food arguments.")),
        T(A, 'A', None, (20.60, "Kimbal, let's start with you. Why vertical farming?")),
        T(K, 'K', None, (23.91, "Because the average tomato in this country travels further than most people do on vacation."), (41.22, "And it tastes like cardboard by the time it gets to you.")),
        T(A, 'A', None, (47.70, "Elon, does any of this come up at SpaceX?")),
        T('Elon Musk', 'E', None, (50.33, "More than you'd think. If you want people living on Mars, you need to grow food in a sealed box under artificial light."),
          (61.90, "So in a weird way Kimbal's been working on the Mars food problem for twenty years. He just didn't call it that."), (69.455, "He calls it lunch.")),
        T(K, 'K', None, (72.10, "I call it a business model."), (75.02, "Honestly, he was a terrible roommate. Elon said to me, I think in 1995, &ldquo;We don't need a kitchen, we have a microwave.&rdquo;")),
        T('Elon Musk', 'E', None, (96.77, "We didn't need a kitchen. I stand by that.")),
        T(A, 'A', None, (100.20, "Was the microwave at least clean?")),
        T('Elon Musk', 'E', None, (102.50, "No.")),
        T(A, 'A', None, (104.08, "Let's go to audience questions. Yes, in the front.")),
        T('Audience Member', 'Q', None, (109.64, "Question for both of you. Who cooks at family dinners now?")),
        T(K, 'K', None, (118.30, "Me. Always me.")),
        T('Elon Musk', 'E', None, (120.06, "He does. I do the dishes, which I think is the more important job from an engineering standpoint."), (127.80, "Dishes are a throughput problem.")),
        T(A, 'A', None, (131.40, "On that note, thank you both.")),
    ]
    rows = []
    colors = {'A': 'c1', 'K': 'c2', 'E': 'c3', 'Q': 'c4'}
    for t in turns:
        for i, (tm, tx) in enumerate(t.paras):
            spk = '<span class="chip %s">%s</span>' % (colors[t.key], t.label) if i == 0 else ''
            rows.append('<tr class="seg" data-start="%.3f"><td class="ts"><a href="#t=%.3f">%s</a></td><td class="spk">%s</td><td class="txt">%s</td></tr>' % (tm, tm, hms_ms(tm), spk, tx))
    tr = '\n'.join(rows)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kitchen Table Summit &ndash; Fireside with Kimbal &amp; Elon Musk | Shared transcript &middot; Scribewave</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://cdn.scribewave.example/app/share.4f1c2.css">
<style>.chip{{border-radius:10px;padding:1px 8px;font-weight:600}}.c1{{background:#e0f2fe}}.c2{{background:#fef3c7}}.c3{{background:#ede9fe}}.c4{{background:#dcfce7}}td.ts a{{font-family:monospace;color:#64748b}}</style>
<script>window.__SW_SHARE__={{"id":"shr_8QmX2","speakers":["Ana Ruiz","Kimbal Musk","Elon Musk","Audience Member"],"lang":"en"}};</script>
</head>
<body class="share-view">
<div id="app">
<header class="sw-top"><a class="sw-logo" href="https://scribewave.example/">Scribewave</a><span class="sw-tag">Shared transcript</span><a class="btn btn-primary" href="https://scribewave.example/signup?ref=share">Try Scribewave free</a></header>
<main class="sw-main">
<section class="file-head">
<h1>Kitchen Table Summit &ndash; Fireside: Kimbal &amp; Elon Musk</h1>
<p class="meta">Shared by <b>ktsummit-media</b> &middot; Recorded Oct 4, 2025 &middot; Duration 00:02:14 &middot; English (US)</p>
<div class="player"><audio controls preload="metadata" src="https://media.scribewave.example/shr_8QmX2/audio.m4a"></audio></div>
</section>
<aside class="sw-summary">
<h2>AI summary</h2>
<ul>
<li>Kimbal Musk: vertical farming shortens food supply chains; tomatoes travel too far.</li>
<li>Elon Musk: growing food in sealed boxes is essentially the Mars food problem.</li>
<li>Both brothers joke about their 1990s apartment and who cooks now.</li>
</ul>
<p class="small">Summaries are generated automatically and may contain mistakes.</p>
</aside>
<section class="speakers-bar"><h2>Speakers</h2>
<ul><li><span class="chip c1">Ana Ruiz</span> 19%</li><li><span class="chip c2">Kimbal Musk</span> 34%</li><li><span class="chip c3">Elon Musk</span> 40%</li><li><span class="chip c4">Audience Member</span> 7%</li></ul></section>
<section class="transcript">
<h2>Transcript</h2>
<table class="segments">
<thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{tr}
</tbody>
</table>
</section>
<section class="export"><h2>Export</h2><p><a href="#">TXT</a> &middot; <a href="#">DOCX</a> &middot; <a href="#">SRT</a> &middot; <a href="#">VTT</a></p></section>
</main>
<footer class="sw-foot"><p>&copy; 2025 Scribewave Labs &middot; <a href="https://scribewave.example/privacy">Privacy</a> &middot; <a href="https://scribewave.example/terms">Terms</a></p></footer>
</div>
<script src="https://cdn.scribewave.example/app/share.9a1d.js" defer></script>
<script>document.querySelectorAll('tr.seg').forEach(function(r){{r.addEventListener('click',function(){{var a=document.querySelector('audio');a.currentTime=parseFloat(r.dataset.start);a.play();}});}});</script>
</body>
</html>
'''
    return write('ah03_scribewave', page, 'Kitchen Table Summit (Scribewave share page)',
                 'Transcription-service share page: table rows (time hh:mm:ss.mmm | speaker chip | text), speaker cell filled only on the first row of a turn, data-start seconds with milliseconds.', turns)

# ---------------------------------------------------------------- ah04 newspaper Q&A
def ah04():
    L = 'The Ledger'
    qa = [
        ("Why tunnels? Most people who sit in traffic just complain about it.",
         ["Because cities are three-dimensional and roads are two-dimensional. You have tall buildings with everybody in them, and then at five o'clock they all try to leave through a flat grid. Of course it jams.",
          "Tunnels let you add as many layers as you like. Nobody sees them and nobody's house has to be bulldozed."]),
        ("Tunnelling has a reputation for being slow and ruinously expensive. What is different about your approach?",
         ["Cost and speed, mostly. The industry was boring at roughly the speed of a snail, and I'm not exaggerating by much. We are trying to beat the snail by a wide margin, and then make the machines cheaper every year."]),
        ("Have you personally sat in traffic and thought about this?",
         ["Constantly."]),
        ("Critics say the money would be better spent on trains. What do you say to them?",
         ["I think trains are great where there is enough density and the stations are where people actually want to go. The problem is that a train goes from where you aren't to where you don't want to be, on its schedule rather than yours.",
          "I'm not against trains. I just don't think they solve the last mile."]),
        ("You have promised a lot of dates over the years. Why should Northgate believe this one?",
         ["Fair question. I'm not a patient person, and I'm often wrong on timing. But the tunnels we've already dug exist. You can go and drive in them."]),
        ("Last one. What does Northgate look like in 2040 if you get your way?",
         ["Quiet streets on the surface with trees and cafes, and all the fast traffic underground where nobody has to look at it."]),
    ]
    turns = []
    parts = []
    for q, ans in qa:
        turns.append(T(L, 'L', None, q))
        turns.append(T('', 'E', None, *ans))
        parts.append('<p class="article-paragraph qa-q"><strong>The Ledger: %s</strong></p>' % E(q, quote=False))
        for a in ans:
            parts.append('<p class="article-paragraph">%s</p>' % E(a, quote=False))
        if q.startswith('Have you'):
            parts.append('''<aside class="pullquote" role="note"><blockquote><p>&ldquo;A train goes from where you aren't to where you don't want to be.&rdquo;</p><footer>&mdash; Elon Musk</footer></blockquote></aside>''')
    qa_html = '\n'.join(parts)
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>&lsquo;I&rsquo;m not a patient person&rsquo;: Elon Musk on tunnels, trains and Northgate&rsquo;s traffic | The Northgate Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The billionaire tells the Ledger why he wants to dig under the ring road.">
<meta property="article:section" content="Business">
<link rel="stylesheet" href="/static/css/article.v212.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"I'm not a patient person: Elon Musk on tunnels","author":{{"@type":"Person","name":"Harriet Coombs"}},"datePublished":"2025-09-14T05:00:00Z"}}</script>
<script async src="https://ads.northgateledger.example/gpt.js"></script>
</head>
<body class="article-page section-business">
<div class="masthead"><a href="/" class="logo">The Northgate Ledger</a><span class="since">Est. 1871</span>
<nav class="sections"><a href="/news">News</a><a href="/business" class="active">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a><a href="/culture">Culture</a><a href="/puzzles">Puzzles</a></nav>
<a class="subscribe" href="/subscribe">Subscribe from &pound;1</a></div>
<div class="ad-slot leaderboard" id="div-gpt-ad-top"></div>
<main class="article-main">
<article class="article">
<p class="kicker">The Sunday Interview</p>
<h1 class="headline">&lsquo;I&rsquo;m not a patient person&rsquo;: Elon Musk on tunnels, trains and Northgate&rsquo;s traffic</h1>
<p class="standfirst">The billionaire wants to dig under the ring road. Our business editor asked him why.</p>
<div class="byline">By <a href="/authors/harriet-coombs">Harriet Coombs</a>, Business Editor &middot; <time datetime="2025-09-14">Sunday 14 September 2025</time></div>
<figure class="lead-image"><img src="/img/2025/09/musk-tunnel-1200.jpg" alt="A tunnel boring machine at a test site" width="1200" height="675"><figcaption>A boring machine at a test site in Texas. Photograph: Ledger Picture Desk</figcaption></figure>
<div class="article-body">
<p class="article-paragraph">When the council&rsquo;s transport committee voted last month to study a tunnel loop beneath the Northgate ring road, the company behind the proposal was not one most residents had heard of. Its founder, however, needs no introduction.</p>
<p class="article-paragraph">&ldquo;Traffic is soul-destroying,&rdquo; Musk said, leaning towards his camera during a forty-minute video call from Texas. He was relaxed, occasionally distracted by a second screen, and blunt about his record on deadlines.</p>
<p class="article-paragraph">Elon Musk spoke to the Ledger by video on Wednesday. <em>This interview has been condensed and edited for clarity. The Ledger&rsquo;s questions are in bold; Mr Musk&rsquo;s answers follow each question.</em></p>
{qa_html}
<p class="article-paragraph"><em>The council&rsquo;s transport committee will consider the tunnel feasibility study on 2 October. Harriet Coombs is the Ledger&rsquo;s business editor.</em></p>
</div>
<aside class="in-his-words"><h3>In his own words</h3><ul><li>Elon Musk: &ldquo;Cities are three-dimensional, roads are not.&rdquo;</li><li>Elon Musk: &ldquo;We are trying to beat the snail.&rdquo;</li></ul></aside>
<div class="share-tools"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>More from Business</h2><ul>
<li><a href="/business/2025/sep/ring-road-tunnel-council-vote">Council votes to study ring-road tunnel</a></li>
<li><a href="/business/2025/aug/kimbal-musk-vertical-farm-northgate">Kimbal Musk&rsquo;s vertical farm opens on the old gasworks site</a></li>
<li><a href="/business/2025/jul/tram-extension-costs">Tram extension costs rise again</a></li></ul></aside>
</main>
<section class="comments-closed"><p>Comments are closed on this article.</p></section>
<footer class="site-footer"><p>&copy; 2025 Northgate Ledger Media Ltd. Registered in England. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
<script src="/static/js/article.v212.js"></script>
</body>
</html>
'''
    return write('ah04_northgate', page, 'The Northgate Ledger',
                 'Newspaper Q&A: questions are bold paragraphs prefixed "The Ledger:", his answers are unlabelled plain paragraphs (identified in the intro), no times.', turns,
                 others=['The Ledger'])
