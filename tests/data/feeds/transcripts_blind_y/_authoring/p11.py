from common import *

SHOW = "Family Business"

# (label or None for a bracketed note, secs, text)
SEGS = [
    ("RUTH", 0, "Hi, welcome to Family Business, the show about families that run things. I’m Ruth Adeyemi."),
    ("BEN", 6, "And I’m Ben Castillo. And today — this is a weird one for us — we’re talking about the Musks. Not Elon. His father."),
    ("RUTH", 15, "Errol Musk is on the line from Pretoria. Errol, thanks for doing this."),
    ("ERROL MUSK", 21, "Thank you, it’s a pleasure. I’ve listened to a few of your episodes. You’re very fair, which is rare."),
    ("BEN", 30, "We try. So let’s start simple. What was Elon like at ten years old?"),
    ("MUSK", 36, "Quiet. Reading all the time. He read the encyclopedia, cover to cover, and then he’d correct the adults at dinner. Which they did not enjoy."),
    ("RUTH", 52, "Elon has told that story too. He said on a podcast a couple of years ago — I wrote it down — “I read the Encyclopaedia Britannica because I ran out of books.”"),
    ("MUSK", 65, "That’s true. We had a small library and he finished it."),
    (None, 71, "[CLIP: Elon Musk speaking at a 2022 technology conference about his childhood — audio not transcribed]"),
    ("BEN", 118, "So in that clip he’s pretty clearly not painting a warm picture of home."),
    ("MUSK", 125, "He has his view and I have mine. I don’t think it helps anybody for me to argue with my son in public."),
    ("RUTH", 134, "He did post about you last night, actually. I’m going to read it verbatim, because I think we should. Quote: “I have nothing more to say about my father.” End quote."),
    ("MUSK", 146, "Well. Then we agree on something."),
    ("BEN", 3660, "Errol, we’re at the end. Anything you want to say to your son, if he listens?"),
    ("MUSK", 3667, "Only that I’m proud of what he’s built. He knows that. Whether he wants to hear it is his business."),
    ("RUTH", 3680, "Errol Musk, thank you."),
    ("ERROL MUSK", 3683, "Thank you both."),
]


def build():
    g = Gold(SHOW, "Squarespace episode page; <p> per turn with a bold capitalised label ('ERROL MUSK:' then 'MUSK:' for Errol) and an italic [mm:ss] time (minutes past 59); Elon Musk is discussed, quoted and heard in an untranscribed clip but never speaks.")
    out = []
    for lab, t, text in SEGS:
        if lab is None:
            out.append('<p class="sqs-note"><em>%s</em></p>' % esc(text, True))
            continue
        g.other(lab)
        out.append('<p><strong>%s:</strong> <em>[%s]</em> %s</p>' % (lab, mm_ss(t), esc(text, True)))
    page = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep. 64: Errol Musk on raising Elon (and why they don’t talk) — Family Business</title>
<link rel="canonical" href="https://www.familybusinesspod.com/episodes/ep-64-errol-musk"/>
<meta property="og:site_name" content="Family Business"/>
<meta property="og:title" content="Ep. 64: Errol Musk on raising Elon (and why they don’t talk) — Family Business"/>
<meta name="description" content="Errol Musk talks about Elon’s childhood, their public falling-out and what he’d say to his son."/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f0c2e8/42/5c5a519771c10ba3470d8101/64a1f0c2e8/1571/site.css" rel="stylesheet" type="text/css"/>
</head>
<body id="item-64b2e0a1f2" class="header-overlay-alignment-center tweak-social-icons-style-regular  ancillary-header-top-left-layout-horizontal view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="Site" data-nc-base="mobile-bar" data-controller="AncillaryLayout">
<header class="Header Header--top"><div class="Header-inner"><a href="/" class="Header-branding" data-content-field="site-title">Family Business</a>
<nav class="Header-nav Header-nav--primary"><div class="Header-nav-inner"><a href="/episodes" class="Header-nav-item Header-nav-item--active">Episodes</a><a href="/about" class="Header-nav-item">About</a><a href="/sponsors" class="Header-nav-item">Sponsors</a><a href="/contact" class="Header-nav-item">Contact</a></div></nav></div></header>
<div class="Content-outer"><main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry author-ruth-adeyemi post-type-text" data-item-id="64b2e0a1f2">
<div class="BlogItem-title-wrap"><h1 class="BlogItem-title" data-content-field="title">Ep. 64: Errol Musk on raising Elon (and why they don’t talk)</h1>
<div class="Blog-meta BlogItem-meta"><a href="/episodes?author=5c5a" class="Blog-meta-item Blog-meta-item--author">Ruth Adeyemi</a><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-08-19">August 19, 2025</time></div></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64b2e0a1f2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block sqs-block-audio" data-block-type="41"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5c5a519771c10ba3470d8101/t/64b2e0/ep64-errol.mp3" data-title="Ep. 64: Errol Musk" data-duration-in-ms="3701000"></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p>This week Ruth and Ben talk to Errol Musk, the engineer and businessman best known as Elon Musk’s father. We asked Elon’s team for comment; they did not respond before publication. Elon Musk does not appear on this episode.</p>
<h3>Quotes we discuss</h3>
<blockquote><p><strong>Elon Musk:</strong> “I have nothing more to say about my father.” (posted Aug 18)</p>
<p><strong>Elon Musk:</strong> “I read the Encyclopaedia Britannica because I ran out of books.” (2022 podcast)</p></blockquote>
<h3>In this episode</h3>
<ul><li>[00:36] Elon at ten</li><li>[01:11] Clip: Elon on his childhood (2022)</li><li>[02:14] Reading Elon’s post on air</li><li>[61:00] Errol’s message to his son</li></ul>
<hr>
<h2>Transcript</h2>
%s
<p><em>Transcript by Family Business staff. Please check against the audio before quoting.</em></p>
</div></div>
</div></div></div>
<footer class="BlogItem-meta-footer"><div class="BlogItem-share"><span>Share</span></div></footer>
</article>
<section class="BlogItem-comments"><h3 class="comments-title">3 Comments</h3>
<div class="comment"><div class="comment-author"><span class="author-name">Elon Musk</span> <span class="comment-date">August 19, 2025</span></div><div class="comment-body"><p>Not the real one obviously. But this was a good interview. He seems sad.</p></div></div>
<div class="comment"><div class="comment-author"><span class="author-name">elonmuskisoverparty</span></div><div class="comment-body"><p>MUSK: “Then we agree on something.” — coldest line of the year</p></div></div>
<div class="comment reply"><div class="comment-author"><span class="author-name">Ben Castillo</span> <span class="badge">Host</span></div><div class="comment-body"><p>To be clear for newer listeners, “MUSK” in the transcript is Errol throughout.</p></div></div>
</section>
</section></main></div>
<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints"><div class="Footer-inner"><p>Family Business is an independent production. © 2025. <a href="/privacy">Privacy</a></p></div></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(Squarespace.ImageLoader) {Squarespace.ImageLoader.bootstrap();}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
""" % "\n".join(out)
    return g.write("y11_familybusiness_trap", page)


if __name__ == "__main__":
    build()
