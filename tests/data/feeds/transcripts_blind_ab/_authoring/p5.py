from common import *

def iso_dur(t): return 'PT%dH%dM%dS' % (t//3600, t%3600//60, t%60)

# ---------- ab12 conference panel, Hugo static site, <dl> with <time datetime> ----------
def ab12():
    D = [("M","Moderator — Aiko Tanaka",3605,["Welcome back. For our closing panel we have Elon Musk, Kimbal Musk, and Dr. Ravi Menon. Elon, let's start with you."]),
         ("E","Elon Musk",3619,["Thanks. I'll keep it short, which I never do."]),
         ("M","Moderator — Aiko Tanaka",3624,["Sure."]),
         ("E","Elon Musk",3625,["The main point is that launch cost is the master variable. Everything else in space follows from it."]),
         ("K","Kimbal Musk",3660,["And I'd say the same is true of food. Cost and distribution decide everything. My brother just has bigger rockets."]),
         ("E","Elon Musk",3677,["Slightly bigger."]),
         ("R","Dr. Ravi Menon",3690,["I want to push back a little. Launch cost matters, but regulation is now the slower variable."]),
         ("E","Elon Musk",3712,["That's fair. Honestly the paperwork for a launch now weighs more than the rocket.", "I'm only partly joking."]),
         ("Q","Kenji Sato, Nikkan Kogyo (via interpreter)",3840,["Interpreter: Mr. Musk, when do you expect a Japanese astronaut to fly on Starship?"]),
         ("E","Elon Musk",3851,["Within a few years, I'd hope. We'd be honoured to fly a Japanese crew member."]),
         ("I","Interpreter",3862,["数年以内に実現したいと考えています。日本人の乗組員をお迎えできれば光栄です。"]),
         ("M","Moderator — Aiko Tanaka",3880,["We're out of time. Please thank our panel."])]
    items = []
    for w,l,t,ps in D:
        items.append(f'  <dt class="turn-speaker"><span class="name">{esc(l)}</span> <time class="ts" datetime="{iso_dur(t)}">{hms_short(t)}</time></dt>')
        items.append('  <dd class="turn-text">' + ''.join(f'<p>{esc(p)}</p>' for p in ps) + '</dd>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta name="generator" content="Hugo 0.121.1">
<meta charset="utf-8">
<title>Closing panel: The Master Variable · Orbital Futures Summit 2024</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.min.3e9f1b.css" integrity="sha256-abc" crossorigin="anonymous">
</head>
<body class="kind-page section-sessions">
<header class="site-header"><div class="wrap"><a class="site-title" href="/">Orbital Futures Summit</a>
<nav class="site-nav"><a href="/program/">Program</a> <a href="/speakers/">Speakers</a> <a href="/sessions/">Sessions</a> <a href="/press/">Press</a> <a href="/tickets/" class="cta">2025 tickets</a></nav></div></header>
<main class="wrap session">
<p class="session-kicker">Day 2 · Main stage · Session 14</p>
<h1>Closing panel: The Master Variable</h1>
<ul class="session-speakers"><li>Elon Musk — SpaceX, Tesla</li><li>Kimbal Musk — The Kitchen Community</li><li>Dr. Ravi Menon — Institute for Space Policy</li><li>Aiko Tanaka (moderator)</li></ul>
<div class="video-embed"><iframe src="https://player.vidstream.example/embed/Ofs24c14" allowfullscreen title="Session video"></iframe></div>
<aside class="session-highlights"><h2>Highlights</h2><ul><li>“Launch cost is the master variable.” — Elon Musk</li><li>“My brother just has bigger rockets.” — Kimbal Musk</li></ul></aside>
<h2 id="transcript">Transcript</h2>
<p class="note">Times are positions in the full day-2 stream. Press questions were asked in Japanese and relayed by the conference interpreter.</p>
<dl class="transcript">
{chr(10).join(items)}
</dl>
<nav class="pager"><a href="/sessions/13-lunar-logistics/">← Lunar logistics</a></nav>
</main>
<footer class="site-footer"><div class="wrap"><p>© 2024 Orbital Futures Summit. Built with Hugo.</p><p><a href="/code-of-conduct/">Code of conduct</a> · <a href="/privacy/">Privacy</a></p></div></footer>
<script src="/js/bundle.min.js" defer></script>
</body></html>'''
    save("ab12_orbitalfutures_panel_hugo", "Orbital Futures Summit 2024",
         "Hugo conference session page; transcript in a <dl>, each <dt> holds the speaker name and a <time datetime=\"PT1H0M19S\"> shown as h:mm:ss, each <dd> holds one or more paragraphs; panel with Kimbal Musk, moderator and an interpreter.",
         page, [(t, ps[0]) for w,l,t,ps in D if w=="E"],
         ["Moderator — Aiko Tanaka", "Kimbal Musk", "Dr. Ravi Menon", "Kenji Sato, Nikkan Kogyo (via interpreter)", "Interpreter"])

# ---------- ab13 forum post, hand-typed, time after the text ----------
def ab13():
    D = [("J","Joe",None,"ok so first question, is FSD v13 actually a big jump"),
         ("E","Elon",None,"Yes it's a big jump. Probably the biggest since v12. We retrained basically everything"),
         ("J","Joe",312,"and hardware 3 owners?"),
         ("E","Elon",318,"We'll take care of them. Worst case we upgrade the computer, it's not a huge deal"),
         ("J","Joe",655,"people are gonna hold you to that"),
         ("E","Elon",658,"They should"),
         ("J","Joe",3725,"last thing, cybertruck range extender"),
         ("E","Elon",3731,"Mid next year. Maybe sooner, don't quote me... well you will anyway")]
    BR = '<br>' + chr(10) + '<br>' + chr(10)
    lines = []
    for w,l,t,x in D:
        tt = f' ({hms_short(t)})' if t is not None else ''
        lines.append(f'{esc(l)}: {esc(x)}{tt}')
    page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
<meta charset="utf-8">
<title>Elon on the Drivetrain Podcast - my partial transcript | TeslaOwnersHub Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=1&amp;d=1716">
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header"><div class="p-header-logo"><a href="/"><img src="/styles/toh/logo.png" alt="TeslaOwnersHub Forums"></a></div></header>
<nav class="p-nav"><ul class="p-nav-list"><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li><li><a href="/members/">Members</a></li></ul></nav>
<div class="p-body"><div class="p-breadcrumbs"><a href="/forums/">Forums</a> › <a href="/forums/fsd/">FSD &amp; Autopilot</a></div>
<div class="p-title"><h1 class="p-title-value">Elon on the Drivetrain Podcast - my partial transcript</h1></div>
<div class="p-description">Started by <a class="username" href="/members/m_torres.4412/">m_torres</a>, <time class="u-dt" datetime="2024-10-02T21:14:00-0400">Oct 2, 2024</time></div>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post" data-author="m_torres" id="js-post-88120">
<div class="message-cell message-cell--user"><h4 class="message-name"><a class="username" href="/members/m_torres.4412/">m_torres</a></h4><h5 class="userTitle">Active Member</h5></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">Typed this up from the Drivetrain Podcast episode (host is Joe Kline) since there's no official transcript. Not every line, just the good parts. Timestamps at the end of lines where I noted them, I forgot for the first couple.<br>
<br>
{BR.join(lines)}<br>
<br>
Thats it, the rest was about the semi.</div></article></div>
<footer class="message-footer"><div class="reactionsBar">Like · 41</div></footer></div>
</article>
<article class="message message--post" data-author="ElonMuskIsMyHero" id="js-post-88127">
<div class="message-cell message-cell--user"><h4 class="message-name"><a class="username" href="/members/elonmuskismyhero.901/">ElonMuskIsMyHero</a></h4></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">m_torres said:</div><div class="bbCodeBlock-content">Elon: We'll take care of them. Worst case we upgrade the computer</div></blockquote>Screenshotting this for next year.</div></article></div></div>
</article>
<article class="message message--post" data-author="not.elon.musk" id="js-post-88140">
<div class="message-cell message-cell--user"><h4 class="message-name"><a class="username" href="/members/not-elon-musk.77/">not.elon.musk</a></h4></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">Elon: Mid next year. Me: sure buddy. Thanks for typing it up though.</div></article></div></div>
</article>
</div></div>
<footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo® © 2010-2024 XenForo Ltd.</div><ul class="p-footer-links"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></footer>
</div>
<script src="/js/xf/preamble.min.js?_v=1716"></script>
</body></html>'''
    save("ab13_teslaownershub_forum", "Drivetrain Podcast",
         "XenForo forum post with a hand-typed transcript: 'Name: text (m:ss)' lines separated by <br><br>, the time printed after the text (h:mm:ss past an hour), first two turns have no time; replies quote his lines.",
         page, [(t, x) for w,l,t,x in D if w=="E"], ["Joe"])

ab12(); ab13()
