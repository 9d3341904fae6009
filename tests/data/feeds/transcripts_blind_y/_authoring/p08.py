from common import *

SHOW = "极客前哨"

# (speaker, label, secs, zh, en or None)
SEGS = [
    ("H", "主持人", 5, "欢迎两位来到极客前哨的直播间。今天很难得，马斯克兄弟一起出现。先请埃隆讲讲，这次来上海的主要目的是什么？", None),
    ("M", "埃隆·马斯克", 21, "主要是来看工厂。上海工厂的效率一直是我们全球最高的，我想亲眼看看团队又做了哪些改进。",
     "Mainly to see the factory. Shanghai has been our most efficient plant worldwide, and I wanted to see for myself what the team has improved."),
    ("H", "主持人", 44, "金博尔，你这次来是为了什么？", None),
    ("K", "金博尔·马斯克", 48, "我是来吃饭的。（笑）说真的，我一直关注城市农业，上海有几家垂直农场做得非常好。",
     "I came to eat. (laughs) Seriously, I follow urban farming closely and a few vertical farms in Shanghai are doing great work."),
    ("H", "主持人", 70, "埃隆，很多中国用户关心 FSD 什么时候能在国内全面落地。", None),
    ("M", "埃隆", 78, "我们在等监管的批准。技术上我们已经准备好了，数据也在本地处理，这一点非常重要。",
     "We’re waiting for regulatory approval. Technically we’re ready, and the data is processed locally, which is very important."),
    ("M2", None, None, "我们非常尊重中国的规则，我们会按规则来。", "We respect the rules in China very much, and we will follow them."),
    ("H", "主持人", 131, "金博尔，你小时候眼中的哥哥是什么样的？", None),
    ("K", "金博尔", 136, "他永远在看书。我们小时候他总说“人类应该成为多星球物种”，那时候我以为他在开玩笑。",
     "He was always reading. When we were kids he kept saying “humanity should become multi-planetary,” and back then I thought he was joking."),
    ("M", "埃隆", 158, "我当时可没有开玩笑。",
     "I wasn’t joking."),
    ("H", "主持人", 163, "（笑）那你觉得弟弟最大的优点是什么？", None),
    ("M", "埃隆", 168, "他比我更懂人。我擅长跟机器打交道，他擅长跟人打交道，这在创业的时候非常互补。",
     "He understands people better than I do. I’m good with machines, he’s good with people, and that was very complementary when we started companies."),
    ("H", "主持人", 3605, "最后一个问题，给中国年轻的工程师一句建议？", None),
    ("M", "埃隆", 3611, "多读物理。从第一性原理出发去思考问题，而不是靠类比。",
     "Read more physics. Think from first principles rather than by analogy."),
    ("K", "金博尔", 3625, "还有，好好吃饭。", "And eat well."),
]


