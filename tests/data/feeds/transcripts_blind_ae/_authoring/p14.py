from lib import *

NAME = "ae14_tinkertorque-squarespace"
SHOW = "Tinker & Torque"
B, M = "BL", "MO"

# rows: (time_or_None, text); first row carries the speaker cell
turns = [
    T(B, "Bea Lindqvist", 3.120, (3.120, "Hey, welcome to Tinker &amp; Torque, the podcast for people with metal shavings in their socks. I&rsquo;m Bea.")),
    T(M, "Marcus Oyelaran", 6.480, (6.480, "And I&rsquo;m Marcus. And today we have, and I still can&rsquo;t believe I&rsquo;m saying this, Elon Musk.")),
    T(EM, "Elon Musk", 10.900, (10.900, "Hey guys. Thanks for having me. Nice shop.")),
    T(B, "Bea Lindqvist", 13.050, (13.050, "So we&rsquo;re a shop podcast. We talk about making stuff. People say you have a process for design reviews. Walk us through it?")),
    T(EM, "Elon Musk", 24.700,
      (24.700, "Sure. Step one is to question every requirement, and every requirement has to have a person&rsquo;s name on it, not a department. Departments can&rsquo;t be wrong, people can."),
      (41.230, "Step two is try to delete the part or the process step. If you&rsquo;re not adding back at least some of what you deleted, you didn&rsquo;t delete enough."),
      (62.880, "Then simplify, then go faster, and only at the very end automate. The classic mistake is automating something that shouldn&rsquo;t exist. I&rsquo;ve done that, painfully.")),
    T(M, "Marcus Oyelaran", None, (None, "Delete the part.")),
    T(EM, "Elon Musk", None, (None, "Delete the part. Exactly. The best tolerance is the one on a part you don&rsquo;t make.")),
    T(B, "Bea Lindqvist", 860.005, (860.005, "Okay, Cybertruck. Why stainless steel? Our welding guy has opinions.")),
    T(EM, "Elon Musk", 867.999,
      (867.999, "Because it&rsquo;s strong, it doesn&rsquo;t need paint, and you can&rsquo;t dent it easily. The downside is it&rsquo;s really hard to stamp, so we had to do a lot of flat panels and bends."),
      (889.412, "Tell your welding guy he&rsquo;s right, it&rsquo;s a pain to weld.")),
    T(M, "Marcus Oyelaran", 1300.500, (1300.500, "You grew up taking things apart, right? What was the first thing you built?")),
    T(EM, "Elon Musk", 1304.010,
      (1304.010, "My first computer had a few kilobytes of memory and I wrote a little space game on it. And I built rockets from kits, and some not from kits, which my mother was not thrilled about.")),
    T(B, "Bea Lindqvist", 3910.700, (3910.700, "Final question, the one we ask everyone: one tool every shop should have?")),
    T(EM, "Elon Musk", 3915.250, (3915.250, "A good caliper.")),
    T(M, "Marcus Oyelaran", 3918.000, (3918.000, "Ha! Correct answer. Elon Musk, thank you so much.")),
    T(EM, "Elon Musk", None, (None, "Thanks. Keep making stuff.")),
    T(B, "Bea Lindqvist", 3925.330, (3925.330, "That&rsquo;s the episode. Send us photos of your calipers.")),
]

for t in turns:
    t["rows"] = t["paras"]
    t["paras"] = [r[1] for r in t["rows"]]
    # untimed turns must have no timed row at all (keeps gold unambiguous)
    if t["t"] is None:
        assert all(r[0] is None for r in t["rows"])


def ftime(s):
    if s is None:
        return ""
    ms = int(round(s * 1000))
    sec, milli = divmod(ms, 1000)
    return "%s.%03d" % (hms(sec), milli)


def render_rows():
    out = []
    for t in turns:
        for i, (tm, tx) in enumerate(t["rows"]):
            spk = t["label"] if i == 0 else ""
            out.append('<tr><td class="tt-time">%s</td><td class="tt-speaker">%s</td><td class="tt-text">%s</td></tr>' % (ftime(tm), spk, tx))
    return "\n".join(out)


