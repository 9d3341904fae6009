from common import *


def build():
    KD, RJ = 'KD', 'RJ'
    T = [
        (KD, 40, ["Okay, I think we&#39;re live. Welcome everyone, this is Launch Debrief, I&#39;m Kara. We&#39;ve got a great lineup tonight."]),
        (EM, 62, ["Hey everyone. Sorry, the audio was being weird on my end."]),
        (KD, 69, ["No worries. So, Flight 10. How did it go from your side?"]),
        (EM, 75, ["Overall really well. Booster did a clean boostback, the ship made it through reentry with a lot fewer missing tiles than last time, and we got good data on the flaps.",
                  "The one thing I&#39;m not happy about is the engine relight. It worked, but it was slower than it should be."]),
        (RJ, 210, ["If I can jump in, the relight delay was a chill-in issue. The engine wasn&#39;t cold enough at ignition so the controller waited. It&#39;s a software fix, mostly."]),
        (EM, 252, ["Yeah, exactly what Raj said. Mostly software, a little bit of plumbing."]),
        (KD, 1351, ["So what&#39;s next? People are dying to know if you&#39;re going to try to catch the ship."]),
        (EM, 1360, ["We&#39;re going to try catching the ship with the tower, probably on the flight after next if the data looks good. It&#39;s harder than the booster because the ship comes in faster and lighter."]),
        (KD, None, ["Next flight, then?"]),
        (EM, None, ["Exactly."]),
        (KD, 2465, ["We&#39;re at time. Thanks everyone for joining."]),
        (EM, 2470, ["Thanks, Kara. Thanks everyone for listening."]),
    ]
    lines = []
    for spk, t, paras in T:
        ts = '[%s] ' % hms(t) if t is not None else ''
        lines.append('%s%s: %s' % (ts, spk, paras[0]))
        lines.extend(paras[1:])
    post = '<br>\n'.join(lines)
    page = '''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped) - Red Dust Forum</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Red Dust Forum" href="/app.php/feed?sid=e1f2">
<link rel="canonical" href="https://forum.reddust.space/viewtopic.php?t=14422">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=71" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=71" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Red Dust Forum</h1><p>Fans of rockets, rovers and red planets since 2009</p></div>
		<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div></div></div>
		<div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" itemprop="item">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">Starship &amp; Super Heavy</a></span><span class="crumb"><a href="./viewforum.php?f=31">Audio &amp; Video Transcripts</a></span></li></ul></div>
	</div>
	<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14422">[Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=14422" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p288101" class="post has-profile bg2">
	<div class="inner">
	<dl class="postprofile" id="profile288101"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">orbitalwombat</a></dt><dd class="profile-rank">Transcript Team</dd><dd class="profile-posts"><strong>Posts:</strong> 2318</dd><dd class="profile-joined"><strong>Joined:</strong> Tue Mar 03, 2015 8:12 pm</dd></dl>
	<div class="postbody"><div id="post_content288101">
	<h3 class="first"><a href="#p288101">[Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped)</a></h3>
	<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5512" class="username">orbitalwombat</a></strong> &raquo; </span>Sat Aug 30, 2025 3:41 am</p>
	<div class="content">Typed this up from the recording of last night&#39;s Launch Debrief Spaces. Times are from the start of the recording (hh:mm:ss). A couple of quick exchanges I couldn&#39;t place, so no timestamp on those.<br>
<br>
<strong class="text-strong">Legend:</strong> EM = Elon Musk, KD = Kara Dunmore (host), RJ = Raj Jadhav (propulsion engineer)<br>
<br>
''' + post + '''<br>
<br>
Corrections welcome, I&#39;ll edit the post.</div>
	<div id="sig288101" class="signature"><span style="font-style: italic">&ldquo;Iterate or die.&rdquo; &mdash; EM, probably</span><br>Transcript archive: <a href="https://forum.reddust.space/viewforum.php?f=31" class="postlink">Audio &amp; Video Transcripts</a></div>
	</div></div>
	</div>
</div>
<hr class="divider" />

<div id="p288109" class="post has-profile bg1">
	<div class="inner">
	<dl class="postprofile" id="profile288109"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=9931" class="username">ElonMusk</a></dt><dd class="profile-rank">Parody account</dd><dd class="profile-posts"><strong>Posts:</strong> 61</dd><dd class="profile-joined"><strong>Joined:</strong> Fri Jan 11, 2019 1:02 am</dd></dl>
	<div class="postbody"><div id="post_content288109">
	<h3><a href="#p288109">Re: [Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped)</a></h3>
	<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=9931" class="username">ElonMusk</a></strong> &raquo; Sat Aug 30, 2025 4:02 am</p>
	<div class="content">Can confirm, I said all of this. /s<br>
EM: Thanks orbitalwombat, great work as always.</div>
	</div></div>
	</div>
</div>
<hr class="divider" />

<div id="p288115" class="post has-profile bg2">
	<div class="inner">
	<dl class="postprofile" id="profile288115"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=10444" class="username">marsbound_kat</a></dt><dd class="profile-rank">Booster catcher</dd><dd class="profile-posts"><strong>Posts:</strong> 880</dd></dl>
	<div class="postbody"><div id="post_content288115">
	<h3><a href="#p288115">Re: [Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped)</a></h3>
	<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=10444" class="username">marsbound_kat</a></strong> &raquo; Sat Aug 30, 2025 6:15 am</p>
	<div class="content"><blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=5512">orbitalwombat</a> wrote: <a href="./viewtopic.php?p=288101#p288101" data-post-id="288101">&uarr;</a><span class="responsive-hide">Sat Aug 30, 2025 3:41 am</span></cite>[00:22:40] EM: We&#39;re going to try catching the ship with the tower, probably on the flight after next if the data looks good.</div></blockquote>
This is the big news. Flight after next!!</div>
	</div></div>
	</div>
</div>
<hr class="divider" />

<div id="p288130" class="post has-profile bg1">
	<div class="inner">
	<dl class="postprofile" id="profile288130"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=7720" class="username">elon_fan_1971</a></dt><dd class="profile-rank">Static fire</dd><dd class="profile-posts"><strong>Posts:</strong> 144</dd></dl>
	<div class="postbody"><div id="post_content288130">
	<h3><a href="#p288130">Re: [Transcript] Elon on Launch Debrief Spaces after Flight 10 (full, timestamped)</a></h3>
	<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=7720" class="username">elon_fan_1971</a></strong> &raquo; Sat Aug 30, 2025 9:47 am</p>
	<div class="content">KD: Next flight, then?<br>EM: Exactly.<br><br>lol, the man of few words. Thanks for doing these, wombat.</div>
	</div></div>
	</div>
</div>

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14422" class="button" title="Post a reply"><span>Post Reply</span></a></div>
	</div>
	<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited<br>Style by Arty - phpBB 3.3 by MrGaby</div></div>
</div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=71"></script>
<script src="./assets/javascript/core.js?assets_version=71"></script>
</body>
</html>
'''
    write('af14_reddust_forum', page,
          'phpBB topic; the opening post carries the transcript as <br>-separated lines "[hh:mm:ss] XX: text" using initials defined in a legend (EM = Elon Musk), a few lines without a timestamp, continuation lines unlabelled; replies quote lines.',
          'Launch Debrief', gold_from(T), ['KD', 'RJ'],
          'phpBB fan forum: transcript in first post with initials "EM:" (legend), "[hh:mm:ss]" and two untimed lines (his "Exactly." -> null); parody user "ElonMusk" writes "EM: ..."; quoted reply repeats a line; signature "— EM".')
