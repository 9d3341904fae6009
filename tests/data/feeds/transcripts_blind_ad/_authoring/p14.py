"""ad14: Chinese video platform page (simplified). A finance talk show whose subtitle panel
lists one cue per <li> (data-time seconds, visible mm:ss); speaker labels with full-width
colons start a turn; the show plays clips of Musk (Chinese subtitles only) labelled
'埃隆·马斯克（发布会原声）：' then '马斯克（原声）：'. Those clips are his turns."""
from common import *

NAME = "ad14_yunbo_caijingyehua"
SHOW = "财经夜话（云播视频）"

LZ, ZB = "LZ", "ZB"
T = [
    {"s": LZ, "p": ["各位观众晚上好，欢迎收看《财经夜话》，我是林子涵。", "今天我们请到了汽车行业分析师周博。"]},
    {"s": ZB, "p": ["主持人好，各位观众大家好。"]},
    {"s": LZ, "p": ["今天我们聊特斯拉。先来看一段", "马斯克在股东大会上的发言。"]},
    {"s": E, "p": ["自动驾驶是我们今年最重要的事情，", "没有之一。", "如果我们能把它做好，", "每一辆车的价值都会大幅提升。"]},
    {"s": ZB, "p": ["这段话其实信息量很大。", "他等于是告诉投资者，", "特斯拉的估值逻辑已经不是卖车了。"]},
    {"s": LZ, "p": ["不过马斯克曾经说过：“明年就能实现完全自动驾驶。”", "这句话他好像说了很多年了。"]},
    {"s": ZB, "p": ["对，这也是市场一直诟病的地方。", "时间表总是偏乐观。"]},
    {"s": LZ, "p": ["我们再来看一段，", "他回答记者关于中国市场的提问。"]},
    {"s": E, "p": ["中国市场的竞争非常激烈，", "中国的汽车公司是世界上最有竞争力的。", "我们必须非常努力才能保持领先。"]},
    {"s": ZB, "p": ["他这个评价其实非常高，", "也说明了价格战的压力有多大。"]},
    {"s": LZ, "p": ["最后一段是关于机器人的。"]},
    {"s": E, "p": ["我认为人形机器人最终会成为", "有史以来规模最大的产品。", "每个人都会想要一个，", "甚至不止一个。"]},
    {"s": LZ, "p": ["周博，你怎么看？"]},
    {"s": ZB, "p": ["我比较谨慎。技术上有进展，", "但量产和成本是两回事，", "至少要再观察两三年。"]},
    {"s": LZ, "p": ["节目最后，我们再听一句", "他给年轻工程师的建议。"]},
    {"s": E, "p": ["多去工厂一线看看，那里学到的东西", "比会议室里多得多。"]},
    {"s": LZ, "p": ["好，感谢周博。我们下期再见。"]},
]
assign_times(T, start=3.2, seed=1414, zh=True, gap=0.3)


def cues():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        if s == E:
            lab = "埃隆·马斯克（发布会原声）" if E not in seen else "马斯克（原声）"
        elif s == LZ:
            lab = "林子涵"
        else:
            lab = "周博"
        seen.add(s)
        for j, (c, t) in enumerate(zip(tr["p"], tr["ts"])):
            text = f"{lab}：{c}" if j == 0 else c
            cls = "subtitle-item clip" if s == E else "subtitle-item"
            out.append(f'<li class="{cls}" data-time="{t:.3f}"><span class="subtitle-time">{mmss(t)}</span><span class="subtitle-text">{text}</span></li>')
    return "\n".join(out)


def build():
    e_turns = [tr for tr in T if tr["s"] == E]
    total = int(T[-1]["ts"][-1] + 4)
    hl = "".join(f'<li><a href="#t={int(tr["ts"][0])}" class="video-jump">{mmss(tr["ts"][0])}</a> {x}</li>'
                 for tr, x in zip(e_turns, ["马斯克：自动驾驶是今年最重要的事", "马斯克谈中国车企竞争力", "马斯克：人形机器人将是最大产品", "给年轻工程师的建议"]))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>【财经夜话】马斯克的自动驾驶时间表，这次靠谱吗？_财经_云播视频</title>
