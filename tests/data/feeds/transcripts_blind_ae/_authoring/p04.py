from lib import *

NAME = "ae04_callowaytribune-qa"
SHOW = "The Calloway Tribune"
Q, L = "Q", "LUND"

# label None = unlabelled answer (named in the intro)
turns = [
    T(Q, "The Tribune", None, "You&rsquo;ve owned X for almost two years. Was it worth it?"),
    T(EM, "Musk", None,
      "Worth it in what sense? Financially, obviously not yet. But I didn&rsquo;t buy it as an investment. I bought it because I thought a public square that isn&rsquo;t controlled by a handful of people in one city was important for civilization, and I still think that."),
    T(Q, "The Tribune", None, "A lot of advertisers left. Did you underestimate that?"),
    T(EM, None, None,
      "Some came back, some didn&rsquo;t. I think I underestimated how coordinated it would be, yes.",
      "But the subscription revenue is growing, and the long-term answer is that the platform can&rsquo;t depend on a few big brands deciding what&rsquo;s acceptable. That was always fragile."),
    T(Q, "The Tribune", None,
      "Last month you posted, &ldquo;The algorithm is a mirror.&rdquo; What did you mean by that?"),
    T(EM, None, None,
      "That people blame the algorithm for what they see, but mostly it shows you what you linger on. If your feed is angry, it&rsquo;s partly because you keep stopping on the angry stuff. We&rsquo;re trying to give people more control over that, though."),
    T(Q, "The Tribune", None,
      "Tesla is promising a robotaxi service. You&rsquo;ve promised that before, more than once."),
    T(EM, None, None,
      "Yes, and I was wrong about the timing before. I&rsquo;ll own that. The difference now is that the system is trained end to end on video, and the rate of improvement is something I haven&rsquo;t seen with the older approach."),
    T(L, "Ana Lund, spokeswoman for X", None, "We have time for two more questions."),
    T(EM, "Musk", None, "Fine. Two more. Make them good."),
    T(Q, "The Tribune", None, "If you could fix one thing about X tomorrow, what would it be?"),
    T(EM, None, None,
      "Search. Search is still not good enough. You should be able to find any post you half remember in a second, and right now you can&rsquo;t."),
    T(Q, "The Tribune", None, "Last one. Do you ever regret posting at three in the morning?"),
    T(EM, None, None, "Regularly."),
]


