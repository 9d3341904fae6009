from common import *

# 13. Descript-style share page: avatar img alt = speaker, time link AFTER the text; plain-text version repeats transcript
def descript():
    T = [
    ("Maya Chen", 0, ["Welcome to Hard Reset. I'm here with Elon Musk. Elon, the Cybercab. When does it actually ship?"], False),
    ("Elon Musk", 8, ["Volume production starts next year in Austin. The line is designed to be very different, more like consumer electronics than a traditional car line."], True),
    ("Maya Chen", 26, ["No steering wheel, no pedals. Regulators okay with that?"], False),
    ("Elon Musk", 31, ["We'll need exemptions at first. Ultimately the data will speak for itself. If it's ten times safer than a human, it would be immoral not to deploy it."], True),
    ("Maya Chen", 55, ["BYD and Xiaomi are moving fast on driver assistance too."], False),
    ("Elon Musk", 60, ["They're very good. Xiaomi in particular impressed me. The Chinese companies are the real competition, not legacy automakers."], True),
    ("Maya Chen", 81, ["Okay."], False),
    ("Elon Musk", 82, ["And I think people underestimate how fast they iterate. Like, a new model every year."], True),
    ("Maya Chen", 97, ["Thanks, Elon."], False),
    ("Elon Musk", 99, ["Thank you."], True),
    ]
    av = {"Maya Chen": "maya", "Elon Musk": "guest1"}
    rows = []
    for l, s, p, m in T:
        rows.append(f'<div class="paragraph" data-speaker="{av[l]}"><img class="avatar" src="https://share.descript.com/avatars/{av[l]}.png" alt="{E(l)}" width="28" height="28"><p class="text">{E(p[0])} <a class="timestamp" href="?t={s}">{ms(s)}</a></p></div>')
    plain = "\n".join(f"<p>{E(l)}: {E(p[0])}</p>" for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hard Reset — Cybercab with Elon Musk | Descript</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:type" content="video.other"><meta property="og:title" content="Hard Reset — Cybercab with Elon Musk">
<link rel="stylesheet" href="https://share.descript.com/_next/static/css/6c0f.css">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"shareId":"x7QmP2","title":"Hard Reset — Cybercab with Elon Musk"}}}},"page":"/view/[id]"}}</script>
</head><body>
<div id="__next"><div class="share-layout">
<header class="share-header"><a href="https://www.descript.com" class="descript-logo">Descript</a><a class="cta" href="https://www.descript.com/signup">Try Descript free</a></header>
<div class="share-main">
<div class="media-player"><video controls poster="https://share.descript.com/poster/x7QmP2.jpg"></video><h1>Hard Reset — Cybercab with Elon Musk</h1><p class="owner">Shared by Maya Chen · 1:42</p></div>
<section class="transcript-panel" aria-label="Transcript"><h2>Transcript</h2>
{chr(10).join(rows)}
</section>
<details class="plain-text"><summary>Plain text version (for copy/paste)</summary>
{plain}
</details>
</div>
<footer class="share-footer"><p>Made with Descript · <a href="https://www.descript.com/terms">Terms</a> · <a href="https://www.descript.com/privacy">Privacy</a> · <a href="#">Report</a></p></footer>
</div></div>
</body></html>"""
    write("descript_share", h, expected(T, "Descript share page: each paragraph has avatar <img alt='Speaker Name'> (no visible name), text, then mm:ss timestamp link AFTER the text; whole transcript repeated below as 'Name: text' plain version (each turn counted once, times from the main panel)", "Hard Reset (Descript share)", others_of(T)))

# 14. Podcast app web player: transcript panel [hh:mm:ss.mmm]; Musk only in played clips; chapters + AI summary; host quotes him
def player():
    T = [
    ("Jordan Ellis", 0.0, ["Hey everyone, welcome to Margin Call. Big week for Tesla. Priya, you watched the shareholder meeting?"], False),
    ("Priya Natarajan", 7.412, ["I did, all three hours. The headline is the compensation vote passed, but the interesting part was the robotics stuff. Let's play the clip."], False),
    ("Elon Musk (clip)", 19.088, ["What we're creating here is, I think, the biggest product of all time. Optimus will be like R2-D2 and C-3PO, but better."], True),
    ("Jordan Ellis", 33.95, ["The biggest product of all time. Okay. He says that about a lot of things."], False),
    ("Priya Natarajan", 40.3, ["He does. But he also said later, and I wrote it down, that Optimus could be \"eighty percent of Tesla's value.\" That's a big claim."], False),
    ("Jordan Ellis", 55.701, ["Play the tariff one too."], False),
    ("Elon Musk (clip)", 58.222, ["Tariffs are a headwind for everyone, including us. We're the most vertically integrated, so we'll weather it better than most."], True),
    ("Jordan Ellis", 71.5, ["Vertical integration. I mean, he's not wrong there."], False),
    ("Priya Natarajan", 75.04, ["And the last one, on China."], False),
    ("Elon Musk (clip)", 77.876, ["China is a formidable competitor. Honestly the smartest thing is to be better, not to complain."], True),
    ("Jordan Ellis", 91.33, ["Alright, that's the show. Thanks for listening to Margin Call."], False),
    ]
    def ts(x):
        s = int(x); return "[%02d:%02d:%02d.%03d]" % (s//3600, s%3600//60, s%60, round((x - s)*1000))
    cues = "\n".join(f'<div class="cue" data-time="{x:.3f}"><button class="cue-ts" data-seek="{x:.3f}">{ts(x)}</button> <span class="cue-speaker">{E(l)}:</span> <span class="cue-text">{E(p[0])}</span></div>' for l, x, p, m in T)
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Margin Call: Tesla's robot pitch, tariffs and China — Listen on Podwave</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="apple-itunes-app" content="app-id=1499933">
<link rel="stylesheet" href="https://web.podwave.fm/assets/player.2c9e.css">
<script type="module" src="https://web.podwave.fm/assets/player.2c9e.js"></script>
</head><body class="theme-dark">
<nav class="app-nav"><a class="brand" href="/">Podwave</a><a href="/discover">Discover</a><a href="/library">Library</a><a href="/search">Search</a><a class="btn" href="/signin">Sign in</a></nav>
<main class="episode-view">
<div class="episode-header"><img src="https://img.podwave.fm/shows/margin-call.jpg" alt="Margin Call cover art" width="160"><div><p class="show-name"><a href="/show/margin-call">Margin Call</a></p><h1>Tesla's robot pitch, tariffs and China</h1><p class="ep-meta">Nov 7, 2026 · 1 min 35 sec</p></div></div>
<div class="player-bar"><button class="play" aria-label="Play">▶</button><input type="range" min="0" max="95" value="0" aria-label="Seek"><span class="time">0:00 / 1:35</span></div>
<div class="tabs"><button class="tab active">Transcript</button><button class="tab">Chapters</button><button class="tab">Summary</button></div>
<section class="ai-summary"><h2>AI summary</h2><p>Jordan and Priya react to clips from Tesla's shareholder meeting.</p>
<ul class="key-quotes"><li>Elon Musk: "Optimus will be like R2-D2 and C-3PO, but better."</li><li>Elon Musk: "Tariffs are a headwind for everyone, including us."</li></ul>
<p class="disclaimer">Summary generated by AI and may contain errors.</p></section>
<section class="chapters"><h2>Chapters</h2><ol><li><span>00:00</span> Shareholder meeting recap</li><li><span>00:19</span> Elon Musk: Optimus is "the biggest product of all time"</li><li><span>00:58</span> Elon Musk on tariffs</li><li><span>01:17</span> China as competitor</li></ol></section>
<section class="transcript-panel" id="transcript"><h2>Transcript</h2>
{cues}
</section>
<section class="more-episodes"><h2>More from Margin Call</h2><ul><li><a href="/e/mc-211">Nvidia's quarter, explained</a></li><li><a href="/e/mc-209">Is BYD overtaking Tesla for good?</a></li></ul></section>
</main>
<footer class="app-footer"><p>Podwave · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/for-podcasters">For podcasters</a></p></footer>
</body></html>"""
    override = [[int(x), snip(p[0])] for l, x, p, m in T if m]
    write("podcast_player_clips", h, expected(T, "Podcast app web player transcript panel: cues '[hh:mm:ss.mmm] Speaker: text' with data-time; Musk appears only as played clips labelled 'Elon Musk (clip)' (his turns); AI summary key quotes and chapter titles with 'Elon Musk:' are not turns; co-host quotes him inside her own turn", "Margin Call (Podwave web player)", others_of(T), override))

