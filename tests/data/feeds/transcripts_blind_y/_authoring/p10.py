from common import *

SHOW = "晨星科技報"

# (speaker, label, [(secs, text), ...])
SEGS = [
    ("H", "主持人", [(3, "各位觀眾晚安，歡迎收看晨星科技報線上對談。今天非常榮幸請到馬斯克先生，以及他的母親梅耶·馬斯克女士。")]),
    ("Y", "梅耶·馬斯克", [(19, "謝謝邀請。我來過台灣很多次，這裡的夜市是我最喜歡的地方之一。")]),
    ("M", "馬斯克", [(29, "我也很高興來到這裡。台灣的半導體產業對全世界都非常重要，我們很多晶片都是在這裡製造的。"),
                  (48, "沒有這些晶片，就沒有自動駕駛，也沒有我們的人工智慧訓練。")]),
    ("H", "主持人", [(62, "梅耶女士，您覺得兒子小時候是什麼樣的孩子？")]),
    ("Y", "梅耶", [(68, "他非常安靜，總是在看書。他小時候常跟我說「媽，我以後要去火星」，我以為他只是在做夢。")]),
    ("H", "主持人", [(85, "馬斯克先生，您真的從小就想去火星嗎？")]),
    ("M", "馬斯克", [(90, "對。")]),
    ("H", "主持人", [(92, "這麼簡單？")]),
    ("M", "馬斯克", [(94, "也不完全是。小時候我讀了很多科幻小說，後來才慢慢發現，讓人類成為多星球物種其實是一個工程問題，而不只是夢想。")]),
    ("H", "主持人", [(731, "很多台灣的年輕工程師想知道，您怎麼看待在大公司工作和自己創業？")]),
    ("M", "馬斯克", [(738, "兩者都可以很好。關鍵是你要做真正有用的東西。"),
                  (751, "如果你要創業，你必須準備好承受很多痛苦。創業就像嚼玻璃、凝視深淵。")]),
    ("Y", "梅耶", [(770, "他每次都這樣說，把大家都嚇跑了。（笑）")]),
    ("M", "馬斯克", [(776, "但這是真的啊，媽。")]),
    ("H", "主持人", [(3702, "時間差不多了，最後請兩位跟台灣的觀眾說一句話。")]),
    ("Y", "梅耶", [(3709, "好好照顧自己的健康，也要照顧媽媽。")]),
    ("M", "馬斯克", [(3716, "謝謝台灣。我們一定會再回來。")]),
]


def build():
    g = Gold(SHOW, "Traditional-Chinese (Taiwan) news transcript; each paragraph is a <p> with a bold label and full-width colon (馬斯克：, 主持人：, 梅耶·馬斯克： then 梅耶：) and the time printed AFTER the text in full-width brackets （hh:mm:ss）; continuation paragraphs carry their own trailing time; the turn starts at the first one.")
    out = []
    for who, lab, paras in SEGS:
        if who == "M":
            g.add(paras[0][0], paras[0][1], len(paras) > 1)
        else:
            g.other(lab)
        for i, (t, text) in enumerate(paras):
            pre = '<strong class="spk">%s：</strong>' % lab if i == 0 else ""
            out.append('<p>%s%s<span class="tcode">（%s）</span></p>' % (pre, esc(text), hms(t)))
    page = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>馬斯克與母親梅耶同台 線上對談全文：晶片、火星與「嚼玻璃」 - 晨星科技報</title>
<meta name="description" content="馬斯克與母親梅耶·馬斯克接受晨星科技報線上專訪，談台灣半導體、火星夢與創業心法。全文逐字稿。">
<meta property="og:site_name" content="晨星科技報">
<link rel="stylesheet" href="https://cdn.morningstar-tech.tw/assets/css/news.2025a.css">
<style>.tcode{color:#999;font-size:.8em;margin-left:.3em}.quote-box{border:1px solid #f0c36d;background:#fffaf0;padding:10px 14px}</style>
%s
</head>
<body class="news-detail">
<header class="site-header"><div class="container"><a href="https://www.morningstar-tech.tw/" class="brand">晨星科技報</a>
<nav class="gnav"><a href="/category/semiconductor">半導體</a><a href="/category/ev">電動車</a><a href="/category/ai">AI</a><a href="/category/startup">新創</a><a href="/category/interview">專訪</a><a href="/video">影音</a></nav>
<a class="btn-sub" href="/subscribe">訂閱電子報</a></div></header>
<main class="container">
<div class="breadcrumb"><a href="/">首頁</a> / <a href="/category/interview">專訪</a> / 本文</div>
<article class="news">
<h1>馬斯克與母親梅耶同台 線上對談全文：晶片、火星與「嚼玻璃」</h1>
<div class="news-meta"><span class="reporter">記者 許雅婷／台北報導</span><time datetime="2025-12-02T20:30:00+08:00">2025/12/02 20:30</time><span class="views">瀏覽 48,213</span></div>
<figure class="hero"><img src="https://cdn.morningstar-tech.tw/news/2025/12/musk-maye-live.jpg" alt="馬斯克與母親梅耶·馬斯克接受線上專訪"><figcaption>馬斯克（右）與母親梅耶·馬斯克（左）接受本報線上專訪。（圖／晨星科技報）</figcaption></figure>
<div class="lead"><p>特斯拉執行長馬斯克與母親、模特兒梅耶·馬斯克2日晚間接受本報線上專訪，母子二人罕見同台，談到台灣半導體的重要性、馬斯克兒時的火星夢，以及創業的艱辛。以下為對談逐字稿，經本報編譯為中文。</p>
<p class="note">※ 文中括號內時間碼標示該段發言在直播影片中的起始時間。</p></div>
<aside class="quote-box"><h3>精華語錄</h3>
<p>馬斯克：「創業就像嚼玻璃、凝視深淵。」</p>
<p>梅耶·馬斯克：「好好照顧自己的健康，也要照顧媽媽。」</p></aside>
<div class="news-content">
%s
</div>
<p class="editor">（責任編輯：陳冠宇）</p>
<div class="tags">#<a href="/tag/馬斯克">馬斯克</a> #<a href="/tag/梅耶馬斯克">梅耶馬斯克</a> #<a href="/tag/台積電">半導體</a></div>
</article>
<section class="fb-comments"><h3>讀者留言</h3>
<div class="cmt"><b>馬斯克在台分斯克</b><p>「對。」這個回答太有畫面了XD</p></div>
<div class="cmt"><b>Elon Chen</b><p>梅耶阿姨好可愛，「把大家都嚇跑了」</p></div>
</section>
<aside class="related"><h3>延伸閱讀</h3><ul><li><a href="/news/2025/11/30/musk-taiwan-chips">馬斯克：沒有台灣晶片就沒有自動駕駛</a></li><li><a href="/news/2025/11/28/maye-musk-book">梅耶·馬斯克新書在台上市</a></li></ul></aside>
</main>
<footer class="site-footer"><p>晨星科技報 © 2025 All Rights Reserved. 本網站內容未經授權不得轉載。</p><p><a href="/about">關於我們</a>｜<a href="/privacy">隱私權政策</a>｜<a href="/contact">聯絡我們</a></p></footer>
<script src="https://cdn.morningstar-tech.tw/assets/js/news.2025a.js" defer></script>
</body>
</html>
""" % (ANALYTICS % "G-MSTW2025", "\n".join(out))
    return g.write("y10_morningstar_tw_traditional", page)


if __name__ == "__main__":
    build()
