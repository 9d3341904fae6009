from common import *

# ---------- ab09 simplified Chinese, 【hh:mm:ss】label：zh + English original ----------
def ab09():
    D = [("H","主持人",35,"欢迎收听《硅星夜话》。今天我们请到了特斯拉和SpaceX的首席执行官埃隆·马斯克。",None),
         ("E","埃隆·马斯克",44,"谢谢邀请，很高兴来到这里。","Thanks for having me, great to be here."),
         ("H","主持人",52,"您最近多次提到人形机器人，它会比汽车更重要吗？",None),
         ("E","马斯克",58,"我认为会的。长期来看，人形机器人的数量可能会超过人类。","I think so. Long term, humanoid robots may outnumber humans."),
         ("H","主持人",75,"这听起来有点吓人。",None),
         ("E","马斯克",78,"对。","Yes."),
         ("E2","马斯克",None,None,None),
         ("H","主持人",80,"那中国市场在您的计划里处于什么位置？",None),
         ("E","马斯克",86,"中国的工程师非常出色，上海工厂是我们效率最高的工厂之一。","The engineers in China are excellent. Giga Shanghai is one of our most efficient factories."),
         ("H","主持人",1930,"最后一个问题：给年轻工程师一句建议？",None),
         ("E","马斯克",1936,"多从第一性原理出发思考问题，不要只做类比。","Think from first principles, don't just reason by analogy.")]
    D = [d for d in D if d[0] != "E2"]
    body = []
    for w,l,t,zh,en in D:
        body.append(f'<p class="tr-line"><span class="tr-time">【{hms(t)}】</span><span class="tr-name">{l}：</span>{zh}</p>')
        if en: body.append(f'<p class="tr-en" lang="en">（原文）{esc(en)}</p>')
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>对话马斯克：人形机器人会比汽车更重要 | 硅星夜话 第57期</title>
<meta name="keywords" content="马斯克,特斯拉,人形机器人,播客,文字稿">
<link rel="stylesheet" href="//static.guixing.example/css/article.min.css?v=20240511">
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0f3c1e";}})();</script>
</head>
<body>
<div class="topnav"><div class="w1200"><a class="logo" href="/">硅星观察</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/podcast">播客</a></li><li><a href="/news">快讯</a></li><li><a href="/app">下载APP</a></li></ul><a class="login" href="/login">登录 / 注册</a></div></div>
<div class="w1200 main clearfix"><div class="left-box">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/podcast">播客</a> &gt; 正文</div>
<h1 class="art-title">对话马斯克：人形机器人会比汽车更重要</h1>
<div class="art-info"><span class="source">来源：硅星夜话</span><span class="time">2024-05-11 08:30</span><span class="author">编辑：周婷</span><span class="views">阅读 12.8万</span></div>
<div class="art-summary"><b>摘要：</b>本期节目中，马斯克谈及人形机器人、中国市场以及给年轻工程师的建议。以下为节目文字稿，马斯克部分为译文，并附英文原文。</div>
<div class="golden-quote"><h3>本期金句</h3><p>马斯克：“长期来看，人形机器人的数量可能会超过人类。”</p><p>马斯克：“多从第一性原理出发思考问题。”</p></div>
<div class="art-content">
<h2>【节目文字稿】</h2>
{chr(10).join(body)}
<p class="art-note">（本文根据节目录音整理，经编辑删节。转载请注明出处。）</p>
</div>
<div class="art-tags"><a href="/tag/musk">马斯克</a><a href="/tag/tesla">特斯拉</a><a href="/tag/robot">机器人</a></div>
<div class="comment-box"><h3>网友评论（86）</h3>
<div class="cmt"><span class="cmt-user">马斯克的忠实粉丝</span><span class="cmt-time">05-11 09:12</span><p>“对。”这一句太有马斯克的风格了哈哈</p></div>
<div class="cmt"><span class="cmt-user">Elon_中国</span><span class="cmt-time">05-11 10:40</span><p>马斯克：上海工厂是我们效率最高的工厂之一。——这句话值得上热搜</p></div>
</div>
</div>
<div class="right-box"><div class="hot-list"><h3>热门文章</h3><ol><li><a href="/a/1201">星舰第五次试飞成功回收助推器</a></li><li><a href="/a/1188">特斯拉一季度财报解读</a></li><li><a href="/a/1170">人形机器人赛道融资盘点</a></li></ol></div></div>
</div>
<div class="footer"><p>Copyright © 2024 硅星观察 版权所有</p><p><a href="https://beian.miit.gov.cn/">京ICP备2021000000号-1</a> 京公网安备 11010502000000号</p></div>
</body></html>'''
    save("ab09_guixing_zh_bilingual", "硅星夜话",
         "Simplified-Chinese media article; each turn is <p>【hh:mm:ss】Label：text</p> with full-width brackets and colon; each of his turns is a Chinese translation followed by a separate paragraph with the English original ('（原文）...'), the pair being one turn.",
         page, [(t, zh) for w,l,t,zh,en in D if w=="E"], ["主持人"])

# ---------- ab10 traditional Chinese (HK), label（mm:ss）：text ----------
def ab10():
    D = [("H","陳嘉欣",8,["各位聽眾好，歡迎收聽《港島科技談》。今集嘉賓係伊隆·馬斯克。"]),
         ("E","伊隆·馬斯克",19,["大家好，謝謝邀請。"]),
         ("H","陳嘉欣",24,["馬斯克曾經講過：「失敗是一個選項，如果你冇失敗，代表你創新得唔夠。」你而家仲係咁諗？"]),
         ("E","馬斯克",37,["係，我仍然這樣認為。火箭爆炸是學習過程的一部分。", "當然，我們希望爆炸越來越少。"]),
         ("H","陳嘉欣",96,["咁香港呢個市場，你點睇？"]),
         ("E","馬斯克",101,["香港的司機很早就接受電動車，這一點讓我印象深刻。"]),
         ("G","黃志明（嘉賓評論員）",140,["我補充一句，香港充電樁密度其實亞洲數一數二。"]),
         ("E","馬斯克",149,["沒錯，基礎設施非常重要。"]),
         ("H","陳嘉欣",4012,["最後，有冇說話想同香港年輕人講？"]),
         ("E","馬斯克",4018,["保持好奇心，多動手，少擔心別人的看法。"])]
    body = []
    for w,l,t,ps in D:
        body.append(f'<p><b>{l}（{ms(t)}）：</b>{ps[0]}</p>')
        body += [f'<p>{p}</p>' for p in ps[1:]]
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<title>【港島科技談】專訪馬斯克：失敗是一個選項 | 港島科技談 Podcast</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:locale" content="zh_HK">
<link rel="stylesheet" href="/wp-content/themes/jnews/style.css?ver=11.0.2">
</head>
<body class="post-template-default single jnews">
<div class="jeg_viewport">
<div class="jeg_header normal"><div class="jeg_nav_row"><div class="jeg_logo"><a href="/">港島科技談</a></div>
<ul class="jeg_menu"><li><a href="/">主頁</a></li><li><a href="/category/podcast">Podcast</a></li><li><a href="/category/ev">電動車</a></li><li><a href="/about">關於我們</a></li></ul></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">
<div class="jeg_breadcrumbs"><a href="/">主頁</a> › <a href="/category/podcast">Podcast</a></div>
<h1 class="jeg_post_title">【港島科技談】專訪馬斯克：失敗是一個選項</h1>
<div class="jeg_meta_container"><span class="jeg_meta_author">撰文：陳嘉欣</span> <span class="jeg_meta_date">2024年7月3日</span></div>
<div class="content-inner">
<p>今集節目我哋好榮幸邀請到伊隆·馬斯克同我哋傾偈，評論員黃志明亦有加入討論。以下為節目逐字稿（馬斯克部分以普通話／書面語翻譯）。</p>
<blockquote class="wp-block-pullquote"><p>「火箭爆炸是學習過程的一部分。」</p><cite>—— 馬斯克</cite></blockquote>
<h2>逐字稿</h2>
{chr(10).join(body)}
<p>（完）</p>
</div>
<div class="jeg_share_button"><a href="https://www.facebook.com/sharer.php">分享到 Facebook</a> <a href="https://wa.me/">WhatsApp</a></div>
<div id="comments" class="comment-area"><h3>3 則留言</h3>
<div class="comment"><span class="fn">馬斯克粉絲</span><time>2024年7月3日 下午3:12</time><p>馬斯克：保持好奇心！正呀</p></div>
<div class="comment"><span class="fn">Elon Musk HK</span><time>2024年7月4日 上午9:01</time><p>黃志明講得啱，充電樁真係多。</p></div>
</div>
</div></div></div>
<div class="jeg_footer"><p>© 2024 港島科技談 版權所有 · <a href="/privacy">私隱政策</a></p></div>
</div>
<script type="text/javascript" src="/wp-content/themes/jnews/assets/js/main.js?ver=11.0.2"></script>
</body></html>'''
    save("ab10_gangdao_zh_hant", "港島科技談",
         "Traditional-Chinese (Hong Kong) WordPress post; each turn is <p><b>Label（mm:ss）：</b>text</p> with full-width brackets and colon; '伊隆·馬斯克' first then '馬斯克'; minutes above 59 (e.g. 66:58); unlabelled continuation paragraph.",
         page, [(t, ps[0]) for w,l,t,ps in D if w=="E"], ["陳嘉欣", "黃志明（嘉賓評論員）"])

