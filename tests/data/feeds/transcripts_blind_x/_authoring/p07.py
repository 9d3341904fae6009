"""x07 - WordPress podcast episode page, Rev-style 'Name (mm:ss):' labels, Kimbal Musk also speaks."""
from common import *

NAME = "x07_longbuild_wordpress_elon_kimbal"
SHOW = "The Long Build"

FULL = {"D": "Dana Whitlock", MUSK: "Elon Musk", "K": "Kimbal Musk"}
SHORT = {"D": "Dana", MUSK: "Elon", "K": "Kimbal"}

SEQ = [
    ("D", ts(0, 0, 4), ["Welcome to The Long Build, the show about the decades-long projects that look like overnight successes. I\u2019m Dana Whitlock, and today, for the first time on this show, I have two brothers in the studio: Elon and Kimbal Musk. Guys, welcome."]),
    (MUSK, ts(0, 0, 41), ["Thanks, Dana. It\u2019s been a while since the two of us did one of these together."]),
    ("K", ts(0, 0, 48), ["Yeah, I think the last time was a panel about ten years ago, and he was late."]),
    ("D", ts(0, 1, 2), ["Let\u2019s go back to the first company, the one before anybody knew your names. What did those first months look like?"]),
    ("K", ts(0, 1, 15), ["Honestly, it looked like two guys in a tiny rented office with one computer. I remember Elon said to me, \u201cWe\u2019re going to sleep here until it works,\u201d and I thought he was being dramatic. He was not being dramatic."]),
    (MUSK, ts(0, 1, 58), ["We didn\u2019t have an apartment. It was cheaper to rent the office and sleep there than to rent both, so that\u2019s what we did. I slept on a beanbag next to the desk.",
                          "The website ran during the day and I wrote code at night, so the server was up during the day and I was up at night. It was a pretty efficient arrangement, actually."]),
    ("D", ts(0, 2, 40), ["Wow."]),
    (MUSK, ts(0, 2, 41), ["And we showered at the YMCA down the street. Kimbal had a slightly nicer setup than I did."]),
    ("K", ts(0, 2, 55), ["I had a futon. That was the luxury tier."]),
    ("D", ts(0, 3, 30), ["Kimbal, you went from that to restaurants and farming. How did those worlds connect for you?"]),
    ("K", ts(0, 4, 10), ["They connect more than people think. A kitchen is a factory with a very short deadline. You have ninety seconds to get a plate out, and the same lessons apply: remove steps, remove waiting, and respect the people doing the work."]),
    ("D", ts(0, 8, 15), ["Elon, do you ever look at what Kimbal does and think, that\u2019s the harder business?"]),
    (MUSK, ts(0, 8, 22), ["Restaurants are brutally hard. The margins are tiny and you have to get it right every single day. Rockets are hard in a different way. If you get it wrong you get a very expensive explosion, but at least you don\u2019t get a bad review on the internet the same night."]),
    ("K", ts(0, 10, 5), ["You do get bad reviews on the internet the same night."]),
    ("D", ts(0, 24, 40), ["I want to talk about the moment things almost ended. There was a stretch when both of your companies could have gone under in the same month."]),
    (MUSK, ts(0, 24, 52), ["That was the worst year. We had three failed launches, and the fourth rocket was the last one we could afford. If that fourth launch had failed, that would have been the end of the company.",
                           "I remember standing in the control room not really breathing. And then it got to orbit, and everyone was just screaming.",
                           "People ask what I learned from that. Mostly I learned that I never want to do that again."]),
    ("D", ts(0, 26, 30), ["So that really was the bet? Everything on one launch?"]),
    (MUSK, ts(0, 26, 34), ["Yes."]),
    ("K", ts(0, 26, 36), ["And I was on the phone with him right after. He didn\u2019t say \u201cwe did it.\u201d He said, \u201cOkay, now we need to do it again.\u201d"]),
    ("D", ts(1, 2, 10), ["We\u2019re almost out of time. Last question for both of you: what are you building now that won\u2019t pay off for twenty years?"]),
    ("K", ts(1, 2, 30), ["For me it\u2019s school gardens. Kids who grow food eat food. That\u2019s a twenty-year project if there ever was one."]),
    (MUSK, ts(1, 3, 5), ["Mars, obviously. Whatever we do in the next few years only matters if it leads to a self-sustaining city there. That\u2019s much longer than twenty years, probably."]),
    ("D", ts(1, 4, 0), ["Elon, Kimbal, thank you both."]),
    (MUSK, ts(1, 4, 6), ["Thanks for having us."]),
    ("K", ts(1, 4, 8), ["Thanks, Dana. This was fun."]),
]


def tstamp(t):
    return hms(t) if t < 3600 else hms(t, force_hours=True)


