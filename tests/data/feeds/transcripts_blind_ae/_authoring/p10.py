from lib import *

NAME = "ae10_jikeqianshao-bilingual"
SHOW = "前哨对话"
H = "LL"


def tc(s):
    return "【%s】" % (mmss(s) if s < 3600 else hms(s, pad_h=False))


# paras: list of (zh, en) pairs
turns = [
    T(H, "主持人（林岚）", 5,
      ("欢迎来到《前哨对话》。今天我们在得州星港，嘉宾是埃隆·马斯克。埃隆，你好。",
       "Welcome to Frontline Dialogues. We&#39;re at Starbase in Texas, and our guest is Elon Musk. Hi, Elon.")),
    T(EM, "埃隆·马斯克", 14,
      ("你好，很高兴来到这里。我听说这个节目在中国有很多工程师观众。",
       "Hi, great to be here. I hear this show has a lot of engineers watching in China.")),
    T(H, "林岚", 22,
      ("没错。那我们就从工程开始：星舰最难的部分是什么？",
       "That&#39;s right. So let&#39;s start with engineering: what&#39;s the hardest part of Starship?")),
    T(EM, "马斯克", 30,
      ("最难的是完全、快速地重复使用。把火箭送上天并不难，难的是让它回来，检查一下，加满推进剂，几个小时之后再飞一次。",
       "The hardest part is full and rapid reusability. Getting a rocket to space isn&#39;t that hard. The hard part is bringing it back, checking it, refilling it and flying again a few hours later."),
      ("就像飞机一样。没有人会每飞一次就扔掉一架飞机。",
       "Like an airplane. Nobody throws away a plane after every flight.")),
    T(H, "林岚", 768,
      ("你曾经公开说过中国的工程师非常厉害。这个判断现在还成立吗？",
       "You&#39;ve said publicly that Chinese engineers are extremely good. Do you still think so?")),
    T(EM, "马斯克", 775,
      ("成立，而且比以前更成立。上海超级工厂的团队是我们效率最高的团队之一，他们改进生产线的速度非常惊人。",
       "Yes, even more than before. The Giga Shanghai team is one of our most efficient teams, and the speed at which they improve the line is amazing.")),
    T(H, "林岚", 1630,
      ("Optimus 机器人什么时候能进入普通家庭？",
       "When will Optimus get into ordinary homes?")),
    T(EM, "马斯克", 1636,
      ("我觉得它要先在我们自己的工厂里证明自己，做那些枯燥、重复、甚至危险的工作。然后才是家庭。",
       "I think it first has to prove itself in our own factories, doing boring, repetitive or dangerous work. Then homes.")),
    T(H, "林岚", 3520,
      ("最后一个问题：你的一天通常是怎么安排的？",
       "Last question: how is your day usually organized?")),
    T(EM, "马斯克", 3527,
      ("基本上是按五分钟一个时间块来安排的。大部分时间都在开工程评审会，而不是做所谓的管理。",
       "It&#39;s basically in five-minute blocks. Most of the time is engineering reviews, not what people call management.")),
    T(H, "林岚", 3665,
      ("你会再来中国吗？",
       "Will you come to China again?")),
    T(EM, "马斯克", 3669,
      ("会的，肯定会来的。",
       "Yes, definitely.")),
    T(H, "林岚", 3672,
      ("谢谢埃隆。",
       "Thank you, Elon.")),
    T(EM, "马斯克", 3675,
      ("谢谢，也谢谢所有的观众朋友。",
       "Thank you, and thanks to everyone watching.")),
]

for t in turns:
    t["pairs"] = t["paras"]
    t["paras"] = [zh + " " + en for zh, en in t["pairs"]]
    assert len(t["pairs"][0][0]) >= 8 or t["spk"] != EM


def render_turns():
    out = []
    for t in turns:
        for i, (zh, en) in enumerate(t["pairs"]):
            if i == 0:
                out.append('<p class="zh"><span class="tc">%s</span><strong>%s：</strong>%s</p>' % (tc(t["t"]), t["label"], zh))
            else:
                out.append('<p class="zh">%s</p>' % zh)
            out.append('<p class="en-origin" lang="en">%s</p>' % en)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>对话马斯克：星舰、Optimus 与中国工程师（中英对照全文）_极客前哨</title>