PAGE = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8">
<title>Ep 64: Elon Musk &mdash; Tinker &amp; Torque</title>
<link rel="canonical" href="https://www.tinkerandtorque.com/episodes/ep-64-elon-musk">
<meta property="og:site_name" content="Tinker &amp; Torque">
<meta property="og:title" content="Ep 64: Elon Musk &mdash; Tinker &amp; Torque">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2c11a9","siteTitle":"Tinker & Torque"},"collectionId":"60a1f7","itemId":"66f0b3"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2c11a9/32/5c5a519771c10ba3470d8101/5f2c11a9/1544/site.css">
<style>.tt-table{width:100%;border-collapse:collapse;font-size:15px}.tt-table td{padding:6px 8px;vertical-align:top;border-bottom:1px solid #eee}.tt-time{font-family:Menlo,monospace;color:#999;white-space:nowrap}.tt-speaker{font-weight:700;white-space:nowrap}</style>
</head>
<body id="item-66f0b3" class="header-overlay-alignment-center tweak-blog-item-width-narrow collection-type-blog view-item">
<div class="Site" data-nc-base="header">
<header class="Header Header--top"><div class="Header-inner"><div class="Header-branding"><a href="/" class="Header-branding-logo">Tinker &amp; Torque</a></div>
<nav class="Header-nav Header-nav--primary"><div class="Header-nav-inner"><a href="/episodes" class="Header-nav-item Header-nav-item--active">Episodes</a><a href="/shop" class="Header-nav-item">Shop</a><a href="/about" class="Header-nav-item">About</a><a href="/contact" class="Header-nav-item">Contact</a></div></nav></div></header>
<div class="Content-outer"><main class="Main Main--blog-item">
<article class="BlogItem hentry category-episodes author-bea-lindqvist post-type-text" id="article-66f0b3">
<div class="BlogItem-title"><h1 class="BlogItem-title" data-content-field="title">Ep 64: Elon Musk</h1></div>
<div class="Blog-meta BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="2024-08-06">August 6, 2024</time><a href="/episodes?author=5f2c11a9" class="Blog-meta-item Blog-meta-item--author">Bea Lindqvist</a></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-66f0b3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f2c11a9/t/66f0b3/ep64.mp3" data-title="Ep 64: Elon Musk" data-author="Tinker &amp; Torque" data-duration-in-ms="3931000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p>Bea and Marcus somehow got Elon Musk into the shop for an hour. We talk design reviews, why stainless is a pain to weld, the first thing he ever built, and the one tool every shop needs.</p>
<h3>Highlights</h3>
<ul data-rte-list="default">
<li><p>00:00:24 &mdash; Elon Musk on questioning requirements</p></li>
<li><p>00:14:27 &mdash; Elon Musk: &ldquo;Tell your welding guy he&rsquo;s right.&rdquo;</p></li>
<li><p>01:05:15 &mdash; The one tool</p></li>
</ul>
</div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h3>Transcript</h3>
<p><em>Auto-generated and corrected by hand; a few lines lost their timestamps in the edit. Times are hh:mm:ss.mmm.</em></p>
<table class="tt-table">
<thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
%(ROWS)s
</tbody>
</table>
</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">The Shop Floor newsletter</h2><p>One email a month. No spam, just swarf.</p><form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button type="submit" class="newsletter-form-button">Sign Up</button></form></div></div></div>
</div></div></div>
<footer class="BlogItem-meta-bottom"><div class="BlogItem-share"><a href="#" class="ss-social-button">Share</a></div></footer>
<section class="BlogItem-pagination"><a href="/episodes/ep-63-lathe-restoration" class="BlogItem-pagination-link BlogItem-pagination-link--prev">Ep 63: Restoring a 1942 lathe</a><a href="/episodes/ep-65-anodizing" class="BlogItem-pagination-link BlogItem-pagination-link--next">Ep 65: Anodizing at home</a></section>
</article>
</main></div>
<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints"><div class="Footer-inner"><div class="sqs-block html-block"><p>Tinker &amp; Torque is made in a two-car garage in Duluth, Minnesota.</p><p>&copy; 2024 Tinker &amp; Torque LLC</p></div></div></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(ROWS)s", render_rows())
    return write(NAME, page,
                 "Squarespace episode page; transcript is a table with columns time (hh:mm:ss.mmm) | speaker | text, continuation rows leave the speaker cell empty (often with their own time), some rows have an empty time cell.",
                 SHOW, gold_from(turns), others_from(turns))
