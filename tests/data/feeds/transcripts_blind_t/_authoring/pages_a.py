from common import *

# ---------------- t01: WordPress podcast, "Name (hh:mm:ss)" ----------------
def t01():
    L = {'PN': ['Priya Natarajan', 'Priya'], EM: ['Elon Musk', 'Elon']}
    T = [
     ('PN', 62, "Welcome back to The Long Burn. My guest today needs very little introduction, but I'll try anyway: he runs a rocket company, a car company, and apparently a tunnel company. Elon, thanks for coming in."),
     (EM, 79, "Thanks for having me. It's good to be here, although I was told there would be coffee."),
     ('PN', 86, "There is coffee. It's on its way. Let's start with Starship. Where are you really at with the heat shield?"),
     (EM, 95, ["Honestly, the heat shield is the hardest remaining problem. People think it's the engines, but the engines are mostly solved at this point.", "The tiles are the thing. You've got something like eighteen thousand of them and if one falls off in the wrong place, you have a very bad day."]),
     ('PN', 151, "Right."),
     (EM, 152, "And we don't have a good way to inspect them quickly between flights, which you need for full reuse."),
     ('PN', 170, "When you say full reuse, what turnaround are you actually targeting?"),
     (EM, 176, "Hours, not weeks. Like an airliner. Land, refill the propellant, fly again the same day."),
     ('PN', 1204, "Let me read you something. A listener wrote in, and she said, quote, Musk once said: \"the best part is no part.\" Do you still believe that?"),
     (EM, 1219, "Yes."),
     ('PN', 1221, "That's it? Just yes?"),
     (EM, 1223, "Well, I mean, the corollary is that the best process is no process. If you can delete a step, delete it. Most requirements are wrong, including mine."),
     ('PN', 3702, "We're nearly out of time. Last question: Mars in this decade, yes or no?"),
     (EM, 3709, "I'd say it's plausible for uncrewed ships. Crewed, I'd put it early next decade if things go well, which they usually don't on schedule."),
    ]
    def lab(sp, i):
        seen = [t[0] for t in T[:i]]
        return L[sp][0] if sp not in seen else L[sp][1]
    body = []
    for i, (sp, t, tx) in enumerate(T):
        ps = paras(tx)
        body.append('<p><strong>%s</strong> <span class="ts">(%s)</span><br>\n%s</p>' % (lab(sp, i), hms(t), esc(curly(ps[0]), True)))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(curly(p), True))
    page = '''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Heat Shields, Deleting Steps and Mars &#8211; The Long Burn</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.3" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget-css" href="https://thelongburn.fm/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.0" media="all">
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta property="og:title" content="Elon Musk: heat shields are the hardest remaining problem">
</head>
<body class="post-template-default single single-post postid-4121 single-format-standard ast-single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="ast-container">
<div class="site-branding"><p class="site-title"><a href="https://thelongburn.fm/">The Long Burn</a></p><p class="site-description">Conversations about hard engineering</p></div>
<nav id="primary-site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/episodes/">Episodes</a></li><li class="menu-item"><a href="/guests/">Guests</a></li><li class="menu-item"><a href="/support/">Support the show</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></nav>
</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article id="post-4121" class="post-4121 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Ep. 212 &#8211; Elon Musk on Heat Shields, Deleting Steps and Mars</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-09-18T06:00:00+00:00">September 18, 2024</time> by <span class="author vcard">Priya Natarajan</span></div></header>
<div class="entry-content clear">
<div class="powerpress_player" id="powerpress_player_5521"><audio class="wp-audio-shortcode" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://media.thelongburn.fm/episodes/lb212.mp3?_=1"></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.thelongburn.fm/episodes/lb212.mp3" class="powerpress_link_pinw">Play in new window</a> | <a href="https://media.thelongburn.fm/episodes/lb212.mp3" class="powerpress_link_d" download>Download</a> (Duration: 1:03:12 &#8212; 57.9MB)</p>
<p>Priya sits down with Elon Musk at Starbase to talk about the unglamorous parts of rocketry: tiles, inspection, and why most requirements are wrong.</p>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list">
<li>00:01:02 &#8211; Intro</li>
<li>00:01:35 &#8211; Elon Musk: the heat shield is the hardest remaining problem</li>
<li>00:20:04 &#8211; &#8220;The best part is no part&#8221;</li>
<li>01:01:42 &#8211; Mars timelines</li>
</ul>
<div class="wp-block-group key-quotes has-pale-cyan-blue-background-color"><h3>Key quotes</h3>
<p><strong>Elon Musk:</strong> &#8220;Hours, not weeks. Like an airliner.&#8221;</p>
<p><strong>Elon Musk:</strong> &#8220;Most requirements are wrong, including mine.&#8221;</p></div>
<h2 class="wp-block-heading" id="transcript">Full transcript</h2>
<p><em>Transcripts are machine-generated and lightly edited. Please check the audio before quoting.</em></p>
''' + '\n'.join(body) + '''
<p><em>Transcript ends.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/space/" rel="category tag">Space</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/" rel="tag">SpaceX</a>, <a href="/tag/starship/" rel="tag">Starship</a></span></footer>
</article>
<div id="comments" class="comments-area"><h3 class="comments-title">3 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Heat Shields, Deleting Steps and Mars&#8221;</h3>
<ol class="ast-comment-list">
<li class="comment" id="comment-881"><article><header><div class="ast-comment-cite-wrap"><cite><b class="fn">ElonMuskFan42</b></cite></div><time datetime="2024-09-18T09:12:44+00:00">September 18, 2024 at 9:12 am</time></header>
<section class="comment-content"><p>Elon Musk: &#8220;Most requirements are wrong, including mine.&#8221; Framing this one.</p></section></article></li>
<li class="comment" id="comment-882"><article><header><cite><b class="fn">Elon M.</b></cite><time datetime="2024-09-18T11:40:02+00:00">September 18, 2024 at 11:40 am</time></header>
<section class="comment-content"><p>Not that Elon. Great episode though, Priya, the tile discussion at 00:01:35 was excellent.</p></section></article></li>
<li class="comment" id="comment-883"><article><header><cite><b class="fn">tessa_r</b></cite><time datetime="2024-09-19T08:01:13+00:00">September 19, 2024 at 8:01 am</time></header>
<section class="comment-content"><p>Could you fix the audio levels in the second half?</p></section></article></li>
</ol></div>
</main></div></div></div>
<footer class="site-footer"><div class="ast-small-footer">&copy; 2024 The Long Burn &middot; Powered by WordPress &amp; PowerPress</div></footer>
<script id="powerpress-player-js" src="https://thelongburn.fm/wp-content/plugins/powerpress/player.min.js?ver=6.5"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-LB2120');</script>
</body>
</html>
'''
    write('t01_wordpress_longburn', page, 'The Long Burn',
          'WordPress episode page: each turn is a <p> with a bold speaker name (full, then first name only) and "(hh:mm:ss)" in a span, text after a <br>; continuation paragraphs unlabelled.',
          T, ['Priya Natarajan', 'Priya'], cur=True)

