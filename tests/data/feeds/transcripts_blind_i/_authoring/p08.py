"""i08 - video platform watch page with a transcript panel: one cue per line with
data-start (fractional seconds) and a visible mm:ss time where minutes run past 59; a speaker
chip only at speaker changes (every cue carries a time, the turn starts at the first); an
archive clip of him played by the moderator; description chapters naming him; a collapsed
full-text copy of the transcript; scam comments by 'Elon Musk' look-alikes."""
from common import *

NAME = 'i08_clipwave_panel_cues_over_60min'
SHOW = 'Orbital Futures Forum'
LAB = {'AR': 'Ayesha Rahman', 'EM': 'Elon Musk', 'CLIP': 'Elon Musk (archive clip, 2015)'}

T = [
    ('AR', 3665.4, ['Good afternoon, everyone. Our next session is a fireside chat, and my guest is joining us from Hawthorne. Elon, welcome to the Orbital Futures Forum.']),
    ('EM', 3676.9, ['Thanks, Ayesha. Good to be here, at least virtually. Sorry I could not make it in person this year, things are a bit busy.']),
    ('AR', 3688.2, ['Let us start with Starlink. Direct to cell is now live in a few countries. What surprised you most once real users got on it?']),
    ('EM', 3701.7, ['Honestly, how much people use it for text messages in places where they had absolutely nothing before. We thought it would be an emergency feature. It turns out a lot of people just live in dead zones, and for them it is the only connectivity they have.',
                    'The bandwidth per beam is still limited, so it is not going to replace your home internet, but for messaging and basic data it is really working.']),
    ('AR', 3745.0, ['Before we go on, I want to play something. This is from an interview you gave back in 2015.']),
    ('CLIP', 3751.3, ['What we are trying to do is rebuild the internet in space. It will take a long time and it is very likely that we will fail, but if we succeed it will be very significant.']),
    ('AR', 3766.8, ['So. Rebuild the internet in space. Very likely to fail. How does that age?']),
    ('EM', 3772.1, ['Pretty well, I think. We did not fail, which was not the expected outcome. I really did think the odds were against us. Most satellite communication companies went bankrupt, so the base rate was terrible.']),
    ('AR', 4380.5, ['We have a few minutes left. Mars. Is it still the plan?']),
    ('EM', 4392.0, ['Yes, absolutely. Mars is the reason SpaceX exists. Everything else, Starlink included, is in some sense a way to pay for getting to Mars. If we can get cargo there in the next window and people in the window after that, I would be very happy.']),
    ('AR', 4431.6, ['Elon Musk, thank you very much.']),
    ('EM', 4435.2, ['Thank you.']),
]


def cues(start, paras):
    words = ' '.join(paras).split()
    out = []
    i = 0
    t = start
    while i < len(words):
        n = 11 if len(words) - i > 15 else len(words) - i
        out.append((t, ' '.join(words[i:i + n])))
        i += n
        t += 3.7 + (n % 3) * 0.41
    return out


