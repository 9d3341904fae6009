"""q04 - Ghost blog. Heading per speaker with a YouTube ?t= link, repeated plain-text copy in a toggle card."""
from common import ELON, ent, esc, gold_turns, mmss, write_page

NAME = "q04_founders_tape_ghost"
SHOW = "Founders Tape"
VID = "https://www.youtube.com/watch?v=fT7pQm2LxkE"

LABELS = {"L": ("Lena Okafor", "Lena"), ELON: ("Elon Musk", "Elon")}

TURNS = [
    ("L", 0, ["Welcome to Founders Tape. I\u2019m Lena Okafor. My guest today has started more companies than most people have jobs. Elon, thanks for doing this."]),
    (ELON, 14, ["Happy to be here. Although I should say most of those companies were started out of necessity, not because I enjoy starting companies.",
                "Starting a company is a bit like eating glass and staring into the abyss. I don\u2019t recommend it as a hobby. As my brother Kimbal likes to say, \u201cthe glass doesn\u2019t get softer, you just get used to it.\u201d"]),
    ("L", 95, ["Let\u2019s start with hiring. What do you look for in the first ten people?"]),
    (ELON, 102, ["Evidence of exceptional ability. I don\u2019t care much about where someone went to school. I ask them to tell me about the hardest problem they worked on and how they solved it.",
                 "If they really solved it, they can go down as many levels of detail as you want. If they didn\u2019t, they get stuck pretty quickly."]),
    ("L", 540, ["Does that still work at the scale you\u2019re at now?"]),
    (ELON, 546, ["It gets harder, obviously. You can\u2019t interview everyone. But for the first hundred people at any company, I think the founder should personally interview every single one."]),
    ("L", 1810, ["Neuralink. The first patients are using the implant at home now. What has surprised you?"]),
    (ELON, 1822, ["How quickly people adapt. The first patient was controlling a cursor faster than some able-bodied people within a few weeks. The brain is incredibly plastic."]),
    ("L", 1890, ["Wow."]),
    (ELON, 1892, ["Yeah, it genuinely surprised the team as well. We had set much lower targets for the first year."]),
    ("L", 4380, ["We\u2019re way over time. Last one: what\u2019s your advice for a founder who\u2019s about to give up?"]),
    (ELON, 4445, ["If you still believe in the thing, keep going. If you don\u2019t, stop. Both are fine. The mistake is continuing half-heartedly."]),
    ("L", 4490, ["Elon Musk, thank you."]),
]


def labels_in_order():
    seen = set()
    for spk, t, paras in TURNS:
        full, short = LABELS[spk]
        yield spk, t, paras, (short if spk in seen else full)
        seen.add(spk)


def render_transcript():
    out = []
    for i, (spk, t, paras, lab) in enumerate(labels_in_order()):
        out.append('<h3 id="turn-%d" class="speaker-heading"><a href="%s&amp;t=%ds" target="_blank" rel="noopener">%s</a> &middot; %s</h3>'
                   % (i + 1, VID, t, mmss(t), esc(lab)))
        for p in paras:
            out.append('<p>%s</p>' % ent(p))
    return "\n".join(out)


