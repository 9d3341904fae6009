"""q03 - Substack podcast post. `[hh:mm:ss] Name: text` per paragraph, archive clip + news clip."""
from common import ELON, esc, gold_turns, hms, write_page

NAME = "q03_second_order_substack"
SHOW = "Second Order"

M, J, N = "M", "J", "N"
# label by occurrence index: (first, later)
LABELS = {M: ("Marcus Hale", "Marcus"), J: ("Jin Park", "Jin"), N: ("News anchor (clip)", "News anchor (clip)")}

# (speaker, secs, paras, explicit_label or None)
TURNS = [
    (M, 0, ["Welcome to Second Order. I\u2019m Marcus Hale, here with Jin Park, and this week we have a guest we\u2019ve been chasing for three years. Before we bring him in \u2014 Jin, play the clip."], None),
    (J, 21, ["This is from a tech conference in 2016. Here it is."], None),
    (ELON, 26, ["I think the probability that we\u2019re in base reality is quite low, but that\u2019s not the interesting question. The interesting question is what you do about it."], "Elon Musk (archive clip, 2016)"),
    (M, 49, ["Elon, that was eight years ago. Do you still stand by it?"], None),
    (ELON, 55, ["Mostly. I\u2019d phrase it differently now. The simulation stuff gets a lot of attention, but the practical point was about picking problems that actually matter."], "Elon Musk"),
    (J, 134, ["Let\u2019s talk about compute. You\u2019ve said training clusters are now limited by power, not by chips."], None),
    (ELON, 142, ["Yeah, it moved really fast. Two years ago the constraint was GPUs. Now it\u2019s transformers \u2014 the electrical kind, not the neural kind \u2014 and after that it\u2019s simply electricity. You can\u2019t plug a gigawatt into a normal substation."], "Elon"),
    (M, 280, ["Which is a weird sentence to hear."], None),
    (ELON, 283, ["It\u2019s a weird time."], "Elon"),
    (J, 690, ["I want to play one more clip, this one from the news this week."], None),
    (N, 694, ["Musk told shareholders on Tuesday that the company\u2019s new cluster would be, quote, \u201cthe most powerful training system on the planet by a wide margin.\u201d Critics say the claim is impossible to verify."], None),
    (M, 712, ["Is it verifiable?"], None),
    (ELON, 715, ["Sure. We publish the benchmark results. Anyone can run the same evals. People can argue about the methodology, and that\u2019s fine, that\u2019s how it should work."], "Elon"),
    (J, 1148, ["Safety question. You used to warn about AI more than almost anyone. Now you\u2019re building it. How do you square that?"], None),
    (ELON, 1155, ["I\u2019d rather be at the table than not. If I thought stopping were possible, I\u2019d argue for stopping. It isn\u2019t. So the question is whether there\u2019s at least one lab whose top priority is being maximally truthful.",
                  "Truthfulness is the most important property. A system that learns to say things it knows are false is the dangerous one."], "Elon"),
    (M, 1300, ["Right."], None),
    (ELON, 1301, ["And that\u2019s hard to train for, by the way. It\u2019s much easier to train something to be agreeable than to be right."], "Elon"),
    (M, 2102, ["We\u2019re at time. Elon, thank you for finally saying yes."], None),
    (ELON, 2105, ["Thanks, guys. Good questions."], "Elon"),
]


def render_transcript():
    seen = set()
    out = []
    for spk, t, paras, lab in TURNS:
        if lab is None:
            full, short = LABELS[spk]
            lab = short if spk in seen else full
            seen.add(spk)
        out.append('<p>[%s] %s: %s</p>' % (hms(t), esc(lab), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>Elon Musk on compute, truthfulness and base reality - by Marcus Hale</title>
<meta name="description" content="Ep. 61 of Second Order. Full transcript below.">
<meta property="og:url" content="https://secondorder.substack.com/p/elon-musk-compute-truthfulness">
<meta property="og:type" content="article">
<meta property="og:title" content="Elon Musk on compute, truthfulness and base reality">
<meta property="og:description" content="Ep. 61 of Second Order. Full transcript below.">
<meta name="author" content="Marcus Hale">
<link rel="alternate" type="application/rss+xml" href="https://secondorder.substack.com/feed" title="Second Order">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.9c1a1b0c.css">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/assets/entry-9f3de0.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://secondorder.substack.com/p/elon-musk-compute-truthfulness","headline":"Elon Musk on compute, truthfulness and base reality","datePublished":"2024-09-18T11:02:41+00:00","author":[{{"@type":"Person","name":"Marcus Hale"}}],"publisher":{{"@type":"Organization","name":"Second Order"}}}}</script>
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{{\\"id\\":148812034,\\"type\\":\\"podcast\\",\\"audience\\":\\"everyone\\"}}}}")</script>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-spacer"></div>
<div class="main-menu" role="navigation">
 <div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/secondorder-logo.png" alt="Second Order" width="40" height="40"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">Second Order</a></h1></div>
 <div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe?utm_source=menu&amp;simple=true">Subscribe</a> <a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
 <div class="topbar-nav"><a href="/">Home</a> <a href="/podcast">Podcast</a> <a href="/archive">Archive</a> <a href="/about">About</a></div>
