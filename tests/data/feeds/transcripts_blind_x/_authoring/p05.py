"""x05 - Taiwan magazine Q&A (traditional Chinese), 問／馬斯克 labels, video time printed AFTER the answer."""
from common import *

NAME = "x05_chuangxin_dao_qa_zh_tw"
SHOW = "創新島週刊"

# (spk, time or None, paras)  Q = 問
SEQ = [
    ("Q", None, ["謝謝您接受《創新島週刊》專訪。這是您第一次接受台灣媒體的長篇訪問，先請您談談，台灣的供應鏈在特斯拉與 SpaceX 扮演什麼角色？"]),
    (MUSK, ts(0, 1, 48), ["台灣的供應商非常關鍵，從電子零件到精密機構件都有。我很尊敬這裡的工程文化，大家對良率和細節的要求非常高。",
                         "很多人只看到最後組裝的地方，但一輛車或一枚火箭裡面，有相當比例的關鍵零件是在亞洲做的，其中不少來自台灣。"]),
    ("Q", None, ["您曾說過「工廠本身就是產品」。這句話現在還成立嗎？"]),
    (MUSK, ts(0, 4, 5), ["絕對成立，而且比以前更重要。設計一輛車其實相對容易，難的是把它以合理成本大量生產出來。工廠是比車子本身更複雜的機器。"]),
    ("Q", None, ["真的比車子還難？"]),
    (MUSK, None, ["對。"]),
    ("EDN", None, ["編按：特斯拉於 2024 年起在德州超級工廠導入新的「拆箱式」組裝流程，將車身分成數個大型模組同時組裝。"]),
    ("Q", None, ["談到 AI。外界擔心 AI 發展太快，您自己也多次呼籲監管。您現在的看法是什麼？"]),
    (MUSK, ts(0, 9, 12), ["我一直認為 AI 需要某種形式的監督，就像食品、藥品和航空一樣。這不是要阻止創新，而是當一項技術可能對公眾造成重大影響時，應該有人在旁邊看著。",
                         "同時我也認為，最安全的方式是讓 AI 盡可能追求真相，而不是教它說好聽的話。"]),
    ("Q", None, ["最後，對台灣的年輕工程師有什麼建議？"]),
    (MUSK, ts(0, 12, 40), ["從第一性原理出發。不要因為大家都這樣做就照做，要問這個東西在物理上最少需要什麼，然後從那裡開始往上推。"]),
    ("Q", None, ["謝謝您。"]),
    (MUSK, ts(0, 13, 31), ["謝謝，希望很快能再來台灣。"]),
]


def build():
    turns = [dict(spk=s, t=t, paras=p) for s, t, p in SEQ]
    parts = []
    first_musk = True
    for spk, t, paras in SEQ:
        if spk == "Q":
            lab = "問："
            parts.append(f'<p class="q"><strong>{lab}</strong>{esc(paras[0])}</p>')
            for p in paras[1:]:
                parts.append(f'<p class="q">{esc(p)}</p>')
        elif spk == "EDN":
            parts.append(f'<p class="editor-note">{esc(paras[0])}</p>')
        else:
            lab = "伊隆·馬斯克（Elon Musk）：" if first_musk else "馬斯克："
            first_musk = False
            for i, p in enumerate(paras):
                head = f"<strong>{lab}</strong>" if i == 0 else ""
                tail = ""
                if i == len(paras) - 1 and t is not None:
                    tail = f' <a class="vt" href="#video" data-seek="{t}">〔影片 {ms_only(t)}〕</a>'
                parts.append(f'<p class="a">{head}{esc(p)}{tail}</p>')
    body = "\n".join(parts)
    # split the Q&A with a pull quote between two exchanges (after the 對。 answer + editor note)
    marker = '<p class="q"><strong>問：</strong>談到 AI。'
    pull = ('<blockquote class="pullquote"><p>「設計一輛車其實相對容易，難的是把它以合理成本大量生產出來。」</p>'
            '<footer>──馬斯克</footer></blockquote>\n')
    body = body.replace(marker, pull + marker, 1)

    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>專訪伊隆·馬斯克：「工廠本身就是產品」 | 創新島週刊</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="創新島週刊">
