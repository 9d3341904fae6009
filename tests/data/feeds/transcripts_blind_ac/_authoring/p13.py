"""ac13: phpBB-style forum thread; OP's hand transcript 'EM: text (m:ss)' with time AFTER the text, continued in a second post; replies quote lines."""
from common import gold_from, hms_loose, gold

NAME = "ac13_starbasewatchers"
SHOW = "Starbase Open House Q&A"

LBL = {"E": "EM", "J": "JR", "F": "FAN"}

POST1 = [
    ("J", 3478, ["Okay everybody, we have about fifteen minutes for questions, so keep them short. Elon, you ready?"]),
    ("E", 3484, ["Yeah, let&#39;s do it. Fire away."]),
    ("F", None, ["When are you going to Mars??"]),
    ("E", 3490, ["Not me personally, not yet. Probably the ships go first, then people. I&#39;d like to go eventually, but I&#39;d like to come back too."]),
    ("J", 3502, ["Serious question from the front, go ahead."]),
    ("F", 3505, ["How many flights before you&#39;d put people on it?"]),
    ("E", 3508, ["Hundreds, probably. You want a lot of flights with cargo before you put humans on it. Airlines don&#39;t put passengers on a new airplane after three test flights.",
                 "And the ship has to come back reliably. Landing reliably is the thing."]),
    ("J", 3526, ["Next question over here."]),
    ("F", 3528, ["What&#39;s the hardest part of the ship right now?"]),
    ("E", None, ["Heat shield. Still the heat shield."]),
    ("J", 3534, ["He gets asked that every time."]),
    ("E", 3536, ["I give the same answer every time, because it&#39;s true."]),
    ("J", 3600, ["Alright, short break while we swap mics."]),
    ("E", 3604, ["I&#39;ll be right here. Don&#39;t go anywhere."]),
]
POST2 = [
    ("J", 3761, ["Okay we&#39;re back. Last couple questions. You, with the kid on your shoulders."]),
    ("F", 3765, ["My son wants to know if he can be an astronaut."]),
    ("E", 3768, ["Absolutely. Study hard, especially math and physics. And by the time you&#39;re grown up, I think going to space will be a lot more normal."]),
    ("J", 3781, ["Last one."]),
    ("F", 3783, ["Will you ever do a Starbase tour for the public?"]),
    ("E", 3786, ["Maybe. We&#39;re thinking about it. Safety is the issue, there&#39;s a lot of heavy stuff moving around."]),
    ("J", 3795, ["Thank you everybody, give it up for Elon!"]),
    ("E", 3799, ["Thanks, everyone."]),
]


def render(entries):
    lines = []
    for spk, t, paras in entries:
        for i, p in enumerate(paras):
            ts = (" (%s)" % hms_loose(t)) if (t is not None and i == len(paras) - 1) else ""
            if i == 0:
                lines.append("<strong>%s:</strong> %s%s" % (LBL[spk], p, ts))
            else:
                lines.append("%s%s" % (p, ts))
    return "<br><br>\n".join(lines)


