from common import *


# ---------------------------------------------------------------------------
# z01 — WordPress podcast episode page, "Name (hh:mm:ss) text"
# ---------------------------------------------------------------------------
def z01():
    g = Gold("The Long Burn",
             "WordPress entry-content paragraphs, each turn opening with a <strong> speaker name followed by "
             "a (hh:mm:ss) span and the text; unlabelled continuation paragraphs; label shortens from "
             "'Elon Musk' to 'Elon' after the first hour.")
    g.other("Dana Whitfield", "Dana")

    def H(lab, sec, body_paras):
        musk = lab in ("Elon Musk", "Elon")
        out = []
        first = body_paras[0]
        if musk:
            first = g.m(sec, first)
        out.append('<p><strong>%s</strong> <span class="ts">(%s)</span> %s</p>' % (lab, hms(sec), first))
        for p in body_paras[1:]:
            out.append("<p>%s</p>" % p)
        return "\n".join(out)

    D, DS, E, ES = "Dana Whitfield", "Dana", "Elon Musk", "Elon"
    tr = [
        H(D, t(0, 0, 4), ["Welcome to The Long Burn. I&rsquo;m Dana Whitfield, and this week I&rsquo;m in South Texas, in a trailer that shakes every time somebody fires up a test stand. My guest needs no introduction, so I won&rsquo;t give him one. Elon, welcome back."]),
        H(E, t(0, 1, 12), ["Thanks for having me. It&rsquo;s good to be back &mdash; I think the last time we did this, the booster hadn&rsquo;t even been caught yet."]),
        H(D, t(0, 1, 30), ["It had not. It was still a drawing on a whiteboard, if I remember right.",
                           "Let&rsquo;s start with the thing people ask me about most. As Elon told me back in 2019, &ldquo;the factory is the machine that builds the machine.&rdquo; Is that still how you think about it?"]),
        H(E, t(0, 6, 40), ["Well, the honest answer is that the rocket is the easy part. The factory is the hard part, and the supply chain is harder than the factory. People look at the vehicle because it&rsquo;s the shiny thing on the pad.",
                           "My brother Kimbal said to me once, &ldquo;You&rsquo;re building a factory that happens to make cars.&rdquo; And he was right, he was annoyingly right, and it&rsquo;s the same with rockets now.",
                           "If you want to get to a flight every day, you need the line to move, not the hero engineer at 2 a.m."]),
        H(D, t(0, 9, 55), ["Right."]),
        H(E, t(0, 9, 56), ["So the line rate is what matters. If the line is moving, you&rsquo;re learning. If the line is stopped, you&rsquo;re having meetings about why the line is stopped, which is the worst possible use of anybody&rsquo;s afternoon."]),
        H(D, t(0, 24, 10), ["I want to get to Raptor in a minute. But first, quick one: is it true you still review the weekly build plan yourself?"]),
        H(E, t(0, 24, 31), ["Yes."]),
        H(D, t(0, 24, 33), ["Every week?"]),
        H(E, t(0, 24, 35), ["Every week, line by line. It takes about two hours. It&rsquo;s the most valuable two hours of the week, honestly, because you find the thing that&rsquo;s been stuck for a month and nobody wanted to say."]),
        H(D, t(0, 38, 2), ["Raptor. Walk me through what changed between the second and third versions of the engine, in terms a normal listener would follow."]),
        H(E, t(0, 38, 19), ["Mostly we deleted things. The best part is no part. The third version has way fewer flanges, way fewer sensors, and a lot of the plumbing moved inside the engine body, so it looks almost naked when you see it on the stand.",
                            "It&rsquo;s a little unnerving the first time. Engineers are used to seeing the plumbing. But every part you remove is a part that can&rsquo;t fail."]),
        H(D, t(1, 3, 58), ["We&rsquo;re past the hour mark, which on this show means we get philosophical. Why Mars? Not the stock answer."]),
        H(ES, t(1, 4, 22), ["The non-stock answer is that I want the future to be exciting. You want to wake up in the morning and think the future is going to be better than the past. A civilization that&rsquo;s out there among the stars is one you can be excited about."]),
        H(DS, t(1, 15, 20), ["And if it takes longer than you think?"]),
        H(ES, t(1, 15, 47), ["It will definitely take longer than I think. My timelines are famously optimistic. But the direction is right, and the rate of progress has never been faster than it is now."]),
        H(DS, t(1, 30, 41), ["Last question, always the same one. What are you wrong about?"]),
        H(ES, t(1, 31, 9), ["Probably a lot of things. Ask me in five years. Thanks, Dana."]),
        H(DS, t(1, 31, 30), ["Thank you. That&rsquo;s our show."]),
    ]
    transcript = "\n".join(tr)

    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#212 &ndash; Elon Musk: The Factory Is the Product &ndash; The Long Burn</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2' media='all' />