# 15. Wikisource-like: wikitable, initials defined once, Kimbal speaks
def wikisource():
    T = [
    ("SL", 0, ["Welcome, both of you. It's rare to get the two brothers on one stage."], False),
    ("KM", 6, ["It's rare for us to agree on anything on one stage, so let's see how it goes."], False),
    ("EM", 12, ["We agree on most things. Just not restaurants."], True),
    ("SL", 18, ["Kimbal, you've been building vertical farms. Elon, solar and batteries. Where do food and energy meet?"], False),
    ("KM", 27, ["Everywhere. Food is energy. A vertical farm is basically a battery for sunlight, if you power it with solar."], False),
    ("EM", 41, ["The key thing is cost of energy. If solar plus storage gets to a few cents a kilowatt-hour, a lot of things become economical, including indoor farming."], True),
    ("SL", 63, ["Is China ahead on solar?"], False),
    ("EM", 66, ["In manufacturing, by far. Most of the world's solar panels are made in China."], True),
    ("KM", 79, ["And they're ahead on indoor farming too, honestly."], False),
    ("SL", 85, ["Last question. What did your mother teach you?"], False),
    ("KM", 89, ["Work ethic. Maye worked five jobs at one point."], False),
    ("EM", 95, ["Yes. That."], True),
    ]
    rows = "\n".join(f'<tr><td>{ms(s)}</td><td><b>{l}</b></td><td>{E(p[0])}</td></tr>' for l, s, p, m in T)
    h = f"""<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Transcript of the Musk brothers panel at the 2019 Food + Energy Summit - Wikisource, the free online library</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgCanonicalNamespace":"","wgPageName":"Transcript_of_the_Musk_brothers_panel_at_the_2019_Food_+_Energy_Summit","wgTitle":"Transcript of the Musk brothers panel at the 2019 Food + Energy Summit"}};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.0-wmf.12">
</head><body class="mediawiki ltr sitedir-ltr ns-0 page-Transcript skin-vector">
<div id="mw-navigation"><div id="p-logo"><a href="/wiki/Main_Page" title="Visit the main page">Wikisource</a></div>
<div id="mw-panel"><ul><li><a href="/wiki/Main_Page">Main Page</a></li><li><a href="/wiki/Wikisource:Community_collaboration">Community portal</a></li><li><a href="/wiki/Special:Random/Main">Random work</a></li><li><a href="/wiki/Help:Contents">Help</a></li></ul></div></div>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">Transcript of the Musk brothers panel at the 2019 Food + Energy Summit</h1>
<div id="bodyContent"><div id="siteSub">From Wikisource</div>
<div class="mw-parser-output">
<div class="ws-header"><table class="headertemplate"><tr><td>Transcript of the Musk brothers panel at the 2019 Food + Energy Summit (2019)<br>by <a href="/wiki/Author:Elon_Musk">Elon Musk</a> and <a href="/wiki/Author:Kimbal_Musk">Kimbal Musk</a></td></tr>
<tr><td class="header_notes">Panel moderated by Sarah Lin. Times are offsets into the session recording.</td></tr></table></div>
<p><b>Participants:</b> Elon Musk (EM), Kimbal Musk (KM), Sarah Lin, moderator (SL). Speakers are identified by initials below.</p>
<table class="wikitable" style="width:100%">
<tr><th>Time</th><th>Speaker</th><th>Text</th></tr>
{rows}
</table>
<div class="licenseContainer"><p>This work is released under the <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0</a> license by the event organizer.</p></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Transcripts">Transcripts</a></li><li><a href="/wiki/Category:2019_works">2019 works</a></li><li><a href="/wiki/Category:Works_by_Elon_Musk">Works by Elon Musk</a></li></ul></div></div>
</div>
<div id="footer"><ul id="footer-info"><li>This page was last edited on 3 February 2026, at 17:04.</li><li>Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul><ul id="footer-places"><li><a href="/wiki/Wikisource:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/Wikisource:About">About Wikisource</a></li><li><a href="/wiki/Wikisource:General_disclaimer">Disclaimers</a></li></ul></div>
</body></html>"""
    write("wikisource_table", h, expected(T, "Wikisource page with a wikitable (Time | Speaker | Text); speakers given as initials defined once in a Participants line (EM = Elon Musk; KM = Kimbal Musk is NOT him); m:ss times", "Wikisource (Food + Energy Summit panel)", others_of(T)))

