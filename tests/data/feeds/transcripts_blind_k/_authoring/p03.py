"""k03 - newspaper Q&A; questions in bold with 'The Ledger:' label, answers plain, only some labelled 'Musk:'."""
from common import *

NAME = "k03_ledger_newspaper_qa"
SHOW = "The Meridian Ledger"

# spk Q = question (bold, labelled), E = answer; lab=True -> answer opens with "Musk:" label
TURNS = [
    T("Q", None, "You’ve said for years that the grid will need far more storage than people expect. How much more?"),
    T("E", None, "A lot more. If you want a grid that runs mostly on solar and wind, you need storage that can cover the evening peak and the occasional bad week, and the honest answer is that the total is measured in terawatt-hours, not gigawatt-hours.",
      "The good news is that the cost curve keeps bending. Every time cumulative production doubles, the price falls by a fairly predictable amount. So the question isn’t really whether, it’s how fast.", lab=True),
    T("Q", None, "Utilities say the bottleneck isn’t batteries any more, it’s permits and transmission lines. Do they have a point?"),
    T("E", None, "They do. The interconnection queue in some regions is several years long, which is crazy. You can build a battery site in a few months and then wait three years for permission to plug it in.",
      "I’d like to see a shot clock on approvals. If nobody objects within a set number of days, it’s approved. Right now silence means no, and it should mean yes."),
    T("Q", None, "Your brother Kimbal once told this paper that you “argue with physics, not with people.” Is that fair?"),
    T("E", None, "That’s generous of him. I argue with people plenty. But I do try to start with what physics allows and then ask why we’re so far from it. Usually the gap is mostly convention."),
    T("Q", None, "The new cell line in Nevada is late. What went wrong?"),
    T("E", None, "The dry electrode process was harder to scale than we thought. At small scale it works beautifully. At high speed, the film tears, and when it tears you lose the whole roll.",
      "We’ve fixed most of that now. I think we’re through the worst of it, but I’ve been wrong about timelines before, as everyone likes to remind me.", lab=True),
    T("Q", None, "Two more years?"),
    T("E", None, "Maybe less."),
    T("Q", None, "You famously answer email in the middle of the night. Do you ever switch off?"),
    T("E", None, "Not really, to be honest. I’ll play a video game for an hour sometimes. But my mind tends to drift back to whatever the hardest problem is that week."),
    T("Q", None, "Last question. What should a twenty-year-old who wants to work on energy study?"),
    T("E", None, "Physics and engineering, and then get your hands dirty as early as possible. Build something small that actually works. That teaches you more than any class."),
]


def render():
    out = []
    for i, t in enumerate(TURNS):
        if t["spk"] == "Q":
            if i == 8:
                out.append('<aside class="pull-quote" aria-hidden="true"><blockquote>“You can build a battery site in a few months and then wait three years for permission to plug it in.”</blockquote><p class="pq-credit">— Elon Musk</p></aside>')
                out.append('<div class="ad-slot ad-slot--inline" data-ad-unit="/2213/ledger/business/inarticle_2"><span class="ad-label">Advertisement</span></div>')
            out.append('<p class="qa-q"><strong>The Ledger: %s</strong></p>' % esc(t["paras"][0]))
            continue
        for j, p in enumerate(t["paras"]):
            if j == 0 and t.get("lab"):
                out.append('<p class="qa-a"><strong>Musk:</strong> %s</p>' % esc(p))
            else:
                out.append('<p class="qa-a">%s</p>' % esc(p))
    return "\n        ".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk on batteries, permits and the 2 a.m. inbox - The Meridian Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="In a wide-ranging interview, the Tesla and SpaceX chief talks grid storage, transmission permits and a delayed cell line.">
