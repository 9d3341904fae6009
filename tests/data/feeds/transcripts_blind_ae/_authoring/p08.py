from lib import *

NAME = "ae08_streetledger-earnings"
SHOW = "StreetLedger"
OP, OW, MD, LM, KW, RD = "OP", "OW", "MD", "LM", "KW", "RD"
ROLE = {
    OP: ("Operator", None),
    OW: ("Owen Pratt", "Head of Investor Relations"),
    EM: ("Elon Musk", "Chief Executive Officer and Product Architect"),
    MD: ("Marisol Dane", "Chief Financial Officer"),
    LM: ("Lars Moravec", "Senior Vice President, Powertrain and Energy Engineering"),
    KW: ("Kenji Watanabe", "Calder Securities -- Analyst"),
    RD: ("Rosa Delgado", "Harwick &amp; Lowe -- Analyst"),
}


def lab(k):
    n, r = ROLE[k]
    return n if r is None else "%s -- %s" % (n, r)


def X(k, *paras):
    return T(k, strip_inline(lab(k)), None, *paras)


prepared = [
    X(OP, "Good afternoon, everyone, and welcome to Tesla&#39;s third-quarter 2024 Q&amp;A webcast. My name is Darla, and I will be your conference operator today. All lines are in listen-only mode. I would now like to turn the call over to Owen Pratt, head of investor relations. Please go ahead."),
    X(OW, "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Marisol Dane and a number of other executives. Our Q3 results were announced at about 3 p.m. Central time in the update deck we published at the same link as this webcast.",
      "During this call we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties. With that, I&#39;ll turn the call over to Elon for some opening remarks."),
    X(EM, "Thanks, Owen. So, we had a record quarter for deliveries and for energy storage deployments, and the team did a great job on cost. The cost per vehicle is the lowest it&#39;s ever been.",
      "On autonomy, the progress with the end-to-end neural net has been really exciting. Miles between interventions have improved by something like a factor of three since the spring, and we think that curve continues.",
      "And I want to thank the Giga Texas team in particular. They had a rough start to the year and they really turned it around."),
    X(MD, "Thanks, Elon. Total revenue grew 8% year over year to $25.2 billion. Automotive gross margin excluding credits improved sequentially, driven primarily by lower raw material costs and better fixed-cost absorption. Energy gross margin reached a new record. Operating cash flow was $6.1 billion and free cash flow was $2.7 billion. We ended the quarter with $33.6 billion in cash and investments."),
]

qa = [
    X(OW, "Great, thank you. Now let&#39;s move on to questions from retail shareholders, which were submitted and voted on through Say. The first question is: &quot;Elon, you said last year that unsupervised FSD would be available in 2024. Is that still the plan?&quot;"),
    X(EM, "We expect to have unsupervised FSD operating in Texas and California next year, for paid rides, in the Model 3 and Model Y. Regulators need to approve it, and that&#39;s not something we fully control, but the technology is on track.",
      "I know I&#39;ve been optimistic on timelines before. I&#39;d encourage people to try the latest version and judge for themselves."),
    X(OW, "Thank you. The next question is: &quot;When will the Semi reach volume production?&quot; Lars, do you want to take that?"),
    X(LM, "Sure. The high-volume Semi factory in Nevada is under construction and on schedule. We expect first builds late next year and a ramp through 2026. In the meantime, the pilot fleet has now driven over four million miles."),
    X(EM, "I&#39;d just add that the Semi is a great product. The drivers who use it don&#39;t want to go back to diesel."),
    X(OP, "Thank you. We will now begin the analyst question-and-answer session. Our first question comes from Kenji Watanabe with Calder Securities. Please go ahead."),
    X(KW, "Thanks for taking my question. Elon, as you put it on the last call, &quot;the cheaper model is a 2025 thing.&quot; Is that still true, and will it be built on the existing lines?"),
    X(EM, "Yes."),
    X(KW, "Okay. And on the second part, the lines?"),
    X(MD, "We&#39;ll use our existing lines and capacity where it makes sense, which allows us to grow output without as much capital spend. We&#39;re not going to give more detail on the product roadmap today."),
    X(OP, "Our next question comes from Rosa Delgado with Harwick &amp; Lowe. Please go ahead."),
    X(RD, "Hi, thanks. On energy storage, deployments were a record but lumpy. How should we think about next year?"),
    X(EM, "Energy storage is growing faster than cars, and I think it&#39;ll continue to. The Megapack factory in Shanghai is coming online, and demand is strong. It&#39;s lumpy quarter to quarter because these are huge projects, so look at the annual number."),
    X(LM, "And on the cell side, we&#39;re qualifying a second supplier for LFP cells, which should reduce some of that lumpiness."),
    X(OW, "That&#39;s all the time we have today. Elon, any closing remarks?"),
    X(EM, "Just thanks to the team and to our customers and shareholders. We&#39;re at the beginning of something really big with autonomy and robots, and I think next year will be incredible."),
    X(OP, "Ladies and gentlemen, this concludes today&#39;s conference call. Thank you for your participation. You may now disconnect."),
]

