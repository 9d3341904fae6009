from common import *

# ---------------------------------------------------------------- w09 (zh-Hant, HK)
def w09():
    p = Page('w09_zhhant_hk_forum', '東方焦點新聞網',
             '繁體中文香港新聞網站論壇實錄：每段 <p> 以粗體標籤加全形冒號開頭（「主持人：」「馬斯克：」「傳譯員：」「梅耶·馬斯克：」），無時間碼。',
             'Hong Kong news site (traditional Chinese), forum Q&A write-up with interpreter', zh=True)
    p.hard = ['interpreter (傳譯員) turns render his answers into Cantonese: not his',
              'his mother Maye Musk (梅耶·馬斯克) speaks once', 'pull quote box 「馬斯克：…」 inside the article',
              'commenter "馬斯克粉絲" quoting him', 'one-word turn 「對。」']
    T = [
        ('主持人', "各位好，歡迎來到今年的亞洲未來科技論壇。今天非常榮幸邀請到馬斯克先生，以及專程來港的梅耶·馬斯克女士。"),
        ('傳譯員', "（英文傳譯）Good afternoon and welcome. We're honoured to have Mr. Musk and Ms. Maye Musk with us today."),
        ('馬斯克', "謝謝大家，很高興回到香港。上一次來已經是很多年前了。"),
        ('傳譯員', "（粵語傳譯）佢話好開心返到香港，上一次嚟已經係好多年前。"),
        ('主持人', "你對香港的年輕工程師有甚麼建議？"),
        ('馬斯克', "專注於物理學的基本原理，不要只靠類比去思考。很多人做事只是因為別人都這樣做。"),
        ('傳譯員', "（粵語傳譯）佢建議大家專注物理學嘅基本原理，唔好淨係靠類比思考。"),
        ('主持人', "梅耶女士，你覺得他小時候是怎樣的孩子？"),
        ('梅耶·馬斯克', "他小時候很安靜，總是在看書。我們常常以為他聽不到我們說話，其實他只是在想事情。"),
        ('主持人', "所以你從小就在想火箭？"),
        ('馬斯克', "對。"),
        ('主持人', "那人工智能呢？很多人擔心會取代工作。"),
        ('馬斯克', "長遠來說，大部分工作都會變成可選擇的。問題不是有沒有工作，而是人生的意義從哪裏來。",
         "這是一個很深的哲學問題，我也沒有完整的答案。"),
        ('傳譯員', "（粵語傳譯）佢話長遠嚟講大部分工作都會變成可以揀嘅，問題係人生意義喺邊度嚟。"),
        ('主持人', "最後，你會再來香港嗎？"),
        ('馬斯克', "一定會，這裏的食物太好吃了。"),
        ('主持人', "多謝兩位。"),
    ]
    body = []
    for i, row in enumerate(T):
        who, paras = row[0], row[1:]
        body.append('<p><strong>%s：</strong>%s</p>' % (E(who), E(paras[0])))
        for q in paras[1:]:
            body.append('<p>%s</p>' % E(q))
        if who == '馬斯克':
            p.el(None, paras[0])
        else:
            p.other(who)
        if i == 9:
            body.append('<blockquote class="pullquote"><p>馬斯克：「很多人做事只是因為別人都這樣做。」</p></blockquote>')
    p.choices = ['傳譯員 turns are the interpreter\'s even when they render his words.', '梅耶·馬斯克 (Maye Musk) is not him.',
                 'The unlabelled paragraph after his AI answer continues that turn.']
    p.write(fill(TPL09, transcript='\n'.join(body)))

