"""r02 - Substack newsletter interview, 'Name: text' per paragraph, full labels then first names, no times."""
from common import turn, check_no_adjacent

SLUG = "r02_orbital_notes_substack"
SHOW = "Orbital Notes"

# (speaker key, printed label, paragraphs) ; label None = unlabelled continuation handled inside paras
T = [
    ("H", "Priya Nandakumar", ["Thanks for doing this. I know the last time we spoke properly was in a hangar with a lot of very loud fans running."]),
    ("E", "Elon Musk", ["Yeah, I think we had to shout most of that interview. This is much better."]),
    ("H", "Priya", ["As Elon told me back in 2019, &ldquo;the hard part is never the first one, it&rsquo;s the thousandth.&rdquo; Do you still believe that, five years and a lot of launches later?"]),
    ("E", "Elon", ["More than ever, honestly. The first one is a science project. You can hand-build it, you can have your best people stand next to it, you can fix things with tape if you have to.",
                   "The thousandth one has to come off a line where nobody is standing next to it and it still works. That is a different discipline. It&rsquo;s less glamorous, and it&rsquo;s where most of the real engineering ends up happening."]),
    ("H", "Priya", ["Is that why you spend so much time on the factory floor rather than in design reviews?"]),
    ("E", "Elon", ["Yes."]),
    ("H", "Priya", ["Just yes?"]),
    ("E", "Elon", ["Well, it&rsquo;s mostly yes. Design reviews matter, but the floor tells you the truth. A drawing will never tell you that a technician has to reach around a bracket with a torque wrench at a weird angle forty times a shift."]),
    ("H", "Priya", ["Let&rsquo;s talk about the engines. A lot of readers wrote in asking about reliability, specifically engine-out capability. How much margin do you actually design for?"]),
    ("E", "Elon", ["You want to be able to lose an engine, ideally more than one, at almost any point in ascent and still make orbit. That&rsquo;s the design goal. Whether you get there on day one is another matter.",
                   "Airlines didn&rsquo;t get safe because someone wrote a brilliant spec. They got safe because of decades of flights and a culture of learning from every anomaly. We need to compress that learning curve, and the only way to do that is to fly a lot."]),
    ("H", "Priya", ["Readers also always ask me about the timelines. I&rsquo;ll be honest, I&rsquo;ve stopped printing the dates you give me."]),
    ("E", "Elon", ["That&rsquo;s probably wise. I give the date I think is possible if things go right, and things usually don&rsquo;t all go right. But if you set a conservative date, you get a conservative team, and that&rsquo;s worse."]),
    ("H", "Priya", ["Last one. What&rsquo;s something you got wrong that you&rsquo;re glad you got wrong?"]),
    ("E", "Elon", ["I thought nobody would want to watch a rocket test live for hours. It turns out people really like watching things that might explode. I did not see that coming."]),
    ("H", "Priya", ["On that note, thank you."]),
]
check_no_adjacent(T)


def transcript():
    out = []
    for spk, label, paras in T:
        out.append(f'<p><strong>{label}:</strong> {paras[0]}</p>')
        for p in paras[1:]:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>&quot;The thousandth one is the hard one&quot; - by Priya Nandakumar</title>
<meta name="description" content="Elon Musk: &ldquo;The first one is a science project.&rdquo; A long conversation about engines, factories and dates.">
<meta property="og:title" content="&quot;The thousandth one is the hard one&quot;">
<meta property="og:description" content="Elon Musk: The first one is a science project. Our conversation, lightly edited.">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/orbitalnotes-hangar.jpg">
<link rel="alternate" type="application/rss+xml" href="https://orbitalnotes.substack.com/feed" title="Orbital Notes">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<style>.pencraft{{font-family:Lora,serif}} .post-header h1{{font-size:2.2em}} .comment-body p{{margin:.3em 0}}</style>
<script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"orbitalnotes\\",\\"publication_id\\":1288341}}}}")</script>
</head>
<body class="pencraft pc-reset">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content">
  <a class="navbar-title-link" href="https://orbitalnotes.substack.com">Orbital Notes</a>
  <nav class="navbar-buttons"><a href="https://orbitalnotes.substack.com/archive">Archive</a> <a href="https://orbitalnotes.substack.com/about">About</a> <a class="button primary" href="https://orbitalnotes.substack.com/subscribe">Subscribe</a> <a href="https://substack.com/sign-in">Sign in</a></nav>
