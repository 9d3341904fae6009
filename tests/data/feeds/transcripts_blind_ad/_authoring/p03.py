"""ad03: newspaper Q&A. First two exchanges labelled 'Herald:' / 'Musk:', then questions are
bold paragraphs and his answers are unlabelled plain paragraphs (intro says so). No times."""
from common import *

NAME = "ad03_meridianherald_qa"
SHOW = "The Meridian Herald"

Q = "Q"
# each Q turn: question text (rendered bold); "lab": label shown
T = [
    {"s": Q, "lab": True, "p": ["You&rsquo;ve argued that electricity demand will roughly triple. Where does that number come from?"]},
    {"s": E, "lab": True, "p": ["It&rsquo;s not a precise number, it&rsquo;s an order-of-magnitude argument. If you move transport to electric and move heating to heat pumps, and then add data centers for AI, you end up with something like two to three times the electricity we use today.",
                                "The grid is the largest machine humanity ever built, and most people never think about it until the lights go out."]},
    {"s": Q, "lab": True, "p": ["Utilities say they can&rsquo;t build transmission lines that fast."]},
    {"s": E, "lab": True, "p": ["They&rsquo;re right, which is why storage matters so much. Most power plants sit idle a large fraction of the time because they&rsquo;re sized for the peak. If you put batteries next to them, you get a lot more energy out of the same lines without building new ones."]},
    {"s": Q, "p": ["In 2016 you told an audience in Oslo, &ldquo;The path to sustainable energy runs through the factory, not the lab.&rdquo; Is that still true?"]},
    {"s": E, "p": ["Mostly, yes. The chemistry has improved, but the big gains came from manufacturing. Making the cell bigger, making the line faster, taking steps out of the process.",
                   "My brother Kimbal once said to me, &lsquo;You always think the hard part is the physics, and it&rsquo;s always the logistics.&rsquo; He was right, annoyingly."]},
    {"s": Q, "p": ["Where does lithium supply stand?"]},
    {"s": E, "p": ["Lithium is not actually rare. It&rsquo;s in a lot of places. The bottleneck is refining, and refining is a boring industrial process that nobody wanted to invest in for a long time. So we are doing some of it ourselves.",
                   "I&rsquo;d encourage anyone who wants to make money to go into lithium refining. It&rsquo;s like a license to print money, and I mean that as an invitation, not a complaint."]},
    {"s": Q, "p": ["Critics say your companies are stretched too thin and that you personally are stretched thinner."]},
    {"s": E, "p": ["That&rsquo;s fair. I work too much. I wouldn&rsquo;t recommend my schedule to anyone."]},
    {"s": Q, "p": ["Would you recommend it to your children?"]},
    {"s": E, "p": ["No."]},
    {"s": Q, "p": ["What would you tell a city that wants to be ready for all of this?"]},
    {"s": E, "p": ["Permit faster. Seriously, the single biggest thing a city can do is approve things in weeks instead of years. The technology is mostly here. The paperwork isn&rsquo;t.",
                   "And put solar on every warehouse roof. Warehouses have enormous flat roofs and nobody looks at them."]},
    {"s": Q, "p": ["Last question. What are you wrong about?"]},
    {"s": E, "p": ["Timelines, historically. I&rsquo;m usually right about what will happen and wrong about when. I&rsquo;ve made peace with that, though I&rsquo;m not sure the people waiting for things have."]},
]


