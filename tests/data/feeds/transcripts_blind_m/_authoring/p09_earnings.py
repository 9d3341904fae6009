from common import *

SHOW = "Bullpen Markets"
g = Gold(SHOW, "Financial-site earnings-call transcript: each turn starts with its own <p> holding the bold name and an italic "
         "role ('Elon Musk -- Chief Executive Officer'), text paragraphs follow; a 'Call participants' list repeats the "
         "name/role lines without text; no timestamps.")

ROLES = {
    "Maren Holt": "Head of Investor Relations",
    "Elon Musk": "Chief Executive Officer",
    "Lionel Esposito": "Chief Financial Officer",
    "Caroline Becker": "Pemberton Capital -- Analyst",
    "Ravi Menon": "Northgate Securities -- Analyst",
}
EM = "Elon Musk"
PREPARED = [
    ("Maren Holt", ["Good afternoon, everyone, and welcome to the first quarter 2025 Q&A webcast. I'm Maren Holt, head of investor relations, and joining me today are Elon Musk, Lionel Esposito and a number of other executives. Our Q1 results were announced after market close today. During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties.",
                    "With that, I'll turn the call over to Elon for some opening remarks."]),
    (EM, ["Thanks, Maren. So, Q1 was a tough quarter in some respects. We had the model changeover at all four factories at the same time, which in hindsight was maybe a little ambitious. That cost us a lot of units in the quarter, but the lines are now running at rate.",
          "The bigger picture is that the company is really in the middle of a transition from being primarily a car company to being an autonomy and robotics company. I know I've said that before. I think this is the year where you'll actually see it in the numbers, starting with the paid autonomy pilot in the second half.",
          "On energy, storage deployments were a record again. Honestly, that business doesn't get enough attention. It's growing faster than the car business ever did at the same stage."]),
    ("Lionel Esposito", ["Thank you, Elon. Total revenue for the quarter declined year over year, primarily due to lower vehicle deliveries during the changeover and lower average selling prices. Operating expenses were roughly flat. We ended the quarter with a healthy cash position and continue to fund our capex from operations."]),
]
QA = [
    ("Maren Holt", ["Thank you. We'll begin with a few questions from retail shareholders submitted through the investor platform. The first question is: when will the lower-cost model start production?"]),
    (EM, ["We're still on track for the first half of the year for the start of production. As always, the start of production is slow, and then it ramps exponentially. So I'd not expect meaningful volume until later in the year."]),
    ("Maren Holt", ["The next question: what is the timeline for the humanoid robot to be available to other companies?"]),
    (EM, ["Internally, first. We want a few thousand of them doing useful work in our own factories before we sell them to anyone. I think external sales are probably next year, but I'd put a low confidence on that date."]),
    ("Maren Holt", ["Thank you. We'll now move to analyst questions. Caroline Becker with Pemberton Capital, please unmute yourself."]),
    ("Caroline Becker", ["Thanks for taking my question. Elon, on the last call you said, quote, we'll have paid autonomy in at least one city by mid-year, end quote. What's gating that now, is it the software or the regulators?"]),
    (EM, ["Mostly it's the validation. The software is at the point where interventions are quite rare, but rare is not the same as never, and we want to see many millions of miles of data in the specific city before we take payment. Regulators have actually been reasonable so far."]),
    ("Caroline Becker", ["Just to confirm, that's still this year?"]),
    (EM, ["Yes."]),
    ("Maren Holt", ["The next question is from Ravi Menon with Northgate Securities. Ravi, go ahead."]),
    ("Ravi Menon", ["Hi, thanks. A question for Lionel first. How should we think about automotive gross margin ex-credits for the rest of the year?"]),
    ("Lionel Esposito", ["We expect margins to improve sequentially as the changeover costs roll off and as volume recovers. We won't give a specific number, but Q1 should be the low point."]),
    ("Ravi Menon", ["And a follow-up for Elon. There's been a lot of concern about your time being split across several companies. How much of your week goes here?"]),
    (EM, ["Most of it. I know people don't believe that, but it's true. I'm in the factory or in the autonomy reviews most days. The other companies have very strong teams and they don't need me in every meeting."]),
    ("Ravi Menon", ["Any plan to formalize that with the board?"]),
    (EM, ["Not today."]),
    ("Maren Holt", ["And that concludes the question-and-answer session. Elon, any closing remarks?"]),
    (EM, ["Thanks, everyone. I know this was a noisy quarter. The thing to watch is autonomy. Everything else is important, but that's the step change. Thanks for your support."]),
]


