from common import *

# ---------------- t11: simplified Chinese press event with interpreter, [hh:mm:ss] 名字： ----------------
def t11():
    T = [
     ('HOST', 192, "各位媒体朋友，下午好！欢迎来到特斯拉上海储能超级工厂投产仪式。现在有请特斯拉首席执行官埃隆·马斯克先生致辞。"),
     (EM, 215, "你好，上海！"),
     ('TR', 218, "马斯克先生刚才用中文向大家问好。"),
     (EM, 221, "It's really great to be back in Shanghai. This factory went from groundbreaking to production in under a year, which is incredible."),
     ('TR', 236, "很高兴再次回到上海。这座工厂从开工到投产用了不到一年，这非常了不起。"),
     ('REP1', 410, "马斯克先生您好，我是新华财经的记者。请问这座工厂的产能规划是多少？"),
     ('TR', 425, "He's asking about the planned capacity of this factory."),
     (EM, 431, "Initially about forty gigawatt hours a year of Megapacks, and we expect to expand that over time."),
     ('TR', 442, "初期每年大约40吉瓦时的Megapack，并且我们预计会逐步扩大。"),
     ('REP2', 520, "我是第一财经的记者。有人说您曾经讲过：“中国团队是世界上最勤奋的团队。”您现在还这么认为吗？"),
     ('TR', 534, "She says you once said the Chinese team is the hardest working in the world. Do you still think so?"),
     (EM, 541, ["Absolutely. The team here is exceptional.", "Frankly, some of our best manufacturing ideas came from Shanghai and were then copied to our other factories."]),
     ('TR', 558, "当然。这里的团队非常出色。坦率地说，我们一些最好的制造理念来自上海，后来被复制到了其他工厂。"),
     ('HOST', 600, "谢谢马斯克先生，谢谢各位。"),
     (EM, 604, "谢谢大家！"),
    ]
    lab = {'HOST': '主持人', 'TR': '翻译', 'REP1': '记者（新华财经）', 'REP2': '记者（第一财经）', EM: '马斯克'}
    body = []
    for sp, t, tx in T:
        ps = paras(tx)
        body.append('<p>[%s] %s：%s</p>' % (hms(t), lab[sp], esc(ps[0])))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(p))
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>实录｜马斯克现身上海储能超级工厂投产仪式：从开工到投产不到一年 - 车圈观察</title>
<meta name="description" content="马斯克在上海储能超级工厂投产仪式上的讲话及答记者问实录。">
<link rel="stylesheet" href="https://cdn.chequan.example/pc/css/detail.min.css">
</head>
<body>
<div class="header"><div class="inner"><a class="logo" href="https://www.chequan.example/">车圈观察</a>
<div class="menu"><a href="/news/">资讯</a><a href="/ev/">新能源</a><a href="/video/">视频</a><a href="/live/">直播</a></div></div></div>
<div class="content-wrap"><div class="left">
<h1 class="title">实录｜马斯克现身上海储能超级工厂投产仪式：从开工到投产不到一年</h1>
<div class="meta"><span class="author">车圈观察 记者 赵敏</span><span class="date">2025-02-11 15:48</span><span class="read">阅读 12.6万</span></div>
<div class="abstract">摘要：马斯克表示，上海团队贡献了一些最好的制造理念。以下为现场实录，时间码对应直播回放，英文发言后附现场翻译。</div>
<div class="rich_media_content">
''' + '\n'.join(body) + '''
<p>（本文根据直播回放整理，未经发言人审阅）</p>
</div>
<div class="hot-quotes"><h4>本文金句</h4><p>马斯克：“这里的团队非常出色。”</p></div>
<div class="relate"><h3>相关阅读</h3><ul><li><a href="/news/2025/0210/88121.html">特斯拉上海储能工厂正式投产</a></li><li><a href="/news/2025/0131/87640.html">Megapack订单排到2026年</a></li></ul></div>
</div>
<div class="right"><div class="ad" id="ad-r1"></div><div class="rank"><h3>24小时热榜</h3><ol><li>马斯克：“你好，上海！”</li><li>新势力1月交付量出炉</li></ol></div></div></div>
<div class="footer">Copyright © 2025 车圈观察 All Rights Reserved 沪ICP备2025000000号</div>
<script src="https://cdn.chequan.example/pc/js/detail.min.js"></script>
</body>
</html>
'''
    write('t11_zh_chequan_interpreter', page, '车圈观察',
          'Simplified-Chinese live transcript: one <p> per turn "[hh:mm:ss] 名字：text" with full-width colon; his turns are mostly English followed by a separate 翻译 (interpreter) turn in Chinese; one continuation paragraph without time.',
          T, ['主持人', '翻译', '记者（新华财经）', '记者（第一财经）'])

# ---------------- t12: TRAP podcast network page, two hosts discuss him ----------------
def t12():
    T = [
     ('BC', 0, "This is Capital Orbit, I'm Ben Carrow."),
     ('LF', 3, "And I'm Lucia Ferris. Today: the Starlink spin-off rumours, and whether Elon Musk actually means it this time."),
     ('BC', 14, "So the story broke Tuesday. Musk once said: \"We'll IPO Starlink when the cash flow is smooth and predictable.\" That was back in 2020."),
     ('LF', 31, "And he's said variations of it every year since. Last month he posted, and I'm reading it verbatim, \"Starlink IPO is not on the table for now.\""),
     ('BC', 48, "Which is not a no."),
     ('LF', 50, "It's never a no with him. Elon told a conference in Paris, \"maybe in a few years.\" Which is what he always says."),
     ('BC', 71, "Let's do the numbers. Subscribers are somewhere north of four million."),
     ('LF', 78, "Right."),
     ('BC', 79, "If you put even a modest multiple on that, you get a company bigger than most of the aerospace sector combined."),
     ('LF', 92, "And that's before the direct-to-cell business. Okay, let's take a break. After that: listener questions."),
    ]
    L = {'BC': 'Ben Carrow', 'LF': 'Lucia Ferris'}
    body = '\n'.join('<div class="tr-row"><a class="tr-ts" href="#t=%dm%02ds">%s</a><div class="tr-body"><h5>%s</h5><p>%s</p></div></div>' % (t // 60, t % 60, hmsh(t), L[sp], esc(curly(tx))) for sp, t, tx in T)
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Will Musk really spin off Starlink? | Capital Orbit | Ridgeline Audio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://ridgeline.example/_next/static/css/6f1a.css">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"episode":{"id":"co-301","show":"capital-orbit","guests":[]}}}}</script>
</head>
<body>
<div id="__next"><header class="rn-header"><a href="/" class="rn-logo">Ridgeline Audio</a>
<nav><a href="/shows">Shows</a><a href="/new">New episodes</a><a href="/plus">Ridgeline+</a></nav></header>
<main class="episode">
<div class="ep-hero"><img src="https://img.ridgeline.example/capital-orbit.jpg" alt="Capital Orbit cover art">
<div><p class="show-name"><a href="/shows/capital-orbit">Capital Orbit</a></p><h1>Will Musk really spin off Starlink?</h1>
<p class="ep-meta">Episode 301 · 34 min · Nov 4, 2024</p><button class="play">▶ Play episode</button></div></div>
<section class="notes"><h2>Episode notes</h2>
<p>Ben and Lucia dig into the latest Starlink IPO chatter and what Elon Musk has (and hasn't) said about it.</p>
<blockquote class="pull"><p>Elon Musk: “We'll IPO Starlink when the cash flow is smooth and predictable.”</p><footer>— quoted on the show</footer></blockquote>
<p>Hosts: Ben Carrow, Lucia Ferris. Produced by Ridgeline Audio.</p></section>
<section class="transcript"><h2>Transcript</h2>
<p class="tr-note">This transcript was generated automatically and may contain errors.</p>
''' + body + '''
<p class="tr-note">[Transcript continues for Ridgeline+ members]</p>
</section>
<section class="comments"><h2>Listener comments</h2>
<article class="cmt"><h4>elon musk</h4><p>Lol I'd never spin it off. (Parody account obviously.)</p></article>
<article class="cmt"><h4>Musk Elon Fan</h4><blockquote>Elon Musk: "maybe in a few years."</blockquote><p>He says that about everything!</p></article>
<article class="cmt"><h4>Jared P.</h4><p>Great episode, Lucia.</p></article>
</section>
</main>
<footer class="rn-footer">© 2024 Ridgeline Audio Network · <a href="/privacy">Privacy</a> · <a href="/advertise">Advertise</a></footer></div>
<script src="https://ridgeline.example/_next/static/chunks/main-8c2.js" defer></script>
</body>
</html>
'''
    write('t12_trap_ridgeline_capital_orbit', page, 'Capital Orbit',
          'Podcast-network episode page (Next.js): transcript rows with a #t=XmYYs link showing mm:ss and an <h5> speaker name above the paragraph; only the two hosts speak, he is only quoted.',
          T, ['Ben Carrow', 'Lucia Ferris'])

