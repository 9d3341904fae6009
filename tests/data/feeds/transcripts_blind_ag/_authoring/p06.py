from lib import *

NAME = "ag06_yuanwang-kimbal-zh-tw"
SHOW = "遠望週刊"
FMT = ("Traditional-Chinese magazine Q&A with Kimbal Musk; paragraphs labelled '問：' and '金博爾·馬斯克：'/'金博爾：' "
       "with full-width colons, no timestamps; Elon Musk is only quoted and never speaks.")

Q, K1, K = "問", "金博爾·馬斯克", "金博爾"
T = [
 (Q, "你這次來台北，是為了農業論壇。很多讀者更想知道：你和哥哥伊隆平常聊什麼？"),
 (K1, "大部分時候聊吃的。真的。他會問我餐廳的事，我會問他火箭的事，然後我們都假裝聽懂了對方。"),
 (Q, "據說馬斯克曾說過「我弟弟是家裡唯一正常的人」，你同意嗎？"),
 (K, "哈哈，他確實這樣說過。我記得他的原話是：「金博爾負責讓大家吃飽，我負責讓大家離開地球。」我覺得這很公平。"),
 (Q, "你們小時候在南非的生活，對你們影響大嗎？"),
 (K, "很大。伊隆那時候就已經整天在看書，媽媽常說他是「天才男孩」。我比較喜歡往外跑，去市場、去廚房。"),
 (Q, "你對台灣的都市農業有什麼看法？"),
 (K, "非常有潛力。屋頂、空地、學校，都可以種菜。我今天早上去了一個社區菜園，番茄比我在美國吃到的還好吃。"),
 (Q, "最後，有沒有什麼話想透過我們轉告你哥哥？"),
 (K, "叫他多睡一點。不過他不會聽的。"),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, text in T:
        g.other(who)
        cls = "q" if who == Q else "a"
        out.append('<p class="%s"><strong>%s：</strong>%s</p>' % (cls, who, esc(text)))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>專訪金博爾·馬斯克：「我負責讓大家吃飽，哥哥負責讓大家離開地球」｜遠望週刊</title>
<meta property="og:title" content="專訪金博爾·馬斯克">
<meta property="og:description" content="馬斯克：「我弟弟是家裡唯一正常的人」">
<link rel="stylesheet" href="https://www.yuanwang-weekly.com.tw/assets/css/main.min.css?v=20250610">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-YW2025TW"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-YW2025TW');</script>
</head>
<body class="page-article">
<header class="yw-header"><a class="yw-logo" href="/">遠望週刊</a>
<nav><a href="/politics">政治</a><a href="/finance">財經</a><a href="/tech">科技</a><a href="/life">生活</a><a href="/international">國際</a><a href="/subscribe" class="sub-btn">訂閱</a></nav></header>
<main class="yw-main">
<article>
<div class="breadcrumb"><a href="/">首頁</a> › <a href="/tech">科技</a> › 人物專訪</div>
<h1>專訪金博爾·馬斯克：「我負責讓大家吃飽，哥哥負責讓大家離開地球」</h1>
<div class="meta">文／林書妤　攝影／陳冠廷　<time datetime="2025-06-12">2025.06.12</time></div>
<figure><img src="https://img.yuanwang-weekly.com.tw/2025/06/kimbal.jpg" alt="金博爾·馬斯克"><figcaption>金博爾·馬斯克（Kimbal Musk）在台北接受本刊專訪。</figcaption></figure>
<div class="lead"><p>他是特斯拉董事、餐飲創業家，也是伊隆·馬斯克的弟弟。趁著來台出席都市農業論壇，金博爾·馬斯克接受本刊專訪，聊哥哥、聊童年，也聊屋頂上的番茄。伊隆·馬斯克本人並未參與本次訪談。</p></div>
<blockquote class="highlight">馬斯克：「我弟弟是家裡唯一正常的人。」（引自金博爾轉述）</blockquote>
<div class="article-body">
%s
</div>
<p class="note">（本文經受訪者確認，內容有刪節。）</p>
</article>
<section class="comments"><h3>讀者留言</h3>
<div class="c"><b class="author">馬斯克迷</b><span class="t">2025-06-12 21:04</span><p>「叫他多睡一點」笑死，兄弟感情真好。</p></div>
<div class="c reply"><b class="author">Elon_Musk_TW</b><span class="t">2025-06-12 22:17</span><p>回覆 馬斯克迷：馬斯克：「我負責讓大家離開地球」這句太帥了！</p></div>
<div class="c"><b class="author">伊隆</b><span class="t">2025-06-13 08:30</span><p>同名路過，番茄那段想去看看是哪個社區菜園。</p></div>
</section>
<aside class="yw-sidebar"><h4>熱門排行</h4><ol><li><a href="/a/1">半導體新廠動土</a></li><li><a href="/a/2">梅雨季何時結束？</a></li><li><a href="/a/3">梅伊·馬斯克新書在台出版</a></li></ol></aside>
</main>
<footer class="yw-footer"><p>遠望週刊 版權所有 &copy; 2025 Yuanwang Weekly. All Rights Reserved.</p><p>台北市中山區南京東路二段 1 號</p></footer>
</body>
</html>
""" % body
    write(NAME, page, g)
