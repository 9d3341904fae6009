from common import *


def iso(s):
    s = int(s)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    out = 'PT'
    if h:
        out += '%dH' % h
    if m or h:
        out += '%dM' % m
    return out + '%dS' % sec


def build():
    HAN, INT, LEE, OYE, AUD = 'HAN', 'INT', 'LEE', 'OYE', 'AUD'
    T = [
        (HAN, 5, ["(speaking Korean)"]),
        (INT, 6, ["Good afternoon and welcome to the third plenary of the Pacific Mobility Forum. I am delighted to introduce our panel: Professor Lee Hyun-soo of Hanbit University, Dr. Margaret Oyelaran of the Rail Futures Institute, and Mr. Elon Musk, who is joining us by video link from Texas."]),
        (EM, 40, ["Thank you. Can you hear me all right?"]),
        (HAN, 44, ["Yes, perfectly."]),
        (EM, None, ["Great."]),
        (HAN, 47, ["(speaking Korean)"]),
        (INT, 49, ["Mr. Musk, my first question is about congestion. Seoul has one of the best subway systems in the world, and yet our roads are still full. What is the solution?"]),
        (EM, 63, ["I think the fundamental problem is that cities are three-dimensional, with tall buildings, but roads are two-dimensional. So you get a huge density of people trying to squeeze onto a flat plane.",
                  "You either go up, which is noisy and has weather problems, or you go down with tunnels. Tunnels are weatherproof, they&#8217;re quiet, and you can stack as many levels as you want.",
                  "And then autonomy on top of that. Once cars drive themselves, you can pack them much more tightly and keep them moving."]),
        (INT, 131, ["(interpreting into Korean for the audience) For the record, Mr. Musk said that tunnels and self-driving cars together are the answer to congestion, because cities are three-dimensional but roads are flat."]),
        (LEE, 160, ["If I may respond to Mr. Musk. Tunnels in Seoul are not so simple. We have granite, we have groundwater, and we have six hundred years of history under the old city. Every metre of tunnel is a negotiation with archaeologists."]),
        (EM, 230, ["That&#8217;s a fair point. Geology matters a lot, and granite is slow to bore through. But boring machines are improving quickly, and I&#8217;d argue the cost per kilometre can drop by a factor of ten."]),
        (OYE, 300, ["I&#8217;d add that Seoul already has the answer for most trips, which is rail. The question is the last kilometre, not the first twenty."]),
        (HAN, 3520, ["(speaking Korean)"]),
        (INT, 3522, ["We have time for one question from the audience. Yes, the student in the third row."]),
        (AUD, 3540, ["Hi, I&#8217;m a student at Hanbit University. Mr. Musk, what should young engineers in Korea study if they want to work on the future of transportation?"]),
        (EM, 3723, ["Study physics and learn to code. Physics teaches you how to think about problems from first principles, and code is how you get anything done these days.",
                    "And build things. Projects you actually make teach you more than any class."]),
        (HAN, None, ["Thank you."]),
        (EM, 3790, ["Thank you, everyone. Kamsahamnida."]),
        (HAN, 3796, ["(speaking Korean) &#8212; the plenary is adjourned. Thank you."]),
    ]
    seen = set()
    full = {HAN: 'JI-WOO HAN (Moderator)', INT: 'INTERPRETER', EM: 'ELON MUSK (via video link)',
            LEE: 'PROF. LEE HYUN-SOO', OYE: 'DR. MARGARET OYELARAN', AUD: 'AUDIENCE MEMBER'}
    short = {HAN: 'HAN', INT: 'INTERPRETER', EM: 'MUSK', LEE: 'LEE', OYE: 'OYELARAN', AUD: 'AUDIENCE MEMBER'}
    rows = []
    for spk, t, paras in T:
        lab = short[spk] if spk in seen else full[spk]
        seen.add(spk)
        tt = '<time datetime="%s">%s</time> ' % (iso(t), h_or_m(t, pad_m=False)) if t is not None else ''
        ps = ''.join('<p>%s</p>' % p for p in paras)
        rows.append('<div class="turn">%s<span class="who">%s</span>%s</div>' % (tt, lab, ps))
    transcript = '\n'.join(rows)
    page = '''<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <title>Plenary 3: Moving People and Goods in 2035 | Pacific Mobility Forum 2025</title>
  <meta name="generator" content="Hugo 0.125.4">
  <meta name="description" content="Full transcript of Plenary 3 at the Pacific Mobility Forum 2025 in Seoul, with Lee Hyun-soo, Margaret Oyelaran and Elon Musk.">
  <link rel="stylesheet" href="/css/main.min.4e8a1f.css" integrity="sha256-Tk3lQ0ex2Bq7z5a0Jc3vN8mY1x6pGf8s2eA3pQ0Wz0k=" crossorigin="anonymous">
  <script src="/js/main.min.c1a2b3.js" defer></script>
  <style>.turn{margin:1.1rem 0}.turn time{font:12px/1 "JetBrains Mono",monospace;color:#7a7a7a;margin-right:.5rem}.turn .who{font-weight:700;letter-spacing:.02em}.turn p{margin:.3rem 0 0}.session-meta dt{font-weight:700}</style>
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">Pacific Mobility Forum <span>2025 &middot; Seoul</span></a>
    <nav aria-label="Main"><ul>
      <li><a href="/program/">Program</a></li>
      <li><a aria-current="true" class="ancestor" href="/sessions/">Sessions</a></li>
      <li><a href="/speakers/">Speakers</a></li>
      <li><a href="/venue/">Venue</a></li>
      <li><a href="/press/">Press</a></li>
    </ul></nav>
  </header>
  <main>
    <article class="session">
      <p class="kicker">Plenary session &middot; Day 2 &middot; Grand Ballroom</p>
      <h1>Plenary 3: Moving People and Goods in 2035</h1>
      <dl class="session-meta">
        <dt>Date</dt><dd>Thursday 22 May 2025, 14:00&ndash;15:05 KST</dd>
        <dt>Moderator</dt><dd>Ji-woo Han, Korea Transport Review</dd>
        <dt>Panel</dt><dd>Lee Hyun-soo (Hanbit University) &middot; Margaret Oyelaran (Rail Futures Institute) &middot; Elon Musk (remote)</dd>
        <dt>Languages</dt><dd>Korean and English with simultaneous interpretation</dd>
      </dl>
      <div class="video"><iframe src="https://player.pmf.kr/embed/plenary3-2025" title="Plenary 3 video" allowfullscreen loading="lazy"></iframe></div>
      <h2 id="transcript">Transcript</h2>
      <p class="note"><em>English transcript of the floor audio. Korean remarks are shown through the English interpretation; times are offsets into the session video above, and a few short exchanges were not time-coded.</em></p>
      <div class="transcript">
''' + transcript + '''
      </div>
      <nav class="pager"><a href="/sessions/plenary-2/">&larr; Plenary 2: Ports after automation</a><a href="/sessions/plenary-4/">Plenary 4: Who pays for the grid? &rarr;</a></nav>
    </article>
  </main>
  <footer class="site-footer"><p>&copy; 2025 Pacific Mobility Forum Secretariat &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/contact/">Contact</a></p><p>Built with Hugo.</p></footer>
</body>
</html>
'''
    write('af12_pmf_plenary', page,
          'Hugo conference session page; each turn is a div with an optional <time datetime="PT..."> (shown m:ss or h:mm:ss), a caps speaker label (full with role first, short later) and <p>s; some short turns carry no time.',
          'Pacific Mobility Forum 2025', gold_from(T),
          ['JI-WOO HAN (Moderator)', 'INTERPRETER', 'HAN', 'PROF. LEE HYUN-SOO', 'DR. MARGARET OYELARAN', 'AUDIENCE MEMBER'],
          'Hugo conference panel with interpreter: <time datetime="PT1H2M3S"> m:ss/h:mm:ss, "ELON MUSK (via video link)" then "MUSK", untimed turns (his "Great." -> null); interpreter summarises "Mr. Musk said..."; professor addresses him.')