def render_plain():
    out = []
    for spk, t, paras, lab in labels_in_order():
        full = LABELS[spk][0]
        out.append('<p>%s: %s</p>' % (esc(full), ent(" ".join(paras))))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Elon Musk: hiring, Neuralink and when to quit</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://founderstape.com/assets/built/screen.css?v=9a3c4e1f02">
    <link rel="icon" href="https://founderstape.com/content/images/size/w256h256/2023/02/ft-icon.png" type="image/png">
    <link rel="canonical" href="https://founderstape.com/elon-musk-hiring-neuralink/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Founders Tape">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Elon Musk: hiring, Neuralink and when to quit">
    <meta property="og:description" content="Lena Okafor talks to Elon Musk. Video, show notes and full transcript.">
    <meta property="article:published_time" content="2024-11-04T14:00:00.000Z">
    <meta property="article:tag" content="Interviews">
    <meta name="twitter:card" content="summary_large_image">
    <script type="application/ld+json">
{{"@context": "https://schema.org","@type": "Article","publisher": {{"@type": "Organization","name": "Founders Tape","url": "https://founderstape.com/"}},"author": {{"@type": "Person","name": "Lena Okafor"}},"headline": "Elon Musk: hiring, Neuralink and when to quit","datePublished": "2024-11-04T14:00:00.000Z"}}
    </script>
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="Founders Tape" href="https://founderstape.com/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://founderstape.com/" data-key="8d0c5a1e9b2f" data-api="https://founderstape.com/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}} .gh-post-upgrade-cta a.gh-btn{{display:block;background:#ffffff;text-decoration:none;margin:28px 0 0}}</style>
    <link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css">
    <link rel="stylesheet" type="text/css" href="https://founderstape.com/public/cards.min.css?v=9a3c4e1f02">
    <style>:root {{--ghost-accent-color: #e4572e;}} .speaker-heading a{{font-variant-numeric:tabular-nums;text-decoration:none;color:var(--ghost-accent-color)}}</style>
</head>
<body class="post-template tag-interviews tag-hash-yt has-sans-title has-sans-body">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="https://founderstape.com">Founders Tape</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
                    <li class="nav-home"><a href="https://founderstape.com/">Home</a></li>
                    <li class="nav-episodes nav-current"><a href="https://founderstape.com/tag/interviews/">Episodes</a></li>
                    <li class="nav-about"><a href="https://founderstape.com/about/">About</a></li>
                </ul>
            </nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-interviews tag-hash-yt ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/interviews/">Interviews</a></span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002C2.74365 11.2 3.91865 13.125 6.1999 13.5375"></path></svg> Featured</span></div>
        <h1 class="article-title">Elon Musk: hiring, Neuralink and when to quit</h1>
        <p class="article-excerpt">Episode 33. Lena asks Elon Musk how he interviews, what surprised him about the first Neuralink patients, and when a founder should give up.</p>
        <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/lena/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/02/lena.jpg" alt="Lena Okafor"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lena/">Lena Okafor</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-11-04">Nov 4, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></section></div>
    </header>
    <section class="gh-content gh-canvas">
        <figure class="kg-card kg-embed-card kg-card-hascaption"><iframe width="200" height="113" src="https://www.youtube.com/embed/fT7pQm2LxkE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="Elon Musk | Founders Tape #33"></iframe><figcaption><p><span style="white-space: pre-wrap;">Watch the full conversation on YouTube</span></p></figcaption></figure>
        <p>We recorded this one in a conference room with a whiteboard that still had somebody&rsquo;s org chart on it. Elon was generous with his time &mdash; we ran more than an hour over the slot. Below: show notes, then the transcript with links that jump to the right moment in the video.</p>
        <h2 id="show-notes">Show notes</h2>
        <ul>
            <li>The &ldquo;hardest problem&rdquo; interview question and why it works</li>
            <li>Should founders interview every early hire? (9:06)</li>
            <li>Neuralink&rsquo;s first patients at home (30:22)</li>
            <li>When to quit (74:05)</li>
        </ul>
        <div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128161;</div><div class="kg-callout-text">Transcript generated with Whisper and corrected by our producer, Sam. Clicking a timestamp opens the video at that point.</div></div>
        <h2 id="transcript">Transcript</h2>
{transcript}
        <hr>
        <div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
            <div class="kg-toggle-heading">
                <h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">Plain-text transcript (for copying)</span></h4>
                <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button>
            </div>
            <div class="kg-toggle-content">
{plain}
            </div>
        </div>
        <div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form style="background-color: #F0F0F0; display: none;">
            <div class="kg-signup-card-content"><div class="kg-signup-card-text "><h2 class="kg-signup-card-heading" style="color: #000000;"><span style="white-space: pre-wrap;">Get new episodes by email</span></h2>
            <form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email="" type="email" required="true" placeholder="Your email"><button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div></form></div></div>
        </div>
    </section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/kimbal-and-the-greenhouse/"><img class="post-card-image" src="/content/images/size/w600/2024/10/greenhouse.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/kimbal-and-the-greenhouse/"><header class="post-card-header"><h2 class="post-card-title">Restaurants are startups too</h2></header><div class="post-card-excerpt">Episode 32, with a restaurateur who opened nine places in four years.</div></a></div></article></div></aside>
</main>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://founderstape.com">Founders Tape</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="https://founderstape.com/privacy/">Privacy</a></li><li class="nav-rss"><a href="https://founderstape.com/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://founderstape.com/assets/built/casper.js?v=9a3c4e1f02"></script>
<script>
$(document).ready(function () {{
    var $postContent = $(".gh-content");
    $postContent.fitVids();
}});
</script>
<script>const toggleHeadingElements=document.getElementsByClassName("kg-toggle-heading"),toggleFn=function(e){{const t=e.target.closest(".kg-toggle-card"),g=t.getAttribute("data-kg-toggle-state");"close"===g?t.setAttribute("data-kg-toggle-state","open"):t.setAttribute("data-kg-toggle-state","close")}};for(let e=0;e<toggleHeadingElements.length;e++)toggleHeadingElements[e].addEventListener("click",toggleFn,!1);</script>
</body>
</html>
"""


def build():
    page = PAGE.format(transcript=render_transcript(), plain=render_plain())
    return write_page(
        NAME, page, SHOW,
        "Ghost post: an <h3> per turn '<a href=\"...watch?v=...&t=NNNs\">mm:ss</a> \u00b7 Name' (minutes run past 59, e.g. 74:05) with the turn's <p>s below; the same transcript repeated without times as 'Full Name: text' paragraphs in a collapsed toggle card.",
        gold_turns(TURNS),
        ["Lena Okafor", "Lena"],
    )
