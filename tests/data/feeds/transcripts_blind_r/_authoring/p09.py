"""r09 - mainland (simplified Chinese) tech site: translated interview, 'Name（hh:mm:ss）：' labels,
his Chinese translation followed by the English original in a grey paragraph (one turn)."""
from common import turn, hms, check_no_adjacent

SLUG = "r09_qianshao_duihua_zh_hans"
SHOW = "前哨对话"

# (spk, label, seconds, chinese paragraphs, english original or None)
T = [
    ("H", "李默", 5, ["马斯克先生，欢迎来到《前哨对话》。很多中国观众都非常关心星舰的进展，我们就从这里开始吧。"], None),
    ("E", "埃隆·马斯克", 15, ["谢谢邀请，很高兴能和中国的观众交流。星舰目前最重要的目标，是实现完全而且快速的重复使用。"],
     "Thanks for having me, it&rsquo;s great to talk to the audience in China. The most important goal for Starship right now is full and rapid reuse."),
    ("H", "李默", 48, ["你曾经说过：&ldquo;第一性原理是我最重要的思考工具。&rdquo;能给我们具体解释一下吗？"], None),
    ("E", "马斯克", 60, ["其实很简单，就是把问题拆解到最基本的物理事实，然后从那里往上推理，而不是靠类比。",
                       "大多数人习惯说&ldquo;别人都是这么做的&rdquo;，但这并不能告诉你什么是可能的。"],
     "It&rsquo;s actually simple. You boil a problem down to the most basic physical truths and reason up from there, rather than by analogy. Most people say &ldquo;that&rsquo;s how everyone else does it,&rdquo; but that doesn&rsquo;t tell you what&rsquo;s possible."),
    ("H", "李默", 131, ["比如电池？当年很多人说电池太贵了，电动车不可能普及。"], None),
    ("E", "马斯克", 137, ["对。"], "Right."),
    ("H", "李默", 139, ["那你当时是怎么想的？"], None),
    ("E", "马斯克", 142, ["我们就问，电池是由什么材料构成的？钴、镍、锂、碳，还有一些其他东西。如果按原材料的市场价格去买，成本其实远远低于当时电池的售价。差距就在于怎么把这些材料更聪明地组合起来。"],
     "We asked, what are batteries made of? Cobalt, nickel, lithium, carbon, some other things. If you bought the raw materials at market prices, the cost was far below what batteries sold for at the time. The gap was in how cleverly you combine those materials."),
    ("H", "李默", 1985, ["最后一个问题，你有什么话想对中国的年轻工程师说？"], None),
    ("E", "马斯克", 1992, ["中国的工程师非常出色，也非常努力。我在上海工厂看到的效率让我印象很深。我想说的是，多去动手做东西，不要只停留在图纸上。"],
     "Chinese engineers are excellent and they work incredibly hard. The efficiency I saw at the Shanghai factory really impressed me. My advice would be: build things with your hands, don&rsquo;t stay on paper."),
    ("H", "李默", 2030, ["非常感谢马斯克先生接受我们的专访。"], None),
    ("E", "马斯克", 2033, ["谢谢大家！"], "Thank you, everyone!"),
]
check_no_adjacent([(s, t, p) for s, l, t, p, en in T])


