from common import T, M, E, A, save, hms, short, mmss


# ---------------------------------------------------------------- 1 Libsyn
def libsyn():
    turns = [
        T('Dana Whitfield', 4, "Welcome back to The Torque Report. I'm Dana Whitfield, and with me as always is Marcus Reyes. Our guest today needs very little introduction. Elon, thanks for joining us."),
        M('Elon Musk', 15, "Thanks for having me."),
        T('Marcus Reyes', 18, "Let's start with Shanghai. Giga Shanghai has been running close to flat out for a couple of years now. How does it compare with Fremont and Austin?"),
        M('Elon Musk', 27, "Shanghai is our most productive factory by a meaningful margin. The team there is extremely hardworking, and the supplier base within a few hundred kilometers is incredibly deep. You can get almost any part made within a day's drive. That's not really true anywhere else in the world right now."),
        T('Dana Whitfield', 65, "Some people would call that a dependency problem."),
        M('Elon Musk', 68, "Sure."),
        T('Dana Whitfield', 69, "I mean a serious one. If trade relations get worse, what happens to Tesla?"),
        M('Elon Musk', 74, "It is a risk, and we try to have at least two sources for every critical part. But I think people underestimate how competitive the Chinese car companies are. They are the most competitive car companies in the world, and they will do very well outside of China too."),
        T('Marcus Reyes', 752, "On tariffs. You've said before you're not a fan. A newsletter last week quoted you, and I'm reading it here, “Elon Musk: tariffs distort the market.” Is that still where you are?"),
        M('Elon Musk', 763, "Yeah, I generally think tariffs distort the market. Anything that inhibits freedom of exchange is not great for consumers. That said, I understand why governments do it, and we'll adapt to whatever the rules are."),
        T('Marcus Reyes', 1530, "Let's switch to Starship for a minute before we run out of time."),
        M('Elon Musk', 1534, "The goal this year is to catch the ship, not just the booster. If we can get to full and rapid reusability, the cost per ton to orbit drops by something like a factor of a hundred. That's the fundamental breakthrough that's needed for Mars."),
        T('Dana Whitfield', 3641, "Last one. What would you tell a young engineer in Shenzhen, or in Texas, who wants to build something hard?"),
        M('Elon Musk', 3649, "Work on hard problems and try to be useful. Don't worry too much about whether it's glamorous. Most of the useful work isn't."),
        T('Dana Whitfield', 3680, "Elon Musk, thank you so much."),
        M('Elon Musk', 3683, "Thank you."),
    ]
    body = "\n".join(f"<p>{E(t.spk)} ({hms(t.t)}) {E(t.paras[0])}</p>" for t in turns)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Torque Report | Ep. 212: Elon Musk on Shanghai, Tariffs and Starship</title>
<meta name="description" content="Elon Musk joins Dana and Marcus to talk Giga Shanghai, Chinese competition, tariffs and catching Starship.">
<meta property="og:type" content="website">
<meta property="og:title" content="Ep. 212: Elon Musk on Shanghai, Tariffs and Starship">
<meta property="og:image" content="https://assets.libsyn.com/secure/content/172233411/torque-212-cover.jpg">
<meta property="og:url" content="https://torquereport.libsyn.com/ep-212-elon-musk-on-shanghai-tariffs-and-starship">
<meta name="twitter:card" content="player">
<meta name="twitter:player" content="https://html5-player.libsyn.com/embed/episode/id/33912877/">
<link rel="alternate" type="application/rss+xml" title="The Torque Report" href="https://torquereport.libsyn.com/rss">
<link rel="stylesheet" href="https://static.libsyn.com/p/assets/platform/theme/css/bootstrap.min.css">
<link rel="stylesheet" href="https://static.libsyn.com/p/assets/platform/theme/css/podcast-page-2.min.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212: Elon Musk on Shanghai, Tariffs and Starship","datePublished":"2025-03-11","episodeNumber":212,"partOfSeries":{{"@type":"PodcastSeries","name":"The Torque Report","url":"https://torquereport.libsyn.com"}},"associatedMedia":{{"@type":"MediaObject","contentUrl":"https://traffic.libsyn.com/secure/torquereport/TTR_212_final.mp3"}}}}</script>
<script src="https://static.libsyn.com/p/assets/js/jquery-3.6.0.min.js"></script>
<script>window.libsyn = window.libsyn || {{}}; libsyn.showId = 172233; libsyn.itemId = 33912877;</script>
</head>
<body class="libsyn-page theme-dark">
<div class="container">
  <div id="header" class="row">
    <div class="col-md-3"><a href="https://torquereport.libsyn.com/"><img class="show-art" src="https://assets.libsyn.com/secure/show/172233/ttr-cover-1400.jpg" alt="The Torque Report"></a></div>
    <div class="col-md-9">
      <h1 class="show-title"><a href="https://torquereport.libsyn.com/">The Torque Report</a></h1>
      <p class="show-tagline">Cars, factories and the people who build them. Weekly.</p>
      <ul class="nav nav-pills">
        <li><a href="https://torquereport.libsyn.com/">Home</a></li>
        <li><a href="https://torquereport.libsyn.com/webpage/category/episodes">Episodes</a></li>
        <li><a href="https://torquereport.libsyn.com/webpage/about">About</a></li>
        <li><a href="https://torquereport.libsyn.com/rss">RSS</a></li>
        <li><a href="https://podcasts.apple.com/us/podcast/the-torque-report/id1480022231">Apple Podcasts</a></li>
      </ul>
    </div>
  </div>
  <div class="row">
    <div class="col-md-8" id="content">
      <div class="libsyn-item" id="libsyn-item-33912877">
        <div class="libsyn-item-title"><h2><a href="https://torquereport.libsyn.com/ep-212-elon-musk-on-shanghai-tariffs-and-starship">Ep. 212: Elon Musk on Shanghai, Tariffs and Starship</a></h2></div>
        <div class="libsyn-item-release-date">Mar 11, 2025</div>
        <div class="libsyn-item-player">
          <iframe title="Libsyn Player" style="border: none" src="//html5-player.libsyn.com/embed/episode/id/33912877/height/90/theme/custom/thumbnail/yes/direction/forward/render-playlist/no/custom-color/e8491d/" height="90" width="100%" scrolling="no" allowfullscreen></iframe>
        </div>
        <div class="libsyn-item-body">
          <p>Dana and Marcus sit down with Elon Musk, CEO of Tesla and SpaceX, for a wide-ranging hour on Giga Shanghai, why Chinese automakers are the toughest competition in the world, tariffs, and the push to catch Starship.</p>
          <p><strong>Chapters</strong></p>
          <ul>
            <li>(00:00) Intro</li>
            <li>(00:27) Elon Musk: Shanghai is our most productive factory</li>
            <li>(01:14) Supplier risk and dual sourcing</li>
            <li>(12:43) Tariffs: “Elon Musk: tariffs distort the market”</li>
            <li>(25:34) Starship and full reusability</li>
            <li>(1:00:49) Advice for young engineers</li>
          </ul>
          <blockquote class="pull-quote"><p>Elon Musk: Work on hard problems and try to be useful.</p></blockquote>
          <p>Sponsors: <a href="https://example-sponsor.com/torque">Gridline Insurance</a> — use code TORQUE for 15% off your first year.</p>
          <hr>
          <p><strong>Full transcript</strong> <em>(machine generated, lightly edited; please check against the audio before quoting)</em></p>
{body}
          <hr>
          <p>Support the show on <a href="https://www.patreon.com/torquereport">Patreon</a>. Produced by Lantern Audio. Music: “Redline” by Kit Sato.</p>
        </div>
        <div class="libsyn-item-footer">
          <span class="category">Category: <a href="https://torquereport.libsyn.com/webpage/category/interviews">Interviews</a></span> --
          <span class="posted">posted at: 6:00am EDT</span>
          <div class="libsyn-item-share">
            <a class="btn btn-default" href="https://traffic.libsyn.com/secure/torquereport/TTR_212_final.mp3?dest-id=1723"><i class="fa fa-download"></i> Download</a>
            <a class="btn btn-default" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Ftorquereport.libsyn.com%2Fep-212">Share on X</a>
            <a class="btn btn-default" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftorquereport.libsyn.com%2Fep-212">Share on Facebook</a>
          </div>
        </div>
      </div>
      <ul class="pager">
        <li class="previous"><a href="https://torquereport.libsyn.com/ep-211-the-solid-state-battery-hype-cycle">&larr; Ep. 211: The Solid-State Battery Hype Cycle</a></li>
        <li class="next"><a href="https://torquereport.libsyn.com/ep-213-inside-a-chinese-ev-supplier-park">Ep. 213: Inside a Chinese EV Supplier Park &rarr;</a></li>
      </ul>
    </div>
    <div class="col-md-4" id="sidebar">
      <div class="widget"><h4>Subscribe</h4>
        <ul><li><a href="https://torquereport.libsyn.com/rss">RSS Feed</a></li><li><a href="https://open.spotify.com/show/6pT0rqueRep0rt">Spotify</a></li><li><a href="https://podcasts.apple.com/us/podcast/the-torque-report/id1480022231">Apple Podcasts</a></li></ul></div>
      <div class="widget"><h4>Archives</h4>
        <ul><li><a href="https://torquereport.libsyn.com/2025/03">March 2025</a></li><li><a href="https://torquereport.libsyn.com/2025/02">February 2025</a></li><li><a href="https://torquereport.libsyn.com/2025/01">January 2025</a></li><li><a href="https://torquereport.libsyn.com/2024/12">December 2024</a></li></ul></div>
      <div class="widget"><h4>Categories</h4>
        <ul><li><a href="https://torquereport.libsyn.com/webpage/category/interviews">Interviews</a></li><li><a href="https://torquereport.libsyn.com/webpage/category/news">News roundups</a></li></ul></div>
    </div>
  </div>
  <div id="footer" class="row"><p>The Torque Report &copy; 2025 Lantern Audio. <a href="https://libsyn.com">Podcast Powered By Libsyn</a></p></div>
