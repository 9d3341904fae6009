from lib import *

NAME = "ag01_long-orbit-ep214"
SHOW = "The Long Orbit"
FMT = ("WordPress episode page; transcript paragraphs 'Name (hh:mm:ss) text' with the label in <strong>, "
       "full name 'Elon Musk' first then 'Elon', unlabelled continuation paragraphs.")

R, E, P = "Rafaela Quint", "Elon Musk", "Dev Okonkwo"
T = [
 (R, 4, ["Welcome back to The Long Orbit. I'm Rafaela Quint, and my guest today needs no introduction, though the producers insist I give him one anyway. He runs a rocket company, a car company and, depending on the week, several other things. Elon, thanks for coming down to the studio."]),
 (E, 21, ["Thanks for having me. The drive was shorter than I expected, which is rare in this city."]),
 (R, 29, ["We'll get to tunnels. But first, Starship. Backstage you told me, and I wrote it down, \u201cthe factory is the product.\u201d Unpack that for people who haven't heard it."]),
 (E, 41, ["Sure. The rocket is one object. The factory is the machine that makes the object, and it's vastly more complicated. If you want a flight every few days you need a line that can output a ship every few days, and nobody has built that for anything this large.",
          "We're probably at a tenth of where we need to be on production rate. Maybe less, honestly."]),
 (R, 78, ["A tenth?"]),
 (E, 80, ["Yes."]),
 (R, 82, ["That's a striking number given what we've seen from Starbase this year."]),
 (E, 88, ["Well, what you see is the part that flies. What you don't see is the forty things that had to go right in the high bay for one ship to roll out, and right now too many of those are done by hand. The goal is that it looks boring. Boring is good in manufacturing."]),
 (P, 112, ["Sorry, Rafaela, quick note from the booth, we're getting a little hum on Elon's mic. Can you tilt it back an inch? Perfect."]),
 (R, 121, ["Thanks, Dev. Okay. Your brother said something on this show last year. He said, quote, \u201cElon gives you the date he wants, not the date he'll hit.\u201d Fair?"]),
 (E, 133, ["Fair."]),
 (R, 135, ["That's it?"]),
 (E, 136, ["I mean, the dates are aspirational. If you set a date you know you'll hit, you're sandbagging, and the team will fill all of the available time. So I'd rather be late on an aggressive schedule than on time with a lazy one.",
           "Kimbal knows this. He's been hearing me be late since we were kids."]),
 (R, 161, ["Let's talk about the tunnels, since you mentioned the drive. People were skeptical. A lot of people still are."]),
 (E, 170, ["That's fine. Skepticism is healthy. The test is whether people use it, and in the places where it's open the usage is pretty good. Tunnelling cost is the whole game. If you can bring the cost per mile down by a factor of ten, a lot of things that look crazy become obvious."]),
 (R, 198, ["Last question, and it's the one our listeners sent the most. What do you do when you're not working?"]),
 (E, 205, ["Hmm. Play video games, probably more than I should. Read history. Sleep, occasionally. That's about it, to be honest."]),
 (R, 219, ["Elon Musk, thank you. That's our show. The Long Orbit is produced by Dev Okonkwo; see you next week."]),
]

def build():
    g = Gold(SHOW, FMT)
    seen = set()
    rows = []
    for who, t, paras in T:
        label = who
        if who == E:
            label = "Elon Musk" if E not in seen else "Elon"
            seen.add(E)
            g.elon(t, paras[0])
        else:
            g.other(label)
        first = '<p class="tr-line"><strong>%s</strong> (%s) %s</p>' % (esc(label), hms(t), esc(paras[0]))
        rest = "".join('\n<p class="tr-line">%s</p>' % esc(p) for p in paras[1:])
        rows.append(first + rest)
    transcript = "\n".join(rows)
    page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 214 &ndash; Elon Musk on factories, tunnels and deadlines &#8211; The Long Orbit</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://longorbitpod.com/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://longorbitpod.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<meta property="og:title" content="Ep. 214 – Elon Musk on factories, tunnels and deadlines" />
