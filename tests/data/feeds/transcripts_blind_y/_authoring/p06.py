from common import *

SHOW = "The Afternoon Desk (Northbound Public Radio)"

# (label or None for stage direction, is_musk, [(secs, text)])
SEGS = [
    ("MARIA LINDQVIST, HOST", False, [(0, "This is The Afternoon Desk. I’m Maria Lindqvist. Eight years ago, at a packed conference in Adelaide, Elon Musk laid out a plan to send people to Mars on a single giant rocket. Here’s how he put it then.")]),
    (None, False, "(SOUNDBITE OF ARCHIVED RECORDING)"),
    ("ELON MUSK", True, [(17, "We want to make it so that anyone who wants to go can go. Not just astronauts. Not just the very wealthy. A regular person, if they save up."),]),
    ("LINDQVIST", False, [(31, "That rocket is now flying, though not yet to Mars. And Elon Musk joins us today from Starbase in South Texas. Welcome.")]),
    ("MUSK", True, [(39, "Thanks for having me. Good to be on the radio. I don’t do enough radio.")]),
    ("LINDQVIST", False, [(45, "When you hear that clip now, what do you think?")]),
    ("MUSK", True, [(49, "I think the goal was right and the timeline was wrong. That’s usually how it goes with me."),
                    (58, "The rocket in that talk was bigger than what we built, actually. We scaled it down because the first version would have been impossible to manufacture.")]),
    ("LINDQVIST", False, [(74, "Musk once said the first crewed landing could happen in 2024. It didn’t. What’s the honest number now?")]),
    ("MUSK", True, [(83, "Honest number is: it depends on how the next five or six flights go. If the ship can land and be reused reliably, then a crewed mission in the early 2030s is plausible.")]),
    (None, False, "(SOUNDBITE OF ROCKET LAUNCH)"),
    ("LINDQVIST", False, [(104, "Not everyone in the region is thrilled. Fiona Grant runs a shorebird survey at the Rio Grande delta. She spoke to us last week.")]),
    ("FIONA GRANT", False, [(113, "The closures used to be a few days here and there. Now it’s almost every week. Mr. Musk told a town hall, “We’ll be good neighbors.” I’m still waiting for that.")]),
    ("LINDQVIST", False, [(127, "What do you say to her?")]),
    ("MUSK", True, [(130, "I’d say she’s right that it’s more than we projected. We’re working on giving more notice and doing more launches from offshore platforms eventually, which would take a lot of that pressure off the beach.")]),
    ("LINDQVIST", False, [(147, "Elon Musk, thank you.")]),
    ("MUSK", True, [(149, "Thank you.")]),
    ("LINDQVIST", False, [(151, "Elon Musk is the founder of SpaceX. Tomorrow on the program: the people building the launch pads.")]),
    (None, False, "(SOUNDBITE OF MUSIC)"),
]


def build():
    g = Gold(SHOW, "Public-radio transcript; each passage is a <p> with a bold capitalised label ('ELON MUSK:' then 'MUSK:', 'MARIA LINDQVIST, HOST:' then 'LINDQVIST:') and the [hh:mm:ss] time code printed AFTER the passage text; soundbite stage directions in parentheses; an archived clip of him is labelled 'ELON MUSK:'.")
    out = []
    for lab, musk, body in SEGS:
        if lab is None:
            out.append('<p class="stage">%s</p>' % body)
            continue
        if musk:
            g.add(body[0][0], body[0][1], len(body) > 1)
        else:
            g.other(lab)
        for i, (t, text) in enumerate(body):
            pre = "<b>%s:</b> " % lab if i == 0 else ""
            out.append('<p>%s%s <span class="tc">[%s]</span></p>' % (pre, esc(text, True), hms(t)))
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk on Mars, missed deadlines and the neighbors : The Afternoon Desk : Northbound Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.northboundradio.org/static/css/story.min.css?v=7401">
<style>.tc{color:#8a8a8a;font-size:12px;margin-left:4px}.stage{font-style:italic;color:#555}</style>
%s
</head>
<body class="transcript-page program-afternoon-desk">
<div id="global-header">
<a class="nbr-logo" href="https://www.northboundradio.org/">Northbound Public Radio</a>
<ul class="nbr-nav"><li><a href="/news/">News</a></li><li><a href="/programs/">Programs</a></li><li><a href="/schedule/">Schedule</a></li><li><a href="/podcasts/">Podcasts</a></li><li class="donate"><a href="/donate/?src=header">Donate</a></li></ul>
<div class="nbr-live"><button class="live-btn">▶ Listen live</button> <span>On air: All Evening Jazz</span></div>
</div>
<main>
<article class="transcript storytext">
<div class="program-meta"><a href="/programs/afternoon-desk/">The Afternoon Desk</a> · <time datetime="2025-06-05">June 5, 2025</time> · 4:03 p.m.</div>
<h1>Elon Musk on Mars, missed deadlines and the neighbors</h1>
<div class="audio-module"><button class="audio-play" data-audio="https://audio.northboundradio.org/ad/2025/06/20250605_ad_musk.mp3">Listen · 2:41</button> <a class="audio-dl" href="https://audio.northboundradio.org/ad/2025/06/20250605_ad_musk.mp3">Download</a></div>
<div class="teaser"><p>Maria Lindqvist talks with SpaceX founder Elon Musk about the Mars timeline, and hears from a biologist whose surveys keep getting canceled by launch closures.</p></div>
<p class="transcript-note">Transcript note: Time codes at the end of each passage show where that passage begins in the broadcast audio.</p>
<div class="transcript-body">
<p>MARIA LINDQVIST, HOST:</p>
%s
</div>
<p class="disclaimer">Copyright © 2025 Northbound Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
<p class="disclaimer">Northbound transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of programming is the audio record.</p>
</article>
<aside class="related"><h3>More from The Afternoon Desk</h3><ul><li><a href="/2025/06/04/launch-pad-builders">The people who build launch pads</a></li><li><a href="/2025/06/03/shorebirds-and-rockets">Shorebirds and rockets share a beach</a></li></ul></aside>
</main>
<footer id="global-footer"><p>Northbound Public Radio is a member station. <a href="/about/">About</a> · <a href="/contact/">Contact</a> · <a href="/fcc-public-file/">FCC Public File</a> · <a href="/privacy/">Privacy</a></p></footer>
<script src="https://www.northboundradio.org/static/js/player.min.js?v=7401" defer></script>
</body>
</html>
""" % (ANALYTICS % "G-NBR00AD", "\n".join(out))
    # the first label on the page is printed on its own line (radio style): drop it from the first passage
    page = page.replace("<p>MARIA LINDQVIST, HOST:</p>\n<p><b>MARIA LINDQVIST, HOST:</b> ", "<p><b>MARIA LINDQVIST, HOST:</b></p>\n<p>", 1)
    return g.write("y06_northbound_radio", page)


if __name__ == "__main__":
    build()
