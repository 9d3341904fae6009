from common import *

NAME = "hk_gangwen_caijing_bilingual_dl"
SHOW = "港聞財經 HKFinance Daily（專訪實錄）"
# (label, 中文, English original or None)
T = [
    ("Q", "記者", "歡迎來到香港。這是你多年來第一次公開訪港，此行目的是甚麼？", None),
    ("M", "馬斯克", "主要是與亞洲的合作夥伴見面，也看看這裏的金融和科技圈。香港一直是連接中國內地和世界的橋樑。", "Mostly to meet partners in Asia and to see the finance and tech community here. Hong Kong has always been a bridge between mainland China and the world."),
    ("Q", "記者", "特斯拉在中國的銷量面對本地品牌激烈競爭，你擔心嗎？", None),
    ("M", "馬斯克", "中國的汽車公司非常有競爭力，這一點毫無疑問。但我們的重點是自動駕駛和人工智能，這才是長遠的差異所在。", "The Chinese car companies are very competitive, no question. But our focus is autonomy and AI. That's the long-term difference."),
    ("Q", "記者", "美國和歐洲相繼對中國電動車加徵關稅，你怎樣看？", None),
    ("M", "馬斯克", "我一向不支持扭曲市場的關稅。關稅最終會由消費者承擔。", "I've generally not been a fan of tariffs that distort the market. In the end, consumers pay for tariffs."),
    ("Q", "記者", "星鏈會否考慮進入香港市場？", None),
    ("M", "馬斯克", "這取決於監管機構。如果有需求、獲得批准，我們樂意提供服務。", "That's up to the regulators. If there's demand and we get approval, we'd be happy to provide the service."),
    ("Q", "記者", "最後，你對香港的年輕創業者有甚麼忠告？", None),
    ("M", "馬斯克", "做真正有用的產品。不要只為了融資而創業。", "Make something genuinely useful. Don't start a company just to raise money."),
]


def build():
    items = []
    turns, others = [], []
    for k, lab, zh, en in T:
        dd = f"<p>{esc(zh)}</p>"
        if en:
            dd += f'\n      <p class="orig" lang="en">（原文）{esc(en)}</p>'
        items.append(f'    <dt class="spk spk-{k.lower()}">{lab}：</dt>\n    <dd>{dd}</dd>')
        if k == "M":
            turns.append([None, zh[:8]])
        elif lab not in others:
            others.append(lab)
    body = "\n".join(items)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "【專訪】馬斯克：香港是連接中國與世界的橋樑（中英對照）",
                 "datePublished": "2024-09-12T08:30:00+08:00", "inLanguage": "zh-HK", "author": {"@type": "Person", "name": "陳嘉欣"}})
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【專訪】馬斯克：香港是連接中國與世界的橋樑（中英對照）｜港聞財經 HKFinance Daily</title>
<meta name="description" content="特斯拉行政總裁馬斯克訪港期間接受本報專訪，談及中國車企競爭、關稅、星鏈及創業。附英文原文。">
<meta property="og:site_name" content="港聞財經 HKFinance Daily">
<meta property="article:section" content="科技">
<link rel="stylesheet" href="/static/css/article.5b7e21.css">
{ld}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>var _hkfd={{section:"tech",articleId:"20240912-tech-0088",paywall:false}};</script>
</head>
<body class="article-page">
<div class="top-bar"><span>2024年9月12日 星期四</span><a href="/login">登入</a><a href="/subscribe">訂閱</a><a href="/en">English</a></div>
<header class="masthead"><a href="/" class="brand">港聞財經 <small>HKFinance Daily</small></a>
<nav class="main-nav"><a href="/news">即時新聞</a><a href="/finance">財經</a><a href="/property">地產</a><a href="/tech" class="active">科技</a><a href="/china">中國</a><a href="/intl">國際</a><a href="/opinion">評論</a></nav></header>
<div class="ad-slot" id="ad-leaderboard">廣告</div>
<main class="article-wrap">
<article class="article">
  <p class="kicker">科技 · 專訪</p>
  <h1>【專訪】馬斯克：香港是連接中國與世界的橋樑（中英對照）</h1>
  <p class="byline">記者 陳嘉欣 · 2024-09-12 08:30 更新</p>
  <div class="share-tools"><a class="fb" href="#">Facebook</a><a class="wa" href="#">WhatsApp</a><a class="copy" href="#">複製連結</a></div>
  <figure class="lead-img"><img src="/img/2024/09/musk-hk-interview.jpg" alt="馬斯克在中環接受訪問"><figcaption>馬斯克昨日在中環一間酒店接受本報專訪。（陳嘉欣攝）</figcaption></figure>
  <p class="standfirst">【編按】特斯拉及SpaceX行政總裁馬斯克（Elon Musk）周三短暫訪港，其間接受本報約二十分鐘專訪。訪問以英語進行，以下為中文翻譯，並附英文原文。</p>
  <aside class="pull-quote"><p>馬斯克：「關稅最終會由消費者承擔。」</p></aside>
  <dl class="interview-transcript">
{body}
  </dl>
  <p class="note">＊訪問內容經刪節。英文原文以受訪者錄音為準。</p>
  <div class="tags">標籤：<a href="/tag/特斯拉">特斯拉</a> <a href="/tag/馬斯克">馬斯克</a> <a href="/tag/關稅">關稅</a> <a href="/tag/星鏈">星鏈</a></div>
  <div class="share-tools bottom"><a class="fb" href="#">分享到 Facebook</a><a class="wa" href="#">分享到 WhatsApp</a></div>
</article>
<aside class="sidebar">
  <section class="hot"><h3>熱門文章</h3><ol>
    <li><a href="/tech/20240911-0042">比亞迪香港銷量按年升三成</a></li>
    <li><a href="/finance/20240911-0107">恒指收市升312點</a></li>
    <li><a href="/china/20240910-0066">小米SU7交付量創新高</a></li></ol></section>
  <section class="related"><h3>相關新聞</h3><ul>
    <li><a href="/tech/20240911-0019">馬斯克抵港　據報與本地家族辦公室會面</a></li>
    <li><a href="/tech/20240905-0071">評論：馬斯克的中國難題</a></li></ul></section>
  <div class="ad-slot" id="ad-mrec">廣告</div>
</aside>
</main>
<footer class="site-footer"><p><a href="/about">關於我們</a>｜<a href="/privacy">私隱政策</a>｜<a href="/terms">使用條款</a>｜<a href="/contact">聯絡我們</a></p><p>© 2024 港聞財經有限公司 版權所有，不得轉載</p></footer>
</body>
</html>
'''
    g = {"speaker": "Elon Musk",
         "format": "Traditional-Chinese HK news Q&A in a <dl>: <dt>記者：/馬斯克：</dt>, <dd> holds the Chinese translation plus a '（原文）' English-original paragraph in the same turn; pull quote; no timestamps",
         "show": SHOW, "turns": turns, "others": others}
    return NAME, page, g
