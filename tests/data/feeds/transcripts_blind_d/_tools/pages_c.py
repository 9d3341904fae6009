from common import T, M, E, A, save, hms, hms_ms, short, mmss, wrap


# ---------------------------------------------------------------- 14 Tencent 马斯克（hh:mm:ss）
def tencent():
    turns = [
        T('主持人', 3, "欢迎收看《科技面对面》。今天我们连线的嘉宾是特斯拉首席执行官埃隆·马斯克。马斯克先生，您好。"),
        M('马斯克', 12, "你好，很高兴和大家交流。"),
        T('主持人', 16, "特斯拉上海超级工厂已经交付了第三百万辆整车。当初为什么选择上海？"),
        M('马斯克', 25, "上海有非常优秀的人才和完整的供应链，政府的支持也很有效率。我们从拿地到投产只用了不到一年时间，这在其他地方几乎是不可能的。"),
        T('主持人', 220, "美国对中国生产的电动车征收高额关税，这会影响特斯拉吗？"),
        M('马斯克', 228, "关税对所有人都有影响。我们在美国销售的车是在美国生产的，所以直接影响有限。但供应链里的很多零部件来自世界各地，也包括中国。"),
        T('主持人', 302, "您之前说过，如果没有贸易壁垒，中国车企“会击败世界上大多数汽车公司”。您现在还这么认为吗？"),
        M('马斯克', 310, "嗯，是的。"),
        T('主持人', 312, "为什么？"),
        M('马斯克', 314, "因为他们非常努力，速度很快，而且成本控制做得极好。如果没有贸易壁垒，他们会在全球市场上表现得非常出色。"),
        T('主持人', 723, "最后聊聊人形机器人Optimus。您觉得它什么时候能走进普通家庭？"),
        M('马斯克', 729, "我认为人形机器人将是有史以来最大的产品。也许五年之内，很多家庭都会有一个。中国公司在这方面也会非常强。"),
        T('主持人', 870, "谢谢马斯克先生接受我们的访问。"),
        M('马斯克', 872, "谢谢。"),
    ]
    parts = [f'<p class="one-p">{E(t.spk)}（{hms(t.t)}）：{E(t.paras[0])}</p>' for t in turns]
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>马斯克访谈全文｜谈上海超级工厂、关税与人形机器人_腾讯新闻</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,关税,Optimus">
<meta name="description" content="《科技面对面》连线特斯拉CEO埃隆·马斯克，以下为访谈全文，括号内为视频时间点。">
<meta name="apple-itunes-app" content="app-id=399363156">
<link rel="stylesheet" href="https://mat1.gtimg.com/qqcdn/qqnews/pc/css/article.3f2b1a.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"马斯克访谈全文｜谈上海超级工厂、关税与人形机器人","datePublished":"2025-01-08T21:05:00+08:00","publisher":{{"@type":"Organization","name":"腾讯新闻"}}}}</script>
<script>window.DATA = {{"article_id":"20250108A07XYZ00","media":"科技面对面","title":"马斯克访谈全文｜谈上海超级工厂、关税与人形机器人","cms_id":"20250108A07XYZ00","catalog1":"tech"}};</script>
<script src="https://mat1.gtimg.com/qqcdn/qqnews/pc/js/report.min.js" async></script>
</head>
<body>
<div class="qq-top"><div class="qq-nav"><a href="https://news.qq.com/" class="logo">腾讯新闻</a><ul class="nav-list"><li><a href="https://news.qq.com/">首页</a></li><li><a href="https://news.qq.com/ch/tech">科技</a></li><li><a href="https://news.qq.com/ch/finance">财经</a></li><li><a href="https://news.qq.com/ch/auto">汽车</a></li><li><a href="https://v.qq.com/">视频</a></li></ul><div class="login"><a href="javascript:;">登录</a></div></div></div>
<div class="qq-main">
<div class="LEFT">
  <h1>马斯克访谈全文｜谈上海超级工厂、关税与人形机器人</h1>
  <div class="media-info"><a class="media-name" href="https://new.qq.com/omn/author/5123456">科技面对面</a><span class="time">2025-01-08 21:05</span><span class="location">发布于北京</span><span class="original">腾讯新闻原创</span></div>
  <div class="content-article">
    <div class="video-box"><div class="txp_player" data-vid="m3568abc9kz"><img src="https://puui.qpic.cn/vpic_cover/m3568abc9kz/m3568abc9kz_hz.jpg" alt="视频封面"></div><p class="video-title">【视频】马斯克：人形机器人将是有史以来最大的产品</p></div>
    <p class="one-p">导语：1月8日，《科技面对面》连线特斯拉首席执行官埃隆·马斯克。马斯克谈到了上海超级工厂、美国关税以及人形机器人Optimus的前景。以下为访谈全文，括号中为视频对应时间点，文字有删节。</p>
{body}
    <p class="one-p">（完）</p>
    <p class="one-p editor">责任编辑：赵一鸣</p>
  </div>
  <div class="share-wrap"><span>分享至</span><a class="share-wx" href="javascript:;">微信</a><a class="share-qzone" href="javascript:;">QQ空间</a><a class="share-wb" href="javascript:;">微博</a></div>
  <div class="related-news">
    <h3>相关阅读</h3>
    <ul>
      <li><a href="https://new.qq.com/rain/a/20250107A01ABC00">马斯克：中国电动车将主导全球市场</a><span>科技面对面</span></li>
      <li><a href="https://new.qq.com/rain/a/20250106A02DEF00">马斯克（00:03:48）：关税对所有人都有影响——海外媒体如何解读</a><span>环球视野</span></li>
      <li><a href="https://new.qq.com/rain/a/20250105A03GHI00">特斯拉上海超级工厂第300万辆整车下线</a><span>汽车频道</span></li>
    </ul>
  </div>
  <div class="comment-box">
    <h3>热评</h3>
    <div class="comment"><span class="nick">江南小飞侠</span><p>“嗯，是的。”这四个字信息量很大。</p></div>
    <div class="comment"><span class="nick">马斯克中国后援会</span><p>马斯克：谢谢。我们也谢谢你！</p></div>
  </div>
</div>
<div class="RIGHT">
  <div class="hot-rank"><h3>24小时热文</h3><ol><li><a href="https://new.qq.com/rain/a/1">国产大飞机又有新进展</a></li><li><a href="https://new.qq.com/rain/a/2">多家车企公布2024年销量</a></li><li><a href="https://new.qq.com/rain/a/3">人形机器人概念股集体走强</a></li></ol></div>
