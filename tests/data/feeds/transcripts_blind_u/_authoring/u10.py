from common import *

NAME = "u10_bri_press_conference"
SHOW = "Berlin Radio International \u2013 The Brandenburg Report"
FMT = ("Drupal radio-news page, press conference transcript: each turn is a div of paragraphs, the first opening with a "
       "bold upper-case label (name and role/language note on first appearance, surname after); the turn's start time "
       "is printed AFTER its text as a bracketed mm:ss link (#t=seconds); an interpreter renders questions and his answers.")

H, W, E, I, KO = "H", "W", "E", "I", "KO"
# (speaker, label, start, [paras])
T = [
 (H, "LENA HARTMANN, Tesla Communications", "00:05", ["Good afternoon, and welcome to Gr\u00fcnheide. We\u2019ll begin with brief remarks from the Minister-President and from Elon, and then take questions. Interpretation is available on channel two of your headsets."]),
 (W, "KARL WEIDNER, Minister-President of Brandenburg (through interpreter)", "00:31", ["Thank you. Five years ago, many people said this factory would never be built. Today it employs more than twelve thousand people, and with this expansion it will be one of the largest industrial sites in eastern Germany."]),
 (E, "ELON MUSK, CEO of Tesla", "01:48", ["Thank you. Danke. It\u2019s great to be back in Brandenburg.", "The expansion roughly doubles the capacity of the factory, and it adds a cell line, so more of the battery will be made here rather than shipped in. I want to thank the team here, who have honestly been through a lot, and the state government for moving quickly on permits."]),
 (H, "HARTMANN", "03:55", ["Questions. Jana Koch, Der Morgen, please."]),
 (KO, "JANA KOCH, Der Morgen (in German)", "04:10", ["Herr Musk, viele Anwohner sorgen sich um das Grundwasser. Welche Garantien k\u00f6nnen Sie geben, dass der Ausbau nicht mehr Wasser verbraucht?"]),
 (I, "INTERPRETER", "04:31", ["The question is about groundwater. Residents are worried that the expansion will use more water, and she asks what guarantees you can give."]),
 (E, "MUSK", "04:49", ["We\u2019ll actually use less water per car after the expansion. The new paint shop recycles almost all of its water, and the cell line was designed from the start around a closed loop. I\u2019d invite anyone who\u2019s worried to come and see it."]),
 (I, "INTERPRETER (into German)", "05:30", ["Herr Musk sagt, dass der Wasserverbrauch pro Fahrzeug nach dem Ausbau sinken wird. Die neue Lackiererei bereite fast das gesamte Wasser wieder auf, und die Zellfertigung sei von Anfang an als geschlossener Kreislauf geplant worden."]),
 (KO, "KOCH", "05:58", ["Danke."]),
 (H, "HARTMANN", "06:00", ["You had a follow-up?"]),
 (KO, "KOCH", "06:03", ["Yes, in English. Elon, you said in March, quote, \u201cBerlin will be our most efficient factory by the end of the year.\u201d Is it?"]),
 (E, "MUSK", "06:14", ["Not yet. Close."]),
 (KO, "KOCH", "06:16", ["How close?"]),
 (E, "MUSK", "06:18", ["Within about ten percent on hours per car. Shanghai is still the benchmark, honestly. The team there is incredible. But Berlin is improving faster than any factory we\u2019ve had at this stage."]),
 (I, "INTERPRETER (into German)", "06:40", ["Herr Musk sagt: noch nicht, aber fast. Beim Zeitaufwand pro Fahrzeug liege Berlin etwa zehn Prozent hinter Shanghai, verbessere sich aber schneller als jedes andere Werk in dieser Phase."]),
 (H, "HARTMANN", "07:02", ["One last question from our online audience, which I\u2019ll read out: how many new jobs will the expansion create, and when?"]),
 (E, "MUSK", "07:15", ["Around two thousand over the next two years, most of them in cell production. We\u2019re also expanding the apprenticeship program, because we can\u2019t hire enough trained people fast enough otherwise."]),
 (I, "INTERPRETER (into German)", "07:41", ["Herr Musk sagt, in den n\u00e4chsten zwei Jahren entstehen rund zweitausend Arbeitspl\u00e4tze, die meisten in der Zellfertigung."]),
 (W, "WEIDNER (through interpreter)", "08:30", ["And I would add that the state will co-fund the apprenticeship program. These are jobs for young people from this region. That is the point, isn\u2019t it, Mr. Musk?"]),
 (E, "MUSK", "08:52", ["Exactly."]),
 (H, "HARTMANN", "08:55", ["Thank you all very much."]),
 (E, "MUSK", "09:00", ["Thank you. Danke sch\u00f6n."]),
]

