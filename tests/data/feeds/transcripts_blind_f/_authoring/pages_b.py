from common import *

# 5. Earnings call on a stock-analysis site: label line w/ role, text below; analyst quotes Musk
def earnings():
    T = [
    ("Operator", None, ["Good afternoon, everyone, and welcome to Tesla's First Quarter 2026 Q&A Webcast. I'll now turn the call over to Travis Axelrod, Head of Investor Relations."], False),
    ("Travis Axelrod", None, ["Thank you, and good afternoon. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. Elon will open with some remarks."], False),
    ("Elon Musk", None, ["Thanks, Travis. So, Q1 was a challenging quarter, as expected, with the Model Y changeover across all four factories.", "That said, we made great progress on autonomy. Robotaxi is now operating in several cities and the safety data continues to improve.", "On Optimus, we're ramping the pilot line in Fremont and expect to build a few thousand this year."], True),
    ("Vaibhav Taneja", None, ["Thank you, Elon. Total revenue was $19.3 billion, down 9% year over year. Tariff impact was more pronounced on our energy business, given cells sourced from China."], False),
    ("Travis Axelrod", None, ["Great. Now let's go to analyst questions. Operator?"], False),
    ("Operator", None, ["Our first question comes from Ryan Brinkman with JPMorgan."], False),
    ("Ryan Brinkman", None, ["Thanks for taking my question. Elon, last year you said, quote, \"we expect to be widely doing paid rides in the second half,\" end quote. How many vehicles are in the fleet today?"], False),
    ("Elon Musk", None, ["We're at a few hundred vehicles now and I think we'll be in the thousands by year-end. The constraint is not the cars, it's validation in each new city."], True),
    ("Operator", None, ["Our next question comes from Colin Rusch with Oppenheimer."], False),
    ("Colin Rusch", None, ["On tariffs, how are you thinking about LFP cell sourcing for Megapack?"], False),
    ("Vaibhav Taneja", None, ["We're accelerating our non-China supply chain. It'll take a few quarters."], False),
    ("Elon Musk", None, ["Yeah, and just to add, the LFP line in Nevada should start production later this year. That helps a lot."], True),
    ("Colin Rusch", None, ["Thank you."], False),
    ("Operator", None, ["Our final question comes from Adam Jonas with Morgan Stanley."], False),
    ("Adam Jonas", None, ["Elon, how much time will you be spending at Tesla going forward?"], False),
    ("Elon Musk", None, ["Significantly more. Starting next month my time at DOGE will drop a lot. I'll be spending most of my time at Tesla."], True),
    ("Travis Axelrod", None, ["That's all the time we have. Thank you everyone."], False),
    ]
    roles = {"Operator": "", "Travis Axelrod": "Head of Investor Relations", "Elon Musk": "Chief Executive Officer", "Vaibhav Taneja": "Chief Financial Officer",
             "Ryan Brinkman": "JPMorgan Chase &amp; Co.", "Colin Rusch": "Oppenheimer &amp; Co. Inc.", "Adam Jonas": "Morgan Stanley"}
    parts = []
    for l, s, p, m in T:
        r = roles[l]
        lab = f'<p class="speaker"><strong>{E(l)}</strong>' + (f' -- <em>{r}</em>' if r else "") + "</p>"
        parts.append(lab + "".join(f"<p>{E(x)}</p>" for x in p))
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | The Motley Investor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Motley Investor Transcribing">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q1 2026 Earnings Call Transcript","datePublished":"2026-04-22T22:41:00Z"}}</script>
<link rel="stylesheet" href="/static/css/article.8f1c.css">
</head><body>
<header class="top-nav"><a class="brand" href="/">The Motley Investor</a><nav><a href="/stock-market">Stock Market</a> <a href="/earnings/call-transcripts">Earnings Call Transcripts</a> <a href="/retirement">Retirement</a> <a href="/premium">Premium</a></nav></header>
<main><article class="article">
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<div class="ticker-box"><span class="ticker">NASDAQ: TSLA</span> <span class="price">$241.37</span> <span class="change down">-1.8%</span></div>
<p class="byline">By Motley Investor Transcribing – Apr 22, 2026 at 10:41PM</p>
<div class="article-body">
<p><strong>Image source: The Motley Investor.</strong></p>
<h2>TSLA earnings call for the period ending March 31, 2026.</h2>
<h2>Call participants</h2>
<ul><li>Travis Axelrod -- Head of Investor Relations</li><li>Elon Musk -- Chief Executive Officer</li><li>Vaibhav Taneja -- Chief Financial Officer</li></ul>
<div class="promo">Should you invest $1,000 in Tesla right now? <a href="/premium/offer">See the 10 stocks our analysts like better</a></div>
<h2>Prepared Remarks and Q&amp;A:</h2>
{"".join(parts)}
<p><strong>Duration: 0 minutes</strong></p>
<p class="disclaimer">This article is a transcript of this conference call produced for The Motley Investor. While we strive for our Foolish Best, there may be errors, omissions, or inaccuracies in this transcript.</p>
</div></article>
<aside class="sidebar"><h3>Related articles</h3><ul><li><a href="/2026/04/23/tesla-robotaxi-numbers">Tesla's Robotaxi numbers: what investors should know</a></li><li><a href="/2026/04/21/byd-q1">BYD outsold Tesla again. Does it matter?</a></li></ul></aside></main>
<footer><p>© 1995 – 2026 The Motley Investor Holdings Inc. All rights reserved.</p></footer>
</body></html>"""
    write("earnings_call", h, expected(T, "Earnings-call transcript: label paragraph '<strong>Name</strong> -- <em>Role</em>' then text paragraphs below (multiple paragraphs = one turn); no times; analyst quotes Musk inside his own question", "The Motley Investor — TSLA Q1 2026 call", others_of(T)))

# 6. Reddit-style thread: pasted transcript in <pre> with [hh:mm:ss] Name: text; Musk-like usernames in replies
def reddit():
    T = [
    ("Lex", 62, ["So you said Grok 5 will be trained on the Colossus 2 cluster. How big is that?"], False),
    ("Elon", 68, ["It's going to be the first gigawatt-scale training cluster. Roughly a million GPUs equivalent when it's fully built out."], True),
    ("Lex", 81, ["Where does the power come from?"], False),
    ("Elon", 84, ["Mostly gas turbines and Megapacks at first. The grid can't deliver that much power that fast. Honestly power and transformers are the limiting factor now, not chips."], True),
    ("Lex", 112, ["Do you worry about China catching up?"], False),
    ("Elon", 115, ["China is going to have way more power than the US. Their electricity output is growing incredibly fast. So yes, if the US doesn't build power, it'll fall behind."], True),
    ("Lex", 140, ["Yeah."], False),
    ("Elon", 141, ["Right."], True),
    ("Lex", 143, ["What's your probability of AI going well?"], False),
    ("Elon", 147, ["I'd say 80% good, 20% bad. Maybe that's optimistic."], True),
    ]
    pre = "\n".join(f"[{hms(s)}] {l}: {p[0]}" for l, s, p, m in T)
    comments = [
    ("ElonMuskFan2008", "412", "Elon: \"power and transformers are the limiting factor now\" — this is the most important line of the whole episode tbh"),
    ("elon_musk_official_real", "-23", "I can confirm I said this. Buy my coin."),
    ("gridnerd", "188", "Transformer lead times are 3+ years right now. He's not wrong."),
    ("not_elonmusk", "97", "80/20 is the same number he gave two years ago lol"),
    ]
    cm = "\n".join(f'<div class="comment" data-author="{E(a)}"><p class="tagline"><a class="author" href="/user/{E(a)}">{E(a)}</a> <span class="score">{sc} points</span> · 6h</p><div class="md"><p>{E(t)}</p></div><ul class="flat-list"><li><a href="#">reply</a></li><li><a href="#">share</a></li></ul></div>' for a, sc, t in comments)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Transcript excerpt: Elon on Colossus 2 and power (Lex Fridman #512) : r/teslainvestorsclub</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.redditstatic.com/old-reddit/reddit.abc123.css">
<script>var r = {{"config": {{"logged": false, "cur_listing": "teslainvestorsclub"}}}};</script>
</head><body class="listing-page comments-page">
<div id="header"><a id="header-img" href="/">reddit</a> <span class="pagename"><a href="/r/teslainvestorsclub/">teslainvestorsclub</a></span>
<div class="tabmenu"><a href="/r/teslainvestorsclub/hot">hot</a> <a href="/r/teslainvestorsclub/new">new</a> <a href="/r/teslainvestorsclub/top">top</a></div></div>
<div class="side"><div class="titlebox"><h1>r/teslainvestorsclub</h1><p>Discussion of Tesla as an investment. Be civil.</p><p>218k readers</p></div></div>
<div class="content" role="main">
<div class="thing link self" data-author="cellsandmodules">
<p class="title"><a class="title" href="#">Transcript excerpt: Elon on Colossus 2 and power (Lex Fridman #512)</a> <span class="linkflair">Media</span></p>
<p class="tagline">submitted 7 hours ago by <a class="author" href="/user/cellsandmodules">cellsandmodules</a></p>
<div class="expando"><div class="usertext-body"><div class="md">
<p>I transcribed the bit from about the one-minute mark because the auto captions were garbage. Timestamps are from the YouTube upload.</p>
<pre><code>{E(pre)}
</code></pre>
<p>Edit: fixed a couple of typos. Thanks for the gold, kind stranger.</p>
</div></div></div>
<ul class="flat-list buttons"><li><a href="#">214 comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li></ul></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 214 comments</span> sorted by: <a href="#">best</a></div>
{cm}
</div></div>
<div class="footer-parent"><p>Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.</p></div>
</body></html>"""
    write("reddit_pre", h, expected(T, "Reddit-style self post; user pasted transcript in <pre><code>, lines '[hh:mm:ss] Name: text' with label 'Elon'; comments by users with Musk-like usernames quoting him (not turns); one-word turns", "r/teslainvestorsclub (Lex Fridman excerpt)", others_of(T)))

