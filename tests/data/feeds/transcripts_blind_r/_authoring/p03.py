"""r03 - newspaper Q&A: questions labelled 'The Ledger:', his answers unlabelled (named in the intro),
one answer labelled 'Musk:' after an aide interjects; pull quotes between answers."""
from common import turn, check_no_adjacent

SLUG = "r03_harbor_ledger_qa"
SHOW = "The Harbor Ledger"

# spk Q = newspaper question, A = aide, E = his answer; label printed (None = unlabelled)
T = [
    ("Q", "The Ledger", ["You have spent much of this year talking about humanoid robots rather than cars. Why the shift in emphasis?"]),
    ("E", None, ["It&rsquo;s not really a shift. The car business is still the core of the company and it will be for a while. But if you ask what the biggest product of all time could be, a general-purpose robot is a pretty good candidate.",
                 "Think about how much of the economy is physical work that people would rather not do. Even a small fraction of that is enormous."]),
    ("Q", "The Ledger", ["You told an audience in Austin last spring that &ldquo;robots will outnumber cars within twenty years.&rdquo; Do you stand by that?"]),
    ("E", None, ["I&rsquo;d stand by the direction, not necessarily the exact number. Predictions with a specific year attached tend to age badly. I&rsquo;ve learned that the hard way, as your colleagues like to remind me."]),
    ("Q", "The Ledger", ["Critics say the demonstrations so far have been carefully staged."]),
    ("E", None, ["Some of them were teleoperated, and we said so. That&rsquo;s a normal step. You teleoperate to collect data and to understand the task, and then you train the system to do it alone. The interesting metric is how much of the time it&rsquo;s doing the task without help, and that number is going up."]),
    ("Q", "The Ledger", ["Do you worry about what happens to jobs?"]),
    ("E", None, ["Of course. Anyone who says they don&rsquo;t think about it isn&rsquo;t being serious. I think in the long run we end up in a world of abundance, where goods and services are very cheap. The transition is the hard part, and that&rsquo;s something governments and companies are going to have to think about carefully.",
                 "I don&rsquo;t have a neat answer for it. I don&rsquo;t think anybody does yet."]),
    ("A", "Wendell Ames", ["Sorry to jump in &mdash; we have about five minutes left."]),
    ("E", "Musk", ["We can do a couple more. Go ahead."]),
    ("Q", "The Ledger", ["You still answer a lot of your own email, we&rsquo;re told. Is that true?"]),
    ("E", None, ["Mostly, yes. Not all of it, obviously. But if you let too many layers build up between you and the information, you start making decisions on a summary of a summary. That&rsquo;s how companies get slow."]),
    ("Q", "The Ledger", ["Last question. What is the thing you most want people to understand about your companies that they don&rsquo;t?"]),
    ("E", None, ["That they&rsquo;re mostly engineering companies. People see the headlines and the arguments online, but day to day it&rsquo;s thousands of engineers solving very specific problems. That&rsquo;s the real story, and it&rsquo;s kind of boring to write about, which is why nobody does."]),
]
check_no_adjacent(T)

PULL = {  # inserted after the answer with this index in T
    3: "&ldquo;Predictions with a specific year attached tend to age badly.&rdquo;",
    7: "&ldquo;Of course. Anyone who says they don&rsquo;t think about it isn&rsquo;t being serious.&rdquo;",
}