<link rel="alternate" type="application/rss+xml" title="The Long Burn &raquo; Feed" href="https://thelongburn.fm/feed/" />
<meta property="og:title" content="#212 – Elon Musk: The Factory Is the Product" />
<meta property="og:description" content="Elon Musk: “The rocket is the easy part.” Dana Whitfield visits Starbase." />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"#212 – Elon Musk: The Factory Is the Product","episodeNumber":212,"partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"}}</script>
</head>
<body class="post-template-default single single-post postid-2121 single-format-standard ast-single-post ast-desktop">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
  <div class="site-branding"><p class="site-title"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a></p>
  <p class="site-description">Long conversations about hard engineering</p></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
      <li class="menu-item"><a href="https://thelongburn.fm/episodes/">Episodes</a></li>
      <li class="menu-item"><a href="https://thelongburn.fm/guests/">Guests</a></li>
      <li class="menu-item"><a href="https://thelongburn.fm/transcripts/">Transcripts</a></li>
      <li class="menu-item"><a href="https://thelongburn.fm/support/">Support the show</a></li>
      <li class="menu-item"><a href="https://thelongburn.fm/about/">About Dana</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-2121" class="post-2121 post type-post status-publish format-standard has-post-thumbnail hentry category-episodes tag-spacex tag-manufacturing ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header">
  <h1 class="entry-title" itemprop="headline">#212 &ndash; Elon Musk: The Factory Is the Product</h1>
  <div class="entry-meta">Posted on <span class="posted-on"><a href="https://thelongburn.fm/2025/03/11/212-elon-musk/"><time class="entry-date published" datetime="2025-03-11T06:00:00-05:00">March 11, 2025</time></a></span> by <span class="author vcard"><a class="url fn n" href="https://thelongburn.fm/author/dana/">Dana Whitfield</a></span> &middot; <a href="#comments">4 Comments</a></div>
