from lib import *

def j06():
    J = "Jess Okafor"; TB = "Tom Brandt"; R = "Ravi Menon"
    turns = [
        T(J, 0, "Hey everybody, welcome to Orbit & Ohms. I'm Jess."),
        T(TB, 4, "And I'm Tom. And today we are talking about the man, the myth, the timeline. We're talking Elon."),
        T(J, 11, "We are not talking to Elon, to be clear. He did not return our emails. We're talking about him with Ravi Menon, who spent six years as a propulsion engineer on the launch side."),
        T(R, 24, "Happy to be here. And for the record, I didn't email him either."),
        T(TB, 29, "So Ravi, Musk once said, and I'm reading this off my notes, \u201cthe best part is no part.\u201d What does that actually mean on the shop floor?"),
        T(R, 41, "It means every design review starts with somebody asking what we can delete. As Elon told me in my very first review, \u201cif you're not adding back ten percent of what you deleted, you didn't delete enough.\u201d"),
        T(J, 3599, "That's brutal."),
        T(R, 3601, "It's brutal and it works, mostly."),
        T(TB, 3605, "Okay, we have a clip here from the shareholder meeting. Let's play it."),
        T(None, 3609, "[CLIP: Musk speaking at the shareholder meeting \u2014 audio not transcribed for rights reasons]", raw=True),
        T(J, 3640, "So that's him saying the robot will outsell the car. Ravi, your reaction?"),
        T(R, 3646, "Elon Musk: \u201cit will be the biggest product ever.\u201d That's the headline. My reaction is, I'll believe it when it folds laundry."),
        T(TB, 3662, "And on that note, that's the show."),
    ]
    lab = {J: "Jess", TB: "Tom", R: "Ravi"}
    rows = []
    for tu in turns:
        ts = hms(tu["t"], force_h=True)
        if tu.get("raw"):
            rows.append(f'<p class="tx-line tx-note">[{ts}] <em>{esc(tu["paras"][0])}</em></p>'); continue
        rows.append(f'<p class="tx-line">[{ts}] {lab[tu["spk"]]}: {esc(tu["paras"][0])}</p>')
    tr = "\n".join(rows)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orbit &amp; Ohms #88: The Elon Question (with Ravi Menon) &mdash; Paragon Audio Network</title>
<meta name="description" content="Jess and Tom talk Elon Musk, deletion, and robots with former propulsion engineer Ravi Menon.">
<link rel="stylesheet" href="https://paragonaudio.net/static/network.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PARAGON01"></script>
</head>
<body class="episode-page">
<header class="pn-header"><a href="/" class="pn-logo">Paragon Audio Network</a>
<nav class="pn-nav"><a href="/shows">Shows</a><a href="/shows/orbit-and-ohms">Orbit &amp; Ohms</a><a href="/newsletter">Newsletter</a><a href="/advertise">Advertise</a></nav></header>
<main class="pn-main">
<div class="episode-hero"><p class="show-name"><a href="/shows/orbit-and-ohms">Orbit &amp; Ohms</a></p>
<h1>#88: The Elon Question (with Ravi Menon)</h1>
<p class="ep-meta">Season 4 &middot; 1 hr 1 min &middot; Released July 2, 2026</p>
<div class="player" data-src="https://cdn.paragonaudio.net/oo/088.mp3"><button class="play">Play</button></div></div>
<section class="show-notes"><h2>Show notes</h2>
<p>Elon Musk has opinions about deleting parts. So does our guest. Jess and Tom dig into the engineering culture behind the rockets, with a detour into humanoid robots.</p>
<h3>Quotes we talk about</h3>
<ul><li>Elon Musk: &ldquo;The best part is no part.&rdquo;</li>
<li>Elon Musk: &ldquo;It will be the biggest product ever.&rdquo; (2026 shareholder meeting)</li></ul>
<h3>Chapters</h3>
<ol class="chapters"><li><a href="?t=0">00:00:00</a> Intro</li><li><a href="?t=29">00:00:29</a> &ldquo;The best part is no part&rdquo;</li><li><a href="?t=3605">01:00:05</a> Shareholder meeting clip</li></ol>
<p><strong>Note:</strong> Elon Musk does not appear on this episode.</p></section>
<section class="transcript"><h2>Transcript</h2>
<p class="tx-disclaimer">Auto-generated, then edited by a human who had too much coffee.</p>
{tr}
</section>
<section class="comments"><h2>Listener comments</h2>
<article class="comment"><header><span class="c-user">@ElonMuskOfficialFan</span> <time datetime="2026-07-02">2d</time></header><p>Elon Musk: the best part is no part. Ravi nailed it.</p></article>
<article class="comment"><header><span class="c-user">Elon M.</span> <time datetime="2026-07-03">1d</time></header><p>No relation, I promise. Great ep.</p></article>
<article class="comment"><header><span class="c-user">beth_in_ohio</span> <time datetime="2026-07-03">1d</time></header><p>Please get the actual guy on someday!</p></article>
</section>
</main>
<footer class="pn-footer"><p>&copy; 2026 Paragon Audio Network LLC</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p></footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-PARAGON01');</script>
</body>
</html>'''
    write("j06_paragon_trap", page,
          "Podcast network episode page; one <p> per turn as '[hh:mm:ss] Name: text'; Elon Musk is only discussed and quoted, and a clip of him is described but not transcribed.",
          "Orbit & Ohms (Paragon Audio Network)", gold_turns(turns), ["Jess", "Tom", "Ravi"])
