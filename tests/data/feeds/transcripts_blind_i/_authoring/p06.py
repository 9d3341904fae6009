"""i06 - Hong Kong (traditional Chinese) news site Q&A: bold 記者：/馬斯克： labels, some answers
start with a ▶ mm:ss video-jump link, others have none; intro and comments quote him."""
from common import *

NAME = 'i06_hkfin_daily_trad_qa_videojump'
SHOW = '香江財經日報'

T = [
    ('Q', None, ['特斯拉在香港的市佔率近年明顯下滑，比亞迪等中國品牌來勢洶洶，你怎樣看？']),
    ('EM', 95, ['香港始終是一個非常重要的市場。這裏的充電設施密度很高，用戶對新科技的接受度也很高。',
                '價格競爭確實很激烈，但我們更關注產品本身。新款車型在續航和自動駕駛方面都有很大提升。']),
    ('Q', None, ['你是指新款Model Y？']),
    ('EM', None, ['對。']),
    ('Q', None, ['你曾說過「電動車的競爭最終是軟件的競爭」。中國品牌在軟件上進步很快，你擔心嗎？']),
    ('EM', 212, ['中國的汽車公司是全世界最有競爭力的，這一點毫無疑問。他們工作非常努力，也非常聰明。',
                 '如果沒有貿易壁壘，他們會在全球市場上擊敗大部分對手。所以我們必須跑得更快。']),
    ('Q', None, ['星鏈會否考慮進入香港市場？']),
    ('EM', 330, ['這要看當地監管機構的決定。技術上完全沒有問題，衛星本來就覆蓋這個區域。']),
    ('Q', None, ['最後，你對香港的年輕創業者有甚麼建議？']),
    ('EM', None, ['要有非常高的痛苦承受能力。創業就像一邊嚼玻璃一邊凝視深淵，大部分時間都不好受。',
                  '但如果你做的事情真的有意義，那就值得。']),
]


def render():
    out = []
    for spk, t, paras in T:
        lab = '記者' if spk == 'Q' else '馬斯克'
        jump = ''
        if t is not None:
            jump = '<a class="vjump" href="#video" data-sec="%d" title="跳至影片 %s">▶ %s</a> ' % (t, mmss(t), mmss(t))
        out.append('<p>%s<strong>%s：</strong>%s</p>' % (jump, lab, esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    return PAGE.replace('@@QA@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>【專訪】馬斯克：中國車企全球最具競爭力 星鏈入港看監管 | 香江財經日報</title>
<meta name="description" content="特斯拉行政總裁馬斯克接受本報專訪，談香港電動車市場、中國品牌競爭及星鏈服務。">
<meta property="og:locale" content="zh_HK">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://static.hkfindaily.com.hk/assets/css/main.min.css?v=20250312">
<style>
.article__body p{font-size:18px;line-height:1.85;margin:0 0 18px}
.vjump{display:inline-block;background:#b30000;color:#fff;border-radius:3px;padding:0 6px;font-size:13px;text-decoration:none;margin-right:6px}
.cmt{border-top:1px solid #eee;padding:10px 0}.cmt .who{font-weight:bold}.cmt blockquote{background:#f7f7f7;margin:6px 0;padding:6px 10px;color:#555}
</style>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page-article">
<header class="hdr">
<div class="hdr__top"><span class="hdr__date">2025年3月12日 星期三</span> <a href="/epaper">電子報</a> <a href="/subscribe">訂閱</a> <a href="/login">登入</a></div>
<div class="hdr__logo"><a href="/">香江財經日報</a></div>
<nav class="hdr__nav"><a href="/">首頁</a> <a href="/news/local">港聞</a> <a href="/finance">財經</a> <a href="/property">地產</a> <a href="/tech" class="active">科技</a> <a href="/china">中國</a> <a href="/intl">國際</a> <a href="/opinion">評論</a></nav>
</header>
<main class="container">
<article class="article">
<div class="article__cat"><a href="/tech">科技</a> ｜ <a href="/tag/專訪">專訪</a></div>
<h1 class="article__title">【專訪】馬斯克：中國車企全球最具競爭力 星鏈入港看監管</h1>
<div class="article__meta">記者 梁詠詩 ｜ 2025年3月12日 07:30 ｜ <span class="views">瀏覽 28,431</span></div>
<div class="article__body">
<p>特斯拉行政總裁馬斯克（Elon Musk）上周透過視像接受本報專訪。談到中國品牌的競爭，馬斯克形容：「中國車企是全世界最有競爭力的。」他又透露，星鏈能否在港提供服務，關鍵在於監管。</p>
<div class="video-embed" id="video"><iframe src="https://video.hkfindaily.com.hk/embed/v/88213" width="640" height="360" frameborder="0" allowfullscreen title="馬斯克專訪"></iframe><p class="video-caption">（影片：馬斯克專訪全片，約7分鐘）</p></div>
<p>以下為訪問節錄，經編輯刪減。點擊 ▶ 時間可跳至影片相應位置。</p>
@@QA@@
<p class="article__note">（本報記者梁詠詩、黃子朗整理）</p>
</div>
<div class="article__tags"><a href="/tag/特斯拉">#特斯拉</a> <a href="/tag/馬斯克">#馬斯克</a> <a href="/tag/星鏈">#星鏈</a> <a href="/tag/電動車">#電動車</a></div>
<aside class="related"><h3>相關新聞</h3><ul>
<li><a href="/tech/2025/03/10/ev-market-q1">首季電動車登記：中國品牌佔比再創新高</a></li>
<li><a href="/tech/2025/03/05/satellite-licence">OFCA諮詢衛星寬頻牌照框架</a></li>
</ul></aside>
</article>
<section class="comments" id="comments">
<h3>讀者留言（3）</h3>
<div class="cmt" id="c-55102"><span class="who">馬斯克粉絲</span> <span class="when">3小時前</span>
<p>馬斯克：「要有非常高的痛苦承受能力」，講得好！創業真係咁。</p></div>
<div class="cmt cmt--reply" id="c-55117"><span class="who">Elon馬</span> <span class="when">2小時前</span> 回覆 馬斯克粉絲
<blockquote>馬斯克：對。</blockquote>
<p>最好笑係呢句，一個字答晒。</p></div>
<div class="cmt" id="c-55130"><span class="who">港島老司機</span> <span class="when">1小時前</span>
<p>星鏈入港應該都係遲早嘅事，睇OFCA點諗。</p></div>
<form class="cmt-form" action="/comments/post" method="post"><textarea name="body" placeholder="登入後留言"></textarea><button type="submit">發表</button></form>
</section>
</main>
<footer class="ftr"><p><a href="/about">關於我們</a> ｜ <a href="/ad">廣告查詢</a> ｜ <a href="/privacy">私隱政策</a> ｜ <a href="/disclaimer">免責聲明</a></p><p>© 2025 香江財經日報有限公司 版權所有，不得轉載。</p></footer>
<script src="https://static.hkfindaily.com.hk/assets/js/app.min.js?v=20250312" defer></script>
<script>document.querySelectorAll('.vjump').forEach(function(a){a.addEventListener('click',function(){var f=document.querySelector('#video iframe');f.contentWindow.postMessage({seek:+a.dataset.sec},'*');});});</script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Traditional-Chinese news Q&A: paragraphs with bold 記者：/馬斯克： labels (full-width colons); some answers open with a "▶ mm:ss" video-jump link (data-sec), others carry no time; unlabelled continuation paragraphs.',
         gold_turns(T), ['記者'])
