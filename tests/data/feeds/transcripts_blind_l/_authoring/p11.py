from common import *

NAME = "l11_press-conference-interpreter"
rows = [
 ("KATRIN VOGEL (MODERATOR)", False, 0, "Good morning, ladies and gentlemen, and welcome to the plant. We will have about thirty minutes. Mr. Musk will make a short statement, and then we will take questions. Questions in German will be interpreted. Mr. Musk, please."),
 ("ELON MUSK", True, 21, "Thanks, Katrin. Guten Morgen. That's about the extent of my German, so thank you to the interpreters.", "Today we're announcing the second phase of this plant. We'll roughly double the output, add a cell line on site, and hire about three thousand more people over the next two years. The first phase went faster than almost anyone expected, and that's because of the people here."),
 ("INTERPRETER", False, 84, "(Interprets statement into German.)"),
 ("KATRIN VOGEL (MODERATOR)", False, 147, "Thank you. First question, please. Yes, in the second row."),
 ("REPORTER (WIRTSCHAFTSKURIER, through interpreter)", False, 155, "Mr. Musk, last year in this building you said, \"Berlin will be our fastest ramp ever.\" But the plant has had problems with water permits and with a supplier fire. Was that promise too optimistic?"),
 ("MUSK", True, 190, "A little, yes. I think we were fast, but not as fast as I said. The water issue was a legitimate concern, and we've since cut the water use per car by more than half. The supplier fire was just bad luck, honestly."),
 ("INTERPRETER", False, 222, "(In German; back-translation:) Mr. Musk says the promise was a little too optimistic, that water use per car has been cut by more than half, and that the supplier fire was bad luck."),
 ("REPORTER (WIRTSCHAFTSKURIER, through interpreter)", False, 250, "A follow-up: will the new cell line use local suppliers?"),
 ("MUSK", True, 258, "As much as possible. That's the plan. Local supply is faster and it's more resilient."),
 ("KATRIN VOGEL (MODERATOR)", False, 270, "Next question. Yes, please."),
 ("REPORTER (BERLINER ABENDPOST)", False, 274, "Thank you. In English, for a change. Minister Haas, how much public money is going into phase two?"),
 ("DIETMAR HAAS (BRANDENBURG ECONOMY MINISTER, through interpreter)", False, 285, "No direct subsidies. The state is investing in road and rail access, which benefits the whole region, not only this company."),
 ("MUSK", True, 311, "Yeah, I can confirm that. We didn't ask for subsidies for this phase."),
 ("REPORTER (BERLINER ABENDPOST)", False, 318, "Mr. Musk, workers have complained about the pace on the line. What do you say to them?"),
 ("MUSK", True, 329, "I'd say come talk to me. I mean that. I'll be walking the line this afternoon.", "If the pace is unsafe, that's a problem and we'll fix it. If the pace is just fast, well, that's what makes the plant competitive, and it's what pays for the next three thousand jobs."),
 ("INTERPRETER", False, 372, "(Interprets answer into German.)"),
 ("KATRIN VOGEL (MODERATOR)", False, 1805, "We have time for one last question."),
 ("REPORTER (WIRTSCHAFTSKURIER, through interpreter)", False, 1809, "Will you learn German?"),
 ("MUSK", True, 1813, "I'll try. Don't expect much. Danke schön."),
 ("KATRIN VOGEL (MODERATOR)", False, 1821, "Thank you, everyone. This concludes the press conference."),
]
turns = [Turn(lab, t, *[esc(p) for p in paras], musk=m) for lab, m, t, *paras in rows]
out = []
for tr in turns:
    out.append('<p class="tx-line"><span class="tx-time">[%s]</span> <b>%s:</b> %s</p>' % (hms(tr.t), esc(tr.spk), tr.paras[0]))
    for p in tr.paras[1:]:
        out.append('<p class="tx-line tx-cont">%s</p>' % p)
body = "\n".join(out)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Full transcript: Musk announces second phase of Brandenburg plant | Rhein-Kurier English</title>
<meta name="description" content="Read the full transcript of the press conference at the Gr&uuml;nheide plant, including questions interpreted from German.">
<link rel="stylesheet" href="/static/rk/en/main.css">
<script>window.rkAds={slot:"en_article",cat:"business"};</script>
</head>
<body class="rk-en article">
<div class="rk-langbar"><a href="https://www.rhein-kurier.example/">Deutsch</a> | <strong>English</strong></div>
<header class="rk-head"><a href="/en/" class="rk-brand">Rhein-Kurier <span>English</span></a>
<nav><a href="/en/politics/">Politics</a><a href="/en/business/" class="active">Business</a><a href="/en/europe/">Europe</a><a href="/en/culture/">Culture</a><a href="/en/newsletter/">Newsletter</a></nav></header>
<main class="rk-main">
<article>
<p class="kicker">Business &middot; Transcript</p>
<h1>Full transcript: Musk announces second phase of Brandenburg plant</h1>
<p class="meta">By Rhein-Kurier staff &middot; <time datetime="2024-06-12T13:40:00+02:00">12 June 2024, 13:40</time></p>
<p class="lede">Elon Musk announced on Wednesday that the car plant in Gr&uuml;nheide near Berlin will roughly double its output and add its own cell production. Below is the transcript of the press conference. Questions asked in German and the minister's answers were interpreted; the interpretation is given as spoken by the interpreter. Times refer to our video of the event.</p>
<aside class="factbox"><h2>At a glance</h2><ul><li>Phase two: output roughly doubled</li><li>About 3,000 new jobs over two years</li><li>Cell production on site</li></ul><p>Read our analysis: <a href="/en/business/gruenheide-phase-two-analysis/">What the expansion means for the region</a></p></aside>
<div class="rk-video"><video controls preload="none" poster="/media/gruenheide-pk.jpg" src="/media/gruenheide-pk.mp4"></video><p class="caption">Video: the full press conference (30:40)</p></div>
<section class="transcript">
%s
</section>
<p class="note"><em>Transcript produced by Rhein-Kurier. The section between 00:06:30 and 00:30:05, covering questions on regional traffic planning to the minister, has been omitted.</em></p>
</article>
<section class="rk-comments"><h2>Reader comments (2)</h2>
<div class="c"><p class="c-author">muskwatcher_bb</p><p>&quot;Come talk to me&quot; &ndash; I'd love to see how that goes on the night shift.</p></div>
<div class="c"><p class="c-author">Elke S.</p><p>The interpreter did a great job keeping up.</p></div>
</section>
</main>
<footer class="rk-foot"><p>&copy; Rhein-Kurier Verlag GmbH 2024 &middot; <a href="/en/imprint/">Imprint</a> &middot; <a href="/en/privacy/">Data protection</a></p></footer>
<script src="/static/rk/en/main.js" defer></script>
</body>
</html>
""" % body

emit(NAME, page, turns,
     fmt="News-site press-conference transcript: one <p> per turn as '[hh:mm:ss] LABEL: text' with bold capitalised labels ('ELON MUSK' then 'MUSK'), unlabelled untimed continuation paragraphs, and an interpreter whose turns render questions and his answers.",
     show="Rhein-Kurier English", others=["KATRIN VOGEL (MODERATOR)", "INTERPRETER", "REPORTER (WIRTSCHAFTSKURIER, through interpreter)", "REPORTER (BERLINER ABENDPOST)", "DIETMAR HAAS (BRANDENBURG ECONOMY MINISTER, through interpreter)"])
