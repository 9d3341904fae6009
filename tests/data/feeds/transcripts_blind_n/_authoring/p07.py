from common import *

def build():
    # (kind, label, paras). kind 'Q' interviewer; 'A' his answer (label None = unlabelled); 'N' editor note
    seq = [
        ('Q', 'Marisol Vance:', ["Let\u2019s start with the obvious. Why agree to this interview? You mostly talk to people on your own platform these days."]),
        ('A', None, ["Because you asked nicely, and because you wrote that piece last year that was critical but actually correct on the facts. That\u2019s rare.",
                     "Most critical pieces are wrong on the facts. Yours was right on the facts and wrong on the conclusion, which is a much better kind of wrong."]),
        ('Q', 'MV:', ["Which conclusion was wrong?"]),
        ('A', None, ["That the training clusters are a vanity project. They\u2019re not. Compute is the new oil, or maybe the new electricity, I\u2019m not sure which metaphor is better."]),
        ('Q', 'MV:', ["You once posted that \u201cAI is far more dangerous than nukes.\u201d And yet you\u2019re building one of the biggest AI labs in the world. How do you square that?"]),
        ('A', 'Musk:', ["If it\u2019s going to be built anyway, and it is, then I\u2019d rather have a seat at the table and push for it to be maximally truth-seeking. Sitting on the sidelines doesn\u2019t make it safer."]),
        ('N', None, ["[Editor\u2019s note: The post in question dates from 2014 and was later deleted.]"]),
        ('Q', 'MV:', ["Do you think regulators understand any of this?"]),
        ('A', None, ["Some do. Most are trying. It\u2019s moving too fast for any legislative process, honestly, and I don\u2019t say that to criticize them."]),
        ('Q', 'MV:', ["Last one. Are you happy?"]),
        ('A', 'Musk:', ["Sometimes."]),
        ('Q', 'MV:', ["That\u2019s it?"]),
        ('A', None, ["That\u2019s an honest answer. I think most people, if they\u2019re honest, would say sometimes."]),
    ]
    g, parts = [], []
    for kind, lab, paras in seq:
        if kind == 'Q':
            parts.append(f'<p><strong>{esc(lab)} {esc(paras[0], True)}</strong></p>')
        elif kind == 'N':
            parts.append(f'<p><em>{esc(paras[0], True)}</em></p>')
        else:
            for i, p in enumerate(paras):
                if i == 0 and lab:
                    parts.append(f'<p><strong>{esc(lab)}</strong> {esc(p, True)}</p>')
                else:
                    parts.append(f'<p>{esc(p, True)}</p>')
            g.append([None, fw(paras[0])])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>&ldquo;A much better kind of wrong&rdquo;: a conversation with Elon Musk - by Marisol Vance</title>
<meta name="author" content="Marisol Vance">
<meta property="og:site_name" content="The Gradient Letter">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.9c61a2f0b3.css">
<link rel="alternate" type="application/rss+xml" href="https://gradientletter.substack.com/feed" title="The Gradient Letter">
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><a class="navbar-title-link" href="https://gradientletter.substack.com">The Gradient Letter</a><button class="button subscribe-btn primary">Subscribe</button><button class="button sign-in-link">Sign in</button></div>
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">&ldquo;A much better kind of wrong&rdquo;: a conversation with Elon Musk</h1>
<h3 class="subtitle">On compute, regulation and whether he is happy</h3>
<div class="post-meta"><a href="https://substack.com/@marisolvance" class="byline">Marisol Vance</a> · Nov 30, 2025 · <span class="paid">Free post</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<p>I spoke with Elon Musk by phone for about forty minutes on a Sunday evening. He was, by his own account, in a car somewhere outside Austin. The conversation has been condensed and edited for clarity. My questions are in bold; his answers follow.</p>
<blockquote class="pullquote"><p>&ldquo;Compute is the new oil, or maybe the new electricity.&rdquo; &mdash; Elon Musk</p></blockquote>
<hr>
{body}
<hr>
<p><em>If you found this useful, consider a paid subscription. It keeps the interviews coming.</em></p>
<div class="subscription-widget-wrap"><form class="subscription-widget"><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
</div></div>
<div class="post-footer"><button class="like-button">♡ 1,204</button> <a class="comments" href="#comments">388 Comments</a> <button class="restack">Restack</button> <button class="share">Share</button></div>
</article>
<div id="comments" class="comments-page"><h3>Discussion</h3>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@elonm">Elon M.</a> <span class="date">Nov 30</span></div><div class="comment-body"><p>Sometimes. Same, honestly. (Different Elon, I promise.)</p></div></div>
<div class="comment"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@rtoller">R. Toller</a> <span class="date">Nov 30</span></div><div class="comment-body"><p>&ldquo;Musk: If it&rsquo;s going to be built anyway&rdquo; &mdash; that&rsquo;s the whole argument in one line, and it&rsquo;s not a good one.</p></div>
 <div class="comment reply"><div class="comment-meta"><a class="commenter-name" href="https://substack.com/@marisolvance">Marisol Vance</a> <span class="author-badge">Author</span></div><div class="comment-body"><p>Fair, though I think he&rsquo;d say the alternative is worse.</p></div></div></div>
</div>
<div class="footer-wrap"><div class="footer">© 2025 Marisol Vance · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="substack-cta" href="https://substack.com/signup">Start Writing</a></div>
</div></div>
<script>window._preloads={{"post":{{"id":152998311,"slug":"a-much-better-kind-of-wrong","audience":"everyone"}},"pub":{{"name":"The Gradient Letter"}}}}</script>
<script src="https://substackcdn.com/bundle/static/js/main.1f8ac2e3.js" charset="utf-8"></script>
</body>
</html>
"""
    write('n07_substack_qa', doc, g,
          "Substack Q&A: interviewer questions in bold prefixed 'Marisol Vance:' then 'MV:'; his answers are plain paragraphs, mostly unlabelled (named in the intro), some prefixed with bold 'Musk:'; no timestamps.",
          "The Gradient Letter", ["Marisol Vance", "MV"])
