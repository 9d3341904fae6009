from common import *

NAME = "h15_midday_circuit_radio_trap"
LAB = {"R": ("ANNA ROSS, HOST", "ROSS"), "O": ("DEVIN OKAFOR, BYLINE", "OKAFOR"),
       "AI": ("AI-GENERATED VOICE", "AI-GENERATED VOICE"), "C": ("ELON", "ELON")}
T = [
    ("R", ["This is MIDDAY CIRCUIT. I'm Anna Ross. Elon Musk did not join us today. We did invite him. But his company's robotaxi launch is the story everyone is talking about, so our tech reporter Devin Okafor is here. Hi, Devin."]),
    ("O", ["Hi, Anna."]),
    ("R", ["So what exactly launched?"]),
    ("O", ["A small fleet of driverless cars in a few neighborhoods, with a safety monitor in the passenger seat. Musk posted on his social network this morning, and I'll read it: \u201cRobotaxi is live. Ten years of work. Proud of the team.\u201d",
           "And he has said for years that this would come. In 2019 he told investors, quote, \u201cnext year for sure we'll have over a million robotaxis on the road.\u201d That did not happen, obviously."]),
    ("R", ["We also got something unusual in our inbox this week, and I want to play it, with a warning. This is not Elon Musk. It's an AI voice clone that a listener made to show how convincing these things have become."]),
    ("MARK", ["(SOUNDBITE OF AI-GENERATED AUDIO)"]),
    ("AI", ["Hi, this is Elon. I'm giving away free cars to the first thousand people who send a small deposit. Just scan the code."]),
    ("R", ["That's a scam, to be very clear. Devin, how common is this?"]),
    ("O", ["Very. The Federal Trade Commission says fake celebrity investment pitches are among the fastest-growing fraud categories, and Musk is the most-impersonated person in them."]),
    ("R", ["Let's take a call. We have Elon on the line from Fresno. And yes, that's his real name. Go ahead, Elon."]),
    ("C", ["Ha, yes. Hi, Anna. My name really is Elon, I'm a rideshare driver. My question is what happens to drivers like me if this works."]),
    ("O", ["That's the big question, Elon. In the short term, not much, the fleet is tiny. Over ten years, if it scales, a lot of driving jobs change or disappear."]),
    ("C", ["Yeah. That's what I figured. Thanks."]),
    ("R", ["Thank you for calling. Devin Okafor, thank you."]),
    ("O", ["Thanks, Anna."]),
]


def build():
    seen = set()
    out = []
    for spk, paras in T:
        if spk == "MARK":
            out.append(f"<p>{E(paras[0])}</p>")
            continue
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append(f"<p>{E(label)}: {E(paras[0])}</p>")
        out += [f"<p>{E(p)}</p>" for p in paras[1:]]
    body = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Robotaxis are here. What does that mean for drivers? : Midday Circuit : KWVR Public Radio</title>
<meta name="description" content="Elon Musk's robotaxi launch, an AI voice-clone scam, and a call from a rideshare driver named Elon.">
<link rel="stylesheet" href="/static/css/story.0c41.css">
</head>
<body class="story transcript-page">
<header class="global-header"><a href="/" class="station-logo">KWVR <span>Public Radio</span></a>
<nav class="global-nav"><a href="/news">News</a> <a href="/programs">Programs</a> <a href="/schedule">Schedule</a> <a href="/podcasts">Podcasts</a> <a class="donate" href="/donate">Donate</a></nav>
<div class="live-player"><button aria-label="Play live stream">&#9654; Listen live</button> <span>Now: All Things Local</span></div></header>
<main id="main">
<div class="story-head">
 <p class="program"><a href="/programs/midday-circuit">Midday Circuit</a></p>
 <h1>Robotaxis are here. What does that mean for drivers?</h1>
 <p class="dateline"><time datetime="2025-06-23">June 23, 2025</time> &middot; 12:20 PM PT &middot; Heard on <a href="/programs/midday-circuit">Midday Circuit</a></p>
 <div class="bylines"><span>Anna Ross</span> <span>Devin Okafor</span></div>
</div>
<div class="audio-module"><button class="play">&#9654; Listen &middot; 6:41</button> <a href="/download/mc-20250623-robotaxi.mp3">Download</a> <a href="#">Embed</a></div>
<div class="transcript storytext">
 <p class="disclaimer"><b>Transcript</b></p>
{body}
 <p class="disclaimer">Copyright &copy; 2025 KWVR Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
 <p class="disclaimer">KWVR transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of KWVR&rsquo;s programming is the audio record.</p>
</div>
<aside class="related"><h3>More from Midday Circuit</h3><ul>
 <li><a href="/2025/06/20/heat-pumps">The heat pump boom comes to the Central Valley</a></li>
 <li><a href="/2025/06/18/ai-scams">How to spot an AI voice scam</a></li>
</ul></aside>
</main>
<footer class="global-footer"><p>KWVR Public Radio is a member station of a national public media network. <a href="/about">About</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/fcc">FCC public file</a></p></footer>
<script src="/static/js/player.0c41.js"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Public-radio transcript (trap); one <p> per turn with capitalised labels (role on first appearance, surname after), no times; Musk is discussed, quoted and imitated by an AI voice clone, and a caller named Elon speaks.",
                 "Midday Circuit (KWVR Public Radio)", [], ["ANNA ROSS, HOST", "ROSS", "DEVIN OKAFOR, BYLINE", "OKAFOR", "AI-GENERATED VOICE", "ELON"])


if __name__ == "__main__":
    build()
