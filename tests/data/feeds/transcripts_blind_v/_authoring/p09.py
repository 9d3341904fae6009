from common import *

NAME = "v09_redplanet_forum_spaces"
SHOW = "RedPlanet Forum"

TURNS = [
    Turn("M", 705, ["ok we’re back, Elon’s here, can you hear us?"], label="Mario"),
    Turn("E", 725, ["Yeah, I can hear you. Sorry, I was in the high bay, the signal’s terrible in there."], label="Elon Musk"),
    Turn("M", 741, ["no worries. so flight 9, what happened with the booster?"], label="Mario"),
    Turn("E", 748, ["So the booster did a slightly different landing burn profile this time, on purpose. We wanted to see how much margin we had on the engine relight.",
                    "and the answer is, less than we thought, which is useful to know.",
                    "The second thing is we changed the angle of attack on the way down, and that worked better than expected."],
         pt=[748, 771, 790], label="EM"),
    Turn("V", 1990, ["Can I jump in with a question about the ship? The propellant transfer demo — is that still this year?"], label="Vance"),
    Turn("E", 2003, ["That’s the plan. Realistically I’d say this year is possible, not certain."], label="EM"),
    Turn("M", 2011, ["possible not certain lol, noted"], label="Mario"),
    Turn("E", 3852, ["The catch tower is honestly the most underrated part of the whole system. People look at the rocket, but the tower is what makes fast turnaround possible.",
                     "like if you can catch and refly the same day, that changes everything."],
         pt=[3852, 3868], label="EM"),
    Turn("V", 4260, ["What about the new launch site? Any dates?"], label="Vance"),
    Turn("E", 4268, ["No dates."], label="EM"),
    Turn("V", 4271, ["Worth a try."], label="Vance"),
    Turn("E", 4274, ["Always worth a try. But no."], label="EM"),
    Turn("M", 5390, ["we’re almost at 90 min, any last thing?"], label="Mario"),
    Turn("E", 5402, ["Just thanks to the team. They’ve been working insanely hard. Okay, I gotta go."], label="EM"),
]

FORMAT = ("phpBB forum post with the transcript as <br>-separated lines '[mm:ss] Name: text' where minutes run past 59; "
          "he is 'Elon Musk' on the first line and 'EM' afterwards, and continuation lines of a turn carry their own "
          "[mm:ss] but no name; replies quote transcript lines.")


def render():
    lines = []
    for tr in TURNS:
        times = tr.pt or [tr.t]
        for i, (pt, p) in enumerate(zip(times, tr.paras)):
            lab = f"{tr.label}: " if i == 0 else ""
            lines.append(f"[{mmss(pt)}] {lab}{p}")
        if tr.t == 2011:
            lines.append("<em>(skipped ~30 min of Mario and Vance talking about the FAA stuff, and a long bit about Raptor that I couldn’t hear well)</em>")
    return "<br>\n".join(lines)


def post(pid, author, rank, date, content, sig="", first=False):
    return f"""<div id="p{pid}" class="post has-profile bg{1 if pid % 2 else 2}">
<div class="inner">
<dl class="postprofile" id="profile{pid}">
<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 997}" class="username">{author}</a></dt>
<dd class="profile-rank">{rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> {pid % 3000 + 12}</dd>
</dl>
<div class="postbody"><div id="post_content{pid}">
<h3 class="{"first" if first else ""}"><a href="#p{pid}">{"" if first else "Re: "}[Transcript] Elon on the Spaces after Flight 9 (partial)</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 997}" class="username">{author}</a></strong> » </span>{date}</p>
<div class="content">{content}</div>
{sig}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div>
</div>
</div>
<hr class="divider">"""


def build():
    tx = render()
    p1 = f"""Transcribed the parts about the vehicle from last night’s Spaces. Times are <strong>[mm:ss] from the start of the recording</strong> (it ran about 95 minutes so the minutes go past 60, sorry, the recorder app does it that way).<br>
Speakers: Mario (host), Elon Musk (EM after the first line), Vance (some guy from a rocket startup, didn’t catch full name). Lines with just a time and no name = same speaker continuing.<br>
<br>
<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>Recording: spaces_flight9_aftershow.m4a  (1:35:10)</code></pre></div>
<br>
{tx}<br>
<br>
That’s all I got. If someone has the bit at ~40:00 about Raptor, please post it."""
    p2 = """<blockquote><div><cite>orbital_kat wrote: <a href="./viewtopic.php?p=882104#p882104" data-post-id="882104">↑</a></cite>[64:12] EM: The catch tower is honestly the most underrated part of the whole system.</div></blockquote>
This. Everyone obsesses over the ship and ignores the chopsticks."""
    p3 = """lol yeah I said that<br><br>(obviously not the real one, it’s a joke account, mods pls don’t ban)"""
    p4 = """<blockquote><div><cite>orbital_kat wrote:</cite>[71:08] EM: No dates.<br>[71:11] Vance: Worth a try.</div></blockquote>
Vance really tried it 😂 Thanks for the transcript, saved me 90 minutes."""
    posts = "\n".join([
        post(882104, "orbital_kat", "Transcription Volunteer", "Sun Jun 01, 2025 11:42 am", p1, '<div id="sig882104" class="signature">Ad astra, eventually.</div>', first=True),
        post(882117, "ElonFanboy42", "Booster Catcher", "Sun Jun 01, 2025 12:05 pm", p2),
        post(882130, "EIon_Musk", "Newbie", "Sun Jun 01, 2025 12:31 pm", p3),
        post(882151, "stainless_steve", "Site Admin", "Sun Jun 01, 2025 1:02 pm", p4),
    ])
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[Transcript] Elon on the Spaces after Flight 9 (partial) - RedPlanet Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=112" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>RedPlanet Forum</h1><p>Discussion of SpaceX, Starship, Mars and everything in between</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h"><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span> <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=4"><span itemprop="name">SpaceX</span></a><meta itemprop="position" content="2" /></span> <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=11"><span itemprop="name">Starship</span></a><meta itemprop="position" content="3" /></span></li>
</ul>
</div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=40551">[Transcript] Elon on the Spaces after Flight 9 (partial)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=40551" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
{posts}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=40551" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 7 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited<br>Style by Arty - phpBB 3.3 by MrGaby</div>
<div class="footer-row"><a href="/app.php/privacy">Privacy</a> | <a href="/app.php/terms">Terms</a></div>
</div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script>
<script src="./assets/javascript/core.js?assets_version=112"></script>
</body>
</html>
"""
    others = ["Mario", "Vance"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
