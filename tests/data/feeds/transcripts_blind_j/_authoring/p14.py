from lib import *

def j14():
    K = "Kate"; A = "Audience member"; A2 = "Guy in the Cybertruck hat"
    turns = [
        T(K, 1215, "Okay, we have him on the line. Elon, can you hear us? There are about two hundred owners in this room."),
        T(E, 1222, "Yeah, I can hear you. Hi everyone. Sorry I couldn't be there in person, it's been a crazy week."),
        T(K, 1234, "We'll forgive you. First question from the floor."),
        T(A, 1240, "Hi Elon, huge fan. When is the range update coming for the older cars?"),
        T(E, None, "Should be next month. It's mostly a software thing, the battery can do more than we were letting it do.", "But don't hold me to the exact day."),
        T(A2, 1285, "Will you ever bring back the old steering wheel?"),
        T(E, 1291, "Probably not. I know, I know."),
        T(A2, 1295, "Booo."),
        T(E, 1296, "Ha. Okay, fair."),
        T(K, 1302, "Last one, what should the club do next year?"),
        T(E, 1307, "Road trip to the factory. I'll give you the tour myself if I'm there."),
    ]
    labs = {E: "Elon", K: "Kate (club president)", A: "Audience member", A2: "Guy in the Cybertruck hat"}
    seen = set(); lines = []
    for tu in turns:
        s = tu["spk"]
        lab = labs[s]
        if s == E and s not in seen: lab = "Elon (on speakerphone)"
        if s == K and s in seen: lab = "Kate"
        seen.add(s)
        if tu["t"] is None:
            ts = "[??:??]"
        else:
            m, sec = divmod(tu["t"], 60)
            ts = f'<a href="https://www.vidora.tv/v/owners26#t={m}m{sec}s" class="postlink">[{m}:{sec:02d}]</a>'
        lines.append(f'{ts} <span style="font-weight: bold">{lab}:</span> {esc(tu["paras"][0])}')
        for p in tu["paras"][1:]:
            lines.append(esc(p))
    post = "<br><br>\n".join(lines)
    def postbox(pid, user, rank, body, date):
        return f'''<div id="p{pid}" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={pid}" class="username">{user}</a></dt><dd class="profile-rank">{rank}</dd><dd class="profile-posts"><strong>Posts:</strong> {pid % 977}</dd></dl>
<div class="postbody"><div id="post_content{pid}"><h3><a href="#p{pid}">Re: [TRANSCRIPT] Elon called into the spring meetup</a></h3>
<p class="author"><span class="responsive-hide">by <strong>{user}</strong> &raquo; </span>{date}</p>
<div class="content">{body}</div></div></div></div></div>'''
    first = f'''<div id="p88120" class="post has-profile bg1"><div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=3312" class="username-coloured" style="color:#AA0000">marsbound42</a></dt><dd class="profile-rank">Site Admin</dd></dl>
<div class="postbody"><div id="post_content88120"><h3 class="first"><a href="#p88120">[TRANSCRIPT] Elon called into the spring meetup</a></h3>
<p class="author">by <strong>marsbound42</strong> &raquo; Sun Apr 19, 2026 9:02 pm</p>
<div class="content">As promised, here's my transcript of the phone-in from Saturday. Times are from the club's video (link goes to the moment). I missed the timestamp on one answer, sorry. Elon Musk himself called, not a stand-in, Kate confirmed it.<br><br>
{post}<br><br>
That's it! Corrections welcome.</div>
<div class="signature">Road trip 2027 or bust. 2019 Model 3 LR, 141k miles</div></div></div></div></div>'''
    replies = [
        postbox(88125, "elon_m", "Registered User", '<blockquote><div><cite>marsbound42 wrote: <a href="#p88120">&uarr;</a></cite>Elon: Probably not. I know, I know.</div></blockquote>I share a first name with the guy and I am also disappointed about the steering wheel.', "Sun Apr 19, 2026 9:40 pm"),
        postbox(88131, "ElonMuskFan2029", "Supercharger", 'Elon Musk: Road trip to the factory. I&#39;ll give you the tour myself.<br>WHO IS IN<br><br><span style="font-style:italic">&quot;Elon Musk: the battery can do more than we were letting it do&quot; &lt;-- so it was software-locked all along?</span>', "Mon Apr 20, 2026 7:12 am"),
        postbox(88140, "Kate_OC", "Club President", 'Thanks for typing this up. For the record, the "Booo" was not me.', "Mon Apr 20, 2026 8:30 am"),
    ]
    page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[TRANSCRIPT] Elon called into the spring meetup - Orange County EV Owners Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index">OC EV Owners</a><h1>Orange County EV Owners Forum</h1><p>Chargers, road trips and complaining about panel gaps since 2012</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist"><li><a href="/app.php/help/faq">FAQ</a></li><li><a href="./ucp.php?mode=register">Register</a></li><li><a href="./ucp.php?mode=login">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span> <span class="crumb"><a href="./viewforum.php?f=7">Club Events</a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9921">[TRANSCRIPT] Elon called into the spring meetup</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9921" class="button">Post Reply</a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{first}
{"".join(replies)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9921" class="button">Post Reply</a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: elon_m, Bing [Bot] and 7 guests</p></div>
</div>
<div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script>
</body>
</html>'''
    write("j14_phpbb_owners_forum", page,
          "phpBB forum topic; first post holds the transcript as <br><br>-separated lines '[m:ss] <b>Name:</b> text' where the time is a link with #t=XmYs (one turn '[??:??]' without time); replies quote his lines and users have Musk-like names.",
          "Orange County EV Owners Forum", gold_turns(turns),
          ["Kate (club president)", "Kate", "Audience member", "Guy in the Cybertruck hat"])