def render():
    out = []
    n_e = 0
    for i, tr in enumerate(T):
        if tr["s"] == Q:
            if tr.get("lab"):
                out.append(f'<p class="qa-q"><strong>Herald: {tr["p"][0]}</strong></p>')
            else:
                out.append(f'<p class="qa-q"><strong>{tr["p"][0]}</strong></p>')
        else:
            n_e += 1
            for j, p in enumerate(tr["p"]):
                if j == 0 and tr.get("lab"):
                    out.append(f'<p><strong>Musk:</strong> {p}</p>')
                else:
                    out.append(f"<p>{p}</p>")
                # a pull quote dropped between two paragraphs of the first answer
                if n_e == 1 and j == 0:
                    out.append('<aside class="pull-quote" role="note"><blockquote><p>&ldquo;The grid is the largest machine humanity ever built.&rdquo;</p><cite>&mdash; Elon Musk</cite></blockquote></aside>')
            if n_e == 3:
                out.append('<div class="ad-slot ad-slot--inarticle" data-ad-unit="/2219/herald/business/inarticle_1"><span class="ad-label">Advertisement</span></div>')
                out.append('<p class="related-inline"><strong>Read more:</strong> <a href="https://meridianherald.com/business/2025/01/14/musk-batteries-bottleneck/">Musk: &lsquo;Batteries, not cars, are the bottleneck&rsquo;</a></p>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk on the grid, lithium and his own schedule: &lsquo;I work too much&rsquo; - The Meridian Herald</title>
<meta name="description" content="In a wide-ranging interview, Elon Musk talks about electricity demand, batteries and why cities should permit faster.">
<meta property="og:type" content="article">
<meta property="article:section" content="Business">
<meta name="parsely-title" content="Elon Musk on the grid, lithium and his own schedule">
<link rel="stylesheet" href="https://www.meridianherald.com/pf/resources/styles/herald-article.css?d=812">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk on the grid, lithium and his own schedule: 'I work too much'","author":{{"@type":"Person","name":"Tomasz Ekwueme"}},"datePublished":"2025-02-09T05:00:00Z","articleSection":"Business"}}</script>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="meridianherald";Fusion.globalContent={{"_id":"6QX2ZK","type":"story","headlines":{{"basic":"Musk: I work too much"}}}};</script>
</head>
<body class="article-page section-business">
<div id="fusion-app">
<div class="masthead"><a class="masthead__logo" href="https://www.meridianherald.com/">The Meridian Herald</a>
<div class="masthead__date">Sunday, February 9, 2025</div>
<a class="masthead__subscribe" href="https://www.meridianherald.com/subscribe/?itid=hdr">Subscribe &mdash; $1 for 6 months</a></div>
<nav class="site-nav" aria-label="Sections"><ul>
<li><a href="https://www.meridianherald.com/news/">News</a></li><li><a href="https://www.meridianherald.com/politics/">Politics</a></li>
<li class="active"><a href="https://www.meridianherald.com/business/">Business</a></li><li><a href="https://www.meridianherald.com/technology/">Technology</a></li>
<li><a href="https://www.meridianherald.com/opinion/">Opinion</a></li><li><a href="https://www.meridianherald.com/sports/">Sports</a></li><li><a href="https://www.meridianherald.com/arts/">Arts</a></li></ul></nav>
<main class="article">
<div class="article__kicker"><a href="https://www.meridianherald.com/business/energy/">Energy</a> &middot; The Sunday Interview</div>
<h1 class="article__headline">Elon Musk on the grid, lithium and his own schedule: &lsquo;I work too much&rsquo;</h1>
<p class="article__dek">The chief executive of Tesla and SpaceX says cities, not chemists, are now the bottleneck for clean energy.</p>
<div class="article__byline">By <a href="https://www.meridianherald.com/people/tomasz-ekwueme/">Tomasz Ekwueme</a>, Business reporter &middot; <time datetime="2025-02-09T05:00:00Z">Feb. 9, 2025 at 12:00 a.m. EST</time></div>
<figure class="article__lead-art"><img src="https://www.meridianherald.com/resizer/musk-interview-2025.jpg" alt="Elon Musk, photographed during a video interview" width="1200" height="800"><figcaption>Elon Musk speaks during a video interview with the Herald. (Meridian Herald illustration)</figcaption></figure>
<aside class="key-takeaways"><h2>Key takeaways</h2><ul>
<li>Musk: electricity use could roughly triple as transport and heating go electric.</li>
<li>Lithium refining, not mining, is the real bottleneck, he says.</li>
<li>His advice to cities: permit faster and put solar on warehouse roofs.</li></ul></aside>
<div class="article__body">
<p>Elon Musk has spent two decades arguing that the world is about to run on electricity. In a video interview from Texas last week, he said the hardest part is no longer the technology but everything around it: permits, refineries and the grid itself.</p>
<p>This conversation has been edited for length and clarity. The Herald&rsquo;s questions are in bold; answers are Mr. Musk&rsquo;s.</p>
{render()}
<p class="article__tagline"><em>Tomasz Ekwueme covers energy and industry for the Herald. Contact him at <a href="mailto:tips@meridianherald.com">tips@meridianherald.com</a>.</em></p>
</div>
<div class="article__share"><button data-share="x">Share on X</button> <button data-share="fb">Share on Facebook</button> <button data-share="email">Email</button> <button data-share="gift">Gift this article</button></div>
<section class="comments-closed"><h2>Comments</h2><p>Comments are closed on this article.</p></section>
</main>
<aside class="most-read"><h2>Most read in Business</h2><ol>
<li><a href="https://www.meridianherald.com/business/2025/02/08/port-strike-talks/">Port strike talks resume after weekend breakdown</a></li>
<li><a href="https://www.meridianherald.com/business/2025/02/07/musk-spacex-valuation/">Musk: SpaceX tender offer &lsquo;not about the money&rsquo;</a></li>
<li><a href="https://www.meridianherald.com/business/2025/02/06/transformer-shortage/">Why a shortage of transformers is slowing the grid</a></li></ol></aside>
<footer class="site-footer"><p>&copy; 1891&ndash;2025 The Meridian Herald Company</p><ul><li><a href="https://www.meridianherald.com/about/">About us</a></li><li><a href="https://www.meridianherald.com/privacy/">Privacy policy</a></li><li><a href="https://www.meridianherald.com/terms/">Terms of service</a></li><li><a href="https://www.meridianherald.com/corrections/">Corrections</a></li></ul></footer>
</div>
<script src="https://www.meridianherald.com/pf/dist/engine/react.js?d=812" defer></script>
<script>(function(){{var s=document.createElement('script');s.src='https://cdn.parsely.example/keys/meridianherald.com/p.js';document.head.appendChild(s);}})();</script>
</body>
</html>
"""
    fmt = ("Newspaper Q&A with no times: the first two exchanges carry bold 'Herald:' and 'Musk:' labels; after that each "
           "question is a bold paragraph and his answer is the unlabelled plain paragraphs that follow (the intro says the "
           "answers are Mr. Musk's); a pull quote, an ad slot and a 'Read more: Musk: ...' link interrupt the body.")
    exp = expected(fmt, SHOW, gold(T), ["Herald"])
    write(NAME, html, exp)
    return NAME, exp
