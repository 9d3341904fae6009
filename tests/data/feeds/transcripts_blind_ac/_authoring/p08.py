"""ac08: financial site earnings-call transcript; bold name line + italic role, paragraphs below, no times; an analyst also named Elon."""
from common import gold_from, gold

NAME = "ac08_ledgerline"
SHOW = "Tesla Q2 2026 Earnings Call"

WHO = {
    "T": ("Travis Oduya", "Head of Investor Relations"),
    "E": ("Elon Musk", "Chief Executive Officer"),
    "L": ("Lena Marchetti", "Chief Financial Officer"),
    "A1": ("Elon Tsoref", "Harbor Point Capital -- Analyst"),
    "A2": ("Gwen Park", "Redfield Securities -- Analyst"),
}

T = [
    ("T", None, ["Good afternoon, everyone, and welcome to Tesla&#39;s Second Quarter 2026 Q&amp;A webcast. I&#39;m Travis Oduya, Head of Investor Relations. Joining me today are Elon Musk, Lena Marchetti and several other members of our leadership team. Our results were announced after market close today.",
                 "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today, and actual events could differ materially due to a number of risks and uncertainties. With that, I&#39;ll turn it over to Elon for opening remarks."]),
    ("E", None, ["Thanks, Travis. So, it was a solid quarter, not a spectacular one. Deliveries were roughly flat against a tough comparison, but the underlying cost per vehicle came down again, and that&#39;s the number I watch most closely.",
                 "On autonomy, we expanded the paid ride-hailing service to four more metro areas, and the safety data continues to look good. I&#39;ll let Lena go through the numbers."]),
    ("L", None, ["Thank you, Elon. Total revenue for the quarter was up modestly year over year. Automotive gross margin excluding credits improved sequentially, driven primarily by lower material costs and better fixed-cost absorption.",
                 "Energy storage deployments reached a new record, and the energy business continues to be a meaningful contributor to profit. Operating expenses increased, mainly due to AI compute and R&amp;D."]),
    ("T", None, ["Great. We&#39;ll start with a few questions from retail shareholders. The first one: &ldquo;Elon, last year you said, &#39;The robot will be the biggest product of all time.&#39; Do you still believe that, and when will customers be able to buy one?&rdquo;"]),
    ("E", None, ["Yes, I still believe that. In terms of timing, we expect limited external sales late next year, starting with industrial customers, and consumer sales after that. But I want to be careful with the dates here."]),
    ("T", None, ["Thanks. Let&#39;s move to analyst questions. The first question comes from Elon Tsoref with Harbor Point Capital. Go ahead, Elon, please unmute yourself."]),
    ("A1", None, ["Hi, thanks for taking my question, and yes, I realise the name is confusing on this call. Lena, on the margin improvement, how much of that is structural versus one-time?"]),
    ("L", None, ["Most of it is structural. There were some one-time benefits from warranty reserve adjustments, but they were small. I&#39;d call it eighty to ninety percent structural."]),
    ("A1", None, ["Thanks. And a follow-up for the other Elon. Is the next-generation vehicle still on schedule for production next year?"]),
    ("E", None, ["It&#39;s on schedule, yes. The production line design is largely complete, and we&#39;re building pilot units now. The ramp will be slow at first, as always. It&#39;s a new manufacturing approach, so the early months will be painful."]),
    ("A1", None, ["Great, thank you."]),
    ("T", None, ["The next question is from Gwen Park with Redfield Securities. Gwen, go ahead."]),
    ("A2", None, ["Thank you. Elon, can you comment on the capital intensity of the AI training build-out? Investors are worried about the capex."]),
    ("E", None, ["Sure. We are spending a lot on compute, and we&#39;ll continue to. The way I think about it is that autonomy is the single biggest value driver for the company, and compute is the bottleneck for autonomy."]),
    ("A2", None, ["So no pullback?"]),
    ("E", None, ["No."]),
    ("A2", None, ["Okay. Thank you."]),
    ("L", None, ["Just to add to that, capex guidance for the year remains unchanged, and we expect to fund it from operating cash flow."]),
    ("T", None, ["That&#39;s all the time we have for questions today. Elon, anything to close?"]),
    ("E", None, ["Just thanks to the team. It&#39;s a tough environment and people are working incredibly hard. That&#39;s it."]),
    ("T", None, ["Thanks, everyone, for joining. We&#39;ll talk to you next quarter."]),
]


