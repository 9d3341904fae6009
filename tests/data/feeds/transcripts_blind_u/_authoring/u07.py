from common import *

NAME = "u07_ledgerline_earnings"
SHOW = "Ledgerline"
FMT = ("Earnings-call transcript: each turn starts with a bold name line followed by ' -- ' and an italic role, "
       "then plain paragraphs; no timestamps; participants list at the bottom.")

OP = ("Operator", None)
JH = ("Jordan Hale", "Head of Investor Relations")
EM = ("Elon Musk", "Chief Executive Officer")
ML = ("Marcus Lindell", "Chief Financial Officer")
RS = ("Rachel Stein", "Halvorsen Securities -- Analyst")

T = [
 (OP, ["Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 financial results Q&A webcast. All participants are in a listen-only mode. I would now like to turn the call over to Jordan Hale, head of investor relations. Please go ahead."]),
 (JH, ["Thank you, and good afternoon. Joining me today are Elon Musk and Marcus Lindell. Our discussion today is likely to include forward-looking statements, which are subject to risks and uncertainties described in our most recent filings. With that, I'll turn it over to Elon."]),
 (EM, ["Thanks, Jordan. So this was a quarter of, I'd say, laying groundwork more than harvesting it. Deliveries were roughly in line with what we expected given the model changeover, and the energy business had another record.",
       "The most important thing we did this quarter, though, doesn't show up in the numbers yet. The robotaxi pilot has now been running for several months with no safety driver in the car, and the data from that is, frankly, better than I expected.",
       "On Optimus, we're building the production line for version three. It's a hard line to build. But I think in the long run Optimus will be worth more than everything else combined."]),
 (ML, ["Thanks, Elon. Total revenue for the quarter was down slightly year over year, driven by lower vehicle deliveries partly offset by growth in energy and services. Operating expenses increased sequentially due to higher AI compute spend. We ended the quarter with a strong cash position and continue to fund our capital expenditures from operating cash flow."]),
 (JH, ["Thank you. We'll now move to analyst questions. Operator?"]),
 (OP, ["Our first question comes from Rachel Stein with Halvorsen Securities. Your line is open."]),
 (RS, ["Thanks for taking the question. Elon, last quarter you said, and I'm quoting, \"unsupervised FSD will be available in several cities by year-end.\" Is that still the plan?"]),
 (EM, ["Yes."]),
 (RS, ["Can you give us any more color on which cities?"]),
 (EM, ["I'd rather not name cities before the regulators do. But you should expect it first in states where the rules are already clear, and we'll expand from there as we get approvals. The technology is ahead of the paperwork at this point."]),
 (ML, ["And if I could just add, the capital required for that expansion is already reflected in our guidance."]),
 (RS, ["Great. And if I can squeeze in one on Optimus: how many units are you planning to build this year, and will any of them go to external customers?"]),
 (EM, ["Internal only this year. We'll build, call it, a few thousand, and they'll be doing useful work in our own factories first. External sales probably start late next year, but I'd take that with a grain of salt. Timelines on new products are the hardest thing to predict."]),
 (RS, ["Understood. And a quick one on energy. Storage margins held up really well. Is that sustainable?"]),
 (EM, ["Marcus, do you want to take that?"]),
 (ML, ["Sure. We saw continued cost reductions on cells and strong pricing on Megapack. Some of that is mix, so I wouldn't extrapolate the full quarter, but we're comfortable with where margins are heading."]),
 (EM, ["I'd just add that demand is well ahead of supply. We're essentially sold out on Megapack through next year."]),
 (RS, ["Great. Thank you."]),
 (JH, ["We'll now take a few questions submitted by retail shareholders. The top question is: \"When will the lower-cost model start production?\""]),
 (EM, ["First half of next year, as we've said. Nothing's changed there."]),
 (JH, ["Thank you. That's all the time we have for today."]),
 (EM, ["Thanks, everyone. Appreciate the support."]),
 (OP, ["This concludes today's conference call. You may now disconnect."]),
]

