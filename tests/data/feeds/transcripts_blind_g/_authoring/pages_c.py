from lib import *

# ---------- 9. Mainland Chinese media: translation + English original ----------
def p9():
    H = 'host'
    T = [
     (H, 62, ["欢迎马斯克先生做客我们的节目。特斯拉上海超级工厂今年交付量再创新高，您怎么看中国市场？", "Welcome, Mr. Musk. The Shanghai Gigafactory set another delivery record this year. How do you see the China market?"]),
     (M, 74, ["中国市场非常重要，竞争也非常激烈。上海工厂的团队非常出色，他们的效率是世界一流的。", "The China market is extremely important and extremely competitive. The team at Giga Shanghai is outstanding; their efficiency is world-class."]),
     (H, 97, ["很多中国车企在价格上非常有优势，特斯拉会继续降价吗？", "Many Chinese automakers have a big price advantage. Will Tesla keep cutting prices?"]),
     (M, 106, ["我们会持续降低成本。价格取决于成本，成本取决于制造工艺的改进。", "We will keep reducing cost. Price follows cost, and cost follows improvements in manufacturing."]),
     (H, 128, ["关于FSD在中国落地，有什么最新进展？", "What is the latest on bringing FSD to China?"]),
     (M, 135, ["我们正在与监管部门密切沟通，希望尽快获得批准。数据安全是首要考虑，所有数据都存储在中国境内。", "We are in close communication with regulators and hope for approval soon. Data security is the top priority; all data is stored in China."]),
     (H, 171, ["最后一个问题，您对中国年轻工程师有什么建议？", "Last question: any advice for young Chinese engineers?"]),
     (M, 178, ["从第一性原理出发思考问题，努力工作，并且要做对别人有用的事情。", "Think from first principles, work hard, and build things that are useful to others."]),
    ]
    body = []
    for spk, t, (zh, en) in T:
        zl, el = ('马斯克', 'Elon Musk') if spk == M else ('主持人', 'Host')
        body.append(f'''<div class="qa-item">
  <p class="zh"><span class="time">[{hms(t)}]</span> <strong>{zl}：</strong>{E(zh)}</p>
  <p class="en-orig"><em>{el}: {E(en)}</em></p>
</div>''')
    TT = [(s, t, [p[0]]) for s, t, p in T]
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>独家专访马斯克：中国市场竞争激烈，FSD入华正与监管密切沟通_华夏财经网</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,FSD,专访">
<meta name="description" content="华夏财经网独家专访特斯拉CEO埃隆·马斯克，谈中国市场、降价与FSD入华。附英文原文。">
<link rel="stylesheet" href="//static.hxcjw.cn/css/article_v3.css">
<script src="//static.hxcjw.cn/js/jquery-1.12.4.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?4e1c0d3a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="//www.hxcjw.cn/">华夏财经网首页</a> | <a href="//app.hxcjw.cn/">下载客户端</a> | <a href="//passport.hxcjw.cn/login">登录</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="//static.hxcjw.cn/img/logo.png" alt="华夏财经网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/finance/">财经</a></li><li><a href="/auto/">汽车</a></li><li><a href="/tech/">科技</a></li><li><a href="/video/">视频</a></li><li><a href="/interview/">高端访谈</a></li></ul></div>
<div class="main w1200 clearfix">
<div class="article-left">
  <div class="crumbs"><a href="/">首页</a> &gt; <a href="/auto/">汽车</a> &gt; 正文</div>
  <h1 class="article-title">独家专访马斯克：中国市场竞争激烈，FSD入华正与监管密切沟通</h1>
  <div class="article-info"><span class="date">2026-11-24 09:32</span> <span class="source">来源：华夏财经网</span> <span class="author">记者：林晓雯</span></div>
  <div class="article-summary"><b>摘要：</b>马斯克：“中国市场非常重要，竞争也非常激烈。”特斯拉CEO在专访中谈到上海工厂、降价策略与FSD入华进展。</div>
  <div class="article-content">
    <p>本报记者在上海对特斯拉首席执行官埃隆·马斯克进行了视频专访。以下为访谈实录，中文为本报编译，并附英文原文，时间码对应视频。</p>
{chr(10).join(body)}
    <p class="editor">（本文由华夏财经网编译，责任编辑：王磊）</p>
  </div>
  <div class="article-tags">标签：<a href="/tag/马斯克">马斯克</a> <a href="/tag/特斯拉">特斯拉</a> <a href="/tag/FSD">FSD</a></div>
  <div class="related"><h3>相关阅读</h3><ul><li><a href="#">特斯拉上海超级工厂第300万辆整车下线</a></li><li><a href="#">马斯克：“电池回收将成为巨大产业”</a></li><li><a href="#">新能源车出口关税调整解读</a></li></ul></div>
