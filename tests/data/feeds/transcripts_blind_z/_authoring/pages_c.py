from common import *


# ---------------------------------------------------------------------------
# z09 — earnings-call transcript site; speaker line "Name -- Role" then paras;
#       no timestamps; participants list; key takeaways box; analyst quotes him
# ---------------------------------------------------------------------------
def z09():
    g = Gold("Quarterline",
             "Earnings-call transcript: each turn starts with a paragraph '<strong>Name</strong> -- <em>Role</em>' "
             "and the spoken text follows in separate paragraphs; no timestamps; participant list at the top.")
    out = []

    def S(name, role, paras):
        if name != "Elon Musk":
            g.other(name)
        hdr = '<p><strong>%s</strong>%s</p>' % (name, (" -- <em>%s</em>" % role) if role else "")
        body = []
        for i, p in enumerate(paras):
            if name == "Elon Musk" and i == 0:
                p = g.m(None, p)
            body.append("<p>%s</p>" % p)
        out.append(hdr + "\n" + "\n".join(body))

    EM, CEO = "Elon Musk", "Chief Executive Officer"
    S("Operator", None, ["Good afternoon, everyone, and welcome to the Tesla second-quarter 2025 financial results Q&amp;A webcast. My name is Jordan and I&rsquo;ll be facilitating the audio portion of today&rsquo;s call. I will now turn the call over to Hannah Reyes, head of investor relations. Please go ahead."])
    S("Hannah Reyes", "Head of Investor Relations", ["Thanks, Jordan. Good afternoon, everyone. Joining me today are Elon Musk, Dev Mahajan and a number of other executives. Our results were announced shortly after market close. During this call we will discuss our business outlook and make forward-looking statements. Elon, over to you."])
    S(EM, CEO, ["Thank you. So, this was a quarter of transition, as we said it would be. We&rsquo;re changing over lines for the new models at several factories at once, which is painful in the short term.",
                "But I want to emphasize that the long-term picture has never been stronger. Autonomy and robotics are going to be the overwhelming majority of the company&rsquo;s value.",
                "With that, I&rsquo;ll hand it over to Dev."])
    S("Dev Mahajan", "Chief Financial Officer", ["Thank you, Elon. Total revenue was down four percent sequentially, driven by lower deliveries during the changeover. Energy storage deployments hit a record for the third consecutive quarter. Operating expenses rose on AI compute spending."])
    S("Hannah Reyes", "Head of Investor Relations", ["Great. We&rsquo;ll now move to analyst questions. First question comes from Colin Ferris at Grayhaven Securities."])
    S("Colin Ferris", "Grayhaven Securities -- Analyst", ["Thanks. Elon, on the last call you said, &ldquo;We&rsquo;ll have unsupervised driving in several cities by the end of the year.&rdquo; Is that still the plan, and how many cities?"])
    S(EM, CEO, ["Yes, that&rsquo;s still the plan. I&rsquo;d be cautious about giving a specific number of cities, because it depends on regulators, but I think it&rsquo;s a handful by year-end and a lot more next year.",
                "The software is improving at a rate that surprises even the team. Interventions per mile are dropping very quickly."])
    S("Colin Ferris", "Grayhaven Securities -- Analyst", ["And will that require new hardware in the existing fleet?"])
    S(EM, CEO, ["No."])
    S("Colin Ferris", "Grayhaven Securities -- Analyst", ["Thanks."])
    S("Hannah Reyes", "Head of Investor Relations", ["Next question is from Aditi Rao at Norwood &amp; Platt."])
    S("Aditi Rao", "Norwood &amp; Platt -- Analyst", ["Hi, thanks for taking the question. On margins: how should we think about gross margin as the new lines ramp? And maybe Lars can comment on the cost per vehicle."])
    S("Lars Moravec", "Senior Vice President, Vehicle Engineering", ["Sure. The new platform uses substantially fewer parts, and the unboxed assembly process lets us build sections in parallel. We expect cost per vehicle to come down meaningfully once the line is at rate."])
    S(EM, CEO, ["Exactly."])
    S("Dev Mahajan", "Chief Financial Officer", ["And just to add, we don&rsquo;t guide on margin, but the direction is positive once the ramp-related costs roll off."])
    S(EM, CEO, ["I&rsquo;d just say that the ramp is always the hardest part. Manufacturing is exponentially harder than making a prototype. Everyone who has done it knows that.",
                "So there will be some noise for a couple of quarters. Then it gets better."])
    S("Hannah Reyes", "Head of Investor Relations", ["Next, a retail shareholder question from our platform. &ldquo;When will Optimus be for sale to the public?&rdquo;"])
    S(EM, CEO, ["Good question. We&rsquo;ll have several thousand Optimus units working in our own factories this year. External sales probably begin next year, initially to other companies.",
                "In the long run I think Optimus will be worth more than the car business. I know that sounds crazy. It&rsquo;s not."])
    S("Operator", None, ["That concludes the question-and-answer session. I&rsquo;d like to turn the call back over to Elon Musk for closing remarks."])
    S(EM, CEO, ["Thanks, everyone. Great work by the team in a tough quarter. The future is bright. See you next quarter."])
    body = "\n".join(out)

    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q2 2025 Earnings Call Transcript | Quarterline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Full transcript of the Tesla Q2 2025 earnings call, including Q&amp;A with Elon Musk.">
