"""q13 - Public-radio story transcript (trap): Errol Musk speaks, labelled 'MUSK:' after first use; Elon is only quoted."""
from common import ELON, ent, gold_turns, write_page

NAME = "q13_kvrn_morning_frontier_radio_trap"
SHOW = "Morning Frontier (KVRN 88.1)"

# (key, label or None for stage direction / continuation, text)
ITEMS = [
    ("B", "TARA BELLWOOD, HOST", "This is MORNING FRONTIER. I'm Tara Bellwood. Elon Musk is one of the most talked-about people on the planet. His father, Errol, has had a complicated relationship with him and with the press. Errol Musk joined us on the line from Pretoria, South Africa. Good morning."),
    ("E2", "ERROL MUSK", "Good morning, Tara. Or good afternoon, here."),
    ("B", "BELLWOOD", "Let's start with the early years. What was Elon like as a boy?"),
    ("E2", "MUSK", "Very quiet. He would go into a trance, we called it. You could talk to him and he wouldn't hear you. The doctors thought he might be deaf. He wasn't. He was just thinking."),
    ("E2", None, "And he read everything. Everything. He read the encyclopedia, both sets we had, and then he started correcting people at dinner."),
    ("B", "BELLWOOD", "There's a story that at twelve he sold a video game he'd written."),
    ("E2", "MUSK", "That's true. Blastar. He got five hundred dollars for it, which was a lot of money then. I remember he said to me, \"Dad, I'm going to build rockets one day.\" And I said, \"Build your homework first.\""),
    ("x", None, "(LAUGHTER)"),
    ("B", "BELLWOOD", "You and Elon have been publicly estranged for years. In 2022, he wrote on social media, quote, \"my father and I have very different views on most things.\" How do you respond to that?"),
    ("E2", "MUSK", "Well, he's right. We do. But I'm still his father, and I'm proud of what he's done. That doesn't change."),
    ("x", None, "(SOUNDBITE OF ARCHIVED BROADCAST)"),
    ("N", "UNIDENTIFIED NEWS ANCHOR", "In a post this morning, Elon Musk said he would, quote, \"always be grateful for the engineering books in the house growing up,\" while declining to comment on his father directly."),
    ("B", "BELLWOOD", "That was a news report from last year. Errol Musk, have you two spoken since then?"),
    ("E2", "MUSK", "Briefly. At a family event. It was cordial."),
    ("B", "BELLWOOD", "Cordial."),
    ("E2", "MUSK", "Cordial. That's the word I'll use."),
    ("B", "BELLWOOD", "Errol Musk, father of Elon Musk, speaking to us from Pretoria. Thank you."),
    ("E2", "MUSK", "Thank you, Tara."),
    ("x", None, "(SOUNDBITE OF MUSIC)"),
]


def render():
    out = []
    for k, lab, text in ITEMS:
        if lab:
            out.append('<p>%s: %s</p>' % (ent(lab), ent(text)))
        else:
            out.append('<p>%s</p>' % ent(text))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Errol Musk on raising a famous son, and the word &#39;cordial&#39; : Morning Frontier : KVRN</title>
<meta name="description" content="Errol Musk talks to Tara Bellwood about Elon Musk's childhood and their relationship.">
<link rel="canonical" href="https://www.kvrn.org/2025/01/17/morning-frontier/errol-musk-interview">
<meta property="og:title" content="Errol Musk on raising a famous son, and the word 'cordial'">
<meta property="og:site_name" content="KVRN 88.1">
<link rel="stylesheet" href="https://www.kvrn.org/static/css/story.2f41a.css">
<script>window.KVRN={{"storyId":"nx-s1-5279301","program":"morning-frontier","hasTranscript":true}};</script>
<script src="https://www.kvrn.org/static/js/player.b0c1.js" defer></script>
</head>
<body class="story-page transcript-page">
<a class="skip" href="#main">Skip to main content</a>
<header class="kvrn-header">
 <div class="kvrn-brand"><a href="/"><img src="https://www.kvrn.org/static/img/kvrn-logo.svg" alt="KVRN 88.1 Public Radio for the High Desert" width="170" height="44"></a></div>
 <div class="kvrn-live"><button class="listen-live" data-stream="https://stream.kvrn.org/live.aac">&#9654; Listen Live &middot; KVRN 88.1</button></div>
 <nav class="kvrn-nav"><ul><li><a href="/news">News</a></li><li><a href="/programs">Programs</a></li><li><a href="/schedule">Schedule</a></li><li><a href="/podcasts">Podcasts</a></li><li><a class="donate" href="/donate">Donate</a></li></ul></nav>
