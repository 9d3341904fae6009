"""i10 - earnings-call transcript site: speaker line 'Name -- Role' as its own paragraph,
text paragraphs below, participants list at the top, analysts quoting him, a one-word answer
followed by the CFO, no times."""
from common import *

NAME = 'i10_quarterline_earnings_call'
SHOW = 'Quarterline'
LAB = {
    'OP': 'Operator',
    'LB': 'Lars Bendtsen -- Head of Investor Relations',
    'EM': 'Elon Musk -- Chief Executive Officer',
    'MO': 'Martin Okafor -- Chief Financial Officer',
    'JM': 'Julian Marsh -- Harlow Brothers -- Analyst',
    'SG': 'Sofia Grieve -- Kestrel Securities -- Analyst',
}

PREPARED = [
    ('OP', None, ['Good afternoon, everyone, and welcome to the third-quarter 2025 financial results Q&A webcast. My name is Rhea, and I will be your conference operator today. I will now turn the call over to Lars Bendtsen, head of investor relations. Please go ahead.']),
    ('LB', None, ['Thank you, and good afternoon, everyone. Joining me today are Elon Musk and Martin Okafor, as well as a number of other executives. Our results were announced shortly after market close today. During this call, we will discuss our business outlook and make forward-looking statements. With that, I\'ll turn it over to Elon for some opening remarks.']),
    ('EM', None, ['Thank you. So, it was a record quarter for deliveries, which I think is a great testament to the team, given the headwinds in some markets.',
                  'The most important thing going forward is autonomy. We\'re now operating the ride-hailing service without a safety monitor in two cities, and we expect to expand that to eight to ten metro areas by the end of the year, pending regulatory approval.',
                  'On the robot side, we\'re on track to build the first production line for the humanoid robot next year. That will be the largest product of all time, in my opinion.']),
    ('LB', None, ['Thanks, Elon. Martin will now walk through the financials.']),
    ('MO', None, ['Thank you. Total revenue grew 11% sequentially. Automotive gross margin excluding credits improved to 17.4%, mainly due to lower raw material costs and better fixed-cost absorption. Energy storage deployments hit another record at 12.1 gigawatt-hours.']),
]

QA = [
    ('LB', None, ['We\'ll now take questions from retail shareholders. The first question is: "Elon, when will unsupervised FSD be available to customers who already own the car?"']),
    ('EM', None, ['I think in quite a few cities by the end of this year, and broadly next year. I want to be careful because I\'ve been optimistic before. But the data we\'re seeing now is very encouraging.']),
    ('OP', None, ['Our first analyst question comes from Julian Marsh with Harlow Brothers. Your line is open.']),
    ('JM', None, ['Hi, thanks. Elon, on the last call you said, and I\'m quoting, "we\'ll be in half the U.S. population by year-end." Is that still the plan, and what\'s gating it?']),
    ('EM', None, ['It\'s still the plan. The gating item is mostly regulatory, city by city. Technically, the software generalizes well. We don\'t need to map every street like some other approaches.']),
    ('JM', None, ['Thanks.']),
    ('OP', None, ['Our next question comes from Sofia Grieve with Kestrel Securities.']),
    ('SG', None, ['Thank you. Quick one on capex. Is the 2026 capex guide still above $11 billion?']),
    ('EM', None, ['Yes.']),
    ('MO', None, ['And just to add to that, the increase is mostly AI compute and the new cell lines. We\'ll give more detail on the Q4 call.']),
    ('SG', None, ['And a follow-up, if I may. How should we think about the robot\'s margin profile?']),
    ('EM', None, ['Long term, I think the robot will be a very high-margin product, but early on it\'ll be expensive to build, like any new product. The first few thousand units will cost a lot more than the steady-state number.',
                  'At scale I think the cost comes down to something like a small car.']),
    ('LB', None, ['Thank you. That concludes today\'s call. We\'ll see you next quarter.']),
]

T = PREPARED + QA


def block(rows):
    out = []
    for spk, t, paras in rows:
        lab = LAB[spk]
        if ' -- ' in lab:
            name, role = lab.split(' -- ', 1)
            out.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (esc(name), esc(role)))
        else:
            out.append('<p><strong>%s</strong></p>' % esc(lab))
        for p in paras:
            out.append('<p>%s</p>' % esc(p))
    return '\n'.join(out)


