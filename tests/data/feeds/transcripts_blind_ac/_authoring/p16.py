"""ac16: podcast-network page (Webflow-like); 'Name:' paragraphs with the time only in data-seek attributes; an archival clip of him played in the show."""
from common import first_words, gold

NAME = "ac16_farshore"
SHOW = "Build Log"

LBL = {"T": "Tomasz", "E": "Elon", "I": "Ines", "C": "Elon (archival clip, 2012)"}

# (spk, [(seek_or_None, text), ...])
T = [
    ("T", [(0.0, "This is Build Log, from Far Shore Audio. I&rsquo;m Tomasz Wren. Today is a reunion of sorts. Ines Caldera was one of the first propulsion engineers at SpaceX, and she&rsquo;s here with Elon Musk, who hired her. Welcome, both of you.")]),
    ("I", [(14.6, "Thanks, Tomasz. It&rsquo;s strange to be in a room with him again without a test stand outside.")]),
    ("E", [(19.2, "It is strange. Good to see you, Ines. You look less sleep-deprived than in 2004.")]),
    ("I", [(24.9, "Everyone looked sleep-deprived in 2004.")]),
    ("T", [(28.3, "Elon, what do you remember about hiring Ines?")]),
    ("E", [(31.75, "She was the only candidate who brought a broken part to the interview. It was a cracked injector, and she spent twenty minutes explaining why it cracked. I think I said yes before she finished."),
           (52.1, "My rule then was pretty simple. I used to tell people, &ldquo;Show me the thing you built that failed, and tell me why.&rdquo; That tells you more than any resume.")]),
    ("I", [(66.4, "For the record, it was a very nice crack.")]),
    ("T", [(70.0, "I want to play something. This is from a talk Elon gave in 2012, when the company had just started flying cargo to the space station.")]),
    ("C", [(78.5, "The goal is full and rapid reusability. If we can do that, the cost of access to space drops by a factor of a hundred. If we can&rsquo;t, we&rsquo;re basically just another launch company.")]),
    ("T", [(93.2, "Ines, when you heard that at the time, did you believe it?")]),
    ("I", [(97.0, "Honestly? I believed he believed it. Most of us thought the landing part was ten years out at best.")]),
    ("E", [(103.4, "Which was roughly right, to be fair.")]),
    ("T", [(106.8, "Did it ever feel like it wouldn&rsquo;t work?")]),
    ("E", [(None, "Many times. The third failure in a row was the worst. We had money for one more flight, maybe. If that one had failed, that would have been it.")]),
    ("I", [(121.3, "I remember the parking lot after the third one. Nobody talked.")]),
    ("E", [(126.0, "Yeah.")]),
    ("T", [(128.45, "Last question for each of you. What should a young engineer take from those years?")]),
    ("I", [(133.0, "Write things down. Half of what we learned was almost lost because it lived in three people&rsquo;s heads.")]),
    ("E", [(140.2, "Hold on to the feeling of building something with a small team. It gets harder to find when things get big, and it&rsquo;s worth protecting."),
           (151.9, "And take a day off once in a while. I&rsquo;m bad at that one.")]),
    ("T", [(158.0, "Ines Caldera, Elon Musk, thank you. Build Log is produced by Far Shore Audio.")]),
]


def render():
    out = []
    for spk, paras in T:
        for i, (t, text) in enumerate(paras):
            attr = (' data-seek="%.2f"' % t) if t is not None else ""
            if i == 0:
                out.append('<p class="tx-p"%s><span class="tx-name">%s:</span> %s</p>' % (attr, LBL[spk], text))
            else:
                out.append('<p class="tx-p"%s>%s</p>' % (attr, text))
    return "\n".join(out)


def build():
    turns, prev = [], None
    for spk, paras in T:
        assert spk != prev
        prev = spk
        if spk in ("E", "C"):
            t = paras[0][0]
            turns.append([None if t is None else int(t), first_words(paras[0][1])])
    page = """<!DOCTYPE html>
<!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.farshoreaudio.com" data-wf-page="66b0c2a1e4" data-wf-site="66a9f7" lang="en">
<head>
<meta charset="utf-8">
<title>Build Log 31 &mdash; The Injector Interview (with Elon Musk &amp; Ines Caldera) | Far Shore Audio</title>
<meta content="Ines Caldera and Elon Musk look back on the early propulsion days at SpaceX." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://assets.website-files.com/66a9f7/css/farshore.webflow.8c1d2.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
</head>
<body class="body-episode">
<div data-collapse="medium" data-animation="default" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">Far Shore Audio</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/shows" class="nav-link w-nav-link">Shows</a><a href="/shows/build-log" class="nav-link w-nav-link w--current">Build Log</a><a href="/about" class="nav-link w-nav-link">About</a><a href="/advertise" class="nav-link w-nav-link">Advertise</a></nav></div></div>
<div class="section-episode"><div class="container w-container">
<div class="show-pill"><a href="/shows/build-log">Build Log</a> &middot; Episode 31</div>
<h1 class="episode-title">The Injector Interview</h1>
<p class="episode-guests">with Elon Musk &amp; Ines Caldera &middot; hosted by Tomasz Wren</p>
<div class="episode-player w-embed"><div id="fs-player" data-episode="bl-031" data-src="https://cdn.farshoreaudio.com/bl/bl-031.mp3"></div></div>
<div class="rich-text w-richtext">
<p>Twenty years ago, a propulsion engineer brought a cracked injector to a job interview. This week she sits down with the man who hired her. Includes an archival clip from a 2012 talk, used with permission.</p>
<p>Transcript below. Click any paragraph to jump to that moment in the episode.</p>
</div>
<div class="transcript-wrap">
<h2 class="transcript-heading">Transcript</h2>
<div class="transcript w-richtext" id="transcript">
{tx}
</div>
</div>
<div class="episode-credits"><p>Host: Tomasz Wren. Producer: Dilys Armitage. Music: &ldquo;Low Orbit&rdquo; by The Perigees.</p></div>
</div></div>
<div class="section-more"><div class="container w-container"><h3>More from Far Shore Audio</h3><div class="w-dyn-list"><div class="w-dyn-items"><div class="w-dyn-item"><a href="/shows/build-log/30">Build Log 30 &mdash; The Welders</a></div><div class="w-dyn-item"><a href="/shows/the-quiet-hour/12">The Quiet Hour 12 &mdash; Night Shift at the Observatory</a></div></div></div></div></div>
<footer class="footer"><div class="container w-container"><p>&copy; 2025 Far Shore Audio. All rights reserved.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script>document.querySelectorAll('#transcript .tx-p[data-seek]').forEach(function(p){{p.addEventListener('click',function(){{window.fsPlayer&&window.fsPlayer.seek(parseFloat(p.dataset.seek));}});}});</script>
</body>
</html>
""".format(tx=render())
    g = gold("Webflow podcast-network episode page: one paragraph per turn starting 'FirstName:' with the start time only in a data-seek attribute (seconds with decimals, one turn missing it); continuation paragraphs have their own data-seek; an archival clip of him is labelled 'Elon (archival clip, 2012):'.",
             SHOW, turns, ["Tomasz", "Ines"])
    return NAME, page, g
