"""ac07: TRAP page - Squarespace podcast where two hosts discuss and quote him, one does an impression; he never speaks."""
from common import gold_from, mmss, gold

NAME = "ac07_orbitdesk"
SHOW = "The Orbit Desk"

LBL = {"M": ("Marisol Vega", "Marisol"), "T": ("Theo Brandt", "Theo"), "X": ("Theo (as Elon)", "Theo (as Elon)")}

T = [
    ("M", 0, ["Hello and welcome to The Orbit Desk, the weekly show about the business of space. I&rsquo;m Marisol Vega."]),
    ("T", 6, ["And I&rsquo;m Theo Brandt. Big week. We have to talk about the investor call."]),
    ("M", 11, ["We do. So, Elon Musk on Wednesday&rsquo;s call said, and I&rsquo;m reading from the transcript here, quote, &ldquo;We expect the first uncrewed ships to Mars in the next window, and if those land safely, crewed flights the window after.&rdquo; End quote."]),
    ("T", 31, ["Which is the same thing he said two windows ago."]),
    ("M", 34, ["It is. And to be fair, he also said on the same call, &ldquo;I&rsquo;m often optimistic on timing.&rdquo; So at least he flagged it himself."]),
    ("T", 45, ["Can I do the voice?"]),
    ("M", 47, ["Please don&rsquo;t do the voice."]),
    ("X", 49, ["Well, uh, the thing is, Mars is, you know, it&rsquo;s fundamentally a propellant problem, and, uh, we&rsquo;ll have it solved in, uh, probably six months."]),
    ("M", 58, ["That&rsquo;s terrible. That&rsquo;s genuinely terrible. Listeners, I apologise."]),
    ("T", 63, ["I&rsquo;ve been practising. Okay, serious point. Musk posted on Thursday night, &ldquo;Refilling test next month. This is the big one.&rdquo; And the replies were split between people who think it&rsquo;s a month and people who think it&rsquo;s a quarter."]),
    ("M", 81, ["Here&rsquo;s what I keep coming back to. When I interviewed him in 2019, he told me, &ldquo;The hard part isn&rsquo;t the rocket, it&rsquo;s the rate.&rdquo; And I think that&rsquo;s still the real story. Nobody is doubting that they can build one ship."]),
    ("T", 99, ["Right. It&rsquo;s whether they can build one a week."]),
    ("M", 103, ["Exactly. Let&rsquo;s take a break, and when we come back, the satellite spectrum fight nobody is paying attention to."]),
    ("T", 1488, ["And that&rsquo;s the show. Thanks for listening to The Orbit Desk."]),
]


def render():
    out = []
    seen = set()
    for spk, t, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        out.append('<p class="sqsrte-small"><span style="color:#8a8a8a">%s</span>&nbsp; <strong>%s:</strong> %s</p>' % (mmss(t), lab, paras[0]))
    return "\n".join(out)


def build():
    turns = gold_from(T)
    assert turns == []
    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 88: The Investor Call, the Refilling Test and a Very Bad Impression &mdash; The Orbit Desk</title>
<meta property="og:site_name" content="The Orbit Desk">
<meta property="og:title" content="Ep. 88: The Investor Call, the Refilling Test and a Very Bad Impression">
<meta property="og:type" content="article">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0e2/12/5c5a519771c10ba3470d8101/64a1f0e2/1543/site.css">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"The Orbit Desk"}},"collection":{{"title":"Episodes","typeName":"blog"}}}};</script>
</head>
<body id="item-65f0a1" class="header-layout-nav-right tweak-blog-item-width-medium collection-type-blog view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary">
  <div class="header-title"><a href="/" class="header-title-text">The Orbit Desk</a></div>
  <nav class="header-nav"><div class="header-nav-item"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div><div class="header-nav-item"><a href="/advertise">Advertise</a></div></nav>
</header>
<main id="page" class="container" role="main">
<article class="entry h-entry hentry author-marisol-vega post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title" data-content-field="title">Ep. 88: The Investor Call, the Refilling Test and a Very Bad Impression</h1></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published" datetime="2025-11-07">November 7, 2025</time></div></div>
<div class="blog-item-content e-content">
<div class="sqs-block audio-block"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/orbitdesk/t/ep88.mp3" data-title="Ep. 88" data-duration-in-ms="1521000"></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p>Marisol and Theo break down this week&rsquo;s investor call, the upcoming orbital refilling test and why the real question was never whether SpaceX can build one ship. Also: Theo attempts an impression. We are sorry.</p>
<h3>In this episode</h3>
<ul><li>00:11 &mdash; What was said on the investor call</li><li>00:49 &mdash; The impression (skip ahead)</li><li>01:03 &mdash; The Thursday-night post about refilling</li><li>01:21 &mdash; &ldquo;It&rsquo;s the rate&rdquo;</li><li>24:48 &mdash; Wrap</li></ul>
</div></div>
<div class="sqs-block quote-block"><div class="sqs-block-content"><figure><blockquote><span>&ldquo;</span>The hard part isn&rsquo;t the rocket, it&rsquo;s the rate.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; Elon Musk, speaking to Marisol Vega in 2019</figcaption></figure></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p>Elon Musk: &ldquo;I&rsquo;m often optimistic on timing.&rdquo; (Investor call, Nov. 5)</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Transcript</h2>
<p><em>Auto-generated and lightly corrected. Elon Musk does not appear on this episode; quotations are read by the hosts.</em></p>
{tx}
</div></div>
<div class="sqs-block button-block"><a class="sqs-block-button-element" href="/newsletter">Get the newsletter</a></div>
</div>
<footer class="blog-item-meta"><div class="blog-categories-list"><a href="/episodes?category=Launch+Industry">Launch Industry</a></div></footer>
</article>
<section class="comments" id="comments">
<h3>Comments (2)</h3>
<div class="comment" data-comment-id="c1"><div class="comment-author"><span class="name">Elon Musk</span> <span class="note">(not that one)</span></div><div class="comment-body"><p>Theo, the impression was actually not bad. Source: I have been getting mistaken for him at airports since 2012.</p></div><div class="comment-date">November 8, 2025</div></div>
<div class="comment reply" data-comment-id="c2"><div class="comment-author"><span class="name">Priyanka S.</span></div><div class="comment-body"><blockquote><p>Elon Musk: &ldquo;Refilling test next month. This is the big one.&rdquo;</p></blockquote><p>Taking bets on the month. I say February.</p></div><div class="comment-date">November 8, 2025</div></div>
</section>
</main>
<footer class="Footer"><div class="Footer-inner"><p>&copy; 2025 Orbit Desk Media. Ads by <a href="https://example-adnetwork.com">Westwave Audio</a>.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></div></footer>
</div>
<script type="text/javascript" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body>
</html>
""".format(tx=render())
    g = gold("Squarespace blog post transcript: one paragraph per turn with a grey mm:ss time then a bold 'Name:' label (full name first, first name after); he never speaks (hosts quote him and one host does an impression).",
             SHOW, turns, ["Marisol Vega", "Marisol", "Theo Brandt", "Theo", "Theo (as Elon)"])
    return NAME, page, g
