"""x15 - fan forum thread (phpBB-like): OP posts a transcript with [mm:ss] links '#t=XXmYYs' (minutes > 59), replies quote lines."""
from common import *

NAME = "x15_launchpad_forum_transcript_thread"
SHOW = "LaunchPad Forums (transcript of Pad Talk ep. 212)"

FULL = {"R": "Rafe Lindqvist", MUSK: "Elon Musk", "J": "Jo Abara"}
SHORT = {"R": "Rafe", MUSK: "Elon", "J": "Jo"}

PART1 = [
    ("R", ts(0, 0, 15), "Welcome to Pad Talk, episode two-twelve. Jo Abara is here with me, and our guest, for the second time on the show, is Elon Musk. Welcome back."),
    (MUSK, ts(0, 0, 26), "Thanks. Good to be back. Last time we did this the tower didn't have arms yet."),
    ("J", ts(0, 0, 34), "And now it's caught, what, a dozen boosters?"),
    (MUSK, ts(0, 0, 38), "Something like that. Honestly I've lost count, which is the goal. It should be boring."),
    ("R", ts(0, 20, 34), "Let's talk about the ship catch. What's different about catching the ship versus the booster?"),
    (MUSK, ts(0, 20, 41), "The ship comes in much hotter and much faster, and it has to survive reentry first, so the heat shield has to be perfect. The booster is basically falling back from the edge of space. The ship is coming back from orbit. Totally different energy."),
    ("J", ts(0, 22, 10), "So when?"),
    (MUSK, ts(0, 22, 12), "When it's ready. I'd rather not give a date and be wrong again."),
]
PART2 = [
    ("R", ts(1, 10, 58), "Okay, lightning round. Favorite engine?"),
    (MUSK, ts(1, 11, 2), "Raptor 3. It's the cleanest engine we've ever built."),
    ("J", ts(1, 12, 5), "Favorite launch site?"),
    (MUSK, ts(1, 12, 15), "Starbase, obviously. I live there."),
    ("R", ts(1, 13, 40), "Elon Musk, thanks for coming back on Pad Talk."),
    (MUSK, ts(1, 13, 44), "Thanks, guys."),
]


def tlink(t):
    m, s = divmod(t, 60)
    return f'<a href="https://padtalk.fm/ep/212#t={m}m{s:02d}s" class="postlink">[{m:02d}:{s:02d}]</a>'


def render(seq, seen):
    out = []
    for spk, t, text in seq:
        name = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        out.append(f"{tlink(t)} <span style=\"font-weight: bold\">{esc(name)}:</span> {esc(text)}<br>")
    return "\n".join(out)


