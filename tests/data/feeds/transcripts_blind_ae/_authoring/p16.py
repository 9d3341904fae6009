from lib import *

NAME = "ae16_deepfield-ghost"
SHOW = "Deep Field"
N, TB = "NF", "TB"

# every paragraph carries its own time: paras are (seconds, text)
turns = [
    T(N, "Nadia Farrow", 6,
      (6, "This is Deep Field, from Parallax Audio Network. I&rsquo;m Nadia Farrow."),
      (11, "Today&rsquo;s episode is a little different. Usually we talk to astronomers. Today we&rsquo;re talking to the person a lot of astronomers email us to complain about: Elon Musk. My co-host is here to do the complaining.")),
    T(TB, "Theo Brandt", 31, (31, "I&rsquo;m Theo. I&rsquo;m here to be the grumpy astronomer.")),
    T(EM, "Elon Musk", 36, (36, "Every show needs one.")),
    T(N, "NF", 39, (39, "Let&rsquo;s start with the grumpy part, then. Satellite streaks across telescope images. What have you actually done about them?")),
    T(EM, "EM", 52,
      (52, "Yeah, that&rsquo;s a fair complaint, and early on we didn&rsquo;t think about it enough, honestly. The first batch was a lot brighter than anyone expected."),
      (80, "Since then we&rsquo;ve tried dark coatings, sun visors, and now a mirror film that reflects light away from the ground. The newer satellites are much dimmer, although not invisible."),
      (108, "And honestly the astronomers have been really helpful. They told us exactly which brightness level matters for their surveys.")),
    T(TB, "TB", 130, (130, "Okay.")),
    T(EM, "EM", 131, (131, "And we share orbital data so observatories can schedule around the passes. That&rsquo;s free, it&rsquo;s public, anybody can use it.")),
    T(TB, "TB", 1300,
      (1300, "Here&rsquo;s the question I actually wanted to ask. Starship has a nine-meter fairing. Could you launch a telescope in it that&rsquo;s bigger than anything we have?")),
    T(EM, "EM", 1312,
      (1312, "Yes, and I think that&rsquo;s one of the most exciting uses. You could launch a monolithic mirror without folding it, which removes a lot of the complexity that made the last big telescope so hard."),
      (1344, "As my old physics teacher used to say, &ldquo;the universe rewards people who build bigger buckets.&rdquo; She meant light buckets.")),
    T(N, "NF", 2703, (2703, "Let&rsquo;s talk about Mars, because our listeners will riot if we don&rsquo;t.")),
    T(EM, "EM", 2710,
      (2710, "Sure. The basic plan is still to send cargo ships first, to prove the landing and set up power and propellant production."),
      (2741, "Then people. It&rsquo;s going to be dangerous and uncomfortable, especially in the beginning, and I think we should be honest about that."),
      (2779, "But if we don&rsquo;t start, we&rsquo;ll never get there. At some point you have to actually go.")),
    T(TB, "TB", 3725, (3725, "Last one, from a listener in Tromsø: will you go to space yourself?")),
    T(EM, "EM", 3731, (3731, "Probably, at some point. Not on the first flights. The company needs me on the ground more than Mars needs me right now.")),
    T(N, "NF", 3780, (3780, "Elon Musk, thank you for coming on Deep Field.")),
    T(EM, "EM", 3782, (3782, "Thank you, both.")),
    T(TB, "TB", 3784, (3784, "Clear skies, everyone.")),
]

for t in turns:
    t["tp"] = t["paras"]
    t["paras"] = [p[1] for p in t["tp"]]
    assert t["t"] == t["tp"][0][0]


def frag(s):
    h, r = divmod(s, 3600)
    m, sec = divmod(r, 60)
    return ("%dh%02dm%02ds" % (h, m, sec)) if h else ("%dm%02ds" % (m, sec))


def iso(s):
    h, r = divmod(s, 3600)
    m, sec = divmod(r, 60)
    out = "PT"
    if h:
        out += "%dH" % h
    if m or h:
        out += "%dM" % m
    return out + "%dS" % sec


def render_turns():
    out = []
    for t in turns:
        out.append('<p class="speaker"><strong>%s</strong></p>' % t["label"])
        for s, tx in t["tp"]:
            out.append('<p><a class="ts" href="#t=%s"><time datetime="%s">%s</time></a> %s</p>' % (frag(s), iso(s), adaptive(s), tx))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Elon Musk on satellite streaks, giant mirrors and Mars</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2c81f0e1a3">
    <meta name="description" content="Deep Field, episode 40: Elon Musk joins Nadia Farrow and Theo Brandt.">
    <link rel="canonical" href="https://parallaxaudio.net/deep-field-40-elon-musk/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Parallax Audio Network">
    <meta name="generator" content="Ghost 5.82">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://parallaxaudio.net/" data-key="0b5f6e1c2d" data-api="https://parallaxaudio.net/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:5px}</style>