<meta property="og:type" content="article">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2024-06-02T05:00:00-04:00">
<link rel="canonical" href="https://www.meridianledger.com/business/2024/06/02/elon-musk-interview-batteries-permits/">
<link rel="stylesheet" href="https://static.meridianledger.com/assets/article.7f3a91.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk on batteries, permits and the 2 a.m. inbox","author":[{"@type":"Person","name":"Hana Okafor"}],"publisher":{"@type":"Organization","name":"The Meridian Ledger"},"datePublished":"2024-06-02T05:00:00-04:00","articleSection":"Business"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"business","contentType":"interview","paywall":"metered","wordCount":1180});</script>
</head>
<body class="article-page section-business">
<a class="skip" href="#main">Skip to main content</a>
<div class="top-banner"><a href="https://subscribe.meridianledger.com/?src=banner">Subscribe: $1 a week for your first year</a></div>
<header class="masthead">
  <div class="masthead__date">Sunday, June 2, 2024</div>
  <a class="masthead__logo" href="https://www.meridianledger.com/">The Meridian Ledger</a>
  <nav class="sections" aria-label="Sections"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li class="is-active"><a href="/business/">Business</a></li><li><a href="/tech/">Tech</a></li><li><a href="/climate/">Climate</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/arts/">Arts</a></li><li><a href="/sports/">Sports</a></li></ul></nav>
  <div class="account"><a href="/login">Log in</a></div>
</header>
<main id="main">
  <article class="story story--qa">
    <header class="story__header">
      <p class="story__kicker"><a href="/business/the-interview/">The Interview</a></p>
      <h1 class="story__headline">Elon Musk on batteries, permits and the 2 a.m. inbox</h1>
      <p class="story__dek">The Tesla and SpaceX chief says the grid needs terawatt-hours of storage, that approval queues should run on a shot clock, and that he is still wrong about timelines.</p>
      <div class="story__byline">By <a rel="author" href="/by/hana-okafor/">Hana Okafor</a> <span class="story__role">Business reporter</span></div>
      <time class="story__time" datetime="2024-06-02T05:00:00-04:00">June 2, 2024, 5:00 a.m. ET</time>
      <div class="share-tools"><button>Share</button><button>Save</button><span class="comment-count"><a href="#comments">212 comments</a></span></div>
    </header>
    <figure class="story__lead-media"><img src="https://static.meridianledger.com/images/2024/06/musk-factory-floor-1200.jpg" alt="A battery production line seen from above" width="1200" height="675"><figcaption>The cell line outside Reno, Nev., in May. <span class="credit">Photo: Luis Ortega for The Meridian Ledger</span></figcaption></figure>
    <div class="story__body">
        <p class="intro">Few executives talk about the electrical grid as often as Elon Musk, the chief executive of Tesla and SpaceX. He spoke with The Ledger by video from Austin, Texas, for about forty minutes last week, a few days after the company told investors that its new cell line in Nevada would be late.</p>
        <p class="intro">Mr. Musk was at times blunt and at times playful. This conversation has been edited and condensed for clarity.</p>
        %s
        <p class="editors-note"><em>A version of this interview appears in print on June 2, 2024, Section B, Page 1 of the New York edition with the headline: Musk Wants a Shot Clock for the Grid.</em></p>
    </div>
  </article>
  <section class="related" aria-labelledby="related-h"><h2 id="related-h">More from The Interview</h2><ul>
    <li><a href="/business/2024/05/19/shipping-ceo-interview/">A shipping boss on why container rates won’t stay low</a></li>
    <li><a href="/business/2024/05/05/utility-chief-interview/">The utility chief who wants to bury every power line</a></li>
    <li><a href="/climate/2024/04/28/heat-pump-installer-qa/">What a heat pump installer wishes you knew</a></li></ul></section>
  <section id="comments" class="comments-teaser"><h2>Comments</h2><p>212 comments. <a href="/login?next=comments">Log in to read and join the conversation.</a></p>
    <div class="comment-preview"><p class="cp-author">ElonMuskWatcher · Reno</p><p class="cp-text">“Maybe less.” Sure, Elon. We’ve heard that one before.</p></div>
  </section>
  <aside class="newsletter"><h2>The Business Briefing</h2><p>Get the day’s business news in your inbox every weekday morning.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign up</button></form></aside>
</main>
<footer class="site-footer">
  <nav><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/corrections/">Corrections</a> <a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms of service</a></nav>
  <p>&copy; 2024 The Meridian Ledger Company. All rights reserved.</p>
</footer>
<script src="https://static.meridianledger.com/assets/article.0c2d44.js" defer></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Newspaper Q&A without times: each question is a fully bold paragraph labelled 'The Ledger:'; his answers are plain paragraphs, a few opening with a bold 'Musk:' label and the rest unlabelled (named only in the intro); multi-paragraph answers.",
                 SHOW, gold_turns(TURNS), ["The Ledger"])
