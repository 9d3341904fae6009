"""ad16: TRAP (traditional Chinese, Taiwan news site). Q&A with a battery-materials chairman
who talks about working with Musk and quotes him; pull quote, video caption, related headlines
and comments print 馬斯克 lines. Musk never speaks. Expected turns: []."""
from common import *

NAME = "ad16_kejidao_trap_tw"
SHOW = "科技島日報"

Q, L = "Q", "L"
T = [
    {"s": Q, "p": ["宏碩材料這兩年成長很快，外界都說是因為打進了美國電動車大廠的供應鏈。這個說法正確嗎？"]},
    {"s": L, "p": ["我們不評論個別客戶。但可以說，過去兩年我們最大的改變，是把研發和量產放在同一棟樓裡。以前研發在新竹、工廠在雲林，一個問題來回要兩個星期，現在兩個小時。"]},
    {"s": Q, "p": ["聽說您曾經和馬斯克本人開過會？"]},
    {"s": L, "p": ["開過一次，在德州，大概四十分鐘。他問的問題非常細，細到我們的製程工程師都嚇一跳。",
                   "我印象最深的是，馬斯克當時跟我說：「你們的良率，就是我們的產能。」意思是我們每提高一個百分點的良率，他那邊就多出一條產線的量。這句話我回來以後講給全公司聽。"]},
    {"s": Q, "p": ["馬斯克曾公開說「電池是電動車最大的瓶頸」。您同意嗎？"]},
    {"s": L, "p": ["同意一半。電池芯本身的瓶頸已經緩解很多，現在真正卡的是材料精煉和設備交期。一台關鍵設備從下單到交機要十四個月，這才是瓶頸。"]},
    {"s": Q, "p": ["台灣廠商在這波供應鏈重組中的機會在哪裡？"]},
    {"s": L, "p": ["在「快」。台灣的優勢從來不是最便宜，而是客戶半夜打電話來，我們隔天早上就有人到現場。美國客戶很在乎這一點，他們自己做不到。"]},
    {"s": Q, "p": ["最後，您對明年的看法？"]},
    {"s": L, "p": ["審慎樂觀。訂單能見度到明年第二季，但匯率和關稅都是變數。我們會繼續擴產，但每一步都會看清楚再走。"]},
]


