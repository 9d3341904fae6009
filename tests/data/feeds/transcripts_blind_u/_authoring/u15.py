from common import *

NAME = "u15_foundry_early_days"
SHOW = "Early Days (Foundry Audio)"
FMT = ("Ghost-CMS podcast-network episode page with schema.org microdata: an <h3> speaker heading per turn, then paragraphs "
       "that each begin with a timestamp link (#t=XmYs) shown as mm:ss — every paragraph of a long turn has its own time "
       "and the turn starts at the first; includes an archival clip turn; labels full then first name.")

R, K, E, C = "R", "K", "E", "C"
def lab(spk, seen):
    if spk == C:
        return "Archival clip: Elon Musk (2009)"
    full = {R: "Rosa Delgado", K: "Kimbal Musk", E: "Elon Musk"}[spk]
    return full if spk not in seen else full.split()[0]

T = [
 (R, [("00:12", "This is Early Days, from Foundry Audio. I\u2019m Rosa Delgado. Today, for the first time on this show, two brothers: Elon and Kimbal Musk. Welcome.")]),
 (K, [("00:21", "Thanks, Rosa. Great to be here.")]),
 (E, [("00:24", "Thanks for having us.")]),
 (R, [("00:27", "I want to start in 1995. You two drive across the country to start a company. What do you remember?")]),
 (K, [("00:40", "We had a car that barely ran. It was a 1970-something BMW, and every few hundred miles something fell off it. We were broke, and we were completely convinced the internet was going to be huge.")]),
 (E, [("01:15", "It was a very bad car. Like, a genuinely bad car. But we had the idea for Zip2, and we figured we could sleep in the office to save on rent."),
      ("01:31", "Which we did. There was a shower at the YMCA down the street, so that was the bathroom situation.")]),
 (R, [("02:02", "Before we go further, I found something in the archive. This is Elon in 2009, at a small conference in Palo Alto.")]),
 (C, [("02:10", "I think there\u2019s a good chance we fail. I\u2019d say better than even. But if we don\u2019t try, it definitely doesn\u2019t happen, so we\u2019re going to try.")]),
 (R, [("02:24", "Do you remember saying that?")]),
 (E, [("02:27", "Vaguely. That was a rough year. We\u2019d had three failures in a row on Falcon 1, and Tesla was almost out of money.")]),
 (K, [("02:36", "I remember. He was sleeping under his desk.")]),
 (E, [("02:39", "I was not sleeping under the desk. It was next to the desk.")]),
 (K, [("02:42", "Next to the desk.")]),
 (R, [("20:34", "Kimbal, you went into food. Elon, into rockets and cars. Why did you split?")]),
 (K, [("20:40", "I think we just care about different things. I want people to eat real food. As Elon always says, \u201cyou should do the thing that you\u2019d be sad if nobody did.\u201d For me that was food.")]),
 (E, [("21:02", "For me it was really about whether the future would be exciting. If we\u2019re a multiplanetary species, that\u2019s a future I want to live in."),
      ("21:20", "And sustainable energy, because we\u2019re going to run out of fossil fuels eventually, and it\u2019s better to switch before we\u2019re forced to."),
      ("21:41", "Those felt like the two most important things. Not the most profitable things. I honestly thought both companies would probably fail.")]),
 (R, [("44:10", "Last question. What do you admire about each other?")]),
 (K, [("44:15", "His persistence. He does not stop. It\u2019s almost annoying.")]),
 (E, [("44:40", "Kimbal is the one who actually knows how to talk to people. I\u2019m still learning that.")]),
 (K, [("44:50", "That\u2019s true.")]),
 (E, [("44:51", "It is true.")]),
 (R, [("45:25", "Elon, Kimbal, thank you both.")]),
 (E, [("45:30", "Thanks, Rosa.")]),
]

