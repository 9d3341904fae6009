"""ac14: mainland video site (simplified), bilingual subtitle list; cues with hh:mm:ss,mmm; speaker tag only on a turn's first cue; zh line then en line."""
from common import first_words, gold

NAME = "ac14_shandianshipin"
SHOW = "星际搬运工"

LBL = {"H": "主持人", "E": "马斯克"}

# (spk, [(seconds_float, zh, en), ...])
T = [
    ("H", [(1502.120, "欢迎回来。我们接着聊人工智能。", "Welcome back. Let&#39;s keep talking about AI."),
           (1505.900, "你曾经说过：&ldquo;人工智能是我们面临的最大风险。&rdquo;现在还这么认为吗？", "You once said, &ldquo;AI is the biggest risk we face.&rdquo; Do you still think so?")]),
    ("E", [(1511.640, "我认为它是最大的风险之一，同时也是最大的机会。", "I think it&#39;s one of the biggest risks, and also the biggest opportunity."),
           (1516.200, "关键在于它是否真正追求真相。", "The key is whether it is truly truth-seeking."),
           (1519.870, "如果一个系统被训练成说谎，哪怕是善意的谎言，那就很危险。", "If a system is trained to lie, even white lies, that&#39;s dangerous.")]),
    ("H", [(1526.030, "真的吗？", "Really?")]),
    ("E", [(1526.990, "真的。", "Really.")]),
    ("H", [(1528.400, "那监管呢？政府应该介入吗？", "What about regulation? Should governments step in?")]),
    ("E", [(1532.760, "我一直支持对人工智能进行监管。", "I&#39;ve always been in favour of AI regulation."),
           (1536.050, "就像飞机和药品一样，风险高的东西就应该有裁判。", "Just like aircraft and medicine, things with high risk should have a referee.")]),
    ("H", [(3725.480, "最后一个问题：你每天工作多少个小时？", "Last question: how many hours a day do you work?")]),
    ("E", [(3729.310, "太多了。我不建议任何人这样做。", "Too many. I don&#39;t recommend it to anyone.")]),
    ("H", [(3733.950, "那你为什么还这样做？", "Then why do you still do it?")]),
    ("E", [(3736.100, "因为我在乎这些事情能不能做成。", "Because I care about whether these things get done."),
           (3740.620, "如果我不在乎，早就退休去海边了。", "If I didn&#39;t care, I&#39;d have retired to a beach long ago.")]),
    ("H", [(3745.800, "谢谢你，埃隆。", "Thank you, Elon.")]),
    ("E", [(3747.020, "谢谢。", "Thank you.")]),
]


