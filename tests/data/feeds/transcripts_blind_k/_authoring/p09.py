"""k09 - mainland Chinese tech-media article, bilingual (中英对照): 【hh:mm:ss】 + 埃隆·马斯克：/马斯克： + Chinese, English original below."""
from common import *

NAME = "k09_jikeqianshao_zh_bilingual"
SHOW = "极客前哨（转载《深轨道》播客）"

LAB = {"E": ("埃隆·马斯克", "马斯克"), "H": ("主持人", "主持人")}


def B(spk, t, zh, en):
    zh = zh if isinstance(zh, list) else [zh]
    en = en if isinstance(en, list) else [en]
    return {"spk": spk, "t": t, "paras": zh, "en": en}


TURNS = [
    B("H", tsec(0, 0, 5), "欢迎收听《深轨道》。今天的嘉宾是埃隆·马斯克。埃隆，欢迎你。", "Welcome to Deep Orbit. Today’s guest is Elon Musk. Elon, welcome."),
    B("E", tsec(0, 0, 12), "谢谢，很高兴来到这里。", "Thanks, good to be here."),
    B("H", tsec(0, 0, 15), "我们先从星舰说起。你多次说过，完全可复用是最关键的突破。为什么？", "Let’s start with Starship. You’ve said many times that full reusability is the key breakthrough. Why?"),
    B("E", tsec(0, 0, 24), ["因为如果火箭只能用一次，就相当于每次飞行之后把飞机扔掉。航空旅行的成本主要是燃料，而不是飞机本身。", "火箭也应该是这样。推进剂其实很便宜，一次飞行只要几十万美元。真正贵的是硬件。"],
      ["Because if a rocket can only be used once, it’s like throwing away the airplane after every flight. The cost of air travel is mostly fuel, not the plane itself.", "Rockets should be the same. Propellant is actually cheap, a few hundred thousand dollars a flight. What’s expensive is the hardware."]),
    B("H", tsec(0, 1, 10), "所以关键在于周转速度。", "So the key is turnaround speed."),
    B("E", tsec(0, 1, 13), "对。", "Right."),
    B("H", tsec(0, 31, 40), "聊聊人工智能。很多听众担心它发展得太快了。", "Let’s talk about AI. A lot of listeners worry it’s moving too fast."),
    B("E", tsec(0, 31, 52), "我一直认为人工智能是我们这个时代最大的风险之一，同时也是最大的机会之一。这两件事同时成立。", "I’ve always thought AI is one of the biggest risks of our time, and also one of the biggest opportunities. Both are true at the same time."),
    B("H", tsec(0, 32, 20), "那你怎么看监管？", "So what about regulation?"),
    B("E", tsec(0, 32, 24), "我认为应该有一个监管机构，先把情况了解清楚，再提出规则。目的不是拖慢进度，而是确保有人在认真看着。", "I think there should be a regulatory body that first gets a good understanding of what’s happening and then proposes rules. Not to slow things down, but so that someone is paying attention."),
    B("H", tsec(1, 5, 2), "最后一个问题：你希望火星上的第一座城市是什么样子？", "Last question: what do you hope the first city on Mars is like?"),
    B("E", tsec(1, 5, 10), "我希望那是一个有趣的地方。人们去那里不只是为了生存，而是因为那里令人兴奋。当然，还得有几家好酒吧。", "I hope it’s a fun place. People go there not just to survive, but because it’s exciting. And it should have some good bars, of course."),
    B("H", tsec(1, 5, 40), "谢谢你，埃隆。", "Thank you, Elon."),
    B("E", tsec(1, 5, 42), "谢谢。", "Thanks."),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, p in enumerate(t["paras"]):
            if i == 0:
                out.append('<p class="zh"><span class="ts">【%s】</span><strong>%s：</strong>%s</p>' % (hms(t["t"]), esc(lab), esc(p)))
            else:
                out.append('<p class="zh">%s</p>' % esc(p))
        for p in t["en"]:
            out.append('<p class="en-orig" lang="en">%s</p>' % esc(p))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>对话马斯克：星舰、AI与火星城市｜全文实录（中英对照）_极客前哨</title>
<meta name="keywords" content="马斯克,星舰,SpaceX,人工智能,火星,播客实录">
<meta name="description" content="《深轨道》播客最新一期对话埃隆·马斯克，极客前哨编译全文，中英对照。">
<meta name="renderer" content="webkit">
<link rel="stylesheet" href="https://static.jikeqianshao.com/pc/css/article.6b1d2c.css">
<style>.en-orig{color:#8a8f99;font-size:14px;margin-top:-6px}.ts{color:#1e80ff;margin-right:4px}.jinju{background:#fff7e6;border-left:4px solid #fa8c16;padding:12px 16px}</style>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f9ab0c7e1d24a6b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="header">
  <div class="wrap">
    <a class="logo" href="https://www.jikeqianshao.com/">极客前哨</a>
    <ul class="nav"><li><a href="/">首页</a></li><li><a href="/newsflash">快讯</a></li><li class="cur"><a href="/deep">深度</a></li><li><a href="/ai">AI</a></li><li><a href="/car">汽车</a></li><li><a href="/space">航天</a></li><li><a href="/video">视频</a></li></ul>
    <div class="user"><a href="/login">登录</a> | <a href="/register">注册</a></div>
  </div>
</div>
<div class="main wrap">
  <div class="article-left">
    <div class="crumb"><a href="/">首页</a> &gt; <a href="/deep">深度</a> &gt; 正文</div>
    <h1 class="article-title">对话马斯克：星舰、AI与火星城市｜全文实录（中英对照）</h1>
    <div class="article-info"><span class="source">来源：极客前哨</span><span class="author">编译：周一帆</span><span class="time">2024-08-19 08:30</span><span class="views">阅读 5.2万</span></div>
    <div class="article-content">
      <div class="editor-note"><p><strong>编者按：</strong>近日，英文播客《深轨道》（Deep Orbit）发布了与埃隆·马斯克长达一小时的对谈。马斯克曾在另一场采访中说：“火星上要有好酒吧。”这一次，他把这句话讲得更完整。以下为极客前哨编译的全文，中英对照，时间码对应原播客音频。</p></div>
      <div class="jinju">
        <p><strong>本期金句</strong></p>
        <p>马斯克：推进剂其实很便宜，真正贵的是硬件。</p>
        <p>马斯克：人工智能是最大的风险之一，也是最大的机会之一。</p>
      </div>
      <p class="ad-tip">▼ 广告 ▼</p>
      <h2>以下为对话全文</h2>
%s
      <p class="copyright">（本文由极客前哨编译，英文原文版权归《深轨道》所有。转载请注明出处。）</p>
      <div class="article-tags"><a href="/tag/马斯克">马斯克</a><a href="/tag/SpaceX">SpaceX</a><a href="/tag/星舰">星舰</a></div>
    </div>
    <div class="related"><h3>相关阅读</h3><ul><li><a href="/deep/20240802-starship-flight">星舰第五次试飞前瞻：筷子能接住助推器吗？</a></li><li><a href="/deep/20240711-musk-ai-regulation">马斯克再谈AI监管：需要“裁判”</a></li><li><a href="/newsflash/889120">SpaceX估值再创新高</a></li></ul></div>
    <div class="comments" id="comments">
      <h3>评论（86）</h3>
      <div class="comment-item"><span class="c-user">马斯克中国粉丝团</span><span class="c-time">2小时前</span><p class="c-text">马斯克：“对。” 哈哈，这个回答太有他的风格了</p><span class="c-like">赞 312</span></div>
      <div class="comment-item"><span class="c-user">火箭少年阿杰</span><span class="c-time">5小时前</span><p class="c-text">【00:00:24】那段讲得最透彻，燃料便宜，硬件贵。</p><span class="c-like">赞 98</span></div>
      <div class="comment-item"><span class="c-user">埃隆不是马斯克</span><span class="c-time">昨天 21:14</span><p class="c-text">翻译质量很高，感谢编译！</p><span class="c-like">赞 45</span></div>
    </div>
  </div>
  <div class="article-right">
    <div class="box hot"><h3>24小时热榜</h3><ol><li><a href="#">国产大模型价格战进入第二轮</a></li><li><a href="#">某新势力车企发布新一代电池</a></li><li><a href="#">低轨卫星互联网建设提速</a></li></ol></div>
    <div class="box qr"><p>扫码关注极客前哨公众号</p><img src="https://static.jikeqianshao.com/pc/img/qr.png" alt="二维码" width="120" height="120"></div>
  </div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 投稿 | 商务合作 | 用户协议</p><p>Copyright &copy; 2024 极客前哨 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备19023817号-2</a> 京公网安备11010502041177号</p></div>
<script src="https://static.jikeqianshao.com/pc/js/article.1e77f0.js"></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Simplified-Chinese article, bilingual: each turn is a paragraph '【hh:mm:ss】' + bold label with full-width colon ('埃隆·马斯克：' first, then '马斯克：', host '主持人：') + Chinese text, followed by the English original in grey paragraphs (the pair is one turn).",
                 SHOW, gold_turns(TURNS, zh=True), ["主持人"])
