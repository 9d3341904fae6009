"""x04 - mainland tech-media article: bilingual table (time | speaker | 中文 | English)."""
from common import *

NAME = "x04_guixing_bilingual_table_zh"
SHOW = "硅星前哨"

HOST = ("温特斯", "Winters")
SPK = {"H": HOST, MUSK: ("马斯克", "Musk")}

# rows: (spk or None for continuation, seconds or None, zh, en)
ROWS = [
    ("H", ts(0, 0, 8), "欢迎回到《Frontier Hours》。今天的嘉宾不需要太多介绍——埃隆，谢谢你抽时间过来。",
     "Welcome back to Frontier Hours. Today's guest needs very little introduction \u2014 Elon, thanks for making the time."),
    (MUSK, ts(0, 0, 21), "谢谢邀请，很高兴来这里。", "Thanks for having me. Happy to be here."),
    ("H", ts(0, 0, 27), "我们先从星舰说起。过去一年试飞节奏明显加快了，外界最关心的是：什么时候能真正做到完全复用？",
     "Let's start with Starship. The test cadence picked up a lot this year. The thing people most want to know is: when is it actually fully reusable?"),
    (MUSK, ts(0, 0, 49), "星舰的核心目标就是完全、快速地复用，像飞机一样，落地、加注、再起飞。助推器我们已经能用发射塔“筷子”接住了，这是很大的一步。",
     "The whole point of Starship is full and rapid reuse, like an aircraft: land, refuel, fly again. We can already catch the booster with the tower arms, which is a big step."),
    (None, ts(0, 2, 4), "飞船本身更难，因为它要以轨道速度再入大气层，隔热瓦必须一次都不掉。我的估计是明年能接住飞船，但这类时间表我以前也说错过。",
     "The ship is harder, because it comes back at orbital velocity and the heat shield can't lose a single tile. My guess is we catch the ship next year, but I've been wrong on these timelines before."),
    ("H", ts(0, 3, 10), "你曾经说过“最好的零件就是没有零件”。这句话在星舰上是怎么体现的？",
     "You've said that \u201cthe best part is no part.\u201d How does that show up on Starship?"),
    (MUSK, ts(0, 3, 22), "猛禽 3 就是最好的例子。很多原来外露的管路和传感器都被集成进了发动机本体，零件少了，重量轻了，出故障的地方也少了。",
     "Raptor 3 is the best example. A lot of the plumbing and sensors that used to be external are now integrated into the engine body. Fewer parts, less mass, fewer things to break."),
    ("H", ts(0, 5, 40), "对。", "Right."),
    (MUSK, ts(0, 5, 41), "而且它看起来几乎是“光秃秃”的，第一次看到的人都以为我们还没装完。",
     "And it looks almost naked. People who see it for the first time think we haven't finished building it."),
    ("H", ts(0, 7, 2), "换个话题，聊聊 AI。你觉得接下来两年最大的瓶颈是什么？算力、数据还是电力？",
     "Switching topics to AI. What's the biggest bottleneck over the next two years \u2014 compute, data or power?"),
    (MUSK, ts(0, 7, 15), "先是芯片，然后是变压器，再然后是电力本身。现在建一个大型训练集群，最难拿到的往往不是 GPU，而是足够的电和散热。",
     "First chips, then transformers, then power itself. When you build a big training cluster today, the hardest thing to get is often not the GPUs but enough electricity and cooling."),
    ("H", ts(0, 9, 15), "所以电力会是最终的限制？", "So power ends up being the ultimate constraint?"),
    (MUSK, ts(0, 9, 18), "对。", "Yes."),
    ("H", ts(0, 9, 20), "最后一个问题：给年轻工程师一句建议？", "Last question: one piece of advice for young engineers?"),
    (MUSK, ts(0, 9, 31), "多去现场，少开会。问题在产线上，不在幻灯片里。",
     "Spend more time on the factory floor and less in meetings. The problems are on the line, not in the slides."),
    ("H", ts(0, 9, 45), "谢谢埃隆。", "Thanks, Elon."),
]