</div>
</div>
<div class="qq-footer"><p>Copyright © 1998 - 2025 Tencent. All Rights Reserved. 腾讯公司 版权所有</p><p><a href="https://www.tencent.com/zh-cn/">关于腾讯</a> | <a href="https://privacy.qq.com/">隐私政策</a> | <a href="https://news.qq.com/about.htm">服务协议</a></p></div>
<script src="https://mat1.gtimg.com/qqcdn/qqnews/pc/js/article.9c1d2e.js"></script>
</body>
</html>
"""
    return save('tencent_news_fulltext', page,
                "腾讯新闻 访谈全文: '马斯克（hh:mm:ss）：文本' in one <p> per turn, full-width parentheses and colon; host quotes him inside her own turn; video title, related-news headlines ('马斯克（00:03:48）：…') and comments ('马斯克：谢谢。…') are not turns",
                "腾讯新闻 · 科技面对面", turns, ["主持人"])


# ---------------------------------------------------------------- 15 HK table (traditional)
def hk_table():
    turns = [
        T('主持', None, "馬斯克先生，多謝你接受我們訪問。今次來香港，主要是為了甚麼？"),
        M('伊隆·馬斯克', None, "謝謝。我們正在考慮擴大在亞洲的超級充電網絡，香港是一個很重要的市場。"),
        T('主持', None, "你之前曾經說過：「中國的人工智能會非常強大。」你現在仍然這樣認為嗎？"),
        M('馬斯克', None, "對。"),
        T('主持', None, "可以說多一點嗎？"),
        M('馬斯克', None, "中國有大量的工程人才，也有充足的電力，這兩樣都是發展人工智能最關鍵的條件。很多人低估了這一點。"),
        T('主持', None, "Starlink 會不會在香港提供服務？"),
        M('馬斯克', None, "這需要當地政府批准。我們會遵守每一個地方的法律。"),
        T('主持', None, "香港的電動車普及率在全球名列前茅，你怎樣看這個市場？"),
        M('馬斯克', None, "香港的新車裡面，電動車的比例非常高，這是很了不起的。城市密集、車程短，其實非常適合電動車。"),
        T('主持', None, "最後，你對香港的年輕人有甚麼建議？"),
        M('馬斯克', None, "保持好奇心，多讀書，努力解決真正困難的問題。"),
    ]
    rows = "\n".join(f'<tr><td class="speaker">{E(t.spk)}</td><td class="words">{E(t.paras[0])}</td></tr>' for t in turns)
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>專訪全文｜馬斯克：中國車企是最強對手　談人工智能與香港電動車市場 | 港聞財經網</title>
<meta name="description" content="本網獨家專訪特斯拉行政總裁馬斯克，以下為訪問全文。">
<meta property="og:title" content="專訪全文｜馬斯克：中國車企是最強對手">
<meta property="og:locale" content="zh_HK">
<link rel="stylesheet" href="https://static.hkfinnews.com.hk/assets/css/article.2024.min.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"專訪全文｜馬斯克：中國車企是最強對手","inLanguage":"zh-HK","datePublished":"2024-12-03T08:00:00+08:00","publisher":{{"@type":"NewsMediaOrganization","name":"港聞財經網"}}}}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HKFN2024"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-HKFN2024');</script>
</head>
<body class="article-page">
<div id="gdpr" class="cookie-bar">本網站使用Cookies以提升你的瀏覽體驗。繼續使用即表示你同意我們的<a href="/privacy">私隱政策</a>。<button>我明白</button></div>
<header class="top-header">
  <a class="logo" href="/">港聞財經網</a>
  <nav><ul class="menu"><li><a href="/news">港聞</a></li><li><a href="/finance">財經</a></li><li><a href="/china">中國</a></li><li><a href="/intl">國際</a></li><li><a href="/tech">科技</a></li><li><a href="/property">地產</a></li><li><a href="/opinion">評論</a></li></ul></nav>
  <div class="lang-switch"><a href="/sc/">简</a> | <a href="/tc/" class="active">繁</a></div>
</header>
<main class="article-wrap">
  <div class="breadcrumb"><a href="/">主頁</a> › <a href="/tech">科技</a> › 專訪</div>
  <h1 class="headline">專訪全文｜馬斯克：中國車企是最強對手　談人工智能與香港電動車市場</h1>
  <div class="byline">撰文：本網記者 梁嘉欣　｜　2024年12月3日 08:00</div>
  <figure class="lead-image"><img src="https://static.hkfinnews.com.hk/images/2024/12/musk-hk.jpg" alt="馬斯克"><figcaption>馬斯克：「上海廠是我們最好的工廠。」（資料圖片）</figcaption></figure>
  <div class="article-body">
    <p>特斯拉行政總裁馬斯克（Elon Musk）日前經視像接受本網專訪，談及中國車企的競爭、人工智能發展以及香港的電動車市場。訪問以英語進行，以下為中文翻譯全文，經刪節。</p>
    <h2 class="subhead">訪問全文</h2>
    <table class="interview-table" border="1" cellpadding="6">
      <thead><tr><th>講者</th><th>內容</th></tr></thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <p class="note">（訪問經翻譯及刪節）</p>
  </div>
  <div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.hkfinnews.com.hk/tech/20241203/musk">Facebook</a> <a href="https://api.whatsapp.com/send?text=https://www.hkfinnews.com.hk/tech/20241203/musk">WhatsApp</a> <a href="javascript:window.print()">列印</a></div>
  <section class="related"><h3>相關新聞</h3><ul><li><a href="/tech/20241201/tesla-hk-sales">特斯拉香港十一月銷量按年升兩成</a></li><li><a href="/tech/20241128/byd-hk">比亞迪在港新增三間陳列室</a></li><li><a href="/tech/20241125/musk-ai">馬斯克：人工智能監管刻不容緩</a></li></ul></section>
</main>
<footer class="site-footer"><p>© 2024 港聞財經網有限公司 版權所有　｜　<a href="/about">關於我們</a>　｜　<a href="/contact">聯絡我們</a>　｜　<a href="/privacy">私隱政策</a></p></footer>
<script src="https://static.hkfinnews.com.hk/assets/js/article.2024.min.js" defer></script>
</body>
</html>
"""
    return save('hk_table_interview', page,
                "Hong Kong site, traditional Chinese; transcript is a table 講者 | 內容 (speaker | text, no times); his label changes '伊隆·馬斯克' -> '馬斯克'; host quotes him inside her cell; headline and figcaption '馬斯克：「…」' are not turns",
                "港聞財經網", turns, ["主持"])


