"""r10 - Taiwan (traditional Chinese) tech media: transcript table 時間 | 講者 | 內容; every row timed,
continuation rows have an empty speaker cell; brothers Elon and Kimbal both speak (伊隆·馬斯克 / 金博爾·馬斯克)."""
from common import turn, rev, check_no_adjacent

SLUG = "r10_techfrontline_tw_zh_hant"
SHOW = "黃昏創業談"

# (spk, label, [(seconds, text), ...])  rows after the first carry an empty speaker cell
T = [
    ("H", "主持人", [(0, "歡迎兩位。兄弟一起上節目的機會可不多。")]),
    ("K", "金博爾·馬斯克", [(6, "確實不多，通常都是我坐在台下看他上台。")]),
    ("E", "伊隆·馬斯克", [(11, "他這樣說不太公平，其實每次重要的決定，我都會先問他的意見。"), (19, "從小到大都是這樣。")]),
    ("H", "主持人", [(25, "你們小時候在南非是什麼樣的兄弟？")]),
    ("K", "金博爾", [(30, "我們會吵架，但也一起做了很多瘋狂的計畫。第一家公司就是我們一起創的。")]),
    ("E", "伊隆", [(41, "對。")]),
    ("H", "主持人", [(42, "那時候誰負責什麼？")]),
    ("E", "伊隆", [(44, "我寫程式，他負責跟客戶談。老實說，他比我會說話多了。"), (52, "我那時候一天可以寫十幾個小時的程式，晚上就睡在辦公室裡。"), (58, "現在回想起來，那段日子很辛苦，但也很快樂。")]),
    ("H", "主持人", [(66, "金博爾，你後來轉向餐飲和農業，伊隆當時怎麼看？")]),
    ("K", "金博爾", [(71, "他一開始覺得我瘋了。他說過一句話：「食物是最難規模化的生意。」我到現在都還記得。")]),
    ("E", "伊隆", [(80, "我現在還是這麼覺得，但他證明了可以做得很好。這一點我很佩服。")]),
    ("H", "主持人", [(95, "伊隆，你會想過退休嗎？")]),
    ("E", "伊隆", [(99, "不會。我大概會一直工作到最後一天吧。")]),
    ("H", "主持人", [(3730, "最後，請兩位各用一句話形容對方。金博爾先來。")]),
    ("K", "金博爾", [(3736, "永遠不肯放棄的人。")]),
    ("H", "主持人", [(3739, "伊隆？")]),
    ("E", "伊隆", [(3740, "比我更懂得生活的人。")]),
    ("H", "主持人", [(3745, "謝謝兩位！今天的《黃昏創業談》就到這裡。")]),
]
check_no_adjacent([(s, None, [r[0][1]]) for s, l, r in T])


