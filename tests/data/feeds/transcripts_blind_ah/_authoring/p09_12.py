from common import *

# ---------------------------------------------------------------- ah09 earnings call
def ah09():
    roles = {'Operator': '', 'Morgan Hale': 'Head of Investor Relations', 'Elon Musk': 'Chief Executive Officer',
             'Lena Osei': 'Chief Financial Officer', 'Paul Brandt': 'Halcyon Securities -- Analyst', 'Grace Liu': 'Northfield Capital -- Analyst'}
    def t(n, *p): return T(n, 'E' if n == 'Elon Musk' else n, None, *p)
    turns = [
        t('Operator', "Good afternoon, everyone, and welcome to the Tesla first-quarter 2026 financial results Q&amp;A webcast. My name is Lisa, and I will be your conference operator today. I will now turn the call over to Morgan Hale, head of investor relations. Please go ahead."),
        t('Morgan Hale', "Thank you, and good afternoon, everyone. Joining me today are Elon Musk, Lena Osei and several other executives. Our Q1 results were announced about an hour ago in the update deck we published at the same link as this webcast.",
          "During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. Actual events or results could differ materially due to a number of risks and uncertainties. With that, I will turn it over to Elon for some opening remarks."),
        t('Elon Musk', "Thanks, Morgan. So, it was a challenging quarter on the automotive side, and I want to be upfront about that. Deliveries were down, partly because we were retooling two lines for the new platform.",
          "But the underlying progress on autonomy and on energy storage was excellent. Storage deployments hit a record again, and the energy business is now a meaningful part of our profit.",
          "I'll talk about autonomy in more detail in the Q&amp;A, but the short version is that paid rides without a safety driver are now running in four cities."),
        t('Lena Osei', "Thanks, Elon. Total revenue came in at $21.3 billion, down 6% year over year. Automotive gross margin excluding credits was 15.9%, impacted by lower volumes and the retooling costs Elon mentioned. Energy gross margin was a record 27%. We ended the quarter with $38 billion in cash and investments."),
        t('Morgan Hale', "Thank you. We will now move to investor questions. The first question from our shareholder platform: &quot;Elon, last year you said, quote, we'll have millions of robotaxis on the road by the end of next year. Where are we on that?&quot;"),
        t('Elon Musk', "Well, not millions. I was wrong on the timing, as I often am. But the direction is right, and the rate of expansion is accelerating. We'll add more cities every month this year."),
        t('Morgan Hale', "The next question: will the more affordable model launch on schedule?"),
        t('Elon Musk', "Yes."),
        t('Lena Osei', "And just to add to that, the tooling spend is already reflected in this quarter's capex, so the launch does not require a further step-up in spending."),
        t('Operator', "Thank you. We will now begin the analyst question-and-answer session. Our first question comes from Paul Brandt with Halcyon Securities. Please go ahead."),
        t('Paul Brandt', "Hi, thanks for taking my question. Elon, on Optimus, can you give us any sense of unit volumes this year?"),
        t('Elon Musk', "It's hard to give a precise number because we're moving to a new version of the hand, which is by far the hardest part. I'd say thousands, not tens of thousands, this year. Next year is when it gets interesting."),
        t('Paul Brandt', "Thanks."),
        t('Operator', "Our next question comes from Grace Liu with Northfield Capital."),
        t('Grace Liu', "Hi, everyone. Question for Lena and maybe Elon. How should we think about margins on the energy side going forward?"),
        t('Lena Osei', "I'll start. We expect energy gross margins to remain in the mid-twenties for the rest of the year, with some quarter-to-quarter variability as new factories ramp."),
        t('Elon Musk', "Yeah, I'd just add that demand for Megapack is far above what we can make. So the constraint is production, not demand."),
        t('Morgan Hale', "Alright, that's all the time we have for questions today. Elon, any closing remarks?"),
        t('Elon Musk', "Just thanks to the team, who worked incredibly hard this quarter under difficult circumstances. And thanks to our shareholders for sticking with us."),
        t('Operator', "This concludes today's conference call. You may now disconnect."),
    ]
    out = []
    for x in turns:
        r = roles[x.label]
        out.append('<p><strong>%s</strong>%s</p>' % (x.label, (' -- <em>%s</em>' % r) if r else ''))
        for p in x.paras:
            out.append('<p>%s</p>' % p)
    tr = '\n'.join(out)
    plist = '\n'.join('<li>%s -- %s</li>' % (n, r) for n, r in roles.items() if r)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | Quarterline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Full transcript of Tesla's first-quarter 2026 earnings call, with Elon Musk and Lena Osei.">
