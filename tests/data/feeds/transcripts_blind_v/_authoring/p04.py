from common import *

NAME = "v04_meridian_newspaper_qa"
SHOW = "The Meridian"

TURNS = [
    Turn("Q", None, ["You’ve said the company is in another production ramp. What is actually hard this time?"]),
    Turn("E", None, ["The cells. It’s always the cells. The vehicle side is relatively mature now, but the new cell line has a dry-electrode step that nobody has done at this volume, and when it goes wrong, it goes wrong quietly, so you find out three steps later.",
                     "We had a week in January where yield was fine on paper and terrible in reality, because one sensor was reading the wrong roller. That’s the kind of thing that eats a quarter."]),
    Turn("Q", None, ["Is it true you are sleeping at the factory again?"]),
    Turn("E", None, ["Some nights. Not as a gesture. If the problem is on the line at two in the morning, it’s easier to be on the line at two in the morning."]),
    Turn("Q", None, ["Critics say the company overpromises on timelines."]),
    Turn("E", None, ["That’s fair on timelines. I’m naturally optimistic about schedules, and I’ve been wrong about dates many times. I don’t think I’ve been wrong about direction very often, though."]),
    Turn("Q", None, ["Would you ever step back from the day-to-day running of the company?"]),
    Turn("E", None, ["No."]),
    Turn("Q", None, ["Not even in five years?"]),
    Turn("E", None, ["In five years maybe the question is different. Right now, no. We are in the middle of the hardest part.",
                     "Ask me again when the cell line is boring. Boring is the goal for a factory."]),
    Turn("Q", None, ["Last question. What do you want readers in this region to understand about the new plant?"]),
    Turn("E", None, ["That it’s going to be here for a long time. We’re not building a showroom, we’re building a place where thousands of people will work for decades, and I hope a lot of them are from right here."]),
]

FORMAT = ("Newspaper Q&A inside schema.org NewsArticle microdata: each question is a paragraph starting with the bold label "
          "'The Meridian:'; his answers are unlabelled plain paragraphs (he is named only in the intro), no timestamps anywhere.")


def render():
    out = []
    for i, tr in enumerate(TURNS):
        if tr.spk == "Q":
            out.append(f'<p class="qa-q"><strong>The Meridian:</strong> <strong>{tr.paras[0]}</strong></p>')
        else:
            for p in tr.paras:
                out.append(f"<p>{p}</p>")
        if i == 5:
            out.append('<aside class="pull-quote" role="note" aria-label="Pull quote"><p>“I don’t think I’ve been wrong about direction very often.”</p><footer>— Elon Musk</footer></aside>')
        if i == 7:
            out.append('<div class="inline-promo" data-module="newsletter-signup"><p><strong>Sign up for Meridian Business</strong> — the morning briefing on the companies shaping the region. <a href="/newsletters/business">Subscribe</a></p></div>')
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Elon Musk on batteries, bottlenecks and sleeping at the factory | Business | The Meridian</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="In a rare sit-down interview, Elon Musk talks about the new cell line, missed deadlines and whether he will ever step back.">
<link rel="canonical" href="https://www.themeridian.co/business/2025/feb/21/elon-musk-interview-batteries-factory">
<link rel="stylesheet" href="https://assets.themeridian.co/css/article.3b9f.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk on batteries, bottlenecks and sleeping at the factory","author":{{"@type":"Person","name":"Rosa Ibáñez"}}}}</script>
<script async src="https://assets.themeridian.co/js/ads.bundle.js"></script>
</head>
<body class="article-page section-business">
<div class="top-ad" aria-hidden="true"><div id="dfp-ad-top" class="ad-slot ad-slot--leaderboard"></div></div>
<header class="site-header" role="banner">
 <a class="site-logo" href="https://www.themeridian.co/"><span class="visually-hidden">The Meridian – home</span><svg width="220" height="38" aria-hidden="true"></svg></a>
 <nav class="pillars" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li class="is-active"><a href="/business" aria-current="page">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></nav>
 <div class="support-cta"><a href="/support">Support The Meridian</a></div>
