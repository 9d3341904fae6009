from common import *

NAME = "aa04_meridianledger_qa"
SHOW = "The Meridian Ledger"
Q = "LQ"
TURNS = [
    T(Q, None, "You have been warning about artificial intelligence for more than a decade, and now you run an A.I. company. In 2014 you compared it to \u201csummoning the demon.\u201d Isn\u2019t this a contradiction?"),
    T(EM, None, "I don\u2019t think so. If you believe something powerful is going to be built anyway, the question is who builds it and with what values. I\u2019d rather be in the arena than shouting from the stands.",
      "The demon line was a bit dramatic, I\u2019ll admit. But the point stands: you have to take the risk seriously precisely because the upside is so large."),
    T(Q, None, "You run several companies at once. Do you sleep?"),
    T(EM, None, "Not enough. Six hours on a good night. I\u2019ve tried less and my judgment gets noticeably worse, so I try not to do that anymore."),
    T(Q, None, "Would you support a six-month pause on training the largest models?"),
    T(EM, None, "No."),
    T(Q, None, "Why not? You signed the open letter calling for exactly that."),
    T(EM, None, "I signed it knowing it wouldn\u2019t happen. It was more of a statement that somebody should be paying attention. A pause that only applies to the companies that agree to it just hands the lead to the ones that don\u2019t."),
    T(Q, None, "So what should regulators actually do?"),
    T(EM, None, "Start with insight before oversight. Have a government body that understands what\u2019s being built, that can see the training runs above a certain size. Then make rules. Right now a lot of the proposed rules are written by people who have never trained a model.",
      "I\u2019ve said this to senators directly, and to be fair, some of them listened."),
    T(Q, None, "Your company says its chatbot is \u201cmaximally truth-seeking.\u201d Who decides what\u2019s true?"),
    T(EM, None, "Reality decides. That sounds glib, but the goal is a system that tries to match its answers to the evidence and updates when it\u2019s wrong, rather than one that\u2019s been trained to avoid saying anything uncomfortable. It will make mistakes. The important thing is that it corrects them."),
    T(Q, None, "Let\u2019s talk about Mars. Is a crewed landing this decade still realistic?"),
    T(EM, None, "It\u2019s possible. I\u2019d say fifty-fifty for an uncrewed landing in the next transfer window and lower for crew. The ship has to become boringly reliable first, and we are not at boring yet."),
    T(Q, None, "Are you happy?"),
    T(EM, None, "Sometimes. It comes in bursts. A successful launch, time with my kids, a problem that finally gets solved at two in the morning. The rest of the time it\u2019s mostly stress, if I\u2019m being honest."),
    T(Q, None, "Anything you would say to your critics?"),
    T(EM, None, "Read what I actually said, not the headline about what I said. And if you still disagree, fine. That\u2019s how it should work."),
]


def render_turns():
    out = []
    for t in TURNS:
        for p in t.paras:
            if t.spk == Q:
                out.append('<p class="article-body__paragraph" data-el="text"><b>Ledger: %s</b></p>' % esc(p, ents=True))
            else:
                out.append('<p class="article-body__paragraph" data-el="text">%s</p>' % esc(p, ents=True))
    # a pull quote inserted after the 7th paragraph
    pq = ('<aside class="article-body__pullquote" role="note"><blockquote><p>&ldquo;I signed it knowing it wouldn&rsquo;t happen.&rdquo;</p>'
          '<footer>&mdash; Elon Musk</footer></blockquote></aside>')
    out.insert(7, pq)
    ad = '<div class="ad-slot ad-slot--inline" data-ad-pos="mid1" aria-hidden="true"><span class="ad-label">Advertisement</span></div>'
    out.insert(12, ad)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Elon Musk on A.I., Sleep and Why He Won&rsquo;t Back a Pause - The Meridian Ledger</title>
