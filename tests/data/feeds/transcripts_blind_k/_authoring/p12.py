"""k12 - Chinese video site, commentary show playing clips of Musk; subtitle list with mm:ss (minutes > 59), bilingual clip subtitles."""
from common import *

NAME = "k12_qingyou_zh_video_clips"
SHOW = "硅谷夜话（青柚视频）"

LAB = {"E": ("【原声】埃隆·马斯克", "【原声】马斯克"), "Z": ("老周", "老周"), "L": ("林博士", "林博士")}


def m(mm, ss, frac=0.0):
    return mm * 60 + ss + frac


def S(spk, *lines):
    """lines: (time, zh) or (time, zh, en)"""
    return {"spk": spk, "t": lines[0][0], "lines": list(lines), "paras": ["".join(l[1] for l in lines)]}


TURNS = [
    S("Z", (m(0, 3, .4), "大家好，欢迎来到《硅谷夜话》，我是老周。"), (m(0, 7, .1), "今天请到了老朋友林博士，一起聊聊马斯克最近的几次公开发言。")),
    S("L", (m(0, 14, .6), "大家好。这周的信息量确实很大。")),
    S("Z", (m(0, 18, .2), "我们先看一段他在发布会上的原声。")),
    S("E", (m(0, 23, .5), "我们的目标是让每一辆车都能在你睡觉的时候为你赚钱。", "Our goal is for every car to make money for you while you sleep."),
           (m(0, 29, .9), "这听起来很疯狂，但从技术上讲，我们已经非常接近了。", "That sounds crazy, but technically we’re very close.")),
    S("Z", (m(0, 36, .3), "“非常接近”，这个词大家已经听了很多年了。")),
    S("L", (m(0, 41, .8), "对，我统计过，类似的话他至少说过七八次。马斯克早在二〇一九年就说过：“明年就会有一百万辆自动驾驶出租车。”")),
    S("Z", (m(41, 5, .0), "接下来是星舰部分。我们再放一段原声。")),
    S("E", (m(41, 12, .7), "用筷子接住助推器，这是工程史上最难的事情之一。", "Catching the booster with the chopsticks is one of the hardest things in the history of engineering."),
           (m(41, 19, .2), "团队做得太棒了。", "The team did an incredible job.")),
    S("L", (m(41, 26, .9), "这一点我必须承认，确实了不起。")),
    S("Z", (m(63, 40, .0), "最后一段，是他谈到中国工程师的。")),
    S("E", (m(63, 46, .3), "中国有非常多优秀的工程师，他们工作非常努力。", "China has a lot of excellent engineers, and they work extremely hard.")),
    S("Z", (m(63, 55, .5), "好。")),
    S("E", (m(63, 57, .1), "竞争会让所有人都变得更好。", "Competition makes everyone better.")),
    S("Z", (m(64, 3, .8), "今天就聊到这里，喜欢的话记得一键三连，我们下期见。")),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, ln in enumerate(t["lines"]):
            tm, zh = ln[0], ln[1]
            en = ln[2] if len(ln) > 2 else None
            txt = ("%s：%s" % (esc(lab), esc(zh))) if i == 0 else esc(zh)
            en_html = '<span class="sub-en">%s</span>' % esc(en) if en else ""
            out.append('<li class="subtitle-item" data-time="%.1f"><span class="subtitle-time">%s</span><span class="subtitle-text">%s</span>%s</li>'
                       % (tm, mmss_over(tm), txt, en_html))
    return "\n            ".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【硅谷夜话】马斯克“非常接近”了几年？原声盘点：自动驾驶、星舰、中国工程师_科技_青柚视频</title>
<meta name="keywords" content="马斯克,特斯拉,星舰,自动驾驶,硅谷夜话,老周,科技">
<meta name="description" content="本期老周和林博士一起盘点马斯克近期公开发言原声，附双语字幕。">
<link rel="stylesheet" href="https://s1.qingyou-cdn.com/web/video-page.9f3e1a.css">
<script>window.__INITIAL_STATE__={"aid":918273645,"bvid":"QY1a4y1X7Tz","title":"【硅谷夜话】马斯克“非常接近”了几年？","duration":3850,"owner":{"mid":20211188,"name":"硅谷夜话"},"stat":{"view":1283344,"danmaku":9821,"like":88120}};</script>
</head>
<body>
<div id="app">
<div class="qy-header"><a class="qy-logo" href="https://www.qingyou.tv/">青柚视频</a><ul class="qy-nav"><li><a href="/">首页</a></li><li><a href="/v/anime">番剧</a></li><li><a href="/v/live">直播</a></li><li class="active"><a href="/v/tech">科技</a></li><li><a href="/v/knowledge">知识</a></li></ul><form class="qy-search" action="/search"><input name="keyword" placeholder="搜索你感兴趣的视频"></form><a class="qy-login" href="/login">登录</a></div>
<div class="video-container">
  <div class="left-container">
    <div class="video-info"><h1 class="video-title">【硅谷夜话】马斯克“非常接近”了几年？原声盘点：自动驾驶、星舰、中国工程师</h1>
      <div class="video-data"><span class="view">128.3万播放</span> · <span class="dm">9821弹幕</span> · <span class="pubdate">2024-10-21 20:00:03</span> · <span class="copyright">未经作者授权，禁止转载</span></div></div>
    <div class="player-wrap" id="qy-player"><div class="qy-player-video"><video preload="none" poster="https://i0.qingyou-cdn.com/cover/QY1a4y1X7Tz.jpg"></video></div><div class="qy-player-danmaku-list" aria-label="弹幕列表"><ul><li><span class="dm-time">00:25</span>马斯克：我们已经非常接近了（狗头）</li><li><span class="dm-time">41:15</span>筷子夹火箭yyds</li><li><span class="dm-time">63:50</span>马斯克：竞争让大家更好</li></ul></div></div>
    <div class="video-toolbar"><span class="like">点赞 8.8万</span><span class="coin">投币 2.1万</span><span class="collect">收藏 3.4万</span><span class="share">分享</span></div>
    <div class="ai-summary"><h3>AI视频总结 <span class="beta">测试版</span></h3><p>视频中老周与林博士盘点了马斯克的三段原声。马斯克表示特斯拉“已经非常接近”让汽车自动赚钱，称筷子接住助推器是“工程史上最难的事情之一”，并称赞中国工程师。</p><ul><li>00:23 马斯克：让每一辆车都能为你赚钱</li><li>41:12 马斯克：筷子接住助推器</li><li>63:46 马斯克：中国工程师</li></ul></div>
    <div class="video-desc"><h3>简介</h3><div class="desc-info">本期节目盘点马斯克近期的三段公开发言原声（已配双语字幕），并和林博士一起讨论：他的时间表到底该怎么听？<br>00:00 开场<br>00:23 原声①：自动驾驶出租车<br>41:05 原声②：星舰“筷子”回收<br>63:40 原声③：谈中国工程师<br>原声素材来自公开发布会，仅供评论使用。</div>
      <div class="tag-list"><a href="/tag/马斯克">马斯克</a><a href="/tag/特斯拉">特斯拉</a><a href="/tag/星舰">星舰</a><a href="/tag/科技评论">科技评论</a></div></div>
    <div class="comment-section" id="comment"><h3>评论 <span class="count">3562</span></h3>
      <div class="reply-item"><div class="user-name">马斯克本斯克</div><div class="reply-content">马斯克：“这听起来很疯狂，但从技术上讲，我们已经非常接近了。” 这句话我能背下来了</div><div class="reply-info"><span>2024-10-21 20:31</span><span>赞 5130</span></div>
        <div class="sub-reply-item"><span class="user-name">林博士的忠实观众</span>：<span class="reply-content">回复 @马斯克本斯克 ：七八次是保守估计了哈哈</span></div></div>
      <div class="reply-item"><div class="user-name">埃隆不在线</div><div class="reply-content">63:57 “竞争会让所有人都变得更好”，这话说得没毛病</div><div class="reply-info"><span>2024-10-22 09:12</span><span>赞 862</span></div></div>
    </div>
  </div>
  <div class="right-container">
    <div class="up-info"><a class="up-name" href="/space/20211188">硅谷夜话</a><p class="up-desc">每周一期，聊硅谷那些事儿。主播：老周</p><button class="follow-btn">+ 关注 56.2万</button></div>
    <div class="subtitle-panel">
      <div class="subtitle-panel-header"><h3>字幕列表</h3><span class="subtitle-lang">中文（简体）+ English</span></div>
      <ul class="subtitle-list">
            %s
      </ul>
    </div>
    <div class="rec-list"><h3>接下来播放</h3><ul><li><a href="/video/QY1b7x2A9kP">马斯克十年预言大盘点：哪些实现了？</a></li><li><a href="/video/QY1c2n9B3mZ">星舰第五次试飞全程回放（中文解说）</a></li></ul></div>
  </div>
</div>
<div class="qy-footer"><p>青柚视频 版权所有 &copy; 2024　<a href="https://beian.miit.gov.cn/">沪ICP备20017731号-1</a>　违法和不良信息举报电话：400-000-0000</p></div>
</div>
<script src="https://s1.qingyou-cdn.com/web/video-page.2d81c4.js" defer></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Chinese video page, subtitle list: one <li> per subtitle line with an mm:ss time whose minutes go past 59 (data-time in seconds); the label is inside the first line of a turn ('【原声】埃隆·马斯克：' then '【原声】马斯克：' for played clips of him, with an English subtitle line under each Chinese line), unlabelled lines continue the turn.",
                 SHOW, gold_turns(TURNS, zh=True), ["老周", "林博士"])