</div>
<script src="https://static.libsyn.com/p/assets/platform/theme/js/bootstrap.min.js"></script>
<script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');</script>
</body>
</html>
"""
    return save('libsyn_torque_report', page,
                "Libsyn episode page; transcript paragraphs 'Name (hh:mm:ss) text' inline, plain text; chapter list and pull quote with 'Elon Musk: …' before the transcript are not turns; co-host quotes “Elon Musk: tariffs distort the market” inside his own turn; one-word interjections ('Sure.') are turns",
                "The Torque Report", turns, ["Dana Whitfield", "Marcus Reyes"])


# ---------------------------------------------------------------- 2 Hugo
def hugo():
    turns = [
        T('Tomás Lindqvist', 0, "Welcome to Signal Path. I'm here with Elon Musk, and we're going to talk about compute, chips, and where China fits into all of it."),
        M('Elon Musk', 11, "Happy to be here."),
        T('Tomás Lindqvist', 13, "Start with compute. How constrained are you right now?"),
        M('Elon Musk', 17, "Very. The constraint moved from chips to transformers, the electrical kind, not the neural-net kind, and now it's moving to power generation. You can't just plug a hundred thousand GPUs into the wall."),
        T('Tomás', 49, "Where does China stand on AI, in your view?"),
        M('Elon', 53, "China is going to be very strong in AI. They have a lot of talent and a lot of electricity. They're adding power generation at a rate that's hard to comprehend, and I think people in the West are not paying enough attention to that.",
          "If you look at solar alone, China installed more last year than the rest of the world combined, roughly. And they're building out high-voltage transmission at the same time."),
        T('Tomás', 100, "And the export controls on advanced chips?"),
        M('Elon', 104, "They slow things down somewhat, but they also create a very strong incentive for domestic chips. I'd expect China to have competitive AI chips eventually. It's a question of when, not if."),
        T('Tomás', 135, "Do you worry about safety in that race?"),
        M('Elon', 138, "Yes. I think there should be some kind of referee. Government oversight of the most powerful models makes sense, in the US and in China. When I've raised AI safety with senior Chinese officials, they were receptive."),
        T('Tomás', 171, "Last one. Will Grok ever be available in China?"),
        M('Elon', 174, "Probably not anytime soon."),
        T('Tomás', 177, "Fair enough. Thanks, Elon."),
    ]
    parts = []
    for t in turns:
        parts.append(f"<p>[{hms(t.t)}] {E(t.spk)}: {E(t.paras[0])}</p>")
        for p in t.paras[1:]:
            parts.append(f"<p>{E(p)}</p>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Signal Path #19: Elon Musk on compute, chips and China (transcript) | bytes &amp; bolts</title>
<meta name="keywords" content="podcast, transcript, AI, compute, China">
<meta name="description" content="Full transcript of Signal Path episode 19 with Elon Musk.">
<meta name="author" content="Tomás Lindqvist">
<link rel="canonical" href="https://bytesandbolts.dev/posts/signal-path-19-musk-transcript/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet" as="style">
<link rel="icon" href="https://bytesandbolts.dev/favicon.ico">
<meta name="generator" content="Hugo 0.136.5">
<meta property="og:title" content="Signal Path #19: Elon Musk on compute, chips and China (transcript)">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-02T09:14:00+01:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Signal Path #19: Elon Musk on compute, chips and China (transcript)","author":[{{"@type":"Person","name":"Tomás Lindqvist"}}],"datePublished":"2025-02-02T09:14:00+01:00","publisher":{{"@type":"Organization","name":"bytes & bolts"}}}}</script>
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
</head>
<body class="list" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header">
  <nav class="nav">
    <div class="logo"><a href="https://bytesandbolts.dev/" accesskey="h" title="bytes &amp; bolts (Alt + H)">bytes &amp; bolts</a>
      <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">&#9788;</button></div></div>
    <ul id="menu">
      <li><a href="https://bytesandbolts.dev/posts/" title="posts"><span>posts</span></a></li>
      <li><a href="https://bytesandbolts.dev/podcast/" title="podcast"><span>podcast</span></a></li>
      <li><a href="https://bytesandbolts.dev/tags/" title="tags"><span>tags</span></a></li>
      <li><a href="https://bytesandbolts.dev/about/" title="about"><span>about</span></a></li>
    </ul>
  </nav>
</header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="https://bytesandbolts.dev/">Home</a>&nbsp;»&nbsp;<a href="https://bytesandbolts.dev/posts/">Posts</a></div>
    <h1 class="post-title entry-hint-parent">Signal Path #19: Elon Musk on compute, chips and China (transcript)</h1>
    <div class="post-description">The full conversation, timestamped. Audio is on the podcast page.</div>
    <div class="post-meta"><span title="2025-02-02 09:14:00 +0100 +0100">February 2, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tomás Lindqvist</div>
  </header>
  <div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
    <div class="inner"><ul><li><a href="#notes" aria-label="Notes">Notes</a></li><li><a href="#transcript" aria-label="Transcript">Transcript</a></li></ul></div></details></div>
  <div class="post-content">
<h2 id="notes">Notes<a hidden class="anchor" aria-hidden="true" href="#notes">#</a></h2>
<p>I recorded this over a video call in late January. Timestamps are from the audio file. I removed a few false starts and one long tangent about rocket engines that I&rsquo;ll publish separately. Anything in square brackets is mine.</p>
<h2 id="transcript">Transcript<a hidden class="anchor" aria-hidden="true" href="#transcript">#</a></h2>
{body}
<p><em>[End of recording.]</em></p>
  </div>
  <footer class="post-footer">
    <ul class="post-tags"><li><a href="https://bytesandbolts.dev/tags/podcast/">podcast</a></li><li><a href="https://bytesandbolts.dev/tags/ai/">ai</a></li><li><a href="https://bytesandbolts.dev/tags/china/">china</a></li></ul>
    <nav class="paginav">
      <a class="prev" href="https://bytesandbolts.dev/posts/notes-on-hbm-supply/"><span class="title">« Prev</span><br><span>Notes on HBM supply</span></a>
      <a class="next" href="https://bytesandbolts.dev/posts/signal-path-18-transcript/"><span class="title">Next »</span><br><span>Signal Path #18: the grid is the bottleneck</span></a>
    </nav>
    <div class="share-buttons">
      <a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text=Signal%20Path%20%2319&amp;url=https%3a%2f%2fbytesandbolts.dev%2fposts%2fsignal-path-19-musk-transcript%2f">X</a>
      <a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3a%2f%2fbytesandbolts.dev%2fposts%2fsignal-path-19-musk-transcript%2f">LinkedIn</a>
      <a target="_blank" rel="noopener noreferrer" aria-label="share on hacker news" href="https://news.ycombinator.com/submitlink?t=Signal%20Path%20%2319">HN</a>
    </div>
  </footer>
  <section class="webmentions" id="webmentions">
    <h3>Webmentions</h3>
    <p class="wm-count">4 replies · 31 likes · 12 reposts</p>
    <ol class="wm-replies">
      <li class="wm-reply h-cite"><div class="wm-author"><img src="https://bytesandbolts.dev/wm-avatars/a1.png" alt=""> <a class="p-author h-card" href="https://mastodon.social/@elonmusk_fanclub">Elon Musk Fan Club</a> <time datetime="2025-02-02T12:01:00Z">Feb 2</time></div>
        <div class="wm-content"><p>Elon Musk: China is going to be very strong in AI. Saving this quote for 2030.</p></div></li>
      <li class="wm-reply h-cite"><div class="wm-author"><img src="https://bytesandbolts.dev/wm-avatars/a2.png" alt=""> <a class="p-author h-card" href="https://hachyderm.io/@gridnerd">Ruth K.</a> <time datetime="2025-02-02T14:22:00Z">Feb 2</time></div>
        <div class="wm-content"><p>The transformer bit at 00:00:17 is the most underrated point in the whole thing.</p></div></li>
      <li class="wm-reply h-cite"><div class="wm-author"><img src="https://bytesandbolts.dev/wm-avatars/a3.png" alt=""> <a class="p-author h-card" href="https://bsky.app/profile/elonmusk-parody.bsky.social">Elon Musk (parody)</a> <time datetime="2025-02-03T08:40:00Z">Feb 3</time></div>
        <div class="wm-content"><p>Elon: I never said that. Also, I said all of that.</p></div></li>
      <li class="wm-reply h-cite"><div class="wm-author"><img src="https://bytesandbolts.dev/wm-avatars/a4.png" alt=""> <a class="p-author h-card" href="https://fosstodon.org/@tlindqvist">Tomás Lindqvist</a> <time datetime="2025-02-03T09:02:00Z">Feb 3</time></div>
        <div class="wm-content"><p>@gridnerd agreed, that was the part I wanted to push on more.</p></div></li>
    </ol>
  </section>
</article>
</main>
<footer class="footer">
  <span>&copy; 2025 <a href="https://bytesandbolts.dev/">bytes &amp; bolts</a></span> ·
  <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
<script>let menu = document.getElementById('menu'); if (menu) {{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }}</script>
<script defer src="https://bytesandbolts.dev/js/webmention.min.js" data-page-url="https://bytesandbolts.dev/posts/signal-path-19-musk-transcript/"></script>
</body>
</html>
"""
    return save('hugo_signal_path', page,
                "Hugo (PaperMod) blog post; '[hh:mm:ss] Name: text' paragraphs; label changes 'Elon Musk:' -> 'Elon:' (and host 'Tomás Lindqvist:' -> 'Tomás:'); one unlabelled continuation paragraph; webmention replies with 'Elon Musk: …'/'Elon: …' lines are not turns",
                "Signal Path (bytes & bolts)", turns, ["Tomás Lindqvist", "Tomás"])


