from common import *

# ---------------------------------------------------------------- p01
def p01():
    H = ('DR', 'Dana Ruiz', 'Dana')
    segs = [
        dict(s='DR', t=4, paras=["Welcome back to The Long Burn. I'm Dana Ruiz, and today's guest needs very little introduction. He runs a rocket company, a car company, and apparently a tunnel company. Elon, thanks for making the time."]),
        dict(s='EM', t=19, paras=["Thanks for having me. Happy to be here, although I only have about an hour before the next engine test."]),
        dict(s='DR', t=27, paras=["We'll keep it moving. Let's start with the launch cadence. Last year you flew more than anybody else on the planet combined. What changed?"]),
        dict(s='EM', t=41, paras=["Honestly, it's mostly the boring stuff. The factory. People think the rocket is the hard part, but the machine that builds the machine is where the real difficulty is.",
                                   "If you can make the production line ten times faster, the launch rate follows. It's not magic, it's just a lot of iteration and a willingness to blow things up on the test stand."]),
        dict(s='DR', t=312, paras=["As Elon told me last year when we toured the plant, \"the best part is no part.\" Is that still the philosophy?"]),
        dict(s='EM', t=325, paras=["Yes."]),
        dict(s='DR', t=327, paras=["Just yes?"]),
        dict(s='EM', t=329, paras=["Yeah, I mean, it's still true. Every part you delete is a part that can't fail, doesn't need to be inspected, and doesn't cost anything. The hard thing is convincing engineers to delete their own work."]),
        dict(s='DR', t=1810, paras=["Let's talk about Mars timelines, because our listeners have opinions."]),
        dict(s='EM', t=1816, paras=["I'm sure they do. Look, I've been wrong on timelines before, and I'll probably be wrong again. But the direction is right. The ship will go, first uncrewed, then with people, and the hard part after that is making it self-sustaining."]),
        dict(s='DR', t=3702, paras=["Last question. What would you tell a twenty-year-old engineer who wants to work on this?"]),
        dict(s='EM', t=3711, paras=["Work on hard problems, and go to where the building happens. Don't optimize for a title. Optimize for how much you learn per week."]),
        dict(s='DR', t=3729, paras=["Elon Musk, thank you. That's our show."]),
    ]
    lab = {'DR': ['Dana Ruiz', 'Dana'], 'EM': ['Elon Musk', 'Elon']}
    seen = set(); body = []
    for sg in segs:
        l = lab[sg['s']][0] if sg['s'] not in seen else lab[sg['s']][1]
        seen.add(sg['s'])
        ts = mmss(sg['t']) if sg['t'] < 3600 else hms(sg['t'])
        body.append('<p><strong>%s</strong> (%s): %s</p>' % (E(l), ts, E(sg['paras'][0])))
        for p in sg['paras'][1:]:
            body.append('<p>%s</p>' % E(p))
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Factories, Failure and Mars &#8211; The Long Burn</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.1' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black:#000;--wp--preset--color--white:#fff;}}
.key-quotes{{background:#fff7e6;border-left:4px solid #f90;padding:1em;margin:1.5em 0}}
.entry-content p strong{{color:#b33}}
.comment-list li{{list-style:none;border-top:1px solid #eee;padding:.8em 0}}
</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on Factories, Failure and Mars","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Long Burn"}}}}</script>
</head>
<body class="post-template-default single single-post postid-4412 ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
 <div class="site-branding"><a href="https://thelongburn.fm/" rel="home"><img src="https://thelongburn.fm/wp-content/uploads/2024/02/logo.png" alt="The Long Burn"></a></div>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
  <li class="menu-item"><a href="https://thelongburn.fm/">Home</a></li>
  <li class="menu-item current-menu-item"><a href="https://thelongburn.fm/episodes/">Episodes</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/about/">About Dana</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/sponsor/">Sponsor</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/contact/">Contact</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard category-episodes">
<header class="entry-header">
 <h1 class="entry-title">Ep. 212 &#8211; Elon Musk on Factories, Failure and Mars</h1>
 <div class="entry-meta">Posted on <time class="entry-date published" datetime="2026-03-14T09:00:00+00:00">March 14, 2026</time> by <span class="author vcard"><a class="url fn n" href="https://thelongburn.fm/author/dana/">Dana Ruiz</a></span></div>
</header>
<div class="entry-content">
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper"><iframe title="Ep. 212" src="https://player.podhost.example/e/ep212?theme=dark" height="180" width="100%" frameborder="0"></iframe></div></figure>
<p>Dana sits down with Elon Musk at the Starbase production site to talk about why factories matter more than rockets, deleting parts, and the real timeline for Mars.</p>
<h2 class="wp-block-heading">Show notes</h2>
<ul>
<li>(00:41) Why the factory is the product</li>
<li>(05:12) &#8220;The best part is no part&#8221;</li>
<li>(30:10) Mars timelines and being wrong</li>
<li>(1:01:42) Advice for young engineers</li>
</ul>
<div class="key-quotes">
<h3>Key quotes</h3>
<p><strong>Elon Musk:</strong> &#8220;The machine that builds the machine is where the real difficulty is.&#8221;</p>
<p><strong>Elon Musk:</strong> &#8220;Optimize for how much you learn per week.&#8221;</p>
</div>
<p>This episode is brought to you by Fieldnote Notebooks &#8212; use code BURN for 15% off.</p>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>This transcript was produced by a machine and lightly edited. Please check the audio before quoting.</em></p>
{chr(10).join(body)}
<hr class="wp-block-separator">
<p>Subscribe on <a href="https://podcasts.example.com/longburn">Apple Podcasts</a>, <a href="https://open.example.com/show/longburn">Spotify</a> or wherever you listen.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://thelongburn.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://thelongburn.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://thelongburn.fm/tag/manufacturing/" rel="tag">manufacturing</a></span>
<div class="share"><a href="#" data-share="https://twitter.example/intent/tweet?url=">Share</a> <a href="#" data-share="https://www.facebook.example/sharer/sharer.php?u=">Share on Facebook</a></div></footer>
</article>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on Factories, Failure and Mars&#8221;</h3>
<ol class="comment-list">
<li id="comment-9811" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">ElonMuskFan2049</b> <span class="says">says:</span> <time datetime="2026-03-14T11:02:00+00:00">March 14, 2026 at 11:02 am</time></footer>
<div class="comment-content"><p>Elon Musk: &#8220;Yes.&#8221; Best answer of the whole episode lol.</p></div></article></li>
<li id="comment-9815" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Elon M.</b> <span class="says">says:</span> <time datetime="2026-03-14T13:40:00+00:00">March 14, 2026 at 1:40 pm</time></footer>
<div class="comment-content"><p>Not that Elon, sadly. Great interview Dana, the part about deleting parts was gold.</p></div></article></li>
<li id="comment-9820" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marta K</b> <span class="says">says:</span></footer>
<div class="comment-content"><p>Would love a follow-up with the propulsion team.</p></div></article></li>
<li id="comment-9822" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Dana Ruiz</b> <span class="says">says:</span></footer>
<div class="comment-content"><p>@Marta K working on it!</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">Copyright &copy; 2026 The Long Burn &#124; Powered by <a href="https://wordpress.org">WordPress</a></div></footer>
<script>{js('LB212')}</script>
<script src='https://thelongburn.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.1' id='astra-theme-js-js'></script>
</body>
</html>
"""
    write('p01_long_burn_wordpress', page,
          "WordPress episode page; each turn opens with a bold speaker name then '(mm:ss):' under an hour or '(hh:mm:ss):' past an hour, continuation paragraphs unlabelled.",
          "The Long Burn", gold_from(segs), ["Dana Ruiz", "Dana"])

# ---------------------------------------------------------------- p02
def p02():
    segs = [
        dict(s='PN', t=[1.84], paras=["Okay, we're recording. So this is episode forty of Compounding, and I'm here with Elon Musk, which still feels slightly unreal."]),
        dict(s='EM', t=[9.51], paras=["It's real, unfortunately for you."]),
        dict(s='PN', t=[12.07], paras=["Ha. Let's talk capital allocation. When you decide between funding Starship and funding another factory line, how do you actually make that call?"]),
        dict(s='EM', t=[24.66, 51.3, 78.92], paras=[
            "I think about it as what's the limiting factor. At any given time there's one thing that's constraining the whole system, and putting money anywhere else is mostly wasted.",
            "So sometimes that's cells, sometimes it's the launch pad, sometimes it's literally people. And you have to be honest about which one it is, which is harder than it sounds.",
            "And then once you fix that constraint, a different thing becomes the constraint, and you move. It's a bit like whack-a-mole, but with billions of dollars."]),
        dict(s='S3', t=[101.4], paras=["Sorry, quick one, Priya, your mic just clipped. Can you back off a little?"]),
        dict(s='PN', t=[106.22], paras=["Better? Okay. So, you've said many times that you don't care about the stock price. Do you really not look at it?"]),
        dict(s='EM', t=[115.03], paras=["I look at it sometimes. It's hard not to. But I try not to let it drive decisions, because the stock is a lagging indicator of whether the product is good."]),
        dict(s='PN', t=[3605.75], paras=["We're over the hour. Last question: what's the most underrated company you don't run?"]),
        dict(s='EM', t=[3612.4], paras=["Hmm. Probably some of the boring industrial suppliers. The companies that make the machines that make the parts. Nobody writes articles about them, but nothing works without them."]),
        dict(s='S3', t=[3630.01], paras=["Yep."]),
        dict(s='PN', t=[3631.5], paras=["That's a wrap. Thank you, Elon."]),
        dict(s='EM', t=[3633.9], paras=["Thanks, Priya."]),
    ]
    names = {'PN': 'Priya Natarajan', 'EM': 'Elon Musk', 'S3': 'Speaker 3'}
    colors = {'PN': '#3b82f6', 'EM': '#10b981', 'S3': '#a855f7'}
    rows = []
    for i, sg in enumerate(segs):
        rows.append('<div class="sc-block" data-speaker-id="%s">' % sg['s'].lower())
        for j, (t, p) in enumerate(zip(sg['t'], sg['paras'])):
            ms = int(round(t * 1000))
            disp = '%s.%02d' % (hms(int(t)), int(round((t - int(t)) * 100)) % 100)
            spk = ('<span class="sc-speaker" style="color:%s">%s</span>' % (colors[sg['s']], names[sg['s']])) if j == 0 else ''
            rows.append('  <div class="sc-para" data-start-ms="%d"><div class="sc-head">%s<button class="sc-ts" data-seek="%d">%s</button></div><p class="sc-text">%s</p></div>' % (ms, spk, ms, disp, E(p)))
        rows.append('</div>')
    gsegs = [dict(s=s['s'], t=int(s['t'][0]), paras=s['paras']) for s in segs]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Compounding #40 – Elon Musk (shared transcript) · Scribbly</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://static.scribbly.example/share/app.4f81c2.css">
<style>
.sc-head{{display:flex;gap:.6rem;align-items:baseline;font-size:.85rem}}
.sc-speaker{{font-weight:600}} .sc-ts{{background:none;border:0;color:#6b7280;cursor:pointer;font-family:ui-monospace,monospace}}
.sc-text{{margin:.2rem 0 1rem}} .ai-panel{{background:#f5f3ff;border-radius:8px;padding:1rem}}
</style>
</head>
<body>
<div id="app" class="share-view">
<header class="topbar"><a class="brand" href="https://scribbly.example/">Scribbly</a>
<nav><a href="https://scribbly.example/pricing">Pricing</a> <a href="https://scribbly.example/login">Log in</a> <a class="cta" href="https://scribbly.example/signup">Try Scribbly free</a></nav></header>
<main class="share-main">
<section class="meta">
<h1>Compounding #40 – Elon Musk</h1>
<p class="sub">Shared by <b>Priya Natarajan</b> · Recorded Feb 2, 2026 · 1h 0m 41s · 3 speakers</p>
<audio id="player" controls preload="none" src="https://media.scribbly.example/s/8f2k1q/audio.m4a"></audio>
</section>
<aside class="ai-panel">
<h2>AI summary <span class="beta">beta</span></h2>
<ul>
<li><b>Elon Musk:</b> funds whatever the current limiting factor is, then moves on when the constraint shifts.</li>
<li><b>Elon Musk:</b> says he looks at the stock price sometimes but treats it as a lagging indicator.</li>
<li><b>Priya Natarajan:</b> asks about underrated industrial companies.</li>
</ul>
<h3>Action items</h3>
<ul><li>Speaker 3 to fix mic gain before next recording</li></ul>
<p class="disclaimer">AI summaries can be inaccurate. Check the transcript below.</p>
</aside>
<section class="transcript" id="transcript">
<h2>Transcript</h2>
{chr(10).join(rows)}
</section>
</main>
<footer class="share-foot"><p>Transcribed with Scribbly · <a href="https://scribbly.example/terms">Terms</a> · <a href="https://scribbly.example/privacy">Privacy</a> · <a href="https://scribbly.example/report?s=8f2k1q">Report this share</a></p></footer>
</div>
<script>
window.__SHARE__={{"id":"8f2k1q","speakers":[{{"id":"pn","name":"Priya Natarajan"}},{{"id":"em","name":"Elon Musk"}},{{"id":"s3","name":"Speaker 3"}}],"duration_ms":3641000}};
document.querySelectorAll('.sc-ts').forEach(function(b){{b.addEventListener('click',function(){{var a=document.getElementById('player');a.currentTime=parseInt(b.dataset.seek,10)/1000;a.play();}});}});
</script>
<script>{js('SCRB')}</script>
</body>
</html>
"""
    write('p02_scribbly_share', page,
          "Transcription-service share page; a speaker name appears only where the speaker changes, every paragraph carries its own timestamp button 'hh:mm:ss.cc' plus data-start-ms in milliseconds (turn starts at its first paragraph).",
          "Compounding", gold_from(gsegs), ["Priya Natarajan", "Speaker 3"])

# ---------------------------------------------------------------- p03
def p03():
    segs = [
        dict(s='Q', paras=["You moved the headquarters to Texas, then moved parts of it again. Why does location still matter in 2026?"]),
        dict(s='EM', lab=False, paras=["Because the building is where the engineering happens. You can do a lot remotely, but you can't remotely stand next to a casting machine and see what's wrong with it.",
                                        "The location is really about where the talent wants to live and where you can get permits in less than a decade."]),
        dict(s='Q', paras=["Regulators say you treat them as an obstacle."]),
        dict(s='EM', lab=True, paras=["I'd say the opposite. We spend an enormous amount of time with regulators. My complaint is about pace, not about the existence of rules. Some of the rules were written for a world that no longer exists."]),
        dict(s='Q', paras=["Do you read what's written about you?"]),
        dict(s='EM', lab=False, paras=["Less than I used to. Mostly I read the technical stuff."]),
        dict(s='Q', paras=["Your brother Kimbal once described you as \"the most stubborn person in any room.\" Fair?"]),
        dict(s='EM', lab=False, paras=["Probably fair. Stubbornness is useful when physics is on your side and very expensive when it isn't. The trick is knowing which one you're in."]),
        dict(s='Q', paras=["What are you worried about?"]),
        dict(s='EM', lab=True, paras=["AI, still. Birth rates. And honestly, complacency. The idea that technology improves automatically. It doesn't. It improves because a lot of people work extremely hard, and if they stop, things regress."]),
        dict(s='Q', paras=["Is there a version of your life where you just stop?"]),
        dict(s='EM', lab=False, paras=["No."]),
        dict(s='Q', paras=["Not even a little?"]),
        dict(s='EM', lab=False, paras=["Maybe a little. I'd like to read more novels. But no."]),
    ]
    body = []
    for sg in segs:
        if sg['s'] == 'Q':
            body.append('<p class="qa-q"><strong>Ledger: %s</strong></p>' % E(sg['paras'][0]))
        else:
            for k, p in enumerate(sg['paras']):
                if k == 0 and sg['lab']:
                    body.append('<p><strong>Musk:</strong> %s</p>' % E(p))
                else:
                    body.append('<p>%s</p>' % E(p))
        if sg is segs[7]:
            body.append('<aside class="pullquote"><blockquote>&#8220;Stubbornness is useful when physics is on your side.&#8221;</blockquote><cite>&#8212; Elon Musk</cite></aside>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk: &#8216;My complaint is about pace, not rules&#8217; | The Meridian Ledger</title>
<meta name="description" content="In a wide-ranging conversation, the Tesla and SpaceX chief talks regulators, stubbornness and why he won't stop.">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.meridianledger.example/business/2026/05/02/elon-musk-interview-pace-rules">
<link rel="stylesheet" href="https://assets.meridianledger.example/css/article.3e9a.css">
<style>.qa-q strong{{font-weight:700}} .pullquote{{float:right;width:40%;font:italic 1.4em Georgia,serif;margin:0 0 1em 1em;border-top:3px solid #111}} .paywall-note{{font-size:.8em;color:#666}}</style>
<script>var ML_AD_SLOTS=['top','mid','bottom'];</script>
</head>
<body class="article-page section-business">
<div class="ad-slot ad-top" data-slot="top"></div>
<header class="masthead"><a href="https://www.meridianledger.example/" class="logo">The Meridian Ledger</a>
<nav class="sections"><a href="/news">News</a> <a href="/business" class="active">Business</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/subscribe" class="sub-btn">Subscribe</a></nav></header>
<main>
<article class="story">
<p class="kicker">The Ledger Interview</p>
<h1>Elon Musk: &#8216;My complaint is about pace, not rules&#8217;</h1>
<p class="byline">By <a href="/by/owen-hartley">Owen Hartley</a> &#183; <time datetime="2026-05-02T06:00:00Z">May 2, 2026</time></p>
<figure><img src="https://img.meridianledger.example/2026/05/musk-austin.jpg" alt="Elon Musk at a factory in Austin"><figcaption>Musk at the Austin plant last month. Photo: Ledger staff</figcaption></figure>
<p>Elon Musk does not like interviews much. He said as much on X last week, writing that most of them are &#8220;a waste of everyone's time.&#8221; Still, he agreed to sit with the Ledger for ninety minutes in a glass-walled room above a factory floor in Austin.</p>
<p>The conversation below with Elon Musk has been edited for length and clarity. The Ledger's questions are in bold; Mr. Musk's answers follow.</p>
<div class="ad-slot ad-mid" data-slot="mid"></div>
{chr(10).join(body)}
<p class="editor-note"><em>This interview was conducted in person on April 24. A longer version appears in the Ledger's weekend magazine.</em></p>
<p class="paywall-note">You have read 2 of 5 free articles this month.</p>
</article>
<section class="related"><h2>More from Business</h2><ul>
<li><a href="/business/2026/05/01/battery-prices">Battery prices fall for a third straight quarter</a></li>
<li><a href="/business/2026/04/29/launch-market">Inside the crowded launch market</a></li>
<li><a href="/opinion/2026/04/30/regulators-and-founders">Opinion: Regulators and founders need each other</a></li></ul></section>
</main>
<footer class="site-foot"><p>&copy; 2026 The Meridian Ledger Company. All rights reserved.</p><p><a href="/privacy">Privacy</a> &#183; <a href="/terms">Terms</a> &#183; <a href="/contact">Contact</a></p></footer>
<script>{js('MLDG')}</script>
</body>
</html>
"""
    write('p03_meridian_ledger_qa', page,
          "Newspaper Q&A with no timestamps; each question is a bold paragraph starting 'Ledger:', his answers are plain paragraphs after it, some starting with a bold 'Musk:' label and most unlabelled (named in the intro).",
          "The Meridian Ledger", gold_from(segs), ["Ledger"])

# ---------------------------------------------------------------- p04
def p04():
    segs = [
        dict(s='H', lab='主持人', t=0, paras=["欢迎收听本期《硅流对话》。今天我们请到的嘉宾是埃隆·马斯克。马斯克先生，您好。"]),
        dict(s='EM', t=8, paras=["你好，很高兴来到这里。"], en="Hi, great to be here."),
        dict(s='H', lab='主持人', t=12, paras=["马斯克曾经说过：“最好的零件就是没有零件。”这句话在上海工厂是怎么落地的？"]),
        dict(s='EM', t=25, paras=["上海团队在这方面做得非常好。他们会把每一个零件都拿出来问：这个真的需要吗？很多时候答案是不需要。"], en="The Shanghai team has been excellent at this. They take every part and ask: do we really need this? Often the answer is no."),
        dict(s='H', lab='主持人', t=171, paras=["很多中国听众关心，特斯拉会不会在中国推出更便宜的车型？"]),
        dict(s='EM', t=180, paras=["我不能透露具体的产品计划，但降低成本一直是我们最重要的目标之一。"], en="I can't talk about specific product plans, but reducing cost has always been one of our most important goals."),
        dict(s='H', lab='主持人', t=1322, paras=["那自动驾驶呢？中国的路况很复杂。"]),
        dict(s='EM', t=1329, paras=["对。"], en="Right."),
        dict(s='H', lab='主持人', t=1331, paras=["您觉得难在哪里？"]),
        dict(s='EM', t=1334, paras=["难点在于长尾场景。电动车、行人、外卖骑手，情况非常多样。但这也正是神经网络擅长的地方，数据越多，表现越好。"], en="The hard part is the long tail. Scooters, pedestrians, delivery riders, it's very diverse. But that's exactly what neural nets are good at. The more data, the better."),
        dict(s='H', lab='主持人', t=3725, paras=["最后一个问题：您对中国的年轻工程师有什么建议？"]),
        dict(s='EM', t=3731, paras=["去解决真正困难的问题，不要只追求头衔。"], en="Work on genuinely hard problems, and don't chase titles."),
    ]
    body = []
    first = True
    for sg in segs:
        if sg['s'] == 'EM':
            lab = '埃隆·马斯克' if first else '马斯克'
            first = False
            body.append('<p class="turn turn-guest"><strong>%s：</strong>【%s】%s</p>' % (lab, hms(sg['t']), E(sg['paras'][0])))
            body.append('<p class="orig-en" lang="en">%s</p>' % E(sg['en']))
        else:
            body.append('<p class="turn"><strong>%s：</strong>【%s】%s</p>' % (sg['lab'], hms(sg['t']), E(sg['paras'][0])))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>对话马斯克：上海工厂、降本与自动驾驶（全文实录）_硅流科技</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,自动驾驶,硅流对话">
<meta name="description" content="本期《硅流对话》邀请埃隆·马斯克，聊上海工厂、降低成本和自动驾驶的长尾问题。">
<link rel="stylesheet" href="https://static.guiliu-tech.example/css/article.min.css?v=20260311">
<style>
.turn strong{{color:#c00}} .orig-en{{color:#777;font-size:14px;border-left:3px solid #ddd;padding-left:10px;margin:-6px 0 14px}}
.summary-box{{background:#f6f8fa;padding:12px 16px;border-radius:6px}}
</style>
</head>
<body>
<div class="top-bar"><a href="https://www.guiliu-tech.example/">硅流科技</a> | <a href="/news">快讯</a> | <a href="/podcast" class="cur">播客</a> | <a href="/ev">新能源</a> | <a href="/ai">人工智能</a> | <a href="/login">登录</a></div>
<div class="main-wrap">
<div class="article">
<h1>对话马斯克：上海工厂、降本与自动驾驶（全文实录）</h1>
<div class="info"><span>来源：硅流对话</span><span>编辑：林晓雯</span><span>2026-03-11 20:15</span><span>阅读 38,210</span></div>
<div class="summary-box">
<p><b>本文要点</b></p>
<p>马斯克：“最好的零件就是没有零件。”</p>
<p>马斯克：降低成本一直是最重要的目标之一。</p>
<p>马斯克：自动驾驶的难点在于长尾场景。</p>
</div>
<p>以下为本期节目对话全文，根据录音整理并翻译，马斯克的回答附英文原话（灰色部分），时间码对应音频位置。</p>
<div class="dialogue">
{chr(10).join(body)}
</div>
<p class="statement">【声明】本文为硅流科技原创编译，转载请注明出处。文中观点仅代表嘉宾本人。</p>
<div class="tags">标签：<a href="/tag/tesla">特斯拉</a> <a href="/tag/musk">马斯克</a> <a href="/tag/fsd">自动驾驶</a></div>
</div>
<div class="comments"><h3>网友评论（3）</h3>
<div class="cmt"><span class="u">马斯克的粉丝</span>：马斯克：“对。”这一段太真实了哈哈</div>
<div class="cmt"><span class="u">电车老司机</span>：希望早点出便宜车型。</div>
<div class="cmt"><span class="u">小马哥2026</span>：翻译不错，点赞。</div>
</div>
<div class="sidebar"><h4>热门文章</h4><ul><li><a href="/a/88121">一季度新能源车销量排行出炉</a></li><li><a href="/a/88102">星舰第十二次试飞回顾</a></li><li><a href="/a/88090">大模型价格战进入下半场</a></li></ul></div>
</div>
<div class="footer">© 2026 硅流科技 版权所有 | 沪ICP备2026000000号-1 | <a href="/about">关于我们</a> | <a href="/contact">联系我们</a></div>
<script>{js('GLKJ')}</script>
</body>
</html>
"""
    write('p04_guiliu_zh_cn', page,
          "Simplified-Chinese article; each turn is a paragraph '<b>名字：</b>【hh:mm:ss】文字' with full-width colon and brackets, his Chinese translation followed by a grey English-original paragraph (same turn).",
          "硅流对话", gold_from(segs, zh=True), ["主持人"])

# ---------------------------------------------------------------- p05
def p05():
    segs = [
        dict(s='H', t=2, paras=["各位聽眾晚上好，歡迎收聽《科技夜話》。今晚好難得，我哋請到兩兄弟：伊隆·馬斯克同金博爾·馬斯克。"]),
        dict(s='KM', t=14, paras=["多謝邀請。我負責講食物，佢負責講火箭。"]),
        dict(s='EM', t=21, paras=["差不多係咁。多謝你們的邀請，香港真係一個好有活力的城市。"]),
        dict(s='H', t=35, paras=["伊隆，你細個時真係好鍾意睇科幻小說？"]),
        dict(s='EM', t=41, paras=["對。"]),
        dict(s='KM', t=43, paras=["佢成日喺書店坐成日，店員要趕佢走。"]),
        dict(s='EM', t=50, paras=["這個是真的。我讀完了學校圖書館所有的書，之後就開始讀百科全書。"]),
        dict(s='H', t=3921, paras=["講返電動車，你覺得香港適唔適合推自動駕駛？"]),
        dict(s='EM', t=3930, paras=["香港的道路很窄，人很多，但正因為這樣，它是一個非常好的測試環境。如果在這裡可以做到，大部分城市都可以做到。"]),
        dict(s='H', t=4518, paras=["金博爾，你點睇？"]),
        dict(s='KM', t=4522, paras=["我會先搞好個街市，哈哈。"]),
        dict(s='EM', t=4530, paras=["他永遠都在講食物。"]),
        dict(s='H', t=4535, paras=["多謝兩位。今晚嘅《科技夜話》就到呢度。"]),
    ]
    lab = {'H': ['陳嘉欣', '陳嘉欣'], 'EM': ['伊隆·馬斯克', '馬斯克'], 'KM': ['金博爾·馬斯克', '金博爾']}
    seen = set(); body = []
    for sg in segs:
        l = lab[sg['s']][1] if sg['s'] in seen else lab[sg['s']][0]
        seen.add(sg['s'])
        body.append('<p><span class="spk">%s</span>（%s）：%s</p>' % (l, mmss(sg['t']), E(sg['paras'][0])))
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>《科技夜話》馬斯克兄弟訪問全文｜港聞科技台</title>
<meta name="description" content="伊隆·馬斯克與金博爾·馬斯克做客《科技夜話》，暢談童年、科幻小說與香港自動駕駛。">
<link rel="stylesheet" href="https://cdn.kongtech-radio.example/assets/site.css?v=7">
<style>.spk{{font-weight:bold;color:#004c97}} .prog-info{{background:#eef3fa;padding:10px}} .hl li{{margin:4px 0}}</style>
</head>
<body>
<header><div class="logo"><a href="https://www.kongtech-radio.example/">港聞科技台</a></div>
<nav><ul><li><a href="/">首頁</a></li><li><a href="/programmes">節目</a></li><li class="on"><a href="/programmes/tech-night">科技夜話</a></li><li><a href="/news">新聞</a></li><li><a href="/live">直播</a></li></ul></nav></header>
<main>
<div class="breadcrumb"><a href="/">首頁</a> › <a href="/programmes/tech-night">科技夜話</a> › 第318集</div>
<h1>《科技夜話》第318集：馬斯克兄弟訪問全文</h1>
<div class="prog-info"><p>播出日期：2026年4月18日（星期六）晚上10時</p><p>主持：陳嘉欣　｜　嘉賓：伊隆·馬斯克、金博爾·馬斯克</p>
<p><a href="/programmes/tech-night/318/audio">▶ 重溫節目錄音</a></p></div>
<h2>精華重溫</h2>
<ul class="hl"><li>（00:50）伊隆·馬斯克：細個讀完學校圖書館所有書</li><li>（65:30）香港是自動駕駛的好測試場</li><li>（75:22）金博爾·馬斯克：先搞好個街市</li></ul>
<h2>訪問全文</h2>
<p class="note">（按：伊隆·馬斯克部分回答由節目組翻譯為書面語；時間為節目錄音時間，分鐘計。）</p>
<div class="transcript">
{chr(10).join(body)}
</div>
<div class="share"><a href="#" data-share="https://www.facebook.example/sharer.php?u=">分享到 Facebook</a> <a href="#" data-share="https://wa.example/send?text=">WhatsApp</a></div>
<section class="comments"><h3>聽眾留言</h3>
<div class="c"><b>馬斯克迷</b>：馬斯克（41:00）：「對。」好可愛</div>
<div class="c"><b>阿Ken</b>：金博爾好搞笑，下次請佢再嚟！</div>
</section>
</main>
<footer><p>© 2026 港聞科技台 版權所有　<a href="/privacy">私隱政策</a>　<a href="/terms">使用條款</a></p></footer>
<script>{js('KTR')}</script>
</body>
</html>
"""
    write('p05_kongtech_radio_zh_hk', page,
          "Traditional-Chinese (Hong Kong) radio transcript; each turn is one paragraph '名字（mm:ss）：文字' with full-width brackets and colon, minutes running past 59 (e.g. 75:30).",
          "科技夜話", gold_from(segs, zh=True), ["陳嘉欣", "金博爾·馬斯克", "金博爾"])

# ---------------------------------------------------------------- p06
def p06():
    segs = [
        dict(s='AN', lab='RACHEL OKONJO, ANCHOR', paras=["Good evening. Tonight, a rare sit-down with the man at the center of the electric car price war. But first, a look at what he told investors last fall."]),
        dict(s='NOTE', paras=["(BEGIN VIDEO CLIP)"]),
        dict(s='EM', lab='ELON MUSK, CEO, TESLA (on camera)', paras=["We're going to make the cheapest car we can make that is still a good car. That's the goal, full stop."]),
        dict(s='NOTE', paras=["(END VIDEO CLIP)"]),
        dict(s='CR', lab='TOM BRESLIN, CORRESPONDENT (voice-over)', paras=["Musk told investors, quote, \"the goal is the cheapest good car,\" end quote. Since then prices have fallen twice. We caught up with him in Fremont."]),
        dict(s='EM', lab='ELON MUSK, CEO, TESLA AND SPACEX', paras=["Look, I know people don't like price cuts when they just bought the car. I understand that. But in the long run, the only thing that matters is making it affordable for more people."]),
        dict(s='CR', lab='BRESLIN', paras=["Your critics say you're sacrificing margins."]),
        dict(s='EM', lab='MUSK', paras=["Margins are a choice. We could have higher margins and sell fewer cars. I think that's the wrong trade."]),
        dict(s='AN', lab='OKONJO', paras=["Tom, did he say anything about the robotaxi?"]),
        dict(s='CR', lab='BRESLIN', paras=["He did, Rachel. I asked him directly: when do paying customers ride without a safety driver?"]),
        dict(s='EM', lab='MUSK', paras=["In some cities, this year. Broadly, it depends on regulators. I'm confident on the technology, less confident on the paperwork."]),
        dict(s='CR', lab='BRESLIN', paras=["Is that a promise?"]),
        dict(s='EM', lab='MUSK', paras=["It's a prediction."]),
        dict(s='AN', lab='OKONJO', paras=["A prediction, not a promise. Tom Breslin in Fremont, thank you."]),
    ]
    # merge consecutive same-speaker CR rows for gold is irrelevant (not EM)
    body = []
    for sg in segs:
        if sg['s'] == 'NOTE':
            body.append('<p>%s</p>' % sg['paras'][0])
        else:
            body.append('<p>%s: %s</p>' % (E(sg['lab']), E(sg['paras'][0])))
    plain = '\n'.join(('%s' % s['paras'][0]) if s['s'] == 'NOTE' else '%s: %s' % (s['lab'], s['paras'][0]) for s in segs)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transcripts: Evening Report with Rachel Okonjo - April 9, 2026 | KNX Network</title>
<link rel="stylesheet" href="https://www.knxnetwork.example/static/css/transcripts.css">
<style>.cnnBodyText p{{margin:0 0 .9em}} .tx-full{{margin-top:2em;border-top:1px dashed #999}} .tx-full pre{{white-space:pre-wrap;font-family:inherit}}</style>
</head>
<body>
<div id="header"><a href="https://www.knxnetwork.example/"><img src="https://www.knxnetwork.example/static/img/logo.gif" alt="KNX Network"></a>
<ul class="nav"><li><a href="/us">U.S.</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/transcripts">Transcripts</a></li><li><a href="/video">Video</a></li></ul></div>
<div id="content">
<p class="breadcrumb"><a href="/transcripts">Transcript Providers</a> &gt; <a href="/transcripts/er">Evening Report</a></p>
<h2 class="show-title">EVENING REPORT WITH RACHEL OKONJO</h2>
<p class="subhead">Musk Defends Price Cuts; Robotaxi Timeline Questioned; Interview With Elon Musk. Aired 6-7p ET</p>
<p class="aired">Aired April 9, 2026 - 18:00 ET</p>
<p class="disclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<div class="cnnBodyText">
{chr(10).join(body)}
<p>(COMMERCIAL BREAK)</p>
</div>
<details class="tx-full"><summary>Show plain-text version of this transcript</summary>
<pre>{E(plain)}</pre>
</details>
<p class="copyright">Copyright 2026 KNX Network. All Rights Reserved. This transcript may not be reproduced in whole or in part without the prior written authority of KNX Network.</p>
</div>
<div id="footer"><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Statement</a> | <a href="/transcripts/help">Transcript help</a></div>
<script>{js('KNX')}</script>
</body>
</html>
"""
    write('p06_knx_tv_transcript', page,
          "TV rush transcript without timestamps; each paragraph starts with a capitalised label 'NAME, ROLE:' (later surname only), a played video clip bracketed by (BEGIN/END VIDEO CLIP), and a collapsed plain-text copy of the whole transcript repeated below.",
          "Evening Report with Rachel Okonjo", gold_from(segs),
          ["RACHEL OKONJO, ANCHOR", "OKONJO", "TOM BRESLIN, CORRESPONDENT (voice-over)", "BRESLIN"])

for f in (p01, p02, p03, p04, p05, p06):
    f()