</header>
<main id="maincontent">
<article itemscope itemtype="https://schema.org/NewsArticle" class="article article--interview">
<meta itemprop="datePublished" content="2025-02-21T05:00:00Z">
<div class="article__kicker"><a href="/business/series/the-interview">The Interview</a></div>
<h1 itemprop="headline" class="article__headline">Elon Musk on batteries, bottlenecks and sleeping at the factory</h1>
<p class="article__standfirst" itemprop="description">In a rare sit-down interview, the Tesla chief talks about the new cell line, missed deadlines and whether he will ever step back</p>
<div class="article__byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/profile/rosa-ibanez" itemprop="url"><span itemprop="name">Rosa Ibáñez</span></a></span>, Technology correspondent · <time datetime="2025-02-21T05:00:00Z">Fri 21 Feb 2025 05.00 GMT</time></div>
<figure class="article__main-media"><img src="https://i.themeridian.co/img/media/musk-factory-floor.jpg" alt="Elon Musk on the factory floor, wearing safety glasses" width="1200" height="720" itemprop="image"><figcaption>Elon Musk on the factory floor. Photograph: Tomás Lindgren/The Meridian</figcaption></figure>
<div class="article__body" itemprop="articleBody">
<p>Elon Musk is late, and he says so before he says hello. “We’re in production-hell mode again,” he says as we walk past a row of idle coating machines, one of which, he explains, had been “lying to everybody for a week”.</p>
<p>The chief executive of Tesla and SpaceX agreed to talk to The Meridian on the mezzanine above the new cell line, with the noise of the plant below. His answers below are his own; the questions are ours. <em>This interview has been edited for length and clarity.</em></p>
{body}
<p class="article__footnote"><em>Rosa Ibáñez is The Meridian’s technology correspondent. A Tesla spokesperson later added that the cell line is expected to reach full output in the third quarter.</em></p>
</div>
<div class="article__tags"><ul><li><a href="/technology/elon-musk">Elon Musk</a></li><li><a href="/business/tesla">Tesla</a></li><li><a href="/business/manufacturing">Manufacturing</a></li></ul></div>
<div class="article__share"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share by email">Email</button></div>
</article>
<section class="onward" aria-label="More from The Interview">
<h2>More from The Interview</h2>
<ul>
<li><a href="/business/2024/nov/02/shipbuilder-interview">“We build the hull last”: the shipbuilder rethinking the yard</a></li>
<li><a href="/business/2024/oct/11/musk-factory-analysis">Analysis: Musk says the factory is the product. Is he right?</a></li>
</ul>
</section>
<section class="comments" id="comments" aria-label="Comments">
<h2>Comments <span class="count">(214)</span></h2>
<p class="comments__policy">Comments on this piece are premoderated to ensure discussion remains on the topics raised.</p>
<ol class="comments__list">
<li class="comment"><div class="comment__meta"><span class="comment__author">ElonMuskIsMyLandlord</span> <time datetime="2025-02-21T07:14:00Z">21 Feb 2025 7.14</time></div><div class="comment__body"><p>“Boring is the goal for a factory.” Genuinely the most sensible thing I’ve read from him in years.</p></div>
 <ol class="comment__replies"><li class="comment"><div class="comment__meta"><span class="comment__author">Real_Elon_M</span> <span class="comment__reply-to">in reply to ElonMuskIsMyLandlord</span></div><div class="comment__body"><p>No.</p><p>(Sorry, couldn’t resist.)</p></div></li></ol>
</li>
<li class="comment"><div class="comment__meta"><span class="comment__author">coastal_engineer</span></div><div class="comment__body"><p>Would have liked a follow-up on the water use of the plant.</p></div></li>
</ol>
</section>
</main>
<footer class="site-footer" role="contentinfo">
<ul class="site-footer__links"><li><a href="/about">About us</a></li><li><a href="/help/contact">Contact us</a></li><li><a href="/info/complaints">Complaints &amp; corrections</a></li><li><a href="/help/privacy-policy">Privacy policy</a></li></ul>
<p class="copyright">© 2025 The Meridian Media Group. All rights reserved.</p>
</footer>
<script src="https://assets.themeridian.co/js/article.8a1d.js" defer></script>
</body>
</html>
"""
    others = ["The Meridian"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