<meta name="keywords" content="马斯克,星舰,SpaceX,Optimus,特斯拉,上海超级工厂">
<meta name="description" content="《前哨对话》第46期，主持人林岚在得州星港专访埃隆·马斯克。本文为中英对照全文实录。">
<link rel="stylesheet" href="https://static.jikeqianshao.cn/css/article.min.css?v=20241108">
<style>.en-origin{color:#7a7a7a;font-size:14px;margin:-6px 0 14px 0;border-left:3px solid #e2e2e2;padding-left:10px}.tc{color:#c0392b;font-family:monospace;margin-right:4px}.golden{background:#fff8e6;padding:12px 16px}</style>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?4c2f0d8e";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="https://www.jikeqianshao.cn/" class="logo">极客前哨</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="cur"><a href="/dialogue/">前哨对话</a></li><li><a href="/ev/">新能源</a></li><li><a href="/space/">商业航天</a></li><li><a href="/ai/">人工智能</a></li></ul>
<div class="login"><a href="/login">登录</a> | <a href="/register">注册</a></div></div></div>
<div class="wrap main">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/dialogue/">前哨对话</a> &gt; 正文</div>
<div class="article">
<h1>对话马斯克：星舰、Optimus 与中国工程师（中英对照全文）</h1>
<div class="meta"><span class="src">来源：极客前哨</span><span class="author">作者：林岚 周子墨</span><span class="time">2024-11-08 09:30</span><span class="views">阅读 12.6万</span></div>
<div class="summary"><strong>编者按：</strong>马斯克曾说：“中国的工程师是世界上最好的工程师之一。”本期《前哨对话》，主持人林岚在得州星港与他进行了约一小时的对谈。以下为经过整理的中英对照全文，英文为马斯克及主持人的原话，中文为本刊翻译；【】内为视频时间码。</div>
<div class="video-box"><iframe src="https://player.jikeqianshao.cn/embed/qs-dialogue-46" width="100%" height="420" frameborder="0" allowfullscreen></iframe></div>
<div class="golden"><h3>金句摘录</h3>
<p>马斯克：“把火箭送上天并不难，难的是让它回来。”</p>
<p>马斯克：“上海超级工厂的团队是我们效率最高的团队之一。”</p>
<p>马斯克：“基本上是按五分钟一个时间块来安排的。”</p></div>
<div class="content">
<h2>全文实录</h2>
%(TRANSCRIPT)s
<p class="end-note">（本文由极客前哨编辑部整理翻译，未经授权禁止转载。视频版请见《前哨对话》官方账号。）</p>
</div>
<div class="tags">标签：<a href="/tag/马斯克">马斯克</a> <a href="/tag/SpaceX">SpaceX</a> <a href="/tag/星舰">星舰</a> <a href="/tag/Optimus">Optimus</a></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
</div>
<div class="comments"><h3>网友评论（3）</h3>
<div class="cmt"><span class="uname">马斯克中国粉丝团</span><span class="ctime">2024-11-08 10:02</span><p>“会的，肯定会来的。”等你来上海！</p><span class="like">赞 328</span></div>
<div class="cmt"><span class="uname">火星移民局局长</span><span class="ctime">2024-11-08 11:47</span><p>五分钟一个时间块，我连五分钟不看手机都做不到。</p><span class="like">赞 96</span></div>
<div class="cmt"><span class="uname">Elon_Musk_CN</span><span class="ctime">2024-11-08 13:15</span><p>马斯克：我们要去火星！（不是本人，别私信了）</p><span class="like">赞 41</span></div>
</div>
<div class="sidebar"><h3>相关阅读</h3><ul><li><a href="/dialogue/45">前哨对话45期：对话一位可回收火箭总设计师</a></li><li><a href="/ev/20241105-giga-shanghai">上海超级工厂第三季度交付创新高</a></li><li><a href="/space/20241014-booster-catch">“筷子夹火箭”成功，意味着什么？</a></li></ul></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 商务合作 | 用户协议 | 隐私政策</p><p>&copy; 2024 极客前哨 版权所有　<a href="https://beian.miit.gov.cn/">京ICP备2021038217号-2</a>　京公网安备 11010502047713号</p></div>
<script src="https://static.jikeqianshao.cn/js/article.min.js?v=20241108"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    gold = [[t["t"], t["pairs"][0][0][:8]] for t in turns if t["spk"] == EM]
    for g, t in zip(gold, [t for t in turns if t["spk"] == EM]):
        assert g[1] == snippet(t["paras"], "zh")
    return write(NAME, page,
                 "Chinese (simplified) tech-media article; each turn opens with a red 【mm:ss】 or 【h:mm:ss】 time code, a bold full-width-colon label (埃隆·马斯克 first, then 马斯克) and the Chinese translation, each Chinese paragraph followed by its English original in a grey p.en-origin; pair counted as one turn.",
                 SHOW, gold, others_from(turns))
