"""r06 - conference panel on a Squarespace site: '[hh:mm:ss.mmm] Name: text'; moderator is another Elon
(Elon Haddad); several panelists, audience question, one-word moderator interruptions."""
from common import turn, hms_ms, check_no_adjacent

SLUG = "r06_helios_forum_panel"
SHOW = "Helios Forum 2025"

HD, E, IS, AU = "Elon Haddad", "Elon Musk", "Ingrid Solberg", "Audience Member"
T = [
    (HD, 3.120, ["Good afternoon, everyone. I&rsquo;m Elon Haddad, energy editor at The Meridian Review, and yes, before anyone asks, there are two Elons on this stage and only one of them has a rocket. I&rsquo;m the other one."]),
    (IS, 21.904, ["He told me backstage he was going to open with that."]),
    (HD, 25.377, ["I did. Joining me are Ingrid Solberg, chief executive of Nordvind Grid, and Elon Musk. Ingrid, let&rsquo;s start with you. What does a grid operator lose sleep over these days?"]),
    (IS, 38.015, ["Peaks. Not average demand, peaks. A cold evening with no wind when everyone comes home and turns on the heat and plugs in a car. That hour is the one we build the whole system for."]),
    (HD, 61.480, ["Elon &mdash; the other Elon &mdash; you said in Berlin a few years ago, and I&rsquo;m quoting, &ldquo;the limiting factor will be electricity and transformers.&rdquo; Is that where we are now?"]),
    (E, 74.633, ["Pretty much. We went from a chip shortage to a transformer shortage, and the next one is going to be electricity itself. The amount of compute being built is growing much faster than generation capacity.",
                 "And the thing about transformers is that you can&rsquo;t just spin up a new factory overnight. It&rsquo;s heavy, specialized equipment."]),
    (HD, 118.207, ["Sure."]),
    (E, 119.020, ["So you get this lag of several years between the demand showing up and the supply catching up. That lag is where the pain is."]),
    (IS, 131.874, ["I&rsquo;d add that it isn&rsquo;t only transformers. It&rsquo;s people. We don&rsquo;t have enough line workers and protection engineers, and you can&rsquo;t import those by ship."]),
    (E, 145.310, ["That&rsquo;s true. Skilled trades are underrated. We should be celebrating electricians the way we celebrate software engineers."]),
    (HD, 156.992, ["Let&rsquo;s talk storage. Ingrid, you&rsquo;ve been skeptical of batteries for anything beyond a few hours."]),
    (IS, 164.450, ["Skeptical is strong. For four hours, batteries are excellent. For a windless week in January, I need something else &mdash; hydro, interconnectors, maybe hydrogen."]),
    (E, 181.036, ["I agree batteries aren&rsquo;t the whole answer for a week-long gap. But people underestimate how much a few hours of storage does for the peaks you mentioned. It takes the edge off the most expensive hour, and that changes the economics of everything else."]),
    (HD, 1834.501, ["We have time for audience questions. Yes, in the front."]),
    (AU, 1839.770, ["Thank you. This is for Mr. Musk. Should homeowners install batteries now, or wait for prices to fall further?"]),
    (E, 1851.228, ["If you have a good reason now, like frequent outages, do it now. Prices will keep falling, but that&rsquo;s true of every technology. Waiting forever is also a decision."]),
    (HD, 1866.903, ["Elon, one word to sum up the next decade of energy."]),
    (E, 1870.114, ["Electrification."]),
    (HD, 1872.660, ["Ingrid?"]),
    (IS, 1873.940, ["Flexibility."]),
    (HD, 1876.305, ["Electrification and flexibility. Thank you both, and thank you all."]),
    (E, 1880.002, ["Thanks, everyone."]),
]
check_no_adjacent([("E" if s == E else s, t, p) for s, t, p in T])


def transcript():
    out = []
    for spk, t, paras in T:
        out.append(f"<p>[{hms_ms(t)}] <strong>{spk}:</strong> {paras[0]}</p>")
        for p in paras[1:]:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    html = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8">
