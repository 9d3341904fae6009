from common import *

NAME = "aa10_quarterbridge_earnings_call"
SHOW = "Quarterbridge Earnings Call Transcripts"
ROLE = {
    "OP": ("Operator", None),
    "MV": ("Martin Viereck", "Head of Investor Relations"),
    EM: ("Elon Musk", "Chief Executive Officer"),
    "RK": ("Rohan Kapadia", "Chief Financial Officer"),
    "PS": ("Priyanka Sethi", "Halvorsen Capital -- Analyst"),
    "TE": ("Tom\u00e1s Echeverr\u00eda", "Brightwater Securities -- Analyst"),
}

PREPARED = [
    T("OP", None, "Good afternoon, everyone, and welcome to the third-quarter 2024 financial results conference call. All participants are in a listen-only mode. After the prepared remarks, there will be a question-and-answer session. I would now like to turn the call over to Martin Viereck, head of investor relations. Please go ahead."),
    T("MV", None, "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Rohan Kapadia and a number of other executives. Our results were announced shortly after market close, and the update deck is available on our investor relations website. During this call, we will discuss our business outlook and make forward-looking statements, which are subject to risks and uncertainties. With that, I\u2019ll turn it over to Elon."),
    T(EM, None, "Thanks, Martin. So, Q3 was a record quarter in a few important ways. We delivered more vehicles than in any previous third quarter, energy storage deployments were the highest they\u2019ve ever been, and we returned to margin expansion after a difficult first half.",
      "I want to thank the team, especially at the factories, who worked incredibly hard through two line changeovers while still hitting output targets. That is not easy.",
      "Looking ahead, the most important thing for the company remains autonomy. I\u2019ve said this many times, but I think it bears repeating: the value of the company in the long term is overwhelmingly about solving real-world AI."),
    T("RK", None, "Thanks, Elon. Total revenue grew 8% year over year to $25.2 billion. Automotive gross margin, excluding regulatory credits, improved sequentially to 17.1%, driven primarily by lower cost per vehicle. Operating expenses were flat quarter over quarter as higher AI-related spending was offset by restructuring savings. Free cash flow was $2.7 billion."),
]
QA = [
    T("MV", None, "Great. Let\u2019s move to investor questions submitted through the retail platform. The first question: \u201cElon, you said last year that unsupervised self-driving would be available in 2024. What is the status?\u201d"),
    T(EM, None, "Well, I have been overly optimistic on timelines, I\u2019ll admit that. But the progress on the latest version is real. Interventions per thousand miles have dropped by roughly an order of magnitude this year. We expect to begin unsupervised operation in a limited area next year, pending regulatory approval."),
    T("MV", None, "Thank you. Next question: is the more affordable model still on track for the first half of next year?"),
    T(EM, None, "Yes."),
    T("RK", None, "And just to add to that, the lines will be built on existing production infrastructure, which keeps the capital requirements modest."),
    T("OP", None, "Thank you. We will now take questions from analysts. Our first question comes from Priyanka Sethi with Halvorsen Capital. Your line is open."),
    T("PS", None, "Hi, thanks for taking my question. On margins, Elon, you once said the cars would eventually appreciate in value because of autonomy. Are you still comfortable with pricing cuts while that thesis is playing out?"),
    T(EM, None, "I think those are actually consistent. Lowering prices now expands the fleet, and the fleet is what makes autonomy valuable. Every car we sell is a car that can be upgraded later. So I\u2019m not worried about that trade-off at all."),
    T("RK", None, "And on the near-term margin, we see continued cost improvements in the fourth quarter, partially offset by incentives and seasonality."),
    T(EM, None, "I\u2019d just add that the cost of the new cell is coming down faster than we modeled. That\u2019s a meaningful tailwind next year."),
    T("OP", None, "Our next question comes from Tom\u00e1s Echeverr\u00eda with Brightwater Securities."),
    T("TE", None, "Thanks. Energy storage now makes up a sizable share of gross profit. How big can that business get relative to automotive?"),
    T(EM, None, "Very big. I wouldn\u2019t be surprised if stationary storage ends up growing faster than vehicles for the next several years. Demand is well ahead of supply, and the new factory in Shanghai will help a lot with that.",
      "People tend to underestimate the energy business because it\u2019s less visible than cars, but the economics are excellent."),
    T("MV", None, "Thank you. That concludes our Q&A. Elon, any closing remarks?"),
    T(EM, None, "Just thank you to our customers, our shareholders and especially the team. It\u2019s been a tough year in some ways, but I\u2019m very optimistic about the future."),
    T("OP", None, "This concludes today\u2019s conference call. You may now disconnect."),
]
TURNS = PREPARED + QA