<link rel="stylesheet" href="https://www.quarterline.example/static/css/transcript.css?v=41">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q2 2025 Earnings Call Transcript","publisher":{"@type":"Organization","name":"Quarterline"}}</script>
</head>
<body>
<div class="qlnav"><a class="qlnav__brand" href="/">Quarterline</a>
<form class="qlnav__search" action="/search"><input name="q" placeholder="Ticker or company"></form>
<a href="/calendar">Earnings calendar</a> <a href="/transcripts">Transcripts</a> <a href="/premium" class="qlnav__premium">Go Premium</a></div>
<div class="page">
<article class="transcript">
<header>
<div class="ticker-chip">NASDAQ: TSLA</div>
<h1>Tesla (TSLA) Q2 2025 Earnings Call Transcript</h1>
<p class="meta">TSLA earnings call for the period ending June 30, 2025. &middot; Published Jul 23, 2025, 8:41 p.m. ET &middot; By Quarterline Transcribing Service</p>
</header>
<section class="takeaways">
<h2>Key takeaways</h2>
<ul>
<li><strong>Elon Musk:</strong> autonomy and robotics will be the overwhelming majority of the company&rsquo;s value.</li>
<li><strong>Elon Musk:</strong> unsupervised driving in a handful of cities by year-end; no new hardware needed.</li>
<li><strong>Dev Mahajan:</strong> revenue down 4%% sequentially; energy storage at a record.</li>
</ul>
<p class="takeaways__note">Takeaways are machine-generated from the transcript below.</p>
</section>
<nav class="toc"><h2>Contents</h2><ol><li><a href="#participants">Call participants</a></li><li><a href="#prepared">Prepared remarks</a></li><li><a href="#qa">Questions and answers</a></li></ol></nav>
<section id="participants" class="participants">
<h2>Call participants</h2>
<h3>Corporate participants</h3>
<ul><li>Hannah Reyes &mdash; Head of Investor Relations</li><li>Elon Musk &mdash; Chief Executive Officer</li><li>Dev Mahajan &mdash; Chief Financial Officer</li><li>Lars Moravec &mdash; Senior Vice President, Vehicle Engineering</li></ul>
<h3>Analysts</h3>
<ul><li>Colin Ferris &mdash; Grayhaven Securities</li><li>Aditi Rao &mdash; Norwood &amp; Platt</li></ul>
</section>
<section id="prepared" class="call-body">
<h2>Prepared remarks and Q&amp;A</h2>
%s
</section>
<p class="duration">Duration: 0 minutes (audio not analysed)</p>
<section class="disclaimer"><p>This article is a transcript of this conference call produced for Quarterline. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, Quarterline does not assume any responsibility for your use of this content.</p></section>
</article>
<aside class="rail"><div class="rail__box"><h3>More TSLA transcripts</h3><ul><li><a href="/tsla-q1-2025">Q1 2025</a></li><li><a href="/tsla-q4-2024">Q4 2024</a></li><li><a href="/tsla-q3-2024">Q3 2024</a></li></ul></div></aside>
</div>
<footer class="qlfoot">&copy; 1995&ndash;2025 Quarterline Media LLC. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
<script src="https://www.quarterline.example/static/js/app.js?v=41"></script>
</body>
</html>
""" % body
    return "z09_earnings_quarterline", page, g


# ---------------------------------------------------------------------------
# z10 — Hugo conference site; legend <dl> defines initials; "[mm:ss] XX: text"
#       with minutes over 59; another Elon (moderator Elon Reyes)
# ---------------------------------------------------------------------------
def z10():
    g = Gold("Orbital Summit 2025",
             "Static-site (Hugo) session transcript: paragraphs '[mm:ss] XX: text' where minutes run past 59 and the "
             "speaker initials are defined in a legend <dl> above the transcript (EM = Elon Musk).")
    g.other("ER", "KO", "AUD")
    out = []

    def P(sec, ini, text, conts=()):
        if ini == "EM":
            text = g.m(sec, text)
        out.append('<p id="t%d"><span class="ts">[%s]</span> <b>%s:</b> %s</p>' % (sec, mmss(sec), ini, text))
        for c in conts:
            out.append("<p>%s</p>" % c)

    P(t(0, 0, 40), "ER", "Good morning, everyone. I&rsquo;m Elon Reyes &mdash; yes, I know, I&rsquo;ll be &ldquo;the other Elon&rdquo; for the next two hours. Joining me are Keiko Oda and Elon Musk.")
    P(t(0, 1, 30), "EM", "Happy to be here. I promise not to answer your questions for you.")
    P(t(0, 1, 41), "ER", "Much appreciated. Keiko, let&rsquo;s start with you. What does the launch market look like from the customer side?")
    P(t(0, 2, 5), "KO", "From the customer side it looks like abundance for the first time. Ten years ago you waited eighteen months for a rideshare slot. As Elon said in his keynote this morning, &ldquo;reusability is everything,&rdquo; and customers feel that in the price.")
    P(t(0, 3, 50), "ER", "Elon &mdash; Musk, that is &mdash; is that the whole story?")
    P(t(0, 4, 2), "EM", "It&rsquo;s most of the story. Full and rapid reusability is the holy grail. If you had to throw away a 747 after every flight, nobody would fly.",
      ["The second part is cadence. You need to fly a lot to learn a lot."])
    P(t(0, 23, 17), "ER", "Sure.")
    P(t(0, 23, 19), "EM", "And the third part, which people forget, is propellant cost. Methane is cheap. It&rsquo;s basically free compared to the vehicle.")
    P(t(0, 45, 0), "KO", "I&rsquo;d push back a little. Ground operations are still expensive, and insurance is not going down as fast as launch prices.")
    P(t(0, 45, 32), "EM", "That&rsquo;s fair.")
    P(t(1, 1, 5), "ER", "We&rsquo;re past the hour. Let&rsquo;s go to the audience. Microphone on the left.")
    P(t(1, 1, 20), "AUD", "Hi, I&rsquo;m a grad student. Question for Mr. Musk. What should someone my age work on?")
    P(t(1, 1, 44), "EM", "Work on something that you find interesting and that&rsquo;s useful. Don&rsquo;t worry too much about whether it&rsquo;s prestigious. Prestige is overrated.")
    P(t(1, 22, 10), "ER", "Last audience question, on the right.")
    P(t(1, 22, 18), "AUD", "For Keiko: is Japan going to have its own reusable rocket?")
    P(t(1, 22, 40), "KO", "I think yes, within the decade. The engineering talent is there.")
    P(t(1, 44, 33), "EM", "Can I add one thing? Competition is good. I want more people landing rockets, not fewer.")
    P(t(1, 49, 58), "ER", "On that note, thank you both. Enjoy the rest of the summit.")
    body = "\n".join(out)

    page = """<!DOCTYPE html>
