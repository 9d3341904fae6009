from lib import *
# o03: magazine Q&A; questions bold with "Meridian:" label, answers unlabelled (named in intro); no times; pull quote inside.
QA = [
 ("You've said the hardest part of any company is the first thousand units, not the prototype. Is that still how you think about the robot program?",
  ["Even more so. A prototype robot is a demo. What matters is whether you can build a hundred thousand of them with a defect rate low enough that they're useful in a factory, and then in a home.",
   "Nobody has done that yet. The hands alone are an absurdly difficult engineering problem."]),
 ("Critics say you announce timelines you know you won't hit.",
  ["I announce timelines I think are possible if things go right. Things usually don't go right. I'd rather aim for the ambitious date and be late than aim for the safe date and be late anyway."]),
 ("Your brother Kimbal once told an interviewer that you \u201cdon't do vacations, you do site visits.\u201d Fair?",
  ["Pretty fair. I went to a beach once and checked my phone the whole time, so that was kind of pointless."]),
 ("What do you read?",
  ["Mostly history, lately. Rome, the Byzantines. It's useful to read about civilizations that thought they were permanent."]),
 ("Last one. What would make you step back from running things day to day?",
  ["If I thought someone else could do it better, I'd step back tomorrow. That's not false modesty; I just haven't found that person for the things I care about most.",
   "Ask me again in five years."]),
]
PULL = "\u201cNobody has done that yet. The hands alone are an absurdly difficult engineering problem.\u201d"
parts = []
for i, (q, ans) in enumerate(QA):
    parts.append(f'<p><strong>Meridian: {esc(q)}</strong></p>')
    parts += [f'<p>{esc(a)}</p>' for a in ans]
    if i == 1:
        parts.append(f'<aside class="pullquote"><blockquote><p>{esc(PULL)}</p><cite>&mdash; Elon Musk</cite></blockquote></aside>')
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk on Robots, Deadlines and Reading About Rome | The Meridian Review</title>
<meta property="og:type" content="article">
<meta name="author" content="Hal Brennan">
<link rel="stylesheet" href="/assets/css/article.3f9e.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page section-business">
<div class="masthead"><a href="/" class="logo">The Meridian Review</a>
<nav><a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/ideas">Ideas</a> <a href="/subscribe" class="btn">Subscribe</a></nav></div>
<main>
<article>
<p class="kicker">The Interview</p>
<h1>&ldquo;Ask Me Again in Five Years&rdquo;</h1>
<p class="dek">Elon Musk on humanoid robots, missed deadlines and what he&rsquo;s been reading.</p>
<p class="byline">By <a href="/by/hal-brennan">Hal Brennan</a> &middot; <time datetime="2025-05-19">May 19, 2025</time></p>
<figure><img src="/img/2025/05/musk-interview-1200.jpg" alt="Elon Musk at the company&rsquo;s Texas factory"><figcaption>Musk at the company&rsquo;s Texas factory in April. Photo: Lena Ortiz for The Meridian Review</figcaption></figure>
<p>Elon Musk does not like to sit still for interviews. Our conversation, held over ninety minutes in a conference room overlooking a half-finished production line, was interrupted twice by engineers with questions that could not wait. He answered both without leaving his chair.</p>
<p>The following conversation with Elon Musk has been edited and condensed for clarity. Questions are in bold; the answers are his.</p>
<div class="ad-slot" id="div-gpt-ad-mid1"></div>
{chr(10).join(parts)}
<p class="endnote">Hal Brennan is a senior editor at The Meridian Review.</p>
</article>
<aside class="related"><h3>More from The Interview</h3><ul><li><a href="/interview/grid-storage">The woman building the world&rsquo;s biggest battery</a></li><li><a href="/interview/rail">Why nobody builds trains anymore</a></li></ul></aside>
</main>
<footer class="site-footer"><p>&copy; 2025 The Meridian Review. All rights reserved.</p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"business","template":"interview"}});</script>
</body>
</html>
'''
write('o03_meridian_qa', page, 'The Meridian Review',
      'Magazine Q&A: each question is a bold paragraph labelled "Meridian:", his answers are the unlabelled paragraphs that follow (he is named in the intro); no timestamps; a pull quote of his inside the interview.',
      [(None, a[0]) for q, a in QA], ['Meridian'])