</div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
 <h1 class="post-title published title-X77sOw">Elon Musk on compute, truthfulness and base reality</h1>
 <h3 class="subtitle">Ep. 61. We finally got him. Full transcript below.</h3>
 <div class="post-header-meta"><div class="byline-wrapper"><a href="https://substack.com/@marcushale" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Marcus Hale</a> and <a href="https://substack.com/@jinpark">Jin Park</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Sep 18, 2024</div></div>
</div>
<div class="podcast-post-header"><div class="native-audio-embed" data-component-name="AudioPlaceholder" data-attrs='{{"label":"Ep. 61 - Elon Musk","mediaUploadId":"a81f3c2e","duration":2131.4,"isEditorNode":true}}'><div class="audio-player"><button class="play-button" aria-label="Play">&#9654;</button><div class="audio-title">Second Order</div><div class="duration">35:31</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Three years, two cancelled bookings and one very patient press office later: Elon Musk joined us for about half an hour to talk about why AI training is now limited by power, how he squares building AI with warning about it, and whether he still thinks we live in a simulation.</p>
<p>As always, paid subscribers get the ad-free feed. Everyone gets the transcript.</p>
<div class="subscription-widget-wrap-editor" data-attrs='{{"url":"https://secondorder.substack.com/subscribe?","text":"Subscribe"}}' data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Second Order is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email&hellip;" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<div class="callout-block" data-callout="true">
<p><strong>Summary</strong> <em>(generated by our notes tool, checked by Jin)</em></p>
<ul>
<li><p>Elon Musk: &ldquo;You can&rsquo;t plug a gigawatt into a normal substation.&rdquo; The bottleneck moved from GPUs to transformers to electricity.</p></li>
<li><p>On safety, Musk says truthfulness is the most important property to train for.</p></li>
<li><p>Elon Musk: &ldquo;It&rsquo;s much easier to train something to be agreeable than to be right.&rdquo;</p></li>
</ul>
</div>
<h2 class="header-anchor-post">Transcript<div class="header-anchor-parent"><div class="header-anchor-widget"><button class="pencraft pc-reset header-anchor" aria-label="Link"></button></div></div></h2>
<p><em>Auto-generated, then corrected by hand. Timestamps match the audio player.</em></p>
{transcript}
<hr>
<p>Thanks for listening. If you liked this one, forward it to the friend who always has an opinion about Elon.</p>
<p class="button-wrapper" data-attrs='{{"url":"https://secondorder.substack.com/p/elon-musk-compute-truthfulness?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share","text":"Share"}}' data-component-name="ButtonCreateButton"><a class="button primary" href="https://secondorder.substack.com/p/elon-musk-compute-truthfulness?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>
</div></div>
</article>
<div class="post-footer"><div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><a role="button" class="post-ufi-button style-large has-label"><span class="label">412</span></a></div><a role="button" href="https://secondorder.substack.com/p/elon-musk-compute-truthfulness/comments" class="post-ufi-button style-large post-ufi-comment-button has-label"><span class="label">3</span></a></div></div>
<div id="discussion" class="comments-page">
 <h4 class="section-header">Discussion about this episode</h4>
 <div class="comment-list">
  <div class="comment" id="comment-70110234"><div class="comment-content"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@elonsburner">Elon&#39;s Burner Account</a> <span class="comment-date">Sep 18</span></div>
   <div class="comment-body"><p>&gt; Elon: It&rsquo;s a weird time.</p><p>Understatement of the decade.</p></div>
   <div class="comment-actions"><a class="comment-like">Like (31)</a> <a class="comment-reply">Reply</a></div></div>
   <div class="comment-list-items"><div class="comment" id="comment-70110990"><div class="comment-content"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@jinpark">Jin Park</a> <span class="comment-author-badge">Writer</span> <span class="comment-date">Sep 18</span></div><div class="comment-body"><p>It was a very long pause before he said it, too.</p></div></div></div></div>
  </div>
  <div class="comment" id="comment-70121455"><div class="comment-content"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@muskmelonmedia">Musk Melon Media</a> <span class="comment-date">Sep 19</span></div>
   <div class="comment-body"><p>The archive clip at the start was a great touch. Elon Musk (2016): &ldquo;The interesting question is what you do about it.&rdquo; Still the best line.</p></div></div></div>
 </div>
</div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-buttons"><a href="/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button">Start writing</a> <a href="https://substack.com/app/app-store-redirect" class="button">Get the app</a></div><div class="footer-text">Substack is the home for great culture</div></div></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.7f1a0a3b.js" charset="utf-8"></script>
<script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"secondorder\\",\\"publication_id\\":1288411}}}}")</script>
</body>
</html>
"""


def build():
    page = PAGE.format(transcript=render_transcript())
    return write_page(
        NAME, page, SHOW,
        "Substack post body: each turn a <p> '[hh:mm:ss] Name: text' (labels full then first name, an archive clip labelled 'Elon Musk (archive clip, 2016)'), unlabelled continuation <p>s.",
        gold_turns(TURNS),
        ["Marcus Hale", "Marcus", "Jin Park", "Jin", "News anchor (clip)"],
    )
