from lib import *

NAME = "ae06_vidora-panel"
SHOW = "Ridgeback Summit 2024"
J, AU = "JP", "AUD"

# each turn: list of cues (start, text); first cue carries the speaker label
turns = [
    T(J, "Jonah Pell", 3.2, (3.2, "Welcome, everyone, to the main stage at Ridgeback."),
      (9.9, "Our next guest flew in this morning and says he has exactly two hours, so let's not waste them. Please welcome Elon Musk.")),
    T(EM, "Elon Musk", 21.44, (21.44, "Thanks. Wow, full room.")),
    T(J, "Jonah Pell", 25.1, (25.1, "Let's go straight to compute. How much is enough?")),
    T(EM, "Elon Musk", 31.70, (31.70, "There's no such thing as enough, at least not for the next few years."),
      (38.25, "Every time we double the training cluster the models get noticeably better, and we haven't hit the wall yet."),
      (46.91, "My engineers keep telling me, &quot;Elon, the power company is going to hang up on us,&quot; and they're not wrong.")),
    T(J, "Jonah Pell", 712.08, (712.08, "So let's talk about power. Where does it come from?")),
    T(EM, "Elon Musk", 731.90, (731.90, "Batteries and solar, mostly, plus whatever the grid will give us."),
      (740.33, "The transformers are actually the bottleneck now. You can't buy a big transformer in less than a year.")),
    T(J, "Jonah Pell", 2701.5, (2701.5, "Let's take one from the audience. Yes, you in the front.")),
    T(AU, "Audience Member", 2705.6, (2705.6, "Hi, I'm a student at Ridgeback Tech. When will Optimus actually be in people's homes?")),
    T(EM, "Elon Musk", 2710.35, (2710.35, "In small numbers, maybe next year in our own factories, and then homes after that."),
      (2718.04, "The hands are the hard part. A human hand is an incredible piece of engineering.")),
    T(J, "Jonah Pell", 4515.0, (4515.0, "We've got about fifty minutes left. Can we do Mars?")),
    T(EM, "Elon Musk", 4523.48, (4523.48, "Yeah.")),
    T(J, "Jonah Pell", 4524.9, (4524.9, "When do the first people land?")),
    T(EM, "Elon Musk", 4590.02, (4590.02, "If the next few flights go well, uncrewed ships in the next window, and people in maybe two windows after that."),
      (4601.77, "Every two years you get one shot, so the calendar is set by orbital mechanics, not by me.")),
    T(J, "Jonah Pell", 6005.4, (6005.4, "Lightning round. Favorite planet?")),
    T(EM, "Elon Musk", 6012.77, (6012.77, "Earth, obviously. Mars second.")),
    T(J, "Jonah Pell", 7612.0, (7612.0, "And that's time. Anything you want to leave people with?")),
    T(EM, "Elon Musk", 7620.5, (7620.5, "Thank you all for coming."),
      (7626.1, "Go build something, and if it's not working, delete a part.")),
    T(J, "Jonah Pell", 7788.3, (7788.3, "Elon Musk, everybody.")),
]

for t in turns:
    t["cues"] = t["paras"]
    t["paras"] = [c[1] for c in t["cues"]]


def render_panel():
    out = []
    for t in turns:
        for i, (st, tx) in enumerate(t["cues"]):
            spk = '<span class="tp-speaker">%s</span>' % t["label"] if i == 0 else ""
            out.append('<div class="tp-cue" data-start="%.2f" role="button" tabindex="0"><button class="tp-time">%s</button>%s<span class="tp-text">%s</span></div>'
                       % (st, mmss(st, pad=False), spk, tx))
    return "\n".join(out)


def render_seo():
    out = []
    for t in turns:
        out.append("<p>%s: %s</p>" % (t["label"], " ".join(t["paras"])))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk: Full Conversation | Ridgeback Summit 2024 - Vidora</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="7802">