# ---------------------------------------------------------------- 16 Accessibility panel with <noscript> copy, Maye Musk
def a11y():
    spec = [
        ('Jordan Park:', False, [(0.0, "Welcome to The Long Table. I'm Jordan Park, and today I'm joined by a mother and son: Maye Musk and Elon Musk.")]),
        ('Maye Musk:', False, [(7.84, "Thank you for having us. It's not often we're in the same room.")]),
        ('Elon Musk:', True, [(12.6, "Yeah, thanks.")]),
        ('Jordan:', False, [(14.2, "Maye, you're enormously popular in China. How did that happen?")]),
        ('Maye:', False, [(19.92, "I honestly don't know! My book was translated into Chinese, and suddenly I was on every show. People stop me on the street in Shanghai.")]),
        ('Elon:', True, [(31.48, "She's more famous in China than I am."), (35.1, "Which is fine with me, honestly.")]),
        ('Jordan:', False, [(38.0, "Elon, what did you learn from your mother?")]),
        ('Elon:', True, [(41.56, "Resilience, mostly. We didn't have much money at times, and she worked several jobs."), (48.2, "That left a big impression on all three of us.")]),
        ('Maye:', False, [(52.0, "He was always reading. Always. He read the encyclopedia when he ran out of books.")]),
        ('Jordan:', False, [(598.3, "Elon, you've been to China many times too. Any favorite places?")]),
        ('Elon:', True, [(603.72, "Shanghai, obviously, because of the factory. But I also really liked Beijing, especially the food.")]),
        ('Maye:', False, [(611.0, "He liked the dumplings.")]),
        ('Elon:', True, [(612.4, "That's true.")]),
        ('Jordan:', False, [(1440.5, "Last question. Mars: would you go, Maye?")]),
        ('Maye:', False, [(1444.2, "If Elon builds me a nice house there.")]),
        ('Elon:', True, [(1447.08, "We'll work on it.")]),
    ]
    turns = []
    cues = []
    static = []
    cid = 0
    for lab, musk, cl in spec:
        turns.append(T(lab, cl[0][0], cl[0][1], musk=musk))
        for k, (s, txt) in enumerate(cl):
            cid += 1
            sp = f'<span class="able-unspoken able-speaker">{E(lab)}</span> ' if k == 0 else ''
            cues.append(f'<li class="able-transcript-cue" id="cue-{cid}" data-start="{s:.2f}" tabindex="0"><button type="button" class="able-cue-time" aria-label="Play from {short(s)}">{short(s)}</button> {sp}<span class="able-transcript-caption">{E(txt)}</span></li>')
        full = " ".join(x[1] for x in cl)
        static.append(f"<p><strong>{E(lab)}</strong> {E(full)}</p>")
    cue_html = "\n".join(cues)
    static_html = "\n".join(static)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Episode 41: Maye Musk &amp; Elon Musk at The Long Table &#8211; The Long Table Podcast</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="The Long Table Podcast &raquo; Feed" href="https://thelongtable.fm/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="https://thelongtable.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<link rel="stylesheet" id="ableplayer-css" href="https://thelongtable.fm/wp-content/plugins/able-player/build/ableplayer.min.css?ver=4.5.1" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://thelongtable.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"https://thelongtable.fm/episode-41-maye-elon-musk/","name":"Episode 41: Maye Musk & Elon Musk at The Long Table","datePublished":"2024-05-10T06:00:00+00:00"}},{{"@type":"PodcastEpisode","name":"Episode 41: Maye Musk & Elon Musk","partOfSeries":{{"@type":"PodcastSeries","name":"The Long Table"}}}}]}}</script>
<script src="https://thelongtable.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://thelongtable.fm/wp-content/plugins/able-player/build/ableplayer.min.js?ver=4.5.1" id="ableplayer-js-js"></script>
</head>
<body class="post-template-default single single-post postid-2841 single-format-audio ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header header-main-layout-1" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
  <div class="ast-container"><div class="site-branding"><span class="site-title"><a href="https://thelongtable.fm/" rel="home">The Long Table Podcast</a></span><p class="site-description">Family stories, told around the table</p></div>
  <nav class="main-header-menu-toggle" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="https://thelongtable.fm/" class="menu-link">Home</a></li><li class="menu-item current-menu-item"><a href="https://thelongtable.fm/episodes/" class="menu-link">Episodes</a></li><li class="menu-item"><a href="https://thelongtable.fm/about/" class="menu-link">About</a></li><li class="menu-item"><a href="https://thelongtable.fm/accessibility/" class="menu-link">Accessibility</a></li></ul></nav></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2841 post type-post status-publish format-audio hentry category-episodes" id="post-2841">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Episode 41: Maye Musk &amp; Elon Musk at The Long Table</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-05-10T06:00:00+00:00">May 10, 2024</time></span> / By <span class="author vcard"><a class="url fn n" href="https://thelongtable.fm/author/jordan/">Jordan Park</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<p>For our Mother&rsquo;s Day episode, Maye Musk and her son Elon sat down with Jordan to talk about growing up, Maye&rsquo;s unexpected fame in China, and whether anyone in the family is actually going to Mars.</p>
<div class="able-wrapper">
<audio id="ltt-ep41" preload="auto" data-able-player data-transcript-div="ltt-ep41-transcript" data-skin="2020" data-include-transcript="true">
  <source type="audio/mpeg" src="https://media.thelongtable.fm/ep41-maye-elon.mp3">
  <track kind="captions" src="https://thelongtable.fm/wp-content/uploads/2024/05/ep41.vtt" srclang="en" label="English">
</audio>
<div id="ltt-ep41-transcript" class="able-transcript-area" role="region" aria-label="Transcript">
  <div class="able-window-toolbar"><h2 class="able-transcript-heading">Transcript</h2><label><input type="checkbox" class="able-transcript-autoscroll" checked> Auto scroll</label></div>
  <div class="able-transcript">
  <ol class="able-transcript-cues">
{cue_html}
  </ol>
  </div>
