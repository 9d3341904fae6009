from common import *

# ---------------------------------------------------------------- w01
def w01():
    p = Page('w01_wp_longburn', 'The Long Burn Podcast',
             'WordPress post; each turn is a <p> starting with <strong>Name (hh:mm:ss)</strong><br>, continuation paragraphs unlabelled; label "Elon Musk" first then "Elon".',
             'WordPress podcast episode page (Astra-like theme)')
    p.hard = ['pull quote and chapter list print "Elon Musk: ..." above the transcript',
              'comments by "Elon Musk Fan Club" and "elonmuskk" quoting him',
              'one-word turn "Yes."', 'times past one hour in hh:mm:ss', 'label changes from "Elon Musk" to "Elon"']
    T = [
        ('Dana Whitlock', 41, ["Welcome back to The Long Burn. My guest today needs no introduction, so I'm going to skip it entirely. Elon, thanks for letting us set up in the corner of the factory."]),
        ('Elon Musk', 72, ["Thanks for having me. It's been a, uh, crazy week, so this is honestly a nice break."]),
        ('Dana', 80, ["Let's start with Starship. Why stainless steel, when basically everyone in aerospace told you carbon fiber?"]),
        ('Elon', 91, ["Well, stainless steel is cheap and it's really strong at cryogenic temperatures. Carbon fiber is something like twenty times more expensive per kilogram, and then you've got the autoclave and all the layup work.",
                      "And at high temperatures stainless is just better. So when you actually do the math, steel wins. It seems counterintuitive, but it's true."]),
        ('Dana', 182, ["And you made that call pretty late in the program."]),
        ('Elon', 185, ["Yes."]),
        ('Dana', 186, ["How late?"]),
        ('Elon', 188, ["We had already built a carbon fiber mandrel, a really big one, and we ended up scrapping it. That was painful. But it was the right call."]),
        ('Dana', 644, ["You've said the factory is the product. What does that actually mean down here on the floor?"]),
        ('Elon', 652, ["It means the hard part isn't the design of the car or the rocket. Prototypes are easy. Going to ten thousand a week is like a hundred times harder than the prototype.",
                       "People don't see the machine that builds the machine, but that's where most of the engineering is."]),
        ('Dana', 3490, ["Last question, and I ask everyone this. What would you tell your twenty-year-old self?"]),
        ('Elon', 3499, ["Probably to sleep more. I don't know. He wouldn't listen anyway."]),
        ('Dana', 3755, ["Elon Musk, thank you so much for doing this."]),
        ('Elon', 3765, ["Thank you, this was fun."]),
        ('Dana', 3770, ["And that's the show. If you liked it, tell one friend. Just one. See you next week."]),
    ]
    body = []
    for who, t, paras in T:
        first = '<p><strong>%s (%s)</strong><br>%s</p>' % (E(who), hms(t), E(paras[0]))
        body.append(first)
        for q in paras[1:]:
            body.append('<p>%s</p>' % E(q))
        if who.startswith('Elon'):
            p.el(t, paras)
        else:
            p.other(who)
    p.choices = ['Chapter list entry "01:12 – Elon Musk: why stainless" and the pull quote are not turns.',
                 'Continuation paragraphs without a label belong to the turn above.']
    doc = fill(TPL01, transcript='\n'.join(body))
    p.write(doc)

