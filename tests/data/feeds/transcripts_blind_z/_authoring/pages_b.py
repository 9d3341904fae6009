from common import *


# ---------------------------------------------------------------------------
# z05 — simplified Chinese tech media, zh translation + English original pairs,
#       【hh:mm:ss】 full-width brackets, full-width colon
# ---------------------------------------------------------------------------
def z05():
    g = Gold("硅基观察",
             "Simplified-Chinese article: each turn is a div.dialog with a Chinese line '<span>马斯克</span>：【hh:mm:ss】译文' "
             "followed by a p.origin holding the English original (one turn per pair); full-width colon and brackets.",
             zh=True)
    g.other("主持人")
    items = []

    def D(who, sec, zh_paras, en_paras):
        out = ['<div class="dialog dialog--%s">' % ("guest" if who == "马斯克" else "host")]
        for i, (zp, ep) in enumerate(zip(zh_paras, en_paras)):
            if i == 0:
                if who == "马斯克":
                    zp = g.m(sec, zp)
                out.append('<p class="zh"><span class="role">%s</span>：<span class="tm">【%s】</span>%s</p>' % (who, hms(sec), zp))
            else:
                out.append('<p class="zh">%s</p>' % zp)
            out.append('<p class="origin">%s</p>' % ep)
        out.append("</div>")
        items.append("\n".join(out))

    M, H = "马斯克", "主持人"
    D(H, t(0, 0, 12), ["欢迎收听《前沿一小时》。今天的嘉宾是埃隆·马斯克。埃隆，欢迎。"],
      ["Welcome to The Frontier Hour. Today my guest is Elon Musk. Elon, welcome."])
    D(M, t(0, 1, 5), ["谢谢邀请。说实话，我很少做这么长的访谈。"],
      ["Thanks for having me. Honestly, I rarely do interviews this long."])
    D(H, t(0, 4, 21), ["你曾经说过“人工智能是人类面临的最大风险之一”。现在你还这么认为吗？"],
      ["You once said that &ldquo;AI is one of the biggest risks to humanity.&rdquo; Do you still think so?"])
    D(M, t(0, 4, 40), ["我认为人工智能在未来五年内会比任何单个人类都聪明。这既令人兴奋，也令人担忧。",
                       "所以我们需要某种监管机构，就像食品和药品有监管一样。"],
      ["I think AI will be smarter than any single human within about five years. That&rsquo;s both exciting and worrying.",
       "So we need some kind of regulatory body, the way we have one for food and drugs."])
    D(H, t(0, 12, 10), ["你是说五年？"], ["Five years?"])
    D(M, t(0, 12, 18), ["对。"], ["Yes."])
    D(H, t(0, 21, 33), ["我们谈谈电池。成本还能降多少？"], ["Let&rsquo;s talk batteries. How much further can cost come down?"])
    D(M, t(0, 21, 50), ["电池的成本曲线还在下降，但已经不像十年前那么陡了。真正的瓶颈是原材料的精炼。"],
      ["The battery cost curve is still coming down, but it&rsquo;s not as steep as ten years ago. The real bottleneck is refining the raw materials."])
    D(H, t(0, 46, 40), ["最后聊聊火星。"], ["Let&rsquo;s finish with Mars."])
    D(M, t(0, 47, 3), ["火星城市需要大约一百万吨的物资，这意味着上千次星舰发射。"],
      ["A city on Mars needs roughly a million tons of cargo, which means thousands of Starship flights."])
    D(H, t(1, 2, 20), ["你最担心的是什么？"], ["What worries you the most?"])
    D(M, t(1, 2, 36), ["我最大的担心是出生率下降。这个问题比大多数人意识到的严重得多。"],
      ["My biggest worry is the falling birth rate. It&rsquo;s a much bigger problem than most people realize."])
    body = "\n".join(items)

    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>马斯克最新播客访谈全文（中英对照）：AI五年内超越人类，最担心出生率 - 硅基观察</title>