<link rel="stylesheet" href="https://assets.quarterline.example/css/transcript.1a9.css">
<script>window.qlTicker="TSLA";window.qlPaywall={{"metered":true,"free":3}};</script>
</head>
<body class="transcript-page">
<header class="ql-header"><a class="ql-logo" href="/">Quarterline</a>
<nav><a href="/markets">Markets</a><a href="/earnings-call-transcripts" class="on">Earnings Call Transcripts</a><a href="/screeners">Screeners</a><a href="/premium">Premium</a></nav>
<form class="ql-search" action="/search"><input name="q" placeholder="Search tickers, companies"></form></header>
<div class="ticker-strip"><span>TSLA <b>$241.18</b> <i class="dn">-2.31%</i></span><span>NVDA <b>$131.02</b> <i class="up">+0.84%</i></span><span>AAPL <b>$229.77</b> <i class="up">+0.12%</i></span></div>
<main class="ql-main">
<article class="transcript">
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<p class="byline">By Quarterline Transcribing &ndash; Apr 22, 2026 at 7:45PM</p>
<h2>TSLA earnings call for the period ending March 31, 2026.</h2>
<div class="callout"><h3>Call participants:</h3><ul>
{plist}
</ul><p class="more-callouts"><a href="#">More TSLA analysis</a></p></div>
<div class="ad-inline">Advertisement</div>
<h2>Prepared Remarks:</h2>
<div class="article-body">
{tr}
</div>
<h2>Duration: 0 minutes</h2>
<p class="disclaimer">This article is a transcript of this conference call produced for Quarterline. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript. Quarterline does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</p>
</article>
<aside class="sidebar"><h3>Trending transcripts</h3><ul><li><a href="/t/nflx-q1-2026">Netflix (NFLX) Q1 2026</a></li><li><a href="/t/intc-q1-2026">Intel (INTC) Q1 2026</a></li><li><a href="/t/gm-q1-2026">General Motors (GM) Q1 2026</a></li></ul></aside>
</main>
<footer class="ql-footer"><p>&copy; 2026 Quarterline Media LLC. Market data delayed 15 minutes. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
<script src="https://assets.quarterline.example/js/transcript.1a9.js" async></script>
</body>
</html>
'''
    return write('ah09_quarterline_tsla', page, 'Quarterline (Tesla Q1 2026 earnings call)',
                 'Earnings-call transcript: a bold name line ("Elon Musk -- Chief Executive Officer") before each turn, text in following paragraphs, no times; participants list at top.', turns)

# ---------------------------------------------------------------- ah10 video platform transcript panel
def ah10():
    turns = [
        T('JUNE PARK', 'J', None, (3.2, "Good morning, Hyperion!"), (6.84, "Our first guest is going to talk about robots, which will surprise absolutely nobody."), (12.1, "Please welcome Elon Musk.")),
        T('ELON MUSK', 'E', None, (17.56, "Thank you. Thank you. Wow, that's a lot of people."), (21.03, "Are you sure you're all here for robots?")),
        T('PARK', 'J', None, (24.4, "We are. Let's start simple: why humanoid?")),
        T('MUSK', 'E', None, (28.92, "Because the world is built for humans."), (31.7, "Doors, stairs, tools, car seats, everything."), (35.25, "If you want a general-purpose robot that can work anywhere, it should be the shape of the thing the world was designed for.")),
        T('PARK', 'J', None, (41.05, "Some people find humanoids creepy.")),
        T('MUSK', 'E', None, (43.9, "Sure.")),
        T('PARK', 'J', None, (45.0, "That's it?"), (46.3, "Just sure?")),
        T('MUSK', 'E', None, (47.81, "I mean, some people found cars creepy."), (50.95, "You get used to it. And we'll make them friendly-looking.")),
        T('PARK', 'J', None, (612.4, "Let's talk numbers. How many robots in ten years?")),
        T('MUSK', 'E', None, (616.27, "I think eventually robots will outnumber humans."), (620.8, "Maybe by a lot. Everybody will want one, maybe two."), (626.03, "And industry will want billions of them.")),
        T('PARK', 'J', None, (3725.7, "We're out of time. Elon Musk, thank you.")),
        T('MUSK', 'E', None, (3729.35, "Thank you, everyone.")),
    ]
    segs, plain_lines = [], []
    for t in turns:
        for i, (tm, tx) in enumerate(t.paras):
            lab = '&gt;&gt; %s: ' % t.label if i == 0 else ''
            segs.append('<div class="tp-seg" role="button" tabindex="0" data-start="%.2f"><span class="tp-time">%s</span><span class="tp-text">%s%s</span></div>' % (tm, short(tm), lab, E(tx, quote=False)))
        plain_lines.append('<p>&gt;&gt; %s: %s</p>' % (t.label, ' '.join(E(tx, quote=False) for _, tx in t.paras)))
    tr = '\n'.join(segs)
    full = '\n'.join(plain_lines)
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk at the Hyperion Robotics Forum &mdash; full fireside chat - Vidlo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="3741">
<link rel="stylesheet" href="https://s.vidlo.example/watch/v4/watch.css">
<script>var ytInitialLikeData=null;window.vidloCfg={{"videoId":"hY7rb0tF0rm","channel":"TechStage Live","captions":["en","en-auto"]}};</script>
</head>
<body class="watch-page dark">
<div id="masthead"><a class="logo" href="/">Vidlo</a><form class="search" action="/results"><input name="q" placeholder="Search"></form><a class="signin" href="/signin">Sign in</a></div>
<div id="columns">
<div id="primary">
<div class="player" id="player" data-video-id="hY7rb0tF0rm"><video poster="https://i.vidlo.example/hY7rb0tF0rm/maxres.jpg" preload="none"></video></div>
<h1 class="title">Elon Musk at the Hyperion Robotics Forum &mdash; full fireside chat</h1>
<div class="owner"><a class="channel" href="/@techstagelive">TechStage Live</a> <span class="subs">412K subscribers</span> <button class="subscribe">Subscribe</button></div>
<div class="actions"><button>&#128077; 18K</button><button>Share</button><button>Save</button></div>
<div class="description"><p>218,904 views &middot; Streamed live on Nov 6, 2025</p>
<p>Moderator June Park talks humanoid robots, timelines and scale with Elon Musk on the main stage of the Hyperion Robotics Forum in Austin.</p>
<p>Chapters:<br>0:00 Welcome<br>0:28 Why humanoid?<br>10:12 How many robots?<br>1:02:05 Wrap-up</p></div>
<div class="ai-summary"><h3>&#10024; Summary (AI)</h3><p>Elon Musk: &ldquo;Robots will outnumber humans.&rdquo; He argues humanoids fit a world designed for people and expects industry to want billions.</p><p class="disclaimer">AI-generated summary. May be inaccurate.</p></div>
<div class="comments"><h3>1,204 Comments</h3>
<div class="comment"><a class="author">@ElonMuskOfficial_x</a><p>&gt;&gt; MUSK: Sure. 😂 best answer of the year</p></div>
<div class="comment"><a class="author">@musk.robotics.fan</a><p>10:16 &ldquo;robots will outnumber humans&rdquo; — okay that's a little terrifying</p></div>
<div class="comment"><a class="author">@kiran_builds</a><p>June Park is a great moderator, kept it moving.</p></div>
</div>
</div>
<div id="secondary">
<div class="transcript-panel" id="engagement-panel-transcript">
<div class="tp-header"><h2>Transcript</h2><button class="tp-lang">English</button><button class="tp-close" aria-label="Close transcript">&times;</button></div>
<div class="tp-body">
{tr}
</div>
</div>
<div class="up-next"><h3>Up next</h3><ul><li><a href="/watch?v=a1">Why robot hands are so hard | TechStage Live</a></li><li><a href="/watch?v=a2">Hyperion Robotics Forum day 2 keynote</a></li></ul></div>
</div>
</div>
<details class="transcript-text"><summary>Show transcript as text</summary>
<div class="tt-body">
{full}
</div></details>
<footer id="footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <span>&copy; 2025 Vidlo</span></footer>
<script src="https://s.vidlo.example/watch/v4/player.js"></script>
<script>document.querySelectorAll('.tp-seg').forEach(function(s){{s.onclick=function(){{vidloPlayer.seekTo(+s.dataset.start)}}}});</script>
</body>
</html>
'''
    return write('ah10_vidlo', page, 'TechStage Live (Vidlo)',
                 'Video-platform transcript panel: one div per caption segment with data-start seconds (fractional) and visible m:ss / h:mm:ss, speaker change marked ">> NAME:" inside the text, unlabelled segments continue the turn; a plain-text copy is repeated in a collapsed <details>.', turns)