</div>
<noscript>
<div class="transcript-static">
<h2>Transcript (text version)</h2>
{static_html}
</div>
</noscript>
</div>
<p>Maye&rsquo;s book <em>A Woman Makes a Plan</em> is available wherever books are sold.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://thelongtable.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://thelongtable.fm/tag/china/" rel="tag">China</a>, <a href="https://thelongtable.fm/tag/family/" rel="tag">family</a>, <a href="https://thelongtable.fm/tag/mars/" rel="tag">Mars</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://thelongtable.fm/episode-40/" rel="prev">Previous: Episode 40: Three Generations of Bakers</a></div><div class="nav-next"><a href="https://thelongtable.fm/episode-42/" rel="next">Next: Episode 42: The Twins Who Swapped Careers</a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on &ldquo;Episode 41: Maye Musk &amp; Elon Musk at The Long Table&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-118"><article id="comment-118" class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Wendy Alvarez</cite> <a href="#comment-118"><time datetime="2024-05-11T09:12:00+00:00">May 11, 2024 at 9:12 am</time></a></div><section class="ast-comment-content comment"><p>Elon: &ldquo;She&rsquo;s more famous in China than I am.&rdquo; Ha! It&rsquo;s true though, my cousin in Hangzhou has her book.</p></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-121"><article id="comment-121" class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Maye Fan 88</cite> <a href="#comment-121"><time datetime="2024-05-12T18:40:00+00:00">May 12, 2024 at 6:40 pm</time></a></div><section class="ast-comment-content comment"><p>Thank you for the transcript. The accessibility here is great.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="https://thelongtable.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-form-textarea"><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://thelongtable.fm/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul><li><a href="https://thelongtable.fm/episode-42/">Episode 42: The Twins Who Swapped Careers</a></li><li><a href="https://thelongtable.fm/episode-40/">Episode 40: Three Generations of Bakers</a></li></ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap">Copyright &copy; 2024 The Long Table Podcast | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></footer>
</div>
<script id="ableplayer-init">jQuery(function($){{ $('#ltt-ep41').each(function(){{ new AblePlayer($(this)); }}); }});</script>
</body>
</html>
"""
    return save('a11y_transcript_panel_long_table', page,
                "WordPress + Able Player accessible transcript: <ol> of <li data-start='seconds'> cues, each with a visible time button (m:ss), a speaker span on the first cue of a turn and unlabelled continuation cues; labels change 'Elon Musk:' -> 'Elon:' and 'Maye Musk:' -> 'Maye:' (Maye Musk is his mother, not him); the whole transcript is repeated in a <noscript> block (counted once); a comment quoting 'Elon: …' is not a turn",
                "The Long Table Podcast", turns, ["Jordan Park:", "Jordan:", "Maye Musk:", "Maye:"])


# ---------------------------------------------------------------- 17 GitHub rendered markdown table
def github():
    vid = "https://www.youtube.com/watch?v=Qa9xN2kT0pE"
    rows_spec = [
        ('ZW', 5, "Welcome, everyone, to the closing session of the Global AI Governance Forum. Our first speaker joins us by video link from Texas.", False, True),
        ('EM', 14, "Thank you. Can you hear me okay?", True, True),
        ('ZW', 17, "Yes, loud and clear.", False, True),
        ('EM', 19, "Great. So I want to talk about AI safety, and why I think the US and China need to cooperate on it, even while they compete on almost everything else.", True, True),
        ('', 65, "The analogy I use is nuclear weapons. Even during the Cold War there were channels for talking about the most dangerous risks. Advanced AI needs something like that.", True, False),
        ('SL', 150, "Mr. Musk, many in Europe worry that cooperation with China on AI would mean sharing sensitive technology. How would you avoid that?", False, True),
        ('EM', 168, "I think that's a reasonable concern. Cooperating on safety doesn't mean sharing model weights or chip designs. It means agreeing on testing, on red lines, on what happens if something goes wrong.", True, True),
        ('ZW', 250, "A question from our audience in Shanghai: should open-source models be regulated?", False, True),
        ('EM', 260, "For smaller models, no. For the very largest models, there should be some oversight, regardless of whether they're open or closed. That applies to American and Chinese labs equally.", True, True),
        ('ZW', 362, "Do you expect to meet with Chinese AI labs this year?", False, True),
        ('EM', 365, "Yes.", True, True),
        ('SL', 367, "Then I hope you'll report back to this forum.", False, True),
        ('EM', 370, "Happy to. Thank you, everyone.", True, True),
    ]
    turns = []
    rows = []
    for spk, t, text, musk, new in rows_spec:
        if new:
            turns.append(T(spk, t, text, musk=musk))
        rows.append(f'<tr>\n<td><a href="{vid}#t={t}" rel="nofollow">{short(t)}</a></td>\n<td>{E(spk)}</td>\n<td>{E(text)}</td>\n</tr>')
    table = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com">
<link rel="dns-prefetch" href="https://avatars.githubusercontent.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-0eace2597ca3.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-8500c2c7ce5f.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-6a0d1d3a8c1c.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-d2f6a5b2c9a1.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/environment-7b93e0f0c8a4.js"></script>
<title>open-transcripts/2024-11-ai-governance-forum-closing.md at main · civic-archive/open-transcripts · GitHub</title>
<meta name="route-pattern" content="/:user_id/:repository/blob/*name(/*path)" data-turbo-transient>
<meta name="description" content="Community-maintained transcripts of public talks and panels. Contribute to civic-archive/open-transcripts development by creating an account on GitHub.">
<meta property="og:image" content="https://opengraph.githubassets.com/5b1e3c/civic-archive/open-transcripts">
<meta property="og:title" content="open-transcripts/transcripts/2024-11-ai-governance-forum-closing.md at main · civic-archive/open-transcripts">
<meta name="viewport" content="width=device-width">
<meta name="github-keyboard-shortcuts" content="repository,source-code,file-tree,copilot" data-turbo-transient="true">
<meta name="go-import" content="github.com/civic-archive/open-transcripts git https://github.com/civic-archive/open-transcripts.git">
<meta name="octolytics-dimension-repository_nwo" content="civic-archive/open-transcripts">
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="position-relative js-header-wrapper">
<a href="#start-of-content" class="p-3 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-color-mode="light">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="32" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522"></path></svg></a>
<nav aria-label="Global" class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0"><ul class="d-lg-flex list-style-none"><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target">Product</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link">Solutions</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link">Resources</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link">Open Source</button></li><li class="HeaderMenu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li></ul></nav>
<div class="d-flex flex-items-center"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fcivic-archive%2Fopen-transcripts%2Fblob%2Fmain%2Ftranscripts%2F2024-11-ai-governance-forum-closing.md" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline d-block d-lg-inline-block border border-lg-0 rounded rounded-lg-0 p-2 p-lg-0">Sign in</a> <a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0 d-flex d-lg-inline-block no-underline border color-border-default rounded px-2 py-1">Sign up</a></div>
</div>
</header>
</div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled data-project-hovercards-enabled>
<div itemscope itemtype="http://schema.org/SoftwareSourceCode" class="">
<main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-repo color-fg-muted mr-2"><path d="M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75a.75.75 0 0 1 .75.75v12.5"></path></svg><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/civic-archive">civic-archive</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/civic-archive/open-transcripts">open-transcripts</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2Fcivic-archive%2Fopen-transcripts" class="btn-sm btn"><svg class="octicon octicon-bell mr-2" height="16" width="16" viewBox="0 0 16 16"></svg>Notifications</a></li><li><a class="btn-sm btn" href="/login?return_to=%2Fcivic-archive%2Fopen-transcripts">Fork <span id="repo-network-counter" class="Counter">38</span></a></li><li><a class="btn-sm btn" href="/login?return_to=%2Fcivic-archive%2Fopen-transcripts">Star <span id="repo-stars-counter-star" class="Counter js-social-count">412</span></a></li></ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item selected" href="/civic-archive/open-transcripts" aria-current="page">Code</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/civic-archive/open-transcripts/issues">Issues <span class="Counter">7</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/civic-archive/open-transcripts/pulls">Pull requests <span class="Counter">3</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/civic-archive/open-transcripts/actions">Actions</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/civic-archive/open-transcripts/security">Security</a></li></ul></nav>
</div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3">
<div class="react-code-view-header-wrapper"><nav aria-label="Breadcrumbs" class="Breadcrumbs"><a href="/civic-archive/open-transcripts/tree/main">open-transcripts</a> / <a href="/civic-archive/open-transcripts/tree/main/transcripts">transcripts</a> / <strong>2024-11-ai-governance-forum-closing.md</strong></nav>
<div class="Box-header"><div class="d-flex"><a href="/tlin-dev" class="avatar"><img src="https://avatars.githubusercontent.com/u/4411902?s=40&amp;v=4" width="20" height="20" alt="@tlin-dev"></a> <a href="/tlin-dev" class="Link--primary text-bold">tlin-dev</a> <span class="color-fg-muted">Fix speaker initials in AI forum closing session (#58)</span> <a class="Link--secondary" href="/civic-archive/open-transcripts/commit/9f1c2a7">9f1c2a7</a> · <relative-time datetime="2024-12-02T10:11:04Z">Dec 2, 2024</relative-time></div></div>
<div class="Box-header d-flex"><span class="color-fg-muted">41 lines (33 loc) · 3.62 KB</span> <div class="BtnGroup"><a href="/civic-archive/open-transcripts/raw/main/transcripts/2024-11-ai-governance-forum-closing.md" class="btn-sm btn BtnGroup-item">Raw</a><a href="/civic-archive/open-transcripts/blame/main/transcripts/2024-11-ai-governance-forum-closing.md" class="btn-sm btn BtnGroup-item">Blame</a></div></div>
</div>
<div id="readme" class="Box-body readme blob js-code-block-container p-5 p-xl-6 gist-border-0">
<article class="markdown-body entry-content container-lg" itemprop="text"><div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">Global AI Governance Forum 2024 — Closing Session</h1><a id="user-content-global-ai-governance-forum-2024--closing-session" class="anchor" aria-label="Permalink: Global AI Governance Forum 2024 — Closing Session" href="#global-ai-governance-forum-2024--closing-session"><svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0"></path></svg></a></div>
<p dir="auto">Geneva / Shanghai (hybrid), 21 November 2024. Source video: <a href="{vid}" rel="nofollow">{vid}</a>. Timestamps link to the video.</p>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Speakers</h2></div>
<ul dir="auto">
<li>Elon Musk (EM), by video link</li>
<li>Zhang Wei (ZW), moderator, Shanghai AI Policy Lab</li>
<li>Sofia Lind (SL), European Commission AI Office</li>
</ul>
<blockquote>
<p dir="auto">Note: a row with an empty speaker cell continues the previous speaker. Please open a PR for corrections.</p>
</blockquote>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Transcript</h2></div>
<markdown-accessiblity-table><table>
<thead>
<tr>
<th>Time</th>
<th>Speaker</th>
<th>Text</th>
</tr>
</thead>
<tbody>
{table}
</tbody>
</table></markdown-accessiblity-table>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">See also</h2></div>
<ul dir="auto">
<li><a href="/civic-archive/open-transcripts/blob/main/transcripts/2024-11-ai-governance-forum-day1.md">Day 1 plenary</a></li>
<li><a href="/civic-archive/open-transcripts/blob/main/CONTRIBUTING.md">CONTRIBUTING.md</a> — style guide for speaker initials and timestamps</li>
</ul>
</article>
</div>
</div>
</main>
</div>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><span>&copy; 2024 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0"><li class="mx-2"><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service" class="Link--secondary">Terms</a></li><li class="mx-2"><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement" class="Link--secondary">Privacy</a></li><li class="mx-2"><a href="https://www.githubstatus.com/" class="Link--secondary">Status</a></li><li class="mx-2"><a href="https://docs.github.com/" class="Link--secondary">Docs</a></li><li class="mx-2"><a href="https://support.github.com?tags=dotcom-footer" class="Link--secondary">Contact</a></li></ul></nav></div></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-alert"></svg> You can&rsquo;t perform that action at this time.</div>
</body>
</html>
"""
    return save('github_markdown_table', page,
                "GitHub-rendered Markdown file; initials defined once in a speaker list ('Elon Musk (EM)'), then a table Time | Speaker | Text with the time as a link '...#t=NN' showing m:ss; a row with an empty speaker cell continues the previous speaker (same turn, first row's time)",
                "civic-archive/open-transcripts (Global AI Governance Forum 2024)", turns, ["ZW", "SL"])