TPL01 = '''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 212 &#8211; Elon Musk on Steel, Factories and Failure &#8211; The Long Burn Podcast</title>
<meta name="description" content="Elon Musk joins Dana Whitlock to talk stainless steel, factories and failure.">
<link rel='stylesheet' id='astra-theme-css-css' href='https://thelongburn.fm/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='powerpress-css' href='https://thelongburn.fm/wp-content/plugins/powerpress/player.min.css?ver=6.4.3' media='all' />
<style id='astra-theme-css-inline-css'>
.ast-separate-container .ast-article-single{padding:3em 4em}
.wp-block-pullquote{border-top:4px solid #e05a1b;border-bottom:4px solid #e05a1b}
.episode-chapters li{margin-bottom:.3em}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Ep. 212 – Elon Musk on Steel, Factories and Failure","partOfSeries":{"@type":"PodcastSeries","name":"The Long Burn Podcast"},"episodeNumber":212}</script>
</head>
<body class="post-template-default single single-post postid-4471 single-format-audio ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemtype="https://schema.org/WPHeader">
 <div class="site-branding"><span class="site-title"><a href="https://thelongburn.fm/" rel="home">The Long Burn</a></span>
 <p class="site-description">Conversations with people who build hard things</p></div>
 <nav id="primary-site-navigation" class="main-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="https://thelongburn.fm/">Home</a></li>
  <li class="menu-item current-menu-item"><a href="https://thelongburn.fm/episodes/">Episodes</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/about/">About Dana</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/sponsor/">Sponsor</a></li>
  <li class="menu-item"><a href="https://thelongburn.fm/merch/">Merch</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4471 post type-post status-publish format-audio hentry category-episodes tag-spacex tag-tesla" id="post-4471">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Ep. 212 &#8211; Elon Musk on Steel, Factories and Failure</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-03-18T06:00:00-05:00">March 18, 2024</time></span> / <span class="cat-links"><a href="https://thelongburn.fm/category/episodes/" rel="category tag">Episodes</a></span> / <span class="author vcard">Dana Whitlock</span></div>
</header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_8811"><audio class="wp-audio-shortcode" preload="none" style="width:100%" controls="controls"><source type="audio/mpeg" src="https://media.thelongburn.fm/episodes/LB212.mp3?_=1" /></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.thelongburn.fm/episodes/LB212.mp3" class="powerpress_link_pinw" target="_blank">Play in new window</a> | <a href="https://media.thelongburn.fm/episodes/LB212.mp3" class="powerpress_link_d" download="LB212.mp3">Download</a> (Duration: 1:03:02 &#8212; 57.9MB)</p>
<p>This week Dana sits down on the factory floor in Bastrop with Elon Musk. They talk about the late switch from carbon fiber to stainless steel, what &#8220;the factory is the product&#8221; really means, and what he&#8217;d tell his twenty-year-old self.</p>
<figure class="wp-block-pullquote"><blockquote><p>Elon Musk: &#8220;Prototypes are easy. Going to ten thousand a week is like a hundred times harder.&#8221;</p><cite>From this episode</cite></blockquote></figure>
<h3>Chapters</h3>
<ul class="episode-chapters">
<li>00:00 &#8211; Cold open</li>
<li>01:12 &#8211; Elon Musk: why stainless steel won</li>
<li>10:44 &#8211; &#8220;The factory is the product&#8221;</li>
<li>58:10 &#8211; Advice to a twenty-year-old</li>
</ul>
<p><strong>Sponsored by</strong> <a href="https://thelongburn.fm/go/fieldnotes">Fieldnotes Notebooks</a> &#8212; use code BURN for 15% off.</p>
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<h2 class="wp-block-heading" id="transcript">Transcript</h2>
<p><em>This transcript was generated automatically and lightly edited. Timestamps are approximate.</em></p>
{{transcript}}
<hr class="wp-block-separator"/>
<p><em>The Long Burn is produced by Dana Whitlock and edited by Ricky Sosa. Music by The Quiet Hours.</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="https://thelongburn.fm/tag/spacex/" rel="tag">SpaceX</a>, <a href="https://thelongburn.fm/tag/tesla/" rel="tag">Tesla</a>, <a href="https://thelongburn.fm/tag/manufacturing/" rel="tag">manufacturing</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://thelongburn.fm/ep-211-gwen-hartley/" rel="prev">&larr; Ep. 211 &#8211; Gwen Hartley on grid batteries</a></div><div class="nav-next"><a href="https://thelongburn.fm/ep-213-ocean-freight/" rel="next">Ep. 213 &#8211; The strange economics of ocean freight &rarr;</a></div></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">4 thoughts on &ldquo;Ep. 212 &#8211; Elon Musk on Steel, Factories and Failure&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-9921"><article id="comment-9921" class="ast-comment"><div class="ast-comment-meta"><div class="ast-comment-cite-wrap"><cite><b class="fn">Elon Musk Fan Club</b></cite></div><time datetime="2024-03-18T09:12:44-05:00">March 18, 2024 at 9:12 am</time></div>
<section class="ast-comment-content comment"><p>Best episode this year. My favourite bit:</p><blockquote><p>Elon Musk: Thanks for having me. It&#8217;s been a, uh, crazy week</p></blockquote><p>relatable lol</p></section><div class="ast-comment-edit-reply-wrap"><a rel="nofollow" class="comment-reply-link" href="#comment-9921">Reply</a></div></article>
<ol class="children"><li class="comment odd alt depth-2" id="li-comment-9930"><article class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">elonmuskk</b></cite><time datetime="2024-03-18T10:40:02-05:00">March 18, 2024 at 10:40 am</time></div>
<section class="ast-comment-content comment"><p>Elon: Yes. &#8212; the most Elon answer possible at 3:05</p></section></article></li></ol></li>
<li class="comment even depth-1" id="li-comment-9944"><article class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Marguerite T.</b></cite><time datetime="2024-03-19T07:01:19-05:00">March 19, 2024 at 7:01 am</time></div>
<section class="ast-comment-content comment"><p>Dana, the audio at the start is a bit quiet. Otherwise great.</p></section></article></li>
<li class="comment odd depth-1 bypostauthor" id="li-comment-9950"><article class="ast-comment"><div class="ast-comment-meta"><cite><b class="fn">Dana Whitlock</b> <span class="ast-highlight-text">Post author</span></cite></div>
<section class="ast-comment-content comment"><p>Thanks Marguerite, we recorded next to a press line. Noted for next time!</p></section></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="https://thelongburn.fm/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="Type here.."></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;" /></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://thelongburn.fm/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>
<li><a href="https://thelongburn.fm/ep-213-ocean-freight/">Ep. 213 &#8211; The strange economics of ocean freight</a></li>
<li><a href="https://thelongburn.fm/ep-211-gwen-hartley/">Ep. 211 &#8211; Gwen Hartley on grid batteries</a></li>
<li><a href="https://thelongburn.fm/ep-210-tunnels/">Ep. 210 &#8211; Why tunnels cost so much</a></li>
</ul></aside>
<aside class="widget"><h2 class="widget-title">Subscribe</h2><p><a href="https://thelongburn.fm/feed/podcast/">RSS</a> &middot; Apple Podcasts &middot; Spotify &middot; Overcast</p></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">Copyright &copy; 2024 The Long Burn | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></footer>
</div>
<script src="https://thelongburn.fm/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://thelongburn.fm/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://thelongburn.fm/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w02
def w02():
    p = Page('w02_ghost_meridian_qa', 'The Meridian Review',
             'Ghost magazine Q&A: questions are bold paragraphs with no speaker label, his answers are plain unlabelled paragraphs (he is named in the intro); no timestamps.',
             'Magazine Q&A interview on a Ghost site')
    p.hard = ['answers carry no label at all; he is identified only in the standfirst/intro',
              'a question quotes his old tweet verbatim',
              'a pull quote of his words sits between answers',
              'an editor\'s note inside an answer block', 'commenter "Elon M." quoting an answer']
    QA = [
        ("You've been predicting a crewed Mars landing for years. Why should anyone believe the new date?",
         ["Fair question. I'm often wrong about timing, I'm rarely wrong about the destination. If you look at what we said about reusable boosters in 2014, people thought it was crazy. Now it's routine."]),
        ("Routine for you. Your competitors would point out that it took billions of dollars.",
         ["Sure, it took billions. It took a lot of failures too.",
          "I think people underestimate how much of engineering is just iteration speed. How many times can you try something in a year? That's the real metric."]),
        ("In 2020 you tweeted, \u201cTesla stock price is too high imo.\u201d Would you send that tweet again?",
         ["Probably not. Okay, maybe. (Laughs.) It was true at the time, I think."]),
        ("Let's talk about A.I. You signed a letter calling for a pause, and a few months later you started your own company.",
         ["Those aren't contradictory. If it's going to be built, and it is going to be built, then I'd rather have a company in the mix that is maximally truth-seeking.",
          "EDITOR"]),
        ("Who decides what counts as true?",
         ["Reality does, ultimately. Physics doesn't care about your opinion."]),
        ("Last one. Do you still read all of your email?",
         ["Most of it, yes. Not all. I skim a lot."]),
    ]
    body = []
    for i, (q, ans) in enumerate(QA):
        body.append('<p><strong>%s</strong></p>' % E(q))
        for a in ans:
            if a == 'EDITOR':
                body.append('<p class="editor-note"><em>[Editor\u2019s note: The company was incorporated in Nevada in March 2023. A spokesperson declined to comment on its funding.]</em></p>')
            else:
                body.append('<p>%s</p>' % E(a))
        if i == 1:
            body.append('<aside class="kg-card kg-callout-card pull-quote"><div class="kg-callout-text">\u201cI\u2019m often wrong about timing, I\u2019m rarely wrong about the destination.\u201d<br>\u2014 Elon Musk</div></aside>')
        p.el(None, [a for a in ans if a != 'EDITOR'])
    p.choices = ['Each answer (the unlabelled paragraphs between two bold questions) is one turn of his.',
                 'Questions carry no label, so "others" is empty.',
                 'The bracketed editor\'s note is part of the page, not a separate turn; it does not affect the first words.']
    doc = fill(TPL02, qa='\n'.join(body))
    p.write(doc)

TPL02 = '''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>&#x27;Physics doesn&#x27;t care about your opinion&#x27;: A conversation with Elon Musk</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2a1c9e01">
    <meta name="description" content="On Mars timelines, a regrettable tweet, and why he still reads his email.">
    <link rel="canonical" href="https://meridianreview.com/elon-musk-interview-physics/">
    <meta property="og:site_name" content="The Meridian Review">
    <meta property="og:type" content="article">
    <meta property="og:title" content="&#x27;Physics doesn&#x27;t care about your opinion&#x27;: A conversation with Elon Musk">
    <meta name="generator" content="Ghost 5.79">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://meridianreview.com/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:1.6rem}.pull-quote{font-size:1.6rem;font-style:italic}</style>