</header>
<div class="entry-content clear" itemprop="text">
<figure class="wp-block-embed is-type-rich is-provider-spotify"><div class="wp-block-embed__wrapper"><iframe title="Spotify Embed: #212" style="border-radius: 12px" width="100%%" height="152" frameborder="0" allowfullscreen allow="autoplay; clipboard-write; encrypted-media" loading="lazy" src="https://open.spotify.com/embed/episode/6xZ2bQ0examplE?utm_source=oembed"></iframe></div></figure>
<p>Dana travels to South Texas to sit down with Elon Musk between test campaigns. They talk line rate, deleting parts, the third-generation engine, and why timelines slip.</p>
<div class="wp-block-group key-quotes has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Key quotes</h3>
<blockquote class="wp-block-quote"><p>Elon Musk: &ldquo;The rocket is the easy part. The factory is the hard part.&rdquo;</p></blockquote>
<blockquote class="wp-block-quote"><p>Elon Musk: &ldquo;Mostly we deleted things. The best part is no part.&rdquo;</p></blockquote>
<blockquote class="wp-block-quote"><p>Elon: &ldquo;It will definitely take longer than I think.&rdquo;</p></blockquote>
</div></div>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="chapters">
<li>00:00:00 &ndash; Intro from the trailer</li>
<li>00:06:40 &ndash; Elon Musk on why the factory is harder than the rocket</li>
<li>00:24:31 &ndash; The weekly build review</li>
<li>00:38:19 &ndash; Raptor 3: deleting parts</li>
<li>01:04:22 &ndash; Why Mars, really</li>
<li>01:31:09 &ndash; What are you wrong about?</li>
</ul>
<h2 class="wp-block-heading">Sponsors</h2>
<p>This episode is supported by <a href="https://example.com/fieldnotes">Fieldnotes</a>, the notebook for people who build things, and by listeners like you on <a href="https://thelongburn.fm/support/">our membership page</a>.</p>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p class="has-small-font-size"><em>This transcript was produced by a human editor with machine assistance and may contain errors. Timestamps refer to the audio version.</em></p>
<div class="transcript-body">
%s
</div>
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<p>Music by Lantern Pilot. Edited by Sam Oyelaran. If you enjoyed this conversation, please leave us a rating.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://thelongburn.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://thelongburn.fm/tag/manufacturing/" rel="tag">manufacturing</a>, <a href="https://thelongburn.fm/tag/spacex/" rel="tag">spacex</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://thelongburn.fm/2025/03/04/211-grid-storage/" rel="prev">&larr; #211 &ndash; The Grid Storage Problem</a></div><div class="nav-next"><a href="https://thelongburn.fm/2025/03/18/213-chip-fabs/" rel="next">#213 &ndash; Inside a Chip Fab &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;#212 &ndash; Elon Musk: The Factory Is the Product&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-8812"><article id="comment-8812" class="ast-comment"><div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><cite><b class="fn">Elon Muskrat</b></cite> <time datetime="2025-03-11T09:12:00-05:00">March 11, 2025 at 9:12 am</time></div>
<section class="ast-comment-content comment"><p>Elon Musk (01:04:22) is where it gets good. Skip to that if you already know the Raptor stuff.</p></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-8815"><article id="comment-8815" class="ast-comment"><div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><cite><b class="fn">E. Musk</b></cite> <time datetime="2025-03-11T11:40:00-05:00">March 11, 2025 at 11:40 am</time></div>
<section class="ast-comment-content comment"><p>(not that one) &mdash; loved the bit where he says &ldquo;Yes.&rdquo; and nothing else. Dana&rsquo;s face must have been something.</p></section></article>
<ol class="children"><li class="comment byuser comment-author-dana bypostauthor" id="li-comment-8817"><article id="comment-8817" class="ast-comment"><div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><cite><b class="fn">Dana Whitfield</b></cite> <time datetime="2025-03-11T12:02:00-05:00">March 11, 2025 at 12:02 pm</time></div>
<section class="ast-comment-content comment"><p>Ha! It was a long pause, I can tell you that.</p></section></article></li></ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-8830"><article id="comment-8830" class="ast-comment"><div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><cite><b class="fn">rgarcia_aero</b></cite> <time datetime="2025-03-12T08:20:00-05:00">March 12, 2025 at 8:20 am</time></div>
<section class="ast-comment-content comment"><p>Elon: &ldquo;Every part you remove is a part that can&rsquo;t fail.&rdquo; Printing that out for my team.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><aside id="block-3" class="widget widget_block"><h2>Recent episodes</h2><ul class="wp-block-latest-posts__list"><li><a href="https://thelongburn.fm/2025/03/18/213-chip-fabs/">#213 &ndash; Inside a Chip Fab</a></li><li><a href="https://thelongburn.fm/2025/03/04/211-grid-storage/">#211 &ndash; The Grid Storage Problem</a></li><li><a href="https://thelongburn.fm/2025/02/25/210-tunnels/">#210 &ndash; Boring, Actually</a></li></ul></aside></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">Copyright &copy; 2025 The Long Burn &middot; Powered by <a href="https://wordpress.org">WordPress</a></div></div></footer>
</div>
<script src="https://thelongburn.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.2" id="astra-theme-js-js"></script>
<script src="https://thelongburn.fm/wp-includes/js/comment-reply.min.js?ver=6.4.2" id="comment-reply-js" async data-wp-strategy="async"></script>
%s
</body>
</html>
""" % (transcript, LOREM_FOOT % "LB212XYZ")
    return "z01_wp_longburn", page, g


# ---------------------------------------------------------------------------
# z02 — transcription-service share page; segments with data-start (ms);
#       label only on speaker change; AI summary box; plain-text copy
# ---------------------------------------------------------------------------
def z02():
    g = Gold("Ridgeline Conversations",
             "Transcription-service share page: div.segment blocks with data-start seconds (milliseconds), a "
             "header with speaker name and m:ss / h:mm:ss time only when the speaker changes, continuation "
             "segments without a header; the whole transcript is repeated in a collapsed plain-text export.")
    P, M, E = "Priya Anand", "Marcus Obi", "Elon Musk"
    g.other(P, M)
    # (speaker, [(start_float, text), ...])
    data = [
        (P, [(3.52, "Okay, we&rsquo;re rolling. This is Ridgeline Conversations, I&rsquo;m Priya Anand, and with me as always is Marcus."),
             (9.88, "Today we have a guest who needs a very good microphone, because the trailer he&rsquo;s sitting in is next to a very loud compressor.")]),
        (E, [(17.204, "Yeah, sorry about that. They&rsquo;re pressure testing something next door. It&rsquo;ll stop. Probably.")]),
        (M, [(24.9, "We like ambience.")]),
        (P, [(27.31, "So, the headline question. The humanoid robot. When does a normal person have one in their kitchen?")]),
        (E, [(33.775, "I think the first useful ones go into our own factories, doing the boring jobs, and then you get a few thousand into other factories."),
             (44.06, "Homes are harder than factories. A home is an unstructured environment, there&rsquo;s a cat, there&rsquo;s a toddler, there are stairs."),
             (55.412, "So homes, realistically, a few years after the factory version is solid.")]),
        (M, [(61.0, "Wow.")]),
        (E, [(62.18, "It&rsquo;s not that wow, everybody thinks it&rsquo;s wow, but the hands are the hard part. The hand is like half the engineering.")]),
        (P, [(301.447, "Let&rsquo;s talk about the hands then. Why are hands so hard?")]),
        (E, [(306.9, "Degrees of freedom, mostly. A human hand has a ridiculous number of degrees of freedom, and the actuators have to fit in the forearm, because there isn&rsquo;t room in the palm."),
             (321.66, "And it has to survive being bumped into a table ten thousand times a day.")]),
        (P, [(1250.03, "Different topic. You&rsquo;ve said you&rsquo;re spending less time on social media. Is that true?")]),
        (E, [(1255.5, "Define less.")]),
        (M, [(1257.12, "That&rsquo;s a no.")]),
        (P, [(3788.0, "We&rsquo;re over an hour, I promised your team an hour. Anything you want to leave people with?")]),
        (E, [(3791.84, "Just that engineering is magic. It&rsquo;s the closest thing we have to magic. If you&rsquo;re a kid and you like building things, keep building things."),
             (3803.291, "That&rsquo;s it. Thanks for having me.")]),
        (P, [(3806.5, "Thank you, Elon. That was Ridgeline Conversations.")]),
    ]
    segs = []
    plain = []
    prev = None
    for spk, parts in data:
        for i, (st, txt) in enumerate(parts):
            first = (i == 0)
            if first and spk == E:
                txt_r = g.m(st, txt)
            else:
                txt_r = txt
            sid = {P: 1, E: 2, M: 3}[spk]
            if first:
                segs.append('<div class="segment" data-speaker-id="%d" data-start="%.3f">\n'
                            '  <div class="segment__head"><span class="segment__speaker">%s</span>'
                            '<button class="segment__time" data-seek="%.3f">%s</button></div>\n'
                            '  <p class="segment__text">%s</p>\n</div>' % (sid, st, spk, st, hms_short(st), txt_r))
                plain.append("\n%s  %s\n%s" % (spk, hms_short(st), txt))
            else:
                segs.append('<div class="segment segment--cont" data-speaker-id="%d" data-start="%.3f">\n'
                            '  <p class="segment__text">%s</p>\n</div>' % (sid, st, txt))
                plain.append(txt)
    segs_html = "\n".join(segs)
    plain_txt = "\n".join(plain)

    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ridgeline Conversations — Ep. 47 with Elon Musk · Shared transcript · Verbatik</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/share.4f1c2a.css">
<style>
.segment{display:grid;grid-template-columns:1fr;margin:0 0 12px}
.segment--cont{margin-top:-8px}
.segment__head{display:flex;gap:10px;align-items:baseline;font-weight:600}
.segment__time{font:12px/1 ui-monospace,monospace;color:#6b7280;background:none;border:0;cursor:pointer}
.ai-summary{background:#f5f3ff;border-radius:10px;padding:14px 18px}
</style>
<script>window.__SHARE__={"id":"sh_9QfTr2","speakers":{"1":"Priya Anand","2":"Elon Musk","3":"Marcus Obi"},"duration":3811.2}</script>
</head>
<body>
<div id="app">
<header class="share-topbar">
  <a class="brand" href="https://verbatik.io/">Verbatik</a>
  <nav class="share-nav"><a href="https://verbatik.io/pricing">Pricing</a><a href="https://verbatik.io/login">Log in</a><a class="btn btn-primary" href="https://verbatik.io/signup?ref=share">Try Verbatik free</a></nav>
</header>
<main class="share-main">
<section class="conv-meta">
  <h1 class="conv-title">Ridgeline Conversations — Ep. 47 with Elon Musk</h1>
  <p class="conv-sub">Shared by <strong>Priya Anand</strong> · Recorded Feb 2, 2025 · 1h 3m · 3 speakers</p>
  <div class="player"><audio controls preload="none" src="https://cdn.verbatik.io/a/sh_9QfTr2.m4a"></audio></div>
</section>
<section class="ai-summary" aria-label="AI summary">
  <h2>✨ AI Summary</h2>
  <p>The hosts interview Elon Musk about humanoid robots, the difficulty of robot hands and his social media habits.</p>
  <ul class="ai-summary__points">
    <li><b>Elon Musk:</b> the first useful humanoid robots will work in factories before homes.</li>
    <li><b>Elon Musk:</b> the hand is like half the engineering.</li>
    <li><b>Marcus Obi:</b> skeptical about reduced social media use.</li>
  </ul>
  <h3>Action items</h3>
  <ul><li>Priya to send Elon Musk&rsquo;s team the final cut (owner: Priya Anand)</li></ul>
  <p class="ai-summary__disclaimer">Generated automatically. May be inaccurate.</p>
</section>
<section class="keywords"><span class="chip">humanoid robot</span><span class="chip">actuators</span><span class="chip">factories</span><span class="chip">social media</span></section>
<section class="transcript" id="transcript" aria-label="Transcript">
%s
</section>
<details class="export">
  <summary>Plain text export</summary>
  <pre class="export__txt">Ridgeline Conversations — Ep. 47 with Elon Musk
%s
</pre>
</details>
</main>
<footer class="share-footer">
  <p>Transcribed with Verbatik · <a href="https://verbatik.io/terms">Terms</a> · <a href="https://verbatik.io/privacy">Privacy</a> · <a href="https://verbatik.io/report?s=sh_9QfTr2">Report this share</a></p>
</footer>
</div>
<script src="/static/share.8b77e0.js" defer></script>
<script>
document.querySelectorAll('.segment__time').forEach(function(b){b.addEventListener('click',function(){var a=document.querySelector('audio');a.currentTime=parseFloat(b.dataset.seek);a.play();});});
</script>
</body>
</html>
""" % (segs_html, plain_txt)
    return "z02_share_verbatik", page, g


