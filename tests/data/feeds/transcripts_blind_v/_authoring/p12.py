from common import *

NAME = "v12_zh_qianyan_translated_interview"
SHOW = "前沿科技网"

LAB = {"H": ("汤姆·哈珀", "哈珀"), "E": ("埃隆·马斯克", "马斯克")}

TURNS = [
    Turn("H", 0, ["欢迎收听《长线思考》。今天的嘉宾是埃隆·马斯克。埃隆，谢谢你抽出时间。"]),
    Turn("E", 65, ["谢谢邀请。今天在星舰基地，外面风很大，如果有噪音请见谅。"]),
    Turn("H", 78, ["我们先聊星舰。下一次试飞最大的目标是什么？"]),
    Turn("E", 220, ["最大的目标是验证在轨推进剂加注。这件事听起来很无聊，但它决定了我们能不能去火星。",
                    "如果没有在轨加注，星舰就只是一枚很大的火箭；有了它，整个太阳系都变得可以到达。"]),
    Turn("H", 301, ["那你们打算什么时候做第一次加注试验？"]),
    Turn("E", None, ["我希望是今年。不过我对时间表一向比较乐观，大家听听就好。"]),
    Turn("H", 350, ["说到机器人。擎天柱（Optimus）今年真的能在工厂里干活吗？"]),
    Turn("E", 358, ["已经在干一些简单的活了，比如搬运电芯托盘。难的是手。人手有二十多个自由度，要做到又灵巧又耐用，非常难。"]),
    Turn("H", 410, ["所以瓶颈在手。"]),
    Turn("E", 413, ["对。"]),
    Turn("H", 415, ["很多中国工程师在关注你们的进展。你对他们有什么评价？"]),
    Turn("E", 2730, ["中国的工程人才非常多，而且工作非常努力。我一直说，上海超级工厂的团队是全世界最好的团队之一。"]),
    Turn("H", 3905, ["最后一个问题：你现在最担心什么？"]),
    Turn("E", 3911, ["最担心的是我们做得太慢。很多项目不是死于错误的决定，而是死于太慢的决定。"]),
    Turn("H", 3950, ["谢谢埃隆。"]),
    Turn("E", None, ["谢谢。"]),
]

FORMAT = ("Simplified-Chinese translated interview: each turn is a paragraph opening with a bold label ('埃隆·马斯克' at first, "
          "then '马斯克'), a time in full-width brackets '（hh:mm:ss）' and a full-width colon; some turns have no time and "
          "continuation paragraphs are unlabelled.")


