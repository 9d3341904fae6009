from common import *

# ---------------------------------------------------------------- p07
def p07():
    # rows: (key, time or None, text); key None = continuation row (blank speaker cell)
    rows = [
        ('HK', 62, "Good afternoon, everyone. Welcome to the closing panel of Orbital Futures. I'm Hana Kowalski, and I have the slightly intimidating job of moderating two Elons and one very patient scientist."),
        ('EL', 80, "Only one of us has a rocket company, to be clear."),
        ('EM', 84, "For now."),
        ('HK', 86, "Let's start with reusability. Elon Musk, you bet the company on landing boosters. Elon Lindqvist, the agency was skeptical at first. Who was right?"),
        ('EM', 97, "I think the data speaks for itself at this point. We've reflown boosters more than twenty times."),
        (None, 118, "But I'd say the agency's skepticism was reasonable. It wasn't obvious it would work. We crashed a lot of them."),
        ('EL', 131, "I agree with Musk on that. Our concern was never the physics. It was the refurbishment cost. And, to his credit, that turned out lower than our models."),
        ('AO', 150, "Can I jump in? Because from a science point of view the cost per kilogram is the whole story. It changes which missions we even propose."),
        ('HK', 165, "Right."),
        ('AO', 166, "We're designing telescopes now that would have been laughed out of the room ten years ago."),
        ('EM', 174, "Yes."),
        ('HK', 176, "Elon Musk, a one-word answer, we should frame that."),
        ('EM', 180, "Well, she's right. Cheap access changes what people dream about. That's the real effect, more than any single launch."),
        ('HK', 2412, "Audience question. Somebody asks: will Starship carry European payloads?"),
        ('EL', 2420, "That's above my pay grade, but I'll say we're talking."),
        ('EM', None, "We'd be happy to. Anyone who wants to go, we'll take them, subject to the usual export rules."),
        ('HK', 2441, "Last word to each of you. One sentence."),
        ('AO', 2446, "Build instruments, not monuments."),
        ('EL', 2450, "Cooperate more than you compete."),
        ('EM', 2455, "Make life multiplanetary, and have fun doing it."),
        ('HK', 2461, "Thank you all."),
    ]
    full = {'HK': 'Hana Kowalski', 'EL': 'Elon Lindqvist', 'EM': 'Elon Musk', 'AO': 'Dr. Ade Okafor'}
    short = {'HK': 'Kowalski', 'EL': 'Lindqvist', 'EM': 'Musk', 'AO': 'Okafor'}
    seen = set(); trs = []; segs = []
    for key, t, text in rows:
        if key is None:
            spk = ''
            segs[-1]['paras'].append(text)
        else:
            spk = full[key] if key not in seen else short[key]
            seen.add(key)
            segs.append(dict(s=key, t=t, paras=[text]))
        tcell = '<a href="https://video.orbitalfutures.example/2026/closing-panel?t=%d">%s</a>' % (t, hms_short(t)) if t is not None else ''
        trs.append('<tr><td class="t">%s</td><td class="s">%s</td><td class="x">%s</td></tr>' % (tcell, E(spk), E(text)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.125.4">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Closing panel: Reusability and the next decade · Orbital Futures Summit 2026</title>
<link rel="stylesheet" href="/css/main.min.9d2c1e.css">
<style>table.tx{{border-collapse:collapse;width:100%}} table.tx td{{border-bottom:1px solid #e5e7eb;padding:.4rem .6rem;vertical-align:top}} td.t{{width:5rem;font-variant-numeric:tabular-nums}} td.s{{width:9rem;font-weight:600}}</style>
</head>
<body>
<header class="site"><a class="logo" href="/">Orbital Futures Summit</a>
<nav><a href="/program/">Program</a> <a href="/speakers/">Speakers</a> <a href="/sessions/" aria-current="page">Sessions</a> <a href="/venue/">Venue</a> <a href="/register/">Register for 2027</a></nav></header>
<main class="container">
<p class="eyebrow">Day 2 · Main stage · 16:30–17:15</p>
<h1>Closing panel: Reusability and the next decade</h1>
<section class="speakers"><h2>Speakers</h2><ul>
<li><strong>Elon Musk</strong> — CEO and CTO, SpaceX</li>
<li><strong>Elon Lindqvist</strong> — Head of Launcher Strategy, European Space Agency</li>
<li><strong>Dr. Ade Okafor</strong> — Astrophysicist, University of Lagos</li>
<li><strong>Hana Kowalski</strong> — Moderator, Orbital Futures</li></ul></section>
<div class="video"><iframe src="https://video.orbitalfutures.example/embed/2026/closing-panel" width="100%" height="400" allowfullscreen title="Closing panel video"></iframe></div>
<h2>Transcript</h2>
<p class="note">Times link to the session video. Rows without a speaker continue the previous speaker; a few rows could not be aligned to the video and have no time.</p>
<table class="tx"><thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead><tbody>
{chr(10).join(trs)}
</tbody></table>
<section class="next"><h2>More sessions</h2><ul><li><a href="/sessions/2026/lunar-logistics/">Lunar logistics: who pays?</a></li><li><a href="/sessions/2026/debris/">Orbital debris and the commons</a></li></ul></section>
</main>
<footer class="site"><p>© 2026 Orbital Futures Foundation · <a href="/code-of-conduct/">Code of conduct</a> · <a href="/press/">Press</a></p></footer>
<script>{js('OFS')}</script>
</body>
</html>
"""
    write('p07_orbital_futures_panel', page,
          "Static-site (Hugo) conference panel page; transcript is a table Time | Speaker | Text, time cells are links with ?t=seconds showing m:ss, blank speaker cells continue the previous turn, one turn has no time.",
          "Orbital Futures Summit 2026", gold_from(segs),
          ["Hana Kowalski", "Kowalski", "Elon Lindqvist", "Lindqvist", "Dr. Ade Okafor", "Okafor"])

# ---------------------------------------------------------------- p08
def p08():
    segs = [
        dict(s='OP', paras=["Good afternoon, everyone, and welcome to the Tesla first quarter 2026 financial results Q&A webcast. All participants are in listen-only mode. I would now like to turn the call over to Travis Oyelaran, Head of Investor Relations."]),
        dict(s='TO', paras=["Thank you, and good afternoon. Joining me today are Elon Musk and Lorraine Beck. Before we begin, please note that some statements are forward-looking. With that, over to Elon for opening remarks."]),
        dict(s='EM', paras=["Thanks. So, it was a challenging quarter on the macro side, but I think the team executed extremely well.",
                            "Cost per vehicle came down again, and we're now ramping the new platform at two factories. I want to thank everyone on the production lines for a heroic effort."]),
        dict(s='LB', paras=["Thank you, Elon. Total revenue was flat sequentially, while operating expenses declined as we completed several capital projects. Free cash flow was positive for the eighth straight quarter."]),
        dict(s='TO', paras=["Let's now go to retail questions. The first one: \"Elon, you said in 2019 that owning a car would be like owning a horse. Do you still believe that?\""]),
        dict(s='EM', paras=["Mostly, yes. Over time, I think people will own cars the way people own horses today, for fun. But most miles will be autonomous and shared."]),
        dict(s='TO', paras=["Next, from the analyst queue. Operator?"]),
        dict(s='OP', paras=["Our first question comes from Priyanka Desai with Halberd Capital. Please go ahead."]),
        dict(s='PD', paras=["Hi, thanks for taking my question. On the new platform, can you confirm you're still on track for volume production by year-end?"]),
        dict(s='EM', paras=["Yes."]),
        dict(s='PD', paras=["Any color on the gross margin trajectory?"]),
        dict(s='LB', paras=["We don't guide on margin by platform, but early units are always more expensive, and we expect that to improve through the ramp."]),
        dict(s='EM', paras=["And I'd just add that the first few thousand units are essentially a learning exercise. Don't read too much into them."]),
        dict(s='OP', paras=["Our next question comes from Marcus Feld with Northgate Securities."]),
        dict(s='MF', paras=["Thanks. Elon, on energy storage, the business keeps growing faster than autos. Should investors think of Tesla as an energy company?"]),
        dict(s='EM', paras=["I think of it as a sustainable energy and AI robotics company. Storage is going to be huge, probably comparable to vehicles eventually. People underestimate it."]),
        dict(s='TO', paras=["That's all the time we have. Thank you, everyone."]),
        dict(s='EM', paras=["Thanks, everyone. Exciting year ahead."]),
    ]
    lab = {'OP': ('Operator', None), 'TO': ('Travis Oyelaran', 'Head of Investor Relations'), 'EM': ('Elon Musk', 'Chief Executive Officer'),
           'LB': ('Lorraine Beck', 'Chief Financial Officer'), 'PD': ('Priyanka Desai', 'Halberd Capital -- Analyst'), 'MF': ('Marcus Feld', 'Northgate Securities -- Analyst')}
    body = []
    split = None
    for i, sg in enumerate(segs):
        if i == 4:
            split = len(body)
        n, r = lab[sg['s']]
        body.append('<p class="spk"><strong>%s</strong>%s</p>' % (n, (' -- <em>%s</em>' % E(r)) if r else ''))
        for p in sg['paras']:
            body.append('<p>%s</p>' % E(p))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tesla (TSLA) Q1 2026 Earnings Call Transcript | Quarterly Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://cdn.quarterlywire.example/css/app.2f3d.css">
<style>.spk{{margin-top:1.4em}} .spk em{{color:#555;font-style:normal}} .ticker-box{{border:1px solid #ddd;padding:.6em;width:14em;float:right}}</style>
</head>
<body>
<header class="qw-head"><a href="/" class="qw-logo">Quarterly Wire</a><nav><a href="/markets">Markets</a> <a href="/earnings" class="on">Earnings</a> <a href="/transcripts">Call transcripts</a> <a href="/premium">Premium</a></nav></header>
<main class="qw-article">
<div class="ticker-box"><b>TSLA</b> 241.18 <span class="up">+3.2%</span><br><small>Delayed 15 min</small></div>
<h1>Tesla (TSLA) Q1 2026 Earnings Call Transcript</h1>
<p class="meta">TSLA earnings call for the period ending March 31, 2026. <time datetime="2026-04-22T21:30:00Z">Apr 22, 2026, 5:30 p.m. ET</time></p>
<h2>Contents:</h2><ul><li>Prepared Remarks</li><li>Questions and Answers</li><li>Call Participants</li></ul>
<h2>Prepared Remarks:</h2>
{chr(10).join(body[:split])}
<h2>Questions &amp; Answers:</h2>
{chr(10).join(body[split:])}
<p><em>Duration: 58 minutes</em></p>
<h2>Call participants:</h2>
<ul class="participants">
<li>Travis Oyelaran -- Head of Investor Relations</li>
<li>Elon Musk -- Chief Executive Officer</li>
<li>Lorraine Beck -- Chief Financial Officer</li>
<li>Priyanka Desai -- Halberd Capital -- Analyst</li>
<li>Marcus Feld -- Northgate Securities -- Analyst</li></ul>
<p class="disclaimer">This article is a transcript of this conference call produced for Quarterly Wire. While we strive for accuracy, there may be errors, omissions, or inaccuracies in this transcript.</p>
</main>
<footer class="qw-foot">© 2026 Quarterly Wire Media. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>
<script>{js('QWIRE')}</script>
</body>
</html>
"""
    write('p08_quarterly_wire_earnings', page,
          "Earnings-call transcript without timestamps; each turn starts with a paragraph holding the bold speaker name and '-- role', followed by one or more text paragraphs.",
          "Quarterly Wire", gold_from(segs),
          ["Operator", "Travis Oyelaran", "Lorraine Beck", "Priyanka Desai", "Marcus Feld"])

# ---------------------------------------------------------------- p09
def p09():
    segs = [
        dict(s='JW', t=0, paras=["This is Hardware Hour. I'm June Whitaker. My guest today is Elon Musk, and we're going to talk almost entirely about batteries, which he promised me he finds exciting."]),
        dict(s='EM', t=11, paras=["I do find them exciting. Batteries are chemistry, manufacturing and software all at once. There's nothing else quite like it."]),
        dict(s='JW', t=20, paras=["Dry electrode. Everyone said it couldn't be scaled. Where is it now?"]),
        dict(s='EM', t=26, paras=["It was much harder than we expected. I think I said it would take a year and it took almost four.",
                               "But it's working now at volume, and it removes an enormous oven from the line. Those ovens are huge, expensive and use a lot of energy."]),
        dict(s='JW', t=None, paras=["Wow."]),
        dict(s='EM', t=None, paras=["Yeah, it's a big deal. Nobody outside the industry really noticed."]),
        dict(s='JW', t=1267, paras=["What's the next big step after that?"]),
        dict(s='EM', t=1271, paras=["Probably sodium for stationary storage. It's lower energy density but the materials are abundant and cheap. For a grid battery you don't care much about weight."]),
        dict(s='JW', t=3725, paras=["We're almost out of time. What should listeners get wrong less often about batteries?"]),
        dict(s='EM', t=3734, paras=["That it's all about the cell. Half the cost is in everything around the cell: the pack, the thermal system, the electronics. Integration matters as much as chemistry."]),
        dict(s='JW', t=3752, paras=["Elon Musk, thanks for coming on Hardware Hour."]),
        dict(s='EM', t=3755, paras=["Thanks, June."]),
    ]
    lab = {'JW': ['June Whitaker', 'June'], 'EM': ['Elon Musk', 'Elon']}
    def tlink(t):
        h, m, s = t // 3600, t % 3600 // 60, t % 60
        frag = ('%dh' % h if h else '') + '%dm%02ds' % (m, s)
        return ' <a class="ts" href="https://hardwarehour.substack.example/p/elon-musk-batteries#t=%s">%s</a>' % (frag, hms_short(t))
    seen = set(); body = []; plain = []
    for sg in segs:
        l = lab[sg['s']][1] if sg['s'] in seen else lab[sg['s']][0]
        seen.add(sg['s'])
        body.append('<h4 class="speaker">%s%s</h4>' % (l, tlink(sg['t']) if sg['t'] is not None else ''))
        for p in sg['paras']:
            body.append('<p>%s</p>' % E(p))
        plain.append('<p>%s: %s</p>' % (l, E(' '.join(sg['paras']))))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk on batteries, dry electrodes and sodium - by June Whitaker</title>
<meta property="og:site_name" content="Hardware Hour">
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css">
<style>h4.speaker{{margin:1.6em 0 .3em;font-size:1rem}} h4.speaker a.ts{{font-weight:400;font-size:.85rem;color:#888;margin-left:.4em}} .highlights{{border:1px solid #e3e3e3;border-radius:6px;padding:1em}}</style>
</head>
<body>
<div class="topbar"><a href="https://hardwarehour.substack.example/" class="pub-name">Hardware Hour</a> <a class="subscribe-btn" href="https://hardwarehour.substack.example/subscribe">Subscribe</a> <a href="https://substack.example/sign-in">Sign in</a></div>
<article class="post">
<h1 class="post-title">Elon Musk on batteries, dry electrodes and sodium</h1>
<h3 class="subtitle">Episode 57. Yes, an hour on batteries. You're welcome.</h3>
<div class="post-meta"><a href="https://hardwarehour.substack.example/about">June Whitaker</a> · Jan 19, 2026 · <span>1 hr 2 min</span></div>
<div class="podcast-player" data-src="https://api.substack.example/audio/ep57.mp3"><button class="play">▶ Listen</button></div>
<div class="body markup">
<p>Elon Musk joins me for an unusually nerdy hour. Paid subscribers get the ad-free version and the bonus Q&amp;A.</p>
<div class="highlights"><p><strong>Highlights</strong></p>
<p>Elon Musk: “Batteries are chemistry, manufacturing and software all at once.”</p>
<p>Elon Musk: “Half the cost is in everything around the cell.”</p></div>
<h2>Timestamps</h2>
<p>0:26 Dry electrode, four years late<br>21:07 Sodium for the grid<br>1:02:05 Integration beats chemistry</p>
<h2>Transcript</h2>
{chr(10).join(body)}
<details class="plain-transcript"><summary>Plain-text transcript (for copying)</summary>
{chr(10).join(plain)}
</details>
</div>
<div class="post-footer"><button class="like">♥ 214</button> <a href="#comments">37 comments</a> <a href="#" data-share="https://twitter.example/intent/tweet?url=">Share</a></div>
</article>
<section id="comments"><h3>Comments</h3>
<div class="comment"><b>Elonzo Muskrat</b> <span>Jan 19</span><p>“Half the cost is in everything around the cell.” This should be on a poster.</p></div>
<div class="comment"><b>Ravi P.</b> <span>Jan 20</span><p>More episodes on grid storage please.</p></div>
</section>
<footer class="site-footer">© 2026 June Whitaker · <a href="https://substack.example/privacy">Privacy</a> · <a href="https://substack.example/tos">Terms</a> · <a href="https://substack.example/">Start writing</a></footer>
<script>window._preloads={{"pub":{{"name":"Hardware Hour"}},"post":{{"id":99117,"audience":"everyone"}}}};</script>
<script>{js('SSHW')}</script>
</body>
</html>
"""
    write('p09_hardware_hour_substack', page,
          "Substack podcast post; each turn is an <h4> speaker heading (full name first, then first name) with a timestamp link '#t=1h02m05s' showing h:mm:ss or m:ss (two turns have none), paragraphs below; a collapsed plain-text copy repeats the transcript.",
          "Hardware Hour", gold_from(segs), ["June Whitaker", "June"])

# ---------------------------------------------------------------- p10
def p10():
    segs = [
        dict(s='MC', t=0, paras=["So you've been driving the new software for a couple of weeks yourself?"]),
        dict(s='EM', t=5, paras=["Every day. I drive the newest build, whatever the team pushed that morning. Sometimes that's exciting."]),
        dict(s='MC', t=14, paras=["Exciting good or exciting bad?"]),
        dict(s='EM', t=17, paras=["Mostly good. The unprotected left turns are way better now."]),
        dict(s='MC', t=722, paras=["People on the forums complain about phantom braking. Is that solved?"]),
        dict(s='EM', t=729, paras=["Much better, not solved. I'd say ten times better than a year ago. We'll keep grinding on it."]),
        dict(s='MC', t=746, paras=["And the wide release?"]),
        dict(s='EM', t=750, paras=["Soon."]),
        dict(s='MC', t=752, paras=["Soon like two weeks?"]),
        dict(s='EM', t=755, paras=["Soon like when it's ready. I've learned my lesson on that one."]),
    ]
    lab = {'MC': 'Marco', 'EM': 'Elon'}
    lines = []
    for sg in segs:
        lines.append('%s: %s (%s)' % (lab[sg['s']], E(sg['paras'][0]), mmss(sg['t'])))
    post = '<br>\n'.join(lines)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transcript: Elon on the new FSD build (Drive Time podcast) | Tesla Owners Lounge Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/styles/xf/public.css?v=2.2.15">
<style>.message{{border:1px solid #d8dde3;margin:0 0 12px;display:flex}} .message-user{{width:150px;background:#f5f7f9;padding:8px;font-size:13px}} .message-body{{padding:10px;flex:1}} blockquote.bbCodeBlock{{border-left:3px solid #4a78a8;background:#f3f6fa;margin:6px 0;padding:6px 10px}}</style>
</head>
<body>
<div class="p-header"><a href="/" class="p-logo">Tesla Owners Lounge</a>
<nav class="p-nav"><a href="/forums/">Forums</a> <a href="/whats-new/">What's new</a> <a href="/members/">Members</a> <a href="/login/">Log in</a> <a href="/register/">Register</a></nav></div>
<div class="p-body">
<ul class="breadcrumbs"><li><a href="/forums/">Forums</a></li><li><a href="/forums/autopilot-fsd.14/">Autopilot &amp; FSD</a></li></ul>
<h1 class="p-title">Transcript: Elon on the new FSD build (Drive Time podcast)</h1>
<p class="p-desc">Started by orbit_dave · Feb 27, 2026</p>
<article class="message" id="post-551203">
<div class="message-user"><b>orbit_dave</b><br>Member<br>Joined: 2019<br>Posts: 3,114</div>
<div class="message-body"><div class="bbWrapper">
Typed this up from the Drive Time episode that dropped yesterday (host is Marco Silva). Only the FSD part, times are where each line starts in the episode audio.<br>
<br>
{post}<br>
<br>
Full episode is on their site. Mods, move if wrong subforum.
</div></div></article>
<article class="message" id="post-551219">
<div class="message-user"><b>ElonMuskFanboy</b><br>Member<br>Posts: 88</div>
<div class="message-body"><div class="bbWrapper">
<blockquote class="bbCodeBlock"><div class="bbCodeBlock-title">orbit_dave said:</div>Elon: Soon like when it's ready. I've learned my lesson on that one.</blockquote>
Growth! Thanks for typing it up.
</div></div></article>
<article class="message" id="post-551240">
<div class="message-user"><b>notelonmusk</b><br>Member<br>Posts: 1,902</div>
<div class="message-body"><div class="bbWrapper">
Elon: Much better, not solved.<br>
Me on my 2023 car this morning: phantom brake under an overpass. So, yeah.
</div></div></article>
<article class="message" id="post-551262">
<div class="message-user"><b>kimbal_was_right</b><br>Member<br>Posts: 12</div>
<div class="message-body"><div class="bbWrapper">
Anyone have the timestamp for the part about the Cybertruck? Not in this transcript.
</div></div></article>
<div class="reply-box"><a href="/login/">Log in or register to reply here.</a></div>
</div>
<footer class="p-footer"><a href="/help/terms/">Terms and rules</a> · <a href="/help/privacy-policy/">Privacy policy</a> · Forum software by XenForo® © 2010-2026 XenForo Ltd.</footer>
<script>{js('TOL')}</script>
</body>
</html>
"""
    write('p10_owners_lounge_forum', page,
          "Forum thread; the opening post pastes a transcript as <br>-separated lines 'Name: text (mm:ss)' with the start time printed after the text; replies quote his lines.",
          "Drive Time", gold_from(segs), ["Marco"])

# ---------------------------------------------------------------- p11 (trap: he never speaks)
def p11():
    rows = [
        (3, 'Rachel Soto', "Welcome to The Family Table, the show about the families behind famous names. Today, something a little different: Errol Musk is here, the father of Elon Musk."),
        (15, 'Errol Musk', "Thank you, Rachel. Happy to be here, though I suspect you'll mostly ask me about my son."),
        (22, 'Rachel Soto', "Guilty. Elon once said in an interview, \"My father is a complicated person.\" How do you hear that?"),
        (31, 'Errol', "He's entitled to say it. I'm sure I'm complicated. Most fathers are."),
        (40, 'Rachel Soto', "Let's play a little something. This went viral last month."),
        (46, 'Reggie Vance (clip)', "Hi, I'm Elon Musk, and I've decided to buy the moon. Don't worry, we'll delete half of it."),
        (55, 'Rachel Soto', "That's comedian Reggie Vance doing his impression. Errol, accurate?"),
        (60, 'Errol', "The voice is not bad. Elon doesn't talk that fast, though."),
        (1504, 'Rachel Soto', "Your other son, Kimbal, told us that growing up, Elon was always reading."),
        (1511, 'Errol', "Always. He read the encyclopedia. As a boy he told me, \"Dad, I want to understand how everything works.\" I remember that."),
        (3602, 'Rachel Soto', "We reached out to Elon for this episode, and his team said he was unavailable. Errol, thank you."),
        (3611, 'Errol', "Thank you. It was a pleasure."),
    ]
    body = '\n'.join('<p><span class="ts">[%s]</span> <b>%s:</b> %s</p>' % (hms(t), E(n), E(x)) for t, n, x in rows)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Errol Musk: Raising a Rocket Man — The Family Table</title>
<link rel="stylesheet" href="https://static1.squarespace.example/static/sitecss/5f1a/site.css">
<style>.ts{{color:#999;font-family:monospace}} .sqs-block-html p{{line-height:1.6}} .notes li{{margin:.2em 0}}</style>
<script>Static.SQUARESPACE_CONTEXT={{"website":{{"siteTitle":"The Family Table"}},"collection":{{"title":"Episodes"}}}};</script>
</head>
<body id="item-6615a" class="collection-type-blog view-item">
<header class="Header"><div class="Header-branding"><a href="/">The Family Table</a></div>
<nav class="Header-nav"><a href="/episodes" class="active">Episodes</a> <a href="/about">About</a> <a href="/newsletter">Newsletter</a> <a href="/merch">Merch</a></nav></header>
<main class="Main">
<article class="BlogItem">
<h1 class="BlogItem-title">Errol Musk: Raising a Rocket Man</h1>
<p class="Blog-meta"><time datetime="2026-06-02">June 2, 2026</time> · Episode 88</p>
<div class="sqs-block-html">
<p>Rachel talks to Errol Musk about fatherhood, South Africa, and what it is like to be the father of Elon Musk. We invited Elon to join; he declined.</p>
<h3>In this episode</h3>
<ul class="notes"><li>[00:00:22] “My father is a complicated person” — Elon Musk, quoted</li><li>[00:00:46] A viral impression</li><li>[00:25:11] The encyclopedia years</li></ul>
<p><strong>Pull quote</strong><br>Elon Musk: “My father is a complicated person.”</p>
<h3>Transcript</h3>
{body}
</div>
<div class="BlogItem-share"><a href="#" data-share="https://www.facebook.example/sharer/sharer.php?u=">Facebook</a> <a href="#" data-share="https://twitter.example/intent/tweet?url=">X</a></div>
</article>
<section class="comments"><h3>Comments (3)</h3>
<div class="comment"><strong>Elon Musk</strong> <small>(unverified)</small><p>Elon Musk: I never said that. Lol jk.</p></div>
<div class="comment"><strong>Maye M.</strong><p>Lovely episode, very balanced.</p></div>
<div class="comment"><strong>elonmuskisnotme</strong><p>The Reggie Vance clip had me crying.</p></div>
</section>
</main>
<footer class="Footer"><p>© 2026 The Family Table. Made with Squarespace.</p></footer>
<script>{js('TFT')}</script>
</body>
</html>
"""
    write('p11_family_table_trap', page,
          "Squarespace episode page; each turn is a paragraph '[hh:mm:ss] Name: text'. Elon Musk never speaks (only his father Errol Musk, the host quoting him, and an impersonator's clip).",
          "The Family Table", [], ["Rachel Soto", "Errol Musk", "Errol", "Reggie Vance (clip)"])

# ---------------------------------------------------------------- p12
def p12():
    segs = [
        dict(s='MD', lab='MARK DELANEY, HOST', t=0, paras=["This is Global Desk. I'm Mark Delaney. This week Elon Musk visited the Shanghai Gigafactory and sat down with business journalist Zhao Lin. Before we hear that, here's Musk speaking at the factory's anniversary event last year."]),
        dict(s='EM', lab='ELON MUSK (RECORDING)', t=14, paras=["The Shanghai team is, I think, the most productive factory team in the world. I'm incredibly proud of them."]),
        dict(s='MD', lab='DELANEY', t=22, paras=["Zhao Lin asked her questions in Mandarin. An interpreter rendered them into English, and Musk's answers back into Mandarin. We've kept only the English."]),
        dict(s='ZL', lab='ZHAO LIN (speaking Mandarin)', t=35, paras=["(Speaking Mandarin)"]),
        dict(s='IN', lab='INTERPRETER', t=38, paras=["Mr. Musk, welcome back to Shanghai. Musk has said before that China is very important to Tesla. Is that still true?"]),
        dict(s='EM', lab='ELON MUSK', t=47, paras=["Absolutely. China is a very important market and also home to some of our best engineers. That hasn't changed."]),
        dict(s='IN', lab='INTERPRETER', t=58, paras=["(Translating into Mandarin)"]),
        dict(s='ZL', lab='ZHAO (speaking Mandarin)', t=72, paras=["(Speaking Mandarin)"]),
        dict(s='IN', lab='INTERPRETER', t=75, paras=["Local competitors are now cheaper and faster. Are you worried?"]),
        dict(s='EM', lab='MUSK', t=80, paras=["I have enormous respect for the Chinese car companies. They're extremely competitive and work incredibly hard. That forces us to be better, which is good."]),
        dict(s='IN', lab='INTERPRETER', t=94, paras=["(Translating into Mandarin)"]),
        dict(s='ZL', lab='ZHAO (in English)', t=110, paras=["One last question in English. Will you come back next year?"]),
        dict(s='EM', lab='MUSK', t=115, paras=["Sure."]),
        dict(s='MD', lab='DELANEY', t=118, paras=["Elon Musk speaking with Zhao Lin in Shanghai. Coming up after the break: the copper price and what it means for the grid."]),
    ]
    body = []
    for sg in segs:
        iso = 'PT%dM%dS' % (sg['t'] // 60, sg['t'] % 60)
        body.append('<div class="tx-turn"><time datetime="%s">%s</time> <p><span class="who">%s:</span> %s</p></div>' % (iso, mmss(sg['t']), E(sg['lab']), E(sg['paras'][0])))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Global Desk: Musk in Shanghai, copper and the grid : WKZN Public Radio</title>
<link rel="stylesheet" href="https://media.wkzn.example/templates/css/story.css">
<style>.tx-turn{{display:flex;gap:1em}} .tx-turn time{{color:#777;min-width:3.5em;font-size:.85em;padding-top:.25em}} .who{{font-weight:bold;text-transform:none}}</style>
</head>
<body>
<header class="globalheader"><a href="https://www.wkzn.example/" class="station">WKZN Public Radio</a>
<nav><a href="/news">News</a> <a href="/programs/global-desk" class="active">Global Desk</a> <a href="/schedule">Schedule</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main class="storytext">
<h1>Musk in Shanghai; copper and the grid</h1>
<p class="dateline">Global Desk · <time datetime="2026-08-14">August 14, 2026</time> · Heard on Global Desk</p>
<div class="audio-module"><button class="play">Listen · 4:02</button> <a href="https://media.wkzn.example/audio/gd/20260814_musk.mp3" download>Download</a></div>
<p>Elon Musk visited Shanghai this week. Business journalist Zhao Lin interviewed him through an interpreter.</p>
<h3>Transcript</h3>
<p class="note">NOTE: This transcript was created on a rush deadline. Times refer to the segment audio.</p>
{chr(10).join(body)}
<p class="copyright">Copyright © 2026 WKZN. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>
</main>
<aside class="related"><h3>More from Global Desk</h3><ul><li><a href="/gd/20260807">Container rates spike again</a></li><li><a href="/gd/20260731">Inside the lithium boom in Chile</a></li></ul></aside>
<footer class="globalfooter"><a href="/about">About WKZN</a> · <a href="/support">Support public radio</a> · <a href="/privacy">Privacy</a></footer>
<script>{js('WKZN')}</script>
</body>
</html>
"""
    write('p12_wkzn_global_desk_interpreter', page,
          "Public-radio transcript; each turn is a div with a <time datetime='PTmMsS'> showing mm:ss before a paragraph 'CAPITALISED LABEL: text'; an interpreter renders the Mandarin questions, and a recorded clip of him opens the segment.",
          "Global Desk", gold_from(segs),
          ["MARK DELANEY, HOST", "DELANEY", "ZHAO LIN (speaking Mandarin)", "ZHAO (speaking Mandarin)", "ZHAO (in English)", "INTERPRETER"])

for f in (p07, p08, p09, p10, p11, p12):
    f()
