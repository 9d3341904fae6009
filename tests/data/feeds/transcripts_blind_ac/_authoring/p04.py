"""ac04: mainland tech site (simplified Chinese), bilingual zh|en pairs, labels 埃隆·马斯克/埃隆, 金博尔·马斯克/金博尔, 【hh:mm:ss】."""
from common import gold_from, hms, gold

NAME = "ac04_jikeqianshao"
SHOW = "长桌"

LBL = {"H": ("主持人", "主持人"), "E": ("埃隆·马斯克", "埃隆"), "K": ("金博尔·马斯克", "金博尔")}

# (spk, t, [zh, en])
T = [
    ("H", 0, ["欢迎两位。兄弟俩一起来录节目，真的很难得。", "Welcome to you both. It&#8217;s really rare to get the two of you on a show together."]),
    ("E", 8, ["是啊，上一次一起上节目大概是十年前了。", "Yeah, the last time we did a show together was probably ten years ago."]),
    ("K", 14, ["而且那一次他迟到了四十分钟。", "And he was forty minutes late that time."]),
    ("E", 18, ["那是飞机的问题，不是我的问题。", "That was the plane&#8217;s fault, not mine."]),
    ("H", 23, ["你们在比勒陀利亚一起长大。小时候谁更爱冒险？", "You grew up together in Pretoria. Who was the bigger risk-taker as a kid?"]),
    ("K", 30, ["肯定是埃隆。他小时候总说：&ldquo;书里写的东西，我要亲手造出来。&rdquo;我们家的车库差点被他炸掉两次。", "Definitely Elon. He used to say, &ldquo;Whatever is in the books, I&#8217;m going to build it myself.&rdquo; He nearly blew up our garage twice."]),
    ("E", 46, ["我觉得我们俩都挺疯的，只是方向不一样。金博尔喜欢食物和人，我喜欢机器和物理。说到底都是在造东西。", "I think we were both pretty crazy, just in different directions. Kimbal liked food and people, I liked machines and physics. In the end we were both building things."]),
    ("H", 61, ["后来你们一起创办了第一家公司。那段日子是什么样的？", "Later you started your first company together. What were those days like?"]),
    ("K", 67, ["我们睡在办公室里，在基督教青年会洗澡。", "We slept in the office and showered at the YMCA."]),
    ("E", 72, ["对。", "Yes."]),
    ("K", 73, ["他说得轻松，其实那时候我们连一张像样的床都没有。", "He makes it sound easy. We didn&#8217;t even have a proper bed back then."]),
    ("H", 3655, ["最后一个问题，问你们两位：如果能给二十岁的自己一句建议，会是什么？", "Last question for both of you: if you could give your twenty-year-old self one piece of advice, what would it be?"]),
    ("K", 3662, ["多睡觉。", "Sleep more."]),
    ("E", 3664, ["我可能会说，早点开始做硬件。软件很好，但能改变物理世界的东西，总是比你想象的更难，也更值得去做。", "I&#8217;d probably say start on hardware earlier. Software is great, but things that change the physical world are always harder than you think, and more worth doing."]),
    ("H", 3690, ["谢谢两位。", "Thank you both."]),
]


def render():
    out, seen = [], set()
    for spk, t, (zh, en) in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        out.append(
            '<div class="dlg-row">\n'
            '  <div class="dlg-zh"><p><span class="dlg-name">%s</span><span class="dlg-time">【%s】</span>：%s</p></div>\n'
            '  <div class="dlg-en" lang="en"><p>%s</p></div>\n'
            '</div>' % (lab, hms(t), zh, en))
    return "\n".join(out)


