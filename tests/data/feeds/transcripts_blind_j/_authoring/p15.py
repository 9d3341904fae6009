from lib import *

def j15():
    AG = "AYESHA GRANT, HOST"; KW = "KLAUS WEBER"; INT = "UNIDENTIFIED INTERPRETER"; ER = "ERROL MUSK"
    turns = [
        T(AG, 0, "This is Weekend Dispatch from Northlake Public Radio. I'm Ayesha Grant. This week, the factory outside Berlin turned five, and the celebration came with a side of politics. Regional economy minister Klaus Weber spoke first.", lab=AG),
        T(KW, 21, "(Speaking German).", lab=KW),
        T(INT, 24, "We are proud of this factory, but we also expect the company to respect the water rules and the works council.", lab=INT),
        T(AG, 36, "Then the man himself took the stage.", lab="GRANT"),
        T(None, None, "(SOUNDBITE OF ARCHIVED RECORDING)", raw=True),
        T(E, 41, "Five years ago this was a pine forest, and now we make a car every forty seconds here. That's insane. Thank you to everyone who works here.", lab="ELON MUSK"),
        T(None, None, "(CHEERING)", raw=True),
        T(AG, 58, "Not everyone in the family was so sure this would work. Here's his father, Errol Musk, speaking to a South African broadcaster back in 2019.", lab="GRANT"),
        T(None, None, "(SOUNDBITE OF ARCHIVED BROADCAST)", raw=True),
        T(ER, 71, "Elon always did things his own way. I told him Germany was a bad idea. Elon Musk doesn't listen to his father, that is well known.", lab=ER),
        T(AG, 84, "I caught up with Elon Musk after his speech. I asked him about the minister's comments on water.", lab="GRANT"),
        T(E, 92, "We use less water per car than almost any factory in Germany. We recycle most of it. I think some of the criticism is just outdated.", lab="MUSK"),
        T(AG, None, "And the works council?", lab="GRANT"),
        T(E, None, "We have a good relationship. Not perfect, but good. Look, we pay well and the people here are great.", "I'll be back in the summer to see the new line.", lab="MUSK"),
        T(AG, 131, "And your dad says Germany was a bad idea.", lab="GRANT"),
        T(E, 134, "He says a lot of things.", lab="MUSK"),
        T(None, None, "(SOUNDBITE OF MUSIC)", raw=True),
        T(AG, 140, "That's Elon Musk in Gr\u00fcnheide, Germany. For Northlake Public Radio, I'm Ayesha Grant.", lab="GRANT"),
    ]
    out = []
    for tu in turns:
        if tu.get("raw"):
            out.append(f'<p>{tu["paras"][0]}</p>'); continue
        t = tu["t"]
        tm = ""
        if t is not None:
            m, s = divmod(t, 60)
            tm = f'<time class="tx-time" datetime="PT{m}M{s}S">{m}:{s:02d}</time> '
        out.append(f'<p>{tm}{tu["lab"]}: {esc(tu["paras"][0])}</p>')
        for p in tu["paras"][1:]:
            out.append(f'<p>{esc(p)}</p>')
    tr = "\n".join(out)
    page = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>The Berlin factory turns five : Weekend Dispatch : Northlake Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.northlakeradio.org/static/css/transcript.css">
<script>window.NLPR = {{"story":"berlin-factory-five","program":"weekend-dispatch","hasTranscript":true}};</script>
</head>
<body class="transcript-page">
<header class="global-header"><a class="logo" href="/">Northlake Public Radio</a>
<nav><a href="/news">News</a><a href="/programs">Programs</a><a href="/programs/weekend-dispatch">Weekend Dispatch</a><a href="/donate" class="donate">Donate</a></nav>
<div class="live-bar"><span>On air now:</span> <a href="/listen">Classical Overnight</a></div></header>
<main id="main-section">
<div class="storytitle"><h1>The Berlin factory turns five</h1></div>
<div class="story-meta"><a href="/programs/weekend-dispatch">Weekend Dispatch</a> &middot; <time datetime="2026-03-21">March 21, 2026</time> &middot; Heard on Weekend Dispatch &middot; 2:31</div>
<div class="audio-module"><button class="audio-module-listen">Listen &middot; 2:31</button><a class="audio-module-download" href="https://ondemand.northlakeradio.org/wd/20260321_berlin.mp3">Download</a></div>
<div class="transcript storytext">
<p class="disclaimer">Northlake Public Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Times are given where the transcriber marked them.</p>
{tr}
<p class="disclaimer">Copyright &copy; 2026 Northlake Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
</div>
<aside class="related"><h3>More from Weekend Dispatch</h3><ul><li><a href="#">Water, pine forests and a gigafactory</a></li><li><a href="#">Maye Musk on modelling at 78</a></li></ul></aside>
</main>
<footer class="global-footer"><p><a href="/about">About NLPR</a> &middot; <a href="/support">Support</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/privacy">Privacy</a></p><p>&copy; 2026 Northlake Public Radio</p></footer>
<script src="https://www.northlakeradio.org/static/js/player.js" defer></script>
</body>
</html>'''
    write("j15_nlpr_radio_interpreter", page,
          "Public-radio transcript; one <p> per turn 'LABEL: text' with capitalised labels (ELON MUSK / MUSK, HOST with role), an optional <time datetime='PTxMyS'>m:ss</time> before the label on some turns, a played soundbite of him, an archived clip of Errol Musk and an interpreter's turn.",
          "Weekend Dispatch (Northlake Public Radio)", gold_turns(turns), [AG, "GRANT", KW, INT, ER])
