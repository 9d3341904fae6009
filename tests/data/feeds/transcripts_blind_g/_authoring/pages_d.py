from lib import *

# ---------- 13. University event, headings per speaker ----------
def p13():
    P, S1, S2 = 'President Carol Ng', 'Student (Mechanical Engineering ’27)', 'Student (Computer Science ’28)'
    T = [
     (P, 65, ["Good evening. It's my pleasure to welcome Elon Musk to the Hale Lecture. Elon, the floor is yours, and then we'll take questions from students."]),
     (M, 92, ["Thank you. It's great to be here. I'll keep my remarks short so we have more time for questions.",
              "The main thing I want to say is that engineering is the closest thing to magic that exists in the real world.",
              "If you're considering what to work on, work on something that matters to you and go as deep as you can."]),
     (P, 341, ["Thank you. Our first question."]),
     (S1, 347, ["Hi, thanks for coming. How do you decide which problems to work on?"]),
     (M, 353, ["I ask what's most likely to affect the future of humanity in a positive way. Sustainable energy, making life multiplanetary, and AI being safe. Those are the big three for me."]),
     (S2, 401, ["What do you think the biggest risk from AI is?"]),
     (M, 406, ["That it's trained to be deceptive, even if unintentionally. The most important thing is that it's maximally truth-seeking.",
               "I've said this many times, but it bears repeating."]),
     (P, 463, ["We have time for one more."]),
     (S1, 467, ["Would you hire us?"]),
     (M, 470, ["Maybe. Send me your best work. Show me, don't tell me."]),
     (P, 488, ["Please join me in thanking Elon Musk."]),
    ]
    body = []
    for spk, t, paras in T:
        name = 'Musk' if spk == M else spk
        body.append(f'<h4 class="speaker">{E(name)} <span class="ts">{mmss(t)}</span></h4>')
        body.extend(f'<p>{E(p)}</p>' for p in paras)
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Transcript: The 2026 Hale Lecture with Elon Musk | Ashbury Institute of Technology News</title>
<link rel="canonical" href="https://news.ashbury.edu/2026/11/transcript-hale-lecture-elon-musk">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_aXf3kq.css">
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header class="ait-header"><div class="ait-brand"><a href="https://www.ashbury.edu/">Ashbury Institute of Technology</a></div>
<nav class="ait-menu"><ul><li><a href="/topics">Topics</a></li><li><a href="/research">Research</a></li><li><a href="/campus">Campus life</a></li><li><a href="/events">Events</a></li><li><a href="/press">Press</a></li></ul></nav></header>
<main id="main-content">
<div class="node news-article">
  <h1 class="page-title">Transcript: The 2026 Hale Lecture with Elon Musk</h1>
  <div class="field-byline">Office of Communications · November 14, 2026</div>
  <div class="field-body">
    <p>The following is an edited transcript of the 2026 Hale Lecture, held in Kresge Auditorium. Times correspond to the <a href="https://video.ashbury.edu/hale-2026">event video</a>. Elon Musk is identified below as "Musk".</p>
{chr(10).join(body)}
    <p class="end"><em>[END]</em></p>
  </div>
  <div class="field-related"><h2>Related</h2><ul><li><a href="#">Hale Lecture archive</a></li><li><a href="#">Students build rocket engine test stand</a></li><li><a href="#">New battery lab opens in Building 31</a></li></ul></div>