def srt(t):
    s = int(t)
    ms = int(round((t - s) * 1000))
    return "%02d:%02d:%02d,%03d" % (s // 3600, s % 3600 // 60, s % 60, ms)


def render():
    out = []
    for spk, cues in T:
        for i, (t, zh, en) in enumerate(cues):
            tag = '<span class="sub-spk">%s</span>' % LBL[spk] if i == 0 else ""
            out.append('<li class="sub-item" data-from="%.3f"><span class="sub-time">%s</span>%s'
                       '<p class="sub-zh">%s</p><p class="sub-en">%s</p></li>' % (t, srt(t), tag, zh, en))
    return "\n".join(out)


def build():
    turns, prev = [], None
    for spk, cues in T:
        assert spk != prev
        prev = spk
        if spk == "E":
            turns.append([int(cues[0][0]), first_words(cues[0][1])])
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【中英双语】马斯克最新长访谈：AI的风险、监管和每天工作多少小时（全程字幕）_闪电视频</title>
<meta name="keywords" content="马斯克,访谈,人工智能,中英字幕,科技">
<meta name="description" content="马斯克最新长访谈，中英双语字幕，搬运自海外播客。">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//s1.sdsp.cn/player/5.9.2/player.css">
<link rel="stylesheet" href="//s1.sdsp.cn/web/video.8e21.css">
<script>window.__INITIAL_STATE__={{"vid":"SD1Hx7a9","duration":3812,"subtitle":{{"lang":["zh-Hans","en"],"bilingual":true}},"owner":{{"name":"星际搬运工","mid":40188231}}}};</script>
</head>
<body>
<div id="app">
<div class="header"><a class="logo" href="//www.sdsp.cn/">闪电视频</a>
<ul class="nav"><li><a href="//www.sdsp.cn/">首页</a></li><li><a href="//www.sdsp.cn/tech">科技</a></li><li><a href="//www.sdsp.cn/knowledge">知识</a></li><li><a href="//www.sdsp.cn/live">直播</a></li></ul>
<div class="search"><input type="text" placeholder="搜索马斯克访谈"><button>搜索</button></div><a class="login" href="//passport.sdsp.cn/login">登录</a></div>
<div class="video-container">
<div class="left-col">
<h1 class="video-title">【中英双语】马斯克最新长访谈：AI的风险、监管和每天工作多少小时（全程字幕）</h1>
<div class="video-data"><span>12.6万播放</span><span>2381弹幕</span><span>2025-09-03 21:14:07</span><span class="copyright">未经作者授权，禁止转载</span></div>
<div id="player" class="player-wrap"><video src="" preload="none"></video><div class="dm-bar"><input placeholder="发个友善的弹幕见证当下"><button>发送</button></div></div>
<div class="toolbar"><span class="like">点赞 8711</span><span class="coin">投币 2034</span><span class="fav">收藏 5502</span><span class="share">分享</span></div>
<div class="desc"><p>搬运自海外播客，字幕由本人翻译校对，如有错误欢迎指正。完整版约1小时03分，本视频截取了关于人工智能的部分和结尾。</p><p>原视频：外网播客，版权归原作者所有。</p></div>
<div class="ai-summary"><h3>AI视频总结</h3>
<p>本视频为马斯克访谈的中英双语字幕版，主要观点：</p>
<ul><li>马斯克：人工智能既是最大的风险之一，也是最大的机会，关键在于追求真相。</li>
<li>马斯克：支持对人工智能进行监管，&ldquo;风险高的东西就应该有裁判&rdquo;。</li>
<li>马斯克：每天工作时间&ldquo;太多了&rdquo;，不建议任何人这样做。</li></ul>
<p class="ai-note">以上内容由AI生成，仅供参考</p></div>
<div class="comment-area"><h3>评论 <span>1864</span></h3>
<div class="reply-item"><div class="user"><a class="uname" href="//space.sdsp.cn/5520193">马斯克本人</a><span class="level">LV5</span></div><div class="reply-content">马斯克：我没说过要去海边退休（狗头）</div><div class="reply-info"><span>2025-09-03 21:40</span><span>赞 2.3万</span></div>
<div class="sub-reply"><a class="uname" href="//space.sdsp.cn/770122">火箭回收爱好者</a>：回复 @马斯克本人 ：视频01:02:20那里明明说了&ldquo;如果我不在乎，早就退休去海边了&rdquo;</div></div>
<div class="reply-item"><div class="user"><a class="uname" href="//space.sdsp.cn/1133550">字幕组打工人</a><span class="level">LV6</span></div><div class="reply-content">翻译辛苦了！&ldquo;truth-seeking&rdquo;翻成&ldquo;追求真相&rdquo;很准确。</div><div class="reply-info"><span>2025-09-04 08:12</span><span>赞 876</span></div></div>
</div>
</div>
<div class="right-col">
<div class="up-info"><a class="up-name" href="//space.sdsp.cn/40188231">星际搬运工</a><p class="up-desc">专注搬运海外科技访谈，中英双语字幕</p><button class="follow">+ 关注 32.1万</button></div>
<div class="subtitle-panel"><div class="panel-head"><span>字幕列表</span><span class="lang-switch">中英双语</span></div>
<ul class="sub-list">
{cues}
</ul></div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a href="//www.sdsp.cn/video/SD1Hx6z1">【中英】马斯克谈星舰第十次试飞</a></li><li><a href="//www.sdsp.cn/video/SD1Hw0q2">【熟肉】特斯拉机器人工厂实拍</a></li></ul></div>
</div>
</div>
<div class="footer"><p>闪电视频 &copy; 2025 沪ICP备xxxxxxxx号 &nbsp; 违法和不良信息举报 &nbsp; 网络文化经营许可证</p></div>
</div>
<script src="//s1.sdsp.cn/player/5.9.2/player.js"></script>
<script src="//s1.sdsp.cn/web/video.8e21.js"></script>
</body>
</html>
""".format(cues=render())
    g = gold("Simplified-Chinese video page subtitle list: one <li> cue each with data-from seconds and a visible hh:mm:ss,mmm time, the speaker tag (主持人/马斯克) only on a turn's first cue, each cue a Chinese line followed by its English line (pair = one cue).",
             SHOW, turns, ["主持人"])
    return NAME, page, g