# ---------------- t13: TRAP Maye Musk interview, Squarespace ----------------
def t13():
    T = [
     ('JR', 95, "Welcome to Second Act Stories. I'm Jenna Ruiz, and my guest today has been modelling for more than fifty years. Maye Musk, welcome."),
     ('MM', 104, "Thank you, Jenna. I'm so happy to be here."),
     ('JR', 108, "People always ask you about your children. Is that tiring?"),
     ('MM', 113, ["Not at all. I'm very proud of all of them. Elon called me last week and said, \"Mom, you're busier than I am.\" And I said, well, that's true.", "Kimbal cooks for me when I visit. Tosca makes films. They all work very hard."]),
     ('JR', 160, "Did you see Elon's launch?"),
     ('MM', 163, "Of course. I always watch. He told me once, \"Mom, if it blows up, it's still a good test.\" I don't find that very comforting."),
     ('JR', 1290, "Your ex-husband, Errol Musk, gave an interview recently. Do you have any comment?"),
     ('MM', 1297, "No. Next question."),
     ('JR', 1300, "Fair enough. What's the best advice you've ever been given?"),
     ('MM', 1305, "Keep working. Keep learning. Don't let anyone tell you you're too old."),
    ]
    seen = set(); body = []
    lab = {'JR': ('Jenna Ruiz', 'Jenna'), 'MM': ('Maye Musk', 'Musk')}
    for sp, t, tx in T:
        ps = paras(tx)
        l = lab[sp][0] if sp not in seen else lab[sp][1]; seen.add(sp)
        body.append('<p class="sqsrte-large"><strong>%s</strong> (%s)</p>\n<p>%s</p>' % (l, hms(t), esc(curly(ps[0]))))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(curly(p)))
    page = '''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 58: Maye Musk on Modelling at 76 — Second Act Stories</title>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64b/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Second Act Stories"},"collection":{"title":"Episodes"}};</script>
</head>
<body id="item-6512aa" class="header-layout-nav-right tweak-blog-item-width-narrow">
<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/" class="header-title-text">Second Act Stories</a></div>
<nav class="header-nav-list"><div class="header-nav-item"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/about">About Jenna</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div></nav></header>
<main id="page" role="main"><article class="entry h-entry">
<div class="blog-item-top-wrapper"><h1 class="entry-title">Ep. 58: Maye Musk on Modelling at 76</h1>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published" datetime="2024-05-07">May 7, 2024</time></div></div>
<div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">
<p>Model, dietitian and author Maye Musk talks to Jenna about reinventing yourself after sixty, raising three entrepreneurial kids, and what Elon Musk and Kimbal Musk were like as boys.</p>
<div class="sqs-block audio-block"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/audio/ep58.mp3" data-title="Ep. 58"></div></div>
<h3>Quotes from this episode</h3>
<p>Maye Musk: “Don't let anyone tell you you're too old.”</p>
<p>On her son, quoting Elon Musk: “Mom, you're busier than I am.”</p>
<h3>Transcript</h3>
''' + '\n'.join(body) + '''
<p><em>Transcribed by our volunteer team. Errors are ours.</em></p>
</div></div></div>
<div class="blog-item-comments"><h4>Comments (2)</h4>
<div class="comment"><span class="comment-author">Errol M.</span><p>Wonderful woman. Loved this one.</p></div>
<div class="comment"><span class="comment-author">ElonFanClub</span><p>Musk: "Keep working. Keep learning." Words to live by!</p></div></div>
</article></main>
<footer class="sections" id="footer-sections"><div class="sqs-block-content"><p>© 2024 Second Act Stories. Made with Squarespace.</p></div></footer>
<script src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js"></script>
</body>
</html>
'''
    write('t13_trap_squarespace_maye', page, 'Second Act Stories',
          'Squarespace episode page: a bold speaker line "Name (hh:mm:ss)" then the paragraph below; the guest is Maye Musk (later labelled just "Musk") who quotes Elon; he never speaks.',
          T, ['Jenna Ruiz', 'Jenna', 'Maye Musk', 'Musk'])

