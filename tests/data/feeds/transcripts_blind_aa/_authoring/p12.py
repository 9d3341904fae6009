from common import *

NAME = "aa12_streamline_panel_dl"
SHOW = "World Mobility Summit 2024 \u2013 Panel: Robots Among Us (Streamline)"
FULL = {"ND": "Naledi Dlamini, Moderator", "EB": "Elon Barzilai, Co-founder, Tessellate Robotics",
        "YT": "Yuki Tanabe, Osaka Institute of Technology", EM: "Elon Musk, CEO of Tesla"}
SHORT = {"ND": "Naledi Dlamini", "EB": "Elon B.", "YT": "Yuki Tanabe", EM: "Elon M."}

TURNS = [
    T("ND", 31, "Good morning and welcome to the last panel of the summit. I\u2019m Naledi Dlamini. We have, unusually, two Elons on stage today, so to keep things clear I\u2019ll call them Elon B. and Elon M. Let\u2019s start with you, Elon B. Why humanoids at all? Why not wheels?"),
    T("EB", 58, "Because the world is built for people. Stairs, door handles, tools. You can redesign the factory around a robot, which is what we did for forty years, or you can build a robot that fits the factory you already have."),
    T("ND", 97, "Elon M., you\u2019ve made a similar argument."),
    T(EM, 101, "Yes, I agree with Elon completely, which is a sentence I don\u2019t say very often. The human form factor is the one the whole environment is designed around, so if you can make a general-purpose humanoid, it can in principle do anything a person can do.",
      "My mother always says that the hard part of any job is showing up. For a robot, the hard part is the last inch: grasping, fine manipulation, not crushing things. Walking is basically solved."),
    T("YT", 190, "I would push back a little on \u201cwalking is solved.\u201d In our lab, walking on a wet floor while carrying a load is still a research problem."),
    T(EM, 204, "That\u2019s fair. Let me say walking in a clean factory is solved. Walking on ice with a tray of drinks is not."),
    T("ND", 213, "Sure."),
    T(EM, 214, "And that\u2019s fine, because the first useful jobs are in controlled environments. Moving parts from one line to another, loading machines. Boring, repetitive, sometimes dangerous work."),
    T("EB", 1412, "Can I jump in on cost? Everyone on this stage has quoted a price. Elon M. said a few years ago, and I wrote it down, that a humanoid would one day cost \u201cless than a car.\u201d We\u2019re nowhere near that yet."),
    T(EM, 1436, "Not yet, but the bill of materials comes down with volume like anything else. At a million units a year I think twenty to thirty thousand dollars is achievable. At a thousand units a year, no chance."),
    T("ND", 3720, "We are at time. One word from each of you: where are humanoids in five years? Yuki?"),
    T("YT", 3729, "Laboratories."),
    T("EB", 3731, "Warehouses."),
    T(EM, 3733, "Everywhere."),
    T("ND", 3736, "Thank you all. Please join me in thanking the panel."),
]


def iso(s):
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return "PT" + ("%dH" % h if h else "") + ("%dM" % m if m else "") + "%dS" % sec


