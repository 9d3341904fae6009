from common import *

SHOW = "Orbital Mechanics"
g = Gold(SHOW, "Transistor.fm episode page; each turn is one <p> reading '[hh:mm:ss] Name: text' with the "
         "time in an <a href=\"#t=hh:mm:ss\"><time datetime=\"PT..\"> link; one turn has no time; the host "
         "is also named Elon; an archival clip of Musk is labelled 'Elon Musk (archival clip, 2016)'; "
         "'Elon Musk' first then 'Musk'.")

EP, JN = "Elon Petrakis", "Jess Navarro"
M_CLIP, M_FULL, M = "Elon Musk (archival clip, 2016)", "Elon Musk", "Musk"
ELON = {M_CLIP, M_FULL, M}
T = [
    (EP, 0, "Hey everybody, welcome to Orbital Mechanics, the show about everything that goes around something else. I\u2019m Elon Petrakis \u2014 yes, there are two Elons on this episode, and no, I did not pick this name for the show \u2014 and I\u2019m here with Jess Navarro."),
    (JN, 41, "Hi all. Before we bring our guest in, we dug up a clip from a 2016 keynote, because it turns out he described today\u2019s topic almost eight years ago. Here it is."),
    (M_CLIP, 62, "The goal is a network where the satellite is just another cell tower, except the tower is moving at seven kilometres a second and it\u2019s four hundred kilometres up."),
    (EP, 79, "That was 2016. Elon Musk, welcome to the show. Did it turn out the way you described it?"),
    (M_FULL, 87, "Mostly, yeah. The part I got wrong was how long the regulatory side takes. The physics was never the hard part. Spectrum is a negotiation with every country on Earth, and every country has its own opinion."),
    (JN, 160, "Can we talk about the phones? Because I think people assume they need some special handset."),
    (M, 178, "No, that\u2019s the whole point. The phone doesn\u2019t know it\u2019s talking to a satellite. We had to make the satellite pretend to be a very ordinary tower, with a very large antenna, and do the Doppler correction on our side so the phone never has to."),
    (EP, 251, "Which is wild, because the phone was never designed for that. It\u2019s basically being fooled."),
    (M, None, "Exactly."),
    (JN, 260, "What about capacity? If a whole stadium tries to text at once, what happens?"),
    (M, 282, "Capacity per beam is the constraint. Texting is easy, a few kilobits. Voice is doable. Video to a phone in a stadium, from orbit, is not going to happen with this generation, and I don\u2019t want to oversell it.\nWhere it\u2019s transformative is the places with nothing. A hiker with a broken ankle doesn\u2019t need 4K, they need one message to get through."),
    (EP, 475, "Let me read a listener question. This is from Ahmed in Lagos: \u201cWill this be affordable in places where people spend two dollars a month on mobile data?\u201d"),
    (M, 500, "Lagos is a good example, because the carrier there already has the customers. We\u2019re a wholesale layer underneath the carrier. So the price is really their decision, and in most of these deals the satellite part is a small add-on, not a new bill."),
    (JN, 690, "Lightning round. Orbital data centers: real or hype?"),
    (M, 696, "Orbital data centers? Maybe. Not soon. Cooling is the problem everyone forgets about."),
    (EP, 709, "That\u2019s all we have time for. Elon Musk, thank you for coming on, and thanks for being a good sport about the name thing."),
    (M, 723, "Thanks for having me. Two Elons is a lot of Elons."),
    (JN, 731, "Orbital Mechanics is listener supported. See you next week."),
]

rows = []
for lab, t, text in T:
    paras = text.split("\n")
    if lab in ELON:
        g.elon(t, paras[0])
    else:
        g.other(lab)
    if t is None:
        ts = ""
    else:
        ts = ('<a class="timestamp" href="#t=%s" data-seconds="%d"><time datetime="%s">[%s]</time></a> '
              % (hms(t), t, iso_dur(t), hms(t)))
    rows.append('<p class="transcript-line">%s<strong>%s:</strong> %s</p>' % (ts, esc(lab), esc(paras[0])))
    for p in paras[1:]:
        rows.append('<p class="transcript-line">%s</p>' % esc(p))
