from common import *

SHOW = "Frontier Builders Summit"

LABEL = {"J": "Jess Tran", "M": "Elon Musk", "A": "Audience member"}

# (speaker, [(start_float, text), ...]) -- one cue per tuple, label only on the first cue
SEGS = [
    ("J", [(2.135, "Please welcome, for the closing fireside of the summit, Elon Musk."), (8.9, "All right. Thank you all for staying till the end.")]),
    ("M", [(14.48, "Thanks. Happy to be here."), (16.02, "It’s a bit bright up here. I can’t see any of you, which is probably for the best.")]),
    ("J", [(24.7, "Let’s start with AI, since that’s what half the questions on the app were about. Are you more or less worried than a year ago?")]),
    ("M", [(33.215, "About the same, but for different reasons. A year ago I was worried about the rate of progress."), (40.88, "Now I’m more worried about concentration. If one or two companies have all the compute, that’s a problem for everyone, including them."), (49.3, "So I’d like there to be several strong players that check each other.")]),
    ("J", [(192.5, "You’ve built a lot of very large compute clusters yourself, though.")]),
    ("M", [(197.004, "Yes, I’m part of the problem. I’m aware of the irony. Ha.")]),
    ("J", [(1931.75, "Okay, we have time for one or two from the room. Yes, you, in the red.")]),
    ("A", [(1936.4, "Hi, thank you. I run a small satellite startup. What’s one thing you’d tell a founder who just raised their first round?")]),
    ("M", [(1944.52, "Don’t hire too fast. That’s the number one mistake. Every person you add makes communication harder."), (1952.1, "And spend the money like it’s your own money, because it is, sort of, morally.")]),
    ("J", [(3702.66, "We’re out of time. Elon Musk, everybody.")]),
    ("M", [(3706.9, "Thank you, thanks everyone.")]),
]


def build():
    g = Gold(SHOW, "Video-platform transcript panel: one <div> cue per caption with data-start in seconds (with milliseconds) and a ?t=Ns link showing m:ss / h:mm:ss; the speaker name appears only on the first cue of a turn; a full-text copy of the transcript (no times) is repeated below in a collapsed section.")
    cues, plain = [], []
    for who, parts in SEGS:
        lab = LABEL[who]
        if who == "M":
            g.add(parts[0][0], parts[0][1], len(parts) > 1)
        else:
            g.other(lab)
        for i, (t, text) in enumerate(parts):
            sp = '<span class="vd-cue-speaker">%s</span>' % lab if i == 0 else ""
            cues.append('<div class="vd-cue" role="button" tabindex="0" data-start="%.3f"><a class="vd-cue-time" href="/watch?v=Fb7kQ2xLm0&amp;t=%ds">%s</a> %s <span class="vd-cue-text">%s</span></div>'
                        % (t, int(t), h_mss(int(t)), sp, esc(text)))
        plain.append("<p>%s: %s</p>" % (lab, esc(" ".join(x[1] for x in parts))))
    page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk — closing fireside | Frontier Builders Summit 2025 - Vidora</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:video" content="https://vidora.tv/embed/Fb7kQ2xLm0">
<meta name="description" content="Closing fireside chat with Elon Musk, moderated by Jess Tran. Recorded live at Frontier Builders Summit 2025.">
<link rel="stylesheet" href="https://s.vidora.tv/web/watch.8c1d.css">
%s
</head>
<body class="vd-watch vd-dark">
<header class="vd-masthead"><a class="vd-logo" href="/">Vidora</a><form class="vd-search" action="/results"><input name="q" placeholder="Search"><button>Search</button></form><a class="vd-signin" href="/signin">Sign in</a></header>
<div class="vd-columns">
<div class="vd-primary">
<div class="vd-player" data-video-id="Fb7kQ2xLm0" data-duration="3719"><video poster="https://i.vidora.tv/vi/Fb7kQ2xLm0/maxres.jpg" preload="none"></video></div>
<h1 class="vd-title">Elon Musk — closing fireside | Frontier Builders Summit 2025</h1>
<div class="vd-owner"><a href="/@frontierbuilders" class="vd-channel">Frontier Builders</a> <span class="vd-subs">182K subscribers</span> <button class="vd-subscribe">Subscribe</button></div>
<div class="vd-stats">1,204,331 views · Oct 9, 2025 · 👍 31K</div>
<div class="vd-description" id="description">
<p>Closing fireside chat with Elon Musk, moderated by Jess Tran, recorded live at Frontier Builders Summit 2025 in Austin.</p>
<p>Chapters<br>
<a href="/watch?v=Fb7kQ2xLm0&amp;t=0s">0:00</a> Welcome<br>
<a href="/watch?v=Fb7kQ2xLm0&amp;t=33s">0:33</a> Elon Musk: “more worried about concentration”<br>
<a href="/watch?v=Fb7kQ2xLm0&amp;t=1936s">32:16</a> Audience Q&amp;A<br>
<a href="/watch?v=Fb7kQ2xLm0&amp;t=3702s">1:01:42</a> Close</p>
<p>#ElonMusk #AI #startups</p>
</div>
<section class="vd-comments" id="comments">
<h2>1,877 Comments</h2>
<div class="vd-comment"><a class="vd-c-author" href="/@ElonMuskTeslaFan">@ElonMuskTeslaFan</a> <span class="vd-c-age">2 weeks ago</span><p>3:17 “Yes, I’m part of the problem. I’m aware of the irony.” 😂 at least he’s honest</p><span class="vd-c-likes">2.1K</span></div>
<div class="vd-comment"><a class="vd-c-author" href="/@elonmusk.parody">@elonmusk.parody</a> <span class="vd-c-age">2 weeks ago</span><p>Elon Musk: Don’t hire too fast. Also me: hires 400 people in a week</p><span class="vd-c-likes">640</span></div>
<div class="vd-comment vd-reply"><a class="vd-c-author" href="/@jess.tran">@jess.tran</a> <span class="vd-c-badge">Creator</span><p>Thanks for watching everyone! Full transcript is in the panel on the right.</p></div>
</section>
</div>
<aside class="vd-secondary">
<section class="vd-transcript-panel" aria-label="Transcript">
<header class="vd-panel-head"><h2>Transcript</h2><button class="vd-panel-close" aria-label="Close transcript">✕</button><label><input type="checkbox" checked> Show timestamps</label></header>
<div class="vd-cues" id="cues">
%s
</div>
</section>
<section class="vd-upnext"><h3>Up next</h3><ul><li><a href="/watch?v=Qa1Z">Kimbal Musk on regenerative farming | FBS 2025</a></li><li><a href="/watch?v=Qa2Y">Panel: financing deep tech</a></li></ul></section>
</aside>
</div>
<section class="vd-seo-transcript">
<details><summary>Full transcript (text only)</summary>
%s
</details>
</section>
<footer class="vd-footer"><a href="/about">About</a> · <a href="/press">Press</a> · <a href="/creators">Creators</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> <span>© 2025 Vidora</span></footer>
<script>var cues=document.querySelectorAll('.vd-cue');cues.forEach(function(c){c.addEventListener('click',function(){var p=document.querySelector('.vd-player video');p.currentTime=parseFloat(c.dataset.start);p.play();});});</script>
<script src="https://s.vidora.tv/web/watch.8c1d.js" defer></script>
</body>
</html>
""" % (ANALYTICS % "G-VIDORA77", "\n".join(cues), "\n".join(plain))
    return g.write("y07_vidora_video_panel", page)


if __name__ == "__main__":
    build()
