from common import *

NAME = "u09_second_stage_substack"
SHOW = "Second Stage"
FMT = ("Substack post: each turn is a paragraph '[hh:mm:ss] Name: text' where the bracketed time is a link with ?t=seconds; "
       "some paragraphs/turns have no time; labels full then first name; a collapsed <details> plain-text copy repeats the transcript.")

M, E, C = "M", "E", "C"
CLIP = "CLIP \u2014 Jordan Vance as Elon Musk"
T = [
 (M, "00:00:00", ["This is Second Stage. I\u2019m Miles Garner. My guest today is Elon Musk. Elon, thanks for doing this."]),
 (E, "00:00:06", ["Happy to. I like the name of the show, by the way. Second stages don\u2019t get enough credit."]),
 (M, "00:00:12", ["They really don\u2019t. So let\u2019s start with the thing everyone asks about: full reusability."]),
 (E, "00:00:19", ["Reusability is the whole game. Everything else is a rounding error. If you throw away the rocket every time, it\u2019s like flying an airliner once and then scrapping it.",
                  "People nod at that and then don\u2019t internalize it. It\u2019s not a ten percent improvement. Eventually it\u2019s a hundred-x improvement in cost per ton to orbit."]),
 (M, "00:04:50", ["Before we go further, I have to play something. This went viral last week."]),
 (C, "00:04:55", ["Hello, I am definitely a real human. I will now launch my feelings into orbit. Please clap. (audience laughter)"]),
 (E, "00:05:08", ["That\u2019s pretty good, actually. The voice is a little off."]),
 (M, "00:05:12", ["He\u2019s a fan, I\u2019m told."]),
 (E, "00:05:14", ["Clearly."]),
 (M, "00:20:34", ["OK, second stages. What\u2019s the hardest part about catching the ship rather than the booster?"]),
 (E, "00:20:41", ["The ship comes back from orbit, so it\u2019s hitting the atmosphere at around twenty-five times the speed of sound instead of maybe five or six for the booster. The energy you have to get rid of goes up with the square of velocity, so it\u2019s a completely different problem.",
                  "And then you have to do a belly flop and a flip at the end and arrive at the tower within a meter or so. It\u2019s the hardest thing we\u2019ve attempted."]),
 (M, "00:33:02", ["Elon, I always end with the same question. What are you wrong about?"]),
 (E, "00:33:08", ["Probably a lot of things. Timelines, definitely."]),
 (M, "00:33:12", ["That\u2019s it?"]),
 (E, None, ["That\u2019s the one that\u2019s in writing."]),
 (M, "00:33:18", ["Fair. Thanks, Elon."]),
 (E, "00:33:20", ["Thank you."]),
]

def label(spk, seen):
    if spk == C:
        return CLIP
    if spk == E:
        return "Elon Musk" if E not in seen else "Elon"
    return "Miles Garner" if M not in seen else "Miles"

def build():
    g = Gold("en")
    seen = set()
    out, plain_lines = [], []
    for spk, ts, paras in T:
        lab = label(spk, seen)
        seen.add(spk)
        frag = ent(paras[0])
        tlink = ('<a href="https://secondstage.example.com/p/elon-musk-reusability?t=%d" rel="nofollow noopener" target="_blank">[%s]</a> '
                 % (secs(ts), ts)) if ts else ""
        out.append('<p>%s<strong>%s:</strong> %s</p>' % (tlink, ent(lab), frag))
        for p in paras[1:]:
            out.append("<p>%s</p>" % ent(p))
        if spk == E:
            g.add(secs(ts) if ts else None, frag)
        plain_lines.append(("[%s] " % ts if ts else "") + "%s: %s" % (lab, " ".join(paras)))
    page = TEMPLATE.replace("{{T}}", "\n".join(out)).replace("{{PLAIN}}", esc("\n\n".join(plain_lines)))
    return write(NAME, page, SHOW, FMT, g, ["Miles Garner", "Miles", CLIP])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Transcript: Elon Musk on why reusability is the whole game - by Miles Garner</title>
