from lib import *

# ---------- 5. Investor relations earnings call ----------
def p5():
    OP, TA, VT = 'Operator', 'Travis Axelrod -- Head of Investor Relations', 'Vaibhav Taneja -- Chief Financial Officer'
    AN1, AN2 = 'Colette Brandt -- Halvorsen Securities -- Analyst', 'Marcus Yi -- Pacific Crest Partners -- Analyst'
    T = [
     (OP, None, ["Good day, and thank you for standing by. Welcome to the Tesla third quarter 2026 financial results Q&A webcast. I would now like to hand the call over to Travis Axelrod. Please go ahead."]),
     (TA, None, ["Good afternoon, everyone, and welcome. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. Our Q3 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast. During this call, we will discuss our business outlook and make forward-looking statements. With that, I'll turn it over to Elon."]),
     ('Elon Musk -- Chief Executive Officer and Director', None, ["Thank you. So, it was a record quarter for deliveries and for energy storage deployments. Megapack in particular continues to grow at an incredible pace.",
         "On autonomy, we've expanded the robotaxi service to four more metro areas, and the safety data continues to improve with every software release.",
         "I want to thank the team. It's a great deal of hard work."]),
     (VT, None, ["Thanks, Elon. Total revenues grew 11% year over year. Automotive gross margin excluding credits improved sequentially, primarily due to lower cell costs and tariff offsets."]),
     (TA, None, ["Thank you. Now let's go to analyst questions. First question, Colette, please go ahead and unmute."]),
     (AN1, None, ["Thanks. Elon, on tariffs: how much of your cell supply still comes from China, and how quickly can that change?"]),
     ('Elon Musk', None, ["It's a declining fraction. Vaibhav can give the exact number, but we're moving quickly to localize cathode and anode supply in North America."]),
     (VT, None, ["Yes, and I'd add that the impact this quarter was a bit under $300 million, which we largely offset."]),
     (AN1, None, ["Great. And on Optimus?"]),
     ('Elon Musk', None, ["Optimus version 3 is, I think, going to be the most important product we've ever made. We'll have a pilot line running next year.",
         "Now, there's a lot of skepticism, and that's fine. People were skeptical about the Model 3 ramp too."]),
     (TA, None, ["Next question, Marcus Yi."]),
     (AN2, None, ["Hi. On the cheaper model, how should we think about cannibalization?"]),
     ('Elon Musk', None, ["Demand is a function of price. I think it expands the market rather than cannibalizing it."]),
     (AN2, None, ["Thank you."]),
     ('Elon Musk', None, ["Sure."]),
     (TA, None, ["Alright, that's all the time we have. Thank you for joining."]),
    ]
    T2 = [(M if s.startswith('Elon Musk') else s, t, p) for s, t, p in T]
    body = []
    for spk, t, paras in T:
        body.append(f'<p><strong>{E(spk)}</strong></p>')
        for p in paras:
            body.append(f'<p>{E(p)}</p>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Q3 2026 Financial Results Webcast Transcript | Tesla Investor Relations</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/ir/css/main.css">
<script src="/themes/ir/js/q4web.min.js"></script>
</head>
<body class="page-events-and-presentations">
<header class="ir-header">
  <a href="/" class="ir-logo"><img src="/themes/ir/img/logo.svg" alt="Investor Relations"></a>
  <nav class="ir-nav"><ul>
    <li><a href="/overview">Overview</a></li><li><a href="/financial-information/quarterly-results">Financial Information</a></li><li><a href="/events-and-presentations">Events &amp; Presentations</a></li><li><a href="/stock-information">Stock Information</a></li><li><a href="/corporate-governance">Governance</a></li><li><a href="/resources/email-alerts">Resources</a></li>
  </ul></nav>
</header>
<main class="ir-main">
  <div class="module-header"><h1>Q3 2026 Financial Results and Q&amp;A Webcast</h1><p class="date">October 22, 2026 · 4:30 PM CT</p></div>
  <div class="module-links"><a href="/static-files/q3-2026-update.pdf" class="pdf">Update deck (PDF)</a> · <a href="/events/q3-2026/webcast">Webcast replay</a></div>
  <div class="module-transcript">
    <h2>Call participants</h2>
    <h3>Corporate participants</h3>
    <p>Travis Axelrod -- Head of Investor Relations</p>
    <p>Elon Musk -- Chief Executive Officer and Director</p>
    <p>Vaibhav Taneja -- Chief Financial Officer</p>
    <h3>Analysts</h3>
    <p>Colette Brandt -- Halvorsen Securities</p>
    <p>Marcus Yi -- Pacific Crest Partners</p>
    <h2>Presentation</h2>
{chr(10).join(body)}
    <p><strong>Duration: 58 minutes</strong></p>
  </div>
  <div class="disclaimer"><p>This transcript is provided for informational purposes only. Certain statements in this transcript are forward-looking statements subject to risks and uncertainties; please refer to our most recent Form 10-K and 10-Q filings.</p></div>
</main>
<footer class="ir-footer"><p>Investor Relations · <a href="/contact-ir">Contact IR</a> · <a href="/rss">RSS</a> · Powered by Q4 Inc.</p></footer>
</body>
</html>
'''
    write('g05_investor_relations_call', page, 'earnings call: <p><strong>Name -- Title</strong></p> label paragraphs followed by text paragraphs; label shortens to "Elon Musk" mid-page; no times',
          'Tesla Investor Relations – Q3 2026 earnings call', gold(T2), [OP, TA, VT, AN1, AN2])

# ---------- 6. Transcription service share page ----------
def p6():
    S2 = 'Speaker 2'
    T = [
     (S2, 3200, ["Okay, I think we're recording. Can you hear me alright?"]),
     (M, 6840, ["Yeah."]),
     (S2, 7900, ["Great. So the first thing I wanted to ask about is the Gigafactory in Mexico. Where does that stand?"]),
     (M, 14410, ["It's paused, basically. We want to see where the tariff situation lands before committing that much capital. It doesn't make sense to build a factory and then have the rules change."]),
     (S2, 31020, ["Right."]),
     (M, 31900, ["And the Berlin factory has capacity we aren't fully using, so there's flexibility."]),
     (S2, 38750, ["And what about AI training compute? You've been buying a lot of GPUs."]),
     (M, 44300, ["A lot. Training compute is the limiting factor for self-driving. We're bringing another large cluster online in Texas.",
                 "I'd say by the end of next year we will have more training compute than almost anybody for vision models."]),
     (S2, 72480, ["Is that xAI or Tesla?"]),
     (M, 75110, ["Both, separately. They're different companies with different shareholders, so they have to be handled at arm's length."]),
     (S2, 86900, ["Makes sense. Last thing, any update on Neuralink trials?"]),
     (M, 91230, ["Going well. The patients are doing things that were basically impossible for them before. That's what matters."]),
     (S2, 102600, ["Thanks so much."]),
     (M, 104050, ["Cheers."]),
    ]
    segs = []
    for spk, t, paras in T:
        name = 'Elon Musk' if spk == M else spk
        ini = 'EM' if spk == M else 'S2'
        color = '#3b7ddd' if spk == M else '#8a8f98'
        words = ''.join(f'<span class="w">{E(w)}</span> ' for w in paras[0].split())
        extra = ''.join(f'<p class="seg-text">{E(p)}</p>' for p in paras[1:])
        segs.append(f'''<div class="transcript-segment" data-start-ms="{t}" data-speaker-id="{ini.lower()}">
  <div class="seg-avatar" style="background:{color}" aria-hidden="true">{ini}</div>
  <div class="seg-main">
    <div class="seg-head"><span class="seg-speaker">{E(name)}</span><button class="seg-play" aria-label="Play from here"></button></div>
    <div class="seg-body"><p class="seg-text">{words.strip()}</p>{extra}</div>
  </div>
</div>''')
    gt = [[g[0] // 1000, g[1]] for g in gold(T)]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Musk call notes - 11/12 - Scribewave</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Musk call notes - 11/12">
<meta property="og:site_name" content="Scribewave">
<link rel="preload" href="/fonts/inter-var.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/_next/static/css/3a91d2f0e1.css">
<script>window.__SW_SHARE__={{"conversationId":"c_7Q2xk9","readonly":true,"durationMs":107400}};</script>
<script src="/_next/static/chunks/main-8b1c.js" defer></script>
</head>
<body>
<div id="__next">
  <div class="share-topbar">
    <a href="/" class="sw-logo">Scribewave</a>
    <div class="share-actions"><a class="btn-outline" href="/signup">Sign up free</a> <a class="btn" href="/login">Log in</a></div>
  </div>
  <div class="conversation-layout">
    <aside class="conversation-sidebar">
      <h1 class="conv-title">Musk call notes - 11/12</h1>
      <div class="conv-meta"><span>Nov 12, 2026</span> · <span>1 min 47 s</span> · <span>2 speakers</span></div>
      <div class="summary-card">
        <h2>Summary <span class="badge">AI</span></h2>
        <ul class="summary-bullets">
          <li>Elon Musk: Mexico Gigafactory paused pending tariff clarity.</li>
          <li>Training compute described as the limiting factor for self-driving.</li>
          <li>Neuralink trial patients reported as doing well.</li>
        </ul>
        <h3>Keywords</h3>
        <p class="keywords">tariffs · Gigafactory · GPUs · xAI · Neuralink</p>
      </div>
      <div class="speakers-card"><h3>Speakers</h3><ul><li><span class="dot" style="background:#3b7ddd"></span>Elon Musk</li><li><span class="dot" style="background:#8a8f98"></span>Speaker 2</li></ul></div>
    </aside>
    <section class="conversation-transcript" aria-label="Transcript">
{chr(10).join(segs)}
    </section>
  </div>
  <div class="audio-bar"><button class="play" aria-label="Play"></button><div class="progress"><div class="bar" style="width:0%"></div></div></div>
  <footer class="share-footer">Transcribed with Scribewave · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</div>
</body>
</html>
'''
    write('g06_transcription_share', page, 'transcription-service share page: nested div segments with avatar initials, speaker name span, word spans; start time only in data-start-ms attribute (milliseconds)',
          'Scribewave shared transcript', gt, [S2])

# ---------- 7. Fan site, initials defined once, times after text ----------
def p7():
    ML = 'ML'
    T = [
     (ML, 5, ["Thanks for coming on, Elon. Our listeners sent in hundreds of questions."]),
     (M, 9, ["Happy to do it. Fire away."]),
     (ML, 13, ["First one: will the Roadster ever actually ship?"]),
     (M, 18, ["Yes. We're finalizing the design now. It's going to be a demo unlike anything anyone has seen."]),
     (ML, 36, ["A fan asked whether Tesla will build a cheaper car for India."]),
     (M, 42, ["India is a tough market with high import duties, but long term it will be one of the biggest car markets on Earth. We'd love to be there.",
              "Local production would make the most sense."]),
     (ML, 71, ["Somebody wants to know your favorite sci-fi book."]),
     (M, 75, ["The Culture series by Iain Banks. That's the closest to a positive vision of AI in fiction."]),
     (ML, 89, ["Last one. Any advice for young engineers?"]),
     (M, 93, ["Work on things that are useful to others. And go deep on first principles physics. It's underrated."]),
    ]
    body = []
    for spk, t, paras in T:
        lab = 'EM' if spk == M else 'ML'
        body.append(f'<p class="line"><b>{lab}:</b> {E(paras[0])}' + ('' if len(paras) > 1 else f' <span class="stamp">[{mmss(t)}]</span>') + '</p>')
        for i, p in enumerate(paras[1:]):
            last = (i == len(paras) - 2)
            body.append(f'<p class="line">{E(p)}' + (f' <span class="stamp">[{mmss(t)}]</span>' if last else '') + '</p>')
    comments = [
     ('Elon Musk', '2 days ago', "Great interview, the Culture series answer was spot on. (not the real one obviously lol)"),
     ('elonmusk_fan_1971', '2 days ago', "EM: Work on things that are useful to others. Printing that and putting it on my wall."),
     ('Kimbal Fan', '1 day ago', "Wish you'd asked about the Boring Company tunnels."),
     ('TeslaOwnersClubNL', '1 day ago', "Any chance of the full audio?"),
    ]
    cm = '\n'.join(f'<li class="comment"><div class="comment-author"><img class="avatar" src="https://secure.gravatar.com/avatar/{i:032d}?s=48&amp;d=mm" alt="" width="48" height="48"><cite class="fn">{E(a)}</cite> <span class="says">says:</span></div><div class="comment-meta">{d}</div><div class="comment-content"><p>{E(c)}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></li>' for i, (a, d, c) in enumerate(comments))
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TRANSCRIPT: Fan Q&amp;A with Elon Musk (Episode 88) &#8211; Mars Colony Fans</title>
<link rel="stylesheet" id="twentytwelve-style-css" href="https://marscolonyfans.net/wp-content/themes/twentytwelve/style.css?ver=6.4" type="text/css" media="all">
<script type="text/javascript" src="https://marscolonyfans.net/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style>.stamp{{color:#999;font-size:11px}}.line{{margin:0 0 .8em}}</style>
</head>
<body class="post-template-default single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
  <hgroup><h1 class="site-title"><a href="https://marscolonyfans.net/">Mars Colony Fans</a></h1><h2 class="site-description">An unofficial fan community. Not affiliated with SpaceX or Tesla.</h2></hgroup>
  <nav id="site-navigation" class="main-navigation"><ul class="nav-menu"><li><a href="/">Home</a></li><li><a href="/category/transcripts/">Transcripts</a></li><li><a href="/category/launches/">Launches</a></li><li><a href="/forum/">Forum</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="main" class="wrapper">
<div id="primary" class="site-content"><div id="content" role="main">
<article id="post-4471" class="post-4471 post type-post status-publish category-transcripts">
  <header class="entry-header"><h1 class="entry-title">TRANSCRIPT: Fan Q&amp;A with Elon Musk (Episode 88)</h1>
  <div class="entry-meta">Posted on <time datetime="2026-11-02T18:22:00+00:00">November 2, 2026</time> by <span class="author">marsgirl_ana</span></div></header>
  <div class="entry-content">
    <p>Typed up by volunteers from the audio of episode 88 of our fan podcast. Participants: Elon Musk (EM) and our host Marcus Lee (ML). Timestamps are shown in brackets at the end of each turn. Mistakes are ours!</p>
    <hr>
{chr(10).join(body)}
    <hr>
    <p><em>Thanks to Ana, Dev and Kristof for transcribing. Corrections welcome in the comments.</em></p>
  </div>
  <footer class="entry-meta">Tagged <a href="/tag/roadster/">roadster</a>, <a href="/tag/india/">india</a>, <a href="/tag/books/">books</a></footer>
</article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">4 thoughts on &ldquo;TRANSCRIPT: Fan Q&amp;A with Elon Musk (Episode 88)&rdquo;</h2>
  <ol class="commentlist">
{cm}
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment" rows="6"></textarea><input name="submit" type="submit" value="Post Comment"></form></div>
</div>
</div></div>
<div id="secondary" class="widget-area"><aside class="widget"><h3 class="widget-title">Recent transcripts</h3><ul><li><a href="#">Episode 87: Starship Flight 12 recap</a></li><li><a href="#">Episode 86: Interview with a Starbase welder</a></li></ul></aside></div>
</div>
<footer id="colophon"><div class="site-info">Proudly powered by WordPress · Mars Colony Fans &copy; 2026</div></footer>
</div>
</body>
</html>
'''
    write('g07_fan_site_initials', page, 'WordPress fan transcript: initials defined once in intro (EM/ML), "<b>EM:</b> text" paragraphs with [mm:ss] after the turn text; comments by Musk-named users',
          'Mars Colony Fans podcast', gold(T), ['ML'])

# ---------- 8. Forum thread ----------
def p8():
    MG = 'Mario'
    T = [
     (MG, 3602, ["Alright, we've got Elon back on the Space. Elon, can you hear us?"]),
     (M, 3609, ["Yeah, I can hear you."]),
     (MG, 3611, ["People want to know about the Starlink direct-to-cell rollout."]),
     (M, 3617, ["It's going well. We have several hundred satellites with the direct-to-cell payload now. It works in dead zones, which is the main point. It's not going to replace towers in cities, but for rural areas it's huge."]),
     (MG, 3655, ["And the spectrum deal?"]),
     (M, 3660, ["That was important. It gives us much better bandwidth per beam. Expect a big improvement next year."]),
     (MG, 3688, ["Someone in the comments is asking about China's satellite constellations."]),
     (M, 3695, ["They're moving fast. They'll probably be the main competitor. Nobody else is really close in launch cadence, though."]),
     (MG, 3731, ["Thanks Elon."]),
     (M, 3733, ["Thanks everyone."]),
    ]
    lines = []
    for i, (spk, t, paras) in enumerate(T):
        if spk == M:
            lab = 'Elon Musk' if i < 4 else 'Elon'
        else:
            lab = 'Mario'
        lines.append(f'[{h1ms(t)}] <span style="font-weight: bold">{lab}:</span> {E(paras[0])}<br>')
    posts = f'''
<div class="post bg2" id="p88213">
  <div class="inner">
  <div class="postbody">
    <h3 class="first"><a href="#p88213">Transcript: Elon on Mario's Space last night (Starlink D2C, China)</a></h3>
    <p class="author"><a href="./viewtopic.php?p=88213#p88213" title="Post"><i class="icon fa-file"></i></a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">orbitalpancake</a></strong> &raquo; Thu Nov 26, 2026 9:14 am</p>
    <div class="content">Typed this from the recording, starts about an hour in. Timestamps are from the replay. Lightly cleaned up.<br><br>
{chr(10).join(lines)}
<br>That's the relevant part, rest was people asking about Dogecoin.</div>
    <div id="sig88213" class="signature">Falcon 9 launches watched in person: 14</div>
  </div>
  <dl class="postprofile" id="profile88213"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">orbitalpancake</a></dt><dd class="profile-rank">Launch Director</dd><dd><strong>Posts:</strong> 2311</dd><dd><strong>Joined:</strong> Mar 2019</dd></dl>
  </div>
</div>
<hr class="divider">
<div class="post bg1" id="p88219">
  <div class="inner">
  <div class="postbody">
    <h3><a href="#p88219">Re: Transcript: Elon on Mario's Space last night</a></h3>
    <p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=9021" class="username">ElonMuskFanboy42</a></strong> &raquo; Thu Nov 26, 2026 9:40 am</p>
    <div class="content"><blockquote><div><cite>orbitalpancake wrote: <a href="./viewtopic.php?p=88213#p88213">↑</a></cite>[{h1ms(3695)}] Elon: They're moving fast. They'll probably be the main competitor.</div></blockquote>
Interesting that he says that openly. Thanks for typing it up!</div>
  </div>
  <dl class="postprofile"><dt><a class="username">ElonMuskFanboy42</a></dt><dd><strong>Posts:</strong> 87</dd></dl>
  </div>
</div>
<hr class="divider">
<div class="post bg2" id="p88225">
  <div class="inner">
  <div class="postbody">
    <h3><a href="#p88225">Re: Transcript: Elon on Mario's Space last night</a></h3>
    <p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=311" class="username">not_elon_musk</a></strong> &raquo; Thu Nov 26, 2026 10:02 am</p>
    <div class="content">Elon: It's going well. <br>Narrator: it was not, in fact, going well.<br><br>jk, D2C has been solid where I live.</div>
  </div>
  <dl class="postprofile"><dt><a class="username">not_elon_musk</a></dt><dd><strong>Posts:</strong> 1204</dd></dl>
  </div>
</div>'''
    page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transcript: Elon on Mario's Space last night (Starlink D2C, China) - LaunchPad Forums</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=212" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=212" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header">
  <div class="headerbar" role="banner"><div class="inner"><div id="site-description"><a id="logo" class="logo" href="./index.php"><span class="site_logo"></span></a><h1>LaunchPad Forums</h1><p>Spaceflight, EVs and everything in between</p></div>
  <div id="search-box" class="search-box search-header"><form action="./search.php" method="get"><input name="keywords" type="search" placeholder="Search…"></form></div></div></div>
  <div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist"><li><a href="./faq.php">FAQ</a></li><li><a href="./ucp.php?mode=login">Login</a></li><li><a href="./ucp.php?mode=register">Register</a></li></ul>
  <ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">Starlink &amp; Satellites</a></span></li></ul></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14410">Transcript: Elon on Mario's Space last night (Starlink D2C, China)</a></h2>
<div class="action-bar bar-top"><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{posts}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14410" class="button">Post Reply</a></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
</body>
</html>
'''
    write('g08_forum_thread', page, 'phpBB forum post: lines "[h:mm:ss] <bold>Name:</bold> text<br>"; label changes from "Elon Musk:" to "Elon:" mid-transcript; replies quote lines (not turns)',
          "LaunchPad Forums (Mario's X Space)", gold(T), ['Mario'])

if __name__ == '__main__':
    p5(); p6(); p7(); p8()
