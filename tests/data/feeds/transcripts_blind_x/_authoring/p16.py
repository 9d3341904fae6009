"""x16 - Squarespace episode page: transcript table (time with ms | speaker | text) + collapsed plain-text copy of the same transcript."""
from common import *

NAME = "x16_kiln_circuit_squarespace_table"
SHOW = "Kiln & Circuit"

FULL = {"JF": "Jules Ferreira", MUSK: "Elon Musk", "TN": "Tomasz Nowak"}
SHORT = {"JF": "JF", MUSK: "EM", "TN": "TN"}

# (spk, [(t_ms or None, text), ...]) each tuple is one table row; speaker cell only on first row
SEQ = [
    ("JF", [(4120, "Welcome to Kiln & Circuit, the show about how things get made. I'm Jules Ferreira, here with Tomasz Nowak, and our guest today is Elon Musk. We want to talk about design, which people don't usually ask you about.")]),
    (MUSK, [(19870, "Sure. I think about design a lot, actually. Probably more than most people assume.")]),
    ("TN", [(26340, "Let's start with the Cybertruck, because it's the most polarizing object you've ever made. Where did the shape come from?")]),
    (MUSK, [(35500, "It came from the material. Once we decided on a thick stainless steel exoskeleton, you basically can't stamp it into curves. It's too hard. It breaks the presses."),
            (52910, "So you end up with flat planes and sharp creases, and then the question is whether you fight that or lean into it. We leaned into it."),
            (61045, "A lot of people hated it at first. Some of them still do. That's fine.")]),
    ("JF", [(None, "That's fine?")]),
    (MUSK, [(None, "Yeah. If everyone likes something, it's probably boring.")]),
    ("TN", [(843250, "You've talked about the idea that the best part is no part. As an industrial designer, I have to push back a bit: sometimes a part is what makes an object pleasant to use.")]),
    (MUSK, [(858600, "That's fair. I'm not saying delete the handle on a coffee mug. I'm saying every part has to justify its existence, and you should try hard to delete it first. You can always add it back."),
            (871020, "In fact, if you're not adding back at least ten percent of what you deleted, you didn't delete enough.")]),
    ("JF", [(882400, "That's a very specific number.")]),
    (MUSK, [(884110, "It's a rule of thumb, not physics.")]),
    ("TN", [(3725300, "Last question. What's one object, not made by any of your companies, that you think is perfectly designed?")]),
    (MUSK, [(3731950, "A pencil, maybe. Or the paperclip. Nothing to delete.")]),
    ("JF", [(3740020, "Elon Musk, thank you.")]),
]


def t_disp(ms):
    s, milli = divmod(ms, 1000)
    return f"{hms(s, force_hours=True)}.{milli:03d}"


