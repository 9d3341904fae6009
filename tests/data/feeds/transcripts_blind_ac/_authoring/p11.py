"""ac11: Substack newsletter, `[hh:mm:ss] Name: text` with ?t= links; unlabelled timed continuation paragraphs; AI summary + highlights boxes."""
from common import first_words, hms, gold

NAME = "ac11_longrunway"
SHOW = "The Long Runway"
URL = "https://thelongrunway.substack.com/p/elon-musk-on-learning-fast"

LBL = {"N": ("Nadia Kerr", "Nadia"), "E": ("Elon Musk", "Elon Musk")}

# (spk, [(t_or_None, text), ...])
T = [
    ("N", [(0, "Welcome to The Long Runway. My guest today is Elon Musk. Elon, thanks for coming on.")]),
    ("E", [(5, "Thanks for having me.")]),
    ("N", [(8, "I want to talk about learning, not companies. How do you learn a field you know nothing about?")]),
    ("E", [(15, "I think of knowledge as a tree. Make sure you understand the trunk and the big branches, the fundamental principles, before you get into the leaves. Otherwise there is nothing for the leaves to hang on to."),
           (None, "Most people start with the leaves, the details, because that&rsquo;s what&rsquo;s in front of them, and then they can&rsquo;t remember any of it.")]),
    ("N", [(49, "Sure.")]),
    ("E", [(50, "And then you talk to the people who actually do the work. Not the managers, the people with their hands on the thing.")]),
    ("N", [(61, "You said in 2019, and I&rsquo;m quoting you here, &ldquo;Physics is the law, everything else is a recommendation.&rdquo; Is that still how you think?")]),
    ("E", [(72, "Yes, pretty much. A friend of mine who runs a machine shop put it better than I did, actually. He said, &ldquo;The part doesn&rsquo;t care what the spreadsheet says.&rdquo;"),
           (84, "That&rsquo;s really the point. You can negotiate with people, you can&rsquo;t negotiate with the material.")]),
    ("N", [(1204, "Let&rsquo;s talk about reading. What did you read as a kid?")]),
    ("E", [(1209, "Everything. Science fiction mostly, a lot of it. The Foundation series, Douglas Adams. The Hitchhiker&rsquo;s Guide was important to me because it made the point that the question is often harder than the answer."),
           (1234, "I was a pretty unhappy teenager and those books were, in a way, the thing that gave me a sense of what the point might be."),
           (1251, "So when people ask what I learned from books, the honest answer is: how to ask better questions.")]),
    ("N", [(1262, "Wow.")]),
    ("E", [(1263, "That sounds more profound than it is.")]),
    ("N", [(2410, "Last question. If you were starting out today, with nothing, what would you study?")]),
    ("E", [(2418, "Physics and engineering, still. And I&rsquo;d spend a lot of time building things with my hands, even if they&rsquo;re small. You learn things building a bad go-kart that you won&rsquo;t learn in a lecture.")]),
    ("N", [(2436, "Elon Musk, thank you.")]),
    ("E", [(2438, "Thank you.")]),
]


def stamp(t):
    return '<a href="%s?t=%d" class="timestamp" data-timestamp="%d">[%s]</a>' % (URL, t, t, hms(t))


def render():
    out, seen = [], set()
    for spk, paras in T:
        full, short = LBL[spk]
        lab = short if spk in seen else full
        seen.add(spk)
        for i, (t, text) in enumerate(paras):
            pre = (stamp(t) + " ") if t is not None else ""
            if i == 0:
                out.append("<p>%s<strong>%s:</strong> %s</p>" % (pre, lab, text))
            else:
                out.append("<p>%s%s</p>" % (pre, text))
    return "\n".join(out)