def render():
    seen = set()
    out = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        tm = f'<span class="tm">（{hms(tr.t)}）</span>' if tr.t is not None else ""
        out.append(f'<p><strong>{lab}</strong>{tm}：{tr.paras[0]}</p>')
        out.extend(f"<p>{p}</p>" for p in tr.paras[1:])
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>马斯克最新访谈全文：谈星舰加注、擎天柱机器人与中国工程师（附时间轴）_前沿科技网</title>
<meta name="keywords" content="马斯克,星舰,擎天柱,特斯拉,SpaceX,访谈">
<meta name="description" content="马斯克在播客《长线思考》中谈到星舰在轨加注、人形机器人的难点，以及对中国工程师的评价。本文为访谈全文编译。">
<link rel="stylesheet" href="//static.qianyantech.cn/css/article.v3.css">
<style>.ydzd{{background:#f7f9fc;border:1px solid #e3e9f2;padding:12px 16px;margin:16px 0}} .ydzd h3{{font-size:16px;color:#c00}} .tm{{color:#999;font-size:13px}}</style>
<script>var ARTICLE_ID = "20250612A0X9KQ"; var CHANNEL = "tech";</script>
<script src="//static.qianyantech.cn/js/stat.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="//www.qianyantech.cn/">前沿科技网首页</a> | <a href="//www.qianyantech.cn/app/">下载客户端</a> | <a href="//passport.qianyantech.cn/login">登录</a> <a href="//passport.qianyantech.cn/reg">注册</a></div></div>
<div class="header w1200"><a class="logo" href="//www.qianyantech.cn/"><img src="//static.qianyantech.cn/img/logo.png" alt="前沿科技网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/ai/">人工智能</a></li><li class="on"><a href="/space/">商业航天</a></li><li><a href="/ev/">新能源车</a></li><li><a href="/chip/">芯片</a></li><li><a href="/finance/">财经</a></li></ul></div>
<div class="main w1200 clearfix">
<div class="left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/space/">商业航天</a> &gt; 正文</div>
<h1 class="title">马斯克最新访谈全文：谈星舰加注、擎天柱机器人与中国工程师（附时间轴）</h1>
<div class="info"><span class="time">2025-06-12 09:41</span> <span class="source">来源：前沿科技网</span> <span class="author">编译：林晓雨</span> <span class="views">阅读 12.8万</span></div>
<div class="ydzd">
<h3>本文要点</h3>
<ul>
<li>马斯克：星舰下一次试飞的最大目标是验证在轨推进剂加注。</li>
<li>马斯克：人形机器人最难的部分是“手”。</li>
<li>马斯克：上海超级工厂团队是“全世界最好的团队之一”。</li>
</ul>
<p class="ai-tip">以上要点由AI生成，仅供参考</p>
</div>
<div class="article-content" id="artibody">
<p><strong>编者按：</strong>近日，特斯拉及SpaceX首席执行官埃隆·马斯克做客美国播客《长线思考》（The Long Game），与主持人汤姆·哈珀（Tom Harper）进行了约一小时的对话。马斯克在节目中直言：“很多项目不是死于错误的决定，而是死于太慢的决定。”以下为前沿科技网编译的访谈全文，括号内为音频时间轴，部分内容有删节。</p>
<p class="img"><img src="//img.qianyantech.cn/2025/06/12/musk-podcast.jpg" alt="马斯克接受播客采访"></p>
<p class="img-desc">图片来源：视频截图</p>
{body}
<p>（完）</p>
<p class="statement">【免责声明】本文仅代表作者个人观点，与前沿科技网无关。译文仅供参考，请以英文原版为准。</p>
</div>
<div class="tags">标签：<a href="/tag/马斯克">马斯克</a> <a href="/tag/星舰">星舰</a> <a href="/tag/擎天柱">擎天柱</a></div>
<div class="related"><h4>相关阅读</h4><ul>
<li><a href="/space/20250530A01.html">马斯克：星舰第九次试飞“学到了很多”</a></li>
<li><a href="/ev/20250528A07.html">特斯拉上海超级工厂第300万辆整车下线</a></li>
<li><a href="/ai/20250521A03.html">人形机器人的手，为什么这么难做？</a></li></ul></div>
<div class="comment-box" id="comments">
<h4>网友评论（326）</h4>
<ul class="cmt-list">
<li><div class="cmt-user"><img src="//static.qianyantech.cn/img/avatar.png" alt=""><span class="uname">马斯克的铁粉</span> <span class="loc">上海</span></div><div class="cmt-txt">“最担心的是我们做得太慢”——说得太对了。</div><div class="cmt-meta">06-12 10:02 · 赞 1208</div></li>
<li><div class="cmt-user"><img src="//static.qianyantech.cn/img/avatar.png" alt=""><span class="uname">埃隆·马斯克</span> <span class="loc">广东</span></div><div class="cmt-txt">对。</div><div class="cmt-meta">06-12 10:15 · 赞 3391</div>
<ul class="cmt-reply"><li><span class="uname">火星移民办</span>：回复 @埃隆·马斯克：马斯克：你怎么也在这里？哈哈</li></ul></li>
<li><div class="cmt-user"><img src="//static.qianyantech.cn/img/avatar.png" alt=""><span class="uname">星辰大海2049</span> <span class="loc">四川</span></div><div class="cmt-txt">在轨加注才是真正的里程碑，期待。</div><div class="cmt-meta">06-12 11:37 · 赞 406</div></li>
</ul>
</div>
</div>
<div class="right">
<div class="mod"><h4>24小时热榜</h4><ol><li><a href="#">国产大模型新版本发布，推理能力大幅提升</a></li><li><a href="#">商业航天企业密集融资</a></li><li><a href="#">固态电池量产时间表曝光</a></li></ol></div>
<div class="mod ad"><a href="#"><img src="//static.qianyantech.cn/ad/300x250.jpg" alt="广告"></a></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jobs/">加入我们</a> | <a href="/copyright/">版权声明</a></p>
<p>Copyright © 2025 前沿科技网 版权所有 京ICP备2025000000号-1 京公网安备11010502000000号</p></div>
<script src="//static.qianyantech.cn/js/article.min.js"></script>
</body>
</html>
"""
    others = ["汤姆·哈珀", "哈珀"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
