from lib import *

def nav_wp(site):
    return f'''<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p>
<p class="site-description">Conversations about engineering, energy and everything that burns</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/episodes/">Episodes</a></li><li><a href="/transcripts/">Transcripts</a></li><li><a href="/about/">About</a></li><li><a href="/support/">Support the show</a></li></ul></nav></header>'''

def j01():
    H = "Dana Whitcomb"
    turns = [
        T(H, 0, "Welcome back to The Long Burn. I'm Dana Whitcomb, and today I'm sitting down with somebody who really needs no introduction. Elon, thanks for making the time."),
        T(E, 11, "Thanks for having me. Happy to be here, although I'm a little short on sleep, so bear with me."),
        T(H, 19, "We'll keep it gentle. Let's start with the engine test last month. What actually went wrong?"),
        T(E, 27, "So the short version is we had a leak in the methane side that we didn't catch early enough. The sensors saw it, but the software didn't act on it fast enough.",
          "And honestly that's on us. We had the data. We just didn't have the right abort logic, and that's been fixed now."),
        T(H, 58, "How long does a fix like that take?"),
        T(E, 61, "Days, not months. The hardware was fine. It's mostly a question of rewriting the threshold and then running it through a few hundred simulated failures."),
        T(H, 80, "Okay."),
        T(E, 81, "Yeah."),
        T(H, 83, "Let me push on the timeline, though. You've said before that you tend to be optimistic about dates."),
        T(E, 92, "I'm famously optimistic. I think if I wasn't optimistic, none of this would happen, because the rational thing is to not build rockets at all.",
          "But yes, you should probably multiply my timelines by something. I won't say what."),
        T(H, 131, "Last question before the break. What keeps you up at night right now?"),
        T(E, 3725, "Production. It's always production. Making one of something is easy. Making ten thousand of something is incredibly hard, and that's where most companies die."),
        T(H, 3761, "On that cheerful note, we'll take a short break. Stay with us."),
    ]
    # time of last E turn is 1:02:05 to test h
    def lab(tu, first_seen):
        if tu["spk"] == E:
            return "Elon Musk" if not first_seen else "Elon"
        return H if tu["t"] == 0 else "Dana"
    body = []
    seen = False
    for tu in turns:
        name = lab(tu, seen)
        if tu["spk"] == E: seen = True
        ts = hms(tu["t"], force_h=True)
        body.append(f'<p><strong>{name} ({ts}):</strong> {esc(tu["paras"][0])}</p>')
        for p in tu["paras"][1:]:
            body.append(f'<p>{esc(p)}</p>')
    tr = "\n".join(body)
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 214 &#8211; Elon Musk on Engines, Aborts and Optimism &#8211; The Long Burn Podcast</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://thelongburn.fm/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2' media='all' />
<meta property="og:title" content="Elon Musk: Engines, Aborts and Optimism" />
<meta property="og:description" content="Elon Musk: &quot;Making one of something is easy.&quot;" />
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Elon Musk on Engines, Aborts and Optimism","episodeNumber":214}}</script>
</head>
<body class="post-template-default single single-post postid-3321 single-format-audio">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
{nav_wp("The Long Burn Podcast")}
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-3321" class="post-3321 post type-post status-publish format-audio category-episodes tag-spacex tag-elon-musk">
<header class="entry-header"><h1 class="entry-title">Ep. 214 &#8211; Elon Musk on Engines, Aborts and Optimism</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-04T06:00:00+00:00">March 4, 2026</time></span> by <span class="author vcard"><a href="/author/dana/">Dana Whitcomb</a></span></div></header>
<div class="entry-content">
<figure class="wp-block-audio"><audio controls src="https://media.thelongburn.fm/ep214.mp3"></audio></figure>
<p>This week Dana sits down with Elon Musk to talk about last month&#8217;s engine test, why abort logic is harder than it looks, and what keeps him up at night.</p>
<figure class="wp-block-pullquote"><blockquote><p>&#8220;Making one of something is easy. Making ten thousand of something is incredibly hard.&#8221;</p><cite>Elon Musk</cite></blockquote></figure>
<h2 class="wp-block-heading">Chapters</h2>
<ul class="wp-block-list">
<li>00:00:00 &#8211; Intro</li>
<li>00:00:27 &#8211; Elon Musk: So the short version is we had a leak</li>
<li>00:01:32 &#8211; Elon Musk: I&#8217;m famously optimistic</li>
<li>01:02:05 &#8211; What keeps him up at night</li>
</ul>
<div class="key-quote"><p><strong>Key quote &#8212; Elon Musk:</strong> Days, not months. The hardware was fine.</p></div>
<h2 class="wp-block-heading">Sponsors</h2>
<p>This episode is brought to you by Quillfield Notebooks. Use code BURN for 15% off.</p>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>Transcripts are generated by machine and lightly edited. Please check the audio before quoting.</em></p>
{tr}
<p><em>[Transcript continues after the break in Part 2.]</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="/tag/elon-musk/" rel="tag">Elon Musk</a>, <a href="/tag/spacex/" rel="tag">SpaceX</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &#8220;Ep. 214 &#8211; Elon Musk on Engines, Aborts and Optimism&#8221;</h3>
<ol class="comment-list">
<li id="comment-901" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Elon Musk Fan Club</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-03-04T09:12:00+00:00">March 4, 2026 at 9:12 am</time></div></footer>
<div class="comment-content"><p>Elon Musk: &#8220;I&#8217;m famously optimistic.&#8221; Understatement of the year lol</p></div></article>
<ol class="children"><li id="comment-904" class="comment odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">elonmusk_real</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Production. It&#8217;s always production. Saying it louder for the people in the back.</p></div></article></li></ol></li>
<li id="comment-907" class="comment even thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Musk</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Great episode. Dana, please get Gwynne on next.</p></div></article></li>
<li id="comment-911" class="comment odd alt thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Rita P.</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>Where is part 2 of the transcript?</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main></div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 The Long Burn Podcast &middot; Proudly powered by WordPress</div></footer>
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};
document.querySelectorAll('.entry-content p strong').forEach(function(s){{ /* Elon Musk (00:00:11): */ s.dataset.spk = s.textContent; }});</script>
</body>
</html>'''
    write("j01_wordpress_longburn", page,
          "WordPress post; each turn is a <p> starting with <strong>Name (hh:mm:ss):</strong> then text, unlabelled continuation <p>s; label 'Elon Musk' first then 'Elon'.",
          "The Long Burn Podcast", gold_turns(turns), ["Dana Whitcomb", "Dana"])
