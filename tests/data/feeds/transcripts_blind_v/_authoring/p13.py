from common import *

NAME = "v13_zh_bilingual_subtitle_table"
SHOW = "星译社"

LAB = {"N": ("妮娜（主持人）", "妮娜"), "E": ("埃隆·马斯克 Elon Musk", "马斯克")}

# paragraphs are (中文, English) pairs; each pair is one table row
TURNS = [
    Turn("N", 12.3, [("欢迎回到《深轨道》。今天的嘉宾是埃隆·马斯克。", "Welcome back to Deep Orbit. My guest today is Elon Musk.")]),
    Turn("E", 17.04, [("很高兴来这里。", "Happy to be here.")]),
    Turn("N", 19.6, [("我们从脑机接口开始吧。第一批患者现在怎么样？", "Let’s start with the brain-computer interface. How are the first patients doing?")]),
    Turn("E", 192.48, [("总体上非常好。第一位患者现在可以用意念玩电子游戏，速度比很多用手的人还快。", "Overall, really well. The first patient can now play video games with his mind, faster than a lot of people using their hands."),
                       ("下一步是恢复视觉，这个难度要高得多，但我们已经在动物实验中看到了很有希望的结果。", "The next step is restoring vision, which is much harder, but we’ve seen very promising results in animal studies.")],
         pt=[192.48, 201.915]),
    Turn("N", 214.2, [("你会自己植入吗？", "Would you get one yourself?")]),
    Turn("E", 216.75, [("也许吧，等技术更成熟以后。", "Maybe, once the technology is more mature.")]),
    Turn("N", 1805.0, [("聊聊人工智能。你多次说过AI是人类最大的风险之一，但你自己也在做AI。这不矛盾吗？", "Let’s talk about AI. You’ve said many times AI is one of the biggest risks to humanity, but you’re building it yourself. Isn’t that a contradiction?")]),
    Turn("E", 1812.3, [("我觉得不矛盾。AI无论如何都会被造出来，问题是谁来造、以什么原则来造。", "I don’t think so. AI is going to be built regardless. The question is who builds it and with what principles."),
                       ("我认为最重要的原则是最大程度地追求真相，不要教它说谎。", "I think the most important principle is to be maximally truth-seeking. Don’t teach it to lie.")],
         pt=[1812.3, 1823.064]),
    Turn("N", 1840.9, [("就这么简单？", "That simple?")]),
    Turn("E", 1843.12, [("说起来简单，做起来很难。", "Simple to say, very hard to do.")]),
    Turn("N", 3688.5, [("最后一个问题。十年后你希望人们怎么评价你？", "Last question. In ten years, how do you hope people will describe you?")]),
    Turn("E", 3697.0, [("希望他们说，这个人做了一些有用的东西。就这样。", "I hope they say he made some useful things. That’s it.")]),
]

FORMAT = ("Bilingual subtitle table (时间轴 | 说话人 | 中文 | English): SRT-style times 'hh:mm:ss,mmm' on every row, speaker cell filled "
          "only at a speaker change (full bilingual name first, then '马斯克'), and each row pairs the Chinese translation with the "
          "English original; continuation rows have an empty speaker cell.")


def srt(t):
    return hms_ms(t, ",")


def render():
    seen = set()
    rows = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        times = tr.pt or [tr.t]
        for i, (pt, (zh, en)) in enumerate(zip(times, tr.paras)):
            cell = f'<td class="spk">{lab}</td>' if i == 0 else '<td class="spk spk-empty"></td>'
            rows.append(f'<tr data-start="{pt:.3f}"><td class="tc"><code>{srt(pt)}</code></td>{cell}<td class="zh">{zh}</td><td class="en" lang="en">{en}</td></tr>')
        if tr.t == 216.75:
            rows.append('<tr class="note"><td colspan="4">译注：以下跳过约26分钟关于星链的讨论，完整版见B站视频。</td></tr>')
    return "\n".join(rows)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hexo 7.1.1">
