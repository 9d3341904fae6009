"""ad07: earnings-call transcript (finance site): a bold name + '--' + italic role line
before each turn, paragraphs below; no times; participants list at the end."""
from common import *

NAME = "ad07_ledgerline_earnings"
SHOW = "Ledgerline (earnings call transcript)"

OP, IR, CFO, AN = "OP", "IR", "CFO", "AN"
ROLE = {OP: ("Operator", None), IR: ("Marcus Feld", "Head of Investor Relations"),
        CFO: ("Priyanka Raghunathan", "Chief Financial Officer"), E: ("Elon Musk", "Chief Executive Officer"),
        AN: ("Josephine Park", "Stanhope Securities -- Analyst")}

T = [
    {"s": OP, "sec": "Prepared Remarks:", "p": ["Good afternoon, everyone, and welcome to the first-quarter 2026 results conference call. All lines have been placed on mute. I would now like to turn the call over to Marcus Feld, head of investor relations. Please go ahead."]},
    {"s": IR, "p": ["Thank you, and good afternoon. Joining me today are Elon Musk and Priyanka Raghunathan. Our discussion will include forward-looking statements, and actual results may differ materially. With that, I&rsquo;ll turn it over to Elon."]},
    {"s": E, "p": ["Thanks, Marcus. I&rsquo;ll keep the opening short so we have more time for questions.",
                   "The big picture is that we are transitioning from a company that makes cars to a company that makes autonomy, energy and, increasingly, robots. The vehicle business is the foundation, but it is not where most of the long-term value will come from.",
                   "On energy storage, demand continues to exceed what we can build, and we are bringing on additional capacity. On Optimus, we are still early, but the rate of improvement is, frankly, a little startling even to us."]},
    {"s": CFO, "p": ["Thanks, Elon. I&rsquo;ll walk through the financial highlights. As expected, the quarter reflected seasonality and the ramp costs associated with new lines. Operating expenses rose due to AI compute and R&amp;D. We remain focused on cost per unit, and I&rsquo;ll share more detail in the Q&amp;A. Back to you, Marcus."]},
    {"s": IR, "sec": "Questions &amp; Answers:", "p": ["Thank you. We&rsquo;ll start with questions from retail shareholders. The first question is: &ldquo;Elon, last quarter you said unsupervised autonomy would expand to more cities &lsquo;very soon.&rsquo; What is the status?&rdquo;"]},
    {"s": E, "p": ["We&rsquo;re expanding city by city, and each city teaches the system something. The hard part is not the first city, it&rsquo;s the long tail of weird intersections and weird weather.",
                   "I&rsquo;d rather be a bit slower and have it be safe than be fast and have a setback. But the trend is very clearly in the right direction."]},
    {"s": IR, "p": ["Thanks. The next question: &ldquo;What is the timeline for the lower-cost model, and how will it affect margins?&rdquo;"]},
    {"s": E, "p": ["I&rsquo;ll let Priyanka take the margin part of that, and then I can add some color on the product."]},
    {"s": CFO, "p": ["Sure. Without giving guidance on specific figures, the design was done with cost as the primary constraint, and the line reuses a lot of existing tooling. So we expect the impact on margins to be manageable."]},
    {"s": OP, "p": ["Our next question comes from Josephine Park with Stanhope Securities. Please go ahead."]},
    {"s": AN, "p": ["Hi, thanks for taking my question. Elon, can you hear me okay?"]},
    {"s": E, "p": ["Yes."]},
    {"s": AN, "p": ["Great. On Optimus: when do you expect external customers, and how should we think about the unit economics?"]},
    {"s": E, "p": ["Internal use first, because our own factories are the most forgiving customer we&rsquo;ll ever have. External customers after that, once the robot is useful for a full shift without a babysitter.",
                   "On unit economics, at volume I think the cost of a humanoid robot converges toward the cost of a small car, maybe less. The value it produces over its life is much higher than that."]},
    {"s": AN, "p": ["Thanks. And a quick follow-up on energy storage?"]},
    {"s": E, "p": ["Sure. Storage is the sleeper business. People underestimate how much of the grid&rsquo;s problem is timing. Batteries move energy from when it&rsquo;s made to when it&rsquo;s needed, and that&rsquo;s extremely valuable."]},
    {"s": OP, "p": ["That concludes our question-and-answer session. I&rsquo;d like to turn the call back over to management for closing remarks."]},
    {"s": E, "p": ["Thanks, everyone. Exciting times ahead. We&rsquo;ll talk again next quarter."]},
    {"s": OP, "p": ["[Operator signoff]"]},
]


