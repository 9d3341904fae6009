from common import *

NAME = "h12_vidstream_transcript_panel"
LAB = {"K": ("Kayla Brightwater", "Kayla"), ELON: ("Elon Musk", "Elon"), "R": ("Ravi Menon", "Ravi")}
# (speaker, [(start_float, caption segment), ...])
T = [
    ("K", [(0.4, "Hey everyone, welcome back to Stellar Garage."), (3.9, "Today is a big one. We're at Starbase, and our tour guide is Elon Musk.")]),
    (ELON, [(9.72, "Welcome to the high bay."), (11.05, "This is where we stack the ships. It's about eighty meters tall inside,"), (15.6, "so it's one of the tallest buildings in south Texas, which is not a high bar.")]),
    ("K", [(20.31, "It is huge.")]),
    (ELON, [(21.88, "It is huge, yeah.")]),
    ("K", [(25.0, "Why stainless steel? Everyone asks.")]),
    (ELON, [(842.37, "Stainless is cheap, it's strong at cryogenic temperatures,"), (846.9, "and it has a high melting point, so you need less heat shielding on the leeward side."),
            (851.44, "Carbon fiber was the original plan, but it was slow and expensive to make. Steel you can weld in a tent.")]),
    ("K", [(858.02, "And you did, right? Weld them in tents?")]),
    (ELON, [(860.5, "We did, in the early days. Ravi was there for that.")]),
    ("R", [(863.76, "I was. It was very windy. Sand got into everything.")]),
    (ELON, [(868.1, "Ravi's being polite. It was chaos, productive chaos.")]),
    ("K", [(3725.65, "Last question. What are you proudest of here?")]),
    (ELON, [(3729.2, "The team. Honestly, the building is just a building."), (3733.8, "The people here figured out how to build rockets like a factory builds cars. That's the hard part.")]),
    ("K", [(3741.0, "That's a wrap. Thank you, Elon.")]),
]


