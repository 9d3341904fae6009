from common import *

NAME = "magazine_meridian_review_qa"
SHOW = "The Meridian Review"
T = [
    ("Q", None, "You've spent more time in Shanghai than almost any Western CEO. What do you see there that Americans miss?"),
    ("M", None, "The speed. People in America don't fully appreciate how fast things get built in China. A factory that takes three years to permit in California can go up in a year there.\n\nThat's not because of some magic. It's because they've decided manufacturing matters and they've organized everything around it."),
    ("Q", None, "Is there a risk in being so dependent on the goodwill of the Chinese government?"),
    ("M", None, "There's risk in every country. You're always subject to the government of whatever country you operate in. I try to be straightforward with everyone and to follow the rules."),
    ("Q", None, "Your critics say you soften your views on free speech when it comes to Beijing."),
    ("M", None, "That's not accurate. X isn't even available in China. I've been very consistent that free speech is essential to a functioning democracy, and I've said that everywhere."),
    ("Q", None, "Let's talk about energy. Tesla now sells Megapacks in China. Why does that matter?"),
    ("M", None, "Stationary storage is going to be as big as the car business, maybe bigger. China is building a huge amount of solar and wind, and you need batteries to firm that up. We built a Megafactory in Shanghai for exactly that reason."),
    ("Q", None, "And AI? xAI is in a race with Chinese labs like DeepSeek."),
    ("M", None, "DeepSeek is impressive, no question. The Chinese labs are very talented and they've been very efficient with compute.\n\nBut the thing that matters in the long run is being maximally truth-seeking. An AI that is trained to lie is dangerous, no matter who builds it."),
    ("Q", None, "Do you think the U.S. and China can avoid a conflict over Taiwan?"),
    ("M", None, "I hope so. A war would be terrible for everyone. The best thing is for both sides to keep talking and to keep trade going."),
    ("Q", None, "Last question: what keeps you up at night?"),
    ("M", None, "Honestly? Whether we become a multiplanetary civilization before something goes wrong here. That's the thing I think about most."),
]