turns = prepared + qa


def render(block):
    out = []
    for t in block:
        n, r = ROLE[t["spk"]]
        if r:
            out.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (n, r))
        else:
            out.append('<p><strong>%s</strong></p>' % n)
        for p in t["paras"]:
            out.append('<p>%s</p>' % p)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q3 2024 Earnings Call Transcript | StreetLedger</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2024.">
<link rel="stylesheet" href="https://cdn.streetledger.com/assets/article.3b7f.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Tesla (TSLA) Q3 2024 Earnings Call Transcript","publisher":{"@type":"Organization","name":"StreetLedger"},"datePublished":"2024-10-23T21:40:00Z"}</script>
</head>
<body class="article-page transcript">
<header class="sl-header"><a class="sl-logo" href="https://www.streetledger.com/">StreetLedger</a>
<nav class="sl-nav"><a href="/markets/">Markets</a><a href="/stocks/">Stocks</a><a href="/earnings/" class="active">Earnings</a><a href="/etfs/">ETFs</a><a href="/premium/">Premium</a></nav>
<div class="sl-ticker-bar"><span class="tk">TSLA <b>213.65</b> <i class="up">+0.8%</i></span><span class="tk">S&amp;P 500 <b>5,797.42</b> <i class="down">-0.9%</i></span></div></header>
<main class="sl-main"><article class="sl-article">
<div class="sl-breadcrumbs"><a href="/earnings/">Earnings</a> / <a href="/earnings/call-transcripts/">Call Transcripts</a></div>
<h1>Tesla (TSLA) Q3 2024 Earnings Call Transcript</h1>
<div class="sl-byline">By <a href="/authors/transcribers/">StreetLedger Transcribing</a> &ndash; Oct 23, 2024 at 9:40PM</div>
<section class="sl-ai-box"><h2>Key takeaways <span class="sl-ai-tag">AI-generated</span></h2><ul>
<li><b>Elon Musk:</b> Cost per vehicle is &quot;the lowest it&#39;s ever been.&quot;</li>
<li><b>Elon Musk:</b> Unsupervised FSD expected in Texas and California next year, pending approval.</li>
<li><b>Marisol Dane:</b> Revenue up 8% to $25.2 billion; free cash flow $2.7 billion.</li></ul></section>
<div class="sl-call-info"><p><strong>TSLA earnings call for the period ending September 30, 2024.</strong></p><p>Duration: 0 hours 48 minutes</p></div>
<h2>Call participants:</h2>
<p><strong>Owen Pratt</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer and Product Architect</em></p>
<p><strong>Marisol Dane</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Lars Moravec</strong> -- <em>Senior Vice President, Powertrain and Energy Engineering</em></p>
<p><strong>Kenji Watanabe</strong> -- <em>Calder Securities -- Analyst</em></p>
<p><strong>Rosa Delgado</strong> -- <em>Harwick &amp; Lowe -- Analyst</em></p>
<h2>Prepared Remarks:</h2>
%(PREPARED)s
<div class="sl-inline-promo"><p><strong>Should you invest $1,000 in Tesla right now?</strong> Our analysts just picked the 10 stocks they like best. <a href="/premium/?src=tsla-transcript">See the list</a></p></div>
<h2>Questions &amp; Answers:</h2>
%(QA)s
<p class="sl-disclaimer"><em>This transcript was produced for StreetLedger and may contain errors or omissions. It is provided for information only and is not investment advice. StreetLedger holds no positions in the companies mentioned.</em></p>
</article>
<aside class="sl-rail"><section><h3>More TSLA transcripts</h3><ul><li><a href="/earnings/call-transcripts/tsla-q2-2024/">TSLA Q2 2024 Earnings Call Transcript</a></li><li><a href="/earnings/call-transcripts/tsla-q1-2024/">TSLA Q1 2024 Earnings Call Transcript</a></li></ul></section>
<section><h3>Trending</h3><ol><li><a href="#">Three dividend stocks for a shaky market</a></li><li><a href="#">Why chip stocks slid today</a></li></ol></section></aside>
</main>
<footer class="sl-footer"><p>&copy; 1998&ndash;2024 StreetLedger Media, Inc. All rights reserved. Market data delayed by 15 minutes.</p><p><a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://cdn.streetledger.com/assets/article.1a0c.js" defer></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(PREPARED)s", render(prepared)).replace("%(QA)s", render(qa))
    return write(NAME, page,
                 "Earnings-call transcript; each turn begins with a bold name line with an em-dash role ('Elon Musk -- Chief Executive Officer and Product Architect') followed by plain paragraphs, no timestamps; a participants list repeats the name lines above the transcript.",
                 SHOW, gold_from(turns), others_from(turns))
