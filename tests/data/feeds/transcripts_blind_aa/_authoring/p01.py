from common import *

NAME = "aa01_longburn_wordpress"
SHOW = "The Long Burn"
LBL = {"DO": "Dev Okafor", "MR": "Marisol Reyes", EM: "Elon Musk"}

TURNS = [
    T("DO", 4, "Welcome back to The Long Burn. I\u2019m Dev Okafor, and with me as always is Marisol Reyes. Today we have someone who needs very little introduction: Elon Musk. Elon, thanks for making the time."),
    T(EM, 19, "Thanks for having me. Happy to be here, although I think I\u2019m technically supposed to be in a design review right now, so we\u2019ll see how long this lasts."),
    T("MR", 31, "We\u2019ll take our chances. I want to start with Raptor 3, because the photos that came out last month looked almost unfinished. Where did all the plumbing go?"),
    T(EM, 44, "It\u2019s mostly gone, or rather it\u2019s been pulled into the structure itself. The first version of the engine looked like a plate of spaghetti, because every sensor and every line was bolted on from the outside. Each of those flanges is a place where something can leak.",
      "So the team went through and asked, for every single part, why does this exist? And if nobody could give a good answer, it was deleted. The best part is no part."),
    T("DO", 130, "Right."),
    T(EM, 131, "And the best process step is the one you never have to do. Gwynne always says, you know, if you\u2019re not occasionally adding back ten percent of what you deleted, you didn\u2019t delete enough. That\u2019s basically the rule."),
    T("MR", 182, "How much of that comes down to the factory rather than the engine itself?"),
    T(EM, 189, "Honestly, most of it. The factory is the product. People look at the engine, but the hard thing is the machine that builds the machine. Making one of something is easy. Making thousands at a reasonable cost is maybe a hundred times harder.",
      "We had a period where the production line was the limiting factor for literally everything, and it was miserable. I was sleeping at the factory for a while, which I don\u2019t recommend."),
    T("DO", 465, "Okay, I have to ask the schedule question. Is the next flight still happening this year?"),
    T(EM, 472, "Yes."),
    T("DO", 473, "That\u2019s it? Just yes?"),
    T(EM, 475, "Just yes. I\u2019ve learned that anything more specific than that becomes a headline the next morning, and then it becomes a missed deadline a month later. So: yes."),
    T("MR", 3753, "We\u2019re over time, so last question. What would you tell a nineteen-year-old who wants to work on engines?"),
    T(EM, 3761, "Read more physics textbooks and fewer business books. Learn to weld, or at least learn what a good weld looks like. And go where the hardest problems are, because that\u2019s where you learn the fastest."),
    T("DO", 3845, "Elon Musk, thank you so much."),
    T(EM, 3848, "Thank you, guys. This was fun."),
]