def build():
    turns = [dict(spk=s, t=(rows[0][0] // 1000 if rows[0][0] is not None else None), paras=[x for _, x in rows]) for s, rows in SEQ]
    for a, b in zip(turns, turns[1:]):
        assert a["spk"] != b["spk"]
    seen = set()
    trs = []
    for spk, rows in SEQ:
        for i, (ms, text) in enumerate(rows):
            if i == 0:
                who = FULL[spk] if spk not in seen else SHORT[spk]
                seen.add(spk)
            else:
                who = ""
            tcell = t_disp(ms) if ms is not None else ""
            trs.append(f"<tr><td>{tcell}</td><td>{esc(who)}</td><td>{esc(text)}</td></tr>")
    # plain-text copy, upper-case labels, times in [hh:mm:ss]
    plain = []
    for spk, rows in SEQ:
        ms = rows[0][0]
        stamp = f"[{hms(ms // 1000, force_hours=True)}] " if ms is not None else ""
        plain.append(f"{stamp}{FULL[spk].upper()}: " + " ".join(x for _, x in rows))
    plain_txt = esc("\n\n".join(plain))
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>Ep. 31 &mdash; Elon Musk on Stainless Steel, Deleting Parts and the Perfect Pencil &mdash; Kiln &amp; Circuit</title>
<link rel="canonical" href="https://www.kilnandcircuit.com/episodes/ep-31-elon-musk"/>
<meta property="og:site_name" content="Kiln &amp; Circuit"/>
<meta property="og:title" content="Ep. 31 &mdash; Elon Musk on Stainless Steel, Deleting Parts and the Perfect Pencil"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteSettings":{{"siteTitle":"Kiln & Circuit"}},"collection":{{"title":"Episodes","typeName":"blog-basic-grid"}}}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f0/site.css" rel="stylesheet" type="text/css"/>
<style>.transcript-table td{{padding:6px 10px;vertical-align:top;border-bottom:1px solid #e8e2d6}} .transcript-table td:first-child{{font-family:monospace;color:#8a7f6a;white-space:nowrap}} .key-quotes{{border:1px solid #c9bfa9;padding:12px 18px}}</style>
</head>
<body id="item-66f2c1" class="header-overlay-alignment-center tweak-blog-basic-grid-width-inset collection-type-blog-basic-grid view-item">
<header data-test="header" id="header" class="header theme-col--primary">
  <div class="header-title"><div class="header-title-text"><a href="/">Kiln &amp; Circuit</a></div></div>
  <nav class="header-nav-list"><div class="header-nav-item"><a href="/episodes">Episodes</a></div><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/shop">Shop</a></div></nav>
</header>
<main id="page" class="container" role="main">
<article class="hentry entry entry-single">
<div class="blog-item-top-wrapper"><h1 class="entry-title" data-content-field="title">Ep. 31 &mdash; Elon Musk on Stainless Steel, Deleting Parts and the Perfect Pencil</h1>
<div class="blog-meta-section"><time class="blog-date" pubdate datetime="2025-04-24">April 24, 2025</time> <span class="blog-author">Jules Ferreira</span></div></div>
<div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-block audio-block"><div class="sqs-audio-embed" data-url="https://static1.squarespace.com/static/audio/kc-ep31.mp3" data-title="Ep. 31" data-author="Kiln &amp; Circuit" data-duration-in-ms="3752000"></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p>Jules and Tomasz talk to Elon Musk about why the Cybertruck looks the way it does, the ten-percent rule for adding parts back, and what the most perfectly designed object might be.</p>
<div class="key-quotes"><h3>Key quotes</h3>
<p>Elon Musk: &ldquo;If everyone likes something, it's probably boring.&rdquo;</p>
<p>Elon Musk: &ldquo;If you're not adding back at least ten percent of what you deleted, you didn't delete enough.&rdquo;</p>
</div>
<h2>Transcript</h2>
<p><em>Times are hh:mm:ss.mmm from the start of the audio. A couple of lines recorded during a mic swap have no timestamp.</em></p>
<table class="transcript-table"><thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead><tbody>
{chr(10).join(trs)}
</tbody></table>
<details class="plain-transcript"><summary>Plain-text transcript (for copying)</summary>
<pre>{plain_txt}</pre>
</details>
<p>Kiln &amp; Circuit is produced by Jules Ferreira and Tomasz Nowak. Music by Halfmoon Cassette. Transcript by Ada at Ferreira Studio.</p>
</div></div>
</div>
<footer class="entry-footer"><div class="tags"><a href="/episodes?tag=design">design</a>, <a href="/episodes?tag=manufacturing">manufacturing</a></div><div class="squarespace-social-buttons"></div></footer>
</article>
<nav class="item-pagination"><a href="/episodes/ep-30-ceramic-engines" class="item-pagination-link--prev">Previous: Ep. 30 &mdash; Ceramic Engines</a> <a href="/episodes/ep-32-typeface" class="item-pagination-link--next">Next: Ep. 32 &mdash; The Typeface on Your Dashboard</a></nav>
</main>
<footer class="sections" id="footer-sections"><div class="footer-inner"><p>&copy; 2025 Kiln &amp; Circuit &middot; <a href="/newsletter">Newsletter</a> &middot; <a href="https://instagram.com/kilnandcircuit">Instagram</a></p></div></footer>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>
"""
    exp = expected(
        "Squarespace post with a transcript <table> (Time hh:mm:ss.mmm | Speaker | Text): labels 'Elon Musk' on first appearance then initials 'EM'; a turn continues in rows with an empty speaker cell (each with its own time); some rows have no time; a collapsed <details> plain-text copy repeats the whole transcript.",
        SHOW, gold_turns(turns), ["Jules Ferreira", "Tomasz Nowak", "JF", "TN"])
    meta = dict(kind="Podcast's own Squarespace episode page",
                fmt="table time(hh:mm:ss.mmm)|speaker|text, speaker cell only on a turn's first row, 'Elon Musk' then 'EM'; plus <details><pre> copy",
                hard=["Whole transcript repeated in a collapsed <details> plain-text copy ('ELON MUSK:' labels, [hh:mm:ss]) - each turn counted once",
                      "Millisecond times (truncate)",
                      "Continuation rows with their own times (turn starts at the first row)",
                      "Two rows without any time (null)",
                      "'Key quotes' box prints 'Elon Musk: “...”' above the table",
                      "Host's 'That's fine?' interruption between two of his turns"],
                choices=["Gold counts the table turns only; the <details> copy is the same transcript repeated.",
                         "start = floor of the hh:mm:ss.mmm value of the turn's first row."])
    register(NAME, page, exp, meta)


build()
