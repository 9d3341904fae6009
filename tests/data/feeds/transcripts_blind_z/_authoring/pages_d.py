from common import *


# ---------------------------------------------------------------------------
# z13 — public-radio transcript; archived soundbites of him (positive),
#       Errol Musk speaking, comedian impersonating him, reporter quoting him
# ---------------------------------------------------------------------------
def z13():
    g = Gold("Morning Circuit",
             "Public-radio transcript: plain paragraphs opening with a capitalised label ('AISHA GRANT, HOST:' then "
             "'GRANT:'), parenthesised (SOUNDBITE OF ...) markers before archived clips; no timestamps. His only "
             "turns are archived soundbites labelled 'ELON MUSK:'.")
    out = []

    def L(lab, text, musk=False):
        if musk:
            text = g.m(None, text)
        else:
            g.other(lab)
        out.append("<p>%s: %s</p>" % (lab, text))

    def S(txt):
        out.append("<p>(%s)</p>" % txt)

    L("AISHA GRANT, HOST", "This is MORNING CIRCUIT. I&#39;m Aisha Grant. The world&#39;s richest man grew up in Pretoria, South Africa, and left at seventeen. Our correspondent Tomas Berg went looking for what he left behind.")
    L("TOMAS BERG, BYLINE", "The house on this quiet street in Waterkloof is painted a different color now. The jacaranda trees are the same. Elon Musk has rarely talked about growing up here, but when he has, it&#39;s been blunt.")
    S("SOUNDBITE OF ARCHIVED RECORDING")
    L("ELON MUSK", "I was a pretty bookish kid. I read the encyclopedia when I ran out of books at the library. Which, in retrospect, was a little strange.", musk=True)
    L("BERG", "That&#39;s Musk in a 2014 interview. He&#39;s also said his childhood was, quote, &quot;not happy,&quot; and he told a biographer the schoolyard was brutal. His father, Errol Musk, remembers it differently.")
    L("ERROL MUSK", "Elon was always in his own head. You&#39;d talk to him and he wouldn&#39;t hear you. The doctors thought he was deaf. He wasn&#39;t deaf. He was thinking.")
    L("BERG", "Errol Musk still lives in South Africa. He says he and his son speak rarely.")
    L("MUSK", "We are not close. That&#39;s all I want to say about that.")
    L("BERG", "Back in the States, Elon Musk has a very different public life. Here he is at a product launch in 2019.")
    S("SOUNDBITE OF ARCHIVED RECORDING")
    L("ELON MUSK", "Well, we threw it a little hard. But it didn&#39;t go through, so that&#39;s a plus side.", musk=True)
    S("LAUGHTER")
    L("BERG", "That armored-glass demonstration became a late-night punchline. Comedian Jay Parrish has made a career of it.")
    S("SOUNDBITE OF TV SHOW, &quot;LATE SHIFT&quot;")
    L("JAY PARRISH", "(As Elon Musk) The window broke, which proves the window works. Next slide. Mars.")
    S("LAUGHTER")
    L("GRANT", "Tomas, does he ever talk about South Africa now?")
    L("BERG", "Occasionally. Last year, asked at a conference what he missed, he gave a surprisingly short answer.")
    S("SOUNDBITE OF ARCHIVED RECORDING")
    L("ELON MUSK", "The food. Biltong. And the thunderstorms.", musk=True)
    L("GRANT", "Biltong.")
    L("BERG", "Biltong. Dried meat. I brought some back for the newsroom, by the way.")
    L("GRANT", "Tomas Berg, thank you.")
    L("BERG", "Thanks, Aisha.")
    S("SOUNDBITE OF MUSIC")
    L("GRANT", "We end with one more clip. Musk was asked in 2022 whether he&#39;d ever move back.")
    S("SOUNDBITE OF ARCHIVED RECORDING")
    L("ELON MUSK", "No.", musk=True)
    L("GRANT", "And that&#39;s MORNING CIRCUIT for this Tuesday.")
    body = "\n".join(out)

    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk&#39;s Pretoria: what the richest man left behind : Morning Circuit : WKRX</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Correspondent Tomas Berg visits the neighborhood where Elon Musk grew up and talks with his father, Errol Musk.">