</header>
<main id="main">
<article class="story">
 <div class="story-meta"><a class="program-name" href="/programs/morning-frontier">Morning Frontier</a> <time datetime="2025-01-17T06:40:00-07:00">January 17, 2025 &middot; 6:40 AM MST</time></div>
 <h1>Errol Musk on raising a famous son, and the word &#39;cordial&#39;</h1>
 <p class="byline">Heard on <a href="/programs/morning-frontier">Morning Frontier</a> &middot; <span class="byline-name">Tara Bellwood</span></p>
 <div class="audio-module"><button class="audio-play" data-src="https://media.kvrn.org/mf/2025/01/20250117_mf_errol_musk.mp3" aria-label="Play audio">&#9654;</button><span class="audio-title">Listen &middot; 6:12</span><a class="audio-download" href="https://media.kvrn.org/mf/2025/01/20250117_mf_errol_musk.mp3" download>Download</a></div>
 <div class="story-summary"><p>Errol Musk, the father of SpaceX and Tesla founder Elon Musk, talks about his son's childhood, the video game he sold at twelve, and the state of their relationship today.</p></div>
 <aside class="key-quote"><p class="key-quote-label">Key quote</p><blockquote><p>Musk: &ldquo;I'm still his father, and I'm proud of what he's done.&rdquo;</p></blockquote></aside>
 <section class="transcript" id="transcript">
  <h2>Transcript</h2>
{body}
  <p class="disclaimer"><em>Copyright &copy; 2025 KVRN. All rights reserved. Transcripts are created on a rush deadline by a contractor and may not be in their final form. Accuracy and availability may vary. The authoritative record of KVRN's programming is the audio record.</em></p>
 </section>
</article>
<aside class="related">
 <h2>More Stories</h2>
 <ul>
  <li><a href="/2024/12/02/business/tesla-robotaxi-austin">Tesla's robotaxi plans meet Austin's city council</a></li>
  <li><a href="/2024/11/08/science/starship-catch">Elon Musk: &#39;The pad is the product&#39; &mdash; inside the Starship tower catch</a></li>
  <li><a href="/2024/10/15/arts/pretoria-engineering-schools">Pretoria's engineering schools draw a new generation</a></li>
 </ul>
</aside>
</main>
<footer class="kvrn-footer"><p>KVRN 88.1 is a listener-supported service of High Desert Public Media. <a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/fcc">FCC public file</a> &middot; <a href="/privacy">Privacy</a></p><p>&copy; 2025 KVRN</p></footer>
</body>
</html>
"""


def build():
    page = PAGE.format(body=render())
    turns = [(k, None, [t]) for k, lab, t in ITEMS if lab]
    return write_page(
        NAME, page, SHOW,
        "Public-radio story page: transcript <p>s each starting 'CAPITALISED LABEL:' ('TARA BELLWOOD, HOST:' then 'BELLWOOD:'; 'ERROL MUSK:' then 'MUSK:'), unlabelled continuation <p>s and stage directions like (SOUNDBITE OF ARCHIVED BROADCAST); no timestamps.",
        gold_turns(turns),
        ["TARA BELLWOOD, HOST", "BELLWOOD", "ERROL MUSK", "MUSK", "UNIDENTIFIED NEWS ANCHOR"],
    )