# ---------- ab11 simplified Chinese trap page: he never speaks ----------
def ab11():
    D = [("Z","张帆",12,["大家好，欢迎收听《财经拾光》。今天我们聊聊马斯克和他的商业帝国。"]),
         ("W","王蕾",20,["马斯克曾经说过：“如果一件事足够重要，即使胜算不大，你也应该去做。”我觉得这句话是理解他的钥匙。"]),
         ("L","刘博士",47,["我同意。不过他的弟弟金博尔·马斯克在采访里说过，埃隆其实很在意细节。"]),
         ("Z","张帆",75,["我们来放一段金博尔·马斯克的采访录音。"]),
         ("K","金博尔·马斯克（录音）",80,["我哥哥从小就喜欢读书，一天能读两本。"]),
         ("W","王蕾",96,["所以说马斯克的阅读量是出了名的。"]),
         ("L","刘博士",110,["对。他在一次发布会上说：“我们要让火箭像飞机一样可以重复使用。”这就是他的核心逻辑。"]),
         ("Z","张帆",140,["好，今天就聊到这里，谢谢两位。"])]
    body = []
    for w,l,t,ps in D:
        body.append(f'<div class="line"><span class="who">{l}</span> <span class="at">{ms(t)}</span><div class="say">{ps[0]}</div></div>')
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="UTF-8"><title>第112期｜读懂马斯克：从PayPal到星舰 - 财经拾光</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://cdn.caijing-shiguang.example/static/ep.css">
</head>
<body>
<div class="app"><header class="hd"><a class="brand" href="/">财经拾光</a><nav><a href="/episodes">全部节目</a><a href="/hosts">主播</a><a href="/subscribe">订阅</a></nav></header>
<main class="ep">
<h1>第112期｜读懂马斯克：从PayPal到星舰</h1>
<div class="ep-meta">主播：张帆、王蕾　嘉宾：刘博士（商学院教授）　时长：02:31　发布于 2024-08-19</div>
<div class="shownotes"><h2>本期要点</h2><ul>
<li>00:20 王蕾解读马斯克名言</li><li>01:20 金博尔·马斯克采访录音</li><li>01:50 可重复使用火箭的商业逻辑</li></ul>
<div class="quote-card"><p>埃隆·马斯克：“我们要让火箭像飞机一样可以重复使用。”</p></div>
<p class="note">注：本期节目中马斯克本人未接受采访，所引用的言论均来自公开报道。</p></div>
<section class="transcript"><h2>文字稿</h2>
{chr(10).join(body)}
</section>
<section class="cmts"><h2>听友留言</h2>
<div class="cmt"><b>马斯克</b>（昵称）：这期节目讲得挺好的！</div>
<div class="cmt"><b>Elon Musk 中文站</b>：求出一期特斯拉的。</div></section>
</main>
<footer class="ft">© 2024 财经拾光 · 沪ICP备2022000000号</footer></div>
<script src="https://cdn.caijing-shiguang.example/static/player.js"></script>
</body></html>'''
    save("ab11_caijing_zh_trap", "财经拾光",
         "Simplified-Chinese podcast page; each turn is a div with a name span, an mm:ss span and the text; TRAP: Musk is quoted by hosts and in a quote card, Kimbal Musk's recorded clip is played, a commenter is nicknamed 马斯克, but Elon Musk never speaks.",
         page, [], ["张帆", "王蕾", "刘博士", "金博尔·马斯克（录音）"])

ab09(); ab10(); ab11()
