from common import *

# ---------- ab01 WordPress, Name (hh:mm:ss) text ----------
def ab01():
    D = [("H","Dana Whitlock",62,["Welcome back to The Long Orbit. My guest today needs no introduction, so I'll skip it. Elon, thanks for making the time."]),
         ("E","Elon Musk",71,["Sure, happy to be here. Though I only have about an hour, so let's go fast."]),
         ("H","Dana",80,["Let's start with Starship. Where are you on the flight cadence?"]),
         ("E","Elon",86,["We're trying to get to the point where the ship flies, lands, and flies again the same day.",
                          "The booster catch was the hard part. Honestly it worked better than I expected, which makes me nervous, because usually when something works the first time you've missed something."]),
         ("H","Dana",214,["Huh."]),
         ("E","Elon",216,["Yeah. Physics doesn't grade on a curve."]),
         ("H","Dana",229,["You've said before that the factory is the product. Do you still believe that?"]),
         ("E","Elon",236,["Absolutely. The design of the car is maybe five percent of the problem. Building the machine that builds the machine is the other ninety-five."]),
         ("H","Dana",3721,["We're over an hour. Last question: what keeps you up at night?"]),
         ("E","Elon",3730,["Mostly the production ramp. And occasionally my kids."]),
         ("H","Dana",3745,["Elon Musk, thank you."]),
         ("E","Elon",3747,["Thanks, Dana."])]
    rows = []
    for who, lab, t, ps in D:
        rows.append(f'<p><strong>{esc(lab)}</strong> ({hms(t)}) {esc(ps[0])}</p>')
        rows += [f'<p>{esc(p)}</p>' for p in ps[1:]]
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 – Elon Musk on flight cadence and factories – The Long Orbit</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongorbit.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongorbit.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<script src="https://thelongorbit.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4410 single-format-standard ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="ast-container">
<div class="site-branding"><span class="site-title"><a href="https://thelongorbit.fm/" rel="home">The Long Orbit</a></span><p class="site-description">Long conversations about hard engineering</p></div>
<nav id="primary-site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/episodes/">Episodes</a></li><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/support/">Support the show</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>
</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-4410" class="post-4410 post type-post status-publish format-standard category-episodes tag-spacex tag-tesla">
<header class="entry-header"><h1 class="entry-title">Ep. 212 – Elon Musk on flight cadence and factories</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-05-14T06:00:00+00:00">May 14, 2024</time></span> / <span class="byline">by <a href="/author/dana/">Dana Whitlock</a></span></div></header>
<div class="entry-content clear">
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper"><iframe title="Ep. 212" src="https://player.podhost.example/e/lo-212" height="150" width="100%"></iframe></div></figure>
<p>Dana sits down with Elon Musk to talk about rapid reuse, the booster catch, and why he still thinks the factory is the product.</p>
<h2 class="wp-block-heading">Key quotes</h2>
<div class="wp-block-group key-quotes"><div class="wp-block-group__inner-container">
<blockquote class="wp-block-quote"><p>Elon Musk: Physics doesn't grade on a curve.</p></blockquote>
<blockquote class="wp-block-quote"><p>Elon Musk: Building the machine that builds the machine is the other ninety-five.</p></blockquote>
</div></div>
<h2 class="wp-block-heading">Show notes</h2>
<ul class="wp-block-list"><li>(00:01:02) Intro</li><li>(00:01:26) Starship flight cadence</li><li>(00:03:49) The factory is the product</li><li>(01:02:01) What keeps Elon up at night</li></ul>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>This transcript was produced by a human transcriber and lightly edited. Timestamps refer to the audio file.</em></p>
{chr(10).join(rows)}
<p><em>The Long Orbit is listener supported. If you enjoyed this episode, consider becoming a member.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/" rel="tag">SpaceX</a>, <a href="/tag/tesla/" rel="tag">Tesla</a></span></footer>
</article>
<div id="comments" class="comments-area"><h3 class="comments-title">4 thoughts on &ldquo;Ep. 212 – Elon Musk on flight cadence and factories&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9912"><article id="comment-9912" class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Elon Musk Fan</cite> <span class="ast-comment-time"><time datetime="2024-05-14T09:12:44+00:00">May 14, 2024 at 9:12 am</time></span></div>
<section class="ast-comment-content comment"><p>Elon Musk: I only have about an hour, so let's go fast. &lt;- best opener ever</p></section></article>
<ol class="children"><li class="comment byuser odd alt depth-2" id="li-comment-9918"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Dana Whitlock</cite></div><section class="ast-comment-content comment"><p>Ha, he meant it too. Thanks for listening!</p></section></article></li></ol></li>
<li class="comment even depth-1" id="li-comment-9930"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">elonmusk_42</cite> <time datetime="2024-05-15T01:02:00+00:00">May 15, 2024 at 1:02 am</time></div><section class="ast-comment-content comment"><p>Elon: Thanks, Dana. (me, after every episode)</p></section></article></li>
<li class="comment odd depth-1" id="li-comment-9941"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Ruth P.</cite></div><section class="ast-comment-content comment"><p>Could you do an episode on the supply chain side next?</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright &copy; 2024 The Long Orbit | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
{LOREM_SCRIPT % 'LO2120'}
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1"}};</script>
</body></html>'''
    save("ab01_longorbit_wordpress", "The Long Orbit",
         "WordPress post; each turn is <p><strong>Name</strong> (hh:mm:ss) text</p>, full name then first name, unlabelled continuation paragraphs.",
         page, [(t, ps[0]) for w, l, t, ps in D if w == "E"], ["Dana Whitlock", "Dana"])

# ---------- ab02 Squarespace, [h:mm:ss]/[mm:ss] Name: text ----------
def ab02():
    D = [("P","Priya Raman",15,["This is Signal & Noise. I'm Priya Raman, and today I'm talking to Elon Musk about batteries, brains and bandwidth."]),
         ("E","Elon Musk",27,["Hi Priya. Thanks for having me."]),
         ("P","Priya Raman",31,["I want to start with something you said years ago. Let's play it."]),
         ("E","Elon Musk (archival clip, 2016)",38,["The path to the car of the future is to make it electric, autonomous, and something you can share when you're not using it."]),
         ("P","Priya Raman",52,["Do you still stand by that?"]),
         ("E","Elon Musk",55,["Mostly, yes. The sharing part took much longer than I hoped. I was too optimistic about the software timeline, which is, you know, a recurring theme."]),
         ("P","Priya Raman",590,["Right."]),
         ("E","Elon Musk",591,["And the lesson is that the last one percent of autonomy is ninety-nine percent of the work."]),
         ("P","Priya Raman",2210,["Let's talk Neuralink. Is the first patient still using the device every day?"]),
         ("E","Elon Musk",2218,["Yes."]),
         ("P","Priya Raman",2219,["Every day?"]),
         ("E","Elon Musk",2220,["Every day, many hours. He plays chess online with it. He beat me, actually, which I found mildly insulting."]),
         ("P","Priya Raman",3735,["We're at the hour mark. Anything you want to tell people before we wrap?"]),
         ("E","Elon Musk",3741,["Just that engineering is still the most fun you can have. Go build something."])]
    rows = [f'<p class="" style="white-space:pre-wrap;">[{hms_short(t)}] {esc(l)}: {esc(ps[0])}</p>' for w,l,t,ps in D]
    page = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#88 — Elon Musk: Batteries, Brains and Bandwidth — Signal &amp; Noise</title>
<meta property="og:site_name" content="Signal &amp; Noise"/>
<meta property="og:title" content="#88 — Elon Musk: Batteries, Brains and Bandwidth"/>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/sitecss/5f1a/site.css?&amp;filterFeatures=false"/>
<script>Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"314192535267336","collectionId":"5f1a9e","itemId":"6623bd","websiteSettings":{{"siteTitle":"Signal & Noise"}}}};</script>
</head>
<body id="item-6623bd" class="header-overlay-alignment-center tweak-blog-item-width-normal collection-type-blog-basic view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><a href="/" class="header-title-text">Signal &amp; Noise</a></div>
<nav class="header-nav"><div class="header-nav-list"><div class="header-nav-item"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div><div class="header-nav-item"><a href="/about">About Priya</a></div></div></nav>
</div></header>
<main id="page" class="container" role="main">
<article class="BlogItem hentry" id="article-6623bd">
<div class="blog-item-top-wrapper"><h1 class="entry-title entry-title--large p-name" data-content-field="title">#88 — Elon Musk: Batteries, Brains and Bandwidth</h1>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-02-20">February 20, 2024</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6623bd-layout"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f1a/t/88.mp3" data-title="#88 Elon Musk" data-author="Priya Raman"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Priya talks with Elon Musk about what he got wrong on autonomy, what the first Neuralink patient does all day, and why engineering is still fun. We also revisit a 2016 clip.</p>
<h3>Transcript</h3>
<p class="" style="white-space:pre-wrap;"><em>Auto-transcribed and corrected by our producer Sam. Clips are labelled as such.</em></p>
{chr(10).join(rows)}
</div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Music by Low Orbit Collective. Produced by Sam Oduya. Signal &amp; Noise is an independent production.</p></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-count">0 Comments</div></div></div>
</article>
<nav class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/episodes/87"><div class="item-pagination-title">#87 — The grid is the bottleneck</div></a><a class="item-pagination-link item-pagination-link--next" href="/episodes/89"><div class="item-pagination-title">#89 — Chips, again</div></a></nav>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><p>© 2024 Signal &amp; Noise. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></div></section></footer>
</div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>'''
    save("ab02_signalnoise_squarespace", "Signal & Noise",
         "Squarespace blog item; each turn is a <p> '[h:mm:ss] Name: text' with mm:ss-style times under an hour and h:mm:ss after; an archival clip of him is labelled 'Elon Musk (archival clip, 2016)'.",
         page, [(t, ps[0]) for w, l, t, ps in D if w == "E"], ["Priya Raman"])

