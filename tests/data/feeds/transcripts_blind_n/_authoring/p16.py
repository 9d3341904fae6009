from common import *

def iso(t):
    h, m, s = t//3600, t%3600//60, t%60
    return 'PT' + (f'{h}H' if h else '') + (f'{m}M' if m else '') + f'{s}S'

def build():
    H = '主持人 吳怡君'
    seq = [
        (H, 2870, ["歡迎回到《科技夜談》。接下來的時間，我們連線到美國德州，和馬斯克聊聊台灣的半導體供應鏈。"]),
        ('馬斯克（Elon Musk）', 2886, ["謝謝。我一直很佩服台灣的工程師，台灣在晶片製造上做到的事情，真的是全世界最頂尖的。"]),
        (H, 2904, ["您曾經說過：「晶片是新的石油。」現在還這麼認為嗎？"]),
        ('馬斯克', 2911, ["是的，甚至更明顯了。沒有先進晶片，就沒有人工智慧，也沒有自動駕駛。", "我們每年買的晶片數量，現在已經比十年前多了上百倍。"]),
        (H, 3595, ["那特斯拉會不會在台灣設廠？"]),
        ('馬斯克', 3601, ["現在沒有這個計畫，但我們和台灣的供應商合作非常緊密，未來什麼都有可能。"]),
        (H, 3780, ["最後，有什麼話想對台灣的年輕人說？"]),
        ('馬斯克', 3786, ["多讀物理，少滑手機。"]),
        (H, 3795, ["謝謝馬斯克。"]),
    ]
    g, parts, plain = [], [], []
    for lab, t, paras in seq:
        parts.append(f'<div class="qa-item"><p><time datetime="{iso(t)}">{hms_short(t)}</time> <strong>{esc(lab)}：</strong>{esc(paras[0])}</p>' +
                     ''.join(f'<p>{esc(p)}</p>' for p in paras[1:]) + '</div>')
        plain.append(f'{esc(lab)}：' + ''.join(esc(p) for p in paras))
        if lab.startswith('馬斯克'):
            g.append([t, fw(paras[0], True)])
    body = '\n'.join(parts)
    plain_html = '\n'.join(f'<p>{p}</p>' for p in plain)
    doc = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>專訪馬斯克：晶片是新的石油 台灣工程師世界頂尖｜科技夜談｜新曦傳媒</title>
<meta property="og:title" content="專訪馬斯克：晶片是新的石油 台灣工程師世界頂尖">
<meta property="article:section" content="科技">
<link rel="stylesheet" href="https://www.xinxi.example.tw/static/css/article.3b1f.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"專訪馬斯克：晶片是新的石油 台灣工程師世界頂尖","author":{{"@type":"Person","name":"吳怡君"}}}}</script>
</head>
<body class="article-page">
<header class="site-hd"><a class="logo" href="https://www.xinxi.example.tw/">新曦傳媒</a><nav><a href="/politics">政治</a><a href="/finance">財經</a><a href="/tech" class="on">科技</a><a href="/world">國際</a><a href="/video">影音</a></nav></header>
<main class="article">
<h1>專訪馬斯克：晶片是新的石油 台灣工程師世界頂尖</h1>
<div class="art-meta">2025/12/08 21:30 ｜ 記者 吳怡君／台北報導 ｜ <a href="/program/tech-night">科技夜談</a></div>
<figure class="art-video"><iframe src="https://www.xinxi.example.tw/embed/v/88124" title="科技夜談 EP64" allowfullscreen></iframe><figcaption>《科技夜談》EP64 完整影片（專訪段落自 47:50 開始）</figcaption></figure>
<div class="highlight-box"><h2>精華摘錄</h2><ul><li>馬斯克：晶片是新的石油，甚至更明顯了。</li><li>馬斯克：多讀物理，少滑手機。</li></ul></div>
<p class="lead">特斯拉執行長馬斯克（Elon Musk）8日晚間透過視訊接受本台《科技夜談》專訪，談及台灣半導體、人工智慧與特斯拉的在台布局。以下為專訪內容，時間碼對應完整影片。</p>
<section class="qa">
{body}
</section>
<details class="fulltext"><summary>展開逐字稿全文（純文字版）</summary>
{plain_html}
</details>
<p class="editor">責任編輯：林佩蓉</p>
<div class="tags"><a href="/tag/馬斯克">#馬斯克</a> <a href="/tag/特斯拉">#特斯拉</a> <a href="/tag/半導體">#半導體</a></div>
<section class="more-news"><h3>延伸閱讀</h3><ul><li><a href="/tech/20251207/ai-chip">AI晶片需求爆發 台廠接單滿到明年</a></li><li><a href="/tech/20251205/ev-tw">電動車在台銷量創新高</a></li></ul></section>
</main>
<footer class="site-ft"><p>新曦傳媒 版權所有 © 2025 ｜ <a href="/privacy">隱私權政策</a> ｜ <a href="/contact">聯絡我們</a></p></footer>
<script src="https://www.xinxi.example.tw/static/js/article.9d20.js" defer></script>
</body>
</html>
"""
    write('n16_tw_news_qa', doc, g,
          "Taiwanese news-site Q&A: each turn a <time datetime=PT…> with m:ss / h:mm:ss text, bold label with full-width colon (馬斯克（Elon Musk） first, then 馬斯克); a plain-text copy of the whole transcript repeats in a collapsed details block.",
          "科技夜談", ["主持人 吳怡君"])
