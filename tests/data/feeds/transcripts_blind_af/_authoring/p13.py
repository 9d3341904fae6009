from common import *


def build():
    GV = 'GV'
    # (speaker, [(seconds_float, cue text), ...]); first cue of each turn carries the ">> NAME:" label
    S = [
        (GV, [(0.0, "Hi everyone, welcome to Northgate Conversations."), (3.1, "I'm Greta Voss, and my guest today is Elon Musk.")]),
        (EM, [(6.2, "Thanks for having me, Greta. Good to be here.")]),
        (GV, [(10.5, "Let's start with AI. How fast is this moving?")]),
        (EM, [(14.8, "Faster than almost anyone expected, including me."), (18.9, "The amount of compute coming online every"), (21.4, "few months is honestly staggering.")]),
        (GV, [(27.0, "Staggering how?")]),
        (EM, [(28.4, "Like, roughly ten times more every year,"), (31.7, "and the algorithms are getting better at the same time."), (35.2, "So the two multiply.")]),
        (GV, [(1204.6, "Energy. You've said the sun is the only real power source.")]),
        (EM, [(1210.3, "Yeah, in the long run basically everything is solar."), (1214.0, "Fusion is cool, but we already have a giant fusion"), (1216.8, "reactor in the sky, and it's free.")]),
        (GV, [(1220.9, "Ha.")]),
        (EM, [(1221.5, "And batteries are the other half of it, obviously,"), (1224.2, "because the sun goes down every night.")]),
        (GV, [(3001.7, "Last question. Are you optimistic?")]),
        (EM, [(3005.0, "Yes.")]),
        (GV, [(3006.4, "Why?")]),
        (EM, [(3008.9, "Because it's better to be optimistic and wrong"), (3012.3, "than pessimistic and right.")]),
        (GV, [(3016.0, "Elon Musk, thank you so much.")]),
        (EM, [(3019.5, "Thank you.")]),
    ]
    names = {GV: 'GRETA VOSS', EM: 'ELON MUSK'}
    T = [(spk, cues[0][0], [c[1] for c in cues]) for spk, cues in S]

    def disp(x):
        x = int(x)
        return '%d:%02d' % (x // 60, x % 60)

    cues_html = []
    for spk, cues in S:
        for i, (t, txt) in enumerate(cues):
            pre = '&gt;&gt; %s: ' % names[spk] if i == 0 else ''
            cues_html.append('<div class="sv-cue" role="button" tabindex="0" data-start-ms="%d"><div class="sv-cue-time">%s</div><div class="sv-cue-text">%s%s</div></div>' % (round(t * 1000), disp(t), pre, txt.replace("'", '&#39;')))
    panel = '\n'.join(cues_html)
    seo = '\n'.join('<p>%s: %s</p>' % (names[spk].title(), ' '.join(c[1].replace("'", '&#39;') for c in cues)) for spk, cues in S)
    page = '''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk on AI, energy &amp; optimism | Northgate Conversations #31 - Streamvale</title>
<meta name="description" content="Greta Voss sits down with Elon Musk to talk about compute, solar power and why optimism wins.">
<meta property="og:type" content="video.other">
<meta property="og:video:duration" content="3024">
<link rel="stylesheet" href="https://static.streamvale.tv/web/watch.6d1f0a.css">
<style>.sv-transcript{max-height:520px;overflow-y:auto}.sv-cue{display:flex;gap:12px;padding:6px 12px;cursor:pointer}.sv-cue:hover{background:#f2f2f2}.sv-cue-time{color:#065fd4;font-size:12px;min-width:40px}.sv-cue-text{font-size:14px}.sv-desc{white-space:pre-line}</style>
<script>var svConfig={"videoId":"nG7c31kQ","channelId":"northgate","autoplay":false,"captions":["en","en-auto"]};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Elon Musk on AI, energy & optimism | Northgate Conversations #31","uploadDate":"2025-04-02","duration":"PT50M24S","description":"Greta Voss sits down with Elon Musk."}</script>
</head>
<body class="sv-watch">
<header class="sv-masthead"><a class="sv-logo" href="/">Streamvale</a><form class="sv-search" action="/results"><input name="q" placeholder="Search"><button>Search</button></form><a class="sv-signin" href="/signin">Sign in</a></header>
<div class="sv-page">
<div class="sv-primary">
 <div class="sv-player" id="player"><video poster="https://i.streamvale.tv/nG7c31kQ/maxres.jpg" preload="none"></video></div>
 <h1 class="sv-title">Elon Musk on AI, energy &amp; optimism | Northgate Conversations #31</h1>
 <div class="sv-owner"><a href="/c/northgate" class="sv-channel">Northgate Conversations</a> <span class="sv-subs">412K subscribers</span> <button class="sv-subscribe">Subscribe</button></div>
 <div class="sv-actions"><button>&#128077; 18K</button><button>Share</button><button>Save</button></div>
 <div class="sv-desc-box"><div class="sv-meta">1,204,883 views &middot; Apr 2, 2025</div>
 <div class="sv-desc">Greta Voss sits down with Elon Musk to talk about compute, solar power and why optimism wins.

Chapters:
<a href="/watch?v=nG7c31kQ&amp;t=0s">0:00</a> Intro
<a href="/watch?v=nG7c31kQ&amp;t=14s">0:14</a> Elon Musk: Faster than almost anyone expected
<a href="/watch?v=nG7c31kQ&amp;t=1204s">20:04</a> Energy and the sun
<a href="/watch?v=nG7c31kQ&amp;t=3001s">50:01</a> Elon Musk: Because it&#39;s better to be optimistic

#ElonMusk #AI #energy</div></div>
 <section class="sv-comments"><h2>2,381 Comments</h2>
  <div class="sv-comment"><a class="sv-comment-author" href="/@ElonMuskClipsDaily">@ElonMuskClipsDaily</a><span class="sv-comment-time">2 weeks ago</span><p>50:08 &gt;&gt; ELON MUSK: Because it&#39;s better to be optimistic and wrong than pessimistic and right. &#128175;</p><span class="sv-likes">2.1K</span></div>
  <div class="sv-comment"><a class="sv-comment-author" href="/@not.elon.musk">@not.elon.musk</a><span class="sv-comment-time">2 weeks ago</span><p>Greta asking &quot;Why?&quot; after the one-word answer is peak interviewing</p><span class="sv-likes">940</span></div>
  <div class="sv-comment sv-reply"><a class="sv-comment-author" href="/@northgate">@northgate</a><span class="sv-comment-time">2 weeks ago</span><p>Full transcript is under the Transcript tab &#128071;</p></div>
 </section>
</div>
<div class="sv-secondary">
 <section class="sv-transcript-panel" aria-label="Transcript">
  <header><h2>Transcript</h2><select aria-label="Language"><option>English</option><option>English (auto-generated)</option></select></header>
  <div class="sv-transcript">
''' + panel + '''
  </div>
 </section>
 <section class="sv-related"><h2>Up next</h2>
  <a class="sv-rel" href="/watch?v=aa1"><span class="sv-rel-title">Northgate Conversations #30: The grid is the bottleneck</span><span class="sv-rel-ch">Northgate Conversations</span></a>
  <a class="sv-rel" href="/watch?v=bb2"><span class="sv-rel-title">ELON MUSK: 10 minutes that will change how you think about AI</span><span class="sv-rel-ch">Mindset Clips</span></a>
 </section>
</div>
</div>
<section class="sv-seo-transcript" id="full-transcript"><h2>Full transcript: Elon Musk on AI, energy &amp; optimism</h2>
''' + seo + '''
</section>
<footer class="sv-footer"><a href="/about">About</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; &copy; 2025 Streamvale</footer>
<script src="https://static.streamvale.tv/web/watch.6d1f0a.js" defer></script>
</body>
</html>
'''
    write('af13_streamvale', page,
          'Video-platform watch page; a transcript panel of caption cues, each a div with data-start-ms and an m:ss time, a speaker change marked inside the cue text as ">> NAME:" and following cues unlabelled; the transcript is repeated below as plain "Name: text" paragraphs without times.',
          'Northgate Conversations', gold_from(T), ['GRETA VOSS', 'Greta Voss'],
          'Video platform page: caption cues with data-start-ms + m:ss, ">> ELON MUSK:" speaker-change markers, one time per cue (turn starts at first cue); chapters and a comment print "Elon Musk:"/">> ELON MUSK:"; full transcript repeated below (count once).')
