from common import *

NAME = "aa11_redfrontier_hugo_fansite"
SHOW = "Red Frontier Convention 2023 (fan transcript, Mars Colony Notes)"
VID = "https://www.youtube.com/watch?v=Zk3mX9pQ0aA"
FULL = {"AK": "Anja Keller", "AU": "Audience member", EM: "Elon Musk"}
SHORT = {"AK": "Anja", "AU": "Audience member", EM: "Musk"}

# mode: "stamp" = visible [hh:mm:ss] link, "icon" = only a ▶ link carrying ?t=, None = no time
TURNS = [
    T("AK", 8, "Welcome back, everyone. For our keynote session we have Elon Musk joining us by video link from Hawthorne. Elon, can you hear us?", mode="stamp"),
    T(EM, 15, "Yes, I can hear you. Hello, everyone. Sorry I couldn\u2019t be there in person this year.", mode="stamp"),
    T("AK", 22, "No problem at all. Let\u2019s start with a technical one, since this crowd will riot otherwise. Propellant production on Mars: where are you on that?", mode="stamp"),
    T(EM, 65, "So the plan is still the Sabatier reaction. You take carbon dioxide from the atmosphere and water from the ground, and you make methane and oxygen. The chemistry is well understood. The hard part is doing it at scale with equipment that has to run for two years without anyone to fix it.",
      "We\u2019ll probably send the first propellant plant on an uncrewed ship, and if it works, that\u2019s the signal to send people. If it doesn\u2019t work, we learn why.", mode="stamp"),
    T("AK", 280, "In 2016 you told this very audience, and I\u2019m quoting from my notes, \u201cthe first ships will be dangerous, cramped and long.\u201d Is that still true?", mode="stamp"),
    T(EM, 290, "Definitely still true. The first trips will be for people who accept a high risk of death. It\u2019s like the early polar expeditions. Over time it gets safer and more comfortable, but not at the beginning.", mode="icon"),
    T("AU", 552, "Hi, I\u2019m a grad student working on closed-loop life support. What\u2019s the one subsystem you\u2019re most worried about?", mode="stamp"),
    T(EM, 570, "Honestly, it\u2019s probably life support, so you\u2019re in the right field. Power and propellant we have a pretty clear path on. Keeping people alive in a sealed can for years is a different kind of problem.", mode="stamp"),
    T("AK", 638, "Right.", mode="stamp"),
    T(EM, 641, "And it\u2019s one where mistakes compound. A small leak becomes a big problem very quickly. So please keep working on it, we\u2019ll probably want to hire you.", mode="stamp"),
    T("AK", None, "We\u2019ll take one more from the floor.", mode=None),
    T("AU", None, "What about radiation on the way there?", mode=None),
    T(EM, None, "Radiation is somewhat overrated as a problem for the transit. It\u2019s real, but the increase in cancer risk is a few percent. You\u2019d take that trade for going to Mars, I think most people in this room would.", mode=None),
    T("AK", 1902, "Elon, thank you so much for joining us.", mode="stamp"),
    T(EM, 1910, "Thank you. See you on Mars.", mode="icon"),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        m = t.kw.get("mode")
        if m == "stamp":
            pre = '[<a href="%s&amp;t=%ds" target="_blank" rel="noopener">%s</a>] ' % (VID, t.t, hms(t.t))
        elif m == "icon":
            pre = '<a class="yt-jump" href="%s&amp;t=%ds" target="_blank" rel="noopener" title="Watch this moment on YouTube">&#9654;</a> ' % (VID, t.t)
        else:
            pre = ""
        out.append("<p>%s<strong>%s:</strong> %s</p>" % (pre, lbl, esc(t.paras[0], ents=True)))
        for p in t.paras[1:]:
            out.append("<p>%s</p>" % esc(p, ents=True))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Transcript: Elon Musk&rsquo;s Red Frontier 2023 keynote Q&amp;A | Mars Colony Notes</title>
<meta name="keywords" content="transcript, mars, starship, isru">
<meta name="description" content="My full transcript of the video Q&amp;A, with links into the YouTube recording.">
<meta name="author" content="Jonas Weber">
<link rel="canonical" href="https://marscolonynotes.net/posts/red-frontier-2023-transcript/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet5" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.121.1">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
</head>
<body class="" id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header">
<nav class="nav">
<div class="logo"><a href="https://marscolonynotes.net/" accesskey="h" title="Mars Colony Notes (Alt + H)">Mars Colony Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">
<li><a href="https://marscolonynotes.net/posts/" title="Posts"><span>Posts</span></a></li>
<li><a href="https://marscolonynotes.net/transcripts/" title="Transcripts"><span class="active">Transcripts</span></a></li>
<li><a href="https://marscolonynotes.net/tags/" title="Tags"><span>Tags</span></a></li>
<li><a href="https://marscolonynotes.net/about/" title="About"><span>About</span></a></li>
</ul>
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://marscolonynotes.net/">Home</a>&nbsp;&raquo;&nbsp;<a href="https://marscolonynotes.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">Transcript: Elon Musk&rsquo;s Red Frontier 2023 keynote Q&amp;A</h1>
<div class="post-description">My full transcript of the video Q&amp;A, with links into the YouTube recording.</div>
<div class="post-meta"><span title="2023-08-20 14:03:11 +0200 +0200">August 20, 2023</span>&nbsp;&middot;&nbsp;6 min&nbsp;&middot;&nbsp;Jonas Weber</div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#chapters" aria-label="Chapters">Chapters</a></li><li><a href="#transcript" aria-label="Transcript">Transcript</a></li></ul></div></details></div>
<div class="post-content"><p>I&rsquo;m not affiliated with SpaceX or the convention, I just think these sessions should be searchable. The recording is on the convention&rsquo;s YouTube channel. Timestamps link straight into the video; where I only had a rough position I used a &#9654; link instead, and the floor questions near the end were too hard to hear to time properly.</p>
<h2 id="chapters">Chapters<a hidden class="anchor" aria-hidden="true" href="#chapters">#</a></h2>
<ul>
<li><a href="%(vid)s&amp;t=65s">01:05</a> Elon Musk: making propellant on Mars</li>
<li><a href="%(vid)s&amp;t=290s">04:50</a> Elon Musk: &ldquo;Definitely still true&rdquo; &mdash; the first ships</li>
<li><a href="%(vid)s&amp;t=552s">09:12</a> Floor questions: life support, radiation</li>
</ul>
<h2 id="transcript">Transcript<a hidden class="anchor" aria-hidden="true" href="#transcript">#</a></h2>
{{TRANSCRIPT}}
<p><em>If you spot a mistake, open an issue on the <a href="https://github.com/jweber/marscolonynotes">site repo</a>.</em></p>
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="https://marscolonynotes.net/tags/transcript/">Transcript</a></li><li><a href="https://marscolonynotes.net/tags/isru/">ISRU</a></li><li><a href="https://marscolonynotes.net/tags/starship/">Starship</a></li></ul>
<nav class="paginav"><a class="prev" href="https://marscolonynotes.net/posts/sabatier-explained/"><span class="title">&laquo; Prev</span><br><span>The Sabatier reaction, explained for normal people</span></a><a class="next" href="https://marscolonynotes.net/posts/red-frontier-2022-transcript/"><span class="title">Next &raquo;</span><br><span>Transcript: Red Frontier 2022 panel</span></a></nav>
</footer>
<section class="giscus-comments">
<h3>Comments</h3>
<div class="gsc-comment"><div class="gsc-comment-author"><img src="https://avatars.githubusercontent.com/u/4410231?v=4" alt="" width="30"><a href="https://github.com/elon-musk-mars">elon-musk-mars</a></div><div class="gsc-comment-content"><p>Thank you. See you on Mars. &#128640; (sorry, had to)</p></div></div>
<div class="gsc-comment"><div class="gsc-comment-author"><a href="https://github.com/mnakamura">mnakamura</a></div><div class="gsc-comment-content"><p>The radiation answer is the part I keep coming back to:</p><blockquote><p><strong>Musk:</strong> Radiation is somewhat overrated as a problem for the transit.</p></blockquote><p>I&rsquo;m not sure the data supports &ldquo;a few percent&rdquo;.</p></div></div>
</section>
</article>
</main>
<footer class="footer"><span>&copy; 2023 <a href="https://marscolonynotes.net/">Mars Colony Notes</a></span> &middot; <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.className.includes("dark")?(document.body.classList.remove("dark"),localStorage.setItem("pref-theme","light")):(document.body.classList.add("dark"),localStorage.setItem("pref-theme","dark"))})</script>
<script src="https://giscus.app/client.js" data-repo="jweber/marscolonynotes" data-mapping="pathname" crossorigin="anonymous" async></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("%(vid)s", VID).replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Hugo (PaperMod) fan blog: one <p> per turn as \"[hh:mm:ss] Name: text\" where the bracketed time is a YouTube ?t=Ns link; some turns carry only a ▶ icon link with the time in its href, the last floor questions have no time; labels \"Elon Musk\" then \"Musk\".",
                 SHOW, gold_turns(TURNS), ["Anja Keller", "Anja", "Audience member"])
