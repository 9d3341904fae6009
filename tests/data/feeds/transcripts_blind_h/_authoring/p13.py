from common import *

NAME = "h13_pacific_crossings_ghost_interpreter"
LAB = {"Z": "Zhang Wei", "I": "Interpreter", ELON: "Elon Musk"}
T = [
    ("Z", 3.12, ["各位下午好，欢迎马斯克先生再次来到上海。"]),
    ("I", 8.48, ["Good afternoon, everyone. Welcome back to Shanghai, Mr. Musk."]),
    (ELON, 12.904, ["Thank you. It's great to be back. Shanghai is always impressive, every time I come the skyline has changed."]),
    ("I", 19.355, ["[Interprets the answer into Mandarin.]"]),
    ("Z", 27.01, ["上海超级工厂已经生产了超过三百万辆车。您对它未来五年有什么规划？"]),
    ("I", 33.7, ["He notes the Shanghai Gigafactory has built more than three million cars, and asks what your plans are for the next five years."]),
    (ELON, 41.066, ["Giga Shanghai is our most productive factory, by a lot. The team here is outstanding.",
                    "Over the next five years I'd expect it to move more toward export and toward the next-generation platform. And we'll add a lot more energy storage production next door."]),
    ("I", 67.95, ["[Interprets the answer into Mandarin.]"]),
    ("Z", 612.4, ["很多年轻工程师想知道，您如何看待人工智能对就业的影响？"]),
    ("I", 619.22, ["He says: many young engineers want to know \u2014 and he quotes your words from last year, \u201cAI will make jobs optional\u201d \u2014 how do you see AI's effect on employment?"]),
    (ELON, 630.5, ["I do think that in the long run, AI and robots will be able to do almost any job. So work becomes optional, more like a hobby.",
                   "The harder question is meaning. If the machine can do everything better than you, what gives your life meaning? I don't have a great answer to that."]),
    ("I", 672.81, ["[Interprets the answer into Mandarin.]"]),
    ("Z", 3598.77, ["最后，您对中国的年轻人有什么建议？"]),
    ("I", 3603.1, ["Finally, what advice do you have for young people in China?"]),
    (ELON, 3607.993, ["Work on things that are useful. Be useful to your fellow human beings. That's it, really."]),
    ("Z", 3619.5, ["谢谢！"]),
    ("I", 3620.8, ["Thank you!"]),
    (ELON, 3621.67, ["Xièxie."]),
]


def build():
    main = []
    for spk, t, paras in T:
        main.append(f'<p><code class="ts">[{hms_ms(t)}]</code> <strong>{LAB[spk]}:</strong> {E(paras[0])}</p>')
        main += [f"<p>{E(p)}</p>" for p in paras[1:]]
    body = "\n".join(main)
    copy = "\n".join(f"<p>{LAB[spk]}: {E(' '.join(paras))}</p>" for spk, t, paras in T)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Shanghai fireside: Elon Musk on Giga Shanghai, AI and work (with interpretation)</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1e9f2a01">
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Pacific Crossings" href="https://pacificcrossings.fm/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://pacificcrossings.fm/"></script>
</head>
<body class="post-template tag-episodes tag-china">
<div class="gh-viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
 <div class="gh-head-brand"><a class="gh-head-logo" href="https://pacificcrossings.fm">Pacific Crossings</a></div>
 <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://pacificcrossings.fm/">Home</a></li><li class="nav-episodes"><a href="https://pacificcrossings.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://pacificcrossings.fm/about/">About</a></li></ul></nav>
 <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header>
<main id="site-main" class="site-main">
<article class="article post tag-episodes">
 <header class="article-header gh-canvas">
  <section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/episodes/">Episodes</a></span></section>
  <h1 class="article-title">Shanghai fireside: Elon Musk on Giga Shanghai, AI and work (with interpretation)</h1>
  <p class="article-excerpt">Our recording of the fireside chat at the Pudong innovation forum, with the consecutive interpretation left in.</p>
  <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lin/">Lin Haoran</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-07-02">Jul 2, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div>
 </header>
 <section class="gh-content gh-canvas">
  <figure class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="/content/media/2025/07/pc-shanghai-fireside.mp3" preload="metadata"></audio><div class="kg-audio-title">Shanghai fireside (full recording)</div></div></figure>
  <p>The forum&rsquo;s moderator, Zhang Wei, asked his questions in Mandarin; a conference interpreter rendered them into English for Musk and then interpreted each answer back into Mandarin for the hall. We transcribed the English and the moderator&rsquo;s Mandarin and marked where the interpreter spoke Mandarin. Timestamps refer to the full recording.</p>
  <div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">&#128161;</div><div class="kg-callout-text">Quote of the day &mdash; Elon Musk: &ldquo;Be useful to your fellow human beings.&rdquo;</div></div>
  <h2 id="transcript">Transcript</h2>
{body}
  <div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
   <div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Text-only transcript (for screen readers and copying)</h4><button class="kg-toggle-card-icon" aria-label="Expand"></button></div>
   <div class="kg-toggle-content">
{copy}
   </div>
  </div>
  <hr>
  <p>Pacific Crossings is an independent show about technology across the Pacific. If you&rsquo;d like to support our work, <a href="#/portal/signup">become a member</a>.</p>
 </section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/shenzhen-hardware-week/"><h2 class="post-card-title">A week in Shenzhen&rsquo;s hardware markets</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/byd-engineers/"><h2 class="post-card-title">Three BYD engineers on battery packs</h2></a></article></div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://pacificcrossings.fm">Pacific Crossings</a> &copy; 2025</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=7c1e9f2a01"></script>
<script>document.querySelectorAll('.kg-toggle-card').forEach(function(c){{c.querySelector('.kg-toggle-heading').addEventListener('click',function(){{c.setAttribute('data-kg-toggle-state',c.getAttribute('data-kg-toggle-state')==='close'?'open':'close');}});}});</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Ghost blog post; one <p> per turn as '[hh:mm:ss.mmm] Name: text' with millisecond timestamps; moderator speaks Mandarin with an Interpreter rendering into English; a Ghost toggle card repeats the transcript as text-only 'Name: text'.",
                 "Pacific Crossings", T, ["Zhang Wei", "Interpreter"])


if __name__ == "__main__":
    build()
