from common import *

NAME = "v16_asia_mobility_forum_interpreted"
SHOW = "Asia Mobility Forum"

LAB = {"P": ("Park Ji-won (Moderator)", "Park Ji-won"), "I": ("Interpreter", "Interpreter"),
       "E": ("Elon Musk, CEO of Tesla and SpaceX", "Elon Musk"), "A": ("Audience member", "Audience member")}

TURNS = [
    Turn("P", 2.115, ["안녕하십니까. 아시아 모빌리티 포럼 2025 특별 대담을 시작하겠습니다. 오늘은 일론 머스크 씨가 화상으로 함께합니다."]),
    Turn("I", 9.84, ["Good afternoon. We now begin the special conversation of Asia Mobility Forum 2025. Today Mr. Elon Musk joins us by video link."]),
    Turn("E", 17.302, ["Thank you. Good afternoon, Seoul. Sorry I can’t be there in person. I hear the food is excellent."]),
    Turn("I", 24.5, ["[Korean interpretation of the preceding remarks — not transcribed]"]),
    Turn("P", 31.77, ["첫 번째 질문입니다. 자율주행이 한국처럼 도로가 복잡한 곳에서도 가능할까요?"]),
    Turn("I", 38.06, ["The first question: is autonomous driving possible in places where the roads are as complex as in Korea?"]),
    Turn("E", 45.648, ["Yes, I think so. The neural net doesn’t really care whether it’s Seoul or Los Angeles, as long as it has enough training data from Seoul.",
                       "The hard part is the long tail, the strange situations that happen once in a million miles. Dense cities actually give you more of those per mile, which is good for training.",
                       "So I’d expect Korea to be one of the better places for it, frankly."],
         pt=[45.648, 56.921, 69.4]),
    Turn("I", 75.212, ["[Korean interpretation of the preceding answer — not transcribed]"]),
    Turn("P", 1440.5, ["배터리 공급망에 대해 여쭙겠습니다. 한국 배터리 업체들과의 협력은 계속됩니까?"]),
    Turn("I", 1447.93, ["On the battery supply chain: will cooperation with Korean battery makers continue? The moderator adds that, as Mr. Musk said in 2020, batteries are the fundamental rate limiter."]),
    Turn("E", 1459.007, ["Absolutely. Korean cell makers are some of the best in the world. We’re going to need a lot more cells than any single supplier can make, including us."]),
    Turn("I", 1470.66, ["[Korean interpretation of the preceding answer — not transcribed]"]),
    Turn("A", 3640.25, ["일론 머스크 씨, 한국 학생들에게 한마디 해주세요."]),
    Turn("I", 3646.4, ["A student in the audience asks: Mr. Musk, could you say a word to Korean students?"]),
    Turn("E", 3661.559, ["Study physics and learn to build things with your hands. And don’t be afraid to start a company. The downside is much smaller than people think.",
                         "If it fails, you learned a lot. If it works, it might change the world a little."],
         pt=[3661.559, 3672.03]),
    Turn("I", 3681.0, ["[Korean interpretation of the preceding answer — not transcribed]"]),
    Turn("P", 3695.38, ["감사합니다, 머스크 씨."]),
    Turn("I", 3697.1, ["Thank you, Mr. Musk."]),
    Turn("E", 3699.44, ["Thank you. Kamsahamnida."]),
]

FORMAT = ("Drupal session page with an HTML table (Time | Speaker | Remarks): times 'hh:mm:ss.mmm' on every row, speaker cell "
          "filled only at a speaker change (first 'Elon Musk, CEO of Tesla and SpaceX', then 'Elon Musk'), continuation rows' speaker "
          "cell holds only a visually-hidden '(continued)'; an interpreter's rows sit between his turns, and a hidden print-only copy repeats the text without times.")


def render_table():
    seen = set()
    rows = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        times = tr.pt or [tr.t]
        for i, (pt, p) in enumerate(zip(times, tr.paras)):
            spk = f'<th scope="row" class="views-field views-field-speaker">{lab}</th>' if i == 0 else '<th scope="row" class="views-field views-field-speaker"><span class="visually-hidden">(continued)</span></th>'
            lang = ' lang="ko"' if any("\uac00" <= c <= "\ud7a3" for c in p) else ""
            rows.append(f'<tr class="{"odd" if len(rows) % 2 else "even"}"><td class="views-field views-field-time"><span class="tc">{hms_ms(pt)}</span></td>{spk}<td class="views-field views-field-remarks"{lang}>{p}</td></tr>')
    return "\n".join(rows)


def render_print():
    out = []
    for tr in TURNS:
        out.append(f"<p><strong>{LAB[tr.spk][0].upper()}:</strong> {' '.join(tr.paras)}</p>")
    return "\n".join(out)