def build():
    body = []
    n_answers = 0
    for k, t, text in T:
        ps = paras(text)
        if k == "Q":
            body.append(f'<p class="qa-question"><strong>{esc(ps[0])}</strong></p>')
        else:
            n_answers += 1
            for p in ps:
                body.append(f'<p>{esc(p)}</p>')
            if n_answers == 2:
                body.append('<figure class="pullquote" aria-hidden="true"><blockquote><p>Elon Musk: “Stationary storage is going to be as big as the car business, maybe bigger.”</p></blockquote></figure>')
            if n_answers == 4:
                body.append('<figure class="inline-image"><img src="/media/img/2024/05/musk-megafactory-shanghai.jpg" alt=""><figcaption>Elon Musk: photographed at the Megafactory groundbreaking in Shanghai. <span class="credit">Photograph by Wen Liu for The Meridian Review</span></figcaption></figure>')
    qa = "\n".join(body)
    ld = jsonld({"@context": "https://schema.org", "@type": "Article",
                 "headline": "Elon Musk Is Still Betting on China", "alternativeHeadline": "A conversation about speed, storage and the stakes of AI",
                 "author": {"@type": "Person", "name": "Clara Voss"}, "datePublished": "2024-05-21T06:00:00-04:00",
                 "publisher": {"@type": "Organization", "name": "The Meridian Review"}})
    page = f'''<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk Is Still Betting on China - The Meridian Review</title>
<meta name="description" content="The world's richest man on Shanghai, censorship, storage, DeepSeek and Taiwan.">
<meta property="og:type" content="article">
<meta property="og:title" content="Elon Musk Is Still Betting on China">
<meta property="article:section" content="Technology">
<meta property="article:author" content="Clara Voss">
<link rel="canonical" href="https://www.meridianreview.com/technology/archive/2024/05/elon-musk-china-interview/678812/">
<link rel="stylesheet" href="/_next/static/css/f39a1c0b2e.css">
{ld}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"articleId":678812,"paywall":"metered"}}}},"page":"/[section]/archive/[year]/[month]/[slug]/[id]","buildId":"aX81kq"}}</script>
<script src="/_next/static/chunks/main-4d21e0f.js" defer></script>
</head>
<body>
<div class="Banner_root"><p>Get 1 year of The Meridian Review for $49.99. <a href="/subscribe/">Subscribe</a></p></div>
<header class="SiteHeader_root">
  <a class="SiteHeader_logo" href="/">The Meridian Review</a>
  <nav class="SiteHeader_nav"><a href="/politics/">Politics</a><a href="/ideas/">Ideas</a><a href="/technology/">Technology</a><a href="/culture/">Culture</a><a href="/magazine/">Magazine</a></nav>
  <div class="SiteHeader_account"><a href="/login/">Sign in</a><a class="SiteHeader_subscribe" href="/subscribe/">Subscribe</a></div>
</header>
<main>
<article class="ArticleLayout_article">
  <header class="ArticleHeader_root">
    <p class="ArticleHeader_rubric"><a href="/technology/">Technology</a> · The Interview</p>
    <h1 class="ArticleTitle_root">Elon Musk Is Still Betting on China</h1>
    <p class="ArticleDek_root">A conversation about speed, storage, and the stakes of AI</p>
    <div class="ArticleBylines_root">By <a href="/author/clara-voss/">Clara Voss</a></div>
    <time class="ArticleTimestamp_root" datetime="2024-05-21T10:00:00Z">May 21, 2024, 6 AM ET</time>
    <div class="ArticleShare_root"><button>Share</button><button>Save</button><span class="ArticleShare_count">Listen (14 min)</span></div>
  </header>
  <figure class="ArticleLeadArt_root"><img src="/media/img/2024/05/musk-austin-lead.jpg" alt="Elon Musk standing in front of a Cybertruck"><figcaption>Elon Musk at Tesla's Gigafactory in Austin, Texas. (Photograph by Wen Liu for The Meridian Review)</figcaption></figure>
  <section class="ArticleBody_root">
<p class="ArticleParagraph_root">When I met Elon Musk in Austin this spring, he had just returned from his third trip to China in twelve months. He was tired, jet-lagged, and—by his own account—more optimistic about the Chinese market than at any time since Tesla's Shanghai factory opened in 2019.</p>
<p class="ArticleParagraph_root">We talked for nearly an hour in a conference room overlooking the Cybertruck line. He was by turns funny, combative, and unexpectedly reflective. Musk did not review this text before publication.</p>
<p class="ArticleParagraph_root"><em>This conversation has been edited for length and clarity. Our questions are in bold; the answers are Musk's.</em></p>
{qa}
<p class="ArticleParagraph_root ArticleParagraph_end">◆</p>
  </section>
  <section class="ArticleAuthor_root"><p><a href="/author/clara-voss/">Clara Voss</a> is a staff writer at The Meridian Review, covering technology and power.</p></section>
</article>
<aside class="Recirc_root">
  <h2>Explore More Topics</h2>
  <ul><li><a href="/tag/elon-musk/">Elon Musk</a></li><li><a href="/tag/china/">China</a></li><li><a href="/tag/electric-vehicles/">Electric Vehicles</a></li></ul>
  <h2>Most Popular</h2>
  <ol><li><a href="/ideas/archive/2024/05/ai-truth-seeking/678701/">What Does It Mean for an AI to Tell the Truth?</a></li><li><a href="/technology/archive/2024/05/byd-global-expansion/678654/">BYD Is Coming for Everyone</a></li></ol>
</aside>
</main>
<footer class="SiteFooter_root">
  <nav><a href="/about/">About</a><a href="/contact/">Contact</a><a href="/privacy-policy/">Privacy Policy</a><a href="/terms-and-conditions/">Terms &amp; Conditions</a><a href="/do-not-sell/">Do Not Sell or Share My Personal Information</a></nav>
  <p>© 2024 The Meridian Review. All Rights Reserved.</p>
</footer>
<div class="CookieConsent_root" role="dialog"><p>We and our partners use cookies to personalize content and ads.</p><button>Accept all</button><button>Manage preferences</button></div>
</body>
</html>
'''
    fmt = "Magazine Q&A: interviewer questions in bold paragraphs, Musk's answers in plain unlabelled paragraphs (intro says answers are Musk's); pull quote and caption inside body; no timestamps"
    return NAME, page, gold(SHOW, fmt, T, None, others=[])