</head>
<body class="post-template tag-interviews tag-technology is-head-left-logo has-serif-body">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://meridianreview.com">The Meridian Review</a></div>
            <nav class="gh-head-menu"><ul class="nav">
                <li class="nav-essays"><a href="https://meridianreview.com/tag/essays/">Essays</a></li>
                <li class="nav-interviews nav-current"><a href="https://meridianreview.com/tag/interviews/">Interviews</a></li>
                <li class="nav-reviews"><a href="https://meridianreview.com/tag/reviews/">Reviews</a></li>
                <li class="nav-about"><a href="https://meridianreview.com/about/">About</a></li>
            </ul></nav>
            <div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-interviews tag-technology">
    <header class="article-header gh-canvas">
        <section class="article-tag"><a href="https://meridianreview.com/tag/interviews/">Interviews</a></section>
        <h1 class="article-title">&#x27;Physics doesn&#x27;t care about your opinion&#x27;: A conversation with Elon Musk</h1>
        <p class="article-excerpt">On Mars timelines, a regrettable tweet, and why he still reads his email.</p>
        <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Nandakumar</a></h4>
        <div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-02">May 2, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 9 min read</span></div></div></div>
    </header>
    <section class="gh-content gh-canvas">
        <p>Elon Musk agreed to talk for forty minutes and stayed for seventy. We met in a windowless conference room in Hawthorne, where a whiteboard still carried somebody&rsquo;s half-erased orbital calculations. He arrived late, apologised, and ate almonds throughout.</p>
        <p>What follows is a condensed version of our conversation. My questions are in bold; all answers are Musk&rsquo;s. The interview has been edited for length and clarity.</p>
        <hr>
{{qa}}
        <hr>
        <p><em>Priya Nandakumar is a senior editor at The Meridian Review. Her book on the commercial space industry will be published next spring.</em></p>
        <div class="kg-card kg-cta-card"><p>Enjoyed this? <a href="#/portal/signup">Subscribe</a> to get our interviews first, every other Thursday.</p></div>
    </section>
