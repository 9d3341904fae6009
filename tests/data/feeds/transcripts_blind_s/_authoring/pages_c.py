from common import *
import json as _json

# ---------------------------------------------------------------- s09 cable TV transcript
def s09():
    him = {"ELON MUSK, CEO, SPACEX", "MUSK"}
    turns = [
     ("CARLA RUIZ, CNX ANCHOR", "00:00:05", "Good evening. I'm Carla Ruiz, and this is NightDesk. Tonight, a third try at one of the most closely watched launches of the year, and the man behind it joins us live. First, our James Okonjo is in South Texas."),
     ("JAMES OKONJO, CNX CORRESPONDENT", "00:00:40", "Carla, the mood here has swung from excitement to frustration and back again this week. Two scrubs in four days. Here's what Musk told employees this morning."),
     ("(BEGIN VIDEO CLIP)", None, ""),
     ("ELON MUSK, CEO, SPACEX", "00:01:22", "We're not going to rush it. If the vehicle isn't ready, it isn't ready, and we'll fly when it is."),
     ("(END VIDEO CLIP)", None, ""),
     ("OKONJO", "00:01:40", "The next window opens at 7:15 tomorrow morning local time. Carla."),
     ("RUIZ", "00:02:30", "James, thank you. Joining us now from Starbase, Elon Musk. Thank you for being here."),
     ("MUSK", "00:02:41", "Happy to be here."),
     ("RUIZ", "00:02:45", "The launch was delayed twice this week. What happened?"),
     ("MUSK", "00:02:51", "A valve. It's always a valve. We had a ground-side valve on the liquid oxygen system that wasn't closing as fast as it should."),
     ("RUIZ", "00:03:40", "Right."),
     ("MUSK", "00:03:41", "So we stood down. It's much better to scrub than to lose the pad, and we've lost a pad before."),
     ("RUIZ", "00:04:20", "Critics say the FAA is being too lenient with you. Your response?"),
     ("MUSK", "00:04:30", "I'd say the opposite, frankly, the --"),
     ("RUIZ", "00:04:35", "But let me just --"),
     ("MUSK", "00:04:37", "No, let me finish, because this matters. The paperwork for a single launch license is thousands of pages. (CROSSTALK) We want safety. We just don't want paperwork that doesn't add safety."),
     ("RUIZ", "00:05:50", "Last question. When do humans fly on Starship?"),
     ("MUSK", "00:05:56", "Within two years, I think. Maybe sooner if the next few flights go well."),
     ("RUIZ", "00:06:10", "Elon Musk, thank you."),
     ("MUSK", "00:06:12", "Thank you."),
     ("RUIZ", "00:06:15", "Coming up after the break, the heat wave that won't quit. Stay with us."),
     ("(COMMERCIAL BREAK)", None, ""),
    ]
    body = []
    for lab, tm, text in turns:
        if lab.startswith('('):
            body.append('<p class="direction">%s</p>' % lab)
        else:
            body.append('<p>[%s] %s: %s</p>' % (tm, lab, esc(text)))
    gt = [t for t in turns if not t[0].startswith('(')]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transcripts: NightDesk with Carla Ruiz — Starship Delayed Again; Interview With Elon Musk | CNX</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://cnx.example/transcripts/static/tx.css">