# ---------------------------------------------------------------- 18 plain-text <pre>, [hh:mm:ss.mmm], Kimbal Musk
def pre_archive():
    spec = [
        ('RENATA FOX', 2.14, ["Good evening, everyone, and welcome to the final session of the Boulder Food + Tech Summit. I'm Renata Fox. It's not every day we get two brothers on this stage. Please welcome Kimbal Musk and Elon Musk."], False),
        ('KIMBAL MUSK', 15.88, ["Thanks, Renata. Great to be back in Boulder."], False),
        ('ELON MUSK', 21.3, ["Thanks for having us. Kimbal is the one who actually knows about food, so I'll try not to embarrass myself."], True),
        ('RENATA', 40.002, ["Kimbal, you've been talking about vertical farming for years. Where is it now?"], False),
        ('KIMBAL', 44.51, ["Honestly, it's had a rough few years. Energy costs matter enormously. But the technology is getting better, and I think the next wave will look more like automated greenhouses than sealed boxes."], False),
        ('RENATA', 90.777, ["Elon, you've spoken a lot about Chinese manufacturing. Does that apply to food and farming as well?"], False),
        ('ELON', 98.415, ["To some degree. China has been investing heavily in agricultural automation, drones for spraying, autonomous tractors, that kind of thing. They deploy new technology at scale very quickly.",
                          "The bigger lesson is about manufacturing in general. Whoever builds the factory that builds the machine wins, whether it's cars or tractors."], True),
        ('KIMBAL', 185.65, ["I'd add that the Chinese greenhouse industry is enormous. Some of the most advanced operations I've seen were outside Shanghai."], False),
        ('ELON', 225.999, ["Yeah."], True),
        ('RENATA', 227.1, ["Let's talk about the early days. Kimbal, what was Elon like as a co-founder at Zip2?"], False),
        ('KIMBAL', 232.4, ["Impossible to argue with, because he was usually right. We'd fight about product decisions and then he'd sleep under the desk."], False),
        ('ELON', 244.072, ["We didn't have an apartment. Sleeping at the office was the apartment."], True),
        ('RENATA', 1510.5, ["Last question, for both of you. What worries you most about the next ten years?"], False),
        ('KIMBAL', 1516.2, ["Soil health. We're mining topsoil like it's a resource that doesn't run out."], False),
        ('ELON', 1524.808, ["AI, probably. It's the biggest opportunity and the biggest risk. We need to get it right, and that includes the US and China talking to each other about safety."], True),
        ('RENATA', 1545.0, ["Kimbal and Elon Musk, thank you."], False),
        ('ELON', 1547.3, ["Thank you."], True),
    ]
    turns = []
    chunks = []
    for lab, t, paras, musk in spec:
        turns.append(T(lab, t, *paras, musk=musk))
        first = f"[{hms_ms(t)}] {lab}: "
        chunks.append(wrap(paras[0], width=76, first=first, indent='    '))
        for p in paras[1:]:
            chunks.append(wrap(p, width=76, first='    ', indent='    '))
    text = "\n\n".join(chunks)
    head = """TRANSCRIPT
Kimbal Musk & Elon Musk: "Farms, Factories and the Future"
Closing session, Boulder Food + Tech Summit, 14 September 2024
Moderator: Renata Fox

Speakers are labelled in full on first appearance and by first name after.
Timestamps are [hh:mm:ss.mmm] from the conference video (YouTube upload).
Transcribed by volunteers; corrections welcome via the contact page.

------------------------------------------------------------------------

"""
    tail = """

------------------------------------------------------------------------
[END OF TRANSCRIPT]
"""
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kimbal Musk &amp; Elon Musk - Boulder Food + Tech Summit 2024 - full transcript</title>
<meta name="keywords" content="Kimbal Musk, Elon Musk, transcript, Boulder, food, farming, China">
<meta name="description" content="Plain-text transcript of the closing session of the Boulder Food + Tech Summit 2024.">
<link rel="stylesheet" type="text/css" href="/style.css">
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-1188204-3']);
_gaq.push(['_trackPageview']);
</script>
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#003366"><font color="#ffffff" face="Verdana, Arial" size="4"><b>The Talk Transcript Archive</b></font><br>
<font color="#cccccc" face="Verdana, Arial" size="1">Volunteer transcripts of public talks since 2003</font></td></tr>
<tr><td bgcolor="#e0e8f0"><font face="Verdana, Arial" size="2"><a href="/">Home</a> | <a href="/by-speaker/">By speaker</a> | <a href="/by-event/">By event</a> | <a href="/recent.html">Recent</a> | <a href="/contact.html">Contact</a></font></td></tr>
</table>
<p><font face="Verdana, Arial" size="2"><a href="/by-speaker/m.html">Speakers: M</a> &gt; <a href="/by-speaker/musk-kimbal.html">Kimbal Musk</a>, <a href="/by-speaker/musk-elon.html">Elon Musk</a></font></p>
<pre>
{E(head)}{E(text)}{E(tail)}</pre>
<p><font face="Verdana, Arial" size="2"><a href="/transcripts/2024/boulder-food-tech-musk.txt">Download as .txt</a> | <a href="javascript:window.print()">Print</a></font></p>
<hr>
<p><font face="Verdana, Arial" size="1">Other transcripts from this event: <a href="/transcripts/2024/boulder-keynote.html">Opening keynote</a> | <a href="/transcripts/2024/boulder-soil-panel.html">Soil panel</a><br>
This page last updated 2024-09-20. Transcripts are provided for research and accessibility purposes.</font></p>
<script type="text/javascript">
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = 'https://ssl.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
</html>
"""
    return save('pre_plaintext_kimbal_elon', page,
                "Old-style archive page with the transcript in a plain-text <pre>: '[hh:mm:ss.mmm] LABEL: text', hard-wrapped with indented continuation lines and an unlabelled continuation paragraph; labels 'ELON MUSK:' -> 'ELON:'; his brother 'KIMBAL MUSK:'/'KIMBAL:' also speaks (not his turns)",
                "The Talk Transcript Archive (Boulder Food + Tech Summit 2024)", turns,
                ["RENATA FOX", "RENATA", "KIMBAL MUSK", "KIMBAL"])


# ---------------------------------------------------------------- 19 Jekyll Q:/A:
def jekyll_qa():
    spec = [
        ('Q (Reuters):', "Mr. Musk, how many cars will this plant build next year?", False),
        ('A:', "We're aiming for a steady ramp. I don't want to give a precise number, but Berlin can do significantly more than it does today if demand is there.", True),
        ('Q:', "Are Chinese brands taking market share from you in Germany?", False),
        ('A:', "Some, yes. BYD and others are making very good cars. That's why we have to keep improving. Competition is good for customers.", True),
        ('Q:', "Will Berlin build the cheaper model, or will it come from Shanghai?", False),
        ('A:', "We'll build it in multiple factories. Shipping cars across the world doesn't make sense long term. Local production for local markets is the right approach.", True),
        ('Q (Handelsblatt):', "The water usage of the plant has been criticised. Ms. Kühn, can you comment?", False),
        ('A (Jana Kühn, plant manager):', "We use less water per car than any comparable plant in Germany, and we have applied to recycle even more of it. We publish the numbers every quarter.", False),
        ('Q:', "Mr. Musk, do you agree with the EU's tariffs on Chinese EVs?", False),
        ('A:', "No. I think tariffs generally make things worse for consumers. Tesla was hit by them too, because we export from Shanghai.",
         True),
        ('Q:', "Will you visit China after Berlin?", False),
        ('A:', "Maybe.", True),
        ('Q:', "One more: will Optimus work in this factory?", False),
        ('A:', "Yes, eventually. Probably starting with simple tasks like moving parts around. Okay, thank you, I have to go.", True),
    ]
    turns = [T(lab, None, txt, musk=m) for lab, txt, m in spec]
    body = "\n".join(f"<p><strong>{E(lab)}</strong> {E(txt)}</p>" for lab, txt, m in spec)
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Press scrum at Giga Berlin: the full Q&amp;A | Notes from the Shop Floor</title>
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:title" content="Press scrum at Giga Berlin: the full Q&amp;A" />
<meta name="author" content="Lukas Brandt" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="A transcript of Elon Musk’s press scrum after the Giga Berlin expansion event." />
<link rel="canonical" href="https://shopfloornotes.github.io/2024/03/14/giga-berlin-press-scrum.html" />
<meta property="og:site_name" content="Notes from the Shop Floor" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-03-14T19:30:00+01:00" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BlogPosting","author":{{"@type":"Person","name":"Lukas Brandt"}},"dateModified":"2024-03-14T19:30:00+01:00","datePublished":"2024-03-14T19:30:00+01:00","description":"A transcript of Elon Musk’s press scrum after the Giga Berlin expansion event.","headline":"Press scrum at Giga Berlin: the full Q&amp;A","mainEntityOfPage":{{"@type":"WebPage","@id":"https://shopfloornotes.github.io/2024/03/14/giga-berlin-press-scrum.html"}},"url":"https://shopfloornotes.github.io/2024/03/14/giga-berlin-press-scrum.html"}}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://shopfloornotes.github.io/feed.xml" title="Notes from the Shop Floor" /></head>
<body><header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/">Notes from the Shop Floor</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
        <div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a><a class="page-link" href="/tags/">Tags</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
  <div class="wrapper">
    <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">Press scrum at Giga Berlin: the full Q&amp;A</h1>
    <p class="post-meta"><time class="dt-published" datetime="2024-03-14T19:30:00+01:00" itemprop="datePublished">Mar 14, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Lukas Brandt</span></span></p>
  </header>
  <div class="post-content e-content" itemprop="articleBody">
    <p>After the expansion event in Grünheide, Elon Musk spent about ten minutes with reporters outside Hall 3. I recorded it on my phone; here is everything that was audible. Questions came from several outlets and are marked <strong>Q:</strong> (with the outlet where I could tell). <strong>Answers are Elon Musk’s unless marked otherwise</strong>; one question went to the plant manager.</p>
    <p>My own write-up is <a href="/2024/03/13/giga-berlin-expansion.html">here</a>.</p>
    <hr />
{body}
    <hr />
    <p><em>Transcribed by me from my own recording. Some questions were shouted over each other and I have left out the ones I couldn’t hear.</em></p>
  </div>
  <div class="post-tags">Tags: <a href="/tags/#tesla">tesla</a>, <a href="/tags/#berlin">berlin</a>, <a href="/tags/#china">china</a></div>
  <a class="u-url" href="/2024/03/14/giga-berlin-press-scrum.html" hidden></a>
</article>
<div class="related"><h2>Related posts</h2><ul>
<li><a href="/2024/03/13/giga-berlin-expansion.html">Giga Berlin expansion: what was actually announced</a> <small>(Mar 13, 2024)</small></li>
<li><a href="/2024/02/02/water-permits.html">The water permit fight, explained</a> <small>(Feb 2, 2024)</small></li>
<li><a href="/2023/11/20/musk-quotes.html">A: “Competition is good for customers.” Ten Musk quotes about China, checked</a> <small>(Nov 20, 2023)</small></li>
</ul></div>
  </div>
</main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>
  <div class="wrapper">
    <div class="footer-col-wrapper">
      <div class="footer-col"><p class="feed-subscribe"><a href="https://shopfloornotes.github.io/feed.xml"><span>Subscribe</span></a></p></div>
      <div class="footer-col"><p>Lukas Brandt writes about car factories in Europe. Opinions are my own.</p><ul class="social-media-list"><li><a rel="me" href="https://mastodon.social/@lbrandt" target="_blank" title="mastodon">mastodon</a></li><li><a rel="me" href="https://github.com/lbrandt" target="_blank" title="github">github</a></li></ul></div>
    </div>
  </div>
</footer>
</body>
</html>
"""
    return save('jekyll_press_scrum_qa', page,
                "Jekyll (minima) blog post with a press scrum as 'Q:'/'A:' bold labels in <p>; the intro says answers are Elon Musk's unless marked otherwise; one answer is labelled 'A (Jana Kühn, plant manager):' and is NOT his; related-post title beginning 'A: …' is not a turn",
                "Notes from the Shop Floor", turns,
                ["Q (Reuters):", "Q:", "Q (Handelsblatt):", "A (Jana Kühn, plant manager):"])


