from common import *

SHOW = "CallDesk Transcripts"

LABEL = {
    "O": "Operator",
    "L": "Lena Hart -- Head of Investor Relations",
    "M": "Elon Musk -- Chief Executive Officer",
    "R": "Raj Mehta -- Chief Financial Officer",
    "C": "Colin Park -- Barrow Securities -- Analyst",
    "S": "Sofia Grant -- Halden & Co. -- Analyst",
}

# (speaker, [(seconds, text), ...]) -- rows after the first have an empty speaker cell
SEGS = [
    ("O", [(0, "Good afternoon, everyone, and welcome to the first-quarter 2026 results and business update. All lines are in listen-only mode. I’ll now turn the call over to Lena Hart, head of investor relations.")]),
    ("L", [(21, "Thanks, and good afternoon. Joining me today are Elon Musk and Raj Mehta. Some of our remarks today include forward-looking statements that are subject to risks and uncertainties. With that, over to Elon.")]),
    ("M", [(52, "Thanks. So, it was a tough quarter on the auto side, I won’t sugarcoat it. Pricing pressure was real and we chose to protect volume."),
           (71, "At the same time, I think this is the quarter where the autonomy story became real in the numbers. Paid robotaxi miles were up about four times sequentially, and the energy business had another record."),
           (118, "I want to be clear: the long-term value here is autonomy and robots. The cars are the vehicle for that, no pun intended.")]),
    ("R", [(164, "Thank you, Elon. As Elon said in the shareholder letter, “we are in the trough between two waves.” Total revenue was flat year over year. Auto gross margin excluding credits came in at fifteen point two percent.")]),
    ("R", [(231, "Operating expenses increased, primarily driven by AI compute. CapEx for the year we still expect to exceed ten billion dollars. With that, let’s go to Q&A.")]),
    ("O", [(262, "Thank you. Our first question comes from Colin Park with Barrow Securities.")]),
    ("C", [(270, "Hi, thanks. Elon, on robotaxi — can you give us the number of cities by year end?")]),
    ("M", [(281, "I’m going to resist giving a number, because every time I give a number it becomes a headline. What I’ll say is the limiting factor is regulatory approval, not the technology and not the vehicles."),
           (305, "We have the cars. We have the software, and it’s improving every week.")]),
    ("C", [(318, "Understood. And just to confirm, the unsupervised service is still limited to the geofenced areas?")]),
    ("M", [(326, "Yes.")]),
    ("O", [(335, "Our next question comes from Sofia Grant with Halden & Co.")]),
    ("S", [(341, "Thank you. Raj, on margins — how much of the decline was pricing versus tariffs?")]),
    ("R", [(350, "Roughly two-thirds pricing, one-third tariffs and mix. We’d expect the tariff piece to ease in the second half.")]),
    ("S", [(371, "And a follow-up for Elon on the humanoid program. Is the external sales date still next year?")]),
    ("M", [(379, "For external customers, probably late next year. Internally we have units doing useful work in two factories right now, but useful is a generous word for some of what they’re doing."),
           (402, "It’ll look slow and then very fast. That’s how these things go.")]),
    ("S", [(418, "Thanks.")]),
    ("L", [(422, "Let’s take a few questions from retail shareholders on the platform. The top-voted one is: “When will the cheaper model ship?”")]),
    ("M", [(431, "It’s shipping. Deliveries started in March in North America, and Europe follows in the summer.")]),
    ("L", [(452, "Next: “Is there any plan for a dividend?”")]),
    ("M", [(458, "No. We’d rather invest in growth. If you want a dividend, there are many fine companies that pay them.")]),
    ("L", [(3601, "That’s all the time we have. Elon, any closing remarks?")]),
    ("M", [(3606, "Just thanks to the team. It was a hard quarter, and the people doing the work are the reason we’ll come out of it stronger.")]),
    ("O", [(3624, "This concludes today’s conference call. You may now disconnect.")]),
]


