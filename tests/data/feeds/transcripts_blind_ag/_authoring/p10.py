from lib import *

NAME = "ag10_kitchen-table-frontiers-maye"
SHOW = "Kitchen Table Frontiers"
FMT = ("Ghost blog post; each turn has a bold speaker line followed by a timestamp link '#t=XXmYYs' shown as mm:ss "
       "(minutes run past 59), then paragraphs; full names first then first names; a few short turns have no time.")

J, M, E = "Juno Abelard", "Maye Musk", "Elon Musk"
SHORT = {J: "Juno", M: "Maye", E: "Elon"}
T = [
 (J, 4152, ["We're back. For anyone just joining, I'm sitting at an actual kitchen table with Maye Musk and her son Elon, and we've been talking for over an hour about food, which I did not expect."]),
 (M, 4170, ["Well, I'm a dietitian. Everything comes back to food with me.",
            "When the children were small, I had very little money, so I learned to make a good meal out of lentils and whatever was on sale."]),
 (E, 4191, ["A lot of lentils. I'm not complaining, they were good lentils. But there were a lot of them."]),
 (J, 4199, ["Elon, was there a moment you realised your mother was doing something unusual?"]),
 (E, 4204, ["Probably when I was about ten. She was working several jobs and still found time to study. I don't think I understood how hard that was until much later.",
            "She makes it look easy, which is misleading."]),
 (J, None, ["Wow."]),
 (M, 4229, ["He was always reading. I would find him in the bookshop after school, sitting on the floor. The staff knew him. I used to tell people, \u201cElon will read the back of the cereal box if there's nothing else.\u201d"]),
 (E, None, ["Mom."]),
 (M, 4244, ["It's true!"]),
 (J, 4246, ["Maye, you've said before that you never plan more than a few years ahead. Is that where he gets it from? Because he plans a few centuries ahead."]),
 (M, 4257, ["No, that's all him. I just try to say yes to interesting things."]),
 (E, 4261, ["I think saying yes to interesting things is actually the plan. It's just that some of the interesting things take a long time."]),
 (J, 4270, ["Last question for both of you. Favorite thing to cook together?"]),
 (M, 4276, ["He doesn't cook."]),
 (E, 4278, ["That's fair. I'm in charge of eating. It's an important job."]),
 (J, 4284, ["On that note, thank you both. This has been Kitchen Table Frontiers."]),
]

def tlink(s):
    return '<a href="https://play.kitchentablefrontiers.fm/e/52#t=%dm%02ds" class="ts">%s</a>' % (s // 60, s % 60, mmss(s))

def build():
    g = Gold(SHOW, FMT)
    seen = set()
    out = []
    for who, t, paras in T:
        label = who if who not in seen else SHORT[who]
        seen.add(who)
        if who == E:
            g.elon(t, paras[0])
        else:
            g.other(label)
        head = '<p class="speaker"><strong>%s</strong>%s</p>' % (esc(label), (" &middot; " + tlink(t)) if t is not None else "")
        out.append(head)
        out.extend('<p>%s</p>' % esc(p) for p in paras)
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Episode 52: Lentils, libraries and saying yes (with Maye &amp; Elon Musk)</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1a23ee1f">
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Kitchen Table Frontiers" href="https://kitchentablefrontiers.fm/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://kitchentablefrontiers.fm/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
</head>
<body class="post-template tag-episodes tag-family">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://kitchentablefrontiers.fm">Kitchen Table Frontiers</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://kitchentablefrontiers.fm/">Home</a></li><li class="nav-episodes"><a href="https://kitchentablefrontiers.fm/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://kitchentablefrontiers.fm/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-episodes">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/episodes/">Episodes</a></section>
<h1 class="article-title">Episode 52: Lentils, libraries and saying yes (with Maye &amp; Elon Musk)</h1>
<p class="article-excerpt">Maye Musk and Elon Musk join Juno at the kitchen table for a conversation about food, books and raising a family on a tight budget.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/juno/">Juno Abelard</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-05-11">May 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-embed-card"><iframe src="https://play.kitchentablefrontiers.fm/embed/52" width="100%%" height="160" frameborder="0"></iframe></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128172;</div><div class="kg-callout-text"><strong>Key quotes</strong><br>Elon: &ldquo;I'm in charge of eating. It's an important job.&rdquo;<br>Maye: &ldquo;I just try to say yes to interesting things.&rdquo;</div></div>
<p>This is the second half of our conversation; <a href="/episode-51/">part one is here</a>. The transcript picks up at 69:12. Timestamps link to the player.</p>
<h2 id="transcript">Transcript</h2>
%s
<hr>
<p><em>Transcript edited for readability. Kitchen Table Frontiers is listener-supported. <a href="#/portal/signup">Become a member.</a></em></p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/episode-51/"><h2 class="post-card-title">Episode 51: The first hour with Maye &amp; Elon Musk</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://kitchentablefrontiers.fm">Kitchen Table Frontiers</a> &copy; 2025</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=8d1a23ee1f"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
