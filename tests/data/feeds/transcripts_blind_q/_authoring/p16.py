"""q16 - Taiwanese podcast on a Hugo (PaperMod) static site: <h3> per speaker 'Name [mm:ss]' linking '#t=58m41s', repeated plain copy in <details>."""
from common import ELON, esc, gold_turns, hms_short, write_page

NAME = "q16_silicon_isle_nights_zh_tw_hugo"
SHOW = "矽島夜話 Silicon Isle Nights"

LABELS = {"K": ("主持人 阿凱", "阿凱"), "M": ("Mia", "Mia"), ELON: ("Elon Musk", "馬斯克")}

TURNS = [
    ("K", 3480, ["好，聊了快一個小時，終於要進入今天的重頭戲。這集非常特別，我們請到了 Elon Musk 接受大約二十分鐘的遠端訪問。",
                 "訪問是用英文進行的，以下是我們整理的中文翻譯。"]),
    ("M", 3515, ["我是 Mia。Elon，歡迎你！"]),
    (ELON, 3521, ["謝謝，很高興能跟台灣的聽眾聊天。"]),
    ("K", 3530, ["第一個問題：特斯拉用的晶片有很多是在台灣製造的。你怎麼看台灣在 AI 時代的角色？"]),
    (ELON, 3542, ["台灣的半導體製造是世界級的，這點毋庸置疑。目前最先進的 AI 晶片幾乎都要經過台灣。",
                  "我們也在考慮在美國建立更多產能，但這不是取代，而是補充。"]),
    ("M", 3890, ["那 Dojo 超級電腦現在進度如何？"]),
    (ELON, 3898, ["說實話，Dojo 還在進行中。我們同時也買了很多 GPU，因為進度一定要快，不能只押一邊。"]),
    ("K", 4230, ["很多人引用你說過的「AI 比核彈更危險」。你現在還這樣認為嗎？"]),
    (ELON, 4234, ["對。"]),
    ("K", 4236, ["可以多說一點嗎？"]),
    (ELON, 4239, ["我認為人工智慧是人類面對的最大風險之一，但也是最大的機會之一。重點是讓它追求真相，而不是討好人。"]),
    ("M", 4700, ["最後，有什麼話想對台灣的聽眾說？"]),
    (ELON, 4706, ["謝謝你們的支持。台灣的工程師非常優秀，希望有機會能親自去拜訪。"]),
    ("K", 4730, ["謝謝 Elon！也謝謝各位收聽，我們下集見。"]),
]


def frag(s):
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return ("%dh%02dm%02ds" % (h, m, sec)) if h else ("%dm%02ds" % (m, sec))


def labelled():
    seen = set()
    for k, t, paras in TURNS:
        full, short = LABELS[k]
        yield k, t, paras, (short if k in seen else full)
        seen.add(k)


def render():
    out = []
    for k, t, paras, lab in labelled():
        out.append('<h3 class="speaker" id="t-%d">%s <a class="ts" href="#t=%s">[%s]</a></h3>' % (t, esc(lab), frag(t), hms_short(t)))
        for p in paras:
            out.append('<p>%s</p>' % esc(p))
    return "\n".join(out)


def render_plain():
    return "\n".join('<p>%s：%s</p>' % (esc(lab), esc("".join(paras))) for k, t, paras, lab in labelled())


