"""r07 - earnings-call transcript site: bold name + role line ('Elon Musk -- Chief Executive Officer'),
timestamp as a link (?t=seconds) shown as m:ss / h:mm:ss; some turns carry no time; analysts quote him."""
from common import turn, short, check_no_adjacent

SLUG = "r07_quartervine_earnings_call"
SHOW = "Quartervine"

ROLES = {
    "Operator": "",
    "Hugo Amsel": "Head of Investor Relations",
    "Elon Musk": "Chief Executive Officer",
    "Lorraine Okafor": "Chief Financial Officer",
    "Marguerite Oduya": "Halvorsen Capital -- Analyst",
    "Dev Ramaswami": "Castlebrook Securities -- Analyst",
}
E = "Elon Musk"
T = [
    ("Operator", None, ["Good afternoon, everyone, and welcome to the first-quarter 2026 earnings conference call. All participants are in listen-only mode. After the prepared remarks there will be a question-and-answer session. I would now like to turn the call over to Hugo Amsel, head of investor relations. Please go ahead."]),
    ("Hugo Amsel", 31, ["Thank you, and good afternoon. Joining me today are Elon Musk and Lorraine Okafor. Some of the statements on this call are forward-looking and subject to risks and uncertainties described in our filings. With that, Elon, over to you."]),
    (E, 58, ["Thanks, Hugo. So this quarter was mostly about execution. We brought up the new line, we had some teething problems in the first few weeks, as you always do with a new line, and by the end of the quarter it was running at a rate we&#8217;re pretty happy with.",
             "The big picture hasn&#8217;t changed. Vehicles are the foundation, energy storage is growing faster than almost anyone expected, and autonomy is the thing that changes the value of everything we&#8217;ve built. I&#8217;ll let Lorraine walk through the numbers."]),
    ("Lorraine Okafor", 203, ["Thank you, Elon. Revenue grew sequentially, driven mainly by energy storage deployments and services. Automotive gross margin was roughly flat, as cost reductions offset lower average selling prices. Operating expenses increased due to AI compute and R&amp;D. We ended the quarter with a strong cash position and remain comfortable with our capital expenditure plans for the year."]),
    ("Operator", None, ["Thank you. We will now begin the question-and-answer session. Our first question comes from Marguerite Oduya with Halvorsen Capital. Please go ahead."]),
    ("Marguerite Oduya", 1234, ["Hi, thanks for taking my question. Elon, on the last call you said, quote, &#8220;we are months, not years, away from unsupervised driving in a few cities.&#8221; Can you give us an update on where that stands?"]),
    (E, 1262, ["Sure. We&#8217;re running unsupervised in a limited area now, and it&#8217;s going well. The plan is to expand city by city, and to be careful about it. Safety is the gating item, not the technology demo.",
               "I know I&#8217;ve been optimistic on timelines before. I think this time the evidence is in the data, not just in my head."]),
    ("Marguerite Oduya", 1330, ["Thank you. And just a quick follow-up: is the expansion limited by regulators or by the software?"]),
    (E, None, ["Both, honestly."]),
    ("Lorraine Okafor", 1341, ["And I&#8217;d just add that we&#8217;re not assuming any material revenue from that expansion in this year&#8217;s guidance."]),
    ("Operator", None, ["Our next question comes from Dev Ramaswami with Castlebrook Securities."]),
    ("Dev Ramaswami", 2515, ["Hi, good evening. On energy storage, deployments were a record. Is that sustainable, or was this a lumpy quarter?"]),
    (E, 2528, ["It&#8217;s going to be somewhat lumpy quarter to quarter, because these are big projects. But the trend is very strong. Honestly, demand for stationary storage is outrunning our ability to make cells for it, and that&#8217;s a good problem to have."]),
    ("Dev Ramaswami", 2566, ["And the new cell line for storage, when does it reach volume?"]),
    (E, 2571, ["Later this year. I&#8217;d rather not give a specific month, because Lorraine will get mad at me."]),
    ("Lorraine Okafor", 2579, ["I would."]),
    ("Hugo Amsel", 3548, ["We&#8217;re at the top of the hour, so that concludes our Q&amp;A. Elon, any closing thoughts?"]),
    (E, 3555, ["Just thanks to the team. It was a hard quarter in a lot of ways, and people worked incredibly hard. The next few years are going to be very exciting."]),
    ("Operator", None, ["This concludes today&#8217;s conference call. You may now disconnect."]),
]
check_no_adjacent([("E" if s == E else s, t, p) for s, t, p in T])

WEBCAST = "https://events.quartervine.com/webcast/tsla-q1-2026/play"


