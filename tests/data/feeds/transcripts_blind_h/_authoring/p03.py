from common import *

NAME = "h03_meridian_review_qa"
Q = "Meridian"
T = [
    ("Q", None, ["You've spent the better part of two decades saying the car company is really an energy company. Is it finally true?"]),
    (ELON, None, ["It's getting there. The storage business is growing faster than the car business, in percentage terms, and I think that continues for a while.",
                  "People see the cars because cars are visible. Nobody takes a selfie with a battery pack sitting behind a substation."]),
    ("Q", None, ["What's the constraint now: cells, factories, or the grid?"]),
    (ELON, None, ["The grid, for sure. Interconnection queues are absurd. You can build a storage site in a few months and then wait three years to plug it in. That's not a physics problem, it's a paperwork problem."]),
    ("Q", None, ["Some utilities would say it's a safety problem."]),
    (ELON, None, ["Some of it is, and we take that seriously. But most of the delay is just process that nobody has looked at since the nineteen seventies."]),
    ("Q", None, ["Let's talk about the humanoid robot. Critics call it a distraction."]),
    (ELON, None, ["Critics called the Model 3 a distraction. I think the robot will ultimately be bigger than the car business. Maybe much bigger.",
                  "The thing people miss is that it's mostly an AI problem with a hardware problem attached, and we happen to have spent a decade on both."]),
    ("Q", None, ["Bigger than cars? That's a big claim."]),
    (ELON, None, ["It is."]),
    ("Q", None, ["Last one. Do you ever think about slowing down?"]),
    (ELON, None, ["Every day, and then I don't. I'd like to, in theory. Maybe in a few years."]),
]


def block(spk, t, paras):
    if spk == "Q":
        return f'<p class="q"><strong>{Q}: {E(paras[0])}</strong></p>'
    return "\n".join(f"<p>{E(p)}</p>" for p in paras)


def build():
    blocks = [block(*t) for t in T]
    pull = ('<aside class="pullquote" aria-hidden="true"><blockquote>&ldquo;Nobody takes a selfie with a battery pack sitting behind a substation.&rdquo;</blockquote>'
            '<cite>&mdash; Elon Musk</cite></aside>')
    blocks.insert(4, pull)
    note = ('<p class="ed-note"><em>In a follow-up email after the interview, Musk wrote: &ldquo;To be clear, the robot timeline depends on the actuator supply chain, which is not yet where it needs to be.&rdquo;</em></p>')
    blocks.insert(len(blocks) - 4, note)
    body = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk: &ldquo;It&rsquo;s not a physics problem, it&rsquo;s a paperwork problem&rdquo; | The Meridian Review</title>
<meta name="description" content="In a wide-ranging conversation, Elon Musk talks grid storage, interconnection queues and why he thinks robots will outgrow cars.">
<meta name="author" content="Hollis Verhoeven">
<link rel="canonical" href="https://meridianreview.com/business/2025/04/elon-musk-interview-energy-robots">
<link rel="stylesheet" href="/static/css/article.min.css?v=2291">
<script async src="https://securepubads.example-adtech.com/tag/js/gpt.js"></script>
</head>
<body class="article-page section-business">
<div class="paywall-banner" hidden>You have 2 free articles left this month. <a href="/subscribe">Subscribe</a></div>
<header class="masthead">
 <div class="masthead-top"><a href="/" class="logo">The Meridian Review</a><span class="date-line">Tuesday, April 15, 2025</span></div>
 <nav class="sections"><a href="/politics">Politics</a> <a href="/business" class="active">Business</a> <a href="/technology">Technology</a> <a href="/culture">Culture</a> <a href="/books">Books</a> <a href="/podcasts">Podcasts</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<main class="article-wrap">
<article class="article">
 <div class="kicker"><a href="/business/the-interview">The Interview</a></div>
 <h1 class="headline">Elon Musk: &ldquo;It&rsquo;s not a physics problem, it&rsquo;s a paperwork problem&rdquo;</h1>
 <p class="dek">The Tesla chief on grid bottlenecks, humanoid robots and the idea of slowing down.</p>
 <div class="byline">By <a href="/by/hollis-verhoeven">Hollis Verhoeven</a> &middot; <time datetime="2025-04-15T06:00:00Z">April 15, 2025</time> &middot; 7 min read</div>
 <figure class="lead-image"><img src="/img/2025/04/musk-austin-1600.jpg" alt="Elon Musk at the Gigafactory in Austin" width="1600" height="900"><figcaption>Elon Musk at the company&rsquo;s Austin factory in March. <span class="credit">Photo: Dariusz Knell for The Meridian Review</span></figcaption></figure>
 <div class="article-body">
 <p>When we met Elon Musk in a conference room overlooking the Austin assembly line, he had just come from a meeting about transformer lead times &mdash; the electrical kind, not the software. That set the tone for a conversation that kept returning to the least glamorous parts of his businesses.</p>
 <p>His answers below follow our questions. The interview has been edited for length and clarity.</p>
 <div class="ad-slot" id="div-gpt-ad-inarticle-1" data-ad-unit="/2291/meridian/business/inarticle"></div>
{body}
 <p class="tagline"><em>Hollis Verhoeven is a senior business writer at The Meridian Review. This interview appears in the May print issue.</em></p>
 </div>
 <section class="related"><h2>More from The Interview</h2><ul>
  <li><a href="/business/2025/03/interview-grid-operator">The grid operator who wants to be boring</a></li>
  <li><a href="/business/2025/02/interview-battery-chemist">A battery chemist on what comes after lithium</a></li>
  <li><a href="/technology/2025/01/interview-robotics-founder">&ldquo;Hands are the hardest part&rdquo;: a robotics founder speaks</a></li>
 </ul></section>
 <section class="letters-teaser"><h2>Letters</h2><p>Have a response to this interview? Write to <a href="mailto:letters@meridianreview.com">letters@meridianreview.com</a>. Letters may be edited.</p></section>
</article>
<aside class="rail"><div class="most-read"><h2>Most read</h2><ol>
 <li><a href="#">The quiet collapse of the mid-size sedan</a></li><li><a href="#">Why your power bill is going up</a></li><li><a href="#">Elon Musk: &ldquo;It&rsquo;s not a physics problem&rdquo;</a></li>
</ol></div></aside>
</main>
<footer class="site-footer"><p>&copy; 2025 The Meridian Review Company. All rights reserved.</p><p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/corrections">Corrections</a></p></footer>
<script>window.__ARTICLE__={{"id":"mr-2025-04-1187","section":"business","words":1480,"paywall":"metered"}};</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Magazine Q&A; questions in bold prefixed with the outlet label 'Meridian:', his answers are unlabelled paragraphs (named only in the intro), no times.",
                 "The Meridian Review", T, ["Meridian"])


if __name__ == "__main__":
    build()