def build():
    g = Gold(SHOW, "Chinese (simplified) tech-media article; each turn is a <p> with 【hh:mm:ss】 then a bold label ending in a full-width colon (埃隆·马斯克 then 埃隆; 金博尔·马斯克 then 金博尔; 主持人) and the Chinese translation, followed by a <p class=\"yw\"> with the English original (one turn); one continuation pair without label or time.")
    out = []
    for who, lab, t, zh, en in SEGS:
        if who == "M2":
            out.append('<p class="zw">%s</p>' % esc(zh))
        else:
            if who == "M":
                g.add(t, zh, True)
            else:
                g.other(lab)
            out.append('<p class="zw"><span class="sj">【%s】</span><strong>%s：</strong>%s</p>' % (hms(t), lab, esc(zh)))
        if en:
            out.append('<p class="yw" lang="en">%s</p>' % esc(en, True))
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>对话马斯克兄弟：上海工厂、FSD入华与“多星球”的童年 | 极客前哨</title>
<meta name="keywords" content="马斯克,埃隆·马斯克,金博尔·马斯克,特斯拉,FSD,上海超级工厂">
<meta name="description" content="极客前哨独家直播对话埃隆·马斯克与金博尔·马斯克，中英对照全文实录。">
<link rel="stylesheet" href="https://static.jiqianshao.cn/pc/css/article.4d2e9.css">
<style>.yw{color:#8c8c8c;font-size:14px;border-left:2px solid #e5e5e5;padding-left:10px}.sj{color:#1677ff;margin-right:4px}.jinju{background:#fff7e6;padding:12px 16px}</style>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3a8c0f1e2b";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a class="logo" href="https://www.jiqianshao.cn/">极客前哨</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/newsflash">快讯</a></li><li class="on"><a href="/interview">对话</a></li><li><a href="/auto">汽车</a></li><li><a href="/ai">人工智能</a></li><li><a href="/app">下载APP</a></li></ul>
<div class="login"><a href="/login">登录</a> | <a href="/register">注册</a></div></div></div>
<div class="w1200 main clearfix">
<div class="article-left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/interview">对话</a> &gt; 正文</div>
<h1 class="article-title">对话马斯克兄弟：上海工厂、FSD入华与“多星球”的童年</h1>
<div class="article-info"><span class="author">文 | 林悦</span><span class="time">2025-11-08 21:40</span><span class="src">来源：极客前哨</span><span class="read">阅读 12.6万</span></div>
<div class="summary"><b>编者按：</b>11月7日晚，埃隆·马斯克与弟弟金博尔·马斯克做客极客前哨直播间。马斯克曾说：“上海速度让我惊讶。”这一次，他谈到了工厂、FSD 入华以及兄弟二人的童年。以下为中英对照全文实录，经极客前哨整理，时间码对应直播回放。</div>
<div class="jinju"><h4>本期金句</h4>
<p>埃隆·马斯克：“从第一性原理出发去思考问题，而不是靠类比。”</p>
<p>金博尔·马斯克：“他比我更懂机器。”</p></div>
<div class="video-box"><div class="player" data-vid="jqs-20251107-live" data-duration="3688"></div><p class="video-tip">直播回放 · 61:28</p></div>
<div class="article-content">
%s
<p class="end-note">（本文由极客前哨编辑部整理，中文翻译仅供参考，以英文原文为准。）</p>
</div>
<div class="copyright">本文为极客前哨原创，未经授权禁止转载。</div>
<div class="tags"><a href="/tag/马斯克">马斯克</a><a href="/tag/特斯拉">特斯拉</a><a href="/tag/金博尔">金博尔</a></div>
<div class="comment-box"><h3>评论（328）</h3>
<div class="cmt"><span class="uname">马斯克的小迷弟</span><p>“我当时可没有开玩笑。”哈哈哈哈这句太好笑了</p></div>
<div class="cmt"><span class="uname">Elon马斯克中文站</span><p>埃隆·马斯克：多读物理。——收藏了</p></div>
<div class="cmt"><span class="uname">上海打工人</span><p>金博尔说来吃饭的那段我笑死</p></div>
</div>
</div>
<div class="article-right"><div class="hot"><h3>24小时热榜</h3><ol><li><a href="/p/2811">特斯拉上海工厂第三季度交付创新高</a></li><li><a href="/p/2809">FSD入华最新进展：还差哪一步？</a></li><li><a href="/p/2802">金博尔·马斯克：城市农业的下一个十年</a></li></ol></div>
<div class="qr"><img src="https://static.jiqianshao.cn/img/qr.png" alt="扫码下载APP"><p>扫码下载极客前哨APP</p></div></div>
</div>
<div class="footer"><p>© 2025 极客前哨 jiqianshao.cn 版权所有 | <a href="https://beian.miit.gov.cn/">沪ICP备2021012345号-1</a> | 沪公网安备 31010402009876号</p></div>
<script src="https://static.jiqianshao.cn/pc/js/article.4d2e9.js"></script>
</body>
</html>
""" % "\n".join(out)
    return g.write("y08_jiqianshao_bilingual", page)


if __name__ == "__main__":
    build()
