from common import *

NAME = "u02_scribewell_share"
SHOW = "Ridgeline Talks"
FMT = ("Transcription-service share page: nested div segments with data-start in seconds with milliseconds and a "
       "visible mm:ss jump button (minutes run past 59); the speaker name is shown only when the speaker changes, "
       "so consecutive segments of one speaker (each with its own time) form one turn.")

P, T, E, S3 = "Priya Raman", "Tom\u00e1s Ferrer", "Elon Musk", "Speaker 3"
COLORS = {P: "#7b61ff", T: "#00a3a3", E: "#e4572e", S3: "#888888"}
IDS = {P: 1, E: 2, T: 3, S3: 4}
SEGS = [
 (P, 3521.40, "Okay, we\u2019re back. For people just joining the stream, we\u2019re about an hour in, and we\u2019ve got Elon Musk on the line from Austin. Elon, I want to get into the robot stuff."),
 (E, 3533.08, "Sure. So Optimus is, I think, going to be the biggest product of all time, by a lot, but it\u2019s also the hardest manufacturing problem we\u2019ve ever tried."),
 (E, 3547.90, "The hand alone has more actuators than the rest of the arm. Getting a hand that\u2019s dexterous and also doesn\u2019t break is, like, most of the engineering."),
 (E, 3561.25, "And then you have to make millions of them."),
 (T, 3566.70, "How many actuators are we talking about in the hand?"),
 (E, 3569.99, "Twenty-two degrees of freedom in the hand and wrist on the current version. We moved the actuators into the forearm, like a human, with tendons running to the fingers."),
 (P, 3583.10, "Tendons."),
 (E, 3584.02, "Tendons. Yeah. It turns out biology figured some things out."),
 (P, 3590.55, "We\u2019re going to take one question from the room. Go ahead."),
 (S3, 3962.55, "Hi, um, I\u2019m a mechanical engineering student at UT. What would you tell someone who wants to work on humanoid robots?"),
 (E, 3971.30, "Get really good at the fundamentals. Statics, dynamics, controls. Build something physical, even if it\u2019s small."),
 (E, 3980.84, "We care much more about what you\u2019ve built than where you went to school. Honestly, that\u2019s true at all of the companies."),
 (T, 4102.02, "Is there a price point yet?"),
 (E, 4104.81, "Long term, probably around twenty to thirty thousand dollars, once you\u2019re at real volume. Early units will cost a lot more than that."),
 (T, 4335.72, "Last one from me. Do you worry about the robots being used for things you wouldn\u2019t want?"),
 (E, 4342.18, "Yes, of course. That\u2019s one of the reasons we want the robot to be safe at the hardware level, meaning you can overpower it and it can\u2019t run faster than a person."),
 (E, 4357.60, "There should also be a local off switch that can\u2019t be updated over the air. Some things should not be software-defined."),
 (P, 6063.90, "We went way over. Elon, thanks for staying late."),
 (E, 6066.44, "Thanks. Good questions."),
]

