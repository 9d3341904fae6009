from lib import *

NAME = "ag12_seoul-future-forum-interpreted"
SHOW = "Seoul Future Forum 2025"
FMT = ("Squarespace event page; each turn is 'Label: text' with the label in <strong> and the turn's start time printed "
       "after its text as '[hh:mm:ss]'; an interpreter renders the moderator's Korean and his answers.")

H, I, E = "Han Ji-woo (via interpreter)", "Interpreter", "Elon Musk"
T = [
 (H, 35, ["Welcome, Mr. Musk, to the Seoul Future Forum. Many young people in Korea admire you. My first question: what do you think of Korea's battery industry?"]),
 (E, 58, ["Thank you. Korea's battery industry is world class, honestly. Some of the best cell engineers I've ever worked with are Korean.",
          "We buy a lot of cells from Korean suppliers and we'll probably buy more."]),
 (I, 81, ["(in Korean; English gloss) Mr. Musk says that Korea's battery industry is world class, and that some of the best cell engineers he has worked with are Korean. He says they will probably buy more."]),
 (H, 104, ["Korea has the lowest birth rate in the world. You have spoken about this often. What would you say to Korean policymakers?"]),
 (E, 121, ["I'd say it's the biggest risk to the country, bigger than almost anything else. If the trend continues, the population shrinks by more than half within a few generations. That's not a small problem."]),
 (I, 140, ["(in Korean; English gloss) He says, quote, it is the biggest risk to the country. He says if the trend continues the population will shrink by more than half."]),
 (H, 158, ["Should robots do the work, then?"]),
 (E, 162, ["Robots can help a lot. But robots don't have kids. You still need people, and people need to feel that having a family is not a financial catastrophe."]),
 (I, 178, ["(in Korean; English gloss) Mr. Musk says robots can help, but robots don't have children."]),
 (H, 189, ["Thank you. One question from a student in the audience. She asks: what did you study that was most useful?"]),
 (E, 201, ["Physics. Physics teaches you to reason from first principles, to boil things down to the fundamental truths and reason up from there.",
          "And economics. The two together are very useful."]),
 (I, 219, ["(in Korean; English gloss) Physics and economics."]),
 (H, 226, ["Thank you very much, Mr. Musk."]),
 (E, 229, ["Kamsahamnida."]),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, t, paras in T:
        if who == E:
            g.elon(t, paras[0])
        else:
            g.other(who)
        ps = list(paras)
        stamp = ' <span class="stamp">[%s]</span>' % hms(t)
        if len(ps) == 1:
            out.append('<p><strong>%s:</strong> %s%s</p>' % (esc(who), esc(ps[0]), stamp))
        else:
            out.append('<p><strong>%s:</strong> %s</p>' % (esc(who), esc(ps[0])))
            out.extend('<p>%s</p>' % esc(p) for p in ps[1:-1])
            out.append('<p>%s%s</p>' % (esc(ps[-1]), stamp))
    body = "\n".join(out)
    page = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fireside Chat Transcript &mdash; Seoul Future Forum 2025</title>
<link rel="canonical" href="https://www.seoulfutureforum.org/transcripts/fireside-musk"/>
<meta property="og:site_name" content="Seoul Future Forum"/>
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-7c1b.js" defer></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a9f2","siteTitle":"Seoul Future Forum"},"collectionId":"64be77"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a9f2/12/5c5a519/site.css" rel="stylesheet" type="text/css"/>
</head>
<body id="item-6650" class="header-overlay-alignment-center tweak-social-icons-style-regular view-item collection-type-blog">
<div class="Site" data-nc-base="header">
<header class="Header Header--top"><div class="Header-inner"><a href="/" class="Header-branding">Seoul Future Forum</a>
<nav class="Header-nav"><a href="/program" class="Header-nav-item">Program</a><a href="/speakers" class="Header-nav-item">Speakers</a><a href="/transcripts" class="Header-nav-item Header-nav-item--active">Transcripts</a><a href="/ko" class="Header-nav-item">&#54620;&#44397;&#50612;</a></div></header>
<main class="Main Main--blog-item">
<section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry">
<div class="BlogItem-title" data-content-field="title"><h1>Fireside Chat with Elon Musk (video link)</h1></div>
<div class="Blog-meta BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-09-24">September 24, 2025</time></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<p>Elon Musk joined the Forum by video link from Texas for a twenty-minute fireside chat moderated by journalist Han Ji-woo. The moderator spoke in Korean; her questions appear below as rendered by the simultaneous interpreter. Mr. Musk answered in English, and each answer was then summarised in Korean by the consecutive interpreter (English gloss provided).</p>
<p><em>Note: each bracketed time follows the remark and marks where that remark begins in the session video.</em></p>
</div></div>
<div class="sqs-block video-block sqs-block-video"><div class="sqs-block-content"><div class="intrinsic"><iframe src="https://www.youtube-nocookie.com/embed/sfF25fireside" allowfullscreen></iframe></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
%s
</div></div>
</div>
</article>
</section>
</main>
<footer class="Footer"><div class="Footer-inner"><p>Seoul Future Forum &middot; Organised by the Korea Institute for Future Industries</p><p>&copy; 2025 All rights reserved.</p></div></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
</body>
</html>
""" % body
    write(NAME, page, g)
