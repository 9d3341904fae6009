from common import *

def build():
    N = 'Nora Kessling'
    # cues: (time, label or None, text); label printed at speaker changes as "LABEL:" prefix
    cues = [
        (3431, 'NORA KESSLING', "so before we get into that, I want to play something you said back in 2016."),
        (3437, None, "let's roll it."),
        (3440, None, "[clip from 2016 keynote]"),
        (3442, 'ELON MUSK', "we're going to make it possible for anyone to go to Mars, and the cost will be about the same as a median house price."),
        (3451, None, "[applause]"),
        (3455, 'NORA KESSLING', "median house price. Where are we on that?"),
        (3461, 'ELON MUSK', "not there yet. I mean, houses got more expensive, so in a way we're closer."),
        (3467, None, "[laughter]"),
        (3469, None, "but seriously, the key is full and rapid reusability of the whole stack, which is the thing we're working on right now."),
        (3478, 'NORA KESSLING', "okay."),
        (3479, 'ELON MUSK', "once the ship is reusable like an airplane, the cost per ton drops by something like a hundred x."),
        (3598, 'NORA KESSLING', "you keep saying a hundred x. Is that a real number or a vibe?"),
        (3604, 'ELON MUSK', "it's a real number. Propellant is cheap. The expensive part is throwing the hardware away."),
        (3611, None, "if you stop throwing it away, you're left with propellant and ops."),
        (3830, 'NORA KESSLING', "last question. What would make you give up on Mars?"),
        (3837, 'ELON MUSK', "nothing, really. I mean, unless physics changes."),
        (3842, 'NORA KESSLING', "thank you for doing this."),
    ]
    g, segs = [], []
    for t, lab, txt in cues:
        shown = f"{lab}: {txt}" if lab else txt
        segs.append(f'''<div class="seg" role="button" tabindex="0" data-start-ms="{t*1000}">
 <div class="seg-ts" aria-label="{t//60} minutes {t%60} seconds">{hms_short(t)}</div>
 <div class="seg-txt" dir="auto">{esc(shown)}</div>
</div>''')
        if lab == 'ELON MUSK':
            g.append([t, fw(txt)])
    body = '\n'.join(segs)
    doc = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" data-theme="dark">
<head>
<meta charset="utf-8">
<title>Elon Musk: Mars, Reuse and the 100x Problem | Deep Field #57 - Vidora</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.episode">
<link rel="stylesheet" href="https://www.vidora.tv/s/desktop/a71c3e/cssbin/www-main-desktop-watch-page.css">
<style>.seg{{display:flex;gap:16px;padding:6px 12px;cursor:pointer}}.seg-ts{{min-width:56px;color:#aaa;font-variant-numeric:tabular-nums}}.seg:hover{{background:#272727}}</style>
</head>
<body>
<div id="app">
<header id="masthead"><a id="logo" href="https://www.vidora.tv/" title="Vidora Home">Vidora</a><form id="search-form" action="/results"><input name="search_query" placeholder="Search"></form><a class="sign-in" href="/signin">Sign in</a></header>
<div id="columns">
<div id="primary">
 <div id="player" class="vp-player" data-video-id="dQz8mK41rTe" style="aspect-ratio:16/9;background:#000"></div>
 <h1 class="title">Elon Musk: Mars, Reuse and the 100x Problem | Deep Field #57</h1>
 <div id="owner"><a href="/@deepfieldshow" class="channel">Deep Field with Nora Kessling</a> <span class="subs">1.21M subscribers</span> <button class="subscribe">Subscribe</button></div>
 <div id="description" class="expander collapsed">
  <p>412,889 views · 3 days ago · #spacex #mars #podcast</p>
  <p>Nora sits down with Elon Musk to talk about reusability, cost per ton and whether Mars is still the plan.</p>
  <p>Chapters<br>0:00 Intro<br>12:40 Early days<br>57:11 Elon Musk on the 2016 promise<br>59:58 Elon Musk: &quot;a hundred x&quot;<br>1:03:50 Would he ever give up?</p>
  <p>Sponsored by Lumen Fiber. Get 20% off with code DEEPFIELD.</p>
  <button class="more">...more</button>
 </div>
</div>
<div id="secondary">
 <div id="panels"><section class="engagement-panel" target-id="engagement-panel-searchable-transcript" visibility="EXPANDED">
  <header class="panel-header"><h2>Transcript</h2><button aria-label="More actions">⋮</button></header>
  <div class="panel-body"><div id="segments-container" class="segments">
{body}
  </div></div>
  <footer class="panel-footer"><button class="lang">English</button></footer>
 </section></div>
 <div id="related"><h3>Up next</h3><ul><li><a href="/watch?v=Qh1rW0pzE2x">The Rocket Equation, Explained | Deep Field Shorts</a></li><li><a href="/watch?v=Lx9dC3mRtPa">Gwynne Ortiz on launch insurance | Deep Field #56</a></li></ul></div>
</div>
</div>
<section id="comments"><h2>1,944 Comments</h2>
<div class="comment"><a class="author" href="/@ElonMuskOfficial_">@ElonMuskOfficial_</a><span class="age">2 days ago</span><p>Thanks for having me Nora! Giving away 5,000 crypto to my fans, link in bio</p></div>
<div class="comment"><a class="author" href="/@orbitalmechanic">@orbitalmechanic</a><span class="age">3 days ago</span><p>59:58 &quot;Propellant is cheap. The expensive part is throwing the hardware away.&quot; best line of the episode</p></div>
<div class="comment"><a class="author" href="/@kesslingfan">@kesslingfan</a><span class="age">3 days ago</span><p>Nora&rsquo;s &quot;Is that a real number or a vibe?&quot; 😂</p></div>
</section>
</div>
<script>var ytInitialPlayerResponse={{"videoDetails":{{"videoId":"dQz8mK41rTe","lengthSeconds":"4210","author":"Deep Field with Nora Kessling"}}}};</script>
<script src="https://www.vidora.tv/s/desktop/a71c3e/jsbin/desktop_polymer.vflset/desktop_polymer.js" defer></script>
</body>
</html>
"""
    write('n06_vidora_panel', doc, g,
          "Video-platform transcript panel: one div per caption cue with data-start-ms and a printed m:ss / h:mm:ss time (both shapes on one page); the speaker appears as an uppercase 'NAME:' prefix only on the cue where the speaker changes, following cues are unlabelled.",
          "Deep Field with Nora Kessling", ["NORA KESSLING"])
