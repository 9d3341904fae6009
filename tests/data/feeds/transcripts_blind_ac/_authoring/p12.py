"""ac12: Ghost blog; bold 'Name' + (mm:ss) link (#t=NNmSSs, minutes past 59) on its own line, paragraphs below; TTS reading his post; plain-text copy in <details>."""
from common import gold_from, mmss, gold

NAME = "ac12_signalnoise"
SHOW = "Signal & Noise"

LBL = {"O": ("Owen Achterberg", "Owen"), "P": ("Priya Natarajan", "Priya"),
       "V": ("Synthetic voice (reading Musk&rsquo;s post)", "Synthetic voice (reading Musk&rsquo;s post)"),
       "E": ("Elon Musk", "Elon Musk")}

T = [
    ("O", 1895, ["Okay, one more news item before the interview. Priya, you wanted to do the post."]),
    ("P", 1898, ["I did. So on Sunday night he posted a long thread about the chip fab idea, and since we can&rsquo;t show it on audio, we had our text-to-speech thing read the first part."]),
    ("V", 1900, ["&ldquo;Current chip supply will not be enough for what we need in three to four years. We may have to build our own fab. This would be very hard.&rdquo;"]),
    ("O", 1911, ["And that is, I would say, an understatement."]),
    ("P", 1914, ["It&rsquo;s a huge understatement. We&rsquo;ll ask him about it, because, spoiler, we got him."]),
    ("O", 3720, ["We&rsquo;re back. Joining us now, for real this time, not a robot voice: Elon Musk. Welcome to Signal &amp; Noise."]),
    ("E", 3728, ["Thanks. Good to be here. I heard you had a robot read my post."]),
    ("P", 3733, ["We did. Sorry about that."]),
    ("E", 3735, ["It was probably clearer than when I read it myself."]),
    ("O", 3740, ["So, the fab. Are you serious?"]),
    ("E", 3743, ["Yes, I&rsquo;m serious about the problem. Whether the solution is our own fab or not, I don&rsquo;t know yet.",
                 "If you extrapolate how much compute we need for autonomy and for the robots, and then look at what the existing suppliers plan to build, there&rsquo;s a gap. It might be a big gap. We either help close it with partners, or we do it ourselves."]),
    ("P", 3789, ["People who build fabs say it takes a decade and tens of billions of dollars."]),
    ("E", 3796, ["They&rsquo;re probably right about the money. I&rsquo;m less sure about the decade. A lot of that time is process and permitting, and some of it is just habit."]),
    ("O", 4452, ["Last thing, because I know you have to go. What&rsquo;s the thing you&rsquo;re most excited about this year that nobody asks you about?"]),
    ("E", 4458, ["Honestly, the boring stuff. Manufacturing improvements. We found a way to cast a part that used to be seventy parts. Nobody will ever write a headline about that, but it&rsquo;s beautiful."]),
    ("P", 4473, ["That&rsquo;s very on brand."]),
    ("E", 4475, ["Probably."]),
    ("O", 4478, ["Elon Musk, thank you."]),
]


def tlink(t):
    return '<a class="ts" href="#t=%dm%02ds">(%s)</a>' % (t // 60, t % 60, mmss(t))


def render():
    out, seen = [], set()
    for spk, t, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        out.append('<p class="spk"><strong>%s</strong> %s</p>' % (lab, tlink(t)))
        for p in paras:
            out.append("<p>%s</p>" % p)
    return "\n".join(out)


def render_plain():
    lines, seen = [], set()
    for spk, t, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        lines.append("%s (%s): %s" % (lab, mmss(t), " ".join(paras)))
    return "\n\n".join(lines)


def build():
    turns = gold_from(T)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>#147: The fab question, with Elon Musk</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a4e1c2b7d">
    <link rel="canonical" href="https://signalnoise.fm/147-the-fab-question/">
    <meta name="generator" content="Ghost 5.82">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://signalnoise.fm/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}}</style>
</head>
<body class="post-template tag-episodes tag-hash-transcript">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://signalnoise.fm">Signal &amp; Noise</a></div>
        <nav class="gh-head-menu"><ul class="nav"><li class="nav-episodes"><a href="https://signalnoise.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://signalnoise.fm/about/">About</a></li><li class="nav-merch"><a href="https://signalnoise.fm/merch/">Merch</a></li></ul></nav>
        <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-episodes">
    <header class="article-header gh-canvas">
        <section class="article-tag"><a href="https://signalnoise.fm/tag/episodes/">Episodes</a></section>
        <h1 class="article-title">#147: The fab question, with Elon Musk</h1>
        <p class="article-excerpt">Owen and Priya cover the week, then Elon Musk joins to explain why he keeps talking about building a chip fab.</p>
        <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Achterberg</a>, <a href="/author/priya/">Priya Natarajan</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-17">Feb 17, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 1 hr 16 min listen</span></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="https://signalnoise.fm/content/media/2026/02/snf147.mp3" preload="metadata"></audio><div class="kg-audio-title">Signal &amp; Noise #147</div><div class="kg-audio-player"><button class="kg-audio-play-icon" aria-label="Play audio"></button><span class="kg-audio-duration">76:02</span></div></div></figure>
        <h2 id="chapters">Chapters</h2>
        <ul>
            <li>(00:00) Cold open</li>
            <li>(04:10) The week in launches</li>
            <li>(31:35) The Sunday-night post, read by a robot</li>
            <li>(62:00) Interview begins</li>
            <li>(62:23) Elon Musk: &ldquo;I&rsquo;m serious about the problem&rdquo;</li>
            <li>(74:18) Elon Musk: the seventy-part casting</li>
        </ul>
        <div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128279;</div><div class="kg-callout-text">Links mentioned: <a href="https://signalnoise.fm/links/147">signalnoise.fm/links/147</a></div></div>
        <h2 id="transcript">Transcript</h2>
        <p><em>Machine transcript, corrected by Priya. The first half hour (news) is abridged. The synthetic voice segment is a text-to-speech reading, not a recording of Mr. Musk.</em></p>
{tx}
        <details class="kg-card kg-toggle-card"><summary><h4 class="kg-toggle-heading-text">Plain-text transcript (for copying)</h4></summary><div class="kg-toggle-content"><pre class="plain-transcript">{plain}</pre></div></details>
    </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/146-launch-cadence/"><h2 class="post-card-title">#146: Launch cadence is the whole game</h2></a></article><article class="post-card"><a class="post-card-image-link" href="/145-spectrum/"><h2 class="post-card-title">#145: The spectrum fight</h2></a></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://signalnoise.fm">Signal &amp; Noise</a> &copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://signalnoise.fm/rss/">RSS</a></li><li><a href="https://signalnoise.fm/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=9a4e1c2b7d"></script>
</body>
</html>
""".format(tx=render(), plain=render_plain())
    g = gold("Ghost post: each turn starts with a paragraph holding the bold speaker name and a '(mm:ss)' link to #t=NNmSSs (minutes run past 59), the text follows in plain paragraphs; the whole transcript is repeated as plain text in a collapsed toggle.",
             SHOW, turns, ["Owen Achterberg", "Owen", "Priya Natarajan", "Priya", "Synthetic voice (reading Musk’s post)"])
    return NAME, page, g