</div>
</main>
<footer class="ait-footer"><p>Ashbury Institute of Technology · 77 Ashbury Avenue · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p></footer>
</div>
</body>
</html>
'''
    write('g13_university_headings', page, 'Drupal university news: <h4> speaker heading "Musk <span>mm:ss</span>" followed by one or more <p>; students labelled by programme',
          'Ashbury Institute of Technology – Hale Lecture', gold(T), [P, S1, S2])

# ---------- 14. Video platform transcript panel + repeated full transcript ----------
def p14():
    H = 'Nadia Karim'
    # cues: (spk, start_float, text) ; speaker label shown only on first cue of a turn
    T = [
     (H, [(4.12, "Welcome to Tech Frontier. My guest today is Elon Musk."), (8.9, "Elon, let's start with tariffs on Chinese EVs.")]),
     (M, [(13.48, "I don't think tariffs are the right answer."), (16.02, "Competition makes everyone better."), (19.77, "We should compete on product.")]),
     (H, [(23.5, "But your company benefits from them.")]),
     (M, [(26.31, "In the short term, maybe."), (28.8, "In the long term, no one benefits from less competition.")]),
     (H, [(34.05, "What about robotaxis? When can I hail one in London?")]),
     (M, [(39.66, "Regulatory approval is the gating item in Europe."), (43.2, "I'd guess next year for some cities, but don't hold me to it.")]),
     (H, [(49.91, "I will hold you to it.")]),
     (M, [(52.4, "Fair enough.")]),
     (H, [(3605.7, "Elon Musk, thank you.")]),
     (M, [(3608.25, "Thank you.")]),
    ]
    cues = []
    for spk, cl in T:
        for i, (st, txt) in enumerate(cl):
            s = int(st)
            lab = ''
            if i == 0:
                lab = '<span class="cue-speaker">' + ('Elon Musk' if spk == M else H) + ':</span> '
            tvis = mmss(s) if s < 3600 else h1ms(s)
            cues.append(f'<li class="cue" role="button" tabindex="0" data-start="{st}" data-end="{st+2.4:.2f}"><span class="cue-time">{tvis}</span><span class="cue-text">{lab}{E(txt)}</span></li>')
    full = []
    for spk, cl in T:
        full.append(f'<p><b>{"Elon Musk" if spk == M else H}:</b> ' + E(' '.join(c[1] for c in cl)) + '</p>')
    TT = [(spk, int(cl[0][0]), [cl[0][1]]) for spk, cl in T]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elon Musk on tariffs, competition and robotaxis | Tech Frontier - Vidstream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="video.episode">
<meta property="og:video" content="https://vidstream.tv/embed/v/TF-9931">
<meta name="twitter:player" content="https://vidstream.tv/embed/v/TF-9931">
<link rel="stylesheet" href="https://a.vidstream.tv/css/watch.7d2e.css">
<script>var ytInitialPlayerConfig={{"videoId":"TF-9931","lengthSeconds":3640,"captions":{{"lang":"en","kind":"asr"}}}};</script>
<script src="https://a.vidstream.tv/js/player.min.js" defer></script>
</head>
<body class="watch-page">
<header class="vs-masthead"><a class="vs-logo" href="/">Vidstream</a><form class="vs-search" action="/results"><input name="q" placeholder="Search"></form><a class="vs-signin" href="/signin">Sign in</a></header>
<div class="watch-layout">
  <div class="primary">
    <div class="player-container"><video id="player" poster="https://i.vidstream.tv/TF-9931/maxres.jpg" controls></video></div>
    <h1 class="video-title">Elon Musk on tariffs, competition and robotaxis | Tech Frontier</h1>
    <div class="owner"><img class="channel-avatar" src="https://i.vidstream.tv/ch/techfrontier.jpg" alt=""> <a href="/c/techfrontier">Tech Frontier</a> <span class="subs">2.1M subscribers</span> <button class="subscribe">Subscribe</button></div>
    <div class="description"><p>1,204,331 views · Nov 25, 2026</p><p>Nadia Karim talks to Elon Musk about tariffs on Chinese EVs and when robotaxis could launch in Europe.</p><p>0:00 Intro<br>0:13 Tariffs<br>0:34 Robotaxis<br>1:00:05 Outro</p></div>
    <details class="full-transcript"><summary>Show full transcript (text)</summary>
{chr(10).join(full)}
    </details>
    <section class="comments"><h2>3,918 Comments</h2>
      <div class="comment"><a class="author" href="/@ElonMuskOfficialFan">@ElonMuskOfficialFan</a><p>"Competition makes everyone better." facts</p></div>
      <div class="comment"><a class="author" href="/@mayemuskstyle">@mayemuskstyle</a><p>Nadia is the best interviewer on this platform.</p></div>
    </section>
  </div>
  <aside class="secondary">
    <div class="transcript-panel" aria-label="Transcript">
      <div class="panel-header"><h2>Transcript</h2><button class="panel-close" aria-label="Close transcript">×</button></div>
      <ul class="cue-list">
{chr(10).join(cues)}
      </ul>
    </div>
    <div class="up-next"><h3>Up next</h3><ul><li><a href="/watch?v=TF-9930">Inside a sodium-ion battery factory</a></li><li><a href="/watch?v=TF-9925">Why transformers are on backorder</a></li></ul></div>
  </aside>
</div>
<footer class="vs-footer">About · Press · Copyright · Creators · Terms · Privacy · © 2026 Vidstream</footer>
</body>
</html>
'''
    write('g14_video_cue_panel', page, 'video page transcript panel: <li class="cue" data-start="13.48"> with visible m:ss/h:mm:ss, speaker label only on first cue of a turn; same transcript repeated as paragraphs in <details> (count once)',
          'Tech Frontier (Vidstream)', gold(TT), [H])