# 7. Bilibili-like 字幕 page: cue list with data attributes, 【】 labels
def bilibili():
    T = [
    ("主持人", 3, ["欢迎马斯克先生来到上海。这次您来中国，最想谈的是什么？"], False),
    ("马斯克", 9, ["谢谢，很高兴再次来到上海。我想谈的是超级工厂和储能，这两个都很重要。"], True),
    ("主持人", 21, ["上海超级工厂现在一年交付多少辆车？"], False),
    ("马斯克", 25, ["大约九十五万辆。上海团队非常出色，速度非常快，质量也很高。"], True),
    ("主持人", 40, ["新的储能超级工厂呢？"], False),
    ("马斯克", 43, ["Megapack工厂已经投产了，第一批产品已经出口。中国的供应链能力是世界一流的。", "我们希望每年生产一万台Megapack。"], True),
    ("主持人", 66, ["很多观众关心FSD什么时候在中国推出。"], False),
    ("马斯克", 71, ["我们正在和监管部门沟通，希望尽快。但是需要遵守中国的数据法规。"], True),
    ("主持人", 88, ["最后，您对中国年轻工程师有什么建议？"], False),
    ("马斯克", 93, ["努力工作，专注于物理第一性原理。不要怕失败。"], True),
    ("主持人", 104, ["谢谢马斯克先生！"], False),
    ]
    cues = []
    for l, s, p, m in T:
        for i, x in enumerate(p):
            lab = f'<span class="spk">【{l}】</span>' if i == 0 else ""
            st = s if i == 0 else s + 6
            cues.append(f'<li class="subtitle-item" data-start="{st}.000" data-end="{st+5}.400"><span class="subtitle-time">{ms(st)}</span><span class="subtitle-text">{lab}{E(x)}</span></li>')
    h = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【中英字幕】马斯克上海专访：超级工厂、储能与FSD_哔哩哔哩_bilibili</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,储能,Megapack,FSD">
