from common import *

NAME = "u14_marsbound_forum"
SHOW = "Starbase Spaces (MarsBound Forum transcript)"
FMT = ("phpBB forum thread; the first post holds a hand-made transcript as <br>-separated lines '[m:ss] Name: text' / "
       "'[h:mm:ss] Name: text' (mm:ss below an hour, h:mm:ss after), continuation lines '[m:ss] text' without a name, "
       "and a few lines with no timestamp; replies quote lines of it.")

S, E, K, MK = "S", "E", "K", "MK"
FULL = {S: "Sam (host)", E: "Elon Musk", K: "Dr. Kell", MK: "Mark (listener)"}
SHORT = {S: "Sam", E: "Elon", K: "Dr. Kell", MK: "Mark"}
# (speaker, [(time or None, text), ...])
T = [
 (S, [("0:42", "Alright, I think we're live. Elon, can you hear us?")]),
 (E, [("0:45", "Yeah, I can hear you. Sorry, I'm in the car, so it might cut out.")]),
 (S, [("0:50", "No worries. So the big news obviously is Flight 12. How are you feeling?")]),
 (E, [("1:03", "Yeah. So the booster catch was great, obviously, but the thing I'm most happy about is the ship relight in space."),
      ("1:20", "That's the one that unlocks orbital flights. If you can't relight reliably, you can't deorbit, so you can't go to orbit. Simple as that.")]),
 (S, [("1:41", "Wow.")]),
 (E, [("1:42", "Yeah, it's a big deal. People kind of skipped over it.")]),
 (K, [("7:30", "Hi Elon, Priyanka Kell, I work on thermal protection. Can I ask about the tiles near the hinge line?")]),
 (E, [("7:48", "Sure.")]),
 (K, [("7:49", "Those looked a lot better on this flight. Was that the new gap filler?")]),
 (E, [("7:58", "Partly the gap filler, partly moving the hinge line itself. Those are the worst tiles on the ship, because the flap is moving and the plasma gets into every gap."),
      (None, "I'd say we're maybe eighty percent of the way there on that area.")]),
 (K, [(None, "Eighty?")]),
 (E, [(None, "Actually, let me correct that. Seventy percent. I don't want to overpromise on tiles again.")]),
 (S, [("58:10", "We're almost at an hour, I know you've got to run.")]),
 (E, [("58:14", "Yeah, one more question and then I've gotta go.")]),
 (MK, [("59:02", "Hi Elon, huge fan. When do you think Starship flies people?")]),
 (E, [("59:09", "Probably within two years, but we want to do hundreds of flights with cargo first. You want the rocket to be boring before you put people on it."),
      ("1:00:01", "Airliner-level reliability is the goal. That's the bar.")]),
 (S, [("1:00:30", "Thanks Elon, really appreciate you coming on.")]),
 (E, [("1:00:33", "Thanks everyone. Good questions.")]),
 (S, [("1:00:40", "And that's the space, folks. Recording will be up on my profile.")]),
]

