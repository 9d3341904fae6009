from common import *

def build():
    seq = [
        ('主持 陳家朗', "早晨，歡迎收聽《晨光財經台》。今日我哋用成個鐘頭講一個人——馬斯克。佢上星期喺股東大會講咗一番說話，搞到成個市場都好緊張。"),
        ('主持 何詠詩', "係呀，朗哥。我幫大家重溫吓：馬斯克喺會上話：「如果大家唔信自動駕駛，就唔好買特斯拉嘅股票。」呢句話好直接。"),
        ('嘉賓 林志偉（證券分析師）', "我覺得佢講嘅嘢要分開睇。佢以前都講過：「時間表係我最唔擅長嘅嘢。」所以投資者應該打個折。"),
        ('主持 陳家朗', "我哋而家有位聽眾打電話入嚟。喂，你好？"),
        ('聽眾 Elon（沙田）', "喂，早晨！我個英文名都係叫Elon，不過我就冇佢咁有錢。我想問林生，特斯拉而家應唔應該買？"),
        ('嘉賓 林志偉（證券分析師）', "Elon你好。我唔會叫你買定賣，但係估值真係好高，你要諗清楚自己承受到幾多風險。"),
        ('聽眾 Elon（沙田）', "明白，唔該晒！"),
        ('主持 何詠詩', "另外佢細佬Kimbal Musk上星期喺一個訪問入面都有講，話「我哥哥一向都係咁」，幾得意。"),
        ('主持 陳家朗', "好，我哋休息一陣，之後再講比亞迪。"),
    ]
    parts = []
    for lab, txt in seq:
        parts.append(f'<p><b>{esc(lab)}：</b>{esc(txt)}</p>')
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【晨光財經台】馬斯克一句話震動市場？ 分析師：時間表要打折｜節目文字紀錄｜港聞電台</title>
<meta name="keywords" content="馬斯克,特斯拉,晨光財經台,港股,美股">
<link rel="stylesheet" href="https://www.hkradio.example.hk/assets/css/programme.css?v=3.2.7">
</head>
<body class="programme-transcript">
<header class="site-header"><a class="logo" href="https://www.hkradio.example.hk/">港聞電台</a>
<nav class="main-nav"><a href="/news">新聞</a><a href="/finance">財經</a><a href="/programmes">節目重溫</a><a href="/live">直播</a><a href="/en">English</a></nav></header>
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/programmes">節目重溫</a> &gt; <a href="/programmes/morning-finance">晨光財經台</a> &gt; 文字紀錄</div>
<main class="content">
<h1>馬斯克一句話震動市場？ 分析師：時間表要打折</h1>
<p class="info">播出日期：2025年11月10日（星期一） 07:00–08:00 ｜ 主持：陳家朗、何詠詩 ｜ 嘉賓：林志偉</p>
<div class="player"><audio controls preload="none" src="https://media.hkradio.example.hk/aod/morningfinance/20251110.mp3"></audio></div>
<aside class="quote-box"><h3>本週名言</h3><p>馬斯克：「如果大家唔信自動駕駛，就唔好買特斯拉嘅股票。」</p></aside>
<section class="transcript"><h2>節目文字紀錄（節錄）</h2>
<p class="note">以下文字紀錄經編輯整理，以廣播內容為準。</p>
{body}
</section>
<section class="related"><h3>相關節目</h3><ul><li><a href="/programmes/morning-finance/20251103">美聯儲減息後 港股點走？</a></li><li><a href="/programmes/morning-finance/20251027">電動車價格戰 邊個笑到最後？</a></li><li><a href="/programmes/tech-weekly/20251108">科技週報：人形機械人熱潮</a></li></ul></section>
</main>
<footer class="site-footer"><p>© 2025 港聞電台 版權所有 ｜ <a href="/privacy">私隱政策</a> ｜ <a href="/terms">使用條款</a></p><p>本網站內容只供參考，並不構成任何投資建議。</p></footer>
<script src="https://www.hkradio.example.hk/assets/js/player.js?v=3.2.7"></script>
<script>(function(){{var a=document.querySelector('audio');if(a){{a.addEventListener('play',function(){{window._hkrTrack&&_hkrTrack('play','morningfinance-20251110')}})}}}})();</script>
</body>
</html>
"""
    write('n10_hk_radio_trap', doc, [],
          "Hong Kong radio programme transcript in traditional Chinese/Cantonese: each paragraph starts with a bold role+name label and full-width colon, no timestamps; he is only quoted and discussed, never speaks.",
          "晨光財經台", ["主持 陳家朗", "主持 何詠詩", "嘉賓 林志偉（證券分析師）", "聽眾 Elon（沙田）"])
