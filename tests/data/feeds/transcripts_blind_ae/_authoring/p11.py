from lib import *

NAME = "ae11_victoriaharbourdaily-zhhk"
SHOW = "維港日報"
C, MM, AU = "CWS", "MAYE", "AUD"

turns = [
    T(C, "主持 陳穎詩", 8,
      "各位晚安，歡迎來到《一個女人的計劃》中文版新書分享會。今晚我們很榮幸請到作者梅耶·馬斯克女士。"),
    T(MM, "梅耶·馬斯克（Maye Musk）", 30,
      "大家好！這是我第三次來香港，每次都吃太多點心，今晚也不例外。"),
    T(C, "陳穎詩", 41,
      "書中提到你的三個孩子，今晚其中一位也會跟我們視像連線。我們看看畫面連上了沒有。"),
    T(EM, "伊隆·馬斯克（視像連線）", 63,
      "哈囉香港！抱歉我不能親自到場，我現在在德州的工廠，背景有點吵。"),
    T(MM, "梅耶", 75,
      "他每次都這樣說。他小時候跟我說過：「媽，我以後要去火星。」我當時以為他在開玩笑。"),
    T(EM, "馬斯克", 90,
      "我沒有開玩笑。只是時間比我想像中長了一點，火箭真的很難造。"),
    T(C, "陳穎詩", 98,
      "伊隆，你媽媽常說她是你最早的投資者，這是真的嗎？"),
    T(EM, "馬斯克", 104, "對。"),
    T(MM, "梅耶", 106, "而且我到現在還在等分紅！"),
    T(C, "陳穎詩", 1205, "現場有觀眾想提問，請把咪高峰遞給前排這位同學。"),
    T(AU, "觀眾", 1210, "伊隆你好，我是中學生。你覺得年輕人應該讀甚麼科目？"),
    T(EM, "馬斯克", 1218,
      "物理，或者任何教你從第一性原理思考的學科。",
      "還有，多讀歷史。歷史告訴你文明是怎樣興起，又是怎樣衰落的。"),
    T(MM, "梅耶", 1230, "還有營養學！"),
    T(EM, "馬斯克", 1233, "好吧，還有營養學。媽媽說了算。"),
    T(C, "陳穎詩", 2405, "時間差不多了。伊隆，最後有甚麼想對媽媽說？"),
    T(EM, "馬斯克", 2411,
      "生日快樂，雖然還有兩個星期。謝謝你一直相信我們幾兄妹，即使我們做的事情看起來很瘋狂。"),
    T(MM, "梅耶", 2420, "謝謝你，我愛你。"),
]


def tc(s):
    return "（%s）" % hms(s)


def render_turns():
    out = []
    for t in turns:
        n = len(t["paras"])
        for i, p in enumerate(t["paras"]):
            lab = '<b>%s：</b>' % t["label"] if i == 0 else ""
            time = ' <span class="tc">%s</span>' % tc(t["t"]) if i == n - 1 else ""
            out.append('<p>%s%s%s</p>' % (lab, p, time))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>梅耶·馬斯克香港新書會 伊隆視像連線：「我沒有開玩笑」｜維港日報</title>
<meta name="description" content="梅耶·馬斯克昨晚在灣仔出席新書分享會，其子伊隆·馬斯克透過視像連線與現場讀者交流。">
<meta property="og:site_name" content="維港日報">
<link rel="stylesheet" href="https://static.vhdaily.hk/assets/css/article.5d2e.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-VH2024"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-VH2024');</script>
</head>
<body class="article-page">
<header class="vh-header"><div class="vh-date">2024年11月17日 星期日</div><a class="vh-logo" href="https://www.vhdaily.hk/">維港日報</a>
<nav class="vh-nav"><a href="/news/local">港聞</a><a href="/news/china">兩岸</a><a href="/news/intl">國際</a><a href="/finance">財經</a><a href="/tech">科技</a><a class="on" href="/culture">文化</a><a href="/sport">體育</a></nav></header>
<main class="vh-main">
<article class="vh-article">
<div class="vh-cat">文化 ‧ 書展</div>
<h1>梅耶·馬斯克香港新書會　伊隆視像連線：「我沒有開玩笑」</h1>
<div class="vh-byline">記者 何卓琳 報道　｜　2024-11-17 06:00</div>
<figure><img src="https://static.vhdaily.hk/images/2024/11/maye-musk-wanchai.jpg" alt="梅耶·馬斯克在灣仔出席新書分享會"><figcaption>梅耶·馬斯克（右）與主持陳穎詩在分享會上。（何卓琳攝）</figcaption></figure>
<div class="vh-body">
<p>現年76歲的模特兒及營養師梅耶·馬斯克（Maye Musk）昨晚在灣仔會展出席自傳中文版分享會，吸引逾三百名讀者到場。其長子、特斯拉及SpaceX行政總裁伊隆·馬斯克（Elon Musk）透過視像連線短暫「現身」，與母親及讀者對答。</p>
<p>以下為活動對話節錄。伊隆·馬斯克以英語發言，由本報翻譯；括號內時間為該段發言在主辦單位活動錄影中的開始時間。</p>
<div class="vh-highlight"><h4>現場金句</h4><p>馬斯克：「我沒有開玩笑。」</p><p>梅耶：「而且我到現在還在等分紅！」</p></div>
%(TRANSCRIPT)s
<p>分享會歷時約四十五分鐘。主辦單位表示，《一個女人的計劃》中文版首印一萬冊，已於全港各大書店上架。</p>
</div>
<div class="vh-tags">標籤：<a href="/tag/梅耶馬斯克">梅耶馬斯克</a> <a href="/tag/馬斯克">馬斯克</a> <a href="/tag/書展">書展</a></div>
</article>
<aside class="vh-side"><h3>相關新聞</h3><ul><li><a href="/tech/20241110-xai-funding">馬斯克旗下xAI再融資　估值倍增</a></li><li><a href="/finance/20241112-tesla-hk">特斯拉香港交付量創新高</a></li><li><a href="/culture/20241102-book-fair">冬日書展下月揭幕　多位國際作家來港</a></li></ul>
<h3>熱門</h3><ol><li><a href="#">天文台：本周末氣溫回落至18度</a></li><li><a href="#">港鐵東鐵綫新車下月投入服務</a></li><li><a href="#">米芝蓮指南公布新一年星級食府</a></li></ol></aside>
<section class="vh-fbcomments"><h3>讀者留言</h3><div class="fb-comments" data-href="https://www.vhdaily.hk/culture/20241117-maye-musk" data-numposts="5"></div><noscript>請啟用JavaScript以查看留言。</noscript></section>
</main>
<footer class="vh-footer"><p><a href="/about">關於我們</a>　<a href="/contact">聯絡我們</a>　<a href="/ads">廣告查詢</a>　<a href="/privacy">私隱政策</a></p><p>© 2024 維港日報有限公司 版權所有　不得轉載</p></footer>
<script src="https://static.vhdaily.hk/assets/js/article.8f0b.js" defer></script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/zh_HK/sdk.js#xfbml=1&version=v19.0"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "Hong Kong newspaper article (traditional Chinese); each turn a <p> opening with a bold full-width-colon label (伊隆·馬斯克（視像連線） first, then 馬斯克) with the start time printed AFTER the turn's text as （hh:mm:ss） in full-width brackets.",
                 SHOW, gold_from(turns, "zh"), others_from(turns))