PAGE = """<!DOCTYPE html>
<html lang="zh-tw" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>EP.87｜Elon Musk 專訪：台灣晶片、Dojo 與 AI 風險（附逐字稿） | 矽島夜話</title>
<meta name="keywords" content="Podcast, Elon Musk, 馬斯克, 半導體, AI">
<meta name="description" content="矽島夜話第 87 集：遠端專訪 Elon Musk，中文翻譯逐字稿。">
<meta name="author" content="阿凱、Mia">
<link rel="canonical" href="https://siliconislenights.tw/episodes/ep87-elon-musk/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://siliconislenights.tw/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="https://siliconislenights.tw/episodes/index.xml">
<meta name="generator" content="Hugo 0.121.1">
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
<meta property="og:title" content="EP.87｜Elon Musk 專訪：台灣晶片、Dojo 與 AI 風險（附逐字稿）">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-20T20:00:00+08:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"EP.87｜Elon Musk 專訪","author":[{{"@type":"Person","name":"阿凱"}},{{"@type":"Person","name":"Mia"}}],"datePublished":"2025-06-20T20:00:00+08:00"}}</script>
<style>.speaker{{font-size:1.05rem;margin-top:1.6em}} .speaker .ts{{font-family:monospace;font-size:.9rem;box-shadow:none}}</style>
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header"><nav class="nav">
<div class="logo"><a href="https://siliconislenights.tw/" accesskey="h" title="矽島夜話 (Alt + H)">矽島夜話</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="https://siliconislenights.tw/episodes/" title="節目"><span>節目</span></a></li><li><a href="https://siliconislenights.tw/about/" title="關於"><span>關於</span></a></li><li><a href="https://siliconislenights.tw/support/" title="贊助"><span>贊助</span></a></li><li><a href="https://siliconislenights.tw/search/" title="搜尋 (Alt + /)" accesskey="/"><span>搜尋</span></a></li></ul>
</nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://siliconislenights.tw/">首頁</a>&nbsp;»&nbsp;<a href="https://siliconislenights.tw/episodes/">節目</a></div>
<h1 class="post-title entry-hint-parent">EP.87｜Elon Musk 專訪：台灣晶片、Dojo 與 AI 風險（附逐字稿）</h1>
<div class="post-meta"><span title="2025-06-20 20:00:00 +0800 CST">2025年6月20日</span>&nbsp;·&nbsp;8 分鐘&nbsp;·&nbsp;阿凱、Mia</div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">目錄</span></summary><div class="inner"><ul><li><a href="#節目資訊" aria-label="節目資訊">節目資訊</a></li><li><a href="#逐字稿" aria-label="逐字稿">逐字稿</a></li></ul></div></details></div>
<div class="post-content">
<iframe src="https://player.soundon.example/embed/?podcast=sin&amp;episode=87" width="100%" height="140" frameborder="0" title="矽島夜話 EP.87"></iframe>
<h2 id="節目資訊">節目資訊<a hidden class="anchor" aria-hidden="true" href="#節目資訊">#</a></h2>
<p>這集前半段我們先聊了本週的半導體新聞（台積電法說會、AI 伺服器出貨），大約 58 分鐘開始是 Elon Musk 的遠端專訪。訪問以英文進行，逐字稿為中文翻譯，時間碼可以直接點擊跳轉。</p>
<ul>
<li>00:00 開場、本週新聞</li>
<li>58:00 Elon Musk 專訪開始</li>
<li>59:02 馬斯克談台灣半導體</li>
<li>1:10:34 AI 比核彈更危險？</li>
</ul>
<blockquote><p>馬斯克：「重點是讓它追求真相，而不是討好人。」</p></blockquote>
<h2 id="逐字稿">逐字稿<a hidden class="anchor" aria-hidden="true" href="#逐字稿">#</a></h2>
{transcript}
<details class="plain-transcript"><summary>展開純文字逐字稿（方便複製）</summary>
{plain}
</details>
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="https://siliconislenights.tw/tags/elon-musk/">Elon Musk</a></li><li><a href="https://siliconislenights.tw/tags/%E5%8D%8A%E5%B0%8E%E9%AB%94/">半導體</a></li></ul>
<nav class="paginav"><a class="prev" href="https://siliconislenights.tw/episodes/ep88/"><span class="title">« 上一頁</span><br><span>EP.88｜電動機車的下一步</span></a><a class="next" href="https://siliconislenights.tw/episodes/ep86/"><span class="title">下一頁 »</span><br><span>EP.86｜散熱才是 AI 的瓶頸</span></a></nav>
</footer>
<div class="comments" id="utterances-thread">
<h3>留言</h3>
<div class="utterances-comment"><p class="uc-author">馬斯克本人（誤）</p><p class="uc-body">馬斯克：「對。」 — 史上最短回答 😂</p></div>
<div class="utterances-comment"><p class="uc-author">elon_tw_fan</p><p class="uc-body">Dojo 那段可以再多問一點！下次邀金博爾·馬斯克來聊吧。</p></div>
</div>
</article>
</main>
<footer class="footer"><span>&copy; 2025 <a href="https://siliconislenights.tw/">矽島夜話</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>
document.querySelectorAll('a.ts').forEach(function(a){{a.addEventListener('click',function(e){{var m=a.getAttribute('href').match(/t=(?:(\\d+)h)?(\\d+)m(\\d+)s/);if(!m)return;var s=(+(m[1]||0))*3600+(+m[2])*60+(+m[3]);var f=document.querySelector('iframe');if(f&&f.contentWindow){{f.contentWindow.postMessage({{type:'seek',seconds:s}},'*');}}}});}});
</script>
</body>
</html>
"""


def build():
    page = PAGE.format(transcript=render(), plain=render_plain())
    return write_page(
        NAME, page, SHOW,
        "Hugo (PaperMod) podcast page in traditional Chinese: an <h3> per turn 'Name <a href=\"#t=58m41s\">[58:41]</a>' (h:mm:ss past the hour, '#t=1h04m58s'), paragraphs below; label Elon Musk first then 馬斯克; the whole transcript repeated as '名字：text' lines in a collapsed <details>.",
        gold_turns(TURNS, zh=True),
        ["主持人 阿凱", "阿凱", "Mia"],
    )
