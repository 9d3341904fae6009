from lib import *
# o10: Hong Kong news site, traditional Chinese; bilingual: each turn = time + Chinese label + Chinese translation,
# followed by the English original (labelled in English). The pair is one turn. Some turns have no time.
L = {'C': ('陳嘉欣', 'Chan Ka-yan'), 'E': ('馬斯克', 'Elon Musk')}
T = [
 ('C', 8, "馬斯克先生，多謝你接受《明見新聞》訪問。你今次來香港，主要是為了甚麼？", "Mr Musk, thank you for speaking to Ming Kin News. What brings you to Hong Kong this time?"),
 ('E', 15, "主要是和亞洲的供應商開會，順便看看這裏的團隊。香港一向是很重要的樞紐。", "Mostly meetings with suppliers in Asia, and to see the team here. Hong Kong has always been an important hub."),
 ('C', 41, "有人說電動車在亞洲的競爭已經進入「價格戰」，你怎麼看？", "Some say EV competition in Asia has become a price war. How do you see it?"),
 ('E', 49, "價格戰對消費者是好事。我們要做的，是把成本降得比任何人都快。", "A price war is good for consumers. What we need to do is bring costs down faster than anyone else."),
 ('C', None, "你曾經說過「自動駕駛會比人類安全十倍」，這個目標甚麼時候能達到？", "You once said self-driving would be ten times safer than humans. When will that happen?"),
 ('E', None, "我認為在某些城市，明年就有可能。但監管需要時間，這點我們尊重。", "I think in some cities it's possible next year. But regulation takes time, and we respect that."),
 ('C', 1312, "最後，你有沒有試過香港的奶茶？", "Finally, have you tried Hong Kong milk tea?"),
 ('E', 1316, "試過，很好喝。太甜了一點，但很好喝。", "I have, it's very good. A bit too sweet, but very good."),
]
out, gold = [], []
for k, t, zh, en in T:
    tm = f' <span class="t">[{ms(t)}]</span>' if t is not None else ''
    out.append(f'<div class="turn">\n<p class="zh"><b>{L[k][0]}：</b>{esc(zh)}{tm}</p>\n<p class="en" lang="en"><i>{L[k][1]}: {esc(en)}</i></p>\n</div>')
    if k == 'E':
        gold.append((t, zh))
page = f'''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【專訪】馬斯克：價格戰對消費者是好事（中英對照全文）｜明見新聞</title>
<meta property="og:site_name" content="明見新聞 Ming Kin News">
<link rel="stylesheet" href="https://static.mingkin.hk/css/story.css?v=2025.2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MK0001"></script>
</head>
<body>
<header class="mk-header"><a href="/" class="mk-logo">明見新聞</a>
<nav><a href="/hk">港聞</a><a href="/china">兩岸</a><a href="/intl">國際</a><a href="/finance">財經</a><a href="/tech">科技</a></nav></header>
<main class="mk-story">
<div class="breadcrumb">首頁 › 科技 › 專訪</div>
<h1>【專訪】馬斯克：價格戰對消費者是好事（中英對照全文）</h1>
<div class="byline">記者 陳嘉欣 · 2025年9月4日 18:20 更新</div>
<figure><img src="https://img.mingkin.hk/2025/09/musk-hk.jpg" alt="馬斯克在香港接受本報專訪"><figcaption>馬斯克昨日在中環接受本報專訪。</figcaption></figure>
<p>特斯拉行政總裁馬斯克（Elon Musk）昨日短暫訪港，接受本報記者陳嘉欣專訪，談及亞洲電動車市場的競爭及自動駕駛的進展。以下為訪問全文，中文為本報翻譯，英文為原話。時間碼對應本報網站上的訪問影片。</p>
<div class="story-body bilingual">
{chr(10).join(out)}
</div>
<p class="note">（訪問經刪節。翻譯：明見新聞編輯部）</p>
<section class="related"><h3>相關新聞</h3><ul><li><a href="/tech/20250903-ev">亞洲電動車價格戰白熱化</a></li><li><a href="/finance/20250901-tsla">特斯拉股價本週回升</a></li></ul></section>
<section class="comments"><h3>讀者留言</h3>
<div class="c"><b>馬斯克迷</b>：「太甜了一點，但很好喝」哈哈，說得對！</div>
<div class="c"><b>Elon_HK</b>：可唔可以上載完整影片？</div>
</section>
</main>
<footer class="mk-footer">© 2025 明見新聞有限公司 版權所有 | 私隱政策 | 聯絡我們</footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-MK0001');</script>
</body>
</html>
'''
write('o10_mingkin_hk_bilingual', page, '明見新聞',
      'Hong Kong news site in traditional Chinese, bilingual: each turn is a div with a Chinese paragraph "馬斯克：translation [mm:ss]" with the time printed AFTER the text (missing on some turns) followed by an italic English original labelled "Elon Musk:"; each Chinese/English pair is one turn.',
      gold, ['陳嘉欣', 'Chan Ka-yan'], zh=True)
