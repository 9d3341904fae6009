"""ac05: Taiwan news site (traditional Chinese), press-conference transcript with interpreter; [m:ss] and [h:mm:ss] mixed."""
from common import gold_from, hms_loose, gold

NAME = "ac05_shuweiqianxian"
SHOW = "2025亞太電動車與能源論壇"

LBL = {"H": "主持人", "E": "馬斯克", "I": "口譯", "R1": "記者（科技日報）", "R2": "記者（財經新週刊）"}

T = [
    ("H", 3520, ["各位媒體朋友午安，接下來是今天論壇的視訊連線記者會。我們非常榮幸邀請到特斯拉執行長馬斯克先生。Mr. Musk, welcome."]),
    ("E", 3531, ["Thank you. It&#39;s great to be here, even if it&#39;s only on a screen. I have a lot of respect for the engineering talent in Taiwan."]),
    ("I", 3540, ["謝謝。很高興來到這裡，雖然只是透過螢幕。我對台灣的工程人才非常尊敬。"]),
    ("R1", 3552, ["馬斯克先生您好。想請問，台灣的供應鏈在特斯拉的下一代車款中會扮演什麼角色？"]),
    ("I", 3561, ["Hello, Mr. Musk. What role will Taiwan&#39;s supply chain play in Tesla&#39;s next-generation vehicles?"]),
    ("E", 3568, ["A very important one. A lot of the electronics, the connectors, the precision parts, the chips obviously, come from partners here. That&#39;s not going to change.",
                 "What will change is the volume. If the new platform works the way we expect, the volume goes up a lot, so our partners need to be ready to scale with us."]),
    ("I", 3601, ["非常重要。很多電子零件、連接器、精密零組件，當然還有晶片，都來自這裡的合作夥伴，這一點不會改變。會改變的是量。如果新平台如我們預期運作，量會大幅增加，所以合作夥伴必須準備好跟我們一起擴產。"]),
    ("R2", 3630, ["馬斯克先生，您去年曾說「明年就會有無人駕駛計程車上路」，但目前還沒有在亞洲推出。請問時間表是什麼？"]),
    ("I", 3642, ["Mr. Musk, last year you said, &quot;Next year there will be driverless taxis on the road,&quot; but they haven&#39;t launched in Asia yet. What is the timeline?"]),
    ("E", 3651, ["Fair question. I did say that. The technology is working in a few US cities now, but every market has its own regulators, and we have to earn approval one place at a time."]),
    ("I", 3668, ["這是個合理的問題，我確實說過。這項技術目前在美國幾個城市已經運作，但每個市場都有自己的主管機關，我們必須一個地方一個地方取得核准。"]),
    ("R2", 3683, ["所以台灣有在規劃中嗎？"]),
    ("I", 3686, ["So is Taiwan in the plan?"]),
    ("E", 3688, ["Yes."]),
    ("I", 3689, ["有。"]),
    ("H", 3692, ["時間的關係，最後一個問題。"]),
    ("R1", 3696, ["請問您對台灣的年輕工程師有什麼建議？"]),
    ("I", 3700, ["What advice do you have for young engineers in Taiwan?"]),
    ("E", 3704, ["Work on something you find genuinely interesting, and learn the physics, not just the tools. Tools change every few years. Physics doesn&#39;t."]),
    ("I", 3716, ["去做你真心覺得有趣的事，而且要學物理，不是只學工具。工具每幾年就會換，物理不會。"]),
    ("H", 3727, ["謝謝馬斯克先生，也謝謝口譯老師。今天的記者會到此結束。"]),
    ("E", 3734, ["Thank you, everyone."]),
]


def render():
    out = []
    for spk, t, paras in T:
        out.append('<p class="tr"><span class="tc">[%s]</span> <strong>%s：</strong>%s</p>' % (hms_loose(t), LBL[spk], paras[0]))
        for p in paras[1:]:
            out.append('<p class="tr tr-cont">%s</p>' % p)
    return "\n".join(out)


