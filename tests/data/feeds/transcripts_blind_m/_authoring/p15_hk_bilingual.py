from common import *

SHOW = "香港經緯"
g = Gold(SHOW, "Hong Kong news site (traditional Chinese) Q&A in a two-column <table>: Chinese translation cell with a bold "
         "full-width-colon label ('馬斯克（Elon Musk）：' then '馬斯克：', '記者：') and the English original cell "
         "('Elon Musk:' / 'Musk:' / 'Reporter:') side by side (one turn per row); the time is a '▶ mm:ss' video link "
         "(?t= seconds) printed AFTER the Chinese text, minutes running past 59; questions carry no time.", zh=True)

ZR, ER = "記者", "Reporter"
ZEF, ZE, EEF, EE = "馬斯克（Elon Musk）", "馬斯克", "Elon Musk", "Musk"
VID = "https://www.youtube.com/watch?v=hK7w2Pq9XcE"
# (is_elon, t, zh, en)
T = [
    (False, None, "多謝你接受《香港經緯》訪問。這是你第一次接受香港媒體專訪，對香港有甚麼印象？", "Thank you for speaking to us. This is your first interview with a Hong Kong outlet. What is your impression of the city?"),
    (True, 20, "多謝邀請。香港是我很喜歡的城市，密度高、效率高，而且大家走路都很快，我很欣賞。", "Thanks for having me. Hong Kong is one of my favourite cities: dense, efficient, and everyone walks fast. I appreciate that."),
    (False, None, "有讀者關心，星鏈在亞洲的服務會否因為政治壓力而「關掉」？", "Readers want to know whether Starlink service in Asia could be switched off because of political pressure."),
    (True, 185, "星鏈在任何地方運作，都必須遵守當地法律和取得牌照。我們不會在沒有牌照的地方提供服務，這是原則。至於「關掉」，那不是我們的做法，除非法律要求。", "For Starlink to operate anywhere, it has to follow local law and get a licence. We don't offer service where we aren't licensed. As for switching it off, that's not what we do, unless the law requires it."),
    (False, None, "中國電動車品牌近年在全球擴張得很快，你怎樣看這些競爭對手？", "Chinese EV brands have expanded rapidly around the world. How do you see these competitors?"),
    (True, 1062, "中國車企是全世界最有競爭力的。他們工作非常努力，而且很聰明。如果沒有貿易壁壘，他們會打敗大部分其他車企。", "The Chinese car companies are the most competitive in the world. They work very hard and they're very smart. Without trade barriers they would beat most other car companies."),
    (False, None, "所以你會擔心嗎？", "So are you worried?"),
    (True, 1110, "擔心。但競爭是好事，它逼我們做得更好。", "Yes. But competition is good, it forces us to be better."),
    (False, None, "你經常講人工智能的風險。你認為AI最重要的原則是甚麼？", "You often talk about the risks of AI. What do you think is the most important principle for it?"),
    (True, 2463, "我認為AI最重要的是追求真相，即使真相令人不舒服。一個被訓練去說謊的AI，是非常危險的。", "I think the most important thing for AI is to pursue the truth, even when the truth is uncomfortable. An AI trained to lie is very dangerous."),
    (False, None, "最後，有甚麼想對香港的年輕人說？", "Finally, anything you want to say to young people in Hong Kong?"),
    (True, 3910, "多讀物理，多動手做東西。不要怕失敗，失敗只是數據。香港有很多聰明的年輕人，我期待看到他們創業。", "Study physics and build things with your hands. Don't be afraid of failing, failure is just data. Hong Kong has a lot of smart young people and I look forward to seeing what they start."),
]

rows = []
first = True
for is_e, t, zh, en in T:
    if is_e:
        zl, el = (ZEF, EEF) if first else (ZE, EE)
        first = False
        g.elon(t, zh)
        ts = ' <a class="video-ts" href="%s&amp;t=%ds" target="_blank">▶ %s</a>' % (VID, t, mmss(t))
        cls = "ans"
    else:
        zl, el = ZR, ER
        g.other(zl)
        g.other(el)
        ts, cls = "", "q"
    rows.append('<tr class="%s"><td class="zh"><p><b>%s：</b>%s%s</p></td><td class="en"><p><b>%s:</b> %s</p></td></tr>'
                % (cls, esc(zl), esc(zh), ts, esc(el), esc(en)))