<meta name="description" content="马斯克接受专访，谈上海超级工厂、储能工厂以及FSD入华。">
<link rel="stylesheet" href="//s1.hdslb.com/bfs/static/jinkela/video/css/video.0.f3b1.css">
<script>window.__INITIAL_STATE__={{"aid":113845,"bvid":"BV1Xk4y1M7aa","videoData":{{"title":"马斯克上海专访"}}}};</script>
</head><body>
<div id="biliMainHeader"><ul class="left-entry"><li><a href="//www.bilibili.com">首页</a></li><li><a href="//www.bilibili.com/anime">番剧</a></li><li><a href="//live.bilibili.com">直播</a></li><li><a href="//game.bilibili.com">游戏中心</a></li></ul><div class="center-search"><input placeholder="搜索"></div></div>
<div class="video-container-v1"><div class="left-container">
<h1 class="video-title">【中英字幕】马斯克上海专访：超级工厂、储能与FSD</h1>
<div class="video-info-detail"><span class="view">38.2万播放</span> · <span class="dm">1426弹幕</span> · <span class="pubdate">2026-05-14 19:02:11</span></div>
<div id="bilibili-player" class="bpx-player-container"><video src="" preload="none"></video></div>
<div class="video-toolbar"><span>点赞 2.1万</span><span>投币 8731</span><span>收藏 1.2万</span><span>分享</span></div>
<div class="video-desc"><p>本视频字幕由UP主人工校对。转载请注明出处。</p></div>
<div class="subtitle-panel"><div class="subtitle-header">字幕列表 <span class="lang">中文（自动生成·已校对）</span></div>
<ul class="subtitle-list">
{chr(10).join(cues)}
</ul></div>
<div class="reply-list"><h3>评论 1426</h3>
<div class="reply-item"><a class="user-name">马斯克的火箭</a><p class="reply-content">马斯克：我们希望每年生产一万台Megapack。这句太关键了</p></div>
<div class="reply-item"><a class="user-name">储能老张</a><p class="reply-content">上海速度名不虚传</p></div></div>
</div>
<div class="right-container"><div class="up-info"><a class="up-name">科技字幕组</a><p>粉丝 52.3万</p></div>
<div class="rec-list"><h3>相关推荐</h3><ul><li><a href="/video/BV1aa">比亚迪王传福谈出海</a></li><li><a href="/video/BV1bb">宁德时代钠离子电池发布会全程</a></li><li><a href="/video/BV1cc">SpaceX星舰第十次试飞 中文解说</a></li></ul></div></div></div>
<div class="international-footer"><p>bilibili 哔哩哔哩 · 沪ICP备13002172号-3 · 营业执照</p></div>
</body></html>"""
    write("bilibili_subtitles", h, expected(T, "Chinese video-site 字幕 panel: <li> cues with data-start/data-end; first cue of a turn has 【名字】 label, follow-on cues unlabelled (same turn); mm:ss shown", "bilibili 科技字幕组", others_of(T)))

# 8. Weibo 头条文章: 问/答 where intro says 答 = 马斯克; commenters with Musk-like names
def weibo():
    T = [
    ("问", None, ["您如何看待中国电动车企业的竞争？"], False),
    ("答", None, ["中国车企是全世界最有竞争力的。如果没有贸易壁垒，它们会打败大部分其他国家的车企。"], True),
    ("问", None, ["特斯拉在中国的价格战中怎么应对？"], False),
    ("答", None, ["我们专注于降低成本和提升自动驾驶。价格不是唯一的因素。", "长期来看，自动驾驶的价值会远远超过车本身。"], True),
    ("问", None, ["关税对特斯拉有多大影响？"], False),
    ("答", None, ["影响是有的，尤其是零部件。但特斯拉本地化程度很高，所以比别人好一些。"], True),
    ("问", None, ["星舰什么时候能去火星？"], False),
    ("答", None, ["如果顺利的话，下一个窗口期会发射无人星舰。"], True),
    ("问", None, ["您会再来中国吗？"], False),
    ("答", None, ["当然。"], True),
    ]
    body = "\n".join(f'<p><strong>{l}：</strong>{E(p[0])}</p>' + "".join(f"<p>{E(x)}</p>" for x in p[1:]) for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>独家专访马斯克：中国车企是全世界最有竞争力的 - 微博</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://h5.sinaimg.cn/m/weibo-lite/css/article.4b2e.css">
<script>var $CONFIG = {{}}; $CONFIG['oid'] = '2803301701'; $CONFIG['lang'] = 'zh-cn';</script>
</head><body>
<div class="WB_global_nav"><a class="logo" href="https://weibo.com">微博</a><ul><li><a href="https://weibo.com">首页</a></li><li><a href="https://weibo.com/hot">热门</a></li><li><a href="https://s.weibo.com">搜索</a></li></ul></div>
<div class="WB_artical"><div class="main_editor">
<div class="title">独家专访马斯克：中国车企是全世界最有竞争力的</div>
<div class="art_info"><a class="S_txt1" href="/u/2803301701">汽车科技观察</a> <span class="time">2026-06-02 08:30</span> 阅读 128万</div>
<div class="WB_editor_iframe_new">
<p>编者按：本文整理自我们对特斯拉CEO埃隆·马斯克的视频专访。以下“问”为本号记者提问，“答”均为马斯克本人回答，经翻译整理，有删节。</p>
<p><img src="https://wx1.sinaimg.cn/large/musk_interview.jpg" alt="马斯克接受采访"></p>
{body}
<p>（完）</p>
<p>本文为汽车科技观察原创，转载请私信授权。</p>
</div></div>
<div class="WB_feed_handle"><ul><li>转发 3421</li><li>评论 5893</li><li>赞 4.6万</li></ul></div>
<div class="WB_feed_repeat"><div class="list_box">
<div class="list_li"><a class="W_f14" href="/u/10001">埃隆马斯克粉丝团</a>：答：当然。——这两个字就够了[心]</div>
<div class="list_li"><a class="W_f14" href="/u/10002">马斯克本斯克</a>：中国车企最有竞争力，这话说得实在</div>
<div class="list_li"><a class="W_f14" href="/u/10003">电池小王子</a>：关税那段回答有点避重就轻</div>
</div></div></div>
<div class="WB_frame_b"><div class="W_gotop"><a href="#">返回顶部</a></div>
<div class="related_art"><h4>相关文章</h4><ul><li><a href="/ttarticle/p/show?id=2309405001">特斯拉上海超级工厂第300万辆整车下线</a></li><li><a href="/ttarticle/p/show?id=2309405002">关税之下，中国电池企业如何出海？</a></li><li><a href="/ttarticle/p/show?id=2309405003">星舰第十一次试飞：助推器再次被“筷子”夹住</a></li><li><a href="/ttarticle/p/show?id=2309405004">比亚迪、小米、理想：2026年智驾格局</a></li></ul></div>
<div class="author_card"><a href="/u/2803301701">汽车科技观察</a><p>知名汽车博主 · 头条文章作者 · 粉丝 312万</p><button>+关注</button></div></div>
<div class="WB_footer"><p>© 2026 微博 Weibo Corporation · 京ICP证100780号</p></div>
</body></html>"""
    write("weibo_article", h, expected(T, "微博头条文章 Q&A: <p><strong>问：</strong>…</p> / <p><strong>答：</strong>…</p>; 编者按 says all 答 are 马斯克; continuation paragraphs unlabelled; commenters with Musk-like names quoting him (not turns)", "微博 汽车科技观察", ["问"]))

for f in (earnings, reddit, bilibili, weibo): f()
