from common import *

NAME = "u06_vidstream_fireside"
SHOW = "Northbridge Energy Summit"
FMT = ("Video-platform page with a lazily shown transcript panel (hidden, text in the HTML): one custom element per caption "
       "cue with data-start-ms and a visible m:ss / h:mm:ss time; speaker changes are marked inside the cue text as "
       "'>> NAME:' and unmarked cues continue the turn; a plain-text copy of the transcript (no times) is repeated below.")

K, E, AU = "K", "E", "AU"
LBL = {K: ("KATE LINDQVIST", "KATE"), E: ("ELON MUSK", "ELON"), AU: ("AUDIENCE MEMBER", "AUDIENCE MEMBER")}
# turns: (speaker, [(ms, text), ...])
T = [
 (K, [(4120, "Good afternoon, everyone. Please welcome Elon Musk."), (9870, "[APPLAUSE]")]),
 (E, [(15300, "Thank you. Thanks, Kate. Wow, it's a full room."), (21050, "I was told this was the boring energy track, so I'm glad people came.")]),
 (K, [(27400, "It is the boring energy track. That's why you're here."), (31800, "Let's start with storage. Megapack deployments doubled again this year. Where's the ceiling?")]),
 (E, [(40440, "I don't think there is one for a while. The grid needs storage way more than people realize."), (47300, "Most grids are sized for peak demand, and then they run at half that most of the day."), (53900, "If you can buffer energy, you can roughly double the useful output of the existing grid without building new power plants.")]),
 (K, [(61150, "Double?")]),
 (E, [(62900, "Roughly double. Yeah.")]),
 (K, [(1330500, "You've been critical of some of the policy proposals here. As you put it on this stage last year, quote,"), (1335900, "\"the permitting process is the real bottleneck.\" Still true?")]),
 (E, [(1341780, "Even more true. It takes longer to permit a transmission line than to build the factory that makes the transformers."), (1350020, "That's insane, when you think about it.")]),
 (K, [(2102300, "What about hydrogen?")]),
 (E, [(2105880, "For cars? No. For some industrial processes, maybe."), (2110450, "But mostly it's an expensive way to store electricity.")]),
 (AU, [(3580400, "Hi, thanks. Quick question about sodium-ion."), (3585200, "Is it real, or is it hype?")]),
 (E, [(3598200, "It's real for stationary storage. Less so for cars, because energy density matters more in a car."), (3604650, "For a Megapack, you care about cost per kilowatt-hour and cycle life. Sodium could be very good there.")]),
 (K, [(3613100, "We have time for one more.")]),
 (E, [(3615000, "Okay.")]),
 (AU, [(3616900, "What's the one thing the energy industry is getting wrong?")]),
 (E, [(3622990, "Thinking it's a fuel business. It's becoming a manufacturing business."), (3628400, "The winners will be the people who can make hardware at scale.")]),
 (K, [(4340200, "Elon Musk, everybody."), (4342000, "[APPLAUSE]")]),
 (E, [(4344100, "Thank you.")]),
]

