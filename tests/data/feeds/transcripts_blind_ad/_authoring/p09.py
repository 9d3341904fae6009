"""ad09: TRAP. Podcast-network episode page where Maye Musk is the guest; Elon Musk is
discussed, quoted and 'read' by an AI voice, but never speaks. Expected turns: []."""
from common import *

NAME = "ad09_northlight_trap_maye"
SHOW = "Kitchen Table Legacies (Northlight Audio)"

J, A, MY, AI = "J", "A", "MY", "AI"
T = [
    {"s": J, "p": ["Welcome to Kitchen Table Legacies, the show about families and the things they pass down. I&rsquo;m Jonah Pell."]},
    {"s": A, "p": ["And I&rsquo;m Ama Quist. Today&rsquo;s guest is a model, a dietitian, an author, and the mother of three children you may have heard of. Maye Musk, welcome."]},
    {"s": MY, "p": ["Thank you, it&rsquo;s lovely to be here. I&rsquo;ve been looking forward to this because you promised me we wouldn&rsquo;t only talk about my son."]},
    {"s": J, "p": ["We did promise that. We&rsquo;ll mostly keep it."]},
    {"s": MY, "p": ["Mostly. I know how this goes."]},
    {"s": A, "at": 412, "p": ["Let&rsquo;s start with your own career, then. You started modelling at fifteen, in Pretoria."]},
    {"s": MY, "p": ["I did. And I&rsquo;m still doing it, which surprises everyone, including me. The industry didn&rsquo;t used to have a place for women over forty. Now it has a little place, and I&rsquo;ve tried to make it bigger."]},
    {"s": J, "p": ["Elon once said &mdash; I think it was at a graduation &mdash; &ldquo;Don&rsquo;t confuse a plan with a promise.&rdquo; Did that come from you?"]},
    {"s": MY, "p": ["I don&rsquo;t think so! I&rsquo;m a planner. I always had three plans. Elon is more of a promiser. Kimbal is the one who actually cooks the dinner."]},
    {"s": A, "at": 1290, "p": ["Before the show you told us about a note Elon left you when he sold his first computer game. You gave us the wording as you remember it, and we had it read by an AI voice, because of course there&rsquo;s no recording."]},
    {"s": AI, "p": ["Dear Mum. The computer game is finished. The magazine will print it and they say they will pay me. I will use the money for more computer parts. Please do not tell Kimbal yet. Love, Elon."]},
    {"s": MY, "p": ["Oh, that&rsquo;s very close to how I remember it. He did spend all the money on computer parts. I remember he called me from his room, which was only down the hall, and said, &lsquo;Mom, they&rsquo;re going to print it.&rsquo; He was so proud."]},
    {"s": J, "at": 1705, "p": ["How does a mother react when her son says he wants to go to Mars?"]},
    {"s": MY, "p": ["The same way she reacts when he says he wants to go to the shops. You say, &lsquo;Be careful, take a jacket.&rsquo; After the first launch worked, he phoned me and said, &lsquo;Mom, the rocket worked,&rsquo; and then hung up because he had to go back to work."]},
    {"s": A, "at": 2140, "p": ["Musk has said publicly that his childhood was difficult. Is that something you talk about?"]},
    {"s": MY, "p": ["It was a difficult time for all of us. I prefer to talk about what came after, which is that we got out, and we built something good. My children are close. That&rsquo;s what I&rsquo;m proudest of."]},
    {"s": J, "at": 2390, "p": ["Maye Musk, thank you so much."]},
    {"s": MY, "p": ["Thank you both. And tell Elon I said he should sleep more."]},
    {"s": A, "p": ["We&rsquo;ll pass it along. That&rsquo;s our show."]},
]
assign_times(T, start=38, seed=99, wps=2.6, gap=1.2)

LAB = {J: ("Jonah Pell", "Jonah"), A: ("Ama Quist", "Ama"), MY: ("Maye Musk", "Maye"),
       AI: ("AI VOICE (reading Elon Musk&rsquo;s childhood note)", "AI VOICE")}