def render_turns():
    out = []
    for t in turns:
        if t["spk"] == Q:
            out.append('<p class="qa-question"><b>The Tribune:</b> <b>%s</b></p>' % t["paras"][0])
            continue
        for i, p in enumerate(t["paras"]):
            if i == 0 and t["label"]:
                out.append('<p><b>%s:</b> %s</p>' % (t["label"], p))
            else:
                out.append('<p>%s</p>' % p)
        if t["spk"] == EM and t is turns[5]:
            out.append('<aside class="pull-quote" role="complementary"><blockquote><p>&ldquo;If your feed is angry, it&rsquo;s partly because you keep stopping on the angry stuff.&rdquo;</p><footer>&mdash; Elon Musk</footer></blockquote></aside>')
            out.append('<div class="ad-slot ad-inline" data-ad-unit="/2291/tribune/business/inline1"><span class="ad-label">Advertisement</span></div>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>&lsquo;The algorithm is a mirror&rsquo;: The Tribune Interview with Elon Musk - The Calloway Tribune</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Elon Musk on two years of owning X, advertisers, robotaxis and posting at 3 a.m.">
<meta property="og:type" content="article">
<meta property="article:section" content="Business">
<link rel="canonical" href="https://www.callowaytribune.com/business/2024/09/29/tribune-interview-elon-musk-x-two-years/">
<link rel="stylesheet" href="https://www.callowaytribune.com/pf/resources/css/story.min.css?d=812">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"'The algorithm is a mirror': The Tribune Interview with Elon Musk","author":[{"@type":"Person","name":"Gideon Marsh"}],"datePublished":"2024-09-29T05:00:00-04:00","publisher":{"@type":"Organization","name":"The Calloway Tribune"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="story-page section-business">
<div class="top-strip"><a href="https://www.callowaytribune.com/subscribe/?src=strip">Subscribe: $1 for 6 months</a> <a href="https://www.callowaytribune.com/account/login/">Sign in</a></div>
<header class="masthead"><a class="logo" href="https://www.callowaytribune.com/">The Calloway Tribune</a>
<nav class="section-nav"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li class="active"><a href="/business/">Business</a></li><li><a href="/tech/">Tech</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav></header>
<main id="main-content">
<article class="story">
<div class="kicker"><a href="/business/tribune-interview/">The Tribune Interview</a></div>
<h1 class="headline">&lsquo;The algorithm is a mirror&rsquo;: Elon Musk on two years of X</h1>
<h2 class="dek">The billionaire talks advertisers, robotaxis and why he still posts in the middle of the night.</h2>
<div class="byline">By <a href="/staff/gideon-marsh/">Gideon Marsh</a> <span class="role">Business Editor</span></div>
<div class="timestamp"><time datetime="2024-09-29T05:00:00-04:00">Sept. 29, 2024 at 5:00 a.m. EDT</time> <span class="updated">Updated Sept. 29, 2024 at 11:42 a.m. EDT</span></div>
<figure class="lead-art"><img src="https://www.callowaytribune.com/resizer/musk-x-hq.jpg" alt="Elon Musk at X headquarters in San Francisco" width="1200" height="800"><figcaption>Elon Musk at the company&rsquo;s offices on Market Street. (Leah Orozco for The Calloway Tribune)</figcaption></figure>
<div class="article-body">
<p>SAN FRANCISCO &mdash; Elon Musk arrived twenty minutes late, apologized twice, and then spent most of the hour leaning so far back in his chair that it seemed likely to tip. &ldquo;I bought it because I thought it was important,&rdquo; Mr. Musk said as we sat down, before a single question had been asked.</p>
<p>Two years after he closed his purchase of the company then called Twitter, Mr. Musk agreed to an on-the-record conversation with The Tribune. His brother Kimbal Musk, who sits on the Tesla board, was not present. A spokeswoman for X, Ana Lund, sat in and interjected once.</p>
<p class="qa-note"><i>Questions from The Tribune are in bold. Mr. Musk&rsquo;s answers follow in plain text. This interview has been edited and condensed for clarity.</i></p>
%(TRANSCRIPT)s
<p class="tagline"><i>Gideon Marsh is The Tribune&rsquo;s business editor. Tech reporter Noor Haddad contributed to this report.</i></p>
</div>
<div class="share-tools"><button class="share-fb">Share</button><button class="share-x">Post</button><button class="share-email">Email</button><button class="gift">Gift this article</button></div>
</article>
<aside class="rail">
<section class="related"><h3>More from The Tribune Interview</h3><ul>
<li><a href="/business/2024/06/02/tribune-interview-kimbal-musk-gardens/">Kimbal Musk wants every school to have a garden</a></li>
<li><a href="/business/2024/03/17/tribune-interview-airline-ceo/">An airline chief on why your seat keeps shrinking</a></li>
</ul></section>
<section class="most-read"><h3>Most read</h3><ol><li><a href="#">County approves new transit levy</a></li><li><a href="#">The restaurant that refuses to take reservations</a></li><li><a href="#">High school football: Week 5 scores</a></li></ol></section>
<section class="newsletter"><h3>The Morning Ledger</h3><p>Business news before your first coffee.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
<section id="comments" class="comments"><h3>Comments (3)</h3>
<div class="cmt"><div class="cmt-author">ElonsBiggestFan</div><div class="cmt-time">6 hours ago</div><div class="cmt-body"><p>&ldquo;Regularly.&rdquo; Honest answer at least.</p></div></div>
<div class="cmt"><div class="cmt-author">marisol_in_the_valley</div><div class="cmt-time">5 hours ago</div><div class="cmt-body"><p>Musk: &ldquo;I was wrong about the timing before.&rdquo; That&rsquo;s the understatement of the decade.</p></div></div>
<div class="cmt"><div class="cmt-author">Pete Halvorsen</div><div class="cmt-time">2 hours ago</div><div class="cmt-body"><p>Would have liked a follow-up on the advertiser lawsuit.</p></div></div>
</section>
</main>
<footer class="site-footer"><p>&copy; 2024 The Calloway Tribune. All rights reserved.</p><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/ethics/">Ethics policy</a></li><li><a href="/privacy/">Privacy</a></li></ul></footer>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/2291/tribune/business/inline1',[300,250],'inline1').addService(googletag.pubads());googletag.enableServices();});</script>
<script src="https://www.callowaytribune.com/pf/dist/engine/react.js?d=812" defer></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "Newspaper Q&A; questions are bold paragraphs labelled 'The Tribune:', Musk's answers are plain paragraphs, labelled 'Musk:' only twice and otherwise unlabelled (named in the intro), no timestamps.",
                 SHOW, gold_from(turns), others_from(turns))