def build():
    turns = gold_from(T)
    page = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【逐字稿】馬斯克視訊連線亞太電動車論壇：談台灣供應鏈、無人計程車時程 | 數位前線</title>
<meta name="description" content="特斯拉執行長馬斯克今日以視訊方式出席2025亞太電動車與能源論壇記者會，數位前線整理記者會逐字稿。">
<meta property="og:site_name" content="數位前線 DigiFront">
<link rel="stylesheet" href="https://www.digifront.tw/static/css/main.css?v=5.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DF00000000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DF00000000');</script>
</head>
<body class="page-article">
<header class="site-header">
<div class="container"><a class="brand" href="/">數位前線 <small>DigiFront</small></a>
<nav class="gnav"><a href="/category/ev">電動車</a><a href="/category/semi">半導體</a><a href="/category/ai">AI</a><a href="/category/startup">新創</a><a href="/category/transcript" class="current">逐字稿</a><a href="/member">會員專區</a></nav></div>
</header>
<main class="container">
<article class="post">
<div class="post-cat"><a href="/category/transcript">逐字稿</a> / <a href="/category/ev">電動車</a></div>
<h1 class="post-title">【逐字稿】馬斯克視訊連線亞太電動車論壇：談台灣供應鏈、無人計程車時程</h1>
<div class="post-meta">〔記者陳彥廷／台北報導〕2025年10月22日 16:40 &nbsp;｜&nbsp; 閱讀時間約 6 分鐘</div>
<div class="post-body">
<p>特斯拉執行長馬斯克（Elon Musk）今（22）日以視訊方式出席在台北舉行的「2025亞太電動車與能源論壇」記者會。馬斯克強調，台灣供應鏈在下一代平台中「非常重要」，但對無人駕駛計程車何時在台上路，僅以一個字回答。</p>
<p>以下為記者會逐字稿，時間碼依論壇官方直播影片標示。馬斯克以英語發言，現場由口譯即席翻譯，英文部分保留原文。</p>
<div class="box-highlight"><h3>重點整理</h3><ul>
<li>馬斯克：台灣供應鏈「非常重要」，新平台量產後需求將大增。</li>
<li>無人計程車：各市場需逐一取得主管機關核准。</li>
<li>給年輕工程師：「工具每幾年就會換，物理不會。」</li></ul></div>
<h2>記者會逐字稿</h2>
<div class="transcript">
{tx}
</div>
<p class="post-note">（本逐字稿由數位前線編輯部整理，口譯內容以現場口譯為準，未經發言者審閱。）</p>
<div class="post-tags">標籤：<a href="/tag/musk">馬斯克</a> <a href="/tag/tesla">特斯拉</a> <a href="/tag/robotaxi">無人計程車</a> <a href="/tag/supplychain">供應鏈</a></div>
</div>
</article>
<section class="more"><h2>延伸閱讀</h2><ul>
<li><a href="/2025/10/21/ev-forum-preview">亞太電動車論壇登場 三大看點一次看</a></li>
<li><a href="/2025/10/15/taiwan-ev-parts">台灣電動車零組件出口創新高</a></li>
<li><a href="/2025/10/02/robotaxi-explainer">無人計程車是什麼？一篇看懂</a></li></ul></section>
</main>
<footer class="site-footer"><div class="container"><p>數位前線 DigiFront ｜ 關於我們 ｜ 廣告刊登 ｜ 隱私權政策</p><p>Copyright &copy; 2025 DigiFront Media. All rights reserved.</p></div></footer>
<script src="https://www.digifront.tw/static/js/main.js?v=5.2.1" defer></script>
</body>
</html>
""".format(tx=render())
    g = gold("Traditional-Chinese news transcript: one paragraph per turn as '[m:ss] or [h:mm:ss] then bold label with full-width colon', times switch from mm:ss to h:mm:ss past the hour; his English turns are each followed by a separate interpreter (口譯) turn.",
             SHOW, turns, ["主持人", "口譯", "記者（科技日報）", "記者（財經新週刊）"])
    return NAME, page, g
