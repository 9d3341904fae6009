from common import *

NAME = "aa06_yingke_cn_simplified"
SHOW = "前沿对话（硬核前沿）"
FULL = {"ZN": "主持人 周宁", EM: "埃隆·马斯克"}
SHORT = {"ZN": "周宁", EM: "马斯克"}

TURNS = [
    T("ZN", 5, "欢迎收看本期《前沿对话》。今天我们非常荣幸地请到了特斯拉和SpaceX的首席执行官埃隆·马斯克。马斯克先生，欢迎您。"),
    T(EM, 18, "谢谢，很高兴再次来到上海。每次来这里，我都会被这座城市的速度震撼。"),
    T("ZN", 31, "上海超级工厂从开工到投产不到一年，这在业内几乎被称为奇迹。您当时有没有想过会这么快？"),
    T(EM, 45, "说实话，我当时觉得不太可能。团队最初给的时间表是两年，我问能不能再快一点，结果中国团队真的做到了。",
      "这里的供应链非常完整，很多零部件在方圆几百公里之内就能找到。这一点在世界上其他地方很难复制。"),
    T("ZN", 130, "正如马斯克先生在很多场合说过的，“工厂本身就是产品”。您今天还这么认为吗？"),
    T(EM, 142, "对。"),
    T("ZN", 144, "能展开讲讲吗？"),
    T(EM, 146, "造一辆车的原型很容易，但要以合理的成本每年造一百万辆，难度要高出好几个数量级。大家往往只看到车，看不到背后那台“造车的机器”。",
      "我们在上海学到的很多经验，后来都被带回了柏林和得州的工厂。"),
    T("ZN", 340, "很多中国观众都很关心，FSD什么时候能在国内落地？"),
    T(EM, 352, "我们正在和相关部门积极沟通。数据安全是必须首先解决的问题，我们会完全遵守中国的法律法规。具体时间我不能保证，但我们希望尽快。"),
    T("ZN", 435, "最后一个问题，您对中国的年轻工程师有什么建议？"),
    T(EM, 444, "多读物理教科书，少看那些所谓的成功学。要去最难的问题所在的地方，那里成长最快。"),
    T("ZN", 510, "谢谢马斯克先生接受我们的专访。"),
    T(EM, 513, "谢谢大家！"),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        out.append('<p><span class="tm">【%s】</span><strong>%s：</strong>%s</p>' % (hms(t.t), lbl, esc(t.paras[0])))
        for p in t.paras[1:]:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>独家专访马斯克：上海工厂、FSD入华与给年轻工程师的建议（附完整文字实录）_硬核前沿</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,FSD,专访">
<meta name="description" content="本期《前沿对话》独家专访埃隆·马斯克，谈上海超级工厂、FSD入华时间表等话题。">
<link rel="stylesheet" href="//static.yingke-tech.cn/pc/css/article.min.css?v=20240412">
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?7f3a9c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="//www.yingke-tech.cn/" class="logo">硬核前沿</a>
<ul class="nav"><li><a href="//www.yingke-tech.cn/">首页</a></li><li><a href="//www.yingke-tech.cn/auto/">汽车</a></li><li class="on"><a href="//www.yingke-tech.cn/interview/">专访</a></li><li><a href="//www.yingke-tech.cn/ai/">人工智能</a></li><li><a href="//www.yingke-tech.cn/space/">航天</a></li></ul>
<div class="login"><a href="//passport.yingke-tech.cn/login">登录</a> | <a href="//passport.yingke-tech.cn/reg">注册</a></div></div></div>
<div class="w1200 main clearfix">
<div class="crumbs"><a href="//www.yingke-tech.cn/">首页</a> &gt; <a href="//www.yingke-tech.cn/interview/">专访</a> &gt; 正文</div>
<div class="article-left">
<h1 class="article-title">独家专访马斯克：上海工厂、FSD入华与给年轻工程师的建议（附完整文字实录）</h1>
<div class="article-info"><span class="source">来源：硬核前沿</span><span class="author">作者：林晓雯</span><span class="time">2024-04-12 10:26</span><span class="read">阅读 12.8万</span></div>
<div class="article-content">
<div class="editor-note"><p><strong>编者按：</strong>马斯克曾说：“我们在上海看到了真正的中国速度。”四年后，上海超级工厂已成为特斯拉全球最大的出口中心。本期《前沿对话》，主持人周宁在上海与马斯克进行了一次近半小时的对话。以下为经整理的文字实录，时间码对应视频时间。</p></div>
<div class="key-points"><h3>划重点</h3>
<ul>
<li>马斯克：工厂本身就是产品，造原型很容易。</li>
<li>马斯克：FSD入华将首先解决数据安全问题，完全遵守中国法规。</li>
<li>马斯克：多读物理教科书，少看成功学。</li>
</ul></div>
<div class="video-box"><video src="//v.yingke-tech.cn/2024/0412/musk_sh.mp4" poster="//img.yingke-tech.cn/2024/0412/poster.jpg" controls preload="none"></video></div>
<h3 class="sub-title">【文字实录】</h3>
{{TRANSCRIPT}}
<p class="end-note">（本文由硬核前沿根据视频整理，内容有删节。未经授权，禁止转载。）</p>
</div>
<div class="article-tags"><span>标签：</span><a href="/tag/musk">马斯克</a><a href="/tag/tesla">特斯拉</a><a href="/tag/fsd">FSD</a></div>
<div class="comment-box" id="comment">
<h3>网友评论（3）</h3>
<div class="cmt-item"><div class="cmt-user">马斯克的头号粉丝</div><div class="cmt-text">“对。”这个回答太有马斯克风格了哈哈哈</div><div class="cmt-time">2024-04-12 11:02 上海</div></div>
<div class="cmt-item"><div class="cmt-user">埃隆本隆</div><div class="cmt-text">引用：“马斯克：谢谢，很高兴再次来到上海。”——他每次都这么说</div><div class="cmt-time">2024-04-12 12:45 广东</div></div>
<div class="cmt-item"><div class="cmt-user">老王说车</div><div class="cmt-text">FSD入华还是没有给时间表，意料之中。</div><div class="cmt-time">2024-04-12 14:17 北京</div></div>
</div>
</div>
<div class="article-right">
<div class="hot-list"><h3>24小时热榜</h3><ol>
<li><a href="/auto/2024/0411/88321.html">小米SU7首批交付现场直击</a></li>
<li><a href="/space/2024/0410/88290.html">星舰第四次试飞前瞻：这次有什么不同？</a></li>
<li><a href="/ai/2024/0409/88255.html">国产大模型价格战：一分钱能买多少token</a></li>
</ol></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/join/">加入我们</a></p><p>Copyright &copy; 2024 硬核前沿 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2021xxxxxx号-1</a></p></div></div>
<script src="//static.yingke-tech.cn/pc/js/jquery-1.12.4.min.js"></script>
<script src="//static.yingke-tech.cn/pc/js/article.min.js?v=20240412"></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Mainland Chinese article transcript: each turn a <p> opened by a full-width bracketed time 【hh:mm:ss】 then a bold label with full-width colon (\"埃隆·马斯克：\" first, then \"马斯克：\"), unlabelled continuation paragraphs.",
                 SHOW, gold_turns(TURNS, zh=True), ["主持人 周宁", "周宁"])
