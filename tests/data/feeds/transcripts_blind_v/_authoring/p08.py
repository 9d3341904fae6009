from common import *

NAME = "v08_streetledger_earnings_call"
SHOW = "StreetLedger"

LAB = {
    "O": ("Operator", None),
    "M": ("Martin Oyelaran", "Vice President, Investor Relations"),
    "E": ("Elon Musk", "Chief Executive Officer"),
    "C": ("Lindsey Park", "Chief Financial Officer"),
    "D": ("Dana Whitfield", "Halvorsen Securities -- Analyst"),
}

TURNS = [
    Turn("O", None, ["Good afternoon, everyone, and welcome to Tesla’s second-quarter 2025 Q&A webcast. My name is Krista and I’ll be your moderator. All lines have been placed on mute. I would now like to turn the call over to Martin Oyelaran, Vice President of Investor Relations."]),
    Turn("M", None, ["Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Lindsey Park and a number of other executives. Our results were announced shortly after market close, and the update deck is on our website. During this call we will discuss our business outlook and make forward-looking statements. With that, I’ll hand it to Elon."]),
    Turn("E", None, ["Thanks, Martin. So, it was a challenging quarter in some ways and a very encouraging one in others. Deliveries were down year over year, which I think everyone expected given the line changeovers.",
                     "But the big picture is that we’re transitioning from being primarily a car company to being an autonomy and robotics company, and the progress on that front this quarter was, I think, the best we’ve had.",
                     "I’ll let Lindsey go through the numbers, but I want to emphasize that the cost per vehicle continued to come down."]),
    Turn("C", None, ["Thank you, Elon. Total revenue was down 8% sequentially, driven primarily by lower vehicle deliveries, partially offset by growth in energy storage and services. Our operating expenses increased due to AI compute. We ended the quarter with strong cash and investments. With that, let’s go to questions."]),
    Turn("M", None, ["Thank you. We’ll start with the retail shareholder questions from Say. The first question is: when will unsupervised FSD be available to customers outside the pilot cities?"]),
    Turn("E", None, ["We expect to expand the service area quite significantly over the next few months, and add cities. I want to be careful on dates, because I’ve been optimistic in the past. But the trend is very clear."]),
    Turn("M", None, ["The next question: is the lower-cost model still on track for production this year?"]),
    Turn("E", None, ["Yes."]),
    Turn("C", None, ["And just to add, we started pilot production in June and we expect volume production in the second half."]),
    Turn("O", None, ["Thank you. Our first analyst question comes from Dana Whitfield with Halvorsen Securities. Please go ahead."]),
    Turn("D", None, ["Hi, thanks. Elon, on the last call you said, quote, “we will have a very clear picture of robotaxi economics by the summer.” Do you have that picture now, and can you share anything about cost per mile?"]),
    Turn("E", None, ["We have a pretty good picture. I’m not going to give a number on cost per mile today, because it’s still moving around a lot as we scale. What I can say is that the vehicle cost dominates, and we own the vehicle cost."]),
    Turn("C", None, ["Right."]),
    Turn("E", None, ["And once the vehicle is paid for, the marginal cost is mostly electricity, cleaning and insurance. That’s very different from a human-driven ride."]),
    Turn("D", None, ["Thank you. And a follow-up on Optimus: how many units do you expect to build this year?"]),
    Turn("E", None, ["Thousands, hopefully. It depends on how fast we can ramp the actuators, which is the hardest part. We designed almost all of them in-house, because nothing on the market was good enough."]),
    Turn("O", None, ["Thank you. That concludes today’s question-and-answer session. I’d like to turn the call back to Elon for closing remarks."]),
    Turn("E", None, ["Just thank you to the team and to our shareholders. We’re going to keep working hard and I think the future is very bright."]),
    Turn("O", None, ["This concludes today’s conference call. You may now disconnect."]),
]

FORMAT = ("Earnings-call transcript: each turn starts with a bold line 'Name -- Role' (or 'Operator') followed by unlabelled paragraphs; "
          "a Call Participants list and a Key Takeaways box also name him; no timestamps.")


def label_html(spk):
    name, role = LAB[spk]
    if role is None:
        return f"<p><strong>{name}</strong></p>"
    return f"<p><strong>{name}</strong> -- <em>{role}</em></p>"