<meta name="keywords" content="马斯克,埃隆·马斯克,人工智能,星舰,电池,访谈全文">
<meta name="description" content="马斯克做客《前沿一小时》播客，谈AI、电池、火星与出生率。本文为访谈全文中英对照。">
<link rel="stylesheet" href="//static.guijiguancha.cn/css/article.min.css?v=20250311">
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f1c0e9a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/" class="logo">硅基观察</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/ai/">人工智能</a></li><li class="on"><a href="/people/">人物</a></li><li><a href="/ev/">新能源</a></li><li><a href="/space/">商业航天</a></li><li><a href="/app/">下载APP</a></li></ul>
<div class="search"><input type="text" placeholder="搜索文章、作者"><button>搜索</button></div></div></div>
<div class="w1200 main clearfix">
<div class="article-wrap fl">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/people/">人物</a> &gt; 正文</div>
<h1 class="article-title">马斯克最新播客访谈全文（中英对照）：AI五年内超越人类，最担心出生率</h1>
<div class="article-info"><span class="source">来源：硅基观察编译</span><span class="author">作者：周亦然</span><span class="time">2025-03-12 08:30</span><span class="views">阅读 3.2万</span></div>
<div class="summary"><strong>导读：</strong>近日，埃隆·马斯克做客美国科技播客《前沿一小时》（The Frontier Hour），与主持人畅谈一小时。本站编译全文，中英对照，时间点对应原节目音频。</div>
<div class="golden-quotes">
<h3>精彩语录</h3>
<ul>
<li>马斯克：我认为人工智能在未来五年内会比任何单个人类都聪明。</li>
<li>马斯克：火星城市需要大约一百万吨的物资。</li>
<li>马斯克：我最大的担心是出生率下降。</li>
</ul>
</div>
<div class="article-content">
<p>编者按：马斯克此前曾多次公开表示：“我们必须成为多行星物种。”这一次，他再次把话题引向火星。以下为访谈全文，括号内为原节目时间点，每段中文后附英文原文。</p>
%s
<p class="end-note">（完）本文由硅基观察编译，转载请注明出处。英文原文版权归原节目所有。</p>
</div>
<div class="article-tags"><a href="/tag/musk">马斯克</a><a href="/tag/ai">人工智能</a><a href="/tag/spacex">SpaceX</a><a href="/tag/tesla">特斯拉</a></div>
<div class="comment-box">
<h3>网友评论（3）</h3>
<ul class="comment-list">
<li><span class="c-user">马斯克的小迷弟</span><span class="c-time">3小时前</span><p>马斯克：“对。”——这个回答太有他的风格了哈哈</p></li>
<li><span class="c-user">Elon马</span><span class="c-time">5小时前</span><p>五年超越人类？他说的时间表一般要乘以二。</p></li>
<li><span class="c-user">深圳电池工程师</span><span class="c-time">昨天 22:14</span><p>精炼确实是瓶颈，说得没错。</p></li>
</ul>
</div>
</div>
<div class="sidebar fr">
<div class="hot-list"><h3>24小时热榜</h3><ol><li><a href="/a/88121">星舰第九次试飞：助推器再次被筷子夹住</a></li><li><a href="/a/88107">特斯拉一季度交付量低于预期</a></li><li><a href="/a/88099">国产人形机器人扎堆发布</a></li></ol></div>
<div class="ad-box"><img src="//static.guijiguancha.cn/ad/300x250.jpg" alt="广告"></div>
</div>
</div>
<div class="footer"><p>Copyright © 2025 硅基观察 版权所有 | <a href="https://beian.miit.gov.cn/">京ICP备2023000000号-1</a> | 京公网安备 11010802000000号</p></div>
<script src="//static.guijiguancha.cn/js/jquery.min.js"></script>
<script src="//static.guijiguancha.cn/js/article.js?v=20250311"></script>
</body>
</html>
""" % body
    return "z05_cn_guiji_bilingual", page, g


# ---------------------------------------------------------------------------
# z06 — traditional Chinese (Taiwan) site, table 時間|講者|內容|英文原文,
#       continuation rows with empty speaker cell, mixed mm:ss / h:mm:ss
# ---------------------------------------------------------------------------
def z06():
    g = Gold("數位前哨",
             "Traditional-Chinese (Taiwan) page with a transcript table: columns 時間 (m:ss or h:mm:ss) | 講者 | 內容 "
             "(Chinese translation) | 英文原文; continuation rows leave the speaker cell empty.", zh=True)
    g.other("林佳慧")
    rows = []

    def R(sec, who, zh, en, new_turn=True):
        if who == "馬斯克" and new_turn:
            zh = g.m(sec, zh)
        rows.append('<tr><td class="tc">%s</td><td class="spk">%s</td><td class="zh">%s</td><td class="en">%s</td></tr>'
                    % (hms_short(sec), who if new_turn else "", zh, en))

    M, L = "馬斯克", "林佳慧"
    R(t(0, 0, 30), L, "各位聽眾好，歡迎收聽《前哨開講》，我是佳慧。今天我們非常榮幸，連線到伊隆‧馬斯克。", "Hello everyone, welcome to Frontline Talks. I&rsquo;m Chia-hui. Today we are honored to be joined remotely by Elon Musk.")
    R(t(0, 2, 15), M, "大家好，很高興能跟台灣的聽眾聊天。", "Hi everyone, great to talk with listeners in Taiwan.")
    R(t(0, 7, 48), L, "馬斯克曾經說過：「最好的零件就是沒有零件。」這個原則也適用在晶片上嗎？", "You have said, &ldquo;The best part is no part.&rdquo; Does that apply to chips too?")
    R(t(0, 8, 12), M, "晶片是整個人工智慧產業的瓶頸，所以我們什麼都想要更多，不是更少。", "Chips are the bottleneck for the entire AI industry, so we want more of everything, not less.")
    R(t(0, 8, 40), M, "台灣在這方面扮演非常關鍵的角色，全世界都依賴這裡的晶圓廠。", "Taiwan plays a critical role here. The whole world depends on the fabs here.", new_turn=False)
    R(t(0, 9, 2), "", "我們也在考慮自己蓋晶圓廠，但那是非常非常難的事。", "We are also considering building our own fab, but that is very, very hard.", new_turn=False)
    R(t(0, 18, 55), L, "所以你們真的會自己蓋？", "So you really would build one yourselves?")
    R(t(0, 19, 3), M, "沒錯。", "Correct.")
    R(t(0, 34, 20), L, "最後談談自動駕駛。很多台灣的特斯拉車主一直在等。", "Finally, self-driving. Many Tesla owners in Taiwan have been waiting.")
    R(t(0, 34, 47), M, "自動駕駛的關鍵在於資料量，台灣的道路很複雜，這其實是好事。", "The key to self-driving is the amount of data. Taiwan&rsquo;s roads are complex, and that is actually a good thing.")
    R(t(1, 5, 12), L, "時間差不多了，謝謝你，伊隆。", "We&rsquo;re about out of time. Thank you, Elon.")
    R(t(1, 5, 40), M, "謝謝，下次來台北再聊。", "Thanks, let&rsquo;s talk again next time I&rsquo;m in Taipei.")
    body = "\n".join(rows)

    page = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【前哨開講 EP.88】馬斯克專訪逐字稿：晶片、台灣與自動駕駛｜數位前哨</title>
<meta property="og:site_name" content="數位前哨">
<meta property="og:title" content="【前哨開講 EP.88】馬斯克專訪逐字稿">
<link rel="stylesheet" href="https://cdn.digifront.tw/assets/main.2f8a.css">
<style>
table.transcript{width:100%%;border-collapse:collapse;font-size:15px}
table.transcript th,table.transcript td{border-bottom:1px solid #e5e5e5;padding:8px;vertical-align:top}
table.transcript td.tc{font-family:Menlo,monospace;color:#888;white-space:nowrap}
table.transcript td.en{color:#666;font-size:13px}
</style>
</head>
<body>
<header class="gnav">
<a class="gnav__logo" href="https://www.digifront.tw/">數位前哨</a>
<nav><a href="/news">新聞</a><a href="/podcast" class="active">Podcast</a><a href="/review">評測</a><a href="/column">專欄</a><a href="/member">會員專區</a></nav>
</header>
<main class="container">
<article class="post">
<div class="post__cat"><a href="/podcast">Podcast</a> / <a href="/podcast/frontline">前哨開講</a></div>
<h1 class="post__title">【前哨開講 EP.88】馬斯克專訪逐字稿：晶片、台灣與自動駕駛</h1>
<div class="post__meta">文／編輯部 ｜ 2025年4月2日 下午 3:20 ｜ 收聽時間 1小時6分</div>
<div class="post__player"><iframe src="https://player.soundon.fm/embed/?podcast=frontline&amp;episode=88" width="100%%" height="140" frameborder="0"></iframe></div>
<div class="highlight-box">
<h2>本集重點</h2>
<ul>
<li>馬斯克：晶片是整個人工智慧產業的瓶頸</li>
<li>馬斯克：台灣在這方面扮演非常關鍵的角色</li>
<li>馬斯克：自動駕駛的關鍵在於資料量</li>
</ul>
</div>
<p>本集《前哨開講》由主持人林佳慧連線專訪伊隆‧馬斯克（Elon Musk）。以下為完整逐字稿，中文為本站翻譯，右欄附英文原文；時間碼對應節目音檔。</p>
<table class="transcript">
<thead><tr><th>時間</th><th>講者</th><th>內容</th><th>英文原文</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="post__note">※ 逐字稿經編輯整理，與音檔可能略有出入。</p>
<div class="post__tags">#馬斯克 #特斯拉 #晶片 #自動駕駛 #Podcast</div>
</article>
<section class="comments">
<h3>留言（3）</h3>
<div class="comment"><div class="comment__author">馬斯克粉絲團團長</div><div class="comment__time">2025/04/02 16:05</div><div class="comment__body">「沒錯。」兩個字回答蓋晶圓廠，超有他的風格 XD</div></div>
<div class="comment"><div class="comment__author">Elon Lin</div><div class="comment__time">2025/04/02 18:41</div><div class="comment__body">馬斯克：謝謝，下次來台北再聊。←希望是真的</div></div>
<div class="comment"><div class="comment__author">竹科工程師</div><div class="comment__time">2025/04/03 09:12</div><div class="comment__body">自己蓋晶圓廠？祝福他。</div></div>
</section>
</main>
<footer class="gfoot"><p>© 2025 數位前哨 DigiFront Media. 版權所有，轉載請註明出處。</p><p><a href="/about">關於我們</a>｜<a href="/privacy">隱私權政策</a>｜<a href="/ad">廣告合作</a></p></footer>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DF88TW"></script>
<script src="https://cdn.digifront.tw/assets/main.91c0.js"></script>
</body>
</html>
""" % body
    return "z06_tw_digifront_table", page, g


