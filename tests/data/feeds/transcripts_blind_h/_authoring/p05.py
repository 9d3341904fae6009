from common import *

NAME = "h05_foundry_network_table"
N, TA = "Nadia Kerr", "Tom Albrecht"
LAB = {"N": N, "T": TA, ELON: "Elon Musk"}
# each turn: list of (seconds, paragraph) rows; first row carries the label
T = [
    ("N", [(0, "From the Foundry Audio Network, this is Deep Tech Hours. I'm Nadia Kerr."), (4, "And with me as always is Tom.")]),
    ("T", [(6, "Hi everyone. And today we have Elon Musk on the line to talk about Neuralink and, we hope, a few other things.")]),
    (ELON, [(14, "Hi, thanks for having me.")]),
    ("N", [(17, "Let's start with the patients. How many people have an implant today?")]),
    (ELON, [(245, "We're in the low double digits now, across a few sites. Each one teaches us something."),
            (253, "The first patient taught us about thread retraction, which we fixed with a change in the insertion depth and the software that decodes the signal."),
            (268, "The later patients have had much more stable signals as a result.")]),
    ("T", [(281, "Right.")]),
    (ELON, [(282, "And the goal for this year is to get to the point where a patient can control a robotic arm as naturally as their own hand.")]),
    ("N", [(725, "What about speech? There's a lot of excitement about decoding speech directly.")]),
    (ELON, [(731, "Speech is further out for us. Other groups are doing great work there. We're focused on motor control first, then vision.")]),
    ("T", [(1510, "Blindsight. Tell us about that.")]),
    (ELON, [(1512, "So the idea is to stimulate the visual cortex directly. Even if someone has lost both eyes, if the visual cortex is intact, you can in principle give them vision."),
            (1530, "Low resolution at first, like an old video game. But it improves over time.")]),
    ("N", [(3790, "We're over the hour. Any last thing you want our listeners to know?")]),
    (ELON, [(3795, "Just that if you or someone you know might qualify for a trial, the registry is open. That's the most useful thing people can do.")]),
    ("N", [(3809, "Elon Musk, thanks so much.")]),
    (ELON, [(3811, "Thanks.")]),
]


def build():
    rows = []
    for spk, rs in T:
        for i, (s, txt) in enumerate(rs):
            spk_cell = LAB[spk] if i == 0 else ""
            rows.append(f'<tr><td class="t"><a href="#" data-seek="{s}">{hms_short(s)}</a></td><td class="who">{E(spk_cell)}</td><td class="say">{E(txt)}</td></tr>')
    table = "\n".join(rows)
    plain = "\n".join(f"<p>{E(LAB[spk])}: {E(' '.join(t for _, t in rs))}</p>" for spk, rs in T)
    turns = [(spk, rs[0][0], [x for _, x in rs]) for spk, rs in T]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deep Tech Hours #88: Elon Musk on Neuralink, Blindsight and Trials &mdash; Foundry Audio Network</title>
<link rel="stylesheet" href="https://foundryaudio.net/css/network.css?v=31">
<style>table.tx{{width:100%;border-collapse:collapse}}table.tx td{{vertical-align:top;padding:4px 8px;border-bottom:1px solid #eee}}td.t{{width:70px;font-family:monospace}}td.who{{width:130px;font-weight:bold}}</style>
</head>
<body>
<header class="net-header">
 <a class="net-logo" href="https://foundryaudio.net/">Foundry Audio Network</a>
 <nav><a href="/shows/">All shows</a> <a href="/shows/deep-tech-hours/" class="current">Deep Tech Hours</a> <a href="/shows/margin-call/">Margin Call</a> <a href="/shows/the-long-table/">The Long Table</a> <a href="/advertise/">Advertise</a></nav>
</header>
<main class="episode">
 <div class="ep-hero">
  <img src="https://cdn.foundryaudio.net/art/dth-3000.jpg" alt="Deep Tech Hours cover art" width="240" height="240">
  <div><p class="ep-show"><a href="/shows/deep-tech-hours/">Deep Tech Hours</a> &middot; Episode 88</p>
  <h1>Elon Musk on Neuralink, Blindsight and Trials</h1>
  <p class="ep-date">February 19, 2025 &middot; 1 hr 3 min</p>
  <div class="subscribe"><a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">Pocket Casts</a> <a href="#">RSS</a></div></div>
 </div>
 <section class="ep-notes">
  <p>Nadia and Tom talk to Elon Musk about where Neuralink&rsquo;s human trials stand, what the first patients taught the team, and the plan for Blindsight.</p>
  <p><strong>Sponsor:</strong> This episode is brought to you by Lumen Ledger &mdash; bookkeeping for hardware startups. Go to lumenledger.example/dth for two months free.</p>
  <h2>In this episode</h2>
  <ul><li>4:05 Thread retraction and what changed</li><li>12:05 Speech vs. motor control</li><li>25:10 Blindsight</li><li>1:03:15 How to join a trial</li></ul>
 </section>
 <section class="ep-transcript">
  <h2>Transcript</h2>
  <p class="tx-note">Timestamps link into the player. Transcript edited lightly for readability.</p>
  <table class="tx">
  <thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
  <tbody>
{table}
  </tbody>
  </table>
  <details class="tx-plain">
   <summary>Plain-text version (for copying)</summary>
   <div class="tx-plain-body">
{plain}
   </div>
  </details>
 </section>
 <section class="more-eps"><h2>More from Deep Tech Hours</h2><ul>
  <li><a href="/shows/deep-tech-hours/87/">#87: The fusion timeline nobody believes</a></li>
  <li><a href="/shows/deep-tech-hours/86/">#86: Inside a wafer fab</a></li>
 </ul></section>
</main>
<footer class="net-footer"><p>&copy; 2025 Foundry Audio Network LLC. <a href="/privacy/">Privacy</a> &middot; <a href="/careers/">Careers</a></p></footer>
<script src="https://foundryaudio.net/js/player.js?v=31"></script>
<script>FoundryPlayer.mount("#player",{{"episode":"dth-88","src":"https://cdn.foundryaudio.net/dth/dth-088.mp3"}});</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Podcast-network episode page with a three-column table (time | speaker | text); times are m:ss or h:mm:ss links, every row has a time, continuation rows leave the speaker cell empty; a collapsed <details> plain-text copy repeats the transcript.",
                 "Deep Tech Hours", turns, ["Nadia Kerr", "Tom Albrecht"])


if __name__ == "__main__":
    build()