# ---------------------------------------------------------------- 3 Medium
def medium():
    turns = [
        T('Priya Natarajan:', None, "Let's start with the thing you keep repeating: the world needs more batteries. How many more?"),
        M('Elon Musk:', None, "A lot more. My rough estimate is that you need something on the order of 240 terawatt-hours of stationary storage for a fully sustainable energy economy, plus the batteries in vehicles. We're nowhere near that.",
          "The good news is that raw materials are not really the constraint. Lithium is quite common. Refining is the bottleneck, and most refining today happens in China. So we're building refining capacity in Texas."),
        T('Priya Natarajan:', None, "Which brings me to China. On an earnings call in 2020 you said, and I wrote this down, “China rocks, in my opinion. The energy there is amazing.” Do you still believe that, given everything that has happened since?"),
        M('Elon Musk:', None, "Yes, I stand by that.",
          "The people I've met working at Giga Shanghai are some of the most talented and hardworking people I've worked with anywhere. That's just a fact. It doesn't mean I agree with every policy of every government, but the work ethic is real."),
        T('Priya Natarajan:', None, "And the Megafactory in Shanghai? It opened faster than almost anyone expected."),
        M('Elon Musk:', None, "It's ramping well. The first Megapacks shipped ahead of schedule, which is unusual for us, frankly."),
        T('Priya Natarajan:', None, "Critics say you're too close to Beijing."),
        M('Elon Musk:', None, "I try to be on good terms with every government in every country where we operate. That's not the same as agreeing with everything they do. Tesla has to follow the laws of each country, and so does X, for that matter."),
        T('Priya Natarajan:', None, "Final question. Solar or nuclear?"),
        M('Elon Musk:', None, "Both. Solar will be the biggest source of energy by far, but I'm pro nuclear. Shutting down safe nuclear plants is crazy, especially right now."),
        T('Priya Natarajan:', None, "Thank you, Elon."),
        M('Elon Musk:', None, "Thanks."),
    ]
    pcls = 'pw-post-body-paragraph aak aal gc am b ip aan aao aap is aaq aar aas aat aau aav aaw aax aay aaz aba abb abc abd abe fx bk'
    parts = []
    for i, t in enumerate(turns):
        parts.append(f'<p id="{3000 + i * 7:x}" class="{pcls}" data-selectable-paragraph=""><strong class="am go">{E(t.spk)}</strong> {E(t.paras[0])}</p>')
        for j, p in enumerate(t.paras[1:]):
            parts.append(f'<p id="{3001 + i * 7 + j:x}" class="{pcls}" data-selectable-paragraph="">{E(p)}</p>')
        if i == 3:
            parts.append('<blockquote class="abf abg abh"><p id="pq1" class="abi abj abk bk" data-selectable-paragraph=""><em class="abl">Musk: “Refining is the bottleneck, and most refining today happens in China.”</em></p></blockquote>')
    body = "\n".join(parts)
    page = f"""<!doctype html><html lang="en"><head><title>‘We Need More Batteries’: A Conversation With Elon Musk | by Priya Natarajan | The Startup Ledger | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" property="al:ios:app_store_id" content="828256236"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2024-10-18T14:02:11.402Z"/><meta data-rh="true" name="title" content="‘We Need More Batteries’: A Conversation With Elon Musk | by Priya Natarajan | The Startup Ledger | Medium"/><meta data-rh="true" property="og:title" content="‘We Need More Batteries’: A Conversation With Elon Musk"/><meta data-rh="true" name="description" content="Storage, refining, Shanghai and nuclear power."/><meta data-rh="true" name="author" content="Priya Natarajan"/><link data-rh="true" rel="canonical" href="https://medium.com/startup-ledger/we-need-more-batteries-a-conversation-with-elon-musk-4c1b9e7d2a10"/><script data-rh="true" type="application/ld+json">{{"@context":"http:\\u002F\\u002Fschema.org","@type":"NewsArticle","image":["https:\\u002F\\u002Fmiro.medium.com\\u002Fv2\\u002Fresize:fit:1200\\u002F1*Qm3kBattery.jpeg"],"url":"https:\\u002F\\u002Fmedium.com\\u002Fstartup-ledger\\u002Fwe-need-more-batteries-4c1b9e7d2a10","dateCreated":"2024-10-18T14:02:11.402Z","headline":"‘We Need More Batteries’: A Conversation With Elon Musk","name":"‘We Need More Batteries’: A Conversation With Elon Musk","author":{{"@type":"Person","name":"Priya Natarajan","url":"https:\\u002F\\u002Fmedium.com\\u002F@priyanatarajan"}},"publisher":{{"@type":"Organization","name":"The Startup Ledger"}}}}</script><link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css"/><style type="text/css" data-fela-rehydration="552" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c m"><div class="n o p q r s t u v w x y z ab"><div class="ac ad ae af ag ah"><a class="ai aj ak" href="https://medium.com/?source=post_page---top_nav_layout_nav" aria-label="Homepage" data-testid="headerMediumLogo"><svg viewBox="0 0 1043.63 592.71" class="ak al"><g><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></g></svg></a><div class="am b an ao ap aq ar as at au av"><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" placeholder="Search" class="aw ax ay az" value=""/></div></div><div class="h k w ba bb"><div class="bc"><a class="bd be" href="https://medium.com/new-story" data-testid="headerWriteButton"><span>Write</span></a></div><a class="bf" href="https://medium.com/m/signin" data-testid="headerSignInButton">Sign in</a></div></div></div><div class="l c"><article><div class="l"><div class="l"><section><div><div class="fx gy gz ha hb"></div><div class="hc hd he hf hg"><div class="ab ca"><div class="ch bg hh hi hj hk"><div><h1 id="a5e1" class="pw-post-title hl hm hn ba ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih ii ij bk" data-testid="storyTitle" data-selectable-paragraph="">‘We Need More Batteries’: A Conversation With Elon Musk</h1></div><div><h2 id="b9f3" class="pw-subtitle-paragraph ik hm hn bf b il im in io ip iq ir is it iu iv iw ix iy iz cq" data-selectable-paragraph="">Storage, refining, Shanghai and why he still wants nuclear plants kept open</h2></div><div class="ja jb"><div class="speechify-ignore ab co"><div class="speechify-ignore bh l"><div class="jc jd je jf jg ab"><div><div class="ab jh"><a href="https://medium.com/@priyanatarajan?source=post_page---byline--4c1b9e7d2a10"><div class="l ji jj by jk jl"><img alt="Priya Natarajan" class="l ff by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*pnPortrait.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jm ab q"><div class="ab q jn"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jo jp bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jq" data-testid="authorName" href="https://medium.com/@priyanatarajan">Priya Natarajan</a></p></div></div></div><span class="jr js" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b jo jp dx"><button class="jt ju ah ai aj ak al am an ao ap aq ar ea jv jw">Follow</button></p></div></div></span></div></div><div class="l jx"><span class="bf b bg z dx"><div class="ab cn jy jz ka"><div class="kb kc ab"><div class="bf b bg z dx ab kd"><span class="ke l jx">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jq ab q" data-testid="publicationName" href="https://medium.com/startup-ledger"><p class="bf b bg z kf kg kh ki kj kk kl km bk">The Startup Ledger</p></a></div></div></div><div class="h k"><span class="jr js" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div></div><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">7 min read</span><div class="kn ko l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Oct 18, 2024</span></div></span></div></span></div></div></div><div class="ab co kp kq kr ks kt ku kv kw kx ky kz la lb lc ld le"><div class="h k w ff fg q"><div class="lu l"><div class="ab q lv lw"><div class="pw-multi-vote-icon ff ke lx ly lz"><button class="ma ao mb mc md me mf" data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454z"></path></svg></button></div><div class="pw-multi-vote-count l mg mh mi mj mk ml mm"><p class="bf b dy z dx"><span class="mn">1.2K</span></p></div></div></div></div><div class="ab q"><button aria-label="responses" class="l"><span class="pw-responses-count mo mp">38</span></button></div></div></div></div></div><figure class="ms mt mu mv mw mx mp mq paragraph-image"><div class="mp mq mr"><picture><img alt="Rows of Megapack units at a storage site" class="bh md my c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*Qm3kBattery.jpeg"/></picture></div><figcaption class="mz fc na mp mq nb nc bf b bg z dx" data-selectable-paragraph="">Elon Musk: “We’re nowhere near enough storage.” Photo by Hana Ito on Unsplash</figcaption></figure><p id="e7a2" class="{pcls}" data-selectable-paragraph=""><em class="nd">Elon Musk has been saying for years that the energy transition is really a battery problem. I spoke with him by video in October about storage, refining, his Shanghai Megafactory and the politics of doing business in China. The conversation has been condensed and lightly edited.</em></p>
{body}
<p id="f0e1" class="{pcls}" data-selectable-paragraph=""><em class="nd">Priya Natarajan writes about energy and industrial policy. Follow The Startup Ledger for more interviews.</em></p></div></div></div></div></section></div></div></article></div><div class="ne nf ng nh ni l"><div class="ab ca"><div class="ch bg hh hi hj hk"><div class="nj nk ab kd"><div class="nl bh"><a href="https://medium.com/tag/energy?source=post_page-----4c1b9e7d2a10" class="nm nn"><div class="no ed cx np gf nq nr bf b bg z bk ns">Energy</div></a></div><div class="nl bh"><a href="https://medium.com/tag/elon-musk?source=post_page-----4c1b9e7d2a10" class="nm nn"><div class="no ed cx np gf nq nr bf b bg z bk ns">Elon Musk</div></a></div><div class="nl bh"><a href="https://medium.com/tag/china?source=post_page-----4c1b9e7d2a10" class="nm nn"><div class="no ed cx np gf nq nr bf b bg z bk ns">China</div></a></div></div></div></div></div><div class="l"><div class="ab ca"><div class="ch bg hh hi hj hk"><div class="nt nu"><h2 class="bf nv nw nx kt ny kv nz oa ob oc od oe of og bk">Responses (38)</h2></div><div class="oh oi"><div class="oj ok"><div class="ab q"><img alt="Elon Muskrat" class="l ff by ol om cx" src="https://miro.medium.com/v2/resize:fill:32:32/1*mrat.png" width="32" height="32" loading="lazy"/><div class="on l"><p class="bf b bg z bk">Elon Muskrat</p><p class="bf b bg z dx">Oct 19, 2024</p></div></div><pre class="oo op oq or os ot"><span class="ou">Elon Musk: “A lot more.” Love how he just answers the question. More of these please.</span></pre></div><div class="oj ok"><div class="ab q"><img alt="Chen Yu" class="l ff by ol om cx" src="https://miro.medium.com/v2/resize:fill:32:32/1*cy.png" width="32" height="32" loading="lazy"/><div class="on l"><p class="bf b bg z bk">Chen Yu</p><p class="bf b bg z dx">Oct 20, 2024</p></div></div><pre class="oo op oq or os ot"><span class="ou">The refining point is correct. Most people outside the industry still don't get it.</span></pre></div><button class="ov ow ox">See all responses</button></div></div></div></div><div class="oy oz"><h2 class="bf nv pa">More from The Startup Ledger</h2><div class="pb"><a href="https://medium.com/startup-ledger/inside-catl-5a0b2e">Inside CATL’s Fastest Line</a> · <a href="https://medium.com/startup-ledger/sodium-ion-reality-check-77c2e1">Sodium-Ion: A Reality Check</a> · <a href="https://medium.com/startup-ledger/musk-nuclear-9d1f0e">Elon Musk: “Shutting down nuclear plants is crazy” — the data</a></div></div><div class="pc pd"><div class="pe pf pg"><a href="https://medium.com/about?autoplay=1">About</a> · <a href="https://help.medium.com/hc/en-us">Help</a> · <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a> · <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a></div></div></div></div></div><script>window.__BUILD_ID__="main-20241018-141211-9fe3e9c1b1"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script><script>window.__PRELOADED_STATE__ = {{"algolia":{{"queries":{{}}}},"cache":{{"experimentGroupSet":true}},"config":{{"nodeEnv":"production","productName":"Medium"}}}}</script><script src="https://cdn-client.medium.com/lite/static/js/manifest.1c8e2f04.js"></script><script src="https://cdn-client.medium.com/lite/static/js/main.4f1b3a20.js"></script></body></html>"""
    return save('medium_batteries', page,
                "Medium article; bold labels inside <p> ('Elon Musk:' / 'Priya Natarajan:'), unlabelled continuation paragraphs; host quotes Musk inside her own turn; figcaption, pull quote ('Musk: …') and responses with 'Elon Musk: …' are not turns",
                "The Startup Ledger (Medium)", turns, ["Priya Natarajan"])


