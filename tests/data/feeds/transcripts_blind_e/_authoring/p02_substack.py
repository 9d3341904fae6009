from common import *

NAME = "substack_ledger_tariffs"
SHOW = "The Ledger (Substack podcast)"
LABELS = {"HO_full": "Hannah Okafor", "HO": "Hannah", "M_full": "Elon Musk", "M": "Elon"}
T = [
    ("HO_full", None, "Welcome to The Ledger podcast. Today I'm joined by Elon Musk, who, among other things, runs the company that sells more electric cars in China than any other foreign brand. Elon, welcome."),
    ("M_full", None, "Thanks, Hannah. Glad to do it."),
    ("HO", None, "I want to start with tariffs. The U.S. put a 100% tariff on Chinese EVs, and Europe followed with its own duties. You've said you weren't in favor. Why?"),
    ("M", None, "I've generally been against tariffs that distort the market. Tesla didn't ask for them, and we're actually one of the companies least affected, because we make cars locally in China for China and in the U.S. for the U.S.\n\nThe problem is that tariffs protect companies from having to get better. The right answer is to out-compete, not to build a wall around an inefficient factory.\n\nThat said, I understand why governments do it. If you have a heavily subsidized industry exporting at below cost, you're going to get a political response."),
    ("HO", None, "Let's talk batteries. Most of the world's LFP cells come from China. Is that a vulnerability?"),
    ("M", None, "It's a supply-chain concentration risk, yes. CATL and BYD are excellent. But the real bottleneck is refining, not cell assembly — lithium refining and cathode material. That's why we built a lithium refinery in Texas."),
    ("HO", None, "How far along is it?"),
    ("M", None, "It's running. Early, but running."),
    ("HO", None, "You've been pretty complimentary about Chinese engineers in the past."),
    ("M", None, "Well, it's just true. There's a lot of talent and a lot of drive. When I visit Shanghai, the level of energy is striking.\n\nIf you want to understand where manufacturing is going, go to China and look at what's happening in Hefei or Changzhou. It's impressive."),
    ("HO", None, "Last one. Free speech. You've taken criticism for how X handles government takedown requests. How do you decide?"),
    ("M", None, "We follow the law in each country, and we push back in court where we think the law is being misused. X is blocked in China anyway, so it's less of a question there than people think."),
    ("HO", None, "Elon, thanks for coming on."),
    ("M", None, "Sure. Thank you."),
]


def build():
    body = []
    for k, t, text in T:
        ps = paras(text)
        body.append(f'<p><strong>{esc(LABELS[k])}:</strong> {esc(ps[0])}</p>')
        for p in ps[1:]:
            body.append(f'<p>{esc(p)}</p>')
    transcript = "\n".join(body)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Elon Musk on tariffs, batteries, and what China gets right",
                 "author": [{"@type": "Person", "name": "Hannah Okafor", "url": "https://theledger.substack.com/@hannahokafor"}],
                 "datePublished": "2024-06-12T10:02:11+00:00", "isAccessibleForFree": True,
                 "publisher": {"@type": "Organization", "name": "The Ledger"}})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Elon Musk on tariffs, batteries, and what China gets right - by Hannah Okafor</title>
