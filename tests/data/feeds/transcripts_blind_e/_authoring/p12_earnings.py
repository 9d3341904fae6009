from common import *

NAME = "earnings_call_stocktalk_tsla_q4"
SHOW = "StockTalk Daily (Tesla Q4 2024 earnings call transcript)"
ROLES = {
    "OP": ("Operator", None),
    "DW": ("Dana Whitfield", "Head of Investor Relations"),
    "M": ("Elon Musk", "Chief Executive Officer"),
    "ML": ("Marcus Lee", "Chief Financial Officer"),
    "RT": ("Rebecca Tan", "Morgan Stanley -- Analyst"),
    "OS": ("Omar Siddiqui", "Goldman Sachs -- Analyst"),
}
T = [
    ("OP", None, "Good afternoon, everyone, and welcome to Tesla's fourth-quarter 2024 Q&A webcast. [Operator instructions] I will now turn the call over to Dana Whitfield, head of investor relations. Please go ahead."),
    ("DW", None, "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Marcus Lee, and a number of other executives. Our Q4 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast.\n\nDuring this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. With that, I'll turn it over to Elon for some opening remarks."),
    ("M", None, "Thank you. So 2024 was a record year for deliveries of the Model Y, and a record year for energy storage deployments by a wide margin.\n\nIn China, the market is extremely competitive. There's a price war, as everyone knows. Despite that, Giga Shanghai had its best year ever, and it continues to be our main export hub for Asia and Europe.\n\nThe big thing for 2025 is autonomy. We expect to launch unsupervised FSD in Austin in June, and we're working with regulators to expand supervised FSD in China and Europe."),
    ("ML", None, "Thanks, Elon. Let me walk through the financials. Total revenue grew 2% year over year, and energy storage gross margin reached a record."),
    ("DW", None, "Great. Let's go to investor questions from Say. The first question: \"Elon, you said last year that Chinese automakers would demolish most of their rivals without trade barriers. Has that view changed?\""),
    ("M", None, "No, it hasn't changed. They are extremely competitive, especially on cost. The way we compete is with autonomy and AI. That's where the value is."),
    ("DW", None, "The next question: \"When will FSD be fully available in China?\""),
    ("M", None, "We got partial approval, and we released a version of FSD in China, but it's not as good as it will be, because we haven't been allowed to train on data in China. We're working on that."),
    ("OP", None, "Our first analyst question comes from the line of Rebecca Tan with Morgan Stanley. Please go ahead."),
    ("RT", None, "Thanks. Elon, can I ask about Optimus?"),
    ("M", None, "Sure."),
    ("RT", None, "How dependent is the Optimus actuator supply chain on China, and does the tariff situation change your plans?"),
    ("M", None, "Optimus was designed from physics first principles, so a lot of the actuators are custom. But there are parts that come from China, and the tariffs do affect those. We're working to localize more of the supply chain."),
    ("OP", None, "Your next question comes from Omar Siddiqui with Goldman Sachs."),
    ("OS", None, "On energy storage, you import a lot of LFP cells from China. What's the tariff exposure for Megapack in 2025?"),
    ("ML", None, "I'll take that. We do have exposure, and we've factored the current tariff rates into our guidance. The LFP cell lines in Nevada will help later this year."),
    ("M", None, "And just to add to that — the demand for Megapack is so high that even with tariffs, we're supply constrained, not demand constrained."),
    ("OP", None, "This concludes the question-and-answer session. I'd like to turn the call back to Dana Whitfield for closing remarks."),
    ("DW", None, "Thanks, everyone, for joining. Elon, any final words?"),
    ("M", None, "Just thanks to the Tesla team. It was a tough year, but the future is very bright."),
]


def label_html(k):
    name, role = ROLES[k]
    if role:
        return f"<p><strong>{esc(name)}</strong> -- <em>{esc(role)}</em></p>"
    return f"<p><strong>{esc(name)}</strong></p>"


def build():
    prep, qa = [], []
    for i, (k, t, text) in enumerate(T):
        target = prep if i < 4 else qa
        target.append(label_html(k))
        for p in paras(text):
            target.append(f"<p>{esc(p)}</p>")
    prep = "\n".join(prep)
    qa = "\n".join(qa)
    parts = "\n".join(label_html(k) for k in ["DW", "M", "ML", "RT", "OS"])
    labels = {k: v[0] for k, v in ROLES.items()}
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tesla (TSLA) Q4 2024 Earnings Call Transcript",
                 "datePublished": "2025-01-29T19:30:00Z", "author": {"@type": "Organization", "name": "StockTalk Transcribing"},
                 "about": {"@type": "Corporation", "name": "Tesla, Inc.", "tickerSymbol": "NASDAQ:TSLA"}})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q4 2024 Earnings Call Transcript | StockTalk Daily</title>