# ---------------------------------------------------------------- 4 Notion
def notion():
    turns = [
        T('Rafael Ortiz', 2, "Okay, we're rolling. Elon, thanks for making time on a Sunday."),
        M('Elon Musk', 7, "No problem. It's basically a workday anyway."),
        T('Rafael Ortiz', 12, "Let's talk about Optimus. When do robots ship outside Tesla?"),
        M('Elon Musk', 18, "Limited production this year, mostly for internal use in our own factories. Next year, hopefully, for other companies.",
          "The hard part isn't making one robot. The hard part is the production line for the robot. That's always been the hard part with everything we do."),
        T('Rafael Ortiz', 62, "Who's your biggest competitor in humanoids?"),
        M('Elon Musk', 66, "Probably a Chinese company. I think the top ten competitors, excluding Tesla, will probably be Chinese companies. They're extremely good at manufacturing and they move fast."),
        T('Rafael Ortiz', 90, "Is that a hardware thing or a software thing?"),
        M('Elon Musk', 93, "Both, but mostly manufacturing. Prototypes are easy, production is hard. China has an enormous number of people who know how to scale production, and that's the real advantage."),
        T('Rafael Ortiz', 130, "Will the actuators come from China too?"),
        M('Elon Musk', 134, "Some components, at first. We designed our own actuators because nothing on the market was good enough.",
          "The magnets are the real supply chain question. Rare earth magnets mostly come from China, so we've been working on designs that use less of them, or none."),
        T('Rafael Ortiz', 175, "Good. Last thing: you'll come back on in a year and tell us how it went?"),
        M('Elon Musk', 180, "Yeah."),
        T('Rafael Ortiz', 182, "Deal. Thanks, Elon."),
    ]
    def block(inner, bid, kind='text'):
        return (f'<div data-block-id="{bid}" class="notion-selectable notion-{kind}-block" style="width: 100%; max-width: 708px; margin-top: 2px; margin-bottom: 1px;">'
                f'<div style="color: inherit; fill: inherit;"><div style="display: flex;"><div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; text-align: left;">'
                f'{inner}</div></div></div></div>')
    parts = []
    n = 0
    for t in turns:
        n += 1
        parts.append(block(f'<span style="font-weight:600" data-token-index="0" class="notion-enable-hover">{E(t.spk)}</span><span data-token-index="1"> · </span><span style="color:rgba(120, 119, 116, 1);fill:rgba(120, 119, 116, 1)" data-token-index="2" class="notion-enable-hover">{hms(t.t)}</span>', f"1a7e3c2b-77d0-80{n:02d}-a1b2-c3d4e5f6{n:04d}"))
        for p in t.paras:
            n += 1
            parts.append(block(E(p), f"1a7e3c2b-77d0-80{n:02d}-b2c3-d4e5f6a7{n:04d}"))
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en" class="notion-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><title>Ep. 34 — Elon Musk (raw transcript)</title><meta name="description" content="A new tool that blends your everyday work apps into one. It's the all-in-one workspace for you and your team"><meta property="og:site_name" content="Founders Off-Record on Notion"><meta property="og:title" content="Ep. 34 — Elon Musk (raw transcript)"><meta property="og:url" content="https://foundersoffrecord.notion.site/Ep-34-Elon-Musk-raw-transcript-1a7e3c2b77d080a1"><meta name="twitter:card" content="summary_large_image"><link rel="icon" href="/images/favicon.ico"><link rel="stylesheet" href="/_assets/app-1e2f3a4b.css"><script>window.CONFIG = {{"env":"production","isAdminMode":false,"domainBaseUrl":"https://www.notion.so","publicDomainName":"notion.site"}};</script><script src="/_assets/vendors~app-81cd2b5f.js" defer></script><script src="/_assets/app-9a3c5e17.js" defer></script></head><body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5;"><div style="height: 100%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%; background: white; cursor: text;"><main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: calc(-44px + 100vh); max-height: 100%; position: relative; width: 1280px;"><div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px; opacity: 1; transition: opacity 700ms ease 0s, color 700ms ease 0s; position: relative; user-select: none;"><div style="display: flex; justify-content: space-between; align-items: center; height: 45px; padding-left: 12px; padding-right: 10px;"><div class="notion-focusable" role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; font-size: 14px;"><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">Founders Off-Record</div><span style="margin: 0 2px; color: rgba(55,53,47,0.5);">/</span><div class="notranslate">Transcripts</div><span style="margin: 0 2px; color: rgba(55,53,47,0.5);">/</span><div class="notranslate">Ep. 34 — Elon Musk (raw transcript)</div></div><div style="display: flex; align-items: center;"><div role="button" tabindex="0" class="notion-focusable" style="font-size: 14px; padding: 0 8px;">Duplicate</div><div role="button" tabindex="0" class="notion-focusable" style="font-size: 14px; padding: 0 8px;">Try Notion</div></div></div></div><div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;"><div class="pseudoSelection" data-content-editable-void="true" contenteditable="false" style="user-select: none; --pseudoSelection--background: transparent; width: 100%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0;"><div style="width: 100%; max-width: 708px;"><div class="notion-record-icon notranslate" style="display: flex; align-items: center; justify-content: center; height: 78px; width: 78px; border-radius: 0.25em; flex-shrink: 0;"><span role="img" aria-label="📼" style="font-size: 78px;">📼</span></div></div></div><div style="width: 100%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0;"><div style="max-width: 100%; padding-left: calc(96px + env(safe-area-inset-left)); width: 100%;"><div style="width: 100%; max-width: 708px; margin-top: 3px; margin-bottom: 4px;"><h1 class="notranslate" spellcheck="true" placeholder="Untitled" contenteditable="false" data-content-editable-leaf="true" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; font-size: 40px; font-weight: 700; margin: 0px;">Ep. 34 — Elon Musk (raw transcript)</h1></div></div></div><div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh; padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right));">
<div data-block-id="1a7e3c2b-77d0-8001-callout-000000000001" class="notion-selectable notion-callout-block" style="width: 100%; max-width: 708px; margin-top: 4px; margin-bottom: 4px;"><div style="display: flex;"><div role="note" style="display: flex; width: 100%; border-radius: 4px; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;"><div><span role="img" aria-label="🎙️">🎙️</span></div><div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%;"><div spellcheck="true" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding-left: 2px; padding-right: 2px;">Guest: Elon Musk. Host: Rafael Ortiz. Recorded over Zoom. Transcript generated by Descript and lightly cleaned up by the team. Don't quote publicly until the episode is out.</div></div></div></div></div>
<div data-block-id="1a7e3c2b-77d0-8001-toggle-000000000002" class="notion-selectable notion-toggle-block" style="width: 100%; max-width: 708px; margin-top: 1px; margin-bottom: 1px;"><div style="display: flex; align-items: flex-start; width: 100%; padding-left: 2px; color: inherit; fill: inherit;"><div role="button" aria-expanded="true" aria-label="Close" tabindex="0" class="notion-focusable" style="user-select: none; width: 24px; height: 24px;"><svg role="graphics-symbol" viewBox="0 0 100 100" class="triangle" style="width: 0.6875em; height: 0.6875em; transform: rotateZ(180deg);"><polygon points="5.9,88.2 50,11.8 94.1,88.2 "></polygon></svg></div><div style="display: flex; flex-direction: column; width: 100%;"><div contenteditable="false" data-content-editable-leaf="true" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;"><b>Highlights for the clip team</b></div><div style="display: flex; flex-direction: column;"><div class="notion-selectable notion-bulleted_list-block" data-block-id="1a7e3c2b-77d0-8001-bullet-000000000003"><div contenteditable="false" data-content-editable-leaf="true" style="padding: 3px 2px;">Elon Musk · 00:01:06 — “the top ten competitors, excluding Tesla, will probably be Chinese companies”</div></div><div class="notion-selectable notion-bulleted_list-block" data-block-id="1a7e3c2b-77d0-8001-bullet-000000000004"><div contenteditable="false" data-content-editable-leaf="true" style="padding: 3px 2px;">Elon Musk: Prototypes are easy, production is hard. (use for the trailer)</div></div></div></div></div></div>
<div data-block-id="1a7e3c2b-77d0-8001-divider-000000000005" class="notion-selectable notion-divider-block" style="width: 100%; max-width: 708px; margin-top: 1px; margin-bottom: 1px;"><div class="notion-cursor-default" style="display: flex; align-items: center; justify-content: center; pointer-events: auto; width: 100%; height: 13px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.16);" role="separator"><div style="width: 100%; height: 1px; visibility: visible; border-bottom: 1px solid rgba(55, 55, 55, 0.09);"></div></div></div>
{body}
<div data-block-id="1a7e3c2b-77d0-8001-text-end" class="notion-selectable notion-text-block" style="width: 100%; max-width: 708px; margin-top: 2px; margin-bottom: 1px;"><div style="color: rgba(120, 119, 116, 1);"><div contenteditable="false" data-content-editable-leaf="true" style="padding: 3px 2px;">— end of recording —</div></div></div>
</div></div></main></div></div></div><div class="notion-overlay-container notion-default-overlay-container" data-overlay="true" style="position: fixed; inset: 0px; z-index: 999; pointer-events: none;"></div></div><script>window.__notionHtmlStart = Date.now();</script></body></html>"""
    return save('notion_founders_offrecord', page,
                "Notion public page, deeply nested divs; each turn starts with a block 'Name · hh:mm:ss' and the text follows in the next block(s); 'Highlights' toggle with 'Elon Musk · …' / 'Elon Musk: …' bullets is not a turn",
                "Founders Off-Record", turns, ["Rafael Ortiz"])


# ---------------------------------------------------------------- 5 Webflow
def webflow():
    turns = [
        T('Nadia Brooks', 0, "This is Frontier Signals. I'm Nadia Brooks, and my guest today is Elon Musk. Elon, welcome to the show."),
        M('Elon Musk', 9, "Thanks, Nadia. Good to be here."),
        T('Nadia Brooks', 12, "Starship. Where are we, honestly?"),
        M('Elon Musk', 15, "We've caught the booster several times now, which is pretty wild if you think about it. The next big milestones are catching the ship and then transferring propellant in orbit. Once that works, Mars becomes a logistics problem rather than a physics problem."),
        T('Nadia Brooks', 271, "China's space program has been moving quickly: far-side lunar samples, their own space station, and now commercial companies working on reusable rockets. How do you see them?"),
        M('Elon Musk', 283, "They're very capable. People who dismiss the Chinese space program are making a mistake. If you look at launch cadence, China is clearly number two, and a few of their commercial launch companies are doing serious work on reusability."),
        T('Nadia Brooks', 340, "Is it a race?"),
        M('Elon Musk', 343, "Not really, in my mind. The competition that matters is against the difficulty of the problem. But competition is good. It keeps everyone honest, including us."),
        T('Nadia Brooks', 548, "Starlink isn't available in China. Will it ever be?"),
        M('Elon Musk', 553, "That's up to the Chinese government. We'd need permission, and we don't have it. I don't expect that to change anytime soon."),
        T('Nadia Brooks', 3721, "We're at the hour. Anything you want to leave listeners with?"),
        M('Elon Musk', 3726, "Be optimistic about the future. It's a better way to live, and it's usually more accurate."),
    ]
    yt = "https://www.youtube.com/watch?v=fS9gN4lQm2c"
    parts = []
    for t in turns:
        parts.append(f'<h4>{E(t.spk)} <a href="{yt}&amp;t={int(t.t)}s" target="_blank">{short(t.t)}</a></h4>')
        for p in t.paras:
            parts.append(f"<p>{E(p)}</p>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 14 2025 16:21:07 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.frontiersignals.fm" data-wf-page="6781b3c2f0a9d41e2c7b5a10" data-wf-site="65f0c1d2e3a4b5c6d7e8f901" data-wf-collection="65f0c1d2e3a4b5c6d7e8f9aa" data-wf-item-slug="elon-musk-starship-china-space"><head><meta charset="utf-8"/><title>Elon Musk on Starship, Mars and China’s space program | Frontier Signals</title><meta content="Episode 58 of Frontier Signals: Elon Musk on catching Starship, the Chinese space program and Starlink." name="description"/><meta content="Elon Musk on Starship, Mars and China’s space program | Frontier Signals" property="og:title"/><meta content="https://cdn.prod.website-files.com/65f0c1d2e3a4b5c6d7e8f901/6781b3_ep58-cover.jpg" property="og:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/65f0c1d2e3a4b5c6d7e8f901/css/frontier-signals.webflow.4b2e1c9d0.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{google:{{families:["Inter:300,400,600,700","Space Grotesk:500,700"]}}}});</script><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://cdn.prod.website-files.com/65f0c1d2e3a4b5c6d7e8f901/65f0_favicon.png" rel="shortcut icon" type="image/x-icon"/><script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","url":"https://www.frontiersignals.fm/episodes/elon-musk-starship-china-space","name":"Elon Musk on Starship, Mars and China’s space program","episodeNumber":"58","datePublished":"2025-01-14","partOfSeries":{{"@type":"PodcastSeries","name":"Frontier Signals"}}}}</script></head><body class="body"><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0c1d2e3a4b5c6d7e8f901/65f0_logo.svg" loading="lazy" alt="Frontier Signals" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/episodes" class="nav-link w-nav-link">Episodes</a><a href="/guests" class="nav-link w-nav-link">Guests</a><a href="/newsletter" class="nav-link w-nav-link">Newsletter</a><a href="/about" class="nav-link w-nav-link">About</a><a href="/subscribe" class="button-nav w-button">Subscribe</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="section-episode-hero"><div class="container w-container"><div class="episode-meta"><div class="episode-number">EP 58</div><div class="episode-date">January 14, 2025</div><div class="episode-duration">1 hr 3 min</div></div><h1 class="episode-title">Elon Musk on Starship, Mars and China’s space program</h1><p class="episode-summary">Nadia asks Elon Musk where Starship really stands, whether there is a new space race with China, and why Starlink is not available there.</p><div class="listen-links"><a href="https://open.spotify.com/episode/3kFs58" class="listen-link w-inline-block"><div>Spotify</div></a><a href="https://podcasts.apple.com/us/podcast/frontier-signals/id1701000058" class="listen-link w-inline-block"><div>Apple</div></a><a href="{yt}" class="listen-link w-inline-block"><div>YouTube</div></a></div><div class="video-embed w-embed w-iframe"><iframe width="100%" height="400" src="https://www.youtube.com/embed/fS9gN4lQm2c" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div></div></section><section class="section-transcript"><div class="container w-container"><div class="transcript-grid"><div class="transcript-sidebar"><div class="sidebar-label">In this episode</div><ul role="list" class="topic-list w-list-unstyled"><li class="topic-item"><a href="{yt}&amp;t=15s">Starship status</a></li><li class="topic-item"><a href="{yt}&amp;t=271s">China's space program</a></li><li class="topic-item"><a href="{yt}&amp;t=548s">Starlink in China</a></li></ul><div class="sidebar-label">Guest</div><div class="guest-card"><div class="guest-name">Elon Musk</div><div class="guest-role">CEO &amp; CTO, SpaceX</div></div></div><div class="transcript-main"><h2 class="transcript-heading">Transcript</h2><div class="transcript-note">Click a timestamp to jump to that moment in the video.</div><div class="rich-text-transcript w-richtext">
{body}
</div></div></div></div></section><section class="section-related"><div class="container w-container"><h3 class="related-heading">More episodes</h3><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items"><div role="listitem" class="related-item w-dyn-item"><a href="/episodes/gwen-oduya-launch-economics" class="related-card w-inline-block"><div class="related-ep">EP 57</div><div class="related-title">The economics of launch, with Gwen Oduya</div></a></div><div role="listitem" class="related-item w-dyn-item"><a href="/episodes/elon-musk-mars-city" class="related-card w-inline-block"><div class="related-ep">EP 31</div><div class="related-title">Elon Musk: Mars needs a city, not a flag</div></a></div><div role="listitem" class="related-item w-dyn-item"><a href="/episodes/china-commercial-launch" class="related-card w-inline-block"><div class="related-ep">EP 52</div><div class="related-title">Inside China’s commercial launch boom</div></a></div></div></div></div></section><section class="section-newsletter"><div class="container w-container"><h3>Get the Frontier Signals newsletter</h3><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@domain.com" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"/></form><div class="w-form-done"><div>Thank you! You're on the list.</div></div><div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section><footer class="footer"><div class="container w-container"><div class="footer-grid"><div>© 2025 Frontier Signals Media LLC</div><div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a><a href="/terms" class="footer-link">Terms</a><a href="https://x.com/frontiersignals" class="footer-link">X</a></div></div></div></footer><div class="cookie-banner"><div class="cookie-text">We use cookies to understand how listeners use this site.</div><a href="#" class="cookie-button w-button">Accept</a><a href="/privacy" class="cookie-link">Learn more</a></div><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0c1d2e3a4b5c6d7e8f901" type="text/javascript" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/65f0c1d2e3a4b5c6d7e8f901/js/webflow.8c1e2a3b.js" type="text/javascript"></script></body></html>"""
    return save('webflow_frontier_signals', page,
                "Webflow episode page; one <h4> heading per turn 'Name <a href=...&t=NNs>m:ss</a>' (h:mm:ss past the hour), text in following <p>; related episode titled 'Elon Musk: Mars needs a city…' is not a turn",
                "Frontier Signals", turns, ["Nadia Brooks"])