<link rel="stylesheet" href="https://media.wkrx.example/templates/css/transcript.v3.css">
<script>var WKRX = {"story":{"id":"nx-5512093","program":"morning-circuit","type":"transcript"}};</script>
</head>
<body class="transcript-page">
<header class="global-header"><a class="station-logo" href="https://www.wkrx.example/">WKRX 90.3</a>
<nav class="global-nav"><a href="/news">News</a> <a href="/programs">Programs</a> <a href="/programs/morning-circuit" class="current">Morning Circuit</a> <a href="/listen-live" class="live">Listen live</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main id="main-section">
<div class="transcript-header">
<p class="program-name"><a href="/programs/morning-circuit">Morning Circuit</a></p>
<h1 class="storytitle">Elon Musk&#39;s Pretoria: what the richest man left behind</h1>
<p class="dateblock"><time datetime="2025-02-11">February 11, 2025</time> &bull; 5:12 AM ET</p>
<p class="hosts">Heard on Morning Circuit &middot; <a href="/people/tomas-berg">Tomas Berg</a></p>
<div class="audio-module"><button class="audio-module-listen">Listen &middot; 6:41</button><a class="audio-module-download" href="https://media.wkrx.example/audio/2025/02/20250211_mc_pretoria.mp3">Download</a></div>
</div>
<div class="transcript storytext">
<p class="disclaimer">WKRX transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of WKRX&rsquo;s programming is the audio record.</p>
%s
<p class="disclaimer">Copyright &copy; 2025 WKRX. All rights reserved. Visit our website terms of use and permissions pages at www.wkrx.example for further information.</p>
</div>
<aside class="related-stories"><h3>More from Morning Circuit</h3><ul><li><a href="/2025/02/10/tesla-europe-sales">Tesla sales slump in Europe</a></li><li><a href="/2025/02/07/starlink-rural">Starlink and the rural broadband gap</a></li></ul></aside>
</main>
<footer class="global-footer"><p>WKRX is a member station. &copy; 2025 WKRX Public Media</p><p><a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/privacy">Privacy</a></p></footer>
<script src="https://media.wkrx.example/templates/js/player.v3.js"></script>
</body>
</html>
""" % body
    return "z13_radio_soundbites", page, g


# ---------------------------------------------------------------------------
# z14 — Ghost blog on a podcast network; "Name: text" per paragraph with the
#       turn's <time datetime> printed AFTER the first paragraph's text
# ---------------------------------------------------------------------------
def z14():
    g = Gold("Build Mode",
             "Ghost post: each turn is a paragraph '<strong>Name:</strong> text' with its start time printed after "
             "the text as <time datetime='PT..'>m:ss / h:mm:ss</time> (first paragraph only); label with role "
             "'Elon Musk, CEO of SpaceX and Tesla:' first, then 'Musk:'; short turns have no time.")
    g.other("Theo Lindqvist", "Theo", "Ines Carvalho", "Carvalho")
    out = []

    def P(lab, sec, paras, musk=False):
        first = paras[0]
        if musk:
            first = g.m(sec, first)
        tm = (' <time class="ts" datetime="%s">%s</time>' % (iso_dur(sec), hms_short(sec))) if sec is not None else ""
        out.append("<p><strong>%s:</strong> %s%s</p>" % (lab, first, tm))
        for p in paras[1:]:
            out.append("<p>%s</p>" % p)

    P("Theo Lindqvist", t(0, 0, 5), ["Hello and welcome to Build Mode on the Signal Path Network. I&rsquo;m Theo. Two guests today: battery chemist Ines Carvalho, and Elon Musk."])
    P("Elon Musk, CEO of SpaceX and Tesla", t(0, 0, 19), ["Hi, Theo. Hi, Ines."], musk=True)
    P("Ines Carvalho", t(0, 0, 22), ["Hello!"])
    P("Theo", t(0, 0, 30), ["Ines, you wrote a paper last year arguing that the next big battery gain is in manufacturing, not chemistry. Elon, I suspect you agree."])
    P("Musk", t(0, 1, 2), ["Strongly agree. The chemistry gets all the headlines, but the cost is in the process. Dry electrode coating alone is a huge deal if you can get the yield up.",
                          "We struggled with it for years. It was one of the hardest things we&rsquo;ve ever done, and I don&rsquo;t think people appreciate that."], musk=True)
    P("Carvalho", t(0, 3, 40), ["The yield problem is the whole problem. As Elon put it to our lab when he visited, &ldquo;the prototype is easy, volume production is hard.&rdquo; We put that on a poster."])
    P("Musk", None, ["Did you really?"], musk=True)
    P("Carvalho", None, ["We really did."])
    P("Theo", t(0, 27, 14), ["Sodium-ion. Hype or real?"])
    P("Musk", t(0, 27, 20), ["Real for stationary storage, probably. For cars, energy density still matters a lot. I&rsquo;d let Ines answer that properly."], musk=True)
    P("Carvalho", t(0, 27, 41), ["I&rsquo;d say real, but slower than the press releases suggest."])
    P("Theo", t(1, 3, 50), ["We&rsquo;re at an hour. Elon, last word to you."])
    P("Musk", t(1, 4, 9), ["Build things. The world needs more builders and fewer commentators. Present company excepted."], musk=True)
    P("Theo", None, ["Ha. Thank you both."])
    P("Musk", None, ["Thanks."], musk=True)
    body = "\n".join(out)

    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Build Mode 58: Batteries are a manufacturing problem (with Elon Musk and Ines Carvalho)</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1b2c3d4e">
<link rel="canonical" href="https://signalpath.fm/build-mode-58-batteries/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Signal Path Network">
<meta property="og:type" content="article">
<meta property="og:title" content="Build Mode 58: Batteries are a manufacturing problem">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Signal Path Network"},"author":{"@type":"Person","name":"Theo Lindqvist"},"headline":"Build Mode 58: Batteries are a manufacturing problem"}</script>
<meta name="generator" content="Ghost 5.75">
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:0}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://signalpath.fm/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-build-mode tag-hash-transcript">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://signalpath.fm">Signal Path Network</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-shows"><a href="https://signalpath.fm/shows/">Shows</a></li><li class="nav-build-mode nav-current-parent"><a href="https://signalpath.fm/tag/build-mode/">Build Mode</a></li><li class="nav-dispatch"><a href="https://signalpath.fm/tag/dispatch/">Dispatch</a></li><li class="nav-about"><a href="https://signalpath.fm/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-build-mode">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/build-mode/">Build Mode</a></span></div>
<h1 class="article-title">Build Mode 58: Batteries are a manufacturing problem</h1>
<p class="article-excerpt">Elon Musk and chemist Ines Carvalho agree on one thing: the hard part is the factory.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/theo/">Theo Lindqvist</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-07-08">Jul 8, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-embed-card"><iframe src="https://share.transistor.fm/e/build-mode-58" width="100%%" height="180" frameborder="0" scrolling="no" seamless></iframe></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#x1F50B;</div><div class="kg-callout-text">In this episode: dry electrode coating, sodium-ion, and why yield is everything. Mentioned: Ines Carvalho&rsquo;s 2024 paper on electrode manufacturing.</div></div>
<h2 id="transcript">Transcript</h2>
<p><em>Timestamps follow each speaker&rsquo;s first paragraph and mark where that passage begins in the audio. Very short exchanges are not timestamped.</em></p>
%s
<hr>
<p><em>Build Mode is produced by Signal Path Network. Editing by Mira Solberg. Music: &ldquo;Slow Ramp&rdquo; by Ostkust.</em></p>
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/build-mode-57-lithium/"><h2 class="post-card-title">Build Mode 57: Where lithium comes from</h2></a></article><article class="post-card"><a class="post-card-image-link" href="/build-mode-56-grid/"><h2 class="post-card-title">Build Mode 56: The grid is a machine</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://signalpath.fm">Signal Path Network</a> &copy; 2025</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=8a1b2c3d4e"></script>
</body>
</html>
""" % body
    return "z14_ghost_time_after", page, g