def build():
    turns = []
    for spk, t, zh, en in ROWS:
        if spk is None:
            continue
        turns.append(dict(spk=spk, t=t, paras=[zh]))
    rows_html = []
    for spk, t, zh, en in ROWS:
        who = "" if spk is None else f'{SPK[spk][0]}<br><span class="en-name">{SPK[spk][1]}</span>'
        cls = ' class="cont"' if spk is None else ""
        rows_html.append(
            f'<tr{cls}><td class="t">{hms(t, force_hours=True)}</td>'
            f'<td class="who">{who}</td><td class="zh">{esc(zh)}</td><td class="en" lang="en">{esc(en)}</td></tr>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>全文｜马斯克对话《Frontier Hours》：星舰、猛禽 3 与 AI 的电力瓶颈（中英对照） - 硅星前哨</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="keywords" content="马斯克,星舰,猛禽3,AI,访谈,中英对照">
<meta name="description" content="马斯克做客播客《Frontier Hours》，谈星舰复用、猛禽 3 的设计与 AI 算力的电力瓶颈。本文为中英对照全文。">
<link rel="stylesheet" href="//static.guixingqs.cn/css/article.3b9e.css">
<style>
table.bi{{border-collapse:collapse;width:100%;font-size:15px}}
table.bi td,table.bi th{{border-bottom:1px solid #eee;padding:8px;vertical-align:top}}
table.bi td.t{{color:#999;font-family:monospace;white-space:nowrap}}
table.bi td.who{{font-weight:bold;white-space:nowrap}}
table.bi td.en{{color:#555;font-size:14px}}
.en-name{{font-weight:normal;color:#888;font-size:12px}}
.keypoints{{background:#f5f8ff;border-left:4px solid #3b6cff;padding:10px 16px}}
</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="//hm.example-stat.cn/hm.js?a81c";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="header">
  <a class="logo" href="/">硅星前哨</a>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/ai">AI</a></li><li><a href="/space">航天</a></li><li><a href="/auto">智能车</a></li><li><a href="/interview">深度访谈</a></li><li><a href="/app">下载 App</a></li></ul>
</div>
<div class="container">
<div class="article">
<h1>全文｜马斯克对话《Frontier Hours》：星舰、猛禽 3 与 AI 的电力瓶颈（中英对照）</h1>
<div class="meta">作者：陈思远　编辑：林晓　2025-11-06 08:30　来源：硅星前哨</div>
<p class="lead">编者按：本周，埃隆·马斯克做客美国科技播客《Frontier Hours》，与主持人卡拉·温特斯（Cara Winters）进行了约十分钟的对话。硅星前哨对访谈进行了整理和翻译，以下为中英对照全文，时间码对应原节目音频。</p>
<div class="keypoints">
  <h3>要点速览</h3>
  <p>马斯克：助推器已能被发射塔接住，飞船回收“可能明年”。</p>
  <p>马斯克：AI 的瓶颈依次是芯片、变压器和电力。</p>
  <p>马斯克：给年轻工程师的建议是“多去现场，少开会”。</p>
</div>
<h2>访谈全文</h2>
<table class="bi">
<thead><tr><th>时间</th><th>发言人</th><th>中文</th><th>English</th></tr></thead>
<tbody>
{chr(10).join(rows_html)}
</tbody>
</table>
<p class="note">注：译文由硅星前哨编辑部完成，个别口语表达有删节。英文原文根据节目音频听写，以原节目为准。</p>
<p class="copyright">本文为硅星前哨原创，未经授权不得转载。如需转载请联系 hezuo@guixingqs.cn</p>
<div class="tags"><a href="/tag/马斯克">马斯克</a><a href="/tag/星舰">星舰</a><a href="/tag/AI">AI</a></div>
</div>
<div class="comments">
  <h3>评论（3）</h3>
  <div class="c"><span class="u">马斯克中文粉丝站</span><span class="d">11-06 09:12</span><p>马斯克：“多去现场，少开会。” 这句话应该贴在每个会议室门口。</p></div>
  <div class="c"><span class="u">火星移民局局长</span><span class="d">11-06 10:40</span><p>飞船明年接住？老马的时间表要乘以π。</p></div>
  <div class="c"><span class="u">Elon_Musk_CN</span><span class="d">11-06 11:05</span><p>回复 @火星移民局局长：这次他自己都说“以前也说错过”了哈哈。</p></div>
</div>
</div>
<div class="sidebar">
  <h4>热门文章</h4>
  <ol><li><a href="/a/88213">星舰第十一次试飞复盘：隔热瓦问题解决了吗？</a></li><li><a href="/a/88190">xAI 新集群用电量相当于一座中型城市</a></li><li><a href="/a/88102">对话猛禽发动机前工程师：为什么越做越“秃”</a></li></ol>
</div>
</div>
<div class="footer">© 2025 硅星前哨　京ICP备2021000000号-1　<a href="/about">关于我们</a>　<a href="/contact">联系我们</a></div>
</body>
</html>
"""
    exp = expected(
        "Bilingual <table> with columns 时间 (hh:mm:ss) | 发言人 (Chinese name over English name, e.g. 马斯克/Musk) | 中文 | English; a turn continues in rows whose speaker cell is empty; the Chinese translation and English original in one row are one turn.",
        SHOW, gold_turns(turns, zh=True), ["温特斯 Winters"])
    meta = dict(kind="Mainland Chinese tech-media article (simplified), bilingual transcript table",
                fmt="table time|speaker|中文|English, hh:mm:ss",
                hard=["Translation pair (中文 + English original) in one row = one turn",
                      "Continuation row with empty speaker cell and its own time (turn starts at first row)",
                      "要点速览 box prints '马斯克：...' lines above the table; commenter '马斯克中文粉丝站' quotes him; commenter 'Elon_Musk_CN'",
                      "Host quotes his 'best part is no part'; one-character turns '对。' from both host and him"],
                choices=["Snippet is the first 8 characters of the Chinese cell (it comes first in page order).",
                         "Others label recorded as '温特斯 Winters' (both lines of the speaker cell)."])
    register(NAME, page, exp, meta)


build()