# ---------------------------------------------------------------- ah11 forum post, times after text
def ah11():
    C = 'Carl'
    turns = [
        T(C, 'C', 2642, "OK, we've got him. Elon, welcome back to Deep Space Dispatch."),
        T('Elon', 'E', 2649, "Thanks Carl. Good to be back. Last time was, what, three years ago?"),
        T(C, 'C', 2655, "Four. Let's talk about Raptor 3."),
        T('Elon', 'E', 2659, "Raptor 3 is a big step. We got rid of most of the external plumbing, so the engine looks almost naked. It's cleaner, lighter and a lot more reliable, because there's less stuff to go wrong."),
        T(C, 'C', None, "How much thrust?"),
        T('Elon', 'E', None, "Around 280 tonnes at sea level, give or take. We're hoping for more."),
        T(C, 'C', 3550, "Final one. Is the 2026 Mars window still realistic?"),
        T('Elon', 'E', 3556, "It's tight. I'd say fifty-fifty for an uncrewed ship. If we miss it, the next window is about two years later."),
        T(C, 'C', 3612, "Fifty-fifty. Noted."),
        T('Elon', 'E', 3615, "Don't hold me to that."),
        T(C, 'C', 3618, "Elon Musk, thanks as always."),
        T('Elon', 'E', 3620, "Cheers."),
    ]
    lines = []
    for t in turns:
        ts = ' <span class="postts">(%s)</span>' % short(t.t) if t.t is not None else ''
        lines.append('<strong class="text-strong">%s:</strong> %s%s' % (t.label, E(t.paras[0], quote=False), ts))
    post = '<br><br>\n'.join(lines)
    page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[Transcript] Elon on Deep Space Dispatch ep. 140 - Red Planet Forums</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=48" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=48" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Red Planet Forums</h1><p>Discussion of Mars exploration, rockets and everyone building them</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">SpaceX &amp; Starship</a></span><span class="crumb"><a href="./viewforum.php?f=19">Interviews &amp; Transcripts</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48812">[Transcript] Elon on Deep Space Dispatch ep. 140</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48812" class="button">Post Reply</a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p912201" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile912201"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=3310" class="username">Musk_Melon</a></dt><dd class="profile-rank">Transcription Team</dd><dd class="profile-posts"><strong>Posts:</strong> 1207</dd><dd class="profile-joined"><strong>Joined:</strong> Mon Feb 11, 2019 9:02 pm</dd></dl>