page = """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【專訪】馬斯克：星鏈不會隨便「關掉」　AI最重要是追求真相（中英對照）｜香港經緯</title>
<meta name="description" content="Tesla及SpaceX行政總裁馬斯克接受本報專訪，談星鏈、中國電動車與人工智能。全文中英對照，附影片時間點。">
<meta property="og:site_name" content="香港經緯 HK Jingwei">
<meta property="article:published_time" content="2024-09-21T07:00:00+08:00">
<link rel="stylesheet" href="https://www.hkjingwei.com/assets/css/article.1f9c.css">
<style>
 table.bilingual{width:100%;border-collapse:collapse;table-layout:fixed}
 table.bilingual td{vertical-align:top;padding:10px;border-bottom:1px solid #e5e5e5;font-size:17px;line-height:1.7}
 table.bilingual td.en{color:#555;font-size:15px;font-family:Georgia,serif}
 tr.q td{background:#f7f7f7}
 a.video-ts{font-size:13px;color:#b8002e;white-space:nowrap;text-decoration:none}
 .highlight-box{border:2px solid #b8002e;padding:12px 16px;margin:18px 0}
</style>
</head>
<body>
<header class="site-header">
  <div class="topbar"><a href="https://www.hkjingwei.com/">香港經緯</a> <span class="date">2024年9月21日 星期六</span> <a href="https://www.hkjingwei.com/subscribe">訂閱</a> <a href="https://www.hkjingwei.com/login">登入</a></div>
  <nav class="channels"><a href="https://www.hkjingwei.com/news/local">港聞</a><a href="https://www.hkjingwei.com/news/china">兩岸</a><a href="https://www.hkjingwei.com/news/intl">國際</a><a href="https://www.hkjingwei.com/finance">財經</a><a href="https://www.hkjingwei.com/tech">科技</a><a href="https://www.hkjingwei.com/interview">專訪</a></nav>
</header>
<main class="article-wrap">
<article>
  <p class="section"><a href="https://www.hkjingwei.com/interview">專訪</a> ｜ <a href="https://www.hkjingwei.com/tech">科技</a></p>
  <h1>【專訪】馬斯克：星鏈不會隨便「關掉」　AI最重要是追求真相（中英對照）</h1>
  <p class="byline">撰文：何卓琳　攝影：梁家浩　｜　2024-09-21 07:00</p>
  <figure><img src="https://www.hkjingwei.com/media/2024/09/musk-interview.jpg" alt="馬斯克接受本報專訪" width="960" height="540"><figcaption>馬斯克在視像訪問中回答本報提問。</figcaption></figure>
  <div class="highlight-box">
    <p><b>重點摘要</b></p>
    <ul>
      <li>馬斯克：星鏈只會在取得牌照的地方提供服務</li>
      <li>馬斯克：中國車企是全世界最有競爭力的</li>
      <li>馬斯克：AI最重要的原則是追求真相</li>
    </ul>
  </div>
  <p>編按：Tesla及SpaceX行政總裁馬斯克（Elon Musk）早前接受本報視像專訪，歷時約一小時。馬斯克曾表示：「失敗只是另一種數據。」今次訪問中，他再次提到這個說法。以下為訪問節錄，中文為本報翻譯，右欄為英文原文；點擊時間可跳到影片相應位置。</p>
  <div class="video-embed"><iframe src="https://www.youtube.com/embed/hK7w2Pq9XcE" width="960" height="540" title="馬斯克專訪影片" allowfullscreen></iframe></div>
  <table class="bilingual">
    <thead><tr><th>中文翻譯</th><th>English original</th></tr></thead>
    <tbody>
{{ROWS}}
    </tbody>
  </table>
  <p class="note">＊訪問內容經刪節及整理。</p>
  <div class="related"><h3>延伸閱讀</h3><ul><li><a href="https://www.hkjingwei.com/tech/20240915-starlink-asia">星鏈亞洲擴張　哪些地方已獲牌照？</a></li><li><a href="https://www.hkjingwei.com/finance/20240910-ev-price-war">電動車價格戰蔓延至東南亞</a></li></ul></div>
</article>
<aside class="sidebar"><h3>即時新聞</h3><ul><li><a href="https://www.hkjingwei.com/news/local/20240921-typhoon">天文台：八號風球機會不大</a></li><li><a href="https://www.hkjingwei.com/news/local/20240921-mtr">港鐵東涌綫延線進度更新</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 香港經緯 HK Jingwei Media Limited. 版權所有，不得轉載。</p><p><a href="https://www.hkjingwei.com/privacy">私隱政策</a>｜<a href="https://www.hkjingwei.com/terms">使用條款</a>｜<a href="https://www.hkjingwei.com/contact">聯絡我們</a></p></footer>
<script src="https://www.hkjingwei.com/assets/js/article.4b7e.js" defer></script>
</body>
</html>
""".replace("{{ROWS}}", "\n".join(rows))

write("m15_hkjingwei-bilingual", page, g)
