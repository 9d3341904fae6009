from common import *

NAME = "v10_trap_forge_kimbal_interview"
SHOW = "Forge"

TURNS = [
    Turn("F", None, ["You’ve spent twenty years on restaurants and farms while your brother builds rockets. Do people still ask you about him first?"], label="FORGE"),
    Turn("K", None, ["Every single time. And I get it. But honestly, I think what we do is more similar than people assume. We’re both trying to fix systems that are very old and very stuck."], label="KIMBAL MUSK"),
    Turn("F", None, ["What’s the most useful thing he ever told you?"], label="FORGE"),
    Turn("K", None, ["Elon said to me once, when the first restaurant was struggling, “If the food system were a rocket, it would have exploded on the pad.” He meant it as encouragement, I think. It took me a year to take it that way.",
                     "He also told me to stop asking how other people do it. That one was more useful."], label="MUSK"),
    Turn("F", None, ["Do you two argue?"], label="FORGE"),
    Turn("K", None, ["Constantly. About food, mostly. He would eat the same thing every day if you let him."], label="MUSK"),
    Turn("F", None, ["Is that true?"], label="FORGE"),
    Turn("K", None, ["Yes."], label="MUSK"),
    Turn("F", None, ["What are you building now?"], label="FORGE"),
    Turn("K", None, ["Vertical farms in shipping containers, for schools. Kids grow lettuce in a box the size of a parking space. It sounds small. It isn’t. Every kid who grows something eats differently for the rest of their life."], label="MUSK"),
]

FORMAT = ("Magazine Q&A with bold capital labels 'FORGE:' and 'KIMBAL MUSK:' (then just 'MUSK:' for Kimbal); Elon Musk is only "
          "quoted inside Kimbal's answers and in sidebars, so he has no turns.")


def render():
    out = []
    for tr in TURNS:
        out.append(f'<p class="qa"><b>{tr.label}:</b> {wptexturize(tr.paras[0])}</p>')
        out.extend(f"<p>{wptexturize(p)}</p>" for p in tr.paras[1:])
        if tr.kw.get("pq"):
            pass
    # pull quote after 4th element
    out.insert(5, '<blockquote class="wp-block-pullquote alignright"><p>&#8220;We&#8217;re both trying to fix systems that are very old and very stuck.&#8221;</p><cite>Kimbal Musk</cite></blockquote>')
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kimbal Musk on soil, schools and growing up with a brother who builds rockets | Forge</title>
<meta name="description" content="The restaurateur and food activist talks about vertical farms, arguments with Elon, and why every kid should grow lettuce.">
<link rel="stylesheet" id="forge-main-css" href="https://forgemag.com/wp-content/themes/forge-2023/dist/main.css?ver=5.8.2" media="all">
<script id="forge-ads-js-before">window.forgeAds = {{ slots: ["top","mid","rail"], targeting: {{ section: "people", tags: ["kimbal-musk","food","elon-musk"] }} }};</script>
</head>
<body class="post-template-default single single-post postid-77120 single-format-standard vip">
<div class="site">
<header class="masthead">
 <div class="masthead__top"><a class="masthead__logo" href="https://forgemag.com/"><svg role="img" aria-label="Forge" width="140" height="36"></svg></a><a class="masthead__subscribe" href="https://forgemag.com/subscribe/">Subscribe — 12 issues for $12</a></div>
 <nav class="masthead__nav" aria-label="Sections"><a href="/business/">Business</a><a href="/people/" class="current">People</a><a href="/design/">Design</a><a href="/food/">Food</a><a href="/the-issue/">The Issue</a></nav>