</div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
  <h1 class="post-title published">&ldquo;The thousandth one is the hard one&rdquo;</h1>
  <h3 class="subtitle">A conversation with Elon Musk about engines, factory floors and why I stopped printing his dates</h3>
  <div class="post-meta"><a href="https://substack.com/@priyan" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Priya Nandakumar</a> <span class="date">Oct 14, 2024</span> <span class="paywall-label">&middot; 14 min read</span></div>
  <div class="post-ufi"><button class="like-button">&#9825; 412</button> <button class="comment-button">&#128172; 3</button> <button class="restack-button">Restack</button> <button class="share-button">Share</button></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Regular readers know I&rsquo;ve been covering launch companies for the better part of a decade. I first interviewed Elon Musk in 2019, in a hangar so loud we had to redo half the questions. This time we spoke for about forty minutes by video, a few days after a test campaign wrapped.</p>
<p>As always, the interview has been lightly edited for clarity and length. Paid subscribers get the full audio at the bottom of the post.</p>
<blockquote><p>&ldquo;The first one is a science project. You can hand-build it.&rdquo; &mdash; Elon Musk</p></blockquote>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Orbital Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="form"><input type="email" name="email" placeholder="Type your email&hellip;"><button type="submit" class="button primary">Subscribe</button></form></div></div>
<h2 class="header-anchor-post">The conversation</h2>
{transcript()}
<hr>
<p><em>Next week: a reader Q&amp;A on orbital refilling. Send me your questions by replying to this email.</em></p>
</div></div>
<div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2><p class="paywall-cta">Subscribe to Orbital Notes to keep reading this post and get 7 days of free access to the full post archives.</p><a class="button primary" href="https://orbitalnotes.substack.com/subscribe?simple=true&amp;next=https%3A%2F%2Forbitalnotes.substack.com%2Fp%2Fthe-thousandth-one">Start trial</a></div>
</article>
<div class="comments-section" id="comments">
<h4 class="comments-heading">3 Comments</h4>
<div class="comment" data-comment-id="55012931">
  <div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonm">Elon M.</a> <span class="comment-date">Oct 14</span></div>
  <div class="comment-body"><p>Great interview. Favourite bit:</p><p>Elon: Yes.<br>Priya: Just yes?</p><p>(Different Elon, sadly. I just work in aerospace.)</p></div>
  <div class="comment-actions"><button>Like (31)</button> <button>Reply</button></div>
  <div class="comment-replies">
    <div class="comment" data-comment-id="55013402">
      <div class="comment-meta"><a class="commenter-name" href="https://substack.com/@priyan">Priya Nandakumar</a> <span class="author-badge">Author</span> <span class="comment-date">Oct 14</span></div>
      <div class="comment-body"><p>Ha, I almost cut that exchange and I&rsquo;m glad I didn&rsquo;t.</p></div>
    </div>
  </div>
</div>
<div class="comment" data-comment-id="55019877">
  <div class="comment-meta"><a class="commenter-name" href="https://substack.com/@muskwatcher">MuskWatcher</a> <span class="comment-date">Oct 15</span></div>
  <div class="comment-body"><p>&ldquo;If you set a conservative date, you get a conservative team.&rdquo; Musk has said a version of this for years and it still annoys every program manager I know.</p></div>
</div>
</div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container">
<div class="footer-buttons"><a href="https://orbitalnotes.substack.com/subscribe">Subscribe</a> <a href="https://orbitalnotes.substack.com/archive">Archive</a></div>
<div class="footer-slogan-blurb">&copy; 2024 Priya Nandakumar &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-substack-cta"><a href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a></div>
<p class="footer-disclaimer">Substack is the home for great culture</p>
</div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{{\\"id\\":150218877,\\"slug\\":\\"the-thousandth-one\\",\\"title\\":\\"The thousandth one is the hard one\\",\\"audience\\":\\"everyone\\"}}}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.4f1a9c.js" defer></script>
</body>
</html>
"""
    turns = [turn(None, paras[0]) for spk, label, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["Priya Nandakumar", "Priya"],
                format="Substack post; speaker changes marked by a new paragraph opening with a bold 'Name:' label (full name first, then first name only), unlabelled continuation paragraphs, no timestamps.")