def render():
    out, seen = [], set()
    for tr in T:
        if tr["s"] == Q:
            out.append(f'<p><strong>問：{tr["p"][0]}</strong></p>')
        else:
            lab = "林建宏" if L not in seen else "林"
            seen.add(L)
            out.append(f'<p><strong>{lab}：</strong>{tr["p"][0]}</p>')
            out.extend(f"<p>{p}</p>" for p in tr["p"][1:])
        if tr is T[3]:
            out.append('<blockquote class="pull-quote"><p>馬斯克：「你們的良率，就是我們的產能。」</p><footer>—— 林建宏轉述</footer></blockquote>')
            out.append('<figure class="video-embed"><div class="yt-lite" data-id="aK3mP0"></div><figcaption>▲馬斯克日前在股東會上表示，明年將擴大電池自製比例。（影片來源：YouTube）</figcaption></figure>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>專訪／宏碩材料董事長林建宏：馬斯克一句話，讓全公司拚良率 | 產業 | 科技島日報</title>
<meta name="description" content="宏碩材料董事長林建宏談與美國電動車大廠合作經驗，轉述馬斯克：「你們的良率，就是我們的產能。」">
<meta property="og:title" content="專訪／宏碩材料董事長林建宏：馬斯克一句話，讓全公司拚良率">
<link rel="stylesheet" href="https://static.kejidao.example/css/article.min.css?v=3.12.0">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"專訪／宏碩材料董事長林建宏：馬斯克一句話，讓全公司拚良率","author":{{"@type":"Person","name":"吳佩蓉"}},"datePublished":"2025-09-18T06:30:00+08:00"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page">
<header class="kd-header"><a class="kd-logo" href="https://www.kejidao.example/">科技島日報</a>
<nav class="kd-nav"><a href="https://www.kejidao.example/news/latest">即時</a><a class="active" href="https://www.kejidao.example/news/industry">產業</a><a href="https://www.kejidao.example/news/semiconductor">半導體</a><a href="https://www.kejidao.example/news/ev">電動車</a><a href="https://www.kejidao.example/news/stock">台股</a><a href="https://www.kejidao.example/video">影音</a></nav>
<a class="kd-member" href="https://member.kejidao.example/login">會員登入</a></header>
<main class="kd-article">
<div class="kd-crumb"><a href="https://www.kejidao.example/">首頁</a> › <a href="https://www.kejidao.example/news/industry">產業</a> › 專訪</div>
<h1>專訪／宏碩材料董事長林建宏：馬斯克一句話，讓全公司拚良率</h1>
<div class="kd-byline">記者吳佩蓉／雲林報導 <time datetime="2025-09-18T06:30:00+08:00">2025/09/18 06:30</time></div>
<figure class="kd-cover"><img src="https://img.kejidao.example/2025/09/18/lin-jianhong.jpg" alt="宏碩材料董事長林建宏"><figcaption>宏碩材料董事長林建宏。（記者吳佩蓉攝）</figcaption></figure>
<div class="kd-body">
<p>電池材料廠宏碩材料近兩年營收翻倍，董事長林建宏鮮少接受媒體採訪。他日前在雲林廠區接受本報專訪，談到與國際電動車大廠合作的經驗，也首度透露曾與特斯拉執行長馬斯克（Elon Musk）面對面開會。以下為訪談摘要：</p>
{render()}
<p class="kd-editor">（本文經受訪者確認；馬斯克相關說法為林建宏轉述。）</p>
</div>
<div class="kd-tags"><a href="https://www.kejidao.example/tag/宏碩材料">#宏碩材料</a> <a href="https://www.kejidao.example/tag/馬斯克">#馬斯克</a> <a href="https://www.kejidao.example/tag/電池">#電池</a></div>
<div class="kd-related"><h2>延伸閱讀</h2><ul>
<li><a href="https://www.kejidao.example/news/ev/20250915/1182">馬斯克：明年機器人量產　台灣供應鏈誰受惠？</a></li>
<li><a href="https://www.kejidao.example/news/industry/20250910/1140">關鍵設備交期拉長　電池材料廠擴產卡關</a></li>
<li><a href="https://www.kejidao.example/news/stock/20250917/1176">宏碩材料股價創高　外資連三買</a></li></ul></div>
<div class="fb-comments-mock"><h2>留言</h2>
<div class="fb-c"><b>伊隆·馬斯克粉絲團</b><p>馬斯克：「你們的良率，就是我們的產能。」這句太經典了，台灣之光！</p></div>
<div class="fb-c"><b>Elon Ma 馬以龍</b><p>我也叫 Elon，被朋友笑了十年 XD 林董講得很實在。</p></div>
<div class="fb-c"><b>陳志豪</b><p>「快」才是台灣的優勢，認同。</p></div></div>
</main>
<aside class="kd-rail"><div class="kd-ad" id="div-gpt-ad-rail-1">廣告</div><h3>熱門新聞</h3><ol><li><a href="https://www.kejidao.example/news/semiconductor/20250918/1190">先進封裝產能吃緊　明年再擴三成</a></li><li><a href="https://www.kejidao.example/news/ev/20250915/1182">馬斯克：明年機器人量產　台灣供應鏈誰受惠？</a></li></ol></aside>
<footer class="kd-footer"><p>科技島日報 版權所有 © 2025 Kejidao Daily. All Rights Reserved.</p><p><a href="https://www.kejidao.example/privacy">隱私權政策</a>｜<a href="https://www.kejidao.example/contact">聯絡我們</a></p></footer>
<script src="https://static.kejidao.example/js/article.min.js?v=3.12.0" defer></script>
</body>
</html>
"""
    fmt = ("Taiwan news interview (Q&A, no times): bold '問：' questions and bold '林建宏：' then '林：' answers; Musk is only "
           "quoted by the interviewee and in a pull quote, video caption, related headlines and comments — he never speaks.")
    exp = expected(fmt, SHOW, gold(T, zh=True), ["問", "林建宏", "林"])
    write(NAME, html, exp)
    return NAME, exp
