"""i13 - TRAP page. Podcast-network (Next.js) episode page of a comedy show whose guest is a
comedian called Elon Barak (label 'Elon' after the first turn) who does a Musk impression;
an AI-voice scam ad imitating Musk is played. Timestamps are '#t=20m34s' links wrapping
<time datetime="PT20M34S">. Elon Musk never speaks. Expected turns: []."""
import json as _json
from common import *

NAME = 'i13_laughline_network_nextjs_other_elon_trap'
SHOW = 'Nothing Is Sacred'
LAB = {'NF': ['Nadia Fox', 'Nadia'], 'TP': ['Theo Park', 'Theo'], 'EB': ['Elon Barak', 'Elon'],
       'AI': ['Scam ad (AI voice)', 'Scam ad (AI voice)']}

T = [
    ('NF', 2, ['Welcome to Nothing Is Sacred, I\'m Nadia Fox.']),
    ('TP', 5, ['I\'m Theo Park, and our guest this week has the most unfortunate first name in comedy right now. Please welcome Elon Barak.']),
    ('EB', 13, ['Thank you, thank you. Yes. My name is Elon. No, not that one. I was Elon first, by the way. I was born in 1969. He was born in 1971. I have seniority.']),
    ('NF', 31, ['Do people actually confuse you?']),
    ('EB', 34, ['Every single day. I booked a restaurant under "Elon" once and they gave me the private room and a bottle of champagne. When I showed up, the manager looked at me like I had stolen something.',
                'Now I do the impression at the door. I go, "We are going to make reservations multi-planetary." They still don\'t buy it.']),
    ('TP', 1234, ['Okay, we have to talk about the ads. Nadia found one this week. Play it.']),
    ('AI', 1239, ['Hello, this is Elon Musk. I am personally giving back to my fans. Send any amount of crypto to the address on screen and I will double it instantly.']),
    ('NF', 1251, ['That is not him. That is a robot doing a bad impression of a man who already sounds a little like a robot.']),
    ('EB', 1257, ['Honestly, my impression is better. Musk once said, and I quote, "the best part is no part." So I removed the part of my act where I\'m funny.']),
    ('TP', 1270, ['Wow.']),
    ('EB', 1271, ['Thank you, I\'ll be here all week. Or until the next Elon gets more famous.']),
    ('NF', 2702, ['Elon Barak, everybody. His special is out Friday.']),
]


