"""q10 - Earnings-call transcript on a financial site. Bold name -- role line, paragraphs, '▶ Play from m:ss' after the turn."""
from common import ELON, esc, gold_turns, write_page

NAME = "q10_ledgerline_earnings_call"
SHOW = "Ledgerline"

ROLES = {
    "OP": ("Operator", None),
    "NP": ("Nolan Price", "Head of Investor Relations"),
    ELON: ("Elon Musk", "Chief Executive Officer"),
    "MV": ("Marta Velez", "Chief Financial Officer"),
    "ER": ("Elon Ruiz", "Halvorsen Capital -- Analyst"),
    "GM": ("Gretchen Mayo", "Barclay Street -- Analyst"),
}

PREPARED = [
    ("OP", None, ["Good afternoon, everyone, and welcome to Tesla\u2019s first-quarter 2025 Q&A webcast. All participants are in listen-only mode. I would now like to turn the call over to Nolan Price, head of investor relations. Please go ahead."]),
    ("NP", 42, ["Thanks, and good afternoon, everyone. Joining me today are Elon Musk, Marta Velez and a number of other executives. Our Q1 results were announced about an hour ago in the update deck we published at the same link as this webcast.",
                "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. With that, I\u2019ll turn it over to Elon."]),
    (ELON, 95, ["Thanks, Nolan. So Q1 was a challenging quarter in some ways. We changed over the Model Y line at all four factories at once, which is not something you\u2019d normally do, and that cost us several weeks of production.",
                "But the new Model Y is ramping well and the order rate is strong. And the bigger story for the year is autonomy. We\u2019re on track to launch the paid robotaxi service in Austin in June.",
                "On Optimus, we expect to have several thousand units working in our own factories by the end of the year."]),
    ("MV", 512, ["Thank you, Elon. Total revenue for the quarter was down year over year, primarily due to lower vehicle deliveries and lower average selling prices. Energy storage deployments, on the other hand, hit a record.",
                 "Operating expenses increased sequentially, driven by AI-related spending. We ended the quarter with cash and investments of roughly $37 billion."]),
]

QA = [
    ("NP", 1105, ["Thank you. Let\u2019s start with investor questions from the platform. The first question is: when will unsupervised FSD be available for personal use?"]),
    (ELON, 1118, ["We expect to have unsupervised FSD in a few cities for personal use by the end of this year. It\u2019ll be cautious at first and then expand rapidly. The software is improving very quickly."]),
    ("NP", 1190, ["Next question: is Optimus still on track for production this year?"]),
    (ELON, 1199, ["Yes."]),
    ("NP", 1201, ["Great. Let\u2019s move to analyst questions. Operator?"]),
    ("OP", None, ["Thank you. The first question comes from Elon Ruiz with Halvorsen Capital. Please go ahead."]),
    ("ER", 1260, ["Hi, thanks for taking my question. Elon, one for you on the Austin launch. How many vehicles do you expect at launch, and what does the ramp look like after that?"]),
    (ELON, 1275, ["We\u2019ll start small, probably ten to twenty vehicles, and we\u2019ll be very paranoid about safety at first. Then, if things go well, the ramp should be quite rapid."]),
    ("ER", 1342, ["Got it. And a follow-up on margins, maybe for Marta."]),
    ("MV", 1350, ["Sure. Automotive gross margin excluding credits was impacted by the changeover and by tariffs on some parts. We expect a gradual recovery through the year."]),
    (ELON, 1400, ["I\u2019d just add that the tariff impact on us is smaller than on most other carmakers, because we\u2019re very localised. But it\u2019s not zero."]),
    ("OP", None, ["The next question comes from Gretchen Mayo with Barclay Street."]),
    ("GM", 1460, ["Thanks. Elon, you\u2019ve said before that, quote, \u201cthe value of Tesla is overwhelmingly autonomy.\u201d Is that still how you see it?"]),
    (ELON, 1475, ["Yeah, I think that\u2019s right. Long term, the value of the company is overwhelmingly autonomy and Optimus. The car business is a great business, but it\u2019s not where the long-term value is."]),
    ("OP", None, ["There are no further questions at this time. I\u2019ll turn the call back to Elon Musk for closing remarks."]),
    (ELON, 2950, ["Thanks, everyone. I know it was a tough quarter on the numbers, but I\u2019ve never been more optimistic about the future of the company. Exciting times ahead."]),
    ("OP", None, ["This concludes today\u2019s conference call. You may now disconnect."]),
]


def play(t):
    return "%d:%02d" % (t // 60, t % 60)


def render(section, seen):
    out = []
    for spk, t, paras in section:
        name, role = ROLES[spk]
        if role and spk not in seen:
            out.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (esc(name), esc(role)))
        else:
            out.append('<p><strong>%s</strong></p>' % esc(name))
        seen.add(spk)
        for p in paras:
            out.append('<p>%s</p>' % esc(p))
        if t is not None:
            out.append('<p class="ll-play"><a href="#call-audio" data-seek="%d" class="ll-seek">&#9654; Play from %s</a></p>' % (t, play(t)))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2025 Earnings Call Transcript | Ledgerline</title>