def block(lab, paras):
    role = ROLES[lab]
    if lab == EM:
        g.elon(None, paras[0])
    else:
        g.other(lab)
    head = "<p><strong>%s</strong>%s</p>" % (esc(lab), (" -- <em>%s</em>" % esc(role)) if role else "")
    return head + "\n" + "\n".join("<p>%s</p>" % esc(p) for p in paras)


prep = "\n".join(block(l, p) for l, p in PREPARED)
qa = "\n".join(block(l, p) for l, p in QA)
parts = "\n".join("<p><strong>%s</strong>%s</p>" % (esc(n), (" -- <em>%s</em>" % esc(r)) if r else "")
                  for n, r in ROLES.items())

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2025 Earnings Call Transcript | Bullpen Markets</title>
<meta name="description" content="TSLA earnings call for the period ending March 31, 2025.">
<link rel="stylesheet" href="https://www.bullpenmarkets.com/static/css/site.7a1f.css">
<style>
 .article-body p{line-height:1.65;font-size:17px}
 .key-quotes{background:#0b2a4a;color:#fff;padding:1em 1.3em;border-radius:6px;margin:1.5em 0}
 .key-quotes li{margin:.5em 0}
 .ticker{font-weight:bold;color:#0a7}
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="https://www.bullpenmarkets.com/">Bullpen Markets</a>
  <nav><a href="https://www.bullpenmarkets.com/investing/">Investing</a><a href="https://www.bullpenmarkets.com/earnings/call-transcripts/">Earnings Calls</a><a href="https://www.bullpenmarkets.com/retirement/">Retirement</a><a href="https://www.bullpenmarkets.com/premium/">Premium</a><a href="https://www.bullpenmarkets.com/login/">Log In</a></nav>
</header>
<main class="article">
  <p class="breadcrumbs"><a href="https://www.bullpenmarkets.com/earnings/call-transcripts/">Earnings Call Transcripts</a></p>
  <h1>Tesla (TSLA) Q1 2025 Earnings Call Transcript</h1>
  <p class="author">By Bullpen Transcribing &middot; Apr 22, 2025 at 9:14PM</p>
  <div class="ticker-box"><span class="ticker">NASDAQ: TSLA</span> Tesla</div>
  <aside class="key-quotes">
    <h3>Key quotes from the call</h3>
    <ul>
      <li><strong>Elon Musk:</strong> &ldquo;The thing to watch is autonomy. Everything else is important, but that&rsquo;s the step change.&rdquo;</li>
      <li><strong>Lionel Esposito:</strong> &ldquo;Q1 should be the low point.&rdquo;</li>
      <li><strong>Elon Musk:</strong> &ldquo;Storage deployments were a record again.&rdquo;</li>
    </ul>
  </aside>
  <div class="article-body">
    <h2>TSLA earnings call for the period ending March 31, 2025.</h2>
    <p>Image source: Bullpen Markets.</p>
    <h2>Prepared Remarks:</h2>
{{PREP}}
    <h2>Questions &amp; Answers:</h2>
{{QA}}
    <p><strong>Duration: 58 minutes</strong></p>
    <h2>Call participants:</h2>
{{PARTS}}
    <p><a href="https://www.bullpenmarkets.com/quote/nasdaq/tsla/">More TSLA analysis</a></p>
    <p><a href="https://www.bullpenmarkets.com/earnings/call-transcripts/">All earnings call transcripts</a></p>
    <p class="disclaimer"><em>This article is a transcript of this conference call produced for Bullpen Markets. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Bullpen Markets does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</em></p>
  </div>
</main>
<footer class="site-footer"><p>&copy; 1995 &ndash; 2025 Bullpen Markets. All rights reserved.</p><p><a href="https://www.bullpenmarkets.com/legal/terms/">Terms of Use</a> | <a href="https://www.bullpenmarkets.com/legal/privacy/">Privacy Policy</a></p></footer>
<script>window.bpm={page:"transcript",ticker:"TSLA"};</script>
<script src="https://www.bullpenmarkets.com/static/js/site.51c2.js" defer></script>
</body>
</html>
""".replace("{{PREP}}", prep).replace("{{QA}}", qa).replace("{{PARTS}}", parts)

write("m09_bullpen-earnings-call", page, g)
