from lib import *

def j10():
    J = "JUNO PARK"
    # each turn: list of cues (time, text); first cue carries label
    turns = [
        (J, [(0, "Welcome back to Deep Signal. My guest today is"), (3, "Elon Musk. Elon, good to see you.")]),
        (E, [(6, "Good to see you too. It's been a while."), (9, "Last time I was here I think we talked about tunnels.")]),
        (J, [(14, "We did. Today I want to talk about AI.")]),
        (E, [(17, "Sure. I think AI is probably the most important thing"), (21, "that's happening right now, and also the most dangerous"), (25, "if we get it wrong.")]),
        (J, [(29, "Dangerous how?")]),
        (E, [(598, "Well, the main risk is that we build something that is much"), (603, "smarter than us and its goals are not aligned with ours."), (608, "That's the core problem, and it's not solved.")]),
        (J, [(3599, "Mm-hmm.")]),
        (E, [(3600, "Right, so what I'd like to see is some kind of"), (3604, "referee, like a regulatory body, before things go wrong,"), (3608, "not after.")]),
        (J, [(3615, "We're out of time. Elon, thank you.")]),
        (E, [(3617, "Thank you.")]),
    ]
    def fmt(t):
        h, r = divmod(t, 3600); m, s = divmod(r, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    segs = []; seen = False
    for spk, cues in turns:
        for i, (t, text) in enumerate(cues):
            label = ""
            if i == 0:
                if spk == E:
                    label = ("ELON MUSK: " if not seen else "ELON: "); seen = True
                else:
                    label = "JUNO: " if seen or t else "JUNO PARK: "
                label = "&gt;&gt; " + label
            segs.append(f'''<ytd-transcript-segment-renderer class="style-scope"><div class="segment style-scope" role="button" tabindex="0" aria-label="{fmt(t)} {esc(text)}"><div class="segment-start-offset"><div class="segment-timestamp">{fmt(t)}</div></div><yt-formatted-string class="segment-text">{label}{esc(text)}</yt-formatted-string></div></ytd-transcript-segment-renderer>''')
    panel = "\n".join(segs)
    gold = []
    for spk, cues in turns:
        if spk == E:
            gold.append([cues[0][0], snippet(cues[0][1])])
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk on AI, Referees and Tunnels | Deep Signal Ep. 41 - Vidora</title>
<meta name="description" content="Juno Park talks with Elon Musk about AI risk and regulation.">
<link rel="stylesheet" href="https://www.vidora.tv/s/desktop/8c1f/cssbin/www-main-desktop-watch-page-skeleton.css">
<script nonce="x9">var ytcfg={{"INNERTUBE_CONTEXT_CLIENT_NAME":1,"VIDEO_ID":"dS41xQ"}};</script>
</head>
<body>
<div id="masthead"><a id="logo" href="/">Vidora</a><form id="search-form"><input id="search" placeholder="Search"></form><a href="/signin">Sign in</a></div>
<div id="columns">
<div id="primary">
<div id="player" data-video-id="dS41xQ"><video src="blob:https://www.vidora.tv/4a1b"></video></div>
<h1 class="title"><yt-formatted-string>Elon Musk on AI, Referees and Tunnels | Deep Signal Ep. 41</yt-formatted-string></h1>
<div id="owner"><a href="/@deepsignal">Deep Signal with Juno Park</a> <span class="subs">1.2M subscribers</span> <button>Subscribe</button></div>
<div id="description"><div class="info">2,415,220 views &middot; Premiered Sep 30, 2026</div>
<p>Elon Musk returns to Deep Signal. We talk AI risk, why he wants a referee, and whether the snail is still winning.</p>
<p>Highlights:<br>ELON MUSK: &ldquo;AI is probably the most important thing that&rsquo;s happening right now.&rdquo;<br>ELON: &ldquo;Some kind of referee, before things go wrong.&rdquo;</p>
<p>Chapters:<br><a href="?t=0">0:00</a> Intro<br><a href="?t=17">0:17</a> Elon on AI<br><a href="?t=598">9:58</a> Alignment<br><a href="?t=3600">1:00:00</a> A referee</p>
<p>#ElonMusk #AI #DeepSignal</p></div>
<div id="comments"><h2>3,981 Comments</h2>
<div class="comment"><a class="author">@ElonMuskClips</a> <span class="published">2 weeks ago</span><p>9:58 ELON: &ldquo;the main risk is that we build something that is much smarter than us&rdquo;</p></div>
<div class="comment"><a class="author">@junofan</a> <span class="published">2 weeks ago</span><p>Juno&rsquo;s &ldquo;Mm-hmm&rdquo; at 59:59 is sending me</p></div></div>
</div>
<div id="secondary">
<ytd-engagement-panel-section-list-renderer target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
<div id="header"><h2>Transcript</h2></div>
<div id="segments-container" class="style-scope ytd-transcript-segment-list-renderer">
{panel}
</div>
<div class="footer"><yt-sort-filter-sub-menu-renderer>English (auto-generated)</yt-sort-filter-sub-menu-renderer></div>
</ytd-engagement-panel-section-list-renderer>
<div class="related"><h3>Up next</h3><a href="/watch?v=q1">Kimbal Musk on farming | Deep Signal Ep. 40</a><a href="/watch?v=q2">The snail benchmark explained</a></div>
</div>
</div>
<script nonce="x9">var ytInitialData = {{"engagementPanels":[{{"transcript":"collapsed"}}]}};</script>
</body>
</html>'''
    write("j10_vidora_transcript_panel", page,
          "Video-platform watch page with a transcript panel of cue segments (m:ss under an hour, h:mm:ss after), speaker changes marked inside the cue text by '>> ELON MUSK:'/'>> ELON:'/'>> JUNO:'; unlabelled following cues continue the turn, which starts at its first cue.",
          "Deep Signal with Juno Park (Vidora)", gold, ["JUNO PARK", "JUNO"])