def render_turns():
    out = []
    for t in TURNS:
        out.append('<p class="ts-speaker"><strong>%s</strong> (%s):</p>' % (LBL[t.spk], hms_short(t.t)))
        for p in t.paras:
            out.append("<p>%s</p>" % esc(p, ents=True))
        if t.t == 475:
            out.append('<p class="has-text-align-center"><em>[Editor\u2019s note: roughly fifty minutes on Starlink pricing and the Mars architecture are in the full audio episode and have been trimmed here.]</em></p>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#212 &ndash; Elon Musk: Raptor 3, Factories and the Boring Parts of Rockets &#8211; The Long Burn</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="wp-block-library-css" href="https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="kadence-global-css" href="https://thelongburn.fm/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51" media="all">
<meta property="og:title" content="#212 &ndash; Elon Musk: Raptor 3, Factories and the Boring Parts of Rockets">
<meta property="og:description" content="Elon Musk: &ldquo;The factory is the product.&rdquo;">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"#212 \\u2013 Elon Musk","episodeNumber":212,"partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn"}}</script>
<style>.ts-speaker{margin-bottom:0;margin-top:1.6em}.key-quotes{background:#f6f1e7;padding:1.2em 1.5em;border-left:4px solid #d9531e}</style>
</head>
<body class="post-template-default single single-post postid-4471 single-format-standard wp-embed-responsive">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
 <div class="site-branding"><a href="https://thelongburn.fm/" rel="home"><img src="https://thelongburn.fm/wp-content/uploads/2023/02/tlb-logo.png" alt="The Long Burn"></a></div>
 <nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation">
  <ul id="primary-menu" class="menu">
   <li class="menu-item"><a href="https://thelongburn.fm/episodes/">Episodes</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/guests/">Guests</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/newsletter/">Newsletter</a></li>
   <li class="menu-item"><a href="https://thelongburn.fm/support/">Support the show</a></li>
  </ul>
 </nav>
</header>
<main id="main" class="site-main">
<article id="post-4471" class="entry content-bg single-entry post-4471 post type-post status-publish format-standard category-episodes tag-spacex tag-rockets">
<header class="entry-header">
 <div class="entry-taxonomies"><span class="category-links"><a href="https://thelongburn.fm/category/episodes/" rel="tag">Episodes</a></span></div>
 <h1 class="entry-title">#212 &ndash; Elon Musk: Raptor 3, Factories and the Boring Parts of Rockets</h1>
 <div class="entry-meta"><span class="posted-by">By <a href="https://thelongburn.fm/author/dev/">Dev Okafor</a></span> <span class="posted-on"><time class="entry-date published" datetime="2024-03-14T06:00:00-07:00">March 14, 2024</time></span> <span class="reading-time">22 min read</span></div>
</header>
<div class="entry-content single-content">
<figure class="wp-block-embed is-type-rich is-provider-spotify"><div class="wp-block-embed__wrapper"><iframe title="Spotify Embed: #212 Elon Musk" src="https://open.spotify.com/embed/episode/4xQwLb0n1T2s" width="100%" height="152" loading="lazy"></iframe></div></figure>
<p>Elon Musk joins Dev and Marisol to talk about why the newest Raptor engine looks &ldquo;naked,&rdquo; what it actually means to delete a part, the factory as the real product, and the one-word answer to our schedule question. Recorded at Starbase in February.</p>
<div class="wp-block-group key-quotes"><div class="wp-block-group__inner-container">
<h4 class="wp-block-heading">Key quotes</h4>
<ul>
<li><strong>Elon Musk:</strong> &ldquo;The factory is the product.&rdquo;</li>
<li><strong>Elon Musk:</strong> &ldquo;The best part is no part.&rdquo;</li>
<li><strong>Elon Musk:</strong> &ldquo;Read more physics textbooks and fewer business books.&rdquo;</li>
</ul>
</div></div>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="chapter-list">
<li>00:00 &ndash; Intro</li>
<li>00:44 &ndash; Elon Musk on where the plumbing went</li>
<li>03:09 &ndash; &ldquo;The factory is the product&rdquo;</li>
<li>07:45 &ndash; The schedule question</li>
<li>1:02:33 &ndash; Advice for young engineers</li>
</ul>
<h2 class="wp-block-heading">Sponsors</h2>
<p>This episode is brought to you by <a href="https://example-sponsor.com/longburn">Torqueline</a> &mdash; the torque wrench that logs every bolt. Use code BURN for 15% off.</p>
<hr class="wp-block-separator has-alpha-channel-opacity">
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was produced by a transcription service and lightly edited. Timestamps refer to the audio episode.</em></p>
{{TRANSCRIPT}}
<hr class="wp-block-separator">
<p><em>The Long Burn is produced by Halfstack Audio. Music by Tern &amp; the Swifts.</em></p>
</div>
<footer class="entry-footer"><div class="tags-links"><span class="screen-reader-text">Tags</span><a href="https://thelongburn.fm/tag/spacex/" rel="tag">SpaceX</a> <a href="https://thelongburn.fm/tag/rockets/" rel="tag">rockets</a></div></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">4 thoughts on &ldquo;#212 &ndash; Elon Musk: Raptor 3, Factories and the Boring Parts of Rockets&rdquo;</h2>
<ol class="comment-list">
<li id="comment-9912" class="comment even thread-even depth-1">
 <article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon Musk (not that one)</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-9912"><time datetime="2024-03-14T09:12:44-07:00">March 14, 2024 at 9:12 am</time></a></div></footer>
 <div class="comment-content"><p>Yes. Finally an interview where nobody asks about the other company. More of this.</p></div></article>
 <ol class="children">
 <li id="comment-9915" class="comment odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">marisol_reyes_fan</b> <span class="says">says:</span></div></footer>
 <div class="comment-content"><p>lol your username. Agreed though, the deletion bit was the best part:</p><blockquote><p>Elon Musk: It&rsquo;s mostly gone, or rather it&rsquo;s been pulled into the structure itself.</p></blockquote></div></article></li>
 </ol>
</li>
<li id="comment-9931" class="comment even thread-odd depth-1">
 <article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">elonmusk_420</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-03-15T02:40:10-07:00">March 15, 2024 at 2:40 am</time></div></footer>
 <div class="comment-content"><p>Thanks for having me. (jk) Great episode, the weld advice at the end is underrated.</p></div></article>
</li>
<li id="comment-9950" class="comment odd alt thread-even depth-1">
 <article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tomasz K.</b> <span class="says">says:</span></div></footer>
 <div class="comment-content"><p>Marisol&rsquo;s question about the factory was the best of the episode.</p></div></article>
</li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
<footer id="colophon" class="site-footer" role="contentinfo">
 <div class="site-footer-wrap"><p>&copy; 2024 The Long Burn &middot; <a href="https://thelongburn.fm/privacy/">Privacy</a> &middot; <a href="https://thelongburn.fm/feed/podcast/">RSS</a></p><p>Powered by WordPress &amp; Kadence</p></div>
</footer>
</div>
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","collapse":"Child menu"},"breakPoints":{"desktop":"1024","tablet":768}};</script>
<script src="https://thelongburn.fm/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.1.51" id="kadence-navigation-js"></script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render_turns())
    return write(NAME, page,
                 "WordPress post: a bold speaker name followed by the start time in parentheses on its own paragraph, mm:ss below an hour and h:mm:ss after (\"Elon Musk (1:02:41):\"), the turn's paragraphs below.",
                 SHOW, gold_turns(TURNS), ["Dev Okafor", "Marisol Reyes"])
