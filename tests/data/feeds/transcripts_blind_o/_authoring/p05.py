from lib import *
# o05: TV transcript, capital labels with roles, then surnames; played clips (one of him = turn, one of Errol Musk = not); no times.
L = {'H1': 'MARGARET HOLLIS, KNBX ANCHOR', 'H': 'HOLLIS', 'D1': 'DEREK AMANKWAH, KNBX CORRESPONDENT', 'D': 'AMANKWAH',
     'E1': 'ELON MUSK, CEO, TESLA AND SPACEX', 'E': 'MUSK', 'ER': 'ERROL MUSK, ELON MUSK\u2019S FATHER'}
# items: ('turn', labelkey, [paras]) or ('stage', text)
I = [
 ('turn', 'H1', ["Good evening. Tonight, the man who runs two of the country's most closely watched companies sits down with us for his first television interview in over a year. But first, Derek Amankwah on what has been a turbulent week."]),
 ('turn', 'D1', ["Margaret, it started Monday morning, when Musk wrote on his social platform, quote, \"We will have the new plant running by summer or I will personally sleep on the factory floor until it is.\" By Wednesday, the company's shares had moved nearly nine percent."]),
 ('turn', 'D', ["We asked him about it earlier this year, at the groundbreaking."]),
 ('stage', '(BEGIN VIDEO CLIP)'),
 ('turn', 'E', ["I've slept on factory floors before. It's not a metaphor. It's uncomfortable, but it's effective."]),
 ('stage', '(END VIDEO CLIP)'),
 ('turn', 'D', ["His father, who has given a number of interviews of his own, put it differently."]),
 ('stage', '(BEGIN VIDEO CLIP)'),
 ('turn', 'ER', ["Elon has always been like that. Even as a boy he would not stop until the thing was finished. He gets that from me, I think."]),
 ('stage', '(END VIDEO CLIP)'),
 ('turn', 'D', ["Margaret, back to you."]),
 ('turn', 'H', ["Thanks, Derek. And joining us now from Texas, Elon Musk. Thank you for being here."]),
 ('turn', 'E1', ["Thanks for having me."]),
 ('turn', 'H', ["Will the plant be running by summer?"]),
 ('turn', 'E', ["That's the goal. We're bringing up the first lines now. There are always surprises in a ramp, and I'd be lying if I said I knew what they'll be this time.",
                "But the team is extremely good, and we've done this enough times that the surprises are getting smaller."]),
 ('turn', 'H', ["And if it isn't?"]),
 ('turn', 'E', ["Then I'll be sleeping on the floor, as promised."]),
 ('stage', '(LAUGHTER)'),
 ('turn', 'H', ["Critics say these public promises move markets and you should be more careful."]),
 ('turn', 'E', ["I think people should be careful about reading too much into any one post. I'm just saying what I think is going to happen."]),
 ('turn', 'H', ["Elon Musk, thank you."]),
 ('turn', 'E', ["Thank you."]),
 ('stage', '(COMMERCIAL BREAK)'),
]
out, gold = [], []
for it in I:
    if it[0] == 'stage':
        out.append(f'<p>{it[1]}</p>')
        continue
    _, k, paras = it
    out.append(f'<p>{esc(L[k])}: {esc(paras[0])}</p>')
    out += [f'<p>{esc(p)}</p>' for p in paras[1:]]
    if k in ('E', 'E1'):
        gold.append((None, paras[0]))
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KNBX Evening Ledger - Transcripts - March 6, 2025</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/transcripts/css/tr.css">
</head>
<body>
<div id="hdr"><a href="/"><img src="/img/knbx-logo.svg" alt="KNBX"></a>
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/shows">Shows</a></li><li><a href="/transcripts">Transcripts</a></li><li><a href="/live">Watch Live</a></li></ul></div>
<div id="content">
<div class="trans-nav"><a href="/transcripts/el">Evening Ledger</a> &gt; <a href="/transcripts/el/2025/03">March 2025</a> &gt; March 6</div>
<h2 class="cnnTransStoryHead">Musk Interview: &quot;Then I'll Be Sleeping On The Floor&quot;; Markets React To Plant Pledge. Aired 6-7p ET</h2>
<p class="cnnTransSubHead">Aired March 6, 2025 - 18:00 &nbsp; ET</p>
<p class="cnnTransProv">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<div class="cnnBodyText">
{chr(10).join(out)}
</div>
<p class="copy">&copy; 2025 KNBX News Network. All Rights Reserved.</p>
<div class="trans-more"><h4>More transcripts from this show</h4><ul><li><a href="/transcripts/el/2025/03/05">March 5, 2025</a></li><li><a href="/transcripts/el/2025/03/04">March 4, 2025</a></li></ul></div>
</div>
<div id="ftr"><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/contact">Contact</a></div>
<script src="/js/analytics.min.js"></script>
</body>
</html>
'''
write('o05_knbx_tv', page, 'KNBX Evening Ledger',
      'TV network rush transcript: one <p> per paragraph starting with a capitalised label with role ("ELON MUSK, CEO, TESLA AND SPACEX:") or surname ("MUSK:"); unlabelled continuation paragraphs; stage directions in parentheses; a played clip of him and one of Errol Musk; no timestamps.',
      gold, ['MARGARET HOLLIS, KNBX ANCHOR', 'HOLLIS', 'DEREK AMANKWAH, KNBX CORRESPONDENT', 'AMANKWAH', 'ERROL MUSK, ELON MUSK\u2019S FATHER'])