def speaker_line(name, t):
    role = ROLES[name]
    role_html = f" -- <em>{role}</em>" if role else ""
    ts = f' <a class="qv-ts" href="{WEBCAST}?t={t}" data-seconds="{t}">{short(t)}</a>' if t is not None else ""
    return f'<p class="qv-speaker"><strong>{name}</strong>{role_html}{ts}</p>'


def transcript():
    out = []
    qa_started = False
    for spk, t, paras in T:
        if spk == "Operator" and "question-and-answer session" in paras[0] and not qa_started:
            out.append('<h2 id="qa">Questions &amp; Answers:</h2>')
            qa_started = True
        out.append(speaker_line(spk, t))
        for p in paras:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    parts = "\n".join(f'<li><strong>{n}</strong>{" -- " + r if r else ""}</li>' for n, r in ROLES.items() if n != "Operator")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | Quartervine</title>
<meta name="description" content="TSLA earnings call for the period ending March 31, 2026. Read the full transcript with timestamps.">
<link rel="stylesheet" href="https://assets.quartervine.com/css/transcript.2026.css">
<script async src="https://assets.quartervine.com/js/ads.js"></script>
<script>var qvData = {{"ticker":"TSLA","quarter":"Q1","year":2026,"premium":false}};</script>
</head>
<body class="qv-transcript">
<header class="qv-header">
  <a class="qv-logo" href="https://www.quartervine.com/">Quartervine</a>
  <nav class="qv-nav"><a href="/markets/">Markets</a><a href="/earnings/">Earnings</a><a href="/earnings/call-transcripts/" class="active">Call Transcripts</a><a href="/screener/">Screener</a><a href="/premium/" class="qv-premium">Go Premium</a></nav>
  <form class="qv-search" action="/search"><input name="q" placeholder="Search ticker or company"></form>
</header>
<div class="qv-ticker-strip"><span>TSLA <b>+2.41%</b></span> <span>NVDA <b>-0.37%</b></span> <span>AAPL <b>+0.12%</b></span> <span>S&amp;P 500 <b>+0.48%</b></span></div>
<main class="qv-main">
<article class="qv-article">
  <p class="qv-breadcrumb"><a href="/earnings/call-transcripts/">Call Transcripts</a> / <a href="/quote/tsla/">TSLA</a></p>
  <h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
  <p class="qv-byline">By Quartervine Transcribing &ndash; Apr 22, 2026 at 9:41PM</p>
  <div class="qv-ad" data-slot="top-leaderboard">Advertisement</div>
  <div class="qv-keytakeaways"><h2>Key takeaways</h2><ul>
    <li>Elon Musk said unsupervised driving is running in a limited area and will expand city by city.</li>
    <li>Storage demand is &ldquo;outrunning our ability to make cells,&rdquo; according to management.</li>
    <li>CFO Lorraine Okafor said guidance assumes no material revenue from autonomy expansion.</li></ul></div>
  <p><strong>Tesla (NASDAQ: TSLA)</strong><br>Q1 2026 Earnings Call<br>Apr 22, 2026, 5:30 p.m. ET</p>
  <h3>Contents:</h3><ul class="qv-toc"><li><a href="#prepared">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
  <p class="qv-note">Click a timestamp to play the webcast from that point. Operator remarks are not timestamped.</p>
  <h2 id="prepared">Prepared Remarks:</h2>
{transcript()}
  <p><strong>Duration:</strong> 59 minutes</p>
  <h2 id="participants">Call participants:</h2>
  <ul class="qv-participants">{parts}</ul>
  <p class="qv-disclaimer">This article is a transcript of this conference call produced for Quartervine. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript. Quartervine does not assume any responsibility for your use of this content.</p>
</article>
<aside class="qv-sidebar"><h3>More TSLA transcripts</h3><ul><li><a href="/earnings/call-transcripts/2026/01/28/tsla-q4-2025/">TSLA Q4 2025 call</a></li><li><a href="/earnings/call-transcripts/2025/10/22/tsla-q3-2025/">TSLA Q3 2025 call</a></li></ul>
<div class="qv-ad" data-slot="sidebar">Advertisement</div></aside>
</main>
<footer class="qv-footer"><p>&copy; 2026 Quartervine Media, Inc. Market data delayed by 15 minutes.</p><p><a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://assets.quartervine.com/js/webcast-player.js" defer></script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, t, paras in T if spk == E]
    others = [n for n in ROLES if n != E]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=others,
                format="Earnings-call transcript; each turn opens with a line 'Name -- Role' plus a timestamp link (webcast ?t=seconds, shown as m:ss or h:mm:ss), text in following paragraphs; operator lines and one of his turns carry no time.")
