from common import *

NAME = "u12_guigu_yetan_tw"
SHOW = "矽谷夜談"
FMT = ("Traditional-Chinese (Taiwan) podcast page: bilingual table 時間 | 發言者 | English | 中文 with times in full-width "
       "parentheses （mm:ss） or （h:mm:ss）; a long turn spans several rows through a rowspan speaker cell, each row with its "
       "own time (turn starts at the first); English original and Chinese translation of a row are one turn; labels "
       "伊隆·馬斯克（Elon Musk） first, then 馬斯克, later Elon.")

V, E = "V", "E"
# (speaker, label, [(time, en, zh), ...])
T = [
 (V, "主持人 Vivian", [("00:08", "Welcome to Silicon Valley Nights. Today we have a very special guest. Elon, thank you for joining us.", "歡迎收聽《矽谷夜談》。今天我們有一位非常特別的來賓。Elon，謝謝你接受訪問。")]),
 (E, "伊隆·馬斯克（Elon Musk）", [("00:15", "Thanks for having me. I\u2019ve heard a lot of good things about Taiwan\u2019s engineers.", "謝謝邀請。我聽過很多關於台灣工程師的好話。")]),
 (V, "Vivian", [("00:22", "Let\u2019s start with chips. How important is Taiwan for Tesla\u2019s AI plans?", "我們先從晶片談起。台灣對特斯拉的 AI 計畫有多重要？")]),
 (E, "馬斯克", [("00:29", "Extremely important. The most advanced chips in the world are made here, and that\u2019s not going to change quickly.", "極其重要。全世界最先進的晶片都是在這裡製造的，這一點短期內不會改變。"),
              ("00:41", "We\u2019re building our own training computers, but they still depend on chips fabricated in Taiwan.", "我們正在打造自己的訓練電腦，但它們仍然仰賴在台灣製造的晶片。")]),
 (V, "Vivian", [("01:02", "Do you worry about that dependency?", "你會擔心這種依賴嗎？")]),
 (E, "馬斯克", [("01:05", "Yes.", "會。")]),
 (V, "Vivian", [("01:07", "Why?", "為什麼？")]),
 (E, "馬斯克", [("01:08", "Because any single point of failure in a supply chain is a risk. That\u2019s just engineering.", "因為供應鏈中任何單一故障點都是風險，這只是工程常識。")]),
 (V, "Vivian", [("14:30", "You once said, \u201cThe biggest risk is AI that isn\u2019t aligned with humanity.\u201d Do you still believe that?", "你曾說過：「最大的風險是與人類目標不一致的 AI。」你現在還這麼認為嗎？")]),
 (E, "馬斯克", [("14:41", "I think the risk is real, but I\u2019m more optimistic than I was a few years ago.", "我認為風險是真實存在的，但我比幾年前樂觀。"),
              ("14:58", "The most important thing is that the AI is maximally truth-seeking. If you train it to say things it doesn\u2019t believe, that\u2019s where it gets dangerous.", "最重要的是讓 AI 最大限度地追求真相。如果你訓練它說出它自己都不相信的話，那才是危險的開始。"),
              ("15:20", "So I\u2019m cautiously optimistic. Cautiously.", "所以我是謹慎樂觀。謹慎地。")]),
 (V, "Vivian", [("58:40", "Last question: any advice for young Taiwanese engineers?", "最後一個問題：對台灣的年輕工程師有什麼建議？")]),
 (E, "Elon", [("58:46", "Work on hard problems, and don\u2019t be afraid to move. The best engineers go where the hardest problems are.", "去解決困難的問題，也不要害怕離開舒適圈。最好的工程師都會去最難的問題所在之處。")]),
 (V, "Vivian", [("1:00:02", "Thank you so much, Elon.", "非常謝謝你，Elon。")]),
 (E, "Elon", [("1:00:05", "Thank you. \u8b1d\u8b1d.", "謝謝。")]),
]

def build():
    g = Gold("en")
    rows = []
    others = []
    for spk, lab, items in T:
        n = len(items)
        for i, (ts, en, zh) in enumerate(items):
            cells = ['<td class="t">（%s）</td>' % ts]
            if i == 0:
                cells.append('<td class="spk%s"%s>%s</td>' % (" spk-guest" if spk == E else "", ' rowspan="%d"' % n if n > 1 else "", lab))
            cells.append('<td class="en" lang="en">%s</td>' % esc(en))
            cells.append('<td class="zh">%s</td>' % esc(zh))
            rows.append("<tr>%s</tr>" % "".join(cells))
            if i == 0 and spk == E:
                g.add(secs(ts), esc(en))
        if spk != E and lab not in others:
            others.append(lab)
    page = TEMPLATE.replace("{{ROWS}}", "\n".join(rows))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EP147｜專訪伊隆·馬斯克：晶片、AI 風險與給台灣工程師的建議（中英對照逐字稿）－ 矽谷夜談 Podcast</title>