def spk_line(t):
    name, role = ROLE[t.spk]
    if role:
        return "<p><strong>%s</strong> -- <em>%s</em></p>" % (esc(name), esc(role))
    return "<p><strong>%s</strong></p>" % esc(name)


def render(turns):
    out = []
    for t in turns:
        out.append(spk_line(t))
        for p in t.paras:
            out.append("<p>%s</p>" % esc(p, ents=True))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q3 2024 Earnings Call Transcript | Quarterbridge</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2024.">
<link rel="stylesheet" href="https://www.quarterbridge.com/static/css/transcript.4c1e.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QB00TX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-QB00TX");</script>
</head>
<body class="page-transcript">
<header class="qb-header"><a class="qb-logo" href="https://www.quarterbridge.com/">Quarterbridge</a>
<nav><a href="/markets/">Markets</a><a href="/earnings/">Earnings</a><a href="/transcripts/" class="active">Transcripts</a><a href="/screeners/">Screeners</a><a href="/premium/" class="cta">Go Premium</a></nav></header>
<main class="qb-main">
<article class="transcript-article">
<div class="breadcrumbs"><a href="/transcripts/">Earnings Call Transcripts</a> / <a href="/quote/nasdaq/tsla/">TSLA</a></div>
<h1>Tesla (TSLA) Q3 2024 Earnings Call Transcript</h1>
<div class="byline">Transcribed by Quarterbridge Staff &middot; <time datetime="2024-10-23T20:41:00Z">Oct 23, 2024 at 4:41 PM EDT</time></div>
<div class="ticker-box"><span class="tk">TSLA</span> <span class="px">$213.65</span> <span class="chg up">+1.8%</span> <span class="ah">After hours: $233.10 (+9.1%)</span></div>
<aside class="highlights-box">
<h2>Call highlights <small>(auto-generated)</small></h2>
<ul>
<li><b>Elon Musk:</b> &ldquo;Q3 was a record quarter in a few important ways.&rdquo;</li>
<li><b>Rohan Kapadia:</b> automotive gross margin ex-credits rose to 17.1%.</li>
<li><b>Elon Musk:</b> unsupervised operation planned in a limited area next year.</li>
</ul>
</aside>
<div class="article-body">
<h2>TSLA earnings call for the period ending September 30, 2024.</h2>
<ul class="toc"><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
<h2 id="prepared">Prepared Remarks:</h2>
{{PREPARED}}
<h2 id="qa">Questions &amp; Answers:</h2>
{{QA}}
<h2 id="participants">Call participants:</h2>
<p><strong>Operator</strong></p>
<p><strong>Martin Viereck</strong> -- Head of Investor Relations</p>
<p><strong>Elon Musk</strong> -- Chief Executive Officer</p>
<p><strong>Rohan Kapadia</strong> -- Chief Financial Officer</p>
<p><strong>Priyanka Sethi</strong> -- Halvorsen Capital -- Analyst</p>
<p><strong>Tom&aacute;s Echeverr&iacute;a</strong> -- Brightwater Securities -- Analyst</p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Quarterbridge. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Quarterbridge does not assume any responsibility for your use of this content.</em></p>
</div>
</article>
<aside class="qb-rail"><section><h3>More TSLA transcripts</h3><ul><li><a href="/transcripts/tsla-q2-2024/">TSLA Q2 2024</a></li><li><a href="/transcripts/tsla-q1-2024/">TSLA Q1 2024</a></li><li><a href="/transcripts/tsla-q4-2023/">TSLA Q4 2023</a></li></ul></section></aside>
</main>
<footer class="qb-footer"><p>&copy;2024 Quarterbridge Media, Inc. Market data powered by Xignite.</p><p><a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://www.quarterbridge.com/static/js/transcript.4c1e.js" defer></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{PREPARED}}", render(PREPARED)).replace("{{QA}}", render(QA))
    return write(NAME, page,
                 "Earnings-call transcript: a bold name line \"Elon Musk -- Chief Executive Officer\" repeated before every turn with plain paragraphs below, Prepared Remarks and Q&A sections, participant list at the end, no timestamps.",
                 SHOW, gold_turns(TURNS),
                 ["Operator", "Martin Viereck", "Rohan Kapadia", "Priyanka Sethi", "Tom\u00e1s Echeverr\u00eda"])
