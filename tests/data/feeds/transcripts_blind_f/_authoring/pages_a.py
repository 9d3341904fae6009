from common import *

# 1. Captivate trap page: Errol Musk interview; Elon never speaks
def captivate():
    T = [
    ("Dana Whitfield", 0, ["Welcome back to Long Road Home. Today I'm sitting down with Errol Musk, engineer, property developer, and yes, the father of the world's most talked-about CEO."], False),
    ("Errol Musk", 14, ["Thank you, Dana. It's a pleasure. I don't do many of these, so you'll have to forgive me if I ramble."], False),
    ("Dana Whitfield", 25, ["Let's start in Pretoria. What was the household like when the boys were young?"], False),
    ("Errol Musk", 31, ["Busy. Very busy. Elon was always reading, Kimbal was always outside. I had an engineering practice and we travelled a great deal, to Europe, to the Americas.", "People think it was all privilege. It was not all privilege. There was work, a lot of work."], False),
    ("Dana Whitfield", 78, ["Your son said in a 2022 interview, and I'm quoting him here, \"My father will plan evil. He will plan it.\" How do you respond to that?"], False),
    ("Errol Musk", 92, ["Look, he says these things. I don't read all of it. A son says what he says about his father, that's between us."], False),
    ("Dana Whitfield", 121, ["Do you talk about the businesses? Tesla, SpaceX?"], False),
    ("Errol Musk", 126, ["Occasionally. I told him years ago the rockets were a fantasy. Elon said to me, \"Dad, you'll see it land.\" And I did see it land, so there you go."], False),
    ("Dana Whitfield", 151, ["What about China? Tesla builds a huge share of its cars in Shanghai now."], False),
    ("Errol Musk", 158, ["That was smart. The Chinese work hard and they build fast. I think he saw that before most people did."], False),
    ("Dana Whitfield", 177, ["Errol Musk, thank you for your time."], False),
    ("Errol Musk", 181, ["Thank you. Cheers."], False),
    ]
    body = "\n".join(
        f'<p class="tr-line"><strong>{E(l)}</strong> <span class="ts">({hms(s)})</span> {E(p[0])}</p>' +
        "".join(f'\n<p class="tr-line cont">{E(x)}</p>' for x in p[1:])
        for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ep. 88 — Errol Musk on Pretoria, Rockets and Family | Long Road Home</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Ep. 88 — Errol Musk on Pretoria, Rockets and Family">
<meta property="og:site_name" content="Long Road Home — Captivate">
<link rel="stylesheet" href="https://assets.captivate.fm/site/css/theme-horizon.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CPT93"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-CPT93');</script>
</head><body class="captivate-site episode-page">
<header class="site-header"><a class="logo" href="/">Long Road Home</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/episodes">Episodes</a></li><li><a href="/about">About</a></li><li><a href="/support">Support the show</a></li></ul></nav></header>
<main class="episode">
<h1 class="episode-title">Ep. 88 — Errol Musk on Pretoria, Rockets and Family</h1>
<div class="episode-meta">Published 12 March 2026 · 3 min 10 s · Season 4</div>
<div class="player-wrap"><iframe src="https://player.captivate.fm/episode/7a1c9e0b-88" title="Captivate player" loading="lazy"></iframe></div>
<section class="show-notes"><h2>Show notes</h2>
<p>Dana sits down with <b>Errol Musk</b>, father of Elon and Kimbal, for a rare long conversation about South Africa, engineering and family.</p>
<blockquote class="pull-quote">Elon Musk: "My father will plan evil. He will plan it." — quoted from a 2022 interview</blockquote>
<h3>Chapters</h3><ul class="chapters"><li>00:00 Intro</li><li>00:31 Growing up in Pretoria</li><li>01:18 The 2022 interview</li><li>02:06 Rockets and Shanghai</li></ul>
<p>Note: Elon Musk does not appear in this episode.</p></section>
<section class="transcript" id="transcript"><h2>Transcript</h2>
<p class="tr-note">This transcript was generated automatically and lightly edited.</p>
{body}
</section>
<section class="related"><h2>More episodes</h2><ul>
<li><a href="/episodes/87">Ep. 87 — The lithium belt of South America</a></li>
<li><a href="/episodes/86">Ep. 86 — Kimbal's farm-to-table years (archival)</a></li>
<li><a href="/episodes/85">Ep. 85 — What happened to Johannesburg's trams?</a></li></ul></section>
</main>
<footer class="site-footer"><p>© 2026 Long Road Home · Hosted on <a href="https://www.captivate.fm">Captivate</a> · <a href="/feed.xml">RSS</a></p></footer>
</body></html>"""
    write("captivate_trap", h, expected(T, "Captivate episode page, one <p> per turn: bold 'Name' then '(hh:mm:ss)' then text; TRAP: guest is Errol Musk, Elon only quoted (host/guest/pull quote) — no Elon turns", "Long Road Home (Captivate)", others_of(T)))

# 2. Late-night show transcript site, uppercase labels, Elon Gold also speaks, one-word interjections
def latenight():
    T = [
    ("JIMMY", None, ["Our first guest tonight is a comedian who has been mistaken for a billionaire exactly zero times. Please welcome Elon Gold!"], False),
    ("ELON GOLD", None, ["Thank you, thank you. Same first name, slightly smaller rocket budget. I launched a podcast once. It landed in my garage."], False),
    ("JIMMY", None, ["And our second guest actually does have the rockets. Elon Musk, everybody!"], False),
    ("ELON MUSK", None, ["Thanks for having me. Good to see the other Elon is doing well."], True),
    ("ELON GOLD", None, ["We should merge. Elon squared. Elon to the power of Elon."], False),
    ("ELON MUSK", None, ["Sure."], True),
    ("JIMMY", None, ["So Starship. The last flight, the tower caught the booster again. Does that ever get old?"], False),
    ("ELON MUSK", None, ["No. Honestly it still feels a little insane. You have a skyscraper-sized thing coming back at supersonic speed and a pair of metal arms just grab it.", "The goal is full and rapid reusability. Like an airplane. You don't throw away a 747 after one flight from L.A. to New York."], True),
    ("JIMMY", None, ["Right. Have you ever been on a plane you threw away?"], False),
    ("ELON MUSK", None, ["Only on Spirit."], True),
    ("JIMMY", None, ["Let's talk about cars. Everybody's asking about tariffs. Is the price of a Tesla going up?"], False),
    ("ELON MUSK", None, ["Tesla is the most American-made car, actually, so we're in a better position than most. But tariffs on parts still hit us. Nobody escapes that completely."], True),
    ("ELON GOLD", None, ["My car is also American-made. By my uncle. In 1994."], False),
    ("JIMMY", None, ["Elon, last one. Are robots coming for Elon Gold's job?"], False),
    ("ELON MUSK", None, ["Probably. Comedy is hard, though. I'd give it a few years."], True),
    ("ELON GOLD", None, ["Yeah."], False),
    ]
    body = "\n".join(f"<p>{E(l)}: {E(p[0])}</p>" + "".join(f"\n<p>{E(x)}</p>" for x in p[1:]) for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Late Night with Jimmy Ruiz — Elon Gold, Elon Musk (Transcript) | Subslikescript Show Transcripts</title>
<meta name="description" content="Full transcript of Late Night with Jimmy Ruiz, Season 9 Episode 41, guests Elon Gold and Elon Musk.">
<link rel="stylesheet" href="/css/main.css?v=31">
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head><body>
<div id="top-bar"><a href="/">ShowScripts</a> <form action="/search"><input name="q" placeholder="Search transcripts"></form></div>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/series/late-night-with-jimmy-ruiz">Late Night with Jimmy Ruiz</a> › Season 9 › Episode 41</nav>
<div class="container"><article class="main-article">
<h1>Late Night with Jimmy Ruiz (2026) – s09e41 Episode Script</h1>
<p class="meta">Guests: Elon Gold, Elon Musk · Musical guest: The Lumineers · Aired April 2, 2026</p>
<div class="ad-slot" id="div-gpt-ad-1">Advertisement</div>
<div class="full-script">
<p>[APPLAUSE]</p>
{body}
<p>[CHEERS AND APPLAUSE]</p>
</div>
</article>
<aside class="sidebar"><h3>Other episodes</h3><ul>
<li><a href="/series/late-night-with-jimmy-ruiz/s09e40">s09e40 – Zendaya, Ramy Youssef</a></li>
<li><a href="/series/late-night-with-jimmy-ruiz/s09e42">s09e42 – Bill Hader, Maya Hawke</a></li>
<li><a href="/series/late-night-with-jimmy-ruiz/s09e39">s09e39 – Jensen Huang, Chappell Roan</a></li></ul>
<h3>Popular</h3><ul><li><a href="/series/snl">Saturday Night Live transcripts</a></li><li><a href="/series/the-tonight-show">The Tonight Show transcripts</a></li></ul></aside>
</div>
<footer><p>ShowScripts is a fan site. All transcripts are property of their respective owners.</p><p><a href="/dmca">DMCA</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>"""
    write("latenight_show", h, expected(T, "TV transcript site, <p>UPPERCASE NAME: text</p>, continuation paragraphs unlabelled, no times; comedian ELON GOLD also speaks (not Musk); one-word turns", "Late Night with Jimmy Ruiz (ShowScripts)", others_of(T)))

# 3. University lecture page with <dl>: dt "[hh:mm:ss] Name", dd text(s)
def lecture():
    T = [
    ("Prof. Aisha Raman", 0, ["Good afternoon, everyone. Welcome to the final session of Energy Systems 240. Our guest needs no introduction, so I'll keep it short: Elon Musk."], False),
    ("Elon Musk", 21, ["Thanks. Hi everyone. I'll try to keep this mostly Q&A because that's more fun.", "Maybe just one framing thought. The sun is a giant fusion reactor that shows up every day for free. The question is how fast we can capture it and store it."], True),
    ("Prof. Aisha Raman", 74, ["Let's start with storage then. Where are we on cost per kilowatt-hour?"], False),
    ("Elon Musk", 80, ["Cell cost has come down a lot, but pack and installation cost matter just as much. For Megapack the bottleneck is often permitting and interconnection, not the cells.", "LFP chemistry is the workhorse for stationary storage. It's cheap, it's durable, and you don't need nickel or cobalt."], True),
    ("Student (Jonas)", 152, ["Hi, I'm a second-year PhD. Most LFP cells come from China. Is that a strategic risk?"], False),
    ("Elon Musk", 161, ["Yes, to some degree. Chinese battery companies are extremely good. We're building LFP cell lines in Nevada so we have domestic supply, but it takes time."], True),
    ("Student (Priya)", 199, ["What about sodium-ion?"], False),
    ("Elon Musk", 202, ["Promising for stationary. Lower energy density, but sodium is everywhere."], True),
    ("Prof. Aisha Raman", 231, ["We have time for one more. Go ahead."], False),
    ("Student (Marcus)", 236, ["What would you tell us to work on?"], False),
    ("Elon Musk", 240, ["Work on something useful that is hard to do. Grid-scale storage, transmission, better manufacturing. Manufacturing is underrated.", "And try to be less wrong every day."], True),
    ("Prof. Aisha Raman", 281, ["Please join me in thanking our guest."], False),
    ]
    body = "\n".join(f'<dt><span class="ts">[{hms(s)}]</span> {E(l)}</dt>' + "".join(f"<dd>{E(x)}</dd>" for x in p) for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Guest Lecture: Elon Musk — Energy Systems 240 | Department of Civil and Environmental Engineering</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/themes/custom/cee/dist/css/styles.css">
<script src="/core/assets/vendor/jquery/jquery.min.js"></script>
</head><body class="path-node page-node-type-event">
<a class="visually-hidden focusable" href="#main-content">Skip to main content</a>
<div class="brand-bar"><a href="https://www.university.edu">University</a></div>
<header><div class="site-name"><a href="/">Civil &amp; Environmental Engineering</a></div>
<nav aria-label="Main"><ul><li><a href="/about">About</a></li><li><a href="/research">Research</a></li><li><a href="/academics">Academics</a></li><li><a href="/events">Events</a></li></ul></nav></header>
<main id="main-content"><article class="node--event">
<h1>Guest Lecture: Elon Musk on Energy Storage</h1>
<div class="event-details"><p><strong>Course:</strong> CEE 240 — Energy Systems</p><p><strong>Date:</strong> May 28, 2026</p><p><strong>Location:</strong> Huang Engineering Center, Room 300</p></div>
<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/q9XcX4a1" title="Guest lecture video"></iframe></div>
<h2>Lecture transcript</h2>
<p class="small">Transcript prepared by the CEE communications office. Timestamps refer to the recording above.</p>
<dl class="lecture-transcript">
{body}
</dl>
</article>
<aside class="related-events"><h2>Related events</h2><ul><li><a href="/events/grid-seminar">Grid Integration Seminar Series</a></li><li><a href="/events/battery-day">Battery Materials Workshop</a></li></ul></aside>
</main>
<footer class="global-footer"><p>© University · <a href="/accessibility">Accessibility</a> · <a href="/nondiscrimination">Non-discrimination</a></p></footer>
</body></html>"""
    write("lecture_dl", h, expected(T, "University event page; <dl>: <dt>[hh:mm:ss] Name</dt> then one or more <dd> paragraphs (several <dd> = one turn)", "CEE 240 guest lecture (university)", others_of(T)))

# 4. Government press conference, several reporters, bold labels, label changes mid-page
def pressconf():
    T = [
    ("SECRETARY DAVIS", None, ["Good afternoon. We're joined today by Elon Musk to discuss the launch contract for the lunar cargo program. Elon, would you like to say a few words?"], False),
    ("ELON MUSK", None, ["Thank you, Madam Secretary. This is a big step. Starship can carry over a hundred tons to orbit, and with refilling we can put serious cargo on the Moon."], True),
    ("Q", None, ["Question for Mr. Musk. Reuters. How confident are you in the 2028 date?"], False),
    ("ELON MUSK", None, ["I'm confident we'll have the hardware. Schedules are always uncertain with new rockets, so I'd say it's ambitious but achievable."], True),
    ("Q", None, ["Bloomberg. Mr. Musk, some of the steel for Starbase now faces tariffs. Does that change the cost?"], False),
    ("ELON MUSK", None, ["Marginally. The raw steel is a small fraction of the cost. Labor and engineering dominate."], True),
    ("SECRETARY DAVIS", None, ["Let me add that the contract is fixed-price. Taxpayers are protected against overruns. Next question."], False),
    ("Q", None, ["Associated Press. Secretary, will other providers be able to compete?"], False),
    ("SECRETARY DAVIS", None, ["Absolutely. Blue Origin is under contract as well, and we expect a second award next year."], False),
    ("MR. MUSK", None, ["Competition is good. We want more rockets flying, not fewer."], True),
    ("Q", None, ["CNBC. Mr. Musk, a quick one on Tesla. Are you still planning to expand the Shanghai factory?"], False),
    ("MR. MUSK", None, ["We're not going to talk about Tesla here today. This is a space event."], True),
    ("Q", None, ["Fair enough. Thank you."], False),
    ("MR. MUSK", None, ["Thanks."], True),
    ("SECRETARY DAVIS", None, ["Thank you all."], False),
    ]
    body = "\n".join(f"<p><strong>{E(l)}:</strong>  {E(p[0])}</p>" for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remarks by Secretary Davis and Elon Musk at a Press Conference on the Lunar Cargo Program | Department of Transportation</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.type" content="Transcript">
<link rel="stylesheet" href="/sites/all/themes/usdot/css/uswds.min.css">
<script src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOT" id="_fed_an_ua_tag"></script>
</head><body>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-banner__header">An official website of the United States government <button class="usa-banner__button">Here's how you know</button></div></section>
<header class="usa-header"><div class="usa-logo"><a href="/">U.S. Department of Transportation</a></div>
<nav class="usa-nav"><ul class="usa-nav__primary"><li><a href="/briefing-room">Briefing Room</a></li><li><a href="/priorities">Priorities</a></li><li><a href="/grants">Grants</a></li><li><a href="/mission">Mission</a></li></ul></nav></header>
<main class="usa-layout-docs"><div class="grid-container">
<nav class="usa-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/briefing-room">Briefing Room</a></li><li>Speeches and Remarks</li></ol></nav>
<h1>Remarks by Secretary Davis and Elon Musk at a Press Conference on the Lunar Cargo Program</h1>
<p class="date">June 9, 2026 · Washington, D.C.</p>
<div class="field--name-body">
<p>2:03 P.M. EDT</p>
{body}
<p>END  2:31 P.M. EDT</p>
</div>
<div class="usa-alert usa-alert--info"><p>Transcripts are provided for informational purposes. Check against delivery.</p></div>
</div></main>
<aside class="related"><h2>Related</h2><ul><li><a href="/briefing-room/fact-sheet-lunar-cargo">Fact Sheet: Lunar Cargo Program</a></li><li><a href="/briefing-room/commercial-space">Commercial Space Transportation Office</a></li></ul></aside>
<footer class="usa-footer"><p>U.S. Department of Transportation · 1200 New Jersey Avenue, SE · Washington, DC 20590</p><ul><li><a href="/foia">FOIA</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
</body></html>"""
    write("gov_pressconf", h, expected(T, "Government press-conference transcript; <p><strong>LABEL:</strong> text</p>; no times; several reporters all labelled 'Q'; his label changes mid-page from 'ELON MUSK' to 'MR. MUSK'", "U.S. DOT Briefing Room", others_of(T)))

for f in (captivate, latenight, lecture, pressconf): f()
