from lib import *
# o08: static-site fan page; table time | speaker | text, time cells are links with ?t=SECONDS; blank speaker cell = continuation
# row; labels "Elon Musk"/"Maye Musk" first, then "EM"/"MM"; transcript repeated in a collapsed plain-text copy; one row without time.
VID = 'https://www.viewtube.example/watch?v=Hq81xTm2a0c'
ROWS = [  # (t or None, speakerkey or None(continuation), text)
 (0, 'C', "Hi everyone, and welcome to this year's Foundation Night. I'm Corinne Yates and I'm joined by a mother and son who, I'm told, disagree about almost everything."),
 (11, 'M', "Only about the important things."),
 (14, 'E', "We agree on food being good and on me needing more sleep. That's about it."),
 (21, 'C', "Maye, what was Elon like at ten?"),
 (25, 'M', "Reading. Constantly. He read the encyclopedia, and when he ran out of books in the library he asked the librarian to order more."),
 (38, 'E', "The encyclopedia was honestly one of the best things I ever read. Sort of a random walk through everything."),
 (47, None, "And it taught me that you can always learn more than you think you're supposed to."),
 (55, 'C', "Elon, your mom has said you were \"a very determined child.\" Is that a polite way of saying stubborn?"),
 (62, 'E', "Yes."),
 (63, 'M', "Yes."),
 (3840, 'C', "We have a question from the audience about the Foundation's science scholarships."),
 (3846, 'E', "So the idea is to fund kids who are obviously talented but don't have access to a good lab. That's a huge waste of human potential."),
 (None, None, "We're starting with fifty scholarships this year and hoping to get to a few hundred."),
 (None, 'M', "And I'll personally be checking the applications, so they'd better be good."),
 (3890, 'E', "She will. That's not a joke."),
]
LAB = {'C': ('Corinne Yates', 'CY'), 'E': ('Elon Musk', 'EM'), 'M': ('Maye Musk', 'MM')}
used, trs, plain, gold = set(), [], [], []
cur = None
for t, k, txt in ROWS:
    if k:
        lab = LAB[k][0] if k not in used else LAB[k][1]
        used.add(k)
        cur = k
        if k == 'E':
            gold.append((t, txt))
    else:
        lab = ''
    tcell = f'<a href="{VID}&amp;t={t}" class="ts">{ms(t)}</a>' if t is not None else ''
    trs.append(f'<tr><td class="time">{tcell}</td><td class="spk">{esc(lab)}</td><td class="txt">{esc(txt)}</td></tr>')
    plain.append((f'{lab}: ' if lab else '') + esc(txt))
page = f'''<!DOCTYPE html>
<html lang="en-us">
<head>
<meta name="generator" content="Hugo 0.121.1">
<meta charset="utf-8">
<title>Transcript: Elon &amp; Maye Musk at Foundation Night 2024 | Raptor Logbook</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.min.8b2f.css">
<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Raptor Logbook">
</head>
<body>
<header><a class="brand" href="/">🚀 Raptor Logbook</a>
<nav><a href="/transcripts/">Transcripts</a> · <a href="/launches/">Launch log</a> · <a href="/tags/">Tags</a> · <a href="/about/">About</a></nav></header>
<main>
<article class="post">
<h1>Transcript: Elon &amp; Maye Musk at Foundation Night 2024</h1>
<p class="meta"><time datetime="2024-12-03">Dec 3, 2024</time> · fan transcript · tags: <a href="/tags/interviews/">interviews</a>, <a href="/tags/maye-musk/">maye-musk</a></p>
<p>Fan transcript of the fireside conversation between Elon Musk, his mother Maye Musk and host Corinne Yates. Times link to the official video. Corrections welcome via the <a href="https://github.com/raptorlogbook/site">repo</a>.</p>
<p><strong>Legend:</strong> EM = Elon Musk, MM = Maye Musk, CY = Corinne Yates.</p>
<table class="transcript">
<thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<details class="plaintext"><summary>Plain-text copy (for copy/paste)</summary>
<p>{'<br>'.join(plain)}</p>
</details>
<nav class="pager"><a href="/transcripts/2024-11-starship-presser/">&larr; Starship presser (Nov 2024)</a> <a href="/transcripts/2025-01-xspaces-ai/">X Spaces on AI (Jan 2025) &rarr;</a></nav>
</article>
</main>
<footer><p>Raptor Logbook is an unofficial fan site. Not affiliated with any company mentioned. Built with Hugo.</p></footer>
<script src="/js/lightbox.js"></script>
</body>
</html>
'''
write('o08_raptorlog_table', page, 'Raptor Logbook',
      'Hugo fan-site table with columns time | speaker | text; time cells are mm:ss links (minutes run past 59) with ?t=SECONDS; labels in full first then initials (EM, MM, CY); blank speaker cell continues the turn; some rows without time; whole transcript repeated in a collapsed plain-text copy; Maye Musk also speaks.',
      gold, ['Corinne Yates', 'Maye Musk', 'MM', 'CY'])
