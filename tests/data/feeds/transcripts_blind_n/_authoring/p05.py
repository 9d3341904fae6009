from common import *

def build():
    OP = ('Operator', '')
    IR = ('Hanna Lindqvist', 'Head of Investor Relations')
    CF = ('Martin Viereck', 'Chief Financial Officer')
    E = ('Elon Musk', 'Chief Executive Officer')
    A1 = ('Ravi Chandrasekhar', 'Halvorsen Capital Markets -- Analyst')
    A2 = ('Jolene Marsh', 'Whitcombe Partners -- Analyst')
    seq = [
        (OP, ["Good afternoon, and welcome to the Tesla third-quarter 2025 financial results conference call. All participants are in listen-only mode. I would now like to turn the call over to Hanna Lindqvist, Head of Investor Relations. Please go ahead."]),
        (IR, ["Thank you, and good afternoon, everyone. Joining me today are Elon Musk and Martin Viereck. Our remarks today may include forward-looking statements, and actual results may differ materially. With that, I'll turn it over to Elon."]),
        (E, ["Thanks, Hanna. So, overall, this was a solid quarter in a tough environment. Deliveries were up sequentially, energy storage had another record, and we made real progress on autonomy.",
             "I want to spend most of my time on autonomy, because I think that is where the long-term value of the company is. The supervised product is now on the majority of the fleet in North America, and the intervention rate keeps falling.",
             "On the energy side, we're basically sold out of Megapacks through the end of next year. So the constraint there is production, not demand."]),
        (CF, ["Thanks, Elon. As Elon mentioned, energy storage deployments reached a record this quarter. Total revenue grew 7% year over year. Operating expenses increased, driven mainly by AI compute and R&D projects."]),
        (OP, ["Thank you. We will now begin the question-and-answer session. Our first question comes from Ravi Chandrasekhar with Halvorsen Capital Markets."]),
        (A1, ["Hi, thanks for taking the question. On the low-cost vehicle, can you give us a sense of timing and whether it cannibalizes the Model 3?"]),
        (E, ["We're not going to give a precise date on the call. It'll start production in the first half of next year, at least that's the plan.",
             "In terms of cannibalization, some, sure. But the market for a car at that price is much bigger than the market we currently address. So I'm not worried about that."]),
        (A1, ["And gross margin on it, roughly?"]),
        (E, ["Martin?"]),
        (CF, ["We'll talk about margins once we're in production, Ravi."]),
        (OP, ["Our next question comes from Jolene Marsh with Whitcombe Partners."]),
        (A2, ["Thanks. Elon, you've said before that the company is worth basically zero without autonomy. Do you still believe that?"]),
        (E, ["I think that's a bit of an exaggeration of what I said, but directionally, yes. The value of a car that can drive itself is several times the value of one that can't. That's just math."]),
        (A2, ["Thank you."]),
        (OP, ["That concludes our question-and-answer session. I'll turn it back to Elon for closing remarks."]),
        (E, ["Just thanks to the team for a great quarter, and thanks to our customers and shareholders for their support. See you next quarter."]),
        (OP, ["The conference has now concluded. Thank you for attending today's presentation. You may now disconnect."]),
    ]
    g, parts = [], []
    for (name, role), paras in seq:
        r = f' <span class="role">-- {esc(role)}</span>' if role else ''
        parts.append(f'<h3 class="speaker-line"><span class="name">{esc(name)}</span>{r}</h3>')
        for p in paras:
            parts.append(f'<p>{esc(p, True)}</p>')
        if name == EM:
            g.append([None, fw(paras[0])])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TSLA Q3 2025 Earnings Call Transcript | Quartzline Terminal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://app.quartzline.io/assets/terminal-7f3a.css">
<style>body{{background:#0d1117;color:#d6dde6;font-family:"IBM Plex Sans",sans-serif}}.speaker-line{{color:#f5a623;font-size:15px;margin:1.4em 0 .3em}}.role{{color:#8b949e;font-weight:400}}.ticker{{font-family:"IBM Plex Mono",monospace}}.kq{{border:1px solid #30363d;padding:8px 12px}}</style>
</head>
<body>
<div class="qt-shell">
<header class="qt-top"><span class="qt-brand">QUARTZLINE</span><input class="qt-cmd" placeholder="TSLA US Equity &lt;GO&gt;" aria-label="Command"><span class="ticker">TSLA 412.66 <span class="up">+1.84%</span></span><span class="ticker">NDX 21,904.12</span></header>
<nav class="qt-tabs"><a href="/eq/TSLA/overview">Overview</a><a href="/eq/TSLA/filings">Filings</a><a class="active" href="/eq/TSLA/transcripts">Transcripts</a><a href="/eq/TSLA/estimates">Estimates</a><a href="/eq/TSLA/news">News</a></nav>
<main class="qt-doc">
<h1>Tesla, Inc. (TSLA) Q3 2025 Earnings Call Transcript</h1>
<p class="meta">Event date: Oct 22, 2025 · 5:30 PM ET · Duration: 61 min · Source: Company webcast · Edited transcript</p>
<section class="kq"><h2>Key quotes (auto-extracted)</h2>
<ul><li>Elon Musk: &ldquo;The supervised product is now on the majority of the fleet in North America.&rdquo;</li><li>Martin Viereck: &ldquo;Total revenue grew 7% year over year.&rdquo;</li></ul>
<p class="small">Sentiment score: <b>0.41</b> (mildly positive) · Forward-looking statements flagged: 23</p></section>
<section class="participants"><h2>Call participants</h2>
<h4>Corporate participants</h4><ul><li>Hanna Lindqvist -- Head of Investor Relations</li><li>Elon Musk -- Chief Executive Officer</li><li>Martin Viereck -- Chief Financial Officer</li></ul>
<h4>Conference call participants</h4><ul><li>Ravi Chandrasekhar -- Halvorsen Capital Markets</li><li>Jolene Marsh -- Whitcombe Partners</li></ul></section>
<section class="presentation"><h2>Presentation and Q&amp;A</h2>
{body}
</section>
<p class="legal">This transcript is provided for informational purposes only. Quartzline does not warrant the accuracy or completeness of the transcript. Copyright 2025 Quartzline Data LLC. Redistribution prohibited.</p>
</main>
<aside class="qt-side"><h3>Related</h3><ul><li><a href="/eq/TSLA/transcripts/2025-q2">Q2 2025 call</a></li><li><a href="/eq/TSLA/transcripts/2025-q1">Q1 2025 call</a></li><li><a href="/eq/TSLA/estimates">Consensus estimates</a></li></ul></aside>
</div>
<script src="https://app.quartzline.io/assets/terminal-7f3a.js" defer></script>
<script>window.__QL={{doc:"TSLA-EC-2025Q3",user:"anon",ent:["transcripts"]}}</script>
</body>
</html>
"""
    write('n05_quartzline_earnings', doc, g,
          "Financial-terminal earnings call transcript: an h3 per speaker with name and '-- role', paragraphs below, no timestamps; participant list and key-quotes box above.",
          "Quartzline Terminal", ["Operator", "Hanna Lindqvist", "Martin Viereck", "Ravi Chandrasekhar", "Jolene Marsh"])
