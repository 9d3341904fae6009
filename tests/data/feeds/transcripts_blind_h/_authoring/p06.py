from common import *

NAME = "h06_gradient_line_substack"
VID = "https://www.youtube.com/watch?v=Qx7fK2mLd0E"
LAB = {"J": ("Jules Ferrante", "Jules"), ELON: ("Elon Musk", "Elon"), "S": ("Sam Okonjo", "Sam")}
T = [
    ("J", 0, ["Welcome to a bonus episode of The Gradient Line. I'm here with my co-host Sam, and with Elon Musk, who agreed to talk about training compute for forty minutes. Let's see if we stay on topic."]),
    ("S", 11, ["Low odds."]),
    (ELON, 13, ["Very low odds, yeah."]),
    ("J", 16, ["So, the big cluster. Roughly how many GPUs are online right now?"]),
    (ELON, 21, ["It's a bit over two hundred thousand, with more coming online every week. The limiting factor is honestly power and cooling, not the chips themselves anymore."]),
    ("S", 1234, ["Okay, I want to push on that. Everyone says power. What does &quot;power is the limit&quot; actually mean on the ground?".replace("&quot;", '"')]),
    (ELON, 1241, ["It means you can buy the GPUs, but you can't plug them in. The utility will give you a number, and it's not enough, so we brought in turbines and big battery packs to smooth the load. The load swings are violent during training. You go from near idle to full power in milliseconds."]),
    ("J", None, ["Which the grid hates."]),
    (ELON, None, ["Which the grid really hates."]),
    ("S", 1893, ["Last thing. Scaling laws. Are we hitting a wall?"]),
    (ELON, 1899, ["No, I don't think so. We're running out of high-quality human text, that's true. So synthetic data and self-play become more important. But I don't see a wall yet."]),
    ("J", 2410, ["Elon, thanks for coming on."]),
    (ELON, 2412, ["Sure thing."]),
]


def tlink(t):
    m, s = divmod(int(t), 60)
    return f' <a class="ts" href="{VID}&amp;t={int(t)}s">[{m:02d}:{s:02d}]</a>'


def build():
    seen = set()
    out = []
    for spk, t, paras in T:
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        tl = tlink(t) if t is not None else ""
        out.append(f"<p><strong>{label}:</strong> {E(paras[0])}{tl}</p>")
    body = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Bonus: Elon Musk on power, cooling and scaling walls - by Jules Ferrante</title>
<meta property="og:site_name" content="The Gradient Line">
<meta name="author" content="Jules Ferrante">
<link rel="stylesheet" href="https://substackcdn.example/bundle/static/css/main.7b21a.css">
<script>window._analyticsConfig={{"properties":{{"subdomain":"gradientline","post_id":151228830}}}}</script>
</head>
<body class="pc-root">
<div class="main-menu">
 <a class="navbar-title-link" href="https://gradientline.substack.com/">The Gradient Line</a>
 <div class="navbar-buttons"><a href="https://gradientline.substack.com/subscribe" class="button primary">Subscribe</a> <a class="button" href="https://substack.com/sign-in">Sign in</a></div>
</div>
<div class="container">
<article class="typography newsletter-post post">
 <div class="post-header">
  <h1 class="post-title">Bonus: Elon Musk on power, cooling and scaling walls</h1>
  <h3 class="subtitle">A forty-minute conversation that mostly stayed on topic</h3>
  <div class="post-meta"><a href="https://substack.com/@julesferrante">Jules Ferrante</a> and <a href="https://substack.com/@samokonjo">Sam Okonjo</a> &middot; Jan 28, 2025 &middot; <span class="likes">412</span> likes &middot; <span>87 comments</span></div>
 </div>
 <div class="available-content"><div class="body markup">
  <div class="youtube-wrap" data-attrs='{{"videoId":"Qx7fK2mLd0E","startTime":null}}'><iframe src="https://www.youtube-nocookie.com/embed/Qx7fK2mLd0E?rel=0&amp;autoplay=0" frameborder="0" allowfullscreen></iframe></div>
  <div class="callout summary-box">
   <p><strong>TL;DR (summary generated with our notes tool, checked by Sam):</strong></p>
   <ul>
    <li><strong>Elon Musk:</strong> the cluster is past 200k GPUs; power and cooling are now the limits.</li>
    <li><strong>Elon Musk:</strong> training load swings are violent, hence turbines and batteries.</li>
    <li><strong>Elon Musk:</strong> no scaling wall yet, but synthetic data matters more.</li>
   </ul>
  </div>
  <p>Thanks to everyone who sent questions. Timestamps in brackets link to the video. Some back-and-forth got cut for time, which is why a couple of lines have no timestamp.</p>
  <hr>
  <h2 class="header-anchor-post">Transcript</h2>
{body}
  <hr>
  <p><em>If you liked this, the next regular issue is about inference pricing. Paid subscribers get the full uncut audio.</em></p>
  <p class="button-wrapper"><a class="button primary" href="https://gradientline.substack.com/subscribe"><span>Subscribe now</span></a></p>
 </div></div>
 <div class="post-footer"><a href="#" class="like-button">&#9825; 412</a> <a href="#comments">87</a> <a href="#" class="share">Share</a></div>
</article>
<div id="comments" class="comments-page">
 <h4>Comments</h4>
 <div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonmuskparody">Elon Musk (parody)</a> <span class="date">Jan 28</span></div>
  <div class="comment-body"><p>I approve of this transcript. Mostly.</p></div>
  <div class="comment-replies"><div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@davidkl">David K.</a> <span class="date">Jan 28</span></div>
   <div class="comment-body"><p>&gt; Elon: It means you can buy the GPUs, but you can&#39;t plug them in.</p><p>This is the most important sentence in the whole thing.</p></div></div></div>
 </div>
 <div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@muskteslafan">MuskFan_Elon</a> <span class="date">Jan 29</span></div>
  <div class="comment-body"><p>Jules, the [20:34] link goes to the wrong spot for me on mobile.</p></div>
 </div>
 <div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@julesferrante">Jules Ferrante</a> <span class="author-badge">Author</span> <span class="date">Jan 29</span></div>
  <div class="comment-body"><p>Fixed, thanks!</p></div>
 </div>
</div>
</div>
<footer class="footer-wrap"><p>&copy; 2025 Jules Ferrante &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p><p>Substack is the home for great culture</p></footer>
<script src="https://substackcdn.example/bundle/static/js/main.7b21a.js" defer></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Substack post; one paragraph per turn with a bold 'Name:' label (full name first, first name afterwards) and the start time as a trailing [mm:ss] link with ?t=SECONDSs after the text; some turns have no time.",
                 "The Gradient Line", T, ["Jules Ferrante", "Jules", "Sam Okonjo", "Sam"])


if __name__ == "__main__":
    build()
