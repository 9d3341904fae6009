from common import *


def build():
    N, B, K, A = 'N', 'B', 'K', 'A'
    T = [
        (N, 12, ["Welcome to Soil &amp; Signal, the podcast about where food meets technology. I&rsquo;m Nadia Ferreira."]),
        (B, 18, ["And I&rsquo;m Ben Achebe. Our guest today has been building teaching gardens and restaurants for two decades, and yes, before anyone emails us, he is that Musk&rsquo;s brother. Kimbal Musk, welcome."]),
        (K, 31, ["Thanks, Ben. Happy to be the other Musk for an hour."]),
        (N, 36, ["Let&rsquo;s start with the gardens. How many schools are you in now?"]),
        (K, 41, ["A bit over eight hundred learning gardens across the country. Every one of them is an outdoor classroom, and the kids eat what they grow.",
                 "The technology part people don&rsquo;t see is the sensors. We put cheap soil-moisture sensors in a lot of the beds so teachers get a text before the lettuce dies."]),
        (B, 110, ["I have to ask the obvious question. Does your brother give you agricultural advice?"]),
        (K, 116, ["He gives everyone advice. My brother always says, &ldquo;If the rules of physics allow it, it&rsquo;s just an engineering problem.&rdquo; Which is great for rockets. For tomatoes, the rules of physics allow a lot of things that still don&rsquo;t work."]),
        (N, 140, ["That&rsquo;s very diplomatic."]),
        (K, 142, ["I&rsquo;ve had practice."]),
        (B, 876, ["We dug up a clip from 2018, when the vertical-farm container startup you backed got some press. Here&rsquo;s how the local news covered it."]),
        (A, 880, ["Tesla chief executive Elon Musk said Tuesday that he was &ldquo;very proud&rdquo; of his brother&rsquo;s new farming venture, writing online that shipping-container farms could &ldquo;feed a city block from a parking lot.&rdquo; The company opened its first site in Brooklyn this spring."]),
        (N, 902, ["Feed a city block from a parking lot. Did that hold up?"]),
        (K, 906, ["Partly. Container farms are fantastic training grounds for young farmers. As a way to feed a city block, the energy math is tough. I told Elon that at the time, and he said, &ldquo;Then make the lights better.&rdquo; Which is very him."]),
        (B, 1930, ["Last question. If a listener wants to start a school garden this fall, what&rsquo;s the first step?"]),
        (K, 1937, ["Find one teacher who cares. Everything else is logistics."]),
        (N, 1944, ["Kimbal Musk, thank you."]),
        (K, 1947, ["Thank you both."]),
    ]
    full = {N: 'Nadia Ferreira', B: 'Ben Achebe', K: 'Kimbal Musk', A: 'Anchor (archival clip)'}
    short = {N: 'Nadia', B: 'Ben', K: 'Kimbal', A: 'Anchor (archival clip)'}
    seen = set()
    rows = []
    for spk, t, paras in T:
        lab = short[spk] if spk in seen else full[spk]
        seen.add(spk)
        if spk == A:
            rows.append('<p><em>[Archival clip: KRVN Channel 4 evening news, May 2018]</em></p>')
        rows.append('<p><strong>%s</strong> [%s]: %s</p>' % (lab, hms(t), paras[0]))
        for p in paras[1:]:
            rows.append('<p>%s</p>' % p)
        if spk == A:
            rows.append('<p><em>[End of clip]</em></p>')
    transcript = '\n'.join(rows)
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>S4E07: Kimbal Musk on school gardens, container farms and being &quot;the other Musk&quot;</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://soilandsignal.show/assets/built/screen.css?v=9c1d2e3f4a">
    <meta name="description" content="Kimbal Musk joins Nadia and Ben to talk about 800 learning gardens, why container farms are hard, and the advice his brother Elon gives him.">
    <link rel="canonical" href="https://soilandsignal.show/s4e07-kimbal-musk/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Soil &amp; Signal">
    <meta property="og:type" content="article">
    <meta property="og:title" content="S4E07: Kimbal Musk on school gardens, container farms and being &quot;the other Musk&quot;">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Nadia Ferreira">
    <meta name="generator" content="Ghost 5.82">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Soil & Signal"},"author":{"@type":"Person","name":"Nadia Ferreira"},"headline":"S4E07: Kimbal Musk on school gardens, container farms and being \\"the other Musk\\"","keywords":"Podcast, Kimbal Musk, Elon Musk, Urban farming"}</script>
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://soilandsignal.show/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:5px;padding:32px}</style>
</head>
<body class="post-template tag-podcast tag-season-4 is-head-left-logo has-serif-body">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://soilandsignal.show">Soil &amp; Signal</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-episodes"><a href="https://soilandsignal.show/tag/podcast/">Episodes</a></li><li class="nav-newsletter"><a href="https://soilandsignal.show/newsletter/">Newsletter</a></li><li class="nav-about"><a href="https://soilandsignal.show/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-podcast tag-season-4 ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/podcast/">Podcast</a></span></div>
        <h1 class="article-title">S4E07: Kimbal Musk on school gardens, container farms and being &quot;the other Musk&quot;</h1>
        <p class="article-excerpt">Kimbal Musk joins Nadia and Ben to talk about 800 learning gardens, why container farms are hard, and the advice his brother Elon gives him.</p>
        <div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Ferreira</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-09-17">Sep 17, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://soilandsignal.show/content/media/2024/09/s4e07.mp3" preload="metadata"></audio><div class="kg-audio-title">S4E07 &ndash; Kimbal Musk</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio"></button><span class="kg-audio-current-time">0:00</span><div class="kg-audio-time">/<span class="kg-audio-duration">32:41</span></div><input type="range" class="kg-audio-seek-slider" max="100" value="0"></div></div></figure>
        <p>This week we&rsquo;re joined by Kimbal Musk, chef, restaurateur and co-founder of a nonprofit that has built learning gardens in more than 800 schools. We talk sensors in the soil, why container farms are harder than they look, and, inevitably, his brother.</p>
        <div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#127806;</div><div class="kg-callout-text"><strong>In this episode:</strong> 00:41 learning gardens &middot; 01:56 what Elon tells him &middot; 14:36 archival clip: the container-farm launch &middot; 32:10 how to start a school garden</div></div>
        <h2 id="transcript">Transcript</h2>
        <p><em>Transcribed by our producer, Lou Hartigan. Times are from the start of the episode audio.</em></p>