def build():
    g = Gold("en")
    out, others = [], []
    for spk, lab, ts, paras in T:
        s = secs(ts)
        ps = []
        for k, p in enumerate(paras):
            body = named_ent(p)
            if k == 0:
                body = "<strong>%s:</strong> %s" % (named_ent(lab), body)
            if k == len(paras) - 1:
                body += ' <a class="tc" href="#t=%d" title="Turn begins at %s">[%s]</a>' % (s, ts, ts)
            ps.append("<p>%s</p>" % body)
        out.append('<div class="pc-turn" data-speaker="%s">\n%s\n</div>' % (attr(lab.split(",")[0].split(" (")[0].title()), "\n".join(ps)))
        if spk == E:
            g.add(s, named_ent(paras[0]))
        elif lab not in others:
            others.append(lab)
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Full transcript: Tesla&rsquo;s Gr&uuml;nheide expansion press conference | Berlin Radio International</title>
<link rel="canonical" href="https://english.bri-radio.example/brandenburg-report/2025-05-08/tesla-gruenheide-press-conference-transcript">
<meta property="og:title" content="Full transcript: Tesla&rsquo;s Gr&uuml;nheide expansion press conference">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1k9xYh2.css?delta=0&amp;language=en&amp;theme=bri&amp;include=eJxLz">
<style>
.pc-turn{margin:0 0 1.1em}.pc-turn p{margin:0 0 .5em}.tc{font-size:.8em;color:#6a6a6a;text-decoration:none;white-space:nowrap}
.audio-box{background:#111;color:#eee;padding:12px 16px;border-radius:4px}.field--name-field-summary{font-size:1.15em}
</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\/","currentPath":"node\/88214","currentLanguage":"en"},"bri":{"audioId":"br-2025-05-08-tesla"}}</script>
</head>
<body class="path-node page-node-type-audio-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
  <div class="region region-header">
    <div id="block-bri-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/bri/logo.svg" alt="Berlin Radio International"></a><div class="site-slogan">English Service</div></div>
    <nav role="navigation" aria-labelledby="block-bri-main-menu-menu" id="block-bri-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-bri-main-menu-menu">Main navigation</h2>
      <ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item menu-item--active-trail"><a href="/brandenburg-report">The Brandenburg Report</a></li><li class="menu-item"><a href="/culture">Culture</a></li><li class="menu-item"><a href="/listen-live">Listen live</a></li><li class="menu-item"><a href="/podcasts">Podcasts</a></li></ul>
    </nav>
  </div>
</header>
<main role="main" id="main-content">
<div class="region region-content">
<article data-history-node-id="88214" role="article" class="node node--type-audio-article node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title">Full transcript: Tesla&rsquo;s Gr&uuml;nheide expansion press conference</span></h1>
  <div class="node__meta"><span class="field field--name-uid">By BRI English Service</span> &middot; <time datetime="2025-05-08T17:20:00+02:00">8 May 2025</time></div>
  <div class="field field--name-field-summary"><p>Elon Musk and Brandenburg&rsquo;s Minister-President Karl Weidner presented the expansion of the Gr&uuml;nheide car plant on Thursday. German-language questions and Mr. Musk&rsquo;s answers were interpreted on site; we reproduce the interpretation as heard.</p></div>
  <div class="audio-box" role="region" aria-label="Audio"><button class="play" aria-label="Play the press conference">&#9654;</button> <span>The Brandenburg Report &middot; Press conference audio &middot; 09:14</span></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p><em>Editor&rsquo;s note: the time code after each contribution marks where that contribution <strong>begins</strong> in the audio above. German passages are given as spoken.</em></p>
{{T}}
<p><em>Transcribed by BRI English Service. Interpretation by the conference interpreters, not by BRI.</em></p>
  </div>
  <div class="field field--name-field-tags"><div class="field__label">Topics</div><div class="field__items"><a href="/topics/tesla" hreflang="en">Tesla</a> <a href="/topics/brandenburg" hreflang="en">Brandenburg</a> <a href="/topics/industry" hreflang="en">Industry</a></div></div>
</article>
<section class="block block-views related-stories"><h2>Related</h2><ul>
<li><a href="/brandenburg-report/2025-05-07/gruenheide-water-board-vote">Water board approves Gr&uuml;nheide permit with conditions</a></li>
<li><a href="/news/2025-04-29/ev-registrations-april">EV registrations rise for third month</a></li>
</ul></section>
</div>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>&copy; 2025 Berlin Radio International. Public broadcaster, English Service.</p><nav aria-label="Footer"><a href="/imprint">Imprint</a> &middot; <a href="/data-protection">Data protection</a> &middot; <a href="/accessibility">Accessibility</a></nav></div></footer>
</div>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_bri_player.js"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