# ---------------------------------------------------------------------------
# z03 — magazine Q&A, questions labelled, answers unlabelled after the first;
#       pull quote interrupting an answer; interviewer quoting him
# ---------------------------------------------------------------------------
def z03():
    g = Gold("The Meridian Review",
             "Magazine print Q&A: questions in bold prefixed 'Meridian:', the first answer prefixed 'Musk:', later "
             "answers are unlabelled plain paragraphs (speaker named in the intro); no timestamps.")
    g.other("Meridian")
    Q = lambda s: '<p class="qa__q"><strong>Meridian:</strong> <strong>%s</strong></p>' % s
    A = lambda paras, lab=None: "\n".join(
        [p if p.startswith("<aside") else
         '<p class="qa__a">%s%s</p>' % (('<strong>%s:</strong> ' % lab) if (lab and i == 0) else "",
                                       g.m(None, p) if i == 0 else p) for i, p in enumerate(paras)])
    pull = ('<aside class="pullquote pullquote--right"><p>&ldquo;People underestimate how boring '
            'the important work is.&rdquo;</p><cite>&mdash; Elon Musk</cite></aside>')
    body = "\n".join([
        Q("You&rsquo;ve spent the last year mostly in factories rather than on stages. Why?"),
        A(["Look, stages are fun, but nothing gets built on a stage. If I&rsquo;m on the factory floor at midnight I&rsquo;ll find three things that are broken that nobody would ever put in a slide deck."], lab="Musk"),
        Q("In 2017 you told an audience, &ldquo;I&rsquo;d like to die on Mars, just not on impact.&rdquo; Do you still say that?"),
        A(["I still say it because it&rsquo;s still true. I&rsquo;d rather not die on impact anywhere, frankly.",
           "But the serious version is that I&rsquo;d like to see a self-sustaining city before I die, and I&rsquo;m not sure I will. That bothers me more than it probably should."]),
        Q("What does a typical week look like?"),
        A(["There is no typical week, but there&rsquo;s a typical shape. A lot of engineering reviews. A lot of walking the line. Less email than people think.",
           pull,
           "People underestimate how boring the important work is. It&rsquo;s mostly spreadsheets of part numbers and arguing about tolerances.",
           "I actually enjoy it. That&rsquo;s the secret, I guess."]),
        Q("Your critics say you make promises you can&rsquo;t keep."),
        A(["That&rsquo;s fair on timing. It&rsquo;s not fair on substance. If I say something will happen in two years and it happens in five, I was wrong about the date, but it happened."]),
        Q("Do you read what people write about you?"),
        A(["Sometimes. Less than I used to. It&rsquo;s not healthy to read your own coverage, good or bad."]),
        Q("Last one. Are you happy?"),
        A(["Mostly? Yes."]),
        Q("That&rsquo;s an honest answer."),
        A(["I try."]),
    ])
    page = """<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Elon Musk on Factories, Mars and Missing Deadlines | The Meridian Review</title>
<meta name="description" content="In a rare long interview, Elon Musk talks about the boring work of building things.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://meridianreview.com/interviews/2025/05/elon-musk-factories-mars">
<link rel="stylesheet" href="https://assets.meridianreview.com/css/article.9a7d1.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article article--interview">
<div class="masthead">
  <a class="masthead__logo" href="https://meridianreview.com/">The Meridian Review</a>
  <ul class="masthead__sections"><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/technology" class="is-active">Technology</a></li><li><a href="/culture">Culture</a></li><li><a href="/interviews">Interviews</a></li></ul>
  <a class="masthead__subscribe" href="/subscribe">Subscribe &mdash; $1 for 3 months</a>
</div>
<div class="ad ad--leaderboard" id="div-gpt-ad-leader"></div>
<article class="story">
  <header class="story__head">
    <p class="story__kicker">The Interview</p>
    <h1 class="story__hed">&ldquo;Nothing Gets Built on a Stage&rdquo;</h1>
    <p class="story__dek">Elon Musk on factory floors, Mars, and why his deadlines keep slipping.</p>
    <p class="story__byline">By <a href="/authors/helen-marsh">Helen Marsh</a> &middot; Photographs by Jonah Reyes &middot; <time datetime="2025-05-19">May 19, 2025</time></p>
  </header>
  <figure class="story__art"><img src="https://assets.meridianreview.com/img/2025/05/musk-factory-1600.jpg" alt="Elon Musk on a factory floor"><figcaption>Elon Musk at the company&rsquo;s Texas plant in April. <span class="credit">Jonah Reyes for The Meridian Review</span></figcaption></figure>
  <div class="story__body">
    <p class="dropcap">Elon Musk does not like to sit down. For most of our conversation, which took place over two afternoons in April and has been condensed and edited for clarity, he paced the edge of a mezzanine overlooking a production line. His answers below are in plain text; our questions are in bold.</p>
    <p>His brother Kimbal Musk, who joined us briefly on the second day, declined to be interviewed for this piece.</p>
    <div class="ad ad--inline" id="div-gpt-ad-inline1"></div>
    <div class="qa">
%s
    </div>
    <p class="story__endnote"><em>This interview has been edited and condensed. A version of this article appears in print in the June issue with the headline: &ldquo;The Boring Work.&rdquo;</em></p>
  </div>
  <aside class="sidebar-box">
    <h3>Musk at a glance</h3>
    <dl><dt>Born</dt><dd>1971, Pretoria</dd><dt>Companies</dt><dd>Tesla, SpaceX, Neuralink, The Boring Company, xAI</dd><dt>Favourite phrase, per staff</dt><dd>&ldquo;The best part is no part.&rdquo;</dd></dl>
  </aside>
</article>
<section class="related"><h2>More interviews</h2><ul><li><a href="/interviews/2025/04/kimbal-musk-food">Kimbal Musk on why restaurants are like software</a></li><li><a href="/interviews/2025/03/lisa-su">Lisa Chen on the chip war</a></li><li><a href="/interviews/2025/02/ai-safety">The AI safety researcher who quit</a></li></ul></section>
<footer class="site-foot"><p>&copy; 2025 The Meridian Review. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>
<script src="https://assets.meridianreview.com/js/article.51e2.js"></script>
%s
</body>
</html>
""" % (body, LOREM_FOOT % "MER2025")
    return "z03_magazine_meridian", page, g


