from common import *

NAME = "v07_orbital_summit_panel_dl"
SHOW = "Orbital Futures Summit"

LAB = {"V": ("Marisol Vega", "Vega"), "L": ("Elon Lindqvist", "Lindqvist"), "S": ("Hana Sato", "Sato"),
       "E": ("Elon Musk", "Musk"), "A": ("Audience member", "Audience member")}

TURNS = [
    Turn("V", 0, ["Good afternoon. We have a slightly confusing panel today, because we have two Elons. Elon Lindqvist leads the lunar logistics programme at the European agency, and Elon Musk needs no introduction. We also have Dr. Hana Sato. Let’s start with Elon Lindqvist."]),
    Turn("L", 31, ["Thank you, Marisol. I have been the other Elon at conferences for fifteen years, so I am used to it. The short version of my view is that the cislunar economy starts with propellant, not with tourism."]),
    Turn("V", 96, ["Elon — Elon Musk, I should say — do you agree?"]),
    Turn("E", 103, ["Mostly. I’d say it starts with cost per ton to orbit. If that number doesn’t come down by a factor of ten or more, none of the rest happens. Propellant depots are downstream of that."]),
    Turn("V", 131, ["Great."]),
    Turn("E", 132, ["And I’d add that you need a lot of flights to learn anything. One flight a year teaches you almost nothing."]),
    Turn("S", 160, ["I would push back a little. We learn a great deal from one mission if it is instrumented well. The Japanese approach has always been fewer, better-characterised flights."]),
    Turn("E", None, ["That’s fair for science missions. For transport, though, you want to be boring. Airlines are boring. Boring is good."]),
    Turn("V", 2950, ["Let me read something. Musk once said to this same summit, in 2019, that ‘the Moon is a stepping stone, not a destination.’ Elon Lindqvist, is the Moon a destination for Europe?"]),
    Turn("L", 2972, ["For Europe it is absolutely a destination. Respectfully, I think the Moon is where we prove we can live off-planet with a three-day trip home."]),
    Turn("E", 3010, ["I agree with that, actually. I may have been too glib in 2019."]),
    Turn("V", 3600, ["We have time for one question from the floor."]),
    Turn("A", 3612, ["For both Elons: what is the biggest bottleneck you don’t control?"]),
    Turn("L", 3625, ["Launch cadence, frankly. We are customers, not operators."]),
    Turn("E", 3723, ["Regulatory approvals, probably. The hardware is moving faster than the paperwork. That’s not a complaint about any individual, it’s just that the process was designed for one launch a year."]),
    Turn("V", 3770, ["Please join me in thanking our panel."]),
]

FORMAT = ("Ghost blog post (HTML card) with the session transcript as a <dl>: each <dt> holds the speaker name (full at first, then surname, "
          "after a visually-hidden 'Speaker:' prefix) and a <time datetime='PT…'> link ('#t=62m3s') displayed as mm:ss with minutes running past 59; "
          "<dd> holds the paragraphs; one of his turns has no time; a second panelist is also called Elon.")