# ---------------------------------------------------------------------------
# z07 — simplified Chinese Discuz forum, hand-typed transcript with <br />,
#       名字（mm:ss）： labels, some turns with no time; quoting replies
# ---------------------------------------------------------------------------
def z07():
    g = Gold("火星移民论坛",
             "Discuz forum thread: the first post is a hand-typed transcript, lines separated by <br />, each turn "
             "'名字：文字（m:ss 或 h:mm:ss）' with the start time in full-width brackets AFTER the first line's text; some of his turns have no time; "
             "label changes from 埃隆·马斯克 to 马斯克; replies quote lines.", zh=True)
    g.other("主持人")
    L = []

    def T(who, sec, text, conts=()):
        if "马斯克" in who:
            text = g.m(sec, text)
        tail = "" if sec is None else "（%s）" % hms_short(sec)
        L.append("%s：%s%s" % (who, text, tail))
        L.extend(conts)

    T("主持人", t(0, 2, 58), "先问个大家最关心的，星舰到底难在哪？")
    T("埃隆·马斯克", t(0, 3, 20), "我觉得星舰最难的部分是隔热瓦，不是发动机。发动机大家都盯着，但隔热瓦才是真正没人解决过的问题。")
    T("主持人", t(0, 4, 2), "可是马斯克以前说过“猛禽发动机是人类造过最复杂的东西之一”啊？")
    T("马斯克", t(0, 5, 11), "可以这么说。我们每次发射都会掉一些瓦片，有时候几十块。",
      ["下一个版本我们会试一些新的材料，可能部分改成金属的。", "（这里他笑了一下）"])
    T("主持人", None, "那你会亲自坐星舰去火星吗？")
    T("马斯克", None, "不会。至少前几次不会。")
    T("主持人", t(0, 38, 20), "怎么看中国的电动车？")
    T("马斯克", t(0, 38, 45), "中国的电动车公司非常强，非常卷。如果没有贸易壁垒，他们会打败大部分其他车企。")
    T("主持人", t(1, 12, 5), "最后一个问题，为什么是火星？")
    T("马斯克", t(1, 12, 30), "人类应该成为多行星物种。这是意识之光能延续下去的唯一办法。")
    T("主持人", t(1, 14, 0), "谢谢埃隆。")
    T("马斯克", None, "谢谢大家。")
    post = "<br />\r\n".join(L)

    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>【手打全文】马斯克 两小时播客访谈 关键部分（附时间点） - 星舰与SpaceX - 火星移民论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="马斯克,星舰,访谈,手打" />
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kx7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kx7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'hx_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '', defaultstyle = '', REPORTURL = '', SITEURL = 'https://bbs.mars-yimin.example/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Kx7" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">火星移民论坛</a><a href="forum.php?mod=guide">导读</a><a href="home.php">家园</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="火星移民论坛"><img src="static/image/common/logo.png" alt="火星移民论坛" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a"><a href="forum.php">论坛</a></li><li><a href="forum.php?mod=forumdisplay&amp;fid=12">星舰与SpaceX</a></li><li><a href="forum.php?mod=forumdisplay&amp;fid=15">特斯拉车友</a></li><li><a href="forum.php?mod=forumdisplay&amp;fid=20">水区</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">火星移民论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=12">星舰与SpaceX</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">15832</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">【手打全文】马斯克 两小时播客访谈 关键部分（附时间点）</span></h1></td></tr></table>

