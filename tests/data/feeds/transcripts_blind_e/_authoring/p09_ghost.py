from common import *

NAME = "ghost_foundry_notes_musk_brothers"
SHOW = "Foundry Notes"
LABELS = {"RS": "RS", "KM": "KM", "M": "EM"}
T = [
    ("RS", 4, "Thank you both for doing this. It's rare to get the two of you in one room."),
    ("KM", 11, "It's rare for us too."),
    ("M", 14, "Yeah, we don't see each other as much as we'd like."),
    ("RS", 19, "Kimbal, you've been on the Tesla board for a long time. What's changed about China since the early days?"),
    ("KM", 27, "In the early days China was a market we hoped to crack. Now it's where a lot of the best manufacturing ideas come from. Elon always says, \"The factory is the product,\" and Shanghai proved it."),
    ("M", 52, "The factory is the product, that's right. The Shanghai team taught us a lot about how to make the production line simpler and faster."),
    ("RS", 78, "Elon, do you worry about tensions between Washington and Beijing affecting Tesla?"),
    ("M", 86, "Sure, it's a concern. But I think both countries benefit from trade, and I'm hopeful cooler heads will prevail."),
    ("RS", 113, "Kimbal, your work is in food and farming. Does China come up there?"),
    ("KM", 119, "All the time. China is doing amazing things with vertical farming and greenhouse automation. We should be learning from it."),
    ("RS", 143, "Elon, you're nodding."),
    ("M", 146, "Yes, agreed."),
    ("RS", 149, "What did your mother teach you both about risk?"),
    ("M", 155, "Our mother taught us to work hard and not be afraid. She moved countries with three kids and very little money."),
    ("KM", 178, "And she still works harder than both of us."),
    ("RS", 183, "Last question. One thing you two disagree on?"),
    ("M", 187, "Kimbal thinks I post too much."),
    ("KM", 190, "He does post too much."),
]


def build():
    body = []
    for k, t, text in T:
        body.append(f'<p><strong>{LABELS[k]}:</strong> {esc(text)} <span class="ts">[{ms(t)}]</span></p>')
    transcript = "\n".join(body)
    ld = jsonld({"@context": "https://schema.org", "@type": "Article",
                 "publisher": {"@type": "Organization", "name": "Foundry Notes", "url": "https://foundrynotes.co/"},
                 "author": {"@type": "Person", "name": "Rachel Stein", "url": "https://foundrynotes.co/author/rachel/"},
                 "headline": "Brothers in arms: a conversation with Elon and Kimbal Musk",
                 "datePublished": "2024-03-14T13:30:00.000Z", "keywords": "Interviews, Tesla, Food"})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Brothers in arms: a conversation with Elon and Kimbal Musk</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f2d9a1c3b">
    <link rel="icon" href="https://foundrynotes.co/content/images/size/w256h256/2023/01/foundry-icon.png" type="image/png">
    <link rel="canonical" href="https://foundrynotes.co/brothers-in-arms-elon-kimbal-musk/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Foundry Notes">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Brothers in arms: a conversation with Elon and Kimbal Musk">
    <meta property="article:tag" content="Interviews">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Rachel Stein">
    {ld}
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="Foundry Notes" href="https://foundrynotes.co/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://foundrynotes.co/" data-key="8a1f0c2e9d4b7a6c5e3d1f0a9b" data-api="https://foundrynotes.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}}</style>
</head>
<body class="post-template tag-interviews tag-tesla">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://foundrynotes.co">Foundry Notes</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://foundrynotes.co/">Home</a></li><li class="nav-interviews"><a href="https://foundrynotes.co/tag/interviews/">Interviews</a></li><li class="nav-archive"><a href="https://foundrynotes.co/archive/">Archive</a></li><li class="nav-about"><a href="https://foundrynotes.co/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-interviews">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/interviews/">Interviews</a></span></div>
        <h1 class="article-title">Brothers in arms: a conversation with Elon and Kimbal Musk</h1>
        <p class="article-excerpt">On Shanghai, farming, their mother, and who posts too much.</p>
        <div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/rachel/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/01/rachel.jpg" alt="Rachel Stein"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rachel/">Rachel Stein</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-14">Mar 14, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></div></div>
        <figure class="article-image"><img src="/content/images/size/w2000/2024/03/musk-brothers.jpg" alt="Elon and Kimbal Musk"><figcaption><span style="white-space: pre-wrap;">Kimbal Musk (left) and Elon Musk in Austin.</span></figcaption></figure>
    </header>
    <section class="gh-content gh-canvas">
        <p>I've wanted to interview the Musk brothers together for years. Last month, after a Tesla board meeting in Austin, they gave me twenty minutes. We talked about what Tesla learned in China, Kimbal's obsession with indoor farming, and their mother, Maye.</p>
        <p>A note on format: below, <strong>RS</strong> is me, Rachel Stein; <strong>EM</strong> is Elon Musk; <strong>KM</strong> is Kimbal Musk. Timestamps in brackets at the end of each answer mark where that answer begins in the audio.</p>
        <div class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://foundrynotes.co/content/media/2024/03/musk-brothers.mp3" preload="metadata"></audio><div class="kg-audio-title">Elon &amp; Kimbal Musk — full audio</div><span class="kg-audio-duration">3:20</span></div></div>
        <hr>
{transcript}
        <hr>
        <p><em>This conversation has been condensed and lightly edited.</em></p>
        <div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Get Foundry Notes in your inbox</a></div>
    </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/maye-musk-on-modeling-at-75/"><header class="post-card-header"><h2 class="post-card-title">Maye Musk on modeling at 75</h2></header><div class="post-card-excerpt">A conversation with the model and dietitian about work, risk and raising three entrepreneurs.</div></a></article><article class="post-card"><a class="post-card-content-link" href="/vertical-farming-china/"><header class="post-card-header"><h2 class="post-card-title">What China's vertical farms get right</h2></header></a></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://foundrynotes.co">Foundry Notes</a> © 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://foundrynotes.co/privacy/">Privacy</a></li><li><a href="#/portal/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/source.js?v=4f2d9a1c3b"></script>
</body>
</html>
'''
    fmt = "Ghost newsletter: bold initials labels defined once in the intro (RS/EM/KM), text inline, '[mm:ss]' start timestamp placed after each answer's text; Kimbal Musk also speaks"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
