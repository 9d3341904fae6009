from common import *

# ---------------------------------------------------------------- ah05 mainland simplified
def ah05():
    Z = '周明远'
    turns = [
        T(Z, 'Z', 5, "各位观众好，欢迎收看前哨访谈。今天我们很荣幸通过视频连线请到了埃隆·马斯克先生。马斯克先生，您好。"),
        T('埃隆·马斯克', 'E', 14, "你好，很高兴来到这个节目。"),
        T(Z, 'Z', 20, "我们先聊星链。很多中国观众好奇，星链现在到底有多少颗卫星在轨？"),
        T('马斯克', 'E', 29, "大概七千多颗吧，具体数字每周都在变。我们几乎每隔几天就发射一次，所以这个数字很快就会过时。",
          "更重要的不是数量，而是激光链路。卫星之间可以直接通信，数据不一定要先落地。"),
        T(Z, 'Z', 70, "很多年轻工程师都把您的一句话贴在工位上——马斯克曾经说过：“物理学是法则，其他一切都只是建议。”您现在还这么看吗？"),
        T('马斯克', 'E', 84, "对。"),
        T(Z, 'Z', 86, "就一个字？"),
        T('马斯克', 'E', 88, "就一个字。这句话本身已经说清楚了，不需要我再解释。"),
        T(Z, 'Z', 340, "我们聊聊人形机器人。擎天柱什么时候能走进普通家庭？"),
        T('马斯克', 'E', 349, "我觉得几年之内会先在工厂里大规模使用，然后才是家庭。家庭环境其实更难，因为每个家都不一样，还有小孩和宠物。"),
        T(Z, 'Z', 422, "最后一个问题：您对中国的年轻工程师有什么建议？"),
        T('马斯克', 'E', 430, "从第一性原理出发思考问题，不要因为别人都这么做就照着做。还有，一定要多动手。"),
        T(Z, 'Z', 455, "谢谢马斯克先生，也谢谢各位观众。我们下期再见。"),
    ]
    out = []
    for t in turns:
        out.append('<p><span class="tc">【%s】</span><strong>%s</strong>：%s</p>' % (hms(t.t), t.label, t.paras[0]))
        for p in t.paras[1:]:
            out.append('<p>%s</p>' % p)
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>对话马斯克：星链、人形机器人与“第一性原理”｜前哨访谈 第37期 - 极客前哨</title>
<meta name="keywords" content="马斯克,星链,擎天柱,第一性原理,前哨访谈">
<meta name="description" content="极客前哨独家视频连线埃隆·马斯克，聊星链激光链路、人形机器人进家庭的时间表。">
<link rel="stylesheet" href="//static.jikeqianshao.example/css/article.3b7e.css">
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f2a0c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="topbar"><div class="wrap"><a class="logo" href="/">极客前哨</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/kuaixun">快讯</a></li><li class="on"><a href="/fangtan">访谈</a></li><li><a href="/chuangtou">创投</a></li><li><a href="/qiche">汽车</a></li><li><a href="/app">下载APP</a></li></ul>
<div class="login"><a href="/login">登录</a> | <a href="/reg">注册</a></div></div></div>
<div class="wrap main">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/fangtan">访谈</a> &gt; 正文</div>
<div class="article">
<h1>对话马斯克：星链、人形机器人与“第一性原理”｜前哨访谈 第37期</h1>
<div class="info"><span class="author">文｜周明远</span><span class="time">2025-06-21 10:30</span><span class="src">来源：极客前哨</span><span class="read">阅读 10.2万</span></div>
<div class="summary"><b>导语：</b>本期前哨访谈，我们通过视频连线采访了特斯拉、SpaceX首席执行官埃隆·马斯克。他谈到了星链的激光链路、人形机器人“擎天柱”进入家庭的时间表，以及他对年轻工程师的建议。以下为访谈实录，经过翻译和删节。</div>
<div class="quote-box"><h3>金句摘录</h3>
<p>马斯克：“更重要的不是数量，而是激光链路。”</p>
<p>马斯克：“家庭环境其实更难。”</p>
<p>马斯克：“一定要多动手。”</p></div>
<div class="video"><iframe src="//player.jikeqianshao.example/embed/v37" width="720" height="405" frameborder="0" allowfullscreen></iframe></div>
<h2>访谈实录</h2>
<p class="note">（时间码对应视频进度，格式为 时:分:秒）</p>
<div class="content">
{tr}
</div>
<p class="editor">（责任编辑：林小舟　翻译：前哨编辑部）</p>
<div class="copyright">版权声明：本文为极客前哨原创，未经授权不得转载。</div>
</div>
<div class="tags"><a href="/tag/马斯克">马斯克</a><a href="/tag/星链">星链</a><a href="/tag/人形机器人">人形机器人</a></div>
<div class="comments"><h3>评论（3）</h3>
<ul>
<li><span class="u">马斯克的小迷弟</span>：马斯克：“对。”——这个回答太有性格了哈哈哈<span class="d">06-21 11:02</span></li>
<li><span class="u">火星移民局</span>：能不能问问星舰的事？<span class="d">06-21 12:40</span></li>
<li><span class="u">埃隆不是马斯克</span>：翻译得很好，点赞。<span class="d">06-22 08:15</span></li>
</ul></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/fangtan/36">前哨访谈第36期：金博尔·马斯克谈垂直农业</a></li><li><a href="/kuaixun/88120">星链在轨卫星突破七千颗</a></li></ul></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告合作 | 用户协议</p><p>© 2025 极客前哨 京ICP备2025012345号-1 京公网安备11010502012345号</p></div>
<script src="//static.jikeqianshao.example/js/article.3b7e.js"></script>
</body>
</html>
'''
    return write('ah05_qianshao', page, '极客前哨·前哨访谈', 
                 'Mainland Chinese media article: one paragraph per turn as "【hh:mm:ss】<strong>名字</strong>：正文" with full-width brackets and colon; label "埃隆·马斯克" first, then "马斯克".', turns, zh=True)

# ---------------------------------------------------------------- ah06 Hong Kong traditional, bilingual
def ah06():
    C = '陳家豪'
    pairs = [
        (C, 'C', 12, "多謝你接受港科前線的訪問。我們想先由 AI 安全談起。", "Thank you for talking to TechFront HK. We'd like to start with AI safety."),
        ('馬斯克', 'E', 19, "當然，這是我最常被問到的問題之一，也是我最擔心的問題之一。", "Sure. It's one of the questions I get asked most, and one of the things I worry about most."),
        (C, 'C', 31, "你多年前曾警告 AI 比核武更危險。你現在仍然這樣認為嗎？", "Years ago you warned that AI was more dangerous than nukes. Do you still think so?"),
        ('馬斯克', 'E', 40, "是的，仍然如此。", "Yes, I still do."),
        (C, 'C', 42, "可以解釋一下嗎？", "Can you explain?"),
        ('馬斯克', 'E', 44, "核武至少有國際條約和嚴格監管，但先進的 AI 幾乎沒有。我認為應該有一個監管機構，至少先了解實際情況。", "Nuclear weapons at least have treaties and strict oversight. Advanced AI has almost none. I think there should be a regulator, at least to get insight into what is actually happening."),
        (C, 'C', 190, "xAI 的目標是甚麼？", "What is xAI's goal?"),
        ('馬斯克', 'E', 195, "理解宇宙的真正本質。聽起來很宏大，但我認為一個以追求真相為目標的 AI 會比較安全。", "To understand the true nature of the universe. It sounds grandiose, but I think an AI that is maximally truth-seeking is safer."),
        (C, 'C', 720, "最後，你會來香港嗎？", "Finally, will you come to Hong Kong?"),
        ('馬斯克', 'E', 725, "很想去。香港的天際線是世界上最好看的之一。", "I'd love to. Hong Kong has one of the best skylines in the world."),
    ]
    turns = [T(l, k, t, zh, en) for l, k, t, zh, en in pairs]
    out = []
    for t in turns:
        out.append('<div class="qa-turn"><p class="zh"><b class="spk">%s</b><span class="tc">（%s）</span>：%s</p>\n<p class="en" lang="en">%s</p></div>' % (t.label, mmss(t.t), t.paras[0], E(t.paras[1], quote=False)))
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【專訪】馬斯克談 AI 安全與 xAI（中英對照全文）｜港科前線 TechFront HK</title>
<meta property="og:title" content="【專訪】馬斯克談 AI 安全與 xAI">
<meta property="og:locale" content="zh_HK">
<link rel="stylesheet" href="https://techfront.hk.example/assets/main.css?v=20250812">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TFHK2025"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TFHK2025');</script>
</head>
<body class="single-article lang-zh-hk">
<header class="site-header"><div class="container"><a class="brand" href="/">港科前線 <small>TechFront HK</small></a>
<nav><ul><li><a href="/news">科技新聞</a></li><li class="active"><a href="/interviews">專訪</a></li><li><a href="/startups">初創</a></li><li><a href="/gadgets">產品評測</a></li><li><a href="/en">English</a></li></ul></nav></div></header>
<main class="container">
<article class="post">
<div class="post-cat"><a href="/interviews">專訪</a></div>
<h1 class="post-title">【專訪】馬斯克談 AI 安全與 xAI（中英對照全文）</h1>
<div class="post-meta">撰文：陳家豪　｜　2025年8月12日　｜　<span class="views">瀏覽 38,204</span></div>
<div class="post-lead"><p>港科前線日前透過視像訪問了 Tesla、SpaceX 及 xAI 創辦人馬斯克（Elon Musk），談及人工智能監管、xAI 的目標，以及他會否訪港。以下為訪問全文，中文為編輯部翻譯，英文原文附於每段之下，括號內為影片時間。</p></div>
<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/TfHkMusk25" title="馬斯克專訪" allowfullscreen></iframe></div>
<div class="post-body">
{tr}
</div>
<div class="post-tags">標籤：<a href="/tag/elon-musk">馬斯克</a> <a href="/tag/ai">人工智能</a> <a href="/tag/xai">xAI</a></div>
</article>
<section class="comments"><h3>讀者留言（2）</h3>
<div class="comment"><div class="c-author">馬斯克迷</div><div class="c-body">馬斯克：「理解宇宙的真正本質。」呢句好正！</div><div class="c-time">2025-08-12 14:21</div></div>
<div class="comment"><div class="c-author">Kelvin_HK</div><div class="c-body">希望佢真係嚟香港啦。</div><div class="c-time">2025-08-12 19:03</div></div>
</section>
<aside class="sidebar"><h3>熱門文章</h3><ol><li><a href="/news/3321">數碼港新一輪初創資助公布</a></li><li><a href="/gadgets/1190">實測：五款摺機邊部最耐用？</a></li></ol></aside>
</main>
<footer class="site-footer"><div class="container"><p>© 2025 港科前線 TechFront HK 版權所有｜<a href="/privacy">私隱政策</a>｜<a href="/contact">聯絡我們</a></p></div></footer>
<script src="https://techfront.hk.example/assets/main.js?v=20250812"></script>
</body>
</html>
'''
    return write('ah06_techfront_hk', page, '港科前線 TechFront HK',
                 'Hong Kong traditional-Chinese article: each turn is a div with a Chinese paragraph "<b>名字</b>（mm:ss）：譯文" followed by the unlabelled English original paragraph (one turn per pair).', turns, zh=True)

