"""x06 - Chinese podcast-app episode page: hosts play clips of Musk; segments with mm:ss (minutes > 59) and data-t."""
from common import *

NAME = "x06_shengyu_podcast_clips_zh"
SHOW = "硅基漫游指南"

LAB = {"L": "林一帆", "Z": "周可", "FR": "洛朗部长（原声）"}

SEQ = [
    ("L", ts(0, 0, 3), ["欢迎收听《硅基漫游指南》，我是林一帆。", "今天这期比较特别，我们把马斯克上周在巴黎那场对谈的几段原声剪了出来，一段一段听，一段一段聊。"]),
    ("Z", ts(0, 0, 52), ["我是周可。先说明一下，原声是英文，我们在文字稿里放的是我们自己翻的中文字幕，有不准确的地方欢迎在评论区指出。"]),
    ("L", ts(0, 2, 10), ["好，我们先听第一段，主持人问他为什么这次要来欧洲。"]),
    (MUSK, ts(0, 2, 18), ["欧洲有很多非常优秀的工程师，也有非常好的大学。问题从来不是人才，而是把一个想法变成工厂需要的时间太长了。"]),
    ("Z", ts(0, 3, 40), ["这个观点他其实讲过很多次。马斯克有句话叫“工厂才是真正的产品”，他每到一个地方都会绕回这句话。"]),
    ("L", ts(0, 12, 30), ["第二段是关于监管的，我觉得是整场最有信息量的部分。"]),
    (MUSK, ts(0, 12, 41), ["我不反对监管。航空业有监管，所以飞机非常安全。我反对的是一个新产品要等好几年，只是因为没有人知道该由哪个部门来批。",
                          "如果规则清楚，我们可以接受很严格的规则。最怕的是没有规则。"]),
    ("Z", ts(0, 14, 5), ["对。"]),
    ("L", ts(0, 14, 7), ["这段我同意一半。接下来这段是现场法国部长的回应，我们也放一下。"]),
    ("FR", ts(0, 27, 50), ["我们欢迎投资，但欧洲的规则不是障碍，而是信任的基础。"]),
    ("Z", ts(0, 28, 30), ["部长说得很外交辞令。好，再听一段马斯克讲自动驾驶。"]),
    (MUSK, ts(0, 41, 12), ["自动驾驶最终会比人类驾驶安全得多，我认为是十倍。到那时候，不让它上路反而是不负责任的。"]),
    ("L", ts(0, 42, 40), ["十倍这个数字，他去年在另一个场合说的是“至少五倍”。数字一直在涨。"]),
    (MUSK, ts(1, 3, 15), ["关于星舰，我们的目标是明年开始把卫星送上轨道，再往后是火星。每两年有一次窗口，我们希望不错过下一个。"]),
    ("Z", ts(1, 4, 2), ["主持人这时候追问了一句：“你确定吗？”他的回答只有一个词。"]),
    (MUSK, ts(1, 11, 2), ["确定。"]),
    ("L", ts(1, 11, 5), ["全场笑了。最后一段是他的结束语。"]),
    (MUSK, ts(1, 18, 40), ["谢谢巴黎。我会再来的，也许下次会带一台机器人。"]),
    ("L", ts(1, 19, 30), ["好，今天就到这里。我们下期见。"]),
]


def build():
    turns = [dict(spk=s, t=t, paras=p) for s, t, p in SEQ]
    segs = []
    first = True
    for spk, t, paras in SEQ:
        if spk == MUSK:
            name = "埃隆·马斯克（原声）" if first else "马斯克（原声）"
            first = False
            cls = "seg clip"
        else:
            name = LAB[spk]
            cls = "seg clip" if spk == "FR" else "seg"
        ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
        segs.append(f'<div class="{cls}" data-t="{t}"><div class="seg-head"><span class="name">{esc(name)}</span>'
                    f'<span class="time">{ms_only(t)}</span></div>{ps}</div>')
    chapters = [(ts(0, 0, 0), "开场"), (ts(0, 2, 10), "马斯克：为什么来欧洲"), (ts(0, 12, 30), "马斯克：我不反对监管"),
                (ts(0, 27, 50), "法国部长回应"), (ts(0, 41, 12), "马斯克：自动驾驶“十倍安全”"),
                (ts(1, 3, 15), "马斯克：星舰与火星窗口"), (ts(1, 18, 40), "结束语")]
    chap_html = "\n".join(f'<li><a href="#" data-seek="{t}">{ms_only(t)}</a> {esc(x)}</li>' for t, x in chapters)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>EP.63 马斯克在巴黎说了什么？逐段听原声 - 硅基漫游指南 | 声屿</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<meta name="description" content="把马斯克巴黎对谈的原声一段段剪出来，边听边聊。">