<title>Session 4 Transcript: Powering the Next Century &mdash; Helios Forum</title>
<meta property="og:site_name" content="Helios Forum">
<meta property="og:title" content="Session 4 Transcript: Powering the Next Century &mdash; Helios Forum">
<meta property="og:description" content="Full transcript of the closing panel with Ingrid Solberg and Elon Musk, moderated by Elon Haddad.">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2/19/5c5a519771c10ba3470d8101/64a1f0c3/1505/site.css">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-2f8d7c0b-min.en-US.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteSettings":{{"siteTitle":"Helios Forum"}},"collection":{{"title":"Transcripts","typeName":"blog"}}}};</script>
</head>
<body id="item-66b2c4" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-left  collection-type-blog view-item">
<div class="Site" data-nc-base="header">
<header class="Header Header--top" data-nc-container="top">
  <div class="Header-inner Header-inner--top"><div data-nc-container="top-left"><a href="/" class="Header-branding" data-nc-element="branding"><img src="https://images.squarespace-cdn.com/content/v1/helios/logo.png?format=300w" alt="Helios Forum" class="Header-branding-logo"></a></div>
  <div data-nc-container="top-right"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav"><div class="Header-nav-inner">
    <a href="/program" class="Header-nav-item">Program</a><a href="/speakers" class="Header-nav-item">Speakers</a><a href="/transcripts" class="Header-nav-item Header-nav-item--active">Transcripts</a><a href="/venue" class="Header-nav-item">Venue</a><a href="/tickets" class="Header-nav-item">Tickets 2026</a></div></nav></div></div>
</header>
<div class="Content-outer"><main class="Main Main--blog-item">
<section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry category-transcripts author-helios-editorial post-type-text" data-item-id="66b2c4">
  <div class="BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-06-12">June 12, 2025</time> <span class="Blog-meta-item Blog-meta-item--categories"><a href="/transcripts?category=Transcripts" class="Blog-meta-item-category">Transcripts</a></span></div>
  <h1 class="BlogItem-title" data-content-field="title">Session 4: Powering the Next Century</h1>
  <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-66b2c4"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
  <div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
    <p><strong>Closing panel &middot; Main Hall &middot; Thursday 12 June, 16:30</strong></p>
    <p>Speakers: <strong>Elon Musk</strong> (Tesla, SpaceX) and <strong>Ingrid Solberg</strong> (CEO, Nordvind Grid). Moderator: <strong>Elon Haddad</strong> (energy editor, The Meridian Review).</p>
    <p>Timestamps refer to the session recording on our video page. The transcript was produced by our captioning partner and checked by the Helios editorial team. The middle section on policy (roughly 3:05 to 30:30) is available to registered attendees only.</p>
  </div></div>
  <div class="sqs-block video-block sqs-block-video" data-block-type="32"><div class="sqs-block-content"><div class="intrinsic"><iframe src="https://player.vimeo.example/video/912837465?h=2b1c" title="Helios Forum 2025 - Session 4" allowfullscreen></iframe></div></div></div>
  <div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
    <h2>Transcript</h2>
{transcript()}
  </div></div>
  <div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote"><span>&ldquo;</span>We should be celebrating electricians the way we celebrate software engineers.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; Elon Musk, Session 4</figcaption></figure></div></div>
  </div></div></div>
  <div class="BlogItem-share"><a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fheliosforum.org%2Ftranscripts%2Fsession-4">Share on LinkedIn</a></div>
  <nav class="BlogItem-pagination"><a href="/transcripts/session-3" class="BlogItem-pagination-link BlogItem-pagination-link--prev">Session 3: Hydrogen, honestly</a> <a href="/transcripts/keynote" class="BlogItem-pagination-link BlogItem-pagination-link--next">Opening keynote</a></nav>
</article>
</section>
</main></div>
<footer class="Footer" role="contentinfo" data-nc-base="footer"><div class="Footer-inner">
<div class="sqs-block html-block"><p>Helios Forum &middot; Oslo &amp; online &middot; <a href="mailto:press@heliosforum.org">press@heliosforum.org</a></p><p>&copy; 2025 Helios Forum AS. All rights reserved.</p></div>
<div class="sqs-block newsletter-block"><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form></div>
</div></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, t, paras in T if spk == E]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=[HD, IS, AU],
                format="Squarespace conference transcript; each paragraph '[hh:mm:ss.mmm] Name:' (bold name, millisecond timestamps), unlabelled continuation paragraphs; moderator is another Elon (Elon Haddad).")
