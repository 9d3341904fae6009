from common import *

# ---------------- t06: conference panel, table time|speaker|text, Kimbal, mixed h:mm:ss / mm:ss ----------------
def t06():
    L = {'HT': ('Hana Takeda (moderator)', 'Hana'), 'KM': ('Kimbal Musk', 'Kimbal'), EM: ('Elon Musk', 'Elon'), 'SR': ('Dr. Samuel Reyes', 'Reyes')}
    # rows: (sp, time, text) ; sp None = continuation row (blank speaker cell)
    R = [
     ('HT', 3480, "Welcome back, everyone. For the last session of the day we have two brothers and one very patient urban planner. Kimbal, let's start with you."),
     ('KM', 3502, "Thanks, Hana. I'll say what I always say: food is the most underrated infrastructure in any city. Elon told me years ago, \"you should just do rockets,\" and I said no."),
     ('HT', 3531, "Elon, is that true?"),
     (EM, 3533, "It's true. He was wrong, but it's true."),
     ('KM', 3536, "I was right."),
     ('HT', 3540, "Dr. Reyes, tunnels. Are they a serious answer to congestion?"),
     ('SR', 3546, "In some corridors. But induced demand is real. You add capacity and people fill it."),
     (EM, 3561, "That's true for surface roads because you can't go 3D. With tunnels you can have as many layers as you want. There's no fundamental limit."),
     (None, 3590, "The problem has always been that tunnelling is absurdly expensive, like a billion dollars a mile in some cities. If you get that down by a factor of ten, the math changes completely."),
     ('SR', 3622, "And ventilation, fire safety, egress..."),
     (EM, 3626, "Sure."),
     ('HT', 3628, "Let me bring Kimbal back in. Does any of this matter for farming?"),
     ('KM', 3635, "Hugely. Trucks into cities are most of the cost of fresh food. If freight goes underground, my brother's crazy idea actually helps my business."),
     (EM, 3660, "Not crazy. Just early."),
     ('HT', 3718, "Audience question. Someone asks: will Boring Company ever carry freight?"),
     (EM, 3725, "Yes, that's actually the easier case. Pallets don't complain about the ride."),
     ('HT', 3748, "On that note, thank you all."),
    ]
    seen = set(); rows = []; T = []
    for sp, t, tx in R:
        if sp is None:
            rows.append('<tr><td class="t"><a href="https://video.fmsummit.example/2024/s14?t=%d">%s</a></td><td class="s"></td><td>%s</td></tr>' % (t, hmsh(t), esc(curly(tx))))
            T[-1] = (T[-1][0], T[-1][1], paras(T[-1][2]) + [tx]); continue
        l = L[sp][0] if sp not in seen else L[sp][1]; seen.add(sp)
        rows.append('<tr><td class="t"><a href="https://video.fmsummit.example/2024/s14?t=%d">%s</a></td><td class="s"><strong>%s</strong></td><td>%s</td></tr>' % (t, hmsh(t), l, esc(curly(tx))))
        T.append((sp, t, tx))
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Session 14: Cities, Tunnels and Food — Future Mobility Summit 2024</title>
<link href="https://fonts.example.com/css2?family=Inter:wght@400;600&display=swap" rel="stylesheet">
<style>body{font-family:Inter,sans-serif;margin:0}table.transcript{border-collapse:collapse;width:100%}table.transcript td{border-bottom:1px solid #eee;padding:6px 10px;vertical-align:top}td.t{width:80px;font-variant-numeric:tabular-nums}td.s{width:190px}</style>
</head>
<body>
<header class="summit-header"><div class="wrap"><a href="/" class="brand">FMS<span>2024</span></a>
<nav><a href="/agenda">Agenda</a><a href="/speakers">Speakers</a><a href="/sessions" aria-current="page">Session archive</a><a href="/partners">Partners</a><a href="/tickets" class="cta">Tickets 2025</a></nav></div></header>
<main class="wrap">
<p class="crumbs"><a href="/sessions">Session archive</a> › Day 2 › Main stage</p>
<h1>Session 14: Cities, Tunnels and Food</h1>
<p class="session-meta">Main stage · 15:00–16:15 · Recording starts at 58:00 of the Day 2 livestream</p>
<section class="speakers"><h2>Panelists</h2>
<ul class="speaker-cards">
<li><img src="/img/sp/takeda.jpg" alt=""><b>Hana Takeda</b><span>Editor, Metro Weekly (moderator)</span></li>
<li><img src="/img/sp/kmusk.jpg" alt=""><b>Kimbal Musk</b><span>Co-founder, The Kitchen Community</span></li>
<li><img src="/img/sp/emusk.jpg" alt=""><b>Elon Musk</b><span>Founder, The Boring Company</span></li>
<li><img src="/img/sp/reyes.jpg" alt=""><b>Dr. Samuel Reyes</b><span>Professor of Urban Planning</span></li>
</ul></section>
<section><h2>Transcript</h2>
<p class="note">Times refer to the Day 2 livestream. Click a time to jump to it.</p>
<table class="transcript"><thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
<tbody>
''' + '\n'.join(rows) + '''
</tbody></table></section>
<section class="next"><h2>Up next</h2><p><a href="/sessions/15">Session 15: Closing keynote</a></p></section>
</main>
<footer><p>Future Mobility Summit is organised by FMS Events GmbH. <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>
<script src="/js/summit.min.js"></script>
</body>
</html>
'''
    write('t06_summit_panel_table', page, 'Future Mobility Summit 2024',
          'Conference session page: a <table> of rows time | speaker | remarks, times as ?t= links printed mm:ss under an hour and h:mm:ss after; continuation rows have an empty speaker cell; full labels then short ("Elon", "Kimbal").',
          T, ['Hana Takeda (moderator)', 'Hana', 'Kimbal Musk', 'Kimbal', 'Dr. Samuel Reyes', 'Reyes'], cur=True)

# ---------------- t07: earnings call, heading per speaker with role, no times ----------------
def t07():
    R = {'OP': 'Operator', 'MC': 'Martin Cho -- Head of Investor Relations', EM: 'Elon Musk -- Chief Executive Officer',
         'LW': 'Leah Whitcombe -- Chief Financial Officer', 'GH': 'Gregor Haines -- Alderbank Securities -- Analyst', 'PN': 'Priti Nair -- Castlereagh Capital -- Analyst'}
    T = [
     ('MC', None, ["Good afternoon, everyone, and welcome to Tesla's third quarter 2025 Q&A webcast. I'm joined today by Elon Musk, Leah Whitcombe and a number of other executives.", "During this call we will discuss our business outlook and make forward-looking statements. Actual results may differ materially. With that, I'll turn it over to Elon."]),
     (EM, None, ["Thanks, Martin. So, overall, a record quarter for energy storage and a solid quarter for vehicles given the environment.", "The main thing I want to emphasize is that autonomy is now the core of the company. Everything else supports that."]),
     ('LW', None, "Thanks, Elon. Total revenue grew eight percent sequentially. Operating expenses increased due to AI compute, which we expect to continue."),
     ('MC', None, "Thank you. Operator, let's open it up to analyst questions."),
     ('OP', None, "Thank you. Our first question comes from Gregor Haines with Alderbank Securities. Your line is open."),
     ('GH', None, "Hi, thanks. As Elon said last quarter, \"the cheaper model will be in production by the end of the year.\" Is that still the plan, and what's the margin profile?"),
     (EM, None, "Yes, it's still the plan. The margins will be lower at first, as with every new line, but we expect them to converge within a few quarters."),
     ('LW', None, "And I'd add that the capex for that line is largely already in our numbers."),
     ('GH', None, "Great, thanks. Just a quick follow-up: is it built on the existing platform?"),
     (EM, None, "Mostly."),
     ('OP', None, "Our next question comes from Priti Nair with Castlereagh Capital."),
     ('PN', None, "Thank you. On Optimus, can you give us any sense of unit volumes next year?"),
     (EM, None, ["I'm hesitant to give a precise number because I'll be wrong. Thousands, probably. Not millions.", "The hand is the hardest part. The human hand is an incredible piece of engineering."]),
     ('PN', None, "Thanks. And just on energy, is storage supply constrained?"),
     (EM, None, "Yes. We could sell considerably more if we had more cells."),
     ('MC', None, "Thank you, everyone. That concludes today's call."),
    ]
    body = []
    for sp, t, tx in T:
        body.append('<p><strong>%s</strong></p>' % R[sp].replace('--', '&mdash;' if sp == 'XX' else '--'))
        for p in paras(tx):
            body.append('<p>%s</p>' % esc(p))
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q3 2025 Earnings Call Transcript | Quarterline</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2025.">
<link rel="stylesheet" href="https://static.quarterline.example/css/site.css">
<script async src="https://static.quarterline.example/js/ads.js"></script>
</head>
<body>
<div id="top-nav"><a href="/" class="ql-logo">Quarterline</a><ul><li><a href="/markets">Markets</a></li><li><a href="/transcripts">Earnings call transcripts</a></li><li><a href="/screener">Screener</a></li><li><a href="/premium">Premium</a></li></ul></div>
<div class="layout"><article class="transcript-article">
<h1>Tesla (TSLA) Q3 2025 Earnings Call Transcript</h1>
<p class="byline">Logo of jester cap with thought bubble. <span>TSLA earnings call for the period ending September 30, 2025.</span></p>
<div class="ticker-box"><b>Tesla</b> (TSLA) <span class="px">+2.31%</span></div>
<h2>Contents:</h2>
<ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2>Prepared Remarks:</h2>
''' + '\n'.join(body[:10]) + '''
<h2>Questions &amp; Answers:</h2>
''' + '\n'.join(body[10:]) + '''
<p><strong>Duration: 41 minutes</strong></p>
<h2>Call participants:</h2>
<p>Martin Cho -- Head of Investor Relations</p>
<p>Elon Musk -- Chief Executive Officer</p>
<p>Leah Whitcombe -- Chief Financial Officer</p>
<p>Gregor Haines -- Alderbank Securities -- Analyst</p>
<p>Priti Nair -- Castlereagh Capital -- Analyst</p>
<p class="disclaimer">This article is a transcript of this conference call produced for Quarterline. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript.</p>
</article>
<aside class="rail"><div class="ad-slot" id="div-gpt-ad-rail"></div><h3>Related transcripts</h3><ul><li><a href="/transcripts/rivn-q3-2025">Rivian Q3 2025</a></li><li><a href="/transcripts/lcid-q3-2025">Lucid Q3 2025</a></li></ul></aside></div>
<footer class="site-footer">&copy;2025 Quarterline Media. All rights reserved. Market data delayed 15 minutes. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
<script>window.qlPage={type:"transcript",ticker:"TSLA",quarter:"Q3 2025"};</script>
</body>
</html>
'''
    # sanity: body[:10] must end at a speaker boundary
    write('t07_earnings_quarterline', page, 'Quarterline',
          'Earnings-call transcript: a bold paragraph "Name -- Role" (e.g. "Elon Musk -- Chief Executive Officer") precedes each speaker\'s plain paragraphs; no timestamps; participants list at the end.',
          T, ['Operator', 'Martin Cho -- Head of Investor Relations', 'Leah Whitcombe -- Chief Financial Officer', 'Gregor Haines -- Alderbank Securities -- Analyst', 'Priti Nair -- Castlereagh Capital -- Analyst'])

# ---------------- t08: video platform transcript panel, cues, speaker only at changes, repeated full text ----------------
def t08():
    L = {'JV': 'Jonah Vell', EM: 'Elon Musk'}
    # turns as list of cues (time float, text)
    T = [
     ('JV', [(3588.4, "all right we're rolling again, second hour."), (3592.9, "I want to talk about Neuralink.")]),
     (EM, [(3596.2, "sure, so the first patients are doing"), (3599.8, "remarkably well, better than we expected,"), (3603.1, "they can control a cursor just by thinking")]),
     ('JV', [(3607.0, "how fast?")]),
     (EM, [(3608.5, "faster than most people with a mouse,"), (3611.9, "which is kind of wild")]),
     ('JV', [(3615.3, "what's the next milestone?")]),
     (EM, [(3617.7, "vision. restoring sight for people who"), (3621.0, "have lost it, even people born blind,"), (3624.6, "as long as the visual cortex is intact")]),
     ('JV', [(3629.9, "that sounds like science fiction")]),
     (EM, [(3631.2, "it did to me too, five years ago")]),
     ('JV', [(3634.8, "okay, and long term, the whole"), (3637.1, "merge with AI thing. serious?")]),
     (EM, [(3640.0, "serious. if you can't beat them,"), (3643.3, "you sort of have to join them, right?")]),
    ]
    cues = []
    for sp, cs in T:
        for j, (t, tx) in enumerate(cs):
            lab = '<span class="cue-speaker">%s</span> ' % L[sp] if j == 0 else ''
            cues.append('<div class="cue" role="button" tabindex="0" data-start="%.1f"><div class="cue-time">%s</div><div class="cue-text">%s%s</div></div>' % (t, hmsh(t), lab, esc(tx)))
    full = '\n'.join('<p>%s: %s</p>' % (L[sp], esc(' '.join(c[1] for c in cs))) for sp, cs in T)
    TT = [(sp, cs[0][0], cs[0][1]) for sp, cs in T]
    page = '''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Hard Reset #47 — Elon Musk (Hour 2: Neuralink) - Streamly</title>
<meta name="theme-color" content="#0f0f0f">
<link rel="stylesheet" href="https://s.streamly.example/player/v3/base.css">
<script>var ytInitialPlayerConfig={"videoId":"hR47x2Ns","lengthSeconds":"7411"};</script>
</head>
<body class="watch dark">
<div id="masthead"><a id="logo" href="/">Streamly</a><form id="search-form" action="/results"><input name="q" placeholder="Search"><button>Search</button></form><a class="signin" href="/login">Sign in</a></div>
<div id="columns">
<div id="primary">
<div id="player" class="player-container"><video src="blob:https://streamly.example/1c9e" poster="https://i.streamly.example/vi/hR47x2Ns/maxres.jpg"></video></div>
<h1 class="title">Hard Reset #47 — Elon Musk (Hour 2: Neuralink)</h1>
<div id="owner"><a href="/@hardresetpod">Hard Reset with Jonah Vell</a> <span class="subs">1.2M subscribers</span> <button class="subscribe">Subscribe</button></div>
<div id="description"><p>Part two of my conversation with Elon. Timestamps:<br>
<a href="/watch?v=hR47x2Ns&amp;t=3588s">59:48</a> Neuralink update<br>
<a href="/watch?v=hR47x2Ns&amp;t=3617s">1:00:17</a> Elon Musk: restoring vision<br>
<a href="/watch?v=hR47x2Ns&amp;t=3634s">1:00:34</a> Merging with AI</p>
<p>Sponsored by Lumen Mattress. Use code RESET for 15% off.</p></div>
<div id="comments"><h2>2,318 Comments</h2>
<div class="comment"><a class="author">@ElonMuskOfficial_</a><span class="published">2 days ago</span><p>"if you can't beat them, you sort of have to join them" chills</p></div>
<div class="comment"><a class="author">@nina_builds</a><span class="published">1 day ago</span><p>Jonah asking "how fast?" was the perfect follow-up</p></div>
</div>
</div>
<div id="secondary">
<ytd-engagement-panel class="transcript-panel" target-id="engagement-panel-searchable-transcript">
<div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">×</button></div>
<div class="segments" id="segments-container">
''' + '\n'.join(cues) + '''
</div>
<details class="full-text"><summary>Show transcript as text</summary>
''' + full + '''
</details>
</ytd-engagement-panel>
<div class="related"><a href="/watch?v=hR46x">Hard Reset #46 — Elon Musk (Hour 1: Tesla)</a></div>
</div></div>
<footer id="footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> © 2024 Streamly</footer>
<script src="https://s.streamly.example/player/v3/base.js"></script>
</body>
</html>
'''
    write('t08_streamly_transcript_panel', page, 'Hard Reset with Jonah Vell',
          'Video platform transcript panel: one div.cue per caption line with data-start seconds (decimals) and a cue-time mm:ss / h:mm:ss; a cue-speaker span appears only on the first cue of each speaker change; a collapsed <details> "Name: text" copy repeats the transcript.',
          TT, ['Jonah Vell'])

# ---------------- t09: simplified Chinese, 【hh:mm:ss】 + 马斯克： ----------------
def t09():
    L = {'ZH': ('主持人（林一帆）', '林一帆'), EM: ('埃隆·马斯克', '马斯克')}
    T = [
     ('ZH', 35, "欢迎收听《硅谷深一度》。今天我们有幸请到了一位特别的嘉宾，他刚刚结束了星舰的第六次试飞。马斯克曾说过：“失败是一种选项，如果你没有失败，说明你创新得不够。”埃隆，欢迎你。"),
     (EM, 58, "谢谢，很高兴来到这里。"),
     ('ZH', 63, "先聊聊星舰。这次回收成功，对你来说意味着什么？"),
     (EM, 71, ["意味着我们离完全可重复使用又近了一大步。火箭如果不能重复使用，就像飞机每飞一次就扔掉一样，太贵了。", "当然，我们还有很多问题要解决，尤其是隔热瓦。"]),
     ('ZH', 140, "嗯。"),
     (EM, 141, "隔热瓦是现在最难的部分。"),
     ('ZH', 755, "很多中国听众关心特斯拉在上海的工厂。你怎么评价上海超级工厂？"),
     (EM, 763, "上海工厂是我们效率最高的工厂之一，团队非常出色，建设速度也令人惊叹。"),
     ('ZH', 3725, "最后一个问题：你觉得人类什么时候能登上火星？"),
     (EM, 3731, "如果一切顺利，大概十年之内。但我的时间表通常都偏乐观。"),
     ('ZH', 3745, "哈哈，感谢埃隆。"),
     (EM, 3748, "对。"),
    ]
    seen = set(); body = []
    for sp, t, tx in T:
        ps = paras(tx)
        l = L[sp][0] if sp not in seen else L[sp][1]; seen.add(sp)
        body.append('<p><span class="time">【%s】</span><b>%s：</b>%s</p>' % (hms(t), l, esc(ps[0])))
        for p in ps[1:]:
            body.append('<p>%s</p>' % esc(p))
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>对话马斯克：星舰、上海工厂与火星时间表（全文实录）_星河科技网</title>
<meta name="keywords" content="马斯克,星舰,特斯拉,SpaceX,播客">
<link rel="stylesheet" href="//static.xinghetech.example/css/article.css?v=20241120">
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//hm.tongji.example/hm.js?8a7f";document.head.appendChild(hm);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/" class="logo">星河科技网</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/kuaixun">快讯</a></li><li><a href="/qiche">汽车</a></li><li><a href="/hangtian">航天</a></li><li><a href="/podcast">播客</a></li></ul>
<a class="login" href="/user/login">登录</a></div></div>
<div class="w1200 main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/podcast">播客</a> &gt; 正文</div>
<h1>对话马斯克：星舰、上海工厂与火星时间表（全文实录）</h1>
<div class="info"><span>来源：硅谷深一度</span><span>编辑：王晓</span><span>2024-11-20 09:32</span></div>
<div class="summary"><p>编者按：本文为播客《硅谷深一度》第138期的文字实录，经整理编辑。时间码对应音频节目时间。</p></div>
<div class="quote-box"><h3>精彩语录</h3>
<p><b>马斯克：</b>“隔热瓦是现在最难的部分。”</p>
<p><b>马斯克：</b>“上海工厂是我们效率最高的工厂之一。”</p></div>
<div class="article-content">
''' + '\n'.join(body) + '''
<p class="end">（全文完）</p>
<p class="statement">声明：本文由星河科技网整理发布，转载请注明出处。</p>
</div>
<div class="comment-area"><h3>网友评论（3）</h3>
<div class="cmt"><span class="uname">马斯克粉丝2024</span><p>马斯克：“隔热瓦是现在最难的部分。”说得太对了！</p></div>
<div class="cmt"><span class="uname">Elon迷</span><p>上海工厂那段听得很自豪。</p></div>
<div class="cmt"><span class="uname">火星移民局</span><p>十年之内？我先存钱。</p></div></div>
</div>
<div class="footer">© 2024 星河科技网 版权所有 <a href="https://beian.example/">京ICP备2024000000号-1</a></div>
<script src="//static.xinghetech.example/js/jquery-1.12.4.min.js"></script>
</body>
</html>
'''
    write('t09_zh_xinghe_podcast', page, '硅谷深一度',
          'Simplified-Chinese transcript article: each turn a <p> starting with 【hh:mm:ss】 then a bold label with full-width colon (埃隆·马斯克： then 马斯克：); unlabelled continuation paragraphs.',
          T, ['主持人（林一帆）', '林一帆'])

# ---------------- t10: traditional Chinese (HK), bilingual pairs, （mm:ss） ----------------
def t10():
    T = [
     ('CM', 12, "各位聽眾好，歡迎收聽《灣區科技夜話》。今晚我們請來了Elon Musk，談談人工智能和他最新的xAI計劃。", None),
     (EM, 41, "多謝邀請。我一直很喜歡香港。", "Thanks for having me. I've always liked Hong Kong."),
     ('CM', 47, "你成立xAI的初衷是什麼？", None),
     (EM, 53, "我希望建立一個最大程度追求真相的人工智能。我認為這是最安全的方向。", "I want to build an AI that is maximally truth-seeking. I think that's the safest path."),
     ('CM', 79, "有人批評你一邊警告AI危險，一邊又開發AI。", None),
     (EM, 86, "這是合理的批評。但如果我不做，別人也會做，而且可能做得不安全。", "It's a fair criticism. But if I don't do it, someone else will, and maybe not safely."),
     ('CM', 612, "你的弟弟金博爾·馬斯克曾說過，你每天只想着工作。是真的嗎？", None),
     (EM, 620, "差不多吧。", "Pretty much."),
     ('CM', 655, "最後，對年輕的香港工程師有甚麼建議？", None),
     (EM, 661, "專注於基本原理，不要只是類比推理。", "Focus on first principles, not reasoning by analogy."),
    ]
    body = []
    for sp, t, zh, en in T:
        if sp == EM:
            body.append('<div class="turn guest"><p class="spk">馬斯克（Elon Musk）<span class="t">（%s）</span></p><p class="zh">%s</p><p class="en" lang="en"><i>原文：</i>%s</p></div>' % (mss(t) if t >= 600 else '%02d:%02d' % (t // 60, t % 60), esc(zh), esc(en)))
        else:
            body.append('<div class="turn host"><p class="spk">主持人 陳志明<span class="t">（%02d:%02d）</span></p><p class="zh">%s</p></div>' % (t // 60, t % 60, esc(zh)))
    TT = [(sp, t, zh) for sp, t, zh, en in T]
    page = '''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>【灣區科技夜話】馬斯克專訪：xAI、真相與第一性原理（中英對照逐字稿）| 港聞科創</title>
<meta property="og:description" content="馬斯克接受《灣區科技夜話》專訪，談人工智能風險與xAI。">
<link rel="stylesheet" href="/css/main.css?20240805">
<style>.turn{margin:14px 0}.spk{font-weight:700;color:#8b1a1a}.en{color:#666;font-size:.92em}</style>
</head>
<body>
<header id="site-header"><a class="brand" href="/">港聞科創</a>
<nav><a href="/tech">科技</a> <a href="/startup">創科</a> <a href="/podcast">節目重溫</a> <a href="/en">English</a></nav></header>
<main class="article">
<h1>【灣區科技夜話】馬斯克專訪：xAI、真相與第一性原理（中英對照逐字稿）</h1>
<p class="meta">撰文：李嘉欣｜2024年8月5日 星期一 21:30</p>
<blockquote class="highlight"><p>馬斯克：「專注於基本原理，不要只是類比推理。」</p></blockquote>
<p class="lead">特斯拉及SpaceX行政總裁馬斯克（Elon Musk）昨晚透過視像接受本台節目《灣區科技夜話》主持人陳志明訪問。以下為訪問逐字稿，馬斯克的英文原話附於譯文之下，時間以節目錄音為準。</p>
<section class="transcript">
''' + '\n'.join(body) + '''
</section>
<p class="editor">（責任編輯：黃卓慧）</p>
<div class="tags">標籤：<a href="/tag/馬斯克">馬斯克</a> <a href="/tag/AI">人工智能</a> <a href="/tag/xAI">xAI</a></div>
<section class="comments"><h3>讀者留言</h3>
<div class="c"><b>馬斯克迷Ken</b>：「如果我不做，別人也會做」呢句好真實。</div>
<div class="c"><b>Elon_HK</b>：主持人問金博爾嗰條問題好搞笑。</div></section>
</main>
<footer>© 2024 港聞科創有限公司 版權所有 不得轉載</footer>
<script src="/js/app.js"></script>
</body>
</html>
'''
    write('t10_zh_hant_bilingual', page, '灣區科技夜話',
          'Traditional-Chinese (HK) bilingual transcript: each turn is a div with a speaker line "馬斯克（Elon Musk）" plus a full-width bracketed time （mm:ss）, the Chinese translation, then the English original in a p.en (the pair is one turn).',
          TT, ['主持人 陳志明'])

if __name__ == '__main__':
    for f in (t06, t07, t08, t09, t10): f()