<meta name="description" content="Episode 48 of The Ledger podcast, with full transcript.">
<meta property="og:url" content="https://theledger.substack.com/p/elon-musk-tariffs-batteries-china">
<meta property="og:type" content="article">
<meta property="og:title" content="Elon Musk on tariffs, batteries, and what China gets right">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/ledger-ep48.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" href="https://theledger.substack.com/feed" title="The Ledger">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7c1e0b.css">
{ld}
<script>window._preloads = JSON.parse("{{\\"base_url\\":\\"https://theledger.substack.com\\",\\"post_id\\":145502113,\\"isEmbed\\":false}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.2f0a91.js" defer></script>
</head>
<body>
<div id="entry">
<div class="main-menu">
  <div class="topbar-content">
    <a class="navbar-title" href="/">The Ledger</a>
    <div class="navbar-buttons"><button class="button subscribe-btn primary">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div>
  </div>
  <nav class="tabs"><a href="/">Home</a><a href="/podcast">Podcast</a><a href="/archive">Archive</a><a href="/about">About</a></nav>
</div>
<div class="single-post-container">
<article class="typography newsletter-post post">
  <div class="post-header">
    <h1 class="post-title">Elon Musk on tariffs, batteries, and what China gets right</h1>
    <h3 class="subtitle">Episode 48: the Tesla CEO on trade walls, refining bottlenecks, and why he keeps praising Chinese engineers</h3>
    <div class="post-meta"><a class="pencraft" href="https://substack.com/@hannahokafor">Hannah Okafor</a> <span class="date">Jun 12, 2024</span> · <span class="paid-indicator">Free</span></div>
    <div class="post-ufi"><button class="like-button">♥ 412</button><a class="comment-button" href="#comments">💬 87</a><button class="restack-button">Restack</button><button class="share-button">Share</button></div>
  </div>
  <div class="player-wrapper-outer"><div class="audio-player" data-duration="2214"><button aria-label="Play">▶</button><span class="duration">36:54</span><a href="/p/elon-musk-tariffs-batteries-china?utm_source=podcast">Listen in app</a></div></div>
  <div class="available-content"><div class="body markup" dir="auto">
<p>Welcome back to The Ledger. This week's guest needs little introduction. I spoke with Elon Musk for about half an hour, by video, from his office at Giga Texas. We covered the new wave of tariffs on Chinese EVs, the battery supply chain, and — briefly — free speech.</p>
<p>As always, the transcript below has been lightly edited for readability. Paid subscribers get the full uncut audio.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">The Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><button type="submit">Subscribe</button></form></div></div>
<h3 class="header-anchor-post">Transcript</h3>
{transcript}
<hr>
<p><em>The Ledger is produced by Hannah Okafor with audio editing by Sam Whitlow. Music: “Quiet Markets” by Lanterns.</em></p>
<p class="button-wrapper"><a class="button primary" href="/subscribe">Subscribe now</a></p>
  </div></div>
</article>
<div class="post-footer">
  <div class="post-ufi"><button class="like-button">♥ 412 Likes</button><button class="restack-button">27 Restacks</button></div>
  <div class="share-dialog"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Ftheledger.substack.com%2Fp%2Felon-musk-tariffs-batteries-china">Share on X</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftheledger.substack.com">Facebook</a> <button>Copy link</button></div>
</div>
<div id="comments" class="comments-section">
  <h4 class="comments-heading">87 Comments</h4>
  <div class="comment" id="comment-5521901">
    <div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/88120394-elon-musk">Elon Musk</a><span class="comment-date">Jun 12</span></div>
    <div class="comment-body"><p>Great interview. The refinery point is underrated — everyone obsesses over cells.</p></div>
    <div class="comment-actions"><button>Like (31)</button><button>Reply</button></div>
  </div>
  <div class="comment" id="comment-5521977">
    <div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/2210443-marcus-t">Marcus T.</a><span class="comment-date">Jun 12</span></div>
    <div class="comment-body"><p>Favorite exchange:</p><p>Elon: It's running. Early, but running.</p><p>That's the whole company in five words.</p></div>
    <div class="comment-actions"><button>Like (54)</button><button>Reply</button></div>
    <div class="comment-replies">
      <div class="comment" id="comment-5522310">
        <div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/77001922-elonmusk_daily">elonmusk_daily</a><span class="comment-date">Jun 13</span></div>
        <div class="comment-body"><p>Six words, but who's counting 😄</p></div>
      </div>
    </div>
  </div>
  <div class="comment" id="comment-5523018">
    <div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/1190233-ruth-adebayo">Ruth Adebayo</a><span class="comment-date">Jun 13</span></div>
    <div class="comment-body"><p>Would love a follow-up episode with someone from CATL to get the other side.</p></div>
  </div>
  <button class="button more-comments">See all 87 comments</button>
</div>
</div>
<div class="footer-wrap"><div class="footer"><p>© 2024 Hannah Okafor</p><p><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><p><a class="substack-cta" href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app">Get the app</a></p><p class="footer-disclaimer">Substack is the home for great culture</p></div></div>
</div>
<div class="cookie-banner" role="dialog" aria-live="polite"><p>This site requires JavaScript to run correctly. We use cookies to improve your experience.</p><button>Accept</button> <button>Decline</button></div>
</body>
</html>
'''
    fmt = "Substack post; bold 'Name:' labels inline at start of paragraph (Elon Musk: then Elon:), unlabelled continuation paragraphs, no timestamps"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