transcript = "\n".join(rows)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk on Direct-to-Cell, Spectrum and Fooling Your Phone | Orbital Mechanics</title>
<meta name="description" content="Two Elons, one episode. Elon Musk joins Elon Petrakis and Jess Navarro to talk about satellites that pretend to be cell towers.">
<meta property="og:site_name" content="Orbital Mechanics">
<meta property="og:image" content="https://img.transistor.fm/Xk2_8sd-9aQ/rs:fill:1200:1200/aHR0cHM6Ly9pbWcv.jpg">
<link rel="alternate" type="application/rss+xml" title="Orbital Mechanics" href="https://feeds.transistor.fm/orbital-mechanics">
<link rel="stylesheet" href="https://orbitalmechanics.transistor.fm/assets/website-f3a91c.css">
<style>
  :root{--accent:#3f51b5}
  .transcript-line{margin:0 0 .9rem;line-height:1.55}
  .transcript-line .timestamp{font-variant-numeric:tabular-nums;color:#888;text-decoration:none;margin-right:.25rem}
  .ai-summary{background:#f4f5fb;border-radius:8px;padding:1rem 1.25rem;margin:1.5rem 0}
  .ai-summary h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:#555}
  .tabs a{margin-right:1rem}
</style>
</head>
<body class="episode-page">
<header class="site-header">
  <a href="https://orbitalmechanics.transistor.fm/" class="show-title"><img src="https://img.transistor.fm/Xk2_8sd-9aQ/rs:fill:240:240/logo.jpg" alt="" width="60" height="60"> Orbital Mechanics</a>
  <nav class="site-nav">
    <a href="https://orbitalmechanics.transistor.fm/episodes">Episodes</a>
    <a href="https://orbitalmechanics.transistor.fm/people">People</a>
    <a href="https://orbitalmechanics.transistor.fm/subscribe">Subscribe</a>
  </nav>
</header>
<main class="container">
  <div class="episode-header">
    <p class="episode-meta">Season 4 &middot; Episode 31 &middot; <time datetime="2024-02-07">Feb 7, 2024</time> &middot; 12:15</p>
    <h1>Elon Musk on Direct-to-Cell, Spectrum and Fooling Your Phone</h1>
  </div>
  <div class="player">
    <iframe width="100%" height="180" frameborder="no" scrolling="no" seamless src="https://share.transistor.fm/e/5c8a12f0" title="Episode player"></iframe>
  </div>
  <div class="tabs" role="tablist"><a href="#notes" role="tab">Show Notes</a><a href="#transcript" role="tab" aria-selected="true">Transcript</a></div>

  <section id="notes" class="episode-description">
    <p>Two Elons, one episode. Our host Elon Petrakis and co-host Jess Navarro talk with Elon Musk about direct-to-cell satellites, why spectrum is the slow part, and whether orbital data centers make sense. We open with a clip from a 2016 keynote.</p>
    <h3>Chapters</h3>
    <ul>
      <li>(00:00) Intro &amp; the two-Elon problem</li>
      <li>(01:02) Archival clip, 2016</li>
      <li>(02:58) How a phone talks to a satellite</li>
      <li>(04:42) Capacity and stadiums</li>
      <li>(08:20) Listener question from Lagos</li>
      <li>(11:30) Lightning round</li>
    </ul>
  </section>

  <aside class="ai-summary" aria-label="Episode summary">
    <h3>Summary &middot; generated automatically</h3>
    <p>Elon Musk explains that the hardest part of direct-to-cell service was regulatory, not technical, and that capacity per beam limits what the current satellites can deliver.</p>
    <h3>Key quotes</h3>
    <ul>
      <li>Elon Musk: &ldquo;The phone doesn&rsquo;t know it&rsquo;s talking to a satellite.&rdquo;</li>
      <li>Elon Petrakis: &ldquo;It&rsquo;s basically being fooled.&rdquo;</li>
      <li>Musk: &ldquo;Cooling is the problem everyone forgets about.&rdquo;</li>
    </ul>
  </aside>

  <section id="transcript" class="episode-transcript">
    <h2>Transcript</h2>
{{TRANSCRIPT}}
  </section>

  <section class="people">
    <h3>Creators &amp; Guests</h3>
    <ul>
      <li><strong>Host</strong> &mdash; Elon Petrakis</li>
      <li><strong>Host</strong> &mdash; Jess Navarro</li>
      <li><strong>Guest</strong> &mdash; Elon Musk</li>
      <li><strong>Producer</strong> &mdash; Wen Adeyemi</li>
    </ul>
  </section>
  <section class="subscribe">
    <h3>Listen on</h3>
    <a href="https://podcasts.apple.com/podcast/orbital-mechanics/id1555019">Apple Podcasts</a> &middot;
    <a href="https://open.spotify.com/show/0rb1talMech">Spotify</a> &middot;
    <a href="https://feeds.transistor.fm/orbital-mechanics">RSS Feed</a>
  </section>
</main>
<footer class="site-footer">
  <p>&copy; 2024 Orbital Mechanics &middot; <a href="https://transistor.fm/?via=site-footer">Powered by Transistor</a></p>
</footer>
<script src="https://orbitalmechanics.transistor.fm/assets/website-8b20e1.js"></script>
<script>
  document.querySelectorAll('.timestamp').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();window.TransistorPlayer&&window.TransistorPlayer.seek(+a.dataset.seconds);});});
</script>
</body>
</html>
""".replace("{{TRANSCRIPT}}", transcript)

write("m02_orbital-transistor", page, g)
