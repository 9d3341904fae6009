from common import *

SHOW = "Meridian"
g = Gold(SHOW, "Magazine Q&A article: the interviewer's questions are whole bold paragraphs with no label and his answers "
         "are plain unlabelled paragraphs (the intro names him as the interviewee); no timestamps.")

# (question, [answer paragraphs])
QA = [
    ("You\u2019ve said you spend most of your time on engineering rather than management. What does a typical Tuesday actually look like?",
     ["Mostly I walk the line. If I\u2019m at one of the factories, I\u2019ll spend the morning on whatever is the current bottleneck, and there is always a current bottleneck. The afternoon is design reviews. I try to keep meetings short and small. If a meeting has more than six people, half of them are probably not needed.",
      "Tuesday specifically? Probably a rocket day. I don\u2019t plan it that way, it just tends to work out."]),
    ("How much of that is theater? Critics say the \u201csleeping at the factory\u201d stories are mostly branding.",
     ["Less than people think. I\u2019ve slept there when things were bad, and it was not glamorous. But I\u2019d agree it shouldn\u2019t be a badge of honor. If you have to do it for years, something is broken in the system."]),
    ("Let\u2019s talk about artificial intelligence. You\u2019ve warned about it for a decade and now you build it. How do you square that?",
     ["I think it\u2019s going to be built regardless. The question is who builds it and with what values. If the people most worried about the risks all stay out, then you\u2019ve guaranteed that the people building it are the least worried. That seems like a bad outcome.",
      "So I\u2019d rather be in the arena. You can call that a contradiction. I call it the least bad option.",
      "And I\u2019d say the single most important thing is that it be truthful, even when the truth is uncomfortable."]),
    ("Do you worry about your own kids growing up with it?",
     ["Of course. Every parent should. I think the risk for kids isn\u2019t so much the AI itself as outsourcing thinking too early. You need to struggle with a problem to actually understand it. A tool that removes all struggle can also remove all learning."]),
    ("What would you change about how engineers are educated?",
     ["Teach the problem before the tool. Nobody cares about a screwdriver until they have a screw. We teach a lot of tools in a vacuum and then wonder why students are bored."]),
    ("Is there a decision you regret from the last five years?",
     ["Many. I\u2019m not going to give you a list, because then that becomes the headline. But in general, I\u2019ve been too optimistic about timelines and not optimistic enough about how hard the last ten percent is."]),
    ("Last question. If you could ask your twenty-five-year-old self one thing, what would it be?",
     ["Why are you so sure? That would be the question. I was very sure about a lot of things, and some of them were right, but I didn\u2019t know which ones."]),
]