<div id="post_3301200"><table id="pid3301200" class="plhin" summary="pid3301200" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=88123" class="xw1">老马迷</a></div></div><div class="avatar"><img src="uc_server/avatar.php?uid=88123&amp;size=middle" /></div><p><em>UID 88123</em> · <em>积分 2310</em> · <em>版主</em></p></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;ptid=551020&amp;authorid=88123" id="postnum3301200">楼主</a></strong><div class="pti"><div class="authi"><em id="authorposton3301200">发表于 2025-2-18 23:41</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_3301200">
昨晚熬夜听完的，英文播客，我挑了关键部分手打翻译。每段话后面括号里是这段话<b>开始</b>的时间点（原音频），有几段我没记时间，见谅。<br />
=============================<br />
%s<br />
=============================<br />
就这些，有错欢迎指正。转载请注明出处。<br />
</td></tr></table></div></div></div>
</td></tr></table></div>

<div id="post_3301233"><table id="pid3301233" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=90077" class="xw1">Elon_Mask</a></div><p><em>积分 88</em></p></td>
<td class="plc"><div class="pi"><strong>沙发</strong> <em>发表于 2025-2-18 23:58</em></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_3301233">
感谢楼主手打！隔热瓦那段我也觉得是重点。<br />
（ID是注册时手滑打错的，不是本人哈）
</td></tr></table></div></td></tr></table></div>

