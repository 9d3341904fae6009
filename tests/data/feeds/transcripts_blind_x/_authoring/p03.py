"""x03 - earnings-call transcript page, 'Name -- Role' label lines, no times."""
from common import *

NAME = "x03_tickerwise_tsla_q1_2026_call"
SHOW = "Tickerwise"

ROLE = {
    "OP": ("Operator", None),
    "IR": ("Marisol Vantongeren", "Head of Investor Relations"),
    MUSK: ("Elon Musk", "Chief Executive Officer"),
    "CFO": ("Priya Ramaswamy", "Chief Financial Officer"),
    "AV": ("Ashok Venkatraman", "Vice President, Autonomy Software"),
    "DK": ("Daniel Kessler", "Barclays -- Analyst"),
    "RO": ("Ren\u00e9e Olawale", "Morgan Stanley -- Analyst"),
    "JH": ("Ji-woo Han", "Wolfe Research -- Analyst"),
}

PREPARED = [
    ("OP", ["Good afternoon, everyone, and welcome to Tesla's first quarter 2026 Q&A webcast. My name is Sam, and I'll be your moderator for today's call. [Operator instructions] I will now turn the call over to Marisol Vantongeren, Head of Investor Relations. Marisol, please go ahead."]),
    ("IR", ["Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Priya Ramaswamy, and a number of other executives. Our Q1 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast.",
            "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties, including those mentioned in our most recent filings with the SEC.",
            "During the question-and-answer portion of today's call, please limit yourself to one question and one follow-up. Elon, over to you."]),
    (MUSK, ["Thanks, Marisol. So, the headline for the quarter is that it was a transition quarter, as expected. We're retooling two lines for the new vehicle while keeping the others running, and that always shows up in the numbers.",
            "But the important things are on track. Autonomy is improving at a rate that I think is not appreciated yet. Energy storage had another record. And Optimus is moving from the lab to the pilot line.",
            "I'll keep it brief and leave most of the time for questions."]),
    ("CFO", ["Thank you, Elon, and good afternoon, everyone. Total revenue declined slightly year over year, primarily due to lower vehicle deliveries during the changeover, partially offset by growth in energy and services. Operating expenses increased sequentially, driven by AI compute and R&D spending, which we expect to continue.",
             "We ended the quarter with strong liquidity, and capital expenditures are tracking in line with the range we provided in January. With that, I'll hand it back to Marisol for questions."]),
]

QA = [
    ("IR", ["Great. Thank you. We'll start with questions from retail shareholders. The first question is: \"Elon, last year you said unsupervised driving would be available in several metro areas by the end of this year. Where are we on that?\""]),
    (MUSK, ["We're making good progress. We're in three metros today with no one in the driver's seat, and I expect that to be quite a few more by the end of the year. The rate-limiting step is validation in each new city, not the software itself.",
            "I want to be careful about exact dates, because I've been optimistic before. But the trend is very clear."]),
    ("AV", ["And just to add to that, the interventions-per-mile metric improved again this quarter on the latest release, and most of the new metros share the same validation data, so each city is faster than the one before it."]),
    ("IR", ["Thank you. The next question: \"What is the timeline for Optimus production, and will it be sold externally?\""]),
    (MUSK, ["The pilot line is being installed now in Fremont. We'll build several thousand this year, mostly for internal use in our own factories, and the goal is to start external sales next year if it's doing useful work reliably.",
            "Hands are the hardest part. The hand alone has more actuators than the rest of the arm."]),
    ("IR", ["Thanks, Elon. Operator, let's go to analyst questions."]),
    ("OP", ["Thank you. Our first question comes from Daniel Kessler with Barclays. Daniel, please go ahead and unmute yourself."]),
    ("DK", ["Hi, thanks for taking my question. On the new vehicle, can you give us a sense of how the cost per unit compares to Model 3 at the start of its ramp, and what margins look like once you're at rate?"]),
    (MUSK, ["It's much better than Model 3 at the equivalent point. The unboxed process removes a lot of the steps where the car is just sitting around waiting, and that shows up directly in cost. Priya can talk about margins."]),
    ("CFO", ["Yes. We're not giving a specific number today, but we expect the product to be margin-accretive once we're at a steady production rate."]),
    ("DK", ["Okay. And just to follow up, is the start of production still on track for the second half?"]),
    (MUSK, ["Yes."]),
    ("OP", ["Thank you. Our next question comes from Ren\u00e9e Olawale with Morgan Stanley."]),
    ("RO", ["Hi, good afternoon. Energy storage was a record again. How much of that is the new Megapack factory, and how should we think about growth for the rest of the year?"]),
    (MUSK, ["The new factory is only just starting to contribute, so most of it is still Lathrop. Demand is very strong, mostly from utilities that need to shift solar into the evening, and increasingly from data centers. I think storage will grow faster than the vehicle business this year."]),
    ("OP", ["Thank you. Our last question comes from Ji-woo Han with Wolfe Research."]),
    ("JH", ["Thanks. Elon, you said on the last call that the company would become, quote, \"mostly an AI and robotics company.\" What does that mean for capital allocation over the next two years?"]),
    (MUSK, ["It means the majority of incremental capex goes to compute and to building Optimus at scale. Vehicles remain very important, obviously. But when you look at where the value is going to be, it's autonomy and robots."]),
    ("IR", ["Thank you. That's all the time we have for today. Elon, any closing remarks?"]),
    (MUSK, ["Just thanks to the team for executing through a tough changeover. Lots to look forward to this year."]),
    ("OP", ["Ladies and gentlemen, that concludes today's conference call. Thank you for your participation. You may now disconnect."]),
]