</div>
<div class="article-right"><div class="hot-list"><h3>24小时热榜</h3><ol><li><a href="#">11月乘用车零售数据出炉</a></li><li><a href="#">固态电池量产时间表曝光</a></li><li><a href="#">央行：保持流动性合理充裕</a></li></ol></div></div>
</div>
<div class="footer"><p>Copyright © 2026 华夏财经网 版权所有 京ICP备12345678号-1 京公网安备 11010502000000号</p><p>违法和不良信息举报电话：010-55550000</p></div>
</body>
</html>
'''
    write('g09_cn_translation_bilingual', page, 'Simplified Chinese Q&A: each turn a Chinese paragraph "[hh:mm:ss] <strong>马斯克：</strong>…" followed by italic English original "Elon Musk: …" (same turn)',
          '华夏财经网 高端访谈', gold(TT, zh=True), ['主持人', 'Host'])

# ---------- 10. Taiwan traditional Chinese, times after text ----------
def p10():
    H = '主持人'
    T = [
     (H, 35, ["馬斯克先生，歡迎來到我們的節目。台灣是全球半導體的重鎮，您怎麼看台灣在AI時代的角色？"]),
     (M, 48, ["台灣非常關鍵。幾乎所有最先進的AI晶片都是在台灣製造的，這是全世界都要面對的現實。"]),
     (H, 70, ["您之前曾說過「算力就是新的石油」，現在還這麼認為嗎？"]),
     (M, 82, ["是的，甚至更加如此。訓練AI需要的算力每年都在大幅成長。", "而且電力也會成為瓶頸，變壓器和電網都跟不上。"]),
     (H, 118, ["特斯拉會在台灣設廠嗎？"]),
     (M, 124, ["目前沒有這個計畫，但我們和很多台灣供應商合作得非常好。"]),
     (H, 139, ["最後請您對台灣的觀眾說幾句話。"]),
     (M, 146, ["謝謝大家！台灣的工程師非常優秀，繼續加油。"]),
    ]
    body = []
    for spk, t, paras in T:
        lab = '馬斯克' if spk == M else H
        cls = 'guest' if spk == M else 'host'
        ps = [f'<p>{E(p)}</p>' for p in paras]
        ps[-1] = ps[-1][:-4] + f'<span class="tc">（{hms(t)}）</span></p>'
        body.append(f'<div class="dialog {cls}"><h4 class="who">{lab}</h4>{"".join(ps)}</div>')
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【全文逐字稿】馬斯克專訪：台灣在AI時代非常關鍵 | 科技島新聞</title>
<meta name="description" content="馬斯克接受科技島新聞專訪，談台灣半導體、AI算力與電力瓶頸。逐字稿全文。">
<meta property="og:locale" content="zh_TW">
<link rel="stylesheet" href="https://cdn.techisland.tw/assets/css/app.css?v=20261120">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<style>.tc{{color:#888;font-size:.85em;margin-left:.5em}}.dialog .who{{margin:1.2em 0 .3em;color:#c0392b}}</style>
</head>
<body>
<header class="ti-header"><a class="ti-logo" href="/">科技島新聞</a>
<nav><a href="/news">即時</a><a href="/semiconductor">半導體</a><a href="/ai">AI</a><a href="/ev">電動車</a><a href="/podcast">Podcast</a><a href="/column">專欄</a></nav></header>
<main class="ti-main">
<article class="ti-article">
  <div class="cat"><a href="/podcast">Podcast</a> ／ 逐字稿</div>
  <h1>【全文逐字稿】馬斯克專訪：台灣在AI時代非常關鍵</h1>
  <div class="meta">2026/11/19 20:05 · 文／陳怡君 · 節目：《科技島週報》第152集</div>
  <div class="lead"><p>本集《科技島週報》邀請到特斯拉與SpaceX執行長馬斯克（Elon Musk）以視訊方式受訪。以下逐字稿經編輯整理，括號內為該段落在節目音檔中的起始時間。</p></div>
  <iframe class="podcast-embed" src="https://player.techisland.tw/embed/152" width="100%" height="160" frameborder="0" title="科技島週報 EP152"></iframe>
  <section class="transcript">
{chr(10).join(body)}
  </section>
  <div class="tags"><a href="/tag/馬斯克">#馬斯克</a> <a href="/tag/半導體">#半導體</a> <a href="/tag/AI">#AI</a></div>
</article>
<aside class="ti-aside"><h3>熱門文章</h3><ul><li><a href="#">台積電先進封裝產能再擴</a></li><li><a href="#">電動車補助新制上路</a></li><li><a href="#">馬斯克的弟弟金博爾．馬斯克來台演講</a></li></ul>
<div class="ad" id="div-gpt-ad-side"></div></aside>
</main>
<footer class="ti-footer"><p>© 2026 科技島新聞 TechIsland News. 版權所有，轉載請註明出處。</p><p><a href="/about">關於我們</a> ｜ <a href="/privacy">隱私權政策</a></p></footer>
</body>
</html>
'''
    write('g10_tw_traditional_chinese', page, 'Traditional Chinese: <div> per turn with <h4> speaker (馬斯克/主持人), paragraphs, start time （hh:mm:ss） after the turn text',
          '科技島週報', gold(T, zh=True), ['主持人'])