</head>
<body class="post-template tag-deep-field tag-hash-transcript is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://parallaxaudio.net">Parallax Audio Network</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-shows"><a href="https://parallaxaudio.net/shows/">Shows</a></li><li class="nav-deep-field nav-current-parent"><a href="https://parallaxaudio.net/tag/deep-field/">Deep Field</a></li><li class="nav-night-shift"><a href="https://parallaxaudio.net/tag/night-shift/">Night Shift</a></li><li class="nav-about"><a href="https://parallaxaudio.net/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-deep-field">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/deep-field/">Deep Field</a></span></div>
        <h1 class="article-title">Elon Musk on satellite streaks, giant mirrors and Mars</h1>
        <p class="article-excerpt">Deep Field, episode 40. Theo finally gets to ask about the streaks.</p>
        <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Farrow</a>, <a href="/author/theo/">Theo Brandt</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-07-30">Jul 30, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 14 min read</span></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://parallaxaudio.net/content/media/2024/07/deep-field-40.mp3" preload="metadata"></audio><div class="kg-audio-title">Deep Field 40 &ndash; Elon Musk</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio">&#9654;</button><span class="kg-audio-current-time">0:00</span><div class="kg-audio-time">/<span class="kg-audio-duration">1:03:10</span></div></div></div></figure>
        <p>Theo has been writing angry emails about satellite trails for five years. This time, the recipient answered in person. We also talk about what a nine-metre fairing could do for astronomy, and about Mars.</p>
        <div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#10024;</div><div class="kg-callout-text"><strong>Highlights</strong><br>EM: &ldquo;The newer satellites are much dimmer, although not invisible.&rdquo;<br>EM: &ldquo;You could launch a monolithic mirror without folding it.&rdquo;<br>TB: &ldquo;I&rsquo;m here to be the grumpy astronomer.&rdquo;</div></div>
        <h2 id="transcript">Transcript</h2>
        <p><em>NF = Nadia Farrow, TB = Theo Brandt, EM = Elon Musk. Click any time to jump there in the player.</em></p>
%(TRANSCRIPT)s
        <hr>
        <p><em>Deep Field is produced by Parallax Audio Network. Theme music by Oda Lien.</em></p>
    </section>
</article>
</main>
<section class="article-comments gh-canvas"><div class="ghost-comments-root" data-post-id="66a8c2f4e1"><h3>3 comments</h3>
<div class="gh-comment"><div class="gh-comment-author">Elon Mask</div><div class="gh-comment-date">2 days ago</div><p>EM: &ldquo;Every show needs one.&rdquo; Theo: visibly wounded.</p></div>
<div class="gh-comment"><div class="gh-comment-author">Ingrid Solheim</div><div class="gh-comment-date">2 days ago</div><p>Listener from Troms&oslash; here, thanks for asking my question!</p></div>
<div class="gh-comment"><div class="gh-comment-author">muskrat_astronomer</div><div class="gh-comment-date">1 day ago</div><p>At 21:52 he says &ldquo;monolithic mirror&rdquo; &mdash; that alone would change everything for UV astronomy.</p></div>
</div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/deep-field-39-radio-quiet-zones/"><h2 class="post-card-title">Deep Field 39: Living in a radio quiet zone</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/night-shift-12-ferry-captains/"><h2 class="post-card-title">Night Shift 12: Ferry captains</h2></a></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://parallaxaudio.net">Parallax Audio Network</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://parallaxaudio.net/rss/">RSS</a></li><li><a href="https://parallaxaudio.net/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=2c81f0e1a3"></script>
<script>document.querySelectorAll('a.ts').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();var m=a.getAttribute('href').match(/t=(?:(\\d+)h)?(\\d+)m(\\d+)s/);var s=(+(m[1]||0))*3600+(+m[2])*60+(+m[3]);var au=document.querySelector('.kg-audio-card audio');au.currentTime=s;au.play();});});</script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "Ghost (Casper) post; a bold speaker line per turn (full name first, then initials EM/NF/TB) followed by paragraphs that EACH start with a time link href=\"#t=20m34s\" wrapping <time datetime=\"PT20M34S\">20:34</time> (h:mm:ss past the hour); the turn starts at its first paragraph's time.",
                 SHOW, gold_from(turns), others_from(turns))
