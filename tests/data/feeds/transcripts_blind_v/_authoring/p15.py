from common import *

NAME = "v15_amp_radio_morningdispatch"
SHOW = "Morning Dispatch"

TURNS = [
    Turn("H", None, ["Elon Musk has spent most of the last decade talking about rockets and cars. This week he’s talking about school. His foundation is opening a small engineering academy here in the region, and he joins us now. But first, here’s how he described his own education back in 2015."], label="LENA ADEYEMI, HOST"),
    Turn("E", None, ["I read a lot. That was really my education. I read the encyclopedia when I ran out of other books, which was, you know, not ideal, but it was pretty useful."], label="ELON MUSK", clip=True),
    Turn("H", None, ["Elon Musk, welcome to Morning Dispatch."], label="ADEYEMI"),
    Turn("E", None, ["Thanks for having me. I stand by the encyclopedia comment."], label="MUSK"),
    Turn("H", None, ["Why a school, and why now?"], label="ADEYEMI"),
    Turn("E", None, ["Because I think most schools teach the tools before they teach the problem. Kids learn screwdrivers before they know what an engine is. We want to do it the other way around: start with the problem, then the tools become obviously relevant."], label="MUSK"),
    Turn("H", None, ["Huh."], label="ADEYEMI"),
    Turn("E", None, ["It’s not a new idea. It’s just rarely done."], label="MUSK"),
    Turn("H", None, ["Your mother has talked about this, too. Here she is on our program last year."], label="ADEYEMI"),
    Turn("Y", None, ["He was always taking things apart. I’d come home and the toaster would be in pieces on the floor, and he’d tell me he was improving it."], label="MAYE MUSK", clip=True),
    Turn("H", None, ["Was she right? Were you improving it?"], label="ADEYEMI"),
    Turn("E", None, ["I was not improving it. I was definitely breaking it. But I learned how a toaster works."], label="ELON MUSK"),
    Turn("H", None, ["Who can apply?"], label="ADEYEMI"),
    Turn("E", None, ["Anyone between about twelve and sixteen. There’s no exam. We’ll look at things they’ve made, and we’ll ask them to solve a few problems in front of us."], label="ELON MUSK"),
    Turn("H", None, ["Elon Musk, thank you."], label="ADEYEMI"),
    Turn("E", None, ["Thank you."], label="ELON MUSK"),
]

FORMAT = ("AMP radio transcript inside an amp-accordion: paragraphs opening with capitalised labels ('LENA ADEYEMI, HOST:', "
          "'ELON MUSK:' then 'MUSK:', back to 'ELON MUSK:' after 'MAYE MUSK:' appears); archival soundbites are introduced by "
          "'(SOUNDBITE OF ARCHIVED RECORDING)'; no timestamps.")


def render():
    out = []
    for i, tr in enumerate(TURNS):
        if tr.kw.get("clip"):
            out.append("<p>(SOUNDBITE OF ARCHIVED RECORDING)</p>")
        if i == 0:  # NPR-style: the first label stands alone on its own line
            out.append(f"<p>{tr.label}:</p>\n<p>{tr.paras[0]}</p>")
        else:
            out.append(f"<p>{tr.label}: {tr.paras[0]}</p>")
        out.extend(f"<p>{p}</p>" for p in tr.paras[1:])
    return "\n".join(out)


def build():
    body = render()
    page = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>Elon Musk wants kids to learn the problem before the tools : Morning Dispatch : Lakeshore Public Radio</title>
<link rel="canonical" href="https://www.lakeshorepublic.org/2025/09/10/musk-engineering-academy-interview">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}} .lpr-header{{background:#12355b;color:#fff;padding:10px 16px}} .highlights{{background:#eef3f8;padding:12px 16px;margin:16px}} amp-accordion section h2{{font-size:18px;background:#fff;border:0;border-top:1px solid #ccc;padding:12px 16px}} .transcript{{padding:0 16px}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"Elon Musk wants kids to learn the problem before the tools","publisher":{{"@type":"Organization","name":"Lakeshore Public Radio"}}}}</script>
</head>
<body>
<header class="lpr-header"><a href="https://www.lakeshorepublic.org/?amp=1" style="color:#fff">Lakeshore Public Radio</a> <span>· Morning Dispatch</span></header>
<main>
<article>
<p class="slug" style="margin:16px 16px 0;text-transform:uppercase;font-size:12px">Education</p>
<h1 style="margin:4px 16px">Elon Musk wants kids to learn the problem before the tools</h1>
<p class="byline" style="margin:0 16px">September 10, 2025 · 7:48 AM ET · Heard on <a href="https://www.lakeshorepublic.org/programs/morning-dispatch">Morning Dispatch</a></p>
<p style="margin:0 16px"><b>Lena Adeyemi</b></p>
<div style="margin:12px 16px"><amp-audio width="auto" height="50" src="https://ondemand.lakeshorepublic.org/md/20250910_md_musk.mp3"><div fallback><p>Your browser doesn’t support HTML5 audio</p></div></amp-audio><p style="font-size:13px">4-Minute Listen · <a href="https://www.lakeshorepublic.org/playlist">Playlist</a></p></div>
<div class="storytext" style="margin:0 16px">
<p>Elon Musk’s foundation is opening a small engineering academy for students aged 12 to 16. Morning Dispatch host Lena Adeyemi asked him why — and what his mother thinks about it.</p>
</div>
<aside class="highlights">
<h3>Highlights</h3>
<ul>
<li>Elon Musk: schools “teach the tools before they teach the problem.”</li>
<li>Maye Musk on her son as a child: “He was always taking things apart.”</li>
<li>Musk: there will be no entrance exam.</li>
</ul>
</aside>
<amp-accordion disable-session-states>
<section>
<h2>Transcript</h2>
<div class="transcript">
{body}
<p>(SOUNDBITE OF MUSIC)</p>
<p><em>Copyright © 2025 Lakeshore Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</em></p>
<p><em>Transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Lakeshore Public Radio’s programming is the audio record.</em></p>
</div>
</section>
</amp-accordion>
<section class="more" style="margin:16px"><h3>More from Morning Dispatch</h3><ul><li><a href="https://www.lakeshorepublic.org/2025/09/09/lake-levels?amp=1">Lake levels are falling again. Here’s why.</a></li><li><a href="https://www.lakeshorepublic.org/2025/09/08/robotics-club?amp=1">A high school robotics club builds a prosthetic hand</a></li></ul></section>
</article>
</main>
<footer style="background:#12355b;color:#dfe7f0;padding:16px;font-size:13px"><p>© 2025 Lakeshore Public Radio · <a href="https://www.lakeshorepublic.org/about" style="color:#fff">About</a> · <a href="https://www.lakeshorepublic.org/privacy" style="color:#fff">Privacy</a> · <a href="https://www.lakeshorepublic.org/support" style="color:#fff">Support LPR</a></p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-XXXXX-Y"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""
    others = ["LENA ADEYEMI, HOST", "ADEYEMI", "MAYE MUSK"]
    return NAME, page, expected(FORMAT, SHOW, TURNS, others)
