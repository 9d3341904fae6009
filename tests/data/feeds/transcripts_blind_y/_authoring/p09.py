from common import *

SHOW = "科技夜话"

# (speaker, label, start_float, zh, en or None)
SEGS = [
    ("Z", "老周", 0.8, "大家好，欢迎来到科技夜话，我是老周。今天这期我们来拆解马斯克上周那场两个小时的长访谈，挑几段最有意思的原声给大家听。", None),
    ("L", "小林", 14.2, "我是小林。先说好，字幕是我们自己翻的，有不准的地方弹幕里指出来。", None),
    ("Z", "老周", 22.5, "第一段，主持人问他为什么要把这么多资源投到人形机器人上。我们直接听原声。", None),
    ("M", "马斯克（原声）", 31.4, "我认为人形机器人最终会是有史以来最大的产品，比汽车还大。",
     "I think humanoid robots will ultimately be the biggest product ever, bigger than cars."),
    ("Z", "老周", 45.9, "这个判断其实他说了好几年了。马斯克说过，“每个人都会想要一个自己的机器人”，你信吗？", None),
    ("L", "小林", 58.0, "我信一半。价格打下来才行。", None),
    ("M", "马斯克（原声）", 612.75, "成本是关键。如果能做到两万美元左右，那需求几乎是无限的。",
     "Cost is the key. If we can get it to around twenty thousand dollars, demand is basically unlimited."),
    ("Z", "老周", 630.1, "两万美元，差不多十四万人民币。小林你买不买？", None),
    ("L", "小林", 636.6, "买。", None),
    ("Z", "老周", 3588.3, "好，最后一段，也是我觉得整场最真诚的一段。主持人问他会不会累。", None),
    ("M", "马斯克（原声）", 3596.05, "会累。有时候非常累。但是我觉得做有意义的事情，累也是值得的。",
     "Yes. Sometimes extremely tired. But I think if you’re doing something meaningful, it’s worth being tired."),
    ("Z", "老周", 3617.0, "说完这句他停了好几秒，然后又补了一句。", None),
    ("M", "马斯克（原声）", 3625.9, "我也不知道还能这样干多少年。",
     "I don’t know how many more years I can keep doing this."),
    ("L", "小林", 3634.4, "挺难得的。好了，这期就到这里，记得一键三连。", None),
]


def build():
    g = Gold(SHOW, "Chinese (simplified) video site; an AI-文稿 panel of <li> cues with data-time in seconds and a visible m:ss or h:mm:ss time (mixed on one page), a bold speaker label and a Chinese subtitle <p> with the English original in a second <p> (one turn); his turns are played clips labelled 马斯克（原声）.")
    items = []
    for who, lab, t, zh, en in SEGS:
        if who == "M":
            g.add(t, zh)
        else:
            g.other(lab)
        extra = '<p class="wg-en">%s</p>' % esc(en) if en else ""
        items.append('<li class="wg-item%s" data-time="%.2f"><span class="wg-time">%s</span><div class="wg-body"><b class="wg-spk">%s</b><p class="wg-zh">%s</p>%s</div></li>'
                     % (" is-clip" if who == "M" else "", t, h_mss(int(t)), lab, esc(zh), extra))
    page = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【中英字幕】马斯克最新两小时访谈精华：机器人、成本与“会不会累” | 科技夜话 Vol.57_哔咔视频</title>
