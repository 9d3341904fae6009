from common import *

NAME = "u03_meridian_qa"
SHOW = "The Meridian Review"
FMT = ("Magazine Q&A: questions are paragraphs opening with an inline-styled 'The Meridian:' label; his answers are "
       "unlabelled paragraphs (he is named only in the intro); no timestamps.")

Q, A = "Q", "A"
QA = [
 (Q, "You\u2019ve said that Starbase should eventually look less like a test site and more like a city. What does that actually mean in practice?"),
 (A, "It means housing, schools, a grocery store that isn\u2019t forty minutes away. Right now a lot of people commute in from Brownsville, and that\u2019s a tax on their time. If you want people to build something hard for ten years, you have to make it a place where they\u2019d want to live for ten years."),
 (Q, "In 2019 you told a crowd on the beach here, \u201cThis is where the gateway to Mars gets built.\u201d Do you still believe that?"),
 (A, "Yes. I mean, the factory is here, the pad is here, the engineers are here. Florida will matter a lot for cadence, but the design center of gravity is Texas."),
 (Q, "Really?"),
 (A, "Really. Florida is where you launch a lot. Texas is where you figure out what to launch."),
 (Q, "Let\u2019s talk about Tesla. Critics say the company has become an A.I. company that happens to sell cars."),
 (A, "I think that\u2019s roughly right, actually, except for the word \u201chappens.\u201d The cars are how we gather the data and fund the work. [Laughs.] I don\u2019t say that to be dismissive of cars. I love cars.",
     "But if you look at where the value will be in ten years, it\u2019s autonomy and robotics. The car business is a great business. It\u2019s just not the whole story."),
 (Q, "Do you sleep?"),
 (A, "Some. More than I used to. Six hours is about the minimum before I start making bad decisions, and I\u2019ve learned that the hard way."),
 (Q, "Last question. What would you tell your 24-year-old self?"),
 (A, "Worry less about being wrong. Being wrong quickly is fine. Being wrong slowly is the expensive part."),
]

PULL1 = ('<aside class="pull-quote" role="note"><blockquote><p>&ldquo;If you want people to build something hard for ten years, you have to make it a place where they&rsquo;d want to live for ten years.&rdquo;</p></blockquote><cite>&mdash; Elon Musk</cite></aside>')
PULL2 = ('<aside class="pull-quote pull-quote--right" role="note"><blockquote><p>&ldquo;Being wrong quickly is fine. Being wrong slowly is the expensive part.&rdquo;</p></blockquote><cite>&mdash; Elon Musk</cite></aside>')

