"""q07 - Magazine Q&A. Questions labelled 'MERIDIAN:' in bold, his answers unlabelled (named in the intro). No times."""
from common import ELON, ent, gold_turns, write_page

NAME = "q07_meridian_magazine_qa"
SHOW = "Meridian"

# (speaker, None, paras)
TURNS = [
    ("Q", None, ["You\u2019ve said Mars is the goal behind everything. Is that still true?"]),
    (ELON, None, ["It is. Everything at SpaceX is in service of making life multiplanetary. Starship is just the means. If we can\u2019t get a self-sustaining city on Mars, then a lot of the rest of what I do matters less."]),
    ("Q", None, ["Why does it have to be self-sustaining?"]),
    (ELON, None, ["Because if the supply ships from Earth stop coming for any reason and the city dies, you haven\u2019t really made life multiplanetary. You\u2019ve built an expensive outpost.",
                  "The test is simple: if the ships stop, does Mars survive? Until the answer is yes, we haven\u2019t done it."]),
    ("Q", None, ["People who work for you describe brutal hours. Do you expect that from everyone?"]),
    (ELON, None, ["No. I expect it from myself. I tell people up front that it\u2019s going to be hard, and if that\u2019s not what they want, that\u2019s completely fine. There are many great places to work that are calmer."]),
    ("Q", None, ["Do you ever take a day off?"]),
    (ELON, None, ["Rarely. Maybe Christmas morning."]),
    ("Q", None, ["You have a lot of children. How do you find time for them?"]),
    (ELON, None, ["They come to work with me a lot. X has been to more engineering reviews than most engineers. He\u2019s very good at pressing buttons he shouldn\u2019t press."]),
    ("Q", None, ["Your mother once told an interviewer that you read the encyclopedia at nine. True?"]),
    (ELON, None, ["True. I ran out of books at the school library, so I read the Encyclop\u00e6dia Britannica. It turns out that\u2019s a great way to learn how much you don\u2019t know."]),
    ("Q", None, ["What do you regret?"]),
    (ELON, None, ["Honestly, a lot of posts. More than I could count.",
                  "But I\u2019d rather say what I think and sometimes be wrong than be careful all the time. Being careful all the time is a kind of lying."]),
    ("Q", None, ["Last question. What would you tell your twenty-year-old self?"]),
    (ELON, None, ["Worry less. Most of the things I worried about never happened, and the things that did happen, I never saw coming."]),
]

PULL = '<aside class="pullquote" aria-hidden="true"><blockquote><p>&ldquo;If the ships stop, does Mars survive?&rdquo;</p></blockquote></aside>'


