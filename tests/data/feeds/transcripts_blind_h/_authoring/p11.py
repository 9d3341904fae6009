from common import *

NAME = "h11_ledgerline_earnings_call"
LAB = {
    "O": ("Operator", None),
    "H": ("Hannah Lindqvist", "Head of Investor Relations"),
    ELON: ("Elon Musk", "Chief Executive Officer"),
    "F": ("Marco Delacroix", "Chief Financial Officer"),
    "A": ("Colin Brandt", "Halvorsen &amp; Co. -- Analyst"),
}
T = [
    ("O", None, ["Good afternoon, everyone, and welcome to the first quarter 2025 results conference call. All participants are in listen-only mode. I will now turn the call over to Hannah Lindqvist, head of investor relations. Please go ahead."]),
    ("H", None, ["Thank you, and good afternoon. Joining me today are Elon Musk and Marco Delacroix. Our prepared remarks will be followed by questions from retail shareholders and analysts. During this call we may make forward-looking statements that are subject to risks and uncertainties. With that, I'll hand it over to Elon."]),
    (ELON, None, ["Thanks, Hannah. So, it was a tough quarter in some ways, and I want to be direct about that. Deliveries were down year over year, partly because every one of our factories was retooling for the updated Model Y at the same time.",
                  "That's a self-inflicted wound, but it's the right one. The new line is running well now.",
                  "The bigger story is autonomy. We're on track to launch paid robotaxi service in Austin in June. And then expand to other cities as we gain confidence."]),
    ("F", None, ["Thanks, Elon. Total revenue was $19.3 billion, down 9% year over year. Automotive gross margin excluding credits was 12.5%. Energy storage deployments were 10.4 gigawatt hours, a record for a first quarter. Operating expenses were up, driven by AI compute."]),
    ("H", None, ["Great. We'll now move to retail questions from our shareholder platform. The first question is: \u201cElon, you said last year that unsupervised FSD would be available to customers in 2025. Is that still the plan?\u201d"]),
    (ELON, None, ["Yes. I'd expect unsupervised FSD available for personal use in some US cities by the end of the year. We'll start with our own fleet, learn from that, and then open it up."]),
    ("H", None, ["The next question is about tariffs. How exposed is the company?"]),
    (ELON, None, ["We're relatively less affected than most car companies because we're quite localized in each region. But tariffs are still tough on a company where margins are low. Marco can give more detail."]),
    ("F", None, ["Sure. The impact is mainly on the energy business, which sources cells from China for Megapack and Powerwall. We're accelerating cell supply outside China to reduce that."]),
    ("H", None, ["Thank you. Operator, we'll take analyst questions now."]),
    ("O", None, ["Thank you. Our first question comes from Colin Brandt with Halvorsen & Co. Your line is open."]),
    ("A", None, ["Thanks for taking my question. Elon, how should we think about the cost of the robotaxi fleet versus the consumer vehicle?"]),
    (ELON, None, ["The dedicated robotaxi will have the lowest cost per mile of any vehicle ever made, including buses. But the near-term fleet is just Model Ys. So the economics are roughly the same as a Model Y, minus the driver."]),
    ("A", None, ["Thanks. And a follow-up on Optimus. How many units this year?"]),
    (ELON, None, ["We're aiming for around five thousand, but it's a new product with a totally new supply chain. So I'd treat that as a stretch goal."]),
    ("A", None, ["Got it. Thank you."]),
    (ELON, None, ["Sure."]),
    ("O", None, ["That concludes today's question-and-answer session. I'll turn the call back to Elon for closing remarks."]),
    (ELON, None, ["Just thank you to the team, and to our shareholders for sticking with us. The next twelve months will be pretty epic."]),
    ("O", None, ["This concludes today's conference call. You may now disconnect."]),
]


def label_html(spk):
    name, role = LAB[spk]
    if role is None:
        return f"<p><strong>{name}</strong></p>"
    return f"<p><strong>{name}</strong> -- <em>{role}</em></p>"


