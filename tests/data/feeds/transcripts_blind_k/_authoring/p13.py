"""k13 - international broadcaster's English transcript page with an interpreter; 'Name: text' paragraphs, time link printed after the text, some turns untimed."""
from common import *

NAME = "k13_nordwelle_interpreter"
SHOW = "Dialog 360 (Nordwelle International)"

LAB = {"E": ("Elon Musk", "Musk"), "K": ("Katrin Vogel (in German)", "Vogel (in German)"), "I": ("Interpreter", "Interpreter")}


def frag(s):
    s = int(s)
    h, mm, ss = s // 3600, s % 3600 // 60, s % 60
    return ("%dh%02dm%02ds" % (h, mm, ss)) if h else ("%dm%02ds" % (mm, ss))


TURNS = [
    T("K", 20, "Herr Musk, willkommen bei Dialog 360. Sie bauen Ihre Fabrik in Brandenburg gerade weiter aus. Warum ausgerechnet hier?"),
    T("I", 31, "Mr. Musk, welcome to Dialog 360. You are expanding your factory in Brandenburg right now. Why here, of all places?"),
    T("E", 38, "Thank you for having me. Germany has an incredible engineering tradition, and honestly some of the best automotive engineers in the world live within a few hours’ drive of this building.",
      "Also, people here have been very welcoming. Mostly."),
    T("K", 75, "Viele Anwohner sorgen sich um das Grundwasser. Was sagen Sie ihnen?"),
    T("I", 82, "Many residents are worried about the groundwater. What do you say to them?"),
    T("E", 87, "That’s a reasonable concern, and we take it seriously. The plant uses far less water than people think, and we recycle most of it. We publish the numbers, so anyone can check."),
    T("K", None, "Sind Sie sicher?"),
    T("I", None, "Are you sure?"),
    T("E", None, "Yes."),
    T("K", 482, "Sie haben einmal gesagt, künstliche Intelligenz sei gefährlicher als Atomwaffen. Stehen Sie noch dazu?"),
    T("I", 490, "You once said that artificial intelligence is more dangerous than nuclear weapons. Do you still stand by that?"),
    T("E", 499, "I think it has the potential to be, if it’s developed carelessly. That’s why I’ve argued for some kind of oversight for a long time. Not to stop it, but so that someone is watching."),
    T("I", 516, "Excuse me, the interpreter would like to confirm: “oversight” as in a supervisory authority?"),
    T("E", 521, "Right, like a referee. Someone whose job is to understand what’s going on."),
    T("K", 890, "Letzte Frage: Werden Sie Deutsch lernen?"),
    T("I", 895, "Last question: will you learn German?"),
    T("E", 898, "I know a few words. My pronunciation is terrible, so I’ll spare everyone."),
    T("K", 910, "Vielen Dank, Herr Musk."),
    T("I", 913, "Thank you very much, Mr. Musk."),
    T("E", 915, "Danke."),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        lang = ' lang="de"' if t["spk"] == "K" else ""
        for i, p in enumerate(t["paras"]):
            tc = ""
            if i == 0 and t["t"] is not None:
                tc = ' <a class="tc" href="#t=%s" title="Play from here">&#9654;&nbsp;%s</a>' % (frag(t["t"]), mmss_over(t["t"]))
            if i == 0:
                out.append('<p%s><b>%s:</b> %s%s</p>' % (lang, esc(lab), esc(p), tc))
            else:
                out.append('<p%s>%s</p>' % (lang, esc(p)))
    return "\n      ".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk: "Germany has an incredible engineering tradition" | Dialog 360 | Nordwelle International</title>
<meta name="description" content="Full transcript: Katrin Vogel talks to Elon Musk at the Brandenburg plant about water, AI oversight and learning German.">
<meta property="og:title" content="Elon Musk: &quot;Germany has an incredible engineering tradition&quot;">
<link rel="canonical" href="https://www.nordwelle.de/en/dialog-360-elon-musk-brandenburg/a-70114582">
<link rel="alternate" hreflang="de" href="https://www.nordwelle.de/de/dialog-360-elon-musk-brandenburg/a-70114511">
<link rel="stylesheet" href="https://static.nordwelle.de/css/en/main.4f0e12.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Dialog 360: Elon Musk","duration":"PT15M40S","uploadDate":"2024-04-11T17:30:00+02:00","inLanguage":["de","en"]}</script>
</head>
<body class="lang-en">
<header class="nw-header">
  <a class="nw-logo" href="https://www.nordwelle.de/en/">Nordwelle International</a>
  <nav class="nw-nav"><a href="/en/world/">World</a><a href="/en/germany/">Germany</a><a href="/en/business/">Business</a><a href="/en/science/">Science</a><a href="/en/programs/" class="active">TV programs</a><a href="/en/live-tv/">Live TV</a></nav>
  <div class="nw-lang"><a href="/de/">Deutsch</a> · <a href="/en/" aria-current="true">English</a> · <a href="/es/">Español</a></div>