<meta name="description" content="TSLA earnings call for the period ending March 31, 2025. Full transcript with audio.">
<link rel="canonical" href="https://www.ledgerline.com/earnings/call-transcripts/2025/04/22/tsla-q1-2025-earnings-call-transcript/">
<meta property="og:title" content="Tesla (TSLA) Q1 2025 Earnings Call Transcript">
<link rel="stylesheet" href="https://www.ledgerline.com/static/css/ll-article.7c1e.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LL0001"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-LL0001',{{"content_group":"transcripts","ticker":"TSLA"}});</script>
</head>
<body class="ll-transcript-page">
<header class="ll-header"><div class="ll-wrap"><a class="ll-logo" href="https://www.ledgerline.com/">Ledgerline</a>
<nav class="ll-nav"><a href="/markets">Markets</a><a href="/stocks">Stocks</a><a href="/earnings">Earnings</a><a href="/earnings/call-transcripts">Call Transcripts</a><a href="/premium" class="ll-premium">Premium</a></nav>
<form class="ll-quote" action="/quote"><input name="symbol" placeholder="Ticker or company" aria-label="Symbol"></form></div></header>
<div class="ll-ticker-strip"><span>DJIA 39,186.98 <b class="up">+1.07%</b></span><span>S&amp;P 500 5,287.76 <b class="up">+2.51%</b></span><span>TSLA 237.97 <b class="up">+4.60%</b></span></div>
<main class="ll-wrap ll-main">
<article class="ll-article">
<p class="ll-kicker"><a href="/earnings/call-transcripts">Earnings Call Transcript</a></p>
<h1>Tesla (TSLA) Q1 2025 Earnings Call Transcript</h1>
<p class="ll-byline">By Ledgerline Transcribing &ndash; Apr 22, 2025 at 9:41PM</p>
<div class="ll-quote-card"><span class="ll-sym">NASDAQ: TSLA</span> <span class="ll-px">$237.97</span> <span class="ll-chg up">+4.60%</span></div>
<h2>TSLA earnings call for the period ending March 31, 2025.</h2>
<div class="ll-audio" id="call-audio"><audio controls preload="none" src="https://audio.ledgerline.com/calls/tsla-2025q1.mp3"></audio><p class="ll-audio-note">Call audio. Use the &#9654; links after each speaker&rsquo;s remarks to jump to the start of those remarks.</p></div>
<h2>Contents:</h2>
<ul><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
<div class="ll-callout"><p><strong>Takeaways (editor&rsquo;s picks)</strong></p><ul><li>Elon Musk: paid robotaxi service in Austin &ldquo;on track&rdquo; for June</li><li>Marta Velez: cash and investments of roughly $37 billion</li></ul></div>
<h2 id="prepared">Prepared Remarks:</h2>
{prepared}
<h2 id="qa">Questions &amp; Answers:</h2>
{qa}
<p><strong>Duration: 0 minutes</strong></p>
<h2 id="participants">Call participants:</h2>
<p><strong>Nolan Price</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Marta Velez</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Elon Ruiz</strong> -- <em>Halvorsen Capital -- Analyst</em></p>
<p><strong>Gretchen Mayo</strong> -- <em>Barclay Street -- Analyst</em></p>
<p><a href="/quote/tsla">More TSLA analysis</a></p>
<p class="ll-disclaimer"><em>This article is a transcript of this conference call produced for Ledgerline. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Ledgerline does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company&rsquo;s SEC filings.</em></p>
</article>
<aside class="ll-rail"><section class="ll-rail-box"><h3>Latest transcripts</h3><ul><li><a href="/earnings/call-transcripts/2025/04/22/nee-q1-2025">NextEra (NEE) Q1 2025</a></li><li><a href="/earnings/call-transcripts/2025/04/22/ge-q1-2025">GE Aerospace (GE) Q1 2025</a></li><li><a href="/earnings/call-transcripts/2025/04/21/vz-q1-2025">Verizon (VZ) Q1 2025</a></li></ul></section></aside>
</main>
<footer class="ll-footer"><div class="ll-wrap"><p>&copy; 2025 Ledgerline Media. Market data delayed 15 minutes.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/disclosures">Disclosures</a></p></div></footer>
<script src="https://www.ledgerline.com/static/js/ll-audio-seek.3b2.js" defer></script>
</body>
</html>
"""


def build():
    seen = set()
    prepared = render(PREPARED, seen)
    qa = render(QA, seen)
    page = PAGE.format(prepared=prepared, qa=qa).replace("<strong>Duration: 0 minutes</strong>", "<strong>Duration: 0 hours 50 minutes</strong>")
    return write_page(
        NAME, page, SHOW,
        "Earnings-call transcript: each turn opens with a <p><strong>Name</strong> -- <em>Role</em></p> line (role only on first appearance), then plain <p>s, then a trailing '\u25b6 Play from m:ss' link (data-seek seconds) that gives the turn's start time; Operator turns have no time.",
        gold_turns(PREPARED + QA),
        ["Operator", "Nolan Price -- Head of Investor Relations", "Nolan Price", "Marta Velez -- Chief Financial Officer", "Marta Velez",
         "Elon Ruiz -- Halvorsen Capital -- Analyst", "Elon Ruiz", "Gretchen Mayo -- Barclay Street -- Analyst"],
    )
