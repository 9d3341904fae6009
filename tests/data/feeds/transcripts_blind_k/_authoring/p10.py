"""k10 - Taiwan news site (traditional Chinese); table 發言者 | 中文 | 英文原文 | 時間 (time after the text); Maye Musk speaks."""
from common import *

NAME = "k10_xinshijie_tw_forum_table"
SHOW = "新視界新聞網"

LAB = {"E": ("伊隆·馬斯克", "馬斯克"), "M": ("梅伊·馬斯克", "梅伊"), "H": ("主持人", "主持人")}


def m(mm, ss):
    return mm * 60 + ss


def B(spk, t, zh, en):
    zh = zh if isinstance(zh, list) else [zh]
    en = en if isinstance(en, list) else [en]
    return {"spk": spk, "t": t, "paras": zh, "en": en}


TURNS = [
    B("H", m(0, 15), "歡迎各位來到2024台北未來教育論壇。今天我們非常榮幸邀請到梅伊·馬斯克女士來到現場，稍後她的兒子伊隆也會透過視訊加入。", []),
    B("M", m(0, 41), "謝謝大家。台北是我最喜歡的城市之一，每次來都吃太多。", "Thank you, everyone. Taipei is one of my favourite cities, and every time I come I eat too much."),
    B("H", m(3, 2), "我們聽說伊隆已經連線上了。伊隆，聽得到嗎？", "We hear Elon is on the line. Elon, can you hear us?"),
    B("E", m(3, 6), "聽得到，很清楚。嗨，媽媽。", "Yes, loud and clear. Hi, Mom."),
    B("M", m(3, 9), "嗨，親愛的。你有好好睡覺嗎？", "Hi, honey. Are you getting enough sleep?"),
    B("E", m(3, 12), "大概沒有。", "Probably not."),
    B("H", m(3, 20), "很多台灣家長想知道，您小時候是怎麼學習的？", "Many parents in Taiwan would like to know how you learned as a child."),
    B("E", m(3, 31), "我讀了很多書，幾乎什麼都讀，包括百科全書。我覺得最重要的是好奇心，而不是成績。", "I read a lot of books, almost everything, including the encyclopedia. I think the most important thing is curiosity, not grades."),
    B("M", m(3, 52), "他說的是真的，我們家的百科全書都被他翻爛了。他小時候常說：「我想知道事情為什麼是這樣。」", "It’s true, he wore out our encyclopedias. When he was little he used to say, “I want to know why things are the way they are.”"),
    B("H", m(4, 15), "您會給台灣的學生什麼建議？", "What advice would you give students in Taiwan?"),
    B("E", m(4, 22), ["去做東西。寫程式、做模型、參加比賽。從失敗中學到的東西，比從課本裡學到的多得多。", "還有，要把物理學好。物理是理解世界最好的工具。"],
      ["Build things. Write code, build models, enter competitions. You learn far more from failing than from a textbook.", "And learn physics well. Physics is the best tool for understanding the world."]),
    B("H", m(5, 40), "最後，請兩位各用一句話送給台灣的年輕人。", []),
    B("M", m(5, 49), "永遠不要停止學習，也不要害怕重新開始。", "Never stop learning, and never be afraid to start again."),
    B("E", m(5, 57), "對未來保持樂觀。樂觀地錯了，比悲觀地對了更好。", "Be optimistic about the future. It is better to be optimistic and wrong than pessimistic and right."),
    B("H", m(6, 10), "謝謝伊隆，謝謝梅伊！", []),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        zh = "<br>".join(esc(p) for p in t["paras"])
        en = "<br>".join(esc(p) for p in t["en"]) if t["en"] else "—"
        out.append('<tr><th scope="row">%s</th><td class="zh">%s</td><td class="en" lang="en">%s</td><td class="tc"><a href="https://video.xinshijie.com.tw/v/forum2024?t=%d">%s</a></td></tr>'
                   % (esc(lab), zh, en, t["t"], mmss_over(t["t"])))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>梅伊與伊隆·馬斯克母子同台　視訊連線談教育：「樂觀地錯了，比悲觀地對了更好」 | 國際 | 新視界新聞網</title>
<meta name="description" content="2024台北未來教育論壇，梅伊·馬斯克親臨現場，伊隆·馬斯克透過視訊連線，母子談閱讀、好奇心與失敗。附中英對照逐字稿。">
<meta property="og:site_name" content="新視界新聞網">
<meta property="og:locale" content="zh_TW">
<link rel="canonical" href="https://www.xinshijie.com.tw/news/intl/20240923/4480217">
<link rel="stylesheet" href="https://static.xinshijie.com.tw/css/news.min.css?v=240901">
<style>.transcript-table{border-collapse:collapse;width:100%%}.transcript-table th,.transcript-table td{border-bottom:1px solid #e5e5e5;padding:8px;vertical-align:top}.transcript-table td.en{color:#666;font-size:14px}.transcript-table td.tc{white-space:nowrap;font-family:monospace}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"梅伊與伊隆·馬斯克母子同台　視訊連線談教育","datePublished":"2024-09-23T14:20:00+08:00","author":{"@type":"Person","name":"陳怡君"}}</script>
</head>
<body class="news-page">
<header id="header">
  <div class="topbar"><a class="logo" href="https://www.xinshijie.com.tw/">新視界新聞網</a><span class="date">2024年9月23日 星期一</span><a class="member" href="/member/login">會員登入</a></div>
  <nav class="mainnav"><ul><li><a href="/news/realtime">即時</a></li><li><a href="/news/politics">政治</a></li><li><a href="/news/society">社會</a></li><li class="active"><a href="/news/intl">國際</a></li><li><a href="/news/finance">財經</a></li><li><a href="/news/tech">科技</a></li><li><a href="/news/life">生活</a></li><li><a href="/news/edu">教育</a></li><li><a href="/video">影音</a></li></ul></nav>
</header>
<main id="main" class="container">
  <article class="article">
    <div class="breadcrumb"><a href="/">首頁</a> › <a href="/news/intl">國際</a></div>
    <h1>梅伊與伊隆·馬斯克母子同台　視訊連線談教育：「樂觀地錯了，比悲觀地對了更好」</h1>
    <div class="article-meta"><span class="reporter">記者陳怡君／台北報導</span> <time datetime="2024-09-23T14:20:00+08:00">2024/09/23 14:20</time> <span class="share"><a href="#">分享</a> <a href="#">複製連結</a></span></div>
    <figure><img src="https://static.xinshijie.com.tw/img/2024/09/23/forum-maye.jpg" alt="梅伊·馬斯克在論壇現場" width="960" height="540"><figcaption>梅伊·馬斯克今（23）日出席2024台北未來教育論壇。（記者陳怡君攝）</figcaption></figure>
    <div class="article-body">
      <p>2024台北未來教育論壇今（23）日登場，知名模特兒、營養師梅伊·馬斯克（Maye Musk）親臨現場，其子、特斯拉與SpaceX執行長伊隆·馬斯克（Elon Musk）則透過視訊連線參與，母子隔空對談閱讀、好奇心與失敗。</p>
      <p>梅伊·馬斯克受訪時透露，兒子小時候「把家裡的百科全書都翻爛了」。她說，伊隆常對她說：「我想知道事情為什麼是這樣。」</p>
      <div class="key-points"><h2>重點摘要</h2><ul><li>馬斯克：最重要的是好奇心，而不是成績。</li><li>梅伊：永遠不要停止學習。</li><li>馬斯克建議台灣學生「去做東西」，並把物理學好。</li></ul></div>
      <h2>對談逐字稿（中英對照）</h2>
      <p class="note">以下逐字稿由本網整理，英文原文為現場發言，中文為本網翻譯；主持人以中文發言。最右欄為影片時間碼，點擊可跳至該段落。</p>
      <table class="transcript-table">
        <thead><tr><th>發言者</th><th>中文</th><th>英文原文</th><th>時間</th></tr></thead>
        <tbody>
%s
        </tbody>
      </table>
      <p class="editor">責任編輯：林宗翰</p>
    </div>
    <div class="tags"><a href="/tag/馬斯克">#馬斯克</a> <a href="/tag/梅伊馬斯克">#梅伊馬斯克</a> <a href="/tag/教育">#教育</a></div>
  </article>
  <section class="extended"><h2>延伸閱讀</h2><ul><li><a href="/news/tech/20240915/4471102">星鏈在台申請進度　數發部：依法審查</a></li><li><a href="/news/edu/20240920/4477381">108課綱實作課程　學生：比考試有趣</a></li></ul></section>
  <section class="comments"><h2>留言（23）</h2>
    <div class="cmt"><b class="cmt-name">馬斯克迷</b><p>馬斯克：「大概沒有。」笑死，媽媽問有沒有好好睡覺</p></div>
    <div class="cmt"><b class="cmt-name">小馬斯克</b><p>梅伊本人真的好優雅，現場氣氛很好。</p></div>
  </section>
</main>
<footer id="footer"><p>新視界新聞網 版權所有 &copy; 2024 Xinshijie Media Co., Ltd. All Rights Reserved.</p><p><a href="/about">關於我們</a>｜<a href="/privacy">隱私權政策</a>｜<a href="/contact">聯絡我們</a></p></footer>
<script src="https://static.xinshijie.com.tw/js/news.min.js?v=240901" defer></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Traditional-Chinese news article with a transcript table 發言者 | 中文 | 英文原文 | 時間: speaker in a row header ('伊隆·馬斯克' first, then '馬斯克'), Chinese translation and English original side by side (one turn), and the mm:ss time printed after the text in the last column.",
                 SHOW, gold_turns(TURNS, zh=True), ["主持人", "梅伊·馬斯克", "梅伊"])