<html lang="en" dir="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Panel: The Economics of Reusability — transcript | Orbital Summit 2025</title>
<meta name="description" content="Full transcript of the Orbital Summit 2025 main-stage panel with Elon Musk and Keiko Oda, moderated by Elon Reyes.">
<meta name="generator" content="Hugo 0.121.1">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">
<link rel="icon" href="https://orbitalsummit.example/favicon.ico">
<meta property="og:title" content="Panel: The Economics of Reusability — transcript">
<meta property="og:type" content="article">
</head>
<body class="list" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header">
<nav class="nav">
<div class="logo"><a href="https://orbitalsummit.example/" accesskey="h" title="Orbital Summit 2025 (Alt + H)">Orbital Summit 2025</a></div>
<ul id="menu">
<li><a href="https://orbitalsummit.example/program/" title="Program"><span>Program</span></a></li>
<li><a href="https://orbitalsummit.example/speakers/" title="Speakers"><span>Speakers</span></a></li>
<li><a href="https://orbitalsummit.example/transcripts/" title="Transcripts"><span class="active">Transcripts</span></a></li>
<li><a href="https://orbitalsummit.example/venue/" title="Venue"><span>Venue</span></a></li>
</ul>
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://orbitalsummit.example/">Home</a>&nbsp;&raquo;&nbsp;<a href="https://orbitalsummit.example/transcripts/">Transcripts</a></div>
<h1 class="post-title">Panel: The Economics of Reusability</h1>
<div class="post-description">Main stage, Day 2, 10:00&ndash;11:50. Moderated by Elon Reyes.</div>
<div class="post-meta"><span title="2025-09-18 00:00:00 +0000 UTC">September 18, 2025</span>&nbsp;&middot;&nbsp;9 min&nbsp;&middot;&nbsp;Summit Editorial Team</div>
</header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#speakers" aria-label="Speakers">Speakers</a></li><li><a href="#transcript" aria-label="Transcript">Transcript</a></li><li><a href="#notes" aria-label="Notes">Notes</a></li></ul></div></details></div>
<div class="post-content">
<h2 id="speakers">Speakers<a hidden class="anchor" aria-hidden="true" href="#speakers">#</a></h2>
<dl class="speaker-legend">
<dt>EM</dt><dd>Elon Musk, CEO and chief engineer, SpaceX</dd>
<dt>ER</dt><dd>Elon Reyes, moderator; host of the <em>Launch Window</em> podcast</dd>
<dt>KO</dt><dd>Keiko Oda, founder, Hoshizora Launch Brokerage</dd>
<dt>AUD</dt><dd>Audience member</dd>
</dl>
<p>Timestamps are minutes and seconds from the start of the session recording and link to that point in the video on the session page.</p>
<h2 id="transcript">Transcript<a hidden class="anchor" aria-hidden="true" href="#transcript">#</a></h2>
%s
<h2 id="notes">Notes<a hidden class="anchor" aria-hidden="true" href="#notes">#</a></h2>
<p>Transcribed by the summit volunteer team and lightly edited. Crosstalk and filler words removed. Spot an error? <a href="https://github.com/orbitalsummit/site/edit/main/content/transcripts/reusability-panel.md">Edit this page</a>.</p>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://orbitalsummit.example/tags/launch/">launch</a></li><li><a href="https://orbitalsummit.example/tags/panel/">panel</a></li></ul>
<nav class="paginav"><a class="prev" href="https://orbitalsummit.example/transcripts/keynote-day2/"><span class="title">&laquo; Prev</span><br><span>Keynote: Day 2 opening</span></a><a class="next" href="https://orbitalsummit.example/transcripts/lunar-logistics/"><span class="title">Next &raquo;</span><br><span>Lunar Logistics</span></a></nav>
</footer>
</article>
</main>
<footer class="footer"><span>&copy; 2025 <a href="https://orbitalsummit.example/">Orbital Summit</a></span> &middot; <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
<script>
document.querySelectorAll('a[href^="#"]').forEach(anchor => {anchor.addEventListener("click", function (e) {e.preventDefault();var id = this.getAttribute("href").substr(1);document.querySelector(`[id='${decodeURIComponent(id)}']`).scrollIntoView({behavior: "smooth"});});});
</script>
</body>
</html>
""" % body
    return "z10_hugo_panel_legend", page, g


# ---------------------------------------------------------------------------
# z11 — video platform transcript panel; cue per caption line with ?t= link,
#       label only at speaker change inside cue text; collapsed full-text copy;
#       chapters in description; lookalike commenter
# ---------------------------------------------------------------------------
def z11():
    g = Gold("Torque Talk",
             "Video-platform transcript panel: one div.cue per caption line with an <a href='...&t=NNNs'> m:ss / "
             "h:mm:ss link and text; a capitalised label 'ELON MUSK:' (later 'MUSK:') opens the cue where the "
             "speaker changes and following cues are unlabelled; the full transcript is repeated in a collapsed <details>.")
    g.other("RAFAEL SOTO", "SOTO")
    vid = "Gq7Lm2Xw9aQ"
    # (label or None, start, text)
    turns = [
        ("RAFAEL SOTO", [(t(0, 0, 3), "what&#39;s up everybody, welcome back to Torque Talk."), (t(0, 0, 6), "we are live at the Gigafactory and I have a very special guest.")]),
        ("ELON MUSK", [(t(0, 0, 42), "hey, thanks for having me. this place is loud,"), (t(0, 0, 45), "so I might have to shout a little.")]),
        ("SOTO", [(t(0, 3, 0), "first question, the one everybody wants. full self-driving. where are we?")]),
        ("MUSK", [(t(0, 3, 15), "so the latest version is a big jump."), (t(0, 3, 18), "it&#39;s trained end to end, there&#39;s basically no hand-written code"), (t(0, 3, 22), "for the driving decisions anymore, it&#39;s all neural nets."), (t(0, 3, 27), "and the rate of improvement is honestly kind of startling.")]),
        ("SOTO", [(t(0, 12, 0), "so, hands off the wheel in my driveway next year?")]),
        ("MUSK", [(t(0, 12, 8), "I mean I&#39;ve been wrong on that before, I&#39;ll admit that."), (t(0, 12, 12), "but this time the data is different.")]),
        ("SOTO", [(t(0, 12, 35), "do you ever get tired of people reminding you about the old timelines?")]),
        ("MUSK", [(t(0, 12, 40), "no.")]),
        ("SOTO", [(t(0, 33, 58), "let&#39;s talk about the cheap car.")]),
        ("MUSK", [(t(0, 34, 10), "yeah so the cheap car is really about the manufacturing process."), (t(0, 34, 14), "you build the car in sections, in parallel, then you bring them together.")]),
        ("SOTO", [(t(0, 47, 40), "and Cybertruck? honestly, how&#39;s it selling?")]),
        ("MUSK", [(t(0, 47, 55), "it&#39;s a niche product, it was always going to be a niche product. I love it though.")]),
        ("SOTO", [(t(1, 2, 0), "we&#39;re running over. one last one. what keeps you up at night?")]),
        ("MUSK", [(t(1, 2, 17), "AI safety, honestly. and birth rates."), (t(1, 2, 21), "those are the two big ones for me.")]),
        ("SOTO", [(t(1, 9, 30), "Elon Musk, thank you so much.")]),
        ("MUSK", [(t(1, 9, 48), "thank you. see you guys.")]),
    ]
    cues, full = [], []
    for lab, cs in turns:
        paras = []
        for i, (st, txt) in enumerate(cs):
            if i == 0:
                if lab in ("ELON MUSK", "MUSK"):
                    txt_r = g.m(st, txt)
                else:
                    txt_r = txt
                shown = "%s: %s" % (lab, txt_r)
            else:
                shown = txt
            cues.append('<div class="cue" role="button" tabindex="0" data-start="%d"><a class="cue__time" href="/watch?v=%s&amp;t=%ds">%s</a><div class="cue__text">%s</div></div>'
                        % (st, vid, st, hms_short(st), shown))
            paras.append(txt)
        full.append("<p>%s: %s</p>" % (lab, " ".join(paras)))
    cues_html = "\n".join(cues)
    full_html = "\n".join(full)

    page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk at the Gigafactory — full Q&amp;A | Torque Talk - Vidstream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:video" content="https://vidstream.example/embed/%s">
<link rel="stylesheet" href="https://s.vidstream.example/player/7c2a/www-player.css">
<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"%s","title":"Elon Musk at the Gigafactory — full Q&A","lengthSeconds":"4211","author":"Torque Talk"}};</script>
</head>
<body>
<div id="masthead"><a id="logo" href="/">Vidstream</a><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search"></form><a class="signin" href="/signin">Sign in</a></div>
<div id="columns">
<div id="primary">
<div id="player"><video id="movie_player" poster="https://i.vidstream.example/vi/%s/maxres.jpg" controls></video></div>
<h1 class="title">Elon Musk at the Gigafactory — full Q&amp;A</h1>
<div id="owner"><a class="channel-name" href="/@torquetalk">Torque Talk</a> <span class="subs">1.21M subscribers</span> <button class="subscribe">Subscribe</button></div>
<div id="description">
<p class="info">842K views &nbsp; 3 weeks ago</p>
<p>We sat down with Elon Musk on the factory floor for an hour-long, no-holds-barred Q&amp;A. FSD, the cheap car, Cybertruck and what keeps him up at night.</p>
<p>Chapters:<br>
<a href="/watch?v=%s&amp;t=0s">0:00</a> Intro<br>
<a href="/watch?v=%s&amp;t=195s">3:15</a> Elon Musk: FSD is &quot;all neural nets&quot; now<br>
<a href="/watch?v=%s&amp;t=728s">12:08</a> Old timelines<br>
<a href="/watch?v=%s&amp;t=2050s">34:10</a> The cheap car<br>
<a href="/watch?v=%s&amp;t=2875s">47:55</a> Cybertruck sales<br>
<a href="/watch?v=%s&amp;t=3737s">1:02:17</a> What keeps Elon up at night</p>
<p>#elonmusk #tesla #fsd</p>
</div>
<details class="full-transcript">
<summary>Show transcript as text</summary>
<div class="full-transcript__body">
%s
</div>
</details>
<div id="comments">
<h2 class="count-text">1,904 Comments</h2>
<div class="comment-thread"><a class="author" href="/@ElonMuskOfficiaI">@ElonMuskOfficiaI</a><span class="published">2 weeks ago</span><div class="content">ELON MUSK: the real answer is at 34:10, everything else is filler</div><div class="toolbar">👍 312 · Reply</div></div>
<div class="comment-thread"><a class="author" href="/@musk_melon_77">@musk_melon_77</a><span class="published">3 weeks ago</span><div class="content">12:40 &quot;no.&quot; 😂 the fastest answer in history</div><div class="toolbar">👍 2.1K · Reply</div></div>
<div class="comment-thread"><a class="author" href="/@gearhead_lena">@gearhead_lena</a><span class="published">3 weeks ago</span><div class="content">Rafael asking the Cybertruck question with a straight face deserves an award.</div><div class="toolbar">👍 540 · Reply</div></div>
</div>
</div>
<div id="secondary">
<div id="panels">
<div class="engagement-panel" target-id="engagement-panel-searchable-transcript">
<div class="panel-header"><h2>Transcript</h2><button aria-label="Close transcript">✕</button></div>
<div class="segments" id="segments-container">
%s
</div>
<div class="panel-footer"><button class="lang">English (auto-generated, edited by creator)</button></div>
</div>
</div>
<div id="related"><h3>Up next</h3><ul><li><a href="/watch?v=Rr88abcdXyZ">Cybertruck 10,000 mile review</a></li><li><a href="/watch?v=Pq12mnopAbc">Inside the Gigafactory (drone tour)</a></li></ul></div>
</div>
</div>
<script src="https://s.vidstream.example/player/7c2a/base.js"></script>
<script>document.querySelectorAll('.cue').forEach(function(c){c.addEventListener('click',function(){document.getElementById('movie_player').currentTime=+c.dataset.start;});});</script>
</body>
</html>
""" % (vid, vid, vid, vid, vid, vid, vid, vid, vid, full_html, cues_html)
    return "z11_vidstream_panel", page, g


