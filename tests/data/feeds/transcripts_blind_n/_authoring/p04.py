from common import *

def build():
    CH = 'The Chair (Ms. Gwen Aldous)'
    rows = [
        (742, CH, "Order. We now resume with our second panel. Appearing by videoconference we have Mr. Elon Musk. Mr. Musk, you have five minutes for an opening statement."),
        (768, 'Mr. Elon Musk (Chief Executive Officer, Space Exploration Technologies Corp.)', "Thank you, Madam Chair, and thank you to the committee for the invitation. I'll keep this short so there's more time for questions."),
        (781, '', "Satellite broadband is now available in every province and territory, including communities that had no fixed connection at all three years ago. I think that's worth a moment of reflection."),
        (802, '', "That said, I understand the committee's concerns about spectrum and about orbital debris, and I'm happy to address both."),
        (910, CH, "Thank you. Mr. Paquette, six minutes."),
        (915, 'Mr. Luc Paquette (Beauce-Nord, CPC)', "Thank you, Madam Chair. Mr. Musk, how many of your satellites have failed in orbit without being deorbited?"),
        (927, 'Mr. Musk', "It's a very small number. I'd have to get you the exact figure, but it's well under one percent, and the ones that failed are in low enough orbits that they come down on their own within a few years."),
        (951, 'Mr. Luc Paquette', "Will you table that figure with the clerk?"),
        (955, 'Mr. Musk', "Yes."),
        (958, 'Mr. Luc Paquette', "Thank you. In a previous appearance in another country you said, and I quote, \u201cspace is big, and satellites are small.\u201d Do you still believe the debris problem is overstated?"),
        (972, 'Mr. Musk', "I believe it's real but manageable. The key is to be in low orbit, so that the problem cleans itself up. The worry should be about high orbits, where a dead object stays for centuries."),
        (1030, CH, "Ms. Nakashima, please."),
        (1034, 'Ms. Aiko Nakashima (Vancouver Quadra, Lib.)', "Thank you. Mr. Musk, rural subscribers in my riding tell me the price went up twice last year. Why?"),
        (1046, 'Mr. Musk', "Demand in some cells exceeds capacity. When a cell is full, we either slow everyone down or we raise the price to slow new sign-ups. We chose the latter in a few places. We're launching more capacity as fast as we can."),
        (1068, '', "I'd also add that we offer a lower-cost plan for areas where the cell is not congested."),
        (1100, 'Ms. Aiko Nakashima', "I\u2019m out of time, but I'd like that plan information sent to the committee."),
        (1105, CH, "Thank you, Mr. Musk. We'll suspend for a few minutes to change panels."),
        (1110, 'Mr. Musk', "Thank you, Madam Chair."),
    ]
    g, trs = [], []
    prev = None
    for t, spk, txt in rows:
        link = f'<a class="ts" href="https://parlvu.example.ca/Harmony/en/PowerBrowser/PowerBrowserV2/20251118/-1/43871?mediaStartTime=20251118153000&amp;viewMode=3#t={t}">{hms(t)}</a>'
        trs.append(f'<tr><td class="time">{link}</td><td class="speaker">{esc(spk)}</td><td class="intervention">{esc(txt, True)}</td></tr>')
        if spk:
            prev = spk
            if spk.startswith('Mr. Elon Musk') or spk == 'Mr. Musk':
                g.append([t, fw(txt)])
    body = '\n'.join(trs)
    doc = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Evidence - INDU (45-1) - No. 38 - House of Commons of Northland</title>
<meta name="dcterms.title" content="Standing Committee on Industry and Technology - Evidence">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.ourcommons.example.ca/Content/Css/committee-publication.min.css">
<style>table.evidence td.time{{white-space:nowrap;width:7em}}table.evidence td.speaker{{font-weight:bold;width:14em}}</style>
</head>
<body>
<header id="wb-bnr"><div class="brand"><a href="https://www.ourcommons.example.ca/en">House of Commons of Northland</a></div><ul class="lang"><li><a lang="fr" href="/DocumentViewer/fr/45-1/INDU/reunion-38/temoignages">Français</a></li></ul></header>
<nav id="wb-bc" aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/en">Home</a></li><li><a href="/Committees/en/Home">Committees</a></li><li><a href="/Committees/en/INDU">INDU</a></li><li>Evidence</li></ol></nav>
<main role="main" class="container">
<h1>Standing Committee on Industry and Technology</h1>
<p class="publication-meta">45th Parliament, 1st Session &middot; Meeting No. 38 &middot; Tuesday, November 18, 2025</p>
<div class="alert alert-info"><p>This is an unrevised version (&ldquo;blues&rdquo;). Times link to the ParlVU recording of the meeting; the recording begins at 15:30 EST.</p></div>
<section class="witnesses"><h2>Witnesses</h2><ul><li><strong>As an individual</strong>: Elon Musk, Chief Executive Officer, Space Exploration Technologies Corp.</li></ul></section>
<section class="evidence"><h2>Evidence</h2>
<table class="evidence table">
<thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Intervention</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</section>
<p class="evidence-end">(Meeting suspended at 15:48)</p>
<section class="pub-links"><h2>Related publications</h2><ul><li><a href="/DocumentViewer/en/45-1/INDU/meeting-38/minutes">Minutes</a></li><li><a href="/DocumentViewer/en/45-1/INDU/meeting-38/notice">Notice of meeting</a></li></ul></section>
</main>
<footer id="wb-info"><ul><li><a href="/en/important-notices">Important notices</a></li><li><a href="/en/contact-us">Contact us</a></li></ul><p>Published under the authority of the Speaker of the House of Commons</p></footer>
<script src="https://www.ourcommons.example.ca/Content/Js/publication.min.js"></script>
</body>
</html>
"""
    write('n04_commons_committee', doc, g,
          "Parliamentary committee evidence table: rows of time (hh:mm:ss link with #t=seconds) | speaker | intervention; continuation rows have an empty speaker cell; full label with role first, then 'Mr. Musk'.",
          "Standing Committee on Industry and Technology", ["The Chair (Ms. Gwen Aldous)", "Mr. Luc Paquette (Beauce-Nord, CPC)", "Mr. Luc Paquette", "Ms. Aiko Nakashima (Vancouver Quadra, Lib.)", "Ms. Aiko Nakashima"])