def build():
    out = []
    for i, (spk, t, paras) in enumerate(T):
        if i == 2:
            out.append('<h2 id="prepared-remarks">Prepared Remarks:</h2>')
        if i == 4:
            out.append('<h2 id="questions-answers">Questions &amp; Answers:</h2>')
        out.append(label_html(spk))
        out += [f"<p>{E(p)}</p>" for p in paras]
    body = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2025 Earnings Call Transcript | Ledgerline</title>
<link rel="stylesheet" href="https://static.ledgerline.example/css/site.e41.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q1 2025 Earnings Call Transcript","author":{{"@type":"Organization","name":"Ledgerline Transcribing"}}}}</script>
</head>
<body>
<header class="ll-header"><a href="/" class="ll-logo">Ledgerline</a>
<nav><a href="/markets/">Markets</a> <a href="/earnings/">Earnings</a> <a href="/earnings/call-transcripts/" class="active">Call Transcripts</a> <a href="/premium/">Premium</a></nav>
<div class="ticker-strip"><span>TSLA 241.37 <b class="up">+4.6%</b></span> <span>NVDA 102.71 <b class="down">-0.8%</b></span> <span>SPX 5,287 <b class="up">+0.4%</b></span></div></header>
<main class="ll-main">
<article class="transcript-article">
 <div class="crumbs"><a href="/earnings/call-transcripts/">Earnings Call Transcripts</a> / TSLA</div>
 <h1>Tesla (TSLA) Q1 2025 Earnings Call Transcript</h1>
 <div class="byline">Ledgerline Transcribing &middot; Apr 22, 2025 at 9:41PM</div>
 <div class="quote-box"><a href="/quote/tsla/">Tesla</a> <span class="ticker">NASDAQ: TSLA</span> <span class="price">$241.37</span> <span class="chg up">+4.60%</span></div>
 <div class="ad ad-leader" data-slot="ll-art-top"></div>
 <p><strong>TSLA earnings call for the period ending March 31, 2025.</strong></p>
 <h2>Contents:</h2>
 <ul><li><a href="#prepared-remarks">Prepared Remarks</a></li><li><a href="#questions-answers">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
 <div class="transcript-body">
{body}
<p><strong>Duration: 58 minutes</strong></p>
 </div>
 <h2 id="participants">Call participants:</h2>
 <p>Hannah Lindqvist -- Head of Investor Relations</p>
 <p>Elon Musk -- Chief Executive Officer</p>
 <p>Marco Delacroix -- Chief Financial Officer</p>
 <p>Colin Brandt -- Halvorsen &amp; Co. -- Analyst</p>
 <p><a href="/quote/tsla/analysis/">More TSLA analysis</a></p>
 <p class="disclaimer"><em>This article is a transcript of this conference call produced for Ledgerline. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Ledgerline does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</em></p>
</article>
<aside class="ll-rail"><div class="rail-box"><h3>Key takeaways <span class="ai">AI</span></h3>
 <ul><li>Elon Musk: paid robotaxi service in Austin in June.</li><li>Elon Musk: Optimus target of about five thousand units is a stretch goal.</li><li>CFO: automotive gross margin ex-credits 12.5%.</li></ul></div>
 <div class="rail-box"><h3>Related transcripts</h3><ul><li><a href="#">Rivian (RIVN) Q1 2025 Earnings Call Transcript</a></li><li><a href="#">Ford (F) Q1 2025 Earnings Call Transcript</a></li></ul></div></aside>
</main>
<footer class="ll-footer"><p>&copy; 2025 Ledgerline Media. All rights reserved. Market data delayed 15 minutes.</p><p><a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://static.ledgerline.example/js/site.e41.js" defer></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Earnings-call transcript article; each turn starts with a label paragraph '<strong>Name</strong> -- <em>Role</em>' (Operator without role) followed by unlabelled text paragraphs, no times.",
                 "Ledgerline (Tesla Q1 2025 earnings call)", T,
                 ["Operator", "Hannah Lindqvist -- Head of Investor Relations", "Marco Delacroix -- Chief Financial Officer", "Colin Brandt -- Halvorsen & Co. -- Analyst"])


if __name__ == "__main__":
    build()