</header>
<main class="nw-main">
  <article class="nw-article">
    <p class="nw-kicker">Dialog 360 | <time datetime="2024-04-11">11.04.2024</time></p>
    <h1>Elon Musk: "Germany has an incredible engineering tradition"</h1>
    <p class="nw-teaser">Katrin Vogel met the Tesla chief at the Brandenburg plant. He spoke about groundwater, artificial intelligence and why his German will stay limited. The interview was conducted in German and English with simultaneous interpretation.</p>
    <div class="nw-video"><video id="dialog-player" controls preload="none" poster="https://static.nordwelle.de/image/70114582_16x9.jpg"><source src="https://tvdownload.nordwelle.de/dialog360/20240411_musk_en.mp4" type="video/mp4"></video><p class="nw-video-caption">Dialog 360: Elon Musk in Brandenburg (15:40)</p></div>
    <aside class="nw-quote"><p>“Not to stop it, but so that someone is watching.”</p><p class="nw-quote-src">Elon Musk on AI oversight</p></aside>
    <h2>Transcript</h2>
    <p class="nw-note"><em>Katrin Vogel’s questions are given in the original German, followed by the interpreter’s English rendition as broadcast. Mr. Musk’s answers were interpreted into German on air; the German interpretation is not reproduced here. Click a time to jump to that point in the video.</em></p>
    <div class="nw-transcript">
      %s
    </div>
    <p class="nw-footnote">This transcript has been edited for clarity. The German version of this interview is <a href="/de/dialog-360-elon-musk-brandenburg/a-70114511">available here</a>.</p>
    <div class="nw-related"><h3>Related</h3><ul><li><a href="/en/tesla-brandenburg-expansion-approved/a-69990031">Tesla Brandenburg expansion approved after vote</a></li><li><a href="/en/groundwater-concerns-brandenburg/a-69877410">Brandenburg residents voice groundwater concerns</a></li></ul></div>
  </article>
</main>
<footer class="nw-footer"><p>&copy; 2024 Nordwelle International · <a href="/en/imprint/">Imprint</a> · <a href="/en/privacy/">Privacy policy</a> · <a href="/en/accessibility/">Accessibility statement</a></p></footer>
<script>
document.querySelectorAll('a.tc').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();var m=a.getAttribute('href').match(/(?:(\\d+)h)?(\\d+)m(\\d+)s/);var v=document.getElementById('dialog-player');v.currentTime=(+(m[1]||0))*3600+(+m[2])*60+(+m[3]);v.play();});});
</script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Broadcaster's English transcript page: one paragraph per turn opening with a bold 'Name:' label ('Elon Musk' then 'Musk'; host 'Katrin Vogel (in German)', 'Interpreter'), speaker changes only by a new labelled paragraph; the time is a '#t=1m27s' link printed after the first paragraph's text (shown mm:ss), and some short turns have no time.",
                 SHOW, gold_turns(TURNS), ["Katrin Vogel (in German)", "Vogel (in German)", "Interpreter"])
