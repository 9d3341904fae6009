from lib import *

NAME = "ag09_gigafan-earnings-call"
SHOW = "Gigafan Weekly"
FMT = ("Fan-site earnings-call transcript; each turn opens with a bold line 'Name -- Role' (his: 'Elon Musk -- Chief "
       "Executive Officer') followed by unlabelled paragraphs; no timestamps.")

OP = "Operator"
IR = "Hollis Grant -- Head of Investor Relations"
E = "Elon Musk -- Chief Executive Officer"
CFO = "Priya Menon -- Chief Financial Officer"
A1 = "Dan Kowalczyk -- Lynwood Securities -- Analyst"
A2 = "Carmen Ibe -- Northgate Partners -- Analyst"
T = [
 (OP, ["Good afternoon, everyone, and welcome to the first-quarter 2026 update call. All participants are in listen-only mode. I will now turn the call over to Hollis Grant. Please go ahead."]),
 (IR, ["Thank you, and good afternoon. Joining me today are Elon Musk and Priya Menon. Before we begin, please note that today's discussion includes forward-looking statements. Elon, over to you."]),
 (E, ["Thanks, Hollis. So, a solid quarter overall, given the environment. Deliveries were up, energy storage had a record quarter, and we made real progress on autonomy.",
      "I want to spend most of my time on autonomy, because I think that's what matters most for the long-term value of the company.",
      "The new training cluster came online in February, and the rate of improvement since then has been quite dramatic."]),
 (CFO, ["Thanks, Elon. Turning to the financials. Total revenue was up eleven percent year over year. Automotive gross margin excluding credits improved by one hundred and forty basis points sequentially, driven mainly by lower material costs."]),
 (OP, ["Thank you. We will now begin the question-and-answer session. Our first question comes from Dan Kowalczyk with Lynwood Securities."]),
 (A1, ["Thanks for taking my question. Elon, last quarter you said, and I'm quoting, \u201cunsupervised driving in several cities by the end of the year.\u201d Are you still on track for that?"]),
 (E, ["Yes."]),
 (A1, ["Could you give us a bit more color on which cities?"]),
 (E, ["We'll announce the cities when we're ready. I don't want to get ahead of the regulators, they don't love it when I do that.",
      "But I'd say it'll be more than two and fewer than ten by year-end."]),
 (OP, ["Our next question comes from Carmen Ibe with Northgate Partners."]),
 (A2, ["Hi, thanks. A question for Priya and maybe Elon. How should we think about capex for the rest of the year given the new cluster?"]),
 (CFO, ["We're keeping our guidance of more than eleven billion for the year. Most of the increase is compute and the new cell line."]),
 (E, ["And I'd add that compute is the one area where I'd rather overspend than underspend. If we're compute-constrained, everything else waits."]),
 (A2, ["Understood. And on the humanoid robot, any update on external sales?"]),
 (E, ["Internal use first. We'll have a few thousand working in our own factories this year, probably. External sales next year if things go well.",
      "It's hard. Hands are hard. The human hand is an incredible piece of engineering."]),
 (OP, ["That concludes our question-and-answer session. I'll turn the call back over to Elon Musk for closing remarks."]),
 (E, ["Just thanks to the team. They've worked incredibly hard this quarter. Thanks everyone."]),
 (OP, ["This concludes today's conference call. You may now disconnect."]),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, paras in T:
        if who == E:
            g.elon(None, paras[0])
        else:
            g.other(who)
        out.append('<p><strong>%s</strong></p>' % esc(who))
        out.extend('<p>%s</p>' % esc(p) for p in paras)
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Q1 2026 Update Call: Full Transcript | Gigafan Weekly</title>
<meta name="generator" content="Jekyll v4.3.3">
<link rel="stylesheet" href="/assets/main.css">
<link type="application/atom+xml" rel="alternate" href="/feed.xml" title="Gigafan Weekly">
</head>
<body>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Gigafan Weekly</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a><a class="page-link" href="/deliveries/">Delivery tracker</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Q1 2026 Update Call: Full Transcript</h1>
<p class="post-meta"><time class="dt-published" datetime="2026-04-22T19:40:00-05:00" itemprop="datePublished">Apr 22, 2026</time> &bull; <span itemprop="author">gigafan-staff</span></p></header>
<div class="post-content e-content" itemprop="articleBody">
<p>We transcribed the whole call by hand from the webcast so you don't have to. Our quick takes are in the <a href="/2026/04/22/q1-takeaways/">takeaways post</a>. Errors are ours; tell us on the forum.</p>
<h2 id="call-participants">Call participants</h2>
<ul><li>Hollis Grant -- Head of Investor Relations</li><li>Elon Musk -- Chief Executive Officer</li><li>Priya Menon -- Chief Financial Officer</li><li>Dan Kowalczyk -- Lynwood Securities -- Analyst</li><li>Carmen Ibe -- Northgate Partners -- Analyst</li></ul>
<h2 id="tldr">TL;DR</h2>
<ul><li>Elon Musk: unsupervised driving in &ldquo;more than two and fewer than ten&rdquo; cities by year-end.</li><li>Capex guidance unchanged at $11B+.</li><li>Robot: internal use first, external sales maybe next year.</li></ul>
<h2 id="transcript">Transcript</h2>
%s
<hr>
<p><em>Duration: 58 minutes. This is an unofficial fan transcript and is not affiliated with the company.</em></p>
</div>
<a class="u-url" href="/2026/04/22/q1-2026-call-transcript/" hidden></a>
</article>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">Gigafan Weekly</h2><p>Independent fan coverage since 2019. Not financial advice.</p></div></footer>
</body>
</html>
""" % body
    write(NAME, page, g)
