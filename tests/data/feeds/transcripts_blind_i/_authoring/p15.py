"""i15 - phpBB fan forum thread: first post is a fan-made transcript of an audio Space,
one line per turn '[m:ss or h:mm:ss] Label: text' separated by <br>, labels 'Elon Musk (EM)'
then 'EM'; unlabelled continuation lines; replies quote transcript lines in blockquotes and
users have Musk-like names."""
from common import *

NAME = 'i15_spacefanatix_phpbb_space_transcript'
SHOW = 'SpaceFanatix Forums'
LAB = {'MK': ['Mario Kovac (MK)', 'MK'], 'EM': ['Elon Musk (EM)', 'EM'], 'SD': ['Sasha D.', 'Sasha D.']}

T = [
    ('MK', 3520, ['Okay, we have about ten minutes left with Elon, so let\'s go to the heat shield question, since that\'s what everyone is asking about.']),
    ('EM', 3531, ['Yeah. So on flight nine we lost fewer tiles than on any previous flight, but we still lost some, and a few in places we did not expect.',
                  'the main issue is the gaps between tiles, not the tiles themselves. Plasma finds the gaps.']),
    ('MK', 3550, ['And the ablative backup layer, is that staying?']),
    ('EM', 3556, ['For now, yes. Long term we want to get rid of it, because anything you have to replace after each flight kills rapid reuse.']),
    ('SD', 3591, ['Hi, Sasha here, thanks for bringing me up. Quick one: when do we see a ship catch?']),
    ('EM', 3602, ['Hopefully in a few flights. The booster catch is now pretty routine. The ship is harder because it comes in much hotter and you only get one shot.']),
    ('SD', 3622, ['Thanks!']),
    ('EM', 3624, ['Sure.']),
    ('MK', 3781, ['Elon, you said earlier, and I wrote it down, "the gaps are the enemy." Is there a material fix or is it all manufacturing?']),
    ('EM', 3824, ['Mostly manufacturing. Tighter tolerances, better attachment. The material is actually fine. It\'s the boring stuff, as usual.']),
    ('MK', 3900, ['Alright, that\'s all the time we have. Thanks everyone for joining.']),
    ('EM', 3907, ['Thanks, everyone. See you on the next flight.']),
]


def render():
    seen = {}
    lines = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        lines.append('[%s] %s: %s' % (mixed(t), esc(lab), esc(paras[0])))
        for p in paras[1:]:
            lines.append('&nbsp;&nbsp;&nbsp;&nbsp;%s' % esc(p))
    return PAGE.replace('@@T@@', '<br>\n'.join(lines))


PAGE = r'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps) - SpaceFanatix Forums</title>
<link rel="alternate" type="application/atom+xml" title="Feed - SpaceFanatix Forums" href="/app.php/feed">
<link rel="canonical" href="https://forum.spacefanatix.net/viewtopic.php?t=48812">
<link href="./assets/css/font-awesome.min.css?assets_version=112" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>SpaceFanatix Forums</h1><p>Launches, landings and everything in between</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">FAQ</a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">Login</a></li><li class="rightside"><a href="./ucp.php?mode=register" role="menuitem">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=4">SpaceX</a></span><span class="crumb"><a href="./viewforum.php?f=19">Starship</a></span></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48812">[Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48812" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p771020" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile771020"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">ZeroG_Dan</a></dt><dd class="profile-rank">Flight Director</dd><dd class="profile-posts"><strong>Posts:</strong> 4821</dd><dd class="profile-joined"><strong>Joined:</strong> Mar 2016</dd></dl>
<div class="postbody"><div id="post_content771020">
<h3 class="first"><a href="#p771020">[Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps)</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">ZeroG_Dan</a></strong> &raquo; </span>Sat May 31, 2025 11:42 pm</p>
<div class="content">Typed this up from the recording since the auto-captions were garbage. Timestamps are from the Space replay (it ran about 1h10m, Elon joined late). Only the last ten minutes or so, the first part was mostly people asking about Starlink.<br>
<br>
Labels: MK = Mario Kovac (host), EM = Elon, Sasha D. = Sasha from the Boca Chica livestream crew. Indented lines are the same speaker continuing.<br>
<br>
<span style="font-weight: bold">--- transcript start ---</span><br>
@@T@@<br>
<span style="font-weight: bold">--- transcript end ---</span><br>
<br>
Corrections welcome, audio was rough in places.</div>
<div id="sig771020" class="signature">Full stack or nothing. &bull; Launches attended: 14</div>
</div></div>
</div></div>
<hr class="divider" />

<div id="p771034" class="post has-profile bg1"><div class="inner">
<dl class="postprofile" id="profile771034"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=9931" class="username">ElonMuskFan42</a></dt><dd class="profile-posts"><strong>Posts:</strong> 212</dd></dl>
<div class="postbody"><div id="post_content771034">
<h3><a href="#p771034">Re: [Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=9931" class="username">ElonMuskFan42</a></strong> &raquo; Sun Jun 01, 2025 12:05 am</p>
<div class="content"><blockquote><div><cite>ZeroG_Dan wrote: <a href="./viewtopic.php?p=771020#p771020">&uarr;</a></cite>[1:03:44] EM: Mostly manufacturing. Tighter tolerances, better attachment.</div></blockquote>
Great work, thanks! This is the key bit for me. Boring stuff wins again.</div>
</div></div>
</div></div>
<hr class="divider" />

<div id="p771040" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile771040"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=10447" class="username">Errol_M</a></dt><dd class="profile-posts"><strong>Posts:</strong> 38</dd></dl>
<div class="postbody"><div id="post_content771040">
<h3><a href="#p771040">Re: [Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=10447" class="username">Errol_M</a></strong> &raquo; Sun Jun 01, 2025 8:31 am</p>
<div class="content">Small correction: at 58:51 I hear &quot;plasma finds the gaps&quot;, you have that right, but at 1:03:01 Mario says &quot;the gaps are the enemy&quot; was from the earlier part of the Space, not this one. Doesn't matter much.<br>
<br>
EM: Sure. <img class="smilies" src="./images/smilies/icon_lol.gif" alt=":lol:" title="Laughing"> best answer of the night</div>
</div></div>
</div></div>
<hr class="divider" />

<div id="p771052" class="post has-profile bg1"><div class="inner">
<dl class="postprofile" id="profile771052"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=2203" class="username">not_elon_musk</a></dt><dd class="profile-posts"><strong>Posts:</strong> 1290</dd></dl>
<div class="postbody"><div id="post_content771052">
<h3><a href="#p771052">Re: [Transcript] Elon on the post-Flight 9 Space (last 10 min, timestamps)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2203" class="username">not_elon_musk</a></strong> &raquo; Sun Jun 01, 2025 10:14 am</p>
<div class="content">Elon Musk: Thanks, everyone. See you on the next flight.<br>
<br>
(me, to this thread, which is better than the official recap)</div>
</div></div>
</div></div>
<hr class="divider" />

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48812" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 11 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="/app.php/user/delete_cookies">Delete cookies</a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script>
<script src="./assets/javascript/core.js?assets_version=112"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'phpBB forum post holding a fan transcript: one <br>-separated line per turn "[m:ss or h:mm:ss] Label: text" (times cross the hour), labels "Elon Musk (EM)" then "EM", indented unlabelled continuation lines; replies quote lines.',
         gold_turns(T), ['Mario Kovac (MK)', 'MK', 'Sasha D.'])