def render():
    out = []
    for i, tr in enumerate(TURNS):
        if i == 4:
            out.append('<h2 id="questions-and-answers">Questions &amp; Answers:</h2>')
        out.append(label_html(tr.spk))
        out.extend(f"<p>{p}</p>" for p in tr.paras)
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q2 2025 Earnings Call Transcript | StreetLedger</title>
<meta name="description" content="TSLA earnings call for the period ending June 30, 2025.">
<link rel="stylesheet" href="https://cdn.streetledger.com/static/css/article.2c8f.css">
<script async src="https://cdn.streetledger.com/static/js/tag-manager.js"></script>
</head>
<body class="article transcript">
<header class="sl-header">
 <a href="/" class="sl-logo">StreetLedger</a>
 <nav class="sl-nav" aria-label="Primary"><a href="/markets/">Markets</a><a href="/stocks/">Stocks</a><a href="/earnings/call-transcripts/" class="active">Transcripts</a><a href="/investing/">Investing</a><a href="/premium/" class="sl-premium">Premium</a></nav>
</header>
<main class="sl-main">
<div class="sl-ticker-strip"><span class="tick">TSLA <b>+2.14%</b></span><span class="tick">NASDAQ <b>+0.61%</b></span><span class="tick">S&amp;P 500 <b>+0.38%</b></span></div>
<article class="sl-article">
<div class="sl-eyebrow">Earnings Call Transcript</div>
<h1>Tesla (TSLA) Q2 2025 Earnings Call Transcript</h1>
<div class="sl-byline">By StreetLedger Transcribing · Jul 23, 2025 at 8:41PM</div>
<div class="sl-keytakeaways" role="complementary" aria-label="Key takeaways" style="border:1px solid #d9e2ec;background:#f5f8fb;padding:16px;margin:16px 0">
<h2 style="font-size:16px;margin-top:0">Key takeaways</h2>
<ul>
<li>Elon Musk: Tesla is transitioning from a car company to “an autonomy and robotics company.”</li>
<li>Elon Musk declined to give a robotaxi cost-per-mile figure.</li>
<li>CFO Lindsey Park: lower-cost model in pilot production since June.</li>
</ul>
<p style="font-size:12px;color:#667">Summary generated automatically from the transcript.</p>
</div>
<div class="sl-article-body">
<p><strong>Image source:</strong> Getty Images.</p>
<p>Tesla (NASDAQ: TSLA)<br>Q2 2025 Earnings Call<br>Jul 23, 2025, 5:30 p.m. ET</p>
<h2>Contents:</h2>
<ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2 id="prepared-remarks">Prepared Remarks:</h2>
{body}
<p><strong>Duration: 0 minutes</strong></p>
<h2 id="call-participants">Call participants:</h2>
<p>Martin Oyelaran -- Vice President, Investor Relations</p>
<p>Elon Musk -- Chief Executive Officer</p>
<p>Lindsey Park -- Chief Financial Officer</p>
<p>Dana Whitfield -- Halvorsen Securities -- Analyst</p>
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><a href="/earnings/call-transcripts/">All earnings call transcripts</a></p>
<p class="sl-disclaimer"><em>This article is a transcript of this conference call produced for StreetLedger. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, StreetLedger does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company’s SEC filings.</em></p>
</div>
</article>
<aside class="sl-related" aria-label="Related articles">
<h2>Related articles</h2>
<ul>
<li><a href="/2025/07/24/tesla-stock-after-earnings/">Tesla stock jumps after earnings: Elon Musk says the future is “very bright”</a></li>
<li><a href="/2025/07/22/what-to-watch-tesla-q2/">What to watch when Tesla reports on Wednesday</a></li>
<li><a href="/2025/04/22/tesla-tsla-q1-2025-earnings-call-transcript/">Tesla (TSLA) Q1 2025 Earnings Call Transcript</a></li>
</ul>
</aside>
</main>
<footer class="sl-footer"><p>© 2025 StreetLedger Media. All rights reserved. Market data delayed 15 minutes.</p><p><a href="/legal/terms/">Terms of use</a> · <a href="/legal/privacy/">Privacy</a> · <a href="/legal/disclosure/">Disclosure policy</a></p></footer>
<script src="https://cdn.streetledger.com/static/js/article.bundle.31ae.js" defer></script>
</body>
</html>
"""
    others = ["Operator", "Martin Oyelaran -- Vice President, Investor Relations", "Lindsey Park -- Chief Financial Officer",
              "Dana Whitfield -- Halvorsen Securities -- Analyst"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