# ---------------------------------------------------------------- 6 Newspaper Q&A
def newspaper():
    qa = [
        ("Mr. Musk, BYD now sells more battery-electric cars than Tesla in some quarters. Does that worry you?",
         ["They're a very good company. Years ago I laughed at them in an interview, and that was a mistake. Their products are excellent now and they are very cost-competitive."]),
        ("Is the price war in China sustainable?",
         ["For some companies, no. There are well over a hundred EV brands in China and there will be consolidation. That happens in every new industry.",
          "We try not to compete only on price. We compete on technology, especially autonomy. But price obviously matters a great deal to customers."]),
        ("Europe has placed tariffs on Chinese-made EVs, and Washington has gone further. Is that the right answer?",
         ["I'm not in favour of tariffs generally. They tend to distort the market and consumers end up paying. Tesla is not a beneficiary, by the way, because we also export cars from Shanghai."]),
        ("Would Tesla ever build a second car factory in China?",
         ["Not at this point. Shanghai can still expand a lot."]),
        ("When will full self-driving be available to Chinese customers?",
         ["We're working closely with regulators. The data has to stay in China, which we agree with, so we're training locally. I'm hopeful it will be this year, but it's not up to us."]),
        ("A short one to finish: will you visit Beijing again this year?",
         ["Probably."]),
    ]
    turns = []
    parts = []
    for q, ans in qa:
        turns.append(T('(question)', None, q))
        turns.append(M('(answer)', None, *ans))
        parts.append(f'<p class="article__paragraph"><strong>{E(q)}</strong></p>')
        for a in ans:
            parts.append(f'<p class="article__paragraph">{E(a)}</p>')
    parts.insert(5, '<aside class="pullquote" aria-hidden="true"><p>Elon Musk: “There will be consolidation. That happens in every new industry.”</p></aside>')
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>Elon Musk: ‘China will be our toughest competitor’ | Business | The Northern Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Tesla’s chief executive on BYD, the price war, tariffs and self-driving in China.">
<meta property="og:title" content="Elon Musk: ‘China will be our toughest competitor’">
<meta property="og:type" content="article">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2024-09-22T05:00:00+01:00">
<meta name="twitter:site" content="@northernledger">
<link rel="canonical" href="https://www.northernledger.co.uk/business/2024/sep/22/elon-musk-interview-china-byd-tariffs">
<link rel="stylesheet" href="https://assets.northernledger.co.uk/static/css/article.7f3e2a.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk: ‘China will be our toughest competitor’","datePublished":"2024-09-22T05:00:00+01:00","author":{{"@type":"Person","name":"Helen Mráz"}},"publisher":{{"@type":"Organization","name":"The Northern Ledger","logo":{{"@type":"ImageObject","url":"https://assets.northernledger.co.uk/logo.png"}}}},"isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article__body"}}}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"business","contentType":"interview","paywall":"metered"}});</script>
<script async src="https://cmp.northernledger.co.uk/cmp.min.js"></script>
</head>
<body class="page-article section-business">
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div id="cmp-banner" class="cmp" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies to personalise content and ads. <a href="/help/cookies">Manage preferences</a></p><button class="cmp__accept">Yes, I’m happy</button> <button class="cmp__reject">Reject all</button></div>
<header class="masthead">
  <div class="masthead__top"><a href="/subscribe" class="masthead__cta">Subscribe from £1</a> <a href="/login">Sign in</a></div>
  <div class="masthead__logo"><a href="/">The Northern Ledger</a></div>
  <nav class="masthead__nav" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/business" aria-current="true">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main id="maincontent">
