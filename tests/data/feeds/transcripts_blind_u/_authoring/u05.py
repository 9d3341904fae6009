from common import *

NAME = "u05_guiji_dialogue_cn"
SHOW = "硅基观察"
FMT = ("Simplified-Chinese tech-media article: each turn is a div with a bold speaker line and a time in full-width "
       "lenticular brackets 【hh:mm:ss】, then the Chinese text; his turns add the English original in a following "
       "'原文：' paragraph (translation + original = one turn); labels 埃隆·马斯克 first, then 马斯克.")

W, E, AU = "W", "E", "AU"
T = [
 (W, "00:00:12", "欢迎来到《硅基对话》。今天我们非常荣幸地请到了埃隆·马斯克。马斯克先生，欢迎您。", None),
 (E, "00:00:20", "谢谢，很高兴来到这里。", "Thanks, it\u2019s great to be here."),
 (W, "00:00:26", "您曾经说过：“如果一件事足够重要，即使胜算不大也值得去做。”这句话今天还成立吗？", None),
 (E, "00:00:41", "成立。我觉得这仍然是我做决定的基本方式。如果只做有把握的事，那基本上不会做出任何真正新的东西。", "Yes. I think that\u2019s still basically how I make decisions. If you only do things you\u2019re sure will work, you\u2019re not going to do anything really new."),
 (W, "00:03:15", "我们聊聊擎天柱机器人。很多中国工程师都很关心它的量产时间表。", None),
 (E, "00:03:24", "我认为机器人将是有史以来最大的产品，比汽车大得多。但量产是最难的部分，尤其是手部。手的自由度非常多，而且必须足够耐用。", "I think the robot will be the biggest product ever, much bigger than cars. But volume production is the hardest part, especially the hand. The hand has a lot of degrees of freedom, and it has to be durable."),
 (W, "00:05:02", "所以手是瓶颈？", None),
 (E, "00:05:05", "对。", "Yes."),
 (W, "00:05:07", "那中国的供应链会扮演什么角色？", None),
 (E, "00:05:12", "非常重要。中国的制造业工程师是世界上最优秀的之一，执行速度非常惊人。我们上海工厂的团队教会了我们很多东西。", "Very important. Chinese manufacturing engineers are some of the best in the world, and the speed of execution is incredible. Our Shanghai team has taught us a lot."),
 (W, "00:12:40", "关于星舰，下一个里程碑是什么？", None),
 (E, "00:12:46", "在轨推进剂加注。两艘星舰在轨道上对接，把燃料从一艘转移到另一艘。这是去火星的关键一步。", "Propellant transfer in orbit. Two ships docking in orbit and moving fuel from one to the other. That\u2019s the key step for Mars."),
 (AU, "00:58:30", "马斯克先生您好，我是北航的学生。您对想进入航天行业的年轻人有什么建议？", None),
 (E, "00:58:38", "先把物理学好。然后动手去做东西，哪怕是很小的东西。做过什么，比在哪里上学重要得多。", "Learn physics first. Then build things, even small things. What you\u2019ve built matters much more than where you went to school."),
 (W, "00:59:50", "谢谢马斯克先生，今天的对话就到这里。", None),
 (E, "00:59:53", "谢谢大家。", "Thank you, everyone."),
]

