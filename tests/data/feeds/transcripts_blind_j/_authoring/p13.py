from lib import *

def j13():
    MM = "MAYE MUSK"; H = "ROSA"
    turns = [
        T(H, [(0, "Hello and welcome to Mothers & Makers. I'm Rosa Delgado, and I have a family in the studio today. Maye, Elon, thank you both.")]),
        T(MM, [(9, "Thank you, Rosa. He almost didn't come, you know.")]),
        T(E, [(13, "That's not true. I was only forty minutes late.")]),
        T(H, [(17, "Maye, what was he like as a kid?")]),
        T(MM, [(20, "He read everything. The encyclopedia, twice. When he ran out of books he'd go to the library and argue with the librarian."),
               (34, "Elon used to tell me, \u201cMum, I'm not being rude, I'm being accurate.\u201d He still says that.")]),
        T(E, [(46, "I do still say that. It's still true."),
              (50, "Well, most of the time. There's a fine line between accurate and rude, and I've definitely crossed it."),
              (65, "Online, especially. Many times.")]),
        T(H, [(72, "Did you always know you wanted to build rockets?")]),
        T(E, [(3661, "No, I wanted to make video games. I sold one when I was twelve, a little space game. So I suppose space was in there somewhere.")]),
        T(MM, [(3680, "He got five hundred dollars for it.")]),
        T(E, [(3683, "Which was a lot of money.")]),
        T(H, [(3686, "And that's all we have time for.")]),
    ]
    turns = [dict(spk=tu["spk"], paras=tu["t"]) for tu in turns]
    short = {MM: "MAYE", E: "ELON", H: "ROSA"}; full = {MM: "MAYE MUSK", E: "ELON MUSK", H: "ROSA DELGADO"}
    seen = set(); out = []
    def f(t):
        h, r = divmod(t, 3600); m, s = divmod(r, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
    for tu in turns:
        s = tu["spk"]; lab = short[s] if s in seen else full[s]; seen.add(s)
        for i, (t, text) in enumerate(tu["paras"]):
            pre = f"<strong>{lab}:</strong> " if i == 0 else ""
            out.append(f'<p class="" style="white-space:pre-wrap;">{pre}{esc(text)} <span class="tc">[{f(t)}]</span></p>')
    tr = "\n".join(out)
    gold = [[tu["paras"][0][0], snippet(tu["paras"][0][1])] for tu in turns if tu["spk"] == E]
    page = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Episode 31 &mdash; Maye &amp; Elon Musk: Accurate, Not Rude &mdash; Mothers &amp; Makers</title>
<meta property="og:site_name" content="Mothers &amp; Makers">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-3c1f.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"5f2a","collectionId":"61aa","itemId":"6520","templateId":"brine"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/sitecss/5f2a/site.css?&filterFeatures=false">
</head>
<body id="item-6520" class="collection-type-blog view-item">
<div class="Site" data-nc-base="header">
<header class="Header Header--top"><div class="Header-inner"><div class="Header-branding"><a href="/" class="Header-branding-logo">Mothers &amp; Makers</a></div>
<nav class="Header-nav"><a href="/episodes" class="Header-nav-item">Episodes</a><a href="/about" class="Header-nav-item">About Rosa</a><a href="/shop" class="Header-nav-item">Shop</a><a href="/contact" class="Header-nav-item">Contact</a></nav></div></header>
<main class="Main Main--blog-item"><section class="Main-content">
<article class="BlogItem hentry">
<div class="BlogItem-title"><h1 class="entry-title">Episode 31 &mdash; Maye &amp; Elon Musk: Accurate, Not Rude</h1></div>
<div class="Blog-meta BlogItem-meta"><time class="Blog-meta-item Blog-meta-item--date" datetime="2026-05-10">May 10, 2026</time></div>
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block audio-block"><div class="sqs-block-content"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/5f2a/t/ep31.mp3" data-title="Episode 31"></div></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p class="" style="white-space:pre-wrap;">For Mother&rsquo;s Day, Rosa talks to model and dietitian Maye Musk and her son Elon about libraries, video games and the fine line between accurate and rude.</p>
<p class="" style="white-space:pre-wrap;"><em>Timestamps appear at the end of each passage and mark where that passage begins in the audio.</em></p>
<h3>Transcript</h3>
{tr}
</div></div>
<div class="sqs-block quote-block"><div class="sqs-block-content"><figure><blockquote><span>&ldquo;</span>There&rsquo;s a fine line between accurate and rude.<span>&rdquo;</span></blockquote><figcaption class="source">&mdash; Elon Musk</figcaption></figure></div></div>
</div></div></div>
<footer class="BlogItem-footer"><div class="BlogItem-share"><a href="#">Share</a></div></footer>
</article></section></main>
<footer class="Footer"><div class="Footer-inner"><p>Mothers &amp; Makers is an independent podcast. &copy; 2026 Rosa Delgado.</p><p><a href="/newsletter">Newsletter</a> &middot; <a href="/privacy">Privacy</a></p></div></footer>
</div>
<script type="text/javascript" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body>
</html>'''
    write("j13_squarespace_mothersmakers", page,
          "Squarespace blog item; one <p> per passage, first passage of a turn starts with bold 'LABEL:' (full name first, then first name in capitals), and each passage ends with its own start time '[mm:ss]' or '[h:mm:ss]' printed after the text.",
          "Mothers & Makers", gold, ["ROSA DELGADO", "ROSA", "MAYE MUSK", "MAYE"])
