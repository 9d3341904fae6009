from common import *

# ---------- ab14 Ghost, h3 per speaker, time on every paragraph, repeated toggle copy ----------
def ab14():
    D = [("T","Tom Ashby",[(5,"This is Deep Field Conversations. I'm Tom Ashby, and with me is Elon Musk. Musk once said: \u201cThe first step is to establish that something is possible.\u201d Let's test that today.")]),
         ("E","Elon Musk",[(21,"Happy to. And I still believe that line, by the way."),
                           (26,"Once you know something is possible, probability tends to take care of itself, given enough iterations.")]),
         ("I","Ines Okafor",[(41,"Ines here, co-hosting. Does that hold for Mars?")]),
         ("E","Elon Musk",[(45,"It holds for Mars, but the iteration loop is slow because the planets only line up every twenty-six months."),
                           (58,"So you get maybe one real attempt every two years. That's the painful part."),
                           (72,"It means we have to test as much as possible on Earth and in orbit first.")]),
         ("T","Tom Ashby",[(88,"Okay.")]),
         ("E","Elon Musk",[(89,"Yeah.")]),
         ("I","Ines Okafor",[(615,"What's the earliest realistic uncrewed landing?")]),
         ("E","Elon Musk",[(619,"If things go well, the window after next. If they don't, the one after that.")])]
    def render(with_times, hid):
        out = []
        for w,l,ps in D:
            out.append(f'<h3 id="{hid}-{len(out)}">{esc(l)}</h3>' if with_times else f'<p><strong>{esc(l)}</strong></p>')
            for t,x in ps:
                if with_times:
                    out.append(f'<p><time datetime="{hms(t)}">[{ms(t)}]</time> {esc(x)}</p>')
                else:
                    out.append(f'<p>{esc(x)}</p>')
        return '\n'.join(out)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Elon Musk: Probability and the Mars window</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a1c3e">
    <meta name="generator" content="Ghost 5.82">
    <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Deep Field Conversations"}},"headline":"Elon Musk: Probability and the Mars window"}}</script>