def build():
    turns = gold_from(POST1 + POST2)
    page = """<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open house Q&amp;A - my transcript (long) - Starbase Watchers Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Starbase Watchers Forum</h1><p>Launches, tests, road closures and rumours from the Texas coast</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist"><li><a href="/app.php/help/faq">FAQ</a></li><li><a href="./memberlist.php">Members</a></li><li class="rightside"><a href="./ucp.php?mode=login">Login</a></li><li class="rightside"><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">Events &amp; Open Days</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48812">Open house Q&amp;A - my transcript (long)</a></h2>
<div class="action-bar bar-top"><div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>

<div id="p901" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile901"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></dt><dd class="profile-rank">Static Fire</dd><dd class="profile-posts"><strong>Posts:</strong> 1877</dd><dd class="profile-joined"><strong>Joined:</strong> Mar 2019</dd></dl>
<div class="postbody"><div id="post_content901"><h3 class="first"><a href="#p901">Open house Q&amp;A - my transcript (long)</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></strong> &raquo; </span>Sun Apr 06, 2025 11:48 pm</p>
<div class="content">I was in the crowd for the Q&amp;A and typed this up from the livestream VOD. Mistakes are mine.<br><br>
Key: <strong>EM</strong> = Elon Musk, <strong>JR</strong> = Jolene Reyes (the MC), <strong>FAN</strong> = whoever had the crowd mic. Times in (brackets) are from the stream VOD and mark when each person <em>starts</em> talking; I put them at the end of the line so the text reads better. Where I missed the time there isn&#39;t one.<br><br>
<span style="font-weight:bold">--- PART 1 ---</span><br><br>
{post1}<br><br>
Part 2 in next post, hit the character limit.</div>
<div id="sig901" class="signature">&quot;Road closed 0600-1800&quot; &mdash; the three most beautiful words</div>
</div></div></div></div>

<div id="p902" class="post has-profile bg1"><div class="inner">
<dl class="postprofile" id="profile902"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></dt><dd class="profile-rank">Static Fire</dd></dl>
<div class="postbody"><div id="post_content902"><h3><a href="#p902">Re: Open house Q&amp;A - my transcript (long)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></strong> &raquo; Sun Apr 06, 2025 11:51 pm</p>
<div class="content"><span style="font-weight:bold">--- PART 2 ---</span><br><br>
{post2}</div>
</div></div></div></div>

<div id="p903" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile903"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=5120" class="username">ElonMuskFan2012</a></dt><dd class="profile-rank">Hopper</dd><dd class="profile-posts"><strong>Posts:</strong> 322</dd></dl>
<div class="postbody"><div id="post_content903"><h3><a href="#p903">Re: Open house Q&amp;A - my transcript (long)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5120" class="username">ElonMuskFan2012</a></strong> &raquo; Mon Apr 07, 2025 12:20 am</p>
<div class="content"><blockquote><div><cite>spacecoast_sam wrote: <a href="./viewtopic.php?p=901#p901">&uarr;</a></cite><strong>EM:</strong> Heat shield. Still the heat shield.<br><br><strong>JR:</strong> He gets asked that every time.</div></blockquote>
Ha, the MC was so done with that question. Great transcript, thanks Sam.</div>
</div></div></div></div>

<div id="p904" class="post has-profile bg1"><div class="inner">
<dl class="postprofile" id="profile904"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=6011" class="username">Elon_M_Texas</a></dt><dd class="profile-rank">Hopper</dd></dl>
<div class="postbody"><div id="post_content904"><h3><a href="#p904">Re: Open house Q&amp;A - my transcript (long)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=6011" class="username">Elon_M_Texas</a></strong> &raquo; Mon Apr 07, 2025 8:02 am</p>
<div class="content">Before anyone asks: yes my name is actually Elon, no I am not him, yes I was at the open house. He said &quot;hundreds&quot; of cargo flights before crew, which is a lot more than I expected.<br><br>EM: Hundreds, probably. &lt;- this is the quote of the day imo</div>
</div></div></div></div>

<div id="p905" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile905"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></dt><dd class="profile-rank">Static Fire</dd></dl>
<div class="postbody"><div id="post_content905"><h3><a href="#p905">Re: Open house Q&amp;A - my transcript (long)</a></h3>
<p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">spacecoast_sam</a></strong> &raquo; Mon Apr 07, 2025 9:15 am</p>
<div class="content">Fixed a couple of typos in part 1. Thanks all.</div>
</div></div></div></div>

<div class="action-bar bar-bottom"><div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul class="linklist"><li><a href="./index.php">Board index</a></li><li class="rightside">All times are <span title="America/Chicago">UTC-05:00</span></li></ul></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script>
<script src="./assets/javascript/core.js?assets_version=112"></script>
</body>
</html>
""".format(post1=render(POST1), post2=render(POST2))
    g = gold("phpBB forum thread: the opening posts hold a hand-typed transcript, one <br>-separated line per turn as 'LABEL: text (m:ss or h:mm:ss)' with the start time printed after the turn's text (after its last paragraph), labels defined in a key (EM = Elon Musk); the transcript continues in the poster's second post.",
             SHOW, turns, ["JR", "FAN"])
    return NAME, page, g
