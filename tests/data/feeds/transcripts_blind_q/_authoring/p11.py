"""q11 - Video platform watch page with a server-rendered transcript panel of caption cues ('>> NAME:' labels)."""
from common import ELON, esc, first_words, write_page

NAME = "q11_vidmesh_fireside_transcript_panel"
SHOW = "Lumen AI Forum 2025 (Vidmesh)"

# (secs, speaker key or None(continuation)/'x' (sound cue), label or None, text)
CUES = [
    (0, "x", None, "[MUSIC]"),
    (4, "C", "RENATA COLE", "Good evening, everybody. Please welcome Elon Musk."),
    (9, "x", None, "[APPLAUSE]"),
    (15, ELON, "ELON MUSK", "Thank you. Thanks for having me. Wow, that's a big crowd."),
    (21, "C", "COLE", "Let's dive right in. When do you think AI will be smarter than any single human?"),
    (29, ELON, "MUSK", "Probably next year, or the year after. And smarter than all humans combined"),
    (35, None, None, "maybe by 2030. That's my guess. I could be wrong, but the trend has been pretty consistent."),
    (44, "C", "COLE", "That's soon."),
    (46, ELON, "MUSK", "It is soon. This is why I keep saying we need to be careful about what values we put in."),
    (53, None, None, "The most important thing is that it's maximally truth-seeking, even if the truth is unpopular."),
    (60, None, None, "If you train it to lie, even for good reasons, you're in trouble."),
    (760, "C", "COLE", "Let's talk about energy. You said recently the bottleneck has moved."),
    (767, ELON, "MUSK", "The limiting factor for AI next year is electricity. First it was chips, then it was"),
    (773, None, None, "voltage step-down transformers, and now it's just raw power generation."),
    (779, None, None, "So we're going to need a lot of solar and a lot of batteries."),
    (1198, "C", "COLE", "You once said, and I'm quoting, \"AI is far more dangerous than nukes.\" Do you still believe that?"),
    (1212, ELON, "MUSK", "I do, although I'd put it differently now. The danger is not the AI itself,"),
    (1218, None, None, "it's AI that's been trained to be deceptive. That's the thing to avoid."),
    (1824, "C", "COLE", "Quick one. Will the next model be open-sourced?"),
    (1830, ELON, "MUSK", "Yes."),
    (1831, "C", "COLE", "Okay, you heard it here first."),
    (1833, "x", None, "[LAUGHTER]"),
    (3490, "C", "COLE", "We have time for a question from the audience. Yes, in the blue."),
    (3494, "A", "AUDIENCE MEMBER", "Hi, I'm a student at Georgia Tech. What should I study?"),
    (3502, ELON, "MUSK", "Study physics and learn to code. Physics teaches you how to think, code is how you"),
    (3508, None, None, "actually get things done. And don't worry too much about the degree itself."),
    (3662, "C", "COLE", "Elon Musk, everybody."),
    (3665, ELON, "MUSK", "Thank you."),
    (3666, "x", None, "[APPLAUSE]"),
]


def ts(s):
    if s >= 3600:
        return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%d:%02d" % (s // 60, s % 60)


def render_cues():
    out = []
    for t, spk, lab, text in CUES:
        body = ("&gt;&gt; %s: %s" % (esc(lab), esc(text))) if lab else esc(text)
        out.append('<vm-transcript-segment class="segment" data-start-ms="%d" role="button" tabindex="0"><div class="segment-timestamp">%s</div><div class="segment-text">%s</div></vm-transcript-segment>'
                   % (t * 1000, ts(t), body))
    return "\n".join(out)


def gold():
    return [[t, first_words(text)] for t, spk, lab, text in CUES if spk == ELON and lab]


PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk in conversation with Renata Cole | Lumen AI Forum 2025 - Vidmesh</title>
<meta name="description" content="Full fireside chat from the Lumen AI Forum, San Francisco. Elon Musk on AI timelines, power, truth-seeking and what to study.">
<meta property="og:type" content="video.other">
<meta property="og:video:url" content="https://www.vidmesh.com/embed/Lm4aF0rum25">
<meta property="og:title" content="Elon Musk in conversation with Renata Cole | Lumen AI Forum 2025">
<link rel="canonical" href="https://www.vidmesh.com/watch?v=Lm4aF0rum25">
<link rel="stylesheet" href="https://static.vidmesh.com/build/watch.d41f2.css">
<script>var vmInitialData = {{"videoId":"Lm4aF0rum25","lengthSeconds":3671,"channel":{{"id":"UClumenforum","name":"Lumen AI Forum"}},"captions":{{"tracks":[{{"lang":"en","kind":"asr","name":"English (auto-generated)"}},{{"lang":"en","kind":"cc","name":"English"}}]}},"isLive":false}};</script>
<script src="https://static.vidmesh.com/build/player.9c0aa.js" defer></script>
</head>
<body class="vm-watch">
<vm-app>
<header class="vm-masthead"><a class="vm-logo" href="/" aria-label="Vidmesh home">Vidmesh</a>
<form class="vm-search" action="/results" role="search"><input name="search_query" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
<nav class="vm-masthead-buttons"><a href="/upload">Create</a><a href="/signin" class="vm-signin">Sign in</a></nav></header>
<div class="vm-columns">
<div class="vm-primary">
 <div id="player" class="vm-player" data-video-id="Lm4aF0rum25"><video preload="none" poster="https://i.vidmesh.com/vi/Lm4aF0rum25/maxres.jpg"></video></div>
 <h1 class="vm-title">Elon Musk in conversation with Renata Cole | Lumen AI Forum 2025</h1>
 <div class="vm-owner"><a class="vm-channel" href="/@lumenforum">Lumen AI Forum</a> <span class="vm-subs">212K subscribers</span> <button class="vm-subscribe">Subscribe</button></div>
 <div class="vm-actions"><button class="vm-like">14K</button><button class="vm-share">Share</button><button class="vm-save">Save</button></div>
 <div class="vm-description" id="description">
  <p class="vm-stats">486,302 views &middot; Streamed Jun 12, 2025</p>
  <p>Elon Musk sits down with journalist Renata Cole to close day two of the Lumen AI Forum in San Francisco.</p>
  <p><b>Chapters</b></p>
  <ol class="vm-chapters">
   <li><a href="/watch?v=Lm4aF0rum25&amp;t=0s">0:00</a> Intro</li>
   <li><a href="/watch?v=Lm4aF0rum25&amp;t=29s">0:29</a> Elon Musk: AI smarter than any human &ldquo;probably next year&rdquo;</li>
   <li><a href="/watch?v=Lm4aF0rum25&amp;t=767s">12:47</a> Power is the new bottleneck</li>
   <li><a href="/watch?v=Lm4aF0rum25&amp;t=1212s">20:12</a> Is AI more dangerous than nukes?</li>
   <li><a href="/watch?v=Lm4aF0rum25&amp;t=3494s">58:14</a> Audience Q: what should I study?</li>
  </ol>
  <p>#AI #ElonMusk #LumenForum</p>
 </div>
 <section class="vm-comments" id="comments"><h2>1,904 Comments</h2>
  <vm-comment-thread><vm-comment><a class="vm-comment-author" href="/@elonmuskofficial-parody">@ElonMuskOfficial (Parody)</a><span class="vm-comment-time">3 months ago</span>
   <p class="vm-comment-text">&gt;&gt; MUSK: Study physics and learn to code. Physics teaches you how to think<br>best 30 seconds of the whole talk</p><span class="vm-comment-likes">2.1K</span></vm-comment>
   <div class="vm-replies"><vm-comment><a class="vm-comment-author" href="/@tomasz.k">@tomasz.k</a><span class="vm-comment-time">3 months ago</span><p class="vm-comment-text">@ElonMuskOfficial (Parody) the &ldquo;don&#39;t worry too much about the degree&rdquo; part hit different</p></vm-comment></div>
  </vm-comment-thread>
  <vm-comment-thread><vm-comment><a class="vm-comment-author" href="/@elonfanclub_ph">@ElonFanClubPH</a><span class="vm-comment-time">2 months ago</span>
   <p class="vm-comment-text">12:47 Elon Musk: &quot;The limiting factor for AI next year is electricity.&quot; Called it.</p><span class="vm-comment-likes">388</span></vm-comment></vm-comment-thread>
 </section>
</div>
<div class="vm-secondary">
 <vm-engagement-panel target-id="engagement-panel-transcript" visibility="EXPANDED">
  <div class="vm-panel-header"><h2>Transcript</h2><span class="vm-panel-lang">English</span><button class="vm-panel-close" aria-label="Close transcript">&times;</button></div>
  <div class="vm-panel-body" id="segments-container">
{cues}
  </div>
 </vm-engagement-panel>
 <section class="vm-up-next"><h3>Up next</h3><ul><li><a href="/watch?v=Lm4aP4nel1">Lumen AI Forum 2025: The compute panel</a></li><li><a href="/watch?v=Qx0Errol22">Errol Musk interview (full)</a></li><li><a href="/watch?v=Lm4aKey002">Opening keynote &ndash; Lumen AI Forum 2025</a></li></ul></section>
</div>
</div>
</vm-app>
<footer class="vm-footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/copyright">Copyright</a> <a href="/creators">Creators</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <span>&copy; 2025 Vidmesh</span></footer>
<script>document.getElementById('segments-container').addEventListener('click',function(e){{var s=e.target.closest('vm-transcript-segment');if(s&&window.vmPlayer){{vmPlayer.seekTo(parseInt(s.dataset.startMs,10)/1000);}}}});</script>
</body>
</html>
"""


def build():
    page = PAGE.format(cues=render_cues())
    return write_page(
        NAME, page, SHOW,
        "Video platform watch page: transcript panel of custom <vm-transcript-segment> caption cues, each with its own time (m:ss / h:mm:ss) and data-start-ms; a speaker change is a cue beginning '>> NAME:' (full name first, then surname), following cues without '>>' continue the turn.",
        gold(),
        ["RENATA COLE", "COLE", "AUDIENCE MEMBER"],
    )