def build():
    g = Gold(SHOW, "Earnings-call transcript as an HTML table with columns time (hh:mm:ss) | speaker ('Name -- Role') | text; continuation rows leave the speaker cell empty and belong to the turn above.")
    rows = []
    prev = None
    for who, parts in SEGS:
        lab = LABEL[who]
        if who == "M":
            g.add(parts[0][0], parts[0][1], len(parts) > 1)
        else:
            g.other(lab)
        for i, (t, text) in enumerate(parts):
            spk = esc(lab, True) if i == 0 else ""
            # a second consecutive block by the same non-Musk speaker still prints its label
            rows.append('<tr><td class="cd-time">%s</td><td class="cd-spk">%s</td><td class="cd-txt">%s</td></tr>' % (hms(t), spk, esc(text, True)))
        prev = who
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | CallDesk</title>
<meta name="description" content="Full transcript of Tesla's Q1 2026 earnings conference call with CEO Elon Musk and CFO Raj Mehta.">
<link rel="stylesheet" href="https://assets.calldesk.finance/css/main.1b7e.css">
<style>
table.cd-transcript{border-collapse:collapse;width:100%%;font-size:15px}
table.cd-transcript td{vertical-align:top;padding:6px 8px;border-bottom:1px solid #eee}
td.cd-time{font-family:Menlo,monospace;color:#888;white-space:nowrap}
td.cd-spk{font-weight:600;width:22%%}
</style>
%s
</head>
<body>
<header class="cd-header"><a href="/" class="cd-brand">CallDesk</a>
<form class="cd-search" action="/search"><input name="q" placeholder="Ticker or company"></form>
<nav><a href="/transcripts/">Transcripts</a><a href="/calendar/">Earnings calendar</a><a href="/premium/">Premium</a></nav></header>
<div class="cd-wrap">
<nav class="cd-crumbs"><a href="/transcripts/">Transcripts</a> › <a href="/company/tsla/">TSLA</a> › Q1 2026</nav>
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<p class="cd-meta">TSLA earnings call for the period ending March 31, 2026. Call date: April 22, 2026, 5:30 p.m. ET. <span class="cd-dur">Duration 1:00:41</span></p>
<div class="cd-quote-card"><span class="tk">TSLA</span> <span class="px">$241.18</span> <span class="chg down">-2.4%%</span></div>
<section class="cd-takeaways">
<h2>Key takeaways</h2>
<ul>
<li>Elon Musk -- Chief Executive Officer: &ldquo;The long-term value here is autonomy and robots.&rdquo;</li>
<li>Auto gross margin ex-credits 15.2%%; CapEx guidance above $10 billion maintained.</li>
<li>Humanoid external sales targeted for late next year.</li>
</ul>
</section>
<h2 id="contents">Contents</h2>
<ul class="cd-toc"><li><a href="#prepared">Prepared remarks</a></li><li><a href="#qa">Questions and answers</a></li><li><a href="#participants">Call participants</a></li></ul>
<h2 id="prepared">Prepared remarks and Q&amp;A</h2>
<table class="cd-transcript">
<thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
<tbody>
%s
</tbody>
</table>
<p class="cd-duration">Duration: 60 minutes</p>
<h2 id="participants">Call participants:</h2>
<ul class="cd-participants">
<li>Lena Hart -- Head of Investor Relations</li>
<li>Elon Musk -- Chief Executive Officer</li>
<li>Raj Mehta -- Chief Financial Officer</li>
<li>Colin Park -- Barrow Securities -- Analyst</li>
<li>Sofia Grant -- Halden &amp; Co. -- Analyst</li>
</ul>
<p class="cd-disclaimer">This article is a transcript of this conference call produced for CallDesk. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. CallDesk does not assume any responsibility for your use of this content.</p>
<aside class="cd-more"><h3>More TSLA transcripts</h3><ul><li><a href="/transcripts/tsla-q4-2025/">Q4 2025</a></li><li><a href="/transcripts/tsla-q3-2025/">Q3 2025</a></li><li><a href="/transcripts/tsla-q2-2025/">Q2 2025</a></li></ul></aside>
</div>
<footer class="cd-footer"><p>Market data delayed 15 minutes. &copy; 2026 CallDesk Media LLC. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/do-not-sell">Do Not Sell My Info</a></p></footer>
<script src="https://assets.calldesk.finance/js/quotes.1b7e.js" async></script>
</body>
</html>
""" % (ANALYTICS % "G-CALLDSK9", "\n".join(rows))
    return g.write("y05_calldesk_earnings_table", page)


if __name__ == "__main__":
    build()
