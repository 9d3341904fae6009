from common import *

NAME = "v02_substack_secondstage"
SHOW = "Second Stage"

L = {"P": ("Priya Natarajan", "Priya"), "E": ("Elon Musk", "Musk")}

TURNS = [
    Turn("P", None, ["Thanks for doing this. I know the schedule this week is absurd."]),
    Turn("E", 62, ["Good to be here. I’ve actually read a few of these newsletters, so I know what I’m getting into."]),
    Turn("P", None, ["Let’s start with the thing everyone asks about. In 2016 you wrote — and I’m quoting you here — “if things are not failing, you are not innovating enough.” Is that still how you run the program?"]),
    Turn("E", 280, ["Mostly, yes. But I think people take the wrong lesson from it. The point isn’t to fail. The point is that if you’re never failing, your tests are too conservative and you’re learning too slowly.",
                    "On Starship we deliberately push things in flight that we could have analyzed for another six months. Sometimes the flight is the cheaper analysis."]),
    Turn("P", None, ["So the test flight is the analysis."]),
    Turn("E", 665, ["Yes."]),
    Turn("P", None, ["How cheap can a launch get? Be specific."]),
    Turn("E", 1428, ["It depends what you mean by cheap. The propellant is a rounding error, it’s mostly liquid oxygen. The real cost is the hardware you throw away and the people’s time between flights. Get rid of both and you’re looking at something closer to an airline than to a space program."]),
    Turn("P", None, ["You keep coming back to airlines."]),
    Turn("E", None, ["I think people get the sequencing wrong. You don’t get cheap and then get reusable. You get reusable, then rapid, then cheap falls out of it.",
                     "That’s why the tower catch matters so much. It’s not a stunt, it’s the turnaround time."]),
    Turn("P", None, ["Right."]),
    Turn("E", 3510, ["And the turnaround time is what everyone will copy eventually. I’d be surprised if in ten years anyone flies an expendable booster for anything ordinary."]),
    Turn("P", None, ["Last one. What should readers of a space newsletter be paying attention to that they aren’t?"]),
    Turn("E", 3850, ["Probably the boring stuff. Propellant transfer in orbit, ground systems, how fast you can fix a pad. Nobody writes about pad repairs, but that’s where months go."]),
]

FORMAT = ("Substack post body: one paragraph per speaker change starting with a bold 'Name:' label (full name first, "
          "then 'Priya:'/'Musk:'), continuation paragraphs unlabelled; his start time is printed AFTER the turn's text in "
          "brackets as [mm:ss] or [h:mm:ss], some turns have no time and the host's turns never do.")


def tstamp(t):
    return f' <span class="ts" style="color:#8a8a8a;font-size:14px">[{short(t) if t >= 3600 else mmss(t)}]</span>' if t is not None else ""