<meta name="description" content="TSLA earnings call for the period ending December 31, 2024.">
<meta property="og:title" content="Tesla (TSLA) Q4 2024 Earnings Call Transcript">
<meta name="news_keywords" content="TSLA, Tesla, earnings call, transcript">
<link rel="canonical" href="https://www.stocktalkdaily.com/earnings/call-transcripts/2025/01/29/tesla-tsla-q4-2024-earnings-call-transcript/">
<link rel="stylesheet" href="/static/css/article.41c8.css">
{ld}
<script>var stdUser={{"loggedIn":false,"tier":"free"}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page transcript">
<header class="std-header">
  <a class="logo" href="/">StockTalk<span>Daily</span></a>
  <nav><a href="/investing/">Investing</a> <a href="/earnings/">Earnings</a> <a href="/earnings/call-transcripts/">Transcripts</a> <a href="/retirement/">Retirement</a> <a href="/premium/">Premium</a></nav>
  <div class="ticker-strip"><span>S&amp;P 500 <b>6,039.31</b> <i class="down">-0.47%</i></span> <span>DJI <b>44,713.52</b> <i class="down">-0.31%</i></span> <span>TSLA <b>389.10</b> <i class="down">-2.26%</i></span></div>
</header>
<main class="container">
<article class="article">
  <div class="quote-box"><a href="/quote/nasdaq/tsla/">Tesla (TSLA)</a> <span class="price">$389.10</span> <span class="change down">-2.26%</span></div>
  <h1>Tesla (TSLA) Q4 2024 Earnings Call Transcript</h1>
  <div class="byline">By <a href="/authors/stocktalk-transcribing/">StockTalk Transcribing</a> – Jan 29, 2025 at 7:30PM</div>
  <div class="ad ad-leaderboard" data-slot="/2216/std/article/top">Advertisement</div>
  <div class="article-body">
<p><strong>TSLA earnings call for the period ending December 31, 2024.</strong></p>
<h2 id="contents">Contents:</h2>
<ul><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
<h2 id="prepared">Prepared Remarks:</h2>
{prep}
<div class="ad ad-inline" data-slot="/2216/std/article/mid">Advertisement</div>
<h2 id="qa">Questions &amp; Answers:</h2>
{qa}
<p><strong>Operator</strong></p>
<p>[Operator signoff]</p>
<p><strong>Duration: 0 minutes</strong></p>
<h2 id="participants">Call participants:</h2>
{parts}
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><a href="/earnings/call-transcripts/">All earnings call transcripts</a></p>
<p class="disclosure"><em>This article is a transcript of this conference call produced for StockTalk Daily. While we strive for our Foolish best, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, StockTalk Daily does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</em></p>
  </div>
</article>
<aside class="sidebar"><div class="promo"><h3>Should you invest $1,000 in Tesla right now?</h3><p>Before you buy stock in Tesla, consider this: our analyst team just identified 10 stocks they believe are better buys.</p><a class="btn" href="/premium/offer/">See the 10 stocks »</a></div>
<div class="related"><h3>Related Articles</h3><ul><li><a href="/investing/2025/01/28/tesla-earnings-preview/">Tesla Earnings Preview: 3 Things to Watch</a></li><li><a href="/investing/2025/01/30/elon-musk-says-autonomy/">Elon Musk: Autonomy Will Make Tesla the Most Valuable Company</a></li><li><a href="/investing/2025/01/22/byd-vs-tesla/">BYD vs. Tesla: Which EV Stock Is the Better Buy?</a></li></ul></div></aside>
</main>
<footer class="std-footer"><p>© 1995 – 2025 StockTalk Daily. All rights reserved. Market data powered by Xignite.</p><p><a href="/legal/terms-and-conditions/">Terms of Use</a> · <a href="/legal/privacy-statement/">Privacy Policy</a> · <a href="/legal/disclosure/">Disclosure Policy</a> · <a href="/accessibility/">Accessibility</a></p></footer>
<div class="consent-banner"><p>We use cookies to personalize content and ads.</p><button>Accept All Cookies</button><button>Cookie Settings</button></div>
</body>
</html>
'''
    fmt = "Earnings-call transcript: bold speaker name '-- role' on its own paragraph, remarks in following paragraphs; Operator; trailing 'Call participants' list repeats the label lines with no speech"
    g = gold(SHOW, fmt, T, labels)
    return NAME, page, g
