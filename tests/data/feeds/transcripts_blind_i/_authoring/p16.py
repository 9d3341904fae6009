"""i16 - Taiwan (traditional Chinese) WordPress tech blog publishing a translated 逐字稿 of a
Taipei stage conversation: bold full-width-colon labels (伊隆·馬斯克 then Elon), the time printed
AFTER each turn's text as （mm:ss）, a 重點整理 box quoting 馬斯克：, host quoting him."""
from common import *

NAME = 'i16_kejidaodu_tw_trad_time_after_text'
SHOW = '科技島讀'
LAB = {'WS': ['主持人 吳思穎', '吳思穎'], 'EM': ['伊隆·馬斯克', 'Elon'], 'CL': ['陳立凡（晶鋒科技執行長）', '陳立凡']}

T = [
    ('WS', 15, ['歡迎兩位來到今天的對談。馬斯克先生，這是你相隔多年再次來到台北，有什麼感想？']),
    ('EM', 24, ['台北的變化真的很大。我上次來的時候，這裡的半導體產業已經很強，但現在整個世界的人工智慧都跑在台灣製造的晶片上。']),
    ('WS', 47, ['陳執行長，你們是特斯拉的供應商之一，你怎麼看這個說法？']),
    ('CL', 53, ['他說得沒錯，但我想補充一點：晶片只是開始，封裝、散熱、電源，每一個環節台灣都有很強的公司。']),
    ('EM', 71, ['對。']),
    ('WS', 73, ['馬斯克曾說：「算力是新的石油。」你現在還這樣認為嗎？']),
    ('EM', 81, ['我現在會說，算力和電力都是新的石油。沒有足夠的電，再多的晶片也沒用。這是接下來幾年最大的瓶頸。']),
    ('CL', 120, ['這點我完全同意。我們的客戶現在問的第一個問題，已經不是晶片交期，而是電從哪裡來。']),
    ('WS', 141, ['最後一個問題，人形機器人什麼時候會進入台灣的工廠？']),
    ('EM', 150, ['我認為兩三年內就會開始。一開始數量不多，做的是簡單重複的工作，但進步的速度會非常快。']),
    ('WS', 176, ['謝謝兩位精彩的分享。']),
    ('EM', 180, ['謝謝大家，台北見。']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        out.append('<p><strong>%s：</strong>%s<span class="ts">（%s）</span></p>' % (esc(lab), esc(paras[0]), mmss(t)))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="zh-TW" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【逐字稿】馬斯克台北對談：算力和電力都是新的石油 &#8211; 科技島讀</title>
<meta name="description" content="馬斯克與晶鋒科技執行長陳立凡台北對談中文逐字稿，談台灣半導體、算力與電力瓶頸、人形機器人。"/>
<meta property="og:locale" content="zh_TW" />
<meta property="og:type" content="article" />
<link rel='stylesheet' id='generatepress-css' href='https://kejidaodu.tw/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<style id='generate-style-inline-css'>
body{font-family:"Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif}
.entry-content p{line-height:1.9}.ts{color:#888;font-size:.85em;margin-left:.3em}
.key-points{background:#f3f7fb;border-left:4px solid #2b6cb0;padding:12px 18px;margin:1.5em 0}
</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-7721930488120033" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-15532 wp-custom-logo wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="跳至主要內容">跳至主要內容</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="網站">
<div class="inside-header grid-container"><div class="site-logo"><a href="https://kejidaodu.tw/" rel="home"><img class="header-image is-logo-image" alt="科技島讀" src="https://kejidaodu.tw/wp-content/uploads/2023/02/logo.png" width="180" height="48" /></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="主要"><div class="inside-navigation grid-container"><div class="main-nav"><ul id="menu-main" class="menu sf-menu">
<li class="menu-item"><a href="https://kejidaodu.tw/category/semiconductor/">半導體</a></li>
<li class="menu-item"><a href="https://kejidaodu.tw/category/ai/">AI</a></li>
<li class="menu-item"><a href="https://kejidaodu.tw/category/ev/">電動車</a></li>
<li class="menu-item current-post-ancestor"><a href="https://kejidaodu.tw/category/transcripts/">逐字稿</a></li>
<li class="menu-item"><a href="https://kejidaodu.tw/podcast/">Podcast</a></li>
</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-15532" class="post-15532 post type-post status-publish format-standard category-transcripts tag-tesla tag-musk">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title">【逐字稿】馬斯克台北對談：算力和電力都是新的石油</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-05-21T18:30:00+08:00">2025 年 5 月 21 日</time></span> <span class="byline">作者 <span class="author vcard"><a class="url fn n" href="https://kejidaodu.tw/author/yiting/">宜婷</a></span></span></div></header>
<div class="entry-content">
<p>本週在台北舉行的科技論壇上，特斯拉執行長伊隆·馬斯克（Elon Musk）與晶鋒科技執行長陳立凡同台，由主持人吳思穎主持。以下為本站整理的中文逐字稿，英文發言由編輯翻譯，括號內為影片時間。</p>
<div class="key-points"><p><strong>重點整理</strong></p><ul>
<li>馬斯克：「算力和電力都是新的石油。」</li>
<li>陳立凡：客戶最先問的已經是「電從哪裡來」。</li>
<li>馬斯克預估人形機器人兩三年內進入工廠。</li>
</ul></div>
<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe title="馬斯克 x 陳立凡 台北對談" width="800" height="450" src="https://www.youtube-nocookie.com/embed/kd8TwQ3pX1c?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>
<h2 class="wp-block-heading">對談逐字稿</h2>
@@T@@
<p><em>（本文逐字稿經編輯整理，如有出入以影片為準。轉載請註明出處。）</em></p>
</div>
<footer class="entry-meta"><span class="cat-links"><a href="https://kejidaodu.tw/category/transcripts/" rel="category tag">逐字稿</a></span> <span class="tags-links"><a href="https://kejidaodu.tw/tag/tesla/" rel="tag">特斯拉</a>、<a href="https://kejidaodu.tw/tag/musk/" rel="tag">馬斯克</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="https://kejidaodu.tw/2025/05/19/computex-keynote-transcript/" rel="prev">【逐字稿】論壇開幕主題演講全文</a></div><div class="nav-next"><a href="https://kejidaodu.tw/2025/05/23/power-grid-ai/" rel="next">AI 資料中心搶電：台灣電網準備好了嗎？</a></div></nav></footer>
</div>
</article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 則留言</h3>
<ol class="comment-list">
<li id="comment-3301" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">馬斯克迷</cite><div class="entry-meta comment-metadata"><time datetime="2025-05-21T20:12:44+08:00">2025 年 5 月 21 日 20:12</time></div></div></footer><div class="comment-content"><p>Elon：對。<br>陳執行長講完他只回一個字，超好笑 XD</p></div></article></li>
<li id="comment-3307" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Kevin H.</cite><div class="entry-meta comment-metadata"><time datetime="2025-05-22T09:03:10+08:00">2025 年 5 月 22 日 09:03</time></div></div></footer><div class="comment-content"><p>謝謝整理！電力那段很關鍵。</p></div></article></li>
</ol></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-3" class="widget inner-padding widget_block"><h2>熱門文章</h2><ul><li><a href="https://kejidaodu.tw/2025/05/10/cowos-capacity/">CoWoS 產能再擴，誰是最大贏家？</a></li><li><a href="https://kejidaodu.tw/2025/04/28/ev-subsidy-2025/">2025 電動車補助一次看</a></li></ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="網站"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2025 科技島讀 &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://kejidaodu.tw/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Traditional-Chinese WordPress post: one <p> per turn with a bold full-width-colon label (伊隆·馬斯克 first, then Elon) and the time printed after the text as （mm:ss）.',
         gold_turns(T), ['主持人 吳思穎', '吳思穎', '陳立凡（晶鋒科技執行長）', '陳立凡'])