# ---------- 11. HK media trap: Errol Musk, Elon never speaks ----------
def p11():
    R, EM = 'Harbour Post', 'Errol Musk'
    T = [
     (R, None, ["Mr Musk, thank you for meeting us in Hong Kong. What brings you here?"]),
     (EM, None, ["Business, mostly. I have some mining interests and I'm talking to investors. And I like the food."]),
     (R, None, ["How often do you speak with your son Elon?"]),
     (EM, None, ["Not as often as a father would like. He is very busy. The last time we spoke he told me, \"Dad, I'm sleeping at the factory again.\" That is Elon. He has always been like that.",
                 "Even as a boy he read the encyclopaedia from start to finish."]),
     (R, None, ["Elon has said China's EV makers are the most competitive in the world. Do you agree?"]),
     (EM, None, ["I'm not an expert on cars. But I have been to Shenzhen and the speed of building is incredible. So yes, I would agree with him."]),
     (R, None, ["Do you think he should spend less time on politics?"]),
     (EM, None, ["That's his business. He's a grown man."]),
    ]
    body = []
    for spk, t, paras in T:
        lab = 'Harbour Post:' if spk == R else 'Errol Musk:'
        body.append(f'<p><span class="qa-label">{lab}</span> {E(paras[0])}</p>')
        for p in paras[1:]:
            body.append(f'<p>{E(p)}</p>')
    page = f'''<!DOCTYPE html>
<html lang="en-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Errol Musk on his son Elon, Shenzhen and Hong Kong dim sum | Harbour Post 海港郵報</title>
<meta name="description" content="The father of the world's richest man talks about family, business and China in an exclusive interview.">
<meta property="og:site_name" content="Harbour Post">
<link rel="stylesheet" href="https://static.harbourpost.hk/css/main.b81c.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Errol Musk on his son Elon, Shenzhen and Hong Kong dim sum","author":{{"@type":"Person","name":"Vivian Chan"}}}}</script>
</head>
<body>
<header class="hp-header"><div class="hp-logo"><a href="/">Harbour Post <span lang="zh-HK">海港郵報</span></a></div>
<nav class="hp-nav"><a href="/hong-kong">Hong Kong</a> <a href="/china">China</a> <a href="/asia">Asia</a> <a href="/business">Business</a> <a href="/tech">Tech</a> <a href="/lifestyle">Lifestyle</a> <a href="/zh">中文版</a></nav></header>
<main>
<article class="hp-article">
  <p class="hp-kicker">Exclusive | Interview</p>
  <h1>Errol Musk on his son Elon, Shenzhen and Hong Kong dim sum</h1>
  <p class="hp-sub">The father of Tesla's chief executive says he does not speak to his son as often as he would like</p>
  <p class="hp-byline">Vivian Chan · Published: 8:30am, 23 Nov 2026</p>
  <figure><img src="https://img.harbourpost.hk/errol-musk-central.jpg" alt="Errol Musk in Central"><figcaption>Errol Musk, 80, in Central on Saturday. Photo: Harbour Post</figcaption></figure>
  <p>Errol Musk, the South African engineer and father of Elon Musk, sat down with the Harbour Post at a hotel in Central. The interview has been condensed and edited for clarity.</p>
{chr(10).join(body)}
  <div class="hp-factbox"><h3>Musk family at a glance</h3><ul><li>Errol Musk – engineer and property developer</li><li>Maye Musk – model and dietitian</li><li>Elon Musk – CEO of Tesla and SpaceX</li><li>Kimbal Musk – restaurateur, Tesla board member</li></ul></div>
</article>
<aside class="hp-related"><h2>Related</h2><ul>
  <li><a href="/tech/elon-musk-china-ev">Elon Musk: ‘Chinese car companies are the most competitive in the world’</a></li>
  <li><a href="/business/tesla-shanghai-record">Tesla’s Shanghai plant posts record month</a></li>
  <li><a href="/lifestyle/maye-musk-hk-visit">Maye Musk on modelling at 78</a></li>
</ul></aside>
</main>
<footer class="hp-footer"><p>Copyright © 2026 Harbour Post Publishers Ltd. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms &amp; Conditions</a> · <a href="/contact">Contact us</a></p></footer>
</body>
</html>
'''
    write('g11_hk_trap_errol_musk', page, 'HK English-language newspaper Q&A with span labels "Harbour Post:" / "Errol Musk:"; Elon Musk is only quoted, never speaks; no times',
          'Harbour Post 海港郵報', gold(T), ['Harbour Post', 'Errol Musk'])