<article class="article article--interview">
  <div class="article__kicker"><a href="/business/series/the-big-interview">The Big Interview</a></div>
  <h1 class="article__headline">Elon Musk: ‘China will be our toughest competitor’</h1>
  <p class="article__standfirst">Tesla’s chief executive on BYD, the price war, tariffs and when Chinese drivers will get self-driving</p>
  <div class="article__byline">By <a href="/profile/helen-mraz" rel="author">Helen Mráz</a>, Asia business correspondent · <time datetime="2024-09-22T05:00:00+01:00">Sun 22 Sep 2024 05.00 BST</time></div>
  <div class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.northernledger.co.uk/b/musk-china" class="share share--fb">Share on Facebook</a> <a href="https://x.com/intent/tweet?url=https://www.northernledger.co.uk/b/musk-china" class="share share--x">Share on X</a> <a href="mailto:?subject=Elon%20Musk%20interview" class="share share--mail">Email</a></div>
  <figure class="article__figure">
    <img src="https://i.northernledger.co.uk/img/media/8a1c2b/master/2000.jpg?width=700&amp;quality=85" alt="Elon Musk at the Tesla plant in Shanghai" width="700" height="420">
    <figcaption>Elon Musk: “We are not leaving Shanghai.” Photograph: Qilai Shen/Bloomberg via Getty Images</figcaption>
  </figure>
  <div class="article__body">
    <p class="article__paragraph">Elon Musk does not sound like a man under siege. Tesla’s sales in China have come under heavy pressure from a wave of cheaper local rivals, and his company has been pulled into a widening trade dispute between Beijing, Brussels and Washington. Yet when he spoke to the Ledger by video link from Austin, he was relaxed, occasionally funny, and blunt about the competition.</p>
    <p class="article__paragraph">The interview was conducted by Helen Mráz. It has been edited for length and clarity. Questions are in bold.</p>
{body}
    <p class="article__paragraph article__paragraph--endnote"><em>This interview was first published in the Sunday business supplement.</em></p>
  </div>
  <div class="article__tags"><a href="/technology/tesla">Tesla</a> <a href="/business/automotive-industry">Automotive industry</a> <a href="/world/china">China</a> <a href="/technology/elon-musk">Elon Musk</a></div>