def render():
    out = []
    for tr in T:
        if tr.get("sec"):
            out.append(f'<h2 class="call-section" id="{"qa" if "Answers" in tr["sec"] else "prepared-remarks"}">{tr["sec"]}</h2>')
        name, role = ROLE[tr["s"]]
        if role:
            out.append(f"<p><strong>{name}</strong> -- <em>{role}</em></p>")
        else:
            out.append(f"<p><strong>{name}</strong></p>")
        out.extend(f"<p>{p}</p>" for p in tr["p"])
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | Ledgerline</title>
<meta name="description" content="TSLA earnings call for the period ending March 31, 2026.">
<link rel="stylesheet" href="https://assets.ledgerline.example/static/css/article.6b2d.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LDGR01"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-LDGR01');</script>
</head>
<body class="article transcript">
<header class="ll-header"><a class="ll-logo" href="https://www.ledgerline.example/">Ledgerline</a>
<nav><a href="https://www.ledgerline.example/markets/">Markets</a><a href="https://www.ledgerline.example/earnings/">Earnings</a><a class="on" href="https://www.ledgerline.example/earnings/call-transcripts/">Call transcripts</a><a href="https://www.ledgerline.example/screener/">Screener</a></nav>
<a class="ll-cta" href="https://www.ledgerline.example/premium/">Start free trial</a></header>
<main class="ll-main">
<div class="ll-ticker-strip"><span class="sym">TSLA</span> <span class="px">Nasdaq</span> <a href="https://www.ledgerline.example/quote/nasdaq/tsla/">View quote &rsaquo;</a></div>
<article class="ll-article">
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<div class="ll-byline">By Ledgerline Transcribing &middot; <time datetime="2026-04-22T23:40:00Z">Apr 22, 2026 at 7:40PM</time></div>
<div class="ll-ai-box"><h2>AI-generated summary</h2><ul>
<li>Elon Musk: the company is transitioning from cars to autonomy, energy and robots.</li>
<li>Management declined to give specific margin guidance for the lower-cost model.</li>
<li>Optimus to be used internally first; external customers later.</li></ul>
<p class="ll-small">This summary was produced automatically and has not been reviewed.</p></div>
<nav class="ll-toc"><h2>Contents:</h2><ul><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul></nav>
<p><strong>Date</strong><br>Wednesday, April 22, 2026 at 5:30 p.m. ET</p>
<p><strong>Call participants</strong><br>Chief Executive Officer &mdash; Elon Musk<br>Chief Financial Officer &mdash; Priyanka Raghunathan<br>Head of Investor Relations &mdash; Marcus Feld</p>
<div class="ll-article-body" id="prepared">
{render()}
</div>
<h2 id="participants">Call participants:</h2>
<p><strong>Marcus Feld</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Priyanka Raghunathan</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Josephine Park</strong> -- <em>Stanhope Securities -- Analyst</em></p>
<p class="ll-disclaimer">This article is a transcript of this conference call produced for Ledgerline. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. Ledgerline does not assume any responsibility for your use of this content. The executives named are not affiliated with Ledgerline.</p>
</article>
<aside class="ll-rail"><h3>More TSLA transcripts</h3><ul><li><a href="https://www.ledgerline.example/earnings/call-transcripts/2026/01/28/tsla-q4-2025/">TSLA Q4 2025 call</a></li><li><a href="https://www.ledgerline.example/earnings/call-transcripts/2025/10/22/tsla-q3-2025/">TSLA Q3 2025 call</a></li></ul>
<h3>Trending</h3><ul><li><a href="https://www.ledgerline.example/news/musk-says-storage-is-the-sleeper-business/">Musk says storage is &lsquo;the sleeper business&rsquo;</a></li></ul></aside>
</main>
<footer class="ll-footer">&copy; 2026 Ledgerline Media. Market data delayed by 15 minutes. <a href="https://www.ledgerline.example/terms/">Terms</a> &middot; <a href="https://www.ledgerline.example/privacy/">Privacy</a></footer>
<script src="https://assets.ledgerline.example/static/js/article.6b2d.js" defer></script>
</body>
</html>
"""
    fmt = ("Earnings-call transcript: each turn starts with its own <p> holding a bold name, ' -- ' and an italic role "
           "(e.g. 'Elon Musk -- Chief Executive Officer'), followed by plain <p> paragraphs; no times; a call-participants "
           "list repeats the name/role lines at the end.")
    others = ["Operator", "Marcus Feld -- Head of Investor Relations", "Priyanka Raghunathan -- Chief Financial Officer",
              "Josephine Park -- Stanhope Securities -- Analyst"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