<div class="postbody"><div id="post_content912201">
<h3 class="first"><a href="#p912201">[Transcript] Elon on Deep Space Dispatch ep. 140</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=3310" class="username">Musk_Melon</a></strong> &raquo; </span>Sat Aug 09, 2025 4:17 pm</p>
<div class="content">I transcribed the Elon Musk segment of Deep Space Dispatch ep. 140 (host Carl Benning). The earlier part of the episode is Carl and his co-host talking about Artemis, skipped. Timestamps in brackets at the END of each line are where that line starts in the episode audio; I missed a couple.<br><br>
{post}<br><br>
That's the whole segment. Corrections welcome!</div>
<div id="sig912201" class="signature">Transcribing so you don't have to. ~ Musk_Melon</div>
</div></div></div></div>

<div id="p912233" class="post has-profile bg1"><div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=8120" class="username">ElonMusk2029</a></dt><dd class="profile-posts"><strong>Posts:</strong> 88</dd></dl>
<div class="postbody"><div>
<h3><a href="#p912233">Re: [Transcript] Elon on Deep Space Dispatch ep. 140</a></h3>
<p class="author">by <strong>ElonMusk2029</strong> &raquo; Sat Aug 09, 2025 5:02 pm</p>
<div class="content"><blockquote><div><cite>Musk_Melon wrote: <a href="./viewtopic.php?p=912201#p912201">↑</a>Sat Aug 09, 2025 4:17 pm</cite><strong class="text-strong">Elon:</strong> It's tight. I'd say fifty-fifty for an uncrewed ship.</div></blockquote>
Fifty-fifty from Elon means 2030, calling it now.</div>
</div></div></div></div>