# ---------------------------------------------------------------- ah07 trap: discussed, never speaks
def ah07():
    R, G, S = 'Rachel Adeyemi', 'Elon Gerber', "Sam Ortiz (reading Musk's post)"
    turns = [
        T(R, 'R', 3, "This is The Launch Window from Meridian Audio. I'm Rachel Adeyemi. Elon Musk did not come on this show, despite our best efforts, so instead we've got the next best thing: another Elon."),
        T(G, 'G', 14, "Hi, Rachel. I get that joke about once a week, so thank you for getting it out of the way early."),
        T(R, 'R', 21, "Elon Gerber is a space-policy analyst in Tel Aviv and a long-time Starship watcher. Elon, Musk once said: &ldquo;I'd like to die on Mars, just not on impact.&rdquo; How close is he to the not-on-impact part?"),
        T('Elon', 'G', 35, "Closer than people think for cargo, and much further than he claims for people. Landing is the easy headline. Life support for two years is the hard bit."),
        T(R, 'R', 70, "Our producer Sam has the post that kicked off this week's argument."),
        T(S, 'S', 75, "Starship will depart for Mars at the end of next year, carrying Optimus. If those landings go well, human landings may start as soon as 2029."),
        T(R, 'R', 90, "Elon?"),
        T('Elon', 'G', 91, "It's a classic Musk timeline. He told an audience in 2016 that humans could land in 2024. So you discount it, not to zero, but you discount it.",
          "And to be fair to him, nobody else has even built the ship. The schedule slips, but the hardware is real."),
        T(R, 'R', 131, "So what's your number?"),
        T('Elon', 'G', 134, "Cargo landing: plausibly by 2028. Crew: I'd say the mid-2030s. And I would love to be wrong."),
        T(R, 'R', 160, "Elon Gerber, thank you. And Elon Musk, if you're listening, the invitation stands."),
    ]
    out = []
    for t in turns:
        out.append('<p class="tx-line"><span class="tx-time">[%s]</span> <b>%s:</b> %s</p>' % (mmss(t.t), t.label, t.paras[0]))
        for p in t.paras[1:]:
            out.append('<p class="tx-line">%s</p>' % p)
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Musk's Mars timeline, decoded &mdash; The Launch Window &mdash; Meridian Audio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" href="/_next/static/css/8c1e9a.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8c1e9a.css">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Musk's Mars timeline, decoded">
</head>
<body>
<div id="__next">
<header class="MeridianHeader_root"><a href="/" class="MeridianHeader_logo">meridian<span>audio</span></a>
<nav class="MeridianHeader_nav"><a href="/shows">Shows</a><a href="/shows/the-launch-window" aria-current="page">The Launch Window</a><a href="/newsletters">Newsletters</a><a href="/plus">Meridian+</a></nav></header>
<main class="EpisodePage_main">
<section class="EpisodeHero">
<p class="EpisodeHero_show"><a href="/shows/the-launch-window">The Launch Window</a> &middot; Episode 64 &middot; 3 min clip</p>
<h1>Musk&rsquo;s Mars timeline, decoded</h1>
<p class="EpisodeHero_desc">Elon Musk says Starship leaves for Mars next year. Space-policy analyst Elon Gerber (no relation, no rockets) explains how to read a Musk timeline.</p>
<div class="AudioPlayer" data-src="https://cdn.meridianaudio.example/tlw/064.mp3" data-duration="171"><button class="AudioPlayer_play" aria-label="Play">&#9654;</button><span class="AudioPlayer_time">0:00 / 2:51</span></div>
</section>
<section class="ShowNotes">
<h2>Show notes</h2>
<blockquote class="ShowNotes_pull"><p>Elon Musk: &ldquo;Starship will depart for Mars at the end of next year, carrying Optimus.&rdquo;</p></blockquote>
<ul><li>[00:21] Elon Musk on dying on Mars (but not on impact)</li><li>[01:15] The post</li><li>[02:14] Elon Gerber&rsquo;s numbers</li></ul>
<p>Related: <a href="/shows/the-launch-window/12">Ep. 12 &mdash; Elon Musk on Mars (2019 archive)</a></p>
</section>
<section class="Transcript" id="transcript">
<h2>Transcript</h2>
<p class="Transcript_note">Transcripts are generated by Meridian and edited by our producers. Please check against the audio before quoting.</p>
{tr}
</section>
<section class="Comments"><h2>Comments</h2>
<div class="Comment"><p class="Comment_author">Elon M.</p><p class="Comment_body">Elon: Cargo landing by 2028? Optimistic, but I'll take it.</p></div>
<div class="Comment"><p class="Comment_author">orbital_ops</p><p class="Comment_body">The &ldquo;another Elon&rdquo; bit got me.</p></div>
</section>
</main>
<footer class="MeridianFooter"><p>&copy; 2025 Meridian Audio, Inc. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/careers">Careers</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"episode":{{"id":"tlw-064","guests":["Elon Gerber"]}}}}}},"page":"/shows/[show]/[episode]"}}</script>
<script src="/_next/static/chunks/main-4be1.js" defer></script>
</body>
</html>
'''
    return write('ah07_launchwindow', page, 'The Launch Window (Meridian Audio)',
                 'Network episode page (Next.js): one paragraph per turn "[mm:ss] <b>Name:</b> text"; Elon Musk never speaks (guest Elon Gerber labelled "Elon", a producer reads his post).', turns)

# ---------------------------------------------------------------- ah08 TV transcript
def ah08():
    K1, K = 'MARISA KENT, CNW ANCHOR', 'KENT'
    P1, P = 'DEVON PRICE, CNW BUSINESS CORRESPONDENT', 'PRICE'
    R1, R = 'ERROL MUSK, FATHER OF ELON MUSK (via telephone)', 'ERROL MUSK'
    EM1, EM = 'ELON MUSK, CEO, TESLA AND SPACEX', 'ELON MUSK'
    seq = [
        T(K1, 'K', None, "Good evening. I'm Marisa Kent, and this is CROSSWIRE. Tonight, the world's richest man on robots, rockets and his relationship with his own family. First, here's what Elon Musk told shareholders on Thursday."),
        '(BEGIN VIDEO CLIP)',
        T(EM1, 'E', None, "The factory is the product. Anyone can make a prototype. Making a million of something reliably is a thousand times harder, and that's where we put our best engineers."),
        '(END VIDEO CLIP)',
        T(K, 'K', None, "Musk also wrote online Thursday, quote, &quot;robots on the line within a year,&quot; end quote. Our business correspondent Devon Price was in the room. Devon?"),
        T(P1, 'P', None, "Marisa, the mood was upbeat. Musk said again that Optimus robots would be working on the production line within a year, though he has missed deadlines like that before. Investors I spoke to were cautiously optimistic."),
        T(K, 'K', None, "Devon Price, thank you. Joining me now by phone from Pretoria is his father, Errol Musk. Mr. Musk, thank you for being with us."),
        T(R1, 'R', None, "Thank you, Marisa. I must say I've watched Elon on television more than I've seen him in person these last few years."),
        T(K, 'K', None, "Are you proud?"),
        T(R, 'R', None, "Of course. He was always building something. When he was ten, Elon said to me, Dad, I'm going to make rockets. I thought it was a phase. It was not a phase."),
        T(K, 'K', None, "Errol Musk, thank you. And now, live from Starbase, Texas, Elon Musk himself. Elon, welcome."),
        '(BEGIN LIVE FEED)',
        T(EM, 'E', None, "Thanks, Marisa. Good to be on."),
        T(K, 'K', None, "You heard your father. Your reaction?"),
        T(EM, 'E', None, "I'd rather not get into family stuff on television. I'll just say I'm focused on the work."),
        T(K, 'K', None, "Fair enough. The factory is the product. What does that mean for the average person buying a Tesla?"),
        T(EM, 'E', None, "It means cheaper cars. If you make the factory twice as fast, you can cut the price substantially and still make money. That's really the whole game."),
        T(K, 'K', None, "And the robots. Within a year?"),
        T(EM, 'E', None, "Within a year in our own factories, yes. Selling them to other companies, probably the year after."),
        T(K, 'K', None, "You've said that before."),
        T(EM, 'E', None, "True."),
        T(K, 'K', None, "Elon Musk, thank you. We'll be right back."),
        '(COMMERCIAL BREAK)',
    ]
    turns = [x for x in seq if isinstance(x, T)]
    out = []
    for x in seq:
        if isinstance(x, str):
            out.append('<p class="cnnBodyText">%s</p>' % x)
        else:
            out.append('<p class="cnnBodyText">%s: %s</p>' % (x.label, x.paras[0]))
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>CNW.com - Transcripts - CROSSWIRE with Marisa Kent</title>
<meta name="description" content="Elon Musk Talks Robots And Factories; Errol Musk On His Son. Aired 8-9p ET">
<link rel="stylesheet" type="text/css" href="/transcripts/css/transcripts.css">
<script type="text/javascript" src="/js/omniture/s_code.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003366">
<table width="770" border="0" cellpadding="0" cellspacing="0">
<tr><td class="cnnHeader"><a href="/"><img src="/images/cnw_logo.gif" alt="CNW" width="120" height="40" border="0"></a> <a href="/transcripts/">TRANSCRIPTS</a></td></tr>
<tr><td class="cnnNav"><a href="/">Home</a> | <a href="/us">U.S.</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/transcripts/">Transcript Providers</a> | <a href="/shows/crosswire">Shows By Category</a></td></tr>
<tr><td valign="top">
<p class="cnnTransStoryHead">Elon Musk Talks Robots And Factories; Errol Musk On His Son; Fed Holds Rates. Aired 8-9p ET</p>
<p class="cnnTransSubHead">Aired October 17, 2025 - 20:00 &nbsp; ET</p>
<p class="cnnTransProvider">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
{tr}
<p class="cnnBodyText">[20:14:02]</p>
<p class="cnnBodyText">KENT: Welcome back. The Federal Reserve held rates steady today. Here's what that means for your mortgage.</p>
<p class="cnnBodyText">(END OF SEGMENT)</p>
<p class="cnnTransProvider">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-CNW-NEWS OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT www.fdch.example</p>
</td></tr>
<tr><td class="cnnFooter"><a href="/transcripts/crosswire.html">CROSSWIRE Transcripts</a> | <a href="/transcripts/">All Transcripts</a><br>&copy; 2025 Cable News World. All Rights Reserved. <a href="/terms">Terms</a> under which this service is provided to you. Read our <a href="/privacy">privacy guidelines</a>.</td></tr>
</table>
<script type="text/javascript">var s_account="cnwtranscripts";s.pageName="transcripts:crosswire:2025-10-17";s.t();</script>
</body>
</html>
'''
    return write('ah08_cnw_crosswire', page, 'CROSSWIRE with Marisa Kent (CNW)',
                 'Cable-news rush transcript: one paragraph per turn, speaker in capitals with title on first appearance then short ("KENT:", "ELON MUSK:"), stage directions in parentheses, no per-turn times.', turns)