# ---------------------------------------------------------------------------
# z12 — Substack post; "[hh:mm:ss] Name: text" with #t= links, a timestamp on
#       every paragraph; played 2016 clip of him (positive); host quotes him
# ---------------------------------------------------------------------------
def z12():
    g = Gold("The Ascent",
             "Substack post: each paragraph begins with an <a href='#t=20m34s'>[hh:mm:ss]</a> link, then a bold "
             "'Name:' label on speaker change; continuation paragraphs of a long turn carry their own timestamp but no "
             "label; label 'Elon Musk:' first then 'Musk:', plus one archival clip labelled 'Elon Musk (2016 clip):'.")
    g.other("Nora Kaplan", "Kaplan", "Ben Ito", "Ito")
    out = []

    def P(sec, lab, text, musk=False):
        if musk and lab:
            text = g.m(sec, text)
        a = '<a href="#t=%s" class="timestamp-link">[%s]</a>' % (t_frag(sec), hms(sec))
        out.append("<p>%s %s%s</p>" % (a, ("<strong>%s:</strong> " % lab) if lab else "", text))

    P(t(0, 0, 9), "Nora Kaplan", "Welcome to The Ascent. I&rsquo;m Nora Kaplan, here with my co-host Ben Ito, and today our guest is Elon Musk.")
    P(t(0, 0, 21), "Elon Musk", "Thanks, Nora. Thanks, Ben.", musk=True)
    P(t(0, 0, 25), "Ben Ito", "Let&rsquo;s go straight to it. Starship. What&rsquo;s the next big milestone?")
    P(t(0, 0, 33), "Musk", "Orbital refilling. Ship to ship propellant transfer. That&rsquo;s the thing that unlocks the Moon and Mars, and nobody has ever done it at this scale.", musk=True)
    P(t(0, 1, 10), None, "It&rsquo;s conceptually simple. You dock two ships, you pump cryogenic liquid from one to the other. In practice the liquid doesn&rsquo;t want to sit at the bottom of the tank in zero g.")
    P(t(0, 1, 52), None, "So you do a little settling burn, a little acceleration, and the propellant goes where you want it.")
    P(t(0, 20, 20), "Kaplan", "Musk once said: &ldquo;If something is important enough, you should try, even if the probable outcome is failure.&rdquo; Is that still how you pick projects?")
    P(t(0, 20, 34), "Musk", "Pretty much. I&rsquo;ve never started a company expecting it to succeed. SpaceX, I thought maybe a ten percent chance.", musk=True)
    P(t(0, 20, 51), None, "My friends sat me down and said, &ldquo;You&rsquo;re going to lose all your money.&rdquo; And they were almost right. In 2008 we were down to the last few weeks of cash.")
    P(t(0, 30, 40), "Kaplan", "We dug up a clip. This is you in 2016, describing the Mars architecture.")
    P(t(0, 31, 2), "Elon Musk (2016 clip)", "The goal is to make Mars seem possible, make it seem as though it&rsquo;s something we can do in our lifetime, and that you can go.", musk=True)
    P(t(0, 31, 38), "Ito", "That was nine years ago.")
    P(t(0, 31, 41), "Musk", "God, that guy was optimistic. But he wasn&rsquo;t wrong about the direction.", musk=True)
    P(t(0, 44, 5), "Ito", "Okay, rapid fire. Favorite book this year?")
    P(t(0, 44, 9), "Musk", "Rereading the Culture series.", musk=True)
    P(t(0, 44, 12), "Ito", "Favorite engine?")
    P(t(0, 44, 14), "Musk", "Raptor 3.", musk=True)
    P(t(0, 44, 17), "Kaplan", "Of course.")
    body = "\n".join(out)

    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Ep. 31: Elon Musk on refilling in orbit - by Nora Kaplan</title>
