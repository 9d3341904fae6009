from lib import *
# o12: Squarespace conference page; bold speaker line in capitals, paragraphs below, each paragraph ENDS with a
# time link "#t=XXmYYs" printed as mm:ss (minutes above 59); long turns have a time on every paragraph; interpreter turns.
L = {'Z': 'ZHOU WEN (MODERATOR, IN MANDARIN)', 'I': 'INTERPRETER', 'E1': 'ELON MUSK', 'E': 'MUSK', 'N': 'LI NA (HUAXING ROBOTICS, IN MANDARIN)'}
T = [
 ('Z', [(62, "[Welcomes the audience and introduces the guests in Mandarin.]")]),
 ('I', [(95, "Good afternoon, and welcome to the closing fireside chat of the Frontier Tech Forum. Our guests are Mr. Elon Musk and Ms. Li Na. Mr. Musk, the first question is for you: what is the biggest bottleneck for humanoid robots today?")]),
 ('E1', [(118, "Thank you. It's great to be back in Shenzhen. Honestly, the supply chain here is one of the reasons robots are possible at all."),
         (141, "The biggest bottleneck is the hand. The human hand has something like twenty-seven degrees of freedom, and making an actuated hand that is both dexterous and durable is insanely hard."),
         (178, "The second bottleneck is real-world training data. Simulation helps, but it isn't enough on its own.")]),
 ('I', [(204, "[Translates Mr. Musk's answer into Mandarin for the audience.]")]),
 ('N', [(262, "[Responds in Mandarin.]")]),
 ('I', [(263, "I agree with Mr. Musk about the hand. As Mr. Musk said to me backstage, \"the hand is half the robot.\" Our company spends more on the hand than on everything else combined.")]),
 ('E', [(289, "That's right. Half is maybe an understatement.")]),
 ('Z', [(3841, "[Asks a question in Mandarin.]")]),
 ('I', [(3850, "Last question from the audience: Mr. Musk, will Optimus be sold in China?")]),
 ('E', [(3857, "I'd like that very much. If the regulators are comfortable with it, I don't see why not."),
        (3869, "And thank you to everyone for having me. Xièxie.")]),
 ('I', [(3878, "[Translates into Mandarin.]")]),
]
def tl(s): return f'<a class="ts" href="#t={s//60}m{s%60:02d}s">{ms(s)}</a>'
out, gold = [], []
for k, paras in T:
    out.append(f'<p class="speaker"><strong>{esc(L[k])}</strong></p>')
    out += [f'<p>{esc(x)} {tl(t)}</p>' for t, x in paras]
    if k in ('E', 'E1'):
        gold.append((paras[0][0], paras[0][1]))
page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fireside Chat Transcript: Elon Musk &amp; Li Na &mdash; Frontier Tech Forum 2025</title>
<meta property="og:site_name" content="Frontier Tech Forum">
<link rel="stylesheet" type="text/css" href="//static1.squarespace.com/static/versioned-site-css/6512/site.css">
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"Frontier Tech Forum"}},"collection":{{"typeName":"blog"}}}};</script>
</head>
<body class="collection-type-blog view-item">
<header id="header"><div class="header-title"><a href="/">Frontier Tech Forum</a></div>
<nav class="header-nav"><a href="/programme">Programme</a><a href="/speakers">Speakers</a><a href="/transcripts" class="active">Transcripts</a><a href="/tickets">Tickets 2026</a></nav></header>
<main id="page">
<article class="blog-item">
<h1 class="entry-title">Fireside Chat Transcript: Elon Musk &amp; Li Na</h1>
<div class="blog-meta"><time datetime="2025-11-20">November 20, 2025</time> · Shenzhen · Main Hall</div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p>The closing fireside chat of Frontier Tech Forum 2025 featured Elon Musk and Li Na, founder of Huaxing Robotics, moderated by Zhou Wen. Mandarin remarks were interpreted consecutively; we print the interpreter&rsquo;s English. Timestamps follow each paragraph and link to the session video.</p>
<div class="sqs-block video-block" data-block-json='{{"url":"https://vimeo.com/000000000","duration":3920}}'></div>
<h3>Session highlights</h3>
<ul><li>ELON MUSK: &ldquo;The biggest bottleneck is the hand.&rdquo;</li><li>LI NA: the hand is &ldquo;half the robot.&rdquo;</li></ul>
<h2>Full transcript</h2>
{chr(10).join(out)}
<p><em>Transcript prepared by the Forum secretariat. Interpretation is not an official translation.</em></p>
</div></div>
</article>
</main>
<footer id="footer"><p>Frontier Tech Forum · Shenzhen · <a href="mailto:press@frontiertechforum.example">press@frontiertechforum.example</a></p><p>Powered by Squarespace</p></footer>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body>
</html>
'''
write('o12_frontier_forum_interp', page, 'Frontier Tech Forum',
      'Squarespace conference page: a bold capitalised speaker line ("ELON MUSK", later "MUSK") above paragraphs; every paragraph ENDS with a time link "#t=64m17s" printed as mm:ss (minutes above 59), so a long turn starts at its first paragraph\'s time; interpreter turns render Mandarin speakers.',
      gold, ['ZHOU WEN (MODERATOR, IN MANDARIN)', 'INTERPRETER', 'LI NA (HUAXING ROBOTICS, IN MANDARIN)'])