</head>
<body class="post-template tag-episodes is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://deepfield.example/">Deep Field Conversations</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://deepfield.example/">Home</a></li><li class="nav-episodes"><a href="https://deepfield.example/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://deepfield.example/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-episodes">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/episodes/">Episodes</a></section>
<h1 class="article-title">Elon Musk: Probability and the Mars window</h1>
<p class="article-excerpt">Why the Mars launch window is the real constraint, and what “possible” means.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tom/">Tom Ashby</a>, <a href="/author/ines/">Ines Okafor</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-09-01">Sep 1, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-audio-card"><div class="kg-audio-player-container"><audio src="/content/media/2024/09/dfc-031.mp3" preload="metadata"></audio><div class="kg-audio-title">DFC 031 – Elon Musk</div></div></div>
<blockquote class="kg-blockquote-alt">Elon Musk: You get maybe one real attempt every two years.</blockquote>
<h2 id="transcript">Transcript</h2>
{render(True, "t")}
<hr>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Full transcript (text only, for copying)</h4><button class="kg-toggle-card-icon"><svg viewBox="0 0 14 14"><path d="M7 0a.5.5 0 0 1 .5.5v6h6a.5.5 0 1 1 0 1h-6v6a.5.5 0 1 1-1 0v-6h-6a.5.5 0 0 1 0-1h6v-6A.5.5 0 0 1 7 0Z"/></svg></button></div>
<div class="kg-toggle-content">{render(False, "c")}</div></div>
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal>Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/dfc-030/"><h2 class="post-card-title">DFC 030 – The battery belt</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://deepfield.example">Deep Field Conversations</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/source.js?v=9a1c3e"></script>
<script>document.querySelectorAll('.kg-toggle-card').forEach(function(e){{e.querySelector('button').addEventListener('click',function(){{e.setAttribute('data-kg-toggle-state',e.getAttribute('data-kg-toggle-state')==='close'?'open':'close')}})}});</script>
</body></html>'''
    save("ab14_deepfield_ghost", "Deep Field Conversations",
         "Ghost post; an <h3> speaker heading per turn followed by paragraphs that each start with <time datetime=\"hh:mm:ss\">[mm:ss]</time> (a time on every paragraph; the turn starts at the first), then a collapsed toggle card repeating the transcript without times.",
         page, [(ps[0][0], ps[0][1]) for w,l,ps in D if w=="E"], ["Tom Ashby", "Ines Okafor"])

# ---------- ab15 public radio transcript, trap: he never speaks ----------
def ab15():
    D = [("STEVE INSKEEP, HOST","The richest man in the world has a father who also likes to talk. NPR's... sorry, our correspondent Laura Fenn has the story."),
         ("LAURA FENN, BYLINE","Errol Musk lives in South Africa. He has given dozens of interviews about his son, and he gave one more to us."),
         ("ERROL MUSK","Elon was always a very serious boy. He would read the encyclopedia for fun."),
         ("FENN","His son has rarely returned the favor. In 2022, Elon Musk wrote online that his father is, quote, \u201ca terrible human being.\u201d"),
         ("(SOUNDBITE OF TV SHOW, \u201cLATE SATURDAY\u201d)",None),
         ("UNIDENTIFIED ACTOR","(As Elon Musk) I'm going to Mars, and I'm taking the good memes with me."),
         ("(LAUGHTER)",None),
         ("FENN","The comedy version is sharper than the real one, says biographer Nora Feld."),
         ("NORA FELD","When I interviewed him, Musk told me, \u201cI don't think about my father much.\u201d Then he talked about him for an hour."),
         ("INSKEEP","Laura Fenn, thank you."),
         ("FENN","You're welcome, Steve.")]
    # fix host name: avoid real NPR host; keep invented
    D = [(l.replace("STEVE INSKEEP","MARK ALDEN").replace("INSKEEP","ALDEN"), x.replace("NPR's... sorry, our","Our") if x else x) for l,x in D]
    body = []
    for l,x in D:
        body.append(f'<p>{esc(l)}</p>' if x is None else f'<p>{esc(l)}: {esc(x)}</p>')
    others = [l for l,x in D if x is not None]
    others = list(dict.fromkeys(others))
    page = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Errol Musk talks about his famous son : Morning Circuit : Public Radio Network</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/css/transcript.css">
<script>var PRN={{"storyId":"1198841","program":"Morning Circuit","hasTranscript":true}};</script>
</head>
<body class="transcript-page">
<header id="globalheader"><a class="prn-logo" href="/">Public Radio Network</a><nav class="global-nav"><a href="/sections/news/">News</a><a href="/sections/culture/">Culture</a><a href="/music/">Music</a><a href="/podcasts/">Podcasts &amp; Shows</a><a class="donate" href="/donate">Donate</a></nav></header>
<main id="main-section" class="transcript-main">
<div class="storytitle"><span class="program"><a href="/programs/morning-circuit/">Morning Circuit</a></span><h1>Errol Musk talks about his famous son</h1></div>
<div class="dateblock"><time datetime="2024-04-18">April 18, 2024</time> · 5:04 AM ET</div>
<div class="teaser"><p>Heard on <a href="/programs/morning-circuit/">Morning Circuit</a>. Elon Musk's father Errol says his son was "a very serious boy." Elon Musk did not respond to a request for comment.</p></div>
<div class="audio-module"><button class="audio-play">Listen · 3:51</button></div>
<div class="transcript storytext">
{chr(10).join(body)}
<p class="disclaimer">Copyright © 2024 Public Radio Network. All rights reserved. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary.</p>
</div>
</main>
<aside class="more-stories"><h3>More Stories From Morning Circuit</h3>
<article class="item"><h4><a href="/2024/04/17/battery-recycling-town">A small town bets its future on battery recycling</a></h4><p>Residents of one Nevada town hope a new plant brings jobs back. Others worry about the water.</p></article>
<article class="item"><h4><a href="/2024/04/16/satellite-astronomy">Astronomers say satellite streaks are getting harder to scrub from images</a></h4><p>The number of satellites in low Earth orbit has grown sharply in five years.</p></article>
<article class="item"><h4><a href="/2024/04/15/ev-tax-credit">What the new EV tax credit rules mean for buyers</a></h4><p>Fewer models qualify this year. Here is how to check.</p></article>
</aside>
<section class="newsletter-signup"><h3>Sign up for the Morning Circuit newsletter</h3><p>The day's biggest stories, delivered before breakfast.</p><form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Subscribe</button></form></section>
<footer id="globalfooter"><ul><li><a href="/about/">About</a></li><li><a href="/ethics/">Ethics</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li></ul><p>© 2024 Public Radio Network</p></footer>
<script src="/templates/javascript/bundle.js" async></script>
</body></html>'''
    save("ab15_morningcircuit_radio_trap", "Morning Circuit",
         "Public-radio transcript; one <p> per turn with 'LABEL: text', labels in capitals with role on first use; TRAP: Errol Musk speaks, an actor impersonates Elon in a played sketch, he is quoted by the reporter and a biographer, but Elon Musk never speaks.",
         page, [], others)

ab14(); ab15()
