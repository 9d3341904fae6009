from common import *

NAME = "h10_well_aged_maye_clips"
LAB = {"C": "Carmen Ibáñez", "MM": "Maye Musk", ELON: "Elon Musk (archival clip)", "MM2": "Maye"}
T = [
    ("C", 0, ["Welcome to Well Aged, the show about people who got better with time. I'm Carmen Ibáñez, and my guest today is the model, dietitian and author Maye Musk."]),
    ("MM", 12, ["Thank you, Carmen. I'm so happy to be here."]),
    ("C", 16, ["You've talked about raising three kids basically on your own. Before we get into it, I want to play something. This is your son Elon, speaking at a university commencement a few years back."]),
    (ELON, 29, ["My mother worked multiple jobs. She was a model, a dietitian, she was writing, and she still found time for us. I think the work ethic I have, I really got from her."]),
    ("MM2", 46, ["Oh, that's lovely. I hadn't heard that one."]),
    ("C", 50, ["Is that how you remember it?"]),
    ("MM2", 52, ["Pretty much. We didn't have much money. The kids did their homework at the kitchen table while I saw clients. Elon said to me once, \u201cMom, you never told us to work hard, we just watched you.\u201d That was the nicest thing."]),
    ("C", 740, ["There's another clip I have to play, because it made the rounds online. Elon on a podcast talking about your birthday gift."]),
    (ELON, 748, ["I got her a rocket launch for her birthday. Well, not a whole rocket, she got to press the button. Not really the button. There's a ceremonial button."]),
    ("MM2", 761, ["He's right, it was a ceremonial button! But it was still the best present."]),
    ("C", 2405, ["We're nearly out of time. One more clip, and this one is the reason I asked you on."]),
    (ELON, 2411, ["If you want advice on aging, don't ask me, ask my mom. She's seventy-six and she works harder than I do."]),
    ("MM2", 2425, ["Seventy-seven now. He's behind."]),
    ("C", 2429, ["Maye Musk, thank you."]),
]


def build():
    out = []
    for spk, t, paras in T:
        lab = LAB[spk]
        h, m, x = t // 3600, t % 3600 // 60, t % 60
        iso = "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + f"{x}S"
        out.append(f'<p>[<time class="tc" datetime="{iso}">{hms(t)}</time>] <strong>{E(lab)}:</strong> {E(paras[0])}</p>')
    body = "\n".join(out)
    turns = T
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.124.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Episode 41: Maye Musk on Work, Age and Raising Three Kids | Well Aged</title>
<meta name="description" content="Maye Musk joins Carmen Ibáñez to talk modelling at seventy-seven, nutrition, and raising Elon, Kimbal and Tosca.">
<link rel="stylesheet" href="/css/main.min.8c2b1.css">
<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Well Aged">
</head>
<body>
<header class="site-header">
 <a href="/" class="site-title">Well Aged</a>
 <nav class="site-nav"><a href="/episodes/">Episodes</a><a href="/about/">About</a><a href="/newsletter/">Newsletter</a></nav>
</header>
<main class="content">
<article class="episode">
 <h1>Episode 41: Maye Musk on Work, Age and Raising Three Kids</h1>
 <p class="meta"><time datetime="2025-02-04">February 4, 2025</time> &middot; 41 minutes &middot; Hosted by Carmen Ibáñez</p>
 <audio controls preload="none" src="https://media.wellaged.show/ep41.mp3"></audio>
 <h2 id="show-notes">Show notes</h2>
 <p>Maye Musk has been modelling for more than fifty years. She talks about the kitchen-table years in Pretoria and Toronto, her dietitian practice, and what she thinks her children learned from watching her work. We also play three clips of her son Elon talking about her.</p>
 <ul>
  <li>Maye&rsquo;s memoir, <em>A Woman Makes a Plan</em></li>
  <li>Clip sources: a 2014 commencement speech; a 2022 podcast appearance; a 2024 conference Q&amp;A.</li>
 </ul>
 <p><strong>Note on clips:</strong> the clips of Elon Musk are used for commentary. They are transcribed below as <em>Elon Musk (archival clip)</em>.</p>
 <h2 id="transcript">Transcript</h2>
 <div class="transcript">
{body}
 </div>
 <p class="credits">Produced by Lotte Brandsma. Music by Orrin Vale. Transcript by the Well Aged team.</p>
 <nav class="ep-pager"><a href="/episodes/40-iris-apfel-tribute/">&larr; Episode 40</a> <a href="/episodes/42-running-at-eighty/">Episode 42 &rarr;</a></nav>
</article>
</main>
<footer class="site-footer"><p>&copy; 2025 Well Aged. Built with Hugo.</p><form class="newsletter" action="https://buttondown.example/api/emails/embed-subscribe/wellaged" method="post"><input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button></form></footer>
<script defer data-domain="wellaged.show" src="https://plausible.io/js/script.js"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Hugo static-site episode page; one <p> per turn in the form '[hh:mm:ss] Name: text', the time a <time datetime=PT..S> element inside the brackets; his turns are archival clips labelled 'Elon Musk (archival clip)' inside Maye Musk's interview.",
                 "Well Aged", turns, ["Carmen Ibáñez", "Maye Musk", "Maye"])


if __name__ == "__main__":
    build()
