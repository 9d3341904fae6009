from common import *

NAME = "h07_guiji_zh_bilingual"
# (speaker, seconds, chinese, english original or None)
T = [
    ("H", 0, "欢迎收听《前沿信号》。今天的嘉宾是埃隆·马斯克，我们聊聊自动驾驶和中国市场。", None),
    (ELON, 9, "谢谢邀请，很高兴来到这里。", "Thanks for having me, great to be here."),
    ("H", 12, "FSD 在中国落地的最大障碍是什么？是数据、监管，还是算力？", None),
    (ELON, 20, "主要是数据合规。训练数据需要留在境内，所以我们必须在本地建设训练能力。技术本身不是问题。", "Mainly data compliance. The training data has to stay in the country, so we have to build training capacity locally. The technology itself isn't the problem."),
    ("H", 318, "所以会在上海建数据中心？", None),
    (ELON, 322, "对。", "Yes."),
    ("H", 324, "很多人说中国的智能驾驶竞争对手进步非常快。", None),
    (ELON, 331, "中国的竞争对手非常强，这是事实。他们工作极其努力，迭代速度很快。我一直说，中国的汽车公司是世界上最有竞争力的。", "The Chinese competitors are very strong, that's a fact. They work incredibly hard and iterate fast. I've always said the Chinese car companies are the most competitive in the world."),
    ("H", 1742, "最后一个问题：Robotaxi 什么时候会在中国出现？", None),
    (ELON, 1750, "我希望是明年，但这取决于审批。我们已经准备好了，只等监管部门点头。", "I hope next year, but it depends on approvals. We're ready; we're just waiting for the regulators to say yes."),
    ("H", 1770, "谢谢埃隆。", None),
]


def build():
    out = []
    seen = False
    for spk, t, zh, en in T:
        if spk == ELON:
            label = "马斯克" if seen else "埃隆·马斯克"
            seen = True
        else:
            label = "主持人"
        stamp = f'<span class="ts">【{hms(t)}】</span>'
        orig = f'\n  <p class="orig" lang="en">{E(en)}</p>' if en else ""
        out.append(f'<div class="qa-item">\n  <p>{stamp}<b>{label}：</b>{E(zh)}</p>{orig}\n</div>')
    body = "\n".join(out)
    turns = [(spk, t, [zh]) for spk, t, zh, en in T]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>马斯克最新访谈全文（中英对照）：FSD入华最大障碍是数据合规 | 硅基观察</title>
<meta name="keywords" content="马斯克,特斯拉,FSD,自动驾驶,访谈,中英对照">
<meta name="description" content="埃隆·马斯克做客播客《前沿信号》，谈FSD入华、中国竞争对手与Robotaxi时间表。">
<link rel="stylesheet" href="//static.guijiguancha.cn/css/article.3f1.css">
<style>.orig{{color:#888;font-size:14px;margin-top:-6px}}.ts{{color:#c33;margin-right:4px;font-family:monospace}}.jinju{{background:#fff7e6;border-left:4px solid #fa8c16;padding:10px 14px}}</style>
</head>
<body>
<div class="top-nav">
 <a href="/" class="logo">硅基观察</a>
 <ul><li><a href="/">首页</a></li><li><a href="/news">快讯</a></li><li><a href="/auto">智能汽车</a></li><li><a href="/ai">人工智能</a></li><li><a href="/chip">芯片</a></li><li><a href="/interview">深度访谈</a></li></ul>
 <a class="app-dl" href="/app">下载APP</a>
</div>
<div class="main clearfix">
<div class="article">
 <h1>马斯克最新访谈全文（中英对照）：FSD入华最大障碍是数据合规</h1>
 <div class="meta"><span class="author">作者：周启航</span> <span class="src">来源：硅基观察编译</span> <span class="time">2025-03-21 08:30</span> <span class="read">阅读 3.2万</span></div>
 <div class="lead">
  <p>编者按：近日，特斯拉CEO埃隆·马斯克做客海外科技播客《前沿信号》（Frontier Signal），与主持人莱昂·哈特曼（Leo Hartmann）对谈约30分钟。硅基观察对访谈全文进行了编译，马斯克的回答附英文原文，时间戳对应原播客音频，供读者参考。</p>
 </div>
 <div class="jinju">
  <p><b>【马斯克金句】</b></p>
  <p>马斯克：中国的汽车公司是世界上最有竞争力的。</p>
  <p>马斯克：技术本身不是问题，主要是数据合规。</p>
 </div>
 <h2>访谈全文</h2>
 <div class="qa">
{body}
 </div>
 <p class="end-note">（本文由硅基观察编译，译文仅供参考，以英文原文为准。未经授权禁止转载。）</p>
 <div class="tags">标签：<a href="/tag/musk">马斯克</a> <a href="/tag/tesla">特斯拉</a> <a href="/tag/fsd">FSD</a></div>
 <div class="related"><h3>相关阅读</h3><ul>
  <li><a href="/a/20250318/9912.html">特斯拉上海超级工厂第三季度交付量创新高</a></li>
  <li><a href="/a/20250315/9840.html">深度：国产智驾方案的下一步</a></li>
  <li><a href="/a/20250310/9777.html">马斯克称“明年推出Robotaxi”，这次靠谱吗？</a></li>
 </ul></div>
 <div class="comments"><h3>网友评论（2）</h3>
  <div class="cmt"><span class="u">马斯克的粉丝</span>：“中国的竞争对手非常强”——难得说句实话。</div>
  <div class="cmt"><span class="u">Elon_上海</span>：翻译不错，就是第二段的“算力”原文里没有。</div>
 </div>
</div>
<div class="sidebar"><div class="hot"><h3>24小时热文</h3><ol><li><a href="#">英伟达发布新一代车载芯片</a></li><li><a href="#">小米汽车月销破三万</a></li><li><a href="#">蔚来换电站突破3000座</a></li></ol></div></div>
</div>
<div class="footer"><p>硅基观察 版权所有 &copy; 2025 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2023012345号-1</a></p></div>
<script src="//static.guijiguancha.cn/js/base.3f1.js"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?8a0c";document.body.appendChild(hm);}})();</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Mainland Chinese tech-media translation; each exchange is a <p> with a 【hh:mm:ss】 stamp and a bold label with full-width colon (埃隆·马斯克： first, then 马斯克：), his Chinese translation followed by the English original in a grey paragraph (one turn).",
                 "Frontier Signal (前沿信号), compiled by 硅基观察", turns, ["主持人"], zh=True)


if __name__ == "__main__":
    build()
