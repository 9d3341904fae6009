from common import *

NAME = "l12_newspaper-qa"
# ("Q", text) questions; ("A", paras...) his answers (unlabelled)
rows = [
 ("Q", "You've said you read a lot as a kid. What were you reading at twelve?"),
 ("A", "Everything, really. The encyclopedia, when I ran out of other books. Lots of science fiction. I think I read the whole school library and then started on the public library, and they ran out of things I wanted pretty quickly."),
 ("Q", "Is there a book from then that you still think about?"),
 ("A", "A few. There was a novel about a generation ship, where the people on board forget they're on a ship. I've forgotten the title, which is kind of ironic. But the idea stuck with me, that a civilization can forget what it's for.", "I think about that more than I'd like to admit."),
 ("Q", "Do you read fiction now?"),
 ("A", "Not as much as I should. Mostly history and biographies, and a lot of technical papers. I try to read at least something that isn't a spreadsheet every night, with mixed success."),
 ("Q", "Let's talk about sleep, since your schedule is famous. How much do you get?"),
 ("A", "About six hours, usually. I tried less for a while and it was a mistake. My decisions got worse, and I didn't notice, which is the dangerous part. Everyone around me noticed."),
 ("Q", "What changed your mind?"),
 ("A", "Someone I trust told me, pretty bluntly, that I was making worse calls after midnight. And she was right."),
 ("Q", "You've been warning about artificial intelligence for more than a decade. Have your views changed?"),
 ("A", "The direction hasn't changed, but my sense of timing has. It's all happening faster than I thought. Ten years ago, I thought we had a couple of decades before this was a serious issue. Now I think it's a this-decade issue.", "I'm not a doomer. I think the most likely outcome is good. But even a small chance of a very bad outcome is worth taking seriously, in the same way you'd take seriously a small chance of your house burning down."),
 ("Q", "Are you optimistic?"),
 ("A", "Yes. Mostly. You have to be, otherwise why get up in the morning?"),
 ("Q", "Last question. What's something people get wrong about you?"),
 ("A", "That I don't have doubts. I have lots of them. I just don't think doubts are a reason not to try."),
]
turns = [Turn(r[0], None, *[esc(p) for p in r[1:]], musk=(r[0] == "A")) for r in rows]
out = []
for tr in turns:
    if tr.spk == "Q":
        out.append('<p class="article-body__paragraph article-body__paragraph--question"><strong>Q: %s</strong></p>' % tr.paras[0])
    else:
        for p in tr.paras:
            out.append('<p class="article-body__paragraph">%s</p>' % p)
    if tr.spk == "A" and tr.paras[0].startswith("About six hours"):
        out.append('<aside class="inline-promo"><p><strong>Sign up for Courier Sunday</strong>, our weekend newsletter of long reads and interviews. <a href="/newsletters/sunday">Subscribe</a></p></aside>')
body = "\n".join(out)

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Elon Musk on books, sleep and doubt: &#x27;I just don&#x27;t think doubts are a reason not to try&#x27; - The Halden Courier</title>
<meta property="og:type" content="article">
<meta name="author" content="Meredith Lusk">
<link rel="stylesheet" href="/pf/resources/dist/css/article.css?d=812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Elon Musk on books, sleep and doubt","author":[{"@type":"Person","name":"Meredith Lusk"}],"datePublished":"2024-02-25T10:00:00Z"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="halden-courier";Fusion.contentCache={};</script>
</head>
<body>
<div id="fusion-app" class="layout-section">
<header class="site-header"><div class="masthead"><a href="/" class="masthead__logo">The Halden Courier</a><span class="masthead__date">Sunday, February 25, 2024</span></div>
<nav class="site-nav"><a href="/news/">News</a><a href="/business/">Business</a><a href="/sunday/" class="active">Sunday</a><a href="/opinion/">Opinion</a><a href="/sport/">Sport</a><a href="/subscribe/" class="btn-subscribe">Subscribe</a></nav></header>
<main class="article-layout">
<article class="article">
<div class="article-header">
<a class="overline" href="/sunday/the-interview/">The Sunday Interview</a>
<h1 class="headline">Elon Musk on books, sleep and doubt: &lsquo;I just don&rsquo;t think doubts are a reason not to try&rsquo;</h1>
<h2 class="subheadline">The entrepreneur talks about the library he read as a boy, the midnight decisions he regrets and why he is not an AI doomer</h2>
<div class="byline">By <a href="/authors/meredith-lusk/">Meredith Lusk</a> &middot; <time datetime="2024-02-25T10:00:00Z">Feb. 25, 2024 at 10:00 a.m.</time></div>
</div>
<figure class="lead-art"><img src="/resizer/musk-library.jpg" alt=""><figcaption>Elon Musk at a public library event in Austin, Texas. &ldquo;I read the whole school library,&rdquo; he says. (Photo: Courier archive)</figcaption></figure>
<div class="article-body">
<p class="article-body__paragraph">Elon Musk is, by his own account, a man who has run out of libraries. He runs car, rocket and artificial intelligence companies, and for most of the past two decades his schedule has been the subject of as much fascination as his products.</p>
<p class="article-body__paragraph">We spoke by video call on a Tuesday evening, his time. He was, he said, on his second-to-last meeting of the day. Our questions are in bold; his answers follow. This interview has been condensed and edited for clarity.</p>
<div class="takeaways"><h3>Key takeaways</h3><ul><li>Musk: sleeping less than six hours &ldquo;was a mistake.&rdquo;</li><li>Musk: AI is now &ldquo;a this-decade issue.&rdquo;</li><li>He still cannot remember the title of a novel that shaped him.</li></ul></div>
%s
</div>
<div class="article-footer"><p class="correction"><em>A previous version of this article misstated the number of hours Musk sleeps. It is about six.</em></p>
<div class="share-tools"><button>Share</button><button>Gift this article</button></div></div>
</article>
<aside class="right-rail"><section class="most-read"><h3>Most read</h3><ol><li><a href="/news/ferry-strike/">Ferry strike enters third week</a></li><li><a href="/sunday/maye-musk-interview/">Maye Musk: &lsquo;My son never listened to me about sleep&rsquo;</a></li><li><a href="/sport/derby-preview/">Derby preview: five things to watch</a></li></ol></section></aside>
</main>
<section class="letters"><h3>Letters</h3><div class="letter"><p>Sir &mdash; Mr. Musk says, &ldquo;I just don&rsquo;t think doubts are a reason not to try.&rdquo; I would like to introduce him to my accountant. &mdash; <em>R. Musker, Halden</em></p></div></section>
<footer class="site-footer"><p>&copy; 2024 The Halden Courier. All rights reserved. <a href="/terms/">Terms of Service</a> &middot; <a href="/privacy/">Privacy Policy</a> &middot; <a href="/contact/">Contact us</a></p></footer>
</div>
<script src="/pf/dist/engine/react.js?d=812"></script>
</body>
</html>
""" % body

emit(NAME, page, turns,
     fmt="Newspaper Q&A: bold questions prefixed 'Q:' and his answers as plain unlabelled paragraphs (he is named only in the intro); no times.",
     show="The Halden Courier", others=["Q"])
