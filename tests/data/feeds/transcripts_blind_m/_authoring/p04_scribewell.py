from common import *

SHOW = "Scribewell Transcripts"
g = Gold(SHOW, "Rev-style (invented Scribewell) transcript library page for a press conference; each turn is a speaker line "
         "'Name (mm:ss):' (hh:mm:ss after an hour) whose time is a youtu.be '?t=seconds' link, followed by "
         "text paragraphs; unidentified speakers are 'Speaker 4' etc.")

LO, EM, IF, S4, S5, S6, AU = ("Lena Ostrova", "Elon Musk", "Dr. Imani Folau", "Speaker 4", "Speaker 5",
                              "Speaker 6", "Audience")
T = [
    (LO, 0, ["Good evening, everyone, and thank you for your patience. We\u2019ll hear first from Elon Musk and then from Dr. Imani Folau, our flight director for today\u2019s test, and then we\u2019ll open it up for questions. Please wait for the microphone."]),
    (EM, 41, ["Thanks, everyone. Well, what a day. I think the short version is that the vehicle did almost everything we hoped it would do, and the one thing it didn\u2019t do, we learned a lot from.",
              "The booster catch was clean. The ship made it through reentry with some tile loss on the leeward side, which we\u2019ll talk about. And the flaps held up much better than last time. So overall, I\u2019d give it maybe an eight out of ten.",
              "I want to thank the team here. A lot of people haven\u2019t slept much this week. Imani, you want to take it from here?"]),
    (IF, 182, ["Sure. From the flight side, all engines lit on both stages, we had nominal hot staging, and the ship\u2019s burn came within half a second of the predicted cutoff. We\u2019ll have a fuller data review over the next couple of weeks."]),
    (LO, 310, ["Let\u2019s take some questions. In the front, please."]),
    (S4, 318, ["Hi, Rachel Dunn, Gulf Coast Tribune. Elon, you mentioned the tiles. How many did you lose, and does it change anything for the next flight?"]),
    (EM, 331, ["Some tiles, yes. We expected to lose a few. I don\u2019t have an exact count yet \u2014 it\u2019s going to be dozens, not hundreds. The next ship already has the revised attachment on most of the leeward side, so we\u2019re not planning to wait on this."]),
    (S4, 380, ["So no change to the schedule?"]),
    (EM, 384, ["Correct."]),
    (S5, 387, ["Marco Bellini, Rivista Orbitale. How many more flights before you\u2019d put people on board?"]),
    (IF, 400, ["I\u2019ll take the first part of that. We don\u2019t have a number. We have a set of criteria, and we\u2019ll fly until we\u2019ve met them."]),
    (EM, 455, ["And I\u2019d add that the criteria are stricter than what we used for Dragon. It\u2019s a much bigger vehicle, so every margin is bigger, but so is every failure. I\u2019d rather fly it a lot of times with cargo than rush it."]),
    (LO, 731, ["In the back. \u2026 The question, for those online, was about the FAA timeline for the next license modification."]),
    (EM, 739, ["The FAA has been pretty responsive, honestly. Most of the paperwork this time was about the new trajectory, and that\u2019s mostly done. I\u2019d guess weeks, not months, but that\u2019s their call, not ours."]),
    (S5, 3570, ["Marco Bellini again, sorry. Dr. Folau, how much did the weather window matter today?"]),
    (IF, 3584, ["It mattered a lot. We had upper-level winds right at our limit for about forty minutes, and we held for that. The team made the right call."]),
    (EM, 3662, ["Can I jump in? I just want to say the hold was her call and it was the right one. If we\u2019d gone at the original time, I think we\u2019d be having a different press conference."]),
    (S5, 3700, ["Thanks."]),
    (EM, 3702, ["Sure. Thanks, everybody."]),
    (LO, 3710, ["That concludes tonight\u2019s briefing. Recordings will be posted on the website. Thank you."]),
]