<link rel="stylesheet" href="https://s.shengyu.fm/web/_next/static/css/4c1a9e.css">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"episode":{{"eid":"6650a1f3","title":"EP.63 马斯克在巴黎说了什么？逐段听原声","duration":4801,"podcast":{{"title":"硅基漫游指南"}}}}}}}}}}</script>
</head>
<body>
<div id="__next">
<header class="topbar"><a class="logo" href="/">声屿</a><input class="search" placeholder="搜索节目、单集"><a class="open-app" href="/download">打开 App</a></header>
<main class="episode">
<div class="ep-head">
  <img class="cover" src="https://img.shengyu.fm/cover/ggmy.jpg" alt="硅基漫游指南">
  <div><a class="podcast-name" href="/podcast/ggmy">硅基漫游指南</a>
  <h1>EP.63 马斯克在巴黎说了什么？逐段听原声</h1>
  <p class="info">80 分钟 · 2025/06/21 · 1.2 万次播放</p></div>
</div>
<div class="player"><button class="play">▶</button><div class="bar"></div><span class="dur">80:01</span></div>
<section class="ai-summary">
  <h2>AI 总结 <small>由声屿 AI 生成</small></h2>
  <p>本期节目中，两位主播逐段回放并点评了马斯克在巴黎的对谈原声。</p>
  <ul>
    <li>马斯克：欧洲不缺人才，缺的是把想法变成工厂的速度。</li>
    <li>马斯克：不反对监管，最怕的是没有规则。</li>
    <li>马斯克：自动驾驶最终会比人类安全十倍。</li>
  </ul>
</section>
<section class="shownotes">
  <h2>节目简介</h2>
  <p>上周马斯克在巴黎参加了一场公开对谈。我们剪出了其中几段原声，配上中文字幕，逐段讨论。</p>
  <p>主播：林一帆、周可　后期：阿May</p>
  <h3>时间轴</h3>
  <ul class="chapters">
{chap_html}
  </ul>
</section>
<section class="transcript">
  <h2>文字稿 <small>原声部分为本节目自译字幕</small></h2>
{chr(10).join(segs)}
</section>
<section class="comments">
  <h2>评论 86</h2>
  <div class="cmt"><span class="nick">埃隆·马斯克本克</span><span class="time">6 天前</span><p>“确定。”——两个字，气场全开。</p>
    <div class="reply"><span class="nick">周可</span><span class="badge">主播</span><p>哈哈，原声里其实是 “Yes.”，我们翻成了“确定”。</p></div></div>
  <div class="cmt"><span class="nick">火星种土豆</span><span class="time">5 天前</span><p>63:15 那段星舰的，马斯克：“每两年有一次窗口” 这个我记下了。</p></div>
  <div class="cmt"><span class="nick">MuskFans2025</span><span class="time">3 天前</span><p>建议下期把法国部长那段完整放一下。</p></div>
</section>
</main>
<footer class="ft">声屿 · 好声音值得被听见　<a href="/agreement">用户协议</a>　<a href="/privacy">隐私政策</a>　沪ICP备20000000号</footer>
</div>
<script src="https://s.shengyu.fm/web/_next/static/chunks/main-2b7e.js" defer></script>
</body>
</html>
"""
    exp = expected(
        "Podcast-app episode page: transcript segments <div class=\"seg\" data-t=seconds> with a name span ('埃隆·马斯克（原声）' first, then '马斯克（原声）' for played clips of him) and an mm:ss time span where minutes run past 59 (e.g. 63:15).",
        SHOW, gold_turns(turns, zh=True), ["林一帆", "周可", "洛朗部长（原声）"])
    meta = dict(kind="Chinese podcast app episode page (simplified)",
                fmt="segment divs, name + mm:ss (minutes > 59) + data-t seconds",
                hard=["All his turns are played clips inside someone else's show (positives); a clip of another person (洛朗部长) is a trap",
                      "Minutes over 59 ('63:15', '71:02', '78:40')",
                      "AI 总结 box and 时间轴 chapters print '马斯克：...'",
                      "Host quotes him ('马斯克有句话叫...'); commenters '埃隆·马斯克本克', 'MuskFans2025' quote him",
                      "One-word turns '对。' (host) and '确定。' (him)"],
                choices=["Labelled clips of him count as his turns (he is the one speaking in them).",
                         "Times taken from the visible mm:ss (equal to data-t)."])
    register(NAME, page, exp, meta)


build()
