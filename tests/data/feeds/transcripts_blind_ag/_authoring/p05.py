from lib import *

NAME = "ag05_shenkong-duihua-zh"
SHOW = "深空观察"
FMT = ("Simplified-Chinese tech-media article; each turn is a paragraph '【hh:mm:ss.mmm】标签：译文' with a full-width colon, "
       "his Chinese translation followed by the English original in a separate grey paragraph (the pair is one turn).")

H, E, Z = "李澄", "马斯克", "周嘉禾"
# (who, ms, zh, en)
T = [
 (H, 12480, "欢迎收看《深空观察》。今天我们非常荣幸请到了埃隆·马斯克，以及电池材料研究者周嘉禾博士。埃隆，你好。", None),
 (E, 21930, "你好，很高兴来到这里。我上次来上海还是好几年前。", "Hi, great to be here. The last time I was in Shanghai was several years ago."),
 (H, 30110, "我们先聊电池。你曾经说过：“电池是新的石油。”现在你还这么认为吗？", None),
 (E, 41860, "基本上是的。不过更准确地说，电池是储存能量的方式，而太阳是能量本身。两者结合，才是真正的变化。", "Basically, yes. Though more precisely, batteries are how you store energy, and the sun is the energy itself. The combination is the real change."),
 (Z, 62500, "我想补充一点。从材料角度看，磷酸铁锂的进步比很多人预想的要快，马斯克先生刚才说的“结合”，我们在实验室里已经看到了。", None),
 (E, 84020, "对，这正是我想说的。", "Right, that's exactly my point."),
 (H, 86750, "那么成本呢？很多观众关心什么时候电动车会比燃油车更便宜。", None),
 (E, 95300, "在很多市场其实已经做到了，如果你算上整个使用周期的话。购车价格还需要再降一些，但这主要是制造规模的问题。", "In many markets it already is, if you count the whole lifetime. The sticker price still has to come down, but that's mostly a question of manufacturing scale."),
 (Z, 121400, "我同意规模很重要，但原材料的价格波动也不能忽视。", None),
 (E, 130880, "这一点没错。所以我们会尽量让配方不依赖任何一种稀缺材料。如果某种材料太贵，就换掉它。", "That's true. So we try to make the chemistry not depend on any single scarce material. If something gets too expensive, you design it out."),
 (H, 152040, "最后一个问题：给中国的年轻工程师一句建议？", None),
 (E, 158660, "多动手，少开会。还有，要敢于质疑需求本身。", "Build more, meet less. And don't be afraid to question the requirements themselves."),
 (H, 170200, "谢谢埃隆，谢谢周博士。本期节目就到这里。", None),
]

def ts(ms):
    s = ms // 1000
    return "%02d:%02d:%02d.%03d" % (s // 3600, s % 3600 // 60, s % 60, ms % 1000)

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, ms, zh, en in T:
        if who == E:
            g.elon(ms // 1000, zh, zh=True)
        else:
            g.other(who)
        out.append('<p class="qa"><span class="ts">【%s】</span><strong>%s：</strong>%s</p>' % (ts(ms), who, esc(zh)))
        if en:
            out.append('<p class="orig" lang="en" style="color:#8a8a8a;font-size:14px">%s</p>' % esc(en))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>对话马斯克：电池、成本与年轻工程师（中英对照全文）_深空观察</title>
<meta name="keywords" content="马斯克,特斯拉,电池,深空观察">
<meta name="description" content="马斯克：电池是储存能量的方式，而太阳是能量本身。">
<link rel="stylesheet" href="//static.shenkongobs.cn/pc/css/article.c81f.css">
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?4b7e0c1a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/">首页</a><a href="/news/">快讯</a><a href="/video/">视频</a><a href="/column/">专栏</a><a href="/app/">下载APP</a><span class="login"><a href="/login">登录</a>|<a href="/reg">注册</a></span></div></div>
<div class="logo-bar w1200"><a href="/" class="logo">深空观察</a><form class="search" action="/search"><input name="q" placeholder="搜索"></form></div>
<div class="w1200 main clearfix">
<div class="article-left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/column/">专栏</a> &gt; 正文</div>
<h1 class="article-title">对话马斯克：电池、成本与年轻工程师（中英对照全文）</h1>
<div class="article-info"><span>2025-05-18 20:30</span><span>来源：深空观察</span><span>编辑：王一帆</span><span class="read">阅读 3.2万</span></div>
<div class="summary-box"><b>编者按</b>　本期《深空观察》节目中，主持人李澄与埃隆·马斯克、周嘉禾博士对谈。以下为节目文字实录，马斯克的发言附英文原文，时间码对应节目视频。<br><b>金句：</b>马斯克：“多动手，少开会。”</div>
<div class="video-box"><video poster="//img.shenkongobs.cn/2025/0518/cover.jpg" src="//v.shenkongobs.cn/2025/0518/ep42.mp4" controls preload="none"></video></div>
<div class="article-content">
%s
<p class="editor-note">（本文根据节目录音整理，经嘉宾确认。转载请注明出处。）</p>
</div>
<div class="article-tags">标签：<a href="/tag/musk">马斯克</a><a href="/tag/battery">电池</a><a href="/tag/ev">新能源汽车</a></div>
<div class="comment-area"><h3>网友评论（2）</h3>
<div class="cmt"><span class="u">马斯克的小迷弟</span><p>“多动手，少开会”说得太好了，转给我们领导看看。</p></div>
<div class="cmt"><span class="u">Elon_上海</span><p>周博士讲磷酸铁锂那段很专业。</p></div></div>
</div>
<div class="article-right"><div class="hot"><h4>热门文章</h4><ol><li><a href="/a/1">固态电池量产还要几年？</a></li><li><a href="/a/2">星舰第九次试飞回顾</a></li></ol></div></div>
</div>
<div class="footer">Copyright &copy; 2025 深空观察 版权所有　沪ICP备2023012345号-1</div>
<script src="//static.shenkongobs.cn/pc/js/article.c81f.js"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
