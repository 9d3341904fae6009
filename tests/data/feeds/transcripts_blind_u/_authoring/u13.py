from common import *

NAME = "u13_hk_radio_trap"
SHOW = "港聲電台《科技朝早》"
FMT = ("Traditional-Chinese (Hong Kong) radio programme page: each paragraph is '［mm:ss］Name：text' with full-width "
       "brackets and colon; a played clip is introduced by a parenthesised stage note; a caller named Elon speaks. "
       "Elon Musk is discussed and quoted but never speaks.")

T = [
 ("00:05", "陳家俊", "各位早晨，歡迎收聽《科技朝早》，我係陳家俊。"),
 ("00:09", "梁詠詩", "我係梁詠詩。今日我哋會傾吓馬斯克上個禮拜喺股東大會講嘅嘢，仲有佢喺社交平台嗰篇關於機械人嘅帖文。"),
 ("00:21", "陳家俊", "馬斯克喺大會上面講過一句：「機械人將會係有史以來最大嘅產品。」呢句說話其實佢講咗好多年，不過今次佢畀咗一個時間表。"),
 ("00:40", "梁詠詩", "係，佢話明年會開始對外銷售。但係大家都知，佢嘅時間表通常都要打個折。"),
 ("01:02", "陳家俊", "我哋先聽一段錄音。因為版權問題，我哋用咗 AI 合成聲音讀出佢嗰篇帖文嘅中文翻譯。"),
 ("SD", None, "（播放片段：AI 合成聲音朗讀馬斯克帖文中譯）"),
 ("01:10", "AI 合成聲音", "「未來每個家庭都會有一個機械人，就好似今日每個家庭都有一部雪櫃咁普遍。」"),
 ("01:21", "梁詠詩", "好大嘅口氣。不過如果價錢真係去到兩三萬美金，其實同一部車差唔多。"),
 ("03:40", "陳家俊", "我哋開放電話畀聽眾。第一位聽眾，佢個名都叫 Elon，係咪呀？"),
 ("03:46", "Elon（聽眾，將軍澳）", "係呀，早晨！我真係叫 Elon，不過我同馬斯克冇關係㗎，哈哈。我做工程嘅，想問吓兩位覺得機械人最難做嘅係咩？"),
 ("03:58", "梁詠詩", "早晨 Elon！我覺得係隻手。馬斯克自己都講過：「隻手佔咗大部分嘅工程難度。」"),
 ("04:10", "Elon", "同意。我喺工廠做自動化，夾具同埋手指嘅耐用度真係好大問題。"),
 ("04:22", "陳家俊", "多謝你嘅來電，Elon。"),
 ("04:25", "Elon", "唔該晒，拜拜。"),
 ("08:15", "梁詠詩", "講返正經嘢。特斯拉話今年會喺工廠入面用幾千部機械人，不過全部都係內部使用。"),
 ("08:30", "陳家俊", "所以短期之內，香港人要買一部返屋企幫手執屋，應該都係發夢住先。"),
 ("08:38", "梁詠詩", "哈哈，係。今日個節目就到呢度，多謝大家收聽。"),
]

