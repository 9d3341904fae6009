"""k06 - Substack newsletter post; '[hh:mm:ss.mmm] Name: text', initials after first use, a time on every paragraph."""
from common import *

NAME = "k06_frontiernotes_substack"
SHOW = "Frontier Notes"

LAB = {"E": ("Elon Musk", "EM"), "G": ("Tobias Grant", "TG"), "R": ("Rafi (producer)", "Rafi (producer)")}


def U(spk, *pairs):
    return {"spk": spk, "t": pairs[0][0], "pt": [p[0] for p in pairs], "paras": [p[1] for p in pairs]}


TURNS = [
    U("R", (0.0, "We’re rolling.")),
    U("G", (2.15, "Welcome to Frontier Notes. I’m Tobias Grant. My guest today is Elon Musk, and we’re going to talk about the least glamorous part of going to Mars, which is logistics.")),
    U("E", (14.48, "The least glamorous and the most important, I’d say.")),
    U("G", (18.9, "Musk once said: “Mars is a supply chain problem wearing a spacesuit.” Or at least the internet says you said it. Did you?")),
    U("E", (29.31, "I don’t remember saying that, but I’d agree with it. The rocket is the part people film. The hard part is everything that has to arrive on the other end, in the right order, and work when it gets there."),
         (41.775, "If you want a city that can keep going even if the supply ships stop coming, you need to make almost everything locally. Steel, glass, fertilizer, chips eventually. That’s a huge industrial base."),
         (65.02, "And that means the first cargo flights are mostly carrying tools to make tools.")),
    U("G", (90.44, "How many flights are we talking about?")),
    U("E", (93.005, "Thousands. Probably several thousand over a couple of decades, with most of them going in the same transfer window.")),
    U("G", (110.6, "Thousands.")),
    U("E", (111.87, "Yes.")),
    U("G", (1450.01, "Let’s talk about propellant on Mars, because that’s the thing that lets anyone come home.")),
    U("E", (1462.39, "So the plan is to make methane and oxygen on the surface using the Sabatier reaction. You take carbon dioxide from the atmosphere and water from the ground, add a lot of power, and you get the same propellant the ship uses."),
         (1501.12, "The chemistry is old. The hard part is doing it reliably, with equipment that nobody can fly out to repair for two years.")),
    U("G", (4364.5, "We’re out of time. Elon, thank you for doing this.")),
    U("E", (4366.93, "Thanks, Tobias. Good questions.")),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, (tm, txt) in enumerate(zip(t["pt"], t["paras"])):
            if i == 0:
                out.append('<p><span class="ts">[%s]</span> <strong>%s:</strong> %s</p>' % (hms_ms(tm), esc(lab), esc(txt)))
            else:
                out.append('<p><span class="ts">[%s]</span> %s</p>' % (hms_ms(tm), esc(txt)))
    return "\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover">
<title>Mars is a logistics problem: a conversation with Elon Musk (full transcript)</title>
<meta name="description" content="Frontier Notes #42. Tobias Grant talks to Elon Musk about cargo flights, propellant plants and building the tools that build the tools.">
<meta property="og:site_name" content="Frontier Notes">
<meta name="author" content="Tobias Grant">
<link rel="canonical" href="https://frontiernotes.substack.com/p/mars-is-a-logistics-problem">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.0b1a5e3c.css">
<link rel="alternate" type="application/rss+xml" href="https://frontiernotes.substack.com/feed" title="Frontier Notes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://frontiernotes.substack.com/p/mars-is-a-logistics-problem","headline":"Mars is a logistics problem: a conversation with Elon Musk (full transcript)","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Tobias Grant"}],"datePublished":"2024-07-08T12:01:00+00:00"}</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><a class="navbar-title-link" href="https://frontiernotes.substack.com">Frontier Notes</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="https://frontiernotes.substack.com/subscribe">Subscribe</a><a class="button sign-in-link" href="https://substack.com/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
  <div class="post-header">
    <h1 class="post-title published">Mars is a logistics problem: a conversation with Elon Musk</h1>
    <h3 class="subtitle">Full transcript of Frontier Notes #42, with timestamps</h3>
    <div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@tobiasgrant" class="pencraft">Tobias Grant</a></div><div class="pencraft meta">Jul 08, 2024</div><div class="post-ufi"><a class="like-button" href="#">&#9825; 1,204</a> <a class="post-ufi-comment-button" href="#comments">318</a> <a class="restack" href="#">Restack</a></div></div>
  </div>
  <div class="available-content"><div dir="auto" class="body markup">
<p>Hi friends,</p>
<p>A lot of you asked for the full transcript of last week’s episode, so here it is. The audio is in the player below, and the timestamps in brackets match it to the millisecond (our editor is very proud of this). Speaker key: <strong>EM</strong> is Elon Musk, <strong>TG</strong> is me.</p>
<div class="native-audio-embed" data-component-name="AudioPlaceholder" data-attrs="{&quot;label&quot;:&quot;Frontier Notes #42&quot;,&quot;mediaUploadId&quot;:&quot;c0ffee42&quot;,&quot;duration&quot;:4381.6}"></div>
<blockquote><p>“The first cargo flights are mostly carrying tools to make tools.” — Elon Musk, at [00:01:05]</p></blockquote>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Frontier Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="form"><input type="email" name="email" placeholder="Type your email…"><button type="submit" class="button primary">Subscribe</button></form></div></div>
<h2 class="header-anchor-post">Transcript</h2>
%s
<hr>
<p><em>Transcript lightly edited for readability. If you spot an error, reply to this email and I’ll fix it.</em></p>
  </div></div>
  <div class="post-footer"><a class="button primary" href="https://frontiernotes.substack.com/subscribe?utm_medium=web&amp;utm_source=post-footer">Subscribe to Frontier Notes</a></div>
</article></div>
<div class="comments-section" id="comments">
  <h4 class="comments-heading">318 Comments</h4>
  <div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@muskoxranch">Elon's Musketeer</a> <span class="comment-date">Jul 8</span></div><div class="comment-body"><p>TG: “Thousands.” EM: “Yes.” — best exchange of the year.</p></div>
    <div class="comment comment-reply"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@emusk_fan_2011">E. Musk (fan account)</a> <span class="comment-date">Jul 9</span></div><div class="comment-body"><p>The propellant section at [00:24:22.390] deserves its own episode honestly.</p></div></div>
  </div>
  <div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@lindaro">Linda Ro</a> <span class="comment-date">Jul 10</span></div><div class="comment-body"><p>Thanks for the transcript, Tobias. Easier to read on the train than to listen.</p></div></div>
</div>
</div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons"><a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start Writing</a> <a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Get the app</a></div><div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"base_url\\":\\"https://frontiernotes.substack.com\\",\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":146551203,\\"slug\\":\\"mars-is-a-logistics-problem\\",\\"audience\\":\\"everyone\\"}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.5c3f9e10.js" charset="utf-8" defer></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Substack post: each paragraph starts with a bracketed '[hh:mm:ss.mmm]' time (milliseconds), the first paragraph of a turn then has a bold label ('Elon Musk:' first, then initials 'EM:'); continuation paragraphs carry their own time but no label, so the turn starts at its first paragraph.",
                 SHOW, gold_turns(TURNS), ["Rafi (producer)", "Tobias Grant", "TG"])
