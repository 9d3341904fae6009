from common import *

NAME = "h14_hard_problems_squarespace_two_elons"
LAB = {"G": ("Grace Lindell", "Grace"), ELON: ("Elon Musk", "Musk"), "B": ("Elon Barak", "Elon B.")}
T = [
    ("G", 0, ["This is Hard Problems, I'm Grace Lindell. Today's topic is tunnels, and by a funny coincidence both of my guests are named Elon. Elon Musk, who runs The Boring Company among other things, and Elon Barak, who spent twenty years building metro tunnels in Tel Aviv and Haifa."]),
    (ELON, 42, ["Two Elons. That's statistically improbable."]),
    ("B", 45, ["In Israel it's not so rare, actually. It's a Hebrew name. It means oak tree."]),
    (ELON, 51, ["I didn't know that. Good to know."]),
    ("G", 185, ["Elon Barak, let's start with you. Why are tunnels so expensive?"]),
    ("B", 190, ["Mostly it's not the boring. The machine is maybe ten percent of the cost. It's the stations, the utilities you must move, the permits, the lawyers. And the diameter. Everybody builds big tunnels because the standard says so."]),
    ("G", 230, ["Sure."]),
    ("B", 231, ["So if you want cheap tunnels, you must attack all of those at once, not just the machine."]),
    (ELON, 730, ["I agree with almost all of that. Where I'd push back a little is the machine. Boring speed is still way too slow, like a snail is faster. If you can bore continuously and line the tunnel while you bore, that changes the economics."]),
    ("B", 921, ["In soft ground, yes. In the rock under Haifa, you will not beat the snail by much."]),
    (ELON, 929, ["Fair. Rock is a different story."]),
    ("G", 2652, ["Musk, you've been criticised for the Las Vegas loop being, and I'm quoting a city planner here, \u201cjust cars in a pipe.\u201d What do you say to that?"]),
    (ELON, 2661, ["It is cars in a pipe. That's the point. It's point to point, no stops, and it moves a lot of people during conventions. It's a building block, not the final form."]),
    ("G", 2690, ["Wow. Okay."]),
    ("G", 4320, ["We're over time. Last word to each of you. Elon B.?"]),
    ("B", 4325, ["Make the tunnels smaller. Everything else follows."]),
    ("G", 4332, ["And Musk?"]),
    (ELON, 4334, ["Same. Smaller and faster. And thanks for having two Elons on, that was fun."]),
]
# merge consecutive same-speaker rows (Grace at 2690 and 4320 are two paragraphs of one turn)
MERGED = []
for spk, t, paras in T:
    if MERGED and MERGED[-1][0] == spk:
        MERGED[-1] = (spk, MERGED[-1][1], MERGED[-1][2] + paras)
    else:
        MERGED.append((spk, t, list(paras)))


def tlabel(t):
    m, s = divmod(int(t), 60)
    return f'<a class="ts" href="#t={m}m{s:02d}s">({mmss(t)})</a>'


def build():
    seen = set()
    out = []
    for spk, t, paras in T:
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append(f'<p><strong>{E(label)}</strong> {tlabel(t)}: {E(paras[0])}</p>')
    body = "\n".join(out)
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep 57: Two Elons and a Tunnel &mdash; Hard Problems</title>
<meta property="og:site_name" content="Hard Problems">
<meta property="og:title" content="Ep 57: Two Elons and a Tunnel">
<link rel="canonical" href="https://www.hardproblemspod.com/episodes/ep-57-two-elons-and-a-tunnel">
<script type="text/javascript" crossorigin="anonymous" defer src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime-2b1f.js"></script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f1e/82/site.css" rel="stylesheet" type="text/css">
<script>Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"0","website":{{"id":"5f1e","siteTitle":"Hard Problems"}}}};</script>
</head>
<body id="item-66a1" class="collection-type-blog view-item">
<div class="site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary">
 <div class="header-title"><a href="/" class="header-title-text">Hard Problems</a></div>
 <nav class="header-nav-list"><div class="header-nav-item"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/sponsors">Sponsors</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav>
</header>
<main id="page" class="container" role="main">
<article class="entry h-entry hentry author-grace-lindell post-type-text">
 <div class="blog-item-top-wrapper"><h1 class="entry-title entry-title--large p-name">Ep 57: Two Elons and a Tunnel</h1>
 <div class="blog-item-meta-wrapper"><time class="dt-published" datetime="2025-05-20">May 20, 2025</time> <span class="blog-author">Grace Lindell</span></div></div>
 <div class="blog-item-content e-content">
  <div class="sqs-block audio-block"><div class="sqs-audio-embed" data-url="https://static1.squarespace.example/static/5f1e/t/66a1/hp57.mp3" data-title="Ep 57: Two Elons and a Tunnel" data-duration-in-ms="4402000"></div></div>
  <div class="sqs-block html-block"><div class="sqs-block-content">
  <p>Why does a kilometre of subway cost more than a kilometre of almost anything else? Grace is joined by Elon Musk of The Boring Company and veteran Israeli tunnel engineer Elon Barak to argue about tunnel diameter, boring speed and whether &ldquo;cars in a pipe&rdquo; is an insult.</p>
  <p><strong>To avoid confusion:</strong> in the transcript we label Musk as <em>Musk</em> and Barak as <em>Elon B.</em> after their first appearance. Click a timestamp to jump the player.</p>
  <h3>Sponsors</h3>
  <p>This episode is supported by Quarrystone Surveying. Hard Problems listeners get a free site assessment at quarrystone.example/hp.</p>
  <h2>Transcript</h2>
{body}
  <p><em>Transcript edited for clarity. Times are mm:ss from the start of the episode.</em></p>
  </div></div>
 </div>
 <footer class="blog-item-footer"><div class="blog-meta-item--tags"><a href="/episodes?tag=tunnels">tunnels</a>, <a href="/episodes?tag=infrastructure">infrastructure</a></div>
 <div class="item-pagination"><a href="/episodes/ep-56-desalination" class="item-pagination-link--prev">Previous: Ep 56: Who pays for desalination?</a> <a href="/episodes/ep-58-grid-inertia" class="item-pagination-link--next">Next: Ep 58: Grid inertia, explained</a></div></footer>
</article>
<section id="comments" class="squarespace-comments"><h3>Comments (2)</h3>
 <div class="comment"><span class="comment-author">Elon Katz</span><p>Third Elon checking in. Great episode, Barak is right about diameter.</p></div>
 <div class="comment"><span class="comment-author">tunnelgeek</span><p>&ldquo;Musk: It is cars in a pipe. That&rsquo;s the point.&rdquo; &mdash; I laughed out loud.</p></div>
</section>
</main>
<footer id="footer" class="footer"><div class="sqs-block-content"><p>&copy; 2025 Hard Problems Media. All rights reserved.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/rss">RSS</a></p></div></footer>
</div>
<script type="text/javascript" src="//assets.squarespace.example/@sqs/polyfiller/1.6/modern.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Squarespace blog episode page; one <p> per speaker paragraph as '<strong>Name</strong> (mm:ss): text', the time a '#t=XmYYs' player link, minutes running past 59; full label first then 'Musk' / 'Elon B.'; consecutive paragraphs by one speaker repeat the label.",
                 "Hard Problems", MERGED, ["Grace Lindell", "Grace", "Elon Barak", "Elon B."])


if __name__ == "__main__":
    build()
