from common import *

def build():
    seq = [
        ('PRESENTER (Fiona Garrick)', "Good evening. Tonight on The Evening Brief: the family behind the world's richest man. Elon Musk declined our request for an interview, but his brother and his mother did not. First, our business correspondent Tom Achebe."),
        ('TOM ACHEBE', "Fiona, Elon Musk has built his career on bold predictions. Musk once said: \"When something is important enough, you do it even if the odds are not in your favor.\" Investors have mostly bought it. Some are now asking whether the odds have finally caught up with him."),
        ('PRESENTER', "Tom, thank you. Well, I'm joined now from Colorado by Kimbal Musk. Kimbal, thanks for being with us."),
        ('KIMBAL MUSK', "Happy to be here, Fiona. Though I should say up front, I don't speak for my brother. Nobody does."),
        ('PRESENTER', "What's he like when the cameras are off?"),
        ('KIMBAL MUSK', "Honestly, pretty similar. He'll text me at two in the morning about some physics problem. As Elon told me once, \"the factory is the product,\" and I think he really lives that."),
        ('PRESENTER', "And we also spoke earlier to his mother, Maye Musk."),
        ('MAYE MUSK (recorded)', "I always knew he would be different. He read the encyclopedia when he was nine. The whole thing."),
        ('PRESENTER', "Finally, his appearance on last weekend's comedy show was much discussed. Here's a little of it."),
        ('(CLIP) COMEDIAN JAKE PRUITT, AS ELON MUSK', "I'm going to Mars, and I'm taking the comments section with me."),
        ('PRESENTER', "Kimbal Musk, thank you."),
        ('KIMBAL MUSK', "Thank you."),
    ]
    parts = [f'<p><span class="spk">{esc(lab)}:</span> {esc(txt, True)}</p>' for lab, txt in seq]
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Evening Brief - Transcript: The Musk family - NBS Radio</title>
<link rel="stylesheet" href="https://static.nbs.example.co.uk/radio/css/programme-transcript.7c2f.css">
</head>
<body>
<div id="orb-banner"><a href="https://www.nbs.example.co.uk/" class="orb-logo">NBS</a><nav class="orb-nav"><a href="/news">News</a><a href="/sport">Sport</a><a href="/radio">Radio</a><a href="/sounds">Sounds</a></nav></div>
<main id="main-content" class="programme">
<div class="br-masthead"><h1 class="br-title">The Evening Brief</h1><p class="br-strapline">News and analysis from the NBS, weeknights at 10pm.</p></div>
<h2 class="episode-title">The Musk family</h2>
<p class="broadcast">First broadcast: NBS Radio 4, <time datetime="2025-10-14T22:00:00+01:00">14 October 2025, 22:00</time> · 28 minutes</p>
<div class="synopsis"><p>Elon Musk declined to be interviewed, but his brother Kimbal and mother Maye talk to Fiona Garrick about the man behind the companies.</p>
<p class="credits">Presenter: Fiona Garrick · Producer: Rosalind Hale</p></div>
<section class="transcript"><h3>Transcript</h3>
<p class="caveat">THIS TRANSCRIPT WAS TYPED FROM A RECORDING AND NOT COPIED FROM AN ORIGINAL SCRIPT. BECAUSE OF THE RISK OF MISHEARING, THE NBS CANNOT VOUCH FOR ITS COMPLETE ACCURACY.</p>
{body}
</section>
<section class="more"><h3>More episodes</h3><ul><li><a href="/programmes/p0kq7x2z">Who owns the orbit?</a></li><li><a href="/programmes/p0kq1m8d">The lithium rush</a></li></ul></section>
</main>
<footer class="orb-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li></ul><p>Copyright © 2025 NBS. The NBS is not responsible for the content of external sites.</p></footer>
<script src="https://static.nbs.example.co.uk/radio/js/programme.8a1b.js" defer></script>
</body>
</html>
"""
    write('n14_nbs_radio_trap', doc, [],
          "Radio programme transcript: each paragraph opens with an uppercase label and colon, no timestamps; he declined to appear — only quoted by others, played as an impersonation, with Kimbal and Maye Musk speaking.",
          "The Evening Brief", ["PRESENTER (Fiona Garrick)", "PRESENTER", "TOM ACHEBE", "KIMBAL MUSK", "MAYE MUSK (recorded)", "(CLIP) COMEDIAN JAKE PRUITT, AS ELON MUSK"])
