"""i12 - public-radio transcript: ALL-CAPS labels ('NAME, HOST:' first), guest Kimbal Musk,
archived soundbites of Elon Musk (count), a caller named Elon Haapala (does not), host reading
one of his posts aloud (does not). No times."""
from common import *

NAME = 'i12_lakeshore_radio_kimbal_soundbites'
SHOW = 'Morning Circuit'
LAB = {'LC': ['LEILA CHAUDHRY, HOST', 'CHAUDHRY'], 'KM': ['KIMBAL MUSK', 'KIMBAL MUSK'],
       'EM': ['ELON MUSK', 'ELON MUSK'], 'EH': ['ELON HAAPALA', 'HAAPALA'], 'DIR': None}

T = [
    ('LC', None, ['This is MORNING CIRCUIT from Lakeshore Public Radio. I\'m Leila Chaudhry. Kimbal Musk has spent the last two decades trying to get Americans to eat real food, through restaurants, school gardens and an indoor farming company. He is also, as he will be the first to tell you, Elon Musk\'s younger brother. He joins me now from Boulder. Welcome.']),
    ('KM', None, ['Thanks, Leila. Happy to be here.']),
    ('LC', None, ['Let\'s get the brother thing out of the way. You two started your first company together. Here\'s how your brother described those early days in an interview a few years ago.']),
    ('DIR', None, ['(SOUNDBITE OF ARCHIVED RECORDING)']),
    ('EM', None, ['We couldn\'t afford an apartment, so we rented a small office and slept on the couch and showered at the YMCA. Kimbal and I would get into fistfights over the direction of the company. Real fistfights.']),
    ('LC', None, ['Real fistfights?']),
    ('KM', None, ['That\'s accurate. I lost most of them. But we were twenty-something and sleeping in an office, so, you know, tempers ran high.']),
    ('LC', None, ['Your brother posted last month, and I\'ll read it exactly, "Kimbal\'s farms are the future of food." Do you two talk about food?']),
    ('KM', None, ['Constantly. He eats terribly, by the way. I\'ve been trying for thirty years. He once told me, "I\'d eat a rock if it saved time." So there\'s a limit to my influence.']),
    ('LC', None, ['He has talked about that, actually. Here he is on a podcast last year.']),
    ('DIR', None, ['(SOUNDBITE OF PODCAST)']),
    ('EM', None, ['Kimbal thinks I eat badly. He\'s right. I had a donut for breakfast, and I\'ll probably have another one for lunch.']),
    ('KM', None, ['See? That\'s what I\'m up against.']),
    ('LC', None, ['Let\'s take a call. Elon Haapala is on the line from Duluth. Go ahead, Elon.']),
    ('EH', None, ['Hi, yes, good morning. And no relation, I get that a lot. My question is for Kimbal. Do the indoor farms work up here, where it\'s dark half the year?']),
    ('KM', None, ['Great question, and yes, that\'s actually where they make the most sense. The lighting is all LED, so the sun doesn\'t matter. What matters is cheap electricity.']),
    ('EH', None, ['Okay, thank you. Good to know.']),
    ('LC', None, ['Kimbal, before we let you go, we have one more piece of tape. Your brother talked about school gardens at a conference in 2019.']),
    ('DIR', None, ['(SOUNDBITE OF ARCHIVED RECORDING)']),
    ('EM', None, ['Honestly, I think what Kimbal is doing with the school gardens is more important than it looks. If kids grow a carrot, they\'ll eat a carrot.',
                  'It\'s not rocket science. Which is a relief, because I have enough of that.']),
    ('DIR', None, ['(LAUGHTER)']),
    ('LC', None, ['Not rocket science. Do you agree?']),
    ('KM', None, ['It\'s harder than rocket science, actually. Rockets don\'t have lunch ladies with opinions. Kidding. The lunch ladies are the heroes.']),
    ('LC', None, ['Kimbal Musk, thank you so much.']),
    ('KM', None, ['Thank you, Leila.']),
    ('DIR', None, ['(SOUNDBITE OF MUSIC)']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        if spk == 'DIR':
            out.append('<p>%s</p>' % esc(paras[0]))
            continue
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        out.append('<p>%s: %s</p>' % (esc(lab), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kimbal Musk on real food, indoor farms and sibling fistfights : Morning Circuit : Lakeshore Public Radio</title>
<meta name="description" content="Kimbal Musk talks about school gardens, indoor farming and growing up with his brother. Plus your calls.">
<link rel="canonical" href="https://www.lakeshorepublic.org/transcripts/2024/11/21/morning-circuit-kimbal-musk">
<link rel="stylesheet" href="https://www.lakeshorepublic.org/themes/lpr/css/site.min.css?v=2.14.0">
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');window.LPR={"station":"WLKP","program":"morning-circuit","storyId":"24-1121-mc-03"};</script>
</head>
<body class="page-transcript program-morning-circuit">
<a class="skip" href="#main">Skip to main content</a>
<header class="global-header">
<div class="station-brand"><a href="https://www.lakeshorepublic.org/"><span class="call">WLKP 90.7</span> Lakeshore Public Radio</a></div>
<div class="listen-live"><button class="ll-btn" data-stream="https://stream.lakeshorepublic.org/wlkp.aac">&#9654; Listen Live</button> <span class="ll-now">Now: Morning Circuit</span></div>
<nav class="global-nav"><ul><li><a href="/news">News</a></li><li><a href="/programs">Programs</a></li><li><a href="/schedule">Schedule</a></li><li><a href="/podcasts">Podcasts</a></li><li><a href="/events">Events</a></li><li class="donate"><a href="https://donate.lakeshorepublic.org/?campaign=header">Donate</a></li></ul></nav>
</header>
<main id="main">
<div class="transcript-wrap">
<div class="program-bar"><a href="/programs/morning-circuit">Morning Circuit</a> &middot; <time datetime="2024-11-21">November 21, 2024</time> &middot; 10:06 AM CT</div>
<h1 class="storytitle">Kimbal Musk on real food, indoor farms and sibling fistfights</h1>
<div class="audio-module"><button class="audio-play" data-audio="https://media.lakeshorepublic.org/mc/2024/11/20241121_mc_03.mp3">Listen &middot; 16:42</button> <a class="audio-dl" href="https://media.lakeshorepublic.org/mc/2024/11/20241121_mc_03.mp3" download>Download</a></div>
<p class="story-teaser">Kimbal Musk talks about school gardens, indoor farming and growing up with his brother. Plus your calls.</p>
<div class="transcript storytext">
<h2 class="transcript-hed">Transcript</h2>
@@T@@
<p class="disclaimer">Copyright &copy; 2024 Lakeshore Public Radio. All rights reserved. Visit our website terms of use and permissions pages at www.lakeshorepublic.org for further information.</p>
<p class="disclaimer">Lakeshore Public Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of Lakeshore Public Radio&rsquo;s programming is the audio record.</p>
</div>
</div>
<aside class="more-from"><h3>More from Morning Circuit</h3><ul>
<li><a href="/transcripts/2024/11/20/morning-circuit-wild-rice">The fight over wild rice</a></li>
<li><a href="/transcripts/2024/11/19/morning-circuit-snowplow-names">Name that snowplow: your entries</a></li>
</ul></aside>
</main>
<footer class="global-footer"><div class="footer-cols"><div><h4>Lakeshore Public Radio</h4><p>1200 Harbor Drive, Duluth, MN 55802</p></div><div><h4>Connect</h4><p><a href="/contact">Contact us</a> &middot; <a href="/newsletters">Newsletters</a></p></div><div><h4>About</h4><p><a href="/about">About</a> &middot; <a href="/fcc-public-files">FCC Public Files</a> &middot; <a href="/privacy">Privacy</a></p></div></div><p class="legal">&copy; 2024 Lakeshore Public Radio</p></footer>
<script src="https://www.lakeshorepublic.org/themes/lpr/js/site.min.js?v=2.14.0" defer></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Public-radio transcript: one <p> per turn opening with an ALL-CAPS "NAME:" label (host with ", HOST" the first time), stage directions such as (SOUNDBITE OF ARCHIVED RECORDING) in their own paragraphs, no timestamps.',
         gold_turns(T), ['LEILA CHAUDHRY, HOST', 'CHAUDHRY', 'KIMBAL MUSK', 'ELON HAAPALA', 'HAAPALA'])
