from common import *

NAME = "v14_zh_hk_presser_interpreter"
SHOW = "港灣日報"

LAB = {"H": ("主持人", "主持人"), "E": ("埃隆·馬斯克（Elon Musk）", "馬斯克"), "A": ("記者（港灣日報）", "記者（港灣日報）"),
       "B": ("記者（財經台）", "記者（財經台）"), "I": ("傳譯", "傳譯")}

TURNS = [
    Turn("H", 0, ["各位傳媒朋友下午好，歡迎出席今天的記者會。首先請馬斯克先生講幾句。"]),
    Turn("E", 41, ["多謝大家。上海團隊又一次創造了紀錄。這座儲能工廠從動工到投產的速度，在世界上任何地方都很難做到。",
                   "我也要多謝所有供應商和合作夥伴，沒有他們就沒有今天。"]),
    Turn("A", 192, ["馬斯克先生，你2019年在上海曾經說過：「上海速度令人難以置信。」今次儲能工廠由動工到投產用了多久？"]),
    Turn("I", 210, ["The reporter says: in 2019 you said Shanghai speed was unbelievable. How long did it take this time, from groundbreaking to production?"]),
    Turn("E", 221, ['大約九個月。這再一次令人難以置信。<span class="orig" lang="en">（原文：About nine months. Which is, again, unbelievable.）</span>']),
    Turn("B", 242, ["請問FSD甚麼時候可以在中國全面推出？"]),
    Turn("I", 250, ["When will FSD be fully available in China?"]),
    Turn("E", 255, ["我們正在和監管部門緊密合作，希望盡快。我不想給出一個具體日期，因為我以前在時間表上太樂觀了。"]),
    Turn("B", 280, ["那即是有機會在今年內？"]),
    Turn("E", 284, ["有可能。"]),
    Turn("H", 3530, ["因為時間關係，最後一條問題。"]),
    Turn("A", 3542, ["你對香港的年輕工程師有甚麼建議？"]),
    Turn("I", 3550, ["What advice do you have for young engineers in Hong Kong?"]),
    Turn("E", 3556, ['去解決真正困難的問題。世界上優化廣告點擊率的人已經夠多了。<span class="orig" lang="en">（原文：Go work on hard problems. The world has enough people optimizing ad clicks.）</span>',
                     "如果你能把一條焊縫做得更好，那比你想像中更有價值。"]),
    Turn("H", 3620, ["多謝馬斯克先生，多謝各位。"]),
    Turn("E", 3631, ["多謝。"]),
]

FORMAT = ("Traditional-Chinese press-conference transcript: each turn is a paragraph opening with a time in full-width brackets "
          "'【mm:ss】' or '【h:mm:ss】', a bold label (first '埃隆·馬斯克（Elon Musk）', then '馬斯克') and a full-width colon; "
          "an interpreter relays questions in English, and two of his translated answers carry the English original in brackets.")


def tm(t):
    return f"【{short(t) if t >= 3600 else mmss(t)}】"