def build():
    turns = gold_from([(s, t, [zh]) for s, t, (zh, en) in T])
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>中英对照｜马斯克兄弟罕见同台：睡办公室、炸车库，和给二十岁自己的建议 - 极客前哨</title>
<meta name="keywords" content="马斯克,埃隆·马斯克,金博尔·马斯克,播客,中英对照">
<meta name="description" content="埃隆·马斯克与弟弟金博尔·马斯克罕见同台接受播客访谈，极客前哨整理了中英对照全文。">
<link rel="stylesheet" href="//static.jkqs.cn/pc/css/article.min.css?v=20250611">
<style>.dlg-row{{display:flex;gap:24px;border-bottom:1px dashed #eee;padding:8px 0}}.dlg-zh,.dlg-en{{flex:1}}.dlg-en{{color:#666;font-size:14px}}.dlg-name{{font-weight:bold;color:#c0392b}}.dlg-time{{color:#999}}.golden{{background:#fffbe6;padding:12px 16px;border:1px solid #f5e0a0}}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="//hm.jkqs.cn/hm.js?a81c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="/" class="logo">极客前哨</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="on"><a href="/interview/">深度访谈</a></li><li><a href="/car/">智能汽车</a></li><li><a href="/space/">商业航天</a></li><li><a href="/app/">下载APP</a></li></ul>
<div class="login"><a href="/login">登录</a> | <a href="/reg">注册</a></div></div></div>
<div class="wrap main">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/interview/">深度访谈</a> &gt; 正文</div>
<div class="article">
<h1>中英对照｜马斯克兄弟罕见同台：睡办公室、炸车库，和给二十岁自己的建议</h1>
<div class="meta"><span>作者：前哨编译组</span><span>2025-06-11 08:30</span><span>来源：极客前哨</span><span>阅读 3.2万</span></div>
<div class="summary"><b>编者按：</b>马斯克曾在一次演讲中说：&ldquo;如果一件事足够重要，即使胜算不大，你也应该去做。&rdquo;这一次，他和弟弟金博尔·马斯克一起坐下来，聊了童年、第一次创业和各自的遗憾。以下为播客《长桌》本期节目的中英对照全文，左栏为编译组译文，右栏为英文原文，时间戳对应节目音频。中间约一小时的广告与听众问答部分略去。</div>
<div class="golden"><h3>本期金句</h3>
<p>埃隆·马斯克：能改变物理世界的东西，总是比你想象的更难，也更值得去做。</p>
<p>金博尔·马斯克：我们家的车库差点被他炸掉两次。</p></div>
<h2>访谈全文</h2>
<div class="dialogue">
{dialogue}
</div>
<p class="copyright">本文由极客前哨编译，英文原文版权归原节目所有。转载请注明出处。</p>
<div class="tags"><a href="/tag/musk">马斯克</a><a href="/tag/spacex">SpaceX</a><a href="/tag/tesla">特斯拉</a><a href="/tag/podcast">播客</a></div>
</div>
<div class="comment-box"><h3>评论（2）</h3>
<ul class="cmt-list">
<li><span class="cmt-user">马斯克的铁粉</span><p>埃隆：&ldquo;那是飞机的问题，不是我的问题。&rdquo;哈哈哈，太真实了。</p><span class="cmt-time">2025-06-11 09:02</span> <a class="cmt-like">赞 128</a></li>
<li><span class="cmt-user">深圳工程师老王</span><p>金博尔说的睡办公室那段，创业的人都懂。</p><span class="cmt-time">2025-06-11 10:15</span> <a class="cmt-like">赞 41</a></li>
</ul></div>
<div class="side-hot"><h3>24小时热文</h3><ol><li><a href="/news/88120.html">国内某车企发布固态电池路线图</a></li><li><a href="/space/88117.html">商业航天：可回收火箭的下一步</a></li><li><a href="/interview/88102.html">对话一位火箭发动机工程师</a></li></ol></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 商务合作 | 加入我们</p><p>&copy; 2025 极客前哨 版权所有 京ICP备2023xxxxxx号-1</p></div>
<script src="//static.jkqs.cn/pc/js/article.min.js?v=20250611"></script>
</body>
</html>
""".format(dialogue=render())
    g = gold("Simplified-Chinese article with a two-column dialogue: each row has a Chinese translation ('Name【hh:mm:ss】：text', full name first then given name) and the English original beside it; the pair is one turn.",
             SHOW, turns, ["主持人", "金博尔·马斯克", "金博尔"])
    return NAME, page, g
