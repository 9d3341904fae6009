"""ad06: conference panel transcript on a Hugo static site. One <h3> per turn with a
#t=XmYYs link (visible M:SS, minutes run past 59) and the speaker; paragraphs below.
Two Elons on stage: Elon Musk and Elon Vasquez."""
from common import *

NAME = "ad06_orbitalsummit_panel"
SHOW = "Orbital Futures Summit 2025"

M, V, B, AU = "M", "V", "B", "AU"
T = [
    {"s": M, "at": 125, "p": ["Good afternoon, everyone. This panel is called &ldquo;Building at Scale,&rdquo; and we have two Elons on stage, which has never happened at this summit and which the captioning team has asked me to handle carefully. So: Elon Musk of SpaceX, Elon Vasquez of Helios Robotics, and Dr. Ayodele Bankole of the Pan-African Space Council. Elon &mdash; Musk &mdash; let&rsquo;s start with you."]},
    {"s": E, "p": ["Thanks. And I apologize to the captioning team in advance. We should have coordinated our names better."]},
    {"s": M, "p": ["You posted last year that &ldquo;prototypes are easy, production is hard, and positive cash flow is hardest.&rdquo; What did you mean by that?"]},
    {"s": E, "p": ["It means that building one of something is a science project. Building a thousand of something is an engineering project. And building a million is a completely different discipline that most people underestimate by a factor of ten.",
                   "The prototype tells you the design can work. Production tells you whether the design was any good."]},
    {"s": M, "p": ["Elon Vasquez, you build welding robots for exactly that kind of production line. Do you agree?"]},
    {"s": V, "p": ["I&rsquo;d agree with the other Elon, mostly. I&rsquo;d add that the thing that kills you in production is variation. One robot can be tuned by hand. A thousand robots have to be tuned by a process."]},
    {"s": E, "p": ["True."]},
    {"s": V, "p": ["And the supply base is the real bottleneck. You can design the most beautiful line in the world and then wait nine months for a bearing."]},
    {"s": M, "p": ["Dr. Bankole, you&rsquo;re on the buyer side of a lot of this."]},
    {"s": B, "p": ["We are. And from the agency side I&rsquo;d say scale looks different when your budget is set by five governments. We can&rsquo;t iterate the way a private company iterates. Every failure is a hearing."]},
    {"s": E, "p": ["That&rsquo;s fair. I think the answer there is to make the individual tests cheaper, so that a failure is a data point and not a scandal. If each flight costs a tenth as much, you can afford to learn in public."]},
    {"s": M, "at": 2487, "p": ["Let&rsquo;s talk about cost per kilogram, since that&rsquo;s the number everyone in this room watches."]},
    {"s": E, "p": ["The number that matters is cost per kilogram to a useful orbit, fully reusable. Partial reuse gets you a factor of a few. Full and rapid reuse gets you a factor of a hundred or more, because then the cost is mostly propellant, and propellant is cheap."]},
    {"s": M, "p": ["Right."]},
    {"s": E, "p": ["Methane and oxygen are among the cheapest things you can buy. A full load costs less than a nice car. So once the vehicle itself is reused like an aircraft, you&rsquo;re in a different regime entirely."]},
    {"s": M, "at": 3832, "p": ["We have time for one question from the audience. Yes, in the front."]},
    {"s": AU, "p": ["Hi, thank you. Question for Mr. Musk &mdash; and for Mr. Vasquez, I suppose. What&rsquo;s one thing you&rsquo;d automate that nobody has automated yet?"]},
    {"s": E, "p": ["You take it first, Elon. I&rsquo;ve been talking too much."]},
    {"s": V, "p": ["Inspection. Everybody automates the making, and then fifty people stand at the end of the line with flashlights. That&rsquo;s backwards."]},
    {"s": E, "p": ["I&rsquo;d say the same, actually, but I&rsquo;d go further: automate the design reviews. Half of the delays I see are waiting for a meeting that someone could have replaced with a simulation.",
                   "Also, wiring harnesses. Nobody enjoys wiring harnesses."]},
    {"s": M, "p": ["On that note, please join me in thanking our panel: Elon Musk, Elon Vasquez and Dr. Ayodele Bankole."]},
]
assign_times(T, start=0, seed=66, wps=2.5)

FULL = {M: "Rhea Castellanos (Moderator)", E: "Elon Musk (SpaceX)", V: "Elon Vasquez (Helios Robotics)",
        B: "Dr. Ayodele Bankole (Pan-African Space Council)", AU: "Audience member"}
SHORT = {M: "Castellanos", E: "Musk", V: "Vasquez", B: "Bankole", AU: "Audience member"}


def render():
    out, seen = [], set()
    for i, tr in enumerate(T):
        s = tr["s"]
        lab = FULL[s] if s not in seen else SHORT[s]
        seen.add(s)
        t = tr["ts"][0]
        out.append(f'<h3 class="turn" id="turn-{i + 1}"><a class="ts" href="#t={hms_letters(t)}">{m_ss(t)}</a> {lab}</h3>')
        out.extend(f"<p>{p}</p>" for p in tr["p"])
    return "\n".join(out)


