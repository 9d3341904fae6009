"""x13 - TRAP: public-radio transcript about the hearing; Musk quoted and paraphrased, soundbites of others only."""
from common import *

NAME = "x13_northbridge_radio_trap"
SHOW = "Morning Circuit (Northbridge Public Radio)"

SEQ = [
    ("RACHEL MBEKI, HOST", "Yesterday on Capitol Hill, senators spent two hours asking SpaceX CEO Elon Musk about something most travelers never think about: the airspace that closes every time a rocket launches. Northbridge's Tomas Ellery covers aviation and was in the room. Good morning, Tomas."),
    ("TOMAS ELLERY, BYLINE", "Good morning, Rachel."),
    ("MBEKI", "So what did Musk actually tell the committee?"),
    ("ELLERY", "His main argument was that the rocket is no longer the bottleneck. Musk told senators that a typical launch closes a big block of airspace for hours, even though the vehicle is only in that airspace for a few minutes. In his words, quote, \"that gap is what I think we should go after.\""),
    ("MBEKI", "And the senators?"),
    ("ELLERY", "They were mostly receptive, but Oregon Senator Ruth Musgrave, the top Democrat on the committee, pushed him on something he said in an old interview."),
    ("@", "(SOUNDBITE OF ARCHIVED RECORDING)"),
    ("RUTH MUSGRAVE", "Catching a flight is routine because of decades of shared rules, shared data, and shared responsibility, and I am not sure we are there yet for launch."),
    ("ELLERY", "Musk answered that the licensing process has improved, and he credited the agency staff. The biggest news, though, was a one-word answer. Montana Senator Dev Talley asked whether SpaceX would share real-time trajectory data with the FAA, and Musk just said, \"Yes.\""),
    ("MBEKI", "Just yes."),
    ("ELLERY", "Just yes. And then he went further and said the company would share it with airlines too. That's something regional carriers have wanted for years. Colin Pruett, who represents those carriers, testified right after him."),
    ("@", "(SOUNDBITE OF ARCHIVED RECORDING)"),
    ("COLIN PRUETT", "We receive a notice to air missions, and then we find out when the window is over."),
    ("MBEKI", "So what happens next?"),
    ("ELLERY", "The committee's record stays open for two weeks, and staff on both sides told me a bill on dynamic hazard areas could be ready by the fall. SpaceX didn't respond to our request for further comment, and Musk himself wrote on X last night, quote, \"Good hearing. Solvable problem.\""),
    ("MBEKI", "Northbridge's Tomas Ellery. Thanks, Tomas."),
    ("ELLERY", "Thanks, Rachel."),
    ("@", "(SOUNDBITE OF MUSIC)"),
]


def build():
    body = []
    for label, text in SEQ:
        if label == "@":
            body.append(f"<p>{esc(text)}</p>")
        else:
            body.append(f"<p>{esc(label)}: {esc(text)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senators press Musk on the airspace every launch closes : Morning Circuit : Northbridge Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Northbridge's Tomas Ellery reports on a Senate hearing where SpaceX CEO Elon Musk was asked about launch-related airspace closures.">
<link rel="stylesheet" href="https://www.northbridgeradio.org/assets/css/story.min.css">
<script>window.NBR={{"storyId":"nbr-2025-05-15-ellery-launch","program":"Morning Circuit","hasAudio":true}};</script>
</head>
<body class="transcript">
<header class="global-header"><a href="/" class="brand">Northbridge Public Radio</a><nav><a href="/news">News</a> <a href="/programs/morning-circuit">Morning Circuit</a> <a href="/podcasts">Podcasts</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main>
<article class="story transcript">
<div class="story-meta"><a class="program" href="/programs/morning-circuit">Morning Circuit</a> <time datetime="2025-05-15">May 15, 2025</time> &middot; 5:06 AM ET</div>
<h1>Senators press Musk on the airspace every launch closes</h1>
<div class="audio-module"><button class="play">Listen &middot; 3:52</button><a class="dl" href="https://ondemand.northbridgeradio.org/morning/2025/05/15/ellery-launch.mp3">Download</a></div>
<p class="heard-on">Heard on Morning Circuit</p>
<div class="bucketwrap"><div class="byline">Tomas Ellery</div><div class="byline">Rachel Mbeki</div></div>
<h2 class="transcript-label">Transcript</h2>
<div class="transcript storytext">
{chr(10).join(body)}
<p class="disclaimer">Copyright &copy; 2025 Northbridge Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
<p class="disclaimer">Northbridge transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Northbridge's programming is the audio record.</p>
</div>
</article>
<aside class="related"><h3>More Stories From Morning Circuit</h3><ul><li><a href="/2025/05/14/airline-delays-florida">Why your Florida flight keeps getting rerouted</a></li><li><a href="/2025/05/12/faa-staffing">Air traffic controller staffing hits a new low</a></li></ul></aside>
</main>
<footer class="global-footer"><p>&copy; 2025 Northbridge Public Radio &middot; <a href="/about">About</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of Use</a></p></footer>
<script src="https://www.northbridgeradio.org/assets/js/story.min.js" defer></script>
</body>
</html>
"""
    exp = expected(
        "Public-radio transcript: each paragraph opens with an upper-case label and colon ('RACHEL MBEKI, HOST:' then 'MBEKI:'), soundbites announced by '(SOUNDBITE OF ARCHIVED RECORDING)'; no timestamps; Musk never speaks.",
        SHOW, [], ["RACHEL MBEKI, HOST", "TOMAS ELLERY, BYLINE", "MBEKI", "ELLERY", "RUTH MUSGRAVE", "COLIN PRUETT"])
    meta = dict(kind="Public-radio news transcript (TRAP: he never speaks)",
                fmt="'LABEL: text' paragraphs, caps labels; soundbite markers; no times",
                hard=["He is quoted repeatedly inside the reporter's turns, including his one-word 'Yes.' and an X post",
                      "Archived-recording soundbites are of OTHER people (Senator Musgrave, Colin Pruett) - a clip trap",
                      "'RUTH MUSGRAVE:' label shares the MUS- prefix",
                      "Headline/description name him"],
                choices=["Expected turns is []: no soundbite of him is played."])
    register(NAME, page, exp, meta)


build()
