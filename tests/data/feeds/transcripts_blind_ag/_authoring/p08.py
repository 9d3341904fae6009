from lib import *

NAME = "ag08_launchpad-reacts-video"
SHOW = "Two Hosts, One Launchpad"
FMT = ("Video-platform watch page with a transcript panel; one segment per caption line with data-start-ms and a shown "
       "m:ss time, speaker label only when the speaker changes; his lines are played clips labelled 'Elon Musk (clip)'.")

D, S, E = "Dev Raman", "Sasha Pike", "Elon Musk (clip)"
T = [
 (D, [(2100, "What is up, launch people, welcome back to Two Hosts, One Launchpad."),
      (5480, "Today we are reacting to the Starbase press briefing from Thursday, and there is a lot to get through.")]),
 (S, [(9900, "A lot. Before we start, he posted last night, quote, \u201cflight twelve is the one to watch,\u201d end quote. So no pressure.")]),
 (D, [(17250, "Okay, let's roll the first clip. This is the opening statement.")]),
 (E, [(21040, "So the main goal for this flight is catching the ship, not just the booster."),
      (25870, "We've caught boosters a few times now, and that's great, but the ship is the harder problem because it's coming back from orbit,"),
      (33120, "so it's hotter, faster, and there's less margin for error.")]),
 (S, [(37600, "Pause it, pause it. Less margin for error is an understatement.")]),
 (D, [(41920, "Yeah, the heat shield tiles alone. Okay, play.")]),
 (E, [(44300, "And if we don't catch it, that's fine, we'll learn a lot anyway."),
      (48760, "The important thing is that every flight gives us data we can't get any other way.")]),
 (S, [(54010, "That's the whole philosophy right there. Fly, break, fix, fly.")]),
 (D, [(61500, "Clip two. A reporter asks about the timeline for crew.")]),
 (E, [(65230, "Crew is probably two years out, maybe a little more."),
      (69880, "We want hundreds of flights without people before we put people on it. That's how airlines got safe.")]),
 (S, [(76400, "Hundreds. Remember that number when the timeline slips.")]),
 (D, [(80150, "And the last clip, the moment everybody clipped on social.")]),
 (E, [(83920, "Mars in twenty-eight. If we're lucky.")]),
 (D, [(88700, "If we're lucky. Put that on a shirt.")]),
 (S, [(92300, "Somebody already did, it's in the merch store. Link below.")]),
 (E, [(97010, "Wait, is this still playing? Can someone turn that off?")]),
 (D, [(101880, "Ha, the hot mic at the end. Classic. Alright, that's the show, see you after the flight.")]),
]

def build():
    g = Gold(SHOW, FMT)
    segs_html = []
    prev = None
    for who, segs in T:
        if who == E:
            g.elon(segs[0][0] // 1000, segs[0][1])
        else:
            g.other(who)
        for i, (ms, text) in enumerate(segs):
            lab = '<span class="tp-spk">%s:</span> ' % esc(who) if (i == 0 and who != prev) else ""
            s = ms // 1000
            segs_html.append('<div class="tp-seg" role="button" tabindex="0" data-start-ms="%d"><span class="tp-time">%d:%02d</span><div class="tp-body">%s<span class="tp-text">%s</span></div></div>'
                             % (ms, s // 60, s % 60, lab, esc(text)))
        prev = who
    page = """<!DOCTYPE html>
<html lang="en" data-theme="dark">
<head>
<meta charset="utf-8">
<title>WE REACT: Starbase briefing (Flight 12 ship catch?!) - Two Hosts, One Launchpad | Vidstream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:description" content="Dev and Sasha react to the Starbase press briefing. Elon Musk: Mars in twenty-eight.">
<link rel="stylesheet" href="https://s.vidstream.tv/watch/v5/watch.css">
<script>var ytInitialConfig={"videoId":"q9XbT2rL0aa","lengthSeconds":106,"channel":"Two Hosts, One Launchpad"};</script>
</head>
<body class="watch">
<div id="masthead"><a id="logo" href="/">Vidstream</a><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search"></form><a href="/signin" class="signin">Sign in</a></div>
<div id="columns">
<div id="primary">
<div id="player"><video id="movie_player" poster="https://i.vidstream.tv/vi/q9XbT2rL0aa/maxres.jpg"></video></div>
<h1 class="watch-title">WE REACT: Starbase briefing (Flight 12 ship catch?!)</h1>
<div class="owner"><a href="/@launchpadpod" class="channel-name">Two Hosts, One Launchpad</a> <span class="subs">184K subscribers</span> <button class="subscribe">Subscribe</button></div>
<div id="description"><span class="views">92,418 views</span> <span class="date">2 days ago</span>
<p>Dev and Sasha break down Thursday's briefing clip by clip.</p>
<p>0:00 Intro<br>0:21 Clip 1: ship catch<br>1:05 Clip 2: crew timeline<br>1:23 Clip 3: &quot;Mars in twenty-eight&quot;</p>
<p>Clips used under fair use for commentary. Merch: launchpad.shop</p></div>
<div id="comments"><h2>317 Comments</h2>
<div class="comment"><a class="author" href="/@ElonMuskOfficial-x9k">@ElonMuskOfficial-x9k</a><p>Mars in twenty-eight. If we're lucky. &#128640;</p></div>
<div class="comment"><a class="author" href="/@sashafan">@sashafan</a><p>1:37 the hot mic &#128514;</p></div>
<div class="comment reply"><a class="author" href="/@elon.musk.daily">@elon.musk.daily</a><p>&quot;Can someone turn that off?&quot; lmao</p></div>
</div>
</div>
<div id="secondary">
<div id="engagement-panel-transcript" class="engagement-panel" aria-label="Transcript">
<div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">&times;</button></div>
<div class="panel-lang"><span>English (auto-generated, speakers added by creator)</span></div>
<div class="tp-segments">
%s
</div>
</div>
<div class="up-next"><h3>Up next</h3><a href="/watch?v=aa1">Heat shield tiles explained</a><a href="/watch?v=aa2">Every booster catch so far</a></div>
</div>
</div>
<script src="https://s.vidstream.tv/watch/v5/watch.js" defer></script>
</body>
</html>
""" % "\n".join(segs_html)
    write(NAME, page, g)