TPL09 = '''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【未來科技論壇】馬斯克與母親同台 談人工智能與人生意義（對話實錄）｜東方焦點新聞網</title>
<meta property="og:title" content="【未來科技論壇】馬斯克與母親同台 談人工智能與人生意義（對話實錄）">
<meta property="og:site_name" content="東方焦點新聞網">
<link rel="stylesheet" href="https://static.eastfocus.hk/css/news-article.css?20240915">
<style>.pullquote{border-top:2px solid #c00;border-bottom:2px solid #c00;padding:8px 0;font-size:20px;color:#c00}.article-body p{line-height:1.9}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EF0000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-EF0000');</script>
</head>
<body>
<header class="site-header"><div class="logo"><a href="https://www.eastfocus.hk/">東方焦點</a></div>
<nav class="main-nav"><a href="/news/local">港聞</a><a href="/news/china">兩岸</a><a href="/news/intl">國際</a><a class="active" href="/news/tech">科技</a><a href="/news/finance">財經</a><a href="/news/ent">娛樂</a></nav></header>
<main class="container">
<div class="breadcrumb"><a href="/">主頁</a> › <a href="/news/tech">科技</a></div>
<article class="article">
<h1>【未來科技論壇】馬斯克與母親同台 談人工智能與人生意義（對話實錄）</h1>
<div class="meta"><span class="date">2024年9月15日 星期日 18:20</span> <span class="reporter">記者：區嘉欣</span></div>
<figure><img src="https://static.eastfocus.hk/img/2024/09/15/forum-musk.jpg" alt="馬斯克與母親梅耶出席論壇"><figcaption>馬斯克（右）與母親梅耶·馬斯克（左）出席亞洲未來科技論壇。（東方焦點圖片）</figcaption></figure>
<div class="article-body">
<p>特斯拉及SpaceX行政總裁馬斯克（Elon Musk）今日出席於灣仔會展舉行的亞洲未來科技論壇，其母親、模特兒梅耶·馬斯克（Maye Musk）亦同台亮相。論壇以英語進行，現場設粵語傳譯。以下為對話實錄（經本網翻譯及節錄）：</p>
{{transcript}}
<p>（記者：區嘉欣 ／ 編輯：陳德明）</p>
</div>
<div class="tags">相關標籤：<a href="/tag/馬斯克">馬斯克</a> <a href="/tag/人工智能">人工智能</a> <a href="/tag/會展">會展</a></div>
</article>
<section class="comments"><h3>讀者留言</h3>
<div class="comment"><b>馬斯克粉絲</b> <small>2小時前</small><p>「一定會，這裏的食物太好吃了。」講得好！</p></div>
<div class="comment"><b>旺角阿明</b> <small>1小時前</small><p>傳譯員辛苦晒。</p></div></section>
<aside class="hot-news"><h3>熱門新聞</h3><ol><li><a href="#">颱風「摩羯」最新消息</a></li><li><a href="#">港股收市升逾三百點</a></li><li><a href="#">機管局公布新航線</a></li></ol></aside>
</main>
<footer class="site-footer"><p>東方焦點新聞網 版權所有 &copy; 2024 East Focus Media Ltd.</p><p><a href="/about">關於我們</a>｜<a href="/privacy">私隱政策</a>｜<a href="/contact">聯絡我們</a></p></footer>
<script src="https://static.eastfocus.hk/js/article.js?20240915"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w10 (zh-Hans, video site subtitles, clips)
def w10():
    p = Page('w10_zh_videosite_clips', '硅谷夜话（bilibili式视频站）',
             '视频站字幕面板: 每行 <li data-start="秒.毫秒"> 内含 mm:ss 显示时间和字幕文本；说话人标签只出现在一个 turn 的第一行（"陈默：""林嘉怡：""马斯克（原声）："），后续行无标签。',
             'Chinese video platform page with subtitle list; his speech only as played clips', zh=True)
    p.hard = ['played clips of him inside someone else\'s show count as his turns',
              'host paraphrases him ("马斯克说过，……") inside own turn', 'times in data attributes with milliseconds (truncate)',
              'danmaku/comment users "马斯克本斯克" and "Elon_Musk_CN" quoting him', 'each subtitle row has its own time; turn starts at its first row']
    R = [  # (start seconds float, label or None, text)
        (3.20, '陈默', "大家好，欢迎收看硅谷夜话，我是陈默。"), (6.84, None, "今天我们请到了分析师林嘉怡。"),
        (10.50, '林嘉怡', "大家好。"),
        (12.06, '陈默', "马斯克说过，自动驾驶明年就会实现，"), (15.72, None, "这句话他说了快十年了。我们先听一段他最近的原话。"),
        (21.48, '马斯克（原声）', "我认为今年年底，我们的车就能在大多数城市"), (25.93, None, "实现无人监督的自动驾驶。"),
        (29.10, '林嘉怡', "注意他这次用的词是“无人监督”。"),
        (33.56, '陈默', "对，这是一个新的说法。再听一段他在股东大会上的发言。"),
        (135.48, '马斯克（原声）', "机器人会比汽车重要得多。"), (138.22, None, "未来每个人都会想要一个，甚至两个。"),
        (141.90, '林嘉怡', "这个判断我觉得有一定道理，但成本是关键。"),
        (402.75, '陈默', "最后一段，是他谈中国市场的。"),
        (406.31, '马斯克（原声）', "中国的团队非常优秀，上海工厂是我们效率最高的工厂。"),
        (411.04, '林嘉怡', "这个评价其实很高。"),
        (733.99, '陈默', "好，今天就到这里，我们下期再见。"),
    ]
    rows = []
    cur = None
    for t, lab, text in R:
        if lab:
            cur = lab
            if lab.startswith('马斯克'):
                p.el(t, text)
            else:
                p.other(lab)
        m, s = int(t) // 60, int(t) % 60
        shown = (lab + '：' if lab else '') + text
        rows.append('<li class="subtitle-item" data-start="%.2f" data-end="%.2f"><span class="subtitle-time">%02d:%02d</span><span class="subtitle-content">%s</span></li>' % (t, t + 3.4, m, s, E(shown)))
    p.choices = ['Each labelled clip of him ("马斯克（原声）：") is his turn; start time = data-start of the first row, truncated (135.48 -> 135).',
                 '陈默\'s paraphrase "马斯克说过，……" is not a turn.']
    p.write(fill(TPL10, rows='\n'.join(rows)))

TPL10 = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【硅谷夜话】马斯克这次说的“无人监督”到底是什么意思？三段原声逐句分析_哔咪哔咪_bilimili</title>
<meta name="keywords" content="马斯克,自动驾驶,特斯拉,擎天柱机器人,硅谷夜话">
<meta name="description" content="本期陈默和分析师林嘉怡逐句分析马斯克近期的三段原声。">
<link rel="stylesheet" href="//s1.bilimili.com/bfs/static/player/css/video-page.7f21.css">
<style>.subtitle-list{max-height:520px;overflow-y:auto;list-style:none;padding:0}.subtitle-item{display:flex;gap:10px;padding:6px 10px;cursor:pointer}.subtitle-time{color:#9499a0;min-width:44px}</style>
<script>window.__INITIAL_STATE__={"bvid":"BV1Xt4y1K7mZ","videoData":{"title":"【硅谷夜话】马斯克这次说的“无人监督”到底是什么意思？","duration":741,"owner":{"name":"硅谷夜话官方"}}};</script>
</head>
<body>
<div id="biliMainHeader"><div class="bili-header__bar"><a class="logo" href="//www.bilimili.com">bilimili</a>
<ul class="left-entry"><li><a href="//www.bilimili.com">首页</a></li><li><a href="//www.bilimili.com/anime">番剧</a></li><li><a href="//live.bilimili.com">直播</a></li><li><a href="//game.bilimili.com">游戏中心</a></li></ul>
<div class="center-search-container"><input class="nav-search-input" placeholder="马斯克 访谈 中文字幕"></div>
<ul class="right-entry"><li><a href="//passport.bilimili.com/login">登录</a></li><li>大会员</li><li>消息</li><li>动态</li><li>收藏</li><li>历史</li><li><a class="upload" href="//member.bilimili.com/upload">投稿</a></li></ul></div></div>
<div id="app" class="video-container-v1">
<div class="left-container">
<div id="viewbox_report" class="video-info-container"><h1 class="video-title" title="【硅谷夜话】马斯克这次说的“无人监督”到底是什么意思？三段原声逐句分析">【硅谷夜话】马斯克这次说的“无人监督”到底是什么意思？三段原声逐句分析</h1>
<div class="video-info-detail"><span class="view item">38.6万播放</span> <span class="dm item">2071弹幕</span> <span class="pubdate-text">2024-07-02 20:00:00</span></div></div>
<div id="playerWrap" class="player-wrap"><div id="bilimili-player"><video src="blob:https://www.bilimili.com/9b3f"></video></div>
<div class="bpx-player-dm-wrap"><span class="dm-item">马斯克本斯克：明年一定！</span><span class="dm-item">Elon_Musk_CN：机器人会比汽车重要得多</span><span class="dm-item">前方高能</span></div></div>
<div class="video-toolbar-container"><span class="like">1.2万</span> <span class="coin">3821</span> <span class="collect">9102</span> <span class="share">分享</span></div>
<div class="video-desc-container"><div class="basic-desc-info">本期节目选取了马斯克近期三段公开发言（原声+中文字幕），与分析师林嘉怡一起逐句解读。<br>00:21 马斯克谈无人监督自动驾驶<br>02:15 马斯克：机器人会比汽车重要得多<br>06:46 谈上海工厂<br>原声片段版权归原作者所有，仅作评论用途。</div></div>
<div class="video-tag-container"><a class="tag-link" href="//search.bilimili.com/all?keyword=马斯克">马斯克</a> <a class="tag-link" href="//search.bilimili.com/all?keyword=特斯拉">特斯拉</a> <a class="tag-link" href="//search.bilimili.com/all?keyword=科技">科技</a></div>
<div id="comment" class="comment-container"><div class="reply-header"><span class="total-reply">评论 1536</span></div>
<div class="reply-item"><div class="user-name">马斯克本斯克</div><div class="reply-content">“我认为今年年底，我们的车就能在大多数城市实现无人监督的自动驾驶。”——这话我已经听了八遍了</div><div class="reply-info">2024-07-02 20:14 · 回复 · 点赞 3.4万</div></div>
<div class="reply-item"><div class="user-name">Elon_Musk_CN</div><div class="reply-content">马斯克：中国的团队非常优秀。（转发自原视频）</div><div class="reply-info">2024-07-02 21:02 · 回复 · 点赞 812</div></div>
<div class="reply-item"><div class="user-name">吃瓜的阿强</div><div class="reply-content">林老师分析得很冷静，关注了</div><div class="reply-info">2024-07-03 08:40 · 回复</div></div></div>
</div>
<div class="right-container">
<div class="up-panel-container"><div class="up-info"><a class="up-name" href="//space.bilimili.com/88231011">硅谷夜话官方</a><span class="up-description">每周两期，聊硅谷那些事</span><button class="follow-btn">+ 关注 21.3万</button></div></div>
<div class="subtitle-panel"><div class="subtitle-panel-header"><span>字幕列表</span><span class="lang">中文（自动生成）</span></div>
<ul class="subtitle-list">
{{rows}}
</ul></div>
<div class="recommend-list-v1"><div class="video-page-card-small"><a href="/video/BV1Qz4y1J7aT">特斯拉擎天柱机器人最新演示</a></div><div class="video-page-card-small"><a href="/video/BV1mK421y7Fq">上海超级工厂探访</a></div></div>
</div></div>
<div class="footer"><p>bilimili 版权所有 沪ICP备00000000号 违法不良信息举报邮箱：help@bilimili.com</p></div>
<script src="//s1.bilimili.com/bfs/static/player/js/video-page.7f21.js" defer></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w11 (Drupal panel, times after text)
def w11():
    p = Page('w11_drupal_energyforum_panel', 'Sustainable Energy Forum 2024',
             'Drupal node body: each paragraph starts with a bold capitalised label "NAME:" (first paragraph of a turn only) and ends with a timecode span "[hh:mm:ss]" giving where that paragraph starts; long turns have a time on every paragraph.',
             'Conference/panel transcript on a Drupal site')
    p.hard = ['Kimbal Musk on the same panel ("KIMBAL MUSK:" then "KIMBAL:")', 'times printed after the text, on every paragraph; turn starts at the first',
              'moderator interrupts with one word ("Sure.")', 'four speakers', 'programme box lists "Elon Musk: keynote remarks"']
    T = [
        ('DR. HELEN ASHBY', [(62, "Good morning and welcome to the closing plenary. I'm Helen Ashby and I'll be moderating. With me are Raj Menon, Kimbal Musk and, joining by video link, Elon Musk.")]),
        ('KIMBAL MUSK', [(80, "Thanks, Helen. I'll just say up front that I'm here to talk about food and soil, and my brother is here to talk about everything else.")]),
        ('DR. HELEN ASHBY', [(91, "We'll see about that. Elon, let's start with you. Is the grid ready for what's coming?")]),
        ('ELON MUSK', [(99, "No. I mean, the short answer is no. Electricity demand is going to roughly triple over the next couple of decades, because of electric transport and heat pumps and AI."),
                       (121, "And the transmission side is the real bottleneck. Generation is actually the easier part. Permitting a new high-voltage line can take ten years in some places.")]),
        ('RAJ MENON', [(150, "I'd agree on transmission, though I think storage changes the math more than people expect.")]),
        ('ELON', [(158, "Storage is the other half, absolutely. Solar plus batteries is the obvious answer for most of the world.")]),
        ('DR. HELEN ASHBY', [(166, "Sure.")]),
        ('ELON', [(167, "And it's already the cheapest. People don't realize how fast the cost curve has moved.")]),
        ('KIMBAL', [(601, "Can I jump in? As Elon said at dinner last night, \u201cthe sun is a giant free fusion reactor.\u201d I'd just add: so is the soil, in a way.")]),
        ('ELON', [(612, "That's a stretch. But okay.")]),
        ('DR. HELEN ASHBY', [(1740, "We have time for one audience question. Yes, in the front.")]),
        ('AUDIENCE MEMBER', [(1747, "For Elon: what's the single policy you'd change?")]),
        ('ELON', [(1752, "Permitting reform. Make it possible to build things again. That's it. That's the whole answer."),
                  (1764, "Well, okay, and a carbon tax, which I've said for years, but permitting first.")]),
        ('DR. HELEN ASHBY', [(1781, "Thank you all. Please join me in thanking the panel.")]),
    ]
    body = []
    for lab, paras in T:
        for i, (t, text) in enumerate(paras):
            labhtml = '<strong>%s:</strong> ' % E(lab) if i == 0 else ''
            body.append('<p>%s%s <span class="timecode">[%s]</span></p>' % (labhtml, E(text), hms(t)))
        if lab in ('ELON MUSK', 'ELON'):
            p.el(paras[0][0], [x[1] for x in paras])
        else:
            p.other(lab)
    p.choices = ['The bracketed time after each paragraph is the start of that paragraph (the page legend says so); a turn\'s start is its first paragraph\'s time.',
                 'KIMBAL MUSK / KIMBAL turns are not his; Kimbal quoting him is Kimbal\'s turn.']
    p.write(fill(TPL11, transcript='\n'.join(body)))

TPL11 = '''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.sef-forum.org/2024/transcripts/closing-plenary" />
<title>Closing plenary: Powering the next 30 years (transcript) | Sustainable Energy Forum</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq3a9Y0kz1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxFyEEK" />
<style>.timecode{color:#6b7280;font-size:.85em;white-space:nowrap}.programme-box{background:#eef6ee;padding:1rem}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1184","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
</head>
<body class="path-node page-node-type-transcript">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Sustainable Energy Forum</a></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
<li class="primary-nav__menu-item"><a href="/2024/programme" class="primary-nav__menu-link">Programme</a></li>
<li class="primary-nav__menu-item"><a href="/2024/speakers" class="primary-nav__menu-link">Speakers</a></li>
<li class="primary-nav__menu-item primary-nav__menu-item--active-trail"><a href="/2024/transcripts" class="primary-nav__menu-link is-active">Transcripts</a></li>
<li class="primary-nav__menu-item"><a href="/venue" class="primary-nav__menu-link">Venue</a></li>
</ul></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/2024/transcripts">Transcripts</a></li></ol></nav></div>
<div class="region region--content-above"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">Closing plenary: Powering the next 30 years (transcript)</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<article data-history-node-id="1184" role="article" about="/2024/transcripts/closing-plenary" class="node node--type-transcript node--view-mode-full">
<div class="node__content">
<div class="programme-box field field--name-field-session-info"><h2>Session</h2><ul>
<li>Thursday 14 November 2024, Main Hall, 10:00&ndash;10:30</li>
<li>Moderator: Dr. Helen Ashby, Imperial Energy Institute</li>
<li>Raj Menon, GridWorks</li><li>Kimbal Musk, entrepreneur</li>
<li>Elon Musk: remote remarks and Q&amp;A (video link)</li>
</ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><em>Edited transcript. Timecodes in square brackets mark where each passage begins in the session video.</em></p>
{{transcript}}
</div>
<div class="field field--name-field-video"><a href="https://video.sef-forum.org/2024/closing-plenary">Watch the session video</a></div>
</div>
</article>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><div class="block"><p>Sustainable Energy Forum &middot; 1 Exhibition Road, London &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></div></div>
<div class="region region--footer-bottom"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.2.4"></script>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w12 (trap, Transistor)
def w12():
    p = Page('w12_transistor_overclocked_trap', 'The Overclocked Hour',
             'Transistor episode page; transcript paragraphs "<a href="?t=N">[mm:ss]</a> <b>Name:</b> text"; TRAP, he never speaks.',
             'Podcast host page (Transistor) -- TRAP, he never speaks')
    p.hard = ['TRAP: two hosts discuss and quote him throughout; no turn is his',
              '"Key quotes" box and AI summary print "Elon Musk: ..."', 'label "IMPERSONATOR (as Musk)" in a comedy bit',
              'commenter literally named "Elon Musk" and one named "elon_musk_42"', 'clip of him described but not transcribed']
    T = [
        (5, 'Ravi', "Welcome to The Overclocked Hour. I'm Ravi Chandran."),
        (8, 'Mel', "And I'm Mel Ostrowski. Today: ten years of Elon Musk predictions, fact-checked."),
        (64, 'Ravi', "Let's start in 2016. Musk said, and I'm reading this directly, \u201cin about two years you'll be able to summon your car from across the country.\u201d"),
        (79, 'Mel', "Which, to be fair, is a very Elon sentence."),
        (85, 'Ravi', "So we've got the clip from the 2019 Autonomy Day event. [Clip plays; audio not transcribed for rights reasons.] That's him promising a million robotaxis."),
        (121, 'Mel', "Verdict: not true. Not yet, anyway."),
        (600, 'Ravi', "Okay, we couldn't get him on the show, so we did the next best thing."),
        (606, 'IMPERSONATOR (as Musk)', "Um, so, yes, I think, uh, next year. Probably next year. Definitely by the year after."),
        (615, 'Mel', "That's too good. That's Danny from our Discord, everybody."),
        (1512, 'Ravi', "Final score: three predictions hit, five missed, two still pending."),
        (1519, 'Mel', "Musk once said, \u201cI'm often wrong about timing, rarely wrong about the destination.\u201d I think that's actually the fairest summary."),
        (1530, 'Ravi', "Agreed. Thanks for listening."),
    ]
    body = []
    for t, who, text in T:
        body.append('<p><a class="timestamp" href="?t=%d">[%02d:%02d]</a> <b>%s:</b> %s</p>' % (t, t // 60, t % 60, E(who), E(text)))
        p.other(who)
    p.choices = ['No turn is his. The impersonator, quoted sentences, the key-quotes box and the commenter named "Elon Musk" are all not him.']
    p.write(fill(TPL12, transcript='\n'.join(body)))

TPL12 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Did Musk really say that? Ten years of predictions, fact-checked | The Overclocked Hour</title>
<meta name="description" content="Ravi and Mel fact-check a decade of Elon Musk predictions.">
<meta property="og:type" content="website">
<meta name="twitter:player" content="https://share.transistor.fm/e/4f2a9c1d">
<link rel="stylesheet" href="https://overclocked.transistor.fm/assets/website-7e1d0c.css" media="screen">
<link rel="alternate" type="application/rss+xml" title="The Overclocked Hour" href="https://feeds.transistor.fm/the-overclocked-hour">
<style>.key-quotes{border:1px solid #ddd;padding:1rem;border-radius:8px}.ai-summary{background:#f5f3ff;padding:1rem}.timestamp{font-family:monospace;color:#6d28d9}</style>
</head>
<body class="episode-page theme-wave">
<header class="site-header"><div class="container"><a class="site-title" href="https://overclocked.transistor.fm">The Overclocked Hour</a>
<nav class="site-nav"><a href="https://overclocked.transistor.fm/episodes">Episodes</a><a href="https://overclocked.transistor.fm/people">People</a><a href="https://overclocked.transistor.fm/subscribe">Subscribe</a></nav></div></header>
<main class="container">
<article class="episode">
<div class="episode-meta">Episode 141 &middot; <time datetime="2024-08-29">August 29, 2024</time> &middot; 25:40</div>
<h1 class="episode-title">Did Musk really say that? Ten years of predictions, fact-checked</h1>
<iframe width="100%" height="180" frameborder="no" scrolling="no" seamless src="https://share.transistor.fm/e/4f2a9c1d"></iframe>
<div class="ai-summary"><h3>Episode summary (AI-generated)</h3><p>Ravi and Mel review ten predictions, from summoning a car across the country to a million robotaxis.</p>
<p>Elon Musk: &ldquo;In about two years you&rsquo;ll be able to summon your car from across the country.&rdquo; (2016)</p></div>
<div class="key-quotes"><h3>Key quotes</h3><ul>
<li>Elon Musk: &ldquo;I&rsquo;m often wrong about timing, rarely wrong about the destination.&rdquo;</li>
<li>Mel Ostrowski: &ldquo;That is a very Elon sentence.&rdquo;</li></ul></div>
<div class="episode-notes"><p>Show links:</p><ul><li><a href="https://example.org/musk-prediction-tracker">The prediction tracker spreadsheet</a></li><li><a href="https://discord.gg/overclocked">Join our Discord</a></li></ul></div>
<section class="transcript"><h2>Transcript</h2>
{{transcript}}
</section>
<section class="people"><h3>Creators and Guests</h3><ul><li><strong>Ravi Chandran</strong> &mdash; Host</li><li><strong>Mel Ostrowski</strong> &mdash; Host</li><li><strong>Danny Ferreira</strong> &mdash; Guest (impressions)</li></ul></section>
</article>
<section class="comments"><h3>Listener comments</h3>
<div class="comment"><span class="comment-author">Elon Musk</span> <span class="comment-date">Aug 30</span><p>Yes, that&rsquo;s really my name. No, not that one. Great episode though.</p></div>
<div class="comment"><span class="comment-author">elon_musk_42</span> <span class="comment-date">Aug 31</span><p>&ldquo;Probably next year. Definitely by the year after.&rdquo; lmao Danny nailed it</p></div>
</section>
</main>
<footer class="site-footer"><div class="container"><p>&copy; 2024 The Overclocked Hour</p><p><a href="https://transistor.fm/?via=overclocked">Powered by Transistor</a></p></div></footer>
<script src="https://overclocked.transistor.fm/assets/website-7e1d0c.js"></script>
</body>
</html>
'''
