from lib import *

# ---------- 1. Podcast network episode page ----------
def p1():
    H = 'Dana Whitfield'
    T = [
     (H, 0, ["Welcome back to Deep Orbit. Today's guest needs very little introduction. We recorded this at the Starbase factory floor, so apologies for the occasional forklift.",
             "Elon, thanks for making the time."]),
     (M, 21, ["Happy to be here. The forklifts are a feature, not a bug."]),
     (H, 27, ["Let's start with batteries. A year ago, as Elon put it on this very show, \"the cell is the constraint, not the car.\" Is that still true?"]),
     (M, 41, ["It's less true than it was, but it's still mostly true. The constraint has shifted upstream to refining.",
             "If you look at lithium hydroxide, there's plenty of ore in the ground. What there isn't is enough refining capacity outside of China. That's the thing people underestimate.",
             "So we built a refinery in Texas. It's not glamorous, but it's probably one of the most important things we've done."]),
     (H, 118, ["How much of that is about tariffs versus pure cost?"]),
     (M, 124, ["Tariffs distort things, obviously. But I'd rather win on cost. If your business only works because of a tariff, you don't really have a business."]),
     (H, 151, ["You've been pretty complimentary about Chinese competitors."]),
     (M, 158, ["They're the most competitive car companies in the world, by far. They work incredibly hard and they're very smart. I've said this many times.",
             "Anyone who thinks they can coast is going to be in for a rude awakening."]),
     (H, 203, ["Let's pivot to Starship. What's the next milestone?"]),
     (M, 209, ["Catching the ship with the tower. We've caught the booster several times now. The ship is harder because it's coming in from orbital velocity and the heat shield has to be reusable without any refurbishment."]),
     (H, 248, ["Without any?"]),
     (M, 250, ["Without any. That's the holy grail. If you have to spend weeks fixing tiles, it's not really an airplane."]),
     (H, 3725, ["We're out of time. Elon, thank you."]),
     (M, 3729, ["Thanks, Dana. Appreciate it."]),
    ]
    body = []
    for spk, t, paras in T:
        lab = 'Elon Musk' if spk == M else spk
        cls = 'spk-guest' if spk == M else 'spk-host'
        body.append(f'<p class="turn {cls}"><strong class="speaker">{lab}</strong> <a class="ts" href="https://deeporbit.fm/ep/214?t={t}" data-seconds="{t}">[{hms(t)}]</a><br>\n{E(paras[0])}</p>')
        for p in paras[1:]:
            body.append(f'<p>{E(p)}</p>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>#214 – Elon Musk: Refineries, Starship and the Cost Curve | Deep Orbit Podcast</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Elon Musk joins Dana Whitfield to talk lithium refining, Chinese EV makers and catching Starship with the tower.">
<meta property="og:type" content="article">
<meta property="og:title" content="#214 – Elon Musk: Refineries, Starship and the Cost Curve">
<link rel="stylesheet" href="/wp-content/themes/orbit/style.css?ver=3.2.1">
<link rel="alternate" type="application/rss+xml" title="Deep Orbit Feed" href="https://deeporbit.fm/feed/podcast">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DO2149X"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DO2149X');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"#214 – Elon Musk","episodeNumber":214,"partOfSeries":{{"@type":"PodcastSeries","name":"Deep Orbit"}}}}</script>
</head>
<body class="single single-episode postid-8842">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <div class="brand"><a href="/"><img src="/img/deep-orbit-logo.svg" alt="Deep Orbit" width="140" height="36"></a></div>
  <nav class="main-nav" aria-label="Primary">
    <ul><li><a href="/episodes/">Episodes</a></li><li><a href="/guests/">Guests</a></li><li><a href="/network/">Network</a></li><li><a href="/support/">Support the show</a></li><li><a href="/newsletter/">Newsletter</a></li></ul>
  </nav>
</header>
<main id="content" class="episode">
  <article>
    <header class="episode-header">
      <p class="kicker">Episode 214 · 1 hr 2 min · November 18, 2026</p>
      <h1>Elon Musk: Refineries, Starship and the Cost Curve</h1>
      <div class="player"><audio controls preload="none" src="https://cdn.deeporbit.fm/audio/DO214.mp3"></audio></div>
      <ul class="subscribe"><li><a href="#">Apple Podcasts</a></li><li><a href="#">Spotify</a></li><li><a href="#">RSS</a></li></ul>
    </header>
    <section class="show-notes">
      <h2>Show notes</h2>
      <p>Dana sits down with Elon Musk on the factory floor at Starbase to discuss why refining, not mining, is the real battery bottleneck, how he thinks about Chinese competition, and what it will take to catch Starship's upper stage.</p>
      <blockquote class="pullquote"><p>Elon Musk: “If your business only works because of a tariff, you don't really have a business.”</p></blockquote>
      <h3>Chapters</h3>
      <ol class="chapters">
        <li><a href="?t=0">00:00:00</a> Introduction</li>
        <li><a href="?t=27">00:00:27</a> Elon Musk: the cell is no longer the constraint</li>
        <li><a href="?t=118">00:01:58</a> Tariffs vs. cost</li>
        <li><a href="?t=151">00:02:31</a> Chinese competitors</li>
        <li><a href="?t=203">00:03:23</a> Starship ship catch</li>
        <li><a href="?t=3725">01:02:05</a> Outro</li>
      </ol>
      <p class="sponsors">This episode is brought to you by <a href="#">Lumen Sleep</a> and <a href="#">Fathom Notes</a>.</p>
    </section>
    <section class="transcript" id="transcript">
      <h2>Transcript</h2>
      <p class="disclaimer"><em>This transcript was produced with a mix of machine transcription and human editing. Timestamps link to the audio.</em></p>
{chr(10).join(body)}
    </section>
  </article>
  <aside class="sidebar">
    <h3>More from the network</h3>
    <ul>
      <li><a href="/ep/213">#213 – Rosa Lindqvist: Grid-scale storage</a></li>
      <li><a href="/ep/212">#212 – Pieter Okafor: Why nuclear stalled</a></li>
      <li><a href="/ep/211">#211 – The economics of reusable rockets</a></li>
    </ul>
    <div class="ad-slot" data-slot="sidebar-1"></div>
  </aside>
</main>
<footer class="site-footer">
  <p>&copy; 2026 Deep Orbit Media LLC · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></p>
  <p>Part of the <a href="/network/">Deep Orbit Podcast Network</a>.</p>
</footer>
<script src="/wp-content/themes/orbit/js/player.js?ver=3.2.1" defer></script>
</body>
</html>
'''
    write('g01_podcast_network', page, 'paragraphs with <strong> speaker label and timestamp link [hh:mm:ss] (?t=seconds); continuation paragraphs unlabelled',
          'Deep Orbit Podcast', gold(T), [H])

# ---------- 2. Newspaper Q&A, unlabelled answers ----------
def p2():
    Q = 'Q.'
    T = [
     (Q, None, ["You've said Tesla is really an AI company. What do you mean by that?"]),
     (M, None, ["Most of the value of Tesla in the long run will come from autonomy and from Optimus. The car is a very good robot on wheels, but it's still a robot.",
                "People tend to value it like a car company because that's what it has been. That will change."]),
     (Q, None, ["Investors worry about the price cuts. Were they a mistake?"]),
     (M, None, ["No. In a high interest rate environment, affordability is everything. The monthly payment is what people actually look at."]),
     (Q, None, ["What about tariffs on Chinese batteries?"]),
     (M, None, ["We'll be fine either way, because we're localizing cell production. But I've generally been against tariffs. They tend to make everything more expensive for consumers."]),
     (Q, None, ["Is it true you sleep at the factory again?"]),
     (M, None, ["Sometimes."]),
     (Q, None, ["Last question. Mars by when?"]),
     (M, None, ["The first uncrewed ships, if things go well, at the next transfer window. Crewed, maybe two windows after that. I'm often optimistic on timelines, as you know.",
                "But the direction is clear."]),
    ]
    body = []
    for spk, t, paras in T:
        if spk == Q:
            body.append(f'<p class="qa-q"><strong>Q. {E(paras[0])}</strong></p>')
        else:
            for p in paras:
                body.append(f'<p>{E(p)}</p>')
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>‘The car is a robot on wheels’: Elon Musk on AI, price cuts and Mars | The Meridian Tribune</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="author" content="Harriet Cole">
<meta property="article:published_time" content="2026-11-21T06:00:00Z">
<meta property="article:section" content="Business">
<link rel="canonical" href="https://www.meridiantribune.co.uk/business/2026/nov/21/elon-musk-interview-ai-price-cuts-mars">
<link rel="stylesheet" href="https://assets.meridiantribune.co.uk/css/article.4f2a1.css">
<script>window.__PAYWALL__={{"metered":true,"remaining":3}};</script>
<script src="https://assets.meridiantribune.co.uk/js/consent.js" async></script>
</head>
<body class="article business">
<div class="masthead">
  <a href="/" class="logo">The Meridian Tribune</a>
  <nav class="sections"><a href="/news">News</a> <a href="/business">Business</a> <a href="/technology">Technology</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
  <a class="subscribe-btn" href="/subscribe">Subscribe</a>
</div>
<main>
<article class="article-body">
  <p class="section-label"><a href="/business">Business</a> · <a href="/business/interview">The Interview</a></p>
  <h1>‘The car is a robot on wheels’: Elon Musk on AI, price cuts and Mars</h1>
  <p class="standfirst">The Tesla chief talks to Harriet Cole about autonomy, affordability and why he still sleeps at the factory</p>
  <p class="byline">By <a href="/profile/harriet-cole">Harriet Cole</a> · Sat 21 Nov 2026 06.00 GMT</p>
  <figure class="lead"><img src="https://i.meridiantribune.co.uk/img/musk-fremont-1200.jpg" alt="Elon Musk at Fremont" width="1200" height="720"><figcaption>Elon Musk at the Fremont factory. Photograph: Agency</figcaption></figure>
  <p>It is nearly ten at night when Musk arrives, apologising for being late. He has come straight from a production meeting and is still wearing a black T-shirt dusted with what looks like aluminium shavings.</p>
  <p>The interview has been edited for length and clarity. Our questions are in bold; Mr Musk's answers follow each question.</p>
{chr(10).join(body)}
  <aside class="pullquote"><blockquote>“If your business only works because of a tariff, you don't really have a business.” <cite>— Elon Musk, speaking last year</cite></blockquote></aside>
  <p class="endnote"><em>This article was amended on 22 November 2026 to correct the spelling of a factory location.</em></p>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<aside class="most-read">
  <h2>Most read</h2>
  <ol>
    <li><a href="#">Interest rates held for third month running</a></li>
    <li><a href="#">Elon Musk’s brother Kimbal opens vertical farm in Leeds</a></li>
    <li><a href="#">Battery recycling plant approved despite objections</a></li>
    <li><a href="#">The week in pictures</a></li>
  </ol>
</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
  <p>© 2026 Meridian Tribune Media Group. All rights reserved.</p>
</footer>
</body>
</html>
'''
    write('g02_newspaper_qa', page, 'newspaper Q&A: bold "Q." questions, answers are unlabelled paragraphs (intro says Musk answers), no times',
          'The Meridian Tribune – The Interview', gold(T), ['Q.'])

# ---------- 3. TV network transcript with played clip ----------
def p3():
    A1 = 'RACHEL TORRES, GNN ANCHOR'
    T = [
     ('RACHEL TORRES, GNN ANCHOR', None, ["Good evening and welcome to CLOSING BELL TONIGHT. Tesla shares jumped nearly eight percent today after the company said it would begin building its cheaper model in Texas. Earlier this week, the company's chief executive had this to say on the earnings call."]),
     (M, None, ["We're going to be making a lot of cars. The demand is there if the price is right. I think the market doesn't fully appreciate what happens when autonomy works."], 'clip'),
     ('TORRES', None, ["Joining me now is our senior auto correspondent, Ben Okafor. Ben, is Wall Street buying it?"]),
     ('BEN OKAFOR, GNN SENIOR AUTO CORRESPONDENT', None, ["Rachel, partly. Analysts I spoke to liked the cost numbers. But Musk himself said, and I'm quoting here, \"I'm often optimistic on timelines.\" That's doing a lot of work."]),
     ('TORRES', None, ["And joining us live now from Austin, Elon Musk. Elon, thanks for being with us."]),
     ('MUSK', None, ["Thanks for having me."]),
     ('TORRES', None, ["Your own words: optimistic on timelines. Why should investors believe this one?"]),
     ('MUSK', None, ["Because the line is already built. This isn't a slide deck. We're producing validation units now.",
                     "And look, I've been late, but I've generally delivered. Late but delivered."]),
     ('TORRES', None, ["Tariffs. The administration is considering new duties on Chinese components. Does that hurt you?"]),
     ('MUSK', None, ["Somewhat. We're more localized than anyone else in the U.S., so it hurts others more than us."]),
     ('TORRES', None, ["Elon Musk, thank you."]),
     ('MUSK', None, ["Thank you."]),
     ('TORRES', None, ["We'll be right back."]),
    ]
    # normalise: label MUSK and clip both Musk
    TT = []
    for row in T:
        spk, t, paras = row[0], row[1], row[2]
        TT.append((M if spk == 'MUSK' else spk, t, paras, row[3] if len(row) > 3 else None, spk))
    lines = []
    for spk, t, paras, clip, lab in TT:
        if spk == M and clip:
            lines.append('(BEGIN VIDEO CLIP)<br><br>')
            lines.append(f'ELON MUSK, CEO, TESLA: {E(paras[0])}<br><br>')
            lines.append('(END VIDEO CLIP)<br><br>')
            continue
        lab2 = 'MUSK' if spk == M else lab
        lines.append(f'{lab2}: {E(paras[0])}<br><br>')
        for p in paras[1:]:
            lines.append(f'{E(p)}<br><br>')
        if lab2 == 'TORRES' and paras[0].startswith('Tariffs'):
            pass
    lines.insert(6, '(COMMERCIAL BREAK)<br><br>')
    gt = gold([(r[0], r[1], r[2]) for r in TT])
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="ISO-8859-1">
<title>GNN.com - Transcripts</title>
<meta name="robots" content="index,follow">
<meta name="keywords" content="Closing Bell Tonight, transcript, Tesla, Musk, tariffs">
<link rel="stylesheet" type="text/css" href="/css/transcripts.css">
<script type="text/javascript" src="/js/omniture.js"></script>
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="hdr"><a href="/"><img src="/img/gnn_logo.gif" alt="GNN" border="0"></a></td><td class="hdrnav"><a href="/transcripts/">Transcript Providers</a> | <a href="/shows/">Shows By Category</a> | <a href="/video/">Video</a></td></tr></table>
<div class="cnnTransStoryHead">CLOSING BELL TONIGHT</div>
<div class="cnnTransSubHead">Tesla Shares Surge On Texas Production Plan; Interview With Tesla CEO Elon Musk; Tariff Worries Weigh On Suppliers. Aired 4-5p ET</div>
<div class="cnnTransProvider">Aired November 20, 2026 - 16:00&nbsp;&nbsp; ET</div>
<div class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="cnnBodyText">
{chr(10).join(lines)}
(COMMERCIAL BREAK)<br><br>
</div>
<div class="cnnTransStoryFooter">
<p>TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0142 OR USE OUR SECURE ONLINE ORDER FORM.</p>
<p><a href="/transcripts/cbt.html">Return to Transcripts main page</a></p>
</div>
<table width="100%" class="footer"><tr><td><a href="/help/">Help</a> | <a href="/about/">About GNN</a> | <a href="/privacy/">Privacy Statement</a> | <a href="/terms/">Terms of service</a></td></tr>
<tr><td>&copy; 2026 Global News Network. All Rights Reserved.</td></tr></table>
<p class="legal">All external sites will open in a new browser. GNN does not endorse external sites.</p>
</body>
</html>
'''
    write('g03_tv_transcript', page, 'TV rush transcript: uppercase "NAME, TITLE:" then short "SURNAME:" labels inline, <br><br> separated, (BEGIN/END VIDEO CLIP) of Musk inside show, no times',
          'GNN Closing Bell Tonight', gt, ['RACHEL TORRES, GNN ANCHOR', 'TORRES', 'BEN OKAFOR, GNN SENIOR AUTO CORRESPONDENT'])

# ---------- 4. Conference panel, table ----------
def p4():
    P, K, L = 'Priya Raman (moderator)', 'Kimbal Musk', 'Dr. Lena Hoffmann'
    T = [
     (P, 812, ["Good afternoon everyone. We have a remarkable panel. On my left, Kimbal Musk, founder of Square Roots. Dr. Lena Hoffmann from the Fraunhofer battery lab. And joining by video link, Elon Musk."]),
     (M, 838, ["Hi everyone. Sorry I can't be there in person."]),
     (P, 842, ["Kimbal, let me start with you. Food and energy, where do they meet?"]),
     (K, 849, ["Everywhere. Indoor farming is basically an energy business. If electricity gets cheap, food gets local. My brother likes to say the sun is a giant fusion reactor and we should use it, and honestly, he's right about that one."]),
     (P, 881, ["Elon, is he right?"]),
     (M, 884, ["Yes."]),
     (P, 886, ["Care to elaborate?"]),
     (M, 888, ["Solar plus batteries is the obvious path for most of Earth's energy. The sun delivers more energy in an hour than humanity uses in a year, roughly.",
               "The bottleneck is storage, and storage is a manufacturing problem. It's not a physics problem."]),
     (L, 934, ["I'd push back slightly. Grid-scale storage is also a materials problem. Sodium-ion chemistries are promising, but cycle life is not where it needs to be."]),
     (M, 957, ["That's fair. Sodium is good for stationary storage where weight doesn't matter much. For vehicles, we'll be on lithium for a long time."]),
     (P, 979, ["Let's talk about China, which produces the majority of the world's battery cells."]),
     (L, 986, ["European manufacturers are years behind. We have to be honest about it."]),
     (M, 993, ["China is extremely good at manufacturing. Anyone who dismisses Chinese companies is making a big mistake. We sell a lot of cars in China and our Shanghai factory is one of our best."]),
     (K, 1021, ["And they eat well there. Sorry, I had to."]),
     (P, 1026, ["Final question for all of you. One word for the next decade?"]),
     (L, 1031, ["Storage."]),
     (K, 1033, ["Soil."]),
     (M, 1035, ["Abundance."]),
    ]
    rows = []
    for spk, t, paras in T:
        lab = 'Elon Musk (video link)' if spk == M else spk
        rows.append(f'<tr><td class="tc">{h1ms(t)}</td><th scope="row" class="who">{E(lab)}</th><td class="said">{E(paras[0])}</td></tr>')
        for p in paras[1:]:
            rows.append(f'<tr><td class="tc"></td><th scope="row" class="who"></th><td class="said">{E(p)}</td></tr>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Session transcript: Energy, Food and the Next Decade — Future Mobility Summit 2026</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Full transcript of the plenary panel with Kimbal Musk, Dr. Lena Hoffmann and Elon Musk.">
<link rel="stylesheet" href="/static/css/summit.min.css">
<link rel="icon" href="/static/favicon.png">
<script defer src="/static/js/agenda.js"></script>
</head>
<body>
<header class="summit-header">
  <a class="logo" href="/">Future Mobility Summit <span>Munich 2026</span></a>
  <nav><a href="/agenda">Agenda</a> <a href="/speakers">Speakers</a> <a href="/sessions">Sessions</a> <a href="/partners">Partners</a> <a href="/press">Press</a> <a class="btn" href="/tickets">Tickets 2027</a></nav>
</header>
<main class="session-page">
  <nav class="breadcrumb"><a href="/sessions">Sessions</a> › Day 2 › Plenary Hall A</nav>
  <h1>Energy, Food and the Next Decade</h1>
  <p class="session-meta">Plenary panel · Day 2, 14:10–14:40 CET · Hall A</p>
  <section class="speakers">
    <h2>Speakers</h2>
    <ul class="speaker-cards">
      <li><img src="/img/speakers/raman.jpg" alt=""><span class="name">Priya Raman</span><span class="role">Editor-at-large, Mobility Weekly (moderator)</span></li>
      <li><img src="/img/speakers/kmusk.jpg" alt=""><span class="name">Kimbal Musk</span><span class="role">Founder, Square Roots</span></li>
      <li><img src="/img/speakers/hoffmann.jpg" alt=""><span class="name">Dr. Lena Hoffmann</span><span class="role">Head of Cell Research, Fraunhofer</span></li>
      <li><img src="/img/speakers/emusk.jpg" alt=""><span class="name">Elon Musk</span><span class="role">CEO, Tesla and SpaceX</span></li>
    </ul>
  </section>
  <section class="transcript">
    <h2>Transcript</h2>
    <p class="note">Times refer to the session livestream recording (h:mm:ss). Lightly edited.</p>
    <table class="transcript-table">
      <thead><tr><th>Time</th><th>Speaker</th><th>Remarks</th></tr></thead>
      <tbody>
{chr(10).join(rows)}
      </tbody>
    </table>
  </section>
  <section class="related-sessions">
    <h2>Related sessions</h2>
    <ul><li><a href="/sessions/charging-corridors">Charging corridors across the EU</a></li><li><a href="/sessions/solid-state">Solid-state: hype or hope?</a></li><li><a href="/sessions/autonomy-regulation">Regulating autonomy</a></li></ul>
  </section>
</main>
<footer class="summit-footer">
  <p>Future Mobility Summit GmbH · Messeplatz 1 · 80339 München · <a href="/imprint">Imprint</a> · <a href="/privacy">Data protection</a></p>
</footer>
</body>
</html>
'''
    write('g04_conference_panel_table', page, 'HTML table rows: time (h:mm:ss) | speaker <th> | remarks; continuation rows have empty time and speaker',
          'Future Mobility Summit 2026', gold(T), [P, K, L])

if __name__ == '__main__':
    p1(); p2(); p3(); p4()
