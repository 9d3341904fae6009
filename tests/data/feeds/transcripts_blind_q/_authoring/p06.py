"""q06 - Transcription-service share page. Speaker blocks, a time (with centiseconds) on every paragraph, data-start-ms."""
from common import ELON, attr, esc, gold_turns, write_page

NAME = "q06_hard_problems_scribewell_share"
SHOW = "Hard Problems with Tomas Reyes"

SPK = {"T": ("Tomas Reyes", "TR", "spk_0", "#c0392b"), ELON: ("Elon Musk", "EM", "spk_1", "#2e86de"),
       "S": ("Speaker 3", "S3", "spk_2", "#7f8c8d")}

# (speaker, [(start_ms, text), ...])
BLOCKS = [
    ("T", [(1200, "Okay, we\u2019re rolling. This is Hard Problems, I\u2019m Tomas Reyes, and I\u2019m here with Elon Musk in Austin.")]),
    (ELON, [(7840, "Hey, good to be here.")]),
    ("T", [(10020, "I want to spend most of the time on autonomy. Where are you really, compared with what you\u2019ve said publicly?")]),
    (ELON, [(18610, "Look, I\u2019ve been too optimistic on timelines. That\u2019s fair. I\u2019ve said that many times."),
            (24905, "But the trend is not ambiguous. Every release, the miles between interventions go up by a big factor. At some point it crosses the line where it\u2019s safer than a human, and then it\u2019s much safer than a human."),
            (41330, "The question people should ask is not when, it\u2019s what the slope looks like. And the slope is steep.")]),
    ("S", [(55020, "Sorry \u2014 Tomas, your mic clip is loose.")]),
    ("T", [(58400, "Got it. Thanks.")]),
    (ELON, [(60115, "While he fixes that, I\u2019ll say the hardest part now is the long tail. Construction zones, hand signals from a police officer, a mattress on the freeway."),
            (71920, "You can\u2019t write rules for all of it. The car has to learn it the way a person does, from lots of examples.")]),
    ("T", [(754320, "Let\u2019s talk about Optimus. When do I get one at home?")]),
    (ELON, [(762870, "Internal use first, in our own factories, this year. External customers after that. At home is later, because a home is a much harder environment than a factory."),
            (790500, "A factory is structured. A kitchen is chaos.")]),
    ("T", [(1511040, "Okay.")]),
    (ELON, [(1512660, "And honestly, most people underrate how hard hands are. The hand is most of the engineering difficulty in a humanoid robot."),
            (1530080, "Twenty-two degrees of freedom, tendons, sensors in the fingertips. It\u2019s the part we\u2019ve redesigned the most.")]),
    ("T", [(3722100, "We\u2019re at an hour. Anything I should have asked?")]),
    (ELON, [(3728455, "You didn\u2019t ask about the cost per mile. That\u2019s the number that decides everything in the end."),
            (3741990, "If autonomy gets cost per mile well below a human driver, the rest follows automatically.")]),
    ("T", [(3755200, "Cost per mile. Noted. Thanks, Elon.")]),
    (ELON, [(3757010, "Thanks, man.")]),
    ("S", [(3760000, "That\u2019s a wrap.")]),
]


