from common import *

NAME = "l16_tw-forum-bilingual"
# (label, t, zh lines, en original or None)
rows = [
 ("Dan", 724, ["所以你對台灣的供應鏈怎麼看？很多人說你們離不開台灣。"], None),
 ("Elon", 731, ["台灣的工程師非常優秀，製造能力也是世界頂尖，這點毫無疑問。", "我們很多關鍵零件都來自台灣，晶片只是其中一部分。"],
  "Taiwan's engineers are excellent and the manufacturing is world class, no question. A lot of our critical parts come from Taiwan, chips are just one piece."),
 ("Dan", 768, ["但這也是一種風險吧？"], None),
 ("Elon", 771, ["對，這確實是風險。"], "Yes, it is."),
 ("Elon", None, None, None),  # placeholder removed below
 ("Dan", 773, ["那你們會分散嗎？"], None),
 ("Elon", 776, ["我們會分散一部分，但不可能完全分散。有些東西只有在那裡做得出來，至少未來幾年是這樣。"],
  "We'll diversify some, but you can't fully diversify. Some things can only be made there, at least for the next few years."),
 ("Dan", 1515, ["聊聊機器人吧。人形機器人什麼時候能量產？"], None),
 ("Elon", 1522, ["我希望明年開始小量生產，先在我們自己的工廠裡用。", "真正大量生產的話，可能要再晚一兩年。機器人的手是最難的部分。"],
  "I hope we start low-volume production next year, first using them in our own factories. Real volume is maybe a year or two later. The hand is the hardest part."),
 ("Dan", 1560, ["手？"], None),
 ("Elon", 1562, ["手。人的手有二十多個自由度，要做得又靈活又耐用，非常難。"],
  "The hand. A human hand has over twenty degrees of freedom, and making one that's both dexterous and durable is really hard."),
 ("Dan", 3721, ["最後，有什麼話想對台灣的工程師說？"], None),
 ("Elon", 3726, ["歡迎來應徵。說真的，我們需要很多優秀的人。"], "Come apply. Seriously, we need a lot of great people."),
]
rows = [r for r in rows if r[2] is not None]
turns = [Turn(lab, t, *[esc(z) for z in zh], musk=(lab == "Elon"), extra={"en": en}) for lab, t, zh, en in rows]
lines = []
for tr in turns:
    for i, z in enumerate(tr.paras):
        if i == 0:
            lines.append("%s：%s  [%s]" % (tr.spk, z, hms(tr.t)))
        else:
            lines.append("      %s" % z)
    if tr.extra["en"]:
        lines.append('      <span class="f6">(原文) %s</span>' % esc(tr.extra["en"]))
    lines.append("")
body = "\n".join(lines)

pushes = [
 ("推 ", "elonmusk0628", ": Elon：歡迎來應徵。 ← 履歷準備好了", "08/13 09:52"),
 ("推 ", "chipmaker", ": 手真的最難，做過夾爪的都懂", "08/13 10:03"),
 ("→ ", "chipmaker", ": 另外翻譯辛苦了", "08/13 10:03"),
 ("噓 ", "skeptic99", ": 馬斯克說的時間表聽聽就好", "08/13 10:17"),
 ("推 ", "E_Musk_TW", ": 對，這確實是風險。 ← 難得承認", "08/13 10:40"),
 ("→ ", "nightowl42", ": 回樓上 原文就是 Yes, it is. 沒有多講", "08/13 10:44"),
]
push_html = "\n".join('<div class="push"><span class="%spush-tag">%s</span><span class="f3 hl push-userid">%s</span><span class="f3 push-content">%s</span><span class="push-ipdatetime"> %s\n</span></div>' % (
    "hl " if t.startswith("推") else "f1 hl ", t, u, esc(c), d) for t, u, c, d in pushes)

page = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>[情報] Elon 談台灣供應鏈、人形機器人 Podcast 逐字翻譯 - 看板 Tech_Job - 噗噗實業坊</title>
<meta property="og:site_name" content="噗噗實業坊">
<meta property="og:description" content="節錄 Overclocked with Dan Reyes 最新一集">
<link rel="stylesheet" type="text/css" href="//images.pupu.example/bbs/v2.27/bbs-common.css">
<link rel="stylesheet" type="text/css" href="//images.pupu.example/bbs/v2.27/bbs-base.css" media="screen">
<link rel="stylesheet" type="text/css" href="//images.pupu.example/bbs/v2.27/pushstream.css" media="screen">
<style>#main-content{white-space:pre-wrap}</style>
</head>
<body>
<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">噗噗實業坊</a><span>&rsaquo;</span><a class="board" href="/bbs/Tech_Job/index.html"><span class="board-label">看板 </span>Tech_Job</a><a class="right small" href="/about.html">關於我們</a><a class="right small" href="/contact.html">聯絡資訊</a></div></div>
<div id="navigation-container"><div id="navigation" class="bbs-content"><a class="board" href="/bbs/Tech_Job/index.html">返回看板</a><div class="bar"></div><div class="share"><span>分享</span><a class="btn" href="#">FB</a></div></div></div>
<div id="main-container">
<div id="main-content" class="bbs-screen bbs-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">nightowl42 (夜貓子)</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Tech_Job</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">[情報] Elon 談台灣供應鏈、人形機器人 Podcast 逐字翻譯</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">Tue Aug 13 09:41:27 2024</span></div>
<span class="f2">※ 引述《spacefan (太空迷)》之銘言：
</span><span class="f6">: 之前 Elon 說過：「台灣是全世界最重要的製造業基地之一」
</span><span class="f6">: 不知道這次訪談有沒有講更多
</span>
有，這集 Overclocked with Dan Reyes 講了不少，我把跟台灣、機器人有關的段落
翻出來給大家參考。時間標在每段後面，對應原 Podcast 的時間軸，
Elon 的部分附上原文，翻譯不好請鞭小力一點。

來源：Overclocked with Dan Reyes, Ep. 203
（中間有跳段，只翻跟板上相關的部分）

%s
心得：
手是最難的部分這點我很認同，之前在自動化廠做過夾爪，真的是地獄。
供應鏈的部分他講得蠻保守的，跟去年那種說法不太一樣。

--
<span class="f2">※ 發信站: 噗噗實業坊(pupu.example), 來自: 203.0.113.57 (臺灣)
</span><span class="f2">※ 文章網址: <a href="https://www.pupu.example/bbs/Tech_Job/M.1723513289.A.3F2.html" target="_blank" rel="noopener noreferrer nofollow">https://www.pupu.example/bbs/Tech_Job/M.1723513289.A.3F2.html</a>
</span>%s
</div>
<div id="article-polling" data-pollurl="/poll/Tech_Job/M.1723513289.A.3F2.html?cacheKey=2078-9" data-longpollurl="/v1/longpoll?id=8b0e" data-offset="4012"></div>
</div>
<script src="//images.pupu.example/bbs/v2.27/bbs.js"></script>
</body>
</html>
""" % (body, push_html)

emit(NAME, page, turns, zh=True,
     fmt="Taiwanese BBS forum post (traditional Chinese, pre-wrapped plain text): lines 'Label：中文翻譯  [hh:mm:ss]' with the time printed after the text, continuation lines indented, his turns followed by the English original '(原文) ...'; pushes below quote him.",
     show="Overclocked with Dan Reyes（噗噗實業坊 Tech_Job 翻譯文）", others=["Dan"])