def build():
    turns = [dict(spk=s, t=t, paras=[x]) for s, t, x in PART1 + PART2]
    for a, b in zip(turns, turns[1:]):
        assert a["spk"] != b["spk"]
    seen = set()
    p1 = render(PART1, seen)
    p2 = render(PART2, seen)

    def post(pid, author, rank, date, content, sig=""):
        sig_html = f'<div class="signature">{sig}</div>' if sig else ""
        return f"""<div id="p{pid}" class="post bg{1 + pid % 2}">
  <div class="inner">
  <div class="postbody">
    <h3><a href="#p{pid}">Re: [Transcript] Elon on Pad Talk ep. 212 (timestamps inside)</a></h3>
    <p class="author"><a href="./viewtopic.php?p={pid}#p{pid}" title="Post"><i class="icon fa-file"></i></a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 977}" class="username">{esc(author)}</a></strong> &raquo; {date}</p>
    <div class="content">{content}</div>
    {sig_html}
  </div>
  <dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 977}" class="username">{esc(author)}</a></dt><dd class="profile-rank">{rank}</dd></dl>
  </div>
</div>"""

    posts = [
        post(48811, "stage0_sam", "Full Flow Member", "Sat Oct 18, 2025 9:02 pm",
             "Transcribed the Elon parts plus the questions leading into them, since the episode has no official transcript. Timestamps link to the episode page. Skipped the sponsor read and the long news segment in the middle.<br><br>"
             "<span style=\"font-weight: bold\">Part 1</span><br>" + p1 +
             "<br><span style=\"font-style: italic\">[20 minutes of Starlink news and listener mail skipped. Part 2 in the next post, hit the character limit.]</span>",
             sig="<em>Full stack or nothing.</em>"),
        post(48812, "stage0_sam", "Full Flow Member", "Sat Oct 18, 2025 9:04 pm",
             "<span style=\"font-weight: bold\">Part 2 (lightning round)</span><br>" + p2),
        post(48820, "ElonMuskFan42", "Booster Catcher", "Sat Oct 18, 2025 9:31 pm",
             "<blockquote><div><cite>stage0_sam wrote:</cite>[22:12] Elon: When it's ready. I'd rather not give a date and be wrong again.</div></blockquote>Growth! A year ago this would have been \"six weeks\"."),
        post(48826, "not_elon_musk", "Hot Fire", "Sat Oct 18, 2025 10:15 pm",
             "Thanks for this. Small correction: at 71:02 I'm pretty sure he says \"cleanest engine we've ever <em>flown</em>\", not built. Elon Musk: \"Raptor 3\" is the least surprising answer in podcast history though.",
             sig="No relation. Obviously."),
        post(48830, "Kimbal's Kitchen Sink", "Static Fire", "Sun Oct 19, 2025 8:47 am",
             "As Elon said on the last Pad Talk, the goal is for catches to be boring. Mission accomplished I think."),
    ]
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>[Transcript] Elon on Pad Talk ep. 212 (timestamps inside) - LaunchPad Forums</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=54" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=54" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<div id="page-header">
  <div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>LaunchPad Forums</h1><p>Discussion of launch vehicles, spaceflight and everything in between</p></div></div></div>
  <div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span> <span class="crumb"><a href="./viewforum.php?f=12">SpaceX</a></span> <span class="crumb"><a href="./viewforum.php?f=31">Starship</a></span></li></ul></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9921">[Transcript] Elon on Pad Talk ep. 212 (timestamps inside)</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9921" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{chr(10).join(posts)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9921" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: ElonMuskFan42, Bing [Bot] and 14 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=54"></script>
<script src="./assets/javascript/core.js?assets_version=54"></script>
</body>
</html>
"""
    exp = expected(
        "phpBB forum thread: the opening post (split over two posts) carries transcript lines '<a href=\"...#t=MMmSSs\">[mm:ss]</a> <bold>Name:</bold> text<br>' with minutes past 59 (e.g. [71:02]); labels 'Elon Musk' first then 'Elon'; replies quote lines.",
        SHOW, gold_turns(turns), ["Rafe Lindqvist", "Jo Abara", "Rafe", "Jo"])
    meta = dict(kind="Fan forum thread (phpBB) with a user-made transcript",
                fmt="[mm:ss] link (#t=XXmYYs) + bold 'Name:' + text, one line per turn, <br> separated",
                hard=["Minutes over 59 ('[71:02]' = #t=71m02s)",
                      "Transcript split across two posts by the same user",
                      "Reply by 'ElonMuskFan42' blockquotes '[22:12] Elon: When it's ready...'; user 'not_elon_musk' writes 'Elon Musk: \"Raptor 3\" ...'; 'Kimbal's Kitchen Sink' paraphrases 'As Elon said'",
                      "Host's two-word 'So when?' before his answer; label switch 'Elon Musk' -> 'Elon'"],
                choices=["The OP's transcript is the transcript of record; quoted lines in replies are not turns.",
                         "The OP's italic note '[20 minutes ... skipped ...]' directly after his 22:12 line is an editor's note; whether treated as trailing text of that turn or not, it changes neither the turn count nor any first words."])
    register(NAME, page, exp, meta)


build()
