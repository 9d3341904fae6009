from common import *


def build():
    OP, NC, LK, EA, DS = 'OP', 'NC', 'LK', 'EA', 'DS'
    T = [
        (OP, None, ["Good afternoon, everyone, and welcome to the Tesla second-quarter 2025 Q&amp;A webcast. [Operator instructions] I would now like to turn the call over to Nina Castellanos, head of investor relations. Please go ahead."]),
        (NC, None, ["Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Laurel Kim and a number of other executives. Our Q2 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast.",
                    "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties. With that, I&#39;ll turn the call over to Elon for some opening remarks."]),
        (EM, None, ["Thanks, Nina. So, it was a challenging quarter in some ways, but I think the most important things are on track. We launched the robotaxi service in a second city, and the safety numbers continue to improve month over month.",
                    "On the vehicle side, the new lower-cost model is in pilot production. It&#39;s on track for volume production in the second half. And Optimus is now doing useful work in two of our factories, which is a big milestone, though it&#39;s still early.",
                    "I want to be clear that the next couple of quarters will be rough, because we&#39;re in the middle of a big transition. But the long-term future is, I think, incredibly bright."]),
        (LK, None, ["Thank you, Elon. Total revenue for the quarter was down 4% year over year, driven primarily by lower average selling prices. Operating expenses were up sequentially as we continue to invest in AI compute and the ramp of new products. We ended the quarter with over $36 billion in cash and investments."]),
        (NC, None, ["Great. Thank you, Laurel. Let&#39;s now move to analyst questions. Operator?"]),
        (OP, None, ["Our first question comes from Elon Avraham with Harrow Capital. Please go ahead."]),
        (EA, None, ["Hi, thanks for taking my question. Elon, you once said that full autonomy would make the car worth five to ten times more. With robotaxi now in two cities, how should we think about the timing of that value showing up in the numbers?"]),
        (EM, None, ["Yeah, I think that&#39;s still the right way to think about it. Right now the fleet is small, so it doesn&#39;t move the numbers much. But once you can turn on autonomy with a software update across millions of cars, the value per car changes a lot.",
                    "I think you&#39;ll start to see it meaningfully in the numbers next year. I&#39;d be surprised if that&#39;s not the case."]),
        (EA, None, ["Great. And a quick follow-up: is the lower-cost model still on track for the second half?"]),
        (EM, None, ["Yes."]),
        (LK, None, ["And just to add to that, the capex for the new lines is largely already in our numbers, so the ramp shouldn&#39;t create a big step-up in spending."]),
        (EM, None, ["Right, the capex is front-loaded. The lines are built; now it&#39;s about ramping them."]),
        (OP, None, ["Our next question comes from Dmitri Sokol with Westbridge Securities. Please go ahead."]),
        (DS, None, ["Hi. On Optimus, how many units do you expect to build this year, and when could external customers get them?"]),
        (EM, None, ["We&#39;ll probably build several thousand this year, mostly for our own use. External sales, hopefully late next year. Production ramps are always harder than people expect, so I&#39;d put some error bars on that."]),
        (DS, None, ["Thank you."]),
        (NC, None, ["Thanks, Dmitri. We also have a few questions from retail shareholders. The top-voted one asks: &quot;Elon, when will FSD be available in Europe and China?&quot;"]),
        (EM, None, ["We&#39;re waiting on regulatory approval in both places. We&#39;ve submitted everything that was asked of us. Hopefully in the next few months, but it&#39;s not really in our control."]),
        (NC, None, ["Great. That concludes our time for today. Thank you, everyone, for joining. Elon, any closing thoughts?"]),
        (EM, None, ["Just thanks to the team for a lot of hard work this quarter. We&#39;ve got an exciting year ahead."]),
        (OP, None, ["Ladies and gentlemen, this concludes today&#39;s conference call. You may now disconnect."]),
    ]
    lab = {OP: ('Operator', None), NC: ('Nina Castellanos', 'Head of Investor Relations'),
           EM: ('Elon Musk', 'Chief Executive Officer'), LK: ('Laurel Kim', 'Chief Financial Officer'),
           EA: ('Elon Avraham', 'Harrow Capital -- Analyst'), DS: ('Dmitri Sokol', 'Westbridge Securities -- Analyst')}
    rows = []
    for i, (spk, t, paras) in enumerate(T):
        if i == 4:
            rows.append('<h2>Questions &amp; Answers:</h2>')
        name, role = lab[spk]
        if role:
            rows.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (name, role))
        else:
            rows.append('<p><strong>%s</strong></p>' % name)
        for p in paras:
            rows.append('<p>%s</p>' % p)
    transcript = '\n'.join(rows)
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q2 2025 Earnings Call Transcript | Stockwire</title>
<meta name="description" content="TSLA earnings call for the period ending June 30, 2025.">
<link rel="canonical" href="https://www.stockwire.io/earnings/call-transcripts/2025/07/24/tesla-tsla-q2-2025-earnings-call-transcript/">
<link rel="stylesheet" href="https://cdn.stockwire.io/assets/app.91c2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Tesla (TSLA) Q2 2025 Earnings Call Transcript","publisher":{"@type":"Organization","name":"Stockwire"}}</script>
<script>window.__SW_QUOTES__ = {"TSLA": {"price": 0, "change": 0}};</script>
</head>
<body class="article-page transcript">
<header class="sw-header"><a class="sw-logo" href="/">Stockwire</a>
<nav><a href="/markets/">Markets</a><a href="/earnings/">Earnings</a><a class="active" href="/earnings/call-transcripts/">Call Transcripts</a><a href="/screener/">Screener</a><a href="/premium/">Premium</a></nav>
<form class="sw-search" action="/search"><input name="q" placeholder="Search tickers or companies"></form></header>
<main class="sw-main">
<article class="sw-article">
<div class="sw-breadcrumb"><a href="/earnings/call-transcripts/">Earnings Call Transcripts</a> / TSLA</div>
<h1>Tesla (TSLA) Q2 2025 Earnings Call Transcript</h1>
<div class="sw-byline">By Stockwire Transcribing Service &ndash; Jul 24, 2025 at 1:12AM</div>
<div class="sw-ticker-box"><span class="ticker">NASDAQ: TSLA</span> <span class="company">Tesla</span></div>
<div class="sw-keytakeaways">
<h2>Key Takeaways</h2>
<ul>
<li>Revenue fell 4% year over year on lower average selling prices.</li>
<li>Elon Musk: &quot;The next couple of quarters will be rough&quot; &mdash; but the lower-cost model is on track for the second half.</li>
<li>Musk: Optimus doing useful work in two factories; several thousand units planned this year.</li>
</ul>
<p class="sw-ai-note">Key takeaways are generated automatically and reviewed by our editors.</p>
</div>
<div class="sw-article-body">
<h2>Image source: The Stockwire.</h2>
<p><strong>DATE</strong></p><p>Wednesday, July 23, 2025 at 5:30 p.m. ET</p>
<h2>Call participants</h2>
<ul>
<li><strong>Head of Investor Relations</strong> &mdash; Nina Castellanos</li>
<li><strong>Chief Executive Officer</strong> &mdash; Elon Musk</li>
<li><strong>Chief Financial Officer</strong> &mdash; Laurel Kim</li>
</ul>
<h2>Prepared Remarks:</h2>
''' + transcript + '''
<h2>Call participants:</h2>
<p><strong>Nina Castellanos</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Laurel Kim</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Elon Avraham</strong> -- <em>Harrow Capital -- Analyst</em></p>
<p><strong>Dmitri Sokol</strong> -- <em>Westbridge Securities -- Analyst</em></p>
<p class="sw-disclaimer"><em>This article is a transcript of this conference call produced for Stockwire. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. Stockwire does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company&#39;s SEC filings.</em></p>
</div>
</article>
<aside class="sw-rail"><section><h3>More TSLA transcripts</h3><ul><li><a href="/earnings/call-transcripts/2025/04/23/tesla-tsla-q1-2025-earnings-call-transcript/">Tesla (TSLA) Q1 2025 Earnings Call Transcript</a></li><li><a href="/earnings/call-transcripts/2025/01/30/tesla-tsla-q4-2024-earnings-call-transcript/">Tesla (TSLA) Q4 2024 Earnings Call Transcript</a></li></ul></section>
<section class="sw-premium-cta"><h3>Premium</h3><p>Get our analysts&#39; take on every call within 24 hours.</p><a href="/premium/">Start free trial</a></section></aside>
</main>
<footer class="sw-footer"><p>&copy; 2025 Stockwire Media LLC. Market data delayed 15 minutes. <a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/disclosure/">Disclosure Policy</a></p></footer>
<script src="https://cdn.stockwire.io/assets/app.91c2.js" defer></script>
</body>
</html>
'''
    write('af10_stockwire_earnings', page,
          'Financial-site earnings-call transcript; each turn starts with a label paragraph "<strong>Name</strong> -- <em>Role</em>" (Operator has no role) followed by unlabelled <p>s; no timestamps.',
          'Stockwire', gold_from(T),
          ['Operator', 'Nina Castellanos', 'Laurel Kim', 'Elon Avraham', 'Dmitri Sokol'],
          'Earnings call (Stockwire): label paragraphs "Name -- Role", no times; analyst named Elon Avraham asks "Elon, you once said..."; AI key-takeaways with "Elon Musk:"/"Musk:" lines; retail question "Elon, when..." read by IR; one-word "Yes."; trailing participants list.')
