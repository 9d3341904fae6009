"""k07 - earnings-call transcript on a finance site: 'Name -- Role' line per turn, paragraphs below, no times."""
from common import *

NAME = "k07_tickerwire_earnings_call"
SHOW = "Tickerwire"

ROLE = {
    "O": ("Operator", None),
    "H": ("Travis Holm", "Vice President, Investor Relations"),
    "E": ("Elon Musk", "Chief Executive Officer"),
    "A": ("Anjali Rao", "Chief Financial Officer"),
    "G": ("Gideon Park", "Halvorsen Securities -- Analyst"),
    "Q": ("Marisol Quint", "Bayline Capital -- Analyst"),
}

TURNS = [
    T("O", None, "Good day, and thank you for standing by. Welcome to the Tesla second quarter 2024 financial results conference call. At this time, all participants are in a listen-only mode. I would now like to hand the conference over to your speaker, Travis Holm. Please go ahead."),
    T("H", None, "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Anjali Rao and a number of other executives. Our Q2 results were announced about an hour ago in the update deck we published at the same link as this webcast.",
      "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties. With that, I’ll turn the call over to Elon."),
    T("E", None, "Thanks, Travis. So Q2 was a solid quarter, given the environment. We delivered more vehicles than we produced, which brought inventory down, and energy storage deployments hit another record, by a wide margin actually.",
      "The most important thing we did this quarter, though, doesn’t show up in the numbers yet. We got the new vehicle line to a stable rate, and the cost per unit on that line is tracking below our plan for the first time.",
      "I want to be clear that I think the autonomy work is what will define the company over the next five years. Everything else is important, but that’s the big one."),
    T("A", None, "Thank you, Elon. As Elon mentioned, the quarter benefited from record energy deployments, which contributed meaningfully to gross profit. Total GAAP gross margin was 18.2 percent, up sequentially, and operating expenses came in lower than expected due to the timing of some R&D projects.",
      "Capital expenditures were two point three billion dollars in the quarter, and we continue to expect full-year capex to be in the range we gave in January."),
    T("H", None, "Great. Thank you. We’ll now move to investor questions. The first question from retail shareholders is: when will the new affordable model start production?"),
    T("E", None, "We’re not going to give a specific date on this call. What I can say is that the lines are being installed now and we’ll share more when we’re confident in the timing rather than when we’re hopeful about it."),
    T("O", None, "Thank you. Our first question comes from Gideon Park with Halvorsen Securities. Your line is open."),
    T("G", None, "Hi, thanks for taking my question. Just to be clear, the storage business is now profitable on a standalone basis?"),
    T("E", None, "Yes."),
    T("G", None, "Okay, great. And as a follow-up, how should we think about storage growth next year, given the new plant?"),
    T("E", None, "I think storage will grow faster than the car business for the next couple of years, probably much faster. Demand is not the constraint. Cells are the constraint.",
      "So the more cells we can make ourselves, the faster that business grows."),
    T("O", None, "Thank you. Our next question comes from Marisol Quint with Bayline Capital. Please go ahead."),
    T("Q", None, "Thanks. Two questions. First, on pricing: are you done cutting prices? And second, can you update us on the robotaxi timeline?"),
    T("E", None, "Well, I’ll let Anjali take the first part."),
    T("A", None, "Sure. We don’t comment on future pricing, but I’ll note that average selling prices were roughly flat quarter over quarter, which we think reflects a more stable demand picture."),
    T("Q", None, "Right."),
    T("E", None, "And on the second part, we’ll have a product event later this year where we’ll show the vehicle. I’d rather show it than talk about it."),
    T("H", None, "All right. That’s all the time we have for today. Thank you all for joining, and we’ll talk to you next quarter."),
    T("E", None, "Thanks, everyone."),
    T("O", None, "This concludes today’s conference call. Thank you for participating. You may now disconnect."),
]


def label_html(spk):
    n, r = ROLE[spk]
    if r is None:
        return "<p><strong>%s</strong></p>" % esc(n)
    return "<p><strong>%s</strong> -- <em>%s</em></p>" % (esc(n), esc(r))


def render(part):
    out = []
    for t in part:
        out.append(label_html(t["spk"]))
        for p in t["paras"]:
            out.append("<p>%s</p>" % esc(p))
    return "\n".join(out)