<script>window.cnxAds=window.cnxAds||[];cnxAds.push({{slot:"transcripts-top",size:[728,90]}});</script>
</head>
<body>
<div id="cnx-header"><a href="https://cnx.example/" class="logo">CNX</a> <a href="https://cnx.example/us">US</a> <a href="https://cnx.example/world">World</a> <a href="https://cnx.example/business">Business</a> <a href="https://cnx.example/science">Science</a> <a href="https://cnx.example/video">Video</a></div>
<div class="tx-wrap">
<div class="tx-crumbs"><a href="https://cnx.example/transcripts/">Transcripts</a> &gt; <a href="https://cnx.example/transcripts/shows/nd.html">NightDesk</a> &gt; 2024-11-14</div>
<h1 class="tx-head">Starship Delayed Again; Interview With SpaceX CEO Elon Musk. Aired 9-10p ET</h1>
<div class="tx-sub">NightDesk with Carla Ruiz &middot; Aired November 14, 2024 &middot; 21:00 ET</div>
<div class="tx-notice">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED. Timecodes are from the start of the hour.</div>
<div class="tx-body">
{chr(10).join(body)}
</div>
<div class="tx-nav"><a href="https://cnx.example/transcripts/shows/nd.2024-11-13.html">&laquo; Previous</a> | <a href="https://cnx.example/transcripts/shows/nd.2024-11-15.html">Next &raquo;</a></div>
</div>
<div id="cnx-footer"><p>&copy; 2024 CNX Worldwide. All Rights Reserved. <a href="https://cnx.example/terms">Terms of Use</a> | <a href="https://cnx.example/privacy">Privacy Policy</a></p></div>
<script src="https://cnx.example/transcripts/static/tx.js"></script>
</body>
</html>
'''
    write('s09_cnx_tv', page,
          "Cable-TV rush transcript: one <p> per turn, '[hh:mm:ss] LABEL: text' with capitalised labels carrying a role on first use then surname only; a (BEGIN VIDEO CLIP) of him is included; one-word host interruption.",
          "NightDesk with Carla Ruiz (CNX)", gold_turns(gt, him), others_of(gt, him))

# ---------------------------------------------------------------- s10 earnings call
def s10():
    him = {"Elon Musk -- Chief Executive Officer"}
    EM = "Elon Musk -- Chief Executive Officer"
    ML = "Marcy Lund -- Head of Investor Relations"
    DW = "Daniel Whitcombe -- Chief Financial Officer"
    PT = "Priscilla Tan -- Meridian Capital -- Analyst"
    OH = "Owen Hart -- Bluefield Securities -- Analyst"
    turns = [
     ("Operator", None, "Good afternoon, everyone, and welcome to the second-quarter 2025 results call. All participants are in listen-only mode. I would now like to turn the call over to Marcy Lund, Head of Investor Relations. Please go ahead."),
     (ML, None, "Thank you, and good afternoon. Joining me today are Elon Musk and our CFO, Daniel Whitcombe. Some of what we say today is forward-looking and subject to risks described in our filings. With that, I'll turn it over to Elon."),
     (EM, None, "Thanks, Marcy. So this was a quarter of a lot of groundwork, and I think it'll look better in hindsight than it does in the numbers.\n\nThe big things: the new lower-cost model is on track, the robotaxi pilot expanded to two more cities, and Optimus production line one is being installed.\n\nI want to be clear that the next two quarters will be noisy. We're retooling lines, and that always costs you volume in the short term."),
     (DW, None, "Thanks, Elon. Total revenue came in at $24.1 billion. Automotive gross margin excluding credits was 15.8%, up sequentially on lower material costs. Operating expenses rose due to AI compute spending."),
     (ML, None, "Thanks, Daniel. We'll start with questions from retail shareholders. The first one is: \"When will unsupervised FSD launch in Europe?\""),
     (EM, None, "Europe depends on the regulators, not really on us. We've submitted what we need to submit. I'd hope for some countries next year, but I'm not going to promise a date."),
     (ML, None, "The next question: \"Is the lower-cost model still coming this year?\""),
     (EM, None, "Yes."),
     (ML, None, "Anything to add on timing?"),
     (EM, None, "Second half. Probably late in the second half."),
     ("Operator", None, "Our first analyst question comes from Priscilla Tan with Meridian Capital. Your line is open."),
     (PT, None, "Hi, thanks. On margins, Elon, you said last quarter that \"the cheapest car is the one you don't have to build.\" What did you mean, and does it change capex plans?"),
     (EM, None, "I don't think I said it quite like that. But the point is that autonomy raises the utilization of every car, so you need fewer cars for the same miles. That's very good for margins over time."),
     (PT, None, "Got it."),
     (DW, None, "And on capex, we're holding the guidance of above $10 billion for the year."),
     ("Operator", None, "Next question, Owen Hart with Bluefield Securities."),
     (OH, None, "Thanks for taking my question. How many Optimus units do you expect to build this year?"),
     (EM, None, "Thousands, if things go well. Several thousand. But the first ones go to our own factories."),
     (OH, None, "Thanks."),
     (EM, None, "Thanks, Owen. And thanks, everyone, for the support. We'll talk again next quarter."),
     ("Operator", None, "This concludes today's conference call. You may now disconnect."),
    ]
    body = []
    for lab, tm, text in turns:
        if ' -- ' in lab:
            name, role = lab.split(' -- ', 1)
            body.append('<p><strong>%s</strong> -- <em>%s</em></p>' % (name, role))
        else:
            body.append('<p><strong>%s</strong></p>' % lab)
        for p in paras(text):
            body.append('<p>%s</p>' % esc(p))
    parts = '''<ul class="participants">