def build():
    g = Gold("en")
    out = []
    n_a = 0
    for item in QA:
        kind, paras = item[0], item[1:]
        if kind == Q:
            out.append('<p class="qa-q"><span style="font-weight:700;letter-spacing:.02em">The Meridian:</span> %s</p>' % named_ent(paras[0]))
        else:
            n_a += 1
            frag = named_ent(paras[0])
            g.add(None, frag)
            out.append('<p class="qa-a">%s</p>' % frag)
            for p in paras[1:]:
                out.append('<p class="qa-a">%s</p>' % named_ent(p))
            if n_a == 2:
                out.append(PULL1)
            if n_a == 4:
                out.append(PULL2)
    page = TEMPLATE.replace("{{QA}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, ["The Meridian"])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk Wants Starbase to Be a City. He&rsquo;s Less Sure About Sleep. | The Meridian Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="In a wide-ranging conversation, Elon Musk talks about Starbase, Tesla&rsquo;s identity, and the cost of being wrong slowly.">
<meta property="og:site_name" content="The Meridian Review">
<meta property="article:section" content="The Interview">
<meta name="parsely-metadata" content='{"section":"interview","authors":["Hannah Okafor"]}'>
<link rel="stylesheet" href="/static/css/meridian.3b81f.css">
<style>
.article-body{max-width:680px;margin:0 auto;font-family:"Meridian Serif",Georgia,serif;font-size:1.125rem;line-height:1.6}
.qa-q{font-family:"Meridian Sans",Helvetica,sans-serif}.pull-quote{font-size:1.6rem;margin:2rem -4rem;border-top:2px solid #111;padding-top:1rem}
.pull-quote--right{float:right;width:45%;margin:0 -6rem 1rem 1.5rem}.sidebar-box{border:1px solid #ddd;padding:1rem;margin:2rem 0;background:#faf7f0}
.dropcap::first-letter{float:left;font-size:3.4em;line-height:.9;padding-right:.08em}
</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"The Interview","paywall":"metered"});</script>
</head>
<body class="article-page theme-interview">
<div id="meridian-app">
<div class="masthead-wrap">
<header class="masthead" role="banner">
  <div class="masthead__top"><a href="/subscribe" class="masthead__sub">Subscribe &mdash; $1 a week</a><a href="/account/login" class="masthead__login">Sign in</a></div>
  <a class="masthead__logo" href="/"><span class="visually-hidden">The Meridian Review</span><svg viewBox="0 0 320 40" width="240" height="30" aria-hidden="true"><text x="0" y="30" font-size="30">THE MERIDIAN</text></svg></a>
  <nav class="masthead__nav" aria-label="Sections"><ul>
    <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/technology">Technology</a></li>
    <li><a href="/culture">Culture</a></li><li class="is-active"><a href="/the-interview">The Interview</a></li><li><a href="/books">Books</a></li>
  </ul></nav>
</header>
</div>
<main id="main-content">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
  <header class="article-header">
    <p class="kicker"><a href="/the-interview">The Interview</a></p>
    <h1 class="headline" itemprop="headline">Elon Musk Wants Starbase to Be a City. He&rsquo;s Less Sure About Sleep.</h1>
    <p class="dek">The entrepreneur on company towns, what Tesla really is, and why being wrong slowly is the expensive part.</p>
    <div class="byline">By <a href="/by/hannah-okafor" itemprop="author">Hannah Okafor</a> &middot; <time datetime="2025-04-06T05:00:00-04:00" itemprop="datePublished">April 6, 2025</time> &middot; <span class="reading-time">9 min read</span></div>
    <figure class="lede-art"><img src="https://img.meridianreview.example/2025/04/starbase-musk-lede.jpg" alt="The launch tower at Starbase, Texas, at dusk." width="1600" height="1000"><figcaption>The launch tower at Starbase, Texas. <span class="credit">Photograph by Luis Ortega for The Meridian</span></figcaption></figure>
  </header>
  <div class="article-body" itemprop="articleBody">
<p class="dropcap">Elon Musk has spent much of the past year arguing that a rocket test site on the southern tip of Texas should become a real town, with its own schools and, eventually, its own grocery store. He has also been running, in various capacities, half a dozen companies, and he says he is sleeping more than he used to. He spoke with The Meridian&rsquo;s Hannah Okafor by video from Starbase over two conversations in February; his answers follow each question below.</p>
<p><em>This interview has been edited and condensed for clarity.</em></p>
{{QA}}
<div class="sidebar-box" role="complementary" aria-label="Related">
<h2 class="sidebar-box__title">Musk, in his own words</h2>
<ul>
<li><strong>Elon Musk:</strong> &ldquo;Texas is where you figure out what to launch.&rdquo;</li>
<li><strong>Elon Musk:</strong> &ldquo;The cars are how we gather the data and fund the work.&rdquo;</li>
</ul>
<p><a href="/the-interview">More from The Interview &rarr;</a></p>
</div>
<p class="tagline"><em>Hannah Okafor is a staff writer at The Meridian, covering technology and power. A version of this article appears in print on April 6, 2025, Section B, Page 1.</em></p>
  </div>
  <div class="share-tools" role="group" aria-label="Share"><button class="share-tools__btn" data-network="email">Email</button><button class="share-tools__btn" data-network="x">Post</button><button class="share-tools__btn" data-network="link">Copy link</button><button class="share-tools__gift">Gift this article</button></div>
</article>

<section class="comments" id="comments" aria-labelledby="comments-h">
  <h2 id="comments-h">Readers&rsquo; comments <span class="comments__count">(212)</span></h2>
  <div class="comments__sort">Sort by: <button class="is-active">Readers&rsquo; picks</button> <button>Newest</button></div>
  <ol class="comments__list">
    <li class="comment"><div class="comment__meta"><span class="comment__author">Elon M.</span> <span class="comment__loc">Haifa</span> <time datetime="2025-04-06T07:12:00-04:00">Apr. 6</time></div>
      <p class="comment__body">Not that Elon, before anyone asks. But &ldquo;being wrong slowly is the expensive part&rdquo; is something I am going to print out and tape above my desk.</p>
      <div class="comment__actions"><button>Reply</button> <button>Recommend 341</button></div></li>
    <li class="comment"><div class="comment__meta"><span class="comment__author">Margaret W.</span> <span class="comment__loc">Brownsville, TX</span> <time datetime="2025-04-06T08:40:00-04:00">Apr. 6</time></div>
      <p class="comment__body">As someone who actually lives here: the grocery store would be nice. So would fewer road closures.</p>
      <div class="comment__actions"><button>Reply</button> <button>Recommend 287</button></div></li>
    <li class="comment comment--reply"><div class="comment__meta"><span class="comment__author">E. Musk</span> <span class="comment__loc">Ontario</span> <time datetime="2025-04-06T09:03:00-04:00">Apr. 6</time></div>
      <p class="comment__body">@Margaret W. Yes. I mean, the road closures are the price of the pad being there. (No relation, I promise.)</p>
      <div class="comment__actions"><button>Reply</button> <button>Recommend 96</button></div></li>
  </ol>
  <button class="comments__more">See all comments</button>
</section>

<section class="more-in" aria-label="More in The Interview"><h2>More in The Interview</h2><ul>
  <li><a href="/the-interview/2025/03/architect-rural-hospitals">An architect on why rural hospitals keep closing</a></li>
  <li><a href="/the-interview/2025/03/chef-fermentation">The chef who wants you to ferment everything</a></li>
  <li><a href="/the-interview/2025/02/astronaut-retire">An astronaut on the strange work of coming home</a></li>
</ul></section>
</main>
<footer class="site-footer" role="contentinfo"><nav aria-label="Footer"><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms of service</a></nav><p>&copy; 2025 The Meridian Review Company</p></footer>
</div>
<script src="/static/js/meridian.9a0cd.js" defer></script>
<script>if(window.Meridian){Meridian.paywall.init({meter:5});}</script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