def build():
    turns, prev = [], None
    for spk, paras in T:
        assert spk != prev
        prev = spk
        if spk == "E":
            turns.append([paras[0][0], first_words(paras[0][1])])
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Elon Musk on learning fast - by Nadia Kerr - The Long Runway</title>
<meta name="author" content="Nadia Kerr">
<meta property="og:site_name" content="The Long Runway">
<meta property="og:type" content="article">
<link rel="preconnect" href="https://substackcdn.com">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.6c0c3a.css">
<script>window._preloads = JSON.parse("{{\\"isEligibleForLiveStream\\":false,\\"post\\":{{\\"id\\":151882903,\\"type\\":\\"podcast\\",\\"audience\\":\\"everyone\\"}}}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><a class="navbar-title-link" href="https://thelongrunway.substack.com">The Long Runway</a><div class="topbar-actions"><a class="button primary subscribe-btn" href="https://thelongrunway.substack.com/subscribe">Subscribe</a><a class="button" href="https://substack.com/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">Elon Musk on learning fast</h1><h3 class="subtitle">Trees, leaves, go-karts and the Hitchhiker&rsquo;s Guide</h3>
<div class="post-meta"><a href="https://substack.com/@nadiakerr" class="author">Nadia Kerr</a> &middot; Jan 28, 2026</div></div>
<div class="podcast-embed"><div class="player-wrapper" data-audio-url="https://api.substack.com/api/v1/audio/upload/ep41.mp3"><button class="play">Play</button><span class="duration">41:07</span></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>This week&rsquo;s episode is a bit different: no product questions, no stock questions. Just an hour on how Elon Musk learns things. Paid subscribers get the full video; the complete transcript is below for everyone.</p>
<div class="callout"><h4>Summary (AI-generated, checked by me)</h4>
<ul>
<li>Elon Musk: learn the trunk and branches (principles) before the leaves (details).</li>
<li>Elon Musk: &ldquo;You can&rsquo;t negotiate with the material.&rdquo;</li>
<li>Reading science fiction taught him to ask better questions.</li>
</ul></div>
<h3>Highlights</h3>
<blockquote><p>[00:00:15] Elon Musk: I think of knowledge as a tree.</p><p>[00:40:18] Elon Musk: You learn things building a bad go-kart that you won&rsquo;t learn in a lecture.</p></blockquote>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p>The Long Runway is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form class="form" action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email&hellip;"><input type="submit" value="Subscribe"></form></div></div>
<h2>Transcript</h2>
<p><em>Lightly edited for readability. Click a timestamp to jump to that point in the audio.</em></p>
{tx}
<p>Thanks for reading The Long Runway! Share it with a friend who is trying to learn something hard.</p>
</div></div>
</article>
<div class="post-footer"><button class="like-button">&#9825; 1,204</button> <button class="comment-button">212</button> <button class="share-button">Share</button></div>
<div class="comments-section"><h4>Discussion about this episode</h4>
<div class="comment"><div class="comment-meta"><a href="https://substack.com/@tanvirh">Tanvir H.</a> <span>Jan 28</span></div><div class="comment-body"><p>The knowledge-as-a-tree bit is something my physics teacher told us twenty years ago. Nice to hear it again.</p></div></div>
<div class="comment"><div class="comment-meta"><a href="https://substack.com/@grace-l">Grace Liu</a> <span>Jan 29</span></div><div class="comment-body"><p>Nadia, please do a follow-up on the go-kart thing. I want to know what he actually learned.</p></div></div>
</div>
</div></div></div>
<div class="footer-wrap"><footer class="footer"><p>&copy; 2026 Nadia Kerr &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><p><a href="https://substack.com/signup?utm_source=substack">Start writing</a> &middot; <a href="https://substack.com/app">Get the app</a></p><p>Substack is the home for great culture</p></footer></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.6c0c3a.js" charset="utf-8"></script>
</body>
</html>
""".format(tx=render())
    g = gold("Substack post transcript: paragraphs '[hh:mm:ss] Name: text' where the bracketed time is a ?t=seconds link to the audio; continuation paragraphs have no label and sometimes their own timestamp; a summary box and a highlights block repeat some of his lines above the transcript.",
             SHOW, turns, ["Nadia Kerr", "Nadia"])
    return NAME, page, g