def tlink(ts):
    s = secs(ts)
    return '<a class="ts" href="#t=%dm%02ds" data-seconds="%d">%s</a>' % (s // 60, s % 60, s, ts)

def build():
    g = Gold("en")
    seen = set()
    out, others = [], []
    for spk, items in T:
        l = lab(spk, seen)
        seen.add(spk)
        if spk == C:
            out.append('<h3 id="clip-2009" class="speaker speaker--clip"><span>%s</span></h3>' % l)
        else:
            out.append('<h3 class="speaker">%s</h3>' % l)
        for i, (ts, text) in enumerate(items):
            frag = ent(text)
            out.append("<p>%s %s</p>" % (tlink(ts), frag))
            if i == 0 and spk in (E, C):
                g.add(secs(ts), frag)
        if spk not in (E, C) and l not in others:
            others.append(l)
    page = TEMPLATE.replace("{{T}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, others)

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Elon and Kimbal Musk: a bad car, a YMCA shower and two very different bets</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://foundryaudio.example/assets/built/screen.css?v=8c1e2f0a4b">
<meta name="description" content="Early Days, episode 31: Elon and Kimbal Musk on the 1995 road trip, Zip2, 2009 and why one brother chose food and the other chose rockets.">
<link rel="canonical" href="https://foundryaudio.example/early-days-31-elon-and-kimbal-musk/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Foundry Audio">
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Foundry Audio" href="https://foundryaudio.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://foundryaudio.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}.ts{font-family:ui-monospace,monospace;font-size:.8em;color:#8a5cf6;margin-right:.4em}h3.speaker{margin-top:1.6em;font-size:1.05em;text-transform:none}h3.speaker--clip{color:#b45309}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://foundryaudio.example/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-early-days tag-episodes has-sans-body">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
  <div class="gh-head-inner inner">
    <div class="gh-head-brand"><a class="gh-head-logo" href="https://foundryaudio.example"><img src="https://foundryaudio.example/content/images/2024/09/foundry-logo.png" alt="Foundry Audio"></a></div>
    <nav class="gh-head-menu"><ul class="nav"><li class="nav-shows"><a href="https://foundryaudio.example/shows/">Shows</a></li><li class="nav-early-days nav-current-parent"><a href="https://foundryaudio.example/tag/early-days/">Early Days</a></li><li class="nav-the-margin"><a href="https://foundryaudio.example/tag/the-margin/">The Margin</a></li><li class="nav-about"><a href="https://foundryaudio.example/about/">About</a></li></ul></nav>
    <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
  </div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-early-days tag-episodes" itemscope itemtype="https://schema.org/PodcastEpisode">
<meta itemprop="episodeNumber" content="31">
<header class="article-header gh-canvas">
  <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="https://foundryaudio.example/tag/early-days/" itemprop="partOfSeries" itemscope itemtype="https://schema.org/PodcastSeries"><span itemprop="name">Early Days</span></a></span></div>
  <h1 class="article-title" itemprop="name">Elon and Kimbal Musk: a bad car, a YMCA shower and two very different bets</h1>
  <p class="article-excerpt" itemprop="description">Episode 31. The brothers on the 1995 road trip, Zip2, the worst year of their lives, and why one of them chose food and the other chose rockets.</p>
  <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="https://foundryaudio.example/author/rosa/">Rosa Delgado</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-11" itemprop="datePublished">Feb 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 46 min listen</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-audio-card" itemprop="associatedMedia" itemscope itemtype="https://schema.org/MediaObject"><meta itemprop="contentUrl" content="https://foundryaudio.example/content/media/2025/02/early-days-31.mp3"><div class="kg-audio-player-container"><audio src="https://foundryaudio.example/content/media/2025/02/early-days-31.mp3" preload="metadata"></audio><div class="kg-audio-title">Early Days 31 &#8212; Elon &amp; Kimbal Musk</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio"></button><span class="kg-audio-current-time">0:00</span><span class="kg-audio-time">/<span class="kg-audio-duration">46:02</span></span></div></div></div>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Chapters</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div><div class="kg-toggle-content"><p>00:24 Elon Musk joins &middot; 01:15 The very bad car &middot; 02:10 Archive: Elon Musk in 2009 &middot; 20:34 Food vs. rockets &middot; 44:10 What they admire</p></div></div>
<blockquote class="kg-blockquote-alt">&#8220;I honestly thought both companies would probably fail.&#8221; &#8212; Elon Musk</blockquote>
<h2 id="transcript">Transcript</h2>
<p><em>Click any timestamp to jump to that moment. The 2009 clip is used with permission of the conference organisers.</em></p>
<div class="transcript" itemprop="transcript">
{{T}}
</div>
<hr>
<p>Early Days is produced by Foundry Audio. Producer: Sam Whitlock. Mixing: Dee Arroyo. Music: &#8220;First Light&#8221; by The Hollow Reeds.</p>
</section>
<section class="article-comments gh-canvas"><div class="gh-comments-count">7 comments</div>
<div class="ghost-comments-root" data-post-id="65c8f1a2e4b0a1">
<div class="gh-comment"><div class="gh-comment-author">Kimbal&#8217;s Kitchen Fan Club</div><div class="gh-comment-body"><p>&#8220;Next to the desk.&#8221; I laughed out loud on the train.</p></div></div>
<div class="gh-comment"><div class="gh-comment-author">Elon M. (not that one)</div><div class="gh-comment-body"><p>Thanks for having us. Ok that&#8217;s all I have, I just wanted to say it once.</p></div></div>
</div></section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="https://foundryaudio.example/early-days-30/"><h2 class="post-card-title">Early Days 30: The founders of a tiny satellite company</h2></a></article><article class="post-card"><a class="post-card-content-link" href="https://foundryaudio.example/early-days-29/"><h2 class="post-card-title">Early Days 29: A restaurant that almost didn&#8217;t open</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://foundryaudio.example">Foundry Audio</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://foundryaudio.example/privacy/">Privacy</a></li><li><a href="https://foundryaudio.example/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.example/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="https://foundryaudio.example/assets/built/casper.js?v=8c1e2f0a4b"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