</article>
<section class="article-comments gh-canvas">
    <h3>Discussion (3)</h3>
    <div class="comment" data-id="c-1088"><div class="comment-author">Elon M.</div><div class="comment-date">2 May</div>
        <div class="comment-body"><p>&gt; Reality does, ultimately. Physics doesn&#x27;t care about your opinion.</p><p>Putting this on a mug. (No relation, sadly.)</p></div></div>
    <div class="comment" data-id="c-1091"><div class="comment-author">H. Brandt</div><div class="comment-date">3 May</div>
        <div class="comment-body"><p>I wish you had pushed harder on the A.I. answer.</p></div></div>
    <div class="comment reply" data-id="c-1093"><div class="comment-author">Priya Nandakumar</div><div class="comment-date">3 May</div>
        <div class="comment-body"><p>Fair! We ran long and his team ended it at the seventy-minute mark.</p></div></div>
</section>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>
<article class="post-card"><a class="post-card-content-link" href="/gwynne-interview/"><h2 class="post-card-title">The engineer who says no: an interview</h2></a></article>
<article class="post-card"><a class="post-card-content-link" href="/launch-cadence-essay/"><h2 class="post-card-title">What launch cadence really measures</h2></a></article>
</div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://meridianreview.com">The Meridian Review</a> &copy; 2024</section>
    <nav class="site-footer-nav"><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=8f2a1c9e01"></script>