# ---------- ab03 Substack, bold speaker line with paragraphs below, no times ----------
def ab03():
    D = [("M","Marcus Bell",["I've been trying to get this interview for three years. As Elon told me back in 2021, \u201cask again when we've shipped something worth talking about.\u201d So here we are.",
                              "Let's start with the obvious: why build your own chips?"]),
         ("E","Elon Musk",["Because nobody else was building what we needed at the price we needed. It's that simple.",
                            "We looked at every vendor. The best option was still three times too expensive per unit of training compute."]),
         ("M","Marcus Bell",["And the risk of getting it wrong?"]),
         ("E","Musk",["Enormous. But the risk of not trying was bigger. If you depend on a single supplier for your brain, you don't really control your destiny."]),
         ("M","Marcus Bell",["Your brother Kimbal once said you treat every problem like a rocket problem. Fair?"]),
         ("E","Musk",["Probably fair. Although he says that as a criticism and I hear it as a compliment."]),
         ("M","Marcus Bell",["Last one. What would you tell a hardware founder starting today?"]),
         ("E","Musk",["Delete parts. Then delete more parts. If you're not adding back at least ten percent of what you deleted, you didn't delete enough.",
                       "And hire people who have actually built things with their hands."])]
    rows = []
    for w,l,ps in D:
        rows.append(f'<p><strong>{esc(l)}</strong></p>')
        rows += [f'<p>{esc(p)}</p>' for p in ps]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The chip question: a conversation with Elon Musk - Hardware Hour</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<meta property="og:type" content="article">