def build():
    g = Gold("en")
    seen = set()
    lines, others = [], []
    for spk, items in T:
        lab = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        if spk != E and lab not in others:
            others.append(lab)
        for i, (ts, text) in enumerate(items):
            frag = esc(text)
            pre = ("[%s] " % ts) if ts else ""
            if i == 0:
                lines.append("%s<strong>%s:</strong> %s" % (pre, esc(lab), frag))
                if spk == E:
                    g.add(secs(ts) if ts else None, frag)
            else:
                lines.append("%s%s" % (pre, frag))
    post = "<br>\n".join(lines)
    page = TEMPLATE.replace("{{POST}}", post)
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps - MarsBound Forum</title>
<link href="./assets/css/font-awesome.min.css?assets_version=87" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=87" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=87" rel="stylesheet">
<style>.postbody .content{font-size:1.1em;line-height:1.55}.signature{font-size:.85em;color:#777}</style>
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
  <div class="headerbar" role="banner">
    <div class="inner">
      <div id="site-description" class="site-description">
        <a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
        <h1>MarsBound Forum</h1>
        <p>Unofficial community for Starship, Starlink and everything that flies out of South Texas</p>
        <p class="skiplink"><a href="#start_here">Skip to content</a></p>
      </div>
      <div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset></form></div>
    </div>
  </div>
  <div class="navbar" role="navigation">
    <ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
      <li class="breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=4">Starship</a></span><span class="crumb"><a href="./viewforum.php?f=19">Transcripts &amp; Media</a></span></li>
    </ul>
  </div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=40877">[Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=40877" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p512044" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile" id="profile512044"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=2291" class="username">Kestrel_Transcribes</a></dt><dd class="profile-rank">Transcription Wizard</dd><dd class="profile-posts"><strong>Posts:</strong> 1834</dd><dd class="profile-joined"><strong>Joined:</strong> Mar 2019</dd></dl>
<div class="postbody"><div id="post_content512044">
<h3 class="first"><a href="#p512044">[Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p=512044#p512044" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2291" class="username">Kestrel_Transcribes</a></strong> &raquo; </span><time datetime="2025-10-03T02:14:55+00:00">Fri Oct 03, 2025 2:14 am</time></p>
<div class="content">Transcribed by hand from the recording on Sam's profile. Timestamps are from the recording, which started a bit late. A couple of lines have no timestamp where the audio dropped out (Elon was driving). Corrections welcome!<br>
<br>
<span style="font-weight: bold">--- TRANSCRIPT ---</span><br>
<br>
{{POST}}<br>
<br>
<span style="font-weight: bold">--- END ---</span></div>
<div id="sig512044" class="signature">Ad astra, eventually. | My transcripts index: <a href="./viewtopic.php?t=31002" class="postlink">here</a></div>
</div></div>
</div>
</div>
<hr class="divider">

<div id="p512051" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=8812" class="username">ElonMuskFan42</a></dt><dd class="profile-posts"><strong>Posts:</strong> 212</dd></dl>
<div class="postbody"><div>
<h3><a href="#p512051">Re: [Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=8812" class="username">ElonMuskFan42</a></strong> &raquo; </span><time datetime="2025-10-03T03:01:10+00:00">Fri Oct 03, 2025 3:01 am</time></p>
<div class="content"><blockquote><div><cite>Kestrel_Transcribes wrote: <a href="./viewtopic.php?p=512044#p512044" aria-label="View quoted post"><i class="icon fa-arrow-circle-up fa-fw" aria-hidden="true"></i></a></cite>[1:03] Elon: Yeah. So the booster catch was great, obviously, but the thing I'm most happy about is the ship relight in space.</div></blockquote>
This is the real headline. Relight = orbital. Thanks for doing these, Kestrel!</div>
</div></div>
</div>
</div>
<hr class="divider">

<div id="p512060" class="post has-profile bg2">
<div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=9120" class="username">Not_Elon_Musk</a></dt><dd class="profile-posts"><strong>Posts:</strong> 39</dd></dl>
<div class="postbody"><div>
<h3><a href="#p512060">Re: [Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=9120" class="username">Not_Elon_Musk</a></strong> &raquo; </span><time datetime="2025-10-03T06:40:22+00:00">Fri Oct 03, 2025 6:40 am</time></p>
<div class="content">Elon Musk: Actually, let me correct that. Seventy percent.<br>
<br>
^ the most Elon sentence ever spoken about tiles. Also, the eighty/seventy line had no timestamp in the recording either, I checked; it's right before the 58-minute mark gap.</div>
</div></div>
</div>
</div>
<hr class="divider">

<div id="p512088" class="post has-profile bg1">
<div class="inner">
<dl class="postprofile"><dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=1402" class="username">elon</a></dt><dd class="profile-rank">Moderator</dd><dd class="profile-posts"><strong>Posts:</strong> 5120</dd></dl>
<div class="postbody"><div>
<h3><a href="#p512088">Re: [Transcript] Elon's Starbase Spaces (Oct 2) — full text w/ timestamps</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=1402" class="username">elon</a></strong> &raquo; </span><time datetime="2025-10-03T09:12:00+00:00">Fri Oct 03, 2025 9:12 am</time></p>
<div class="content">Mod note: yes, I'm still the forum's original "elon" (the account predates all of this, long story). Thread pinned. Please keep replies on topic.</div>
</div></div>
</div>
</div>

<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=40877" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: Kestrel_Transcribes, SNRocketFan and 31 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul class="linklist"><li><a href="./index.php">Board index</a></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div>
<div class="copyright"><p class="footer-row">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=87"></script>
<script src="./assets/javascript/core.js?assets_version=87"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