<meta name="keywords" content="马斯克,埃隆马斯克,人形机器人,Optimus,特斯拉,科技夜话">
<meta name="description" content="科技夜话第57期：老周和小林拆解马斯克长访谈，原声片段配中英字幕。">
<link rel="stylesheet" href="//s1.bikavideo.com/video/css/video-page.8ea21f.css">
<script>window.__INITIAL_STATE__={"bvid":"BK1xq4y1Z7mW","title":"【中英字幕】马斯克最新两小时访谈精华","owner":{"mid":40981237,"name":"科技夜话老周"},"stat":{"view":862315,"danmaku":12044,"like":51230}};</script>
</head>
<body>
<div id="biku-header" class="biku-header"><a class="logo" href="//www.bikavideo.com/">哔咔视频</a>
<ul class="left-entry"><li><a href="//www.bikavideo.com/">首页</a></li><li><a href="//www.bikavideo.com/anime">番剧</a></li><li><a href="//live.bikavideo.com/">直播</a></li><li><a href="//www.bikavideo.com/v/tech">科技</a></li></ul>
<div class="search"><input placeholder="马斯克 访谈"><button>搜索</button></div>
<div class="right-entry"><a href="//passport.bikavideo.com/login">登录</a><a href="//member.bikavideo.com/upload">投稿</a></div></div>
<div class="video-container-v1">
<div class="left-container">
<div id="viewbox_report" class="video-info"><h1 class="video-title">【中英字幕】马斯克最新两小时访谈精华：机器人、成本与“会不会累” | 科技夜话 Vol.57</h1>
<div class="video-data"><span class="view">86.2万播放</span><span class="dm">1.2万弹幕</span><span class="pubdate">2025-09-21 19:00:05</span><span class="copyright">未经作者授权，禁止转载</span></div></div>
<div id="bikaPlayer" class="player-wrap" data-duration="3650"></div>
<div class="video-toolbar"><span class="like">5.1万</span><span class="coin">1.8万</span><span class="collect">2.3万</span><span class="share">分享</span></div>
<div class="video-desc"><div class="desc-info">本期拆解马斯克上周的长访谈。原声片段：00:31 人形机器人是最大的产品 / 10:12 成本是关键 / 59:56 会不会累<br>马斯克：“我认为人形机器人最终会是有史以来最大的产品。”——本期封面金句<br>字幕翻译：科技夜话字幕组。BGM：Lofi Study。</div></div>
<div class="video-tag"><a href="/tag/马斯克">马斯克</a><a href="/tag/人形机器人">人形机器人</a><a href="/tag/科技">科技</a></div>
<div id="comment" class="reply-wrap"><h3>评论 2671</h3>
<div class="reply-item"><div class="user-name">马斯克本斯克</div><p class="reply-content">马斯克：“成本是关键。”老周：“小林你买不买？”小林：“买。”笑死</p><span class="reply-time">2025-09-21 19:42</span></div>
<div class="reply-item"><div class="user-name">埃隆马斯克官方粉丝团</div><p class="reply-content">59:56 那段看哭了，我也不知道还能这样干多少年（bushi）</p><span class="reply-time">2025-09-22 08:11</span>
<div class="sub-reply-item"><div class="user-name">科技夜话老周</div><p class="reply-content">UP主觉得很赞</p></div></div>
<div class="reply-item"><div class="user-name">一颗螺丝钉</div><p class="reply-content">字幕组辛苦了，比机翻强太多</p></div>
</div>
</div>
<div class="right-container">
<div class="up-info"><a class="up-name" href="//space.bikavideo.com/40981237">科技夜话老周</a><p class="up-desc">每周聊一点硬核科技</p><button class="follow-btn">+ 关注 48.6万</button></div>
<div class="ai-transcript" id="ai-wengao">
<div class="wg-head"><h3>AI文稿</h3><span class="wg-tip">由AI生成，已人工校对 · 点击时间跳转</span></div>
<ul class="wg-list">
%s
</ul>
</div>
<div class="rec-list"><h3>接下来播放</h3><ul><li><a href="/video/BK1aa">金博尔·马斯克谈垂直农场（中字）</a></li><li><a href="/video/BK1bb">Optimus拆解：手部有多少个关节？</a></li></ul></div>
</div>
</div>
<div class="biku-footer"><p>哔咔视频 版权所有 沪ICP备20251234号</p></div>
<script src="//s1.bikavideo.com/video/js/video-page.8ea21f.js" crossorigin></script>
<script>document.querySelectorAll('.wg-item').forEach(function(li){li.onclick=function(){window.player&&window.player.seek(parseFloat(li.dataset.time));};});</script>
</body>
</html>
""" % "\n".join(items)
    return g.write("y09_bikavideo_clips", page)


if __name__ == "__main__":
    build()