# ---------------------------------------------------------------------------
# z15 — Squarespace event page; <dl> with <dt>NAME <span>hh:mm:ss.mmm</span>,
#       one or more <dd> per turn; interpreter renders his answers into German
# ---------------------------------------------------------------------------
def z15():
    g = Gold("Brücke Live",
             "Squarespace page with the transcript as a <dl>: each <dt> holds a capitalised speaker name and an "
             "hh:mm:ss.mmm time, followed by one or more <dd> paragraphs; an interpreter's turns (German renderings "
             "of his answers, English renderings of the German questions) sit between his.")
    out = []

    def T(who, sec, paras, musk=False):
        if musk:
            paras = [g.m(sec, paras[0])] + list(paras[1:])
        else:
            g.other(who)
        out.append('<dt><span class="who">%s</span> <span class="when">%s</span></dt>' % (who, hms_ms(sec)))
        out.extend('<dd>%s</dd>' % p for p in paras)

    KV, IN, EM, AU = "KATRIN VOGEL", "INTERPRETER", "ELON MUSK", "AUDIENCE MEMBER"
    T(KV, 12.48, ["[in German] Guten Abend, Berlin! Willkommen bei Brücke Live. Heute Abend begrüßen wir einen Gast, der keiner Vorstellung bedarf."])
    T(IN, 20.115, ["Good evening, Berlin! Welcome to Brücke Live. Tonight we welcome a guest who needs no introduction."])
    T(EM, 27.9, ["Thank you. Danke. That&rsquo;s about ninety percent of my German."], musk=True)
    T(IN, 33.402, ["[into German] Danke. Das sind ungefähr neunzig Prozent meines Deutschs."])
    T(KV, 61.0, ["[in German] Warum haben Sie die Fabrik ausgerechnet in Brandenburg gebaut?"])
    T(IN, 66.75, ["Why did you build the factory in Brandenburg, of all places?"])
    T(EM, 71.333, ["Germany has some of the best engineers in the world, and Berlin is a great city. Also, honestly, the land was available and the state government moved quickly, which surprised everyone.",
                   "There was a lot of paperwork. I mean a lot. I think the permit application was taller than me when printed."], musk=True)
    T(IN, 95.81, ["[into German] Deutschland hat einige der besten Ingenieure der Welt, und Berlin ist eine großartige Stadt. Ehrlich gesagt war auch das Grundstück verfügbar, und die Landesregierung hat schnell gehandelt."])
    T(KV, 1410.2, ["[in German] Genau."])
    T(EM, 1411.06, ["The next step for the factory is batteries on site. We want cells made here, not shipped from elsewhere."], musk=True)
    T(IN, 1420.999, ["[into German] Der nächste Schritt für die Fabrik sind Batterien vor Ort."])
    T(AU, 3725.5, ["Hi, I&rsquo;m an apprentice at the plant. Is there a future for people like me when the robots arrive?"])
    T(EM, 3734.72, ["Absolutely. Someone has to build the robots, fix the robots and make the robots better. The jobs change. They don&rsquo;t disappear."], musk=True)
    T(IN, 3750.3, ["[into German] Absolut. Jemand muss die Roboter bauen, reparieren und verbessern. Die Jobs verändern sich, sie verschwinden nicht."])
    T(KV, 4080.0, ["[in German] Vielen Dank, Elon Musk!"])
    T(EM, 4083.25, ["Thank you, Berlin. Auf Wiedersehen."], musk=True)
    body = "\n".join(out)

    page = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Transcript: Elon Musk at Brücke Live (Berlin) &mdash; Brücke Live</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f1a2b/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.brueckelive.de/transcripts/elon-musk-berlin"/>
