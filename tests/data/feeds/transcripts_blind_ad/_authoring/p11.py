"""ad11: Squarespace podcast page, transcript as a table (time | speaker | text).
Continuation rows leave the speaker cell empty but carry their own time; some rows have
no time. Times are MM:SS with minutes past 59. Kimbal Musk also speaks."""
from common import *

NAME = "ad11_fieldandfork_squarespace"
SHOW = "Field & Fork"

I, K = "I", "K"
T = [
    {"s": I, "at": 3492, "p": ["Welcome back to part two. If you&rsquo;re just joining, I&rsquo;m Ines Caldwell, and I&rsquo;m at a very long farm table with Kimbal Musk and, for the first time on this show, his brother Elon."]},
    {"s": K, "p": ["He was promised dessert. That&rsquo;s the only reason he came."]},
    {"s": E, "p": ["That is true. I was told there would be pie, and I&rsquo;ve seen no pie."]},
    {"s": I, "p": ["The pie is coming. Kimbal, you&rsquo;ve spent twenty years trying to get people to eat real food. How&rsquo;s it going with your brother?"]},
    {"s": K, "p": ["Honestly? Slowly. Elon said to me once, &ldquo;Why would anyone eat a salad when there&rsquo;s a donut right there?&rdquo; And he meant it as a genuine question. He wanted the engineering answer.",
                   "So I gave him the engineering answer, which is about blood sugar and what happens at three in the afternoon, and he"]},
    {"s": E, "p": ["True."]},
    {"s": K, "p": ["&mdash; he said &ldquo;true&rdquo; just like that and then ate the donut."]},
    {"s": E, "nt": True, "p": ["In my defense, it was a very good donut. And I have gotten better. I eat vegetables now. Some of them on purpose."]},
    {"s": I, "p": ["What&rsquo;s a vegetable you eat on purpose?"]},
    {"s": E, "p": ["Broccoli, if it&rsquo;s roasted. Not steamed. Steamed broccoli is a punishment."]},
    {"s": K, "p": ["I&rsquo;ll take it. That&rsquo;s progress."]},
    {"s": I, "at": 4101, "p": ["You grew up in South Africa. What did dinner look like in your house?"]},
    {"s": E, "p": ["Kimbal cooked, mostly, even as a kid. I read. That was the division of labor. I think I read through most of dinner for about ten years.",
                   "He was already the one who cared about the food and the people at the table. I cared about whatever book I was in. It worked out for both of us, I think."]},
    {"s": K, "p": ["It did. And he&rsquo;d tell us about the book, whether we asked or not."]},
    {"s": I, "p": ["Elon, last question for you. Would you ever grow food on Mars?"]},
    {"s": E, "p": ["You&rsquo;d have to. Shipping food across the solar system is absurdly expensive. So the first greenhouse on Mars is probably more important than the first apartment.",
                   "And then Kimbal can run it. That&rsquo;s the plan. I haven&rsquo;t told him yet."]},
    {"s": K, "p": ["This is the first I&rsquo;m hearing of it."]},
    {"s": E, "p": ["Now you know."]},
    {"s": I, "p": ["And on that note, the pie has arrived. Thank you both."]},
    {"s": E, "p": ["Finally. Thank you."]},
]
assign_times(T, start=0, seed=1111, wps=2.6)
# a continuation row without a time, and a host row without a time
T[12]["nt_rows"] = {1}
T[10]["nt"] = True


def rows():
    out, seen = [], set()
    names = {I: ("Ines Caldwell", "Ines"), K: ("Kimbal Musk", "Kimbal"), E: ("Elon Musk", "Elon")}
    for tr in T:
        s = tr["s"]
        lab = names[s][0] if s not in seen else names[s][1]
        seen.add(s)
        for j, (p, t) in enumerate(zip(tr["p"], tr["ts"])):
            show_t = not ((j == 0 and tr.get("nt")) or j in tr.get("nt_rows", ()))
            tcell = mmss(t) if show_t else ""
            scell = lab if j == 0 else ""
            out.append(f'<tr><td class="tc">{tcell}</td><td class="sc"><strong>{scell}</strong></td><td>{p}</td></tr>')
    return "\n".join(out)


def build():
    html = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8">