# ---------- 15. Radio show, pre text, [hh:mm:ss.mmm], Elon Gold ----------
def p15():
    HO, EG = 'HOST (JEN PARK)', 'ELON GOLD'
    T = [
     (HO, (1, 0, 12, 480), ["Welcome back to The Morning Drive. In studio, comedian Elon Gold. And on the phone, the other Elon. Elon Musk, good morning!"]),
     (M, (1, 0, 20, 105), ["Good morning. Great to be on with the superior Elon."]),
     (EG, (1, 0, 24, 990), ["Finally he admits it. Folks, I've been getting his mail for twenty years. Someone once asked me to fix their Model 3."]),
     (HO, (1, 0, 33, 200), ["Elon Musk, what's the big news this week?"]),
     (M, (1, 0, 36, 870), ["We just did the tenth tower catch of the booster. It's becoming routine, which is exactly what you want. Boring is good in rocketry."]),
     (EG, (1, 0, 47, 15), ["Boring is good in comedy too. That's why I'm still working."]),
     (M, (1, 0, 51, 600), ["Ha."]),
     (HO, (1, 0, 53, 300), ["Last one for you, Elon Musk. Gas prices are up. Should people buy an EV now?"]),
     (M, (1, 1, 0, 40), ["If you can charge at home, the cost per mile is much lower. So yes, I'd say so, but I'm biased, obviously."]),
     (EG, (1, 1, 9, 720), ["He's biased, I'm Jewish, we all have our issues."]),
     (HO, (1, 1, 14, 0), ["Thanks to both Elons!"]),
    ]
    lines = []
    TT = []
    for spk, (h, m_, s, f), paras in T:
        secs = h * 3600 + m_ * 60 + s
        lab = 'ELON MUSK (PHONE)' if spk == M else spk
        lines.append(f'[{h:02d}:{m_:02d}:{s:02d}.{f:03d}] {lab}: {E(paras[0])}')
        TT.append((spk, secs, paras))
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Morning Drive – Hour 2 transcript (Nov 24, 2026) | WKRB 98.7 FM</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/station.css">
<style>pre.transcript{{white-space:pre-wrap;font-family:Menlo,Consolas,monospace;font-size:14px;line-height:1.5;background:#f7f7f7;padding:1em}}</style>
<script src="https://player.streamtheworld.example/tdplayer.js" async></script>
</head>
<body>
<div class="station-bar"><a href="/" class="station-logo">WKRB 98.7</a> <span class="tagline">Talk. Traffic. Tech.</span> <a class="listen-live" href="/listen">▶ Listen Live</a></div>
<nav class="station-nav"><a href="/shows">Shows</a> | <a href="/podcasts">Podcasts</a> | <a href="/news">News</a> | <a href="/traffic">Traffic</a> | <a href="/contests">Contests</a></nav>
<div class="content">
  <h1>The Morning Drive – Hour 2 transcript</h1>
  <p class="airdate">Aired Tuesday, November 24, 2026 · Segment: "Two Elons"</p>
  <p>Accessibility transcript generated from broadcast captions. Times are from the start of the 6 a.m. hour recording ([hh:mm:ss.mmm]).</p>
<pre class="transcript">
{chr(10).join(lines)}
[01:01:17.500] (MUSIC BUMPER)
</pre>
  <p><a href="/podcasts/morning-drive">Download the Morning Drive podcast</a> · <a href="/fcc-public-file">FCC Public File</a></p>
</div>
<div class="rundown"><h2>Hour 2 rundown</h2><ol>
  <li>6:00 – News, weather and traffic on the 8s</li>
  <li>6:12 – "Two Elons": comedian Elon Gold in studio, SpaceX's Elon Musk by phone</li>
  <li>6:20 – Listener calls: your worst commute story</li>
  <li>6:35 – Tech Minute with Raj Mehta: are heat pumps worth it?</li>
  <li>6:48 – Sports with Danny O.</li>
</ol>
<p>Missed the show? Every hour of The Morning Drive is available as a podcast by noon. Transcripts are posted within 48 hours for accessibility. If you find an error in a transcript, email <a href="mailto:access@wkrb.example">access@wkrb.example</a>.</p></div>
<div class="sidebar"><h3>Also on WKRB</h3><ul><li><a href="#">Elon Gold live at the Laugh Factory this Friday</a></li><li><a href="#">Win tickets to the auto show</a></li><li><a href="#">Weekend Garden Hour returns Saturday</a></li><li><a href="#">Traffic alert: I-35 lane closures through December</a></li><li><a href="#">Meet the Morning Drive team</a></li></ul><div class="ad-300x250" id="ad-sidebar-1"></div></div>
<footer class="station-footer">© 2026 WKRB Radio LLC · <a href="/eeo">EEO</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
'''
    write('g15_radio_pre_ms', page, 'radio accessibility transcript in <pre>: "[hh:mm:ss.mmm] LABEL: text" lines; Musk labelled "ELON MUSK (PHONE)", co-guest comedian "ELON GOLD"',
          'WKRB 98.7 The Morning Drive', gold(TT), [HO, EG])

# ---------- 16. Press conference, several speakers, partial times, label change ----------
def p16():
    MOD = 'KATHRYN HOLT (MODERATOR)'
    GS = 'GOVERNOR DIANE REYES'
    R1, R2, R3 = 'REPORTER (Sam Whitaker, Gulf Coast Ledger)', 'REPORTER (Aiko Tanaka, Nikkan Space)', 'REPORTER'
    T = [
     (MOD, 2, ["Good afternoon and welcome to the post-launch press conference. We'll hear first from Governor Reyes, then Elon Musk, and then take questions."]),
     (GS, 15, ["Thank you. Today's launch was a proud moment for Texas. This program now supports more than twelve thousand jobs in our state."]),
     (MOD, None, ["Elon?"]),
     ('ELON MUSK (SpaceX)', 58, ["Thanks. So today we demonstrated ship-to-ship propellant transfer in orbit for the first time. This is the key technology for going to the Moon and Mars.",
         "We transferred about ten tons. The goal is over a hundred tons per flight within a year.",
         "I want to thank the team, who worked incredibly hard, and the FAA for a fast turnaround on the license."]),
     (MOD, None, ["Questions. Sam, go ahead."]),
     (R1, 241, ["Sam Whitaker, Gulf Coast Ledger. Elon, you said last year, quote, \"we'll land on the Moon by 2027.\" Is that still realistic?"]),
     ('MUSK', 256, ["It's tight. I'd say it's possible but not certain. The propellant transfer was the biggest technical risk, and that's now retired."]),
     (R1, None, ["And for the governor?"]),
     (GS, None, ["We'll keep supporting this program. That's all I'll say on that today."]),
     (MOD, None, ["Next, Aiko."]),
     (R2, 301, ["Aiko Tanaka, Nikkan Space. How do you view China's lunar program as competition?"]),
     ('MUSK', None, ["They're very capable. Their progress has been rapid, and I think healthy competition is good. It's not a race I want to lose, though."]),
     (R3, None, ["Any comment on the tariffs on imported steel?"]),
     ('MUSK', None, ["No."]),
     (MOD, 366, ["Thank you, everyone. That concludes today's briefing."]),
    ]
    body = []
    for spk, t, paras in T:
        ts = f'<span class="timestamp">[{hms(t)}]</span> ' if t is not None else ''
        body.append(f'<p>{ts}<strong>{E(spk)}:</strong> {E(paras[0])}</p>')
        for p in paras[1:]:
            body.append(f'<p>{E(p)}</p>')
    TT = [(M if s in ('MUSK', 'ELON MUSK (SpaceX)') else s, t, p) for s, t, p in T]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Post-Launch Press Conference Transcript – Starship Flight 14 | Texas Office of Space Commerce</title>
<meta name="description" content="Official transcript of the post-launch briefing with Governor Diane Reyes and SpaceX CEO Elon Musk.">
<link rel="stylesheet" href="/themes/txgov/css/uswds.min.css">
<script src="/themes/txgov/js/uswds-init.min.js"></script>
</head>
<body>
<div class="usa-banner"><p>An official website of the State of Texas</p></div>
<header class="usa-header"><div class="usa-logo"><a href="/">Texas Office of Space Commerce</a></div>
<nav class="usa-nav"><ul class="usa-nav__primary"><li><a href="/about">About</a></li><li><a href="/news">News &amp; Media</a></li><li><a href="/spaceports">Spaceports</a></li><li><a href="/grants">Grants</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main class="usa-layout-docs" id="main-content">
  <nav class="usa-breadcrumb"><ol><li><a href="/news">News &amp; Media</a></li><li>Transcripts</li></ol></nav>
  <h1>Post-Launch Press Conference – Starship Flight 14</h1>
  <p class="usa-intro">Starbase, Texas · November 28, 2026 · Participants: Governor Diane Reyes; Elon Musk, CEO, SpaceX; Kathryn Holt, Office of Space Commerce (moderator).</p>
  <p><em>Timestamps are given where the recording was available; part of the Q&amp;A was not captured on the official feed.</em></p>
  <div class="usa-prose transcript">
{chr(10).join(body)}
  </div>
  <section class="related"><h2>Related resources</h2><ul class="usa-list"><li><a href="/news/flight-14-release">Press release: Starship Flight 14</a></li><li><a href="/media/flight-14-photos">Photo gallery</a></li><li><a href="/spaceports/starbase">About Starbase</a></li></ul></section>
</main>
<footer class="usa-footer"><p>Texas Office of Space Commerce · 1100 San Jacinto Blvd, Austin, TX · <a href="/accessibility">Accessibility</a> · <a href="/open-records">Open Records</a></p></footer>
</body>
</html>
'''
    write('g16_press_conference', page, 'government press-conference transcript: "<p>[hh:mm:ss] <strong>LABEL:</strong> text" with timestamps missing on some turns; label "ELON MUSK (SpaceX)" then "MUSK"',
          'Texas Office of Space Commerce – post-launch press conference', gold(TT), [MOD, GS, R1, R2, R3])

if __name__ == '__main__':
    p13(); p14(); p15(); p16()
