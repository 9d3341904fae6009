from common import *

# ---------------------------------------------------------------- s13 Substack, time after text
def s13():
    him = {"Elon Musk", "EM"}
    turns = [
     ("Jules Ashford", None, "Thanks for doing this. I know tunnels aren’t the glamorous part of your portfolio."),
     ("Elon Musk", "00:42", "They’re the least glamorous part, which is partly why I like them. Nobody is paying attention, so you can just work."),
     ("Jules Ashford", None, "Why are tunnels so expensive?"),
     ("Elon Musk", "01:05", "Mostly because the tunnels are too big and the machines stop too often. A typical boring machine spends more time stopped than boring.\n\nIf you make the diameter smaller and let the machine keep going while it lines the tunnel, the cost falls a lot. Not ten percent. Something like ten times."),
     ("JA", None, "You once told an audience, “Traffic is soul-destroying.” Still true?"),
     ("EM", "04:18", "Soul-destroying, yes. I stand by that one."),
     ("JA", None, "How fast can a machine go today?"),
     ("EM", "05:02", "On a good week, maybe a mile. A snail is still faster, and we keep pointing that out to the team."),
     ("JA", None, "Literally?"),
     ("EM", None, "Literally."),
     ("JA", None, "Okay. Last one: what’s the tunnel you most want to dig?"),
     ("EM", "12:47", "Honestly, something boring. A tunnel under a city where people just use it every day and don’t think about it. That’s success."),
     ("JA", None, "Thanks, Elon."),
     ("EM", "14:03", "Thank you."),
    ]
    body = []
    for lab, tm, text in turns:
        ps = paras(text)
        for i, p in enumerate(ps):
            pre = '<strong>%s:</strong> ' % lab if i == 0 else ''
            post = ' <span class="ts">[%s]</span>' % tm if (tm and i == len(ps) - 1) else ''
            body.append('<p>%s%s%s</p>' % (pre, esc(p, 'named'), post))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>“A snail is still faster”: my conversation with Elon Musk about tunnels</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="author" content="Jules Ashford">
