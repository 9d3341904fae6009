from lib import *

NAME = "ag14_starbasetalk-forum-thread"
SHOW = "The Hardware Hour"
FMT = ("phpBB forum thread; the first post carries the transcript as lines '[mm:ss] Name: text' switching to "
       "'[h:mm:ss]' after an hour, full names first then initials ('EM', 'CH', 'LV'); unlabelled timed lines continue a turn.")

C, E, L = "Corwin Hale", "Elon Musk", "Lena Voss"
INIT = {C: "CH", E: "EM", L: "LV"}
T = [
 (C, [(3431, "Okay, we've got time for a few more from chat. Lena, you pick.")]),
 (L, [(3436, "This one's for Elon. \"Why not just use more smaller rockets instead of one giant one?\"")]),
 (E, [(3442, "Because the cost of a launch is mostly fixed per launch, not per ton. Pad time, crew, range, recovery."),
      (3453, "So if you make the rocket bigger, the cost per ton goes way down. Up to a point. And we think that point is a lot bigger than people assume.")]),
 (C, [(3466, "Up to what point?")]),
 (E, [(3468, "Honestly we don't know yet. That's part of the fun.")]),
 (L, [(3474, "Next from chat: \"Is the raptor engine done?\"")]),
 (E, [(3478, "No engine is ever done. We're on the third major version and there will be a fourth."),
      (3489, "The third one is much simpler though. A lot of the plumbing that was on the outside is now inside the engine. It looks almost unfinished, which is the point.")]),
 (C, [(3600, "We're at the hour. Elon, thanks for staying late.")]),
 (E, [(3604, "No problem. This was fun.")]),
 (C, [(3607, "One super quick one: favorite tool in the shop?")]),
 (E, [(3611, "A good torque wrench. Seriously.")]),
 (L, [(3616, "Ha. That's the Hardware Hour, everybody.")]),
]

def stamp(s):
    return "[%s]" % hms_short(s)

def build():
    g = Gold(SHOW, FMT)
    seen = set()
    lines = []
    for who, segs in T:
        lab = who if who not in seen else INIT[who]
        seen.add(who)
        if who == E:
            g.elon(segs[0][0], segs[0][1])
        else:
            g.other(lab)
        for i, (t, text) in enumerate(segs):
            if i == 0:
                lines.append("%s %s: %s" % (stamp(t), esc(lab), esc(text)))
            else:
                lines.append("%s %s" % (stamp(t), esc(text)))
    post = "<br>\n".join(lines)
    page = """<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Transcript: Hardware Hour Q&amp;A with Elon (last 3 min) - StarbaseTalk</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=71" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index">StarbaseTalk</a><p>Discussion forum for launch nerds</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist"><li><a href="/app.php/help/faq">FAQ</a></li><li><a href="./memberlist.php">Members</a></li><li><a href="./ucp.php?mode=login">Login</a></li><li><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">Media &amp; Interviews</a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=18822">Transcript: Hardware Hour Q&amp;A with Elon (last 3 min)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18822" class="button">Post Reply</a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p402911" class="post has-profile bg2">
<div class="inner"><dl class="postprofile" id="profile402911"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=3310" class="username">reentry_burn</a></dt><dd class="profile-rank">Moderator</dd><dd class="profile-posts"><strong>Posts:</strong> 8212</dd></dl>
<div class="postbody"><div id="post_content402911"><h3 class="first"><a href="#p402911">Transcript: Hardware Hour Q&amp;A with Elon (last 3 min)</a></h3>
<p class="author"><a href="./viewtopic.php?p=402911#p402911">Post</a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=3310" class="username">reentry_burn</a></strong> &raquo; Sun Oct 05, 2025 2:14 am</p>
<div class="content">Typed this up from the VOD of last night's Hardware Hour stream (hosts Corwin Hale and Lena Voss). Only the chat Q&amp;A at the end, times are from the VOD. Corrections welcome.<br>
<br>
%s
<br><br>
Whole VOD: <a href="https://vidstream.tv/watch?v=hwhr-ep31" class="postlink">vidstream.tv/watch?v=hwhr-ep31</a></div>
<div id="sig402911" class="signature">Full stack, full send.</div></div></div></div></div>

<div id="p402915" class="post has-profile bg1">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=9120" class="username">ElonMusk_not_really</a></dt><dd class="profile-posts"><strong>Posts:</strong> 41</dd></dl>
<div class="postbody"><p class="author">by <strong>ElonMusk_not_really</strong> &raquo; Sun Oct 05, 2025 3:02 am</p>
<div class="content"><blockquote><div><cite>reentry_burn wrote: <a href="./viewtopic.php?p=402911#p402911">&uarr;</a></cite>[58:09] EM: No engine is ever done. We're on the third major version and there will be a fourth.</div></blockquote>
Called it. V4 by 2027.</div></div></div></div>

<div id="p402930" class="post has-profile bg2">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=7711" class="username">Elon_Muskovitz</a></dt><dd class="profile-posts"><strong>Posts:</strong> 1290</dd></dl>
<div class="postbody"><p class="author">by <strong>Elon_Muskovitz</strong> &raquo; Sun Oct 05, 2025 9:45 am</p>
<div class="content">Elon Musk: &quot;A good torque wrench. Seriously.&quot;<br>Best answer of the night. Also yes, my actual surname is Muskovitz, stop DMing me.</div></div></div></div>

<div id="p402933" class="post has-profile bg1">
<div class="inner"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=3310" class="username">reentry_burn</a></dt></dl>
<div class="postbody"><p class="author">by <strong>reentry_burn</strong> &raquo; Sun Oct 05, 2025 10:01 am</p>
<div class="content">Fixed the timestamp on the raptor answer, thanks for the PM.</div></div></div></div>

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=18822" class="button">Post Reply</a></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=71"></script>
<script src="./assets/javascript/core.js?assets_version=71"></script>
</body>
</html>
""" % post
    write(NAME, page, g)