def build():
    g = Gold("en")
    out, others = [], []
    for idx, ((name, role), paras) in enumerate(T):
        if idx == 5:
            out.append("<h2>Questions &amp; Answers:</h2>")
        line = "<p><strong>%s</strong>%s</p>" % (esc(name), (" -- <em>%s</em>" % esc(role)) if role else "")
        out.append(line)
        label = name + ((" -- " + role) if role else "")
        if name == "Elon Musk":
            g.add(None, esc(paras[0]))
        elif label not in others:
            others.append(label)
        for p in paras:
            out.append("<p>%s</p>" % esc(p))
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q2 2025 Earnings Call Transcript | Ledgerline</title>
<meta name="description" content="TSLA earnings call for the period ending June 30, 2025.">
<link rel="stylesheet" href="https://assets.ledgerline.example/build/app.5c1e9.css">
<style>
.article-body p{margin:0 0 1em}.takeaways{background:#f3f7f2;border-left:4px solid #2e7d32;padding:12px 16px;margin:16px 0}
.paywall-tease{background:#fff8e1;padding:12px;border:1px dashed #e0b400}.ticker-chip{display:inline-block;background:#eef;padding:2px 6px;border-radius:4px}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q2 2025 Earnings Call Transcript","datePublished":"2025-07-23T22:41:00Z","author":{"@type":"Organization","name":"Ledgerline Transcribing"},"about":{"@type":"Corporation","tickerSymbol":"TSLA"}}</script>
<script>window.LL={page:"transcript",ticker:"TSLA",quarter:"Q2 2025",premium:false};</script>
</head>
<body>
<header class="site-header">
  <div class="container">
    <a class="brand" href="https://www.ledgerline.example/">Ledgerline</a>
    <nav class="primary-nav" aria-label="Primary"><a href="https://www.ledgerline.example/markets/">Markets</a> <a href="https://www.ledgerline.example/stocks/">Stocks</a> <a href="https://www.ledgerline.example/earnings/call-transcripts/" aria-current="page">Earnings Call Transcripts</a> <a href="https://www.ledgerline.example/retirement/">Retirement</a> <a href="https://www.ledgerline.example/premium/">Premium</a></nav>
    <a class="btn-login" href="https://www.ledgerline.example/login/">Log in</a>
  </div>
</header>
<div class="ticker-bar" aria-label="Market data"><span class="ticker-chip">TSLA $318.44 <span class="down">-2.1%</span></span> <span class="ticker-chip">S&amp;P 500 6,342.10 <span class="up">+0.3%</span></span> <span class="ticker-chip">NASDAQ 21,011.77 <span class="up">+0.5%</span></span></div>
<main class="container article-layout">
<article class="article">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="https://www.ledgerline.example/">Home</a> / <a href="https://www.ledgerline.example/earnings/call-transcripts/">Earnings Call Transcripts</a> / TSLA</nav>
<h1>Tesla (TSLA) Q2 2025 Earnings Call Transcript</h1>
<div class="byline">Ledgerline Transcribing &middot; Jul 23, 2025 at 6:41 PM</div>
<div class="takeaways" role="complementary" aria-label="Key takeaways">
<h2>Key takeaways</h2>
<ul>
<li><strong>Elon Musk:</strong> unsupervised FSD is still planned for several cities by year-end.</li>
<li><strong>Elon Musk:</strong> Optimus production is internal only this year, &quot;a few thousand&quot; units.</li>
<li><strong>Marcus Lindell:</strong> capex for robotaxi expansion is already in guidance.</li>
</ul>
<p class="small">Key takeaways are generated with the help of AI and reviewed by our editors.</p>
</div>
<div class="article-body">
<h2>TSLA earnings call for the period ending June 30, 2025.</h2>
<figure class="call-art"><img src="https://assets.ledgerline.example/img/transcript-header.png" alt="Ledgerline call transcript header" width="720" height="120"><figcaption>Image source: Ledgerline.</figcaption></figure>
<h2>Prepared Remarks:</h2>
{{T}}
<h2>Call participants:</h2>
<p><strong>Jordan Hale</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Marcus Lindell</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Rachel Stein</strong> -- <em>Halvorsen Securities -- Analyst</em></p>
<p><a href="https://www.ledgerline.example/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><em>All earnings call transcripts</em></p>
<div class="paywall-tease"><p><strong>Ledgerline Premium:</strong> get our analysts' model, consensus revisions and a one-page call summary for every TSLA report. <a href="https://www.ledgerline.example/premium/">Try it for 30 days</a></p></div>
<p class="disclosure"><small>Ledgerline transcripts are prepared from the public webcast by a third-party vendor and lightly edited. They may contain errors or omissions and are provided for information only; check the audio replay and the company's filings before relying on any statement. Nothing here is investment advice. See our Terms of Use.</small></p>
</div>
</article>
<aside class="sidebar" aria-label="Related">
<section><h3>Related articles</h3><ul><li><a href="https://www.ledgerline.example/2025/07/23/tesla-q2-deliveries-robotaxi/">Tesla Stock Slips After Earnings. Is Robotaxi Enough?</a></li><li><a href="https://www.ledgerline.example/2025/07/20/ev-stocks-to-watch/">3 EV Stocks to Watch This Summer</a></li></ul></section>
<section><h3>Newsletter</h3><form action="https://www.ledgerline.example/newsletter" method="post"><label for="nl-email">Get the Morning Ledger</label><input id="nl-email" type="email" name="email" placeholder="you@example.com"><button type="submit">Sign up</button></form></section>
</aside>
</main>
<footer class="site-footer"><div class="container"><p>&copy; 2025 Ledgerline Media LLC. All rights reserved. Market data powered by Xignite-like Data Co. Quotes delayed at least 15 minutes.</p><p><a href="https://www.ledgerline.example/terms/">Terms of Use</a> | <a href="https://www.ledgerline.example/privacy/">Privacy Policy</a> | <a href="https://www.ledgerline.example/accessibility/">Accessibility</a></p></div></footer>
<script src="https://assets.ledgerline.example/build/app.5c1e9.js" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
