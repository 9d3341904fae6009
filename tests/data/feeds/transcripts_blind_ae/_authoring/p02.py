from lib import *

NAME = "ae02_marginnotes-substack"
SHOW = "Margin Notes"
P, S = "PR", "SO"

turns = [
    T(P, "Priya Raman", None,
      "Hi everyone, and welcome to the audio edition of Margin Notes. My guest today is Elon Musk, who agreed to do this on one condition: that we talk about batteries for at least ten minutes. Condition accepted. Elon, hi."),
    T(EM, "Elon Musk", None, "Hi. Ten minutes minimum. I&rsquo;m holding you to it."),
    T(P, "Priya", None,
      "Okay. Batteries. You&rsquo;ve said for years that the cell is where most of the cost lives. Is that still true in 2024?"),
    T(EM, "Elon", None,
      "Mostly, yes. If you look at a pack, the cell is still the big number, and inside the cell it&rsquo;s the cathode. Everything else is sort of rounding error by comparison.",
      "Where people go wrong is they think the answer is a magic new chemistry. Sometimes it is, but usually it&rsquo;s the boring stuff: how fast can you coat the electrode, how dry is the room, how many steps can you delete."),
    T(P, "Priya", None, "Right."),
    T(EM, "Elon", None,
      "Like the dry electrode process. That&rsquo;s not glamorous. Nobody puts it on a T-shirt. But if it works at scale you delete a giant oven the length of a football field, and that&rsquo;s worth more than a lot of chemistry papers."),
    T(P, "Priya", None,
      "You told a roomful of engineers in Berlin, and I wrote this down at the time, &ldquo;If the schedule doesn&rsquo;t scare you, it&rsquo;s not a schedule.&rdquo; Do you still believe that?"),
    T(EM, "Elon", None, "Yes."),
    T(P, "Priya", None, "Just yes?"),
    T(EM, "Elon", None,
      "Just yes. I mean, okay, the longer answer is that a schedule is a forcing function. A friend of mine who runs a machine shop once told me, &ldquo;Elon, deadlines are a tool, not a promise,&rdquo; and I think that&rsquo;s right. You set the aggressive date so the team finds the real constraint.",
      "The failure mode is when people treat the aggressive date as a commitment to customers. That&rsquo;s where I&rsquo;ve gotten in trouble, honestly."),
    T(S, "Sam Ostrowski", None,
      "Sorry to jump in &mdash; we&rsquo;ve got about five minutes left on this room booking."),
    T(P, "Priya", None, "Thanks, Sam. Lightning round, then. Best book you read this year?"),
    T(EM, "Elon", None,
      "<em>The Foundation</em> trilogy again, honestly. I reread it every few years and it lands differently each time."),
    T(P, "Priya", None, "Most overrated technology?"),
    T(EM, "Elon", None,
      "Probably hydrogen fuel cells for cars. The physics just doesn&rsquo;t work out compared to batteries, and it hasn&rsquo;t for a long time."),
    T(P, "Priya", None, "Elon, thank you so much for doing this."),
    T(EM, "Elon", None, "Thanks, Priya. That was way more than ten minutes of batteries, by the way. Good job."),
    T(P, "Priya", None,
      "Ha. That&rsquo;s it for this week. Paid subscribers get the full uncut audio, including the part where we argue about sodium-ion for twenty minutes. See you next time."),
]


def render_turns():
    out = []
    for t in turns:
        for i, p in enumerate(t["paras"]):
            if i == 0:
                out.append('<p><strong>%s:</strong> %s</p>' % (t["label"], p))
            else:
                out.append('<p>%s</p>' % p)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Elon Musk on cells, schedules and the boring stuff - by Priya Raman</title>