def label_html(spk):
    name, role = ROLE[spk]
    if role is None:
        return f"<p><strong>{esc(name)}</strong></p>"
    return f"<p><strong>{esc(name)}</strong> -- <em>{esc(role)}</em></p>"


def label_text(spk):
    name, role = ROLE[spk]
    return name if role is None else f"{name} -- {role}"


def render(seq):
    out = []
    for spk, paras in seq:
        out.append(label_html(spk))
        out += [f"<p>{esc(p)}</p>" for p in paras]
    return "\n".join(out)


def build():
    turns = [dict(spk=s, t=None, paras=p) for s, p in PREPARED + QA]
    participants = "\n".join(f"<p>{esc(label_text(s))}</p>" for s in ["IR", MUSK, "CFO", "AV", "DK", "RO", "JH"])
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | Tickerwise</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="TSLA earnings call for the period ending March 31, 2026.">
<link rel="stylesheet" href="https://cdn.tickerwise.com/static/app.7f2a1.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"transcript","ticker":"TSLA","quarter":"Q1 2026"}});</script>
</head>
<body>
<div id="top-bar"><a href="/" class="tw-logo">Tickerwise</a>
<nav><a href="/markets">Markets</a><a href="/earnings">Earnings</a><a href="/earnings/call-transcripts">Call Transcripts</a><a href="/screener">Screener</a><a href="/premium" class="cta">Go Premium</a></nav></div>
<div class="quote-strip"><span class="tkr">TSLA</span> <span class="px">$248.61</span> <span class="chg neg">-1.84%</span></div>
<main class="article-body">
<div class="byline">Tickerwise Transcribing &middot; Apr 22, 2026 at 7:41PM</div>
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<p class="summary">TSLA earnings call for the period ending March 31, 2026.</p>
<img src="https://cdn.tickerwise.com/img/logos/tsla.png" alt="Tesla logo" width="120">
<p><em>Image source: Tickerwise.</em></p>
<div class="ai-takeaways">
  <h3>Key takeaways <span class="badge">AI-generated</span></h3>
  <ul>
    <li>Elon Musk: Driverless service is live in three metros, with more expected by year-end.</li>
    <li>Elon Musk: Optimus pilot line is being installed in Fremont; external sales targeted for next year.</li>
    <li>Priya Ramaswamy: New vehicle expected to be margin-accretive at steady production.</li>
  </ul>
  <p class="fine">Summary generated automatically and may contain errors.</p>
</div>
<h2>Tesla (TSLA 1.84%)<br>Q1 2026 Earnings Call<br>Apr 22, 2026, 5:30 p.m. ET</h2>
<h2>Contents:</h2>
<ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2>Prepared Remarks:</h2>
{render(PREPARED)}
<div class="inline-ad"><p>Should you invest $1,000 in Tesla right now? Before you buy, consider this&hellip; <a href="/premium">Read more</a></p></div>
<h2>Questions &amp; Answers:</h2>
{render(QA)}
<p><strong>Duration: 0 minutes</strong></p>
<h2>Call participants:</h2>
{participants}
<p><a href="/quote/tsla">More TSLA analysis</a></p>
<p><a href="/earnings/call-transcripts">All earnings call transcripts</a></p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Tickerwise. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Tickerwise does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings. Please see our Terms and Conditions for additional details.</em></p>
</main>
<aside class="sidebar">
  <h4>Related transcripts</h4>
  <ul><li><a href="/earnings/call-transcripts/2026/01/28/tesla-tsla-q4-2025-earnings-call-transcript/">Tesla (TSLA) Q4 2025 Earnings Call Transcript</a></li>
  <li><a href="/earnings/call-transcripts/2026/04/21/gm-q1-2026-earnings-call-transcript/">General Motors (GM) Q1 2026 Earnings Call Transcript</a></li></ul>
</aside>
<footer><p>&copy;2026 Tickerwise. All rights reserved. Market data delayed 15 minutes.</p>
<p><a href="/about">About</a> | <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/accessibility">Accessibility</a></p></footer>
<script src="https://cdn.tickerwise.com/static/app.7f2a1.js" defer></script>
</body>
</html>
"""
    others = [label_text(s) for s in ["OP", "IR", "CFO", "AV", "DK", "RO", "JH"]]
    exp = expected(
        "Earnings-call transcript: each turn begins with a label paragraph '<strong>Name</strong> -- <em>Role</em>' (e.g. 'Elon Musk -- Chief Executive Officer', analysts 'Name -- Firm -- Analyst', bare 'Operator') followed by plain <p> paragraphs; no timestamps.",
        SHOW, gold_turns(turns), others)
    meta = dict(kind="Financial-news earnings-call transcript page",
                fmt="'Name -- Role' label paragraphs, text paragraphs below; no times",
                hard=["AI 'Key takeaways' box prints 'Elon Musk: ...' bullets above the transcript",
                      "IR head reads retail questions that quote him; analyst quotes his last-call words",
                      "'Call participants' list repeats 'Elon Musk -- Chief Executive Officer' after the transcript (not a turn)",
                      "Multi-paragraph turns; one-word turn 'Yes.'; turns in both Prepared Remarks and Q&A"],
                choices=["Participants list and takeaways are not turns.", "All times null."])
    register(NAME, page, exp, meta)


build()
