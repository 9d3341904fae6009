from common import *

NAME = "aa13_northcoast_radio_interpreter"
SHOW = "The Crossing (North Coast Public Radio)"

ROWS = [
    (3665, "MARGARET OYELARAN, HOST", "MO", "Welcome back to the second hour of The Crossing. I\u2019m Margaret Oyelaran. Our next guest runs a rocket company, a car company and, depending on the week, several other things. Before we bring him in, here\u2019s how he put his priorities in a post last week, read by our producer."),
    (3700, "", None, "(SOUNDBITE OF ARCHIVED RECORDING)"),
    (3700, "JESSE PARK, PRODUCER, READING A POST BY ELON MUSK", "JP", "Cheap, reliable launch is the foundation of everything else. The rest is commentary."),
    (3712, "OYELARAN", "MO", "Elon Musk joins us now from Texas. Welcome to the program."),
    (3718, "ELON MUSK", EM, "Thanks for having me, Margaret. Good to be on public radio. My kids think it\u2019s very old-fashioned."),
    (3729, "OYELARAN", "MO", "We prefer timeless. You\u2019ve been spending time in Japan this month. What were you doing there?"),
    (3740, "MUSK", EM, "Mostly meeting suppliers. A lot of the precision components in both the cars and the rockets come from Japanese companies, and their quality is just extraordinary. Some of these firms have been making the same part for fifty years and they are still improving it.",
     "I also went to a robotics lab in Nagoya that was genuinely humbling. They\u2019re ahead of us in some areas."),
    (3881, "OYELARAN", "MO", "We have a guest in our studio from Tokyo, Kenji Morita of the Nikko Shimbun, who\u2019ll ask his question in Japanese, with interpretation."),
    (3895, "KENJI MORITA", "KM", "(Speaking Japanese)."),
    (3902, "INTERPRETER", "IN", "Mr. Musk, Japanese automakers have been cautious about fully electric vehicles. Some executives say hybrids are the realistic path. Do you think they are wrong?"),
    (3912, "MUSK", EM, "I don\u2019t think they\u2019re wrong to be cautious, but I think the transition is happening faster than the industry expected. I have enormous respect for Japanese engineering. The moment they fully commit, they\u2019ll be formidable competitors. Honestly, I\u2019d welcome that."),
    (3990, "INTERPRETER", "IN", "(Interpreting Mr. Musk\u2019s answer into Japanese for Mr. Morita.)"),
    (4008, "MORITA (THROUGH INTERPRETER)", "KM", "Thank you. A follow-up: would Tesla ever build a factory in Japan?"),
    (4020, "MUSK", EM, "Possibly."),
    (4021, "OYELARAN", "MO", "That\u2019s a news story right there."),
    (4510, "OYELARAN", "MO", "Before we let you go: you turn a certain age next month. What do you know now that you wish you\u2019d known at twenty-five?"),
    (4518, "MUSK", EM, "That most of the things you worry about don\u2019t happen, and the things that do happen are usually ones you never thought about. So worry less and pay attention more. That\u2019s about it."),
    (4780, "OYELARAN", "MO", "Elon Musk, thank you."),
    (4784, "MUSK", EM, "My pleasure. Thanks, everyone."),
]

TURNS = [T(spk, sec, *paras) for sec, lbl, spk, *paras in ROWS if spk]