def transcript():
    out = []
    for i, (spk, label, paras) in enumerate(T):
        if spk == "Q":
            out.append(f'<p class="css-at9mc1 evys1bk0"><strong>{label}:</strong> <strong>{paras[0]}</strong></p>')
        elif label:
            out.append(f'<p class="css-at9mc1 evys1bk0"><strong>{label}:</strong> {paras[0]}</p>')
        else:
            out.append(f'<p class="css-at9mc1 evys1bk0">{paras[0]}</p>')
        for p in paras[1:]:
            out.append(f'<p class="css-at9mc1 evys1bk0">{p}</p>')
        if i in PULL:
            out.append(f'<aside class="pull-quote" role="complementary"><blockquote><p>{PULL[i]}</p></blockquote><p class="pq-credit">&mdash; Elon Musk</p></aside>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8">
<title>Elon Musk on Robots, Jobs and Answering His Own Email - The Harbor Ledger</title>
<meta name="description" content="In an interview, the chief executive of Tesla and SpaceX talked about humanoid robots, staged demos and the future of work.">
<meta property="og:type" content="article">
<meta name="byl" content="By Theodora Quist">
<link rel="canonical" href="https://www.harborledger.com/2024/09/22/business/elon-musk-interview-robots.html">
<link rel="stylesheet" href="https://static.harborledger.com/assets/article-7c2e1b.css">
<script>window.__HL_ENV__ = {{"section":"business","paywall":"metered","freeLeft":3}};</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk on Robots, Jobs and Answering His Own Email","author":[{{"@type":"Person","name":"Theodora Quist"}}],"datePublished":"2024-09-22T05:00:10.000Z"}}</script>
</head>
<body>
<div id="app"><div class="css-1r7ky0e">
<header class="css-ahe4g0 e1m0pzr40" id="masthead">
  <div class="masthead-top"><a class="brand" href="https://www.harborledger.com/">The Harbor Ledger</a>
  <span class="edition">Sunday, September 22, 2024</span> <a class="subscribe-btn" href="https://www.harborledger.com/subscription">Subscribe for $1/week</a> <a href="https://myaccount.harborledger.com/auth/login">Log in</a></div>
  <nav class="css-1vxca1d" aria-label="Main"><ul>
    <li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li>
    <li><a href="/section/business" aria-current="page">Business</a></li><li><a href="/section/technology">Tech</a></li><li><a href="/section/opinion">Opinion</a></li>
    <li><a href="/section/arts">Arts</a></li><li><a href="/section/food">Food</a></li></ul></nav>
</header>
<main id="site-content"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-d92687 e1e7j8ap0">
  <p class="kicker"><a href="/section/business">Business</a> &middot; <span>The Ledger Interview</span></p>
  <h1 data-testid="headline" class="css-1y0wk7o e1h9rw200">Elon Musk on Robots, Jobs and Answering His Own Email</h1>
  <p id="article-summary" class="css-w6ymp8 e1wiw3jv0">The chief executive of Tesla and SpaceX says staged demos are &ldquo;a normal step&rdquo; and that nobody has a neat answer yet for what automation does to work.</p>
  <div class="byline-block"><p class="css-aknsld e1jsehar1">By <span class="last-byline">Theodora Quist</span></p><time datetime="2024-09-22T01:00:10-04:00" class="css-1sbuyqj">Sept. 22, 2024</time> <span class="updated">Updated 9:14 a.m. ET</span></div>
  <div class="share-tools"><button>Share full article</button> <button>Save</button> <span class="comment-count">218 comments</span></div>
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">Few executives are as talked about, or as talkative, as Elon Musk. He runs the electric carmaker Tesla and the rocket company SpaceX, and lately he has been devoting a growing share of his public remarks to a product that barely exists yet: a humanoid robot.</p>
<p class="css-at9mc1 evys1bk0">The Harbor Ledger spoke with Mr. Musk by video for about 30 minutes last week. His answers follow the questions below. The conversation has been edited and condensed for clarity.</p></div>
<div class="css-53u6y8">
{transcript()}
</div>
<div class="css-53u6y8"><p class="css-at9mc1 evys1bk0"><em>Theodora Quist covers technology companies and the people who run them for The Harbor Ledger. She is based in San Francisco.</em></p>
<p class="css-at9mc1 evys1bk0 correction"><em>Correction: An earlier version of this article misstated the month of Mr. Musk&rsquo;s remarks in Austin. It was April, not March.</em></p></div>
</section>
<aside class="related css-1kj0nf4" aria-label="Related coverage"><h2>Related Coverage</h2><ul>
<li><a href="/2024/06/13/business/tesla-shareholder-vote.html">Tesla Shareholders Vote on Pay Package After a Long Campaign</a></li>
<li><a href="/2024/04/19/technology/humanoid-robots-race.html">The Race to Build a Robot That Can Fold Laundry</a></li>
<li><a href="/2024/08/30/business/spacex-launch-cadence.html">SpaceX Is Launching More Often Than Ever. Here&rsquo;s What That Means.</a></li></ul></aside>
</article>
<section id="comments-teaser" class="css-comments"><h2>218 Comments</h2><p><a href="?comments#commentsContainer">Read comments</a> &middot; Comments are closed for this article.</p>
<div class="top-comment"><p class="commenter">Harold P. &middot; Portland</p><p>&ldquo;Predictions with a specific year attached tend to age badly.&rdquo; Finally, something we agree on.</p></div></section>
</main>
<footer class="css-1bnxwmn" role="contentinfo"><nav><ul><li><a href="/section/business">Business</a></li><li><a href="/help">Help</a></li><li><a href="/subscription">Subscriptions</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Service</a></li></ul></nav>
<p>&copy; 2024 The Harbor Ledger Company</p></footer>
</div></div>
<script src="https://static.harborledger.com/assets/main-3b1d0a.js" async></script>
<script>window.__HL_METER__ && window.__HL_METER__.count();</script>
</body>
</html>
"""
    turns = [turn(None, paras[0]) for spk, label, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["The Ledger", "Wendell Ames"],
                format="Newspaper Q&A; bold questions labelled 'The Ledger:', his answers mostly unlabelled paragraphs (he is named in the intro), one answer labelled 'Musk:' after an aide 'Wendell Ames:' interjects; no timestamps.")
