"""ad10: phpBB forum thread. The first post carries a typed-up transcript, one line per
turn: 'Name: text (m:ss)' -- the time comes AFTER the first line of a turn and marks
where that line starts; continuation lines have no label and no time. Replies quote
lines of it, and users have Musk-like names."""
from common import *

NAME = "ad10_redplanet_forum"
SHOW = "Deep Orbit (transcript posted on Red Planet Society Forums)"

C, B = "C", "B"
T = [
    {"s": C, "at": 31, "p": ["Welcome back to Deep Orbit, episode one-forty. I&#039;m Cal, Bree is here as always, and our guest today is Elon Musk."]},
    {"s": B, "p": ["Hi Elon."]},
    {"s": E, "p": ["Hey guys. Thanks for having me back. I think the last time was three years and two engine versions ago."]},
    {"s": C, "p": ["Let&#039;s start there. Raptor 3. What changed?"]},
    {"s": E, "p": ["Mostly we deleted things. A lot of the plumbing that used to be on the outside of the engine is now inside the structure, so there&#039;s less to break and less to protect with heat shielding.",
                   "It looks almost unfinished, which people find confusing. It&#039;s finished. That&#039;s just what an engine looks like when you take everything unnecessary off."]},
    {"s": B, "p": ["How much of that came from failures on the test stand?"]},
    {"s": E, "p": ["Almost all of it. Test, fly, break, fix. That&#039;s the whole method. If you&#039;re not breaking things on the stand, you&#039;re not pushing hard enough, and you&#039;ll break them in flight instead."]},
    {"s": C, "at": 1994, "p": ["Okay, the listener question everyone sent in: how many ships to build a base on Mars?"]},
    {"s": E, "p": ["A lot. Probably on the order of a thousand ships over a couple of decades, if you want the base to be self-sustaining. The key threshold is whether the city can keep growing if the supply ships from Earth stop coming, for whatever reason."]},
    {"s": B, "p": ["That&#039;s a grim way to put it."]},
    {"s": E, "nt": True, "p": ["It&#039;s a realistic way to put it. Civilizations have gone backward before."]},
    {"s": C, "at": 3905, "p": ["We&#039;re almost out of time. What&#039;s the thing about Starship people get most wrong?"]},
    {"s": E, "p": ["That it&#039;s a rocket. It&#039;s really a transportation system, with the propellant plant and the tower and the tanker flights. The rocket is maybe a third of the problem.",
                   "Also people think the goal is to go to Mars once. Going once is easy by comparison. The goal is to make going routine."]},
    {"s": B, "p": ["Routine."]},
    {"s": E, "p": ["Routine. Like an airline, boring in the best way."]},
    {"s": C, "p": ["Elon, thanks as always."]},
    {"s": E, "p": ["Thanks, Cal. Thanks, Bree."]},
]
assign_times(T, start=0, seed=1010, wps=2.7)

LAB = {C: "Cal", B: "Bree", E: "Elon"}


def post_body():
    lines = []
    for i, tr in enumerate(T):
        lab = "Elon Musk" if (tr["s"] == E and i == 2) else LAB[tr["s"]]
        tm = "" if tr.get("nt") else f' <span style="color: #808080">({auto(tr["ts"][0], pad=False)})</span>'
        lines.append(f'<strong class="text-strong">{lab}:</strong> {tr["p"][0]}{tm}')
        lines.extend(tr["p"][1:])
        if tr.get("at") and i > 0:
            lines.insert(len(lines) - 1, "<em class=\"text-italics\">[...]</em>")
    return "<br>\n".join(lines)