def frag(s):
    return "%dm%02ds" % (s // 60, s % 60)


def render():
    out = []
    for sec, lbl, spk, *paras in ROWS:
        if spk is None:
            out.append("<p>%s</p>" % esc(paras[0]))
            continue
        out.append('<p><a class="audio-seek" href="#t=%s" data-seconds="%d">%s</a> <b>%s:</b> %s</p>'
                   % (frag(sec), sec, mmss_long(sec), esc(lbl), esc(paras[0], ents=True)))
        for p in paras[1:]:
            out.append("<p>%s</p>" % esc(p, ents=True))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Elon Musk on Japanese suppliers, EVs and worrying less | The Crossing | North Coast Public Radio</title>
<link rel="canonical" href="https://www.northcoastpublic.org/show/the-crossing/2024-06-18/elon-musk" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qv2l3n8aT.css?delta=0&amp;language=en&amp;theme=ncpr&amp;include=eJxLzs8" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48812"},"ncprPlayer":{"src":"https:\\/\\/audio.northcoastpublic.org\\/crossing\\/20240618_hr2.mp3"}}</script>
</head>
<body class="path-node page-node-type-episode">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
 <div class="region region-header"><div id="block-ncpr-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/ncpr/logo.svg" alt="North Coast Public Radio 90.3 FM" /></a></div>
 <div class="listen-live"><button class="listen-live__btn" type="button">&#9654; Listen Live</button> <span class="now-playing">Now: All Things Considered</span></div>
 <a class="donate-btn" href="https://www.northcoastpublic.org/donate">Donate</a></div>
 <nav role="navigation" aria-labelledby="block-ncpr-main-menu-menu" id="block-ncpr-main-menu"><h2 class="visually-hidden" id="block-ncpr-main-menu-menu">Main navigation</h2>
 <ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item menu-item--active-trail"><a href="/shows">Shows</a></li><li class="menu-item"><a href="/schedule">Schedule</a></li><li class="menu-item"><a href="/podcasts">Podcasts</a></li><li class="menu-item"><a href="/about">About</a></li></ul></nav>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="48812" role="article" class="node node--type-episode node--view-mode-full">
 <div class="show-label"><a href="/show/the-crossing">The Crossing</a></div>
 <h1 class="page-title"><span class="field field--name-title">Elon Musk on Japanese suppliers, EVs and worrying less</span></h1>
 <div class="node__meta"><span class="field field--name-field-air-date">Aired June 18, 2024, hour 2</span> &middot; <span>Host: Margaret Oyelaran</span></div>
 <div class="episode-player" data-src="https://audio.northcoastpublic.org/crossing/20240618_hr2.mp3"><audio controls preload="none" src="https://audio.northcoastpublic.org/crossing/20240618_hr2.mp3"></audio><p class="episode-player__note">Times below count from the start of the full two-hour broadcast.</p></div>
 <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
 <p>Margaret Oyelaran talks with Elon Musk about his trip to Japan, why Japanese automakers have been slow to go electric, and the advice he&rsquo;d give his younger self. Kenji Morita of the Nikko Shimbun joins with a question through an interpreter.</p>
 <h2>Transcript</h2>
 <p class="transcript-note"><em>This transcript was created on deadline and may not be in its final form. The authoritative record is the audio.</em></p>
{{TRANSCRIPT}}
 <p><em>Copyright &copy; 2024 North Coast Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</em></p>
 </div>
 <div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/tags/technology">Technology</a></div><div class="field__item"><a href="/tags/japan">Japan</a></div></div></div>
</article>
<section class="related-stories"><h2>Related</h2><ul>
<li><a href="/show/the-crossing/2024-05-02/kimbal-musk">Kimbal Musk on farming in shipping containers</a></li>
<li><a href="/news/2024-06-10/japan-ev-sales">Japan&rsquo;s EV sales are finally rising. Here&rsquo;s why.</a></li>
</ul></section>
</div>
</main>
<aside class="sidebar"><div class="support-box"><h3>Support independent journalism</h3><p>North Coast Public Radio is listener-supported. Become a sustaining member today.</p><a class="button" href="/donate?src=sidebar">Give now</a></div>
<div class="schedule-box"><h3>On air today</h3><ul><li>9:00 AM &ndash; The Crossing</li><li>11:00 AM &ndash; Here &amp; There</li><li>4:00 PM &ndash; All Things Considered</li></ul></div></aside>
<footer role="contentinfo" class="site-footer"><p>North Coast Public Radio &middot; 90.3 FM &middot; 1200 Harbor Way, Eureka, CA</p><p><a href="/privacy">Privacy</a> | <a href="/fcc-public-files">FCC Public Files</a> | <a href="/contact">Contact</a></p></footer>
</div>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/themes/custom/ncpr/js/player.js?sf4k2a"></script>
<script>document.querySelectorAll('a.audio-seek').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();var au=document.querySelector('.episode-player audio');au.currentTime=+a.dataset.seconds;au.play();});});</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Drupal public-radio transcript: each turn a <p> opened by a seek link with the time as minutes over 59 (\"75:18\", href \"#t=75m18s\") then a bold all-caps label (\"ELON MUSK:\" then \"MUSK:\"); a producer reads one of his posts and an interpreter voices a Japanese journalist.",
                 SHOW, gold_turns(TURNS),
                 ["MARGARET OYELARAN, HOST", "OYELARAN", "JESSE PARK, PRODUCER, READING A POST BY ELON MUSK", "KENJI MORITA", "INTERPRETER", "MORITA (THROUGH INTERPRETER)"])
