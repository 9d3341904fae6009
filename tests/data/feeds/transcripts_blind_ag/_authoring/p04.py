from lib import *

NAME = "ag04_clearwater-ledger-qa"
SHOW = "The Clearwater Ledger"
FMT = ("Newspaper Q&A; questions are bold paragraphs labelled 'Q:', his answers are unlabelled plain paragraphs "
       "(the intro names him as the answerer), no timestamps; a 'Key quotes' box above the interview.")

T = [
 ("Q", ["The new plant outside Clearwater is supposed to employ 2,000 people. When?"]),
 ("A", ["Probably by the end of next year, if the equipment arrives on time. It never arrives on time, so let's say early the year after.",
        "I'd rather tell you the real answer than the press-release answer."]),
 ("Q", ["Local farmers are worried about water. What do you say to them?"]),
 ("A", ["That's a legitimate concern. We're recycling most of the process water, and we'll publish the numbers every quarter so people can check. If we're wrong, they should yell at us."]),
 ("Q", ["Why here, and not somewhere closer to the coast?"]),
 ("A", ["Land, power and people. There's a lot of land, the power is cheap and getting cleaner, and the people here know how to build things. The coast is expensive and crowded."]),
 ("Q", ["Some residents say you make promises and move on."]),
 ("A", ["Look, I understand why people say that. The way I'd answer it is: come back in five years and see if the plant's still running. That's the only answer that counts."]),
 ("Q", ["Will you be here for the opening?"]),
 ("A", ["Definitely."]),
 ("Q", ["Anything you'd like to say to Ledger readers?"]),
 ("A", ["Thanks for putting up with the trucks. It'll be worth it.",
        "And the barbecue place on Fourth Street is excellent, by the way."]),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, paras in T:
        if who == "A":
            g.elon(None, paras[0])
            out.extend('<p class="qa-a">%s</p>' % esc(p) for p in paras)
        else:
            g.other("Q")
            out.append('<p class="qa-q"><b>Q: %s</b></p>' % esc(paras[0]))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Q&amp;A: Elon Musk on the Clearwater plant, water and the trucks - Clearwater Ledger</title>
<link rel="stylesheet" href="https://www.clearwaterledger.com/townnews/css/article-v2.css">
<script type="text/javascript">var tnt_section="news/business",tnt_asset="a91c-q-and-a-musk";</script>
</head>
<body class="asset-article">
<div id="site-top"><div class="weather">Clearwater, 61&deg; Partly cloudy</div><a href="/subscribe" class="btn">Subscribe $1 for 3 months</a> <a href="/login">Log in</a></div>
<header id="masthead"><a href="/"><img src="/logo.png" alt="The Clearwater Ledger"></a>
<nav id="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/eedition">e-Edition</a></li></ul></nav></header>
<div id="main-page-container">
<article class="asset">
<div class="asset-header"><span class="kicker">Business</span>
<h1 class="headline">Q&amp;A: Elon Musk on the Clearwater plant, water and the trucks</h1>
<div class="meta"><span class="byline">By TOMAS REYNA Ledger staff writer</span> <time datetime="2025-06-03T05:30:00-05:00">Jun 3, 2025</time></div></div>
<aside class="key-quotes"><h4>Key quotes</h4>
<ul><li>Elon Musk: &ldquo;I&rsquo;d rather tell you the real answer than the press-release answer.&rdquo;</li>
<li>Elon Musk: &ldquo;Come back in five years and see if the plant&rsquo;s still running.&rdquo;</li></ul></aside>
<div class="asset-content" id="article-body">
<p>Elon Musk spent about 20 minutes on the phone with the Ledger on Monday, a day after county commissioners approved the final permits for the battery plant east of town. His answers below have been edited lightly for length. Questions from the Ledger are in bold.</p>
%s
<p><i>Tomas Reyna covers business and development for the Ledger. Reach him at treyna@clearwaterledger.com.</i></p>
</div>
<div class="related-box"><h5>Related</h5><ul><li><a href="/news/kimbal-musk-visits-farmers-market">Kimbal Musk visits Clearwater farmers market, praises peaches</a></li><li><a href="/news/commission-approves-plant">Commission approves plant 4-1</a></li></ul></div>
</article>
<div id="comments-section"><h3>Comments</h3><p class="notice">Comments are closed on this story.</p></div>
</div>
<footer id="site-footer"><p>The Clearwater Ledger &middot; 410 Main St., Clearwater</p><p>&copy; 2025, The Clearwater Ledger. Powered by BLOX Content Management System.</p></footer>
<script src="https://www.clearwaterledger.com/townnews/js/article.min.js"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
