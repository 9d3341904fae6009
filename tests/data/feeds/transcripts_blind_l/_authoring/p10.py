from common import *

NAME = "l10_earnings-call"
R = {"O": ("Operator", ""), "H": ("Hal Brenner", "Head of Investor Relations"), "E": ("Elon Musk", "Chief Executive Officer"),
     "C": ("Priscilla Dunmore", "Chief Financial Officer"), "F": ("Elon Farber", "Halvorsen Capital -- Analyst"),
     "G": ("Gabe Liao", "Bernstrom &amp; Co. -- Analyst"), "V": ("Vik Sandoval", "Senior Vice President, Powertrain and Energy")}
rows = [
 ("PR", None),
 ("O", "Good afternoon, everyone, and welcome to the third quarter 2024 financial results Q&A webcast. [Operator instructions] I would now like to turn the call over to Hal Brenner, head of investor relations. Please go ahead."),
 ("H", "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Priscilla Dunmore and a number of other executives. Our Q3 results were announced about an hour ago in the update deck. During this call, we will discuss our business outlook and make forward-looking statements. Actual results may differ materially. With that, I'll turn it over to Elon for opening remarks."),
 ("E", "Thanks, Hal. So, overall, I think this was a solid quarter in a tough environment. Vehicle deliveries grew modestly, energy storage deployments hit another record, and we made real progress on autonomy.", "On energy, I want to call out that the storage business is now growing faster than the vehicle business. That's been a long time coming. The Megapack factories are running at close to full rate, and we're adding a third line.", "On autonomy, the latest software release is a significant step up. The interventions per mile have dropped substantially, and I think we'll see that continue with each release."),
 ("H", "Thanks."),
 ("C", "Thank you, Elon. Turning to the financials. Total revenue grew 7% year over year. Automotive gross margin excluding credits improved sequentially, helped by lower cell costs. Operating expenses were roughly flat. We ended the quarter with strong liquidity. I'll stop there and we can move to Q&A."),
 ("QA", None),
 ("H", "Great. The first question comes from Elon Farber at Halvorsen Capital. Elon, please go ahead."),
 ("F", "Thanks, Hal, and thanks, everyone. Yeah, two questions, if I may. First, on the lower-cost vehicle, can you give us any more color on timing? And second, how should we think about the margin profile of the energy business as it scales?"),
 ("E", "On timing, I'm going to be careful, because I've been wrong before. We're still on track for production start next year. I'm not going to give a more specific date than that."),
 ("V", "On energy margins, I can take that. We see margins holding roughly where they are, maybe modestly improving as the new line ramps and cell costs come down."),
 ("F", "Great, and just a quick follow-up for Elon Musk. Is the new vehicle on the same platform as the robotaxi?"),
 ("E", "Yeah."),
 ("F", "Okay. That's clear. Thanks."),
 ("E", "I mean, there are some differences, obviously. One has a steering wheel. But they share a lot of the underlying architecture and most of the manufacturing approach."),
 ("H", "Thanks, Elon. The next question comes from Gabe Liao at Bernstrom & Co."),
 ("G", "Hi, thanks for taking my question. On the robotaxi launch, what are the gating items? Is it regulatory, technical or something else?"),
 ("E", "It's mostly technical at this point, making sure the safety record is clearly better than a human driver. Once you can show the data, I think regulators will be pretty reasonable. They want safer roads too."),
 ("G", "And do you expect to operate the fleet yourselves or through partners?"),
 ("E", "Both, probably. We'll run our own fleet in some cities, and owners will be able to add their cars to the network. That's the part I'm most excited about, honestly."),
 ("H", "Thank you. I think we have time for one more question, from retail shareholders. The top-voted question is: What is the single biggest risk to the business over the next year?"),
 ("E", "Probably macroeconomic. Interest rates matter a lot for car buyers. Most people finance their cars, so when rates are high, the monthly payment goes up and demand softens. There's not much we can do about that except keep driving costs down."),
 ("C", "And I'd add that we've built up enough of a cash cushion to keep investing through a downturn if we need to."),
 ("E", "Yeah, that's important. We're not going to stop investing in the future because of a soft quarter or two."),
 ("H", "Thank you, everyone. That concludes today's call. We look forward to speaking with you next quarter."),
 ("O", "[Operator signoff]"),
]
turns = []
for r in rows:
    if r[1] is None:
        turns.append(Turn(r[0], None, musk=False))
        continue
    turns.append(Turn(r[0], None, *[esc(p) for p in r[1:]], musk=(r[0] == "E")))
