from common import *

NAME = "l15_hk-radio-trap"
rows = [
 ("陳嘉敏：", "早晨，歡迎收聽《科技早晨》，我係陳嘉敏。今日嘅話題，相信大家都好有興趣，就係馬斯克上星期喺一個美國播客度講嘅嘢。因為版權問題，我哋今日冇辦法播原聲，只可以讀返佢講過嘅說話。我請咗科技評論員林子軒返嚟直播室。"),
 ("林子軒：", "早晨嘉敏，早晨各位聽眾。"),
 ("陳嘉敏：", "子軒，佢今次講得最多嘅係乜？"),
 ("林子軒：", "主要係兩樣嘢，一個係自動駕駛，一個係人工智能。關於自動駕駛，馬斯克話：「今年之內，會喺幾個城市推出無人駕駛的士服務。」但係大家都知，佢講嘅時間表通常都要打個折。", "我自己覺得，技術上佢哋係有進步嘅，但係監管呢一關，特別係喺美國以外嘅地方，唔係咁易過。"),
 ("陳嘉敏：", "咁香港呢？有冇機會見到？"),
 ("林子軒：", "短期內我覺得機會好微。香港嘅路窄、斜路多、又多雙層巴士，對系統嚟講係好大嘅挑戰。"),
 ("陳嘉敏：", "我哋有聽眾打電話入嚟。馬先生，早晨。"),
 ("馬先生（聽眾）：", "早晨。我都係姓馬，不過同佢冇關係㗎。哈哈。我想問，佢講嘅人工智能風險，係咪真係咁嚴重？"),
 ("林子軒：", "佢原話係咁講：「即使出事嘅機會好細，都值得認真對待，好似你會認真對待屋企火燭嘅風險咁。」我覺得呢個比喻幾好，但係佢自己都有一間人工智能公司，所以大家聽嘅時候都要留意佢嘅立場。"),
 ("馬先生（聽眾）：", "明白，多謝。"),
 ("陳嘉敏：", "多謝馬先生。時間關係，今日就傾到呢度。多謝子軒。"),
 ("林子軒：", "多謝嘉敏。"),
]
turns = [Turn(r[0], None, *[esc(p) for p in r[1:]], musk=False) for r in rows]
out = []
for tr in turns:
    out.append('<p><b>%s</b>%s</p>' % (tr.spk, tr.paras[0]))
    for p in tr.paras[1:]:
        out.append('<p>%s</p>' % p)
body = "\n".join(out)

page = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【科技早晨】馬斯克播客講咗咩？無人駕駛的士今年上路？｜節目重溫及文字紀錄｜香江日報網</title>
<meta name="keywords" content="馬斯克,Elon Musk,無人駕駛,人工智能,科技早晨">
<link rel="stylesheet" href="https://static.hkdaily.example/css/article.min.css?v=2024.8">
<script>var _hkd_article={id:"20240812-0733-tech",section:"科技",program:"科技早晨"};</script>
</head>
<body class="article-page section-tech">
<header class="hkd-header"><div class="hkd-top"><a class="hkd-logo" href="/">香江日報網</a><span class="hkd-date">2024年8月12日 星期一</span><a class="hkd-lang" href="/sc/">简</a></div>
<nav class="hkd-nav"><a href="/news/">港聞</a><a href="/intl/">國際</a><a href="/finance/">財經</a><a href="/tech/" class="on">科技</a><a href="/ent/">娛樂</a><a href="/radio/">電台節目</a></nav></header>
<main class="hkd-main">
<div class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/radio/">電台節目</a> &gt; <a href="/radio/tech-morning/">科技早晨</a></div>
<article>
<h1>【科技早晨】馬斯克播客講咗咩？無人駕駛的士今年上路？</h1>
<div class="article-info"><span>節目重溫</span> | <time datetime="2024-08-12T07:33:00+08:00">2024-08-12 07:33</time> | <span>主持：陳嘉敏</span> | <span>嘉賓：林子軒（科技評論員）</span></div>
<div class="audio-player"><audio controls preload="none" src="https://media.hkdaily.example/radio/tech-morning/20240812.mp3"></audio><p class="audio-note">節目重溫（約12分鐘）</p></div>
<div class="quote-box"><p class="qb-title">馬斯克金句</p><p>馬斯克：「今年之內，會喺幾個城市推出無人駕駛的士服務。」</p><p>Elon Musk: &quot;Even a small chance of a very bad outcome is worth taking seriously.&quot;</p></div>
<p class="intro">特斯拉及SpaceX行政總裁馬斯克（Elon Musk）上星期接受美國播客訪問，談及無人駕駛的士及人工智能風險。本台節目《科技早晨》邀請科技評論員林子軒分析。以下為節目文字紀錄，經編輯刪節。</p>
<div class="transcript">
%s
</div>
<p class="editor-note">（節目文字紀錄只供參考，一切以播出內容為準。）</p>
<div class="related-news"><h3>相關新聞</h3><ul><li><a href="/intl/20240806-musk-podcast/">馬斯克：人工智能係「今個十年」嘅問題</a></li><li><a href="/tech/20240801-robotaxi-regulation/">無人駕駛的士監管 各國取態大不同</a></li></ul></div>
</article>
<section class="comments"><h3>讀者留言（3）</h3>
<div class="cmt"><span class="cmt-user">馬斯克粉</span><span class="cmt-time">2024-08-12 08:02</span><p>馬斯克：「今年之內」……每年都係今年之內 😂</p></div>
<div class="cmt"><span class="cmt-user">Elon_HK</span><span class="cmt-time">2024-08-12 08:15</span><p>香港啲斜路真係唔係講笑，連我自己揸車都驚。</p></div>
<div class="cmt"><span class="cmt-user">埃隆·馬</span><span class="cmt-time">2024-08-12 09:40</span><p>馬先生打得好！</p></div>
</section>
</main>
<footer class="hkd-footer"><p>© 2024 香江日報網 版權所有，不得轉載。 <a href="/privacy/">私隱政策</a> | <a href="/terms/">使用條款</a> | <a href="/contact/">聯絡我們</a></p></footer>
<script src="https://static.hkdaily.example/js/article.min.js?v=2024.8"></script>
</body>
</html>
""" % body

emit(NAME, page, turns, zh=True,
     fmt="Hong Kong news site (traditional Chinese, Cantonese) radio-programme text record: one <p> per turn with a bold label and full-width colon, no times; Musk is only discussed and quoted in 「」 inside the guest's turns, a quote box and comments, and a caller surnamed 馬 speaks — he never speaks himself.",
     show="科技早晨（香江日報網）", others=["陳嘉敏", "林子軒", "馬先生（聽眾）"])