<script>$(document).ready(function(){ var $postContent = $(".gh-content"); $postContent.fitVids(); });</script>
</body>
</html>
'''

# ---------------------------------------------------------------- w03
def w03():
    p = Page('w03_buzzsprout_orbital', 'Orbital Mechanics for Normal People',
             'Buzzsprout episode page; transcript paragraphs "[hh:mm:ss] Name: text", one per turn, every turn timed.',
             'Podcast host page (Buzzsprout)')
    p.hard = ['co-host quotes him ("as Elon told me backstage ... quote ...") inside his own turn',
              'chapter list prints "Elon Musk: ..." entries', 'host interrupts with one word ("Right.", "Mostly!")',
              'two co-hosts plus the guest', 'one-word turn "Thank you."']
    T = [
        (48, 'Jess Alvarado', "Hey everybody, welcome to Orbital Mechanics for Normal People. I'm Jess, I'm here with Tom as always, and today our guest is Elon Musk."),
        (58, 'Elon Musk', "Happy to be here. I've actually listened to a few episodes."),
        (63, 'Tom Brightwater', "No way."),
        (64, 'Elon Musk', "Yeah, the one on orbital debris was good. You got the Kessler syndrome stuff mostly right."),
        (72, 'Tom Brightwater', "Mostly!"),
        (74, 'Jess Alvarado', "We'll take mostly. Okay, Tom, you wanted to start with failure."),
        (372, 'Tom Brightwater', "I did. So, as Elon told me backstage at a conference in 2019, quote, \u201cif things are not failing, you are not innovating enough.\u201d Do you still believe that?"),
        (385, 'Elon Musk', "Absolutely. I mean, with the caveat that you really don't want failures when there are people on board. Test flights are supposed to find problems, that's the point of them."),
        (460, 'Jess Alvarado', "Right."),
        (461, 'Elon Musk', "So you test aggressively on the ground and on uncrewed flights, and then you're extremely conservative with crew. Those are two different philosophies and you need both."),
        (920, 'Jess Alvarado', "Let's talk Starlink and astronomy. We got a lot of listener mail from amateur astronomers who are, let's say, not thrilled."),
        (941, 'Elon Musk', "We've worked with astronomers quite a bit. The newer satellites have a dielectric mirror film and they're much dimmer than the early ones. It's not zero, but it's a lot better."),
        (1442, 'Tom Brightwater', "Last one. There's a kid listening right now who wants to work on rockets. What should they do?"),
        (1449, 'Elon Musk', "Learn physics, and build things. Actually build things with your hands. Join a rocket club, blow some stuff up safely."),
        (1470, 'Jess Alvarado', "Elon, thanks so much for coming on."),
        (1471, 'Elon Musk', "Thank you."),
        (1473, 'Tom Brightwater', "And that's our show. Clear skies, everybody."),
    ]
    body = []
    for t, who, text in T:
        body.append('<p>[%s] %s: %s</p>' % (hms(t), E(who), E(text)))
        if who == 'Elon Musk':
            p.el(t, text)
        else:
            p.other(who)
    p.choices = ['"Tom Brightwater" quoting him is part of Tom\'s turn.']
    p.write(fill(TPL03, transcript='\n'.join(body)))

TPL03 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ep 88: Failure, Starlink and Rocket Clubs (with Elon Musk) - Orbital Mechanics for Normal People</title>
<meta property="og:title" content="Ep 88: Failure, Starlink and Rocket Clubs (with Elon Musk)">
<meta property="og:site_name" content="Orbital Mechanics for Normal People">
<meta property="og:audio" content="https://www.buzzsprout.com/1923401/14587720-ep-88.mp3">
<link rel="alternate" type="application/rss+xml" title="Orbital Mechanics for Normal People" href="https://feeds.buzzsprout.com/1923401.rss">
<link rel="stylesheet" href="https://www.buzzsprout.com/assets/application_podcast_site-5f2e0a.css" media="all">
<style>:root{--primary-color:#28306b;--accent:#ffb703}.transcript p{margin:0 0 1em}.chapters li span{font-variant-numeric:tabular-nums;color:#666}</style>
</head>
<body class="podcast_sites episodes show">
<header class="header">
  <div class="header__container">
    <a class="header__title" href="/">Orbital Mechanics for Normal People</a>
    <nav class="header__nav"><a href="/">Episodes</a><a href="/about">About</a><a href="https://www.buzzsprout.com/1923401/supporters/new">Support the show</a><a href="/contact">Contact</a></nav>
  </div>
</header>
<main class="main">
 <section class="episode">
  <div class="episode__artwork"><img src="https://storage.buzzsprout.com/variants/omfnp/artwork.jpg" alt="Orbital Mechanics for Normal People artwork" width="300" height="300"></div>
  <div class="episode__header">
    <p class="episode__meta">Orbital Mechanics for Normal People &middot; Ep 88 &middot; <time datetime="2024-02-07">February 7, 2024</time> &middot; 24:55</p>
    <h1 class="episode__title">Ep 88: Failure, Starlink and Rocket Clubs (with Elon Musk)</h1>
  </div>
  <div class="episode__player"><div id="buzzsprout-player-14587720"></div>
  <script src="https://www.buzzsprout.com/1923401/14587720-ep-88.js?container_id=buzzsprout-player-14587720&player=small" type="text/javascript" charset="utf-8"></script></div>
  <div class="episode__notes">
   <p>Jess and Tom finally get the guest Tom has been lobbying for since episode 3. We talk about when failure is good, what's been done about satellite brightness, and what a kid who wants to build rockets should do next.</p>
   <p><strong>Chapters</strong></p>
   <ul class="chapters">
    <li><span>00:00</span> Intro</li>
    <li><span>01:04</span> Elon Musk: &quot;You got the Kessler stuff mostly right&quot;</li>
    <li><span>06:12</span> Is failure still an option?</li>
    <li><span>15:20</span> Starlink and the astronomers</li>
    <li><span>24:02</span> Elon Musk: advice for future rocket engineers</li>
   </ul>
   <p>Got a question for a future episode? Email us at <a href="mailto:hello@omfnp.show">hello@omfnp.show</a>.</p>
   <p><a href="https://www.buzzsprout.com/1923401/supporters/new" rel="payment">Support the show</a></p>
  </div>
  <section class="episode__transcript transcript" id="transcript">
   <h2>Transcript</h2>
{{transcript}}
  </section>
 </section>
 <section class="more-episodes"><h3>More episodes</h3>
  <ul>
   <li><a href="/1923401/14490011">Ep 87: Why the ISS is falling (slowly)</a></li>
   <li><a href="/1923401/14402265">Ep 86: Lagrange points, explained with a bowl of soup</a></li>
   <li><a href="/1923401/14311042">Ep 85: The orbital debris episode</a></li>
  </ul>
 </section>
</main>
<footer class="footer"><p>&copy; 2024 Orbital Mechanics for Normal People</p><p class="footer__powered"><a href="https://www.buzzsprout.com/?referrer_id=1923401">Podcast Hosting by Buzzsprout</a> &middot; <a href="https://www.buzzsprout.com/privacy">Privacy &amp; Cookies</a> &middot; <a href="https://feeds.buzzsprout.com/1923401.rss">RSS Feed</a></p></footer>
<script src="https://www.buzzsprout.com/assets/podcast_site-0c1d7e.js"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w04
def w04():
    p = Page('w04_videopanel_summit', 'Future Mobility Summit (fan re-upload channel "MobilityClips")',
             'Video-platform watch page with a transcript panel: one segment per caption line, each with its own m:ss or h:mm:ss timestamp div; a speaker label ("NADIA:", "ELON:") only on the first segment of a turn.',
             'Video platform watch page with transcript panel')
    p.hard = ['every caption segment has a time; the turn starts at the first segment',
              'm:ss and h:mm:ss on one page', 'host interrupts with one word ("When?")',
              'comments by "@ElonMuskOfficiaI" (capital i) and "@elon.musk.daily" quoting him',
              'description chapter list "Elon on robotaxis"']
    S = [  # (time, label or None, text)
        ('0:03', 'NADIA', "Good afternoon, everyone, and welcome"), ('0:06', None, "to the closing session of the summit."),
        ('0:09', None, "Please welcome Elon Musk."),
        ('0:14', 'ELON', "Thanks, thanks everyone. Great to"), ('0:17', None, "be here in, uh, in Munich."),
        ('0:21', 'NADIA', "So let's jump right in. Robotaxis."), ('0:24', None, "You've promised them for years."),
        ('0:27', 'ELON', "Yes, I have been optimistic"), ('0:30', None, "on timelines, that's fair."),
        ('0:33', None, "But I think this time the"), ('0:36', None, "software is actually there."),
        ('0:39', 'NADIA', "When?"),
        ('0:40', 'ELON', "Next year, probably, in some cities."),
        ('0:44', 'NADIA', "We'll hold you to that."),
        ('12:04', 'NADIA', "Let's talk about Optimus. A lot of"), ('12:07', None, "people here build industrial robots."),
        ('12:11', 'ELON', "I think the robot is going to"), ('12:14', None, "be the biggest product ever, by far."),
        ('12:18', None, "Bigger than cars. Because the"), ('12:21', None, "demand for useful labor is basically infinite."),
        ('24:30', 'NADIA', "And the factory outside Berlin?"),
        ('24:33', 'ELON', "Berlin is doing really well, actually."), ('24:36', None, "The team there is fantastic."),
        ('59:50', 'NADIA', "We're nearly at time, unfortunately."),
        ('1:00:02', 'ELON', "I just want to say thanks to"), ('1:00:05', None, "the organizers and to everyone who"),
        ('1:00:08', None, "stuck around till the end."),
        ('1:00:15', 'NADIA', "Elon Musk, everybody."),
    ]
    segs = []
    cur = None; turn = []
    def flush():
        if cur and cur[0] == 'ELON':
            p.el(cur[1], ' '.join(turn))
    for t, lab, text in S:
        if lab:
            flush()
            cur = (lab, ts(t)); turn = [text]
            if lab != 'ELON': p.other(lab)
        else:
            turn.append(text)
        shown = (lab + ': ' if lab else '') + text
        segs.append('''<ytd-transcript-segment-renderer class="style-scope ytd-transcript-segment-list-renderer" rounded-container=""><div class="segment style-scope ytd-transcript-segment-renderer" role="button" tabindex="0" aria-label="%s"><div class="segment-start-offset style-scope ytd-transcript-segment-renderer" tabindex="-1" aria-hidden="true"><div class="segment-timestamp style-scope ytd-transcript-segment-renderer">%s</div></div><yt-formatted-string class="segment-text style-scope ytd-transcript-segment-renderer" aria-hidden="true">%s</yt-formatted-string></div></ytd-transcript-segment-renderer>''' % (E(t), t, E(shown)))
    flush()
    p.choices = ['A turn = the labelled segment plus following unlabelled segments; start time is the labelled segment\'s time.',
                 'The first words are taken from the labelled segment (each labelled segment has at least 5 words, except the 5-word "Yes, I have been optimistic").']
    p.write(fill(TPL04, segments='\n'.join(segs)))

TPL04 = '''<!DOCTYPE html>
<html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" darker-dark-theme="" system-icons="">
<head>
<meta http-equiv="origin-trial" content="">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>Elon Musk FULL closing conversation | Future Mobility Summit Munich - ViewTube</title>
<meta name="title" content="Elon Musk FULL closing conversation | Future Mobility Summit Munich">
<meta name="description" content="Full closing session of the Future Mobility Summit with host Nadia Okafor. Chapters: 0:00 Intro 0:14 Elon on robotaxis 12:04 Optimus 24:30 Berlin">
<link rel="stylesheet" href="//www.viewtube.example/s/desktop/3a9f2c/cssbin/www-main-desktop-watch-page-skeleton.css" name="www-main-desktop-watch-page-skeleton">
<style>ytd-transcript-segment-renderer{display:block}.segment{display:flex;padding:8px 12px}.segment-timestamp{min-width:56px;color:#606060;font-size:1.2rem}</style>
<script nonce="vT9x">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"q8Zr2kLmX0A","title":"Elon Musk FULL closing conversation | Future Mobility Summit Munich","lengthSeconds":"3633","author":"MobilityClips"}};</script>
</head>
<body dir="ltr" no-y-overflow="">
<ytd-app>
<div id="masthead-container" class="style-scope ytd-app"><ytd-masthead id="masthead" logo-type="VIEWTUBE_LOGO" class="shell" role="banner">
<div id="start"><a id="logo" href="/" title="ViewTube Home">ViewTube</a></div>
<div id="center"><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search" autocomplete="off"></form></div>
<div id="end"><a href="/signin">Sign in</a></div>
</ytd-masthead></div>
<ytd-page-manager id="page-manager" class="style-scope ytd-app">
<ytd-watch-flexy class="style-scope ytd-page-manager" video-id="q8Zr2kLmX0A">
<div id="columns" class="style-scope ytd-watch-flexy">
<div id="primary" class="style-scope ytd-watch-flexy">
  <div id="player" class="style-scope ytd-watch-flexy"><div class="html5-video-player"><video class="video-stream html5-main-video" src="blob:https://www.viewtube.example/5c1e"></video></div></div>
  <div id="below"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy">
   <div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string class="style-scope ytd-watch-metadata">Elon Musk FULL closing conversation | Future Mobility Summit Munich</yt-formatted-string></h1></div>
   <div id="owner"><ytd-video-owner-renderer><a class="yt-simple-endpoint" href="/@MobilityClips">MobilityClips</a> <span id="owner-sub-count">48.2K subscribers</span></ytd-video-owner-renderer><button class="subscribe">Subscribe</button></div>
   <div id="description"><ytd-text-inline-expander id="description-inline-expander"><yt-attributed-string class="style-scope ytd-text-inline-expander"><span>212K views &middot; 3 months ago</span><br><span>Full closing session of the Future Mobility Summit with host Nadia Okafor. Re-uploaded with permission.</span><br><span>Chapters:</span><br><span><a href="/watch?v=q8Zr2kLmX0A&amp;t=0s">0:00</a> Intro</span><br><span><a href="/watch?v=q8Zr2kLmX0A&amp;t=14s">0:14</a> Elon on robotaxis</span><br><span><a href="/watch?v=q8Zr2kLmX0A&amp;t=724s">12:04</a> Optimus: &quot;the biggest product ever&quot;</span><br><span><a href="/watch?v=q8Zr2kLmX0A&amp;t=1470s">24:30</a> Gigafactory Berlin</span><br><span>#elonmusk #tesla #robotaxi</span></yt-attributed-string></ytd-text-inline-expander></div>
  </ytd-watch-metadata></div>
  <ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-item-section-renderer id="sections">
   <div id="header"><h2 id="count"><span>1,204</span> Comments</h2></div>
   <div id="contents">
    <ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><ytd-comment-view-model id="comment"><div id="header-author"><a id="author-text" href="/@ElonMuskOfficiaI"><span>@ElonMuskOfficiaI</span></a> <span id="published-time-text">3 months ago</span></div>
     <div id="content"><span id="content-text">ELON: Next year, probably, in some cities. \U0001F602 we have heard this one before</span></div><div id="toolbar"><span id="vote-count-middle">2.1K</span></div></ytd-comment-view-model></ytd-comment-thread-renderer>
    <ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><ytd-comment-view-model id="comment"><div id="header-author"><a id="author-text" href="/@elon.musk.daily"><span>@elon.musk.daily</span></a> <span id="published-time-text">3 months ago</span></div>
     <div id="content"><span id="content-text">12:11 &quot;I think the robot is going to be the biggest product ever, by far.&quot; Remember this clip.</span></div><div id="toolbar"><span id="vote-count-middle">640</span></div></ytd-comment-view-model></ytd-comment-thread-renderer>
    <ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><ytd-comment-view-model id="comment"><div id="header-author"><a id="author-text" href="/@sabine.k"><span>@sabine.k</span></a> <span id="published-time-text">2 months ago</span></div>
     <div id="content"><span id="content-text">Nadia was a great host, kept it moving.</span></div></ytd-comment-view-model></ytd-comment-thread-renderer>
   </div></ytd-item-section-renderer></ytd-comments>