</header>
<main class="site-main">
<article class="post-77120 post type-post status-publish format-standard has-post-thumbnail category-people tag-kimbal-musk tag-food">
<div class="entry-header">
<p class="entry-kicker">The Forge Interview</p>
<h1 class="entry-title">Kimbal Musk on soil, schools and growing up with a brother who builds rockets</h1>
<p class="entry-dek">The restaurateur and food activist talks vertical farms, family arguments and why every kid should grow lettuce.</p>
<p class="entry-byline">By <a href="/author/j-okonkwo/">Jide Okonkwo</a> · Photographs by <a href="/author/m-feld/">Mira Feld</a> · <time datetime="2025-05-02">May 2, 2025</time></p>
</div>
<figure class="entry-hero"><img src="https://forgemag.com/wp-content/uploads/2025/04/kimbal-farm-1600.jpg" alt="Kimbal Musk standing among raised garden beds at a Denver school" width="1600" height="1000"><figcaption>Kimbal Musk at a school garden in Denver.</figcaption></figure>
<div class="entry-content">
<p>Kimbal Musk is used to being the other Musk. He co-founded his first company with his brother, Elon, in the 1990s, sat on the Tesla board for years, and has spent the two decades since opening restaurants and building school gardens. Elon Musk, reached by email, declined to comment for this story but described his brother, in a one-line reply, as “the most stubborn person I know, and I would know.”</p>
<p>We met at a school farm outside Denver. The conversation has been edited and condensed.</p>
{body}
<aside class="sidebar-box" aria-labelledby="iow">
<h3 id="iow">In his brother&#8217;s words</h3>
<p><strong>Elon Musk:</strong> &#8220;Kimbal was always better at people. I was better at machines. That division of labor has worked out pretty well.&#8221;</p>
<p class="sidebar-source"><em>— from a 2017 keynote, quoted with permission of the event organizer</em></p>
</aside>
<p class="entry-endnote"><em>This interview appears in the June issue of Forge. <a href="/subscribe/">Subscribe</a>.</em></p>
</div>
<div class="entry-tags">Tags: <a href="/tag/kimbal-musk/">Kimbal Musk</a> <a href="/tag/elon-musk/">Elon Musk</a> <a href="/tag/food/">Food</a> <a href="/tag/education/">Education</a></div>
</article>
<section class="related" aria-label="Related stories">
<h2>More from Forge</h2>
<ul>
<li><a href="/people/maye-musk-at-77/">Maye Musk at 77: &#8220;I never planned any of it&#8221;</a></li>
<li><a href="/business/elon-musk-factory-feature/">Elon Musk: &#8220;The best part is no part&#8221; — inside the factory philosophy</a></li>
<li><a href="/food/vertical-farms-explained/">Do vertical farms actually work? We asked six growers</a></li>
</ul>
</section>
<section id="comments" class="comments-area">
<h2 class="comments-title">4 comments</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Elon Musk (not that one)</b> <time datetime="2025-05-02T14:02">May 2, 2025</time></footer><div class="comment-content"><p>As a guy named Elon Musk who is a school teacher in Ohio, I approve of the lettuce boxes.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">greenthumb_dan</b></footer><div class="comment-content"><p>&#8220;If the food system were a rocket, it would have exploded on the pad.&#8221; — what a line.</p></div></article>
 <ol class="children"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">notelonmusk</b></footer><div class="comment-content"><p>Elon: I definitely said that.</p></div></article></li></ol>
</li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Priscilla V.</b></footer><div class="comment-content"><p>My kids&#8217; school has one of these. They love it.</p></div></article></li>
</ol>
</section>
</main>
<footer class="site-footer"><nav aria-label="Footer"><a href="/about/">About Forge</a> <a href="/masthead/">Masthead</a> <a href="/advertise/">Advertise</a> <a href="/privacy-policy/">Privacy</a></nav><p>© 2025 Forge Media LLC. Powered by WordPress VIP.</p></footer>
</div>
<script src="https://forgemag.com/wp-content/themes/forge-2023/dist/main.js?ver=5.8.2" id="forge-main-js"></script>
</body>
</html>
"""
    others = ["FORGE", "KIMBAL MUSK", "MUSK"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