def build():
    prepared, qa = TURNS[:4], TURNS[4:]
    parts = "\n".join("<p><strong>%s</strong> -- <em>%s</em></p>" % (esc(n), esc(r)) if r else "<p><strong>%s</strong></p>" % esc(n)
                      for k, (n, r) in ROLE.items() if k != "O")
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q2 2024 Earnings Call Transcript | Tickerwire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="TSLA earnings call for the period ending June 30, 2024.">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.tickerwire.com/earnings/call-transcripts/2024/07/23/tesla-tsla-q2-2024-earnings-call-transcript/">
<link rel="stylesheet" href="https://g.tickerwire.com/static/dist/css/article.b20ad1.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q2 2024 Earnings Call Transcript","author":{"@type":"Organization","name":"Tickerwire Transcribing"},"datePublished":"2024-07-23T22:15:00Z"}</script>
</head>
<body class="article-page earnings-transcript">
<header class="tw-header"><a class="tw-logo" href="https://www.tickerwire.com/">Tickerwire</a>
  <nav class="tw-nav"><a href="/markets/">Markets</a><a href="/earnings/">Earnings</a><a href="/earnings/call-transcripts/" class="active">Call Transcripts</a><a href="/screener/">Screener</a><a href="/premium/">Premium</a></nav>
  <div class="tw-ticker-bar"><span class="tkr">TSLA <b>$246.38</b> <span class="dn">-1.9%%</span></span><span class="tkr">S&amp;P 500 <b>5,555.74</b> <span class="up">+0.2%%</span></span></div>
</header>
<main class="tw-main">
<article class="tw-article">
  <div class="tw-breadcrumbs"><a href="/earnings/">Earnings</a> &rsaquo; <a href="/earnings/call-transcripts/">Call Transcripts</a></div>
  <h1>Tesla (TSLA) Q2 2024 Earnings Call Transcript</h1>
  <div class="tw-byline">By <a href="/authors/tickerwire-transcribing/">Tickerwire Transcribing</a> &ndash; Jul 23, 2024 at 6:15PM</div>
  <div class="tw-quote-card"><span class="tw-quote-card__name">Tesla</span> <span class="tw-quote-card__sym">NASDAQ: TSLA</span> <span class="tw-quote-card__px">$246.38</span><span class="tw-quote-card__chg dn">-4.77 (-1.9%%)</span></div>
  <div class="tw-ai-box">
    <h2>&#9889; Key takeaways <span class="tw-ai-badge">AI-generated</span></h2>
    <ul>
      <li>Elon Musk: autonomy “will define the company over the next five years.”</li>
      <li>Storage profitable on a standalone basis; cells, not demand, are the constraint.</li>
      <li>CFO Anjali Rao: GAAP gross margin 18.2%%, capex guidance unchanged.</li>
    </ul>
  </div>
  <div class="article-body">
<h2>TSLA earnings call for the period ending June 30, 2024.</h2>
<figure><img src="https://g.tickerwire.com/image/logos/tsla.png" alt="Logo of jester cap with thought bubble." width="120"><figcaption>Image source: Tickerwire.</figcaption></figure>
<p><strong>Tesla (NASDAQ: TSLA)</strong><br>Q2 2024 Earnings Call<br>Jul 23, 2024, <em>5:30 p.m. ET</em></p>
<h2>Contents:</h2>
<ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2>Prepared Remarks:</h2>
%s
<div class="tw-inline-promo"><p><strong>Should you invest $1,000 in Tesla right now?</strong> Before you buy stock in Tesla, consider this: our analysts just picked ten stocks they like better. <a href="/premium/">See the 10 stocks &raquo;</a></p></div>
<h2>Questions &amp; Answers:</h2>
%s
<p><strong>Duration: 58 minutes</strong></p>
<h2>Call participants:</h2>
%s
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><a href="/earnings/call-transcripts/">All earnings call transcripts</a></p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Tickerwire. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Tickerwire does not assume any responsibility for your use of this content.</em></p>
  </div>
</article>
<aside class="tw-rail"><section><h3>Related transcripts</h3><ul><li><a href="#">Tesla (TSLA) Q1 2024 Earnings Call Transcript</a></li><li><a href="#">Rivian (RIVN) Q2 2024 Earnings Call Transcript</a></li></ul></section></aside>
</main>
<footer class="tw-footer"><p>&copy; 1995 - 2024 Tickerwire. All rights reserved. Market data powered by Xignite.</p><p><a href="/about/">About</a> · <a href="/legal/terms/">Terms of Use</a> · <a href="/legal/privacy/">Privacy Policy</a></p></footer>
<script src="https://g.tickerwire.com/static/dist/js/article.4a8c11.js" defer></script>
</body>
</html>
""" % (render(prepared), render(qa), parts)
    return write(NAME, page,
                 "Earnings-call transcript: each turn opens with its own paragraph 'Name -- Role' (bold name, italic role; 'Operator' alone), the text follows in plain paragraphs; no times; a call-participants list and an AI key-takeaways box repeat names.",
                 SHOW, gold_turns(TURNS), ["Operator", "Travis Holm", "Anjali Rao", "Gideon Park", "Marisol Quint"])
