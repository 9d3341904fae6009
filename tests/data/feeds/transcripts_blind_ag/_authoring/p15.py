from lib import *

NAME = "ag15_qingning-video-zh"
SHOW = "硬核访谈"
FMT = ("Simplified-Chinese video-platform page with a subtitle list; each <li> has data-time seconds and a shown mm:ss "
       "(minutes past 59), speaker shown only on change ('埃隆·马斯克' first, then '马斯克'), Chinese line plus English line; "
       "an AI summary box above and a collapsed full-text copy below repeat content.")

K, E = "凯特", "马斯克"
# (who, [(sec, zh, en)])
T = [
 (K, [(3552.4, "我们进入最后一个环节，观众提问。第一个问题来自一位大学生。", "Let's move to the last segment, audience questions. The first comes from a university student.")]),
 (E, [(3561.9, "好的，请讲，我洗耳恭听。", "Sure, go ahead.")]),
 (K, [(3564.0, "他问：如果重新回到二十岁，你会做什么不一样的事？", "He asks: if you were twenty again, what would you do differently?")]),
 (E, [(3571.2, "我可能会更早开始做硬件。软件很好，但真正改变世界的东西往往需要制造。", "I'd probably start on hardware earlier. Software is great, but the things that really change the world often need manufacturing."),
      (3584.7, "还有，我会多睡一点觉。年轻的时候我以为睡觉是浪费时间。", "Also, I'd sleep more. When I was young I thought sleep was a waste of time.")]),
 (K, [(3596.3, "哈哈，这个很多人会认同。", "Ha, a lot of people would agree.")]),
 (E, [(3599.8, "是的，但他们也不会听。", "Yes, but they won't listen either.")]),
 (K, [(3612.5, "第二个问题：你怎么看中国的电动车企业？", "Second question: what do you think of Chinese EV makers?")]),
 (E, [(3620.0, "非常有竞争力，工作非常努力。说实话，他们是我们最强的对手。", "Extremely competitive, they work incredibly hard. Honestly, they're our strongest competitors."),
      (3633.6, "竞争对消费者是好事，会让所有人都做得更好。", "Competition is good for consumers. It makes everyone better.")]),
 (K, [(3645.2, "最后一个问题，很简单：你最喜欢的中国菜是什么？", "Last question, an easy one: what's your favorite Chinese dish?")]),
 (E, [(3652.8, "嗯……饺子。还有火锅，但火锅太辣了。", "Hmm... dumplings. And hotpot, but hotpot is too spicy.")]),
 (K, [(3664.1, "谢谢埃隆！今天的节目就到这里。", "Thank you, Elon! That's all for today's show.")]),
 (E, [(3668.0, "谢谢大家，下次再见。", "Thank you, everyone, see you next time.")]),
]

def build():
    g = Gold(SHOW, FMT)
    items, full = [], []
    prev = None
    first_e = True
    for who, segs in T:
        if who == E:
            g.elon(segs[0][0], segs[0][1], zh=True)
            lab = "埃隆·马斯克" if first_e else "马斯克"
            first_e = False
        else:
            lab = "主持人 凯特" if not g.others else K
            g.other(lab)
        full.append('<p><b>%s</b> %s</p>' % (lab, esc("".join(s[1] for s in segs))))
        for i, (t, zh, en) in enumerate(segs):
            who_html = '<span class="who">%s</span>' % lab if (i == 0 and who != prev) else ""
            items.append('<li class="sub-item" data-time="%.1f"><span class="t">%s</span>%s<p class="zh">%s</p><p class="en">%s</p></li>'
                         % (t, mmss(t), who_html, esc(zh), esc(en)))
        prev = who
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【中英双字】马斯克硬核访谈·观众问答篇：如果回到二十岁？_青柠视频</title>
<meta name="keywords" content="马斯克,埃隆马斯克,访谈,中英双字,科技">
<meta name="description" content="马斯克：我可能会更早开始做硬件。">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//s1.qingning.tv/player/css/video.7a2b.css">
<script>window.__INITIAL_STATE__={"aid":771928,"bvid":"QN1xK4y1u7Zz","title":"马斯克硬核访谈·观众问答篇","duration":4210,"owner":{"name":"硬核访谈官方"}};</script>
</head>
<body>
<div id="qn-header"><a class="logo" href="/">青柠视频</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/anime">番剧</a></li><li><a href="/live">直播</a></li><li><a href="/game">游戏中心</a></li><li><a href="/mall">会员购</a></li></ul><div class="search"><input placeholder="马斯克 最新采访"></div></div>
<div class="video-page">
<div class="left-col">
<h1 class="video-title">【中英双字】马斯克硬核访谈·观众问答篇：如果回到二十岁？</h1>
<div class="video-data"><span>38.6万播放</span><span>2317弹幕</span><span>2025-10-20 19:00:00</span></div>
<div class="player-wrap"><div id="qn-player" data-cid="1288071"></div><div class="danmaku-bar">弹幕列表 · 火锅太辣了哈哈哈 · 马斯克：饺子！</div></div>
<div class="ai-summary"><h3>AI视频总结</h3><ul><li>59:12 马斯克：如果回到二十岁，会更早开始做硬件，也会多睡觉。</li><li>60:20 马斯克：中国电动车企业是最强的对手。</li><li>60:52 马斯克：最喜欢饺子和火锅。</li></ul><p class="ai-note">以上内容由AI生成，仅供参考</p></div>
<div class="video-desc"><p>本期为访谈最后约两分钟的观众问答，完整版见合集。字幕组：硬核翻译社。时间轴为完整版时间。</p></div>
<div class="subtitle-panel"><div class="panel-head">字幕列表 <span class="lang">中文（简体）/ English</span></div>
<ul class="sub-list">
%s
</ul></div>
<details class="fulltext"><summary>展开全文稿</summary>
%s
</details>
<div class="comment-wrap"><h3>评论 1024</h3>
<div class="reply-item"><a class="user-name">马斯克的猫</a><p class="reply-content">“但他们也不会听”太真实了</p><span class="reply-time">2025-10-20 19:21</span></div>
<div class="reply-item"><a class="user-name">埃隆马斯克官方粉丝团</a><p class="reply-content">马斯克：“饺子。还有火锅，但火锅太辣了。”笑死，来重庆试试</p><span class="reply-time">2025-10-20 20:02</span></div>
<div class="reply-item sub"><a class="user-name">Elon马</a><p class="reply-content">回复 @埃隆马斯克官方粉丝团 : 重庆火锅他顶不住</p></div>
</div>
</div>
<div class="right-col"><div class="up-info"><a class="up-name">硬核访谈官方</a><button class="follow">+ 关注 52.1万</button></div><div class="rec-list"><h4>相关推荐</h4><a href="/video/QN1">马斯克谈星舰第十次试飞</a><a href="/video/QN2">金博尔·马斯克的屋顶农场</a></div></div>
</div>
<div class="footer">青柠视频 版权所有 沪ICP备2024000000号</div>
<script src="//s1.qingning.tv/player/js/video.7a2b.js"></script>
</body>
</html>
""" % ("\n".join(items), "\n".join(full))
    write(NAME, page, g)
