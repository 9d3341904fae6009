"""q15 - Hong Kong newspaper (traditional Chinese): Q&A full text, '<strong>名字</strong>（mm:ss）：text', one turn without time."""
from common import ELON, esc, gold_turns, mmss, write_page

NAME = "q15_harbour_times_zh_hk_forum_qa"
SHOW = "維港時報 Harbour Times"

# (key, label, secs or None, paras)
TURNS = [
    ("H", "主持人陳嘉欣", 0, ["各位好，歡迎來到「2025香港創科論壇」的壓軸環節。今日我們很榮幸邀請到埃隆·馬斯克先生以視像形式參與。馬斯克先生，你好。"]),
    (ELON, "埃隆·馬斯克", 14, ["大家好，很高興參加這次論壇。可惜今次未能親身來香港。"]),
    ("H", "陳嘉欣", 22, ["首先想問，你怎樣看香港在創科方面的角色？"]),
    (ELON, "馬斯克", 29, ["香港有很好的大學和金融體系，這是很大的優勢。關鍵是能否把研究真正變成產品。",
                         "我認為機械人和人工智能會是未來十年最大的機遇。"]),
    ("R1", "記者（維港時報）", 400, ["馬斯克先生，你較早前曾說過「自動駕駛最終會比人類司機安全十倍」，你認為香港的道路環境適合自動駕駛嗎？"]),
    (ELON, "馬斯克", 412, ["香港的道路很複雜，路窄、斜坡多、行人也多。但正因為複雜，如果系統能在香港行得通，在大部分城市都會行得通。"]),
    ("R2", "記者（科技日報）", 675, ["Starlink會否在香港提供服務？"]),
    (ELON, "馬斯克", None, ["這要視乎監管機構的決定。我們已經準備好了。"]),
    ("H", "陳嘉欣", 1110, ["最後一個問題，你對香港年輕人有甚麼寄語？"]),
    (ELON, "馬斯克", 1117, ["做你真正熱愛的事。如果你對某件事充滿熱情，就算失敗了也值得。"]),
    ("H", "陳嘉欣", 1142, ["多謝馬斯克先生。"]),
    (ELON, "馬斯克", 1145, ["多謝。"]),
]


def render():
    out = []
    for k, lab, t, paras in TURNS:
        tm = '<span class="ht-tc">〔%s〕</span>' % mmss(t) if t is not None else ""
        for i, p in enumerate(paras):
            head = "<strong>%s</strong>：" % esc(lab) if i == 0 else ""
            tail = tm if i == len(paras) - 1 else ""
            out.append('<p class="qa">%s%s%s</p>' % (head, esc(p), tail))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>馬斯克視像出席香港創科論壇 答問全文 | 港聞 | 維港時報</title>