# 16. Annotated newsletter: transcript in blockquotes, author commentary between (not turns)
def newsletter():
    # items: ("turn", label, paras, musk) or ("note", text)
    items = [
    ("note", "Last week Hannah Ortiz had Elon Musk on Open Circuit for about forty minutes. I've pulled the parts about energy and China and annotated them. My notes are in the regular text between the excerpts; everything inside the quote blocks is the transcript as published."),
    ("turn", "Hannah", ["You've said the limiting factor for AI is electricity. Why?"], False),
    ("turn", "Musk", ["Because chip output is growing way faster than power output. You can make the chips, but you can't turn them on.", "The US grid adds maybe a few percent capacity per year. That's not enough."], True),
    ("note", "This is the third time this year he's made this argument, and it's the strongest one he has. When he says \"you can't turn them on,\" he means it literally: data centers waiting on interconnection queues."),
    ("turn", "Hannah", ["And China?"], False),
    ("turn", "Musk", ["China's electricity output is roughly double the US now and growing fast. They're building solar at an incredible rate."], True),
    ("turn", "Hannah", ["Huh."], False),
    ("turn", "Musk", ["Yeah. People don't appreciate the scale."], True),
    ("note", "The numbers roughly check out. China generated around 10,000 TWh last year versus about 4,400 TWh for the US. Musk is rounding generously but not wildly."),
    ("turn", "Hannah", ["What should the US do?"], False),
    ("turn", "Musk", ["Build solar, build batteries, streamline permitting for transmission. And probably stop putting tariffs on solar cells, frankly."], True),
    ("note", "This is where it gets interesting politically. Tariffs on solar cells were a bipartisan project, and here he is arguing against them. Note he hedges with \"probably.\""),
    ("turn", "Hannah", ["That's not a popular view in Washington."], False),
    ("turn", "Musk", ["I know. Physics doesn't care about popularity."], True),
    ]
    out = []; T = []
    buf = []
    def flush():
        if buf: out.append("<blockquote>\n" + "\n".join(buf) + "\n</blockquote>"); buf.clear()
    for it in items:
        if it[0] == "note":
            flush(); out.append(f"<p>{E(it[1])}</p>")
        else:
            _, l, p, m = it
            buf.append(f"<p><strong>{l}:</strong> {E(p[0])}</p>" + "".join(f"\n<p>{E(x)}</p>" for x in p[1:]))
            T.append((l, None, p, m))
    flush()
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Musk on power, China and solar tariffs — annotated</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Grid Notes">
<meta name="author" content="Tom Okafor">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = {{"pub":{{"name":"Grid Notes","subdomain":"gridnotes"}},"post":{{"id":148822311,"audience":"everyone"}}}};</script>
</head><body>
<div class="topbar"><a class="pub-logo" href="/">Grid Notes</a><div class="topbar-actions"><a class="button subscribe-btn" href="/subscribe">Subscribe</a> <a href="/sign-in">Sign in</a></div></div>
<article class="post newsletter-post">
<h1 class="post-title">Musk on power, China and solar tariffs — annotated</h1>
<h3 class="subtitle">What he said on Open Circuit, and what I think he got right</h3>
<div class="post-meta"><a href="/profile/tomokafor">Tom Okafor</a> · Oct 14, 2026 · <a href="#comments">38 comments</a></div>
<div class="available-content"><div class="body markup">
{chr(10).join(out)}
<p>That's it for this week. If you found this useful, forward it to one friend who works in utilities.</p>
<div class="subscription-widget"><p>Grid Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><a class="button" href="/subscribe">Subscribe</a></div>
</div></div>
</article>
<section id="comments" class="comments"><h2>38 Comments</h2>
<div class="comment"><span class="commenter">Elon M.</span><p>Great breakdown. The permitting point is underrated.</p></div>
<div class="comment"><span class="commenter">Linemen4Life</span><p>Interconnection queues are the real story here.</p></div></section>
<footer class="footer"><p>© 2026 Tom Okafor · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · <a href="https://substack.com">Substack</a> is the home for great culture</p></footer>
</body></html>"""
    write("newsletter_annotated", h, expected(T, "Substack newsletter annotating an interview: transcript excerpts in <blockquote>s as '<strong>Label:</strong> text' (Musk / Hannah), unlabelled continuation paragraph inside a blockquote = same turn; author's commentary paragraphs between blockquotes are NOT turns (careful-reader call); commenter 'Elon M.' not a turn", "Grid Notes newsletter (Open Circuit interview)", others_of(T)))

for f in (descript, player, wikisource, newsletter): f()