def build():
    g = Gold("en")
    out = []
    prev = None
    for i, (spk, st, text) in enumerate(SEGS):
        nxt = SEGS[i + 1][1] if i + 1 < len(SEGS) else st + 4.0
        end = min(nxt - 0.2, st + 40)
        disp = mmss(st)
        cont = spk == prev
        head = ('<div class="seg__head seg__head--cont">' if cont else
                '<div class="seg__head"><span class="seg__avatar" style="background:%s" aria-hidden="true">%s</span>\n    '
                '<span class="seg__speaker" data-speaker-id="%d">%s</span>' % (COLORS[spk], "".join(w[0] for w in spk.split())[:2].upper(), IDS[spk], esc(spk)))
        head += ('\n    <button type="button" class="seg__time" data-seek="%.2f" aria-label="Play from %s">%s</button></div>'
                 % (st, disp, disp))
        body = esc(text)
        if spk == E and not cont:
            g.add(st, body)
        out.append('<div class="seg%s" id="seg-%d" data-start="%.2f" data-end="%.2f" data-speaker-id="%d" role="listitem">\n  %s\n  <div class="seg__body"><p class="seg__text" lang="en">%s</p></div>\n</div>'
                   % (" seg--cont" if cont else "", 1040 + i, st, end, IDS[spk], head, body))
        prev = spk
    page = TEMPLATE.replace("{{SEGMENTS}}", "\n".join(out))
    return write(NAME, page, SHOW, FMT, g, [P, T, S3])

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ridgeline Talks #88 (live) &#183; Shared transcript &#183; Scribewell</title>
<meta name="description" content="Transcript shared with Scribewell: Ridgeline Talks #88 &#8212; live conversation with Elon Musk (excerpt 58:41&#8211;101:10).">
<meta name="robots" content="noindex">
<link rel="preconnect" href="https://cdn.scribewell.app">
<link rel="stylesheet" href="https://cdn.scribewell.app/share/assets/index-7f3c1a9e.css">
<style>
.seg{display:grid;grid-template-columns:1fr;padding:.6rem 1rem;border-left:3px solid transparent}
.seg:hover{background:#f7f7fb}.seg--cont{padding-top:0}.seg__head{display:flex;gap:.5rem;align-items:center;font-size:.85rem;color:#555}
.seg__head--cont .seg__time{margin-left:2.4rem}.seg__avatar{width:1.8rem;height:1.8rem;border-radius:50%;color:#fff;display:inline-grid;place-items:center;font-size:.7rem}
.seg__time{background:none;border:0;color:#7b61ff;cursor:pointer;font-variant-numeric:tabular-nums}
.summary-card{background:#fbfaff;border:1px solid #e6e1ff;border-radius:10px;padding:1rem 1.2rem;margin:1rem 0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
</style>
</head>
<body>
<div id="app" data-v-app="">
<div class="share-layout">
  <header class="topbar" role="banner">
    <a class="topbar__logo" href="https://scribewell.app/?ref=share" aria-label="Scribewell home"><svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><circle cx="14" cy="14" r="13" fill="#7b61ff"></circle></svg><span>Scribewell</span></a>
    <nav class="topbar__actions" aria-label="Share actions">
      <a class="btn btn--ghost" href="https://scribewell.app/login?next=/s/rk8Qv2Lm">Log in</a>
      <a class="btn btn--primary" href="https://scribewell.app/signup?ref=share">Transcribe your own audio &#8212; free</a>
    </nav>
  </header>

  <main class="share-main" id="main">
    <div class="share-main__inner">
      <div class="doc-header">
        <p class="doc-header__crumb"><span>Shared with you</span> &#8250; <span>Ridgeline Talks</span></p>
        <h1 class="doc-header__title">Ridgeline Talks #88 (live) &#8212; Elon Musk, robots and the hand problem</h1>
        <ul class="doc-header__meta">
          <li><span class="sr-only">Shared by </span><img class="avatar" src="https://cdn.scribewell.app/u/91822/a.png" alt="" width="20" height="20"> Priya Raman</li>
          <li>Excerpt 58:41&#8211;101:10 of 1:52:07</li>
          <li>English (auto-detected)</li>
          <li>Edited &#183; 3 speakers identified</li>
        </ul>
      </div>

      <div class="player" role="region" aria-label="Audio player">
        <button class="player__play" type="button" aria-label="Play">&#9654;</button>
        <div class="player__track"><div class="player__progress" style="width:0%"></div></div>
        <span class="player__time">58:41 / 101:10</span>
        <button class="player__rate" type="button">1&#215;</button>
      </div>

      <section class="summary-card" aria-labelledby="summary-h">
        <h2 id="summary-h">Summary <span class="badge">AI generated</span></h2>
        <ul>
          <li><strong>Elon Musk:</strong> Optimus will be &#8220;the biggest product of all time&#8221;, but the hand is most of the engineering.</li>
          <li><strong>Elon Musk:</strong> the robot should be safe at the hardware level, with a local off switch that can&#8217;t be updated over the air.</li>
          <li><strong>Tom&#225;s Ferrer</strong> asked about price; Musk estimated twenty to thirty thousand dollars long term.</li>
        </ul>
        <p class="summary-card__foot">Summaries can be inaccurate. <a href="https://scribewell.app/help/summaries">Learn more</a></p>
      </section>

      <section class="speakers" aria-labelledby="speakers-h">
        <h2 id="speakers-h" class="sr-only">Speakers</h2>
        <ul class="speakers__list">
          <li><span class="dot" style="background:#e4572e"></span>Elon Musk <span class="muted">&#183; 61% talk time</span></li>
          <li><span class="dot" style="background:#7b61ff"></span>Priya Raman <span class="muted">&#183; 18%</span></li>
          <li><span class="dot" style="background:#00a3a3"></span>Tom&#225;s Ferrer <span class="muted">&#183; 16%</span></li>
          <li><span class="dot" style="background:#888888"></span>Speaker 3 <span class="muted">&#183; 5%</span></li>
        </ul>
      </section>

      <div class="toolbar" role="toolbar" aria-label="Transcript tools">
        <label class="toolbar__search"><span class="sr-only">Search transcript</span><input type="search" placeholder="Search transcript"></label>
        <button type="button" class="btn btn--ghost">Show timestamps</button>
        <button type="button" class="btn btn--ghost">Download .txt</button>
      </div>

      <section class="transcript" aria-label="Transcript">
        <div class="transcript__list" role="list">
{{SEGMENTS}}
        </div>
      </section>

      <aside class="upsell" aria-label="Promotion">
        <h2>Transcripts like this in minutes</h2>
        <p>Scribewell identifies speakers automatically and lets you share a clean, searchable transcript with one link. 120 free minutes every month.</p>
        <a class="btn btn--primary" href="https://scribewell.app/signup?ref=share-bottom">Start free</a>
      </aside>
    </div>
  </main>

  <footer class="share-footer" role="contentinfo">
    <nav aria-label="Footer"><a href="https://scribewell.app/privacy">Privacy</a> &#183; <a href="https://scribewell.app/terms">Terms</a> &#183; <a href="https://scribewell.app/report?s=rk8Qv2Lm">Report this transcript</a></nav>
    <p>&#169; 2025 Scribewell Labs, Inc.</p>
  </footer>
</div>
</div>
<script>window.__SHARE__={"id":"rk8Qv2Lm","title":"Ridgeline Talks #88 (live)","durationMs":6726000,"excerpt":[3521400,6070000],"speakers":[{"id":1,"name":"Priya Raman"},{"id":2,"name":"Elon Musk"},{"id":3,"name":"Tom\u00e1s Ferrer"},{"id":4,"name":"Speaker 3"}],"features":{"summary":true,"download":true}};</script>
<script type="module" crossorigin src="https://cdn.scribewell.app/share/assets/index-2d9b4c0f.js"></script>
</body>
</html>
"""

if __name__ == "__main__":
    build()
