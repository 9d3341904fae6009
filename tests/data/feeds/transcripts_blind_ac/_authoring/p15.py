"""ac15: TRAP page - public-radio transcript; Errol Musk speaks (labelled ERROL MUSK then MUSK), a biographer quotes Elon; Elon never speaks."""
from common import gold_from, gold

NAME = "ac15_northgateradio"
SHOW = "First Light"

T = [
    ("A", None, ["<b>AUDREY LINDQVIST, HOST:</b> This is First Light from Northgate Public Radio. I&#39;m Audrey Lindqvist. Elon Musk is one of the most talked-about people on Earth, but his early life in South Africa is less well known. This morning we&#39;re joined by his father, Errol Musk, an engineer who lives outside Pretoria, and by Cormac Hale, a journalist who has spent years researching the family. Good morning to you both."]),
    ("R", None, ["<b>ERROL MUSK:</b> Good morning. Thank you."]),
    ("C", None, ["<b>CORMAC HALE:</b> Good morning, Audrey."]),
    ("A", None, ["<b>LINDQVIST:</b> Mr. Musk, what was Elon like as a boy?"]),
    ("R", None, ["<b>MUSK:</b> Very quiet, very curious. He would take things apart, radios, a clock, and he didn&#39;t always put them back together. I&#39;m an engineer myself, so I recognised it.",
                 "He read constantly. You would talk to him and he wouldn&#39;t hear you because he was somewhere else in his head, working something out."]),
    ("A", None, ["<b>LINDQVIST:</b> Did you see the rockets coming?"]),
    ("R", None, ["<b>MUSK:</b> Not rockets, no. Computers, yes. He wrote a little video game when he was twelve and sold it to a magazine. I remember he came to me and said, &quot;Dad, they&#39;re going to pay me for this.&quot; He was very pleased with himself."]),
    ("A", None, ["<b>LINDQVIST:</b> Cormac, that story shows up in a lot of profiles. How well does it hold up?"]),
    ("C", None, ["<b>HALE:</b> It holds up well. The magazine still exists in archives. And when I interviewed Elon in 2021, he told me, &quot;That was the first time I realised you could make something from nothing but thinking.&quot; He clearly still thinks about it.",
                 "What&#39;s less appreciated is how much engineering was just in the air in that household. There were always projects."]),
    ("A", None, ["<b>LINDQVIST:</b> Elon posted last week, and I&#39;ll read it: &quot;Grateful for the people who let me break things as a kid.&quot; Mr. Musk, is that you?"]),
    ("R", None, ["<b>MUSK:</b> I think that&#39;s partly me. I let him break a great many things."]),
    ("A", None, ["<b>LINDQVIST:</b> Errol Musk and Cormac Hale, thank you both."]),
    ("C", None, ["<b>HALE:</b> Thank you."]),
    ("R", None, ["<b>MUSK:</b> Thank you very much."]),
    ("A", None, ["<b>LINDQVIST:</b> Cormac Hale&#39;s book on the family is out this fall. You&#39;re listening to First Light."]),
]


def build():
    turns = gold_from(T)
    assert turns == []
    body = "\n".join("<p>%s</p>" % p for _, _, paras in T for p in paras)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Errol Musk on raising a curious son : First Light : Northgate Public Radio</title>
<meta name="description" content="Errol Musk and journalist Cormac Hale on Elon Musk&#39;s childhood in Pretoria.">
<link rel="stylesheet" href="https://www.northgatepublic.org/static/css/story.css?v=2025.09">
<script>var NPR_STATION={{"station":"NGPR","program":"first-light","storyId":"1229034"}};</script>
</head>
<body class="story transcript">
<a class="skip" href="#main">Skip to main content</a>
<header class="station-header"><a class="station-logo" href="/">Northgate Public Radio <span>89.3 FM</span></a>
<nav><a href="/news">News</a><a href="/programs">Programs</a><a href="/schedule">Schedule</a><a href="/listen-live" class="live">Listen Live</a><a href="/donate" class="donate">Donate</a></nav></header>
<main id="main">
<div class="story-program"><a href="/programs/first-light">First Light</a></div>
<h1 class="story-title">Errol Musk on raising a curious son</h1>
<div class="story-meta"><span class="date">September 15, 2025 &middot; 5:12 AM ET</span><span class="heard">Heard on <a href="/programs/first-light">First Light</a></span></div>
<div class="audio-module"><button class="play" data-audio="https://media.northgatepublic.org/fl/20250915_fl_errol.mp3">Listen &middot; 6:41</button><a href="https://media.northgatepublic.org/fl/20250915_fl_errol.mp3" download>Download</a><a href="#embed">Embed</a><a href="/transcripts/1229034" class="transcript-link">Transcript</a></div>
<div class="transcript-notice"><p>Northgate Public Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of programming is the audio record.</p></div>
<div class="transcript storytext">
{body}
<p class="disclaimer">Copyright &copy; 2025 Northgate Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
</div>
<aside class="related-stories"><h3>More Stories From Northgate</h3><ul>
<li><a href="/2025/09/12/starship-test-recap">Starship test ends with ship splashdown; Elon Musk says next flight &lsquo;in weeks&rsquo;</a></li>
<li><a href="/2025/09/08/local-robotics-club">A high-school robotics club builds a Mars rover from scrap</a></li>
<li><a href="/2025/09/02/ev-charging-rural">Rural counties wait on EV chargers</a></li></ul></aside>
</main>
<footer class="station-footer"><p>Northgate Public Radio is a member station. &copy; 2025 Northgate Public Media.</p><p><a href="/about">About</a> | <a href="/careers">Careers</a> | <a href="/fcc">FCC Public File</a> | <a href="/privacy">Privacy</a></p></footer>
<script src="https://www.northgatepublic.org/static/js/player.js" defer></script>
</body>
</html>
""".format(body=body)
    g = gold("Public-radio transcript: one paragraph per turn opening with a bold CAPITAL label and colon (full name, with role for the host, on first appearance, then surname only); no timestamps; the surname-only label MUSK refers to Errol Musk and Elon Musk never speaks.",
             SHOW, turns, ["AUDREY LINDQVIST, HOST", "LINDQVIST", "ERROL MUSK", "MUSK", "CORMAC HALE", "HALE"])
    return NAME, page, g
