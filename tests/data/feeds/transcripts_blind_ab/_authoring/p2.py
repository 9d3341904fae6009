from common import *

# ---------- ab04 transcription share page, data-start-ms, mm:ss.mmm, repeated plain text copy ----------
def ab04():
    # (who, label, ms, text) ; label None = continuation segment (same speaker)
    D = [("L","Lena Ortiz",4210,"Okay, we're recording. This is the Builders Roundtable, episode forty."),
         ("L",None,9850,"Elon, you said you'd explain the water recycling setup at the Giga site."),
         ("E","Elon Musk",15402,"Right, so the basic idea is that the plant should use almost no fresh water."),
         ("E",None,22977,"We treat and reuse it on site, and the cooling loop is closed."),
         ("L","Lena Ortiz",31066,"How close to zero are you?"),
         ("E","Elon Musk",33599,"Close enough that it's no longer the limiting factor. Power is the limiting factor now."),
         ("L","Lena Ortiz",41003,"Power. Okay."),
         ("E","Elon Musk",42870,"Power and transformers. You can't buy a large transformer quickly anywhere in the world right now."),
         ("E",None,50118,"Which is kind of absurd if you think about it."),
         ("L","Lena Ortiz",58731,"Last question from our listeners: will you open-source the design?"),
         ("E","Elon Musk",63925,"Probably some of it. The parts that help the industry, sure.")]
    segs, plain = [], []
    for w,l,m,t in D:
        s, f = m//1000, m%1000
        ts = '%02d:%02d.%03d' % (s//60, s%60, f)
        spk = f'<span class="seg-speaker" data-speaker-id="{ "s2" if w=="E" else "s1"}">{esc(l)}</span>' if l else '<span class="seg-speaker seg-speaker--same" aria-hidden="true"></span>'
        segs.append(f'<div class="seg" data-start-ms="{m}" data-end-ms="{m+4000}">{spk}<button class="seg-ts" data-seek="{m/1000:.3f}">{ts}</button><p class="seg-text">{esc(t)}</p></div>')
        plain.append((l + ': ' if l else '') + esc(t))
    # build turns: first segment of each run
    turns, prev = [], None
    for w,l,m,t in D:
        if w=="E" and l: turns.append((m//1000, t))
    page = f'''<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>Builders Roundtable ep40 – shared transcript | Scribely</title>
<meta name="robots" content="noindex"/>
<link rel="stylesheet" href="/assets/share.8c1f2a.css"/>
<style>.seg{{display:grid;grid-template-columns:140px 80px 1fr;gap:8px}}.seg-speaker--same{{visibility:hidden}}details.plain pre{{white-space:pre-wrap}}</style>
</head>
<body class="share-page">
<div id="root">
<header class="share-header"><a class="logo" href="https://scribely.example/">Scribely</a><span class="share-badge">Shared transcript · view only</span><a class="btn btn-primary" href="/signup?ref=share">Try Scribely free</a></header>
<main class="share-main">
<section class="meta-card"><h1 class="conv-title">Builders Roundtable ep40</h1>
<ul class="conv-meta"><li>Recorded Jan 9, 2025 · 1:05</li><li>2 speakers</li><li>Owner: Lena Ortiz</li></ul>
<div class="summary-box"><h2>Outline <span class="ai-tag">AI</span></h2><ul><li>Elon Musk: the plant should use almost no fresh water.</li><li>Power and transformers are the new bottleneck.</li><li>Possible partial open-sourcing of the design.</li></ul></div>
</section>
<section class="player-card"><audio id="player" preload="none" src="https://cdn.scribely.example/a/9f2c1e.m4a"></audio><div class="player-controls"><button class="play">Play</button><span class="time">0:00 / 1:05</span></div></section>
<section class="transcript" id="transcript" aria-label="Transcript">
{chr(10).join(segs)}
</section>
<details class="plain"><summary>Plain text export</summary><pre>
{chr(10).join(plain)}
</pre></details>
</main>
<footer class="share-footer"><p>Transcribed with Scribely · Accuracy may vary · <a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a></p></footer>
</div>
<script>window.__SHARE__={{"id":"9f2c1e","speakers":[{{"id":"s1","name":"Lena Ortiz"}},{{"id":"s2","name":"Elon Musk"}}],"duration":65.2}};</script>
<script src="/assets/share.31be0d.js" defer></script>
</body></html>'''
    save("ab04_scribely_share", "Builders Roundtable",
         "Transcription-service share page; segment divs with data-start-ms and a visible mm:ss.mmm button, speaker name only on speaker change (continuation segments unlabelled), followed by a collapsed plain-text export repeating the transcript.",
         page, turns, ["Lena Ortiz"])

# ---------- ab05 newspaper Q&A, answers unlabelled ----------
def ab05():
    QA = [("You have said that the company is \u201cnot a car company.\u201d What is it, then?",
           ["An AI and robotics company that happens to make cars right now. The cars are the first robot.", "People find that annoying, I know."]),
          ("Critics argue you overpromise on timelines. Musk, in 2019, told investors that a million robotaxis would be on the road the next year. What happened?",
           ["I was wrong on the timing. I'm usually wrong on the timing. I'm not usually wrong on the direction."]),
          ("Do you regret that?", ["No."]),
          ("What would make you step back from day-to-day management?",
           ["If I thought someone could do it better. I'd be relieved, honestly. It's not a fun job most days."]),
          ("Your mother, Maye Musk, told this newspaper last year that you \u201cnever slept as a child.\u201d True?",
           ["She exaggerates. I slept. Just not very much.", "Still don't, to be fair."]),
          ("Final question. What are you reading?",
           ["Mostly history. Right now a book on the Roman grain supply, which is more relevant to logistics than you'd think."])]
    body = []
    for q, a in QA:
        body.append(f'<p class="qa-q"><b>The Tribune:</b> {esc(q)}</p>')
        body += [f'<p class="qa-a">{esc(p)}</p>' for p in a]
    half = len(body)//2
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>‘I’m usually wrong on the timing’: Elon Musk in conversation | Business | The Meridian Tribune</title>
<meta name="description" content="The Tesla chief on robots, deadlines and what he is reading.">
<link rel="canonical" href="https://www.meridiantribune.example/business/2024/jun/02/elon-musk-interview-timing">
<link rel="stylesheet" href="/static/css/article.4f9a.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"I’m usually wrong on the timing: Elon Musk in conversation","author":{{"@type":"Person","name":"Harriet Cole"}},"datePublished":"2024-06-02T05:00:00Z"}}</script>
</head>
<body class="article-page section-business">
<div class="top-bar"><a href="/subscribe" class="support-cta">Support the Tribune</a> <a href="/signin">Sign in</a></div>
<header class="masthead"><a href="/" class="masthead__logo">The Meridian Tribune</a>
<nav class="pillars"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/business" aria-current="page">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="maincontent"><article class="article">
<div class="article__kicker">Interview</div>
<h1 class="article__headline">‘I’m usually wrong on the timing’: Elon Musk in conversation</h1>
<p class="article__standfirst">The Tesla and SpaceX chief on robots, missed deadlines and Roman grain ships</p>
<address class="byline">by <a rel="author" href="/profile/harriet-cole">Harriet Cole</a> in Austin</address>
<time class="article__date" datetime="2024-06-02T05:00:00Z">Sun 2 Jun 2024 06.00 BST</time>
<figure class="article__main-media"><img src="/img/musk-austin.jpg" alt="Elon Musk in Austin" width="1200" height="720"><figcaption>Elon Musk at the Austin factory in May. Photograph: Ana Ruiz/The Meridian Tribune</figcaption></figure>
<div class="article-body">
<p>Elon Musk arrives twenty minutes late, apologises twice and then talks for ninety minutes without a break. We met in a conference room overlooking the production line. The conversation has been edited for length and clarity; the questions are ours and the answers are Musk’s.</p>
{chr(10).join(body[:half])}
<aside class="pullquote"><blockquote><p>I’m usually wrong on the timing. I’m not usually wrong on the direction.</p><footer>Elon Musk</footer></blockquote></aside>
{chr(10).join(body[half:])}
<p class="article-end"><i>This interview has been condensed and edited.</i></p>
</div>
<div class="related"><h2>More on this story</h2><ul><li><a href="/business/2024/may/30/tesla-robotaxi-delay">Tesla robotaxi launch slips again</a></li><li><a href="/business/2024/may/12/spacex-valuation">SpaceX valuation tops new high</a></li></ul></div>
</article></main>
<section class="comments" id="comments"><h2>Comments (212)</h2><p class="comments-closed">Comments on this piece are premoderated.</p>
<div class="comment"><span class="comment__author">ElonsBiggestCritic</span><p>“I was wrong on the timing” is doing a lot of work here.</p></div></section>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy policy</a></li></ul><p>© 2024 Meridian Tribune Media Group</p></footer>
{LOREM_SCRIPT % 'MT55'}
</body></html>'''
    save("ab05_meridiantribune_qa", "The Meridian Tribune",
         "Newspaper Q&A; questions are paragraphs with a bold 'The Tribune:' label, his answers are unlabelled paragraphs (named in the intro), no timestamps; a pull quote sits mid-article.",
         page, [(None, a[0]) for q,a in QA], ["The Tribune"])

# ---------- ab06 TV transcript, capitals labels with role, video clip of him ----------
def ab06():
    D = [("R","RACHEL DUNMORE, CNX ANCHOR",["Good evening. Tonight, an exclusive conversation with the man who wants to put a million people on Mars. But first, here is what he told shareholders last week."]),
         ("X","(BEGIN VIDEO CLIP)",None),
         ("E","ELON MUSK, CEO, TESLA AND SPACEX",["We are going to make life multiplanetary, and we are going to do it in our lifetimes. I'm confident of that."]),
         ("X","(END VIDEO CLIP)",None),
         ("R","DUNMORE",["Joining me now from Starbase, Texas, is Elon Musk. Thanks for being here."]),
         ("E","MUSK",["Thanks for having me, Rachel."]),
         ("R","DUNMORE",["In our lifetimes. Really?"]),
         ("E","MUSK",["Really. If we get the cost per ton to orbit down by another factor of ten, it's an engineering problem, not a physics problem."]),
         ("R","DUNMORE",["Your own former engineer, Tom Reyes, told CNX, quote, \u201cElon sets impossible deadlines and then acts surprised.\u201d Your response?"]),
         ("E","MUSK",["He's not wrong. But impossible deadlines get you there faster than comfortable ones. That's the trade."]),
         ("U","UNIDENTIFIED MALE",["Two minutes."]),
         ("R","DUNMORE",["We're being told we're nearly out of time. Last word?"]),
         ("E","MUSK",["Watch the next launch. It's going to be a good one."]),
         ("R","DUNMORE",["Elon Musk, thank you. We'll be right back."]),
         ("X","(COMMERCIAL BREAK)",None)]
    body = []
    for w,l,ps in D:
        if ps is None: body.append(f'<p>{l}</p>'); continue
        body.append(f'<p>{esc(l)}: {esc(ps[0])}</p>')
        body += [f'<p>{esc(p)}</p>' for p in ps[1:]]
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>CNX.com - Transcripts - Business Tonight</title>
<link rel="stylesheet" href="/.element/css/transcripts.css" type="text/css">
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="cnxHeader"><a href="/"><img src="/.element/img/cnx_logo.gif" alt="CNX" border="0"></a></td><td align="right" class="cnxNav"><a href="/">Home</a> | <a href="/TRANSCRIPTS/">Transcripts</a> | <a href="/video">Video</a> | <a href="/shows">Shows</a></td></tr></table>
<table width="770" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td>
<div class="cnnTransStoryHead">Interview With Elon Musk; Markets Close Mixed. Aired 7-8p ET</div>
<div class="cnnTransSubHead">Aired March 12, 2024 - 19:00 &nbsp; ET</div>
<div class="cnnTransNotice">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="cnnBodyText">
{chr(10).join(body)}
</div>
<div class="cnnBodyText"><p>(MARKETS SEGMENT CONTINUES)</p></div>
<p class="cnnTransProvider">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199 OR USE OUR FAX ORDER FORM. THE PRECEDING TEXT HAS BEEN PROVIDED BY CNX. ALL RIGHTS RESERVED.</p>
</td></tr></table>
<table width="770" align="center"><tr><td class="cnxRelated"><div class="cnnTransSubHead">Other transcripts from this program</div>
<ul class="cnnTransList"><li><a href="/TRANSCRIPTS/2403/11/bt.01.html">Fed Holds Rates Steady; Chipmakers Rally; Interview With Retail Analyst Dana Ruiz. Aired 7-8p ET</a></li>
<li><a href="/TRANSCRIPTS/2403/08/bt.01.html">Jobs Report Beats Expectations; Airline Mergers Under Review. Aired 7-8p ET</a></li>
<li><a href="/TRANSCRIPTS/2403/07/bt.01.html">Oil Prices Climb; Streaming Wars Heat Up; Interview With Former Treasury Official. Aired 7-8p ET</a></li>
<li><a href="/TRANSCRIPTS/2403/06/bt.01.html">Bank Earnings Preview; Housing Starts Slow. Aired 7-8p ET</a></li>
<li><a href="/TRANSCRIPTS/2403/05/bt.01.html">Tech Stocks Slide; Union Vote At Battery Plant. Aired 7-8p ET</a></li></ul>
<p class="cnnTransSubHead">Search transcripts by show or date: <a href="/TRANSCRIPTS/index.html">Transcript index</a> | <a href="/TRANSCRIPTS/bt.html">Business Tonight</a></p></td></tr></table>
<table width="770" align="center"><tr><td class="cnxFooter"><a href="/TRANSCRIPTS/bt.html">Return to Transcripts main page</a><br>&copy; 2024 Cable News Exchange. All Rights Reserved. <a href="/privacy">Privacy Statement</a></td></tr></table>
<script type="text/javascript">var cnxTrack={{section:"transcripts",show:"bt",date:"2024-03-12"}};</script>
</body></html>'''
    save("ab06_cnx_tv_transcript", "CNX Business Tonight",
         "Old-style TV rush transcript; one <p> per turn with 'LABEL: text' in capitals, first appearance with role ('ELON MUSK, CEO, TESLA AND SPACEX') then surname; a played video clip of him between (BEGIN/END VIDEO CLIP) markers; no timestamps.",
         page, [(None, ps[0]) for w,l,ps in D if w=="E"], ["RACHEL DUNMORE, CNX ANCHOR", "DUNMORE", "UNIDENTIFIED MALE"])

ab04(); ab05(); ab06()
