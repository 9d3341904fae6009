from common import *

# ---------------------------------------------------------------- s05 simplified Chinese, bilingual table
def s05():
    him = {"埃隆·马斯克", "马斯克"}
    rows = [
     ("李然", "00:00:08", "欢迎来到《极客前沿》。今天我们很荣幸请到了埃隆·马斯克。||Welcome to GeekFront. Today we're honored to have Elon Musk with us."),
     ("埃隆·马斯克", "00:00:15", "谢谢邀请，很高兴来到这里。||Thanks for having me, great to be here."),
     ("李然", "00:00:20", "先聊机器人。擎天柱什么时候能真正进入家庭？||Let's start with robots. When will Optimus actually be in people's homes?"),
     ("马斯克", "00:00:27", "我觉得工厂会先用上，可能明年就会有几千台在我们自己的工厂里工作。家庭要晚一些，安全标准要高得多。||I think factories come first. Probably next year we'll have a few thousand of them working in our own factories. Homes come later; the safety bar is much higher."),
     ("李然", "00:01:40", "你曾经说过：“人形机器人会是有史以来最大的产品。”现在还这么认为吗？||You once said, \"Humanoid robots will be the biggest product ever.\" Do you still think so?"),
     ("马斯克", "00:01:49", "是的。||Yes."),
     ("李然", "00:01:50", "为什么？||Why?"),
     ("马斯克", "00:01:52", "因为每个人都会想要一个，甚至两个。地球上有八十亿人，这个数字很容易算。||Because everyone will want one, maybe two. There are eight billion people on Earth; the math is easy."),
     ("李然", "00:05:30", "聊聊中国市场。上海超级工厂对特斯拉意味着什么？||Let's talk about China. What does Giga Shanghai mean for Tesla?"),
     ("马斯克", "00:05:38", "上海工厂是我们效率最高的工厂之一。那里的团队非常拼，建设速度让人难以置信。||Giga Shanghai is one of our most efficient factories. The team there works incredibly hard, and the speed of construction was unbelievable."),
     ("", "00:06:20", "我们从破土动工到投产大概只用了一年时间，这在其他地方几乎不可能。||It took roughly a year from groundbreaking to production, which is almost impossible anywhere else."),
     ("李然", "00:08:02", "最后一个问题：给中国的年轻工程师一句建议？||Last question: one piece of advice for young engineers in China?"),
     ("马斯克", "00:08:10", "专注于基本原理，不要只靠类比去思考。||Focus on first principles, don't just reason by analogy."),
     ("李然", "00:08:31", "谢谢马斯克先生。||Thank you, Mr. Musk."),
     ("马斯克", "00:08:33", "谢谢。||Thank you."),
    ]
    trs = []
    for lab, tm, text in rows:
        zh, en = zh_en(text)
        trs.append('<tr><td class="t">【%s】</td><td class="spk">%s</td><td class="zh">%s</td><td class="en" lang="en">%s</td></tr>'
                   % (tm, lab + '：' if lab else '', esc(zh), esc(en)))
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>对话埃隆·马斯克：机器人、上海工厂与“第一性原理”（中英对照全文）_极客前沿</title>
<meta name="keywords" content="马斯克,特斯拉,擎天柱,上海超级工厂,专访">
<meta name="description" content="极客前沿独家专访埃隆·马斯克，中英对照文字实录。">
<link rel="stylesheet" href="//static.geekfront.example/css/article.v3.css">
<style>.bilingual{{width:100%;border-collapse:collapse}}.bilingual td{{padding:8px;border-bottom:1px dashed #ddd;vertical-align:top}}.bilingual .t{{color:#999;white-space:nowrap}}.bilingual .en{{color:#666;font-size:14px}}.quote-box{{background:#f5f7fa;padding:12px 16px}}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="//hm.stats.example/hm.js?7f3a";document.head.appendChild(hm);}})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="//www.geekfront.example/" class="logo">极客前沿</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="on"><a href="/interview/">专访</a></li><li><a href="/ev/">新能源</a></li><li><a href="/ai/">人工智能</a></li><li><a href="/app/">下载APP</a></li></ul>
<div class="login"><a href="/login">登录</a> | <a href="/reg">注册</a></div></div></div>
<div class="w1200 main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/interview/">专访</a> &gt; 正文</div>
<div class="article">
<h1>对话埃隆·马斯克：机器人、上海工厂与“第一性原理”（中英对照全文）</h1>
<div class="info"><span>来源：极客前沿</span><span>作者：李然</span><span>2024-07-15 10:32</span><span>阅读 12.8万</span></div>
<div class="ai-summary"><b>AI摘要：</b>马斯克表示擎天柱机器人将先进入工厂、后进入家庭，并称赞上海超级工厂的建设速度。</div>
<div class="quote-box"><h3>精彩语录</h3>
<p>马斯克：人形机器人会是有史以来最大的产品。</p>
<p>马斯克：专注于基本原理，不要只靠类比去思考。</p>
</div>
<p>7月中旬，极客前沿主持人李然通过视频连线专访了特斯拉CEO埃隆·马斯克。采访以英文进行，以下为中英对照文字实录，时间码对应视频进度，中文为本站翻译。</p>
<table class="bilingual">
<thead><tr><th>时间</th><th>发言人</th><th>中文</th><th>原文</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p class="editor">（本文由极客前沿编辑部整理，转载请注明出处。责任编辑：王一凡）</p>
<div class="tags">标签：<a href="/tag/musk">马斯克</a> <a href="/tag/tesla">特斯拉</a> <a href="/tag/optimus">擎天柱</a></div>
</div>
<div class="comments"><h3>网友评论（3）</h3>
<div class="cmt"><span class="user">马斯克的头号粉丝</span><span class="time">2小时前</span><p>马斯克：我会回来的！（开个玩笑）期待擎天柱量产。</p></div>
<div class="cmt"><span class="user">埃隆马斯克</span><span class="time">1小时前</span><p>头像是假的，大家别信，我只是一个普通工程师。</p></div>
<div class="cmt"><span class="user">上海小张</span><span class="time">35分钟前</span><p>在临港上班，确实很拼。</p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/20240702/88123.html">特斯拉第二季度交付数据出炉</a></li><li><a href="/a/20240611/87761.html">擎天柱机器人最新演示视频解读</a></li></ul></div>
</div>
<div class="footer"><p>Copyright © 2024 极客前沿 版权所有 | 京ICP备00000000号-1 | 违法和不良信息举报电话：010-00000000</p></div>
<script src="//static.geekfront.example/js/article.v3.js"></script>
</body>
</html>
'''
    write('s05_geekfront_bilingual', page,
          "Simplified-Chinese media page: a four-column table (【hh:mm:ss】 | 发言人： | 中文 | English original); label 埃隆·马斯克 then 马斯克; rows with an empty speaker cell continue the previous speaker.",
          "极客前沿", gold_turns(rows, him), others_of(rows, him))

# ---------------------------------------------------------------- s06 traditional Chinese, Hong Kong
def s06():
    him = {"伊隆·馬斯克", "馬斯克"}
    turns = [
     ("陳嘉欣", "00:12", "歡迎收看《維港財經夜話》。今晚我們透過視像連線，請到特斯拉行政總裁伊隆·馬斯克。"),
     ("伊隆·馬斯克", "00:24", "大家好，很高興再次和香港的觀眾見面。||Hi everyone, good to be back with viewers in Hong Kong."),
     ("黃志明", "00:31", "不少本地散戶持有特斯拉股票，近期股價波動很大，你有甚麼想對他們說？"),
     ("馬斯克", "00:42", "我一向的建議都是：如果你不相信公司的長遠前景，就不要買。短期波動只是噪音。||My advice has always been: if you don't believe in the long-term future of the company, don't buy it. Short-term swings are just noise."),
     ("陳嘉欣", "01:30", "馬斯克之前說過：「特斯拉股價太高了。」當時引起很大迴響。你後悔嗎？"),
     ("馬斯克", "01:41", "不後悔。||No."),
     ("黃志明", "01:44", "為甚麼？"),
     ("馬斯克", "01:46", "因為那是真心話。我說的是當時的估值，不是公司本身。||Because it was true. I was talking about the valuation at the time, not the company itself."),
     ("陳嘉欣", "03:05", "特斯拉在香港的超級充電站還會增加嗎？"),
     ("馬斯克", "03:12", "會的，我們計劃明年在新界增加好幾個站點。不過香港的地價是一大挑戰。||Yes, we plan to add several sites in the New Territories next year. Land prices in Hong Kong are a real challenge, though.\n\n停車場業主如果有興趣合作，歡迎聯絡我們。||If car park owners are interested in partnering, they're welcome to contact us."),
     ("陳嘉欣", "04:50", "多謝你接受訪問。"),
     ("馬斯克", "04:53", "謝謝，再見。||Thank you, goodbye."),
    ]
    body = []
    for lab, tm, text in turns:
        first = True
        for p in paras(text):
            zh, en = zh_en(p)
            if first:
                body.append('<p><strong>%s（%s）：</strong>%s</p>' % (lab, tm, esc(zh)))
                first = False
            else:
                body.append('<p>%s</p>' % esc(zh))
            if en:
                body.append('<p class="orig"><small>原文：%s</small></p>' % esc(en))
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<title>【專訪】馬斯克：不相信長遠前景就不要買｜維港財經夜話｜維港財經</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="維港財經">
<link rel="stylesheet" href="https://assets.vhfinance.example/css/site-2024.css">
<style>.orig{{color:#777;border-left:3px solid #ccc;padding-left:8px;margin-top:-6px}}.video-box{{aspect-ratio:16/9;background:#000}}</style>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-HK0001"></script>
</head>
<body class="article">
<header id="header"><div class="container"><a class="brand" href="/">維港財經</a>
<ul class="menu"><li><a href="/markets">港股</a></li><li><a href="/china">中國</a></li><li><a href="/global">環球</a></li><li class="active"><a href="/programmes">節目</a></li><li><a href="/property">地產</a></li></ul>
<a class="live" href="/live">直播</a></div></header>
<main class="container">
<article>
<div class="breadcrumb">節目 › 維港財經夜話</div>
<h1>【專訪】馬斯克：不相信長遠前景就不要買</h1>
<div class="meta">撰文：財經組 ｜ <time datetime="2024-05-09T22:15:00+08:00">2024年5月9日 22:15</time></div>
<div class="video-box"><iframe src="https://video.vhfinance.example/embed/8821" title="維港財經夜話" allowfullscreen></iframe></div>
<p class="lead">特斯拉行政總裁馬斯克接受本台《維港財經夜話》主持陳嘉欣及財經記者黃志明視像專訪，談及股價波動及香港充電網絡。訪問以英語進行，以下為節目文字稿，括號內為節目時間，中文為本台翻譯，原文附後。</p>
{chr(10).join(body)}
<p class="disclaimer">（以上內容只供參考，不構成任何投資建議。）</p>
</article>
<section class="comments"><h2>讀者留言</h2>
<div class="c"><b>馬斯克本人</b><span>3小時前</span><p>我係馬斯克，多謝大家支持！（講笑）</p></div>
<div class="c"><b>Elon粉</b><span>2小時前</span><p>「短期波動只是噪音」呢句要裱起。</p></div>
<div class="c"><b>沙田阿強</b><span>1小時前</span><p>新界多啲充電站就好，而家排隊排到癲。</p></div>
</section>
<aside class="hot"><h3>熱門</h3><ol><li><a href="#">恒指半日升三百點</a></li><li><a href="#">美聯儲議息前瞻</a></li><li><a href="#">新盤周末沽九成</a></li></ol></aside>
</main>
<footer id="footer"><div class="container">© 2024 維港財經有限公司 版權所有｜<a href="/privacy">私隱政策</a>｜<a href="/contact">聯絡我們</a></div></footer>
<script src="https://assets.vhfinance.example/js/site-2024.js" defer></script>
</body>
</html>
'''
    write('s06_vhfinance_hk', page,
          "Traditional-Chinese (Hong Kong) programme transcript: <p><strong>名字（mm:ss）：</strong>中文</p> with full-width brackets and colon; each of his Chinese paragraphs is followed by a p.orig '原文：' English original (same turn).",
          "維港財經夜話", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s07 traditional Chinese, Taiwan, TRAP
def s07():
    him = set()
    turns = [
     ("阿哲", "00:00:05", "哈囉大家好，歡迎收聽《島讀夜話》，我是阿哲。"),
     ("小安", "00:00:09", "我是小安。今天要聊的是馬斯克上週那場很紅的訪談。"),
     ("阿哲", "00:00:15", "對，他在那場訪談裡說：「我們會在兩年內讓星艦載人。」這句話一出來，整個科技圈都炸了。"),
     ("小安", "00:00:31", "但他每次都這樣說啊。馬斯克說：「明年就會有完全自動駕駛。」這句我聽了大概有八年。"),
     ("阿哲", "00:00:44", "哈哈，這是事實。"),
     ("小安", "00:12:40", "我們來聽一段網友用 AI 做的模擬語音，很好笑。"),
     ("AI 模擬馬斯克", "00:12:48", "各位台灣的朋友好，我是馬斯克，我最愛吃珍珠奶茶。"),
     ("阿哲", "00:12:55", "先說清楚，這不是本人！這是 AI 合成的，大家不要被騙。"),
     ("小安", "00:13:02", "對，最近這種假影片很多。像之前有人把馬斯克的臉合成到投資廣告上，很多長輩都被騙。"),
     ("阿哲", "00:25:30", "好，今天就先聊到這裡。如果你喜歡這集，記得按讚訂閱。"),
     ("小安", "00:25:36", "掰掰！"),
    ]
    body = '\n'.join('<p class="line"><span class="ts">[%s]</span> %s：%s</p>' % (tm, lab, esc(text)) for lab, tm, text in turns)
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<title>EP142｜馬斯克又說兩年內載人上火星？還有 AI 假語音｜島讀夜話 Podcast</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="本集阿哲和小安聊馬斯克的最新訪談，以及網路上越來越多的 AI 假語音詐騙。">
<link rel="stylesheet" href="/assets/css/podcast.css?v=20240318">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"EP142｜馬斯克又說兩年內載人上火星？","episodeNumber":142,"partOfSeries":{{"@type":"PodcastSeries","name":"島讀夜話"}}}}</script>
</head>
<body>
<nav class="navbar"><a class="brand" href="/">島讀夜話</a><a href="/episodes">所有單集</a><a href="/hosts">主持人</a><a href="/sponsor">贊助我們</a><a href="https://www.instagram.example/daodu.night">IG</a></nav>
<main class="episode">
<h1>EP142｜馬斯克又說兩年內載人上火星？還有 AI 假語音</h1>
<p class="date">2024年3月18日 · 25 分鐘</p>
<div class="player"><audio controls src="https://media.daodu.example/ep142.mp3"></audio></div>
<section class="notes"><h2>本集重點</h2>
<ul><li>00:00:15 馬斯克上週訪談的「兩年內載人」</li><li>00:12:40 網友做的 AI 模擬語音</li><li>00:13:02 AI 換臉詐騙要小心</li></ul>
<div class="golden"><h3>本集金句</h3><p>馬斯克：「我們會在兩年內讓星艦載人。」</p><p>小安：「這句我聽了大概有八年。」</p></div>
</section>
<section class="transcript"><h2>逐字稿</h2>
<p class="hint">逐字稿由 AI 產生並經人工校對，主持人：阿哲、小安。本集馬斯克並未上節目，所有引述均來自公開訪談。</p>
{body}
</section>
<section class="comments"><h2>聽眾留言</h2>
<div class="comment"><strong>Elon Musk 台灣粉絲團</strong><p>馬斯克：「台灣的工程師很強。」這是他真的說過的喔！</p></div>
<div class="comment"><strong>小明</strong><p>AI 語音那段笑死，珍奶哈哈哈。</p></div>
</section>
</main>
<footer class="footer"><p>© 2024 島讀夜話｜合作邀約：hello@daodu.example</p></footer>
<script src="/assets/js/player.js?v=20240318"></script>
</body>
</html>
'''
    write('s07_daodu_tw_trap', page,
          "Traditional-Chinese (Taiwan) podcast page: one <p> per line, '[hh:mm:ss] 名字：text'; TRAP - he never speaks, only quoted by hosts, imitated by an AI-voice clip, and in a 金句 box and comments.",
          "島讀夜話", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s08 public radio, archived clips
def s08():
    him = {"ELON MUSK", "MUSK"}
    turns = [
     ("MARA JENKINS, HOST", None, "This is Morning Circuit. I'm Mara Jenkins. Tesla shareholders vote this week on whether to restore a multibillion-dollar pay package for CEO Elon Musk. It's the second time they've been asked. Tom Brandt reports from Austin."),
     ("TOM BRANDT, BYLINE", None, "At a Tesla event last spring, Musk made his pitch directly to the people in the room."),
     ("(SOUNDBITE OF ARCHIVED RECORDING)", None, ""),
     ("ELON MUSK", None, "We're going to make the future exciting again. That's the whole point of this company."),
     ("BRANDT", None, "The crowd loved it. But the question on the ballot is narrower. It's about control. Musk has said he wants a larger stake so he can't be easily outvoted."),
     ("(SOUNDBITE OF ARCHIVED RECORDING)", None, ""),
     ("MUSK", None, "I don't need the money. I need enough voting control to make sure this goes in a good direction. That's it."),
     ("BRANDT", None, "Linda Archer advises pension funds on how to vote their shares."),
     ("LINDA ARCHER", None, "Our view is the board hasn't been independent enough. As Musk put it in one post, quote, \"the board is great,\" end quote. Well, he would say that."),
     ("BRANDT", None, "Tesla's board says the package is fair given how much the company's value has grown. And Musk, for his part, has said he'll accept the outcome."),
     ("(SOUNDBITE OF ARCHIVED RECORDING)", None, ""),
     ("MUSK", None, "Look, if the shareholders vote no, they vote no. I'll respect it. I'd be sad, but I'd respect it."),
     ("JENKINS", None, "Tom, one word for the mood in Austin?"),
     ("BRANDT", None, "Tense."),
     ("JENKINS", None, "And when do we get a result?"),
     ("BRANDT", None, "Thursday evening, after the meeting. Musk is expected to speak, and he's already hinted at what he'll say."),
     ("(SOUNDBITE OF ARCHIVED RECORDING)", None, ""),
     ("MUSK", None, "Thursday's going to be fun. Either way."),
     ("JENKINS", None, "That's Tom Brandt in Austin. Thanks, Tom."),
     ("BRANDT", None, "Thank you, Mara."),
     ("(SOUNDBITE OF MUSIC)", None, ""),
    ]
    body = []
    for lab, tm, text in turns:
        if lab.startswith('('):
            body.append('<p>%s</p>' % lab)
        else:
            body.append('<p>%s: %s</p>' % (lab, esc(text)))
    gturns = [t for t in turns if not t[0].startswith('(')]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla shareholders weigh Musk's pay package again : Morning Circuit : Lakeshore Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.lakeshorepr.example/css/story.3.2.css">
<script>var LPR={{storyId:"2024-06-11-musk-pay",program:"Morning Circuit",hasTranscript:true}};</script>
</head>
<body class="story transcript-page">
<header class="global-header"><a href="/" class="station-logo">Lakeshore Public Radio</a>
<nav><a href="/news">News</a><a href="/programs/morning-circuit">Morning Circuit</a><a href="/programs/afternoon-edition">Afternoon Edition</a><a href="/music">Music</a><a href="/donate" class="donate">Donate</a></nav>
<div class="live-stream"><button>Listen Live</button> <span>Morning Circuit</span></div></header>
<main>
<article class="transcript storytext">
<div class="program-header"><a href="/programs/morning-circuit">Morning Circuit</a> &middot; <time datetime="2024-06-11">June 11, 2024</time> &middot; 5:04 AM ET</div>
<h1>Tesla shareholders weigh Musk's pay package again</h1>
<p class="byline">Heard on <a href="/programs/morning-circuit">Morning Circuit</a> &middot; Tom Brandt</p>
<div class="audio-module"><button class="play">Listen &middot; 3:52</button><a href="/download/2024/06/11/mc_musk_pay.mp3">Download</a><a href="#" class="embed">Embed</a></div>
<div class="summary"><p>For the second time, Tesla shareholders are being asked to approve a huge compensation package for Elon Musk. Supporters say he earned it; critics say the board is too close to him.</p></div>
<h2>Transcript</h2>
{chr(10).join(body)}
<p class="disclaimer"><em>Copyright &copy; 2024 Lakeshore Public Radio. All rights reserved. Transcripts are created on a rush deadline by a contractor and may not be in their final form. The authoritative record of programming is the audio record.</em></p>
</article>
<aside class="more"><h3>More from Morning Circuit</h3><ul><li><a href="#">Great Lakes water levels hit a 10-year high</a></li><li><a href="#">The librarians who fix laptops</a></li></ul></aside>
</main>
<footer class="global-footer"><p>Lakeshore Public Radio is a member station. <a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/contact">Contact</a></p></footer>
<script src="https://static.lakeshorepr.example/js/story.3.2.js" defer></script>
</body>
</html>
'''
    write('s08_lakeshore_radio', page,
          "Public-radio transcript: one <p> per turn, 'LABEL: text' with capitalised labels (full label with role first, surname later); his turns are archived soundbites introduced by a (SOUNDBITE OF ARCHIVED RECORDING) paragraph; no timestamps.",
          "Morning Circuit (Lakeshore Public Radio)", gold_turns(gturns, him), others_of(gturns, him))