<li><strong>Marcy Lund</strong> -- <em>Head of Investor Relations</em></li>
<li><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></li>
<li><strong>Daniel Whitcombe</strong> -- <em>Chief Financial Officer</em></li>
<li><strong>Priscilla Tan</strong> -- <em>Meridian Capital -- Analyst</em></li>
<li><strong>Owen Hart</strong> -- <em>Bluefield Securities -- Analyst</em></li>
</ul>'''
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q2 2025 Earnings Call Transcript | Ridgeline Markets</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.ridgelinemarkets.example/static/css/article.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q2 2025 Earnings Call Transcript","author":{{"@type":"Organization","name":"Ridgeline Transcribing Service"}}}}</script>
</head>
<body>
<header class="rm-header"><a href="/" class="rm-logo">Ridgeline Markets</a><nav><a href="/investing">Investing</a><a href="/earnings-call-transcripts">Transcripts</a><a href="/stock-ideas">Stock Ideas</a><a href="/premium" class="premium">Premium</a></nav></header>
<main class="rm-article">
<div class="ticker-box"><span class="ticker">TSLA</span> <span class="px">$248.50</span> <span class="chg up">+1.9%</span></div>
<h1>Tesla (TSLA) Q2 2025 Earnings Call Transcript</h1>
<p class="byline">By Ridgeline Transcribing Service &ndash; Jul 23, 2025 at 9:02PM</p>
<div class="takeaways"><h2>Key takeaways (AI-generated)</h2><ul>
<li>Elon Musk: lower-cost model due in the second half.</li>
<li>Musk expects several thousand Optimus units this year, first for internal use.</li>
<li>CFO reiterated capex guidance above $10 billion.</li></ul></div>
<h2>TSLA earnings call for the period ending June 30, 2025.</h2>
<h2>Call participants:</h2>
{parts}
<h2>Prepared Remarks and Questions &amp; Answers:</h2>
<div class="transcript">
{chr(10).join(body)}
</div>
<p><strong>Duration:</strong> 0 minutes</p>
<h2>Call participants:</h2>
{parts}
<p class="disclaimer"><a href="/more-tsla">More TSLA analysis</a> &middot; This article is a transcript of this conference call produced for Ridgeline Markets. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript.</p>
</main>
<footer class="rm-footer"><p>&copy; 2025 Ridgeline Markets. Market data delayed 15 minutes.</p></footer>
<script src="https://www.ridgelinemarkets.example/static/js/article.js" defer></script>
</body>
</html>
'''
    write('s10_ridgeline_earnings', page,
          "Investor-site earnings-call transcript: each turn opens with a label paragraph '<strong>Name</strong> -- <em>Role</em>' (or 'Operator') followed by unlabelled text paragraphs; no timestamps; participant lists above and below repeat the labels.",
          "Ridgeline Markets (Tesla Q2 2025 earnings call)", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s11 video platform transcript panel (JSON-driven)
def s11():
    him = {"Elon Musk"}
    # cues: (speaker or '', start 'm:ss.mmm' , text)
    cues = [
     ("Ravi Menon", "0:04.120", "Good evening, everyone, and welcome to the closing session of this year's convention."),
     ("", "0:11.870", "Our guest needs no introduction, so I won't give him one. Elon, welcome."),
     ("Elon Musk", "2:15.480", "Thanks, Ravi. It's great to be with people who actually want to go to Mars."),
     ("", "2:21.900", "Usually I'm the only one in the room who does."),
     ("", "2:30.050", "So this is nice."),
     ("Ravi Menon", "5:40.330", "So the question everyone wants answered: when?"),
     ("Elon Musk", "5:44.870", "The next Earth-Mars transfer window is the end of 2026, and we want to send uncrewed ships in that window."),
     ("", "5:51.200", "Probably five of them, if production goes well."),
     ("Ravi Menon", "9:12.004", "Okay."),
     ("Elon Musk", "9:12.800", "And if those land safely, then crewed flights follow in the window after that, about two years later."),
     ("Ravi Menon", "64:20.500", "We have time for a few audience questions. Yes, in the front."),
     ("Audience member", "64:31.020", "Hi Elon, I'm a grad student working on in-situ propellant production. What's the hardest unsolved problem there?"),
     ("Elon Musk", "64:40.555", "Great question. Honestly, it's the power. Making methane and oxygen from the atmosphere and ice is chemistry we understand."),
     ("", "64:58.999", "What we don't have yet is enough power on the surface. So, solar fields, a lot of them."),
     ("Audience member", "65:30.100", "Thank you!"),
     ("Elon Musk", "65:31.700", "Sure, and send me your thesis when it's done."),
     ("Ravi Menon", "66:30.000", "Please join me in thanking Elon Musk."),
     ("Elon Musk", "66:35.250", "Thank you."),
    ]
    def disp(sec):
        return hms_short(sec)
    rendered, data = [], []
    for i, (spk, st, text) in enumerate(cues):
        ms = int(round(T(st) * 1000))
        data.append({"startMs": ms, "speaker": spk or None, "text": text})
        sp = '<span class="cue-speaker">%s</span>' % spk if spk else ''
        rendered.append('<div class="cue" role="button" tabindex="0" data-start-ms="%d" data-idx="%d"><span class="cue-time">%s</span>%s<span class="cue-text">%s</span></div>'
                        % (ms, i, disp(int(T(st))), sp, esc(text)))
    # full-text copy: merged turns
    merged = []
    for spk, st, text in cues:
        if spk:
            merged.append([spk, text])
        else:
            merged[-1][1] += ' ' + text
    full = '\n'.join('<p>%s: %s</p>' % (s, esc(t)) for s, t in merged)
    turns = [(spk, str(T(st)), text) for spk, st, text in cues]
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk – Mars Society Convention Q&amp;A (full session) - Vidlo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="4120">
<link rel="stylesheet" href="https://s.vidlo.example/player/9.14.2/player.css">
<link rel="stylesheet" href="https://s.vidlo.example/watch/watch.b1e2.css">
<script id="transcript-data" type="application/json">{_json.dumps({"videoId": "v_3kd9Q2", "lang": "en", "cues": data})}</script>
</head>
<body class="watch dark">
<header class="vh"><a class="vh-logo" href="https://vidlo.example/">vidlo</a><form class="vh-search" action="/search"><input name="q" placeholder="Search"></form><a class="vh-upload" href="/upload">Upload</a><a class="vh-signin" href="/signin">Sign in</a></header>
<div class="watch-grid">
<section class="primary">
 <div class="player" id="player" data-video-id="v_3kd9Q2"><video preload="metadata" poster="https://i.vidlo.example/v_3kd9Q2/poster.jpg"><source src="https://v.vidlo.example/v_3kd9Q2/720.mp4" type="video/mp4"><track kind="captions" src="https://v.vidlo.example/v_3kd9Q2/en.vtt" srclang="en" label="English"></video></div>
 <h1 class="video-title">Elon Musk – Mars Society Convention Q&amp;A (full session)</h1>
 <div class="channel-row"><a class="channel" href="/c/orbitaltalks">Orbital Talks</a> <span class="subs">412K subscribers</span> <button class="subscribe">Subscribe</button> <span class="views">1,204,883 views &middot; 3 months ago</span></div>
 <div class="description" id="description">
  <p>Full closing session from this year's convention, moderated by Ravi Menon.</p>
  <p>Chapters:<br><a href="?t=0">0:00</a> Intro<br><a href="?t=135">2:15</a> Elon Musk on why Mars<br><a href="?t=344">5:44</a> Elon Musk: “end of 2026” window<br><a href="?t=3860">1:04:20</a> Audience Q&amp;A</p>
  <p>#Mars #SpaceX #Starship</p>
 </div>
 <section class="comments" id="comments"><h2>1,972 Comments</h2>
  <div class="comment"><a class="author" href="/@ElonMuskFanClub">@ElonMuskFanClub</a><p>Elon Musk: “The next Earth-Mars transfer window is the end of 2026” 🔥🔥</p></div>
  <div class="comment"><a class="author" href="/@elonmusk_real_not_fake">@elonmusk_real_not_fake</a><p>Thanks for watching! I'll pick a winner for free Starship tickets, DM me.</p><div class="replies"><div class="comment"><a class="author" href="/@skeptical_sam">@skeptical_sam</a><p>This is a scam account, report it.</p></div></div></div>
 </section>
</section>
<aside class="secondary">
 <div class="transcript-panel" id="transcript-panel" aria-label="Transcript">
  <div class="tp-header"><h2>Transcript</h2><select aria-label="Language"><option>English (auto-generated, edited)</option></select><button class="tp-close" aria-label="Close">×</button></div>
  <div class="tp-body" id="tp-body">
{chr(10).join(rendered)}
  </div>
  <details class="tp-fulltext"><summary>Show transcript as plain text</summary>
{full}
  </details>
 </div>
 <div class="up-next"><h3>Up next</h3><ul><li><a href="/watch/v_77aa">Starship Flight 5 – full replay</a></li><li><a href="/watch/v_81bc">Building a Mars base: the power problem</a></li></ul></div>
</aside>
</div>
<script>
(function(){{var d=JSON.parse(document.getElementById('transcript-data').textContent);var v=document.querySelector('#player video');
document.querySelectorAll('.cue').forEach(function(el){{el.addEventListener('click',function(){{v.currentTime=+el.dataset.startMs/1000;v.play();}});}});}})();
</script>
<script src="https://s.vidlo.example/player/9.14.2/player.js" defer></script>
</body>
</html>
'''
    write('s11_vidlo_panel', page,
          "Video-platform transcript panel rendered from JSON cues: div.cue[data-start-ms] with span.cue-time (m:ss / h:mm:ss, minutes over 59 shown as hours) and a span.cue-speaker only when the speaker changes; the whole text is repeated in a collapsed <details>.",
          "Orbital Talks (Vidlo)", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s12 forum post (X Space)
def s12():
    him = {"Elon"}
    lines = [
     ("Sarah", "02:14", "Okay, we've got Elon up as a speaker now. Elon, can you hear us?"),
     ("Elon", "02:19", "Yeah, I can hear you."),
     ("Sarah", "02:22", "Great. So v13, what's actually new?"),
     ("Elon", "02:27", "The big thing is that it's end-to-end on highways now too. There's no more separate highway stack."),
     ("", None, "The other thing is parking. It'll park itself in a spot you pick on the screen."),
     ("Elon W.", "09:50", "Hi, Elon Whitfield here, I run a Model Y fleet for a delivery company in Fresno. How does v13 handle loading docks?"),
     ("Elon", "10:31", "Fleets are interesting. Loading docks are honestly an edge case right now, but we'll have something specific for fleets later this year."),
     ("Elon W.", None, "Any chance of a fleet API?"),
     ("Elon", None, "Yes."),
     ("Marcus", "58:10", "Quick one from the owners' club. Elon said at the shareholder meeting that v13 would be the one. Is it?"),
     ("Elon", "1:02:03", "I think it's the first version where I'd say it feels like a good human driver most of the time. Not all the time. Most of the time."),
     ("Sarah", "1:15:40", "We're at time. Thanks everyone for joining."),
     ("Elon", "1:15:44", "Thanks, bye."),
    ]
    out = []
    for lab, tm, text in lines:
        if not lab:
            out.append(esc(text))
        elif tm:
            out.append('[%s] %s: %s' % (tm, lab, esc(text)))
        else:
            out.append('%s: %s' % (lab, esc(text)))
    post = '<br>\n'.join(out)
    page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<title>[Transcript] Saturday X Space on FSD v13 (hand-typed) - Gigafans Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<script>var forumId=14,topicId=88213;</script>
</head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar"><a href="./index.php" class="logo">Gigafans Forum</a><p>Owners, fans and skeptics since 2013</p></div>
<div class="navbar"><ul class="nav-main"><li><a href="./faq.php">FAQ</a></li><li><a href="./search.php">Search</a></li><li><a href="./ucp.php?mode=login">Login</a></li><li><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul class="nav-breadcrumbs"><li><a href="./index.php">Board index</a> ‹ <a href="./viewforum.php?f=14">Autopilot &amp; FSD</a></li></ul></div></div>
<div id="page-body" class="page-body">
<h2 class="topic-title"><a href="./viewtopic.php?t=88213">[Transcript] Saturday X Space on FSD v13 (hand-typed)</a></h2>
<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div>

<div id="p1120301" class="post has-profile bg2">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?u=5521" class="username">spacecowboy_88</a></dt><dd class="profile-rank">Supercharger Regular</dd><dd><strong>Posts:</strong> 2,114</dd><dd><strong>Location:</strong> Bakersfield</dd></dl>
<div class="postbody"><h3 class="first"><a href="#p1120301">[Transcript] Saturday X Space on FSD v13 (hand-typed)</a></h3>
<p class="author">by <strong>spacecowboy_88</strong> &raquo; Sun Dec 08, 2024 11:42 am</p>
<div class="content">Typed this up from the recording because nobody else did. Timestamps are from the recording (it ran about 1h16). I missed a couple of timestamps in the fast back-and-forth, sorry. Sarah is the host, &quot;Elon W.&quot; is a different Elon (fleet guy), Marcus is from the owners' club.<br>
<br>
{post}<br>
<br>
That's the FSD part. The rest was mostly about Starship, might do that later.</div>
<div id="sig1120301" class="signature">2023 MY LR &middot; FSD since v10.2 &middot; &quot;Be excellent to each other&quot;</div>
</div></div></div>

<div id="p1120318" class="post has-profile bg1">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?u=9920" class="username">ElonMuskk</a></dt><dd class="profile-rank">New member</dd></dl>
<div class="postbody"><p class="author">by <strong>ElonMuskk</strong> &raquo; Sun Dec 08, 2024 12:05 pm</p>
<div class="content"><blockquote><div><cite>spacecowboy_88 wrote: <a href="#p1120301">↑</a></cite>[10:31] Elon: Fleets are interesting. Loading docks are honestly an edge case right now</div></blockquote>
As a fleet operator myself (no relation, just the name lol) this is the part I care about. Thanks for typing it up.</div></div></div></div>

<div id="p1120334" class="post has-profile bg2">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?u=1207" class="username">notelonmusk</a></dt><dd class="profile-rank">Moderator</dd></dl>
<div class="postbody"><p class="author">by <strong>notelonmusk</strong> &raquo; Sun Dec 08, 2024 1:17 pm</p>
<div class="content">Elon: if you're reading this, fix the auto wipers.<br>Stickied for a week, good work.</div></div></div></div>

<div id="p1120340" class="post has-profile bg1">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?u=3381" class="username">Marcus_OC</a></dt></dl>
<div class="postbody"><p class="author">by <strong>Marcus_OC</strong> &raquo; Sun Dec 08, 2024 2:40 pm</p>
<div class="content">That was me at 58:10. He did dodge it a bit, ha.</div></div></div></div>
</div>
<div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/core.js?assets_version=112"></script>
</body>
</html>
'''
    write('s12_gigafans_forum', page,
          "phpBB forum post: a hand-typed X Space transcript in one div.content, lines separated by <br>, '[mm:ss] Name: text' switching to '[h:mm:ss]' after an hour; some lines without time; unlabelled lines continue the previous speaker.",
          "Gigafans Forum (X Space transcript)", gold_turns(lines, him), others_of(lines, him))