<div id="p912240" class="post has-profile bg2"><div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=9004" class="username">Real_E_Musk</a></dt><dd class="profile-posts"><strong>Posts:</strong> 12</dd></dl>
<div class="postbody"><div>
<h3><a href="#p912240">Re: [Transcript] Elon on Deep Space Dispatch ep. 140</a></h3>
<p class="author">by <strong>Real_E_Musk</strong> &raquo; Sat Aug 09, 2025 6:45 pm</p>
<div class="content">Elon: Cheers. (1:00:20)<br>Best answer in the whole episode lol. Also 280 t at sea level is huge.</div>
</div></div></div></div>

<div id="p912251" class="post has-profile bg1"><div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=41" class="username">Kestrel</a></dt><dd class="profile-rank">Moderator</dd></dl>
<div class="postbody"><div>
<h3><a href="#p912251">Re: [Transcript] Elon on Deep Space Dispatch ep. 140</a></h3>
<p class="author">by <strong>Kestrel</strong> &raquo; Sun Aug 10, 2025 9:10 am</p>
<div class="content">Thanks Musk_Melon, added to the transcript index.</div>
</div></div></div></div>

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48812" class="button">Post Reply</a></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=48"></script>
<script src="./assets/javascript/core.js?assets_version=48"></script>
</body>
</html>
'''
    return write('ah11_redplanet_forum', page, 'Deep Space Dispatch (transcribed on Red Planet Forums)',
                 'phpBB forum post: lines separated by <br><br> as "<strong>Name:</strong> text (m:ss or h:mm:ss)" with the start time printed AFTER the text, two lines without a time; replies quote lines.', turns)

# ---------------------------------------------------------------- ah12 Ghost panel, heading per speaker
def ah12():
    I, M, R = 'Ines Castellanos', 'Maye Musk', 'Dr. Ruth Okonkwo'
    turns = [
        T(I, 'I', 95, "Welcome, everyone, to the last panel of the day. It's a slightly unusual one: a mother, her son and a developmental scientist, talking about how builders are made. Maye, Elon, Ruth, thank you for being here."),
        T(M, 'M', 110, "Thank you, Ines. It's lovely to share a stage with my son, although he is usually late."),
        T('Elon Musk', 'E', 117, "I was on time today. I'd like that noted."),
        T(I, 'I', 121, "Noted."),
        T('Ruth Okonkwo', 'R', 123, "For the record, I was early."),
        T(I, 'I', 130, "Maye, what did you do as a parent that produced, well, builders?"),
        T('Maye', 'M', 138, "I let them read everything. Elon read the encyclopedia when he was nine. Elon once told me, &ldquo;Mom, I've run out of books,&rdquo; and I honestly didn't know what to do with that.",
          "So I took him to the library and let him pick. I never told any of my children what to be."),
        T(I, 'I', 171, "Elon, is that how you remember it?"),
        T('Elon', 'E', 174, "Pretty much. I read a lot of science fiction. The Hitchhiker's Guide was a big one for me, because it taught me that the hard part is often figuring out the right question to ask.",
          "Once you have the right question, the answer is usually the easy part."),
        T(I, 'I', 1210, "Ruth, you study how children learn engineering. What does the research say?"),
        T('Ruth Okonkwo', 'R', 1218, "That children are natural experimenters. Give a six-year-old a box of parts and no instructions and they'll build something. Give them instructions and most will follow them and stop."),
        T(I, 'I', 1262, "Wow."),
        T('Ruth Okonkwo', 'R', 1263, "It's a robust finding. Instructions are useful, but they also narrow the search."),
        T('Elon', 'E', 1290, "I'd agree with that. Kids are natural engineers until school teaches them there's only one right answer."),
        T(I, 'I', None, "We're nearly out of time. Last word to each of you. Elon?"),
        T('Elon', 'E', None, "Build things. Even if they don't work. Especially if they don't work."),
        T('Maye', 'M', None, "And listen to your mother."),
        T('Elon', 'E', None, "Ha. Yes, that too."),
    ]
    out = []
    for i, t in enumerate(turns):
        anchor = 'turn-%d' % (i + 1)
        ts = ' <a class="ts" href="?t=%d">[%s]</a>' % (t.t, mmss(t.t)) if t.t is not None else ''
        out.append('<h4 id="%s">%s%s</h4>' % (anchor, t.label, ts))
        for p in t.paras:
            out.append('<p>%s</p>' % p)
    tr = '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Panel transcript: How builders are made (Maye Musk, Elon Musk, Ruth Okonkwo)</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7d1c2a9f40">
    <meta name="description" content="Full transcript of the closing panel of Frontier Summit 2025.">
    <meta name="generator" content="Ghost 5.82">
    <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Frontier Summit Journal"}},"headline":"Panel transcript: How builders are made"}}</script>
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://journal.frontiersummit.example/"></script>
</head>
<body class="post-template tag-panels tag-transcripts">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.frontiersummit.example">Frontier Summit Journal</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-sessions"><a href="/tag/sessions/">Sessions</a></li><li class="nav-transcripts nav-current"><a href="/tag/transcripts/">Transcripts</a></li><li class="nav-2026"><a href="/summit-2026/">Summit 2026</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-panels tag-transcripts">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/panels/">Panels</a></section>
<h1 class="article-title">Panel transcript: How builders are made</h1>
<p class="article-excerpt">Maye Musk, Elon Musk and Dr. Ruth Okonkwo close Frontier Summit 2025, moderated by Ines Castellanos.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/editorial/">Summit Editorial</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-10-02">Oct 2, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<p>This is an edited transcript of the closing panel, recorded on the main stage. Times link to the session video; a few minutes of the audio at the end were lost, so the final exchange has no timestamp.</p>
<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://player.frontiersummit.example/embed/closing-panel-2025" frameborder="0" allowfullscreen title="Closing panel"></iframe></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Highlights: Maye Musk on letting kids read everything; Elon Musk on why the right question matters more than the answer; Ruth Okonkwo on instructions narrowing the search.</div></div>
<hr>
{tr}
<hr>
<p><em>Transcript edited for length and clarity by the Frontier Summit editorial team.</em></p>
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/opening-keynote-2025/"><h2 class="post-card-title">Opening keynote: the decade of hardware</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/kimbal-musk-food-panel/"><h2 class="post-card-title">Kimbal Musk and the future of farming</h2></a></article></div></aside>
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.frontiersummit.example">Frontier Summit Journal</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=7d1c2a9f40"></script>
</body>
</html>
'''
    return write('ah12_frontier_panel', page, 'Frontier Summit Journal',
                 'Ghost post: an <h4> per turn with the speaker name and a "[mm:ss]" link to "?t=seconds", paragraphs below; last turns have no time; labels "Elon Musk" then "Elon" (Maye Musk also speaks).', turns)