out = []
for tr in turns:
    if tr.spk == "PR":
        out.append('<h2>Prepared Remarks:</h2>')
        continue
    if tr.spk == "QA":
        out.append('<h2>Questions &amp; Answers:</h2>')
        continue
    name, role = R[tr.spk]
    if role:
        out.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (name, role))
    else:
        out.append('<p><strong>%s</strong></p>' % name)
    for p in tr.paras:
        out.append('<p>%s</p>' % p)
body = "\n".join(out)
turns = [t for t in turns if t.spk not in ("PR", "QA")]
parts = "\n".join('<p>%s -- %s</p>' % (R[k][0], R[k][1] or "") for k in ("H", "E", "C", "V", "F", "G")).replace(" -- </p>", "</p>")

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q3 2024 Earnings Call Transcript | QuarterCall</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2024.">
<link rel="stylesheet" href="https://cdn.quartercall.example/css/article.4.2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q3 2024 Earnings Call Transcript","datePublished":"2024-10-23T23:10:00Z","publisher":{"@type":"Organization","name":"QuarterCall"}}</script>
</head>
<body class="article-transcript">
<header class="qc-header"><a class="qc-logo" href="/">QuarterCall</a><nav><a href="/transcripts/">Transcripts</a><a href="/calendar/">Earnings Calendar</a><a href="/screener/">Screener</a><a href="/premium/" class="premium">Go Premium</a></nav></header>
<main class="qc-main">
<div class="ticker-strip"><span class="tkr">TSLA</span> <span class="px">$213.65</span> <span class="chg down">-1.9%%</span> <span class="asof">as of 4:00 p.m. ET</span></div>
<article class="transcript">
<h1>Tesla (TSLA) Q3 2024 Earnings Call Transcript</h1>
<div class="byline">By <a href="/authors/qc-transcribing-team/">QC Transcribing Team</a> &ndash; Oct 23, 2024 at 7:10PM</div>
<div class="image"><img src="https://cdn.quartercall.example/logos/tsla.png" alt="QuarterCall" width="120" height="120"></div>
<p><strong>TSLA earnings call for the period ending September 30, 2024.</strong></p>
<div class="call-meta"><h2>Contents:</h2><ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul></div>
<div class="premium-promo"><p><strong>Should you invest $1,000 in Tesla right now?</strong> Our analysts just picked the 10 stocks they think are best to buy now&hellip; <a href="/premium/">See the 10 stocks &raquo;</a></p></div>
%s
<h2>Call participants:</h2>
%s
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><a href="/transcripts/">All earnings call transcripts</a></p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for QuarterCall. While we work hard to get every word right, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, QuarterCall does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</em></p>
</article>
<aside class="related"><h3>Related Articles</h3><ul><li><a href="/2024/10/23/tesla-earnings-storage-beats/">Tesla's Storage Business Just Outgrew Cars. Here's Why That Matters.</a></li><li><a href="/2024/10/24/elon-musk-robotaxi-timeline/">Elon Musk: &quot;It's Mostly Technical at This Point&quot; &mdash; Parsing the Robotaxi Timeline</a></li></ul></aside>
</main>
<footer class="qc-footer"><p>&copy;2024 QuarterCall. All rights reserved. Market data powered by a third party vendor. <a href="/legal/terms">Terms of Use</a> | <a href="/legal/privacy">Privacy Policy</a></p></footer>
<script src="https://cdn.quartercall.example/js/article.4.2.js" async></script>
</body>
</html>
""" % (body, parts)

emit(NAME, page, turns,
     fmt="Earnings-call transcript page: each turn starts with a bold speaker line ('<strong>Name</strong> -- <em>Role</em>', or just 'Operator') followed by plain paragraphs; no times; a call-participants list repeats the names at the end.",
     show="QuarterCall earnings call transcripts", others=["Operator", "Hal Brenner", "Priscilla Dunmore", "Elon Farber", "Vik Sandoval", "Gabe Liao"])
