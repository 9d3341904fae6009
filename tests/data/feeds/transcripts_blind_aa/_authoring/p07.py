from common import *

NAME = "aa07_yingxiang_bilingual_table"
SHOW = "硅谷早知道（中英双语字幕稿）"

# rows: (seconds or None, speaker label or "" for continuation, zh, en)
ROWS = [
    (3.12, "主持人", "欢迎回到节目。今天的嘉宾是埃隆·马斯克，以及神经科学家莉娜·霍夫曼博士。", "Welcome back to the show. Today I\u2019m joined by Elon Musk and neuroscientist Dr. Lena Hoffmann."),
    (11.48, "马斯克", "谢谢邀请，很高兴能和莉娜同台。", "Thanks for having me. Great to be here with Lena."),
    (16.9, "主持人", "埃隆，先从Neuralink说起。第一位患者现在怎么样？", "Elon, let\u2019s start with Neuralink. How is the first patient doing?"),
    (22.35, "马斯克", "他恢复得非常好，现在可以只用意念下棋、玩电子游戏。", "He\u2019s doing really well. He can play chess and video games just by thinking."),
    (31.01, "", "最让我们惊讶的是，他学会控制光标的速度比我们预想的快得多。", "What surprised us most is how quickly he learned to control the cursor."),
    (38.7, "霍夫曼", "我想补充一点：作为研究者，我们必须谨慎看待这些早期结果。", "I\u2019d add that, as researchers, we have to be careful with early results."),
    (46.22, "马斯克", "完全同意。一个病例说明不了太多问题，我们需要多得多的数据。", "Totally agree. One patient doesn\u2019t tell you much. We need a lot more data."),
    (53.0, "主持人", "嗯。", "Mm-hmm."),
    (53.64, "马斯克", "但方向是对的。长期来看，我认为脑机接口可能是人类跟上人工智能的一种方式。", "But the direction is right. Long term, I think a brain-computer interface may be how humans keep up with AI."),
    (64.9, "霍夫曼", "这一点我持保留意见。埃隆经常说“人类要和AI融合”，但大脑不是一块可以随便升级的硬盘。", "That\u2019s where I\u2019d push back. Elon often says humans need to \u201cmerge with AI,\u201d but the brain isn\u2019t a hard drive you can just upgrade."),
    (750.45, "主持人", "最后一个问题给埃隆：十年后的Neuralink会是什么样子？", "Last question for Elon: what does Neuralink look like in ten years?"),
    (756.81, "马斯克", "我希望到那时，植入手术会像近视激光手术一样简单、安全。", "I hope by then the implant procedure will be as simple and safe as LASIK."),
    (None, "", "当然，这每一步都需要监管机构的批准。", "Of course, that needs regulatory approval, every step of the way."),
    (770.02, "主持人", "谢谢两位。", "Thank you both."),
    (771.3, "马斯克", "谢谢，这次聊得很开心。", "Thanks, this was fun."),
]

TURNS = []
for sec, spk, zh, en in ROWS:
    if spk:
        TURNS.append(T(EM if spk == "马斯克" else spk, sec, zh + " " + en))
    else:
        TURNS[-1].paras.append(zh + " " + en)


