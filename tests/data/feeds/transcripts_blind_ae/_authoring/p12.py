from lib import *

NAME = "ae12_shengbofm-trap-zh"
SHOW = "硅谷闲话"
Z, V, HN = "ZHOU", "VIV", "HAN"

# Trap page: two hosts discuss an interview Musk gave; he never speaks here.
turns = [
    T(Z, "老周", 3,
      "大家好，欢迎收听《硅谷闲话》，我是老周。",
      "这期我们聊聊上周马斯克那场两个小时的长访谈，信息量太大了，我们挑几段说。"),
    T(V, "Vivian", 14,
      "我是Vivian。先说好，我们俩都没见过马斯克本人，今天纯属隔空解读，大家别当真。"),
    T(Z, "老周", 25,
      "第一段，他讲星舰为什么要用塔来接火箭。他原话是：“塔就是起落架。”我觉得这句话特别能代表他的思路，就是把一个问题从火箭上挪到地面上去解决。"),
    T(V, "Vivian", 61,
      "对，我也记下来了。英文原文是“The tower is the landing gear”，很短，但是工程师一听就懂。"),
    T(HN, "小韩", 75, "打断一下，老周你的麦有点喷。"),
    T(Z, "老周", 79, "哦哦，好，我往后坐一点。"),
    T(V, "Vivian", 312,
      "第二段是关于上海工厂的。马斯克在采访里说：上海团队是他们效率最高的团队之一。这个评价其实挺高的，因为他平时很少公开夸某一个工厂。"),
    T(Z, "老周", 340,
      "而且你注意他的语气，我来模仿一下：“嗯……上海……非常、非常快。”哈哈，大概就是这个感觉。"),
    T(V, "Vivian", 352, "你这个模仿太夸张了。"),
    T(Z, "老周", 1540,
      "最后一段，有人问他一天怎么安排，他说是五分钟一个时间块。我试了一下，坚持了半天就崩溃了。"),
    T(V, "Vivian", 1561,
      "所以普通人就别学了。好，这期就到这里，我们下期见。"),
]


def render_turns():
    out = []
    for t in turns:
        out.append('<div class="seg" data-start="%d"><div class="seg-head"><span class="spk">%s</span><span class="t">%s</span></div>' % (t["t"], t["label"], mmss(t["t"])))
        for p in t["paras"]:
            out.append('<p class="seg-text">%s</p>' % p)
        out.append('</div>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>EP.73 马斯克两小时长访谈，我们挑了三段聊聊 - 硅谷闲话 | 声波FM</title>
<meta name="description" content="塔就是起落架、上海团队、五分钟时间块：老周和Vivian解读马斯克最新长访谈。">
<link rel="stylesheet" href="https://cdn.shengbo.fm/web/episode.91c2.css">
<script>window.__INITIAL_STATE__={"episode":{"eid":"6732b1f0a9","title":"EP.73 马斯克两小时长访谈，我们挑了三段聊聊","duration":1588,"podcast":{"title":"硅谷闲话","author":"老周 & Vivian"}}};</script>
</head>
<body>
<div id="app">
<header class="sb-header"><a class="sb-logo" href="https://www.shengbo.fm/">声波FM</a><div class="sb-search"><input placeholder="搜索节目、单集、主播"></div><a class="sb-download" href="https://www.shengbo.fm/download">下载App</a></header>
<main class="sb-episode">
<div class="sb-ep-head">
<img class="sb-cover" src="https://image.shengbo.fm/podcast/guigu-xianhua/cover.jpg" alt="硅谷闲话">
<div><h1 class="sb-ep-title">EP.73 马斯克两小时长访谈，我们挑了三段聊聊</h1>
<div class="sb-ep-podcast"><a href="/podcast/guigu-xianhua">硅谷闲话</a></div>
<div class="sb-ep-info"><span>26分钟</span> · <span>2024/11/12</span> · <span>1.8万次播放</span></div></div>
</div>
<div class="sb-player"><button class="sb-play" aria-label="播放">▶</button><div class="sb-bar"></div><span>00:00 / 26:28</span><button class="sb-speed">1.0x</button></div>
<section class="sb-shownotes">
<h2>节目简介</h2>
<p>上周马斯克接受了一场两个小时的长访谈。这期老周和Vivian挑了三段来聊：为什么用塔接火箭、他怎么评价上海工厂、以及传说中的“五分钟时间块”。</p>
<p><b>时间轴</b></p>
<p>00:25 马斯克：“塔就是起落架。”<br>
05:12 上海团队“效率最高”<br>
25:40 五分钟一个时间块，普通人能学吗？</p>
<p><b>本期提到</b><br>原访谈视频（英文）请在各大视频平台搜索。</p>
<p>主播：老周、Vivian　后期：小韩</p>
</section>
<section class="sb-ai"><h2>AI总结 <span class="sb-beta">Beta</span></h2>
<ul><li>马斯克：塔就是起落架，接住助推器可以省掉着陆腿。</li><li>马斯克：上海团队是效率最高的团队之一。</li><li>两位主播认为“五分钟时间块”不适合普通人。</li></ul>
<p class="sb-ai-note">内容由AI生成，仅供参考</p></section>
<section class="sb-transcript"><h2>文字稿 <span class="sb-tag">AI转写</span></h2>
%(TRANSCRIPT)s
</section>
<section class="sb-comments"><h2>评论 36</h2>
<div class="sb-cmt"><span class="sb-cmt-user">马斯克本斯克</span><span class="sb-cmt-time">11-12</span><p>老周模仿的那段笑死我了哈哈哈</p><span class="sb-cmt-like">赞 88</span></div>
<div class="sb-cmt"><span class="sb-cmt-user">埃隆·马斯克</span><span class="sb-cmt-time">11-12</span><p>塔就是起落架。（粉丝号，非本人）</p><span class="sb-cmt-like">赞 57</span></div>
<div class="sb-cmt sb-cmt-reply"><span class="sb-cmt-user">Vivian</span><span class="sb-cmt-badge">主播</span><span class="sb-cmt-time">11-13</span><p>回复 埃隆·马斯克：吓我一跳</p></div>
<div class="sb-cmt"><span class="sb-cmt-user">Elon马</span><span class="sb-cmt-time">11-14</span><p>求出一期完整版解读！</p><span class="sb-cmt-like">赞 12</span></div>
</section>
</main>
<footer class="sb-footer"><p>声波FM · 让声音被听见</p><p><a href="/about">关于我们</a> <a href="/agreement">用户协议</a> <a href="/privacy">隐私政策</a></p><p>沪ICP备2022018834号-1</p></footer>
</div>
<script src="https://cdn.shengbo.fm/web/episode.5e77.js"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    assert gold_from(turns) == []
    return write(NAME, page,
                 "Chinese (simplified) podcast-app episode page; AI transcript segments as div.seg with a speaker span and an mm:ss time span followed by text paragraphs; Musk is only discussed, quoted and imitated, never speaks.",
                 SHOW, [], others_from(turns))
