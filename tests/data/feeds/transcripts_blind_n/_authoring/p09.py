from common import *

def build():
    L, M = '小林', '阿May'
    seq = [
        (L, 95, ["大家好，欢迎收听《硬核出海》，我是小林。", "这期我们来聊上个月马斯克在一档美国播客里的长访谈，我们挑了几段录音，配上中文字幕版的翻译。"]),
        (M, 118, ["我是阿May。我先说一句，马斯克曾经说过：“我宁可乐观而错，也不愿悲观而对。”这句话基本可以概括这期节目。"]),
        (L, 140, ["哈哈，对。我们先听第一段，是关于特斯拉中国市场的。"]),
        ('埃隆·马斯克', 149, ["中国的电动车市场是全世界竞争最激烈的。说实话，中国的汽车公司是最有竞争力的，如果没有贸易壁垒，他们会打败大多数其他公司。"]),
        (M, 172, ["这段其实他以前也说过类似的话。"]),
        (L, 176, ["对，而且他这次补了一句。"]),
        ('Elon', 179, ["所以我们必须比他们更快，没有别的办法。速度就是唯一的护城河。", "护城河这个东西，在技术行业里，其实都是暂时的。"]),
        (M, 1402, ["好，下一段比较有意思，主持人问他怎么看机器人。"]),
        ('Elon', 1410, ["我认为人形机器人最终会是有史以来最大的产品，比汽车大得多。每个人都会想要一个，甚至两个。"]),
        (L, 1431, ["每个人两个……"]),
        (M, 1433, ["嗯。"]),
        ('Elon', 3912, ["好的。"]),
        (L, 3914, ["这是录音里他回答的最后一句，主持人问他能不能下次再来，他就说了个“好的”。"]),
        (M, 3930, ["今天就到这里，我们下期见。"]),
    ]
    g, parts = [], []
    for lab, t, paras in seq:
        ptxt = ''.join(f'<p class="para-text">{esc(p)}</p>' for p in paras)
        parts.append(f'<div class="para" data-ts="{t}"><div class="para-head"><span class="spk">{esc(lab)}</span><span class="ts">{hms_short(t)}</span></div>{ptxt}</div>')
        if lab in ('埃隆·马斯克', 'Elon'):
            g.append([t, fw(paras[0], True)])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>E87 马斯克最新长访谈精听：中国车企、机器人与“速度护城河” - 硬核出海 | 声湾FM</title>
<meta name="description" content="本期我们挑选了马斯克最新播客访谈中的几段录音，配合中文翻译精听。">
<link rel="stylesheet" href="https://static.shengwan.fm/web/_nuxt/entry.8a2f1c.css">
<style>.para{{margin:14px 0}}.para-head{{display:flex;gap:8px;color:#8a8f99;font-size:13px}}.spk{{color:#25b4a8;font-weight:600}}.ts{{cursor:pointer}}</style>
</head>
<body>
<div id="__nuxt">
<header class="sw-header"><a class="logo" href="https://www.shengwan.fm/">声湾FM</a><nav><a href="/discover">发现</a><a href="/rank">榜单</a><a href="/download">下载App</a></nav></header>
<main class="episode">
<div class="ep-cover"><img src="https://img.shengwan.fm/podcast/hexin/cover.jpg@small" alt="硬核出海"></div>
<h1 class="ep-title">E87 马斯克最新长访谈精听：中国车企、机器人与“速度护城河”</h1>
<div class="ep-meta"><a href="/podcast/5f2a9c0e">硬核出海</a> · 65分钟 · 2025/11/14 · 播放 8.2万</div>
<section class="shownotes"><h2>节目简介</h2>
<p>上个月马斯克在一档美国播客里聊了三个多小时。本期我们挑了其中几段录音，配上中文翻译。</p>
<p>时间轴：</p>
<p>02:29 马斯克：中国车企最有竞争力<br>23:30 马斯克谈人形机器人<br>1:05:12 结尾</p>
<p>本期主播：小林、阿May ｜ 后期：豆豆</p>
<p>BGM：Lemon Drop - Kai Engel</p>
</section>
<section class="transcript"><h2>文稿 <small>（AI生成，人工校对）</small></h2>
<p class="tip">点击时间可跳转播放 · 录音部分为中文翻译</p>
{body}
</section>
<section class="comments"><h2>评论 (216)</h2>
<div class="cmt"><span class="u">马斯克本克</span><p>“速度就是唯一的护城河” 这句我要抄到工位上</p><span class="meta">上海 · 11-14 · 赞 433</span></div>
<div class="cmt"><span class="u">火星移民局</span><p>小林说的“每个人两个……”笑死</p><span class="meta">北京 · 11-15 · 赞 120</span>
 <div class="cmt reply"><span class="u">Elon_不是马斯克</span><p>回复 火星移民局：我已经预订两个了</p></div></div>
</section>
</main>
<footer class="sw-footer">© 2025 声湾FM ｜ <a href="https://beian.miit.gov.cn/">沪ICP备2023018820号-2</a> ｜ <a href="/agreement">用户协议</a></footer>
</div>
<script>window.__NUXT__={{state:{{episode:{{eid:"6553a1f0e5b8",duration:3921,podcast:"硬核出海"}}}}}}</script>
<script src="https://static.shengwan.fm/web/_nuxt/entry.3c9d71.js" defer></script>
</body>
</html>
"""
    write('n09_shengwan_podcast', doc, g,
          "Chinese podcast-app episode page: a div per turn with data-ts seconds, a speaker span and an m:ss / h:mm:ss time span, paragraphs below; his turns are translated recordings labelled 埃隆·马斯克 then Elon.",
          "硬核出海", ["小林", "阿May"])