def rows():
    out = []
    for spk, label, rs in T:
        for i, (t, text) in enumerate(rs):
            who = label if i == 0 else ""
            cls = ' class="spk-elon"' if spk == "E" else (' class="spk-kimbal"' if spk == "K" else "")
            out.append(f'<tr{cls}><td class="tc">{rev(t)}</td><td class="sp">{who}</td><td>{text}</td></tr>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>馬斯克兄弟同台對談全文：從南非童年到「最難規模化的生意」｜數位前線 TechFrontline</title>
<meta name="description" content="伊隆·馬斯克與金博爾·馬斯克罕見同台，《黃昏創業談》對談逐字稿中譯全文。">
<meta property="og:site_name" content="數位前線 TechFrontline">
<meta property="article:section" content="人物專訪">
<link rel="stylesheet" href="https://www.techfrontline.tw/wp-content/themes/tf2023/style.css?ver=2.3.1">
<style>.tr-table{{width:100%;border-collapse:collapse;font-size:16px}} .tr-table td{{border-bottom:1px solid #e5e5e5;padding:8px 6px;vertical-align:top}} .tr-table td.tc{{color:#c0392b;white-space:nowrap;font-family:monospace}} .tr-table td.sp{{font-weight:bold;white-space:nowrap}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TF2023XYZ"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TF2023XYZ');</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="container"><a class="site-logo" href="https://www.techfrontline.tw/">數位前線 <small>TechFrontline</small></a>
<nav class="main-nav"><ul><li><a href="/category/news/">最新消息</a></li><li><a href="/category/ev/">電動車</a></li><li><a href="/category/space/">太空科技</a></li><li class="current"><a href="/category/people/">人物專訪</a></li><li><a href="/category/startup/">新創</a></li><li><a href="/podcast/">Podcast</a></li></ul></nav>
<div class="header-tools"><a href="/subscribe/">訂閱電子報</a> <a href="/login/">會員登入</a></div></div></header>
<main class="container site-main"><article class="post">
<div class="post-cat"><a href="/category/people/">人物專訪</a></div>
<h1 class="entry-title">馬斯克兄弟同台對談全文：從南非童年到「最難規模化的生意」</h1>
<div class="entry-meta">作者：<a href="/author/huang-yuting/">黃郁婷</a>　發布日期：2024 年 10 月 3 日　<span class="reading">閱讀時間約 6 分鐘</span></div>
<div class="entry-content">
<p>伊隆·馬斯克（Elon Musk）與弟弟金博爾·馬斯克（Kimbal Musk）鮮少一起公開受訪。兩人日前一同登上美國 Podcast 節目《黃昏創業談》（Founders at Dusk），聊起在南非的童年、第一家共同創辦的公司，以及金博爾轉向餐飲與農業的決定。</p>
<p>以下為《數位前線》整理的對談逐字稿中譯，時間碼對應節目音檔；為便於閱讀，略有刪節。</p>
<blockquote class="wp-block-quote"><p>「他證明了可以做得很好。這一點我很佩服。」</p><cite>伊隆·馬斯克談弟弟的餐飲事業</cite></blockquote>
<figure class="wp-block-table"><table class="tr-table">
<thead><tr><th>時間</th><th>講者</th><th>內容</th></tr></thead>
<tbody>
{rows()}
</tbody></table><figcaption>（翻譯：黃郁婷／審訂：林志豪）</figcaption></figure>
<p>延伸閱讀：<a href="/2024/09/starship-flight-5/">星艦第五次試飛：「筷子」成功夾住助推器</a>、<a href="/2024/08/kimbal-farm-tech/">金博爾·馬斯克的都市農場為何押注垂直栽培？</a></p>
</div>
<div class="entry-tags">標籤：<a href="/tag/elon-musk/" rel="tag">伊隆·馬斯克</a>、<a href="/tag/kimbal-musk/" rel="tag">金博爾·馬斯克</a>、<a href="/tag/podcast/" rel="tag">Podcast</a></div>
</article>
<section class="comments-area" id="comments"><h3>2 則留言</h3>
<ol class="comment-list">
<li class="comment"><div class="comment-author"><b>馬斯克迷_Taipei</b> <span class="says">說道：</span></div><div class="comment-meta">2024 年 10 月 3 日 下午 2:15</div>
<div class="comment-content"><p>最喜歡這段：<br>伊隆：對。<br>兄弟之間的默契真好 XD</p></div></li>
<li class="comment"><div class="comment-author"><b>阿德</b> <span class="says">說道：</span></div><div class="comment-meta">2024 年 10 月 4 日 上午 9:40</div>
<div class="comment-content"><p>「食物是最難規模化的生意」這句說得真好，做過餐飲的都懂。</p></div></li>
</ol>
<div id="respond"><h3>發佈留言</h3><form><textarea name="comment" placeholder="留言"></textarea><input type="submit" value="發佈留言"></form></div>
</section>
</main>
<aside class="sidebar container"><section class="widget"><h3 class="widget-title">熱門文章</h3><ul><li><a href="/2024/09/tesla-taiwan-supercharger/">特斯拉在台超充站突破百座</a></li><li><a href="/2024/09/robotaxi-explained/">Robotaxi 是什麼？一次看懂</a></li></ul></section></aside>
<footer class="site-footer"><div class="container"><p>© 2024 數位前線 TechFrontline 版權所有｜<a href="/privacy/">隱私權政策</a>｜<a href="/contact/">聯絡我們</a>｜<a href="/ads/">廣告合作</a></p></div></footer>
<script src="https://www.techfrontline.tw/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</body>
</html>
"""
    turns = [turn(rs[0][0], rs[0][1], zh=True) for spk, label, rs in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["主持人", "金博爾·馬斯克", "金博爾"],
                format="Traditional-Chinese (Taiwan) article with a table 時間 | 講者 | 內容; every row has its own mm:ss (h:mm:ss past an hour) time, continuation rows leave the speaker cell empty; labels 伊隆·馬斯克 then 伊隆, his brother 金博爾·馬斯克 then 金博爾.")