def transcript():
    out = []
    for spk, label, t, paras, en in T:
        out.append(f'<p><strong>{label}（{hms(t)}）：</strong>{paras[0]}</p>')
        for p in paras[1:]:
            out.append(f"<p>{p}</p>")
        if en:
            out.append(f'<p class="yuanwen" style="color:#8a8a8a;font-size:14px;">原文：{en}</p>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>马斯克专访全文：星舰、第一性原理与电池成本（附英文原文）_极客前哨</title>
<meta name="keywords" content="马斯克,星舰,第一性原理,电池,特斯拉,SpaceX">
<meta name="description" content="《前哨对话》独家专访埃隆·马斯克，中英对照全文。马斯克：第一性原理就是把问题拆解到最基本的物理事实。">
<link rel="stylesheet" href="https://static.jikeqianshao.com/pc/css/article.min.css?v=20240611">
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3c8f1e0a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="https://www.jikeqianshao.com/" class="logo">极客前哨</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="on"><a href="/interview/">深度访谈</a></li><li><a href="/auto/">智能汽车</a></li><li><a href="/space/">商业航天</a></li><li><a href="/ai/">人工智能</a></li></ul>
<div class="search"><input type="text" placeholder="搜索文章、作者"><button>搜索</button></div><a class="login" href="/login">登录</a></div></div>
<div class="w1200 main clearfix">
<div class="left-main">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/interview/">深度访谈</a> &gt; 正文</div>
<h1 class="article-title">马斯克专访全文：星舰、第一性原理与电池成本（附英文原文）</h1>
<div class="article-info"><span class="source">来源：极客前哨</span><span class="author">编辑：周晓岚</span><span class="time">2024-07-18 10:26</span><span class="read">阅读 12.8万</span></div>
<div class="editor-note"><p><strong>编者按：</strong>本期《前哨对话》，主持人李默在美国德州专访了埃隆·马斯克。以下为对话全文，由极客前哨编辑部翻译整理，马斯克的每段回答后附英文原文，时间码对应视频。</p>
<p class="jinju">【金句】马斯克：&ldquo;多去动手做东西，不要只停留在图纸上。&rdquo;</p></div>
<div class="video-box"><video src="https://v.jikeqianshao.com/interview/musk-2024.mp4" controls poster="https://img.jikeqianshao.com/cover/musk-2024.jpg"></video><p class="video-tip">视频时长 34:05</p></div>
<div class="article-content" id="articleContent">
{transcript()}
<p style="color:#999">（本文由极客前哨编辑部整理，转载请注明出处。英文原文根据视频听写，可能存在细微出入。）</p>
</div>
<div class="article-tags"><span>标签：</span><a href="/tag/马斯克">马斯克</a><a href="/tag/星舰">星舰</a><a href="/tag/电池">电池</a></div>
<div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/interview/2024/0702/88213.html">星舰第四次试飞：助推器首次完成海面软着陆</a></li>
<li><a href="/auto/2024/0615/87760.html">特斯拉上海超级工厂产能再创新高</a></li>
<li><a href="/space/2024/0528/87102.html">一文读懂&ldquo;轨道加注&rdquo;：为什么它是登陆火星的关键</a></li></ul></div>
<div class="comment-box"><h3>网友评论（3）</h3>
<div class="comment-item"><span class="c-user">马斯克中国粉丝团</span><span class="c-time">2024-07-18 11:02</span><p>马斯克：&ldquo;谢谢大家！&rdquo;&mdash;&mdash;我们也谢谢你！翻译很用心，点赞。</p></div>
<div class="comment-item"><span class="c-user">埃隆不是马斯克</span><span class="c-time">2024-07-18 12:40</span><p>第一性原理那段讲得很清楚，建议所有工程专业的学生都看看。</p></div>
<div class="comment-item"><span class="c-user">火星移民办主任</span><span class="c-time">2024-07-18 15:17</span><p>回复 @埃隆不是马斯克：同意，电池那段尤其精彩。</p></div>
<div class="comment-form"><textarea placeholder="文明发言，理性讨论"></textarea><button>发表评论</button></div></div>
</div>
<div class="right-side">
<div class="side-box"><h3>热门文章</h3><ol><li><a href="/ai/2024/0716/88900.html">大模型价格战进入第二阶段</a></li><li><a href="/auto/2024/0717/88951.html">新势力7月交付数据前瞻</a></li><li><a href="/space/2024/0712/88655.html">可回收火箭：中国商业航天的下一步</a></li></ol></div>
<div class="side-box qrcode"><img src="https://img.jikeqianshao.com/qrcode-gzh.png" alt="扫码关注公众号"><p>扫码关注&ldquo;极客前哨&rdquo;公众号</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/copyright/">版权声明</a> | <a href="/join/">加入我们</a></p>
<p>Copyright &copy; 2024 极客前哨 All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2021088xxx号-1</a> 京公网安备11010502048xxx号</p></div></div>
<script src="https://static.jikeqianshao.com/pc/js/jquery-1.12.4.min.js"></script>
<script src="https://static.jikeqianshao.com/pc/js/article.min.js?v=20240611"></script>
</body>
</html>
"""
    turns = [turn(t, paras[0], zh=True) for spk, label, t, paras, en in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["李默"],
                format="Simplified-Chinese article; each paragraph opens with bold 'Name（hh:mm:ss）：' (full-width brackets and colon; 埃隆·马斯克 first, then 马斯克), his Chinese translation followed by a grey '原文：' paragraph with the English original, which belongs to the same turn.")
