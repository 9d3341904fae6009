from common import *

NAME = "u11_saturday_ledger_maye"
SHOW = "The Saturday Ledger"
FMT = ("Newspaper weekend Q&A with Maye Musk: paragraphs opening with bold 'The Ledger:' or 'Musk:' labels (Musk = Maye Musk, "
       "named in the intro), unlabelled continuation paragraphs; no timestamps. Elon Musk is discussed and quoted but never speaks.")

L, M = "The Ledger", "Musk"
QA = [
 (L, ["You\u2019ve been modelling for more than fifty years. Does it get easier?"]),
 (M, ["It gets more fun. When I was twenty-five, I worried about every photograph. Now I just show up, do the work and go home to my dogs. The industry changed too. Nobody would have booked a woman my age in 1995."]),
 (L, ["Your son Elon is probably the most talked-about person on earth. How do you handle that as his mother?"]),
 (M, ["I don\u2019t read the comments. That\u2019s rule number one. Elon once told me, \u201cMom, if they\u2019re not arguing about you, you\u2019re not doing anything interesting.\u201d I think that\u2019s a little bit true, and a little bit something a son says so his mother will stop worrying.",
      "Of course I still worry. Every launch, I\u2019m watching on my phone like everyone else."]),
 (L, ["Do you talk about rockets at Sunday dinner?"]),
 (M, ["Not much. Kimbal talks about food, Tosca talks about films, and Elon mostly listens, which people would not believe."]),
 (L, ["Really?"]),
 (M, ["Really."]),
 (L, ["What does he say when a launch goes well?"]),
 (M, ["He sends me a message with a lot of exclamation marks. When it doesn\u2019t go well, he calls, and then he says, \u201cWe learned a lot.\u201d I know what that means."]),
 (L, ["You trained as a dietitian. Do your children eat well?"]),
 (M, ["I\u2019m a dietitian. I have to say yes. They do better than they used to."]),
 (L, ["What\u2019s your advice for women in their seventies?"]),
 (M, ["Keep working, keep learning, and eat your vegetables. And get a passport if you don\u2019t have one. Go somewhere you\u2019ve never been, at least once a year."]),
]

