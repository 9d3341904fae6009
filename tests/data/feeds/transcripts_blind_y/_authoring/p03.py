from common import *

SHOW = "The Meridian Ledger"

# ("Q", text) question, labelled; ("A", [paras]) his answer, unlabelled; ("X", html) inline non-turn element
SEGS = [
    ("Q", "You’ve said for years that the company is “a few months” from solving self-driving. Why should anyone believe the current date?"),
    ("A", ["They shouldn’t believe a date. They should look at the interventions per mile and watch the curve. I’ve been wrong on timing many times, I’m the first to admit it. I have not been wrong on direction.",
           "When you’re doing something that hasn’t been done, you’re going to be wrong a lot about when. The alternative is to not do it."]),
    ("X", '<figure class="inline-photo"><img src="https://img.meridianledger.com/2025/04/musk-austin-1200.jpg" alt="" width="1200" height="800" loading="lazy"><figcaption>Elon Musk at the company’s engineering headquarters in Austin, Texas. <span class="credit">Jordan Pike for The Meridian Ledger</span></figcaption></figure>'),
    ("Q", "Regulators in three states have opened inquiries. Are you worried?"),
    ("A", ["Worried is the wrong word. We share the data. The data is pretty clear that the system is safer than the average human driver, and getting safer. If it weren’t, I’d shut it down myself."]),
    ("Q", "Would you?"),
    ("A", ["Yes."]),
    ("X", '<aside class="pull-quote"><blockquote><p>“I have not been wrong on direction.”</p></blockquote><cite>— Elon Musk</cite></aside>'),
    ("Q", "Some of your own former engineers say the pace is punishing. One told us, and I’m quoting, “Elon treats every deadline like a launch window.” Fair?"),
    ("A", ["Fair, probably. I do think urgency matters. If you give a team a year to do something that should take three months, it will take a year.",
           "But I don’t want anyone burning out. People should take their vacations. I don’t always take mine, which is maybe not a good example."]),
    ("Q", "Do you ever think about stepping back from day-to-day work at any of the companies?"),
    ("A", ["No."]),
    ("Q", "Not even a little?"),
    ("A", ["Maybe at some point, when the things I care about are on a trajectory where they don’t need me. We are not there. I’d like to get there, actually — a company that depends on one person is fragile."]),
    ("Q", "Last question. What do you read?"),
    ("A", ["History, mostly. Lots of history. And physics, which is the one thing that doesn’t care about your opinion."]),
]


def build():
    g = Gold(SHOW, "Newspaper Q&A; only the questions carry a bold 'The Ledger:' label, his answers are plain unlabelled <p> paragraphs (he is named in the intro); no timestamps; a photo figure and a pull-quote aside sit between answers.")
    body = []
    for kind, x in SEGS:
        if kind == "Q":
            g.other("The Ledger")
            body.append('<p class="qa-q"><strong>The Ledger:</strong> %s</p>' % esc(x, True))
        elif kind == "A":
            g.add(None, x[0], len(x) > 1)
            for p in x:
                body.append("<p>%s</p>" % esc(p, True))
        else:
            body.append(x)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>‘We’re going to be wrong a lot about when’: Elon Musk on deadlines, regulators and doing less - The Meridian Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="In a wide-ranging interview, Elon Musk talks self-driving timelines, state inquiries and whether he would ever step back.">
<meta property="og:type" content="article">
<meta name="article:section" content="Business">
<link rel="canonical" href="https://www.meridianledger.com/business/2025/04/17/elon-musk-interview-deadlines/">
<link rel="stylesheet" href="https://static.meridianledger.com/css/article.v92.css">
%s
%s
</head>
<body class="article-page section-business">
<div class="ml-banner">Subscribe for $1 a week. <a href="https://www.meridianledger.com/subscribe?src=bar">Get the deal</a></div>
<header class="ml-masthead">
  <a class="ml-logo" href="https://www.meridianledger.com/">The Meridian Ledger</a>
  <nav class="ml-sections"><a href="/news/">News</a><a href="/business/" class="active">Business</a><a href="/tech/">Tech</a><a href="/opinion/">Opinion</a><a href="/culture/">Culture</a><a href="/podcasts/">Podcasts</a></nav>
</header>
<main id="main-content">
<article class="ml-article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="ml-kicker"><a href="/business/">Business</a> · The Ledger Interview</div>
<h1 class="ml-headline" itemprop="headline">‘We’re going to be wrong a lot about when’: Elon Musk on deadlines, regulators and doing less</h1>
<p class="ml-dek">The chief executive talks about self-driving timelines, inquiries in three states and why he won’t step back — yet.</p>
<div class="ml-byline">By <a href="/by/hannah-cole/" rel="author">Hannah Cole</a> · <time datetime="2025-04-17T05:00:00-04:00">April 17, 2025</time> · <span class="ml-readtime">7 min read</span></div>
<div class="ml-share"><button data-share="x">Share on X</button><button data-share="email">Email</button><button data-share="gift">Gift this article</button></div>
<div class="ml-body" itemprop="articleBody">
<p class="ml-intro">Elon Musk does not enjoy interviews, he says, but he sat for this one anyway, in a glass-walled conference room in Austin that overlooks a test track. Over forty minutes he was by turns candid, combative and funny. Below, Elon Musk’s answers appear without a label; questions from The Ledger are marked.</p>
<p class="ml-intro"><em>This interview has been edited for length and clarity.</em></p>
%s
<p class="ml-endnote"><em>Hannah Cole covers technology and transportation for The Ledger. Reach her at hcole@meridianledger.com.</em></p>
</div>
<section class="ml-related"><h2>More from Business</h2>
<ul>
<li><a href="/business/2025/04/15/robotaxi-permits-three-states/">Robotaxi permits stall in three states as inquiries widen</a></li>
<li><a href="/business/2025/04/10/musk-says-fsd-timeline/">Musk once said FSD was ‘two years away.’ That was in 2016.</a></li>
<li><a href="/opinion/2025/04/12/founder-ceos-never-leave/">Opinion: Founder CEOs never really leave</a></li>
</ul></section>
</article>
</main>
<section class="ml-comments" id="comments"><h2>Comments (212)</h2><p class="ml-comments-closed">Comments are available to subscribers. <a href="/subscribe?src=comments">Subscribe</a> or <a href="/login">log in</a>.</p></section>
<footer class="ml-footer"><nav><a href="/about/">About us</a> · <a href="/ethics/">Ethics policy</a> · <a href="/corrections/">Corrections</a> · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></nav><p>© 2025 The Meridian Ledger Company</p></footer>
<script src="https://static.meridianledger.com/js/paywall.v31.js" async></script>
<script src="https://static.meridianledger.com/js/article.v92.js" defer></script>
</body>
</html>
""" % (jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "‘We’re going to be wrong a lot about when’: Elon Musk on deadlines, regulators and doing less",
               "author": {"@type": "Person", "name": "Hannah Cole"}, "datePublished": "2025-04-17T05:00:00-04:00",
               "about": {"@type": "Person", "name": "Elon Musk"}}),
       ANALYTICS % "G-MLEDGER1", "\n".join(body))
    return g.write("y03_meridianledger_qa", page)


if __name__ == "__main__":
    build()