def render():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        lab = LAB[s][0] if s not in seen else LAB[s][1]
        seen.add(s)
        out.append(f'<p class="tx-turn"><strong>{lab} ({hhmmss(tr["ts"][0])}):</strong> {tr["p"][0]}</p>')
        out.extend(f"<p>{p}</p>" for p in tr["p"][1:])
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Maye Musk on raising a family of builders &mdash; Kitchen Table Legacies | Northlight Audio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Maye Musk joins Jonah Pell and Ama Quist to talk about modelling at 75, three plans for everything, and the rocket-launch phone call.">
<link rel="stylesheet" href="https://northlightaudio.example/_next/static/css/5b2e1c0a.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Maye Musk on raising a family of builders","partOfSeries":{{"@type":"PodcastSeries","name":"Kitchen Table Legacies"}},"publisher":{{"@type":"Organization","name":"Northlight Audio"}}}}</script>
</head>
<body>
<div id="__next">
<header class="nl-header"><a class="nl-logo" href="https://northlightaudio.example/">NORTHLIGHT<span>AUDIO</span></a>
<nav class="nl-nav"><a href="https://northlightaudio.example/shows">Shows</a><a href="https://northlightaudio.example/new">New episodes</a><a href="https://northlightaudio.example/transcripts">Transcripts</a><a href="https://northlightaudio.example/plus">Northlight+</a></nav></header>
<main class="nl-episode">
<div class="nl-show-crumb"><a href="https://northlightaudio.example/shows/kitchen-table-legacies">Kitchen Table Legacies</a> &middot; Season 4, Episode 9</div>
<h1>Maye Musk on raising a family of builders</h1>
<div class="nl-episode-meta"><time datetime="2025-05-11">May 11, 2025</time> &middot; 41 min &middot; <a href="#transcript">Transcript</a></div>
<div class="nl-player" data-audio="https://audio.northlightaudio.example/ktl/s4e9.mp3"><button class="nl-play">Play episode</button><span class="nl-dur">41:06</span></div>
<section class="nl-shownotes"><h2>Episode notes</h2>
<p>Maye Musk &mdash; model, dietitian and author &mdash; talks to Jonah and Ama about starting over more than once, why she always has three plans, and what it was like to get a thirty-second phone call after her son Elon&rsquo;s first successful rocket launch. Plus: we ask an AI voice to read a note Elon left his mother as a boy.</p>
<p><strong>Note:</strong> Elon Musk does not appear in this episode. The note is read by a synthetic voice from Maye&rsquo;s recollection of its wording.</p>
</section>
<section class="nl-quotes"><h2>Quotes from this episode</h2>
<blockquote><p>Maye Musk: &ldquo;I always had three plans.&rdquo;</p></blockquote>
<blockquote><p>Elon Musk (as remembered by Maye): &ldquo;Mom, the rocket worked.&rdquo;</p></blockquote>
</section>
<section class="nl-transcript" id="transcript"><h2>Transcript</h2>
<p class="nl-tx-note">This transcript has been condensed; timestamps follow the full episode. Transcripts are produced by Northlight&rsquo;s production team and may contain errors. Please check the audio before quoting.</p>
{render()}
</section>
<section class="nl-more"><h2>More from Northlight</h2><ul>
<li><a href="https://northlightaudio.example/shows/deep-orbit/ep/98">Deep Orbit: Elon Musk &mdash; the 2019 interview (rerun)</a></li>
<li><a href="https://northlightaudio.example/shows/kitchen-table-legacies/ep/s4e8">Kitchen Table Legacies: The Pasta Dynasty</a></li>
<li><a href="https://northlightaudio.example/shows/fieldnotes/ep/212">Fieldnotes: Kimbal Musk on growing food in shipping containers</a></li></ul></section>
</main>
<footer class="nl-footer"><p>&copy; 2025 Northlight Audio LLC. All rights reserved.</p><p><a href="https://northlightaudio.example/privacy">Privacy</a> &middot; <a href="https://northlightaudio.example/terms">Terms</a> &middot; <a href="https://northlightaudio.example/advertise">Advertise</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"episode":{{"slug":"s4e9","guests":["Maye Musk"],"mentions":["Elon Musk","Kimbal Musk"]}}}}}},"page":"/shows/[show]/ep/[ep]"}}</script>
<script src="https://northlightaudio.example/_next/static/chunks/main-1f0c.js" defer></script>
</body>
</html>
"""
    fmt = ("Podcast-network episode page: each turn is a <p> opening with a bold 'Name (hh:mm:ss):' label (full name first, "
           "first name later), continuation <p>s unlabelled; he is quoted, discussed and read by an AI voice but never speaks.")
    others = ["Jonah Pell", "Jonah", "Ama Quist", "Ama", "Maye Musk", "Maye",
              "AI VOICE (reading Elon Musk\u2019s childhood note)"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