def build():
    g = Gold("zh")
    seen = set()
    out = []
    for spk, ts, zh, en in T:
        if spk == E:
            label = "埃隆·马斯克" if E not in seen else "马斯克"
        elif spk == W:
            label = "主持人 王琳" if W not in seen else "王琳"
        else:
            label = "现场观众"
        seen.add(spk)
        frag = esc(zh)
        cls = "turn turn-guest" if spk == E else "turn"
        s = ('<div class="%s">\n<p class="spk"><strong>%s</strong> <span class="ts">【%s】</span></p>\n<p class="zh">%s</p>'
             % (cls, label, ts, frag))
        if en:
            s += '\n<p class="en-original"><span class="tag">原文：</span>%s</p>' % esc(en)
        s += "\n</div>"
        out.append(s)
        if spk == E:
            g.add(secs(ts), frag)
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, ["主持人 王琳", "王琳", "现场观众"])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>对话埃隆·马斯克：星舰、擎天柱机器人与“第一性原理”（中英对照实录）_硅基观察</title>
<meta name="keywords" content="马斯克,星舰,擎天柱,特斯拉,SpaceX,访谈实录">
<meta name="description" content="硅基观察独家对话埃隆·马斯克，谈星舰在轨加注、擎天柱机器人量产与中国供应链。本文为中英对照实录。">
<link rel="stylesheet" href="https://static.guijiguancha.example/css/article.min.css?v=20250311">
<style>
.article-content{font-size:17px;line-height:1.9;color:#222}.turn{margin:18px 0}.spk{margin:0;color:#0a58ca}.spk .ts{color:#999;font-size:13px;margin-left:6px}
.turn-guest .spk{color:#c0392b}.en-original{font-size:14px;color:#777;border-left:3px solid #eee;padding-left:10px;margin-top:4px}
.core-points{background:#f6f8fb;border-radius:8px;padding:14px 18px;margin:20px 0}.core-points li{margin:6px 0}
</style>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?5f2b7a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <a class="logo" href="https://www.guijiguancha.example/"><img src="https://static.guijiguancha.example/img/logo.svg" alt="硅基观察"></a>
    <ul class="nav">
      <li><a href="https://www.guijiguancha.example/">首页</a></li>
      <li><a href="https://www.guijiguancha.example/news/">快讯</a></li>
      <li class="on"><a href="https://www.guijiguancha.example/interview/">深度对话</a></li>
      <li><a href="https://www.guijiguancha.example/ev/">新能源车</a></li>
      <li><a href="https://www.guijiguancha.example/space/">商业航天</a></li>
      <li><a href="https://www.guijiguancha.example/ai/">人工智能</a></li>
    </ul>
    <div class="user"><a href="https://passport.guijiguancha.example/login">登录</a> | <a href="https://passport.guijiguancha.example/reg">注册</a></div>
  </div>
</div>
<div class="wrap main">
<div class="crumb"><a href="https://www.guijiguancha.example/">首页</a> &gt; <a href="https://www.guijiguancha.example/interview/">深度对话</a> &gt; 正文</div>
<div class="article-left">
<h1 class="article-title">对话埃隆·马斯克：星舰、擎天柱机器人与“第一性原理”（中英对照实录）</h1>
<div class="article-info"><span class="author">文｜王琳 周子航</span><span class="time">2025-03-11 08:30</span><span class="source">来源：硅基观察</span><span class="views">阅读 12.8万</span></div>
<div class="article-content">
<div class="editor-note"><p><strong>编者按：</strong>本文根据硅基观察主办的“硅基对话”现场访谈整理。访谈以英文进行，主持人提问为中文转述；为方便读者核对，马斯克的每一段回答均附英文原文。时间码对应完整视频。</p></div>
<div class="core-points">
<p><strong>核心观点</strong></p>
<ul>
<li>马斯克：“机器人将是有史以来最大的产品，比汽车大得多。”</li>
<li>马斯克：“在轨推进剂加注是去火星的关键一步。”</li>
<li>马斯克：“做过什么，比在哪里上学重要得多。”</li>
</ul>
</div>
<p>以下为访谈实录：</p>
{{T}}
<p class="end-note">（本文经硅基观察编辑整理，未经受访者审阅。转载请联系授权。）</p>
</div>
<div class="article-tags">标签：<a href="https://www.guijiguancha.example/tag/musk/">马斯克</a><a href="https://www.guijiguancha.example/tag/starship/">星舰</a><a href="https://www.guijiguancha.example/tag/optimus/">擎天柱</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="https://www.guijiguancha.example/interview/20250228/">专访SpaceX前工程师：星舰隔热瓦为什么这么难</a></li>
<li><a href="https://www.guijiguancha.example/ev/20250305/">特斯拉上海超级工厂第三百万辆整车下线</a></li>
<li><a href="https://www.guijiguancha.example/ai/20250301/">人形机器人的“手”：灵巧手产业链全景</a></li>
</ul></div>
<div class="comment-box" id="comments">
<h3>网友评论（286）</h3>
<ul class="comment-list">
<li><div class="c-user"><img src="https://static.guijiguancha.example/avatar/default.png" alt=""><span class="name">马斯克的铁粉</span><span class="loc">上海</span></div><div class="c-text">马斯克：“对。” 哈哈哈，最短的回答。</div><div class="c-meta">03-11 09:12 · 赞 1024</div></li>
<li><div class="c-user"><img src="https://static.guijiguancha.example/avatar/default.png" alt=""><span class="name">Elon_Musk_中国</span><span class="loc">深圳</span></div><div class="c-text">谢谢大家。关注我，每天分享火星新闻。</div><div class="c-meta">03-11 10:40 · 赞 3</div></li>
<li><div class="c-user"><img src="https://static.guijiguancha.example/avatar/default.png" alt=""><span class="name">航天小白</span><span class="loc">北京</span></div><div class="c-text">在轨加注如果成了，登月和登火星的节奏都会快很多。</div><div class="c-meta">03-11 11:05 · 赞 88</div></li>
</ul>
</div>
</div>
<div class="article-right">
<div class="hot-list"><h3>24小时热榜</h3><ol>
<li><a href="https://www.guijiguancha.example/news/20250311/1.html">国产大模型集体降价，谁最受益？</a></li>
<li><a href="https://www.guijiguancha.example/news/20250311/2.html">某新势力车企发布全新纯电平台</a></li>
<li><a href="https://www.guijiguancha.example/news/20250310/9.html">可回收火箭第二次海上回收成功</a></li>
</ol></div>
<div class="qr"><img src="https://static.guijiguancha.example/img/qr.png" alt="关注硅基观察公众号"><p>扫码关注硅基观察公众号</p></div>
</div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告合作 | 用户协议 | 隐私政策</p><p>© 2025 硅基观察 版权所有　京ICP备2025000000号-1</p></div>
<script src="https://static.guijiguancha.example/js/jquery-3.6.0.min.js"></script>
<script src="https://static.guijiguancha.example/js/article.min.js?v=20250311"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