<div id="post_3301259"><table id="pid3301259" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=70231" class="xw1">火星老王</a></div><p><em>积分 1204</em></p></td>
<td class="plc"><div class="pi"><strong>板凳</strong> <em>发表于 2025-2-19 00:15</em></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_3301259">
<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=3301200&amp;ptid=551020"><font color="#999999">老马迷 发表于 2025-2-18 23:41</font></a></font><br />
马斯克：中国的电动车公司非常强，非常卷。（38:45）</blockquote></div>
这句话国内媒体肯定又要炒一波了。
</td></tr></table></div></td></tr></table></div>

<div id="post_3301302"><table id="pid3301302" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=91888" class="xw1">马斯克本斯克</a></div><p><em>积分 5</em></p></td>
<td class="plc"><div class="pi"><strong>地板</strong> <em>发表于 2025-2-19 08:02</em></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_3301302">
马斯克：不会。<br />
哈哈哈，这个回答笑死，绝对不自己先去。
</td></tr></table></div></td></tr></table></div>

</div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./">火星移民论坛</a></strong></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">GMT+8, 2025-2-19 10:30 , Processed in 0.061 second(s), 24 queries .</p></div></div>
<script type="text/javascript">_attachEvent(window, 'load', function(){ getForbiddenFormula(); }, document);</script>
</body>
</html>
""" % post
    return "z07_cn_discuz_forum", page, g


# ---------------------------------------------------------------------------
# z08 — TRAP (traditional Chinese, Hong Kong): Maye Musk interview,
#       she quotes Elon; "伊隆語錄" box; no Elon turns
# ---------------------------------------------------------------------------
def z08():
    g = Gold("港聞週刊",
             "Hong Kong traditional-Chinese magazine Q&A: paragraphs opening with a bold label '記者：' or "
             "'梅耶·馬斯克：' (later '梅耶：'); no timestamps. Elon Musk never speaks; the interviewee is his mother "
             "Maye Musk, who quotes him.", zh=True)
    g.other("記者", "梅耶·馬斯克", "梅耶")
    P = lambda lab, txt: '<p><b>%s：</b>%s</p>' % (lab, txt)
    body = "\n".join([
        P("記者", "歡迎來到香港。這是你第幾次來？"),
        P("梅耶·馬斯克", "第三次了。我很喜歡這裏的點心，也喜歡維港的夜景。每次來都會胖兩公斤。"),
        P("記者", "很多讀者想知道，伊隆小時候是個怎樣的孩子？"),
        P("梅耶", "他很愛看書，一天可以看十個小時。他小時候跟我說：「媽，我以後要去火星。」我當時以為他在開玩笑。"),
        '<p>她笑着補充，伊隆十二歲就把自己寫的電子遊戲賣了出去。</p>',
        P("記者", "你會看他在網上發的帖子嗎？"),
        P("梅耶", "會，每天都看。有時候我會打電話給他說：「伊隆，這個不要發。」他通常會回答：「媽，已經發了。」"),
        P("記者", "你自己也是模特兒，七十多歲仍然活躍。秘訣是甚麼？"),
        P("梅耶", "計劃好，然後堅持。我做營養師做了四十多年，這些都是很簡單的道理。"),
        P("記者", "最後，你為三個孩子感到驕傲嗎？"),
        P("梅耶", "當然。金博爾、伊隆和托絲卡，每個人都很不一樣，但都很努力。"),
    ])
    page = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>專訪梅耶·馬斯克：「伊隆小時候就說要去火星」 | 港聞週刊 生活</title>
<meta name="description" content="馬斯克母親梅耶訪港，接受本刊專訪，談兒子、模特兒生涯與養生之道。">
<link rel="stylesheet" href="https://static.gangwenweekly.hk/css/app.6d2e.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-HKGW01"></script>
</head>
<body class="lifestyle">
<header id="header"><div class="logo"><a href="/">港聞週刊</a></div>
<ul class="menu"><li><a href="/news">港聞</a></li><li><a href="/finance">財經</a></li><li><a href="/lifestyle" class="current">生活</a></li><li><a href="/entertainment">娛樂</a></li><li><a href="/video">影片</a></li></ul></header>
<div id="main">
<article>
<div class="section-label">生活 · 人物專訪</div>
<h1>專訪梅耶·馬斯克：「伊隆小時候就說要去火星」</h1>
<div class="byline">撰文：何穎芝 ｜ 攝影：梁志豪 ｜ <time datetime="2025-06-07T10:00:00+08:00">2025年6月7日</time></div>
<figure><img src="https://static.gangwenweekly.hk/img/2025/06/maye-hk.jpg" alt="梅耶·馬斯克"><figcaption>七十七歲的梅耶·馬斯克（Maye Musk）日前訪港。</figcaption></figure>
<p class="lead">她是國際名模、營養師，也是全球首富伊隆·馬斯克（Elon Musk）的母親。趁着新書中文版發佈，梅耶·馬斯克接受本刊專訪。以下訪問經刪節整理。</p>
<div class="quote-box">
<h3>伊隆語錄</h3>
<p>伊隆·馬斯克：「當某件事足夠重要，即使機會對你不利，你也應該去做。」</p>
<p>伊隆·馬斯克：「我想死在火星上，只是不要死於撞擊。」</p>
</div>
<div class="interview">
%s
</div>
<p class="note">梅耶·馬斯克新書《女人有計劃》中文版現已於各大書店有售。</p>
<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/abcHK123" title="梅耶·馬斯克訪港片段" width="560" height="315" frameborder="0"></iframe><p class="caption">影片：梅耶談伊隆童年（本刊攝）</p></div>
</article>
<aside class="related"><h3>相關文章</h3><ul><li><a href="/finance/20250601-tesla-hk">特斯拉香港銷量跌兩成</a></li><li><a href="/news/20250520-spacex">SpaceX星艦再試飛</a></li></ul></aside>
<section class="fb-comments"><h3>讀者留言</h3>
<div class="cmt"><span class="name">伊隆馬斯克粉</span><p>好溫馨！「媽，已經發了。」太真實。</p></div>
<div class="cmt"><span class="name">Musk Lee</span><p>佢阿媽好型。</p></div>
</section>
</div>
<footer id="footer"><p>© 2025 港聞週刊有限公司 版權所有</p><p><a href="/privacy">私隱政策</a> | <a href="/terms">使用條款</a> | <a href="/contact">聯絡我們</a></p></footer>
<script src="https://static.gangwenweekly.hk/js/app.2b1f.js"></script>
</body>
</html>
""" % body
    return "z08_hk_trap_maye", page, g


PAGES = [z05, z06, z07, z08]
