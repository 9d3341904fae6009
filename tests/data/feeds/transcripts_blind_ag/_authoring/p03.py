from lib import *

NAME = "ag03_meridian-review-qa"
SHOW = "The Meridian Review"
FMT = ("Magazine Q&A article; each paragraph starts with a bold capitalised label ('THE MERIDIAN:', first answer "
       "'ELON MUSK:' then 'MUSK:'), no timestamps; intro and a pull quote quote him outside the Q&A.")

Q, E = "THE MERIDIAN", "MUSK"
T = [
 (Q, ["You've said for years that Mars is a backup drive for civilization. Is that still how you think about it?"]),
 (E, ["Pretty much. Civilizations have ended before, usually not with a bang but with a slow decline. I'd like there to be a second copy, just in case. It's an insurance policy, and insurance is boring until you need it."]),
 (Q, ["Critics say the money would do more good on Earth."]),
 (E, ["I hear that a lot. The amount we're talking about is a rounding error compared to what gets spent on, say, advertising for soft drinks. And a lot of the technology comes back to Earth anyway. Reusable rockets made satellite internet possible, and that's connected schools in places that never had a cable."]),
 (Q, ["How do you decide what to work on each morning?"]),
 (E, ["Whatever is the biggest problem. I try to spend most of my time on the thing that is most likely to kill the company, and that changes week to week.",
      "Some weeks it's a supplier. Some weeks it's a software bug. Occasionally it's me."]),
 (Q, ["Do you read what people write about you?"]),
 (E, ["Less than I used to. It's not good for your mental health to read ten thousand opinions about yourself before breakfast."]),
 (Q, ["Your mother once told this magazine that you read the encyclopedia as a child and got bored. True?"]),
 (E, ["True. I ran out of books, so I read the encyclopedia. It was actually quite useful. You learn that you don't know anything, which is a good starting point."]),
 (Q, ["What's the mistake you see most often in young engineers?"]),
 (E, ["Optimizing something that shouldn't exist. It's the most common error of a smart engineer. They take a requirement as given and make it really efficient, when the right move was to delete the requirement.",
      "So question the requirements first. Then delete. Then simplify. Only then speed it up."]),
 (Q, ["Last question. Are you optimistic?"]),
 (E, ["Yes. I think you have to be. If you're not optimistic, what's the point of getting up in the morning?"]),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    first = True
    for i, (who, paras) in enumerate(T):
        if who == E:
            label = "ELON MUSK" if first else "MUSK"
            first = False
            g.elon(None, paras[0])
        else:
            label = who
            g.other(label)
        out.append('<p><strong>%s:</strong> %s</p>' % (label, esc(paras[0])))
        out.extend('<p>%s</p>' % esc(p) for p in paras[1:])
        if i == 5:
            out.append('<aside class="pull-quote"><p>&ldquo;Question the requirements first. Then delete.&rdquo;</p><cite>&mdash; Elon Musk</cite></aside>')
    body = "\n".join(out)
    page = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>&ldquo;Insurance Is Boring Until You Need It&rdquo;: A Conversation With Elon Musk | The Meridian Review</title>
<meta name="description" content="The entrepreneur on Mars, mornings and the mistake engineers make most often.">
<link rel="canonical" href="https://meridianreview.com/culture/2025/04/elon-musk-conversation">
<link rel="stylesheet" href="/static/css/article.9b2e.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page section-culture">
<div class="masthead"><a href="/" class="logo">The Meridian Review</a>
<nav class="sections"><a href="/politics">Politics</a><a href="/culture">Culture</a><a href="/science">Science</a><a href="/books">Books</a><a href="/subscribe" class="sub">Subscribe</a></nav></div>
<div class="ad-slot ad-leaderboard" id="div-gpt-ad-top"></div>
<article class="story">
<header>
<p class="kicker">The Interview</p>
<h1>&ldquo;Insurance Is Boring Until You Need It&rdquo;</h1>
<p class="dek">Elon Musk on Mars, mornings and the mistake young engineers make most often.</p>
<p class="byline">By <a href="/authors/celia-brandvold">Celia Brandvold</a> &middot; <time datetime="2025-04-22">April 22, 2025</time></p>
</header>
<div class="story-body">
<p class="lede">It was a little after seven in the evening when Elon Musk finally sat down, apologising for being late and, in the same breath, explaining why being late was efficient. &ldquo;We&rsquo;re going to be wrong a lot,&rdquo; he said of his companies&rsquo; schedules before the recorder was even on. &ldquo;That&rsquo;s the price of trying.&rdquo;</p>
<p>Over an hour we talked about Mars, his reading habits and his advice for engineers. The conversation has been edited and condensed for clarity.</p>
%s
<p class="endnote"><em>This interview appears in the May 2025 print issue of The Meridian Review.</em></p>
</div>
<footer class="story-foot"><div class="share"><a href="#">Share</a> <a href="#">Gift this article</a></div>
<section class="related"><h3>More from The Interview</h3><ul><li><a href="/culture/2025/03/maye-musk-at-77">Maye Musk at 77: &ldquo;I never planned anything&rdquo;</a></li><li><a href="/culture/2025/02/glassblower">The last glassblower on Canal Street</a></li></ul></section>
</footer>
</article>
<footer class="site-footer"><p>&copy; 2025 The Meridian Review. All rights reserved.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"culture","author":"Celia Brandvold","subject":"Elon Musk"});</script>
</body>
</html>
""" % body
    write(NAME, page, g)
