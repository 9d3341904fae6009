from common import *


def build():
    D = 'D'
    T = [
        (D, 0, ["Welcome back to The Iron Meridian. I&#8217;m Dana Whitcombe, and today&#8217;s guest needs very little introduction. We recorded this one at Starbase on a very windy Tuesday afternoon, so apologies in advance for the occasional gust on the mic.",
                "Quick housekeeping before we start: chapter markers are in the show notes, and a corrected transcript is below. Elon, welcome back."]),
        (EM, 38, ["Thanks for having me. It&#8217;s good to be back, even with the wind."]),
        (D, 44, ["For listeners who missed episode 164: the last time he sat in that chair, the heat shield was the thing he worried about most. As Elon put it to me back then, &#8220;the tiles are the thing that keeps me up at night.&#8221; So &#8212; still true?"]),
        (EM, 71, ["Mostly, yes. The tiles are still the hardest unsolved piece of the ship. We&#8217;ve made a lot of progress on how they attach, but a fully reusable orbital heat shield has never been done before, so there&#8217;s no textbook you can open.",
                  "The way I think about it, every tile you lose on reentry is a data point. We&#8217;d rather lose a few on purpose on a test flight than discover a failure mode on a flight that matters."]),
        (D, 132, ["How many tiles are we talking about?"]),
        (EM, 135, ["Roughly eighteen thousand on the ship, give or take. Each one is slightly different depending on where it sits."]),
        (D, 144, ["Wow."]),
        (EM, 146, ["Yeah, it&#8217;s a lot of tiles. And the gaps between them matter as much as the tiles themselves, because hot plasma finds every gap."]),
        (D, 601, ["Let&#8217;s talk engines. Raptor 3 looks almost naked compared to the first version. What happened there?"]),
        (EM, 612, ["We deleted a lot of parts. The best part is no part. Raptor 1 looked like a plate of spaghetti because we kept bolting on sensors and plumbing every time something went wrong.",
                   "With Raptor 3, most of that plumbing is now inside the engine walls. It&#8217;s cleaner, lighter and cheaper to build, and it&#8217;s less likely to catch fire, which is nice."]),
        (D, 688, ["Is it ready?"]),
        (EM, 690, ["Yes."]),
        (D, 691, ["Just like that?"]),
        (EM, 693, ["Well, ready for flight tests. Ready for people is a different bar, and that bar is much, much higher."]),
        (D, 3588, ["We&#8217;re almost at the hour, so let me ask the question everyone emails me about. My producer Cal told me, and I quote, &#8220;if you don&#8217;t ask him about Mars, don&#8217;t come back.&#8221; When do people go to Mars?"]),
        (EM, 3615, ["If things go well, the first uncrewed ships could go in the next transfer window or the one after that. Mars windows open about every twenty-six months, so you don&#8217;t get many shots.",
                    "I&#8217;m usually optimistic on timelines, as you know. So take my dates and add some margin. My brother once told me I measure time in &#8216;Elon years,&#8217; which is fair."]),
        (D, 3849, ["Noted. Elon, thank you for doing this again."]),
        (EM, 3855, ["Thank you, Dana. Always fun."]),
        (D, 3860, ["That&#8217;s it for this week. The Iron Meridian is produced by Cal Ostrander with editing by Rhea Quint. See you next Tuesday."]),
    ]

    def ts(s):
        return '(%s)' % h_or_m(s)

    rows = []
    for spk, t, paras in T:
        name = 'Elon Musk' if spk == EM else 'Dana Whitcombe'
        rows.append('<p class="tx-speaker"><strong>%s</strong> <span class="tx-time">%s</span>:</p>' % (name, ts(t)))
        for p in paras:
            rows.append('<p>%s</p>' % p)
    transcript = '\n'.join(rows)

    page = '''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on heat shields, Raptor 3 and the road to Mars &#8211; The Iron Meridian Podcast</title>
<meta name="description" content="Elon Musk returns to The Iron Meridian to talk Starship tiles, Raptor 3 and Mars windows.">
<meta property="og:title" content="Elon Musk: &#8220;The tiles are still the hardest unsolved piece&#8221;">
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="astra-theme-css-css" href="https://ironmeridian.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget_modern-css" href="https://ironmeridian.fm/wp-content/plugins/powerpress/css/subscribe-widget.min.css?ver=11.9.6" media="all">
<style id="astra-theme-css-inline-css">.tx-speaker{margin:1.4em 0 .2em;font-size:.95em}.tx-time{color:#8a8f98;font-variant-numeric:tabular-nums}.chapters li{margin:.2em 0}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212 \u2013 Elon Musk on heat shields, Raptor 3 and the road to Mars","episodeNumber":212,"partOfSeries":{"@type":"PodcastSeries","name":"The Iron Meridian Podcast"}}</script>
</head>
<body class="post-template-default single single-post postid-4471 ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="ast-container">
  <div class="site-branding"><a href="https://ironmeridian.fm/" rel="home"><img src="https://ironmeridian.fm/wp-content/uploads/2022/03/im-logo.png" alt="The Iron Meridian"></a></div>
  <nav id="primary-site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
   <li class="menu-item"><a href="https://ironmeridian.fm/">Home</a></li>
   <li class="menu-item current-menu-ancestor"><a href="https://ironmeridian.fm/episodes/">Episodes</a></li>
   <li class="menu-item"><a href="https://ironmeridian.fm/transcripts/">Transcripts</a></li>
   <li class="menu-item"><a href="https://ironmeridian.fm/support/">Support the show</a></li>
   <li class="menu-item"><a href="https://ironmeridian.fm/about/">About</a></li>
  </ul></nav>
 </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish format-standard category-episodes tag-spacex tag-starship">
 <header class="entry-header">
  <h1 class="entry-title">Ep. 212 &#8211; Elon Musk on heat shields, Raptor 3 and the road to Mars</h1>
  <div class="entry-meta">Posted on <time class="entry-date published" datetime="2025-03-18T06:00:00-05:00">March 18, 2025</time> by <span class="author vcard"><a href="https://ironmeridian.fm/author/dana/">Dana Whitcombe</a></span></div>
 </header>
 <div class="entry-content clear">
  <div class="powerpress_player" id="powerpress_player_2212"><audio class="wp-audio-shortcode" id="audio-4471-1" preload="none" style="width:100%" controls><source type="audio/mpeg" src="https://media.ironmeridian.fm/ep212.mp3?_=1"></audio></div>
  <p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.ironmeridian.fm/ep212.mp3" class="powerpress_link_pinw" target="_blank" title="Play in new window">Play in new window</a> | <a href="https://media.ironmeridian.fm/ep212.mp3" class="powerpress_link_d" download>Download</a> (Duration: 1:04:41 &#8212; 59.3MB)</p>
  <p>Elon Musk is back at the Iron Meridian mic, fourteen months after his last visit. We talk about why reusable heat shields are so hard, how Raptor 3 lost most of its plumbing, and what &#8220;ready&#8221; really means for a rocket engine.</p>
  <h2 class="wp-block-heading">Chapters</h2>
  <ul class="chapters">
   <li>00:00 &#8211; Intro and housekeeping</li>
   <li>01:11 &#8211; Elon Musk: Mostly, yes. The tiles are still the hardest piece</li>
   <li>10:01 &#8211; Raptor 3 and &#8220;the best part is no part&#8221;</li>
   <li>11:30 &#8211; Elon Musk: Yes. (Is Raptor 3 ready?)</li>
   <li>59:48 &#8211; Mars transfer windows</li>
   <li>1:04:20 &#8211; Credits</li>
  </ul>
  <h2 class="wp-block-heading">Links mentioned</h2>
  <ul>
   <li><a href="https://ironmeridian.fm/164">Ep. 164 &#8211; our first conversation with Elon</a></li>
   <li><a href="https://ironmeridian.fm/reading/heat-shields">Reading list: a short history of reentry heat shields</a></li>
  </ul>
  <h2 class="wp-block-heading">Transcript</h2>
  <p><em>This transcript was produced with automated speech recognition and corrected by a human. Timestamps refer to the audio file above.</em></p>
  <div class="transcript">
''' + transcript + '''
  </div>
  <div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://ironmeridian.fm/support/">Support The Iron Meridian on Patreon</a></div></div>
 </div>
 <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://ironmeridian.fm/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links">Tagged <a href="https://ironmeridian.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://ironmeridian.fm/tag/starship/" rel="tag">Starship</a></span></footer>
</article>
<div id="comments" class="comments-area">
 <h3 class="comments-title">4 thoughts on &#8220;Ep. 212 &#8211; Elon Musk on heat shields, Raptor 3 and the road to Mars&#8221;</h3>
 <ol class="ast-comment-list">
  <li class="comment even thread-even depth-1" id="li-comment-9911"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Elon Musk Fan Club</cite> <time datetime="2025-03-18T09:14:00-05:00">March 18, 2025 at 9:14 am</time></div>
   <div class="ast-comment-content comment"><p>Elon Musk: &#8220;Yes.&#8221; Best answer in podcast history &#128514;</p></div></article>
   <ol class="children"><li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-9913"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Dana Whitcombe</cite> <span class="ast-highlight-text">Post author</span></div>
    <div class="ast-comment-content comment"><p>Ha, it genuinely was the whole answer. We didn&#8217;t cut anything.</p></div></article></li></ol>
  </li>
  <li class="comment even thread-odd depth-1" id="li-comment-9920"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">elonmusk_real_not_fake</cite> <time datetime="2025-03-18T11:02:00-05:00">March 18, 2025 at 11:02 am</time></div>
   <div class="ast-comment-content comment"><p>Thanks for having me. It&#8217;s good to be back lol. Seriously great episode, the tile segment was fascinating.</p></div></article></li>
  <li class="comment odd depth-1" id="li-comment-9934"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Mira T.</cite> <time datetime="2025-03-19T07:40:00-05:00">March 19, 2025 at 7:40 am</time></div>
   <div class="ast-comment-content comment"><p>Small correction for the transcript: at 01:11 he says &#8220;how they attach,&#8221; not &#8220;how they attack.&#8221; Looks fixed now, thanks!</p></div></article></li>
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://ironmeridian.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
 <aside id="powerpress_subscribe-2" class="widget widget_powerpress_subscribe"><h2 class="widget-title">Subscribe</h2><ul><li><a href="https://ironmeridian.fm/feed/podcast/">RSS</a></li><li><a href="#">Apple Podcasts</a></li><li><a href="#">Pocket Casts</a></li></ul></aside>
 <aside id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent episodes</h2><ul><li><a href="https://ironmeridian.fm/211">Ep. 211 &#8211; Welding at the edge of the envelope</a></li><li><a href="https://ironmeridian.fm/210">Ep. 210 &#8211; The quiet revolution in machine shops</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">Copyright &copy; 2025 The Iron Meridian Podcast | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></footer>
<script src="https://ironmeridian.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="powerpress-player-js-extra">var powerpress_player = {"episode":"212","chapters":[{"t":71,"title":"Elon Musk: Mostly, yes."}]};</script>
<script src="https://ironmeridian.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.14" id="astra-theme-js-js"></script>
</body>
</html>
'''
    write('af01_ironmeridian', page,
          'WordPress (Astra + PowerPress) episode page; each turn is a paragraph "<strong>Name</strong> (mm:ss):" with the text in following <p>s, times mm:ss under an hour and h:mm:ss after.',
          'The Iron Meridian Podcast', gold_from(T), ['Dana Whitcombe'],
          'WordPress podcast page, Rev-style "Name (mm:ss):" label lines with mm:ss and h:mm:ss mixed; chapter list and comments print "Elon Musk: ..."; host quotes him; one-word turns both sides.')