VID = "https://youtu.be/Zp8rT2kLqQ0"
blocks = []
for lab, t, paras in T:
    if lab == EM:
        g.elon(t, paras[0])
    else:
        g.other(lab)
    ts = hms(t) if t >= 3600 else mmss(t)
    body = "".join("<p>%s</p>" % esc(p) for p in paras)
    blocks.append('<div class="transcript-block"><p class="speaker-line"><strong>%s</strong> (<a href="%s?t=%d" target="_blank" rel="noopener">%s</a>):</p>%s</div>'
                  % (esc(lab), VID, t, ts, body))

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk Starbase Post-Flight Press Conference Transcript | Scribewell</title>
<meta name="description" content="Elon Musk and flight director Dr. Imani Folau held a press conference after the latest Starship test flight. Read the transcript here.">
<link rel="canonical" href="https://www.scribewell.com/blog/transcripts/elon-musk-starbase-post-flight-press-conference-transcript">
<link rel="stylesheet" href="https://www.scribewell.com/css/sw-blog.min.css?v=20240311">
<style>
.transcript-block{margin:0 0 1.4em}.speaker-line{margin:0 0 .3em;color:#333}.speaker-line a{color:#2f6df6}
.sw-cta{background:#f3f6ff;border:1px solid #d7e1ff;padding:1em;border-radius:6px;margin:1.5em 0}
.related li{margin:.4em 0}
</style>
</head>
<body class="blog transcript-post">
<header class="sw-header">
  <a class="sw-logo" href="https://www.scribewell.com/"><img src="https://www.scribewell.com/img/sw-logo.svg" alt="Scribewell" width="72" height="28"></a>
  <nav class="sw-nav">
    <a href="https://www.scribewell.com/transcription">Transcription</a>
    <a href="https://www.scribewell.com/caption">Captions</a>
    <a href="https://www.scribewell.com/subtitles">Subtitles</a>
    <a href="https://www.scribewell.com/blog/transcripts">Transcript Library</a>
    <a href="https://www.scribewell.com/login">Log in</a>
    <a class="btn" href="https://www.scribewell.com/signup">Get Started</a>
  </nav>
</header>
<div class="container">
<main class="post">
  <div class="breadcrumbs"><a href="https://www.scribewell.com/blog">Scribewell</a> &rsaquo; <a href="https://www.scribewell.com/blog/transcripts">Blog</a> &rsaquo; <a href="https://www.scribewell.com/blog/transcript-category/press-conference-transcripts">Transcripts</a> &rsaquo; Elon Musk Starbase Post-Flight Press Conference Transcript</div>
  <h1>Elon Musk Starbase Post-Flight Press Conference Transcript</h1>
  <p class="post-meta">Elon Musk and flight director Dr. Imani Folau held a press conference after the latest Starship test flight. Read the transcript here.</p>
  <p class="post-tags">Transcripts &middot; <a href="https://www.scribewell.com/blog/transcript-tag/elon-musk-transcripts">Elon Musk Transcripts</a> &middot; <a href="https://www.scribewell.com/blog/transcript-tag/spacex">SpaceX</a></p>
  <div class="video-embed"><iframe width="720" height="405" src="https://www.youtube.com/embed/Zp8rT2kLqQ0" title="Post-flight press conference" frameborder="0" allowfullscreen></iframe></div>
  <div class="sw-cta"><strong>Scribewell</strong> &mdash; transcribe audio to text in minutes. <a href="https://www.scribewell.com/signup">Try Scribewell free</a>. Transcripts in the library are provided for informational purposes and may contain errors.</div>
  <div class="transcript-body" id="transcript">
{{BLOCKS}}
  </div>
  <div class="sw-cta">Transcribe Your Own Content &mdash; try Scribewell and save time transcribing, captioning, and subtitling. <a href="https://www.scribewell.com/signup">Start now</a></div>
</main>
<aside class="sidebar related">
  <h3>Related Transcripts</h3>
  <ul>
    <li><a href="https://www.scribewell.com/blog/transcripts/elon-musk-tesla-annual-shareholder-meeting-transcript">Elon Musk Tesla Annual Shareholder Meeting Transcript</a></li>
    <li><a href="https://www.scribewell.com/blog/transcripts/faa-briefing-on-commercial-launch-licensing-transcript">FAA Briefing on Commercial Launch Licensing Transcript</a></li>
    <li><a href="https://www.scribewell.com/blog/transcripts/elon-musk-interview-on-ai-safety-transcript">Elon Musk Interview on AI Safety Transcript</a></li>
  </ul>
  <h3>Subscribe to The Scribewell Blog</h3>
  <form class="subscribe" action="https://www.scribewell.com/blog/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Subscribe</button></form>
</aside>
</div>
<footer class="sw-footer">
  <div class="cols"><div><h4>Services</h4><a href="https://www.scribewell.com/transcription">Transcription</a><a href="https://www.scribewell.com/caption">Captions</a></div><div><h4>Company</h4><a href="https://www.scribewell.com/about">About</a><a href="https://www.scribewell.com/careers">Careers</a></div></div>
  <p>&copy; 2024 Scribewell &middot; <a href="https://www.scribewell.com/about/privacy">Privacy Policy</a> &middot; <a href="https://www.scribewell.com/about/terms">Terms</a></p>
</footer>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"event":"transcript_view","category":"press-conference"});</script>
<script src="https://www.scribewell.com/js/sw-blog.min.js?v=20240311" defer></script>
</body>
</html>
""".replace("{{BLOCKS}}", "\n".join(blocks))

write("m04_scribewell-pressconf", page, g)
