from common import *

SHOW = "Founders at Altitude"
g = Gold(SHOW, "Otter.ai-style share page; each segment is a div with data-start (seconds with decimals), a speaker-name "
         "span and a separate time span in m:ss (h:mm:ss after the first hour), words wrapped in spans; "
         "the whole transcript is repeated as plain text inside a collapsed <details> export preview.")

MK, DO, EM, S4 = "Marisol Keane", "Dev Okoro", "Elon Musk", "Speaker 4"
T = [
    (MK, 3.2, "Okay, we are recording. This is Founders at Altitude, episode eighty-eight, and I'm Marisol Keane, here with Dev Okoro, and our guest today is Elon Musk, who has kindly given us an hour in a conference room with terrible acoustics."),
    (S4, 21.6, "We're rolling on both. Levels look good."),
    (MK, 26.1, "Great. Elon, thanks for doing this on short notice."),
    (EM, 42.8, "Happy to. Although I'll warn you, I only have until the top of the hour, and then I have a design review that cannot move."),
    (DO, 50.4, "Let's get right into it then. Tunnels. Everyone I know in civil engineering says the cost per mile is the whole story. Is it?"),
    (EM, 74.3, "The cost per mile is almost entirely a function of tunnel diameter and how fast you can bore. If you halve the diameter, you cut the volume you have to remove by roughly a factor of four. And then if you can bore continuously, without stopping to put in the segments, you get another big factor. Most of the industry stops and starts. That's where the money goes."),
    (MK, 365.9, "Okay, but cities are slow. Permitting, environmental review, community meetings. Can engineering fix that?"),
    (EM, 391.5, "Cities are slow for mostly good reasons, to be fair. Nobody wants a tunnel under their house without being asked. What we can do is make the thing so small and so quiet that the review is easier. A small tunnel is a much easier conversation than a highway."),
    (DO, 888.0, "Different topic. Hiring. What do you actually look for now, when everybody has the same resume?"),
    (EM, 902.7, "I look for evidence of exceptional ability. Not the degree, not the company names. Tell me about the hardest problem you worked on and how you solved it. People who actually solved it can go down as many levels of detail as you want. People who didn't run out of detail pretty fast."),
    (MK, 2320.1, "There's been speculation that you'll take the tunnel business public. Any truth to that?"),
    (EM, 2337.9, "No. I don't think so. Not anytime soon."),
    (DO, 3590.0, "We're at the top of the hour, so I want to respect your time."),
    (EM, 3612.4, "I lied about the hour, the review got pushed. Ask me one more."),
    (MK, 3873.0, "And that's a wrap on episode eighty-eight. Thank you so much."),
    (EM, 3881.6, "Thanks, Marisol. Good questions."),
]