def build():
    g = Gold("en")
    out = []
    for i, (spk, paras) in enumerate(QA):
        out.append('<p><b>%s:</b> %s</p>' % (spk, named_ent(paras[0])))
        for p in paras[1:]:
            out.append("<p>%s</p>" % named_ent(p))
        if i == 3:
            out.append(PULL)
        if i == 7:
            out.append(ARCHIVE)
    page = TEMPLATE.replace("{{QA}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, [L, M])

PULL = '''<aside class="pullquote"><p>&ldquo;Elon mostly listens, which people would not believe.&rdquo;</p><p class="pullquote__by">&mdash; Maye Musk</p></aside>'''
ARCHIVE = '''<aside class="inline-box inline-box--archive" aria-label="From the archive">
<h3>From the archive</h3>
<p><strong>Elon Musk</strong>, interviewed in these pages in 2014:</p>
<p><strong>Elon Musk:</strong> &ldquo;My mother worked harder than anyone I know. Most of what I know about persistence I learned from watching her.&rdquo;</p>
<p><a href="/archive/2014/11/musk-interview">Read the 2014 interview</a></p>
</aside>'''

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Maye Musk: &lsquo;Elon still sends me exclamation marks when a launch goes well&rsquo; | The Saturday Ledger</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="The model and dietitian, 77, on fifty years in front of the camera, Sunday dinners and being the mother of the world&rsquo;s most talked-about man.">
<meta property="og:type" content="article">
<meta name="author" content="Freya Lindqvist-Hale">
<link rel="stylesheet" href="https://assets.saturdayledger.example/css/article-weekend.2b8e.css">
<style>
.article-body{font-family:"Ledger Text",Georgia,serif;font-size:18px;line-height:1.55}.pullquote{font-size:28px;color:#a4002b;margin:28px 0}
.inline-box{background:#f3efe6;padding:14px 18px;margin:24px 0;font-size:15px}.standfirst{font-size:21px;color:#333}
</style>
<script>window.ledgerConfig={"section":"lifestyle","subsection":"the-weekend-interview","contentId":"c-9182733","isPaid":false};</script>
</head>
<body>
<header class="header" role="banner">
  <div class="header__top"><a class="header__support" href="/support">Support independent journalism</a> <a class="header__signin" href="/signin">Sign in</a></div>
  <a class="header__logo" href="/" aria-label="The Saturday Ledger home"><svg width="260" height="44" aria-hidden="true"><text x="0" y="34" font-size="34">The Saturday Ledger</text></svg></a>
  <nav class="pillars" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li class="is-current"><a href="/lifestyle">Lifestyle</a></li></ul></nav>
  <nav class="subnav" aria-label="Lifestyle"><a href="/lifestyle/fashion">Fashion</a> <a href="/lifestyle/food">Food</a> <a href="/lifestyle/the-weekend-interview" aria-current="page">The weekend interview</a> <a href="/lifestyle/health">Health</a></nav>
</header>
<main>
<article class="article">
<div class="article__header">
  <p class="article__series"><a href="/lifestyle/the-weekend-interview">The weekend interview</a></p>
  <h1 class="article__headline">Maye Musk: &lsquo;Elon still sends me exclamation marks when a launch goes well&rsquo;</h1>
  <p class="standfirst">The model and dietitian, 77, on fifty years in front of the camera, Sunday dinners, and being the mother of the world&rsquo;s most talked-about man</p>
  <figure class="article__main-media"><img src="https://i.saturdayledger.example/img/2025/05/maye-musk-portrait.jpg" alt="Maye Musk photographed in a studio in London" width="1300" height="867"><figcaption>Maye Musk in London. &lsquo;Nobody would have booked a woman my age in 1995.&rsquo; Photograph: Ines Carvalho/The Saturday Ledger</figcaption></figure>
  <div class="article__meta"><address>Freya Lindqvist-Hale</address> <time datetime="2025-05-17T06:00:00+01:00">Sat 17 May 2025 06.00 BST</time></div>
</div>
<div class="article-body" id="maincontent">
<p>Maye Musk arrives at the studio ten minutes early, with a green smoothie and a folder of notes for a talk she is giving the next day. At 77 she is still working most weeks: campaigns, catwalks, a second book. She is also, as she puts it, &ldquo;the mother of three very busy children&rdquo;: Elon, Kimbal and Tosca. She is happy to talk about all of them, within limits. Her answers are labelled with her surname below.</p>
<p><em>This interview has been edited for length and clarity.</em></p>
{{QA}}
<p><em>Maye Musk&rsquo;s new book, Still Working, is published by Harbour &amp; Pike on 5 June.</em></p>
</div>
<div class="article__share" role="group" aria-label="Share this article"><a href="mailto:?subject=Maye%20Musk">Email</a> <a href="https://www.facebook.example/sharer">Facebook</a> <a href="https://x.example/intent/post">X</a></div>
</article>
<section class="comments" id="comments" aria-label="Comments">
<h2>Comments (148)</h2>
<div class="comments__policy">Commenting has been disabled for this article after 24 hours. <a href="/community-standards">Community standards</a></div>
<ol class="comments__list">
<li class="comment"><div class="comment__author">ElonMuskFan_UK</div><div class="comment__body"><p>&ldquo;Elon mostly listens&rdquo; &ndash; I&rsquo;ll believe that when I see it.</p></div></li>
<li class="comment"><div class="comment__author">musk_e</div><div class="comment__body"><p>Keep working, keep learning. Good advice at any age. Lovely interview.</p></div>
<ol class="comment__replies"><li class="comment"><div class="comment__author">Pennyfarthing</div><div class="comment__body"><blockquote>Keep working, keep learning.</blockquote><p>And eat your vegetables!</p></div></li></ol></li>
</ol>
</section>
<aside class="onward" aria-label="More from the weekend interview"><h2>More from The weekend interview</h2><ul>
<li><a href="/lifestyle/2025/05/10/marathon-runner-80">&lsquo;I started running at 60&rsquo;: the marathoner who won&rsquo;t slow down</a></li>
<li><a href="/lifestyle/2025/05/03/chef-kitchens">A chef on the kitchens that made her</a></li>
</ul></aside>
</main>
<footer class="footer"><p>&copy; 2025 Saturday Ledger News &amp; Media Ltd or its affiliated companies. All rights reserved.</p><nav aria-label="Footer"><a href="/about">About us</a> <a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie policy</a> <a href="/terms">Terms &amp; conditions</a></nav></footer>
<script src="https://assets.saturdayledger.example/js/article.4c1f.js" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