</div>
<div id="secondary" class="style-scope ytd-watch-flexy">
 <ytd-engagement-panel-section-list-renderer class="style-scope ytd-watch-flexy" target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
  <div id="header"><ytd-engagement-panel-title-header-renderer><h2 id="title-text">Transcript</h2></ytd-engagement-panel-title-header-renderer></div>
  <div id="content"><ytd-transcript-renderer><ytd-transcript-search-panel-renderer><div id="body"><ytd-transcript-segment-list-renderer class="style-scope ytd-transcript-search-panel-renderer"><div id="segments-container" class="style-scope ytd-transcript-segment-list-renderer">
{{segments}}
  </div></ytd-transcript-segment-list-renderer></div>
  <div id="footer"><ytd-transcript-footer-renderer><span>English (auto-generated)</span></ytd-transcript-footer-renderer></div></ytd-transcript-search-panel-renderer></ytd-transcript-renderer></div>
 </ytd-engagement-panel-section-list-renderer>
 <ytd-watch-next-secondary-results-renderer><div id="items">
  <ytd-compact-video-renderer><a href="/watch?v=Vn3kQ0s1aPc"><span id="video-title">Robotaxi panel: what regulators actually want</span></a><span class="byline">MobilityClips</span></ytd-compact-video-renderer>
  <ytd-compact-video-renderer><a href="/watch?v=Lp2Rr9mJt8w"><span id="video-title">Inside a humanoid robot startup</span></a><span class="byline">FactoryFloor</span></ytd-compact-video-renderer>
 </div></ytd-watch-next-secondary-results-renderer>
</div>
</div>
</ytd-watch-flexy>
</ytd-page-manager>
</ytd-app>
<script nonce="vT9x">if (window.ytcsi) {window.ytcsi.tick('pdr', null, '');}</script>
</body>
</html>
'''
