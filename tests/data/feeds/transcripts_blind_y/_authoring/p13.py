from common import *

SHOW = "Continental Wire"

VIDEO = "https://video.continentalwire.eu/v/cw-88213"

# (who, label, secs, [paras])
SEGS = [
    ("V", "Katrin Vogel, Tesla Germany communications", 12, ["Guten Morgen, good morning, and welcome to Grünheide. We have about forty minutes. Questions in German will be interpreted into English for Mr. Musk, and his answers will be interpreted into German. Please state your outlet."]),
    ("M", "Elon Musk, CEO of Tesla", 41, ["Thanks, Katrin. And thanks everyone for coming out here, it’s a bit early. I just want to say the team here has done an incredible job. This factory is now producing over five thousand cars a week, which two years ago people said was impossible."]),
    ("R1", "Reporter (Märkische Rundschau)", 95, ["[in German] Herr Musk, Sie haben 2022 gesagt, dass die Fabrik kein Wasserproblem verursachen wird. Die Anwohner sehen das anders."]),
    ("I", "Interpreter", 104, ["Mr. Musk, in 2022 you said, quote, “the factory will not cause a water problem.” The residents see it differently."]),
    ("M", "Musk", 112, ["I understand the concern. We’ve cut water use per car by more than half since opening, and we recycle most of the process water now. I’d invite anyone who is worried to come and see the treatment plant. We have nothing to hide there."]),
    ("I", "Interpreter", 140, ["[interprets answer into German]"]),
    ("R2", "Reporter (Berliner Wirtschaftsblatt)", 1234, ["In English, if I may. Is the expansion still going ahead, yes or no?"]),
    ("M", "Musk", 1239, ["Yes. We’re going ahead with phase two, subject to the permits. The battery cell line is the priority."]),
    ("V", "Vogel", 1250, ["Next."]),
    ("R3", "Reporter (Radio Oder-Spree)", 1252, ["[in German] Werden Sie mehr Leute einstellen oder mehr Roboter?"]),
    ("I", "Interpreter", 1258, ["Will you hire more people or more robots?"]),
    ("M", "Musk", 1262, ["Both. Ultimately robots will do more of the boring and dangerous work, but for the next several years we’ll be hiring a lot of people here. Probably several thousand."]),
    ("I", "Interpreter", 1290, ["[interprets answer into German]"]),
    ("R2", "Reporter (Berliner Wirtschaftsblatt)", 4508, ["A last one. Do you speak any German yet?"]),
    ("M", "Musk", 4510, ["Ja."]),
    ("V", "Vogel", 4512, ["(laughter) Thank you all. That’s the end of the press conference."]),
    ("M", "Musk", 4515, ["Danke schön. Thank you."]),
]


def build():
    g = Gold(SHOW, "News-wire press-conference transcript; each turn is a <p> starting with a #t=XmYs video link showing mm:ss (minutes past 59), then a bold label with role on first use ('Elon Musk, CEO of Tesla:' then 'Musk:'); an interpreter renders German questions into English.")
    out = []
    for who, lab, t, paras in SEGS:
        if who == "M":
            g.add(t, paras[0], len(paras) > 1)
        else:
            g.other(lab)
        link = '<a class="cw-ts" href="%s#t=%dm%ds">%s</a>' % (VIDEO, t // 60, t % 60, mm_ss(t))
        out.append('<p class="cw-turn">%s <b>%s:</b> %s</p>' % (link, esc(lab), esc(paras[0], True)))
        for p in paras[1:]:
            out.append("<p>%s</p>" % esc(p, True))
    page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FULL TRANSCRIPT: Musk press conference at Grünheide | Continental Wire</title>
<meta name="description" content="Full transcript of Elon Musk’s press conference at the Tesla plant in Grünheide, including interpreted questions from German media.">
<meta name="news_keywords" content="Tesla, Elon Musk, Grünheide, Brandenburg, water, expansion">
<link rel="stylesheet" href="https://www.continentalwire.eu/static/css/cw.2025.11.css">
%s
%s
</head>
<body class="cw-story cw-transcript">
<div class="cw-top"><a class="cw-logo" href="https://www.continentalwire.eu/">Continental Wire</a>
<nav class="cw-nav"><a href="/europe/">Europe</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/tech/">Tech</a><a href="/video/">Video</a></nav>
<span class="cw-edition">Edition: <a href="/?ed=en">EN</a> | <a href="/?ed=de">DE</a></span></div>
<main class="cw-main">
<article>
<p class="cw-label">Transcript</p>
<h1>FULL TRANSCRIPT: Musk press conference at Grünheide</h1>
<p class="cw-dateline">GRÜNHEIDE, Germany, Nov 20 (CW) — <time datetime="2025-11-20T14:05:00+01:00">20 November 2025 14:05 CET</time></p>
<div class="cw-factbox">
<h2>Key quotes</h2>
<ul>
<li>Musk: “We have nothing to hide there.”</li>
<li>Musk: “We’re going ahead with phase two, subject to the permits.”</li>
<li>Vogel: “Questions in German will be interpreted into English.”</li>
</ul>
</div>
<p>The following is a transcript of the press conference given by Tesla Chief Executive Elon Musk at the company’s plant outside Berlin on Thursday. Questions asked in German were interpreted into English on site; the interpreter’s German renderings of Mr. Musk’s answers are not reproduced. Time links open the <a href="%s">full video</a> at that point. The transcript has been edited for clarity.</p>
<div class="cw-transcript-body">
%s
</div>
<p class="cw-credit">(Transcribed by the Continental Wire Berlin desk; editing by Jonas Reuter)</p>
<div class="cw-trust">Our standards: <a href="/trust-principles/">The Continental Wire Trust Principles.</a></div>
</article>
<aside class="cw-rail"><h3>Read next</h3><ul><li><a href="/business/tesla-gruenheide-water-permit-2025-11-18/">Brandenburg water authority delays Tesla permit decision</a></li><li><a href="/business/tesla-germany-sales-october/">Tesla’s German registrations rise for second month</a></li></ul></aside>
</main>
<footer class="cw-footer"><p>All quotes delayed a minimum of 15 minutes. © 2025 Continental Wire. All rights reserved.</p><nav><a href="/terms/">Terms of use</a> · <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/accessibility/">Accessibility</a></nav></footer>
<script src="https://www.continentalwire.eu/static/js/cw.2025.11.js" defer></script>
</body>
</html>
""" % (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "FULL TRANSCRIPT: Musk press conference at Grünheide",
               "datePublished": "2025-11-20T14:05:00+01:00", "publisher": {"@type": "Organization", "name": "Continental Wire"}}),
       ANALYTICS % "G-CWIRE001", VIDEO, "\n".join(out))
    return g.write("y13_continentalwire_pressconf", page)


if __name__ == "__main__":
    build()