# ---------- 12. Newsletter with definition list, mm:ss > 60 minutes ----------
def p12():
    H = 'Sophie Lindqvist'
    T = [
     (H, 3581, ["Let's talk about energy. You've said Megapack could end up bigger than the car business. Really?"]),
     (M, 3592, ["In terms of gigawatt hours deployed, yes, eventually. Every grid in the world needs storage to use solar and wind effectively. The demand is basically unlimited."]),
     (H, 3623, ["What's limiting it now?"]),
     (M, 3626, ["Cell supply, and frankly permitting and interconnection. Utilities move slowly. Some interconnection queues are five years long, which is insane.",
                "The hardware isn't the hard part anymore."]),
     (H, 3671, ["And the AI data centre boom. Does that help?"]),
     (M, 3677, ["Massively. Data centres need power now, not in ten years. A Megapack installation can go in within months. We're seeing a lot of that demand."]),
     (H, 3720, ["Right."]),
     (M, 3722, ["And then you'll need transformers, which are on backorder everywhere. Someone should build a transformer company."]),
     (H, 3741, ["Maybe you should."]),
     (M, 3743, ["Maybe."]),
    ]
    body = []
    for spk, t, paras in T:
        name = 'Elon Musk' if spk == M else H
        mm, ss = t // 60, t % 60
        body.append(f'<dt><span class="who">{name}</span> <time datetime="PT{mm}M{ss}S">{mm}:{ss:02d}</time></dt>')
        body.append('<dd>' + ''.join(f'<p>{E(p)}</p>' for p in paras) + '</dd>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Grid Notes #97: "Someone should build a transformer company" — Elon Musk on storage</title>
<meta name="description" content="Part two of our conversation with Elon Musk, on Megapack, interconnection queues and AI data centres.">
<meta property="og:image" content="https://gridnotes.substack.com/img/97-cover.png">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = {{"post":{{"id":148812233,"slug":"elon-musk-storage","audience":"everyone"}}}};</script>
</head>
<body>
<div class="main-menu"><a class="navbar-title" href="/">Grid Notes</a> <a class="btn subscribe" href="/subscribe">Subscribe</a> <a href="/archive">Archive</a> <a href="/about">About</a></div>
<article class="post">
  <h1 class="post-title">"Someone should build a transformer company"</h1>
  <h3 class="subtitle">Elon Musk on Megapack, interconnection queues and the AI power crunch (part 2)</h3>
  <div class="post-meta">Sophie Lindqvist · Nov 27, 2026 · Paid subscribers get the audio</div>
  <div class="ai-summary"><h4>✨ AI summary</h4><p>Elon Musk: storage will eventually exceed cars in GWh terms. Interconnection queues and transformers are named as bottlenecks. Data-centre demand is accelerating Megapack orders.</p></div>
  <div class="body markup">
    <p>This is part two. <a href="/p/elon-musk-part-1">Part one is here.</a> Timestamps refer to the full 80-minute recording, so we pick up just before the one-hour mark.</p>
    <dl class="transcript">
{chr(10).join(body)}
    </dl>
    <p>That's it for this week. If you were forwarded this, <a href="/subscribe">subscribe here</a>.</p>
  </div>
  <div class="post-footer"><button class="like">♥ 412</button> <a href="#comments">58 comments</a> <button class="share">Share</button></div>
</article>
<section id="comments" class="comments">
  <div class="comment"><span class="comment-name">Kimbal M.</span> <p>Transformers lead times are brutal, can confirm from the utility side.</p></div>
  <div class="comment"><span class="comment-name">Ellen Musker</span> <p>"Someone should build a transformer company" – calling it now, he will.</p></div>
</section>
<footer class="footer">© 2026 Sophie Lindqvist · <a href="https://substack.com/privacy">Privacy</a> · <a href="https://substack.com/tos">Terms</a> · <a href="https://substack.com/ccpa">Collection notice</a><br>Substack is the home for great culture</footer>
</body>
</html>
'''
    write('g12_newsletter_dl', page, 'newsletter <dl>: <dt> speaker + <time> m:ss where minutes exceed 59 (e.g. 60:26), <dd> paragraphs; AI summary with "Elon Musk:" above',
          'Grid Notes (newsletter)', gold(T), [H])

if __name__ == '__main__':
    p9(); p10(); p11(); p12()
