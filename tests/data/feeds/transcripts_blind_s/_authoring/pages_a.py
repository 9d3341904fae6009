from common import *

# ---------------------------------------------------------------- s01 WordPress
def s01():
    him = {"Elon Musk", "Elon"}
    turns = [
     ("Dana Whitlock", "00:00:04", "Welcome back to The Long Burn. I’m Dana Whitlock, and today’s guest needs very little introduction, which is convenient, because we only have him for about forty minutes. Elon, thanks for making time."),
     ("Elon Musk", "00:00:19", "Yeah, thanks for having me. Forty minutes is generous, honestly."),
     ("Dana Whitlock", "00:00:24", "Let’s start with cells. Last year you said the cell is the bottleneck. Is it still?"),
     ("Elon Musk", "00:00:31", "It’s still the bottleneck, but the bottleneck moved. It used to be the chemistry. Now it’s really the dry electrode process and just the sheer, boring volume of it.\n\nPeople like to talk about breakthroughs. The hard part is the ten-thousandth identical thing coming off the line at the same quality as the first one. That’s where almost all the pain is."),
     ("Dana Whitlock", "00:01:58", "As Elon told me backstage at the last investor day, “the factory is harder than the car by a factor of a hundred.” Do you still believe that number?"),
     ("Elon", "00:02:10", "Maybe a factor of ten to a hundred, depending on the product. I was being a little dramatic."),
     ("Dana Whitlock", "00:02:16", "Only a little."),
     ("Elon", "00:02:18", "Only a little, yes."),
     ("Dana Whitlock", "00:02:21", "You’ve mentioned boredom a few times as a design principle. What do you mean by that?"),
     ("Elon", "00:02:29", "I mean that a good production line should be incredibly boring to watch. If it’s exciting, something is going wrong. Excitement in manufacturing is usually a fire or a recall."),
     ("Dana Whitlock", "00:14:55", "Let’s jump to Starship. What’s the one thing that still keeps you up at night?"),
     ("Elon", "00:15:03", "Heat shield. Without question. The tiles on the ship have to survive reentry and then fly again within hours, and we are not there yet.\n\nWe’ve made a lot of progress. But a fully reusable orbital heat shield has never been done, by anyone, so there’s no textbook for it."),
     ("Dana Whitlock", "00:16:40", "Last one. What would you tell someone starting a hardware company today?"),
     ("Elon", "00:16:47", "Don’t. No, I’m kidding. Be prepared for it to hurt a lot more than you expect, and for much longer than you expect."),
     ("Dana Whitlock", "00:17:05", "Elon Musk, thank you."),
     ("Elon", "00:17:07", "Thank you."),
    ]
    body = []
    for lab, tm, text in turns:
        ps = paras(text)
        body.append('<p><strong>%s (%s):</strong> %s</p>' % (lab, tm, esc(ps[0], 'num')))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(p, 'num'))
    tx = '\n'.join(body)
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212: Elon Musk on batteries, boredom and Starship &#8211; The Long Burn</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<meta property="og:title" content="Ep. 212: Elon Musk on batteries, boredom and Starship" />
<meta property="og:description" content="Elon Musk: &quot;Excitement in manufacturing is usually a fire or a recall.&quot;" />
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<style id='astra-theme-css-inline-css'>.ast-container{{max-width:1240px}}.entry-content p{{margin-bottom:1.2em}}.key-quotes{{background:#fff6e8;padding:1.5em;border-left:4px solid #e67e22}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212: Elon Musk on batteries, boredom and Starship","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Long Burn"}},"description":"Elon Musk: The factory is harder than the car."}}</script>
<script src='https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-4412 single-format-standard ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
 <div class="ast-container">
  <div class="site-branding"><p class="site-title"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a></p><p class="site-description">Long conversations with people who build hard things</p></div>
  <nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
   <li class="menu-item"><a href="https://thelongburn.fm/" class="menu-link">Home</a></li>
   <li class="menu-item current-menu-parent"><a href="https://thelongburn.fm/episodes/" class="menu-link">Episodes</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/transcripts/" class="menu-link">Transcripts</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/support/" class="menu-link">Support the show</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/about/" class="menu-link">About Dana</a></li>
  </ul></nav>
 </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-episodes tag-manufacturing tag-spacex tag-tesla" id="post-4412">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">Ep. 212: Elon Musk on batteries, boredom and Starship</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-03-04T06:00:00-05:00">March 4, 2024</time> by <span class="author vcard"><a class="url fn n" href="https://thelongburn.fm/author/dana/">Dana Whitlock</a></span> &middot; <a href="#comments">4 Comments</a></div>
</header>
<div class="entry-content clear" itemprop="text">
<figure class="wp-block-embed is-type-rich is-provider-pod-host"><div class="wp-block-embed__wrapper"><iframe title="The Long Burn Ep. 212" src="https://player.podhost.example/e/lb-212?theme=dark" width="100%" height="180" frameborder="0" loading="lazy"></iframe></div></figure>
<p>This week Dana sits down with Elon Musk between meetings in Austin. They talk about why cells are still the bottleneck, why a good factory should be boring, what keeps him up about Starship, and his (short) advice for hardware founders.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list">
<li>00:00:04 &#8211; Intro</li>
<li>00:00:31 &#8211; Elon Musk on why cells are still the bottleneck</li>
<li>00:02:29 &#8211; Boredom as a design principle</li>
<li>00:15:03 &#8211; Starship&#8217;s heat shield</li>
<li>00:16:47 &#8211; Advice for hardware founders</li>
</ul>
<div class="wp-block-group key-quotes"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">Key quotes</h3>
<blockquote class="wp-block-quote"><p>Elon Musk: &#8220;Excitement in manufacturing is usually a fire or a recall.&#8221;</p></blockquote>
<blockquote class="wp-block-quote"><p>Elon Musk: &#8220;Heat shield. Without question.&#8221;</p></blockquote>
</div></div>
<p><em>Sponsored by Forgeline &#8211; industrial sensors that don&#8217;t need babysitting. Use code LONGBURN for a free pilot kit.</em></p>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was produced by a human with help from software. Please check the audio before quoting.</em></p>
{tx}
<p><em>[End of transcript]</em></p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-x" href="https://x.com/intent/post?url=https%3A%2F%2Fthelongburn.fm%2F212">X</a></li><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://thelongburn.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="#">manufacturing</a>, <a href="#">spacex</a>, <a href="#">tesla</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://thelongburn.fm/211-grid-storage/" rel="prev">&larr; Ep. 211: Who actually owns the grid?</a></div><div class="nav-next"><a href="https://thelongburn.fm/213-welding/" rel="next">Ep. 213: The last great welders &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 212: Elon Musk on batteries, boredom and Starship&rdquo;</h3>
<ol class="comment-list">
<li id="comment-9812" class="comment even thread-even depth-1"><article id="div-comment-9812" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">ElonMusk4Prez</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-9812"><time datetime="2024-03-04T09:12:44-05:00">March 4, 2024 at 9:12 am</time></a></div></footer>
<div class="comment-content"><p>Elon Musk: &#8220;Don&#8217;t.&#8221; Best answer to the founder question I&#8217;ve ever heard, lol.</p></div>
</article>
<ol class="children"><li id="comment-9815" class="comment byuser comment-author-dana bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dana Whitlock</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>He did follow it up, to be fair!</p></div></article></li></ol>
</li>
<li id="comment-9821" class="comment even thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon M.</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Not that Elon. I run a machine shop in Ohio and the &#8220;boring factory&#8221; bit is 100% true.</p></div></article></li>
<li id="comment-9830" class="comment odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">tile_guy</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Could you ask about the tile adhesive next time? 00:15:03 is where it gets good.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><section class="widget widget_block"><h2>Subscribe</h2><ul><li><a href="#">Apple Podcasts</a></li><li><a href="#">Spotify</a></li><li><a href="#">RSS</a></li></ul></section>
<section class="widget widget_recent_entries"><h2>Recent episodes</h2><ul><li><a href="#">Ep. 213: The last great welders</a></li><li><a href="#">Ep. 211: Who actually owns the grid?</a></li><li><a href="#">Ep. 210: Concrete, but make it green</a></li></ul></section></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">Copyright &copy; 2024 The Long Burn &middot; Powered by <a href="https://wordpress.org">WordPress</a> &amp; Astra</div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script src='https://thelongburn.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
<script src='https://thelongburn.fm/wp-includes/js/comment-reply.min.js?ver=6.4.3' id='comment-reply-js' async data-wp-strategy='async'></script>
</body>
</html>
'''
    write('s01_wordpress_longburn', page,
          "WordPress post: each turn is a <p> opening with <strong>Name (hh:mm:ss):</strong>, continuation paragraphs unlabelled; label 'Elon Musk' then 'Elon'.",
          "The Long Burn", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s02 transcription share page
def s02():
    him = {"Elon Musk", "Musk"}
    turns = [
     ("Priya Raman", "58:02", "We're back. Before the break you said compute would be the constraint for the next two years. I want to push on that a little."),
     ("Elon Musk", "58:11", "Sure."),
     ("Priya Raman", "58:13", "Is it chips, or is it power?"),
     ("Elon Musk", "58:16", "Right now it's chips. In about eighteen months it's going to be transformers, the electrical kind, and then it's going to be raw power generation. You can kind of see the sequence coming."),
     ("Priya Raman", "59:40", "That's a very utility-company answer."),
     ("Musk", "59:44", "Well, I think people underestimate how much of AI is just an electricity story. It's not glamorous.\n\nIf you want to know where the industry will be in two years, look at who's ordering step-down transformers today."),
     ("Tom Okafor", "61:02", "Sorry."),
     ("Priya Raman", "61:04", "No, go on, Tom's flagging the time. I wanted to ask about open versus closed models."),
     ("Musk", "61:09", "I've been pretty consistent that the foundation models should be open, or at least the older generations should be open. There's a lag that's reasonable, maybe a year."),
     ("Priya Raman", "64:10", "Musk once said on this very show, \"If you're not embarrassed by your first model, you shipped too late.\" Do you remember that?"),
     ("Musk", "64:21", "I don't remember it, but it does sound like something I'd say."),
     ("Priya Raman", "72:30", "We're out of time. Thank you so much."),
     ("Musk", "72:33", "Thanks, Priya. Thanks, everyone."),
    ]
    blocks, plain = [], []
    for i, (lab, tm, text) in enumerate(turns):
        s = int(T(tm))
        spk = {"Priya Raman": 1, "Elon Musk": 2, "Musk": 2, "Tom Okafor": 3}[lab]
        ps = ''.join('<p>%s</p>' % esc(p) for p in paras(text))
        blocks.append(f'''<div class="tx-block" data-speaker-id="spk_{spk}" data-block="{i}">
  <div class="tx-meta"><span class="tx-speaker sp-c{spk}">{lab}</span> <a class="tx-time" href="?t={s}" data-seek="{s}">{tm}</a></div>
  <div class="tx-text">{ps}</div>
</div>''')
        plain.append('%s  %s\n%s\n' % (lab, tm, esc('\n'.join(paras(text)))))
    page = f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>signal-noise-ep88-musk-FINAL.m4a | Scribewell shared transcript</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://cdn.scribewell.example/share/app.4f1c9e.css">
<style>.tx-block{{display:grid;grid-template-columns:180px 1fr;gap:12px;padding:10px 0;border-bottom:1px solid #eee}}.tx-time{{color:#7a7a7a;font-variant-numeric:tabular-nums;margin-left:6px}}.sp-c1{{color:#2b6cb0}}.sp-c2{{color:#c05621}}.sp-c3{{color:#2f855a}}pre.plain{{white-space:pre-wrap;font-size:13px}}</style>
<script>window.__SHARE__={{"id":"sh_8qk2LmX0","fileId":"f_20931","durationSec":4412,"offsetSec":3480,"speakers":[{{"id":"spk_1","name":"Priya Raman"}},{{"id":"spk_2","name":"Elon Musk"}},{{"id":"spk_3","name":"Tom Okafor"}}]}};</script>
</head>
<body class="share-view">
<header class="topbar">
  <a class="logo" href="https://scribewell.example/">Scribewell</a>
  <span class="doc-title">signal-noise-ep88-musk-FINAL.m4a</span>
  <nav class="actions"><a href="https://scribewell.example/signup?ref=share">Try Scribewell free</a> <a href="https://scribewell.example/login">Log in</a></nav>
</header>
<div class="share-layout">
<aside class="share-side">
  <section class="file-info"><h2>File</h2><dl><dt>Shared by</dt><dd>Tom Okafor (Signal &amp; Noise)</dd><dt>Length</dt><dd>1:13:32</dd><dt>Excerpt</dt><dd>58:00 &ndash; 73:00</dd><dt>Accuracy</dt><dd>Human-verified</dd></dl></section>
  <section class="speakers"><h2>Speakers</h2><ul><li><span class="dot sp-c1"></span>Priya Raman <small>4 min</small></li><li><span class="dot sp-c2"></span>Elon Musk <small>6 min</small></li><li><span class="dot sp-c3"></span>Tom Okafor <small>&lt;1 min</small></li></ul></section>
  <section class="summary"><h2>Smart summary</h2><p>Elon Musk argues that AI progress will be limited first by chips, then by electrical transformers, then by power generation, and repeats his view that older model generations should be open.</p></section>
</aside>
<main class="share-main">
  <div class="player"><audio controls preload="none" src="https://media.scribewell.example/s/sh_8qk2LmX0.m4a"></audio><p class="hint">Click any timestamp to jump to that moment. Times are relative to the start of the full recording.</p></div>
  <div class="transcript" id="transcript">
{chr(10).join(blocks)}
  </div>
  <details class="export"><summary>Plain text (copy-friendly)</summary>
<pre class="plain">{chr(10).join(plain)}</pre>
  </details>
</main>
</div>
<footer class="share-footer"><p>Transcribed with Scribewell &middot; <a href="https://scribewell.example/terms">Terms</a> &middot; <a href="https://scribewell.example/privacy">Privacy</a> &middot; <a href="https://scribewell.example/report?share=sh_8qk2LmX0">Report this transcript</a></p></footer>
<script src="https://cdn.scribewell.example/share/app.4f1c9e.js" defer></script>
</body>
</html>
'''
    write('s02_scribewell_share', page,
          "Transcription-service share page: div.tx-block per turn with span.tx-speaker and an a.tx-time link (?t=seconds) showing mm:ss with minutes over 59; a plain-text copy of the whole transcript repeats it in a collapsed <details>.",
          "Signal & Noise", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s03 newspaper Q&A
def s03():
    QA = [
     ("You’ve said Starbase is becoming a city. Is that a figure of speech?",
      "Not really. It is legally a city now, so it’s a bit more than a figure of speech. We have a mayor, we have a water problem, we have everything a city has."),
     ("What is the water problem?",
      "Sand, mostly. Everything here is sand, and sand gets into the pumps. It’s not dramatic, it’s just relentless."),
     ("When did you think SpaceX would fail?",
      "2008, clearly. We were three weeks from running out of money and the third flight had just failed.\n\n@PULL\n\nThe fourth flight was basically the last roll of the dice. If that had failed, that would have been it for the company."),
     ("Do you still read reviews of your own products?",
      "Some of them. The bad ones are more useful than the good ones, which is annoying but true."),
     ("One word for the next five years?", "Busy."),
     ("Your brother Kimbal once said you “can’t relax on a beach.” True?",
      "That’s accurate. I tried it once. I brought a laptop."),
     ("Last question. What would you change about how you communicate?",
      "Probably fewer posts after midnight. That’s the honest answer.\n\nI say that every year, and every year it doesn’t happen."),
    ]
    turns, body = [], []
    for q, a in QA:
        turns.append(("The Ledger", None, q))
        turns.append(("@answer", None, a))
        body.append('<p class="qa-q"><strong>The Ledger:</strong> <strong>%s</strong></p>' % esc(q, 'named'))
        for p in paras(a):
            if p == '@PULL':
                body.append('<aside class="pullquote" aria-hidden="true"><blockquote><p>&ldquo;We were three weeks from running out of money.&rdquo;</p><cite>&mdash; Elon Musk</cite></blockquote></aside>')
            else:
                body.append('<p>%s</p>' % esc(p, 'named'))
    him = {"@answer"}
    gold = gold_turns([(l, t, x.replace('@PULL\n\n', '')) for l, t, x in turns], him)
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>‘We were three weeks from running out of money’: Elon Musk on Starbase, failure and posting at midnight | The Northern Ledger</title>
<meta name="description" content="The SpaceX founder talks to the Ledger about the city he built on a sandbar.">
<meta property="article:section" content="Business">
<link rel="canonical" href="https://www.northernledger.example/business/2024/jun/02/elon-musk-interview-starbase">
<link rel="stylesheet" href="/static/css/article.8a1b.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"business","contentType":"interview","byline":"Hannah Coyle"}});</script>
</head>
<body class="article-page section-business">
<div class="masthead"><a href="/" class="brand">The Northern Ledger</a>
<nav class="sections"><a href="/news">News</a> <a href="/business" class="active">Business</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/subscribe" class="cta">Subscribe</a></nav></div>
<main>
<article class="story story--interview">
<header class="story-head">
<p class="kicker">The Ledger interview</p>
<h1>&lsquo;We were three weeks from running out of money&rsquo;: Elon Musk on Starbase, failure and posting at midnight</h1>
<p class="standfirst">The SpaceX founder talks about the city he built on a sandbar &mdash; and the year it nearly all ended</p>
<p class="byline">By <a href="/profile/hannah-coyle" rel="author">Hannah Coyle</a>, Business Editor &middot; <time datetime="2024-06-02T07:00:00+01:00">Sun 2 Jun 2024 07.00 BST</time></p>
</header>
<figure class="lead-image"><img src="/img/2024/06/musk-starbase-1200.jpg" alt="Elon Musk at Starbase, Texas" width="1200" height="720"><figcaption>Elon Musk at Starbase, Texas, in May. Photograph: Ledger Pictures</figcaption></figure>
<div class="story-body">
<p>Elon Musk spoke to the Ledger by video from Starbase, Texas, for about 45 minutes late on a Friday evening. He was, by his own account, running on four hours of sleep. His answers follow each of our questions; the conversation has been edited for length and clarity.</p>
{chr(10).join(body)}
<p class="endnote"><em>This interview has been condensed and edited.</em></p>
</div>
<aside class="related"><h2>More on this story</h2><ul>
<li><a href="/business/2024/may/30/starship-flight-four">Musk: &lsquo;Starship will fly again within weeks&rsquo;</a></li>
<li><a href="/business/2024/may/12/starbase-city-vote">Starbase residents vote to become a city</a></li>
<li><a href="/tech/2024/apr/21/kimbal-musk-farms">Kimbal Musk on vertical farming&rsquo;s second act</a></li>
</ul></aside>
</article>
</main>
<section class="newsletter-signup"><h2>Business Today</h2><p>Free daily newsletter. Our morning email breaks down the key business stories of the day.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
<footer class="site-footer"><p>&copy; 2024 Northern Ledger Media Ltd. All rights reserved.</p><p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/corrections">Corrections</a></p></footer>
<script src="/static/js/article.8a1b.js" defer></script>
</body>
</html>
'''
    write('s03_ledger_qa', page,
          "Newspaper Q&A: questions in <p> with bold 'The Ledger:' label; his answers are unlabelled paragraphs (he is named in the intro); no timestamps; a pull quote sits inside one answer.",
          "The Northern Ledger", gold, ["The Ledger"])

# ---------------------------------------------------------------- s04 Hugo panel table
def s04():
    him = {"Elon Musk", "Elon"}
    rows = [
     ("Ines Calloway", "52:10", "Good afternoon. We have three people on this stage who have built a lot of physical things, at very different scales. Let’s start with you, Kimbal — you’ve been in food, not cars."),
     ("Kimbal Musk", "52:41", "Right, and people forget that food is a supply chain problem first. Elon always says the factory is the product. I think the farm is the product."),
     ("Elon Musk", "53:02", "I do say that. I’d say it applies to farms too, actually."),
     ("Ines Calloway", "53:07", "Okay."),
     ("Elon Musk", "53:09", "The thing people miss is that the machine that builds the machine is the actual hard part. The product is almost the easy bit."),
     ("", "54:20", "For Model 3 we had the line running at maybe a tenth of the rate we needed, for months. That was the hardest period of my career, honestly."),
     ("Rafael Ortiz", "55:30", "I’d add that the workforce is the hardest piece. You can buy robots. You can’t buy a welder with fifteen years of experience."),
     ("Ines Calloway", "56:48", "Elon, how do you think about automation versus people today?"),
     ("Elon", "56:55", "We over-automated in 2018. That was a mistake, and I’ve said so publicly. Humans are underrated."),
     ("Kimbal", None, "He has said it publicly. Many times. At dinner."),
     ("Elon", None, "Yes."),
     ("Rafael Ortiz", "59:58", "And humans are also the ones who notice when something smells wrong on the line. No sensor does that yet."),
     ("Ines Calloway", "1:01:05", "We have time for one audience question."),
     ("Audience member", "1:01:12", "For Elon — what’s the biggest factory mistake you see startups make?"),
     ("Elon", "1:01:20", "Building the factory before the design is stable. Then you build a very efficient machine for making the wrong thing."),
     ("", "1:02:03", "Lock the design, then scale. It sounds obvious, but almost nobody does it."),
     ("Kimbal", "1:03:15", "And feed your engineers."),
     ("Elon", "1:03:18", "That too."),
    ]
    trs = []
    for lab, tm, text in rows:
        tcell = '<td class="ts">%s</td>' % (tm or '')
        trs.append('<tr>%s<td class="who">%s</td><td>%s</td></tr>' % (tcell, lab, esc(text, 'named')))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>Panel: Building at Scale — full transcript · Frontier Manufacturing Summit 2024</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.min.3c7f2a.css" integrity="sha256-3c7f2a" crossorigin="anonymous">
<style>table.transcript{{border-collapse:collapse;width:100%}}table.transcript td,table.transcript th{{border-bottom:1px solid #ddd;padding:6px 8px;vertical-align:top}}td.ts{{font-family:monospace;white-space:nowrap;color:#666}}td.who{{font-weight:600;white-space:nowrap}}</style>
</head>
<body>
<header class="site-header"><div class="wrap"><a class="site-title" href="/">Frontier Manufacturing Summit</a>
<nav><ul><li><a href="/2024/agenda/">Agenda</a></li><li><a href="/2024/speakers/">Speakers</a></li><li><a href="/2024/sessions/" aria-current="page">Sessions</a></li><li><a href="/2024/sponsors/">Sponsors</a></li><li><a href="/2025/">2025</a></li></ul></nav></div></header>
<main class="wrap">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/2024/sessions/">2024 sessions</a> › Building at Scale</nav>
<h1>Panel: Building at Scale</h1>
<p class="meta">Main Hall · Day 2 · <time datetime="2024-09-18T14:00:00-05:00">18 September 2024, 2:00 pm</time> · Session recording 2:04:10</p>
<section class="panelists"><h2>Panelists</h2>
<dl class="bios">
<dt>Elon Musk</dt><dd>CEO, Tesla and SpaceX</dd>
<dt>Kimbal Musk</dt><dd>Co-founder, Big Green Table (food and farming)</dd>
<dt>Dr. Rafael Ortiz</dt><dd>Director, Midwest Advanced Manufacturing Institute</dd>
<dt>Ines Calloway (moderator)</dt><dd>Editor-at-large, Plant &amp; Process</dd>
</dl></section>
<p class="note">Times refer to the full session recording (the panel begins at 52:00). Rows without a speaker continue the previous speaker. Some short exchanges were not time-coded.</p>
<h2 id="transcript">Transcript</h2>
<table class="transcript">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Remarks</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p class="download"><a href="/2024/sessions/building-at-scale/transcript.txt">Download as .txt</a> · <a href="/2024/sessions/building-at-scale/transcript.vtt">WebVTT captions</a></p>
<nav class="pager"><a href="/2024/sessions/grid-scale-storage/">← Grid-scale storage in practice</a> <a href="/2024/sessions/closing-keynote/">Closing keynote →</a></nav>
</main>
<footer class="site-footer"><div class="wrap"><p>© 2024 Frontier Manufacturing Summit. Transcripts are provided for accessibility and may contain errors.</p><p>Built with <a href="https://gohugo.io">Hugo</a>.</p></div></footer>
<script src="/js/bundle.min.91ad0e.js"></script>
</body>
</html>
'''
    write('s04_hugo_panel_table', page,
          "Static-site (Hugo) conference page: a <table> with columns Time | Speaker | Remarks; times mix mm:ss and h:mm:ss; rows with an empty speaker cell continue the previous speaker; some rows have no time.",
          "Frontier Manufacturing Summit 2024", gold_turns(rows, him), others_of(rows, him))