# ---------------- t14: Ghost blog, [hh:mm:ss] Name: text, time on every paragraph, collapsed repeat ----------------
def t14():
    T = [
     ('OP', 5, ["Hi, I'm Owen Park, and this is Signal & Static. I'm here with Dr. Ifeoma Bello and, joining remotely, Elon Musk. We're talking Starlink and the physics of the sky."]),
     ('IB', 21, ["Happy to be here, Owen."]),
     (EM, 24, ["Hey, good to be on."]),
     ('OP', 27, ["Elon, let's start with the astronomers. They're not happy about the satellites."]),
     (EM, 842, [(842, "Yeah, look, we've taken that really seriously. We changed the coating on the satellites, we added sun visors, and we changed the orientation during orbit raising."), (871, "The brightness is down by about a factor of ten compared to the first batch."), (899, "And we share our orbital data with anyone who asks, including every major observatory.")]),
     ('IB', 925, ["I'd push back a little. A factor of ten still leaves them visible in long exposures."]),
     (EM, 941, ["Sure, that's fair."]),
     ('IB', 944, ["And as Elon said to the AAS panel, \"we want to be good neighbours in orbit.\" I'd like to see that in writing."]),
     (EM, 963, ["We can do that. I'm happy to make it a formal commitment."]),
     ('OP', 3605, ["We're at the hour. Thank you both."]),
     (EM, 3609, ["Thanks, Owen."]),
    ]
    L = {'OP': 'Owen Park', 'IB': 'Ifeoma Bello', EM: 'Elon Musk'}
    body = []; full = []; TT = []
    for sp, t, ps in T:
        if isinstance(ps[0], tuple):
            body.append('<p>[%s] %s: %s</p>' % (hms(ps[0][0]), L[sp], esc(curly(ps[0][1]), True)))
            for tt, p in ps[1:]:
                body.append('<p>[%s] %s</p>' % (hms(tt), esc(curly(p), True)))
            TT.append((sp, t, ps[0][1])); txt = ' '.join(p for _, p in ps)
        else:
            body.append('<p>[%s] %s: %s</p>' % (hms(t), L[sp], esc(curly(ps[0]), True)))
            TT.append((sp, t, ps[0])); txt = ps[0]
        full.append('<p>%s: %s</p>' % (L[sp], esc(curly(txt), True)))
    TT = [(sp, t, curly(x)) for sp, t, x in TT]
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Starlink and the night sky, with Elon Musk and Dr. Ifeoma Bello</title>
<meta name="generator" content="Ghost 5.82">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a71c0d9e3b">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://signalandstatic.example/"></script>
</head>
<body class="post-template tag-episodes">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://signalandstatic.example">Signal &amp; Static</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-episodes"><a href="/episodes/">Episodes</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-rss"><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-episodes">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><a href="/tag/episodes/">Episodes</a></section>
<h1 class="article-title">Starlink and the night sky, with Elon Musk and Dr. Ifeoma Bello</h1>
<p class="article-excerpt">An astronomer and the man launching the satellites, on one call.</p>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Park</a></h4><time class="byline-meta-date" datetime="2024-02-20">Feb 20, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 61 min listen</span></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-audio-card"><audio src="/content/media/2024/02/ss-ep31.mp3" preload="metadata"></audio><div class="kg-audio-title">Episode 31</div></div>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🤖</div><div class="kg-callout-text"><b>AI summary.</b> Elon Musk: satellite brightness is down tenfold. Ifeoma Bello: still visible in long exposures. Elon Musk: willing to make a formal commitment.</div></div>
<h2 id="transcript">Transcript</h2>
''' + '\n'.join(body) + '''
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Plain-text transcript (for copying)</h4><button class="kg-toggle-card-icon" aria-label="Expand"></button></div>
<div class="kg-toggle-content">''' + '\n'.join(full) + '''</div></div>
</section></article></main>
<section class="footer-cta outer"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://signalandstatic.example">Signal &amp; Static</a> &copy; 2024</section><nav class="site-footer-nav"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></nav></div></footer></div>
<script src="/assets/built/casper.js?v=a71c0d9e3b"></script>
</body>
</html>
'''
    write('t14_ghost_signal_static', page, 'Signal & Static',
          'Ghost blog post: one <p> per paragraph "[hh:mm:ss] Name: text"; a long turn carries a "[hh:mm:ss]" on every continuation paragraph without a name; a collapsed toggle card repeats the whole transcript as "Name: text" without times.',
          TT, ['Owen Park', 'Ifeoma Bello'])

# ---------------- t15: fan forum, times after text as links, EM short label ----------------
def t15():
    T = [
     ('KA', 3842, "Okay, we're live from the town hall. Elon, the first question from the floor is about housing in the town."),
     (EM, 3851, "Yeah, so we're building about two hundred more homes this year. The goal is that anyone who works here can afford to live here."),
     ('KA', 3890, "Next question, about the launch cadence."),
     (EM, 3896, ["We're aiming for a launch every couple of weeks from here by the end of next year.", "Eventually daily, but that needs the second tower."]),
     ('KA', None, "And the beach closures?"),
     (EM, None, "We're working with the county to cut closure hours. The goal is less than half of what it was."),
     ('KA', 4410, "Last one. Somebody asks, will you personally go to Mars?"),
     (EM, 4415, "Probably. If the risk is acceptable. Not on the first flight though."),
    ]
    L = {'KA': ('Kiko Alvarez (host)', 'Kiko'), EM: ('Elon Musk', 'EM')}
    seen = set(); body = []
    for sp, t, tx in T:
        ps = paras(tx)
        l = L[sp][0] if sp not in seen else L[sp][1]; seen.add(sp)
        ts = ' <a class="ts" href="https://vid.example/watch?v=tWnH4ll&amp;t=%d">[%s]</a>' % (t, mss(t)) if t is not None else ''
        if len(ps) == 1:
            body.append('<b>%s:</b> %s%s<br><br>' % (l, esc(ps[0]), ts))
        else:
            body.append('<b>%s:</b> %s<br><br>%s%s<br><br>' % (l, esc(ps[0]), esc(ps[1]), ts))
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>[TRANSCRIPT] Starbase town hall Q&amp;A (partial) | MarsBound Forums</title>
<link rel="stylesheet" href="/css/xenforo.css?v=2.2">
<script>XF.config={url:{fullBase:"https://forum.marsbound.example/"},csrf:"1717:abc"};</script>
</head>
<body data-template="thread_view">
<div class="p-header"><a class="p-header-logo" href="/">MarsBound Forums</a>
<nav class="p-nav"><a href="/forums/">Forums</a> <a href="/whats-new/">What's new</a> <a href="/members/">Members</a> <a href="/login/">Log in</a> <a href="/register/">Register</a></nav></div>
<div class="p-breadcrumbs"><a href="/forums/">Forums</a> › <a href="/forums/starbase.7/">Starbase &amp; Boca Chica</a></div>
<h1 class="p-title-value">[TRANSCRIPT] Starbase town hall Q&amp;A (partial)</h1>
<div class="block-body js-replyNewMessageContainer">
<article class="message" data-author="orbital_ella" id="post-55120">
<div class="message-user"><h4 class="message-name">orbital_ella</h4><h5 class="userTitle">Moderator</h5></div>
<div class="message-content"><div class="bbWrapper">I transcribed the Q&amp;A section of yesterday's town hall from the livestream. Timestamps link to the stream VOD (the stream started an hour before the Q&amp;A, hence the big numbers). A few bits I couldn't place, so no time on those.<br><br>
''' + '\n'.join(body) + '''
That's all I got, the stream cut out after that.</div></div>
<footer class="message-footer">Reactions: <span>Like</span> 84</footer></article>
<article class="message" data-author="ElonMusk_Real_" id="post-55124">
<div class="message-user"><h4 class="message-name">ElonMusk_Real_</h4><h5 class="userTitle">Member</h5></div>
<div class="message-content"><div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">orbital_ella said:</div><div class="bbCodeBlock-content">EM: Probably. If the risk is acceptable. Not on the first flight though.</div></blockquote>
Classic. He said the exact same thing in 2019.</div></div></article>
<article class="message" data-author="Elon R." id="post-55130">
<div class="message-user"><h4 class="message-name">Elon R.</h4><h5 class="userTitle">New member</h5></div>
<div class="message-content"><div class="bbWrapper">Elon Musk: "anyone who works here can afford to live here" — I work there and I can't. Just saying.</div></div></article>
</div>
<div class="p-footer"><a href="/help/terms/">Terms and rules</a> · <a href="/help/privacy-policy/">Privacy policy</a> · Forum software by XenForo® © 2010-2024</div>
<script src="/js/xf/preamble.min.js?_v=2"></script>
</body>
</html>
'''
    write('t15_forum_marsbound_townhall', page, 'MarsBound Forums',
          'Forum post (XenForo): transcript inside one post as "<b>Name:</b> text" lines separated by <br><br>, label "Elon Musk" then "EM", times printed after the turn\'s text as [m:ss] links with minutes over 59 (?t=seconds); some turns untimed.',
          T, ['Kiko Alvarez (host)', 'Kiko'])