def build():
    g = Gold("zh")
    out, others = [], []
    for ts, lab, text in T:
        if lab is None:
            out.append('<p class="sd">%s</p>' % esc(text))
            continue
        out.append('<p><span class="tc">［%s］</span><b>%s</b>：%s</p>' % (ts, esc(lab), esc(text)))
        if lab not in others:
            others.append(lab)
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>科技朝早｜馬斯克嘅機械人時間表，信唔信得過？（節目文字稿）－ 港聲電台</title>
<meta name="description" content="《科技朝早》2025年6月19日節目重溫及文字稿：陳家俊、梁詠詩討論馬斯克股東大會上嘅機械人時間表，並接聽聽眾來電。">
<link rel="stylesheet" href="https://www.konsing-radio.example/static/css/programme.min.css?v=2025.06">
<style>
.transcript p{margin:.55em 0;line-height:1.85}.transcript .tc{color:#8a8a8a;font-family:monospace;margin-right:.3em}.transcript .sd{color:#666;font-style:italic}
.golden-quotes{background:#fdf3f3;border-left:5px solid #c62828;padding:10px 16px;margin:14px 0}
</style>
<script>var KSR = {programme:"tech-morning", episode:"20250619", audio:"https://media.konsing-radio.example/tm/20250619.mp3"};</script>
</head>
<body>
<div class="ksr-header">
  <a class="ksr-logo" href="https://www.konsing-radio.example/"><img src="https://www.konsing-radio.example/static/img/logo.png" alt="港聲電台"></a>
  <ul class="ksr-nav">
    <li><a href="https://www.konsing-radio.example/live/">直播</a></li>
    <li><a href="https://www.konsing-radio.example/programmes/" class="current">節目</a></li>
    <li><a href="https://www.konsing-radio.example/news/">新聞</a></li>
    <li><a href="https://www.konsing-radio.example/podcast/">Podcast</a></li>
    <li><a href="https://www.konsing-radio.example/app/">下載 App</a></li>
  </ul>
</div>
<div class="ksr-main">
<div class="programme-banner"><h2>科技朝早</h2><p>逢星期一至五 早上七時至八時｜主持：陳家俊、梁詠詩</p></div>
<div class="episode">
<h1>馬斯克嘅機械人時間表，信唔信得過？</h1>
<p class="ep-date">2025年6月19日（星期四）</p>
<div class="audio-player"><audio controls preload="none" src="https://media.konsing-radio.example/tm/20250619.mp3"></audio><span class="dur">節目長度：09:02</span></div>
<div class="golden-quotes">
<h3>本集金句</h3>
<p>馬斯克（引述）：「機械人將會係有史以來最大嘅產品。」</p>
<p>梁詠詩：「佢嘅時間表通常都要打個折。」</p>
<p>馬斯克帖文（AI 朗讀）：「未來每個家庭都會有一個機械人。」</p>
</div>
<div class="ep-intro">
<p>特斯拉行政總裁馬斯克上星期喺股東大會再次強調人形機械人嘅前景，仲話明年會開始對外銷售。兩位主持分析佢嘅時間表有幾可信，並接聽聽眾來電。本節目並無訪問馬斯克本人；節目中播放嘅片段為 AI 合成聲音朗讀其帖文之中文翻譯。</p>
</div>
<div class="transcript">
<h3>節目文字稿</h3>
{{T}}
<p class="sd">（節目完）</p>
</div>
<div class="ep-tags">標籤：<a href="https://www.konsing-radio.example/tag/馬斯克">#馬斯克</a> <a href="https://www.konsing-radio.example/tag/特斯拉">#特斯拉</a> <a href="https://www.konsing-radio.example/tag/機械人">#機械人</a></div>
</div>
<div class="listener-board">
<h3>聽眾留言</h3>
<ul>
<li><span class="who">馬斯克迷（沙田）</span>：馬斯克：「機械人將會係有史以來最大嘅產品。」我信！</li>
<li><span class="who">Elon Musk HK</span>：多謝主持介紹，我會繼續努力。（唔係本人，講笑咋）</li>
<li><span class="who">阿詩粉絲</span>：詠詩今日把聲好精神！</li>
</ul>
</div>
<div class="other-episodes"><h3>往期節目</h3><ul>
<li><a href="https://www.konsing-radio.example/programmes/tech-morning/20250618/">AI 晶片出口限制對香港有咩影響？</a></li>
<li><a href="https://www.konsing-radio.example/programmes/tech-morning/20250617/">電動車充電樁夠唔夠用？</a></li>
</ul></div>
</div>
<div class="ksr-footer"><p>© 2025 港聲電台 版權所有</p><p><a href="https://www.konsing-radio.example/privacy/">私隱政策</a>｜<a href="https://www.konsing-radio.example/terms/">使用條款</a></p></div>
<script src="https://www.konsing-radio.example/static/js/player.min.js" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