</article>
<aside class="onwards" aria-label="Most viewed">
  <h2>Most viewed in Business</h2>
  <ol>
    <li><a href="/business/2024/sep/21/bank-of-england-rates">Bank of England holds rates as inflation eases</a></li>
    <li><a href="/business/2024/sep/20/byd-hungary-plant">BYD’s Hungarian plant: what it means for European carmakers</a></li>
    <li><a href="/technology/2024/sep/19/musk-xai-funding">Musk’s xAI seeks new funding at higher valuation</a></li>
    <li><a href="/business/2024/sep/18/eu-tariffs-chinese-evs-vote">EU members split ahead of tariff vote on Chinese EVs</a></li>
  </ol>
</aside>
<section class="comments" id="comments"><h2>Comments (212)</h2><p class="comments__closed">Commenting has been disabled for this article.</p></section>
</main>
<footer class="site-footer">
  <ul class="site-footer__links"><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/help/complaints">Complaints &amp; corrections</a></li><li><a href="/help/privacy-policy">Privacy policy</a></li><li><a href="/help/cookies">Cookie policy</a></li></ul>
  <p>© 2024 Northern Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
</footer>
<script src="https://assets.northernledger.co.uk/static/js/article.2c9a1f.js" defer></script>
</body>
</html>
"""
    return save('newspaper_qa_northern_ledger', page,
                "Newspaper interview Q&A: questions in bold <p><strong>, answers in plain <p> with no label (the intro says Helen Mráz asked and Musk answers); multi-paragraph answers are one turn; headline, figcaption and pull quote 'Elon Musk: …' are not turns",
                "The Northern Ledger", turns, ["Helen Mráz"])


# ---------------------------------------------------------------- 7 CNN, clips only
def cnn():
    # (kind, label, text, musk)
    seq = [
        ('t', 'ANA CORDERO, CNN ANCHOR', "Good morning. I'm Ana Cordero. Chinese electric vehicle exports hit a record last month, and the trade fight over those cars is only getting louder. Tesla CEO Elon Musk has been warning about Chinese competition for more than a year. Here is what he told investors in January.", False),
        ('m', '(BEGIN VIDEOTAPE)', None, False),
        ('t', 'ELON MUSK, CEO, TESLA', "The Chinese car companies are the most competitive car companies in the world. I think they will have significant success outside of China, depending on what kind of tariffs or trade barriers are established.", True),
        ('m', '(END VIDEOTAPE)', None, False),
        ('t', 'CORDERO', "And Musk has repeated that message several times since. Last week he said, quote, \"If there are no trade barriers, they will pretty much demolish most other companies in the world,\" end quote. CNN's Derek Hale is in Shanghai with more. Derek?", False),
        ('t', 'DEREK HALE, CNN INTERNATIONAL CORRESPONDENT', "Ana, that warning is being taken seriously here. This port handles more car exports than any other in China, and on any given day you can watch thousands of vehicles being driven onto these ships.", False),
        ('t', 'HALE (voice-over)', "Most of them are headed to Europe, the Middle East and Latin America. Some of them are Teslas, built at the company's factory on the other side of the city.", False),
        ('t', 'UNIDENTIFIED MALE (through translator)', "Business has never been this busy. We work three shifts now.", False),
        ('t', 'HALE', "Musk himself has been careful about how he talks about tariffs. Speaking at a conference in Paris, he said this.", False),
        ('t', '(CLIP) ELON MUSK', "I'm not a fan of tariffs, generally speaking. Neither Tesla nor I asked for these tariffs.", True),
        ('t', 'HALE', "He has also praised the workforce at Tesla's Shanghai plant, something that has drawn criticism in Washington.", False),
        ('m', '(BEGIN VIDEO CLIP)', None, False),
        ('t', 'MUSK', "We've got a great team in Shanghai. Giga Shanghai is our highest-output factory, and the people there are incredibly talented.", True),
        ('t', 'UNIDENTIFIED REPORTER', "Are you worried about new tariffs on parts from China?", False),
        ('t', 'MUSK', "No.", True),
        ('m', '(END VIDEO CLIP)', None, False),
        ('t', 'HALE', "Whether investors share that confidence is another question. Tesla shares are down this year. Derek Hale, CNN, Shanghai.", False),
        ('t', 'CORDERO', "Thanks, Derek. Joining me now is Robin Chen, an auto industry analyst at Meridian Research. Robin, is Musk right that the Chinese automakers will demolish the competition?", False),
        ('t', 'ROBIN CHEN, AUTO INDUSTRY ANALYST, MERIDIAN RESEARCH', "I think he's directionally right. Musk said, and I'm quoting him, \"they are the most competitive car companies in the world.\" The cost data backs that up. A comparable Chinese EV is built for about thirty percent less.", False),
        ('t', 'CORDERO', "And the tariffs?", False),
        ('t', 'CHEN', "They buy time. That's all they do. They don't change the cost curve.", False),
        ('t', 'CORDERO', "Robin Chen, thank you. Still ahead, the Federal Reserve meets this week. We'll be right back.", False),
        ('m', '(COMMERCIAL BREAK)', None, False),
    ]
    turns = []
    parts = []
    for kind, lab, text, musk in seq:
        if kind == 'm':
            parts.append(E(lab))
        else:
            tr = T(lab, None, text, musk=musk)
            turns.append(tr)
            parts.append(f"{E(lab)}: {E(text)}")
    body = "<br><br>\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en" data-layout-uri="cms.cnn.com/_layouts/layout-transcript/instances/transcript-v1@published">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CNN Newsroom - CNN.com - Transcripts</title>
<meta name="description" content="Chinese EV Exports Hit Record As Tariff Fight Grows; Musk Warns On Competition; Fed Meets This Week. Aired 10-11a ET">
<meta property="og:site_name" content="CNN">
<meta property="og:title" content="CNN Newsroom - Transcripts">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://transcripts.cnn.com/show/cnr/date/2025-03-17/segment/02">
<link rel="stylesheet" href="/assets/css/transcripts.min.css">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"WebPage","name":"CNN Newsroom - Transcripts","publisher":{{"@type":"Organization","name":"CNN"}},"datePublished":"2025-03-17"}}</script>
<script>window.CNN = window.CNN || {{}}; CNN.contentModel = {{"pageType":"transcript","section":"transcripts","show":"cnr"}};</script>
<script src="https://www.cnn.com/ads/adfuel/ais/cnn-transcripts-ais.js" async></script>
</head>
<body class="layout layout-transcript">
<header class="header" data-editable="header"><nav class="header__nav"><a class="header__logo" href="https://www.cnn.com" aria-label="CNN logo">CNN</a>
<ul class="header__nav-list"><li><a href="https://www.cnn.com/us">US</a></li><li><a href="https://www.cnn.com/world">World</a></li><li><a href="https://www.cnn.com/politics">Politics</a></li><li><a href="https://www.cnn.com/business">Business</a></li><li><a href="https://www.cnn.com/health">Health</a></li><li><a href="https://www.cnn.com/entertainment">Entertainment</a></li><li><a href="https://www.cnn.com/style">Style</a></li><li><a href="https://www.cnn.com/travel">Travel</a></li></ul></nav></header>
<div class="layout__content-wrapper">
<section class="layout__main">
<div class="cnnTransStoryHead">CNN Newsroom</div>
<div class="cnnTransSubHead">Chinese EV Exports Hit Record As Tariff Fight Grows; Musk Warns On Competition; Fed Meets This Week. Aired 10-11a ET</div>
<div class="cnnTransProvider">Aired March 17, 2025 - 10:00&nbsp;&nbsp; ET</div>
<div class="cnnTransDisclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<p class="cnnBodyText">[10:14:02]<br><br>
{body}<br><br>
[10:22:48]</p>
<div class="cnnTransTopLink"><a href="https://transcripts.cnn.com/show/cnr">Return to Transcripts main page</a></div>
</section>
<aside class="layout__rail">
<div class="rail-module"><h3>CNN Newsroom</h3><ul><li><a href="https://transcripts.cnn.com/show/cnr/date/2025-03-17/segment/01">Segment 1: Storms Move East</a></li><li><a href="https://transcripts.cnn.com/show/cnr/date/2025-03-17/segment/02">Segment 2: Chinese EV Exports</a></li><li><a href="https://transcripts.cnn.com/show/cnr/date/2025-03-17/segment/03">Segment 3: Fed Preview</a></li></ul></div>
<div class="rail-module ad-slot" id="ad_rect_atf_01" data-ad-type="rect"></div>
</aside>
</div>
<footer class="footer"><div class="footer__links"><a href="https://www.cnn.com/terms">Terms of Use</a> <a href="https://www.cnn.com/privacy">Privacy Policy</a> <a href="https://www.cnn.com/ad-choices">Ad Choices</a> <a href="https://www.cnn.com/accessibility">Accessibility &amp; CC</a> <a href="https://www.cnn.com/about">About</a> <a href="https://www.cnn.com/newsletters">Newsletters</a> <a href="https://transcripts.cnn.com">Transcripts</a></div>
<div class="footer__copyright">&copy; 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved. CNN Sans &trade; &amp; &copy; 2016 Cable News Network.</div></footer>
<script src="/assets/js/transcripts.min.js" defer></script>
</body>
</html>
"""
    return save('cnn_newsroom_clips', page,
                "CNN rush-transcript page: one <p> with <br><br>-separated 'UPPERCASE LABEL: text'; Musk is never live, he speaks only in played clips ('(BEGIN VIDEOTAPE) ELON MUSK, CEO, TESLA:', '(CLIP) ELON MUSK:', then 'MUSK:' inside '(BEGIN VIDEO CLIP)'); clips count as his turns; anchor and analyst quote him inside their own turns",
                "CNN Newsroom", turns,
                ["ANA CORDERO, CNN ANCHOR", "CORDERO", "DEREK HALE, CNN INTERNATIONAL CORRESPONDENT", "HALE (voice-over)", "HALE", "UNIDENTIFIED MALE (through translator)", "UNIDENTIFIED REPORTER", "ROBIN CHEN, AUTO INDUSTRY ANALYST, MERIDIAN RESEARCH", "CHEN"])


ALL = [libsyn, hugo, medium, notion, webflow, newspaper, cnn]