body = []
for q, ans in QA:
    body.append('<p class="q"><strong>%s</strong></p>' % esc_wp(q))
    g.elon(None, ans[0])
    for k, a in enumerate(ans):
        body.append("<p>%s</p>" % esc_wp(a))
    if q.startswith("Let\u2019s talk about artificial"):
        body.append('<aside class="pullquote" aria-hidden="true"><p>&#8220;If the people most worried about the risks all stay out, then you&#8217;ve guaranteed that the people building it are the least worried.&#8221;</p><cite>&#8212; Elon Musk</cite></aside>')

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk Is Not Sure Anymore | Meridian</title>
<meta name="description" content="In a rare long conversation, Elon Musk talks about factory life, building the thing he warned about, and what he&#8217;d ask his younger self.">
<meta property="og:type" content="article">
<meta name="author" content="Hollis Grant">
<meta property="article:section" content="The Interview">
<link rel="stylesheet" href="https://www.meridianmag.com/static/css/article.3c8e1.css">
<style>
 .article-body p{font-family:Georgia,serif;font-size:19px;line-height:1.6}
 .article-body p.q strong{font-family:"Helvetica Neue",Arial,sans-serif;font-size:17px}
 .pullquote{float:right;width:40%;margin:0 0 1em 1.5em;border-top:3px solid #111;font-size:24px;font-style:italic}
 .sidebar-box{border:1px solid #ccc;padding:1em;margin:2em 0;background:#fafafa}
 .comments .comment{border-top:1px solid #eee;padding:.8em 0}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk Is Not Sure Anymore","author":{"@type":"Person","name":"Hollis Grant"},"datePublished":"2024-05-02T06:00:00-04:00","publisher":{"@type":"Organization","name":"Meridian"}}</script>
</head>
<body class="article-page">
<header class="masthead">
  <div class="top-strip"><a href="https://www.meridianmag.com/subscribe">Subscribe</a> &middot; <a href="https://www.meridianmag.com/account/login">Sign in</a></div>
  <a class="logo" href="https://www.meridianmag.com/">MERIDIAN</a>
  <nav class="sections"><a href="https://www.meridianmag.com/politics">Politics</a><a href="https://www.meridianmag.com/technology">Technology</a><a href="https://www.meridianmag.com/culture">Culture</a><a href="https://www.meridianmag.com/the-interview">The Interview</a><a href="https://www.meridianmag.com/magazine">Magazine</a></nav>
</header>
<main>
<article class="article">
  <p class="kicker"><a href="https://www.meridianmag.com/the-interview">The Interview</a></p>
  <h1 class="headline">Elon Musk Is Not Sure Anymore</h1>
  <p class="dek">In a rare long conversation, the world&#8217;s most scrutinized engineer talks about factory life, building the thing he warned about, and what he&#8217;d ask his younger self.</p>
  <p class="byline">By <a href="https://www.meridianmag.com/authors/hollis-grant">Hollis Grant</a> &middot; <time datetime="2024-05-02">May 2, 2024</time> &middot; 9 min read</p>
  <figure class="lead-art"><img src="https://www.meridianmag.com/media/2024/05/musk-interview-lead.jpg" alt="Elon Musk in a hangar" width="1200" height="800"><figcaption>Elon Musk at a company facility in April. Photograph by Dara Lindqvist for Meridian.</figcaption></figure>
  <div class="article-body">
    <p>For a man who posts hundreds of times a week, Elon Musk gives surprisingly few long interviews. Musk once said: &#8220;I would rather be optimistic and wrong than pessimistic and right,&#8221; and for most of his career that has been the public version of him &#8212; certain, fast, and frequently late.</p>
    <p>The person who sat down with me for ninety minutes in a glass-walled conference room off a factory floor was more hesitant than that. He paused often. He corrected himself. Several times he said he didn&#8217;t know.</p>
    <p>We spoke about work, artificial intelligence, his children and his regrets. This interview has been condensed and edited for clarity. Questions are in bold; all answers are Mr. Musk&#8217;s.</p>
{{BODY}}
    <p class="tagline"><em>Hollis Grant is a senior writer at Meridian. This article appears in the June 2024 issue.</em></p>
  </div>
  <div class="sidebar-box">
    <h3>In his words</h3>
    <p>Musk: &#8220;You need to struggle with a problem to actually understand it.&#8221;</p>
    <p>Musk: &#8220;Nobody cares about a screwdriver until they have a screw.&#8221;</p>
  </div>
</article>
<section class="comments" id="comments">
  <h2>Comments (3)</h2>
  <div class="comment"><span class="user">ElonMuskRocks2024</span> <span class="when">6 hours ago</span><p>&#8220;Why are you so sure?&#8221; should be printed on every office wall.</p></div>
  <div class="comment"><span class="user">k.mwangi</span> <span class="when">5 hours ago</span><p>Good interview, but I wish Grant had pushed harder on the AI question.</p>
    <div class="reply"><span class="user">ElonMuskRocks2024</span><p>&gt; Musk: I&#8217;d rather be in the arena. &#8212; that was the push, he answered it.</p></div></div>
  <div class="comment"><span class="user">Ruth Albertsen</span> <span class="when">2 hours ago</span><p>The screwdriver line is exactly how I teach shop class.</p></div>
</section>
</main>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="https://www.meridianmag.com/culture/the-last-video-store">The Last Video Store in Ohio</a></li><li><a href="https://www.meridianmag.com/politics/rural-broadband">Who Pays for Rural Broadband?</a></li><li><a href="https://www.meridianmag.com/technology/chip-shortage-lessons">What the Chip Shortage Taught Us</a></li></ol></aside>
<footer class="site-footer"><p>&copy; 2024 Meridian Media LLC. All rights reserved.</p><nav><a href="https://www.meridianmag.com/about">About</a> <a href="https://www.meridianmag.com/privacy">Privacy</a> <a href="https://www.meridianmag.com/terms">Terms</a></nav></footer>
<script src="https://www.meridianmag.com/static/js/paywall.5d2a.js" async></script>
</body>
</html>
""".replace("{{BODY}}", "\n".join(body))

write("m06_meridian-magazine-qa", page, g)
