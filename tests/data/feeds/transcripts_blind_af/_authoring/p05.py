from common import *


def build():
    Q = 'Q'
    T = [
        (Q, None, ["You&rsquo;ve spent most of the last month in Austin rather than California. Why there?"]),
        (EM, None, ["Because that&rsquo;s where the problems are. I go wherever the biggest fire is, and right now that&rsquo;s the new line in Austin."]),
        (Q, None, ["Some of your own engineers say the deadlines you announce in public are unrealistic. Are they wrong?"]),
        (EM, None, ["They&rsquo;re right, sometimes. If I gave deadlines that I was sure we&rsquo;d hit, they would be sandbagged deadlines, and then the team would work to the sandbagged deadline.",
                    "PQ",
                    "So I give the most aggressive deadline that&rsquo;s physically possible, and we usually land somewhere after it. I think that&rsquo;s a better outcome than the alternative, even if it makes for bad headlines."]),
        (Q, None, ["Is that fair to customers who put down deposits based on those dates?"]),
        (EM, None, ["It&rsquo;s a fair question. Deposits are fully refundable, and we try to be clear that dates are targets. But I take the point. We could communicate that better."]),
        (Q, None, ["Will you step back from any of your companies this year?"]),
        (EM, None, ["No."]),
        (Q, None, ["Not even a little?"]),
        (EM, None, ["I&rsquo;ll delegate more. That&rsquo;s not the same thing as stepping back."]),
        (Q, None, ["Your critics in Harbor City point to the water permits for the proposed cell plant on the east shore. When a reader wrote to us last week, she quoted you saying that &ldquo;regulations are mostly written in blood.&rdquo; Do you still think the permit process here is too slow?"]),
        (EM, None, ["Some regulations are written in blood and you should respect them, absolutely. Others are just accumulated sediment. The water rules for the east shore plant are in the first category, and we&rsquo;re going to meet every one of them.",
                    "What I object to is a process where it takes four years to get an answer. A fast no is better than a slow maybe."]),
        (Q, None, ["What&rsquo;s the biggest mistake you&rsquo;ve made in the last year?"]),
        (EM, None, ["Probably spending too much time online. I&rsquo;d get more done if I posted less. My friends tell me this constantly."]),
    ]
    pq = '<aside class="pull-quote" role="complementary"><blockquote><p>&ldquo;If I gave deadlines that I was sure we&rsquo;d hit, they would be sandbagged deadlines.&rdquo;</p><footer>&mdash; Elon Musk</footer></blockquote></aside>'
    rows = []
    for spk, t, paras in T:
        for p in paras:
            if p == 'PQ':
                rows.append(pq)
            elif spk == Q:
                rows.append('<p class="article-body__paragraph"><strong>%s</strong></p>' % p)
            else:
                rows.append('<p class="article-body__paragraph">%s</p>' % p)
    qa = '\n'.join(rows)

    page = '''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>&lsquo;A Fast No Is Better Than a Slow Maybe&rsquo;: Elon Musk on Deadlines, Permits and the East Shore Plant | The Harbor City Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="In a rare sit-down, Elon Musk answered questions from The Ledger about deadlines, deposits and the proposed cell plant on Harbor City&rsquo;s east shore.">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2025-05-09T05:00:00-04:00">
<link rel="canonical" href="https://www.harborcityledger.com/business/2025/05/09/elon-musk-interview-east-shore-plant/">
<link rel="stylesheet" href="https://www.harborcityledger.com/static/css/article.3f9a.css">
<script>window.ledgerAds = window.ledgerAds || []; ledgerAds.push({slot:"article-top", section:"business"});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\u2018A Fast No Is Better Than a Slow Maybe\u2019: Elon Musk on Deadlines, Permits and the East Shore Plant","author":{"@type":"Person","name":"Ruth Okafor"},"publisher":{"@type":"Organization","name":"The Harbor City Ledger"}}</script>
</head>
<body class="template-article section-business">
<div class="ad-slot ad-slot--leaderboard" id="ad-top" aria-hidden="true"></div>
<header class="masthead">
 <div class="masthead__top"><a class="masthead__logo" href="https://www.harborcityledger.com/">The Harbor City Ledger</a><span class="masthead__date">Friday, May 9, 2025</span><a class="masthead__subscribe" href="/subscribe">Subscribe &mdash; $1 for 6 months</a></div>
 <nav class="masthead__sections"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li class="is-active"><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li><li><a href="/arts/">Arts</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav>
</header>
<main id="main" class="layout layout--article">
<article class="article">
 <header class="article-header">
  <div class="article-header__kicker"><a href="/business/">Business</a> &middot; The Ledger Interview</div>
  <h1 class="article-header__headline">&lsquo;A Fast No Is Better Than a Slow Maybe&rsquo;: Elon Musk on Deadlines, Permits and the East Shore Plant</h1>
  <p class="article-header__dek">The billionaire talked with The Ledger about sandbagging, refundable deposits and why he will not step back.</p>
  <div class="article-header__byline">By <a href="/staff/ruth-okafor/">Ruth Okafor</a> &middot; <time datetime="2025-05-09T05:00:00-04:00">May 9, 2025, 5:00 a.m. ET</time> &middot; 7 min read</div>
  <figure class="article-header__art"><img src="https://img.harborcityledger.com/2025/05/musk-austin-1600.jpg" alt="Elon Musk in a factory" width="1600" height="900"><figcaption>Elon Musk at the Austin factory last month. <span class="credit">Photo: Lena Marsh for The Ledger</span></figcaption></figure>
 </header>
 <div class="article-body">
  <p class="article-body__paragraph">Elon Musk does not give many newspaper interviews these days, and he did not sound especially eager to give this one. But with his company&rsquo;s proposed battery cell plant on the east shore heading to a permit hearing next month, he agreed to 40 minutes by phone from Austin on Tuesday evening.</p>
  <p class="article-body__paragraph">Mr. Musk once told an audience in Berlin that &ldquo;the hardest thing about building a factory is the paperwork.&rdquo; The east shore plant, which would employ about 2,300 people, has become a test of that line: supporters see it as the biggest private investment in the region in decades, while neighbors worry about water use and truck traffic.</p>
  <p class="article-body__paragraph"><em>This interview has been edited and condensed for clarity. The Ledger&rsquo;s questions are in bold; the answers are Mr. Musk&rsquo;s.</em></p>
''' + qa + '''
 </div>
 <aside class="article-author-bio"><p><a href="/staff/ruth-okafor/">Ruth Okafor</a> covers technology and manufacturing for The Ledger. She previously reported from Detroit and Lagos.</p></aside>
 <div class="article-share"><a href="#" class="share share--email">Email</a><a href="#" class="share share--link">Copy link</a><a href="#" class="share share--gift">Gift this article</a></div>
</article>
<aside class="rail">
 <section class="rail-module rail-module--related"><h2>Related coverage</h2><ul>
  <li><a href="/business/2025/04/22/east-shore-plant-permit-hearing/">East shore cell plant permit hearing set for June</a></li>
  <li><a href="/opinion/2025/04/30/editorial-east-shore-water/">Editorial: Elon Musk: Give us the water numbers</a></li>
  <li><a href="/business/2025/03/02/musk-deadlines-analysis/">Analysis: Musk&rsquo;s deadlines, charted</a></li>
 </ul></section>
 <section class="rail-module rail-module--mostread"><h2>Most read</h2><ol>
  <li><a href="/news/2025/05/08/ferry-schedule-changes/">Harbor ferry adds late-night runs this summer</a></li>
  <li><a href="/sports/2025/05/08/gulls-sweep/">Gulls complete sweep in extra innings</a></li>
  <li><a href="/business/2025/05/09/elon-musk-interview-east-shore-plant/">&lsquo;A Fast No Is Better Than a Slow Maybe&rsquo;: Elon Musk on deadlines</a></li>
 </ol></section>
 <div class="ad-slot ad-slot--rail" id="ad-rail-1" aria-hidden="true"></div>
</aside>
</main>
<footer class="site-footer"><nav><a href="/about/">About The Ledger</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/corrections/">Corrections</a> &middot; <a href="/privacy/">Privacy Policy</a> &middot; <a href="/terms/">Terms of Service</a></nav><p>&copy; 2025 The Harbor City Ledger Company. All rights reserved.</p></footer>
<script src="https://www.harborcityledger.com/static/js/article.3f9a.js" defer></script>
<script>(function(){var p=document.querySelector('.pull-quote');if(p){p.classList.add('is-visible');}})();</script>
</body>
</html>
'''
    write('af05_harborledger', page,
          'Newspaper Q&A; questions are bold paragraphs with no speaker label and answers are plain unlabelled paragraphs attributed to Musk in the intro; no timestamps.',
          'The Harbor City Ledger', gold_from(T), [],
          'Newspaper interview: bold unlabelled questions, unlabelled answers (named only in the intro); pull quote aside inside an answer; intro and a question quote him; related-links "Elon Musk: ..." headline; one-word "No.".')