<meta name="description" content="特斯拉及SpaceX行政總裁馬斯克昨日以視像形式出席2025香港創科論壇，談香港創科角色、自動駕駛及Starlink。以下為答問全文。">
<meta property="og:title" content="馬斯克視像出席香港創科論壇 答問全文">
<meta property="og:site_name" content="維港時報 Harbour Times">
<meta property="og:locale" content="zh_HK">
<link rel="canonical" href="https://news.harbourtimes.hk/article/20250918/hk/mk-forum-qa">
<link rel="stylesheet" href="https://static.harbourtimes.hk/css/article.v3.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HT00099"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-HT00099');</script>
</head>
<body class="article-page lang-zh-hant">
<div id="ht-top"><div class="ht-date">2025年9月18日 星期四</div><div class="ht-lang"><a href="https://en.harbourtimes.hk/">English</a> | <a href="https://news.harbourtimes.hk/sc/">简体</a></div></div>
<header id="ht-header"><a class="ht-logo" href="https://news.harbourtimes.hk/"><img src="https://static.harbourtimes.hk/img/logo_zh.svg" alt="維港時報" width="190" height="48"></a>
<nav class="ht-nav"><ul><li><a href="/hk/" class="active">港聞</a></li><li><a href="/china/">中國</a></li><li><a href="/intl/">國際</a></li><li><a href="/finance/">財經</a></li><li><a href="/tech/">科技</a></li><li><a href="/sport/">體育</a></li><li><a href="/opinion/">評論</a></li></ul></nav></header>
<main id="ht-main">
<article class="ht-article">
<div class="ht-section-tag"><a href="/hk/">港聞</a></div>
<h1>馬斯克視像出席香港創科論壇 答問全文</h1>
<div class="ht-meta"><span>記者 區曉晴</span><time datetime="2025-09-18T06:30:00+08:00">2025-09-18 06:30</time><span>更新：2025-09-18 09:12</span></div>
<figure class="ht-figure"><img src="https://static.harbourtimes.hk/img/2025/09/18/forum_screen.jpg" alt="" width="900" height="506"><figcaption>馬斯克昨日透過視像出席論壇，台下座無虛席。（區曉晴攝）</figcaption></figure>
<div class="ht-body">
<p>特斯拉及SpaceX行政總裁馬斯克（Elon Musk）昨日以視像形式出席於會展舉行的「2025香港創科論壇」壓軸環節，回答主持人及傳媒提問。馬斯克表示：「香港有很好的大學和金融體系。」他又認為，能在香港複雜路面行得通的自動駕駛系統，在大部分城市都會行得通。</p>
<p>被問到Starlink會否來港，馬斯克指要視乎監管機構決定。以下為答問全文，每段發言後〔〕內為該段發言開始時的直播錄影時間。部分內容經翻譯及刪節。</p>
<h2 class="ht-subhead">答問全文</h2>
{qa}
<p class="ht-end">（全文完）</p>
<div class="ht-box"><h3>延伸閱讀</h3><ul><li><a href="/tech/20250915/starlink-asia">Starlink亞洲擴張 香港未有時間表</a></li><li><a href="/finance/20250910/tesla-hk-sales">特斯拉本港銷量八月回升</a></li></ul></div>
</div>
<div class="ht-share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.harbourtimes.hk%2Farticle%2F20250918%2Fhk%2Fmk-forum-qa">Facebook</a> <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fnews.harbourtimes.hk%2Farticle%2F20250918%2Fhk%2Fmk-forum-qa">WhatsApp</a> <a href="#" class="copy-link">複製連結</a></div>
</article>
<section class="ht-comments" id="comments"><h2>讀者留言（3）</h2>
<div class="ht-c"><p class="ht-c-name">馬斯克迷</p><p class="ht-c-time">2025-09-18 08:02</p><p class="ht-c-text">馬斯克：「做你真正熱愛的事。」說得好！</p></div>
<div class="ht-c"><p class="ht-c-name">伊隆粉</p><p class="ht-c-time">2025-09-18 08:45</p><p class="ht-c-text">回覆馬斯克迷：同意，不過香港樓價咁高，熱愛都要交租㗎。</p></div>
<div class="ht-c"><p class="ht-c-name">將軍澳工程師</p><p class="ht-c-time">2025-09-18 10:20</p><p class="ht-c-text">自動駕駛喺香港？先搞掂啲小巴先講。</p></div>
</section>
</main>
<aside id="ht-rail"><div class="ht-rail-box"><h3>熱門</h3><ol><li><a href="/hk/20250918/typhoon">八號風球下午或改發三號</a></li><li><a href="/finance/20250918/hsi">恒指高開二百點</a></li><li><a href="/hk/20250917/mtr">港鐵東涌綫延線通車</a></li></ol></div></aside>
<footer id="ht-footer"><p><a href="/about">關於我們</a> | <a href="/privacy">私隱政策</a> | <a href="/terms">使用條款</a> | <a href="/contact">聯絡我們</a></p><p>&copy; 2025 維港時報有限公司 版權所有 不得轉載</p></footer>
<script src="https://static.harbourtimes.hk/js/article.v3.js" defer></script>
</body>
</html>
"""


def build():
    page = PAGE.format(qa=render())
    turns = [(k, t, paras) for k, lab, t, paras in TURNS]
    return write_page(
        NAME, page, SHOW,
        "Hong Kong newspaper Q&A full text (traditional Chinese): one <p> per turn '<strong>名字</strong>：text' with a full-width colon and the turn's start time printed after its text as '〔mm:ss〕' (after the last paragraph of a multi-paragraph turn), label 埃隆·馬斯克 first then 馬斯克, one of his turns without a time.",
        gold_turns(turns, zh=True),
        ["主持人陳嘉欣", "陳嘉欣", "記者（維港時報）", "記者（科技日報）"],
    )