def render():
    out = []
    for i, (spk, t, paras) in enumerate(T):
        if i == 5:
            out.append("<h2>Questions &amp; Answers:</h2>")
        name, role = WHO[spk]
        if role:
            out.append('<p class="speaker"><strong>%s</strong> -- <em>%s</em></p>' % (name, role))
        else:
            out.append('<p class="speaker"><strong>%s</strong></p>' % name)
        for p in paras:
            out.append("<p>%s</p>" % p)
    return "\n".join(out)


def build():
    turns = gold_from(T)
    parts = "\n".join('<li><strong>%s</strong> -- <em>%s</em></li>' % WHO[k] for k in ("T", "E", "L"))
    analysts = "\n".join('<li><strong>%s</strong> -- <em>%s</em></li>' % WHO[k] for k in ("A1", "A2"))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q2 2026 Earnings Call Transcript | Ledgerline Markets</title>
<meta name="description" content="Full transcript of the Tesla Q2 2026 earnings call, including prepared remarks and analyst Q&amp;A.">
<link rel="stylesheet" href="https://www.ledgerline.com/static/css/site.6f0e1.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q2 2026 Earnings Call Transcript","publisher":{{"@type":"Organization","name":"Ledgerline Markets"}}}}</script>
</head>
<body>
<div class="ticker-bar"><span>DJIA <b class="up">+0.42%</b></span><span>S&amp;P 500 <b class="up">+0.31%</b></span><span>NASDAQ <b class="down">-0.08%</b></span><span>TSLA <b class="up">+3.9%</b></span></div>
<header class="site-head"><a class="brand" href="/">Ledgerline Markets</a><nav><a href="/markets">Markets</a><a href="/stocks">Stocks</a><a href="/transcripts" class="on">Transcripts</a><a href="/premium">Premium</a></nav></header>
<main class="page">
<article class="transcript-article">
<div class="byline">Ledgerline Transcribing &middot; <time datetime="2026-07-22T21:15:00Z">Jul 22, 2026 at 5:15 PM ET</time></div>
<h1>Tesla (TSLA) Q2 2026 Earnings Call Transcript</h1>
<div class="ticker-card"><span class="sym">NASDAQ: TSLA</span> <span class="px">$412.06</span> <span class="chg up">+3.9%</span></div>
<p>Image source: The Ledgerline Markets.</p>
<p><strong>Tesla (NASDAQ: TSLA)</strong><br>Q2 2026 Earnings Call<br>Jul. 22, 2026, 5:30 p.m. ET</p>
<h2>Contents:</h2>
<ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2>Prepared Remarks:</h2>
<div class="call-body">
{body}
</div>
<p><strong>Duration: 58 minutes</strong></p>
<h2>Call participants:</h2>
<ul class="participants">
{parts}
{analysts}
</ul>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Ledgerline Markets. While we strive to be accurate, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Ledgerline does not assume any responsibility for your use of this content.</em></p>
</article>
<aside class="premium-upsell"><h3>Before you buy Tesla stock, consider this</h3><p>Our analyst team just identified ten stocks they believe are better buys right now&hellip;</p><a class="btn" href="/premium/join">See the 10 stocks</a></aside>
</main>
<footer class="site-foot"><p>&copy; 2026 Ledgerline Markets. All rights reserved. Market data delayed 15 minutes.</p><p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p></footer>
<script src="https://www.ledgerline.com/static/js/site.6f0e1.js" defer></script>
</body>
</html>
""".format(body=render(), parts=parts, analysts=analysts)
    g = gold("Earnings-call transcript: each turn opens with a paragraph holding the bold speaker name and an italic role ('Name -- Role'), followed by plain paragraphs; no timestamps.",
             SHOW, turns, ["Travis Oduya", "Lena Marchetti", "Elon Tsoref", "Gwen Park"])
    return NAME, page, g
