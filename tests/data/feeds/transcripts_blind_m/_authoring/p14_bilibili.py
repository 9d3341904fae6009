from common import *

SHOW = "硅谷搬运工"
g = Gold(SHOW, "Bilibili-style video page with a subtitle list panel: each cue is a div with data-time (seconds with decimals) "
         "and a visible time (mm:ss, h:mm:ss after the first hour); the speaker label with a full-width colon "
         "('埃隆·马斯克：' then '马斯克：') appears only in a turn's first cue; Maye Musk speaks as '梅耶·马斯克：' then '梅耶：'.",
         zh=True)

ZC, MF, M, EF, E = "主持人", "梅耶·马斯克", "梅耶", "埃隆·马斯克", "马斯克"
ELON = {EF, E}
T = [
    (ZC, [(2.0, "大家好，欢迎来到今晚的新书分享会。"), (5.6, "今天我们非常荣幸请到梅耶·马斯克女士，"), (9.1, "还有一位特别嘉宾——她的儿子埃隆。")]),
    (MF, [(12.5, "谢谢大家。埃隆本来说他只待十分钟，"), (16.0, "我们看看他能坚持多久。")]),
    (EF, [(19.8, "我尽量吧，妈妈。")]),
    (ZC, [(24.3, "梅耶，书里写到您带着三个孩子搬家，"), (28.9, "那段时间最难的是什么？")]),
    (M, [(31.2, "最难的是钱。我们什么都没有，"), (34.8, "我同时做三份工作，孩子们也很懂事。")]),
    (E, [(195.4, "那时候我们确实很穷，"), (198.2, "但我不觉得苦，因为家里有很多书。"), (201.7, "我每天都在读书，读完了学校图书馆，"), (205.0, "就去读百科全书。")]),
    (M, [(208.9, "他真的把百科全书读完了。")]),
    (ZC, [(612.0, "有观众提问：埃隆小时候是个什么样的孩子？")]),
    (M, [(615.5, "很安静，总是在想事情，"), (618.2, "我们一度以为他耳朵有问题。")]),
    (E, [(621.9, "我其实听得见，只是在想别的。")]),
    (ZC, [(1250.6, "埃隆，你觉得母亲对你影响最大的是什么？")]),
    (E, [(1254.1, "是她的职业道德。她七十多岁了，"), (1257.9, "还在工作，还在出差，比我还忙。")]),
    (ZC, [(1262.0, "真的吗？")]),
    (E, [(1262.8, "真的。")]),
    (M, [(1264.0, "这是事实。")]),
    (ZC, [(3725.3, "最后一个问题，请两位给年轻人一句建议。")]),
    (M, [(3729.0, "不要害怕重新开始。")]),
    (E, [(3732.6, "我同意我妈妈的话。另外，"), (3736.1, "多读书，少刷手机。"), (3739.0, "包括我的那个平台。")]),
    (ZC, [(3742.5, "谢谢两位！今晚的分享会就到这里。")]),
]


def bt(t):
    s = int(t)
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%02d:%02d" % (s // 60, s % 60)


items = []
for lab, cues in T:
    if lab in ELON:
        g.elon(cues[0][0], cues[0][1])
    else:
        g.other(lab)
    for k, (t, text) in enumerate(cues):
        txt = ("%s：%s" % (lab, text)) if k == 0 else text
        items.append('<div class="subtitle-item" data-time="%.2f"><span class="subtitle-time">%s</span><span class="subtitle-text">%s</span></div>'
                     % (t, bt(t), esc(txt)))

