"""i07 - Substack newsletter post with podcast transcript: 'Name: text' per paragraph, optional
[mm:ss] link (?t=seconds) before the label, unlabelled continuation paragraphs, AI 'key
takeaways' box and comments with Musk-like names."""
from common import *

NAME = 'i07_gradient_line_substack_links'
SHOW = 'The Gradient Line'
BASE = 'https://thegradientline.substack.com/p/ep-41-elon-musk-compute'
LAB = {'PN': ['Priya Natarajan', 'Priya'], 'BO': ['Ben Okoye', 'Ben'], 'EM': ['Elon Musk', 'Elon']}

T = [
    ('PN', 0, ['Welcome to The Gradient Line. I\'m Priya Natarajan, here as always with Ben Okoye, and today we have a guest who probably needs no introduction to anyone reading this newsletter.']),
    ('BO', 11, ['Or to anyone on the internet, really.']),
    ('EM', 14, ['Hi. Thanks for having me on.']),
    ('PN', 17, ['So let\'s start with compute. You\'ve built one of the largest training clusters in the world in a matter of months. How?']),
    ('EM', 25, ['Mostly by not accepting the timelines we were given. The suppliers said eighteen to twenty-four months. We said, okay, what would it take to do it in four?',
                'A lot of it was power. We brought in generators, then batteries to smooth out the load, because the power swings when you\'re training are enormous. Tens of megawatts in milliseconds.',
                'And then cooling, and networking. Honestly the networking was the hardest part.']),
    ('BO', 104, ['Right.']),
    ('EM', 105, ['People think of it as just plugging in GPUs. It\'s really not. It\'s a very big, very finicky machine.']),
    ('PN', 141, ['You wrote on X last year, and I\'m quoting, "AI will be smarter than any single human next year." Do you stand by that?']),
    ('EM', None, ['Roughly, yes. Maybe I was off by a year. But the trend is very clear. Every year the models get dramatically better, and I don\'t see that stopping.']),
    ('BO', 197, ['What worries you most about that?']),
    ('EM', 200, ['That it won\'t be truth-seeking. If you train an AI to say things that are false because they\'re polite, you\'re teaching it to lie, and that could be very dangerous at scale.',
                 'The most important thing is rigorous adherence to truth, even when the truth is unpopular.']),
    ('PN', 262, ['We\'re almost out of time. One quick one: what\'s a book you\'d recommend to our readers?']),
    ('EM', 270, ['The Foundation series, probably. Or anything by Iain Banks.']),
    ('PN', 279, ['Great picks. Elon, thank you.']),
    ('EM', None, ['Thanks, guys.']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        link = ''
        if t is not None:
            link = '<a href="%s?t=%d" rel="">[%s]</a> ' % (BASE, t, mmss(t))
        out.append('<p>%s<strong>%s:</strong> %s</p>' % (link, esc(lab), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Ep. 41: Elon Musk on compute, power and truth-seeking AI</title>
<meta name="author" content="Priya Natarajan">
<meta property="og:url" content="https://thegradientline.substack.com/p/ep-41-elon-musk-compute">
<meta property="og:title" content="Ep. 41: Elon Musk on compute, power and truth-seeking AI">
<meta property="og:description" content="Listen now | How do you build a training cluster in four months? Plus: the book he'd recommend.">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" href="https://thegradientline.substack.com/feed" title="The Gradient Line">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<style>.key-takeaways{background:#f5f3ff;border-radius:8px;padding:16px 20px;margin:24px 0}.key-takeaways h4{margin:0 0 8px}.body p a[href*="?t="]{font-family:ui-monospace,monospace;font-size:.85em}</style>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-container"><div class="navbar-container"><a href="https://thegradientline.substack.com/" class="navbar-title-link">The Gradient Line</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="https://thegradientline.substack.com/subscribe">Subscribe</a> <a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Fp%2Fep-41-elon-musk-compute">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Ep. 41: Elon Musk on compute, power and truth-seeking AI</h1>
<h3 class="subtitle">How do you build a training cluster in four months? Plus: the book he&#8217;d recommend.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@priyanatarajan">Priya Natarajan</a></div> and <div class="profile-hover-card-target"><a href="https://substack.com/@benokoye">Ben Okoye</a></div> <div class="pencraft pc-reset">Feb 11, 2025</div></div>
<div class="post-ufi"><a class="like-button-container">&#9825; 412</a> <a href="#comments">&#128172; 3</a> <a href="https://thegradientline.substack.com/p/ep-41-elon-musk-compute?action=share">Share</a></div></div>
<div class="podcast-post-header"><div class="player-wrapper-outer"><audio src="https://api.substack.com/api/v1/audio/upload/9e1c0a77/src" preload="none"></audio><div class="track-info">Ep. 41: Elon Musk on compute, power and truth-seeking AI &middot; 4:51</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>This week we had about five minutes with Elon Musk between two of his other meetings, so it&#8217;s a short one. We talked about how xAI built its cluster so fast, what worries him about AI, and, at Ben&#8217;s insistence, books.</p>
<div class="key-takeaways"><h4>Key takeaways (AI-generated)</h4><ul>
<li><p>Elon Musk: &#8220;The networking was the hardest part.&#8221;</p></li>
<li><p>Power smoothing with batteries matters because training loads swing by tens of megawatts.</p></li>
<li><p>Elon Musk: &#8220;The most important thing is rigorous adherence to truth.&#8221;</p></li>
</ul></div>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Gradient Line is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email&#8230;"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">Transcript</h3>
<p><em>Lightly edited for readability. Timestamps link to the audio.</em></p>
@@T@@
<p><em>Thanks for reading The Gradient Line! Subscribe for free to receive new posts and support our work.</em></p>
</div></div>
<div class="post-footer"><a class="button" href="https://thegradientline.substack.com/p/ep-41-elon-musk-compute/comments">Discussion about this episode</a></div>
</article>
<div id="comments" class="comments-page"><div class="comment-list">
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/88123-elon-muskrat">Elon Muskrat</a> <span class="comment-date">Feb 11</span></div>
<div class="comment-body"><p>Elon Musk: &#8220;It&#8217;s a very big, very finicky machine.&#8221; Same, buddy. Same.</p></div>
<div class="comment-list-items"><div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/90211-not-elon-musk">Not Elon Musk</a> <span class="comment-date">Feb 12</span></div>
<div class="comment-body"><p>Thanks, guys. (Sorry, had to.)</p></div></div></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/profile/71002-mara-l">Mara L.</a> <span class="comment-date">Feb 13</span></div>
<div class="comment-body"><p>Would love a longer version. Five minutes is a tease.</p></div></div>
</div></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">&copy; 2025 Priya Natarajan</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> &#8729; <a href="https://substack.com/tos">Terms</a> &#8729; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start writing</a></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\"isEU\":false,\"language\":\"en\",\"base_url\":\"https://thegradientline.substack.com\",\"post\":{\"id\":157220341,\"type\":\"podcast\",\"audience\":\"everyone\",\"podcast_duration\":291.4}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.js" defer></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Substack post: one <p> per turn with a "[mm:ss]" link (?t=seconds) before a bold "Name:" label, some turns without a link, unlabelled continuation paragraphs; full name first, first name after.',
         gold_turns(T), ['Priya Natarajan', 'Priya', 'Ben Okoye', 'Ben'])
