from lib import *

def j09():
    H = "主持人"; G = "林佳穎"
    rows = [
        # (spk or '' for continuation, time or None, text)
        (H, 5, "歡迎收看《科技夜未眠》。今晚我們很榮幸連線到馬斯克先生，還有電動車分析師林佳穎。"),
        (E, 14, "謝謝邀請。很高興再次來到台灣的節目。"),
        (H, 20, "先談晶片。特斯拉和台灣供應鏈的關係現在怎麼樣？"),
        (E, 27, "非常好。台灣的供應商是世界上最好的之一，我們的很多關鍵零件都來自這裡。"),
        ("", None, "不過我們也在分散風險，這是任何一家公司都應該做的。"),
        (G, 55, "我補充一點。馬斯克剛剛說「分散風險」，其實市場上已經看到這個趨勢了。"),
        (E, 68, "對。"),
        (H, 70, "那機器人呢？您說過機器人會比汽車更重要。"),
        (E, 3735, "我認為是這樣。如果人形機器人真的能用，它的市場會比汽車大很多。"),
        ("", 3752, "但這還需要時間，至少還要幾年。"),
        (G, 3770, "所以投資人不要太興奮。"),
        (E, None, "哈哈，也許吧。"),
    ]
    turns = []
    for spk, t, text in rows:
        if spk == "":
            turns[-1]["paras"].append(text)
        else:
            turns.append(T(spk, t, text))
    trs = []; seen = False
    for spk, t, text in rows:
        if spk == E:
            lab = "馬斯克（Elon Musk）" if not seen else "馬斯克"; seen = True
        else:
            lab = spk
        if t is None: tcell = ""
        else:
            h, r = divmod(t, 3600); m, s = divmod(r, 60)
            tcell = f'<a href="#t={t}">' + (f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}") + '</a>'
        trs.append(f'<tr><td class="tc">{tcell}</td><td class="sp">{lab}</td><td class="tx">{esc(text)}</td></tr>')
    table = "\n".join(trs)
    page = f'''<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>【逐字稿】馬斯克連線《科技夜未眠》：台灣供應鏈、機器人與分散風險｜數位觀點</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:description" content="馬斯克：「台灣的供應商是世界上最好的之一。」">
<link rel="stylesheet" href="https://www.digiview.com.tw/assets/css/app.css?v=20260911">
<style>table.transcript td{{padding:6px 10px;vertical-align:top;border-bottom:1px solid #eee}}td.tc{{width:80px;color:#09c}}td.sp{{width:140px;font-weight:bold}}</style>
</head>
<body>
<header class="dv-header"><a class="logo" href="/">數位觀點 DigiView</a>
<nav><a href="/news">新聞</a><a href="/ev">電動車</a><a href="/semiconductor">半導體</a><a href="/transcripts">逐字稿</a><a href="/member">會員登入</a></nav></header>
<main class="dv-main">
<article>
<h1>【逐字稿】馬斯克連線《科技夜未眠》：台灣供應鏈、機器人與分散風險</h1>
<p class="meta">撰文：數位觀點編輯部｜2026年9月11日｜閱讀時間 6 分鐘</p>
<div class="box-highlight"><h2>重點摘錄</h2>
<ul><li>馬斯克：台灣的供應商是世界上最好的之一。</li><li>馬斯克：人形機器人的市場會比汽車大很多。</li><li>林佳穎：投資人不要太興奮。</li></ul></div>
<p>以下為節目逐字稿，時間碼對應節目影片，點擊可跳轉。部分段落未標註時間。馬斯克以中文同步口譯播出，本文刊出口譯內容。</p>
<table class="transcript">
<thead><tr><th>時間</th><th>發言人</th><th>內容</th></tr></thead>
<tbody>
{table}
</tbody></table>
<p class="note">（逐字稿由數位觀點整理，如有出入以影片為準。）</p>
</article>
<section class="comments"><h3>留言 12 則</h3>
<div class="c"><b>馬斯克迷</b>：馬斯克說「對。」的時候笑死</div>
<div class="c"><b>Elon_TW</b>：表格版逐字稿很好讀，推</div>
<div class="c"><b>小明</b>：機器人那段我持保留態度</div></section>
</main>
<footer class="dv-footer">© 2026 數位觀點 DigiView 版權所有｜<a href="/privacy">隱私權政策</a>｜<a href="/contact">聯絡我們</a></footer>
<script src="https://www.digiview.com.tw/assets/js/app.js?v=20260911" defer></script>
</body>
</html>'''
    write("j09_digiview_table_zhtw", page,
          "Traditional-Chinese Taiwan tech site; transcript is a table (time link | speaker | text) with mm:ss and h:mm:ss times, some rows without time, continuation rows with an empty speaker cell; label '馬斯克（Elon Musk）' then '馬斯克'.",
          "數位觀點（科技夜未眠）", gold_turns(turns, "zh"), [H, G])