<meta property="og:title" content="Elon Musk on cells, schedules and the boring stuff">
<meta property="og:site_name" content="Margin Notes">
<meta name="author" content="Priya Raman">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.9c1f2b.css">
<link rel="alternate" type="application/rss+xml" href="https://marginnotes.substack.com/feed" title="Margin Notes">
<script>window._preloads = JSON.parse("{\\"post\\":{\\"id\\":14417203,\\"title\\":\\"Elon Musk on cells, schedules and the boring stuff\\",\\"audience\\":\\"everyone\\",\\"podcast_duration\\":1844.6}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><div class="navbar-title"><a class="navbar-title-link" href="https://marginnotes.substack.com">Margin Notes</a></div>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="https://marginnotes.substack.com/subscribe">Subscribe</a><a class="button sign-in-link" href="https://substack.com/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 class="post-title published">Elon Musk on cells, schedules and the boring stuff</h1>
<h3 class="subtitle">Margin Notes Audio, episode 31. Full transcript below.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@priyaraman" class="pencraft">Priya Raman</a></div><div class="pencraft pc-reset color-pub-secondary-text">Apr 03, 2024</div><div class="post-label">&#8729; 31 min listen</div></div>
</div>
<div class="podcast-post-header"><div class="player-wrapper-outer"><div class="audio-player" data-duration="1844.6" data-src="https://api.substack.com/api/v1/audio/upload/5f1a0b7c/src"><button class="play-button" aria-label="Play">&#9654;</button><div class="track-time">0:00 / 30:44</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>I&rsquo;ve wanted to get Elon on the show since the very first episode, mostly to talk about the unglamorous parts of manufacturing that I write about every week. We recorded this in a borrowed meeting room with terrible acoustics, so apologies for the echo.</p>
<div class="pullquote"><p>Elon: &ldquo;The failure mode is when people treat the aggressive date as a commitment to customers.&rdquo;</p></div>
<p>A few housekeeping notes: the transcript has been lightly edited for clarity. Sam Ostrowski produced this episode, and you can hear him briefly near the end.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Margin Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="form"><input type="email" name="email" placeholder="Type your email..."><button class="button primary" type="submit">Subscribe</button></form></div></div>
<h2 class="header-anchor-post">Transcript</h2>
%(TRANSCRIPT)s
<hr>
<p><em>Margin Notes Audio is produced by Sam Ostrowski. Music by Kettle &amp; Fern.</em></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button like-button" href="#"><span class="label">142</span> likes</a><a class="post-ufi-button" href="#comments"><span class="label">3</span> comments</a><a class="post-ufi-button share" href="#">Share</a></div></div>
</article>
<div id="comments" class="comments-section"><h4 class="comments-heading">Discussion about this episode</h4>
<div class="comment" id="comment-501882"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonsburner">Elon&rsquo;s Burner Account</a> <span class="comment-date">Apr 3</span></div><div class="comment-body"><p>Elon: Yes.<br>Priya: Just yes?<br>Peak radio.</p></div></div>
<div class="comment-replies"><div class="comment" id="comment-501907"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@priyaraman">Priya Raman</a> <span class="comment-badge">Author</span> <span class="comment-date">Apr 3</span></div><div class="comment-body"><p>I genuinely did not know what to do with that answer for a second.</p></div></div></div></div></div>
<div class="comment" id="comment-502011"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@muskoxfan">Musk Ox Fan</a> <span class="comment-date">Apr 4</span></div><div class="comment-body"><p>Would love a follow-up on the sodium-ion argument. Paywalled or not!</p></div></div></div>
</div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="footer-copyright">&copy; 2024 Priya Raman</div><ul class="footer-terms"><li><a href="https://substack.com/privacy">Privacy</a></li><li><a href="https://substack.com/tos">Terms</a></li><li><a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></li></ul><a class="start-writing" href="https://substack.com/signup">Start Writing</a> <a href="https://substack.com/app">Get the app</a><p class="footer-substack-branding">Substack is the home for great culture</p></div></div>
</div></div>
<script src="https://substackcdn.com/bundle/static/js/main.b2a14f.js" charset="utf-8"></script>
<script>window._analyticsConfig = {"properties":{"section":"podcast","post_id":14417203}};</script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "Substack post; each turn is a <p> starting with <strong>Name:</strong> then text, full names first then first names, no timestamps, unlabelled continuation paragraphs.",
                 SHOW, gold_from(turns), others_from(turns))