<title>Episode 58: Two Brothers, One Table (Part 2) &mdash; Field &amp; Fork</title>
<link rel="canonical" href="https://www.fieldandforkpodcast.com/episodes/58-two-brothers-part-2">
<meta property="og:site_name" content="Field &amp; Fork">
<meta property="og:title" content="Episode 58: Two Brothers, One Table (Part 2)">
<meta itemprop="name" content="Episode 58: Two Brothers, One Table (Part 2)">
<script type="text/javascript" src="//use.typekit.net/ik/9xkQ1x.js" async></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"id":"5f1b2c","siteTitle":"Field & Fork"}},"collection":{{"title":"Episodes","typeName":"blog"}},"item":{{"title":"Episode 58: Two Brothers, One Table (Part 2)"}}}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1b2c/41/site.css">
<style>.transcript-table td{{vertical-align:top;padding:4px 10px;border-bottom:1px solid #eee}}.transcript-table .tc{{font-family:monospace;color:#8a6d3b;white-space:nowrap}}</style>
</head>
<body id="item-64b0f1" class="header-overlay-alignment-center tweak-blog-item-width-medium  view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
<header class="Header Header--top" data-nc-container="top"><div class="Header-inner"><a href="/" class="Header-branding"><span class="Header-branding-text">Field &amp; Fork</span></a>
<nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav"><div class="Header-nav-inner"><a href="/episodes" class="Header-nav-item Header-nav-item--active">Episodes</a><a href="/about" class="Header-nav-item">About</a><a href="/recipes" class="Header-nav-item">Recipes</a><a href="/shop" class="Header-nav-item">Shop</a><a href="/contact" class="Header-nav-item">Contact</a></div></nav></div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry category-episodes tag-kimbal-musk tag-elon-musk author-ines-caldwell post-type-text article-index-1" id="article-64b0f1" data-item-id="64b0f1">
<div class="BlogItem-title-wrap"><h1 class="BlogItem-title" data-content-field="title">Episode 58: Two Brothers, One Table (Part 2)</h1>
<div class="Blog-meta BlogItem-meta"><a href="/episodes?author=ines" class="Blog-meta-item Blog-meta-item--author">Ines Caldwell</a><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-08-14">August 14, 2025</time></div></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64b0f1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f1b2c/t/ep58.mp3" data-title="Two Brothers, One Table (Part 2)" data-author="Field &amp; Fork" data-duration-in-ms="4905000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p>The second half of our dinner with Kimbal Musk and Elon Musk, recorded at Kimbal&rsquo;s farm outside Boulder. We talk donuts, roasted broccoli, growing up in Pretoria and who will run the first greenhouse on Mars.</p>
<p><strong>In this episode:</strong> Kimbal on the donut debate &middot; Elon on dinner in the Musk household &middot; Greenhouses on Mars &middot; Pie.</p>
<p class="pull">&ldquo;Steamed broccoli is a punishment.&rdquo; &mdash; Elon Musk</p>
<h3>Transcript</h3>
<p><em>Times are minutes:seconds from the start of the full recording (this part begins at 58:00). Rows without a name continue the speaker above. Machine-assisted transcript; some rows have no timestamp where the audio was re-edited.</em></p>
</div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="transcript-table">
<thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{rows()}
</tbody>
</table>
</div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center"><a href="/episodes/57-two-brothers-part-1" class="sqs-block-button-element--medium sqs-block-button-element">Listen to Part 1</a></div></div></div>
</div></div></div>
<div class="BlogItem-share"><span class="squarespace-social-buttons inline-style" data-system-data-id="64b0f1"></span></div>
<nav class="BlogItem-pagination clear"><a href="/episodes/57-two-brothers-part-1" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><div class="BlogItem-pagination-link-label">Previous</div><h4 class="BlogItem-pagination-link-title">Episode 57: Two Brothers, One Table (Part 1)</h4></a><a href="/episodes/59-seed-banks" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-label">Next</div><h4 class="BlogItem-pagination-link-title">Episode 59: The Seed Bank Under the Mountain</h4></a></nav>
</article>
<div class="BlogItem-comments"><div class="squarespace-comments" id="comments-64b0f1">
<div class="comment" data-comment-id="1"><div class="comment-author">Kim Bal</div><div class="comment-body">Kimbal: &ldquo;I&rsquo;ll take it. That&rsquo;s progress.&rdquo; &mdash; every sibling ever. Loved this one.</div></div>
<div class="comment" data-comment-id="2"><div class="comment-author">musk_melon</div><div class="comment-body">Elon at {mmss(T[9]['ts'][0])}: &ldquo;Steamed broccoli is a punishment.&rdquo; My kids heard this. I am doomed.</div></div>
</div></div>
</section></main></div>
<footer class="Footer" role="contentinfo" data-nc-group="footer"><div class="Footer-inner clear"><div class="sqs-layout"><p>&copy; 2025 Field &amp; Fork. Made with Squarespace.</p><p><a href="/newsletter">Newsletter</a> &middot; <a href="https://instagram.com/fieldandforkpod">Instagram</a></p></div></div></footer>
</div>
<script type="text/javascript" src="https://static1.squarespace.com/static/ta/5f1b2c/11/scripts/site-bundle.js"></script>
<script data-name="static-context">Static.COOKIE_BANNER_CAPABLE = true;</script>
</body>
</html>
"""
    fmt = ("Squarespace code block with a three-column table (time | speaker | text): times are MM:SS with minutes past 59 "
           "(e.g. 61:05); continuation rows leave the speaker cell empty but have their own time; some rows have no time.")
    others = ["Ines Caldwell", "Ines", "Kimbal Musk", "Kimbal"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
