from lib import *
# o07: earnings-call transcript; heading per speaker with role line and optional <time datetime="PT..">; paragraphs below.
R = {'O': ('Operator', None), 'N': ('Naomi Feld', 'Head of Investor Relations'), 'E': ('Elon Musk', 'Chief Executive Officer'),
     'G': ('Gareth Lindqvist', 'Chief Financial Officer'), 'A': ('Priscilla Huang', 'Marlow Securities'), 'B': ('Dev Kulkarni', 'Northgate Capital')}
def iso(s):
    h, m, x = s//3600, s%3600//60, s%60
    return 'PT' + (f'{h}H' if h else '') + (f'{m}M' if m or h else '') + f'{x}S'
T = [
 ('O', 0, ["Good afternoon and welcome to the third quarter 2025 financial results conference call. All participants are in listen-only mode. I would now like to turn the call over to Naomi Feld, Head of Investor Relations. Please go ahead."]),
 ('N', 21, ["Thank you, and good afternoon. Joining me today are Elon Musk and Gareth Lindqvist. Before we begin, a reminder that our comments today may include forward-looking statements. With that, Elon, over to you."]),
 ('E', 58, ["Thanks, Naomi. So it was a solid quarter despite a tough macro environment. Deliveries were up sequentially and we hit record energy storage deployments, which I think is underappreciated.",
            "The big picture is unchanged: the long-term value of the company is autonomy and robotics. The vehicle business funds that, and it's doing its job."]),
 ('G', 305, ["Thanks, Elon. Total revenue grew eleven percent year over year. Operating expenses rose mostly on AI compute. Free cash flow was positive for the quarter."]),
 ('O', None, ["Thank you. We will now begin the question-and-answer session. Our first question comes from Priscilla Huang with Marlow Securities."]),
 ('A', 1488, ["Hi, thanks for taking the question. Elon, last quarter you said, and I quote, \"unsupervised driving in several cities by year end.\" Are we still on track for that?"]),
 ('E', 1501, ["We're on track in the sense that the software is ready in some cities. The limiting factor is regulatory approval, and that is not entirely in our control.",
            "I'd expect a handful of metros, not dozens, by the end of the year."]),
 ('A', 1540, ["And a quick follow-up on the robot program?"]),
 ('E', None, ["Production intent design is largely done. We'll be building internally for our own factories first."]),
 ('O', None, ["Thank you. Next question from Dev Kulkarni with Northgate Capital."]),
 ('B', 3702, ["Thank you. On margins: is the cheaper model going to be dilutive in the near term?"]),
 ('G', 3709, ["In the first couple of quarters of the ramp, yes, modestly. It improves as volume comes up."]),
 ('E', 3731, ["Yeah, I'd just add that every new line is dilutive at the start. That's just how ramps work. It's a temporary thing."]),
 ('B', 3745, ["Great. Thanks."]),
 ('O', None, ["That concludes the question-and-answer session. I'll turn the call back to management for closing remarks."]),
 ('E', 3760, ["Thanks, everyone. Great work by the team. Talk to you next quarter."]),
]
out, gold = [], []
for i, (k, t, paras) in enumerate(T):
    if i == 4: out.append('<h2 id="qa">Question-and-Answer Session</h2>')
    name, role = R[k]
    tm = f' <time datetime="{iso(t)}">{yt(t)}</time>' if t is not None else ''
    rl = f'<span class="role">{esc(role)}</span>' if role else ''
    out.append(f'<div class="speaker-block"><h4 class="speaker">{esc(name)}</h4>{rl}{tm}</div>')
    out += [f'<p>{esc(p)}</p>' for p in paras]
    if k == 'E':
        gold.append((t, paras[0]))
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q3 2025 Earnings Call Transcript | Ledgerline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://assets.ledgerline.example/css/transcript.5d1c.css">
<script>window.__LL__={{"ticker":"TSLA","docType":"earnings-call","quarter":"Q3 2025"}};</script>
</head>
<body>
<header class="ll-header"><a href="/" class="ll-logo">Ledgerline</a><nav><a href="/markets">Markets</a><a href="/earnings">Earnings</a><a href="/transcripts">Transcripts</a><a href="/premium" class="ll-premium">Go Premium</a></nav></header>
<main class="ll-main">
<article class="transcript">
<h1>Tesla (TSLA) Q3 2025 Earnings Call Transcript</h1>
<div class="ll-meta">Oct 22, 2025 · 5:30 PM ET · <a href="/symbol/TSLA">TSLA</a> · Audio-synced transcript</div>
<section class="ll-ai-box"><h2>Key takeaways <small>(AI-generated)</small></h2>
<ul><li><strong>Elon Musk:</strong> long-term value is autonomy and robotics; vehicle business &ldquo;funds that.&rdquo;</li>
<li><strong>Gareth Lindqvist:</strong> revenue up 11% y/y; free cash flow positive.</li>
<li><strong>Elon Musk:</strong> expects &ldquo;a handful of metros, not dozens&rdquo; for unsupervised driving by year end.</li></ul></section>
<section class="ll-participants"><h2>Call participants</h2>
<p><strong>Corporate participants</strong><br>Naomi Feld &ndash; Head of Investor Relations<br>Elon Musk &ndash; Chief Executive Officer<br>Gareth Lindqvist &ndash; Chief Financial Officer</p>
<p><strong>Conference call participants</strong><br>Priscilla Huang &ndash; Marlow Securities<br>Dev Kulkarni &ndash; Northgate Capital</p></section>
<h2>Presentation</h2>
{chr(10).join(out)}
<p class="ll-disclaimer">This transcript may not be 100 percent accurate and may contain misspellings and other inaccuracies. Ledgerline does not assume any responsibility for investment decisions made based on it.</p>
</article>
<aside class="ll-sidebar"><h3>TSLA</h3><div class="quote">$248.10 <span class="up">+2.4%</span></div><h3>Related</h3><ul><li><a href="/t/rivn-q3-2025">Rivian Q3 2025 call</a></li><li><a href="/t/gm-q3-2025">GM Q3 2025 call</a></li></ul></aside>
</main>
<footer class="ll-footer">&copy; 2025 Ledgerline Media. Quotes delayed 15 minutes.</footer>
<script src="https://assets.ledgerline.example/js/player.js" defer></script>
</body>
</html>
'''
write('o07_ledgerline_earnings', page, 'Ledgerline',
      'Earnings-call transcript: an <h4> speaker name with a role line and an optional <time datetime="PT..."> (m:ss, h:mm:ss past an hour) heads each turn, paragraphs below; several turns have no time; AI key-takeaways box and participants list above.',
      gold, ['Operator', 'Naomi Feld', 'Gareth Lindqvist', 'Priscilla Huang', 'Dev Kulkarni'])