def render():
    seen = set()
    out = []
    for tr in TURNS:
        full, sh = L[tr.spk]
        lab = sh if tr.spk in seen else full
        seen.add(tr.spk)
        paras = list(tr.paras)
        for i, p in enumerate(paras):
            pre = f"<strong>{lab}:</strong> " if i == 0 else ""
            post = tstamp(tr.t) if i == len(paras) - 1 else ""
            out.append(f"<p>{pre}{p}{post}</p>")
        if tr.spk == "E" and tr.t == 1428:
            out.append('<div class="pullquote"><blockquote><p>“Nobody writes about pad repairs, but that’s where months go.”</p><p>— Elon Musk</p></blockquote></div>')
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>“The flight is the cheaper analysis”: a conversation with Elon Musk - Second Stage</title>
<meta property="og:title" content="“The flight is the cheaper analysis”: a conversation with Elon Musk">
<meta property="og:site_name" content="Second Stage">
<meta name="author" content="Priya Natarajan">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7c1b2d9e.css">
<style>.pullquote blockquote{{border-left:none;font-size:26px;font-family:Georgia,serif;text-align:center;margin:32px 0}}.ai-box{{background:#f6f6f4;border-radius:8px;padding:16px 20px;font-size:15px}}</style>
<script>window._preloads = JSON.parse("{{\\"isSubscriber\\":false,\\"post\\":{{\\"id\\":148822103,\\"audience\\":\\"everyone\\"}}}}")</script>
</head>
<body>
<div id="entry">
<div id="main" class="main typography use-theme-bg">
<div class="topbar">
 <div class="navbar-title"><a href="https://secondstage.substack.com" class="navbar-title-link">Second Stage</a></div>
 <div class="navbar-buttons"><a class="button primary" href="https://secondstage.substack.com/subscribe">Subscribe</a><a class="button" href="https://substack.com/sign-in">Sign in</a></div>
</div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title published">“The flight is the cheaper analysis”: a conversation with Elon Musk</h1>
<h3 class="subtitle">On failure, airlines, tower catches, and why nobody writes about pad repairs</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@priyanatarajan">Priya Natarajan</a></div><div class="pencraft meta">Mar 18, 2025 · Paid subscribers get the full audio</div></div>
</div>
<div class="available-content">
<div dir="auto" class="body markup">
<div class="ai-box">
<p><strong>Quick hits</strong> <em>(auto-generated summary, checked by a human)</em></p>
<ul>
<li><p>Elon Musk: test flights are often cheaper than more analysis.</p></li>
<li><p>Elon Musk: reusable, then rapid, then cheap — in that order.</p></li>
<li><p>Musk: pad repairs are where the months go.</p></li>
</ul>
</div>
<p>I spoke with Elon Musk for a little over an hour on a video call from Starbase. It was the fourth time I’ve asked and the first time the answer was yes. The audio is below for paid subscribers; the edited transcript is free for everyone.</p>
<p><em>Editor’s note: the bracketed timestamps at the end of each of his answers mark where that answer begins in the audio. A few answers were moved for readability and lost their timestamp. My questions are condensed.</em></p>
<div class="native-audio-embed" data-component-name="AudioPlaceholder" data-attrs="{{&quot;label&quot;:&quot;Full interview&quot;,&quot;duration&quot;:4021}}"><audio controls preload="none"></audio><div class="audio-label">Full interview · 1:07:01</div></div>
<hr>
{body}
<hr>
<p>That’s it for this week. If you liked this, forward it to the one friend who still thinks rockets are thrown away. Next week: the quiet revolution in ground systems.</p>
<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;https://secondstage.substack.com/subscribe&quot;}}"><a class="button primary" href="https://secondstage.substack.com/subscribe"><span>Subscribe now</span></a></p>
</div>
</div>
<div class="post-footer"><div class="like-button-container"><span class="like-count">1,284</span> likes</div><div class="post-ufi-comment-button"><span>212 comments</span></div><div class="share-button">Share</div></div>
</article>
<div id="discussion" class="comments-section">
<h4>Discussion about this post</h4>
<div class="comment-list">
<div class="comment" data-id="55120914">
 <div class="comment-meta"><a class="comment-author" href="https://substack.com/@elonsalt">Elon’s Alt</a> <span class="comment-date">Mar 18</span></div>
 <div class="comment-body"><p>Wait, I never said that about pad repairs. (kidding. great interview)</p></div>
 <div class="comment-list-items">
  <div class="comment reply" data-id="55121330">
   <div class="comment-meta"><a class="comment-author" href="https://substack.com/@muskwatcher">Musk Watcher</a> <span class="comment-date">Mar 18</span></div>
   <div class="comment-body"><blockquote><p>Musk: Yes.</p></blockquote><p>Love that this is a whole paragraph in the transcript.</p></div>
  </div>
 </div>
</div>
<div class="comment" data-id="55124772">
 <div class="comment-meta"><a class="comment-author" href="https://substack.com/@orbitalmech">orbital mech</a> <span class="comment-date">Mar 19</span></div>
 <div class="comment-body"><p>The airline comparison is overused but the sequencing point (reusable → rapid → cheap) is genuinely useful.</p></div>
</div>
</div>
</div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2025 Priya Natarajan</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack"><a href="https://substack.com/signup">Start writing</a><a href="https://substack.com/app">Get the app</a></div><p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div>
</div>
<script src="https://substackcdn.com/bundle/static/js/main.d4e1a9b2.js" charset="utf-8"></script>
</body>
</html>
"""
    others = ["Priya Natarajan", "Priya"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
