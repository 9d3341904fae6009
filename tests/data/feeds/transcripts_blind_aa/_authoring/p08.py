from common import *

NAME = "aa08_xidao_ghost_traditional"
SHOW = "矽島夜談"
FULL = {"AJ": "阿傑", "MIA": "Mia", EM: "埃隆·馬斯克"}
SHORT = {"AJ": "阿傑", "MIA": "Mia", EM: "馬斯克"}

TURNS = [
    T("AJ", 12, "大家好，歡迎收聽《矽島夜談》，我是阿傑。今天真的很不可思議，我們連線到了埃隆·馬斯克。Elon，歡迎！"),
    T(EM, 25, "謝謝，很高興跟台灣的聽眾聊天。我聽說這裡的夜市很棒，可惜這次沒辦法親自去。"),
    T("MIA", 38, "我是Mia。馬斯克以前說過：「台灣的供應鏈是全世界最好的之一。」這句話到現在還成立嗎？"),
    T(EM, 52, "當然成立。我們很多伺服器和零組件都來自台灣的合作夥伴，他們的執行力非常驚人。",
      "訓練大型模型需要的算力，幾乎每一個環節都和台灣有關係，從晶片、散熱到機櫃都是。"),
    T("AJ", 125, "所以你們明年會加碼採購？"),
    T(EM, 129, "是。"),
    T("AJ", 130, "哇，這麼乾脆。"),
    T(EM, 132, "這沒有什麼好隱瞞的。只要晶片和伺服器能準時交貨，我們會買到能買的上限。算力永遠不嫌多。"),
    T("MIA", None, "最後一個問題：你什麼時候會來台北？"),
    T(EM, None, "希望明年可以。到時候請你們帶我去逛夜市，我想試試臭豆腐。"),
    T("AJ", 340, "一言為定！謝謝Elon。"),
    T(EM, 343, "謝謝大家，再見。"),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        ts = ' <span class="ts">〔%s〕</span>' % mmss_long(t.t) if t.t is not None else ""
        out.append("<p><strong>%s：</strong>%s%s</p>" % (lbl, esc(t.paras[0]), ts))
        for p in t.paras[1:]:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>EP147｜連線馬斯克：台灣供應鏈、算力與夜市之約（逐字稿）</title>
    <link rel="stylesheet" type="text/css" href="https://xidaoyetan.tw/assets/built/screen.css?v=8c2a1b7e44">
    <meta name="description" content="這集我們連線到了馬斯克，聊台灣供應鏈、AI算力，還有他想吃的臭豆腐。">
    <link rel="canonical" href="https://xidaoyetan.tw/ep147-musk/">
    <meta property="og:site_name" content="矽島夜談">
    <meta property="og:type" content="article">
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="矽島夜談" href="https://xidaoyetan.tw/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://xidaoyetan.tw/" data-key="9a8f7e" data-api="https://xidaoyetan.tw/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
</head>
<body class="post-template tag-podcast tag-ai has-serif-title">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://xidaoyetan.tw">矽島夜談</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://xidaoyetan.tw/">首頁</a></li><li class="nav-all-episodes"><a href="https://xidaoyetan.tw/tag/podcast/">全部單集</a></li><li class="nav-about"><a href="https://xidaoyetan.tw/about/">關於我們</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">訂閱</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-podcast tag-ai">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/podcast/">Podcast</a></span></div>
        <h1 class="article-title">EP147｜連線馬斯克：台灣供應鏈、算力與夜市之約（逐字稿）</h1>
        <p class="article-excerpt">這集我們連線到了馬斯克，聊台灣供應鏈、AI算力，還有他想吃的臭豆腐。</p>
        <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ajie/">阿傑</a>, <a href="/author/mia/">Mia</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-06-07">2024年6月7日</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 分鐘閱讀</span></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <figure class="kg-card kg-embed-card"><iframe src="https://embed.soundon.fm/episode/ep147" width="100%" height="140" frameborder="0" title="SoundOn Player"></iframe></figure>
        <div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
            <div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">本集重點（點擊展開）</h4><button class="kg-toggle-card-icon" aria-label="展開"><svg viewBox="0 0 14 14"><path d="M7 0a.5.5 0 0 1 .5.5v6h6a.5.5 0 1 1 0 1h-6v6a.5.5 0 1 1-1 0v-6h-6a.5.5 0 0 1 0-1h6v-6A.5.5 0 0 1 7 0Z"/></svg></button></div>
            <div class="kg-toggle-content"><ul><li>馬斯克：台灣的合作夥伴執行力非常驚人。</li><li>馬斯克：算力永遠不嫌多，明年會加碼採購。</li><li>馬斯克明年可能訪台，想吃臭豆腐。</li></ul></div>
        </div>
        <p>這一集是我們做節目以來最緊張的一次錄音。感謝朋友牽線，我們在馬斯克行程之間搶到了大約十分鐘的視訊。以下逐字稿由阿傑整理，英文部分已翻成中文。<strong>段落最後的時間碼是該段在音檔中開始的位置</strong>，方便大家跳著聽。</p>
        <hr>
        <h2 id="逐字稿">逐字稿</h2>
{{TRANSCRIPT}}
        <hr>
        <p><em>《矽島夜談》每週五更新。喜歡這集的話，歡迎在 Apple Podcasts 給我們五顆星！</em></p>
    </section>
</article>
<section class="article-comments gh-canvas">
    <div id="comments-root"><h3>留言 (3)</h3>
    <div class="cmt"><b class="cmt-name">馬斯克粉絲團-台中分部</b><p>「是。」這個回答我笑了，超級乾脆</p></div>
    <div class="cmt"><b class="cmt-name">Elon Tsai</b><p>同名路過。求下一集邀黃仁勳！</p></div>
    <div class="cmt"><b class="cmt-name">小雨</b><p>Mia引用的那句話原本是在哪裡講的？想找原始出處。</p></div>
    </div>
</section>
</main>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://xidaoyetan.tw">矽島夜談</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://xidaoyetan.tw/privacy/">隱私權政策</a></li><li><a href="https://xidaoyetan.tw/contact/">聯絡我們</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://xidaoyetan.tw/assets/built/casper.js?v=8c2a1b7e44"></script>
<script>(function(){document.querySelectorAll('.kg-toggle-heading').forEach(function(h){h.addEventListener('click',function(){var c=h.closest('.kg-toggle-card');c.setAttribute('data-kg-toggle-state',c.getAttribute('data-kg-toggle-state')==='close'?'open':'close');});});})();</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Ghost blog (traditional Chinese): each turn a <p> with a bold label and full-width colon (\"埃隆·馬斯克：\" then \"馬斯克：\"), the start time printed AFTER the first paragraph's text as 〔m:ss〕, continuation paragraphs unlabelled and untimed, two turns without any time.",
                 SHOW, gold_turns(TURNS, zh=True), ["阿傑", "Mia"])