<meta name="description" content="Plus: we dug up a 2016 clip.">
<meta property="og:site_name" content="The Ascent">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.3b2b12.css">
<link rel="alternate" type="application/rss+xml" href="https://theascent.substack.com/feed" title="The Ascent">
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"The Ascent\\",\\"subdomain\\":\\"theascent\\"},\\"post\\":{\\"id\\":148220931,\\"audience\\":\\"only_paid\\"}}")</script>
</head>
<body>
<div id="entry">
<div class="main-menu">
<div class="topbar-content"><a href="https://theascent.substack.com/" class="navbar-title-link">The Ascent</a>
<div class="navbar-buttons"><button class="button subscribe-btn primary">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
</div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title unpublished">Ep. 31: Elon Musk on refilling in orbit</h1>
<h3 class="subtitle">Plus: we dug up a 2016 clip.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@norakaplan">Nora Kaplan</a></div> and <a href="https://substack.com/@benito">Ben Ito</a><div class="post-date">Apr 29, 2025</div><div class="paid-label">∙ Paid</div></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp/ascent-ep31.jpg" alt=""><figcaption class="image-caption">Starship on the pad at dawn. Photo: Ben Ito.</figcaption></figure></div>
<p>Our longest episode yet. Elon Musk joined us from Starbase to talk about the one milestone he says matters most &mdash; refilling a ship in orbit &mdash; and we surprised him with an old clip of himself.</p>
<p><em>Full transcript below. Timestamps link to the audio player above. Paid subscribers get the full conversation; free subscribers get the first 45 minutes.</em></p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Ascent is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">Transcript</h2>
%s
</div></div>
<div class="paywall"><h2 class="paywall-title">Keep listening with a 7-day free trial</h2><p class="paywall-text">Subscribe to The Ascent to keep reading this post and get 7 days of free access to the full post archives.</p><a class="button primary" href="https://theascent.substack.com/subscribe?simple=true&amp;next=https%%3A%%2F%%2Ftheascent.substack.com%%2Fp%%2Fep-31">Start trial</a></div>
</article>
<div class="post-footer"><div class="like-button-container"><span class="like-count">214</span></div><a class="post-ufi-button" href="https://theascent.substack.com/p/ep-31/comments">37 comments</a><button class="share">Share</button></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons">© 2025 Nora Kaplan · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack"><a href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a></div><p>Substack is the home for great culture</p></div></div>
</div>
<script src="https://substackcdn.com/bundle/static/js/main.8c1e0f.js" charset="utf-8"></script>
</body>
</html>
""" % body
    return "z12_substack_ascent", page, g


PAGES = [z09, z10, z11, z12]
