from common import *

def frag(t):
    h, m, s = t//3600, t%3600//60, t%60
    return (f'{h}h' if h else '') + f'{m}m{s}s'

# ---------- ab16 podcast network page, #t=XmYs links, full then initials, Maye Musk ----------
def ab16():
    D = [("J","Jordan Pike",14,["Welcome to Kin, the Parallax show about families who build things. Today, for the first time together on a podcast, Maye Musk and her son Elon Musk."]),
         ("M","Maye Musk",29,["Thank you, Jordan. I had to bribe him with cake."]),
         ("E","Elon Musk",33,["That's true. It was a very good cake."]),
         ("J","JP",40,["Maye, what was Elon like at ten?"]),
         ("M","MM",44,["Reading. Always reading. Elon told me when he was twelve, \u201cMom, I'm going to sell a video game,\u201d and then he did."]),
         ("E","EM",61,["Blastar. I sold it for five hundred dollars. Which at the time felt like being a billionaire."]),
         ("J","JP",None,["Ha."]),
         ("E","EM",None,["Honestly more exciting than anything since, in some ways."]),
         ("J","JP",1234,["What's the best advice your mother ever gave you?"]),
         ("E","EM",1240,["Keep going even when people tell you you're crazy. She did that herself, many times.", "She started over in three different countries."]),
         ("M","MM",1275,["Four, darling."]),
         ("E","EM",1277,["Four. I stand corrected."])]
    blocks = []
    for w,l,t,ps in D:
        ts = f'<a class="ts-link" href="#t={frag(t)}" data-t="{t}">{ms(t)}</a>' if t is not None else ''
        inner = ''.join(f'<p class="tx-p">{esc(p)}</p>' for p in ps)
        blocks.append(f'<div class="tx-block" data-speaker="{w}"><div class="tx-head"><span class="tx-name">{esc(l)}</span>{ts}</div><div class="tx-body">{inner}</div></div>')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Kin #19: Maye &amp; Elon Musk — Parallax Audio Network</title>
<meta name="next-head-count" content="3"/>
<link rel="preload" href="/_next/static/css/a1f09c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a1f09c.css" data-n-g=""/>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Kin #19: Maye & Elon Musk","partOfSeries":{{"@type":"PodcastSeries","name":"Kin"}},"transcript":"Elon Musk: That's true. It was a very good cake."}}</script>
</head>
<body>
<div id="__next">
<div class="Shell_root__x1"><header class="Nav_bar__k2"><a href="/" class="Nav_logo__p3">PARALLAX</a><nav class="Nav_links__q9"><a href="/shows">Shows</a><a href="/originals">Originals</a><a href="/plus">Parallax+</a></nav><button class="Nav_listen__a7">Listen now</button></header>
<main class="Episode_main__z0">
<section class="Episode_hero__r4"><p class="Episode_show__n1"><a href="/shows/kin">Kin</a> · Episode 19</p><h1 class="Episode_title__b2">Maye &amp; Elon Musk</h1><p class="Episode_meta__c5">58 min · Aug 12, 2024</p></section>
<section class="Summary_box__u8"><h2 class="Summary_h__d1">Episode summary <span class="Summary_badge__e3">AI-generated</span></h2>
<ul><li><strong>Elon Musk:</strong> Blastar was sold for five hundred dollars.</li><li><strong>Maye Musk:</strong> Started over in four countries, not three.</li><li><strong>Elon Musk:</strong> Keep going even when people tell you you're crazy.</li></ul></section>
<section class="Chapters_root__f5"><h2>Chapters</h2><ol><li><a href="#t=0m14s">00:14</a> Welcome</li><li><a href="#t=1m1s">01:01</a> Blastar</li><li><a href="#t=20m34s">20:34</a> Best advice</li></ol></section>
<section class="Transcript_root__g6" id="transcript"><h2>Transcript</h2>
{chr(10).join(blocks)}
</section>
<section class="More_root__h7"><h2>More from Kin</h2><a href="/shows/kin/18">#18: The Tran sisters</a><a href="/shows/kin/20">#20: Three generations of welders</a></section>
</main>
<footer class="Footer_root__i8"><p>© 2024 Parallax Audio Network LLC</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/ad-choices">Ad choices</a></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"episode":{{"id":"kin-19","show":"kin"}}}}}},"page":"/shows/[show]/[ep]","buildId":"px-2024-08"}}</script>
</body></html>'''
    save("ab16_parallax_network", "Kin (Parallax Audio Network)",
         "Podcast-network React page; one div per turn with a name span and an mm:ss link to '#t=20m34s'-style fragments; labels full on first use then initials (EM, JP, MM); two turns have no time link; Maye Musk also speaks.",
         page, [(t, ps[0]) for w,l,t,ps in D if w=="E"], ["Jordan Pike", "Maye Musk", "JP", "MM"])

ab16()