def build():
    g = Gold("en")
    seen = set()
    cues, plain_copy = [], []
    for spk, cs in T:
        full, short = LBL[spk]
        label = full if spk not in seen else short
        seen.add(spk)
        for i, (ms, text) in enumerate(cs):
            frag = esc(text)
            shown = ("&gt;&gt; %s: %s" % (label, frag)) if i == 0 else frag
            if i == 0 and spk == E:
                g.add(ms // 1000, frag)
            cues.append('<vs-transcript-segment class="segment" data-start-ms="%d" role="button" tabindex="0" aria-label="%s">'
                        '<div class="segment-timestamp">%s</div><div class="segment-text" dir="auto">%s</div></vs-transcript-segment>'
                        % (ms, attr(m_ss(ms // 1000)), m_ss(ms // 1000), shown))
        plain_copy.append("<p>%s: %s</p>" % (full, esc(" ".join(t for _, t in cs))))
    page = TEMPLATE.replace("{{CUES}}", "\n".join(cues)).replace("{{PLAIN}}", "\n".join(plain_copy))
    return write(NAME, page, SHOW, FMT, g, ["KATE LINDQVIST", "KATE", "AUDIENCE MEMBER"])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>FULL FIRESIDE CHAT: Elon Musk at Northbridge Energy Summit 2025 - Vidstream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Elon Musk joins Kate Lindqvist for a fireside chat on grid storage, permitting and sodium-ion at the 2025 Northbridge Energy Summit.">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="4360">
<link rel="stylesheet" href="https://static.vidstream.example/player/v3/watch.css">
<style>
.segment{display:flex;gap:16px;padding:6px 12px;cursor:pointer}.segment:hover{background:#f2f2f2}.segment-timestamp{min-width:56px;color:#065fd4;font-size:12px}
.engagement-panel[hidden]{display:none}.ai-summary{border:1px solid #d3e3fd;border-radius:12px;padding:12px 16px;background:#f8fbff}
.seo-transcript{font-size:13px;color:#444}.comment-thread{margin:16px 0}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"FULL FIRESIDE CHAT: Elon Musk at Northbridge Energy Summit 2025","duration":"PT1H12M40S","uploadDate":"2025-05-22","thumbnailUrl":"https://i.vidstream.example/vi/Nb25fire/maxres.jpg","interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/WatchAction","userInteractionCount":1834220}}</script>
<script>var vsInitialData={"videoId":"Nb25fire","lengthSeconds":"4360","captions":{"tracks":[{"lang":"en","kind":"manual","name":"English (edited)"}]},"engagementPanels":["transcript","chapters","comments"]};</script>
</head>
<body class="watch-page">
<vs-app id="app">
<header id="masthead" role="banner">
  <a id="logo" href="https://vidstream.example/" aria-label="Vidstream Home"><svg width="90" height="20" aria-hidden="true"><rect width="90" height="20" fill="#ff3d00"></rect></svg></a>
  <form id="search-form" role="search" action="https://vidstream.example/results"><input id="search" name="q" placeholder="Search" aria-label="Search"><button aria-label="Search">&#128269;</button></form>
  <div id="buttons"><a class="sign-in" href="https://accounts.vidstream.example/signin">Sign in</a></div>
</header>
<div id="columns">
<div id="primary">
  <div id="player" class="vs-player" data-video-id="Nb25fire"><video preload="none" poster="https://i.vidstream.example/vi/Nb25fire/maxres.jpg"></video><div class="vs-player-controls"><span class="vs-time-current">0:00</span> / <span class="vs-time-duration">1:12:40</span></div></div>
  <h1 class="title">FULL FIRESIDE CHAT: Elon Musk at Northbridge Energy Summit 2025</h1>
  <div id="owner"><a href="https://vidstream.example/@NorthbridgeSummit" class="channel-name">Northbridge Summit</a> <span class="subs">48.2K subscribers</span> <button class="subscribe">Subscribe</button></div>
  <div id="actions"><button aria-label="like this video along with 21,408 other people">21K</button><button>Share</button><button>Save</button></div>
  <div id="description" class="expandable">
    <p>1,834,220 views &middot; May 22, 2025 &middot; Northbridge Energy Summit 2025, Minneapolis</p>
    <p>Elon Musk joins Summit chair Kate Lindqvist on the main stage to talk about grid-scale storage, permitting reform, hydrogen and sodium-ion. Recorded live on May 21.</p>
    <p><b>Chapters</b><br>
    <a href="/watch?v=Nb25fire&amp;t=0s">0:00</a> Welcome<br>
    <a href="/watch?v=Nb25fire&amp;t=15s">0:15</a> Elon Musk: &quot;the boring energy track&quot;<br>
    <a href="/watch?v=Nb25fire&amp;t=40s">0:40</a> Elon Musk on how far storage can grow<br>
    <a href="/watch?v=Nb25fire&amp;t=1341s">22:21</a> Permitting is the bottleneck<br>
    <a href="/watch?v=Nb25fire&amp;t=2105s">35:05</a> Hydrogen<br>
    <a href="/watch?v=Nb25fire&amp;t=3580s">59:40</a> Audience Q&amp;A</p>
    <p>#Energy #Storage #ElonMusk</p>
  </div>
  <section class="ai-summary" aria-label="Summary">
    <h2>&#10022; Summary <span class="beta">Beta</span></h2>
    <p>Generated by AI. In this fireside chat, <b>Elon Musk</b> argues that storage could roughly double the useful output of existing grids. Key moments:</p>
    <ul>
      <li>Elon Musk: &quot;Roughly double. Yeah.&quot;</li>
      <li>Elon Musk: permitting a transmission line takes longer than building a transformer factory.</li>
      <li>Elon Musk: the energy industry is &quot;becoming a manufacturing business.&quot;</li>
    </ul>
  </section>
  <div class="engagement-panel" id="engagement-panel-transcript" target-id="engagement-panel-searchable-transcript" role="region" aria-label="Transcript" hidden visibility="ENGAGEMENT_PANEL_VISIBILITY_HIDDEN" data-loaded="true">
    <div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">&#10005;</button></div>
    <div class="panel-lang"><button>English (edited)</button></div>
    <div id="segments-container" class="segments" role="list">
{{CUES}}
    </div>
  </div>
  <button class="show-transcript" aria-controls="engagement-panel-transcript">Show transcript</button>

  <section id="comments" class="comments" aria-label="Comments">
    <h2>2,917 Comments</h2>
    <div class="comment-thread"><div class="author"><a href="https://vidstream.example/@ElonMuskOfficial_">Elon Musk &#10004;</a> <span class="handle">@ElonMuskOfficial_</span> <span class="age">2 days ago</span></div>
      <p class="content">Thank you. Great crowd. Claim your free BTC on my page &#128071;</p><div class="toolbar"><span>12</span> <button>Reply</button></div>
      <div class="replies"><div class="comment-thread"><div class="author"><a href="https://vidstream.example/@gridnerd">@gridnerd</a> <span class="age">2 days ago</span></div><p class="content">Reported. Obvious scam account.</p></div></div></div>
    <div class="comment-thread"><div class="author"><a href="https://vidstream.example/@elon.musk.fan.2012">@elon.musk.fan.2012</a> <span class="age">1 day ago</span></div>
      <p class="content">&gt;&gt; ELON: Thinking it's a fuel business. It's becoming a manufacturing business.<br>This line should be on every utility boardroom wall.</p><div class="toolbar"><span>1.4K</span> <button>Reply</button></div></div>
    <div class="comment-thread"><div class="author"><a href="https://vidstream.example/@transformerTina">@transformerTina</a> <span class="age">1 day ago</span></div>
      <p class="content"><a href="/watch?v=Nb25fire&amp;t=1341s">22:21</a> as someone who orders transformers for a living, the lead times are genuinely 3+ years now.</p><div class="toolbar"><span>903</span> <button>Reply</button></div></div>
  </section>

  <section class="seo-transcript" aria-label="Video transcript text">
    <h2>Video transcript</h2>
{{PLAIN}}
  </section>
</div>
<div id="secondary">
  <div class="watch-next"><h2 class="sr-only">Up next</h2>
    <a class="compact-video" href="/watch?v=Nb25keyn"><span class="title">Northbridge 2025 Keynote: The Decade of Storage</span><span class="len">42:18</span></a>
    <a class="compact-video" href="/watch?v=Nb25panel3"><span class="title">Panel: Who Pays for Transmission?</span><span class="len">58:02</span></a>
    <a class="compact-video" href="/watch?v=Nb24fire"><span class="title">Fireside chat 2024 (full)</span><span class="len">1:01:44</span></a>
  </div>
</div>
</div>
<footer id="footer"><a href="https://vidstream.example/about">About</a> <a href="https://vidstream.example/terms">Terms</a> <a href="https://vidstream.example/privacy">Privacy</a> <span>&copy; 2025 Vidstream</span></footer>
</vs-app>
<script src="https://static.vidstream.example/player/v3/base.js" defer></script>
<script>document.querySelector('.show-transcript').addEventListener('click',function(){document.getElementById('engagement-panel-transcript').hidden=false;});</script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
