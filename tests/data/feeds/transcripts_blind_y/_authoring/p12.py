from common import *

SHOW = "Payload Notes"

# (who, label, secs_float or None, [paras])
SEGS = [
    ("G", "Grace Liu", 1.52, ["Good afternoon. This is the last panel before the reception, so I’ll keep it moving. On stage: Dr. Amara Osei from the Ghana Space Science Institute, Elon Shapiro, founder of Lunaforge, and Elon Musk. Yes, two Elons. We’ll use last names."]),
    ("S", "Elon Shapiro", 20.08, ["I’ve been the other Elon my whole career. It’s fine. I’ve made peace with it."]),
    ("M", "Elon Musk", 26.9, ["For the record I’ve never been the other Elon. Sorry."]),
    ("G", "Grace Liu", 31.44, ["First question to everyone. What does a Mars economy trade in the first twenty years? Musk, you start."]),
    ("M", "Musk", 38.715, ["Mostly information and intellectual property, early on. Anything physical that’s cheaper to make on Mars than to ship, you make there, which at first is propellant, water, air and bricks.",
                           "Grace said earlier that this is a logistics conference pretending to be a space conference. I agree with that. The whole thing is logistics."]),
    ("O", "Dr. Amara Osei", 121.3, ["I’d add that the first economy is scientific. Samples, data, measurements. Universities will pay for those long before anyone pays for Martian bricks."]),
    ("S", "Shapiro", 140.02, ["And I’ll push back a bit. As Elon said to me backstage — the other Elon — “just build it and the economy shows up.” I don’t think that’s how it works on the Moon, and the Moon is a lot closer."]),
    ("M", "Musk", None, ["I did say that. I stand by it, mostly."]),
    ("G", "Grace Liu", 171.6, ["Sure."]),
    ("M", "Musk", 172.25, ["I mean, the Moon is a good test bed. But it doesn’t have an atmosphere and it doesn’t have carbon, so you can’t make fuel the same way. Mars is actually the easier place to live, strangely."]),
    ("O", "Dr. Amara Osei", 1805.5, ["Can I ask about the countries that aren’t on this stage? Because most of the world is not going to own a rocket."]),
    ("M", "Musk", 1816.04, ["Yes. I think launch becomes a utility, like shipping. You don’t need to own a container ship to export goods. You need access to the port, and the price has to be low and not discriminatory."]),
    ("G", "Grace Liu", 3604.81, ["And that’s time. Thank you to the three of you."]),
    ("M", "Musk", 3607.2, ["Thanks, Grace."]),
]


def stamp(t):
    ms = int(round((t - int(t)) * 1000))
    return "%s.%03d" % (hms(int(t)), ms)


def build():
    g = Gold(SHOW, "Ghost newsletter post; each turn is a <p> starting with [hh:mm:ss.mmm] then a bold 'Name:' label ('Elon Musk' then 'Musk'; another panelist is 'Elon Shapiro'); continuation paragraphs are plain; one turn of his has no timestamp.")
    out = []
    for who, lab, t, paras in SEGS:
        if who == "M":
            g.add(t, paras[0], len(paras) > 1)
        else:
            g.other(lab)
        pre = ('<span class="tc">[%s]</span> ' % stamp(t)) if t is not None else ""
        out.append("<p>%s<strong>%s:</strong> %s</p>" % (pre, lab, esc(paras[0], True)))
        for p in paras[1:]:
            out.append("<p>%s</p>" % esc(p, True))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Transcript: “Building for Mars” panel with Elon Musk, Amara Osei and Elon Shapiro</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://payloadnotes.com/assets/built/screen.css?v=9a1b2c3d4e">
    <link rel="canonical" href="https://payloadnotes.com/transcript-building-for-mars-panel/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Payload Notes">
    <meta property="og:type" content="article">
    <meta name="generator" content="Ghost 5.82">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://payloadnotes.com/" data-key="5c1e0b7f9a" data-api="https://payloadnotes.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;text-align:center}</style>
    <style>.tc{font-family:var(--font-mono,monospace);color:#999;font-size:.8em}</style>
</head>
<body class="post-template tag-transcripts tag-mars tag-hash-members-only has-serif-title">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://payloadnotes.com">Payload Notes</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://payloadnotes.com/">Home</a></li><li class="nav-transcripts nav-current-parent"><a href="https://payloadnotes.com/tag/transcripts/">Transcripts</a></li><li class="nav-launch-log"><a href="https://payloadnotes.com/tag/launch-log/">Launch log</a></li><li class="nav-about"><a href="https://payloadnotes.com/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-transcripts tag-mars">
    <header class="article-header gh-canvas">
        <section class="article-tag"><a href="https://payloadnotes.com/tag/transcripts/">Transcripts</a></section>
        <h1 class="article-title">Transcript: “Building for Mars” panel with Elon Musk, Amara Osei and Elon Shapiro</h1>
        <p class="article-excerpt">Our full, lightly cleaned-up transcript of the closing panel at Orbital Economy Summit 2025 in Lisbon.</p>
        <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomas/">Tomás Ferreira</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-05-30">May 30, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <p>Timestamps are from the conference livestream (offsets from the start of the session, with milliseconds from the captioning feed). A short audio dropout means one line has no timestamp. Speaker labels follow the moderator, who used last names after the introductions, so “Musk” is Elon Musk and “Shapiro” would be Elon Shapiro.</p>
        <div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">If you only have a minute: Musk argued launch will become a utility “like shipping”; Osei said the first Martian economy is scientific; Shapiro said the Moon comes first.</div></div>
        <hr>
%s
        <hr>
        <p><em>Payload Notes is reader-supported. If this transcript was useful, consider a paid subscription.</em></p>
    </section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal>Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/transcript-propellant-depots-panel/"><h2 class="post-card-title">Transcript: propellant depots panel</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/lisbon-summit-notes/"><h2 class="post-card-title">Notes from Lisbon: the summit in ten bullet points</h2></a></article></div></aside>
</main>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://payloadnotes.com">Payload Notes</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://payloadnotes.com/privacy/">Privacy</a></li><li><a href="https://payloadnotes.com/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://payloadnotes.com/assets/built/casper.js?v=9a1b2c3d4e"></script>
</body>
</html>
""" % "\n".join(out)
    return g.write("y12_payloadnotes_ghost_panel", page)


if __name__ == "__main__":
    build()