# ---------------------------------------------------------------------------
# z04 — TRAP: TV transcript, Kimbal Musk speaks (label shortens to MUSK:),
#       anchors quote Elon's post, no Elon turns
# ---------------------------------------------------------------------------
def z04():
    g = Gold("KNWS Business Tonight",
             "TV network transcript: plain paragraphs opening with a capitalised label (full name plus title on "
             "first appearance, surname afterwards), (BEGIN VIDEO CLIP) markers; no timestamps. Elon Musk never "
             "speaks; the guest is Kimbal Musk, labelled 'MUSK:' after his first turn.")
    lines = []

    def L(lab, text):
        g.other(lab)
        lines.append("<p>%s: %s</p>" % (lab, text))

    O1, O = "MARIA OKAFOR, KNWS ANCHOR", "OKAFOR"
    K1, K = "KIMBAL MUSK, ENTREPRENEUR AND TESLA BOARD MEMBER", "MUSK"
    D1, D = "DAVID ELLIOTT, KNWS CORRESPONDENT", "ELLIOTT"
    R1, R = "RACHEL TING, SENIOR ANALYST, HALVERSON CAPITAL", "TING"
    L(O1, "Good evening and welcome to BUSINESS TONIGHT. I&#39;m Maria Okafor. We begin with the electric-vehicle maker&#39;s surprise announcement this afternoon and the man at the center of it, who, as usual, made his case online rather than on the earnings call.")
    L(O, "Elon Musk wrote on X just before 4:00 p.m. Eastern, quote, &quot;We are going to make the cheapest car in the world and it will drive itself,&quot; end quote. Shares rose nearly six percent after hours.")
    L(O, "Our David Elliott has more.")
    lines.append("<p>(BEGIN VIDEOTAPE)</p>")
    L(D1, "(voice-over): The announcement came with no slides and no stage. Just a post. Analysts say that is exactly the point.")
    L(R1, "He has trained the market to read his posts like press releases. And the market reads them.")
    L(D, "(voice-over): Musk has promised a low-cost model before. In 2020 he told a shareholder meeting, and I&#39;m quoting the recording, &quot;A twenty-five-thousand-dollar car is something we can do.&quot; Five years later, that car has not arrived.")
    lines.append("<p>(END VIDEOTAPE)</p>")
    L(O, "Joining me now from Boulder, Colorado, is Kimbal Musk, entrepreneur and a member of Tesla&#39;s board. He is, of course, Elon Musk&#39;s brother. Kimbal, thanks for being here.")
    L(K1, "Thanks, Maria. Happy to be here.")
    L(O, "Did you know this post was coming?")
    L(K, "No. And I wouldn&#39;t tell you if I had. But no. I found out the way everybody else did, on my phone.")
    L(O, "Is it real? Can they build it?")
    L(K, "Look, I&#39;ve known him a long time. When Elon says &quot;we are going to,&quot; he means it, and the date is the part you adjust. I told him once, you&#39;re building a factory that happens to make cars. That&#39;s still how I think about it.")
    L(O, "Rachel Ting, you&#39;ve been skeptical.")
    L(R, "I have. Not about intent. About margins. A car this cheap leaves nothing for error.")
    L(K, "Rachel&#39;s right about margins. I&#39;d just say the factory is where the margin comes from.")
    L(O, "We&#39;ll play a bit of what Kimbal Musk said at a food conference last month, because it echoes this.")
    lines.append("<p>(BEGIN VIDEO CLIP)</p>")
    L(K, "Every great company is a manufacturing company in disguise. Restaurants included.")
    lines.append("<p>(END VIDEO CLIP)</p>")
    L(O, "Kimbal Musk, thank you.")
    L(K, "Thank you.")
    L(O, "When we come back, mortgage rates. Stay with us.")
    lines.append("<p>(COMMERCIAL BREAK)</p>")
    body = "\n".join(lines)
    page = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>KNWS.com - Transcripts - Business Tonight: Cheap Car Post Lifts Shares; Interview With Kimbal Musk</title>