def mm(sec):
    s = int(sec)
    return '%d:%02d' % (s // 60, s % 60)


def render():
    rows = []
    full = []
    for spk, t, paras in T:
        for k, (ct, text) in enumerate(cues(t, paras)):
            chip = ''
            if k == 0:
                chip = '<div class="tp-speaker" role="heading" aria-level="4">%s</div>' % esc(LAB[spk])
            rows.append('%s<div class="tp-cue" data-start="%.2f" tabindex="0"><span class="tp-time">%s</span><span class="tp-text">%s</span></div>'
                        % (chip, ct, mm(ct), esc(text)))
        full.append('<p><b>%s:</b> %s</p>' % (esc(LAB[spk]), esc(' '.join(paras))))
    return PAGE.replace('@@CUES@@', '\n'.join(rows)).replace('@@FULL@@', '\n'.join(full))


PAGE = r'''<!DOCTYPE html>
<html lang="en" data-theme="dark">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Orbital Futures Forum 2024 &mdash; Day 2 Main Stage (full stream) | Clipwave</title>
<meta name="description" content="Full Day 2 main stage stream from the Orbital Futures Forum 2024, including the fireside chat with Elon Musk.">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="17340">
<link rel="preconnect" href="https://cdn.clipwave.tv">
<link rel="stylesheet" href="https://cdn.clipwave.tv/web/watch.4e8a2b.css">
<style>
.tp{max-height:520px;overflow-y:auto;border-left:1px solid #333;padding:0 12px}
.tp-speaker{font-weight:700;color:#8ab4ff;margin-top:10px}
.tp-cue{display:flex;gap:10px;padding:3px 0;cursor:pointer}.tp-cue:hover{background:#222}
.tp-time{color:#999;min-width:44px;font-variant-numeric:tabular-nums}
.desc pre{white-space:pre-wrap;font-family:inherit}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Orbital Futures Forum 2024 — Day 2 Main Stage (full stream)","uploadDate":"2024-10-17","duration":"PT4H49M","publisher":{"@type":"Organization","name":"Orbital Talks"}}</script>
</head>
<body>
<div id="cw-root">
<header class="cw-top"><a class="cw-logo" href="/">Clipwave</a><form class="cw-search" action="/search"><input name="q" placeholder="Search"></form><nav><a href="/upload">Upload</a> <a href="/login">Log in</a></nav></header>
<div class="cw-watch">
<div class="cw-primary">
<div class="cw-player" data-video-id="ofF24d2ms"><video poster="https://cdn.clipwave.tv/thumbs/ofF24d2ms/maxres.jpg" preload="none" controls></video></div>
<h1 class="cw-title">Orbital Futures Forum 2024 &mdash; Day 2 Main Stage (full stream)</h1>
<div class="cw-owner"><a href="/c/orbitaltalks" class="cw-channel">Orbital Talks</a> <span class="cw-subs">48.2K followers</span> <button class="cw-follow">Follow</button></div>
<div class="cw-stats">31,904 views &middot; Oct 17, 2024</div>
<div class="desc"><pre>Full, unedited Day 2 main stage stream of the Orbital Futures Forum 2024.

Chapters
0:00 Doors open
12:40 Opening keynote: Dr. Lena Hartmann
61:05 Fireside chat with Elon Musk (remote)
61:41 Elon Musk: direct to cell is &quot;the only connectivity they have&quot;
62:25 2015 archive clip
73:00 Elon Musk: Mars is the reason SpaceX exists
75:40 Panel: Launch sites of the next decade

Transcript generated automatically and corrected by the Orbital Talks team.</pre></div>
<section class="cw-comments" id="comments"><h2>214 comments</h2>
<div class="cw-comment"><a class="cw-author" href="/c/elonmusk-official-giveaway">Elon Musk Official &#10004;</a> <span class="cw-age">1 month ago</span><p>Thank you all for watching! I am giving away 5,000 BTC to celebrate, scan the code on my channel to participate.</p><div class="cw-replies"><div class="cw-comment"><a class="cw-author" href="/c/spacefan_ru">spacefan_ru</a><p>Reported. Obvious scam, the real one does not comment on Clipwave.</p></div></div></div>
<div class="cw-comment"><a class="cw-author" href="/c/jkwok">J. Kwok</a> <span class="cw-age">1 month ago</span><p>61:41 &quot;a lot of people just live in dead zones&quot; &mdash; as someone in rural Montana, yes.</p></div>
<div class="cw-comment"><a class="cw-author" href="/c/elon-m-2077">Elon M.</a> <span class="cw-age">3 weeks ago</span><p>Thank you. Pretty well, I think.</p></div>
</section>
</div>
<aside class="cw-secondary">
<section class="tp-wrap" aria-label="Transcript"><div class="tp-head"><h2>Transcript</h2><button class="tp-close" aria-label="Close transcript">&times;</button><select class="tp-lang"><option>English</option></select></div>
<div class="tp" id="transcript-panel">
@@CUES@@
</div></section>
<details class="tp-full"><summary>Show full transcript as text</summary>
@@FULL@@
</details>
<section class="cw-upnext"><h3>Up next</h3><ul>
<li><a href="/v/ofF24d3ms">Orbital Futures Forum 2024 &mdash; Day 3 Main Stage</a></li>
<li><a href="/v/ofF24d1ms">Orbital Futures Forum 2024 &mdash; Day 1 Main Stage</a></li>
<li><a href="/v/lh24key">Lena Hartmann keynote (clip)</a></li>
</ul></section>
</aside>
</div>
<footer class="cw-foot"><a href="/about">About</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/copyright">Copyright</a> &copy; 2024 Clipwave</footer>
</div>
<script>window.__CW__={"videoId":"ofF24d2ms","captions":[{"lang":"en","kind":"asr+edited"}],"startAt":0};</script>
<script src="https://cdn.clipwave.tv/web/watch.4e8a2b.js" defer></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Video-platform transcript panel: one <div class="tp-cue" data-start="ssss.ss"> per caption line with a visible m:ss time whose minutes exceed 59; a speaker heading precedes only the first cue of each turn; a collapsed full-text copy repeats the transcript.',
         gold_turns([('EM' if x[0] == 'CLIP' else x[0],) + tuple(x[1:]) for x in T]), ['Ayesha Rahman'])