<meta name="description" content="Full transcript of episode 57 of Second Stage, with highlights.">
<meta property="og:site_name" content="Second Stage">
<link rel="preconnect" href="https://substackcdn.com">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7c1b0.css">
<style>
.highlights blockquote{border-left:4px solid #ff6719;margin:0 0 12px;padding:4px 14px}.plain-transcript pre{white-space:pre-wrap;font-size:13px}
.post-footer-buttons{display:flex;gap:8px}.comment-meta{font-size:13px;color:#777}
</style>
<script>window._preloads = JSON.parse("{\"post\":{\"id\":148822071,\"slug\":\"elon-musk-reusability\",\"type\":\"podcast\",\"audience\":\"everyone\"},\"pub\":{\"name\":\"Second Stage\",\"subdomain\":\"secondstage\"}}");</script>
</head>
<body>
<div id="entry">
<div class="main-menu" role="navigation">
  <div class="topbar-content">
    <a href="https://secondstage.example.com/" class="navbar-title-link"><img class="pub-logo" src="https://substackcdn.com/image/fetch/w_80/secondstage-logo.png" alt="">Second Stage</a>
    <div class="navbar-buttons"><a class="button primary" href="https://secondstage.example.com/subscribe">Subscribe</a> <a class="button" href="https://substack.example/sign-in">Sign in</a></div>
  </div>
</div>
<div class="container">
<article class="typography newsletter-post post">
<div class="post-header">
  <h1 class="post-title unpublished">Transcript: Elon Musk on why reusability is the whole game</h1>
  <h3 class="subtitle">Episode 57, with highlights up top and the full text below</h3>
  <div class="post-meta"><a href="https://substack.example/@milesgarner" class="pencraft">Miles Garner</a> <time datetime="2025-06-02T12:03:00.000Z">Jun 02, 2025</time> <span class="like-count">842</span> <span class="comment-count">63</span></div>
</div>
<div class="available-content">
<div dir="auto" class="body markup">
<p>Last week I sat down with Elon Musk at Starbase for about forty minutes. The audio episode is in your feed; this post has the highlights, the full transcript with timestamps (click one to jump to that moment in the audio) and, at the very bottom, a plain-text version for people who want to copy and paste.</p>
<div class="highlights">
<h3 class="header-anchor-post">Highlights</h3>
<blockquote><p><strong>Elon Musk:</strong> &#8220;Reusability is the whole game. Everything else is a rounding error.&#8221;</p></blockquote>
<blockquote><p><strong>Elon Musk:</strong> &#8220;The energy you have to get rid of goes up with the square of velocity.&#8221;</p></blockquote>
<blockquote><p><strong>Elon:</strong> &#8220;Timelines, definitely.&#8221; (on what he&#8217;s wrong about)</p></blockquote>
</div>
<p class="button-wrapper"><a class="button primary" href="https://secondstage.example.com/subscribe?"><span>Subscribe now</span></a></p>
<h3 class="header-anchor-post">Full transcript</h3>
<p><em>Lightly edited. Where a timestamp is missing, the line falls within the previous one.</em></p>
{{T}}
<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1100/starbase-tower.jpg" alt="The tower at Starbase" width="1100" height="733"><figcaption class="image-caption">The catch tower, photographed the morning after we recorded.</figcaption></figure></div>
<details class="plain-transcript">
<summary>Plain-text transcript (for copy/paste)</summary>
<pre>{{PLAIN}}</pre>
</details>
<p>Thanks for reading Second Stage! Subscribe for free to receive new posts and support my work.</p>
</div>
</div>
<div class="post-footer"><div class="post-footer-buttons"><button class="like-button">&#9829; 842</button><button class="comment-button">&#128172; 63</button><button class="share-button">Share</button></div></div>
</article>
<div class="comments-section" id="comments">
<h2 class="comments-title">Discussion about this post</h2>
<div class="comment" id="comment-77120"><div class="comment-meta"><a href="https://substack.example/@elonmuskparody">Elon Musk (parody)</a> &middot; Jun 2</div>
<div class="comment-body"><p>Happy to. I like the name of the show. Please clap.</p></div></div>
<div class="comment" id="comment-77131"><div class="comment-meta"><a href="https://substack.example/@elon">elon</a> &middot; Jun 2</div>
<div class="comment-body"><blockquote><p>[00:00:19] Elon Musk: Reusability is the whole game.</p></blockquote><p>Tattooing this. (Also, yes, my name really is Elon. No, not that one.)</p></div>
<div class="comment-replies"><div class="comment" id="comment-77140"><div class="comment-meta"><a href="https://substack.example/@milesgarner">Miles Garner</a> <span class="author-badge">Author</span> &middot; Jun 2</div><div class="comment-body"><p>Ha, we get a lot of you in the comments.</p></div></div></div></div>
<div class="comment" id="comment-77188"><div class="comment-meta"><a href="https://substack.example/@ttps">TPS Nerd</a> &middot; Jun 3</div>
<div class="comment-body"><p>The square-of-velocity point is the clearest explanation of why ship catch is so much harder than booster catch that I&#8217;ve heard.</p></div></div>
</div>
</div>
<div class="footer-wrap"><div class="footer">&copy; 2025 Miles Garner &middot; <a href="https://substack.example/privacy">Privacy</a> &middot; <a href="https://substack.example/tos">Terms</a> &middot; <a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a> &middot; <a href="https://substack.example/">Start writing</a></div></div>
</div>
<script src="https://substackcdn.com/bundle/static/js/main.2a7e1f.js" charset="utf-8" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