def render():
    seen = set()
    out = []
    for tr in TURNS:
        full, sh = LAB[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        tid = f"t{int(tr.t)}" if tr.t is not None else f"n{len(out)}"
        tm = (f' <a class="ts" href="#t={int(tr.t)//60}m{int(tr.t)%60}s"><time datetime="{iso_dur(tr.t)}">{mmss(tr.t)}</time></a>' if tr.t is not None else "")
        paras = "".join(f"<p>{p}</p>" for p in tr.paras)
        out.append(f'<dt id="{tid}" class="spk-{tr.spk.lower()}"><span class="visually-hidden">Speaker: </span><span class="name">{lab}</span>{tm}</dt>\n<dd>{paras}</dd>')
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Ghost 5.82">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1f0c2a4b">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://orbitalfutures.org/" data-key="6c1d0e5a3f" data-api="https://orbitalfutures.org/ghost/api/content/" crossorigin="anonymous"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Panel: Building the cislunar economy · Orbital Futures Summit 2024</title>
<style>.visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}} dl.transcript dt{{font-weight:700;margin-top:1.2em}} dl.transcript dd{{margin-left:0}} .ts{{font-weight:400;color:#5b6b7f;margin-left:.5em}}</style>
</head>
<body class="post-template tag-sessions tag-day-2 tag-hash-transcript is-head-left-logo has-cover">
<div class="gh-viewport">
<a class="visually-hidden" href="#main">Skip to main content</a>
<header id="gh-head" class="gh-head outer">
 <a class="brand" href="/">Orbital Futures Summit <span class="year">2024</span></a>
 <nav aria-label="Main"><ul><li><a href="/programme/">Programme</a></li><li><a href="/speakers/">Speakers</a></li><li><a href="/sessions/" aria-current="true">Sessions &amp; transcripts</a></li><li><a href="/venue/">Venue: Lisbon</a></li><li><a href="/tickets/">2025 tickets</a></li></ul></nav>
</header>
<main id="main" class="site-main">
<article class="article post tag-sessions session" itemscope itemtype="https://schema.org/Event">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/sessions/">Sessions</a> › <span>Day 2</span></nav>
<header class="article-header gh-canvas"><h1 class="article-title" itemprop="name">Panel: Building the cislunar economy</h1>
<p class="session-meta"><time itemprop="startDate" datetime="2024-10-17T15:00+01:00">Thursday 17 October 2024, 15:00</time> · <span itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Main Hall, Centro de Congressos</span></span> · 63 min</p>
</header>
<section class="gh-content gh-canvas">
<!--kg-card-begin: html-->
<section class="speakers" aria-labelledby="spk-h">
<h2 id="spk-h">Speakers</h2>
<ul class="speaker-cards">
<li itemprop="performer" itemscope itemtype="https://schema.org/Person"><img src="/img/speakers/vega.jpg" alt="" width="64" height="64"><span itemprop="name">Marisol Vega</span> — <span itemprop="jobTitle">Moderator; editor, Orbit Weekly</span></li>
<li itemprop="performer" itemscope itemtype="https://schema.org/Person"><img src="/img/speakers/musk.jpg" alt="" width="64" height="64"><span itemprop="name">Elon Musk</span> — <span itemprop="jobTitle">CEO and CTO, SpaceX</span></li>
<li itemprop="performer" itemscope itemtype="https://schema.org/Person"><img src="/img/speakers/lindqvist.jpg" alt="" width="64" height="64"><span itemprop="name">Elon Lindqvist</span> — <span itemprop="jobTitle">Head of Lunar Logistics, European Space Agency</span></li>
<li itemprop="performer" itemscope itemtype="https://schema.org/Person"><img src="/img/speakers/sato.jpg" alt="" width="64" height="64"><span itemprop="name">Dr. Hana Sato</span> — <span itemprop="jobTitle">Principal Investigator, lunar sample return</span></li>
</ul>
</section>
<!--kg-card-end: html-->
<figure class="kg-card kg-embed-card"><iframe title="Panel recording" src="https://player.vimeo.com/video/000000000?h=ofs24" width="640" height="360" loading="lazy" allow="fullscreen"></iframe><figcaption>Recording of the panel</figcaption></figure>
<h2 id="tx-h">Transcript</h2>
<!--kg-card-begin: html-->
<div class="transcript-section">
<p class="note">Machine transcription corrected by the summit team. Timestamps are minutes:seconds from the start of the recording; select one to jump there.</p>
<dl class="transcript">
{body}
</dl>
</div>
<!--kg-card-end: html-->
</section>
<footer class="session-footer"><p>Tags: <a href="/tags/moon/">moon</a>, <a href="/tags/propellant/">propellant</a>, <a href="/tags/launch/">launch</a></p>
<p><a href="/sessions/day-2/keynote-lunar-gateway/">← Previous: Keynote – Gateway status</a> · <a href="/sessions/day-2/panel-space-law/">Next: Panel – Property rights in space →</a></p></footer>
</article>
</main>
<footer class="site-footer"><p>© 2024 Orbital Futures Association · <a href="/code-of-conduct/">Code of conduct</a> · <a href="/accessibility/">Accessibility</a> · <a href="/privacy/">Privacy</a></p><p>Published with <a href="https://ghost.org/">Ghost</a></p></footer>
</div>
<script src="/js/transcript-seek.min.js" defer></script>
</body>
</html>
"""
    others = ["Marisol Vega", "Vega", "Elon Lindqvist", "Lindqvist", "Hana Sato", "Sato", "Audience member"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