def render():
    seen = set()
    out = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        cls = "tr-line"
        out.append(f'<p class="{cls}"><span class="tc">{tm(tr.t)}</span><b>{lab}</b>：{tr.paras[0]}</p>')
        out.extend(f"<p>{p}</p>" for p in tr.paras[1:])
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【全文實錄】馬斯克上海記者會：儲能工廠九個月投產　FSD入華「有可能」今年內 | 科技 | 港灣日報</title>
<meta name="description" content="特斯拉行政總裁馬斯克在上海儲能超級工廠投產儀式後會見傳媒，本報整理記者會全文。">
<meta property="og:locale" content="zh_HK">
<link rel="stylesheet" href="https://static.harbourdaily.hk/assets/css/article.1d9c.css">
<style>.orig{{display:block;font-size:13px;color:#777;margin-top:4px}} .tc{{color:#b00;font-family:monospace;margin-right:2px}} .keypts{{border-top:3px solid #b00;background:#faf7f2;padding:10px 14px}}</style>
<script async src="https://static.harbourdaily.hk/assets/js/gpt-loader.js"></script>
</head>
<body class="article-page">
<header id="hd-header">
<div class="hd-top"><a href="https://www.harbourdaily.hk/" class="hd-logo" title="港灣日報"><img src="https://static.harbourdaily.hk/img/logo-zh.svg" alt="港灣日報" width="160" height="40"></a><span class="hd-date">2025年7月8日 星期二</span><a class="hd-lang" href="https://en.harbourdaily.hk/">English</a></div>
<nav class="hd-nav" aria-label="主選單"><a href="/news/">即時新聞</a><a href="/local/">港聞</a><a href="/china/">兩岸</a><a href="/intl/">國際</a><a href="/finance/">財經</a><a href="/tech/" class="active">科技</a><a href="/opinion/">評論</a></nav>
</header>
<div id="main" class="hd-main">
<article class="hd-article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="hd-crumb"><a href="/">主頁</a> › <a href="/tech/">科技</a> › 特斯拉</div>
<h1 itemprop="headline">【全文實錄】馬斯克上海記者會：儲能工廠九個月投產　FSD入華「有可能」今年內</h1>
<div class="hd-meta"><span itemprop="author">本報記者 區嘉敏</span>　<time itemprop="datePublished" datetime="2025-07-08T18:20:00+08:00">2025-07-08 18:20</time>　<span>最後更新：19:05</span></div>
<div class="keypts" role="note">
<h2>重點</h2>
<ul>
<li>馬斯克：儲能工廠「大約九個月」由動工到投產</li>
<li>馬斯克：FSD在中國全面推出「有可能」在今年內</li>
<li>馬斯克寄語香港年輕工程師：「去解決真正困難的問題」</li>
</ul>
</div>
<div class="hd-body" itemprop="articleBody">
<p>特斯拉行政總裁馬斯克（Elon Musk）今日出席上海儲能超級工廠投產儀式，其後會見中港傳媒約一小時。記者會以英語及普通話進行，設現場傳譯。馬斯克的發言由本報翻譯為中文，部分重要答問附英文原文；傳譯員向馬斯克轉述的英文提問照錄。以下為記者會全文（時間為直播片段時間）：</p>
<figure><img src="https://static.harbourdaily.hk/img/2025/07/08/musk-shanghai.jpg" alt="馬斯克在上海出席記者會" width="960" height="540"><figcaption>馬斯克今日在上海出席記者會。（直播截圖）</figcaption></figure>
<div class="transcript">
{body}
</div>
<p class="endnote">（記者會部分內容經刪節。）</p>
</div>
<div class="hd-related"><h3>相關新聞</h3><ul>
<li><a href="/tech/20250707/tesla-megafactory-shanghai">特斯拉上海儲能工廠明日投產　年產能達一萬台</a></li>
<li><a href="/tech/20190107/musk-shanghai-speed">馬斯克：上海速度令人難以置信（2019年舊聞）</a></li></ul></div>
<div class="hd-comments" id="comments"><h3>讀者回應</h3>
<div class="cmt"><span class="cmt-name">馬斯克粉絲團HK</span><span class="cmt-time">18:45</span><p>「去解決真正困難的問題」，講得好！</p></div>
<div class="cmt"><span class="cmt-name">埃隆馬屎克</span><span class="cmt-time">19:02</span><p>馬斯克：有可能。（即係冇可能）</p></div>
</div>
</article>
<aside class="hd-aside"><div class="hd-ad" id="gpt-rect-1" aria-hidden="true"></div><div class="hd-hot"><h3>熱門</h3><ol><li><a href="#">港股半日升300點</a></li><li><a href="#">颱風信號最新消息</a></li><li><a href="#">本地初創獲A輪融資</a></li></ol></div></aside>
</div>
<footer class="hd-footer"><p><a href="/about/">關於我們</a>｜<a href="/contact/">聯絡我們</a>｜<a href="/privacy/">私隱政策</a>｜<a href="/terms/">使用條款</a></p><p>© 2025 港灣日報有限公司 版權所有，不得轉載。</p></footer>
<script src="https://static.harbourdaily.hk/assets/js/article.4e7b.js" defer></script>
</body>
</html>
"""
    others = ["主持人", "記者（港灣日報）", "記者（財經台）", "傳譯"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