<meta property="og:site_name" content="Brücke Live"/>
<meta property="og:title" content="Transcript: Elon Musk at Brücke Live (Berlin)"/>
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-4c8b5d.js" crossorigin="anonymous" defer></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101","website":{"id":"5f1a2b","identifier":"brueckelive","siteTitle":"Br\\u00fccke Live"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1a2b/41/site.css" type="text/css" rel="stylesheet" />
</head>
<body id="item-64a9" class="header-layout-nav-right tweak-blog-item-width-medium collection-type-blog view-item">
<div class="Site" data-nc-base="header">
<header class="Header Header--top" data-controller="HeaderOverlay">
<div class="Header-inner"><div class="Header-branding"><a href="/" class="Header-branding-logo">Brücke Live</a></div>
<nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav"><div class="Header-nav-inner"><a href="/shows" class="Header-nav-item">Shows</a><a href="/transcripts" class="Header-nav-item Header-nav-item--active">Transcripts</a><a href="/tickets" class="Header-nav-item">Tickets</a><a href="/kontakt" class="Header-nav-item">Kontakt</a></div></nav></div>
</header>
<div class="Content-outer">
<main class="Main Main--blog-item">
<section class="Main-content" data-content-field="main-content">
<article class="BlogItem hentry tag-transcript author-brucke-live post-type-text" data-item-id="64a9">
<div class="BlogItem-title" data-content-field="title"><h1>Transcript: Elon Musk at Brücke Live (Berlin)</h1></div>
<div class="Blog-meta BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="2025-10-02">October 2, 2025</time></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64a9-layout">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<p>Recorded live at the Tempodrom, Berlin. Moderator Katrin Vogel spoke German; our interpreter rendered her questions into English for the guest and his answers into German for the audience. Times are from the start of the recording (hh:mm:ss.mmm).</p>
</div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<dl class="transcript">
%s
</dl>
</div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p><em>Transcribed and translated by Brücke Live volunteers. German passages are given as spoken.</em></p></div></div>
</div></div>
</div>
<footer class="BlogItem-footer"><div class="BlogItem-share"><a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fwww.brueckelive.de%%2Ftranscripts%%2Felon-musk-berlin">Share</a></div>
<nav class="BlogItem-pagination"><a href="/transcripts/marie-kondo-berlin" class="BlogItem-pagination-link--prev">Zurück: Marie Lindqvist im Tempodrom</a></nav></footer>
</article>
</section>
</main>
</div>
<footer class="Footer" role="contentinfo"><div class="Footer-inner"><p>Brücke Live &middot; Tempodrom Berlin &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></div></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
""" % body
    return "z15_squarespace_interpreter", page, g


# ---------------------------------------------------------------------------
# z16 — XenForo fan forum; hand-typed transcript with a cast legend
#       (E = Elon Musk, KM = Kimbal Musk, J = reporter), "E (mm:ss): text",
#       some lines without a time; quoting replies; lookalike usernames
# ---------------------------------------------------------------------------
def z16():
    g = Gold("RedPlanetBoard",
             "XenForo forum thread: the first post is a hand-typed transcript with a cast legend (E = Elon Musk, "
             "J = reporter, KM = Kimbal Musk); lines 'E (mm:ss): text' separated by <br>, some lines without a time; "
             "replies quote lines inside bbCodeBlock blockquotes.")
    g.other("J", "KM")
    L = []

    def T(ini, sec, text):
        if ini == "E":
            text = g.m(sec, text)
        lab = ini if sec is None else "%s (%s)" % (ini, mmss(sec))
        L.append("%s: %s" % (lab, text))

    T("J", t(0, 0, 14), "Elon, quick one for KTVR, what are you doing at a car show on a Sunday?")
    T("E", t(0, 0, 19), "Honestly? My kids wanted to see the old Ferraris. I&#39;m just a dad today.")
    T("J", t(0, 0, 31), "Is the Roadster ever coming?")
    T("E", t(0, 0, 35), "Yes. It&#39;s coming. We&#39;re going to do a demo by the end of the year that will blow your mind.")
    L.append("(the crowd went nuts here lol)")
    L.append("He said something about rockets on the car but I couldn&#39;t hear all of it.")
    T("J", None, "Rockets on a car?")
    T("E", None, "Cold gas thrusters. SpaceX package. It&#39;s real.")
    T("KM", t(0, 2, 2), "He&#39;s been promising me a ride in it for six years.")
    T("E", t(0, 2, 8), "Kimbal gets the first ride. Maybe.")
    T("J", t(0, 2, 15), "Last question, are you going to sell the Roadster in Europe?")
    T("E", t(0, 2, 19), "Probably. Okay, I gotta go, my kids are wandering off.")
    post = "<br>\n".join(L)

    page = """<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-90211" data-logged-in="false" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Transcript: Elon at the Petersen car show (typed it up) | RedPlanetBoard</title>
<link rel="canonical" href="https://redplanetboard.example/threads/transcript-elon-at-the-petersen-car-show-typed-it-up.90211/" />
<link rel="stylesheet" href="/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Afa.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=1&amp;l=1&amp;d=1728001122&amp;k=5c7b" />
<script src="/js/xf/preamble.min.js?_v=a1b2c3d4"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://redplanetboard.example/"><img src="/styles/rpb/logo.png" alt="RedPlanetBoard" width="200" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary"><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list"><li><a href="/" class="p-navEl-link">Home</a></li><li><a href="/forums/" class="p-navEl-link is-selected">Forums</a></li><li><a href="/whats-new/" class="p-navEl-link">What&#039;s new</a></li><li><a href="/members/" class="p-navEl-link">Members</a></li></ul></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs"><li><a href="/forums/">Forums</a></li><li><a href="/forums/#tesla-spacex.3">Tesla &amp; SpaceX</a></li><li><a href="/forums/elon-sightings-and-interviews.14/">Elon sightings &amp; interviews</a></li></ul>
<div class="p-title"><h1 class="p-title-value">Transcript: Elon at the Petersen car show (typed it up)</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/orbital_ops.5521/" class="username">orbital_ops</a></li><li><time class="u-dt" datetime="2025-05-18T21:04:11-0700">May 18, 2025</time></li></ul></div>
<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">

<article class="message message--post js-post" data-author="orbital_ops" data-content="post-1188201" id="js-post-1188201">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/orbital_ops.5521/" class="username">orbital_ops</a></h4><h5 class="userTitle message-userTitle">Well-known member</h5></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/90211/post-1188201" rel="nofollow"><time class="u-dt" datetime="2025-05-18T21:04:11-0700">May 18, 2025</time></a></li></ul><ul class="message-attribution-opposite listInline"><li>#1</li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">
Was at the Petersen today and Elon showed up with his kids. A local reporter (Jess Alvarado, KTVR) grabbed him for a couple of minutes and Kimbal walked up halfway through. I recorded it on my phone and typed it up. Times are from my recording. Missed a couple of times where I was getting jostled.<br>
<br>
<b>Cast:</b> E = Elon Musk, J = Jess Alvarado (KTVR), KM = Kimbal Musk<br>
<br>
%s<br>
<br>
That&#39;s all of it. Video is too shaky to post, sorry.
</div></article></div></div>
</div></div>
</div>
</article>

<article class="message message--post js-post" data-author="Musk_Ox" data-content="post-1188240" id="js-post-1188240">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/musk_ox.7002/" class="username">Musk_Ox</a></h4><h5 class="userTitle message-userTitle">Member</h5></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main">
<header class="message-attribution"><ul class="message-attribution-main listInline"><li><time class="u-dt" datetime="2025-05-18T21:30:02-0700">May 18, 2025</time></li></ul><ul class="message-attribution-opposite listInline"><li>#2</li></ul></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">
<blockquote data-attributes="member: 5521" data-quote="orbital_ops" data-source="post: 1188201" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=1188201" class="bbCodeBlock-sourceJump" rel="nofollow">orbital_ops said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">E (00:35): Yes. It&#39;s coming. We&#39;re going to do a demo by the end of the year that will blow your mind.</div></div>
</blockquote>
Narrator: it was not coming by the end of the year.
</div></article></div>
</div></div>
</div>
</article>

<article class="message message--post js-post" data-author="Elon_Musk_Fan42" data-content="post-1188266" id="js-post-1188266">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/elon_musk_fan42.8110/" class="username">Elon_Musk_Fan42</a></h4><h5 class="userTitle message-userTitle">New member</h5></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main">
<header class="message-attribution"><ul class="message-attribution-main listInline"><li><time class="u-dt" datetime="2025-05-18T22:11:45-0700">May 18, 2025</time></li></ul><ul class="message-attribution-opposite listInline"><li>#3</li></ul></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">
Thanks for typing this up! Elon said at the Petersen that the Roadster demo would &quot;blow your mind&quot; &ndash; I&#39;m holding him to it.<br>
E: Cold gas thrusters. (I want this on a shirt)
</div></article></div>
</div></div>
</div>
</article>

<article class="message message--post js-post" data-author="elon.m" data-content="post-1188301" id="js-post-1188301">
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/elon-m.9123/" class="username">elon.m</a></h4><h5 class="userTitle message-userTitle">Member</h5></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main">
<header class="message-attribution"><ul class="message-attribution-main listInline"><li><time class="u-dt" datetime="2025-05-19T07:02:10-0700">May 19, 2025</time></li></ul><ul class="message-attribution-opposite listInline"><li>#4</li></ul></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">
Different Elon here (yes really). Kimbal&#39;s line is the best part of this.
</div></article></div>
</div></div>
</div>
</article>

</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button">Log in or register to reply here.</a></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><ul class="p-footer-linkList"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul></div><div class="p-footer-copyright">Community platform by XenForo<sup>&reg;</sup> &copy; 2010-2025 XenForo Ltd.</div></div></footer>
</div>
<script src="/js/xf/core-compiled.js?_v=a1b2c3d4"></script>
<script>jQuery.extend(XF.config, {"userId":0,"enablePush":false,"url":{"fullBase":"https:\\/\\/redplanetboard.example\\/"}});</script>
</body>
</html>
""" % post
    return "z16_xenforo_cast", page, g


PAGES = [z13, z14, z15, z16]