<meta name="keywords" content="Business Tonight, transcripts, Kimbal Musk, Tesla, Elon Musk">
<link rel="stylesheet" type="text/css" href="/css/transcripts_legacy.css">
<script type="text/javascript" src="/js/omniture_s_code.js"></script>
</head>
<body bgcolor="#ffffff">
<table width="100%%" border="0" cellpadding="0" cellspacing="0" class="hdr">
<tr><td><a href="/"><img src="/img/knws_logo.gif" alt="KNWS" width="120" height="40" border="0"></a></td>
<td class="navbar"><a href="/us">U.S.</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/politics">Politics</a> | <a href="/transcripts">Transcripts</a> | <a href="/video">Video</a></td></tr>
</table>
<div id="cnnTransStoryHead">
<p class="cnnTransProv">Return to Transcripts main page</p>
<h2 class="cnnTransSubHead">BUSINESS TONIGHT</h2>
<p class="cnnBodyText">Cheap Car Post Lifts Shares; Interview With Kimbal Musk; Mortgage Rates Climb. Aired 7-8p ET</p>
<p class="cnnBodyText">Aired March 4, 2025 - 19:00 &nbsp; ET</p>
<p class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
</div>
<div class="cnnTransBody">
%s
<p>(END OF TRANSCRIPT SEGMENT)</p>
</div>
<div class="cnnTransRelated">
<h3>Related transcripts</h3>
<ul>
<li><a href="/transcripts/2025-03-03">BUSINESS TONIGHT: Rate Decision Looms; Chipmakers Rally</a></li>
<li><a href="/transcripts/2025-02-27">THE LATE DESK: Elon Musk at the Launch Site (Part 2)</a></li>
</ul>
<p class="disclaimer">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199 OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT www.knwsvideo.example</p>
</div>
<div class="ftr"><p>&copy; 2025 KNWS Broadcasting. All Rights Reserved. <a href="/terms">Terms of service</a> | <a href="/privacy">Privacy guidelines</a></p></div>
<script type="text/javascript">var s_account="knwsprod";s.pageName="transcripts:bt:2025-03-04";var s_code=s.t();if(s_code)document.write(s_code);</script>
</body>
</html>
""" % body
    return "z04_tv_trap_kimbal", page, g


PAGES = [z01, z02, z03, z04]
