from common import *

NAME = "v11_trap_signalnoise_deepfake"
SHOW = "Signal & Noise"

TURNS = [
    Turn("J", 0, ["This is Signal &amp; Noise. I’m Jo Park."], label="Jo Park"),
    Turn("R", 4, ["And I’m Ravi Menon. Today: a fake Elon Musk, a real market move, and how you’re supposed to tell the difference."], label="Ravi Menon"),
    Turn("J", 15, ["So on Tuesday morning a clip started circulating. It sounded exactly like Musk announcing that Tesla was taking a major cryptocurrency position. We’re going to play it, and I want to be clear: this is not him. This is a synthetic voice."], label="Jo"),
    Turn("Z", 38, ["Hey everyone, it’s Elon. Big news today. We’ve just moved a significant part of the treasury into a new token, and I think it’s going to the moon."], label="Synthetic voice (cloned “Elon Musk”)"),
    Turn("R", 51, ["It’s eerie. The cadence is right, the little pauses are right."], label="Ravi"),
    Turn("J", 56, ["And the real Musk responded about an hour later. He posted, and I’m reading it verbatim: “That audio is fake. I have not said that and would not say that.” Which, fair."], label="Jo"),
    Turn("R", 72, ["The thing that struck me is how people decided it was real. As Musk told an interviewer years ago, people believe what matches what they already expect. Somebody had the family angle too — they dug up an old documentary clip of his father."], label="Ravi"),
    Turn("J", 95, ["Right, let’s play that, because it’s a real voice and it shows how context gets stripped."], label="Jo"),
    Turn("P", 101, ["My son was always going to do something enormous. Whether people like it or not is another matter."], label="Errol Musk (archival clip)"),
    Turn("R", 109, ["That’s from a 2019 documentary, and people were re-cutting it under the fake clip as if it were a reaction."], label="Ravi"),
    Turn("J", 1872, ["Okay, practical advice. If you hear a clip of a CEO saying something market-moving, what do you do?"], label="Jo"),
    Turn("R", 1879, ["Check the primary source. Check the company’s own channels. And be suspicious of anything that’s perfectly on-brand, because that’s exactly what a clone is trained to be."], label="Ravi"),
    Turn("J", 3641, ["That’s our show. Signal &amp; Noise is produced by Lia Brandt. See you next week."], label="Jo"),
]

FORMAT = ("Squarespace accordion transcript with lines '[hh:mm:ss] Name: text' (full names first, then first names), repeated in a "
          "plain-text block; the 'Elon Musk' voice is a labelled synthetic clone and the only Musk who speaks is his father in an "
          "archival clip, so he has no turns.")


def render_lines(with_time=True):
    out = []
    for tr in TURNS:
        ts = f'<span class="ts">[{hms(tr.t)}]</span> ' if with_time else ""
        out.append(f"<p>{ts}<strong>{tr.label}:</strong> {tr.paras[0]}</p>")
    return "\n".join(out)


def render_plain():
    return "\n".join(f"[{hms(tr.t)}] {tr.label}: {tr.paras[0]}" for tr in TURNS)


def build():
    body = render_lines()
    plain = render_plain()
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep. 47: The voice on the line — deepfakes, markets and a fake Musk — Signal &amp; Noise</title>
<meta property="og:site_name" content="Signal &amp; Noise"/>
<meta property="og:title" content="Ep. 47: The voice on the line — deepfakes, markets and a fake Musk"/>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64f0c1a2b3/17/5c5a519771c10ba3470d8101/64f0c1a2b3d4e5/1552/site.css"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"Signal & Noise"}},"collection":{{"title":"Episodes","typeName":"blog"}}}};</script>
</head>
<body id="item-65a1" class="header-overlay-alignment-center tweak-social-icons-style-regular blog-item-show-author-profile-enabled view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="black">
 <div class="header-inner container--fluid">
  <div class="header-title-text"><a href="/" data-animation-role="header-element">Signal &amp; Noise</a></div>
  <nav class="header-nav" aria-label="Main"><div class="header-nav-list"><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/episodes" aria-current="page">Episodes</a></div><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div></div></nav>
 </div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="65a1">