def build():
    t_cost = T[12]["ts"][0]
    t_aud = T[16]["ts"][0]
    html = f"""<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.128.2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Building at Scale &mdash; full session transcript | Orbital Futures Summit 2025</title>
<meta name="description" content="Transcript of the Building at Scale panel with Elon Musk, Elon Vasquez and Dr. Ayodele Bankole, moderated by Rhea Castellanos.">
<link rel="stylesheet" href="/css/main.min.4c2b1f.css" integrity="sha256-3x1k">
<link rel="alternate" type="application/rss+xml" href="/sessions/index.xml" title="Orbital Futures Summit">
</head>
<body class="page-session">
<header class="site-header">
<a class="brand" href="/">Orbital Futures Summit <span class="year">2025</span></a>
<nav><ul class="menu">
<li><a href="/programme/">Programme</a></li><li><a class="active" href="/sessions/">Sessions &amp; transcripts</a></li><li><a href="/speakers/">Speakers</a></li><li><a href="/venue/">Venue: Lisbon</a></li><li><a href="/tickets/">2026 tickets</a></li></ul></nav>
</header>
<main class="content">
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/sessions/">Sessions</a> / Building at Scale</nav>
<article class="session">
<h1>Building at Scale</h1>
<p class="session-meta">Main Stage &middot; Day 2 &middot; 14:30&ndash;15:40 WEST &middot; <a href="https://video.orbitalfutures.example/2025/building-at-scale">Watch the video</a></p>
<section class="speakers-grid" aria-label="Speakers">
<div class="speaker-card"><img src="/img/speakers/musk.jpg" alt=""><h2 class="speaker-name">Elon Musk</h2><p class="speaker-role">CEO and CTO, SpaceX</p></div>
<div class="speaker-card"><img src="/img/speakers/vasquez.jpg" alt=""><h2 class="speaker-name">Elon Vasquez</h2><p class="speaker-role">Founder and CEO, Helios Robotics</p></div>
<div class="speaker-card"><img src="/img/speakers/bankole.jpg" alt=""><h2 class="speaker-name">Dr. Ayodele Bankole</h2><p class="speaker-role">Director of Launch Services, Pan-African Space Council</p></div>
<div class="speaker-card"><img src="/img/speakers/castellanos.jpg" alt=""><h2 class="speaker-name">Rhea Castellanos</h2><p class="speaker-role">Moderator; Editor, Launch Economics Weekly</p></div>
</section>
<section class="key-moments"><h2>Key moments</h2><ul>
<li><a href="#t={hms_letters(T[3]['ts'][0])}">{m_ss(T[3]['ts'][0])}</a> Musk: &ldquo;Building one of something is a science project.&rdquo;</li>
<li><a href="#t={hms_letters(T[5]['ts'][0])}">{m_ss(T[5]['ts'][0])}</a> Vasquez: variation is what kills you in production</li>
<li><a href="#t={hms_letters(t_cost)}">{m_ss(t_cost)}</a> Musk on full and rapid reuse</li>
<li><a href="#t={hms_letters(t_aud)}">{m_ss(t_aud)}</a> Audience Q&amp;A</li></ul></section>
<section class="transcript" id="transcript">
<h2>Transcript</h2>
<p class="note">Timestamps refer to the session video. Two long stretches, on launch insurance and on spectrum policy, are omitted here (note the jumps in the timestamps); they are in the <a href="/sessions/building-at-scale/full/">unabridged transcript</a>. Captions by the summit&rsquo;s live captioning team; lightly edited.</p>
{render()}
</section>
<section class="tags"><a href="/tags/manufacturing/">#manufacturing</a> <a href="/tags/reuse/">#reuse</a> <a href="/tags/robotics/">#robotics</a></section>
</article>
<aside class="related-sessions"><h2>More from Day 2</h2><ul>
<li><a href="/sessions/the-last-mile-to-orbit/">The Last Mile to Orbit</a> &mdash; with Ingrid Solheim</li>
<li><a href="/sessions/insuring-the-uninsurable/">Insuring the Uninsurable</a></li>
<li><a href="/sessions/fireside-with-elon-vasquez/">Fireside: Elon Vasquez on robot hands</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Orbital Futures Summit is organised by Orbital Futures Association. &copy; 2025. Built with Hugo. <a href="/code-of-conduct/">Code of conduct</a> &middot; <a href="/press/">Press</a></p></footer>
<script src="/js/bundle.min.9a1e.js" defer></script>
<script>document.querySelectorAll('a.ts').forEach(function(a){{a.addEventListener('click',function(e){{e.preventDefault();window.player&&window.player.seek(a.getAttribute('href').slice(3));}});}});</script>
</body>
</html>
"""
    fmt = ("Hugo session page: each turn is an <h3> holding a #t=XmYYs link (visible M:SS, minutes past 59 instead of hours) "
           "and the speaker label (full name with affiliation first, surname later), followed by <p> paragraphs; two "
           "speakers named Elon (Musk and Vasquez).")
    others = ["Rhea Castellanos (Moderator)", "Castellanos", "Elon Vasquez (Helios Robotics)", "Vasquez",
              "Dr. Ayodele Bankole (Pan-African Space Council)", "Bankole", "Audience member"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