def render_qa():
    out = []
    for i, (spk, _t, paras) in enumerate(TURNS):
        if spk == "Q":
            out.append('<p class="qa-q"><strong>MERIDIAN: %s</strong></p>' % ent(paras[0]))
            continue
        for j, p in enumerate(paras):
            out.append('<p class="qa-a">%s</p>' % ent(p))
            if i == 3 and j == 0:
                out.append(PULL)
        if i == 7:
            out.append('<div class="inline-ad" data-ad-slot="article-mid-1" aria-label="Advertisement"><span class="ad-label">Advertisement</span></div>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Meridian Interview: Elon Musk | Meridian</title>
<meta name="description" content="On Mars, work, his children and what he regrets. An edited conversation.">
<meta name="author" content="Clara Voss">
<meta property="og:type" content="article">
<meta property="og:title" content="The Meridian Interview: Elon Musk">
<meta property="og:image" content="https://img.meridianmag.com/2025/04/musk-portrait-1200.jpg">
<meta property="article:section" content="The Meridian Interview">
<link rel="canonical" href="https://www.meridianmag.com/interview/elon-musk-mars-work-regret">
<link rel="stylesheet" href="https://www.meridianmag.com/static/css/article.b81c2.css">
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"The Meridian Interview: Elon Musk","author":{{"@type":"Person","name":"Clara Voss"}},"datePublished":"2025-04-14T09:00:00-04:00","isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}}}</script>
</head>
<body class="template-article section-interview">
<div class="site-banner"><a href="https://www.meridianmag.com/subscribe?src=banner">Subscribe: 12 issues for $12</a></div>
<header class="masthead">
 <a class="masthead-logo" href="https://www.meridianmag.com/"><svg role="img" aria-label="Meridian" width="180" height="36"><title>Meridian</title></svg></a>
 <nav class="masthead-nav" aria-label="Sections"><ul><li><a href="/culture">Culture</a></li><li><a href="/ideas">Ideas</a></li><li><a href="/science">Science</a></li><li><a href="/business">Business</a></li><li class="is-active"><a href="/interview">The Interview</a></li><li><a href="/magazine">The Magazine</a></li></ul></nav>
 <div class="masthead-tools"><a href="/account/login">Sign in</a> <a class="btn-subscribe" href="/subscribe">Subscribe</a></div>
</header>
<main id="main-content">
<article class="article article--qa">
 <header class="article-header">
  <p class="article-rubric"><a href="/interview">The Meridian Interview</a></p>
  <h1 class="article-headline">Elon Musk: &ldquo;Being careful all the time is a kind of lying&rdquo;</h1>
  <p class="article-dek">The world&rsquo;s most talked-about engineer on Mars, work, fatherhood and regret.</p>
  <p class="article-byline">By <a href="/contributors/clara-voss" rel="author">Clara Voss</a> &middot; Photographs by Idris Haddad &middot; <time datetime="2025-04-14">April 14, 2025</time> &middot; From the May 2025 issue</p>
 </header>
 <figure class="article-lead-image"><img src="https://img.meridianmag.com/2025/04/musk-portrait-1600.jpg" alt="Elon Musk photographed at Starbase, Texas" width="1600" height="1067"><figcaption>Elon Musk at Starbase, Texas, in March. <span class="credit">Idris Haddad for Meridian</span></figcaption></figure>
 <div class="article-body" data-module="ArticleBody">
  <p class="has-dropcap">Elon Musk arrives twenty minutes late, apologises twice, and then talks for three hours without once looking at his phone. We met in a windowless conference room at Starbase, on the Texas coast, where the rockets are tall enough to be seen from the highway long before the buildings are. &ldquo;I don&rsquo;t really do vacations,&rdquo; Musk says when I ask about the half-finished beach house down the road, only half joking.</p>
  <p>Over two sessions we talked about Mars, the hours he keeps, his children, and the posts he wishes he hadn&rsquo;t sent. Our questions are in bold; Musk&rsquo;s answers follow each question. This interview has been edited and condensed.</p>
  <div class="paywall">
{qa}
  </div>
  <p class="article-endnote"><em>This article appears in the May 2025 issue of Meridian with the headline &ldquo;The Long Game.&rdquo;</em></p>
 </div>
 <aside class="article-sidebar sidebar-quotes">
  <h2 class="sidebar-title">In his own words</h2>
  <ul>
   <li><strong>Elon Musk:</strong> &ldquo;Being careful all the time is a kind of lying.&rdquo;</li>
   <li><strong>Elon Musk:</strong> &ldquo;A factory is where the real invention happens.&rdquo; <span class="src">(Meridian, 2019)</span></li>
   <li><strong>Musk:</strong> &ldquo;Worry less.&rdquo;</li>
  </ul>
 </aside>
 <footer class="article-footer">
  <div class="share-tools"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.meridianmag.com%2Finterview%2Felon-musk-mars-work-regret" class="share-x">Share on X</a> <a href="mailto:?subject=The%20Meridian%20Interview%3A%20Elon%20Musk" class="share-email">Email</a></div>
  <div class="contributor-bio"><p><strong>Clara Voss</strong> is a contributing writer at Meridian. She last interviewed the chef Alain Ducret for our food issue.</p></div>
  <ul class="article-tags"><li><a href="/tag/spacex">SpaceX</a></li><li><a href="/tag/mars">Mars</a></li><li><a href="/tag/the-meridian-interview">The Meridian Interview</a></li></ul>
 </footer>
</article>
<section class="more-stories" aria-labelledby="more-h"><h2 id="more-h">More from The Meridian Interview</h2><ul>
 <li><a href="/interview/grace-amadi-poetry">Grace Amadi: &ldquo;A poem is a machine for slowing down&rdquo;</a></li>
 <li><a href="/interview/tomas-berg-climate">Tomas Berg doesn&rsquo;t want to be a hero</a></li>
 <li><a href="/interview/ruth-okonkwo-surgeon">The surgeon who operates at 3 a.m.</a></li>
</ul></section>
</main>
<footer class="site-footer"><nav><a href="/about">About</a> <a href="/masthead">Masthead</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a> <a href="/terms">User agreement</a></nav><p>&copy; 2025 Meridian Media Group. All rights reserved.</p></footer>
<script src="https://www.meridianmag.com/static/js/paywall.4a7e1.js" defer></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"contentType":"interview","section":"The Meridian Interview","paywall":"metered"}});</script>
</body>
</html>
"""


def build():
    page = PAGE.format(qa=render_qa())
    return write_page(
        NAME, page, SHOW,
        "Magazine Q&A: questions are bold <p>s starting 'MERIDIAN:', his answers are the unlabelled <p>s that follow (he is named only in the intro); a pull quote <aside> sits inside one answer; no timestamps.",
        gold_turns(TURNS),
        ["MERIDIAN"],
    )