def disp(s):
    s = int(s)
    return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60) if s >= 3600 else "%d:%02d" % (s // 60, s % 60)


def render():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        out.append('  <dt class="cue-head" data-speaker="%s"><time datetime="%s">%s</time> <span class="cue-speaker">%s</span></dt>'
                   % (t.spk.lower(), iso(t.t), disp(t.t), esc(lbl)))
        out.append('  <dd class="cue-body">' + "".join("<p>%s</p>" % esc(p) for p in t.paras) + "</dd>")
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" data-theme="dark">
<head>
<meta charset="utf-8">
<title>Robots Among Us &ndash; Panel with Elon Musk, Elon Barzilai &amp; Yuki Tanabe | World Mobility Summit 2024 | Streamline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="3760">
<link rel="stylesheet" href="https://cdn.streamline.video/web/app.f31c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Robots Among Us","duration":"PT1H2M40S","uploadDate":"2024-09-19","publisher":{"@type":"Organization","name":"World Mobility Summit"}}</script>
</head>
<body class="watch-page">
<div id="root">
<header class="sl-topnav"><a class="sl-logo" href="https://streamline.video/">Streamline</a><form class="sl-search" role="search"><input type="search" placeholder="Search videos, channels"></form><nav><a href="/explore">Explore</a><a href="/live">Live</a><a href="/login" class="sl-btn">Sign in</a></nav></header>
<div class="watch-grid">
<section class="watch-main">
<div class="player-shell"><video id="player" poster="https://i.streamline.video/v/wms24-robots/poster.jpg" preload="metadata" controls><source src="https://v.streamline.video/wms24-robots/720p.mp4" type="video/mp4"><track kind="captions" srclang="en" src="/captions/wms24-robots.en.vtt" label="English"></video></div>
<h1 class="video-title">Robots Among Us &ndash; Panel with Elon Musk, Elon Barzilai &amp; Yuki Tanabe</h1>
<div class="channel-row"><a class="channel" href="/c/worldmobilitysummit">World Mobility Summit</a><span class="subs">48.2K followers</span><button class="follow">Follow</button></div>
<div class="video-stats"><span>212,904 views</span> &middot; <time datetime="2024-09-19">Sep 19, 2024</time></div>
<div class="description collapsed"><p>Closing panel of the World Mobility Summit 2024 in Lisbon. Moderated by Naledi Dlamini.</p>
<p>Panelists: Elon Musk, CEO of Tesla &middot; Elon Barzilai, co-founder of Tessellate Robotics &middot; Prof. Yuki Tanabe, Osaka Institute of Technology</p>
<p>Highlights:<br>
<a href="#t=101">1:41</a> Elon Musk: &ldquo;Walking is basically solved&rdquo;<br>
<a href="#t=1436">23:56</a> Elon Musk on the cost of a humanoid<br>
<a href="#t=3720">1:02:00</a> One word each: where are humanoids in five years?</p>
<button class="show-more">Show more</button></div>
<section class="comments"><h2>Comments &middot; 3</h2>
<div class="comment"><a class="c-author" href="/u/elon.m.official">@elon.m.official</a><p>Everywhere. &#129302;</p></div>
<div class="comment"><a class="c-author" href="/u/maye_fan_club">@maye_fan_club</a><p>&ldquo;My mother always says the hard part of any job is showing up&rdquo; &mdash; I love that he quoted Maye</p></div>
<div class="comment"><a class="c-author" href="/u/robotics_ines">@robotics_ines</a><p>Tanabe sensei saying &ldquo;Laboratories.&rdquo; with a straight face is the best moment</p></div>
</section>
</section>
<aside class="transcript-panel" aria-label="Transcript">
<div class="tp-header"><h2>Transcript</h2><button class="tp-close" aria-label="Close transcript">&times;</button><select class="tp-lang"><option selected>English (auto-synced)</option></select></div>
<dl class="transcript">
{{TRANSCRIPT}}
</dl>
</aside>
</div>
<footer class="sl-footer"><p>&copy; 2024 Streamline Video, Inc. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/creators">Creators</a></p></footer>
</div>
<script src="https://cdn.streamline.video/web/app.f31c.js" defer></script>
<script>document.querySelectorAll('.transcript time').forEach(function(t){t.addEventListener('click',function(){var d=t.getAttribute('datetime');var m=/PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?/.exec(d);document.getElementById('player').currentTime=(+(m[1]||0))*3600+(+(m[2]||0))*60+(+(m[3]||0));});});</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Video-platform transcript panel as a <dl>: each <dt> holds <time datetime=\"PT23M56S\">23:56</time> plus the speaker label (full \"Elon Musk, CEO of Tesla\" first, then \"Elon M.\"; another panelist is \"Elon B.\"), the <dd> holds the turn's paragraphs.",
                 SHOW, gold_turns(TURNS),
                 ["Naledi Dlamini, Moderator", "Naledi Dlamini", "Elon Barzilai, Co-founder, Tessellate Robotics", "Elon B.", "Yuki Tanabe, Osaka Institute of Technology", "Yuki Tanabe"])
