from common import *


def build():
    AJ, XL = 'AJ', 'XL'
    S = [
        (AJ, [(0.5, "哈喽大家好，欢迎来到科技老杰的频道"), (3.2, "今天我和小鹿一起来聊聊马斯克上周那期三小时的长访谈")]),
        (XL, [(8.9, "对，三个小时我们帮大家看完了"), (11.6, "挑了五个我们觉得最值得关注的观点")]),
        (AJ, [(15.0, "第一个观点是关于人工智能的"), (18.4, "他在访谈里说，AI明年可能就会比任何一个人类都聪明"), (23.9, "他的原话是：“到后年，AI会比所有人类加起来还聪明。”"), (29.7, "这个说法其实他这几年一直在讲")]),
        (XL, [(33.2, "但是老杰你注意，他每次说的年份都在往后推")]),
        (AJ, [(37.8, "哈哈哈哈对")]),
        (XL, [(39.1, "第二个观点是关于机器人的"), (42.5, "马斯克说他觉得擎天柱以后会是特斯拉最值钱的业务"), (47.0, "我把画面上的英文字幕给大家念一下"), (50.3, "大意就是“每个人都会想要一个自己的机器人”")]),
        (AJ, [(55.6, "这个我是信的，但是价格是个大问题")]),
        (XL, [(312.4, "第五个观点，也是我觉得最有意思的"), (316.0, "主持人问他会不会减少发推"), (319.2, "他就回了两个字：“可能。”"), (322.8, "然后全场都笑了")]),
        (AJ, [(325.1, "好，以上就是我们整理的五个观点"), (328.9, "完整访谈的链接放在简介里了，大家记得一键三连")]),
    ]

    def disp(x):
        x = int(x)
        return '%02d:%02d' % (x // 60, x % 60)

    T = [(spk, cues[0][0], [c[1] for c in cues]) for spk, cues in S]
    lab = {AJ: '阿杰', XL: '小鹿'}
    items = []
    for spk, cues in S:
        for i, (t, txt) in enumerate(cues):
            pre = lab[spk] + '：' if i == 0 else ''
            items.append('<li class="subtitle-item" data-time="%.1f"><span class="subtitle-time">%s</span><span class="subtitle-text">%s%s</span></li>' % (t, disp(t), pre, txt))
    subs = '\n'.join(items)
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【深度解读】马斯克最新三小时访谈，这5个观点最值得关注_科技_弹幕星球</title>
<meta name="keywords" content="马斯克,访谈,AI,擎天柱,特斯拉,科技老杰">
<meta name="description" content="三小时访谈帮你看完！科技老杰和小鹿挑出马斯克最值得关注的5个观点。">
<link rel="stylesheet" href="//s1.danmuxq.com/static/video/css/video.8c21f3.css">
<style>.subtitle-list{list-style:none;margin:0;padding:0;max-height:460px;overflow:auto}.subtitle-item{display:flex;gap:10px;padding:4px 8px}.subtitle-time{color:#00a1d6;font-size:12px;min-width:44px}.ai-summary{background:#f6f7f8;border-radius:6px;padding:12px}</style>
<script>window.__INITIAL_STATE__={"bvid":"DX1aB2cD3eF","title":"【深度解读】马斯克最新三小时访谈，这5个观点最值得关注","owner":{"name":"科技老杰","mid":20240101},"stat":{"view":386201,"danmaku":5123}};</script>
</head>
<body>
<div id="app">
<div class="header-bar"><a class="logo" href="//www.danmuxq.com/">弹幕星球</a><ul class="nav-left"><li><a href="//www.danmuxq.com/">首页</a></li><li><a href="//www.danmuxq.com/c/tech">科技</a></li><li><a href="//live.danmuxq.com/">直播</a></li><li><a href="//www.danmuxq.com/c/game">游戏</a></li></ul><div class="nav-search"><input placeholder="马斯克访谈完整版"><button>搜索</button></div><div class="nav-right"><a href="//passport.danmuxq.com/login">登录</a></div></div>
<div class="video-container">
<div class="left-container">
<h1 class="video-title">【深度解读】马斯克最新三小时访谈，这5个观点最值得关注</h1>
<div class="video-info-detail"><span class="view">38.6万播放</span> · <span class="dm">5123弹幕</span> · <span class="pubdate">2025-03-12 19:00:03</span> · <span class="copyright">未经作者授权，禁止转载</span></div>
<div class="player-wrap"><div id="danmuxq-player" data-cid="88120933"></div></div>
<div class="video-toolbar"><span class="like">1.9万</span><span class="coin">8421</span><span class="collect">1.2万</span><span class="share">分享</span></div>
<div class="video-desc"><div class="desc-info-text">三个小时的访谈帮大家看完了！本期和小鹿一起挑了5个最值得关注的观点。
原访谈链接见置顶评论。
00:15 观点一：AI什么时候超过人类
00:39 观点二：擎天柱机器人
05:12 观点五：会不会少发推</div></div>
<div class="ai-summary"><div class="ai-summary-title">AI视频总结 <span class="beta">Beta</span></div>
<p>本视频中，UP主科技老杰与小鹿解读了马斯克的长篇访谈，总结了五个核心观点：</p>
<ul>
<li>马斯克：到后年，AI会比所有人类加起来还聪明。</li>
<li>马斯克：每个人都会想要一个自己的机器人。</li>
<li>马斯克：可能。（被问是否会少发推时）</li>
</ul>
<p class="ai-tip">以上内容由AI生成，仅供参考</p></div>
<div class="tag-panel"><a class="tag" href="/tag/马斯克">马斯克</a><a class="tag" href="/tag/人工智能">人工智能</a><a class="tag" href="/tag/特斯拉">特斯拉</a><a class="tag" href="/tag/科技解读">科技解读</a></div>
<div class="comment-container" id="comment"><h3>评论 1263</h3>
<div class="reply-item"><div class="user-name">马斯克本斯克</div><div class="reply-content">“可能。”这两个字我能笑一年</div><div class="reply-info">2025-03-12 · 赞 3021</div>
 <div class="sub-reply-item"><div class="sub-user-name">Elon_Musk_CN</div><div class="sub-reply-content">回复 @马斯克本斯克 :我是马斯克，我同意（狗头）</div></div></div>
<div class="reply-item"><div class="user-name">火星种土豆</div><div class="reply-content">老杰说的年份往后推那句太真实了 00:33</div><div class="reply-info">2025-03-13 · 赞 987</div></div>
</div>
</div>
<div class="right-container">
<div class="up-panel"><a class="up-name" href="//space.danmuxq.com/20240101">科技老杰</a><p class="up-description">每周两期科技解读｜合作请私信</p><button class="follow-btn">+ 关注 52.3万</button></div>
<div class="subtitle-panel"><div class="panel-title">字幕列表 <span class="lang">中文（UP主上传）</span></div>
<ul class="subtitle-list">
''' + subs + '''
</ul></div>
<div class="rec-list"><div class="rec-title">相关推荐</div>
<div class="video-page-card"><a href="/video/DX9zZ8yY7xX"><p class="title">马斯克：AI明年就会超过人类（中英字幕）</p><p class="up">星际搬运工</p></a></div>
<div class="video-page-card"><a href="/video/DX4kK5lL6mM"><p class="title">【完整版】马斯克三小时访谈 中文字幕</p><p class="up">字幕组小王</p></a></div>
</div>
</div>
</div>
</div>
<script src="//s1.danmuxq.com/static/player/js/player.4a1c9b.js"></script>
<script>window.danmuxqPlayer && danmuxqPlayer.init({cid:88120933,subtitle:true});</script>
</body>
</html>
'''
    write('af16_danmuxq', page,
          'Chinese video-platform watch page; the subtitle panel lists cues with data-time and mm:ss, a speaker change marked by a "名字：" prefix inside the cue text and following cues unlabelled.',
          '科技老杰', gold_from(T, zh=True), ['阿杰', '小鹿'],
          'TRAP (0 turns): Chinese video site, two commentators (阿杰/小鹿) discuss and quote Musk ("他的原话是：…", reading subtitles aloud); AI summary "马斯克：..." lines; related video "马斯克：..."; commenters 马斯克本斯克 / Elon_Musk_CN.')