<section class="page-section layout-engine-section">
<div class="content-wrapper">
<div class="blog-item-wrapper">
<div class="blog-item-top-wrapper"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Ep. 47: The voice on the line — deepfakes, markets and a fake Musk</h1>
<div class="blog-meta-section"><span class="blog-author">Jo Park &amp; Ravi Menon</span> <time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-01-16">January 16, 2025</time></div></div>
<div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/sn/t/ep47.mp3" data-title="Ep. 47: The voice on the line" data-author="Signal &amp; Noise" data-duration-in-ms="3702000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p>On Tuesday, a cloned voice of Elon Musk briefly moved a market. Jo and Ravi dig into how the clip spread, why it sounded so convincing, and what you should do the next time a “CEO” calls. <strong>Elon Musk does not appear on this episode.</strong></p>
<h3>In this episode</h3>
<ul>
<li>00:00:38 — The fake clip (synthetic voice)</li>
<li>00:00:56 — Elon Musk: “That audio is fake”</li>
<li>00:01:41 — Errol Musk’s documentary clip, out of context</li>
<li>00:31:12 — How to check a clip</li>
</ul>
</div></div>
<div class="sqs-block html-block sqs-block-html key-quotes" data-block-type="2"><div class="sqs-block-content" style="background:#111;color:#f4f4f4;padding:24px">
<h4>Key quotes</h4>
<p><strong>Elon Musk:</strong> “That audio is fake. I have not said that and would not say that.” <em>(via his post on X)</em></p>
<p><strong>Ravi Menon:</strong> “Be suspicious of anything that’s perfectly on-brand.”</p>
</div></div>
<div class="sqs-block html-block sqs-block-html ai-summary" data-block-type="2"><div class="sqs-block-content">
<p><em>Episode summary (AI-assisted):</em> The hosts play a deepfake in which “Elon Musk” announces a crypto move, read Musk’s real denial, and explain verification steps. Musk: not a guest.</p>
</div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69">
<div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="false" data-is-divider-enabled="true">
<li class="accordion-item">
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-item-65a1-1" id="button-65a1-1"><span class="accordion-item__title">Read the full transcript</span><div class="accordion-icon-container" aria-hidden="true"></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-65a1-1" id="accordion-item-65a1-1" style="max-height:0;overflow:hidden">
<div class="accordion-item__description">
<p><em>This transcript was produced by a machine and corrected by a human; it may contain errors. Timestamps are hours:minutes:seconds.</em></p>
{body}
</div>
</div>
</li>
<li class="accordion-item">
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-item-65a1-2" id="button-65a1-2"><span class="accordion-item__title">Plain text (for screen readers and copy/paste)</span></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-65a1-2" id="accordion-item-65a1-2" style="max-height:0;overflow:hidden">
<div class="accordion-item__description"><pre class="transcript-plain" style="white-space:pre-wrap">{plain}</pre></div>
</div>
</li>
</ul>
</div>
</div>
</div></div>
</div>
</div>
<div class="blog-item-comments">
<div class="squarespace-comments" id="comments-65a1">
<h3 class="comment-count">3 Comments</h3>
<div class="comment"><div class="comment-author"><span class="author-name">Elon Musk</span> <span class="comment-date">1/16/25</span></div><div class="comment-body"><p>Fun episode. (Yes, this is my real name. No, I am not related. I sell insurance in Leeds.)</p></div></div>
<div class="comment"><div class="comment-author"><span class="author-name">muskmelon</span> <span class="comment-date">1/17/25</span></div><div class="comment-body"><p>The clone saying “it’s going to the moon” is so on the nose it should have been an instant red flag.</p>
<div class="comment reply"><div class="comment-author"><span class="author-name">Jo Park</span> <span class="comment-badge">Author</span></div><div class="comment-body"><p>Agreed, but it worked on a lot of people!</p></div></div></div></div>
</div>
</div>
</div>
</div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content-wrapper"><p>Signal &amp; Noise is an independent podcast about information, markets and trust. <a href="mailto:hello@signalnoise.fm">hello@signalnoise.fm</a></p><p>© 2025 Signal &amp; Noise</p></div></section></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""
    others = ["Jo Park", "Jo", "Ravi Menon", "Ravi", "Synthetic voice (cloned “Elon Musk”)", "Errol Musk (archival clip)"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
