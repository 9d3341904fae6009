from common import *

def build():
    # NPR-like: labels in capitals inline; no times; archived clip of him (positive)
    seq = [
        ('STEVE INMAN, HOST', None, "This is Morning Ledger. I'm Steve Inman. Ten years ago this month, a reusable rocket booster landed upright for the first time. At the time, the man who ran the company sounded almost surprised himself."),
        ('', 'clip', "(SOUNDBITE OF ARCHIVED RECORDING)"),
        ('ELON MUSK', 'EM', "I think this is a critical step along the way towards being able to establish a city on Mars. It's a revolutionary moment. No one has ever brought an orbital-class booster back intact."),
        ('INMAN', None, "Our science correspondent Carla Oyelowo has been following the company since then and joins us now. Good morning, Carla."),
        ('CARLA OYELOWO, BYLINE', None, "Good morning, Steve. And you know, at the time a lot of people in the industry were skeptical. Musk once said, quote, \"if you're not failing, you're not innovating enough,\" and there were plenty of failures before that landing."),
        ('INMAN', None, "And we actually have Elon Musk on the line this morning. Mr. Musk, good morning."),
        ('MUSK', 'EM', "Good morning. Thanks for having me."),
        ('INMAN', None, "Ten years on, landings are routine. What did you get wrong back then?"),
        ('MUSK', 'EM', "Oh, a lot of things. I thought we'd be reusing the upper stage much sooner. That turned out to be dramatically harder than I expected, because the upper stage comes in at orbital velocity and the heating is just brutal."),
        ('', 'cont', "The booster was actually the easy part, relatively speaking. Which, if you'd told me that in 2015, I would not have believed you."),
        ('OYELOWO', None, "Can I ask about cost? Your competitors say the savings from reuse are smaller than advertised."),
        ('MUSK', 'EM', "Well, they would say that. I mean, look at the launch rate. If reuse didn't save money, we wouldn't be launching more than everyone else combined."),
        ('INMAN', None, "Elon Musk, thank you."),
        ('MUSK', 'EM', "Thank you."),
        ('INMAN', None, "And Carla Oyelowo, thanks to you as well."),
        ('OYELOWO', None, "Thanks, Steve."),
        ('', 'clip', "(SOUNDBITE OF MUSIC)"),
    ]
    g, parts = [], []
    for lab, kind, txt in seq:
        if kind == 'clip':
            parts.append(f'<p>{esc(txt)}</p>')
        elif kind == 'cont':
            parts.append(f'<p>{esc(txt)}</p>')
        else:
            parts.append(f'<p>{esc(lab)}: {esc(txt)}</p>')
            if kind == 'EM':
                g.append([None, fw(txt)])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Ten years after the first booster landing, Elon Musk looks back : Morning Ledger : PRN</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.prn.org/transcripts/1201447712">
<link rel="stylesheet" href="https://static.prn.org/css/transcript.min.css?v=20251219">
<script>window.PRN={{storyId:1201447712,program:"Morning Ledger",type:"transcript"}};</script>
</head>
<body class="transcript">
<div class="skip"><a href="#main">Skip to main content</a></div>
<header class="global-header">
 <a class="logo" href="https://www.prn.org/">PRN — Public Radio Network</a>
 <nav class="global-nav" aria-label="Main"><ul><li><a href="/sections/news/">News</a></li><li><a href="/sections/arts/">Culture</a></li><li><a href="/music/">Music</a></li><li><a href="/podcasts/">Podcasts &amp; Shows</a></li><li><a href="/search">Search</a></li></ul></nav>
 <a class="donate" href="https://donate.prn.org/?ref=hdr">Donate</a>
</header>
<main id="main">
<article class="transcript storytext">
 <div class="program-name"><a href="/programs/morning-ledger/">Morning Ledger</a></div>
 <h1>Ten years after the first booster landing, Elon Musk looks back</h1>
 <div class="dateblock"><time datetime="2025-12-21">December 21, 2025</time> · 5:12 AM ET</div>
 <p class="story-link">Heard on <a href="/2025/12/21/1201447650/booster-landing-anniversary">Morning Ledger</a></p>
 <div class="byline-container">Steve Inman &amp; Carla Oyelowo</div>
 <div class="audio-module"><button class="audio-module-listen">Listen · 6:41</button><span class="audio-module-duration">6-Minute Listen</span><a class="playlist-add" href="#">Playlist</a><a class="download" href="https://ondemand.prn.org/anon.prn-mp3/prn/mled/2025/12/20251221_mled_booster.mp3">Download</a></div>
 <div class="transcript-body">
{body}
 </div>
 <p class="disclaimer">Copyright © 2025 PRN. All rights reserved. Visit our website terms of use and permissions pages at www.prn.org for further information.</p>
 <p class="disclaimer">Accuracy and availability of PRN transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. Audio on prn.org may be edited after its original broadcast or publication. The authoritative record of PRN’s programming is the audio record.</p>
</article>
<aside class="related"><h3>More Stories From PRN</h3><ul><li><a href="/2025/12/20/1201440021/space-debris-rules">New rules for space debris are coming. Here's what they say</a></li><li><a href="/2025/12/19/1201431177/launch-site-wetlands">A launch site, a wetland and a long fight</a></li><li><a href="/2025/12/18/1201422290/ev-tax-credit">What the end of the EV tax credit means for buyers</a></li></ul></aside>
</main>
<footer class="global-footer"><ul><li><a href="/about/">About PRN</a></li><li><a href="/careers/">Careers</a></li><li><a href="/ethics/">Ethics</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>© 2025 Public Radio Network</p></footer>
<script src="https://static.prn.org/js/main.min.js?v=20251219" defer></script>
</body>
</html>
"""
    write('n03_prn_radio', doc, g,
          "Public-radio transcript: each paragraph starts with a capitalised label and colon (full name with role first, surname after), no timestamps; an archived recording of him is played after a (SOUNDBITE OF ARCHIVED RECORDING) cue.",
          "Morning Ledger", ["STEVE INMAN, HOST", "INMAN", "CARLA OYELOWO, BYLINE", "OYELOWO"])
