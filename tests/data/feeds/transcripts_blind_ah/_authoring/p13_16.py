from common import *

# ---------------------------------------------------------------- ah13 Substack with interpreter
def ah13():
    KV1, KV, IN1, IN = 'Katrin Vogel', 'KV', 'Interpreter (Jonas Brandt)', 'Interpreter'
    b = 12 * 60
    turns = [
        T(KV1, 'K', b + 5, "Thanks for doing this. I'm going to ask most of my questions in German for our German listeners, and Jonas here will interpret."),
        T('Elon Musk', 'E', b + 12, "Sounds good. My German is limited to about ten words, so Jonas, I'm counting on you."),
        T(KV, 'K', b + 20, "Warum ist Grünheide für Tesla so wichtig?"),
        T(IN1, 'I', b + 25, "Why is Grünheide so important for Tesla?"),
        T('EM', 'E', b + 29, "It's our only car factory in Europe, and it's one of the most advanced factories in the world. Germany has an incredible engineering culture.",
          "The permitting took longer than we hoped, but the local team is fantastic, and honestly they've taught us a few things about precision."),
        T(IN, 'I', b + 58, "Er sagt, es sei die einzige Autofabrik in Europa und eine der modernsten der Welt. Deutschland habe eine unglaubliche Ingenieurskultur, und das Team vor Ort sei fantastisch."),
        T(KV, 'K', b + 90, "Die Wasserfrage bleibt umstritten. Lokale Gruppen sagen, die Fabrik verbrauche zu viel Wasser. Was sagen Sie ihnen?"),
        T(IN, 'I', b + 99, "The water question remains controversial. Local groups say the factory uses too much water. What do you say to them?"),
        T('EM', 'E', b + 109, "We've actually reduced water use per car by a lot, more than most car plants in Germany. We recycle most of it on site. I understand the concern, though, and we publish the numbers."),
        T(IN, 'I', b + 130, "Er sagt, Tesla habe den Wasserverbrauch pro Auto stark gesenkt und recycle das meiste Wasser vor Ort. Er verstehe aber die Sorge."),
        T(KV, 'K', b + 185, "Last one, in English: will you expand the factory?"),
        T('EM', 'E', b + 190, "Yes."),
        T(KV, 'K', b + 191, "By how much?"),
        T('EM', 'E', b + 193, "We'll see. Probably double, eventually."),
        T(IN, 'I', b + 198, "Er sagt: wahrscheinlich eine Verdopplung, irgendwann."),
        T(KV, 'K', b + 205, "Danke, Mr. Musk."),
        T('EM', 'E', b + 207, "Danke sch&ouml;n. See, that's one of my ten words."),
    ]
    out = []
    for t in turns:
        m, s = divmod(t.t, 60)
        out.append('<p><a href="https://transatlantictech.substack.example/p/musk-gruenheide#t=%dm%02ds" class="ts">[%s]</a> <strong>%s:</strong> %s</p>' % (m, s, mmss(t.t), t.label, t.paras[0]))
        for p in t.paras[1:]:
            out.append('<p>%s</p>' % p)
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Musk in Grünheide: the full interview (with interpreter) - by Katrin Vogel</title>
<meta name="author" content="Katrin Vogel">
<meta property="og:title" content="Musk in Grünheide: the full interview">
<meta property="og:site_name" content="Transatlantic Tech">
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{{\\"pub\\":{{\\"name\\":\\"Transatlantic Tech\\"}},\\"post\\":{{\\"id\\":160442}}}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><a class="navbar-title-link" href="https://transatlantictech.substack.example">Transatlantic Tech</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in" href="/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Musk in Grünheide: the full interview (with interpreter)</h1>
<h3 class="subtitle">Water, permits and whether the factory doubles. Plus: the ten words of German.</h3>
<div class="post-meta"><a href="https://substack.example/@katrinvogel" class="pencraft">Katrin Vogel</a> <span class="date">Jul 03, 2025</span> <span class="paid">Free</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<p>I interviewed Elon Musk (EM) at the Grünheide gigafactory outside Berlin. I asked most questions in German for the German edition of the podcast; Jonas Brandt interpreted in both directions. Below, Katrin Vogel is KV. Timestamps link to the audio episode; the interview starts twelve minutes in, after my intro.</p>
<div class="captioned-image-container"><figure><img src="https://substackcdn.example/image/fetch/w_1456/gruenheide-hall.jpg" alt="The Grünheide factory floor" width="1456" height="816"><figcaption>The body shop at Grünheide. Photo: Katrin Vogel</figcaption></figure></div>
<div class="subscription-widget-wrap"><p>Transatlantic Tech is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form class="subscription-widget"><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
<h3 class="header-anchor-post">The interview</h3>
{tr}
<p>&mdash;</p>
<p><em>This interview was lightly edited for length. The German-language version of the episode is available to paid subscribers.</em></p>
</div></div>
<div class="post-footer"><div class="like-button-container"><button class="like-button">&#9825; 214</button></div><a class="post-ufi-comment-button" href="#comments">31 comments</a><button class="share">Share</button></div>
</article>
<div id="comments" class="comments-page"><h2>Discussion about this post</h2>
<div class="comment"><div class="comment-meta"><a class="commenter-name">Elon Muskovitz</a> <span>Jul 3</span></div><div class="comment-body"><p>EM: &ldquo;Probably double, eventually.&rdquo; That is the most Musk answer possible.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name">Brandenburg Wasserbeobachter</a> <span>Jul 4</span></div><div class="comment-body"><p>He says they publish the numbers. Where exactly? I could not find them.</p></div>
<div class="comment reply"><div class="comment-meta"><a class="commenter-name">Katrin Vogel</a> <span>Jul 4</span></div><div class="comment-body"><p>Good question, I will follow up with the plant.</p></div></div></div>
</div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><p>&copy; 2025 Katrin Vogel</p><p><a href="https://substack.example/privacy">Privacy</a> &middot; <a href="https://substack.example/tos">Terms</a> &middot; <a href="https://substack.example/ccpa">Collection notice</a></p><p>Substack is the home for great culture</p></div></div>
</div></div>
<script src="https://substackcdn.example/bundle/static/js/main.2c9e.js" charset="utf-8"></script>
</body>
</html>
'''
    return write('ah13_transatlantic', page, 'Transatlantic Tech (Substack)',
                 'Substack post: one paragraph per turn "[mm:ss] link (#t=XmYYs) <strong>Label:</strong> text"; labels "Elon Musk" then "EM"; an interpreter renders turns into German/English as separate turns.', turns)

# ---------------------------------------------------------------- ah14 Chinese video platform bilingual
def ah14():
    H = '主持人'
    rows = [
        (H, 'H', 3, "欢迎两位。今天我们聊聊特斯拉最早的那几年。", "Welcome to you both. Today let's talk about the early years of Tesla."),
        ('金博尔·马斯克', 'K', 10, "谢谢。那几年真的很疯狂。", "Thanks. Those years were truly insane."),
        ('埃隆·马斯克', 'E', 14, "疯狂是比较客气的说法。2008年我们差点破产。", "Insane is the polite word. In 2008 we nearly went bankrupt."),
        (H, 'H', 22, "金博尔，你当时在董事会，对吧？", "Kimbal, you were on the board back then, right?"),
        ('金博尔', 'K', 27, "对。我记得埃隆说过：“我宁愿把最后一分钱投进去，也不要让公司倒闭。”他真的这么做了。", "Yes. I remember Elon saying, \"I'd rather put in my last dollar than let the company die.\" And he really did."),
        ('埃隆', 'E', 41, "是的，最后的钱全投进去了。那年圣诞节过得很糟糕。", "Yes, every last dollar went in. That Christmas was pretty rough."),
        (H, 'H', 3530, "现在回头看，你们最大的遗憾是什么？", "Looking back now, what's your biggest regret?"),
        ('埃隆', 'E', 3542, "可能是在早期对量产的难度太乐观了。造原型很容易，量产才是地狱。", "Probably being too optimistic early on about how hard volume production is. Prototypes are easy; production is hell."),
        ('金博尔', 'K', 3580, "我的遗憾是没早点劝他好好睡觉。", "My regret is not persuading him to sleep properly sooner."),
        ('埃隆', 'E', 3603, "他劝过，我没听。", "He did try. I didn't listen."),
        (H, 'H', 3730, "最后，你们对年轻创业者有什么建议？", "Finally, any advice for young founders?"),
        ('埃隆', 'E', 3736, "做真正有用的东西。不要只是为了融资而创业。", "Make something genuinely useful. Don't start a company just to raise money."),
        ('金博尔', 'K', 3750, "还有，好好吃饭。", "And eat properly."),
        ('埃隆', 'E', 3754, "这一点他说得对。", "He's right about that."),
    ]
    turns = [T(l, k, t, zh, en) for l, k, t, zh, en in rows]
    def iso(s):
        h, m, x = s // 3600, s % 3600 // 60, s % 60
        return 'PT' + ('%dH' % h if h else '') + '%dM%dS' % (m, x)
    out = []
    for t in turns:
        out.append('<li class="subtitle-item" data-time="%d"><time datetime="%s">%s</time><span class="who">%s</span><p class="line-zh">%s</p><p class="line-en">%s</p></li>' % (t.t, iso(t.t), short(t.t), t.label, t.paras[0], E(t.paras[1], quote=False)))
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【中英双字】埃隆·马斯克 × 金博尔·马斯克 兄弟对谈：特斯拉最早的那几年_木星视频</title>
<meta name="keywords" content="马斯克,金博尔,特斯拉,双语字幕,访谈">
<meta name="description" content="硅谷字幕组翻译。兄弟俩回忆2008年特斯拉差点破产、量产地狱和给年轻创业者的建议。">
<link rel="stylesheet" href="//s1.muxing.example/video/pc/css/video.4c2d1e.css">
<script>window.__INITIAL_STATE__={{"aid":8871203,"bvid":"MX1aT4y1Q7zk","title":"兄弟对谈","owner":{{"name":"硅谷字幕组"}}}};</script>
</head>
<body>
<div id="app">
<div class="mx-header"><a class="logo" href="/">木星视频</a><ul class="mx-nav"><li><a href="/">首页</a></li><li><a href="/v/knowledge">知识</a></li><li><a href="/v/tech">科技</a></li><li><a href="/live">直播</a></li></ul><div class="mx-search"><input placeholder="马斯克 访谈"></div><a class="login" href="/login">登录</a></div>
<div class="video-container">
<div class="left-col">
<h1 class="video-title">【中英双字】埃隆·马斯克 × 金博尔·马斯克 兄弟对谈：特斯拉最早的那几年</h1>
<div class="video-data"><span class="view">36.8万播放</span><span class="dm">4122弹幕</span><span class="pubdate">2025-04-02 19:30:00</span><span class="copyright">未经作者授权，禁止转载</span></div>
<div class="player-wrap" id="mxplayer"><div class="mx-player-video-wrap"><video preload="none"></video></div><div class="mx-player-video-danmaku"></div></div>
<div class="toolbar"><span class="like">点赞 2.1万</span><span class="coin">投币 8012</span><span class="collect">收藏 1.3万</span><span class="share">分享</span></div>
<div class="video-desc"><p>翻译/校对：硅谷字幕组。原视频为某创业活动的炉边对谈，主持人身份未公开。</p><p>马斯克：“造原型很容易，量产才是地狱。”——本期金句</p></div>
<div class="comment-area"><h3>评论 1892</h3>
<div class="reply-item"><span class="user-name">马斯克的火箭</span><p class="reply-content">埃隆：做真正有用的东西。不要只是为了融资而创业。 —— 建议每个创业者都听一遍</p><span class="reply-time">2025-04-02 20:11</span>
<div class="sub-reply"><span class="user-name">埃隆马斯克本尊</span><p class="reply-content">回复 @马斯克的火箭 ：这一点他说得对 [doge]</p></div></div>
<div class="reply-item"><span class="user-name">量产地狱幸存者</span><p class="reply-content">金博尔说“好好吃饭”的时候埃隆那个表情笑死我了</p><span class="reply-time">2025-04-03 08:40</span></div>
</div>
</div>
<div class="right-col">
<div class="up-info"><a class="up-name" href="/space/99120">硅谷字幕组</a><span class="up-fans">粉丝 52.4万</span><button class="follow">+ 关注</button></div>
<div class="subtitle-panel"><div class="panel-head"><span class="tab active">字幕列表</span><span class="tab">AI小助手</span><span class="lang">中英双语</span></div>
<ul class="subtitle-list">
{tr}
</ul></div>
<div class="rec-list"><h3>接下来播放</h3><ul><li><a href="/video/MX1b">马斯克谈星舰第七次试飞（中字）</a></li><li><a href="/video/MX1c">金博尔·马斯克：我的垂直农场</a></li></ul></div>
</div>
</div>
<div class="mx-footer"><p>木星视频 版权所有 沪ICP备2025000123号</p></div>
</div>
<script src="//s1.muxing.example/video/pc/js/video.4c2d1e.js" crossorigin></script>
</body>
</html>
'''
    return write('ah14_muxing_video', page, '硅谷字幕组（木星视频）',
                 'Chinese video-platform subtitle panel: one <li data-time> per turn with <time datetime="PT…">m:ss / h:mm:ss</time>, speaker span, a Chinese line and the English original line (pair = one turn); labels "埃隆·马斯克" then "埃隆", Kimbal also speaks.', turns, zh=True)

# ---------------------------------------------------------------- ah15 Taiwan podcast, trap (he never speaks)
def ah15():
    A, B = '阿哲', '小安'
    turns = [
        T(A, 'A', 8, "大家好，歡迎收聽矽島夜話，我是阿哲。"),
        T(B, 'B', 11, "我是小安。這集我們要來拆解馬斯克上週那場很紅的訪談。"),
        T(A, 'A', 19, "先講清楚，馬斯克本人沒有上我們的節目啦，我們只是逐字聽完那場訪談，然後來吐槽。"),
        T(B, 'B', 28, "對。最有名的一句是，馬斯克說：「火星城市至少要一百萬人才能自給自足。」你怎麼看？"),
        T(A, 'A', 42, "我覺得數字本身不是重點。他在同一段裡面還說：「時間表可能會延後，但方向不會變。」這才是他一貫的說法。"),
        T(B, 'B', 193, "好，第二段。他講到星艦的時候有點激動。"),
        T(A, 'A', 198, "對，他說「星艦的每一次爆炸都是在學習」，我覺得工程師聽了會點頭，但投資人可能會冒冷汗。"),
        T(B, 'B', 215, "哈哈，冒冷汗。"),
        T(A, 'A', 604, "最後總結一下：馬斯克的時間表要打折，但不要打到零。"),
        T(B, 'B', 611, "我們下集見，掰掰。"),
    ]
    out = []
    for t in turns:
        out.append('<p><span class="spk">%s</span>（%s）：%s</p>' % (t.label, mmss(t.t), t.paras[0]))
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EP.93｜馬斯克又說要上火星了？我們逐字拆解他的最新訪談 – 矽島夜話 Podcast</title>
<meta name="description" content="阿哲和小安逐字拆解馬斯克上週的訪談：一百萬人的火星城市、星艦爆炸與打折的時間表。">
<link rel="stylesheet" href="https://siliconisland.tw.example/wp-content/themes/podcaster/style.css?ver=3.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SITW93"></script>
</head>
<body class="single single-episode">
<header class="site-header"><div class="inner"><a class="site-title" href="/">矽島夜話</a><span class="tagline">台灣人的科技深夜節目</span>
<nav class="menu"><a href="/episodes">全部單集</a><a href="/hosts">主持人</a><a href="/sponsor">贊助我們</a><a href="/contact">聯絡</a></nav></div></header>
<main class="inner">
<article class="episode">
<h1>EP.93｜馬斯克又說要上火星了？我們逐字拆解他的最新訪談</h1>
<p class="ep-meta">2025 年 7 月 21 日 ・ 主持：阿哲、小安 ・ 長度 10:24</p>
<div class="player"><iframe src="https://player.soundon.example/embed/?podcast=siliconisland&amp;episode=93" height="140" width="100%" frameborder="0"></iframe></div>
<section class="shownotes"><h2>本集重點</h2>
<ul>
<li>馬斯克：「火星城市至少要一百萬人才能自給自足。」</li>
<li>星艦爆炸到底是不是「學習」？</li>
<li>為什麼馬斯克的時間表要打折</li>
</ul>
<h3>時間軸</h3>
<p>00:28 一百萬人的火星城市<br>03:13 星艦與爆炸<br>10:04 總結</p>
<p>收聽平台：Apple Podcasts｜Spotify｜SoundOn｜KKBOX</p>
</section>
<section class="transcript"><h2>逐字稿</h2>
<p class="note">（本逐字稿由 AI 產生並經人工校對，括號內為時間。）</p>
{tr}
</section>
</article>
<section class="comments"><h2>3 則留言</h2>
<div class="comment"><b class="author">Elon馬斯克</b><span class="date">2025-07-21</span><p>馬斯克：「時間表可能會延後，但方向不會變。」經典。</p></div>
<div class="comment"><b class="author">伊隆本人</b><span class="date">2025-07-22</span><p>你們怎麼不邀請我上節目？</p></div>
<div class="comment"><b class="author">阿哲</b><span class="date">2025-07-22</span><p>回覆 伊隆本人：隨時歡迎 😂</p></div>
</section>
</main>
<footer class="site-footer"><p>© 2025 矽島夜話 Silicon Island Nights｜本站使用 WordPress 架設</p></footer>
<script src="https://siliconisland.tw.example/wp-content/themes/podcaster/js/app.js?ver=3.1"></script>
</body>
</html>
'''
    return write('ah15_siliconisland_tw', page, '矽島夜話 Silicon Island Nights',
                 'Taiwanese podcast page (WordPress): one paragraph per turn "<span>名字</span>（mm:ss）：正文"; the hosts only discuss and quote Musk, who never speaks.', turns, zh=True)

# ---------------------------------------------------------------- ah16 Hugo static site, time column, minutes > 59
def ah16():
    O1, O = 'Odile Marchetti', 'Marchetti'
    EM1, EM = 'Elon Musk, CEO of Tesla and SpaceX', 'Musk'
    turns = [
        T(O1, 'O', 3, "Hello and welcome to Second Stage. I'm Odile Marchetti. This is a long one, recorded over nearly two hours at Starbase, so get comfortable."),
        T(O, 'O', 40, "Let's begin with the phrase everyone associates with you: first principles. What does it actually mean day to day?"),
        T(EM1, 'E', 49, "It means you boil things down to the fundamental truths you're confident about and reason up from there, instead of reasoning by analogy.",
          "Most people reason by analogy most of the time, which is fine for ordinary life. It's terrible for innovation."),
        T(O, 'O', 78, "Give me an example."),
        T(EM, 'E', 80, "Batteries. People said battery packs would always cost six hundred dollars a kilowatt-hour. So we asked what a battery is made of and what those materials cost on the metals exchange. It was a fraction of that."),
        T(O, 'O', 4445, "Let's switch to Neuralink. You've had patients for a while now."),
        T(EM, 'E', 4452, "Yes, and they're doing remarkably well. One of them plays chess online faster than he did before his injury, just by thinking."),
        T(O, 'O', 4470, "Does that frighten you at all?"),
        T(EM, 'E', None, "No."),
        T(O, 'O', None, "Not even a little?"),
        T(EM, 'E', 4477, "The thing that frightens me is AI that we can't keep up with. Neuralink is partly an answer to that: higher bandwidth between humans and computers."),
        T(O, 'O', 6072, "We're at almost two hours. Last question: what's the engineering culture you want?"),
        T(EM, 'E', 6080, "Everyone should feel like a chief engineer. If you see something dumb, you say so, regardless of who designed it, including me. Especially me."),
        T(O, 'O', 6105, "Elon Musk, thank you."),
    ]
    rows, txt = [], []
    for t in turns:
        for i, p in enumerate(t.paras):
            tm = mmss(t.t) if (i == 0 and t.t is not None) else ''
            sp = t.label if i == 0 else ''
            rows.append('<div class="tr-row"><div class="tr-time">%s</div><div class="tr-speaker">%s</div><div class="tr-text">%s</div></div>' % (tm, sp, E(p, quote=False)))
        txt.append('%s%s: %s' % (('[%s] ' % mmss(t.t)) if t.t is not None else '', t.label, E(' '.join(t.paras), quote=False)))
    tr = '\n'.join(rows)
    plain_copy = '\n\n'.join(txt)
    page = f'''<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.128.2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>57 · Elon Musk on first principles, Neuralink and engineering culture | Second Stage</title>
<link rel="alternate" type="application/rss+xml" href="https://secondstage.fm/index.xml" title="Second Stage">
<link rel="stylesheet" href="/css/main.min.8f3d9b.css" integrity="sha256-q0a" crossorigin="anonymous">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on first principles","timeRequired":"PT1H42M"}}</script>
<style>.tr-row{{display:grid;grid-template-columns:4.5rem 11rem 1fr;gap:.5rem}}.tr-time{{color:#888;font-variant-numeric:tabular-nums}}.tr-speaker{{font-weight:700}}</style>
</head>
<body>
<header class="site"><a href="/" class="brand">Second Stage</a><nav><a href="/episodes/">Episodes</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>
<main>
<article class="episode">
<h1>57 &middot; Elon Musk on first principles, Neuralink and engineering culture</h1>
<p class="meta"><time datetime="2025-11-24">24 November 2025</time> &middot; 1 h 42 min</p>
<audio controls preload="none" src="https://media.secondstage.fm/ss057.mp3"></audio>
<p>Odile sat down with Elon Musk at Starbase for nearly two hours. We kept the timestamps from the raw recording, so they run in minutes past 59 rather than hours.</p>
<aside class="key-quotes"><h2>Key quotes</h2>
<blockquote>Elon Musk: &ldquo;Everyone should feel like a chief engineer.&rdquo;</blockquote>
<blockquote>Elon Musk: &ldquo;Most people reason by analogy most of the time.&rdquo;</blockquote>
</aside>
<h2 id="transcript">Transcript</h2>
<div class="transcript-grid">
<div class="tr-row tr-head"><div class="tr-time">Time</div><div class="tr-speaker">Speaker</div><div class="tr-text">Text</div></div>
{tr}
</div>
<details class="plain-transcript"><summary>Plain-text transcript (for copying)</summary>
<pre>{plain_copy}</pre>
</details>
</article>
<nav class="pager"><a href="/episodes/56-lunar-ice/">&larr; 56 &middot; Ice at the lunar south pole</a> <a href="/episodes/58-spectrum/">58 &middot; Who owns the spectrum? &rarr;</a></nav>
</main>
<footer class="site"><p>Second Stage is made by Odile Marchetti. Built with Hugo. &copy; 2025</p></footer>
<script data-goatcounter="https://secondstage.goatcounter.example/count" async src="//gc.zgo.at/count.js"></script>
</body>
</html>
'''
    return write('ah16_secondstage', page, 'Second Stage',
                 'Hugo static page: CSS-grid rows (time column mm:ss with minutes past 59 | speaker column | text), speaker and time cells empty on continuation rows, one of his turns (and one host turn) without a time; labels "Elon Musk, CEO of Tesla and SpaceX" then "Musk"; a plain-text copy repeats the transcript in <details><pre>.', turns)