def build():
    t7 = auto(T[6]["ts"][0], pad=False)
    t_route = auto(T[13]["ts"][0], pad=False)
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[Transcript] Elon on Deep Orbit ep. 140 (with timestamps) - Red Planet Society Forums</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>Red Planet Society Forums</h1><p>Discussion for Mars settlement enthusiasts since 2004</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h">Board index</a></span> <span class="crumb"><a href="./viewforum.php?f=7">Media, Podcasts &amp; Interviews</a></span></li></ul></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=18842">[Transcript] Elon on Deep Orbit ep. 140 (with timestamps)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18842" class="button" title="Post a reply"><span>Post Reply</span></a> <div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p402113" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile" id="profile402113"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">orbital_dave</a></dt><dd class="profile-rank">Flight Director</dd><dd class="profile-posts"><strong>Posts:</strong> 3812</dd><dd class="profile-joined"><strong>Joined:</strong> Sun Mar 14, 2010 9:02 pm</dd></dl>
<div class="postbody"><div id="post_content402113">
<h3 class="first"><a href="#p402113">[Transcript] Elon on Deep Orbit ep. 140 (with timestamps)</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">orbital_dave</a></strong> &raquo; </span>Mon Jun 02, 2025 11:48 pm</p>
<div class="content">Typed this up since the episode has no official transcript. Format is <em class="text-italics">Speaker: text (time)</em> &mdash; the time in brackets at the end of a line is where that line STARTS in the YouTube upload, not where it ends. Lines without a name continue the same speaker. I skipped the sponsor reads and the middle chunk about the tanker flights (marked [...]). One line I couldn&#039;t pin down, so no time on it.<br>
<br>
{post_body()}<br>
<br>
Corrections welcome!</div>
<div class="notice">Last edited by <a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">orbital_dave</a> on Tue Jun 03, 2025 8:10 am, edited 2 times in total.</div>
<div id="sig402113" class="signature">&quot;Mars: it&#039;s not a destination, it&#039;s a direction.&quot;</div>
</div></div></div></div>

<div id="p402120" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile" id="profile402120"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=9902" class="username">ElonMuskRealFan</a></dt><dd class="profile-rank">Booster Catcher</dd><dd class="profile-posts"><strong>Posts:</strong> 211</dd></dl>
<div class="postbody"><div id="post_content402120">
<h3><a href="#p402120">Re: [Transcript] Elon on Deep Orbit ep. 140 (with timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=9902" class="username">ElonMuskRealFan</a></strong> &raquo; Tue Jun 03, 2025 12:15 am</p>
<div class="content">Legend, thank you. This bit is going on my wall:<br>
<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=2231">orbital_dave</a> wrote: <a href="./viewtopic.php?p=402113#p402113" data-post-id="402113">↑</a>Mon Jun 02, 2025 11:48 pm</cite><strong class="text-strong">Elon:</strong> Almost all of it. Test, fly, break, fix. That&#039;s the whole method. <span style="color: #808080">({t7})</span></div></blockquote>
Elon: test, fly, break, fix &mdash; put it on my tombstone.</div>
</div></div></div>

<div id="p402138" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile" id="profile402138"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=7710" class="username">E_Musk_2029</a></dt><dd class="profile-rank">Tanker Pilot</dd><dd class="profile-posts"><strong>Posts:</strong> 57</dd></dl>
<div class="postbody"><div id="post_content402138">
<h3><a href="#p402138">Re: [Transcript] Elon on Deep Orbit ep. 140 (with timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=7710" class="username">E_Musk_2029</a></strong> &raquo; Tue Jun 03, 2025 7:32 am</p>
<div class="content">Small correction: at {t_route} Bree&#039;s line is &quot;Routine.&quot; with a question mark in the audio, not a full stop. Pedantic, I know.<br>
Also for the record, my username predates the rockets. My name really is Emil Musk. No relation.</div>
</div></div></div>

<div id="p402141" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile" id="profile402141"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">orbital_dave</a></dt><dd class="profile-rank">Flight Director</dd></dl>
<div class="postbody"><div id="post_content402141">
<h3><a href="#p402141">Re: [Transcript] Elon on Deep Orbit ep. 140 (with timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">orbital_dave</a></strong> &raquo; Tue Jun 03, 2025 8:11 am</p>
<div class="content"><blockquote class="uncited"><div>Elon: Routine. Like an airline, boring in the best way.</div></blockquote>
Ha, fair. I left the full stop in since that&#039;s how the captions had it, but noted.</div>
</div></div></div>

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=18842" class="button" title="Post a reply"><span>Post Reply</span></a></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=41"></script>
<script src="./assets/javascript/core.js?assets_version=41"></script>
</body>
</html>
"""
    fmt = ("phpBB forum post: the transcript is <br>-separated lines 'Name: text (m:ss or h:mm:ss)' where the grey time AFTER "
           "a turn's first line marks where that line starts; unlabelled lines continue the turn; one of his lines has no "
           "time; replies quote lines in blockquotes.")
    exp = expected(fmt, SHOW, gold(T), ["Cal", "Bree"])
    write(NAME, html, exp)
    return NAME, exp