def srt(sec):
    if sec is None:
        return ""
    ms = int(round(sec * 1000))
    return "%02d:%02d:%02d,%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def render():
    out = []
    for sec, spk, zh, en in ROWS:
        out.append('<tr%s><td class="tc">%s</td><td class="spk">%s</td><td class="zh">%s</td><td class="en" lang="en">%s</td></tr>'
                   % ("" if spk else ' class="cont"', srt(sec), spk, esc(zh), esc(en, ents=True)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>【中英双语】马斯克谈Neuralink首位患者：“他可以用意念下棋” 完整字幕稿 - 映像社区专栏</title>
<meta name="keywords" content="马斯克,Neuralink,脑机接口,双语字幕,字幕稿">
<link rel="stylesheet" href="https://s1.yingxiang.tv/column/static/css/read.3d9f1.css">
<style>.subtitle-table{width:100%;border-collapse:collapse;font-size:14px}.subtitle-table td,.subtitle-table th{border:1px solid #e3e5e7;padding:6px 8px;vertical-align:top}.subtitle-table .tc{font-family:monospace;color:#9499a0;white-space:nowrap}.subtitle-table .en{color:#61666d}</style>
<script>window.__INITIAL_STATE__={"cvid":2877310,"readInfo":{"title":"【中英双语】马斯克谈Neuralink首位患者","author":{"mid":48812,"name":"字幕组小K"}},"stats":{"view":58213,"like":3120}};</script>
</head>
<body>
<div id="app">
<div class="yx-header"><a class="yx-logo" href="https://www.yingxiang.tv/">映像</a>
<ul class="yx-nav"><li><a href="https://www.yingxiang.tv/">首页</a></li><li><a href="https://www.yingxiang.tv/anime">番剧</a></li><li><a href="https://live.yingxiang.tv/">直播</a></li><li class="active"><a href="https://www.yingxiang.tv/read/home">专栏</a></li><li><a href="https://www.yingxiang.tv/tech">科技</a></li></ul>
<div class="yx-search"><input type="text" placeholder="搜索你感兴趣的内容"><button>搜索</button></div></div>
<div class="article-holder">
<div class="head-container"><h1 class="title">【中英双语】马斯克谈Neuralink首位患者：“他可以用意念下棋” 完整字幕稿</h1>
<div class="up-info"><a class="up-name" href="https://space.yingxiang.tv/48812">字幕组小K</a><span class="publish-text">2024年03月22日 20:15</span><span class="view">5.8万阅读</span></div></div>
<div class="article-content" id="read-article-holder">
<p>本期为英文播客《Frontier Minds》的中英双语字幕稿，对应视频已投稿（<a href="https://www.yingxiang.tv/video/YX1mK4y1X7aZ">YX1mK4y1X7aZ</a>）。翻译：小K；校对：阿澈。时间轴对应原视频，精确到毫秒。说话人一栏空白的行，表示与上一行是同一人在继续说话。</p>
<div class="danmaku-pick"><h3>弹幕精选</h3>
<ul><li>“他可以用意念下棋”这句太科幻了</li><li>马斯克：完全同意（难得）</li><li>霍夫曼博士好敢说</li></ul></div>
<h2>字幕稿</h2>
<table class="subtitle-table">
<thead><tr><th>时间</th><th>说话人</th><th>中文译文</th><th>英文原文</th></tr></thead>
<tbody>
{{TRANSCRIPT}}
</tbody>
</table>
<p>以上。翻译水平有限，欢迎在评论区指正。觉得有用的话点个赞吧～</p>
</div>
<div class="article-tags"><a href="#">#科技</a> <a href="#">#马斯克</a> <a href="#">#双语字幕</a></div>
<div class="comment-wrapper"><h3 class="comment-title">评论 <span>126</span></h3>
<div class="reply-item"><a class="user-name" href="https://space.yingxiang.tv/90011">Elon_Musk_CN</a><p class="reply-content">“谢谢，这次聊得很开心。”翻译得挺自然的</p><span class="reply-time">2024-03-22 21:03</span></div>
<div class="reply-item"><a class="user-name" href="https://space.yingxiang.tv/77320">马斯克不是我</a><p class="reply-content">回复 @Elon_Musk_CN：哈哈你俩名字绝了</p><span class="reply-time">2024-03-22 21:40</span></div>
<div class="reply-item"><a class="user-name" href="https://space.yingxiang.tv/12003">阿澈</a><p class="reply-content">校对的时候发现原视频第53秒主持人那一声“嗯”差点漏掉</p><span class="reply-time">2024-03-23 09:12</span></div>
</div>
</div>
<div class="yx-footer"><p>映像社区 &copy; 2024 · <a href="https://www.yingxiang.tv/protocal/">用户协议</a> · <a href="https://www.yingxiang.tv/privacy/">隐私政策</a></p><p>沪ICP备13002172号-3</p></div>
</div>
<script src="https://s1.yingxiang.tv/column/static/js/read.3d9f1.js" defer></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Simplified-Chinese subtitle script as a table (SRT time hh:mm:ss,mmm | speaker | Chinese translation | English original); each Chinese+English pair is one turn, continuation rows have an empty speaker cell (one without a time).",
                 SHOW, gold_turns(TURNS, zh=True), ["主持人", "霍夫曼"])
