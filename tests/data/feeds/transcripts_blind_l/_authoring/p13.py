from common import *

NAME = "l13_danmu-video-subtitles"
U, H, M = "UP主", "主持人（原声）", "马斯克（原声）"
# (label, [(from_seconds_float, zh, en or None), ...])
rows = [
 (U, [(0.52, "大家好，我是硬核航天喵。这期我们来逐句看一下马斯克上周在一档美国播客里的访谈，重点就是星舰和火星时间表。", None),
      (9.804, "先来听第一段，主持人直接问了火星任务的时间。", None)]),
 (H, [(15.2, "所以，第一艘飞船什么时候去火星？", "So when does the first ship go to Mars?")]),
 (M, [(18.734, "如果一切顺利，下一个发射窗口我们会送几艘无人飞船过去。", "If things go well, we'll send a few uncrewed ships in the next window.")]),
 (U, [(27.1, "注意他说的是“如果一切顺利”。火星发射窗口大约每二十六个月才有一次，错过一次就要再等两年多。", None)]),
 (M, [(38.612, "时间表总是会推迟，这一点我得承认。", "Timelines always slip, I have to admit that.")]),
 (H, [(43.05, "那载人呢？", "And crewed?")]),
 (M, [(61.402, "载人的话，我猜是再下一个窗口，也可能再晚一个。", "Crewed, I'd guess the window after that, maybe one more.")]),
 (U, [(70.0, "这里他其实给自己留了余地。我们再听下一段，关于在轨加注。", None)]),
 (M, [(95.88, "在轨加注是整个计划里最关键的一环。没有它，就去不了火星。", "Orbital refilling is the most critical piece. Without it, you don't get to Mars."),
      (101.215, "一艘飞船大概需要十次左右的加注飞行。", "You need something like ten tanker flights per ship.")]),
 (H, [(108.47, "这很难吧？", "That's hard, right?")]),
 (M, [(110.06, "对，这是非常难的一件事。", "Yeah, it's really hard.")]),
 (U, [(112.3, "十次加注！大家可以想象一下这个发射频率。评论区说说你们觉得哪一年能载人登陆火星。", None)]),
 (M, [(160.07, "我们做的每一件事，都是先失败很多次，然后才成功。", "Everything we've done, we failed at many times before it worked.")]),
 (U, [(168.9, "好了，本期就到这里。觉得有用的话，一键三连支持一下，我们下期见。", None)]),
]
turns = [Turn(lab, cues[0][0], *[esc(z) for _, z, _ in cues], musk=(lab == M), times=cues) for lab, cues in rows]

items, script = [], []
for tr in turns:
    for i, (tm, zh, en) in enumerate(tr.times):
        txt = ("%s：%s" % (tr.spk, esc(zh))) if i == 0 else esc(zh)
        if en:
            txt += '<br><span class="subtitle-en">%s</span>' % esc(en)
        items.append('<div class="subtitle-item" data-from="%.3f"><span class="subtitle-time">%s</span><span class="subtitle-text">%s</span></div>' % (tm, mmss(tm), txt))
    zh_all = "".join(esc(z) for _, z, _ in tr.times)
    script.append('<p>【%s】%s：%s</p>' % (mmss(tr.t), tr.spk, zh_all))
subs = "\n".join(items)
script_html = "\n".join(script)