def render():
    return PAGE.replace('@@PREP@@', block(PREPARED)).replace('@@QA@@', block(QA))


PAGE = r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q3 2025 Earnings Call Transcript | Quarterline</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2025.">
<link rel="canonical" href="https://www.quarterline.com/earnings/call-transcripts/2025/10/22/tesla-tsla-q3-2025-earnings-call-transcript/">
<link rel="stylesheet" href="https://www.quarterline.com/static/css/article.8d21.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q3 2025 Earnings Call Transcript","datePublished":"2025-10-22T23:15:00Z","author":{"@type":"Organization","name":"Quarterline Transcribing"},"about":{"@type":"Corporation","tickerSymbol":"NASDAQ TSLA"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"transcript","tickers":["TSLA"],"premium":false});</script>
</head>
<body>
<header class="ql-header"><a class="ql-logo" href="/">Quarterline</a>
<nav><a href="/markets/">Markets</a> <a href="/earnings/">Earnings</a> <a href="/earnings/call-transcripts/" class="active">Call Transcripts</a> <a href="/screeners/">Screeners</a> <a href="/premium/" class="cta">Go Premium</a></nav></header>
<div class="ql-ticker-bar"><a href="/quote/tsla/">TSLA</a> <span class="px">$438.12</span> <span class="chg up">+2.31%</span></div>
<main class="ql-article">
<h1>Tesla (TSLA) Q3 2025 Earnings Call Transcript</h1>
<div class="byline">By <a href="/authors/transcribing/">Quarterline Transcribing</a> &ndash; Oct 22, 2025 at 7:15PM</div>
<div class="article-body">
<p><strong>TSLA earnings call for the period ending September 30, 2025.</strong></p>
<div class="summary-box"><h2>Call highlights</h2><ul>
<li>Elon Musk -- Chief Executive Officer: robotaxi service to expand to &quot;eight to ten metro areas by the end of the year.&quot;</li>
<li>Automotive gross margin ex-credits improved to 17.4%.</li>
<li>Energy storage deployments hit a record 12.1 GWh.</li>
</ul></div>
<h2>Contents:</h2>
<ul><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
<h2 id="prepared">Prepared Remarks:</h2>
@@PREP@@
<h2 id="qa">Questions &amp; Answers:</h2>
@@QA@@
<p><strong>Operator</strong></p>
<p>[Operator signoff]</p>
<p><strong>Duration: 0 minutes</strong></p>
<h2 id="participants">Call participants:</h2>
<p>Lars Bendtsen -- Head of Investor Relations</p>
<p>Elon Musk -- Chief Executive Officer</p>
<p>Martin Okafor -- Chief Financial Officer</p>
<p>Julian Marsh -- Harlow Brothers -- Analyst</p>
<p>Sofia Grieve -- Kestrel Securities -- Analyst</p>
<p><a href="/quote/tsla/">More TSLA analysis</a></p>
<p><a href="/earnings/call-transcripts/">All earnings call transcripts</a></p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Quarterline. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Quarterline does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company&#39;s SEC filings.</em></p>
</div>
</main>
<aside class="ql-rail"><div class="promo"><h3>Should you invest $1,000 in Tesla right now?</h3><p>Before you buy stock in Tesla, consider this: our analyst team just identified the 10 best stocks for investors to buy now.</p><a href="/premium/offer/">See the 10 stocks &raquo;</a></div></aside>
<footer class="ql-footer"><p>&copy; 1998-2025 Quarterline. All rights reserved. Market data powered by Xignite.</p><p><a href="/legal/terms/">Terms of use</a> | <a href="/legal/privacy/">Privacy policy</a> | <a href="/legal/accessibility/">Accessibility</a></p></footer>
<script src="https://www.quarterline.com/static/js/article.8d21.js" defer></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Earnings-call transcript: each turn opens with a bold paragraph "Name -- Role" (role italic, analysts also with firm), text paragraphs below, no timestamps; participant list and highlights repeat the labels.',
         gold_turns(T), ['Operator', 'Lars Bendtsen -- Head of Investor Relations', 'Martin Okafor -- Chief Financial Officer',
                         'Julian Marsh -- Harlow Brothers -- Analyst', 'Sofia Grieve -- Kestrel Securities -- Analyst'])