def dur(t):
    return '%dm%02ds' % (t // 60, t % 60) if t < 3600 else '%dh%02dm%02ds' % (t // 3600, t % 3600 // 60, t % 60)


def iso(t):
    return 'PT%dM%dS' % (t // 60, t % 60)


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        body = ''.join('<p class="tr-p">%s</p>' % esc(p) for p in paras)
        out.append('<div class="tr-turn" data-speaker="%s"><div class="tr-meta"><h4 class="tr-spk">%s</h4><a class="tr-ts" href="#t=%s"><time datetime="%s">%s</time></a></div>%s</div>'
                   % (spk.lower(), esc(lab), dur(t), iso(t), mixed(t), body))
    data = {"props": {"pageProps": {"episode": {"id": "nis-118", "title": "Ep. 118: Elon (Not That One)", "durationSec": 2731,
                                                  "speakers": [LAB[k][0] for k in ('NF', 'TP', 'EB')],
                                                  "transcriptUrl": "/api/transcripts/nis-118.vtt"}}},
            "page": "/shows/[show]/[episode]", "query": {"show": "nothing-is-sacred", "episode": "ep-118-elon-not-that-one"},
            "buildId": "Hk2yq9WbLx1", "isFallback": False, "gssp": True}
    return (PAGE.replace('@@T@@', '\n'.join(out))
            .replace('@@NEXT@@', _json.dumps(data, separators=(',', ':'))))


PAGE = r'''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>Ep. 118: Elon (Not That One) | Nothing Is Sacred | Laughline Network</title><meta name="description" content="Comedian Elon Barak on sharing a name with the world&#x27;s richest man, restaurant mix-ups, and a very bad AI scam ad."/><meta property="og:image" content="https://cdn.laughline.fm/img/nis/ep118.jpg"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/7c0b1de25e3a9a41.css" data-precedence="next"/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-945b357d4a851f4b.js" defer=""></script><script src="/_next/static/chunks/pages/shows/%5Bshow%5D/%5Bepisode%5D-3f1e0c2a.js" defer=""></script></head><body><div id="__next"><div class="Layout_root__x1Fq2">
<header class="Header_header__9kQ1s"><a class="Header_logo__2mVb0" href="/">LAUGHLINE</a><nav class="Header_nav__Lx7Qe"><a href="/shows">Shows</a><a href="/live">Live</a><a href="/plus">Laughline+</a><a href="/shop">Shop</a></nav><a class="Button_primary__Vd1mK" href="/plus/join">Join Laughline+</a></header>
<main class="Episode_main__t3P0K">
<nav class="Breadcrumbs_crumbs__bQ2dX" aria-label="Breadcrumb"><a href="/shows">Shows</a> / <a href="/shows/nothing-is-sacred">Nothing Is Sacred</a> / <span>Ep. 118</span></nav>
<section class="Episode_hero__R8mZa"><img src="https://cdn.laughline.fm/img/nis/ep118.jpg" alt="" width="320" height="320"/><div><p class="Episode_show__8Wk4d">Nothing Is Sacred &middot; with Nadia Fox &amp; Theo Park</p><h1 class="Episode_title__jP3vS">Ep. 118: Elon (Not That One)</h1><p class="Episode_meta__hF7c1"><time dateTime="2025-01-28">Jan 28, 2025</time> &middot; 45 min &middot; Explicit</p><button class="Player_play__nN2sQ" aria-label="Play episode">&#9654; Play</button></div></section>
<section class="Episode_notes__cE4Zp"><h2>Episode notes</h2><p>Comedian Elon Barak (not that one) on sharing a name with the world&#x27;s richest man, getting a free bottle of champagne by accident, and a very bad AI scam ad. Elon Barak&#x27;s special <em>Seniority</em> is out Friday.</p>
<div class="Highlights_box__Q2m8r"><h3>Highlights</h3><ul><li><a href="#t=0m13s">0:13</a> Elon: &ldquo;I was Elon first, by the way.&rdquo;</li><li><a href="#t=20m39s">20:39</a> &ldquo;Hello, this is Elon Musk&rdquo; &mdash; the worst scam ad of 2025</li><li><a href="#t=20m57s">20:57</a> Elon Musk: &ldquo;The best part is no part&rdquo;, as quoted by Elon Barak</li></ul></div>
<p class="Episode_ads__Zp2Wl">Sponsored by Mintbox and HelloNap. Ad choices: laughline.fm/adchoices</p></section>
<section class="Transcript_section__bN3Qe" id="transcript"><h2>Transcript</h2><p class="Transcript_note__wH1sY">Auto-generated, edited by the Laughline team. Click a time to jump there.</p>
@@T@@
</section>
<section class="MoreEpisodes_more__aB1cD"><h2>More from Nothing Is Sacred</h2><ul><li><a href="/shows/nothing-is-sacred/ep-117-divorce-lawyer">Ep. 117: My Divorce Lawyer Is Funnier Than Me</a></li><li><a href="/shows/nothing-is-sacred/ep-116-ghost-tour">Ep. 116: We Went on a Ghost Tour</a></li></ul></section>
</main>
<footer class="Footer_footer__kE0gS"><p>&copy; 2025 Laughline Network, LLC</p><nav><a href="/about">About</a><a href="/advertise">Advertise</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">@@NEXT@@</script></body></html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Next.js podcast-network page: each turn a div with an <h4> speaker name and a "#t=20m34s" link wrapping <time datetime="PT20M34S">, text paragraphs below; full name first, first name after. Elon Musk never speaks (the guest is another Elon).',
         gold_turns(T), ['Nadia Fox', 'Nadia', 'Theo Park', 'Theo', 'Elon Barak', 'Elon', 'Scam ad (AI voice)'])
