from common import *

NAME = "aa14_soilandsignal_substack_trap"
SHOW = "Soil & Signal"
FULL = {"TM": "Tess Marchetti", "KM": "Kimbal Musk", "MM": "Maye Musk"}
SHORT = {"TM": "Tess", "KM": "Kimbal", "MM": "Maye"}

TURNS = [
    T("TM", 3, "Welcome to Soil & Signal. I\u2019m Tess Marchetti. Today is a family episode: Kimbal Musk, who has spent the last fifteen years trying to fix how America eats, and his mother, Maye Musk, who has opinions about all of it. Welcome, both of you."),
    T("KM", 17, "Thanks, Tess. I\u2019m told my mother will be fact-checking me in real time."),
    T("MM", 22, "Someone has to."),
    T("TM", 25, "Kimbal, people always ask about your brother, so let\u2019s get it out of the way. Did Elon influence the decision to go into food?"),
    T("KM", 36, "He did, actually, in a funny way. Elon said to me once, years ago, \u201cYou should do food. It\u2019s the one thing every single person needs three times a day.\u201d He meant it as a business observation. I took it as a life plan.",
      "He also told me I was crazy to open a restaurant, so, you know, he\u2019s not always consistent."),
    T("TM", 98, "Maye, what were the boys like at the dinner table?"),
    T("MM", 104, "Loud. Elon would read at the table, which I didn\u2019t allow, so he would hide the book under it. And Kimbal would cook for everyone when I was working late. He was eleven. The food was terrible at first, and then it was very good."),
    T("TM", 140, "We found a clip of you from a television appearance a few years ago where you talk about exactly this. Let\u2019s play it."),
    T("MM2", 148, "When they were little we didn\u2019t have much money, so I cooked the same five dishes. Kimbal got bored and started experimenting. Elon just ate whatever was put in front of him while reading."),
    T("TM", 166, "That\u2019s still true?"),
    T("MM", 168, "Elon still eats whatever is in front of him. Musk once said to me, \u201cMom, if I could skip eating, I would.\u201d I said, that is exactly why you need your brother."),
    T("KM", 190, "That\u2019s the whole origin story of the company right there."),
    T("TM", 1480, "Before we go: what\u2019s the one change you\u2019d make to school lunches tomorrow?"),
    T("KM", 1488, "Salad bars in every school. Kids eat vegetables when they get to choose them. We\u2019ve seen it in hundreds of schools."),
    T("MM", 1502, "And teach them to cook. Everyone should know how to make three healthy meals."),
    T("TM", 1511, "Kimbal and Maye Musk, thank you."),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        if t.spk == "MM2":
            out.append('<p><em>[CLIP &mdash; Maye Musk on a 2019 morning-television appearance]</em></p>')
            out.append('<h4 class="header-anchor-post">Maye Musk (clip) &middot; %s</h4>' % hms(t.t))
            out.append("<p>%s</p>" % esc(t.paras[0], ents=True))
            out.append('<p><em>[END CLIP]</em></p>')
            continue
        lbl = SHORT[t.spk] if t.spk in seen else FULL[t.spk]
        seen.add(t.spk)
        out.append('<h4 class="header-anchor-post">%s &middot; %s</h4>' % (lbl, hms(t.t)))
        for p in t.paras:
            out.append("<p>%s</p>" % esc(p, ents=True))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Kimbal &amp; Maye Musk: Dinner-Table Stories and the Salad-Bar Revolution</title>
<meta name="description" content="A family episode: why Kimbal went into food, what Elon did at the dinner table, and Maye&#39;s three-meal rule.">
<meta property="og:site_name" content="Soil &amp; Signal">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7a1e4f.css">
<link rel="alternate" type="application/rss+xml" href="https://soilandsignal.substack.com/feed" title="Soil &amp; Signal">
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"pub\\":{\\"name\\":\\"Soil & Signal\\",\\"subdomain\\":\\"soilandsignal\\"},\\"post\\":{\\"id\\":142277310,\\"type\\":\\"podcast\\"}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><div class="navbar-title"><a href="/" class="navbar-title-link">Soil &amp; Signal</a></div><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">
<h1 class="post-title published">Kimbal &amp; Maye Musk: Dinner-Table Stories and the Salad-Bar Revolution</h1>
<h3 class="subtitle">Why food, what happened at the Musk family table, and the one change to school lunches</h3>
<div class="post-meta"><div class="post-meta-item"><a href="https://substack.com/@tessmarchetti" class="pencraft">Tess Marchetti</a></div><div class="post-meta-item">Apr 11, 2024</div></div>
</div>
<div class="podcast-player"><div class="player-wrapper"><button class="play-button" aria-label="Play">&#9654;</button><div class="track-title">Kimbal &amp; Maye Musk</div><div class="duration">25:40</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>This week&rsquo;s guests are the farmer-entrepreneur Kimbal Musk and the model and dietitian Maye Musk, in the same room for the first time on a podcast. No, Elon did not stop by. Yes, we talked about him anyway.</p>
<div class="pullquote"><p>&ldquo;You should do food. It&rsquo;s the one thing every single person needs three times a day.&rdquo; &mdash; Elon Musk, as remembered by Kimbal</p></div>
<p><strong>In this episode:</strong></p>
<ul><li><p>00:36 &mdash; How Elon talked Kimbal into (and out of) food</p></li><li><p>02:28 &mdash; A 2019 clip of Maye on the family kitchen</p></li><li><p>24:40 &mdash; Salad bars in every school</p></li></ul>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Soil &amp; Signal is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form class="form"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div>
<h3 class="header-anchor-post">Transcript</h3>
<p><em>Edited lightly for readability. Times are from the audio.</em></p>
{{TRANSCRIPT}}
<p><em>Soil &amp; Signal is produced by Tess Marchetti with help from Okra Audio. Thanks for listening.</em></p>
</div></div>
<div class="post-footer"><button class="like-button">&#9825; 214</button> <button class="comment-button">&#128172; 3</button> <button class="share-button">Share</button></div>
<div class="comments-section"><h4>Discussion about this podcast</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonmusk2">Elon Musk</a> <span class="comment-date">Apr 11</span></div><div class="comment-body"><p>I&rsquo;d skip eating too if I could. Great episode though &mdash; and no, not that Elon Musk.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@hgreenfield">Hollis Greenfield</a> <span class="comment-date">Apr 12</span></div><div class="comment-body"><p>Kimbal quoting Elon: &ldquo;You should do food.&rdquo; Love that. Would love to hear Elon&rsquo;s version of the story someday.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@errolfan">E. Musk</a> <span class="comment-date">Apr 14</span></div><div class="comment-body"><p>The salad-bar numbers are impressive. Source?</p></div></div>
</div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons"><a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app">Get the app</a><p class="footer-text">Substack is the home for great culture</p></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.3b4a2c.js" charset="utf-8"></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render())
    return write(NAME, page,
                 "Substack podcast post: an <h4> per turn reading \"Name · hh:mm:ss\" with the paragraphs below; TRAP page - Elon Musk never speaks (only Kimbal, Maye and the host, plus a played clip of Maye); he is only quoted and discussed.",
                 SHOW, [], ["Tess Marchetti", "Tess", "Kimbal Musk", "Kimbal", "Maye Musk", "Maye", "Maye Musk (clip)"])
