from common import *


def build():
    P = 'P'
    T = [
        (P, None, ["Elon, thanks for making time. I want to spend most of this on manufacturing, because I think it&#8217;s the least appreciated part of what your companies do."]),
        (EM, None, ["I agree, it is. People look at the car or the rocket and think that&#8217;s the product. The product is really the factory.",
                    "Designing a prototype is relatively easy. Anyone with enough money can build one of something. Building a million of something, reliably, at a price people can afford &#8212; that is ten or a hundred times harder than the prototype.",
                    "PQ:The factory is the machine that builds the machine. It has its own design cycle.",
                    "And the factory has its own design cycle. You iterate on it exactly the way you iterate on the product, and most of the iterations are unglamorous."]),
        (P, None, ["Why is manufacturing so underrated, then?"]),
        (EM, None, ["Because it&#8217;s boring to photograph. A rocket launch looks amazing. A stamping press doing the same thing ten thousand times a day does not look amazing, but it&#8217;s where most of the hard problems are."]),
        (P, None, ["You&#8217;ve called the factory &#8220;the machine that builds the machine.&#8221; What does that look like in practice?"]),
        (EM, None, ["It means you put the same engineering rigor into the production line that you put into the product. Every station has a cycle time, and the slowest station sets the speed of the whole line.",
                    "So you go find the slowest station and fix it, and then you go find the next slowest one. It never ends."]),
        (P, None, ["Do you still sleep at the factory?"]),
        (EM, None, ["Sometimes, when things are going badly. Less often now, which I suppose is a good sign."]),
        (P, None, ["Last question. What are you reading at the moment?"]),
        (EM, None, ["Mostly history. I like reading about how empires and companies fall, because the failure modes are surprisingly similar."]),
        (P, None, ["Thank you, Elon."]),
        (EM, None, ["Sure."]),
    ]
    rows = []
    for spk, t, paras in T:
        name = 'Elon Musk' if spk == EM else 'Priya Raman'
        rows.append('<h4 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="%s" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="-1" type="button" aria-label="Link" class="pencraft pc-reset pencraft icon-container restack-image"></button></div></div></h4>' % (name, 'h-' + str(len(rows))))
        for p in paras:
            if p.startswith('PQ:'):
                rows.append('<div class="pullquote"><p>%s</p></div>' % p[3:])
            else:
                rows.append('<p>%s</p>' % p)
    transcript = '\n'.join(rows)

    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>The factory is the product: a conversation with Elon Musk - by Priya Raman</title>
<meta property="og:title" content="The factory is the product: a conversation with Elon Musk">
<meta property="og:description" content="Elon Musk: &#8220;People look at the car or the rocket and think that&#8217;s the product.&#8221;">
<meta name="author" content="Priya Raman">
<link rel="canonical" href="https://compoundingcuriosity.substack.com/p/the-factory-is-the-product">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.4c3b0f1e.css">
<style>.pullquote{border-top:2px solid #222;border-bottom:2px solid #222;margin:2em 0;padding:1em 0;font-size:1.4em;font-style:italic}.ai-box{background:#f6f4ef;border-radius:8px;padding:12px 18px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The factory is the product: a conversation with Elon Musk","author":[{"@type":"Person","name":"Priya Raman"}],"datePublished":"2025-01-22T13:01:07+00:00"}</script>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" role="navigation"><div class="topbar-content"><a href="/" class="navbar-title-link">Compounding Curiosity</a><div class="navbar-buttons"><a href="/subscribe" class="button primary subscribe-btn">Subscribe</a><a href="/account/login" class="button">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">The factory is the product: a conversation with Elon Musk</h1>
<h3 class="subtitle">On stamping presses, cycle times and why prototypes are the easy part</h3>
<div class="post-ufi"><div class="byline-wrapper"><a href="https://substack.com/@priyaraman" class="pencraft pc-reset">Priya Raman</a><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Jan 22, 2025</div></div><div class="like-button-container"><span class="label">412</span></div><div class="post-ufi-comment-button"><span class="label">37</span></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Welcome to the 93 new subscribers who joined since last week. This one is a little different: a long conversation, lightly edited, with someone who needs no introduction. We spoke for about forty minutes over video; what follows is the part about manufacturing, which is the part I care about.</p>
<div class="ai-box">
<p><strong>Short on time? Key quotes</strong> <em>(drafted by my AI note-taker, checked by me)</em></p>
<ul>
<li><p><strong>Elon Musk:</strong> People look at the car or the rocket and think that&#8217;s the product. The product is really the factory.</p></li>
<li><p><strong>Elon Musk:</strong> Because it&#8217;s boring to photograph.</p></li>
<li><p><strong>Elon Musk:</strong> The slowest station sets the speed of the whole line.</p></li>
</ul>
</div>
<div class="podcast-embed"><iframe src="https://compoundingcuriosity.substack.com/embed/podcast/the-factory-is-the-product?autoplay=0" width="100%" height="152" frameborder="0" scrolling="no"></iframe></div>
<hr>
''' + transcript + '''
<hr>
<p><em>If you enjoyed this, the best thing you can do is forward it to one person who would like it. Paid subscribers get the full audio and the bonus segment on batteries.</em></p>
<p class="button-wrapper"><a class="button primary" href="https://compoundingcuriosity.substack.com/subscribe?"><span>Subscribe now</span></a></p>
</div></div>
</article>
<div class="post-footer"><div class="pencraft pc-display-flex">Share &middot; Restack &middot; <a href="/p/the-factory-is-the-product/comments">37 Comments</a></div></div>
<div id="discussion" class="comments-page"><h4 class="discussion-title">Discussion about this post</h4>
<div class="comment-list">
 <div class="comment" id="comment-88211"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonsburner">Elon&#8217;s Burner</a> <span class="comment-date">Jan 22</span></div><div class="comment-body"><p>Stamping presses are underrated. Great interview.</p></div></div>
  <div class="comment-list-items children">
   <div class="comment" id="comment-88240"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@notelonmusk">Not Elon Musk</a> <span class="comment-date">Jan 22</span></div><div class="comment-body"><blockquote><p>Elon Musk: Because it&#8217;s boring to photograph.</p></blockquote><p>This line is going on a t-shirt.</p></div></div></div>
  </div></div>
 <div class="comment" id="comment-88305"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@kpatel">Kiran Patel</a> <span class="comment-date">Jan 23</span></div><div class="comment-body"><p>Would love the batteries segment to be free at some point. Also Priya, please do a follow-up with someone who runs a line.</p></div></div></div>
</div></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">&copy; 2025 Priya Raman</div><div class="footer-buttons"><a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/signup?utm_source=substack">Start writing</a></div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"pub\\":{\\"name\\":\\"Compounding Curiosity\\"}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.a1b2c3d4.js" charset="utf-8"></script>
</body>
</html>
'''
    write('af03_compoundingcuriosity', page,
          'Substack post; each turn is an <h4> speaker heading ("Priya Raman" / "Elon Musk") followed by plain <p>s, no timestamps; a pull-quote div sits inside one of his turns.',
          'Compounding Curiosity', gold_from(T), ['Priya Raman'],
          'Substack newsletter Q&A, <h4> speaker headings, no times; AI "key quotes" box with "Elon Musk:" lines above, pull quote inside his turn, commenters "Elon\'s Burner"/"Not Elon Musk" quoting him.')
