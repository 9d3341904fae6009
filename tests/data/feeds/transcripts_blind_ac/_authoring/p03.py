"""ac03: newspaper Q&A; bold labelled questions, his answers unlabelled plain paragraphs (named in intro)."""
from common import gold_from, gold

NAME = "ac03_meridianledger"
SHOW = "The Meridian Ledger"

T = [
    ("Q", None, ["You&rsquo;ve said the next decade matters more than the last two. Why?"]),
    ("E", None, ["Because the things we started fifteen years ago are finally reaching the scale where they change how people live. Before, it was prototypes and small numbers. Now it&rsquo;s millions of cars and thousands of satellites, so the consequences of getting it right, or wrong, are much larger.",
                 "It&rsquo;s a bit like compounding. Nothing much seems to happen for a long time and then everything happens at once."]),
    ("Q", None, ["Does that scale make you more cautious?"]),
    ("E", None, ["In some ways. On safety, yes, absolutely. On ambition, no. If you lower the ambition you don&rsquo;t actually get more safety, you just get less progress."]),
    ("Q", None, ["Your critics say you overpromise on timelines."]),
    ("E", None, ["They&rsquo;re right. I do. I&rsquo;d rather set a goal that&rsquo;s too aggressive and be late than set a goal that&rsquo;s comfortable and hit it. A comfortable goal is a kind of lie you tell yourself.",
                 "My brother likes to say that I&rsquo;m an optimist with a very large calendar. That&rsquo;s fair."]),
    ("Q", None, ["Do you ever think about legacy?"]),
    ("E", None, ["No."]),
    ("Q", None, ["Really? Never?"]),
    ("E", None, ["Not in the sense of statues or whatever. I think about whether the things work. If the rockets fly and the cars are good, that&rsquo;s the legacy. Everything else is commentary."]),
    ("Q", None, ["What would you tell a twenty-year-old engineer who wants to work on hard problems?"]),
    ("E", None, ["Go where the hardest problem is and sit as close to it as you can. Physically close. If the problem is on the factory floor, your desk should be on the factory floor.",
                 "And be skeptical of your own ideas before anyone else gets the chance to be."]),
    ("Q", None, ["Last one. What are you reading?"]),
    ("E", None, ["Mostly history at the moment. A lot about the Roman Republic, which is probably a sign of something."]),
]


def render():
    out = []
    for i, (spk, t, paras) in enumerate(T):
        if spk == "Q":
            out.append('<p class="qa-q"><strong>The Ledger: %s</strong></p>' % paras[0])
        else:
            for p in paras:
                out.append('<p class="qa-a">%s</p>' % p)
            if i == 5:
                out.append('<aside class="pullquote" role="note"><blockquote><p>&ldquo;A comfortable goal is a kind of lie you tell yourself.&rdquo;</p></blockquote><p class="pullquote-attr">&mdash; Elon Musk</p></aside>')
    return "\n".join(out)


def build():
    turns = gold_from(T)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk: &lsquo;A Comfortable Goal Is a Kind of Lie&rsquo; - The Meridian Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Corinne Blaylock">
<meta property="article:section" content="Business">
<link rel="canonical" href="https://www.meridianledger.com/business/2025/05/02/elon-musk-interview-comfortable-goal/">
<link rel="stylesheet" href="/assets/css/article.3b9e.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"business","paywall":"metered","contentType":"interview"}});</script>
</head>
<body class="article-page section-business">
<div class="banner-ad" aria-hidden="true"><div id="ad-top" class="ad-slot" data-size="970x90"></div></div>
<header class="masthead">
  <a class="masthead-logo" href="/">The Meridian Ledger</a>
  <nav class="section-nav"><a href="/news/">News</a><a href="/business/" class="active">Business</a><a href="/tech/">Technology</a><a href="/opinion/">Opinion</a><a href="/arts/">Arts</a><a href="/subscribe/" class="cta">Subscribe</a></nav>
</header>
<main class="article-main">
<article class="story story--qa">
<p class="kicker">The Sunday Conversation</p>
<h1 class="headline">Elon Musk: &lsquo;A Comfortable Goal Is a Kind of Lie&rsquo;</h1>
<p class="dek">The chief executive of Tesla and SpaceX on timelines, caution and what he is reading.</p>
<p class="byline">By <a href="/by/corinne-blaylock">Corinne Blaylock</a> &middot; <time datetime="2025-05-02T07:00:00-04:00">May 2, 2025</time></p>
<figure class="lead-image"><img src="/img/2025/05/musk-hawthorne-1200.jpg" alt="Elon Musk at a company event in Hawthorne, Calif." width="1200" height="800"><figcaption>Elon Musk at a company event in Hawthorne, Calif., last month. <span class="credit">Ledger file photo</span></figcaption></figure>
<div class="story-body">
<p>Few executives are asked about their deadlines as often as Elon Musk, and fewer still cheerfully concede the point. &ldquo;I&rsquo;m late on almost everything,&rdquo; he said at a shareholder meeting last year, to laughter. &ldquo;But I get there.&rdquo;</p>
<p>When The Ledger reached him by phone on Tuesday, he was between meetings at a factory in Texas and sounded, by his standards, relaxed. He talked about scale, risk and why he still does not think about legacy.</p>
<p><em>This interview has been edited and condensed for clarity. The Ledger&rsquo;s questions are in bold; the answers are Mr. Musk&rsquo;s.</em></p>
{qa}
<p class="tagline"><em>Corinne Blaylock covers technology companies for The Ledger. A longer version of this conversation appears in the Sunday print edition.</em></p>
</div>
</article>
<aside class="related">
  <h2>More from The Sunday Conversation</h2>
  <ul>
    <li><a href="/business/2025/04/25/airline-ceo-interview/">An Airline Chief on Why Legroom Isn&rsquo;t Coming Back</a></li>
    <li><a href="/tech/2025/04/18/chip-designer-interview/">A Chip Designer Who Thinks Moore&rsquo;s Law Is a Mood</a></li>
    <li><a href="/arts/2025/04/11/novelist-interview/">A Novelist on Writing About Engineers</a></li>
  </ul>
</aside>
<section class="newsletter-promo"><h2>Get The Ledger&rsquo;s Business Briefing</h2><p>Weekday mornings, in your inbox.</p><form action="/newsletters/signup" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></section>
</main>
<footer class="site-footer"><nav><a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/corrections/">Corrections</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a></nav><p>&copy; 2025 The Meridian Ledger Company</p></footer>
<script src="/assets/js/paywall-meter.71a2.js" async></script>
<script src="/assets/js/article.3b9e.js" defer></script>
</body>
</html>
""".format(qa=render())
    g = gold("Newspaper Q&A: each question is a bold paragraph labelled 'The Ledger:'; his answers are unlabelled plain paragraphs (identified in the intro), no timestamps.",
             SHOW, turns, ["The Ledger"])
    return NAME, page, g
