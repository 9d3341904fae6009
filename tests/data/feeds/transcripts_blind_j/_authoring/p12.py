from lib import *

def j12():
    H = "Sol Araya"
    turns = [
        T(H, 0, "This is Night Shift, the show about people who build things at 3am. My guest is Elon Musk, who I'm told has built a lot of things at 3am."),
        T(E, 14, "Most things, honestly. The best meetings are the ones at 3am on the factory floor, because nobody is there to say no."),
        T(H, 29, "Is that a management philosophy?"),
        T(E, 33, "Kind of. If you want to find out what's actually wrong, you go to where the work is done. Reports lie. Not on purpose, but they get summarized until the truth falls out."),
        T(H, 1234, "Okay, Mars. Everyone asks. I'll ask differently: what's the most boring problem on Mars?"),
        T(E, 1241, "Dust. It gets into everything. Seals, bearings, solar panels, lungs.", "And the mundane stuff like that is what actually kills missions. It's never the dramatic thing."),
        T(H, 1302, "Plumbing in space."),
        T(E, 1305, "Exactly. Plumbing in space. Someone should start a podcast."),
        T(H, 1312, "Thanks for staying up with us."),
    ]
    VID = "https://www.youtube.com/watch?v=nsX41aa"
    blocks = []
    for tu in turns:
        name = "Elon Musk" if tu["spk"] == E else H
        t = tu["t"]; m, s = divmod(t, 60)
        link = f'{VID}&t={t}s' if t % 2 == 0 else f'https://nightshift.fm/ep/57#t={m}m{s}s'
        blocks.append(f'<h4 id="t-{t}">{name} <a class="ts" href="{link}">{m:02d}:{s:02d}</a></h4>')
        for p in tu["paras"]:
            blocks.append(f'<p>{esc(p)}</p>')
    tr = "\n".join(blocks)
    plain = "\n".join(f'<p>{("Elon Musk" if tu["spk"] == E else H)}: {" ".join(esc(p) for p in tu["paras"])}</p>' for tu in turns)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Ep. 57: Elon Musk at 3am</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c1e4a">
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Night Shift" href="https://nightshift.fm/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://nightshift.fm/"></script>
</head>
<body class="post-template tag-episodes">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://nightshift.fm">Night Shift</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://nightshift.fm/">Home</a></li><li class="nav-episodes"><a href="https://nightshift.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://nightshift.fm/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-episodes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/episodes/">Episodes</a></span></div>
<h1 class="article-title">Ep. 57: Elon Musk at 3am</h1>
<p class="article-excerpt">Factory floors, lying reports and the dust problem on Mars.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sol/">Sol Araya</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-02">Nov 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">&#129302;</div><div class="kg-callout-text"><strong>AI summary.</strong> Elon Musk: the best meetings are at 3am on the factory floor. Elon Musk: dust is the most boring problem on Mars. Sol and Elon agree someone should start a podcast about plumbing in space.</div></div>
<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube.com/embed/nsX41aa?feature=oembed" frameborder="0" allowfullscreen title="Ep. 57"></iframe></figure>
<h2 id="transcript">Transcript</h2>
<p>Click a timestamp to jump to that moment in the video.</p>
{tr}
<hr>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Plain-text transcript (for copying)</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div>
<div class="kg-toggle-content">{plain}</div></div>
</section>
</article>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><h3>Member discussion</h3>
<div class="gh-comment"><span class="gh-comment-author">Elon Musk Stan Account</span><p>&ldquo;Reports lie.&rdquo; Framing this.</p></div>
<div class="gh-comment"><span class="gh-comment-author">Elon Musk</span><span class="gh-comment-badge">Member</span><p>Yes, that's really my name. No, not that one. Great episode.</p></div></div></section>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://nightshift.fm">Night Shift</a> &copy; 2026</section><nav class="site-footer-nav"><a href="https://nightshift.fm/privacy/">Privacy</a></nav><div><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=9c1e4a"></script>
<script>document.querySelectorAll('.kg-toggle-card').forEach(function(c){{c.querySelector('button').addEventListener('click',function(){{c.dataset.kgToggleState=c.dataset.kgToggleState==='close'?'open':'close';}});}});</script>
</body>
</html>'''
    write("j12_ghost_nightshift", page,
          "Ghost blog post; one <h4> per turn holding the speaker name and a timestamp link (YouTube &t=NNNs or site #t=XmYs, shown as mm:ss) followed by text paragraphs; the whole transcript repeated in a collapsed toggle card as 'Name: text'.",
          "Night Shift", gold_turns(turns), [H])
