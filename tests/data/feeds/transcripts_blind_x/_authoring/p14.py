"""x14 - magazine Q&A: questions labelled in bold, his answers UNLABELLED (named in the intro); some answers end with a video time."""
from common import *

NAME = "x14_atlas_review_magazine_qa"
SHOW = "The Atlas Review"

# (spk, t or None, paras)
SEQ = [
    ("Q", None, ["You've said you spend most of your time on the factory floor rather than in meetings. Is that still true?"]),
    (MUSK, ts(0, 1, 12), ["Mostly, yes. If you want to know what's actually going on, you go to where the thing is being built. A slide deck is a summary of what someone thinks is happening three weeks ago.",
                          "I probably spend more time at the end of the line than anywhere else, because that's where every problem upstream eventually shows up."]),
    ("Q", None, ["What does a good day look like for you now?"]),
    (MUSK, None, ["A good day is one where we fixed something that was stuck. Not a meeting where we agreed to fix it. Actually fixed it."]),
    ("Q", None, ["And a bad day?"]),
    (MUSK, ts(0, 4, 30), ["A bad day is when something blows up that shouldn't have. Rockets are supposed to blow up sometimes during testing. That's how you learn. But when it's something we should have caught, that's a bad day."]),
    ("Q", None, ["Many of our readers are engineers early in their careers. What do you wish someone had told you at twenty-five?"]),
    (MUSK, ts(0, 9, 5), ["Question the requirements, especially the ones that came from smart people, because those are the ones you're least likely to question.",
                         "Every requirement should have a name attached to it, a person, not a department. Then you can go ask that person whether it still makes sense. Half the time it doesn't."]),
    ("Q", None, ["Do you think you'll ever slow down?"]),
    (MUSK, ts(0, 14, 5), ["Probably not. I'm not sure I'd know how."]),
]


def build():
    turns = [dict(spk=s, t=t, paras=p) for s, t, p in SEQ]
    parts = []
    for idx, (spk, t, paras) in enumerate(SEQ):
        if spk == "Q":
            parts.append(f'<p class="q"><strong>The Atlas Review: {esc(paras[0])}</strong></p>')
        else:
            for i, p in enumerate(paras):
                tail = ""
                if i == len(paras) - 1 and t is not None:
                    tail = f' <a class="watch-at" href="#video-{t}" data-t="{t}">&#9654; Watch at {ms_only(t)}</a>'
                parts.append(f'<p class="a">{esc(p)}{tail}</p>')
        if idx == 5:
            parts.append('<aside class="pull-quote"><p>&ldquo;Every requirement should have a name attached to it, a person, not a department.&rdquo;</p></aside>')
    qa = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>&ldquo;Question the Requirements&rdquo;: Elon Musk on Factory Floors and Bad Days | The Atlas Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="article:section" content="The Interview">
<link rel="preload" href="/fonts/Tiempos-Headline.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/css/atlas.9e21.css">
<style>.q strong{{font-family:'Atlas Grotesk',sans-serif}} .watch-at{{font-size:12px;letter-spacing:.04em;text-transform:uppercase;color:#b3261e;text-decoration:none}} .pull-quote{{font-size:28px;margin:32px -40px;font-style:italic}} .sidebar-box{{background:#f3f1ec;padding:16px;font-size:14px}}</style>
</head>
<body class="article-page">
<div class="top-banner">Subscribe for $1 a week &mdash; <a href="/subscribe">Get full access</a></div>
<header class="site-header"><a class="wordmark" href="/">THE ATLAS REVIEW</a><nav><a href="/ideas">Ideas</a><a href="/technology">Technology</a><a href="/business">Business</a><a href="/the-interview">The Interview</a><a href="/magazine">Magazine</a></nav></header>
<main>
<article>
<p class="rubric">The Interview</p>
<h1>&ldquo;Question the Requirements&rdquo;</h1>
<p class="dek">Elon Musk on factory floors, bad days, and the advice he would give his twenty-five-year-old self.</p>
<p class="byline">Interview by <a href="/authors/noor-haddad">Noor Haddad</a> &middot; Photographs by Ines Cavalcanti &middot; From the September 2025 issue</p>
<figure class="lede"><img src="/img/2025/09/musk-starbase.jpg" alt=""><figcaption>Elon Musk at Starbase, Texas, in July. Photograph by Ines Cavalcanti for The Atlas Review.</figcaption></figure>
<p class="intro">Elon Musk agreed to talk with The Atlas Review on one condition: that the conversation happen while he walked the Starship production tents, not in a conference room. We spoke for about fifteen minutes between the high bay and the engine shop. The video of the full conversation is below; answers with a timestamp link to that moment.</p>
<div class="video-embed" id="video"><iframe src="https://player.atlasreview.com/embed/musk-interview-0925" title="Elon Musk interview video"></iframe></div>
<p class="intro"><em>This interview has been edited and condensed for clarity. Questions are in bold; Musk's answers follow each question.</em></p>
<div class="qa-body">
{qa}
</div>
<p class="issue-note"><em>A version of this article appears in the September 2025 issue with the headline &ldquo;Question the Requirements.&rdquo;</em></p>
</article>
<aside class="sidebar-box">
  <h4>Musk, in his own words</h4>
  <p>Elon Musk: &ldquo;The best part is no part.&rdquo; (2019)</p>
  <p>Elon Musk: &ldquo;The factory is the product.&rdquo; (2021)</p>
  <p><a href="/collections/elon-musk">Read more from our Elon Musk archive</a></p>
</aside>
<section class="newsletter-signup"><h3>The Interview, in your inbox</h3><p>One long conversation every Sunday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><p>&copy; 2025 The Atlas Review. All rights reserved.</p><p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
<script src="/static/js/atlas.9e21.js" defer></script>
</body>
</html>
"""
    exp = expected(
        "Magazine Q&A: each question is a bold <p> prefixed 'The Atlas Review:'; his answers are UNLABELLED plain <p> paragraphs (he is named only in the intro), some ending with a '▶ Watch at mm:ss' link giving the answer's video time.",
        SHOW, gold_turns(turns), ["The Atlas Review"])
    meta = dict(kind="Magazine Q&A interview",
                fmt="bold labelled questions, unlabelled answers; time link after some answers",
                hard=["His answers carry no label at all; he is identified in the intro ('Musk's answers follow each question')",
                      "Time printed after the answer text ('▶ Watch at 09:05'), on the last paragraph of multi-paragraph answers; two answers have no time",
                      "Pull quote repeats a sentence from an answer; sidebar 'Musk, in his own words' prints 'Elon Musk: “...”' lines",
                      "Short answers ('Probably not. I'm not sure I'd know how.')"],
                choices=["Each unlabelled answer block between two questions is one turn of his.",
                         "The 'Watch at' time after an answer is that answer's start time; answers without it are null.",
                         "Others = ['The Atlas Review'] (the question label)."])
    register(NAME, page, exp, meta)


build()
