from lib import *

def j02():
    H = "Priya Raman"
    turns = [
        T(H, None, "Thanks for doing this. I know your calendar is a disaster.", "I want to start with something you said to me two years ago, off the record, that you've since said on the record. As Elon told me back then, \u201cthe factory is the product, the car is just what falls out of it.\u201d Do you still believe that?"),
        T(E, None, "Yes.", ),
        T(H, None, "Just yes?"),
        T(E, None, "I mean, I could elaborate. The thing people underestimate is that the machine that builds the machine is vastly harder than the machine itself. Probably a hundred times harder.",
          "If you look at the cost of a car, a large part of it is just inefficiency in how it's put together. The parts are not the problem."),
        T(H, None, "So where is the inefficiency hiding right now?"),
        T(E, None, "Paint, still. And the final assembly line, where you have people reaching into awkward places. Every time a human has to lean into a car, that's a design failure.",
          "We're redesigning a lot of that so things get installed from the outside, before the body is closed. It sounds trivial. It's not.",
          "Anyway, that's the long answer to your yes."),
        T(H, None, "Musk once said that he'd rather be optimistic and wrong than pessimistic and right. I've quoted that in this newsletter about four times. Is it still true after a year like this one?"),
        T(E, None, "Did I say that? It sounds like something I'd say. Sure. I think it's still true, though the year has tested it."),
        T(H, None, "Last one. What's the most underrated problem in manufacturing?"),
        T(E, None, "Tolerances stacking up. Nobody wants to talk about it because it's boring, but it's where the money goes."),
        T(H, None, "Thank you, Elon."),
    ]
    lab = {H: "Priya Raman", E: "Elon Musk"}
    body = []; first = {H: True, E: True}
    for tu in turns:
        if first[tu["spk"]]:
            name = lab[tu["spk"]]; first[tu["spk"]] = False
        else:
            name = "Priya" if tu["spk"] == H else "Musk"
        body.append(f'<p>{name}: {esc(tu["paras"][0])}</p>')
        for p in tu["paras"][1:]:
            body.append(f'<p>{esc(p)}</p>')
    tr = "\n".join(body)
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>&#8220;The factory is the product&#8221;: a conversation with Elon Musk - Signal &amp; Thrust</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta property="og:site_name" content="Signal &amp; Thrust">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7d1a.css">
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"post\\":{{\\"id\\":14422031,\\"title\\":\\"The factory is the product\\"}}}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="navbar-title"><a href="/" class="navbar-title-link">Signal &amp; Thrust</a></div>
<div class="navbar-buttons"><a href="/subscribe" class="button primary">Subscribe</a><a href="/account/login" class="button">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">&#8220;The factory is the product&#8221;: a conversation with Elon Musk</h1>
<h3 class="subtitle">On paint shops, tolerance stacks and the cost of optimism</h3>
<div class="post-meta"><a href="/profile/priya">Priya Raman</a> &middot; <time datetime="2026-05-11">May 11, 2026</time> &middot; Paid</div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Readers, this one was a long time coming. I've been asking for an hour with Elon Musk since I started this newsletter, and last week I finally got forty minutes on a video call. What follows is lightly edited for length and clarity. The audio version is available to paid subscribers.</p>
<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456/factory.jpg" alt="A paint shop"><figcaption class="image-caption">A paint line, the place where money goes to die. Photo: Signal &amp; Thrust.</figcaption></figure></div>
<h3 class="header-anchor-post">The conversation</h3>
{tr}
<hr>
<p><em>If you liked this, forward it to a friend who works in a factory. Or who owns a car. That's most people.</em></p>
<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>
</div></div>
<div class="post-footer"><div class="like-button-container"><span>312 likes</span></div><a href="/p/the-factory-is-the-product/comments">48 comments</a></div>
</article></div></div>
<div class="comments-section"><h4>Comments</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/profile/elon-musk-parody">Elon Musk (parody)</a> <span class="date">May 11</span></div><div class="comment-body"><p>Paint, still. Every time a human leans into a car, a kitten cries.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/profile/tstack">Tolerance Stack</a> <span class="date">May 11</span></div><div class="comment-body"><p>&gt; Tolerances stacking up. Nobody wants to talk about it because it's boring</p><p>Finally someone says it. I've been a quality engineer for 20 years.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/profile/priya">Priya Raman</a> <span class="date">May 12</span></div><div class="comment-body"><p>Ha, thank you. Part two next week.</p></div></div>
</div>
</div>
<div class="footer-wrap"><div class="footer">&copy; 2026 Priya Raman &middot; <a href="/privacy">Privacy</a> &middot; <a href="/tos">Terms</a> &middot; <a href="https://substack.com/signup">Start writing</a></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/main.4fb.js" charset="utf-8"></script>
</body>
</html>'''
    write("j02_substack_signalthrust", page,
          "Substack newsletter post; plain <p> paragraphs beginning 'Name: text' (no bold), 'Priya Raman'/'Elon Musk' first then 'Priya'/'Musk', unlabelled continuation paragraphs, no timestamps.",
          "Signal & Thrust", gold_turns(turns), ["Priya Raman", "Priya"])