<title>【中英对照】马斯克做客《深轨道》：脑机接口、AI与“做有用的东西” | 星译社</title>
<meta name="description" content="《深轨道》（Deep Orbit）马斯克专访双语字幕文本，时间轴与视频对应。">
<link rel="stylesheet" href="/css/style.css">
<link rel="stylesheet" href="/lib/fancybox/jquery.fancybox.min.css">
<style>table.bilingual{{border-collapse:collapse;width:100%;font-size:14px}} table.bilingual td,table.bilingual th{{border:1px solid #e1e4e8;padding:6px 8px;vertical-align:top}} td.en{{color:#57606a;font-style:italic}} td.tc code{{font-size:12px;white-space:nowrap}} tr.note td{{background:#fffbe6;color:#8a6d3b;font-size:13px}}</style>
<script>var CONFIG = {{"root":"/","hostname":"xingyishe.net","version":"8.19.0"}};</script>
</head>
<body itemscope itemtype="http://schema.org/WebPage">
<div class="container use-motion">
<header class="header" itemscope itemtype="http://schema.org/WPHeader">
<div class="header-inner"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><span class="site-title">星译社</span></a><p class="site-subtitle" itemprop="description">科技访谈 · 双语字幕 · 全文翻译</p></div></div>
<nav class="site-nav"><ul id="menu" class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section">首页</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section">标签</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section">归档</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section">关于</a></li></ul></nav></div>
</header>
<main class="main"><div class="main-inner"><div class="content-wrap"><div class="content post posts-expand">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
<header class="post-header">
<h1 class="post-title" itemprop="name headline">【中英对照】马斯克做客《深轨道》：脑机接口、AI与“做有用的东西”</h1>
<div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span> <time title="创建时间：2025-04-20 21:30:12" itemprop="dateCreated datePublished" datetime="2025-04-20T21:30:12+08:00">2025-04-20</time></span> <span class="post-meta-item"><span class="post-meta-item-text">分类于</span> <a href="/categories/访谈/" itemprop="url" rel="index"><span itemprop="name">访谈</span></a></span> <span class="post-meta-item">字数：4.1k</span></div>
</header>
<div class="post-body" itemprop="articleBody">
<p>本期字幕组翻译的是播客《深轨道》（Deep Orbit）对埃隆·马斯克的专访，主持人妮娜·卡斯特拉诺斯（Nina Castellanos）。视频已上传B站，下表为字幕文本，方便大家对照学习。</p>
<blockquote><p>翻译：小鹿、阿泽　校对：Kiwi　时间轴：老周<br>时间轴格式为 时:分:秒,毫秒，与视频字幕一致。</p></blockquote>
<h2 id="字幕文本">字幕文本</h2>
<div class="table-container">
<table class="bilingual">
<thead><tr><th>时间轴</th><th>说话人</th><th>中文</th><th>English</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>
<h2 id="后记">后记</h2>
<p>马斯克最后那句“希望他们说，这个人做了一些有用的东西”，大家翻译时争论了很久，原文是 “he made some useful things”，最后决定保留朴素的说法。</p>
</div>
<footer class="post-footer">
<div class="post-tags"><a href="/tags/马斯克/" rel="tag"># 马斯克</a> <a href="/tags/Neuralink/" rel="tag"># Neuralink</a> <a href="/tags/双语字幕/" rel="tag"># 双语字幕</a></div>
<div class="post-nav"><div class="post-nav-item"><a href="/2025/04/06/jensen-keynote/" rel="prev">« 黄仁勋GTC主题演讲字幕</a></div><div class="post-nav-item"><a href="/2025/05/02/starship-explained/" rel="next">星舰到底有多大？ »</a></div></div>
</footer>
</article>
</div>
<div class="comments" id="waline"><h3>评论</h3>
<div class="wl-card"><div class="wl-head"><span class="wl-nick">Elon_马斯克_粉</span> <span class="wl-time">2025-04-21</span></div><div class="wl-content"><p>感谢字幕组！“说起来简单，做起来很难。”这句翻得好。</p></div></div>
<div class="wl-card"><div class="wl-head"><span class="wl-nick">Kiwi</span> <span class="wl-badge">博主</span></div><div class="wl-content"><p>谢谢支持～</p></div></div>
</div>
</div></div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">© 2023 – 2025 <span class="author" itemprop="copyrightHolder">星译社</span></div><div class="powered-by">由 <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动</div></div></footer>
</div>
<script src="/lib/anime.min.js"></script>
<script src="/js/next-boot.js"></script>
</body>
</html>
"""
    others = ["妮娜（主持人）", "妮娜"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