# ---------------- t16: radio call-in, Hugo static site, h4 headings with <time>, caller named Elon, archive clip ----------------
def t16():
    T = [
     ('MO', 5, "Good morning, this is The Open Line on KVRB, I'm Margaret Oyelaran. Later this hour Elon Musk joins us. But first, here's what he said at a rally in 2019."),
     ('CLIP', 18, "Electric cars are inevitable. The only question is how fast we get there, and that matters a lot."),
     ('MO', 31, "Five years on, we'll ask him how fast. First, a caller. Elon, in Fresno, you're on the air."),
     ('EC', 40, "Hi Margaret. Yeah, my name's Elon too, which gets me a lot of jokes. I just want to ask about charging in rural areas."),
     ('MO', 58, "Hold that thought, Elon, we'll put it to our guest. And he's with us now. Mr. Musk, welcome."),
     (EM, 727, "Good morning. And hello to the other Elon."),
     ('MO', 734, "He wants to know about chargers in rural California."),
     (EM, 739, ["It's a fair complaint. The network is densest along the highways, and the Central Valley towns are underserved.", "We're adding a lot of sites this year, and other brands can use them now too."]),
     ('EC', 781, "So is that a yes for Fresno?"),
     (EM, 784, "Yes."),
     ('MO', 786, "Good enough for me. One more call before the news."),
    ]
    L = {'MO': ('MARGARET OYELARAN', 'OYELARAN'), 'EC': ('ELON, CALLER FROM FRESNO', 'ELON, CALLER'), EM: ('ELON MUSK', 'MUSK'), 'CLIP': ('ELON MUSK (ARCHIVE CLIP, 2019)',) * 2}
    seen = set(); body = []; TT = []
    for sp, t, tx in T:
        ps = paras(tx)
        l = L[sp][0] if sp not in seen else L[sp][1]; seen.add(sp)
        body.append('<h4 class="speaker">%s <time datetime="PT%dM%dS">%s</time></h4>' % (l, t // 60, t % 60, '%d:%02d' % (t // 60, t % 60)))
        body.extend('<p>%s</p>' % esc(curly(p)) for p in ps)
        TT.append((EM if sp == 'CLIP' else sp, t, curly(ps[0])))
    page = '''<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>Transcript: Elon Musk takes your questions on rural charging | The Open Line | KVRB Public Radio</title>
<link rel="stylesheet" href="/css/main.min.3f9ad.css">
<link rel="alternate" type="application/rss+xml" href="/shows/open-line/index.xml" title="The Open Line">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header"><a href="/" class="station">KVRB <small>89.3 FM · Public Radio for the Valley</small></a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/shows/">Shows</a></li><li><a href="/schedule/">Schedule</a></li><li><a href="/donate/" class="donate">Donate</a></li></ul></nav>
<div class="live-bar">On air now: <b>Morning Edition</b> <button>Listen live</button></div></header>
<main id="main" class="transcript-page">
<p class="show"><a href="/shows/open-line/">The Open Line</a></p>
<h1>Transcript: Elon Musk takes your questions on rural charging</h1>
<p class="date">Aired Thursday, March 14, 2024 at 9:00 a.m.</p>
<p class="disclaimer">KVRB transcripts are produced on a rush deadline. Times refer to the broadcast hour. The authoritative record is the audio.</p>
<div class="transcript">
''' + '\n'.join(body) + '''
<p>(SOUNDBITE OF MUSIC)</p>
</div>
<section class="related"><h2>More from The Open Line</h2><ul><li><a href="/shows/open-line/2024-03-07/">Water rights, explained</a></li><li><a href="/shows/open-line/2024-02-29/">Your questions on almond prices</a></li></ul></section>
</main>
<footer class="site-footer"><p>KVRB is a member station. <a href="/about/">About</a> · <a href="/fcc/">FCC public file</a> · <a href="/privacy/">Privacy</a></p><p>© 2024 Valley Public Media</p></footer>
<script src="/js/player.min.js" defer></script>
</body>
</html>
'''
    write('t16_radio_kvrb_openline', page, 'The Open Line',
          'Public-radio transcript (Hugo): an <h4> per speaker in capitals with a <time datetime="PTxMyS"> showing m:ss, paragraphs below; includes an archive clip labelled "ELON MUSK (ARCHIVE CLIP, 2019)" and a caller also named Elon.',
          TT, ['MARGARET OYELARAN', 'OYELARAN', 'ELON, CALLER FROM FRESNO', 'ELON, CALLER'])

if __name__ == '__main__':
    for f in (t11, t12, t13, t14, t15, t16): f()