<link rel="stylesheet" href="https://s.vidora.tv/web/watch.2f9a.css">
<script>window.vdConfig={"videoId":"rb24-musk-main","duration":7802.4,"captions":[{"lang":"en","kind":"edited"}],"autoplay":false};</script>
</head>
<body class="watch-page theme-dark">
<header class="vd-masthead"><a class="vd-logo" href="https://vidora.tv/">Vidora</a><form class="vd-search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form><a class="vd-signin" href="/signin">Sign in</a></header>
<main class="vd-watch">
<div class="vd-primary">
<div class="vd-player" data-video-id="rb24-musk-main"><video poster="https://i.vidora.tv/rb24-musk-main/poster.jpg" preload="metadata"></video><div class="vd-controls"><button class="vd-play">Play</button><span class="vd-clock">0:00 / 130:02</span><button class="vd-cc">CC</button></div></div>
<h1 class="vd-title">Elon Musk: Full Conversation | Ridgeback Summit 2024</h1>
<div class="vd-owner"><a href="/c/ridgebacksummit">Ridgeback Summit</a> <span class="vd-subs">212K subscribers</span> <button class="vd-subscribe">Subscribe</button></div>
<div class="vd-actions"><button>&#128077; 18K</button><button>Share</button><button>Save</button><button class="vd-transcript-toggle" aria-expanded="true">Show transcript</button></div>
</div>
<aside class="vd-engagement-panel" id="transcript-panel" aria-label="Transcript">
<div class="tp-header"><h2>Transcript</h2><span class="tp-lang">English (edited)</span><button class="tp-close" aria-label="Close transcript">&times;</button></div>
<div class="tp-search"><input type="search" placeholder="Search in transcript"></div>
<div class="tp-body">
%(PANEL)s
</div>
</aside>
<div class="vd-description" id="description">
<div class="vd-desc-meta">1,204,551 views &middot; Streamed live on Sep 21, 2024</div>
<div class="vd-desc-text">
<p>Elon Musk joins Jonah Pell on the main stage of Ridgeback Summit 2024 for a two-hour conversation on AI compute, power, Optimus, Mars and more. Audience Q&amp;A included.</p>
<p>Chapters:<br>
<a href="/watch/rb24-musk-main?t=0">0:00</a> Welcome<br>
<a href="/watch/rb24-musk-main?t=31">0:31</a> Elon Musk: &quot;There's no such thing as enough&quot; compute<br>
<a href="/watch/rb24-musk-main?t=712">11:52</a> Power and transformers<br>
<a href="/watch/rb24-musk-main?t=2701">45:01</a> Audience Q: Optimus at home<br>
<a href="/watch/rb24-musk-main?t=4515">1:15:15</a> Mars timelines<br>
<a href="/watch/rb24-musk-main?t=6005">1:40:05</a> Lightning round<br>
<a href="/watch/rb24-musk-main?t=7612">2:06:52</a> Closing</p>
<p>Ridgeback Summit is an independent technology conference held every September in Boise, Idaho. Tickets for 2025 are on sale now.</p>
</div>
<details class="vd-seo-transcript"><summary>Full transcript (text)</summary>
%(SEO)s
</details>
</div>
<section class="vd-comments" id="comments"><h2>2,318 Comments</h2>
<div class="vd-comment"><a class="vd-c-author" href="/@ElonMuskOfficial_">@ElonMuskOfficial_</a><span class="vd-c-time">3 weeks ago</span><p class="vd-c-text">Elon Musk: &quot;Go build something, and if it's not working, delete a part.&quot; &#128293;&#128293;</p><div class="vd-c-actions"><button>&#128077; 4.1K</button><button>Reply</button></div></div>
<div class="vd-comment"><a class="vd-c-author" href="/@kimbalsgarden">@kimbalsgarden</a><span class="vd-c-time">3 weeks ago</span><p class="vd-c-text">75:23 the way he just says &quot;Yeah.&quot; lmao</p><div class="vd-c-actions"><button>&#128077; 982</button><button>Reply</button></div></div>
<div class="vd-comment"><a class="vd-c-author" href="/@transformerguy">@transformerguy</a><span class="vd-c-time">2 weeks ago</span><p class="vd-c-text">As someone who sells transformers: yes, the lead time is real.</p><div class="vd-c-actions"><button>&#128077; 610</button><button>Reply</button></div></div>
</section>
</main>
<footer class="vd-footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/creators">Creators</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <span>&copy; 2024 Vidora</span></footer>
<script src="https://s.vidora.tv/web/watch.8c1e.js" defer></script>
<script>document.querySelectorAll('.tp-cue').forEach(function(c){c.addEventListener('click',function(){window.vdPlayer&&window.vdPlayer.seek(parseFloat(c.dataset.start));});});</script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(PANEL)s", render_panel()).replace("%(SEO)s", render_seo())
    return write(NAME, page,
                 "Video platform transcript panel; one div per caption cue with data-start in fractional seconds and a displayed m:ss time whose minutes run past 59, speaker span only on the first cue of each turn; an untimed full-text copy repeats the transcript in a collapsed details element.",
                 SHOW, gold_from(turns), others_from(turns))
