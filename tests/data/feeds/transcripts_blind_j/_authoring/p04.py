from lib import *

def j04():
    Q = "THE MERIDIAN"
    turns = [
        T(Q, None, "You\u2019ve been unusually quiet this spring. Why?"),
        T(E, None, "I\u2019ve been sleeping at the factory again, which doesn\u2019t leave much time for talking. Also I think I talk too much in general, so maybe it was good for everyone."),
        T(Q, None, "Your critics would say you talk too much online specifically."),
        T(E, None, "That\u2019s fair. Some of it is fun and some of it is a mistake, and I don\u2019t always know which is which until afterward.",
          "I\u2019d like to say I\u2019m going to change. I probably won\u2019t change very much."),
        T(Q, None, "In 2019 you told an interviewer, \u201cIf things are not failing, you are not innovating enough.\u201d Is that a license to fail in public?"),
        T(E, None, "It\u2019s a license to test in public. There\u2019s a difference. Failing on a test stand is cheap. Failing with a customer is very expensive."),
        T(Q, None, "What\u2019s the last thing you changed your mind about?"),
        T(E, None, "Hydrogen for cars. No, wait, I never liked that. Let me think."),
        T(E, None, "Okay, real answer: I used to think humanoid robots were a distraction. Now I think they might be the biggest product of all of them.", same=True),
        T(Q, None, "Bigger than the cars?"),
        T(E, None, "By a lot, if it works. Which is a big if."),
    ]
    # merge 'same' (contiguous stretch = one turn)
    merged = []
    for tu in turns:
        if tu.get("same"):
            merged[-1]["paras"] += tu["paras"]
        else:
            merged.append(dict(tu, paras=list(tu["paras"])))
    body = []
    for i, tu in enumerate(merged):
        if tu["spk"] == Q:
            body.append(f'<p class="q"><strong>{Q}:</strong> <strong>{esc(tu["paras"][0])}</strong></p>')
        else:
            lab = "<strong>ELON MUSK:</strong> " if i == 1 else ""
            body.append(f'<p>{lab}{esc(tu["paras"][0])}</p>')
            for p in tu["paras"][1:]:
                body.append(f'<p>{esc(p)}</p>')
        if i == 3:
            body.append('<aside class="pullquote" role="presentation"><p>Some of it is fun and some of it is a mistake, and I don\u2019t always know which is which.</p><span class="pq-attr">&mdash; Elon Musk</span></aside>')
        if i == 6:
            body.append('<div class="ad-slot" data-ad="mid-article"><span class="ad-label">Advertisement</span></div>')
    tr = "\n".join(body)
    page = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Elon Musk Is Not Going to Change Very Much | The Meridian Review</title>
<meta name="description" content="In a rare interview, Elon Musk talks about failure, talking too much, and why robots might be bigger than cars.">
<link rel="canonical" href="https://meridianreview.com/culture/2026/06/elon-musk-interview">
<link rel="stylesheet" href="/assets/mr-article.c91b.css">
<script>dataLayer=[{{"section":"culture","type":"interview","author":"Harriet Osei"}}];</script>
</head>
<body class="article interview">
<div class="mr-topbar"><a class="mr-logo" href="/">The Meridian Review</a>
<nav class="mr-sections"><a href="/politics">Politics</a><a href="/culture">Culture</a><a href="/science">Science</a><a href="/business">Business</a><a href="/the-interview">The Interview</a></nav>
<a class="mr-subscribe" href="/subscribe">Subscribe &mdash; $1/week</a></div>
<main class="mr-article">
<p class="kicker">The Interview</p>
<h1 class="headline">Elon Musk Is Not Going to Change Very Much</h1>
<p class="dek">The entrepreneur on failing in public, the factory floor and the robot he used to dismiss.</p>
<div class="byline">By <a href="/by/harriet-osei">Harriet Osei</a> &middot; <time datetime="2026-06-14T09:00:00-04:00">June 14, 2026</time></div>
<figure class="lead-art"><img src="/img/2026/06/musk-interview.jpg" alt=""><figcaption>Elon Musk at the company\u2019s Texas factory in May. <span class="credit">Photograph by Lena Froh for The Meridian Review</span></figcaption></figure>
<div class="article-body">
<p class="intro">Elon Musk was, by his own account, sleeping at a factory when we first tried to schedule this conversation. He eventually called from a conference room with a whiteboard behind him covered in what looked like a bill of materials. He answered every question, sometimes after a long pause. Our questions are in bold; his answers follow.</p>
<p class="intro"><em>This interview has been edited and condensed for clarity.</em></p>
{tr}
<p class="tagline"><em>Harriet Osei is a senior editor at The Meridian Review.</em></p>
</div>
<section class="related"><h2>More from The Interview</h2><ul>
<li><a href="/the-interview/kimbal-musk-food">Kimbal Musk Wants You to Eat a Real Tomato</a></li>
<li><a href="/the-interview/astronaut">An Astronaut on Boredom</a></li></ul></section>
</main>
<section class="comments-teaser"><h2>Reader comments (212)</h2>
<div class="rc"><strong>EMusk_1971</strong> &middot; Austin<p>Elon Musk: &ldquo;I probably won&rsquo;t change very much.&rdquo; At least he&rsquo;s honest.</p></div>
<div class="rc"><strong>Grace L.</strong> &middot; Leeds<p>The robots answer is the real news here.</p></div></section>
<footer class="mr-footer"><p>&copy; 2026 The Meridian Review Company. All rights reserved.</p><nav><a href="/help">Help</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></nav></footer>
<script src="/assets/mr-article.a1c.js" async></script>
</body>
</html>'''
    write("j04_meridian_qa", page,
          "Magazine Q&A; questions are bold paragraphs labelled 'THE MERIDIAN:', only his first answer is labelled 'ELON MUSK:' and later answers are unlabelled plain paragraphs (named in the intro); no timestamps.",
          "The Meridian Review", gold_turns(merged), [Q])