<meta name="description" content="矽谷夜談第147集，主持人 Vivian 專訪伊隆·馬斯克。本頁提供中英對照逐字稿與時間軸。">
<meta property="og:locale" content="zh_TW">
<link rel="stylesheet" href="https://www.guiguyetan.example/assets/css/style.css?v=3.2.0">
<style>
table.bilingual{width:100%;border-collapse:collapse;font-size:15px}table.bilingual th,table.bilingual td{border:1px solid #e3e3e3;padding:8px;vertical-align:top}
td.t{white-space:nowrap;color:#888;font-family:monospace}td.spk{font-weight:700;white-space:nowrap}td.spk-guest{color:#b5341c}td.en{color:#555;width:42%}
.highlight-box{border:2px solid #f2c94c;background:#fffbea;padding:12px 16px;border-radius:6px;margin:16px 0}
</style>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-GYT147"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-GYT147');</script>
</head>
<body class="episode-template">
<header class="site-header">
  <div class="container">
    <a class="brand" href="https://www.guiguyetan.example/"><img src="https://www.guiguyetan.example/assets/img/logo.png" alt="矽谷夜談 Podcast" height="40"></a>
    <nav class="site-nav" aria-label="主選單"><ul>
      <li><a href="https://www.guiguyetan.example/">首頁</a></li>
      <li><a href="https://www.guiguyetan.example/episodes/" aria-current="page">節目列表</a></li>
      <li><a href="https://www.guiguyetan.example/transcripts/">逐字稿</a></li>
      <li><a href="https://www.guiguyetan.example/subscribe/">訂閱</a></li>
      <li><a href="https://www.guiguyetan.example/support/">贊助我們</a></li>
    </ul></nav>
  </div>
</header>
<main class="container">
<article class="episode">
<p class="ep-number">EP147</p>
<h1>專訪伊隆·馬斯克：晶片、AI 風險與給台灣工程師的建議（中英對照逐字稿）</h1>
<p class="ep-meta"><time datetime="2025-04-20">2025 年 4 月 20 日</time>・1 小時 01 分・主持人：Vivian 林芷瑄</p>
<div class="player-embed"><iframe title="SoundOn 播放器" src="https://player.soundon.example/embed/?podcast=gyt&amp;episode=147" width="100%" height="140" loading="lazy"></iframe></div>
<section class="show-notes">
<h2>節目簡介</h2>
<p>這一集我們非常榮幸邀請到伊隆·馬斯克（Elon Musk）。訪談以英文進行，我們整理了中英對照的逐字稿，方便大家對照原文。時間軸對應 Podcast 音檔。</p>
<div class="highlight-box">
<h3>本集重點</h3>
<ul>
<li>（00:29）馬斯克：「全世界最先進的晶片都是在這裡製造的。」</li>
<li>（01:08）馬斯克：「供應鏈中任何單一故障點都是風險。」</li>
<li>（14:41）AI 風險：從悲觀到「謹慎樂觀」</li>
<li>（58:46）給台灣年輕工程師的建議</li>
</ul>
</div>
<p>本集由「晶點科技」贊助播出。想收到每週新集數通知，歡迎訂閱電子報。</p>
</section>
<section class="transcript" id="transcript">
<h2>逐字稿（中英對照）</h2>
<p class="note">※ 英文為訪談原文，中文為本節目團隊翻譯。若有出入，以英文原文為準。</p>
<table class="bilingual">
<thead><tr><th scope="col">時間</th><th scope="col">發言者</th><th scope="col">English</th><th scope="col">中文</th></tr></thead>
<tbody>
{{ROWS}}
</tbody>
</table>
</section>
<section class="comments" id="comments">
<h2>留言（57）</h2>
<ul class="comment-list">
<li><p class="c-name">馬斯克粉絲團｜台中分團</p><p class="c-text">（01:05）馬斯克：「會。」這個停頓很有味道 😂</p></li>
<li><p class="c-name">Elon Musk 台灣後援會</p><p class="c-text">Thank you. 謝謝. 聽到他講謝謝好感動！</p></li>
<li><p class="c-name">工程師阿凱</p><p class="c-text">單一故障點那段說得很實在，做硬體的人都懂。</p></li>
</ul>
</section>
</article>
<aside class="related"><h2>你可能也喜歡</h2><ul>
<li><a href="https://www.guiguyetan.example/episodes/146/">EP146｜先進封裝是什麼？一集搞懂 CoWoS</a></li>
<li><a href="https://www.guiguyetan.example/episodes/145/">EP145｜人形機器人的關節與減速機</a></li>
</ul></aside>
</main>
<footer class="site-footer"><p>© 2025 矽谷夜談 Podcast｜台北市</p><p><a href="https://www.guiguyetan.example/privacy/">隱私權政策</a>｜<a href="https://www.guiguyetan.example/contact/">聯絡我們</a></p></footer>
<script src="https://www.guiguyetan.example/assets/js/main.js?v=3.2.0" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
