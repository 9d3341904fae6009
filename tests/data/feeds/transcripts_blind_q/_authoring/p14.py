"""q14 - Mainland Chinese tech-media article: bilingual transcript (Chinese translation + English original per turn), 【hh:mm:ss】 times."""
from common import ELON, esc, gold_turns, hms, write_page

NAME = "q14_xingji_guancha_zh_cn_bilingual"
SHOW = "星际观察（转载《长轨道》The Long Orbit 播客）"

LAB = {"R": (("主持人（瑞安）", "瑞安"), ("Ryan Keller", "Ryan")),
       ELON: (("埃隆·马斯克", "马斯克"), ("Elon Musk", "Musk"))}

# (key, secs or None for continuation pair, zh, en)
PAIRS = [
    ("R", 5, "欢迎收听《长轨道》。今天的嘉宾是埃隆·马斯克。埃隆，欢迎。", "Welcome to The Long Orbit. Today's guest is Elon Musk. Elon, welcome."),
    (ELON, 12, "谢谢邀请，很高兴来到这里。", "Thanks for having me. Glad to be here."),
    ("R", 220, "我们先聊上海超级工厂。它为什么能建得这么快？", "Let's start with the Shanghai Gigafactory. Why was it built so fast?"),
    (ELON, 228, "上海团队非常出色。从破土动工到第一辆车下线，用了不到一年。这在全世界都是极快的速度。", "The Shanghai team is outstanding. From breaking ground to the first car off the line took less than a year. That's extremely fast anywhere in the world."),
    (None, None, "而且供应链就在附近，这一点非常关键。", "And the supply chain is right there, which is critical."),
    ("R", 902, "很多人引用你的话，说“工厂本身才是产品”。你现在还这么认为吗？", "A lot of people quote you as saying \u201cthe factory is the product.\u201d Do you still think so?"),
    (ELON, 910, "是的。", "Yes."),
    ("R", 912, "能展开说说吗？", "Can you elaborate?"),
    (ELON, 914, "设计一辆车相对容易，难的是以低成本、大规模地把它造出来。制造才是真正的创新所在。", "Designing a car is relatively easy. The hard part is building it at scale and at low cost. Manufacturing is where the real innovation is."),
    ("R", 2490, "那火星呢？你说过希望在火星上建一座城市。", "What about Mars? You've said you want to build a city there."),
    (ELON, 2497, "我们希望在未来几年内先把无人星舰送到火星。如果着陆顺利，再把人送过去。", "We hope to send uncrewed Starships to Mars in the next few years. If they land safely, then we send people."),
    ("R", 3730, "最后一个问题：对中国的年轻工程师，你有什么建议？", "Last question: any advice for young engineers in China?"),
    (ELON, 3738, "多学物理，从第一性原理出发思考问题。不要因为别人都这么做就照着做。", "Study physics and think from first principles. Don't do something just because everyone else does it."),
    ("R", 3780, "谢谢你，埃隆。", "Thank you, Elon."),
    (ELON, 3782, "谢谢。", "Thank you."),
]