page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【中英字幕】马斯克母子同台：梅耶·马斯克新书分享会全程（1小时02分）_哔哩哔哩_bilibili</title>
<meta name="keywords" content="马斯克,梅耶·马斯克,埃隆·马斯克,访谈,中英字幕">
<meta name="description" content="马斯克母子同台对谈，梅耶·马斯克新书分享会全程，埃隆中途加入。视频播放量 186.4万、弹幕量 9821、点赞数 7.2万">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//s1.hdslb.com/bfs/static/jinkela/video/css/video.0.5b2a1e.css">
<style>
 .subtitle-panel{border:1px solid #e3e5e7;border-radius:6px;max-height:520px;overflow:auto}
 .subtitle-item{display:flex;gap:10px;padding:6px 12px;font-size:14px}
 .subtitle-time{color:#9499a0;min-width:56px}
 .video-desc{white-space:pre-line;font-size:14px;color:#18191c}
 .reply-item{padding:12px 0;border-bottom:1px solid #f1f2f3}
</style>
</head>
<body>
<div id="biliMainHeader" class="bili-header">
  <ul class="left-entry"><li><a href="//www.bilibili.com">首页</a></li><li><a href="//www.bilibili.com/v/popular/all">热门</a></li><li><a href="//live.bilibili.com">直播</a></li><li><a href="//www.bilibili.com/v/knowledge/">知识</a></li></ul>
  <div class="center-search-container"><form id="nav-searchform"><input class="nav-search-input" type="text" placeholder="马斯克 新书"></form></div>
  <ul class="right-entry"><li><a href="//passport.bilibili.com/login">登录</a></li><li><a href="//message.bilibili.com">消息</a></li><li><a href="//member.bilibili.com/platform/upload">投稿</a></li></ul>
</div>
<div id="app" class="video-container-v1">
<div class="left-container">
  <div id="viewbox_report" class="video-info-container">
    <h1 title="【中英字幕】马斯克母子同台：梅耶·马斯克新书分享会全程（1小时02分）" class="video-title">【中英字幕】马斯克母子同台：梅耶·马斯克新书分享会全程（1小时02分）</h1>
    <div class="video-info-detail"><span class="view item">186.4万</span><span class="dm item">9821</span><span class="pubdate-text">2024-05-19 20:11:06</span></div>
  </div>
  <div id="bilibili-player" class="bpx-player-container"><div class="bpx-player-video-area"><video preload="none" src="blob:https://www.bilibili.com/9b1f7e2c-3d41-4c5a-b0e0-6fd21"></video></div></div>
  <div id="arc_toolbar_report" class="video-toolbar-container"><span class="video-like">7.2万</span><span class="video-coin">3.1万</span><span class="video-fav">4.8万</span><span class="video-share">分享</span></div>
  <div class="video-desc-container"><div class="basic-desc-info"><span class="desc-info-text video-desc">搬运自海外新书分享会，中文字幕由本UP主团队人工校对。
章节：
00:00 开场
00:19 埃隆·马斯克：我尽量吧
03:15 马斯克谈童年读书
20:54 马斯克：母亲对我影响最大的是职业道德
1:02:05 给年轻人的建议
未经授权禁止转载。</span></div></div>
  <div class="video-tag-container"><a class="tag-link" href="//search.bilibili.com/all?keyword=马斯克">马斯克</a> <a class="tag-link" href="//search.bilibili.com/all?keyword=梅耶">梅耶·马斯克</a> <a class="tag-link" href="//search.bilibili.com/all?keyword=访谈">访谈</a></div>
  <div id="comment" class="comment-container">
    <div class="reply-header"><span class="total-reply">评论 3426</span></div>
    <div class="reply-item"><div class="user-name">马斯克本斯克</div><div class="reply-content">马斯克：多读书，少刷手机。（然后我在B站刷到了这个视频）</div><div class="reply-info">2024-05-19 21:02 · 点赞 1.8万</div>
      <div class="sub-reply-item"><span class="sub-user-name">梅耶·马斯克后援会</span><span class="reply-content">梅耶奶奶七十多岁还在工作，太励志了</span></div></div>
    <div class="reply-item"><div class="user-name">埃隆马斯克中文粉丝站</div><div class="reply-content">“我尽量吧，妈妈。”——全场最真实的一句</div><div class="reply-info">2024-05-19 22:40 · 点赞 9624</div></div>
    <div class="reply-item"><div class="user-name">搬运工的小号</div><div class="reply-content">字幕是我们一句一句对的，有错误欢迎指出～</div><div class="reply-info">2024-05-20 09:15 · 点赞 311</div></div>
  </div>
</div>
<div class="right-container">
  <div class="up-panel-container"><div class="up-info"><a class="up-name" href="//space.bilibili.com/384712095">硅谷搬运工</a><div class="up-description">专注搬运硅谷一手访谈，中英双语字幕</div><button class="follow-btn">+ 关注 52.3万</button></div></div>
  <div class="subtitle-panel" id="subtitle-list">
    <div class="subtitle-panel-header">字幕列表 <span class="subtitle-lang">中文（简体）</span></div>
{{ITEMS}}
  </div>
  <div class="recommend-list-v1">
    <div class="video-page-card-small"><a href="//www.bilibili.com/video/BV1Qx4y1k7Zp">【中字】马斯克最新访谈：星舰下一步</a><span class="up-name">硅谷搬运工</span></div>
    <div class="video-page-card-small"><a href="//www.bilibili.com/video/BV1Wt421n7Gh">梅耶·马斯克：一个女人的计划（读书笔记）</a><span class="up-name">读书的阿青</span></div>
  </div>
</div>
</div>
<div class="bili-footer"><p>bilibili 哔哩哔哩 · <a href="//www.bilibili.com/blackboard/aboutUs.html">关于我们</a> · <a href="//www.bilibili.com/protocal/licence.html">用户协议</a> · 沪ICP备13002172号-3</p></div>
<script>window.__INITIAL_STATE__={"aid":1054328871,"bvid":"BV1Vm421G7aS","videoData":{"title":"【中英字幕】马斯克母子同台：梅耶·马斯克新书分享会全程（1小时02分）","duration":3750,"owner":{"name":"硅谷搬运工","mid":384712095}}};</script>
<script src="//s1.hdslb.com/bfs/static/jinkela/video/video.0.9e4c2b.js" defer></script>
</body>
</html>
""".replace("{{ITEMS}}", "\n".join(items))

write("m14_bilibili-maye-elon", page, g)