COLORS = {MK: "#7b61ff", DO: "#00a383", EM: "#e66a2c", S4: "#8a8f98"}
segs, plain = [], []
for i, (lab, t, text) in enumerate(T):
    if lab == EM:
        g.elon(t, text)
    else:
        g.other(lab)
    words = " ".join('<span class="transcript-word" data-w="%d">%s</span>' % (k, esc(w))
                     for k, w in enumerate(text.split()))
    initials = "".join(p[0] for p in lab.split() if p[0].isalpha())
    segs.append("""<div class="transcript-snippet" id="snippet-%d" data-start="%.1f">
  <div class="transcript-snippet__avatar" style="background:%s">%s</div>
  <div class="transcript-snippet__body">
    <div class="transcript-snippet__head"><span class="transcript-snippet__speaker">%s</span><span class="transcript-snippet__time">%s</span></div>
    <div class="transcript-snippet__content">%s</div>
  </div>
</div>""" % (i, t, COLORS[lab], initials[:2], esc(lab), hmm(t), words))
    plain.append("%s  %s\n%s\n" % (esc(lab), hmm(t), esc(text)))

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Founders at Altitude ep 88 - raw recording w/ Elon Musk - Otter.ai</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders at Altitude ep 88 - raw recording w/ Elon Musk">
<meta property="og:description" content="Otter.ai - Record conversations, transcribe in real time, and generate automated summaries.">
<link rel="icon" href="https://otter.ai/favicon.ico">
<link rel="stylesheet" href="https://otter.ai/static/css/main.9f1c2a7e.css">
<style>
 body{font-family:Inter,system-ui,sans-serif;margin:0;color:#1f2329}
 .otter-topbar{display:flex;align-items:center;justify-content:space-between;padding:10px 24px;border-bottom:1px solid #eceef1}
 .conversation{max-width:880px;margin:0 auto;padding:24px}
 .transcript-snippet{display:flex;gap:12px;margin:0 0 18px}
 .transcript-snippet__avatar{width:32px;height:32px;border-radius:50%;color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none}
 .transcript-snippet__speaker{font-weight:600;margin-right:10px}
 .transcript-snippet__time{color:#8a8f98;font-size:13px}
 .summary-card{background:#f7f8fa;border-radius:10px;padding:16px 20px;margin:16px 0}
 .outline-item .ts{color:#3c7cff;margin-right:8px}
 details.export pre{white-space:pre-wrap;font-family:inherit;font-size:14px}
</style>
</head>
<body>
<div id="root">
<header class="otter-topbar">
  <a href="https://otter.ai/" class="otter-logo" aria-label="Otter.ai home"><svg width="88" height="22" viewBox="0 0 88 22" aria-hidden="true"><circle cx="11" cy="11" r="10" fill="#3c7cff"/></svg></a>
  <nav class="topbar-actions"><a href="https://otter.ai/login">Log in</a> <a class="btn-primary" href="https://otter.ai/signup?utm_source=shared_speech">Sign up for free</a></nav>
</header>
<main class="conversation">
  <div class="conversation-header">
    <h1 class="conversation-title">Founders at Altitude ep 88 - raw recording w/ Elon Musk</h1>
    <div class="conversation-meta"><span>Tue, Mar 5, 2024</span> &middot; <span>3:02 PM</span> &middot; <span>1h 5m</span> &middot; <span>Shared by Marisol Keane</span></div>
    <div class="conversation-speakers">Speakers: Marisol Keane, Dev Okoro, Elon Musk, Speaker 4</div>
    <div class="conversation-keywords">Keywords: tunnel diameter, boring speed, permitting, hiring, exceptional ability</div>
  </div>

  <div class="tabs"><button class="tab">Summary</button><button class="tab tab--active">Transcript</button></div>

  <section class="summary-card" aria-label="Otter AI summary">
    <h2>Overview</h2>
    <ul>
      <li>Elon Musk argued that tunnel cost is driven mainly by diameter and by boring continuously instead of stopping for segments.</li>
      <li>He described his interview approach: ask about the hardest problem a candidate solved and go down the levels of detail.</li>
    </ul>
    <h2>Outline</h2>
    <div class="outline-item"><span class="ts">1:14</span>Elon Musk: tunnel cost per mile and diameter</div>
    <div class="outline-item"><span class="ts">6:31</span>Permitting and why cities move slowly</div>
    <div class="outline-item"><span class="ts">15:02</span>Elon Musk: &quot;I look for evidence of exceptional ability&quot;</div>
    <h2>Action Items</h2>
    <ul class="action-items">
      <li><input type="checkbox" disabled> Elon Musk: intro Marisol to the permitting team in Las Vegas</li>
      <li><input type="checkbox" disabled> Dev Okoro: send edited cut for review by Friday</li>
    </ul>
  </section>

  <section class="transcript" aria-label="Transcript">
{{SEGMENTS}}
  </section>

  <details class="export">
    <summary>Export preview (.txt)</summary>
    <pre>{{PLAIN}}</pre>
  </details>

  <p class="otter-disclaimer">Transcribed by <a href="https://otter.ai">https://otter.ai</a></p>
</main>
<footer class="otter-footer">
  <a href="https://otter.ai/privacy-policy">Privacy</a> &middot; <a href="https://otter.ai/terms-of-service">Terms</a> &middot; &copy; 2024 Otter.ai
</footer>
</div>
<script>window.__OTTER_SHARED__={"speech_id":"ZlQk1xA8cT0u","title":"Founders at Altitude ep 88 - raw recording w/ Elon Musk","duration":3921,"owner":"Marisol Keane"};</script>
<script src="https://otter.ai/static/js/main.7d3b44f1.js" defer></script>
</body>
</html>
""".replace("{{SEGMENTS}}", "\n".join(segs)).replace("{{PLAIN}}", "\n".join(plain))

write("m03_otter-share", page, g)
