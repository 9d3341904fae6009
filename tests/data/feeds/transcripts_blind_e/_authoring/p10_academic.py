from common import *

NAME = "academic_pies_symposium_table"
SHOW = "PIES Symposium on Clean Energy Manufacturing 2024"
LABELS = {"HZ_full": "Prof. Helen Zhao (Moderator, PIES)", "HZ": "Prof. Zhao", "M_full": "Elon Musk (CEO, Tesla &amp; SpaceX)",
          "M": "Musk", "AUD": "Audience member (PhD student, Materials Science)", "AUD2": "Audience member (Energy policy fellow)"}
T = [
    ("HZ_full", 0, "Good morning. It's a pleasure to welcome our keynote guest, who is joining us remotely from Austin."),
    ("M_full", 12, "Good morning, thanks for having me."),
    ("HZ", 17, "In 2006 you published a 'Master Plan' that said, and I quote, \"Build sports car. Use that money to build an affordable car.\" You've also said, \"The sun is a giant fusion reactor in the sky.\" Is solar the endgame?"),
    ("M", 41, "I think solar and batteries will be the majority of energy generation. The sun is extremely reliable; it shows up every day. You just need storage."),
    (None, 58, "Most people dramatically underestimate how much solar the world will deploy in the next decade."),
    ("HZ", 70, "China manufactures roughly 80 percent of the world's solar panels. Is that a problem for the energy transition?"),
    ("M", 82, "It's a fact of life right now. China made a strategic decision to dominate solar manufacturing and they executed well. The U.S. should build more domestic capacity, but we shouldn't slow down deployment in the meantime."),
    ("HZ", 118, "And grid-scale storage?"),
    ("M", 121, "Megapack demand is off the charts. We opened a Megafactory in Shanghai and we're expanding Lathrop in California."),
    ("HZ", 150, "Let's take questions from the floor. Yes, in the third row."),
    ("AUD", 156, "Thank you. I'm a PhD student in materials science. Which battery chemistry should we be working on?"),
    ("M", 166, "Anything that reduces cost per kilowatt-hour at scale. Iron-based cathodes are very promising because iron is abundant. I'd avoid anything that depends on scarce materials."),
    ("AUD2", 190, "Do you think nuclear has a role?"),
    ("M", 195, "Yes. I think it's a mistake to shut down safe nuclear plants. New plants are slow and expensive to build in the West, but the existing ones should keep running."),
    ("HZ", 1203, "We're out of time. Please join me in thanking our guest."),
    ("M", 1209, "Thanks, everyone."),
]


def build():
    rows = []
    for k, t, text in T:
        who = LABELS[k] if k else ""
        rows.append(f'<tr data-t="{t}"><td class="tc"><a href="?start={t}" class="seek">{hms(t)}</a></td><td class="spk">{who}</td><td class="txt">{esc(text)}</td></tr>')
    rows = "\n".join(rows)
    ld = jsonld({"@context": "https://schema.org", "@type": "Event", "name": "PIES Symposium on Clean Energy Manufacturing 2024 — Session 4: Fireside Chat",
                 "startDate": "2024-02-08T10:00:00-08:00", "location": {"@type": "Place", "name": "Hollister Hall Auditorium", "address": "Pacific Institute for Energy Systems"},
                 "recordedIn": {"@type": "VideoObject", "name": "Session 4 recording", "duration": "PT20M40S"}})
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Session 4: Fireside Chat with Elon Musk | PIES Symposium 2024 | Pacific Institute for Energy Systems</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="citation_title" content="Fireside Chat: Solar, Storage and the Manufacturing Race">
<meta name="citation_publication_date" content="2024/02/08">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kU3bA9q.css">
{ld}
<script src="/core/misc/drupal.js?v=10.2.4"></script>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="path-node page-node-type-event-recording">
<div class="dialog-off-canvas-main-canvas">
<div class="su-brand-bar"><a href="https://www.pies.edu">Pacific Institute for Energy Systems</a></div>
<header class="site-header">
  <a href="/" class="site-name">PIES · Energy Systems Seminar Series</a>
  <nav class="menu--main" aria-label="Main navigation"><ul><li><a href="/research">Research</a></li><li><a href="/events">Events</a></li><li><a href="/recordings">Recordings</a></li><li><a href="/people">People</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/events">Events</a></li><li><a href="/events/symposium-2024">Symposium 2024</a></li><li>Session 4</li></ol></nav>
<main id="main-content" class="layout-main">
<article class="node node--type-event-recording">
  <h1 class="page-title">Session 4: Fireside Chat — Solar, Storage and the Manufacturing Race</h1>
  <div class="field--name-field-event-date">Thursday, February 8, 2024 · 10:00–10:45 a.m. PST · Hollister Hall Auditorium and online</div>
  <div class="field--name-field-speakers"><h2>Speakers</h2><ul><li><strong>Elon Musk</strong>, CEO, Tesla &amp; SpaceX (remote)</li><li><strong>Helen Zhao</strong>, Professor of Materials Science and Engineering; Director, PIES (moderator)</li></ul></div>
  <div class="field--name-body">
    <p>The fourth session of the 2024 Symposium on Clean Energy Manufacturing featured a fireside conversation on solar deployment, grid storage, supply chains and the role of China in clean-energy manufacturing, followed by questions from the audience.</p>
    <div class="video-embed-field-responsive-video"><iframe src="https://player.vimeo.com/video/911203334" title="Session 4 recording" allow="fullscreen"></iframe></div>
    <p class="notice"><strong>Note:</strong> This transcript was produced from the recording by university captioning services and lightly edited. The portion between 0:03:30 and 0:20:00 (technical interruption and sponsor remarks) is omitted.</p>
  </div>
  <section class="field--name-field-transcript">
    <h2>Transcript</h2>
    <table class="transcript-table">
      <caption>Session 4 transcript (times refer to the recording)</caption>
      <thead><tr><th scope="col">Time</th><th scope="col">Speaker</th><th scope="col">Remarks</th></tr></thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <p><a href="/sites/default/files/2024-02/session4-transcript.pdf" class="file file--application-pdf">Download transcript (PDF, 182 KB)</a> · <a href="/sites/default/files/2024-02/session4.vtt">WebVTT captions</a></p>
  </section>
  <section class="citation"><h2>Suggested citation</h2><p>Musk, E., &amp; Zhao, H. (2024, February 8). <em>Fireside Chat: Solar, Storage and the Manufacturing Race</em> [Recording]. PIES Symposium on Clean Energy Manufacturing, Pacific Institute for Energy Systems.</p></section>
  <aside class="related-recordings"><h2>Related recordings</h2><ul><li><a href="/recordings/2023-session-2">Elon Musk: Energy and AI (2023 Symposium, Session 2)</a></li><li><a href="/recordings/2024-session-3">Panel: Critical minerals and the refining gap</a></li><li><a href="/recordings/2024-session-5">Keynote: Grid interconnection queues</a></li></ul></aside>
</article>
</main>
<footer class="su-global-footer"><p>© Pacific Institute for Energy Systems. <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/copyright">Copyright complaints</a> · <a href="/nondiscrimination">Non-discrimination</a></p></footer>
</div>
<script src="/sites/default/files/js/js_transcript-seek.js"></script>
</body>
</html>
'''
    fmt = "Academic event page: <table> rows Time | Speaker | Remarks; speaker labels with roles first, then short forms; continuation rows with empty speaker cell"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
