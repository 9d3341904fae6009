from common import *


def build():
    C, H, SH = 'C', 'H', 'SH'
    T = [
        (C, 8, ["各位觀眾晚安，歡迎收看《財經透視》。我係陳家欣。今晚我哋會睇吓特斯拉股東大會上面，馬斯克講咗啲乜嘢，同埋對港股電動車板塊有乜影響。"]),
        (H, 31, ["家欣你好。其實馬斯克以前話過：「如果你唔係每日都覺得有啲驚，你就唔夠進取。」呢句說話好能夠代表佢今年嘅作風，大會上面佢幾乎冇講財務數字，講嘅全部係產品。"]),
        (C, 58, ["我哋先睇吓佢喺大會上面點樣講機械人業務。"]),
        ('CLIP', None, None),
        (EM, 66, ["我們的人形機器人今年會在自己的工廠裏開始做有用的工作，明年開始小批量交付給其他公司。長遠來說，這會是我們最大的業務。"]),
        ('ENDCLIP', None, None),
        (C, 91, ["何生，你點睇？"]),
        (H, 95, ["佢講「最大嘅業務」唔係第一次，市場已經聽慣。重點係時間表，佢話明年交付，但係以往佢嘅時間表通常都會延遲。"]),
        (C, 160, ["再睇多段，係關於自動駕駛的士。"]),
        ('CLIP', None, None),
        (EM, 167, ["自動駕駛的士服務明年會擴展到更多城市，包括美國以外的一些市場。我們會先從監管比較清晰的地方開始。"]),
        ('ENDCLIP', None, None),
        (H, 196, ["「美國以外」呢幾個字好關鍵，亞洲市場好可能係其中之一。"]),
        (C, 210, ["佢仲講到新車型。"]),
        ('CLIP', None, None),
        (EM, 216, ["價錢更低的車型會在上半年開始生產，", "產量會逐步提升。"]),
        ('ENDCLIP', None, None),
        (C, 242, ["亞洲市場佢又點講？"]),
        ('CLIP', None, None),
        (EM, 248, ["亞洲市場對我們非常重要，上海工廠是我們效率最高的工廠之一。"]),
        ('ENDCLIP', None, None),
        (C, 310, ["最後一段，有股東問佢會唔會減少用社交媒體。"]),
        ('CLIP', None, None),
        (SH, 318, ["Elon，你會唔會少啲上網？"]),
        (EM, 324, ["可能會吧。"]),
        ('ENDCLIP', None, None),
        (C, 330, ["現場即時笑聲一片。何生，最後一句總結？"]),
        (H, 336, ["產品故事講得好聽，但係投資者最終都係睇交付數字。"]),
        (C, 345, ["多謝何志明。《財經透視》今晚就到此為止，我哋聽晚同一時間再見。"]),
    ]
    labels = {C: '陳家欣', H: '何志明', SH: '股東（現場提問）', EM: '馬斯克'}
    rows = []
    turns = []
    for spk, t, paras in T:
        if spk == 'CLIP':
            rows.append('<p class="stage">（播放片段，英語原聲，中文字幕）</p>')
            continue
        if spk == 'ENDCLIP':
            rows.append('<p class="stage">（片段完）</p>')
            continue
        turns.append((spk, t, paras))
        body = '<br>'.join(paras) if len(paras) > 1 else paras[0]
        rows.append('<p><b>%s：</b>%s<span class="tc">（%s）</span></p>' % (labels[spk], body, hms(t)))
    transcript = '\n'.join(rows)
    # the 216 turn is two lines joined with <br> inside one <p>
    gold = []
    for spk, t, paras in turns:
        if spk == EM:
            gold.append([t, snip(''.join(paras), zh=True)])
    page = '''<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>《財經透視》節目文字稿：馬斯克股東大會講咗乜？｜維港電視 VHTV</title>
<meta name="description" content="《財經透視》2024年6月14日節目文字稿。主持：陳家欣；嘉賓：何志明（證券分析師）。">
<meta property="og:site_name" content="維港電視 VHTV">
<link rel="stylesheet" href="https://news.vhtv.hk/static/css/programme.min.css?v=5.2.1">
<style>.tc{color:#8c8c8c;font-size:.85em;margin-left:.3em}.stage{color:#8c1d1d;font-style:italic}.hl-box{background:#f3f6fa;padding:.8em 1.2em;border-radius:4px}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-VHTV000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-VHTV000');</script>
</head>
<body class="programme-transcript">
<header class="site-header"><div class="wrap"><a class="logo" href="https://news.vhtv.hk/">維港電視新聞</a>
<nav><ul><li><a href="/local">港聞</a></li><li><a href="/china">兩岸</a></li><li><a href="/world">國際</a></li><li class="active"><a href="/finance">財經</a></li><li><a href="/programmes">節目</a></li><li><a href="/live">直播</a></li></ul></nav>
<div class="lang-switch"><a href="?lang=tc" class="on">繁</a> | <a href="?lang=sc">简</a></div></div></header>
<main class="wrap">
<nav class="breadcrumb"><a href="/programmes">節目</a> › <a href="/programmes/finance-lens">財經透視</a> › 文字稿</nav>
<article>
<h1>《財經透視》節目文字稿：馬斯克股東大會講咗乜？</h1>
<p class="meta">播出日期：2024年6月14日（星期五）晚上9時30分｜主持：陳家欣｜嘉賓：何志明（證券分析師）</p>
<div class="video-embed"><video controls preload="none" poster="https://img.vhtv.hk/fl/20240614.jpg"><source src="https://vod.vhtv.hk/fl/20240614.m3u8" type="application/x-mpegURL"></video></div>
<div class="hl-box">
<p><b>節目重點</b></p>
<ul>
<li>馬斯克：人形機器人「長遠會是最大業務」</li>
<li>自動駕駛的士明年擴展至美國以外市場</li>
<li>平價車型上半年投產</li>
</ul>
</div>
<p class="note">編按：以下文字稿按節目錄影整理。片段中馬斯克以英語發言，文字稿採用節目字幕之中文翻譯。每段發言末括號內的時間，為該段發言在節目錄影中的<strong>開始</strong>時間。</p>
<div class="transcript">
''' + transcript + '''
</div>
<p class="disclaimer">節目內容僅供參考，不構成任何投資建議。投資涉及風險，證券價格可升可跌。</p>
</article>
<section class="related"><h2>相關新聞</h2><ul>
<li><a href="/finance/20240613-tsla-agm-preview">特斯拉股東大會前瞻：薪酬方案再投票</a></li>
<li><a href="/finance/20240612-ev-hk-stocks">港股電動車板塊連升三日</a></li>
<li><a href="/world/20240614-musk-robotaxi">馬斯克：自動駕駛的士明年「走出美國」</a></li>
</ul></section>
</main>
<footer class="site-footer"><div class="wrap"><p><a href="/about">關於維港電視</a>｜<a href="/privacy">私隱政策</a>｜<a href="/terms">使用條款</a></p><p>© 2024 維港電視有限公司 版權所有 不得轉載</p></div></footer>
<script src="https://news.vhtv.hk/static/js/programme.min.js?v=5.2.1" defer></script>
</body>
</html>
'''
    write('af08_vhtv_financelens', page,
          'Hong Kong TV programme transcript in traditional Chinese; one <p> per turn "<b>Name：</b>text（hh:mm:ss）" with the start time printed AFTER the text in full-width brackets; his lines are played clips between （播放片段…） and （片段完） markers.',
          '財經透視', gold,
          ['陳家欣', '何志明', '股東（現場提問）'],
          'HK TV finance programme transcript (traditional Chinese, Cantonese host lines); times printed after each turn; all his turns are played clips; guest quotes 馬斯克以前話過；highlights box "馬斯克：..."; shareholder question then his short "可能會吧。"')
