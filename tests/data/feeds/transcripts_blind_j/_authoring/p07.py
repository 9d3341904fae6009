from lib import *

def j07():
    OP = "Operator"; IR = "Marta Ilves"; CFO = "Owen Pratt"; A1 = "Sanjay Kulkarni"; A2 = "Beatrix Holm"
    turns = [
        T(OP, None, "Good afternoon, everyone, and welcome to the Voltaris first-quarter 2026 results conference call. At this time, all participants are in a listen-only mode. I will now turn the call over to Marta Ilves, head of investor relations."),
        T(IR, None, "Thank you, and good afternoon. Joining me today are Elon Musk and Owen Pratt. Before we begin, please note that our remarks contain forward-looking statements. With that, I'll turn it over to Elon."),
        T(E, None, "Thank you. So, Q1 was a tough quarter, I think that's pretty obvious from the numbers. We had the line changeover in two factories at the same time, which in hindsight was maybe not the smartest thing to do.",
          "But the new line is running now, and the cost per unit on the new line is meaningfully lower, which sets us up for the second half.",
          "On autonomy, we're seeing a big step change in the latest software build. I'll leave the details to the Q&A."),
        T(CFO, None, "Thanks, Elon. Revenue for the quarter was down year over year, primarily driven by the changeover Elon mentioned. Gross margin excluding credits came in slightly above our internal plan."),
        T(OP, None, "Thank you. We will now begin the question-and-answer session. Our first question comes from Sanjay Kulkarni with Harbor Securities."),
        T(A1, None, "Hi, thanks for taking my question. Elon, on the new line, when do you expect it to reach full rate?"),
        T(E, None, "I'd say by the end of Q3, but there's always a long tail. The last five percent of a ramp takes as long as the first ninety-five."),
        T(A1, None, "Got it."),
        T(E, None, "Yeah, and just to add, we're not going to be capacity-constrained this year. Demand is the more interesting question."),
        T(A1, None, "Thanks."),
        T(OP, None, "Our next question comes from Beatrix Holm with Nordvik Capital."),
        T(A2, None, "Hi. Owen, a quick one on capex, and then one for Elon. Should we still think of capex as roughly flat? And Elon, you said in January, quote, \u201cautonomy is the whole ballgame.\u201d Do you still think that?"),
        T(CFO, None, "On capex, yes, roughly flat, with some timing shifts between quarters."),
        T(E, None, "Yes. I mean, it's still the whole ballgame. The value of a car that can drive itself is several times that of one that can't."),
        T(IR, None, "I think we're at time. Thank you, everyone."),
        T(OP, None, "This concludes today's conference call. You may now disconnect."),
    ]
    roles = {OP: None, IR: "Head of Investor Relations", CFO: "Chief Financial Officer", E: "Chief Executive Officer",
             A1: "Harbor Securities -- Analyst", A2: "Nordvik Capital -- Analyst"}
    name = lambda s: "Elon Musk" if s == E else s
    def render(full=True):
        out = []
        for tu in turns:
            r = roles[tu["spk"]]
            head = f'<strong>{name(tu["spk"])}</strong>' + (f' -- <em>{r}</em>' if r else '')
            out.append(f'<p>{head}</p>')
            for p in tu["paras"]:
                out.append(f'<p>{esc(p)}</p>')
        return "\n".join(out)
    prep = render()
    parts = "\n".join(f'<p>{name(s)} -- {r}</p>' if r else f'<p>{s}</p>' for s, r in roles.items() if s != OP)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Voltaris (VLTR) Q1 2026 Earnings Call Transcript | Stockwise</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.stockwise.com/css/article.min.css">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Voltaris (VLTR) Q1 2026 Earnings Call Transcript","author":{{"name":"Stockwise Transcribing"}}}}</script>
</head>
<body>
<header class="sw-header"><a class="sw-logo" href="/">Stockwise</a><nav><a href="/markets">Markets</a><a href="/earnings">Earnings</a><a href="/earnings/call-transcripts">Call Transcripts</a><a href="/premium">Premium</a></nav></header>
<main class="sw-article">
<div class="ticker-box">NASDAQ: VLTR &middot; Voltaris Motors Inc.</div>
<h1>Voltaris (VLTR) Q1 2026 Earnings Call Transcript</h1>
<div class="byline">By Stockwise Transcribing &ndash; Apr 22, 2026 at 8:31PM</div>
<div class="key-takeaways"><h2>Key takeaways <span class="ai">AI-generated</span></h2>
<ul><li>Elon Musk: the new line is running and cost per unit is meaningfully lower.</li>
<li>Full rate on the new line expected by end of Q3, per Musk.</li>
<li>Capex roughly flat.</li></ul></div>
<h2>VLTR earnings call for the period ending March 31, 2026.</h2>
<h2>Prepared Remarks and Questions &amp; Answers:</h2>
{prep}
<p><strong>Duration:</strong> 58 minutes</p>
<h2>Call participants:</h2>
{parts}
<p><a href="/quote/vltr">More VLTR analysis</a></p>
<p class="disclaimer">This article is a transcript of this conference call produced for Stockwise. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Stockwise does not assume any responsibility for your use of this content.</p>
</main>
<aside class="sw-sidebar"><h3>Most read</h3><ol><li><a href="#">3 EV Stocks to Watch</a></li><li><a href="#">Is the Robotaxi Hype Priced In?</a></li></ol></aside>
<footer class="sw-footer">&copy; 1995 &ndash; 2026 Stockwise. All rights reserved. Market data powered by Xignite.</footer>
<script src="https://static.stockwise.com/js/article.min.js" defer></script>
</body>
</html>'''
    write("j07_stockwise_earnings", page,
          "Earnings-call transcript article; each turn starts with a <p> holding '<strong>Name</strong> -- <em>Role</em>' followed by text paragraphs; no timestamps; participant list and AI key takeaways mention him.",
          "Stockwise (Voltaris Q1 2026 earnings call)", gold_turns(turns), [OP, IR, CFO, A1, A2])
