"""k16 - TRAP: public-radio transcript; a biographer quotes Musk, an impersonator clip '(As Elon Musk)'; Musk never speaks."""
from common import *

NAME = "k16_pacificpublic_radio_trap"
SHOW = "The Afternoon Line (Pacific Public Radio)"

TURNS = [
    T("X", None, "MARGO LIANG, HOST: This is THE AFTERNOON LINE. I'm Margo Liang. Few living people have been written about as much as Elon Musk, and yet my guest says most of what we think we know about him comes from about six anecdotes. Walt Ibsen spent three years reporting his new book, \"Ground Truth.\" Walt, welcome."),
    T("X", None, "WALT IBSEN: Thanks, Margo. Happy to be here."),
    T("X", None, "LIANG: Six anecdotes. Which ones?"),
    T("X", None, "IBSEN: Oh, the usual. The encyclopedia, the sleeping on the factory floor, the rocket parts from Russia. They're all roughly true, but they've been polished so much you can't see the person behind them anymore."),
    T("X", None, "LIANG: Did you get time with him?"),
    T("X", None, "IBSEN: A few hours, spread over two years. He told me once, and I'm reading this from my notebook, \"I don't really take vacations, I take conferences with beaches.\" Which tells you a lot, and it's also clearly a line he'd used before."),
    T("X", None, "LIANG: Part of the mythology is the way he's been parodied. Let's listen to a bit from the sketch show \"Late Hour\" last spring."),
    T("X", None, "(SOUNDBITE OF TV SHOW, \"LATE HOUR\")"),
    T("X", None, "JAY DELLA: (As Elon Musk) We are going to Mars next Tuesday. Possibly the Tuesday after. Tuesdays are a social construct."),
    T("X", None, "(LAUGHTER)"),
    T("X", None, "LIANG: (Laughter) Does that land with you?"),
    T("X", None, "IBSEN: It does, because the joke only works if you already believe the timeline story. What surprised me in the reporting was how boring the real meetings are. Spreadsheets. Part numbers. He asks who owns a requirement, by name, about forty times a day."),
    T("X", None, "LIANG: We should note we asked Elon Musk to join us for this conversation. He did not respond."),
    T("X", None, "IBSEN: That's very on brand."),
    T("X", None, "LIANG: Walt Ibsen's book is \"Ground Truth.\" Walt, thanks."),
    T("X", None, "IBSEN: Thank you."),
    T("X", None, "(SOUNDBITE OF MUSIC)"),
]


def render():
    return "\n".join("<p>%s</p>" % esc(t["paras"][0]) for t in TURNS)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A biographer on the six anecdotes everyone tells about Elon Musk : Pacific Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Walt Ibsen spent three years reporting &quot;Ground Truth.&quot; He says the real meetings are mostly spreadsheets.">
<meta property="og:site_name" content="Pacific Public Radio">
<link rel="canonical" href="https://www.pacificpublicradio.org/transcripts/2024/11/06/nx-s1-5170042">
<link rel="stylesheet" href="https://static.pacificpublicradio.org/css/transcript.d81e2a.css">
<script>var PPR_PAGE = {"type":"transcript","storyId":"nx-s1-5170042","program":"The Afternoon Line"};</script>
</head>
<body class="transcript-page">
<header class="global-header"><a class="logo" href="https://www.pacificpublicradio.org/">Pacific Public Radio</a>
  <nav class="global-nav"><a href="/news/">News</a><a href="/culture/">Culture</a><a href="/music/">Music</a><a href="/podcasts-and-shows/">Podcasts &amp; Shows</a><a href="/search/">Search</a><a class="donate" href="/donate/?utm_source=header">Donate</a></nav>
  <div class="live-player"><button>&#9654; LIVE RADIO</button> <span>Now playing: The Afternoon Line</span></div>
</header>
<main id="main">
  <article class="transcript storytext">
    <div class="story-meta"><a class="program" href="/programs/the-afternoon-line/">The Afternoon Line</a> <time datetime="2024-11-06">November 6, 2024</time> &middot; <span>4:22 PM ET</span></div>
    <h1>A biographer on the six anecdotes everyone tells about Elon Musk</h1>
    <p class="byline">Heard on <a href="/programs/the-afternoon-line/archive?date=11-06-2024">The Afternoon Line</a></p>
    <div class="audio-module"><button class="audio-play" aria-label="Play">&#9654;</button><span class="audio-title">A biographer on the six anecdotes everyone tells about Elon Musk</span><span class="audio-duration">7:12</span><a class="audio-download" href="https://ondemand.pacificpublicradio.org/anon.ppr-mp3/ppr/atl/2024/11/20241106_atl_ibsen.mp3">Download</a></div>
    <div class="story-teaser"><p>Margo Liang speaks with Walt Ibsen, author of "Ground Truth," about what three years of reporting on Elon Musk taught him. Musk, who did not respond to a request to appear, is the subject of dozens of books.</p></div>
    <div class="transcript-body">
      <h2 class="transcript-label">Transcript</h2>
%s
      <p class="disclaimer">Copyright &copy; 2024 Pacific Public Radio. All rights reserved. Visit our website terms of use and permissions pages at www.pacificpublicradio.org for further information.</p>
      <p class="disclaimer">Transcripts are created on a rush deadline by a contractor for Pacific Public Radio. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Pacific Public Radio's programming is the audio record.</p>
    </div>
  </article>
  <aside class="more-from"><h3>More from The Afternoon Line</h3><ul><li><a href="#">Why your power bill keeps going up in winter</a></li><li><a href="#">A chef's case for eating more beans</a></li><li><a href="#">The town that voted to keep its payphones</a></li></ul></aside>
</main>
<footer class="global-footer"><ul><li><a href="/about/">About PPR</a></li><li><a href="/about/ethics/">Ethics</a></li><li><a href="/about/terms/">Terms of Use</a></li><li><a href="/about/privacy/">Privacy</a></li><li><a href="/stations/">Find your station</a></li></ul><p>&copy; 2024 Pacific Public Radio</p></footer>
<script src="https://static.pacificpublicradio.org/js/transcript.5f0c33.js" defer></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Public-radio rush transcript, trap: one <p> per turn with capitals labels ('MARGO LIANG, HOST:' then 'LIANG:'), stage directions in parentheses, no times; a biographer quotes Musk and a sketch-show clip has an impersonator labelled 'JAY DELLA: (As Elon Musk)'; Elon Musk never speaks.",
                 SHOW, [], ["MARGO LIANG, HOST", "LIANG", "WALT IBSEN", "IBSEN", "JAY DELLA"])