def render():
    out = []
    seen = set()
    for k, t, zh, en in PAIRS:
        if k is None:
            out.append('<div class="dialog-pair dialog-cont"><p class="zh">%s</p><p class="en" lang="en">%s</p></div>' % (esc(zh), esc(en)))
            continue
        (zf, zs), (ef, es) = LAB[k]
        first = k not in seen
        seen.add(k)
        out.append('<div class="dialog-pair" data-ts="%d"><p class="zh"><span class="tc">【%s】</span><strong>%s：</strong>%s</p><p class="en" lang="en"><strong>%s:</strong> %s</p></div>'
                   % (t, hms(t), zf if first else zs, esc(zh), ef if first else es, esc(en)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>马斯克最新播客访谈全文（中英对照）：上海工厂、“工厂即产品”与火星计划_星际观察</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,星舰,火星,访谈,中英对照">
<meta name="description" content="埃隆·马斯克做客海外播客《长轨道》，谈上海超级工厂、制造业创新与火星计划。本文为访谈全文中英对照。">
<link rel="stylesheet" href="https://static.xingjiguancha.cn/css/article.min.css?v=20250302">
<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3f9a1c0e7b2d";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
<style>.dialog-pair{{display:grid;grid-template-columns:1fr 1fr;gap:16px;border-bottom:1px dashed #ddd;padding:8px 0}} .dialog-pair .en{{color:#666;font-size:14px}} .tc{{color:#c33;font-family:Menlo,monospace;margin-right:4px}} .golden{{background:#fff8e5;border:1px solid #f0d48a;padding:12px 16px}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="https://www.xingjiguancha.cn/">星际观察首页</a> | <a href="https://www.xingjiguancha.cn/app/">下载APP</a> | <a href="https://passport.xingjiguancha.cn/login">登录</a> <a href="https://passport.xingjiguancha.cn/reg">注册</a></div></div>
<div class="header w1200"><a class="logo" href="https://www.xingjiguancha.cn/"><img src="https://static.xingjiguancha.cn/img/logo.png" alt="星际观察" width="168" height="40"></a>
<ul class="nav"><li><a href="/news/">快讯</a></li><li class="cur"><a href="/deep/">深度</a></li><li><a href="/ev/">新能源车</a></li><li><a href="/space/">商业航天</a></li><li><a href="/ai/">人工智能</a></li><li><a href="/video/">视频</a></li></ul></div>
<div class="main w1200 clearfix">
<div class="article-wrap fl">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/deep/">深度</a> &gt; 正文</div>
<h1 class="article-title">马斯克最新播客访谈全文（中英对照）：上海工厂、“工厂即产品”与火星计划</h1>
<div class="article-info"><span class="time">2025-03-02 10:28</span><span class="source">来源：星际观察</span><span class="author">编译：林晓舟</span><span class="views">阅读 12.6万</span></div>
<div class="article-content" id="artibody">
<div class="editor-note"><p><strong>编者按：</strong>本周，特斯拉及SpaceX首席执行官埃隆·马斯克做客海外科技播客《长轨道》（The Long Orbit），与主持人瑞安·凯勒（Ryan Keller）进行了约一小时的对话。马斯克曾说：“制造才是真正的创新所在。”这一次，他再次谈到了上海超级工厂。以下为访谈全文，左栏为中文译文，右栏为英文原文，时间码对应播客音频。</p></div>
<div class="golden"><p class="golden-title"><strong>金句摘录</strong></p>
<p>马斯克：上海团队非常出色。</p>
<p>马斯克：多学物理，从第一性原理出发思考问题。</p>
</div>
<h2 class="sub-title">访谈全文</h2>
<div class="dialog">
{pairs}
</div>
<p class="article-end">（本文由星际观察编译，转载请注明出处。译文仅供参考，以英文原文为准。）</p>
<div class="article-tags">标签：<a href="/tag/马斯克/">马斯克</a><a href="/tag/特斯拉/">特斯拉</a><a href="/tag/星舰/">星舰</a></div>
</div>
<div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.xingjiguancha.cn%2Fdeep%2F202503%2F88341.html">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="comment-box" id="comments">
<h3>网友评论 <span>(3)</span></h3>
<ul class="comment-list">
<li><div class="c-user">马斯克的铁粉</div><div class="c-time">2025-03-02 11:05</div><div class="c-txt">马斯克：“是的。” 这个回答太干脆了哈哈</div></li>
<li><div class="c-user">同名的埃隆</div><div class="c-time">2025-03-02 12:41</div><div class="c-txt">翻译得不错，第一性原理那段原文更有味道。</div></li>
<li><div class="c-user">上海临港工程师</div><div class="c-time">2025-03-02 14:17</div><div class="c-txt">不到一年确实是真的，当时天天加班。</div></li>
</ul>
<div class="c-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
</div>
</div>
<div class="sidebar fr">
<div class="side-box"><h3>相关阅读</h3><ul><li><a href="/deep/202502/87920.html">马斯克：星舰将在两年内实现完全复用</a></li><li><a href="/ev/202502/87811.html">上海超级工厂2月交付数据出炉</a></li><li><a href="/space/202501/87402.html">金博尔·马斯克谈兄弟与创业</a></li></ul></div>
<div class="side-box"><h3>24小时热榜</h3><ol><li><a href="/news/202503/88350.html">国内商业航天首次海上回收成功</a></li><li><a href="/ai/202503/88337.html">大模型价格战再升级</a></li></ol></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/legal/">免责声明</a></p><p>Copyright &copy; 2025 星际观察 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2021034417号-2</a> 京公网安备11010502046621号</p></div>
<script src="https://static.xingjiguancha.cn/js/jquery-1.12.4.min.js"></script>
<script src="https://static.xingjiguancha.cn/js/article.min.js?v=20250302"></script>
</body>
</html>
"""


def build():
    page = PAGE.format(pairs=render())
    turns = [(k, t, [zh]) for k, t, zh, en in PAIRS if k is not None]
    return write_page(
        NAME, page, SHOW,
        "Mainland Chinese article with a bilingual transcript: each turn is a two-column pair, Chinese '<span>【hh:mm:ss】</span><strong>名字：</strong>译文' beside an English '<strong>Name:</strong> original'; labels full (埃隆·马斯克 / Elon Musk) then short (马斯克 / Musk); a continuation pair has no label or time.",
        gold_turns(turns, zh=True),
        ["主持人（瑞安）", "瑞安", "Ryan Keller", "Ryan"],
    )