<meta property="og:title" content="專訪伊隆·馬斯克：「工廠本身就是產品」">
<link rel="stylesheet" href="/wp-content/themes/cxd/style.css?ver=5.2">
<style>
.q{{color:#444;font-weight:600}} .a{{margin-left:0}} .vt{{font-size:13px;color:#c0392b;text-decoration:none;white-space:nowrap}}
.editor-note{{font-size:14px;color:#777;border-left:3px solid #ccc;padding-left:10px}}
.pullquote{{font-size:22px;border-top:2px solid #222;border-bottom:2px solid #222;margin:24px 0;padding:8px 0}}
.quotes-box{{background:#fdf6e3;padding:10px 14px;font-size:14px}}
</style>
</head>
<body class="single">
<header id="masthead">
  <div class="brand"><a href="/">創新島週刊</a><span>INNOVATION ISLAND WEEKLY</span></div>
  <nav><a href="/category/tech">科技</a> <a href="/category/startup">新創</a> <a href="/category/ev">電動車</a> <a href="/category/space">太空</a> <a href="/category/interview">人物專訪</a> <a href="/subscribe">訂閱紙本</a></nav>
</header>
<main id="content">
<article>
<p class="cat">人物專訪｜第 1187 期</p>
<h1>專訪伊隆·馬斯克：「工廠本身就是產品」</h1>
<p class="byline">文／許家瑜　攝影／王柏勳　2025 年 12 月 3 日</p>
<figure><img src="/wp-content/uploads/2025/12/musk-interview-hero.jpg" alt="馬斯克在德州星際基地接受本刊專訪"><figcaption>馬斯克在德州星際基地接受本刊專訪。</figcaption></figure>
<p>十一月底，本刊記者在德州南端的星際基地，與特斯拉及 SpaceX 執行長伊隆·馬斯克（Elon Musk）進行了一場約十五分鐘的專訪。話題從台灣供應鏈、製造、AI 監管一路談到給年輕工程師的建議。</p>
<p>以下為專訪內容，經編輯刪節。每則回答後方附有完整訪談影片的時間點，點擊即可跳至該段。</p>
<div id="video" class="video-embed"><iframe src="https://player.example-video.tw/embed/cxd1187" title="馬斯克專訪完整影片" allowfullscreen></iframe></div>
{body}
<p class="end">（本文刊載於《創新島週刊》第 1187 期）</p>
<div class="quotes-box">
  <h4>馬斯克語錄</h4>
  <p>馬斯克：「最好的零件，就是沒有零件。」</p>
  <p>馬斯克：「工廠是比車子本身更複雜的機器。」</p>
</div>
<div class="related"><h4>延伸閱讀</h4><ul>
  <li><a href="/2025/11/spacex-taiwan-suppliers">SpaceX 台灣供應鏈名單曝光：這 12 家公司上太空</a></li>
  <li><a href="/2025/10/giga-texas-unboxed">走進德州超級工廠：拆箱式組裝是什麼？</a></li>
</ul></div>
</article>
<section class="comments"><h3>讀者留言</h3>
  <div class="cm"><b>馬斯克的頭號粉絲</b><time>2025-12-03 21:14</time><p>「從第一性原理出發」，這句話我抄在筆記本第一頁。</p></div>
  <div class="cm"><b>新竹工程師阿哲</b><time>2025-12-04 08:02</time><p>台灣供應鏈被點名，與有榮焉。</p></div>
</section>
</main>
<footer id="colophon"><p>© 2025 創新島週刊 版權所有，轉載請註明出處。</p><p><a href="/privacy">隱私權政策</a>｜<a href="/contact">聯絡我們</a>｜<a href="/ad">廣告刊登</a></p></footer>
<script src="/wp-content/themes/cxd/js/seek.js?ver=5.2"></script>
<script>document.querySelectorAll('.vt').forEach(function(a){{a.addEventListener('click',function(){{window.cxdPlayer&&window.cxdPlayer.seek(+a.dataset.seek)}});}});</script>
</body>
</html>
"""
    exp = expected(
        "Magazine Q&A in <p> paragraphs: questions labelled '問：', answers labelled '伊隆·馬斯克（Elon Musk）：' first and '馬斯克：' afterwards; the video time of an answer is printed AFTER its text as a link '〔影片 mm:ss〕' (some answers have none).",
        SHOW, gold_turns(turns, zh=True), ["問：", "編按："])
    meta = dict(kind="Taiwan magazine interview (traditional Chinese)",
                fmt="問：/馬斯克： paragraphs, time link after the answer text (mm:ss)",
                hard=["Time printed after the turn's text (on the last paragraph of a multi-paragraph answer)",
                      "Label changes from '伊隆·馬斯克（Elon Musk）：' to '馬斯克：'",
                      "Question quotes him 「工廠本身就是產品」; headline and pull quote print his words; 馬斯克語錄 box with '馬斯克：「...」' lines",
                      "Commenter '馬斯克的頭號粉絲' quotes him",
                      "One-character answer '對。' without a time; editor's note '編按：' after it"],
                choices=["The '〔影片 mm:ss〕' link after an answer gives that answer's start time; answers without a link are null.",
                         "'編按：' (editor's note) is listed among others though it is written, not spoken; it is not his."])
    register(NAME, page, exp, meta)


build()