def build():
    turns = [dict(spk=s, t=t, paras=p) for s, t, p in SEQ]
    seen = set()
    out = []
    for spk, t, paras in SEQ:
        name = FULL[spk] if spk not in seen else SHORT[spk]
        seen.add(spk)
        out.append(f'<p><strong>{esc(name)} ({tstamp(t)}):</strong><br>\n{wp_esc(paras[0])}</p>')
        for p in paras[1:]:
            out.append(f"<p>{wp_esc(p)}</p>")
    transcript = "\n".join(out)
    plain = []
    for spk, t, paras in SEQ:
        plain.append(f"<p>{esc(SHORT[spk])}: " + wp_esc(" ".join(paras)) + "</p>")
    plain_html = "\n".join(plain)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 147 &#8211; Elon &amp; Kimbal Musk: The Beanbag Years &#8211; The Long Build</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongbuild.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='podcaster-style-css' href='https://thelongbuild.fm/wp-content/themes/podcaster/style.css?ver=2.4' media='all' />
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon & Kimbal Musk: The Beanbag Years","episodeNumber":147,"partOfSeries":{{"@type":"PodcastSeries","name":"The Long Build"}}}}</script>
</head>
<body class="post-template-default single single-post postid-2291 single-format-audio">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://thelongbuild.fm/" rel="home">The Long Build</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/episodes/">Episodes</a></li><li><a href="/about/">About</a></li><li><a href="/sponsors/">Sponsors</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></nav>
</header>
<main id="primary" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-audio hentry category-episodes">
<header class="entry-header"><h1 class="entry-title">Ep. 147 &#8211; Elon &amp; Kimbal Musk: The Beanbag Years</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2025-03-11T06:00:00-07:00">March 11, 2025</time></span> <span class="byline">by <a href="/author/dana/">Dana Whitlock</a></span></div></header>
<div class="entry-content">
<figure class="wp-block-audio"><audio controls src="https://media.thelongbuild.fm/tlb-147.mp3" preload="none"></audio></figure>
<p>Brothers Elon and Kimbal Musk sit down together to talk about sleeping in the office, the launch that almost ended everything, kitchens as factories, and the projects they don&#8217;t expect to pay off for decades.</p>
<h2 class="wp-block-heading">In this episode</h2>
<ul class="wp-block-list">
<li>(00:41) Hello again</li>
<li>(01:58) Elon Musk: &#8220;We didn&#8217;t have an apartment&#8221;</li>
<li>(04:10) Kimbal Musk on kitchens as factories</li>
<li>(24:52) Elon Musk: the fourth launch</li>
<li>(1:02:10) Twenty-year projects</li>
</ul>
<p>This episode is brought to you by <a href="/sponsors/">Fieldstone Tools</a>. Use code LONGBUILD for 15% off.</p>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>Transcripts are produced by a transcription service and lightly edited. Please check the audio before quoting.</em></p>
{transcript}
<details class="wp-block-details"><summary>Show transcript without timestamps (for screen readers and copying)</summary>
{plain_html}
</details>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/elon-musk/" rel="tag">Elon Musk</a>, <a href="/tag/kimbal-musk/" rel="tag">Kimbal Musk</a>, <a href="/tag/spacex/" rel="tag">SpaceX</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &ldquo;Ep. 147 &#8211; Elon &amp; Kimbal Musk: The Beanbag Years&rdquo;</h2>
<ol class="comment-list">
<li id="comment-8812" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon M.</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-8812"><time datetime="2025-03-11T09:14:03-07:00">March 11, 2025 at 9:14 am</time></a></div></footer><div class="comment-content"><p>Not that Elon, obviously. Great episode. &#8220;Elon Musk (02:41): And we showered at the YMCA&#8221; &#8212; I had no idea.</p></div></article>
<ol class="children"><li id="comment-8815" class="comment byuser comment-author-dana bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dana Whitlock</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Ha! Thanks for listening, other Elon.</p></div></article></li></ol></li>
<li id="comment-8820" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">kimbalfan_boulder</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Kimbal: &#8220;A kitchen is a factory with a very short deadline.&#8221; Best line of the episode.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 The Long Build &middot; Proudly powered by WordPress</div></footer>
</div>
<script src='https://thelongbuild.fm/wp-includes/js/comment-reply.min.js?ver=6.5.3' id='comment-reply-js' async data-wp-strategy='async'></script>
</body>
</html>
"""
    exp = expected(
        "WordPress post, Rev-style transcript: each turn is a <p> opening with bold 'Name (mm:ss):' (h:mm:ss past the hour) and a <br>, extra paragraphs unlabelled; labels are full names first ('Elon Musk') then first names ('Elon'); a collapsed <details> block repeats the transcript as 'Elon: text' paragraphs without times.",
        SHOW, gold_turns(turns),
        ["Dana Whitlock", "Kimbal Musk", "Dana", "Kimbal"])
    meta = dict(kind="Podcast's own WordPress episode page",
                fmt="bold 'Name (mm:ss):' then text; mm:ss and hh:mm:ss on one page",
                hard=["Kimbal Musk speaks (label 'Kimbal Musk' then 'Kimbal') and quotes Elon twice inside his own turns",
                      "Chapter list prints '(01:58) Elon Musk: ...'; commenter 'Elon M.' quotes a transcript line with its label",
                      "Host's one-word interruption 'Wow.' splits two of his turns; one-word turn 'Yes.'",
                      "mm:ss below one hour and hh:mm:ss above on the same page",
                      "Label switches from 'Elon Musk' to 'Elon'",
                      "Whole transcript repeated in a collapsed <details> block without timestamps ('Elon: ...') - each turn counted once"],
                choices=["Unlabelled paragraphs after a labelled one continue that turn.",
                         "Gold comes from the timestamped transcript; the <details> copy repeats the same turns and adds none.",
                         "Typographic apostrophes are emitted as `&#8217;` entities; gold snippets use the decoded characters."])
    register(NAME, page, exp, meta)


build()