page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>马斯克最新访谈逐句解读：星舰到底什么时候上火星？_哔嘀视频_弹幕谷</title>
<meta name="keywords" content="马斯克,星舰,火星,SpaceX,航天,科普">
<meta name="description" content="逐句解读马斯克最新播客访谈中关于星舰、在轨加注和火星时间表的内容。">
<link rel="stylesheet" href="//s1.danmugu.example/static/video/css/video.7c1e.css">
<script>window.__INITIAL_STATE__={"aid":880341572,"bvid":"DG1xK4y1m7Qa","videoData":{"title":"马斯克最新访谈逐句解读：星舰到底什么时候上火星？","duration":178,"owner":{"name":"硬核航天喵"}}};</script>
</head>
<body class="video-page">
<div id="danmugu-header" class="header-bar"><a class="logo" href="//www.danmugu.example/">弹幕谷</a>
<ul class="left-entry"><li><a href="//www.danmugu.example/">首页</a></li><li><a href="//www.danmugu.example/anime/">番剧</a></li><li><a href="//live.danmugu.example/">直播</a></li><li><a href="//www.danmugu.example/v/tech/">科技</a></li></ul>
<div class="center-search"><input class="nav-search-input" placeholder="星舰第五次试飞"></div><div class="right-entry"><a href="//passport.danmugu.example/login">登录</a><a href="//member.danmugu.example/upload">投稿</a></div></div>
<div id="app" class="video-container">
<div class="left-container">
<div class="video-info-container"><h1 class="video-title" title="马斯克最新访谈逐句解读：星舰到底什么时候上火星？">马斯克最新访谈逐句解读：星舰到底什么时候上火星？</h1>
<div class="video-info-detail"><span class="view item">28.6万播放</span><span class="dm item">1893弹幕</span><span class="pubdate-text">2024-07-21 19:30:02</span><span class="copyright">未经作者授权，禁止转载</span></div></div>
<div id="danmugu-player" class="player-wrap"><div class="player-placeholder">视频加载中……</div></div>
<div class="video-toolbar"><span class="like">1.9万</span><span class="coin">6312</span><span class="collect">8844</span><span class="share">分享</span></div>
<div class="video-desc-container"><div class="basic-desc-info">原访谈来自美国播客，中英双语字幕为本频道翻译，仅供学习交流。<br>精彩语录：<br>马斯克：时间表总是会推迟。<br>马斯克：没有在轨加注，就去不了火星。<br>合作请私信。</div></div>
<div class="ai-summary"><div class="ai-summary-title">AI视频总结</div><p>本视频逐句解读马斯克关于火星时间表的发言：无人飞船计划在下一个发射窗口出发，载人任务可能再晚一到两个窗口；在轨加注被视为最关键环节，每艘飞船约需十次加注飞行。</p></div>
<div class="video-tag-container"><a class="tag-link" href="/tag/马斯克">马斯克</a><a class="tag-link" href="/tag/星舰">星舰</a><a class="tag-link" href="/tag/火星">火星</a><a class="tag-link" href="/tag/航天">航天</a></div>
<div class="video-script"><h3>视频文字稿（仅含中文）</h3>
%s
</div>
<div id="comment" class="comment-container"><div class="reply-header"><span class="total-reply">评论 1207</span><span class="sort">按热度</span><span class="sort">按时间</span></div>
<div class="reply-item"><div class="user-name">马斯克本斯克</div><div class="reply-content">主持人：这很难吧？<br>马斯克：对，这是非常难的一件事。<br>（笑死，语气太平静了）</div><div class="reply-info">2024-07-21 20:02 · 赞 3120</div>
<div class="sub-reply-item"><span class="sub-user-name">埃隆马斯克中文粉丝站</span>：回复 @马斯克本斯克 :时间表总是会推迟，这句是真的（狗头）</div></div>
<div class="reply-item"><div class="user-name">火星移民局局长</div><div class="reply-content">十次加注飞行才能去一次火星，这个频率有点吓人。</div><div class="reply-info">2024-07-21 21:47 · 赞 882</div></div>
</div>
</div>
<div class="right-container">
<div class="up-panel-container"><a class="up-name" href="//space.danmugu.example/3493127">硬核航天喵</a><div class="up-description">航天爱好者｜逐句解读海外访谈｜周更</div><button class="follow-btn">+ 关注 52.1万</button></div>
<div class="subtitle-panel"><div class="subtitle-panel-header"><span class="title">字幕列表</span><span class="lang">中英双语（UP主提供）</span></div>
<div class="subtitle-list">
%s
</div></div>
<div class="rec-list"><div class="video-page-card"><a href="/video/DG1aa">马斯克：我们会在火星上建城市（完整版中字）</a><span>航天头条</span></div><div class="video-page-card"><a href="/video/DG1bb">金博尔·马斯克谈哥哥：他从小就这样</a><span>海外访谈搬运</span></div></div>
</div>
</div>
<div class="footer">弹幕谷 版权所有 · 沪ICP备00000000号-1 · <a href="//www.danmugu.example/about">关于我们</a></div>
<script src="//s1.danmugu.example/static/video/js/video.7c1e.js"></script>
</body>
</html>
""" % (script_html, subs)

emit(NAME, page, turns, zh=True,
     fmt="Chinese video-site page (simplified): the uploader's commentary with played clips of the interview; a subtitle panel with one div per cue (mm:ss display, exact seconds with milliseconds in data-from), speaker as '马斯克（原声）：' / 'UP主：' at the start of a cue, his cues in Chinese with the English original below; a Chinese-only text copy of the transcript ('【mm:ss】标签：') appears earlier on the page.",
     show="硬核航天喵（弹幕谷）", others=["UP主", "主持人（原声）"])