<meta name="description" content="In a wide-ranging interview, the billionaire talks about regulation, truth-seeking chatbots and Mars.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:section" content="Technology">
<meta property="article:published_time" content="2024-06-02T09:00:00-04:00">
<link rel="stylesheet" href="https://www.meridianledger.com/pf/resources/css/article.css?d=412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Elon Musk on A.I., Sleep and Why He Won\u2019t Back a Pause","author":[{"@type":"Person","name":"Corinne Battaglia"}],"publisher":{"@type":"Organization","name":"The Meridian Ledger"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="meridian";Fusion.deployment="412";</script>
</head>
<body>
<div id="fusion-app" class="layout-article">
<div class="masthead"><a class="masthead__logo" href="https://www.meridianledger.com/">The Meridian Ledger</a>
<nav class="masthead__nav" aria-label="Sections"><ul><li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li><li class="is-active"><a href="/technology/">Technology</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/culture/">Culture</a></li></ul></nav>
<a class="masthead__subscribe" href="/subscribe/?src=masthead">Subscribe &mdash; $1 for 6 months</a></div>
<main class="article-layout">
<article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<header class="article-header">
<p class="article-header__kicker"><a href="/technology/">Technology</a> &middot; The Ledger Interview</p>
<h1 class="article-header__headline" itemprop="headline">Elon Musk on A.I., Sleep and Why He Won&rsquo;t Back a Pause</h1>
<h2 class="article-header__dek">The billionaire says he signed a famous open letter &ldquo;knowing it wouldn&rsquo;t happen.&rdquo;</h2>
<div class="article-header__byline">By <a href="/people/corinne-battaglia/" rel="author">Corinne Battaglia</a> <span class="article-header__date"><time datetime="2024-06-02T09:00:00-04:00">June 2, 2024</time></span></div>
</header>
<figure class="article-lead-art"><img src="https://www.meridianledger.com/resizer/musk-austin.jpg" alt="Elon Musk at a company event in Austin, Texas." width="1200" height="800"><figcaption>Elon Musk at a company event in Austin, Texas, last fall. <span class="credit">Photo: Dario Kemp for The Meridian Ledger</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
<p class="article-body__paragraph" data-el="text">Few executives have talked about the dangers of artificial intelligence as often, or as loudly, as Elon Musk. &ldquo;With artificial intelligence we are summoning the demon,&rdquo; he told an audience at M.I.T. in 2014. Musk once said that the best regulation would come &ldquo;before something terrible happens, not after.&rdquo; A decade later, he runs one of the companies racing to build it.</p>
<p class="article-body__paragraph" data-el="text">We spoke by video for about forty minutes last week, between meetings in Texas. He was relaxed, occasionally funny and, on the subject of a pause in A.I. development, blunt. Our questions are in bold; Mr. Musk&rsquo;s answers follow them.</p>
<p class="article-body__paragraph article-body__paragraph--note" data-el="text"><i>This interview has been edited and condensed for clarity.</i></p>
{{TRANSCRIPT}}
<p class="article-body__paragraph article-body__tagline" data-el="text"><i>Corinne Battaglia covers technology for The Meridian Ledger. Reach her at cbattaglia@meridianledger.com.</i></p>
</div>
<div class="article-share"><button data-share="x">Share on X</button> <button data-share="email">Email</button> <button data-share="link">Copy link</button></div>
</article>
<aside class="rail">
<section class="rail__most-read"><h3>Most Read</h3><ol>
<li><a href="/business/2024/06/01/fed-rate-path/">What the Fed&rsquo;s next move means for your mortgage</a></li>
<li><a href="/technology/2024/05/30/kimbal-musk-farms/">Kimbal Musk wants to grow food in shipping containers. He says it&rsquo;s working.</a></li>
<li><a href="/culture/2024/05/29/summer-books/">The 25 books we&rsquo;re taking to the beach</a></li>
</ol></section>
<section class="rail__newsletter"><h3>Tech Ledger newsletter</h3><p>The week in technology, every Friday.</p><form action="/newsletters/signup" method="post"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
</main>
<section class="comments" id="comments"><h3>Comments (3)</h3>
<div class="comment"><p class="comment__author">Errol_M_1946</p><p class="comment__body">&ldquo;Reality decides.&rdquo; Well, reality has a few things to say about those Mars timelines.</p></div>
<div class="comment"><p class="comment__author">jpark</p><p class="comment__body">Good questions. The follow-up on the open letter was exactly right.</p></div>
<div class="comment"><p class="comment__author">NotElonMusk</p><p class="comment__body">Not enough. Six hours on a good night. Same, Elon, same.</p></div>
</section>
<footer class="site-footer"><p>&copy; 2024 The Meridian Ledger Company</p><ul><li><a href="/about/">About us</a></li><li><a href="/ethics/">Ethics policy</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of service</a></li></ul></footer>
</div>
<script src="https://www.meridianledger.com/pf/dist/engine/react.js?d=412" defer></script>
<script>!function(){var s=document.createElement("script");s.src="https://cdn.paywall.example/meter.js";s.async=!0;document.head.appendChild(s)}();</script>
</body>
</html>
"""


def build():
    page = PAGE.replace("{{TRANSCRIPT}}", render_turns())
    return write(NAME, page,
                 "Newspaper Q&A: questions are bold paragraphs prefixed \"Ledger:\"; his answers are plain unlabelled paragraphs (he is named only in the intro), no timestamps.",
                 SHOW, gold_turns(TURNS), ["Ledger"])