''' + transcript + '''
        <hr>
        <p>Soil &amp; Signal is listener-supported. <a href="#/portal/signup">Become a member</a> to get episodes a week early.</p>
    </section>
</article>
<section class="article-comments gh-canvas">
    <h3>Comments (3)</h3>
    <div class="gh-comments">
      <div class="gh-comment"><div class="gh-comment-author">Elon M.</div><div class="gh-comment-date">Sep 17</div><div class="gh-comment-body"><p>Then make the lights better. &#128161; Loved this one, Kimbal is so much calmer than his brother.</p></div></div>
      <div class="gh-comment"><div class="gh-comment-author">elon_musk_420</div><div class="gh-comment-date">Sep 18</div><div class="gh-comment-body"><p>Elon Musk: &ldquo;feed a city block from a parking lot&rdquo; lmao. Kimbal was right about the energy math.</p></div></div>
      <div class="gh-comment"><div class="gh-comment-author">Harriet O.</div><div class="gh-comment-date">Sep 19</div><div class="gh-comment-body"><p>We started a garden at our middle school after this. Find one teacher who cares &mdash; that&rsquo;s exactly it.</p></div></div>
    </div>
</section>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/s4e06-soil-carbon/"><h2 class="post-card-title">S4E06: Can you actually measure soil carbon?</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/s4e05-robot-weeders/"><h2 class="post-card-title">S4E05: Robot weeders and the end of herbicide</h2></a></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://soilandsignal.show">Soil &amp; Signal</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://soilandsignal.show/assets/built/casper.js?v=9c1d2e3f4a"></script>
<script>document.querySelectorAll('.kg-audio-card').forEach(function(c){c.dataset.ready='1';});</script>
</body>
</html>
'''
    write('af06_soilandsignal', page,
          'Ghost blog post; each turn is a <p> starting "<strong>Name</strong> [hh:mm:ss]:" with full names first and first names after; unlabelled continuation <p>s; an archival news clip is labelled "Anchor (archival clip)".',
          'Soil & Signal', gold_from(T),
          ['Nadia Ferreira', 'Ben Achebe', 'Kimbal Musk', 'Nadia', 'Kimbal', 'Ben', 'Anchor (archival clip)'],
          'TRAP (0 turns): Ghost podcast page with Kimbal Musk as guest ("Kimbal Musk"/"Kimbal"); Kimbal and a news-clip anchor quote Elon; commenters "Elon M."/"elon_musk_420".')
