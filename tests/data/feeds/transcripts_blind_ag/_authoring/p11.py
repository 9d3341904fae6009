from lib import *

NAME = "ag11_kvlr-afternoon-exchange"
SHOW = "The Afternoon Exchange (KVLR 91.3)"
FMT = ("Public-radio transcript page; paragraphs open with capitalised labels ('DEBRA LANE, HOST:' then 'LANE:'), "
       "soundbite cues in parentheses, no timestamps; Musk is discussed, quoted and impersonated but never speaks.")

T = [
 ("DEBRA LANE, HOST:", "This is The Afternoon Exchange. I'm Debra Lane. Today, the rocket company that wants to build a launch site forty miles from here, and the man behind it. Elon Musk was invited to join us today. His company declined. Our business reporter Marcus Oyelaran is in the studio. Hi, Marcus."),
 ("MARCUS OYELARAN, BYLINE:", "Hi, Debra."),
 ("LANE:", "So what do we actually know?"),
 ("OYELARAN:", "We know the company filed for a permit in March. And we know what Musk said about it at a conference last month. He said, and I'm reading from the transcript here, quote, \"the high desert is perfect, nobody will even hear us,\" end quote. A lot of people out there heard that."),
 ("LANE:", "Including our callers. Let's go to the phones. Elon is calling from Reno. Yes, that's really his name. Elon, go ahead."),
 ("ELON, CALLER FROM RENO:", "Hi, Debra, yeah, I get that a lot. I'm a plumber, not a rocket guy. My thing is the water. Where does the water come from for all of this?"),
 ("LANE:", "Marcus?"),
 ("OYELARAN:", "The permit says most of it would be trucked in. The county wants that in writing."),
 ("ELON:", "Okay, well, I'd like that in writing too. Thanks."),
 ("LANE:", "Thanks, Elon. Now, we couldn't get the real Musk, but the comedian Gus Brandt has been doing him on his late-night show all month. Here's a bit of that."),
 ("(SOUNDBITE OF TV SHOW, \"LATE WITH GUS\")", ""),
 ("GUS BRANDT:", "(As Elon Musk) Nobody will hear us. The rockets are very quiet. They're electric. Well, they're not electric. But emotionally they're electric."),
 ("(LAUGHTER)", ""),
 ("LANE:", "Not actually Musk, for the record. Marcus, last word. What happens next?"),
 ("OYELARAN:", "Public hearing on the 14th. Musk has said he'd like to come, but as he put it on his own platform, quote, \"depends on the launch schedule.\""),
 ("LANE:", "We'll be there either way. Marcus Oyelaran, thanks."),
 ("OYELARAN:", "Thank you."),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for lab, text in T:
        if not text:
            out.append('<p class="cue">%s</p>' % esc(lab))
            continue
        g.other(lab.rstrip(":"))
        out.append('<p>%s %s</p>' % (esc(lab), esc(text)))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Transcript: A launch site in the high desert? Callers weigh in | KVLR 91.3</title>
<link rel="stylesheet" href="https://www.kvlr.org/static/pmp-theme/css/story.css">
<script>window.KVLR={"storyId":"2025-07-09-launch-site","program":"afternoon-exchange","streams":["https://stream.kvlr.org/kvlr.mp3"]};</script>
</head>
<body class="story-page program-afternoon-exchange">
<div class="live-bar"><button class="play-live">&#9654; Listen Live</button> <span class="now-playing">All Things Local</span> <a href="/donate" class="donate">Donate</a></div>
<header class="station-header"><a class="station-logo" href="/">KVLR 91.3 &middot; High Desert Public Radio</a>
<nav><a href="/news">News</a><a href="/programs">Programs</a><a href="/schedule">Schedule</a><a href="/events">Events</a><a href="/support">Support</a></nav></header>
<main>
<article class="story">
<p class="program-label"><a href="/programs/afternoon-exchange">The Afternoon Exchange</a></p>
<h1>A launch site in the high desert? Callers weigh in</h1>
<p class="dateline"><time datetime="2025-07-09">July 9, 2025</time> &middot; Heard on The Afternoon Exchange</p>
<div class="audio-module"><button class="play">&#9654; Listen &middot; 12:40</button><a href="https://media.kvlr.org/ae/20250709.mp3" download>Download</a></div>
<section class="story-summary"><p>Host Debra Lane and reporter Marcus Oyelaran take calls about a proposed rocket launch site in Sutter Flats. Elon Musk, whose company proposed the site, was invited but did not appear.</p></section>
<section class="transcript"><h2>Transcript</h2>
<p class="disclaimer">KVLR transcripts are created on a rush deadline by a contractor. This text may not be in its final form.</p>
%s
<p class="copyright-note">Copyright &copy; 2025 KVLR. All rights reserved.</p>
</section>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/news/2025/06/county-permit-launch">County opens comment period on launch permit</a></li><li><a href="/news/2025/05/water-table">Sutter Flats water table at 30-year low</a></li></ul></aside>
</main>
<footer class="station-footer"><p>KVLR is a listener-supported service of High Desert Community College.</p><p><a href="/fcc">FCC Public File</a> &middot; <a href="/privacy">Privacy</a></p></footer>
<script src="https://www.kvlr.org/static/pmp-theme/js/player.js"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