<meta name="keywords" content="财经夜话,特斯拉,马斯克,自动驾驶,人形机器人">
<meta name="description" content="本期《财经夜话》邀请汽车行业分析师周博，结合马斯克近期发言，聊聊特斯拉的自动驾驶与机器人。">
<link rel="stylesheet" href="//s1.yunbo-static.com/player/css/video-page.4e2a9c.css">
<script>window.__INITIAL_STATE__={{"videoData":{{"bvid":"YB1xK4y1p7Qs","title":"马斯克的自动驾驶时间表，这次靠谱吗？","duration":{total},"owner":{{"name":"财经夜话官方"}}}},"subtitle":{{"lan":"zh-CN","allow_submit":false}}}};</script>
</head>
<body>
<div id="app" class="video-page">
<div class="yb-header"><a class="logo" href="//www.yunbo.example/">云播</a><ul class="nav-list"><li><a href="//www.yunbo.example/">首页</a></li><li><a href="//www.yunbo.example/c/finance">财经</a></li><li><a href="//www.yunbo.example/c/tech">科技</a></li><li><a href="//live.yunbo.example/">直播</a></li></ul><div class="search-bar"><input type="text" placeholder="搜索视频、UP主"><button>搜索</button></div><a class="login-btn" href="//passport.yunbo.example/login">登录</a></div>
<div class="video-container">
<div class="left-container">
<h1 class="video-title">【财经夜话】马斯克的自动驾驶时间表，这次靠谱吗？</h1>
<div class="video-data"><span class="view">18.6万播放</span> · <span class="dm">1203弹幕</span> · <span class="pubdate">2025-07-03 21:00:00</span> · <span class="copyright">未经作者授权禁止转载</span></div>
<div id="yb-player" class="player-wrap"><div class="yb-video-area"><video preload="auto" src="blob:https://www.yunbo.example/8a1f"></video></div><div class="yb-control-bar"><span class="yb-time-now">00:00</span>/<span class="yb-time-total">{mmss(total)}</span><span class="yb-subtitle-toggle">字幕</span></div></div>
<div class="video-toolbar"><span class="like">点赞 1.2万</span><span class="coin">投币 3021</span><span class="collect">收藏 5488</span><span class="share">分享</span></div>
<div class="video-desc"><div class="desc-info">本期《财经夜话》邀请汽车行业分析师周博，结合马斯克近期几段公开发言（原声片段配中文字幕），聊聊特斯拉的自动驾驶与人形机器人。观点仅供参考，不构成投资建议。</div>
<div class="video-highlights"><p>本期看点：</p><ul>{hl}</ul></div></div>
<div class="up-info"><a class="up-name" href="//space.yunbo.example/3345210">财经夜话官方</a><span class="up-desc">每周四晚九点，陪你读懂财经新闻</span><button class="follow-btn">+ 关注 42.1万</button></div>
<div id="comment" class="comment-m"><div class="comment-header"><span class="total-reply">评论 862</span><span class="sort">按热度</span></div>
<div class="reply-list">
<div class="reply-item"><div class="user-name">马斯克的头号粉丝</div><div class="reply-content">马斯克：“每个人都会想要一个，甚至不止一个。”我已经开始攒钱了</div><div class="reply-info">2025-07-03 · 赞 2431 · 回复</div>
<div class="sub-reply-list"><div class="sub-reply-item"><span class="sub-user-name">埃隆本隆</span><span class="sub-reply-content">回复 @马斯克的头号粉丝 : 攒钱不如先攒个充电桩</span></div></div></div>
<div class="reply-item"><div class="user-name">埃隆本隆</div><div class="reply-content">{mmss(e_turns[1]['ts'][0])} 那段是哪次采访？求出处</div><div class="reply-info">2025-07-04 · 赞 156 · 回复</div></div>
<div class="reply-item"><div class="user-name">Elon_Ma</div><div class="reply-content">周博：“我比较谨慎。”——同意，先看量产再说</div><div class="reply-info">2025-07-04 · 赞 89 · 回复</div></div>
</div></div>
</div>
<div class="right-container">
<div class="subtitle-panel" id="subtitle-panel">
<div class="subtitle-panel-header"><span class="title">字幕列表</span><span class="lang">中文（自动生成+人工校对）</span></div>
<p class="subtitle-note">说明：标注“原声”的段落为马斯克本人讲话片段，字幕为本节目翻译。</p>
<ul class="subtitle-list">
{cues()}
</ul></div>
<div class="recommend-list"><p class="rec-title">接下来播放</p>
<a class="video-card" href="//www.yunbo.example/video/YB1aa4y1q7Lm">【财经夜话】比亚迪出海，下一站是哪里？</a>
<a class="video-card" href="//www.yunbo.example/video/YB1Ck4y1m2Ht">【中英字幕】马斯克最新访谈完整版</a></div>
</div>
</div>
<div class="yb-footer"><p>云播视频 版权所有 · 沪ICP备00000000号 · 违法和不良信息举报</p></div>
</div>
<script src="//s1.yunbo-static.com/player/js/video-page.4e2a9c.js"></script>
</body>
</html>
"""
    fmt = ("Video-platform subtitle panel: one <li> per cue with data-time (seconds, decimals) and visible mm:ss; a turn "
           "starts at a cue whose text begins with 'Name：' (full-width colon) and unlabelled cues continue it; his turns are "
           "played clips labelled '埃隆·马斯克（发布会原声）：' then '马斯克（原声）：', subtitled in Chinese.")
    exp = expected(fmt, SHOW, gold(T, zh=True), ["林子涵", "周博"])
    write(NAME, html, exp)
    return NAME, exp