def ts(ms):
    s, cs = divmod(ms // 10, 100)
    if s >= 3600:
        return "%d:%02d:%02d.%02d" % (s // 3600, s % 3600 // 60, s % 60, cs)
    return "%02d:%02d.%02d" % (s // 60, s % 60, cs)


def render_blocks():
    out = []
    for spk, paras in BLOCKS:
        name, ini, sid, col = SPK[spk]
        out.append('<section class="sw-block" data-speaker-id="%s" data-start-ms="%d">' % (sid, paras[0][0]))
        out.append('  <header class="sw-block-head"><span class="sw-avatar" style="background:%s" aria-hidden="true">%s</span><span class="sw-spk">%s</span></header>'
                   % (col, ini, esc(name)))
        for ms, text in paras:
            out.append('  <p class="sw-para" data-start-ms="%d"><button class="sw-ts" type="button" data-seek-ms="%d">%s</button> <span class="sw-txt">%s</span></p>'
                       % (ms, ms, ts(ms), esc(text)))
        out.append('</section>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>Hard Problems ep 88 (raw) &mdash; Shared transcript &middot; Scribewell</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta property="og:title" content="Hard Problems ep 88 (raw)">
<meta property="og:description" content="Transcript shared via Scribewell">
<link rel="icon" href="https://app.scribewell.io/favicon-32.png">
<link rel="stylesheet" href="https://app.scribewell.io/static/share.6e1f9.css">
<style>
.sw-block{{margin:0 0 1.1rem}} .sw-block-head{{display:flex;gap:.5rem;align-items:center;font-weight:600}}
.sw-avatar{{display:inline-flex;width:1.6rem;height:1.6rem;border-radius:50%;color:#fff;font-size:.7rem;align-items:center;justify-content:center}}
.sw-ts{{font:12px ui-monospace,monospace;color:#888;background:none;border:0;padding:0 .4rem 0 0;cursor:pointer}}
.sw-para.is-active{{background:#fff7d6}}
</style>
<script>window.__SW_SHARE__={{"shareId":"shr_9QmT2x","mediaId":"med_41c0","durationMs":3762480,"lang":"en","speakers":{{"spk_0":"Tomas Reyes","spk_1":"Elon Musk","spk_2":"Speaker 3"}},"allowDownload":false}};</script>
</head>
<body class="sw-share">
<header class="sw-topbar">
 <a class="sw-brand" href="https://scribewell.io/?ref=share"><img src="https://app.scribewell.io/static/logo-wordmark.svg" alt="Scribewell" width="112" height="22"></a>
 <nav class="sw-topnav"><a href="https://scribewell.io/pricing?ref=share">Pricing</a><a href="https://scribewell.io/features?ref=share">Features</a><a class="sw-btn sw-btn-primary" href="https://app.scribewell.io/signup?ref=share">Try Scribewell free</a></nav>
</header>
<div class="sw-share-layout">
<aside class="sw-meta">
 <h1 class="sw-title">Hard Problems ep 88 (raw)</h1>
 <p class="sw-sub">Shared by <strong>tomas@hardproblems.fm</strong> &middot; Recorded Feb 6, 2025 &middot; 1h 02m &middot; English</p>
 <div class="sw-player"><audio id="sw-audio" preload="metadata" src="https://media.scribewell.io/s/shr_9QmT2x/audio.m4a"></audio><button class="sw-play" aria-label="Play">&#9658;</button><input type="range" class="sw-scrub" min="0" max="3762" value="0" aria-label="Seek"><span class="sw-clock">00:00 / 1:02:42</span></div>
 <section class="sw-speakers"><h2>Speakers</h2><ul>
  <li><span class="sw-dot" style="background:#c0392b"></span>Tomas Reyes <small>(host)</small></li>
  <li><span class="sw-dot" style="background:#2e86de"></span>Elon Musk</li>
  <li><span class="sw-dot" style="background:#7f8c8d"></span>Speaker 3 <small>(unidentified)</small></li>
 </ul></section>
 <section class="sw-summary"><h2>AI summary <span class="sw-badge">Beta</span></h2>
  <p>Tomas Reyes interviews Elon Musk about self-driving progress, the Optimus humanoid robot and cost per mile.</p>
  <ul>
   <li>Elon Musk: &ldquo;The question people should ask is not when, it&rsquo;s what the slope looks like.&rdquo;</li>
   <li>Elon Musk: &ldquo;A factory is structured. A kitchen is chaos.&rdquo;</li>
   <li>Optimus will be used internally before external customers.</li>
  </ul>
  <h3>Action items</h3><ul><li>Tomas Reyes: fix lapel mic before next session</li><li>Follow up on cost-per-mile figures</li></ul>
 </section>
</aside>
<main class="sw-transcript" id="transcript" aria-label="Transcript">
 <div class="sw-toolbar"><input type="search" placeholder="Search transcript" aria-label="Search transcript"><label><input type="checkbox" checked> Show timestamps</label><label><input type="checkbox"> Follow playback</label></div>
{blocks}
 <p class="sw-eot">&mdash; End of transcript &mdash;</p>
</main>
</div>
<footer class="sw-footer"><p>Transcribed with Scribewell &middot; Accuracy may vary &middot; <a href="https://scribewell.io/legal/terms">Terms</a> &middot; <a href="https://scribewell.io/legal/privacy">Privacy</a> &middot; <a href="https://scribewell.io/report?share=shr_9QmT2x">Report this share</a></p></footer>
<script src="https://app.scribewell.io/static/share.6e1f9.js" defer></script>
<script>
document.addEventListener('click',function(e){{var b=e.target.closest('.sw-ts');if(!b)return;var a=document.getElementById('sw-audio');a.currentTime=parseInt(b.dataset.seekMs,10)/1000;a.play();}});
</script>
</body>
</html>
"""


def build():
    page = PAGE.format(blocks=render_blocks())
    turns = [(spk, paras[0][0] / 1000.0, [paras[0][1]]) for spk, paras in BLOCKS]
    return write_page(
        NAME, page, SHOW,
        "Transcription-service share page: a <section> per speaker block with a name header, every paragraph prefixed by a seek button 'mm:ss.cc' (or 'h:mm:ss.cc') and carrying data-start-ms; the turn starts at its first paragraph.",
        gold_turns(turns),
        ["Tomas Reyes", "Speaker 3"],
    )