# ---------------------------------------------------------------- 20 Acast, Errol Musk trap (no Elon turns)
def acast_errol():
    turns = [
        T('Gemma Reid', None, "Welcome to Family Business. My guest today is Errol Musk, engineer, property developer, and, as you all know, the father of Elon Musk. Errol, thank you for joining me from Pretoria."),
        T('Errol Musk', None, "Thank you, Gemma. It's a pleasure."),
        T('Gemma Reid', None, "Let's start at the beginning. What was Elon like as a boy?"),
        T('Musk', None, "Very quiet, always reading. He would read anything. If you asked him a question, he would go away and come back an hour later with the answer and about ten other facts you didn't ask for."),
        T('Gemma Reid', None, "Is it true he sold a video game he wrote when he was twelve?"),
        T('Musk', None, "Yes, Blastar. He sold it to a magazine for five hundred dollars. He came to me and said, “Dad, I sold the game.” I said, “Which game?” That was Elon."),
        T('Gemma Reid', None, "Your son spends a lot of time in China these days, with the Shanghai factory. Have you been?"),
        T('Musk', None, "I have not been to the factory. Elon told me once, “Dad, the people in Shanghai work harder than anyone.” I believe him. The Chinese are very practical people."),
        T('Gemma Reid', None, "How often do you two speak?"),
        T('Musk', None, "Not often. He's very busy. Sometimes months go by."),
        T('Gemma Reid', None, "Errol Musk, thank you."),
        T('Musk', None, "Thank you."),
    ]
    body = "\n".join(f"<p><strong>{E(t.spk)}:</strong> {E(t.paras[0])}</p>" for t in turns)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 88: Errol Musk on raising Elon | Family Business | Acast</title>