def build():
    table = render_table()
    printcopy = render_print()
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Special Conversation: Elon Musk (video link) | Asia Mobility Forum 2025</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2Q9nY1.css?delta=0&amp;language=en&amp;theme=amf_olivero" />
<style>.visually-hidden{{position:absolute!important;overflow:hidden;clip:rect(1px,1px,1px,1px);width:1px;height:1px;word-wrap:normal}} .print-only{{display:none}} @media print{{.print-only{{display:block}} .transcript-table{{display:none}}}} .tc{{font-family:monospace;font-size:12px;color:#555}}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1184","currentLanguage":"en"}},"ajaxTrustedUrl":[]}}</script>
</head>
<body class="path-node page-node-type-session">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner">
 <div class="site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/amf_olivero/logo.svg" alt="Home" width="120" height="40" /></a><div class="site-branding__name"><a href="/" rel="home">Asia Mobility Forum 2025</a></div></div>
 <nav role="navigation" aria-labelledby="block-amf-main-menu" id="block-amf-main-menu" class="primary-nav"><h2 class="visually-hidden" id="block-amf-main-menu">Main navigation</h2>
 <ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/programme">Programme</a></li><li class="primary-nav__menu-item"><a href="/speakers">Speakers</a></li><li class="primary-nav__menu-item primary-nav__menu-item--active-trail"><a href="/sessions">Sessions</a></li><li class="primary-nav__menu-item"><a href="/media">Media</a></li><li class="primary-nav__menu-item"><a href="/ko">한국어</a></li></ul></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/sessions">Sessions</a></li><li>Day 1</li></ol></nav></div>
<article data-history-node-id="1184" role="article" class="node node--type-session node--view-mode-full">
<h1 class="title page-title"><span class="field field--name-title">Special Conversation: Elon Musk (video link)</span></h1>
<div class="node__content">
<div class="field field--name-field-session-time">Tuesday, 14 October 2025 · 14:00–15:05 KST · Grand Ballroom, COEX</div>
<div class="field field--name-field-language"><div class="field__label">Languages</div><div class="field__item">Korean / English, with simultaneous interpretation</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>Forum chair Park Ji-won speaks with Elon Musk about autonomy in dense cities, the battery supply chain and advice for students. The conversation was held in Korean and English with simultaneous interpretation; interpretations into Korean are not transcribed.</p>
</div>
<div class="paragraph paragraph--type--transcript">
<h2>Session transcript</h2>
<p class="description">Official verbatim record prepared by the Forum secretariat. Time codes (hours:minutes:seconds.milliseconds) refer to the session video.</p>
<table class="views-table cols-3 transcript-table">
<caption class="visually-hidden">Transcript of the session, one row per utterance</caption>
<thead><tr><th scope="col" class="views-field views-field-time">Time</th><th scope="col" class="views-field views-field-speaker">Speaker</th><th scope="col" class="views-field views-field-remarks">Remarks</th></tr></thead>
<tbody>
{table}
</tbody>
</table>
<div class="print-only" aria-hidden="true">
<h2>Session transcript (print version)</h2>
{printcopy}
</div>
</div>
</div>
</article>
</div></div>
<aside class="layout-sidebar" role="complementary">
<div class="block block-views block-views-blockspeakers-block-session"><h2>Speakers</h2>
<div class="views-row"><div class="speaker-name">Elon Musk</div><div class="speaker-title">CEO, Tesla and SpaceX</div><div class="speaker-quote"><em>Elon Musk: “The downside is much smaller than people think.”</em></div></div>
<div class="views-row"><div class="speaker-name">Park Ji-won</div><div class="speaker-title">Chair, Asia Mobility Forum; Professor, KAIST</div></div>
</div>
<div class="block"><h2>Downloads</h2><ul><li><a href="/sites/default/files/2025-10/amf25-musk-transcript-en.pdf">Transcript (PDF, 214 KB)</a></li><li><a href="/sites/default/files/2025-10/amf25-musk-transcript-ko.pdf">녹취록 (PDF, 230 KB)</a></li></ul></div>
</aside>
</div>
<footer class="site-footer"><div class="site-footer__inner"><p>© 2025 Asia Mobility Forum Secretariat · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a></p></div></footer>
</div></div>
</div>
<script src="/core/misc/drupal.js?v=10.3.1"></script>
<script src="/themes/custom/amf_olivero/js/transcript-seek.js?v=1.2"></script>
</body>
</html>
"""
    others = ["Park Ji-won (Moderator)", "Park Ji-won", "Interpreter", "Audience member"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