<meta property="og:description" content="Elon Musk: &quot;The factory is the product.&quot;" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 214","description":"Elon Musk: Thanks for having me."}</script>
</head>
<body class="post-template-default single single-post postid-5521 ast-single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><div class="ast-container">
<div class="site-branding"><a href="https://longorbitpod.com/" rel="home">The Long Orbit</a><p class="site-description">Conversations at the edge of engineering</p></div>
<nav class="main-header-menu"><ul><li><a href="/episodes/">Episodes</a></li><li><a href="/guests/">Guests</a></li><li><a href="/support/">Support the show</a></li><li><a href="/about/">About</a></li></ul></nav>
</div></header>
<div id="content" class="site-content"><div class="ast-container">
<main id="main" class="site-main">
<article id="post-5521" class="post-5521 post type-post status-publish format-standard category-episodes">
<header class="entry-header"><h1 class="entry-title">Ep. 214 &ndash; Elon Musk on factories, tunnels and deadlines</h1>
<div class="entry-meta">Posted on <time datetime="2025-03-11T06:00:00-07:00">March 11, 2025</time> by <a href="/author/rafaela/">Rafaela Quint</a></div></header>
<div class="entry-content">
<figure class="wp-block-embed is-provider-podbean"><div class="wp-block-embed__wrapper"><iframe title="Ep. 214" src="https://www.podbean.com/player-v2/?i=x7r2q-15b3c0e" height="150" width="100%%"></iframe></div></figure>
<h2 class="wp-block-heading">Show notes</h2>
<p>Rafaela sits down with Elon Musk in the studio to talk about why the factory matters more than the rocket, what his brother Kimbal really thinks of his deadlines, and whether tunnels are finally working.</p>
<blockquote class="wp-block-pullquote"><p>Elon Musk: &ldquo;The factory is the product. Boring is good in manufacturing.&rdquo;</p></blockquote>
<h3 class="wp-block-heading">Chapters</h3>
<ul class="chapters">
<li>(00:00:04) Intro</li>
<li>(00:00:41) Elon Musk: production rate is the hard part</li>
<li>(00:02:01) Elon Musk: &ldquo;the date he wants, not the date he'll hit&rdquo;</li>
<li>(00:02:50) Tunnels and the cost per mile</li>
<li>(00:03:25) Life outside work</li>
</ul>
<p>Sponsored by <a href="https://example-sponsor.com/orbit">Halyard Coffee</a> &mdash; use code ORBIT for 15%% off.</p>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>This transcript was produced by a machine and lightly corrected by our team. Please check the audio before quoting.</em></p>
<div class="transcript-wrap">
%s
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/spacex/">SpaceX</a>, <a href="/tag/boring-company/">Boring Company</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 214 &ndash; Elon Musk on factories, tunnels and deadlines&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment" id="comment-8812"><article><header class="ast-comment-meta"><div class="comment-author"><b class="fn">Elon Musk Fan Club</b></div><a href="#comment-8812"><time datetime="2025-03-11T09:12:44-07:00">March 11, 2025 at 9:12 am</time></a></header>
<section class="ast-comment-content comment"><p>Elon Musk: &ldquo;Boring is good in manufacturing.&rdquo; Framing this one for the shop wall.</p></section></article>
<ol class="children"><li class="comment" id="comment-8815"><article><header class="ast-comment-meta"><div class="comment-author"><b class="fn">elon_m_1971</b></div><time datetime="2025-03-11T10:02:10-07:00">March 11, 2025 at 10:02 am</time></header>
<section class="ast-comment-content comment"><p>Yes. Also the bit about sandbagging, so true in my job too.</p></section></article></li></ol></li>
<li class="comment" id="comment-8830"><article><header class="ast-comment-meta"><div class="comment-author"><b class="fn">Elon</b></div><time datetime="2025-03-12T07:40:00-07:00">March 12, 2025 at 7:40 am</time></header>
<section class="ast-comment-content comment"><p>Fair. (Not that Elon, I just share the name. Great episode though, Dev fix that mic hum!)</p></section></article></li>
<li class="comment" id="comment-8841"><article><header class="ast-comment-meta"><div class="comment-author"><b class="fn">Marguerite P.</b></div><time datetime="2025-03-13T18:20:00-07:00">March 13, 2025 at 6:20 pm</time></header>
<section class="ast-comment-content comment"><p>Would love a follow-up on the tunnel usage numbers.</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent episodes</h2><ul><li><a href="/ep-213/">Ep. 213 &ndash; The last lighthouse keepers</a></li><li><a href="/ep-212/">Ep. 212 &ndash; Soil, silicon and slow money</a></li></ul></section></aside>
</div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2025 The Long Orbit | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></footer>
<script src='https://longorbitpod.com/wp-includes/js/comment-reply.min.js?ver=6.4.3' id='comment-reply-js' async data-wp-strategy='async'></script>
<script>var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
</body>
</html>
""" % transcript
    write(NAME, page, g)