<meta name="description" content="Errol Musk, father of Elon Musk, on raising a future billionaire, Pretoria in the 1980s, and why he rarely speaks to his son.">
<meta property="og:title" content="Ep. 88: Errol Musk on raising Elon">
<meta property="og:site_name" content="Acast">
<meta property="og:audio" content="https://sphinx.acast.com/p/open/s/5f2a9b/e/64c1d7/media.mp3">
<link rel="canonical" href="https://shows.acast.com/family-business/episodes/ep-88-errol-musk-on-raising-elon">
<link rel="stylesheet" href="https://shows.acast.com/_next/static/css/7b1e2c3d4a5f.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 88: Errol Musk on raising Elon","datePublished":"2024-07-02","description":"Errol Musk, father of Elon Musk, on raising a future billionaire.","partOfSeries":{{"@type":"PodcastSeries","name":"Family Business"}},"actor":[{{"@type":"Person","name":"Errol Musk"}},{{"@type":"Person","name":"Gemma Reid"}}]}}</script>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"show":{{"title":"Family Business","alias":"family-business"}},"episode":{{"title":"Ep. 88: Errol Musk on raising Elon","duration":2712}}}}}},"page":"/[showId]/episodes/[episodeId]","buildId":"acast-shows-3.41.0"}}</script>
</head>
<body>
<div id="__next">
<div class="consent-banner" role="dialog" aria-label="Privacy"><p>Acast and its partners use cookies and similar technologies to personalise ads and measure performance. <a href="https://www.acast.com/privacy">Privacy Policy</a></p><button>Accept all</button> <button>Manage settings</button></div>
<header class="ShowHeader"><a class="ShowHeader__cover" href="https://shows.acast.com/family-business"><img src="https://assets.pippa.io/shows/5f2a9b/cover.jpg" alt="Family Business"></a><div><h2 class="ShowHeader__title"><a href="https://shows.acast.com/family-business">Family Business</a></h2><p class="ShowHeader__author">Gemma Reid</p><nav class="ShowHeader__nav"><a href="https://shows.acast.com/family-business">Episodes</a> <a href="https://shows.acast.com/family-business/about">About</a> <a href="https://plus.acast.com/s/family-business">Support the show</a></nav></div></header>
<main class="EpisodePage">
  <h1 class="EpisodePage__title">Ep. 88: Errol Musk on raising Elon</h1>
  <div class="EpisodePage__meta"><span>Tuesday, July 2, 2024</span> · <span>45:12</span> · <span>Season 4, Episode 88</span></div>
  <div class="Player"><iframe src="https://embed.acast.com/family-business/ep-88-errol-musk-on-raising-elon" frameborder="0" width="100%" height="190px" allow="autoplay"></iframe></div>
  <div class="EpisodePage__description">
    <p>Errol Musk has been talked about far more than he has talked. Gemma sits down with Elon Musk’s father to hear about Pretoria in the 1980s, the computer that started it all, and what it is like to watch your son become the most talked-about businessman on Earth.</p>
    <p><strong>In this episode</strong></p>
    <ul>
      <li>02:10 — Elon Musk: the early years</li>
      <li>09:45 — Blastar and the first sale</li>
      <li>21:30 — Shanghai, Tesla and China</li>
      <li>38:02 — Father and son today</li>
    </ul>
    <p>Elon Musk did not take part in this episode and was not asked to comment.</p>
    <p>Hosted on Acast. See <a href="https://acast.com/privacy">acast.com/privacy</a> for more information.</p>
  </div>
  <section class="Transcript">
    <h2>Transcript</h2>
    <p class="Transcript__note">This transcript was generated automatically and edited by the Family Business team.</p>
{body}
  </section>
  <section class="MoreEpisodes"><h3>More episodes</h3><ul>
    <li><a href="https://shows.acast.com/family-business/episodes/ep-87">Ep. 87: The Kennedys’ cousin who stayed out of politics</a></li>
    <li><a href="https://shows.acast.com/family-business/episodes/ep-86">Ep. 86: Growing up a Murdoch</a></li>
    <li><a href="https://shows.acast.com/family-business/episodes/ep-61">Ep. 61: Maye Musk: “A woman makes a plan”</a></li>
  </ul></section>
</main>
<footer class="Footer"><a href="https://www.acast.com">Powered by Acast</a> · <a href="https://www.acast.com/privacy">Privacy</a> · <a href="https://www.acast.com/terms">Terms</a></footer>
</div>
<script src="https://shows.acast.com/_next/static/chunks/main-a1b2c3d4e5.js" defer></script>
</body>
</html>
"""
    return save('acast_errol_musk_trap', page,
                "Acast episode page, bold 'Name:' labels in <p>; TRAP: the guest is Errol Musk, introduced as 'Errol Musk' and then labelled 'Musk:' — a careful reader knows every 'Musk:' turn is Errol's; Elon Musk is discussed and quoted throughout but never speaks (turns: [])",
                "Family Business (Acast)", turns, ["Gemma Reid", "Errol Musk", "Musk"])


ALL = [tencent, hk_table, a11y, github, pre_archive, jekyll_qa, acast_errol]