def build():
    seen = set()
    segs = []
    for spk, rows in T:
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        for i, (st, txt) in enumerate(rows):
            lab = f'<span class="seg-speaker">{label}:</span> ' if i == 0 else ""
            segs.append(f'<div class="segment" role="button" tabindex="0" data-start="{st:.2f}">'
                        f'<a class="seg-ts" href="/watch?v=sg_Hb4yKx2c&amp;t={int(st)}s">{hms_short(st)}</a>'
                        f'<div class="seg-text">{lab}{E(txt)}</div></div>')
    panel = "\n".join(segs)
    turns = [(spk, rows[0][0], [x for _, x in rows]) for spk, rows in T]
    page = f"""<!DOCTYPE html>
<html lang="en" dark>
<head>
<meta charset="utf-8">
<title>Elon Musk Gives Us a Tour of the Starbase High Bay - VidStream</title>
<meta name="description" content="We went to Starbase and Elon Musk walked us through the high bay, steel vs carbon fiber, and the tent-welding days.">
<meta property="og:type" content="video.other">
<link rel="stylesheet" href="https://s.vidstream.example/player/4b2d/www-player.css">
<link rel="stylesheet" href="https://s.vidstream.example/desktop/9f1/app.css">
<style>.segment{{display:flex;gap:12px;padding:6px 12px;cursor:pointer}}.segment:hover{{background:#272727}}.seg-ts{{min-width:56px;color:#aaa;text-decoration:none}}.seg-speaker{{font-weight:600}}</style>
</head>
<body>
<div id="masthead"><a id="logo" href="/">VidStream</a><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search"></form><a class="sign-in" href="/signin">Sign in</a></div>
<div id="page-manager">
<div id="primary">
 <div id="player" class="video-player" data-video-id="sg_Hb4yKx2c"><video src="blob:https://vidstream.example/7f3c" preload="metadata"></video><div class="ytp-time-display">0:00 / 1:02:31</div></div>
 <h1 class="title">Elon Musk Gives Us a Tour of the Starbase High Bay</h1>
 <div id="owner"><a class="channel-name" href="/@stellargarage">Stellar Garage</a> <span class="subs">1.42M subscribers</span> <button class="subscribe">Subscribe</button></div>
 <div id="actions"><button>&#128077; 48K</button><button>Share</button><button>Download</button><button>Clip</button></div>
 <div id="description" class="expandable">
  <div class="info">2.1M views &middot; 3 weeks ago &middot; #starship #spacex #starbase</div>
  <p>Huge thanks to the Starbase team for having us. Filmed on location; some audio is rough because it's a factory. Transcript is under &ldquo;Show transcript&rdquo;.</p>
  <p>Chapters:<br>
  <a href="/watch?v=sg_Hb4yKx2c&amp;t=0s">0:00</a> Intro<br>
  <a href="/watch?v=sg_Hb4yKx2c&amp;t=9s">0:09</a> Elon Musk: welcome to the high bay<br>
  <a href="/watch?v=sg_Hb4yKx2c&amp;t=842s">14:02</a> Elon Musk: why stainless steel<br>
  <a href="/watch?v=sg_Hb4yKx2c&amp;t=860s">14:20</a> Welding in tents (with Ravi Menon)<br>
  <a href="/watch?v=sg_Hb4yKx2c&amp;t=3725s">1:02:05</a> What he&rsquo;s proudest of</p>
  <p>Merch: stellargarage.example/shop &middot; Patreon: patreon.example/stellargarage</p>
 </div>
 <div id="comments"><h2 class="count">3,208 Comments</h2>
  <div class="comment-thread"><a class="author" href="/@ElonMuskFanatic">@ElonMuskFanatic</a> <span class="published">3 weeks ago</span>
   <p class="content">Elon at 14:02: &ldquo;Steel you can weld in a tent.&rdquo; Legendary.</p><span class="likes">2.4K</span></div>
  <div class="comment-thread"><a class="author" href="/@elonmusk.clips">@elonmusk.clips</a> <span class="published">3 weeks ago</span>
   <p class="content">Elon Musk: &ldquo;It&rsquo;s one of the tallest buildings in south Texas, which is not a high bar&rdquo; &#128514;</p><span class="likes">911</span></div>
  <div class="comment-thread"><a class="author" href="/@kaylaB">@kaylaB</a> <span class="creator-badge">Creator</span> <span class="published">3 weeks ago</span>
   <p class="content">Thanks for watching! Part 2 (the Raptor line) is coming next month.</p><span class="likes">5.7K</span></div>
 </div>
</div>
<div id="secondary">
 <div id="engagement-panel" class="transcript-panel" target-id="engagement-panel-searchable-transcript" visibility="EXPANDED">
  <div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">&times;</button></div>
  <div class="panel-body segments" role="list">
{panel}
  </div>
  <div class="panel-footer"><select><option selected>English</option><option>English (auto-generated)</option></select></div>
 </div>
 <div id="related"><div class="rel"><a href="/watch?v=r1">Inside the Raptor engine factory</a> <span>Stellar Garage &middot; 880K views</span></div><div class="rel"><a href="/watch?v=r2">Starship flight 6 in 12 minutes</a> <span>OrbitNow &middot; 3.3M views</span></div></div>
</div>
</div>
<script nonce="q8sX">var ytInitialPlayerResponse={{"videoDetails":{{"videoId":"sg_Hb4yKx2c","lengthSeconds":"3751","author":"Stellar Garage"}}}};</script>
<script src="https://s.vidstream.example/desktop/9f1/app.js" nonce="q8sX"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "Video-platform transcript panel; one div.segment per caption with data-start (float seconds) and an m:ss / h:mm:ss link, the speaker label ('Elon Musk:' first, then 'Elon:') only on a turn's first segment, continuation segments unlabelled with their own times.",
                 "Stellar Garage", turns, ["Kayla Brightwater", "Kayla", "Ravi Menon", "Ravi"])


if __name__ == "__main__":
    build()