<meta property="og:site_name" content="The Throughput">
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css">
<script>window._preloads = {{"post":{{"id":14022931,"title":"A snail is still faster","audience":"everyone","podcast_duration":861}},"pub":{{"name":"The Throughput","author_name":"Jules Ashford"}}}}</script>
</head>
<body>
<div id="entry"><div class="main-menu"><div class="topbar"><a class="navbar-title-link" href="https://thethroughput.substack.example/">The Throughput</a><div class="buttons"><a class="button primary subscribe" href="/subscribe">Subscribe</a><a class="button sign-in" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">“A snail is still faster”: my conversation with Elon Musk about tunnels</h1>
<h3 class="subtitle">Why tunnels cost what they cost, and the mascot that keeps the team humble</h3>
<div class="post-meta"><a href="/@julesashford">Jules Ashford</a> · Apr 09, 2025 · <span class="pod-len">14 min listen</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<div class="captioned-audio"><audio controls src="https://api.substack.example/api/v1/audio/upload/9b1e.mp3"></audio></div>
<div class="ai-summary callout"><p><strong>AI summary</strong> (generated automatically):</p>
<ul><li>Elon Musk: tunnelling costs can fall by “something like ten times.”</li><li>EM: “A snail is still faster.”</li><li>He wants a tunnel people “don’t think about.”</li></ul></div>
<p>I’ve been trying to get this interview for two years. It finally happened over a scratchy video call. The transcript is lightly edited; <em>timestamps in brackets at the end of each answer mark where that answer begins in the audio</em>.</p>
<hr>
{chr(10).join(body)}
<hr>
<p>If you enjoyed this, forward it to someone who sits in traffic.</p>
<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>
</div></div>
<div class="post-footer"><div class="like-button-container">❤️ 412</div><a href="/p/snail/comments">63 comments</a><a href="#" class="share">Share</a></div>
</article>
<div class="comments-page"><h4>Discussion about this post</h4>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">Elon Musk (parody)</a> · Apr 9</div><div class="comment-body"><p>I said ten times and I meant ten times. 🐌</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">Ravi P.</a> · Apr 9</div><div class="comment-body"><p>“EM: Literally.” — best exchange in the piece.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">Greta L.</a> · Apr 10</div><div class="comment-body"><p>Would love a follow-up on the lining process.</p></div></div>
</div></div>
<div class="footer-wrap"><p>© 2025 Jules Ashford · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · <a href="https://substack.example/">Start writing</a></p></div>
</div>
<script src="https://substackcdn.example/bundle/main.js" defer></script>
</body>
</html>
'''
    write('s13_substack_after', page,
          "Substack newsletter: <p><strong>Name:</strong> text</p>, labels full then initials (Elon Musk/EM, Jules Ashford/JA); his answers end with a span.ts '[mm:ss]' after the text that marks the answer's start; some answers and all questions have no time.",
          "The Throughput", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s14 Ghost, time on every paragraph, Maye Musk
def s14():
    him = {"Elon Musk", "Elon"}
    turns = [
     ("Beatrice Oyelaran", None, "@0:05 Welcome to The Long Table. It’s a special one today: a mother and a son, at my kitchen table. Maye, Elon, welcome."),
     ("Maye Musk", None, "@0:31 Thank you. It’s lovely to be here, and I got him to come, which is the real achievement."),
     ("Elon Musk", None, "@0:40 She did. I was told it was not optional."),
     ("Beatrice Oyelaran", None, "@0:45 Maye, what was he like at twelve?"),
     ("Maye", None, "@0:50 Reading. Always reading. He finished the encyclopedia and then started correcting people at dinner.\n\n@1:20 Elon said to me once, when he was about ten, “Mom, did you know the sun will swallow the Earth?” And I said, well, not before dinner."),
     ("Elon", None, "@1:42 I was an insufferable child, honestly. I thought facts were a way of making friends.\n\n@2:05 It turns out they are not. It took me a while to learn that.\n\n@2:31 But the reading stuck. I still read more than almost anything else I do, just on a screen now."),
     ("Beatrice Oyelaran", None, "@5:10 What did she teach you that you still use?"),
     ("Elon", None, "@5:20 Work ethic. She worked five jobs at one point. You don’t complain about a hard week after seeing that."),
     ("Maye", None, "@41:12 I did not always enjoy it, I should say. But you do what you have to."),
     ("Beatrice Oyelaran", None, "@1:02:18 Elon, last question for you. What do you want people to understand about your mother?"),
     ("Elon", None, "@1:02:30 That she’s tougher than I am. Much tougher.\n\n@1:03:02 People see the modelling and the books. They don’t see the years when there was no money at all.\n\n@1:03:40 She kept going. That’s most of the story, really."),
     ("Beatrice Oyelaran", None, "@1:09:00 Thank you both."),
     ("Maye", None, "@1:09:03 Thank you, Beatrice."),
     ("Elon", None, "@1:09:05 Thanks, Mom."),
    ]
    body = []
    for lab, tm, text in turns:
        body.append('<h3 class="speaker">%s</h3>' % lab)
        for p in paras(text):
            t, rest = p.split(' ', 1)
            sec = int(T(t[1:]))
            iso = 'PT%s%dM%dS' % (('%dH' % (sec // 3600)) if sec >= 3600 else '', sec % 3600 // 60, sec % 60)
            body.append('<p><time datetime="%s">%s</time> %s</p>' % (iso, t[1:], esc(rest, 'named')))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Maye &amp; Elon Musk at the kitchen table</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6f2a1b9c0d">
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="The Long Table" href="https://longtable.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://longtable.example/" crossorigin="anonymous"></script>
<style>.gh-content h3.speaker{{margin-top:1.6em;font-size:1.1em;text-transform:none}}.gh-content time{{color:#8a8a8a;font-size:.85em;margin-right:.4em}}</style>
</head>
<body class="post-template tag-episodes tag-hash-transcript">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://longtable.example">The Long Table</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-episodes"><a href="https://longtable.example/tag/episodes/">Episodes</a></li><li class="nav-about"><a href="https://longtable.example/about/">About</a></li><li class="nav-newsletter"><a href="#/portal/signup">Newsletter</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-episodes featured">
<header class="article-header gh-canvas"><section class="article-tag"><a href="https://longtable.example/tag/episodes/">Episodes</a></section>
<h1 class="article-title">Maye &amp; Elon Musk at the kitchen table</h1>
<p class="article-excerpt">A mother, a son, and forty years of stories. Episode 58.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/beatrice/">Beatrice Oyelaran</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-12">May 12, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 71 min listen</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-audio-card"><audio src="https://longtable.example/content/media/2024/05/ep58.mp3" preload="metadata"></audio><div class="kg-audio-title">Ep. 58 &mdash; Maye &amp; Elon</div></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💬</div><div class="kg-callout-text"><strong>Episode highlights</strong><br>Elon Musk: &ldquo;I was an insufferable child, honestly.&rdquo;<br>Maye Musk: &ldquo;Not before dinner.&rdquo;<br>Elon: &ldquo;She&rsquo;s tougher than I am.&rdquo;</div></div>
<p>This week Maye Musk and her son Elon join Beatrice for a long, meandering lunch. We cut about half an hour of cutlery noise. The transcript below is time-stamped paragraph by paragraph.</p>
<hr>
<h2 id="transcript">Transcript</h2>
{chr(10).join(body)}
<hr>
<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Get new episodes by email</a></div>
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/ep57-grandmothers/"><h2 class="post-card-title">Ep. 57 &mdash; Three grandmothers and a sourdough starter</h2></a></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://longtable.example">The Long Table</a> &copy; 2024</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a></nav><div><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=6f2a1b9c0d"></script>
</body>
</html>
'''
    write('s14_ghost_longtable', page,
          "Ghost blog post: an <h3 class=speaker> heading per turn (full name then first name) with paragraphs below, each paragraph opening with <time datetime=PT..>m:ss or h:mm:ss</time>; a long turn carries a time on every paragraph.",
          "The Long Table", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s15 podcast network TRAP (Errol Musk, impressionist clip)
def s15():
    him = set()
    turns = [
     ("Noor Haddad", "0:12", "Welcome to Root & Branch on the Arcwave Network, where we talk to the families behind famous names. I’m Noor Haddad. My guest today is Errol Musk, and yes, we will talk about his son."),
     ("Errol Musk", "0:31", "Thank you, Noor. Everyone always wants to talk about my son. I’m used to it."),
     ("Noor", "0:38", "Let’s start with engineering. Were you the one who got him into it?"),
     ("Errol", "0:45", "I was an engineer, so there were always drawings on the table. Elon told me once, when he was small, “Dad, I want to build rockets, not houses.” I thought it was a phase."),
     ("Noor", "2:10", "Musk once said: “I’d like to die on Mars, just not on impact.” When you hear him say things like that, what goes through your head?"),
     ("Errol", "2:24", "That he means it. He has always meant the strange things he says."),
     ("Noor", "20:34", "Before we go, we have a little treat. Our friend Danny Vale does a very good impression. Danny, take it away."),
     ("Danny Vale (as Elon Musk)", "20:41", "Uh, so, the thing is, the podcast is, uh, the product. We’re going to make podcasts, uh, multiplanetary."),
     ("Errol", "20:55", "That is actually quite close. The pauses are right."),
     ("Noor", "21:02", "Errol Musk, thank you for coming."),
     ("Errol", "21:05", "My pleasure."),
    ]
    body = []
    for lab, tm, text in turns:
        sec = int(T(tm))
        frag = '%dm%02ds' % (sec // 60, sec % 60)
        body.append('<div class="turn"><div class="who"><span class="name">%s</span> <a class="stamp" href="#t=%s">%s</a></div><p>%s</p></div>'
                    % (esc(lab), frag, tm, esc(text, 'named')))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Errol Musk on raising an engineer | Root &amp; Branch | Arcwave Network</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preconnect" href="https://fonts.arcwave.example">
<link rel="stylesheet" href="https://arcwave.example/_next/static/css/4d1f.css">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"show":"root-and-branch","episode":{{"id":"rb-031","title":"Errol Musk on raising an engineer","guests":["Errol Musk"],"mentions":["Elon Musk"]}}}}}},"page":"/shows/[show]/[episode]","buildId":"aw-2024-10"}}</script>
</head>
<body>
<div id="__next">
<header class="aw-header"><a href="/" class="aw-logo">ARCWAVE</a><nav><a href="/shows">Shows</a><a href="/network">Network</a><a href="/advertise">Advertise</a><a href="/plus">Arcwave+</a></nav></header>
<main class="aw-episode">
<div class="aw-show-bar"><img src="https://arcwave.example/img/shows/root-and-branch.jpg" alt="" width="64" height="64"><div><a href="/shows/root-and-branch" class="aw-show-name">Root &amp; Branch</a><p>Families behind famous names. Hosted by Noor Haddad.</p></div></div>
<h1>Ep. 31 &mdash; Errol Musk on raising an engineer</h1>
<p class="aw-date">October 2, 2024 &middot; 22 min &middot; Explicit: no</p>
<div class="aw-player" data-src="https://cdn.arcwave.example/rb/031.mp3"><button>Play episode</button></div>
<section class="aw-notes"><h2>Show notes</h2>
<p>Errol Musk talks about drawings on the kitchen table, South Africa in the 1980s and the son everyone asks him about. Elon Musk does not appear in this episode.</p>
<p>Mentioned: Elon Musk, Kimbal Musk, Pretoria Boys High School.</p>
<blockquote class="aw-pullquote"><p>Elon Musk: &ldquo;I&rsquo;d like to die on Mars, just not on impact.&rdquo;</p><footer>&mdash; quoted in this episode</footer></blockquote>
</section>
<section class="aw-transcript"><h2>Transcript</h2>
<p class="aw-tx-note">Auto-generated, then corrected by the Arcwave team. Click a timestamp to jump.</p>
{chr(10).join(body)}
</section>
<section class="aw-more"><h2>More from Arcwave</h2><ul><li><a href="/shows/root-and-branch/rb-030">Ep. 30 &mdash; The Kennedy cousins nobody mentions</a></li><li><a href="/shows/the-build/tb-112">The Build: How a rocket engine is tested</a></li></ul></section>
</main>
<footer class="aw-footer"><p>&copy; 2024 Arcwave Network LLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
</div>
<script src="https://arcwave.example/_next/static/chunks/main-9a0e.js" defer></script>
</body>
</html>
'''
    write('s15_arcwave_errol_trap', page,
          "Podcast-network (Next.js) episode page: div.turn with span.name label and an a.stamp '#t=XmYYs' link showing m:ss, then a <p>; TRAP - Errol Musk speaks, host quotes Elon, an impressionist performs him, a pull quote prints 'Elon Musk:'.",
          "Root & Branch (Arcwave Network)", gold_turns(turns, him), others_of(turns, him))

# ---------------------------------------------------------------- s16 Squarespace, definition list, interpreter
def s16():
    him = {"Elon Musk", "Musk"}
    turns = [
     ("Moderator (Aiko Tanaka)", "0:30", "Thank you all for coming. We’ll begin with a short statement from Mr. Musk, followed by questions. Questions in Japanese will be interpreted consecutively."),
     ("Elon Musk", "0:52", "Thank you. Konnichiwa. It’s great to be back in Japan. Japan has some of the best engineering culture in the world, and a lot of what we do at Tesla was inspired by Japanese manufacturing."),
     ("Interpreter", "2:10", "(Interpretation into Japanese.) Mr. Musk said that he is happy to be back and that Tesla’s manufacturing was inspired by Japan."),
     ("Reporter, Nikkan Shimbun", "3:05", "(Question in Japanese.)"),
     ("Interpreter", "3:20", "The question is: when will the robotaxi service come to Tokyo, and how will it handle Japanese traffic rules, including driving on the left?"),
     ("Musk", "3:41", "Japan is hard, in a good way. The roads are narrow and the rules are followed very precisely, which actually helps an AI driver.\n\nLeft-hand traffic is not a big deal for the neural net. It learns from data, so we just need enough Japanese data."),
     ("Interpreter", "4:55", "(Interpretation into Japanese.)"),
     ("Reporter, Tokyo Business Wire", "5:30", "A follow-up in English, if I may. Will you partner with a Japanese automaker on this?"),
     ("Musk", "5:42", "Yes."),
     ("Reporter, Tokyo Business Wire", "5:44", "Can you say which one?"),
     ("Musk", None, "Not today. But we’re in discussions, and I think you’ll hear something before the end of the year."),
     ("Interpreter", "6:20", "(Interpretation into Japanese.)"),
     ("Moderator (Aiko Tanaka)", "20:34", "We have time for one last question."),
     ("Reporter, Nikkan Shimbun", "20:40", "(Question in Japanese.)"),
     ("Interpreter", "20:51", "What is your message for young Japanese engineers?"),
     ("Musk", "21:02", "Build things. Don’t wait for permission. And please come work with us."),
     ("Moderator (Aiko Tanaka)", "22:35", "Thank you, Mr. Musk."),
     ("Musk", "22:40", "Arigatou gozaimasu. Thank you."),
    ]
    dl = []
    for i, (lab, tm, text) in enumerate(turns):
        if tm:
            sec = int(T(tm))
            if i % 3 == 0:
                link = '<a class="ts" href="#t=%dm%ds">%s</a>' % (sec // 60, sec % 60, tm)
            else:
                link = '<a class="ts" href="https://vidlo.example/watch/v_tk2024?t=%d">%s</a>' % (sec, tm)
        else:
            link = ''
        dd = ''.join('<p>%s</p>' % esc(p, 'named') for p in paras(text))
        dl.append('<dt><span class="spk">%s</span> %s</dt>\n<dd>%s</dd>' % (lab, link, dd))
    page = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Full transcript: Musk’s Tokyo press conference — Pacific Tech Dispatch</title>
<meta property="og:site_name" content="Pacific Tech Dispatch">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/65aa/9/5c5a/site.css">
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"Pacific Tech Dispatch"}},"itemId":"66f1a2","collectionId":"blog"}};</script>
<style>.transcript-dl dt{{font-weight:700;margin-top:1.2em}}.transcript-dl dt a.ts{{font-weight:400;font-size:.85em;margin-left:.5em}}.transcript-dl dd{{margin-left:0}}</style>
</head>
<body id="item-66f1a2" class="header-overlay-alignment-center tweak-blog-item-width-medium view-item collection-type-blog">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><a href="/" class="header-title-text">Pacific Tech Dispatch</a></div>
<nav class="header-nav"><div class="header-nav-item"><a href="/news">News</a></div><div class="header-nav-item header-nav-item--active"><a href="/transcripts">Transcripts</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div><div class="header-nav-item"><a href="/about">About</a></div></nav></div></header>
<main id="page" class="container" role="main">
<article class="hentry entry" id="article-66f1a2" data-item-id="66f1a2">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><time class="dt-published date-highlight" datetime="2024-10-03">October 3, 2024</time> &middot; <a href="/transcripts?category=Tesla" class="blog-item-category">Tesla</a></div>
<h1 class="entry-title entry-title--large p-name">Full transcript: Musk&rsquo;s Tokyo press conference</h1></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<p>Elon Musk spoke to reporters in Tokyo on Thursday for about 23 minutes. Questions in Japanese were interpreted consecutively; we print the interpreter&rsquo;s English renderings of questions and note where answers were interpreted into Japanese. Timestamps link to the video.</p>
</div></div>
<div class="sqs-block video-block sqs-block-video"><div class="sqs-block-content"><div class="intrinsic"><iframe src="https://vidlo.example/embed/v_tk2024" title="Tokyo press conference" allowfullscreen></iframe></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<dl class="transcript-dl">
{chr(10).join(dl)}
</dl>
</div></div>
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><p>Transcribed by the Pacific Tech Dispatch desk. Corrections: <a href="mailto:desk@pactechdispatch.example">desk@pactechdispatch.example</a></p></div>
</article>
<section class="item-pagination"><a href="/transcripts/byd-osaka" class="item-pagination-link--prev">Previous: BYD&rsquo;s Osaka briefing</a> <a href="/transcripts/toyota-q2" class="item-pagination-link--next">Next: Toyota Q2 call</a></section>
</main>
<footer class="sections" id="footer-sections"><div class="sqs-block-content"><p>&copy; 2024 Pacific Tech Dispatch &middot; Tokyo / Singapore</p><p><a href="/privacy">Privacy</a></p></div></footer>
</div>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/website.js"></script>
</body>
</html>
'''
    write('s16_squarespace_tokyo', page,
          "Squarespace post with a <dl>: each <dt> has span.spk label and a timestamp link (alternating '#t=XmYs' fragments and '?t=seconds' video links, showing m:ss); text in <dd><p>; one of his turns has no timestamp; an interpreter renders questions and answers.",
          "Pacific Tech Dispatch", gold_turns(turns, him), others_of(turns, him))