# ---------------- t02: transcription-service share page, data-start-ms, mm:ss.mmm > 59 min ----------------
def t02():
    L = {'DO': 'Dana Okafor', 'ML': 'Marcus Lee', EM: 'Elon Musk'}
    T = [
     ('DO', 4201.250, "Okay, we're back. Marcus has a question he's been sitting on for the whole first hour."),
     ('ML', 4209.900, "I do. Elon, the battery day numbers from a few years ago, the cost per kilowatt hour target. Did you hit it?"),
     (EM, 4221.480, "Not fully. We got most of the way there on cell cost but the dry electrode process took much longer than we expected to get to volume."),
     ('ML', 4240.020, "Why was it so hard?"),
     (EM, 4241.700, ["It's a powder that you're pressing into a film, and at scale the film tears, it has defects, the yield is terrible.", "So you have this situation where it works beautifully on the lab line and then you try to run it at a hundred meters a minute and it's a disaster."]),
     ('DO', 4290.330, "Mm-hm."),
     (EM, 4291.010, "But we've cracked it now, I think. Mostly."),
     ('DO', 4445.500, "Let's talk about the grid side. Megapack is now a bigger business than people realize."),
     (EM, 4452.060, "Yeah, it's growing faster than cars, in percentage terms. The grid needs storage more than it needs new generation, actually."),
     ('ML', 4470.800, "That's a bold claim."),
     (EM, 4472.125, "Well, if you look at the average power usage versus peak, you could roughly double the energy throughput of the existing grid with enough batteries. That's just physics."),
     ('DO', 4530.000, "We should wrap there. Elon Musk, thank you."),
     (EM, 4533.400, "Thank you both."),
    ]
    segs = []
    for i, (sp, t, tx) in enumerate(T):
        ms = int(round(t * 1000))
        disp = '%d:%06.3f' % (int(t) // 60, t - (int(t) // 60) * 60)
        ps = ''.join('<p class="seg-text" data-w="1">%s</p>' % esc(p) for p in paras(tx))
        segs.append('''<div class="segment" id="seg-%d" data-start-ms="%d" data-speaker-id="%s">
  <div class="seg-meta"><span class="speaker-chip" style="--c:%s">%s</span><button class="tc" data-seek="%d" title="Jump to %s">%s</button></div>
  %s
</div>''' % (i, ms, sp.lower(), {'DO': '#6b5', 'ML': '#b65', EM: '#56b'}[sp], L[sp], ms, disp, disp, ps))
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gridlock Podcast #88 (part 2) — Shared transcript · Transcribly</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/app.8c1f2e.css">
<style>.segment{display:grid;grid-template-columns:160px 1fr;gap:8px;padding:6px 0}.speaker-chip{font-weight:600;color:var(--c)}.tc{font:12px monospace;border:0;background:none;color:#888}</style>
</head>
<body class="share-view">
<header class="app-bar"><a class="logo" href="https://transcribly.example/">Transcribly</a>
<span class="badge">Shared with link · view only</span>
<nav><a href="/pricing">Pricing</a> <a href="/signup" class="btn">Try free</a></nav></header>
<main class="share-layout">
<aside class="file-info">
<h1>Gridlock Podcast #88 (part 2)</h1>
<dl><dt>Duration</dt><dd>18:41 (starts at 70:00 of the full episode)</dd><dt>Speakers</dt><dd>3</dd><dt>Language</dt><dd>English (US)</dd><dt>Accuracy</dt><dd>97.8%</dd></dl>
<section class="ai-summary"><h2>AI summary <span class="beta">beta</span></h2>
<ul><li><b>Elon Musk:</b> dry electrode production took longer than expected to scale.</li>
<li><b>Elon Musk:</b> grid storage matters more than new generation.</li>
<li><b>Marcus Lee:</b> asked about battery cost targets.</li></ul>
<p class="disclaimer">Generated automatically. May contain errors.</p></section>
<div class="player"><audio src="https://cdn.transcribly.example/a/7f3c9/audio.m4a" controls preload="metadata"></audio></div>
</aside>
<section class="transcript" aria-label="Transcript">
''' + '\n'.join(segs) + '''
</section>
</main>
<footer class="share-footer">Transcribed with <a href="https://transcribly.example/">Transcribly</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/report?f=7f3c9">Report this file</a></footer>
<script src="/static/share.3b2a1d.js" defer></script>
<script>window.__SHARE__={"fileId":"7f3c9","offsetMs":4200000,"speakers":{"do":"Dana Okafor","ml":"Marcus Lee","em":"Elon Musk"}};</script>
</body>
</html>
'''
    write('t02_transcribly_share', page, 'Gridlock Podcast',
          'Transcription-service share page: each segment is a div with data-start-ms, a speaker chip and a seek button showing m:ss.mmm with minutes above 59 (e.g. 70:21.480).',
          T, ['Dana Okafor', 'Marcus Lee'])

# ---------------- t03: Substack, "Name: text" per paragraph, no times ----------------
def t03():
    T = [
     ('RS', None, ["I've wanted to do this interview for about three years. We finally got forty minutes on a video call, which he took from what looked like a factory floor. What follows is lightly edited for length and clarity."]),
     ('RS', None, "Let's start simple. Why do you keep building factories yourself rather than contracting it out?"),
     (EM, None, ["Because the factory is the product. That's the thing people miss. Designing the car is maybe ten percent of the problem.", "The other ninety is building the machine that builds the machine, and you can't outsource that learning."]),
     ('RS', None, "You've said before that prototypes are easy and production is hard."),
     (EM, None, "It's more like prototypes are trivial and production is a hundred times harder. And positive cash flow is another ten times on top."),
     ('RS', None, "So what's the hardest factory you've ever worked on?"),
     (EM, None, ["Probably Nevada in 2017 and 2018. I was sleeping there. It was not fun.", "I don't recommend it. I mean, it worked out, but I wouldn't wish that on anybody."]),
     ('RS', None, "Do you think about AI replacing the people on those lines?"),
     (EM, None, "Eventually, yes. Humanoid robots will do most of the repetitive work. But there's a long tail of weird tasks that's very hard to automate."),
     ('RS', None, "Long tail as in years?"),
     (EM, None, "Years. Maybe a decade for the really awkward stuff."),
     ('RS', None, "Last one. What would you tell a twenty-year-old engineer?"),
     (EM, None, "Go where the hardest problems are, and get your hands dirty. Literally."),
    ]
    seen = set(); body = []
    lab = {'RS': ('Rachel Stein', 'Rachel'), EM: ('Elon Musk', 'Elon')}
    for i, (sp, t, tx) in enumerate(T):
        ps = paras(tx)
        if i == 0:
            body.append('<p><em>%s</em></p>' % esc(curly(ps[0])))
            continue
        l = lab[sp][0] if sp not in seen else lab[sp][1]; seen.add(sp)
        body.append('<p><strong>%s:</strong> %s</p>' % (l, esc(curly(ps[0]))))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(curly(p)))
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>&quot;The factory is the product&quot;: a conversation with Elon Musk - Compounding Things</title>
<meta property="og:site_name" content="Compounding Things">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{\\"isSubscribed\\":false,\\"post\\":{\\"id\\":14488102,\\"title\\":\\"The factory is the product\\"}}")</script>
</head>
<body>
<div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="https://compoundingthings.substack.com">Compounding Things</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">&quot;The factory is the product&quot;</h1><h3 class="subtitle">A conversation with Elon Musk about production hell, robots and getting your hands dirty</h3>
<div class="post-meta"><a href="https://substack.com/@rachelstein">Rachel Stein</a> · <time datetime="2024-03-02T14:00:00.000Z">Mar 02, 2024</time> · <span class="like-count">412</span> likes · <span>58 comments</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<div class="callout ai-takeaways"><p><strong>Key takeaways</strong> (auto-generated)</p>
<ul><li><p>Musk: the factory matters more than the design of the car.</p></li><li><p>Musk: humanoid robots will eventually do most repetitive factory work.</p></li></ul></div>
<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456/factory.jpg" alt="Assembly line"><figcaption class="image-caption">A general assembly line. Photo: press kit.</figcaption></figure></div>
''' + '\n'.join(body) + '''
<p><em>Thanks for reading Compounding Things! Subscribe for free to receive new posts and support my work.</em></p>
<div class="subscription-widget-wrap"><form class="form"><input type="email" placeholder="Type your email..."><button type="submit">Subscribe</button></form></div>
</div></div>
<div class="post-footer"><button class="like-button">Like</button> <button class="restack-button">Restack</button> <button class="share-button">Share</button></div>
</article>
<div class="comments-section"><h4>Discussion about this post</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name">Elon&#39;s biggest fan</a> <span>Mar 2</span></div><div class="comment-body"><p>&quot;Go where the hardest problems are&quot; &#8212; best line in the piece.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name">Hugo Brandt</a> <span>Mar 3</span></div><div class="comment-body"><p>Rachel: would love a follow-up on the robot timelines.</p></div></div>
</div></div></div>
<div class="footer-wrap"><footer>© 2024 Rachel Stein · <a href="https://substack.com/privacy">Privacy</a> · <a href="https://substack.com/tos">Terms</a> · <a href="https://substack.com/signup">Start Writing</a></footer></div>
<script src="https://substackcdn.com/bundle/main.js" charset="utf-8"></script>
</body>
</html>
'''
    write('t03_substack_compounding', page, 'Compounding Things',
          'Substack newsletter Q&A: "Name: text" with bold label per paragraph (full name first, then first name), unlabelled continuation paragraphs, no timestamps.',
          T, ['Rachel Stein', 'Rachel'], cur=True)

# ---------------- t04: newspaper Q&A, answers partly unlabelled ----------------
def t04():
    QA = [
     ("You've moved a lot of your companies' headquarters to Texas. Was that about taxes?",
      ["Partly, sure, but mostly it was about being able to build things. In some places it takes longer to get a permit than to build the factory.", "Texas just lets you get on with it."]),
     ("Critics say you've become too political.", ["I think I've become about as political as I was forced to become. I'd rather be talking about rockets."]),
     ("Do you read what's written about you?", ["Less than I used to. Some of it. It's mostly wrong, but in interesting ways."]),
     ("What's the biggest mistake you've made at SpaceX?", ["Probably trying to make Falcon 1 too cheap in the early days. We cut corners on things that mattered, and we had three failures.", "The fourth one worked, and if it hadn't, there would be no SpaceX."]),
     ("Is that still how you feel about risk?", ["Yes."]),
     ("Last question. Will you ever retire?", ["I'll probably die at my desk, honestly. Or on Mars. Either is fine."]),
    ]
    body = []; T = []
    for i, (q, a) in enumerate(QA):
        body.append('<p class="q"><b>Herald:</b> %s</p>' % esc(curly(q)))
        T.append(('Q', None, q))
        T.append((EM, None, a))
        if i < 2:
            body.append('<p><b>Musk:</b> %s</p>' % esc(curly(a[0])))
        else:
            body.append('<p>%s</p>' % esc(curly(a[0])))
        for p in a[1:]:
            body.append('<p>%s</p>' % esc(curly(p)))
        if i == 2:
            body.append('<aside class="pullquote"><blockquote><p>&ldquo;I&rsquo;d rather be talking about rockets.&rdquo;</p><cite>Elon Musk</cite></blockquote></aside>')
    page = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Elon Musk: &lsquo;I&rsquo;ll probably die at my desk. Or on Mars&rsquo; | Business | The Meridian Herald</title>
<meta name="description" content="The billionaire on Texas, politics, his worst mistake and whether he will ever retire.">
<link rel="canonical" href="https://www.meridianherald.example/business/2024/jun/14/elon-musk-interview">
<link rel="stylesheet" href="/assets/css/article.4f2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk: I'll probably die at my desk","author":{"@type":"Person","name":"Oliver Penhaligon"}}</script>
</head>
<body class="article business">
<div class="masthead"><a class="logo" href="/">The Meridian Herald</a>
<nav class="sections"><a href="/news">News</a><a href="/business" class="active">Business</a><a href="/technology">Technology</a><a href="/opinion">Opinion</a><a href="/culture">Culture</a></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></div>
<main><article>
<p class="kicker">The Interview</p>
<h1>Elon Musk: &lsquo;I&rsquo;ll probably die at my desk. Or on Mars&rsquo;</h1>
<p class="standfirst">The world&rsquo;s most talked-about businessman on Texas, politics and the launch that nearly ended it all</p>
<p class="byline">By <a href="/profile/oliver-penhaligon">Oliver Penhaligon</a>, Business Editor &middot; <time datetime="2024-06-14T05:00:00Z">Fri 14 Jun 2024 06.00 BST</time></p>
<figure><img src="/img/musk-boca.jpg" alt=""><figcaption>Elon Musk at the company&rsquo;s launch site in south Texas. Photograph: Herald staff</figcaption></figure>
<div class="article-body">
<p>Elon Musk arrives twenty minutes late, apologises, and eats a protein bar while we talk. The interview below, conducted at Starbase, has been condensed and edited for clarity. Our questions are in bold; the answers are Musk&rsquo;s.</p>
''' + '\n'.join(body) + '''
<p class="endnote"><i>This interview has been edited and condensed.</i></p>
</div>
<div class="related"><h3>More on this story</h3><ul><li><a href="/business/2024/jun/10/spacex-valuation">SpaceX valuation tops estimates</a></li><li><a href="/technology/2024/may/29/starlink-outage">Starlink outage hits Europe</a></li></ul></div>
</article></main>
<footer class="site-footer"><p>&copy; 2024 Meridian Herald Media Ltd. All rights reserved.</p><nav><a href="/help">Help</a> <a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></nav></footer>
<script src="/assets/js/article.91a.js" async></script>
</body>
</html>
'''
    write('t04_newspaper_meridian_qa', page, 'The Meridian Herald',
          'Newspaper Q&A: questions are paragraphs labelled "Herald:" in bold; his answers are labelled "Musk:" for the first two and unlabelled plain paragraphs afterwards (named in the intro); no timestamps.',
          T, ['Herald'], cur=True)

# ---------------- t05: TV transcript, caps labels, video clip ----------------
def t05():
    T = [
     ('KW', None, "Good evening. Tonight, the man behind the world's most valuable car company on artificial intelligence, and why he says it keeps him up at night. But first, our correspondent James Ortiz has been looking at the robotaxi rollout."),
     ('JO', None, ["Karen, at a launch event in Austin last October, Musk made a promise that many in the industry called reckless. Musk once said, quote, \"the car will drive itself anywhere, and you'll be able to sleep in it.\" End quote.", "Regulators here are not so sure."]),
     ('KW', None, "James, stay with us. Joining me now from Austin, Elon Musk. Thanks for being here."),
     (EM, None, "Thanks for having me, Karen."),
     ('KW', None, "Before we start, let's play something you said two years ago."),
     ('CLIP', None, "(BEGIN VIDEO CLIP)"),
     (EM, None, "We're going to have a million robotaxis on the road. I'm confident of that. It's really a software problem at this point."),
     ('CLIP', None, "(END VIDEO CLIP)"),
     ('KW', None, "That hasn't happened. Why should anyone believe you now?"),
     (EM, None, ["Fair question. I've been too optimistic on timelines, I admit that. I'm optimistic by nature.", "But the progress in the last year has been enormous. The neural nets are now doing almost all of the driving."]),
     ('JO', None, "Can I jump in?"),
     ('KW', None, "Quickly."),
     ('JO', None, "What happens when one of these cars kills someone?"),
     (EM, None, "It's tragic when it happens with any car. The question is whether it happens less often than with human drivers, and the data says yes, by a lot."),
     ('KW', None, "And AI more broadly. You've warned about it for a decade."),
     (EM, None, "Yes. I think it's the biggest risk to civilization, and also potentially the biggest upside. Both things are true."),
     ('KW', None, "Elon Musk, thank you."),
     (EM, None, "Thank you."),
     ('KW', None, "We'll be right back."),
     ('CLIP', None, "(COMMERCIAL BREAK)"),
    ]
    first = {'KW': 'KAREN WALSH, WNRT ANCHOR', 'JO': 'JAMES ORTIZ, WNRT CORRESPONDENT', EM: 'ELON MUSK, CEO, TESLA AND SPACEX'}
    short = {'KW': 'WALSH', 'JO': 'ORTIZ', EM: 'MUSK'}
    seen = set(); body = []; inclip = False
    for sp, t, tx in T:
        ps = paras(tx)
        if sp == 'CLIP':
            inclip = ps[0].startswith('(BEGIN')
            body.append('<p>%s</p>' % ps[0]); continue
        if inclip:
            l = 'ELON MUSK, CEO, TESLA (on camera)'
        else:
            l = first[sp] if sp not in seen else short[sp]; seen.add(sp)
        body.append('<p>%s: %s</p>' % (l, esc(ps[0])))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(p))
    TT = [x for x in T if x[0] != 'CLIP']
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>WNRT Transcripts - Nightwatch with Karen Walsh</title>
<link rel="stylesheet" href="/css/transcripts.css" type="text/css">
<script type="text/javascript" src="/js/omniture_s_code.js"></script>
</head>
<body bgcolor="#FFFFFF">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="hdr"><a href="/"><img src="/img/wnrt_logo.gif" alt="WNRT" width="120" height="40"></a></td>
<td class="nav"><a href="/news">News</a> | <a href="/shows">Shows</a> | <a href="/transcripts">Transcripts</a> | <a href="/video">Video</a></td></tr></table>
<div class="cnnTransStoryHead">Musk on Robotaxis and AI; Regulators Push Back</div>
<div class="cnnTransSubHead">Aired October 9, 2024 - 21:00 ET</div>
<div class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="cnnBodyText">
''' + '\n'.join(body) + '''
</div>
<div class="cnnBodyText">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199.</div>
<hr>
<p class="small"><a href="/transcripts/nw/date/2024-10-08">Previous</a> | <a href="/transcripts/nw">Nightwatch transcript index</a> | <a href="/transcripts/nw/date/2024-10-10">Next</a></p>
<p class="small">&copy; 2024 WNRT Broadcasting. All Rights Reserved. <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Statement</a></p>
<script type="text/javascript">var s_account="wnrtprod";s.pageName="transcripts:nw:2024-10-09";s.t();</script>
</body>
</html>
'''
    write('t05_tv_wnrt_nightwatch', page, 'Nightwatch with Karen Walsh',
          'Old-style TV rush transcript: plain <p> per speaker with CAPITALS labels and colon ("ELON MUSK, CEO, TESLA AND SPACEX:" then "MUSK:"), an on-camera clip labelled "(on camera)" between BEGIN/END VIDEO CLIP markers, no timestamps.',
          TT, ['KAREN WALSH, WNRT ANCHOR', 'WALSH', 'JAMES ORTIZ, WNRT CORRESPONDENT', 'ORTIZ'])

if __name__ == '__main__':
    for f in (t01, t02, t03, t04, t05): f()
