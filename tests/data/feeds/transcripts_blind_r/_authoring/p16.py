"""r16 - TRAP. Magazine Q&A with Maye Musk: 'Name: text' per paragraph, 'Maye Musk:' then 'Musk:' (which is her),
interviewer 'Clara Benedetti:' then 'Benedetti:'; she quotes her son; pull quote. He never speaks."""

SLUG = "r16_hearth_atlas_maye_trap"
SHOW = "Hearth & Atlas"

T = [
    ("Clara Benedetti", ["You turned seventy-six this year and you&rsquo;re still booking campaigns. What keeps you going?"]),
    ("Maye Musk", ["Planning. I always have a plan, and then a backup plan. When I was raising three children on my own, I had to, and the habit never left."]),
    ("Benedetti", ["Your children are all famous in their own ways. Do they still ask you for advice?"]),
    ("Musk", ["They ask, and then they do what they want, which is exactly what I did with my mother. Elon called me last month and said, &ldquo;Mom, I think I&rsquo;m finally getting enough sleep.&rdquo; I said, &ldquo;I&rsquo;ll believe that when I see it.&rdquo;"]),
    ("Benedetti", ["Did he?"]),
    ("Musk", ["No."]),
    ("Benedetti", ["What was he like as a little boy?"]),
    ("Musk", ["He read everything. The encyclopedia, the back of cereal boxes, my nutrition textbooks. If you asked him a question he would answer it in great detail, whether you wanted the detail or not.",
              "Kimbal was the sociable one, and Tosca was the one who told them both what to do."]),
    ("Benedetti", ["People quote him constantly. Is there a line of his you repeat?"]),
    ("Musk", ["Something he said to me years ago when things were going badly at one of the companies: &ldquo;If something is important enough, you do it even if the odds are not in your favour.&rdquo; I think he got that from me, actually."]),
    ("Benedetti", ["And your own advice, for women who think it&rsquo;s too late?"]),
    ("Musk", ["It isn&rsquo;t. Eat well, move every day, and stop apologising for your age."]),
]


def transcript():
    return "\n".join(f'<p class="qa"><strong>{spk}:</strong> {" ".join([paras[0]])}</p>' + "".join(f'\n<p class="qa">{p}</p>' for p in paras[1:]) for spk, paras in T)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Maye Musk: &ldquo;I always have a backup plan&rdquo; | Hearth &amp; Atlas</title>
<meta name="description" content="The model and dietitian on work at seventy-six, raising three children alone, and the advice her son never takes.">
<meta property="og:title" content="Maye Musk: &ldquo;I always have a backup plan&rdquo;">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://www.hearthandatlas.co.uk/static/css/magazine.6e2b.css">
<style>.pullquote{{font-family:'Playfair Display',serif;font-size:1.6em;border-top:2px solid #111;border-bottom:2px solid #111;padding:.6em 0;margin:1.4em 0}}</style>
<script>window.HA = {{section:"people", template:"long-read", adFree:false}};</script>
</head>
<body class="template-long-read section-people">
<div class="promo-strip">Subscribe: 6 issues for &pound;6 &middot; <a href="/subscribe">Find out more</a></div>
<header class="ha-masthead"><a class="ha-wordmark" href="/">Hearth &amp; Atlas</a>
<nav class="ha-nav"><a href="/people/" class="is-active">People</a><a href="/style/">Style</a><a href="/travel/">Travel</a><a href="/food/">Food</a><a href="/culture/">Culture</a><a href="/the-issue/">The Issue</a></nav></header>
<main class="ha-article">
<p class="ha-rubric">The Long Lunch</p>
<h1 class="ha-headline">Maye Musk: &ldquo;I always have a backup plan&rdquo;</h1>
<p class="ha-standfirst">The model and dietitian on work at seventy-six, raising three children alone, and the advice her son never takes. Interview by Clara Benedetti.</p>
<figure class="ha-hero"><img src="https://www.hearthandatlas.co.uk/media/2024/10/maye-musk-lunch.jpg" alt="Maye Musk at lunch in Marylebone" width="1200" height="800"><figcaption>Maye Musk photographed in Marylebone. Photograph: Ines Vaughan for Hearth &amp; Atlas</figcaption></figure>
<div class="ha-body">
<p>We meet for lunch in Marylebone. Maye Musk orders quickly &mdash; grilled fish, salad, sparkling water &mdash; and is already asking about my commute before I have my coat off. Her son Elon is, inevitably, a presence at the table, although he is some five thousand miles away. What follows has been condensed and edited.</p>
{transcript()}
<blockquote class="pullquote"><p>&ldquo;If something is important enough, you do it even if the odds are not in your favour.&rdquo;</p><footer>&mdash; Elon Musk, as remembered by his mother</footer></blockquote>
<p><em>Maye Musk&rsquo;s new book is out now. This interview appears in the November issue of Hearth &amp; Atlas.</em></p>
</div>
<aside class="ha-more"><h2>More from People</h2><ul><li><a href="/people/2024/10/the-ninety-year-old-surfer">The ninety-year-old surfer of Cornwall</a></li><li><a href="/people/2024/09/lunch-with-a-perfumer">Lunch with a perfumer</a></li></ul></aside>
<section class="ha-letters"><h2>Letters</h2>
<div class="letter"><p class="letter-from">From <strong>E. Musk</strong>, Harrogate</p><p>No relation, I promise. I simply enjoyed &ldquo;stop apologising for your age&rdquo; &mdash; I am seventy-nine and have stopped.</p></div>
</section>
</main>
<footer class="ha-footer"><p>&copy; Hearth &amp; Atlas Publishing Ltd 2024. Registered in England No. 0412233.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/contact">Contact</a></p></footer>
<script src="https://www.hearthandatlas.co.uk/static/js/magazine.6e2b.js" defer></script>
</body>
</html>
"""
    return dict(slug=SLUG, html=html, show=SHOW, turns=[], others=["Clara Benedetti", "Maye Musk", "Benedetti", "Musk"],
                format="Magazine Q&A; paragraphs opening with a bold 'Name:' label ('Clara Benedetti:'/'Benedetti:', 'Maye Musk:' then 'Musk:' for her), unlabelled continuation paragraphs, no timestamps; he never speaks, only quoted by his mother.")