<meta name="author" content="Marcus Bell">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"post\\":{{\\"id\\":14455102,\\"title\\":\\"The chip question\\",\\"audience\\":\\"everyone\\"}}}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><a href="/" class="navbar-title-link">Hardware Hour</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">The chip question: a conversation with Elon Musk</h1><h3 class="subtitle">Why build your own silicon, and what hardware founders get wrong</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@marcusbell">Marcus Bell</a></div><div class="pencraft pc-reset">Mar 03, 2024</div><div class="post-ufi"><a class="post-ufi-button like-button">412</a><a class="post-ufi-button post-ufi-comment-button" href="/p/the-chip-question/comments">37</a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Below is an edited transcript of my conversation with Elon Musk, recorded in Austin in February. It has been condensed for clarity. Paid subscribers can listen to the full audio.</p>
<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456/chip-wafer.jpg" alt="A wafer on a bench" width="1456" height="970"><figcaption class="image-caption">A test wafer in the lab. Photo: Hardware Hour</figcaption></figure></div>
<hr>
{chr(10).join(rows)}
<hr>
<p><em>Thanks for reading Hardware Hour! Subscribe for free to receive new posts and support my work.</em></p>
<div class="subscription-widget-wrap"><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><button type="submit" class="button primary">Subscribe</button></form></div>
</div></div>
</article>
<div class="comments-page"><h4 class="comments-heading">37 Comments</h4>
<div class="comment"><div class="comment-meta"><a class="comment-author" href="/@elonmuskparody">Elon Musk (parody)</a> <span class="comment-date">Mar 3</span></div><div class="comment-body"><p>Delete parts. Then delete more parts. I live by this, as my account name suggests.</p></div>
<div class="comment-replies"><div class="comment"><div class="comment-meta"><a class="comment-author" href="/@kate_r">Kate R.</a></div><div class="comment-body"><blockquote><p>Musk: Enormous. But the risk of not trying was bigger.</p></blockquote><p>This is the line that stuck with me.</p></div></div></div></div>
<div class="comment"><div class="comment-meta"><a class="comment-author" href="/@fab_lab">fab lab guy</a> <span class="comment-date">Mar 4</span></div><div class="comment-body"><p>Would love a follow-up on yield numbers.</p></div></div>
</div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2024 Marcus Bell</div><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.js" charset="utf-8"></script>
</body></html>'''
    save("ab03_hardwarehour_substack", "Hardware Hour",
         "Substack newsletter post; speaker name as a bold line (<p><strong>Name</strong></p>) followed by one or more plain paragraphs; no timestamps; full name then surname.",
         page, [(None, ps[0]) for w,l,ps in D if w=="E"], ["Marcus Bell"])

ab01(); ab02(); ab03()
