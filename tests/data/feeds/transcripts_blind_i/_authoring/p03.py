"""i03 - newspaper Q&A interview: bold 'Q:' questions, unlabelled answers (named in the intro),
a pull-quote aside inside an answer, journalist quotes in the intro. No times."""
from common import *

NAME = 'i03_harbor_courier_qa_unlabelled_answers'
SHOW = 'The Harbor Courier'

T = [
    ('Q', None, ['You’ve been promising a driverless taxi for the better part of a decade. Why should anyone believe the timeline this time?']),
    ('EM', None, ['That’s fair. I’ve been wrong on timing before, many times, and I’ll probably be wrong again. The difference now is that the cars are actually doing it, without anyone in the driver’s seat, in a few cities.',
                  'The software went from being a collection of hand-written rules to being mostly learned from video. Once that happened, the rate of improvement changed completely.']),
    ('Q', None, ['Critics say the cameras-only approach is a cost decision dressed up as an engineering one.']),
    ('EM', None, ['People drive with two eyes and a brain. There’s no lidar on your head. So if a human can do it with vision, a computer with eight cameras that never gets tired or checks its phone should be able to do it better.',
                  'Is it also cheaper? Sure. I don’t think that’s a bad thing. A robotaxi that costs as much as a house isn’t going to change anything.']),
    ('Q', None, ['In a post last spring you wrote that “the best part is no part.” Does that apply to the steering wheel too?']),
    ('EM', None, ['Eventually, yes. For the dedicated robotaxi there’s no wheel and no pedals. For the cars people buy, we’ll keep them for a long time, because people like to drive and regulators like wheels.']),
    ('Q', None, ['Really?']),
    ('EM', None, ['Really. I like driving too, on the right road.']),
    ('Q', None, ['Let’s talk about the humanoid robot. Some of your own engineers have described the early demos as heavily choreographed.']),
    ('EM', None, ['The early ones were, absolutely. You have to start somewhere. The first walking demo was basically a puppet with a lot of people standing just off camera.',
                  'Now it’s doing useful work in the factory, moving cells from one line to another. Not fast, not glamorous, but useful. I think the robot is ultimately going to be the biggest product of any company, ever, by a lot.']),
    ('Q', None, ['Bigger than the cars?']),
    ('EM', None, ['Much bigger. Everyone will want one. Maybe two.']),
    ('Q', None, ['Last question. You’ve spent a lot of time on politics this year. Do you regret any of it?']),
    ('EM', None, ['I don’t think regret is a useful emotion. I’d do some things differently. But I’d rather spend my time building things, and that’s what I intend to do.']),
]

PULL = ('<aside class="pull-quote" data-el="pullquote"><blockquote><p>&ldquo;The first walking demo was basically a puppet with a lot of people standing just off camera.&rdquo;</p>'
        '<footer>&mdash; Elon Musk</footer></blockquote></aside>')


def render():
    out = []
    for k, (spk, t, paras) in enumerate(T):
        if spk == 'Q':
            out.append('<p class="article-body__paragraph" data-el="text"><strong>Q: %s</strong></p>' % esc(paras[0]))
        else:
            for j, p in enumerate(paras):
                out.append('<p class="article-body__paragraph" data-el="text">%s</p>' % esc(p))
                if j == 0 and p.startswith('The early ones were'):
                    out.append(PULL)
                    out.append('<div class="ad-slot ad-slot--inarticle" data-ad-pos="mid1" aria-hidden="true"><span class="ad-label">Advertisement</span></div>')
    return PAGE.replace('@@QA@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elon Musk on robotaxis, robots and regret: ‘I’ve been wrong on timing before’ - The Harbor Courier</title>
<meta name="description" content="In a wide-ranging interview, the Tesla and SpaceX chief talks driverless cars, humanoid robots and a turbulent year.">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2025-06-08T06:00:00-04:00">
<link rel="canonical" href="https://www.harborcourier.com/business/2025/06/08/elon-musk-interview-robotaxi-optimus/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Elon Musk on robotaxis, robots and regret","author":[{"@type":"Person","name":"Ines Albright"}],"publisher":{"@type":"Organization","name":"The Harbor Courier"},"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>
<link rel="stylesheet" href="https://www.harborcourier.com/pf/resources/dist/harbor/css/style.css?d=612">
<style>.article-body__paragraph{font-family:Georgia,serif;font-size:19px;line-height:1.6}.pull-quote blockquote{font-size:28px;border-top:3px solid #111;border-bottom:1px solid #ccc;margin:28px 0;padding:14px 0}.ad-slot{min-height:250px;background:#f6f6f6;text-align:center}.byline a{color:#0b4f8a}</style>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="harbor";Fusion.contextPath="/pf";Fusion.deployment="612";</script>
</head>
<body class="section-business">
<div id="fusion-app">
<header class="site-header">
  <div class="masthead"><a href="https://www.harborcourier.com/" class="masthead__logo" aria-label="The Harbor Courier home">The Harbor Courier</a></div>
  <nav class="section-nav" aria-label="Sections"><ul>
    <li><a href="/news/">News</a></li><li><a href="/local/">Local</a></li><li class="is-active"><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li><li><a href="/life/">Life</a></li>
  </ul><a class="btn-subscribe" href="/subscribe/?itm_source=nav">Subscribe $1/week</a> <a class="btn-login" href="/account/login/">Sign in</a></nav>
</header>
<main class="article-layout">
<article class="article">
  <div class="article-header">
    <a class="kicker" href="/business/tech/">Sunday Interview</a>
    <h1 class="headline">Elon Musk on robotaxis, robots and regret: &lsquo;I&rsquo;ve been wrong on timing before&rsquo;</h1>
    <h2 class="subheadline">In a wide-ranging conversation, the Tesla and SpaceX chief talks driverless cars, humanoid robots and a turbulent year.</h2>
    <div class="byline">By <a href="/people/ines-albright/">Ines Albright</a> | Business Editor</div>
    <div class="timestamp"><time datetime="2025-06-08T06:00:00-04:00">June 8, 2025 at 6:00 a.m. EDT</time></div>
    <div class="share-bar"><button data-share="email">Email</button><button data-share="facebook">Share</button><button data-share="gift">Gift article</button></div>
  </div>
  <figure class="lead-art"><img src="https://www.harborcourier.com/resizer/musk-starbase-2025.jpg?w=1200" alt="Elon Musk speaks during an event at Starbase, Texas." width="1200" height="800"><figcaption>Elon Musk at Starbase, Texas, in May. (Courier file photo)</figcaption></figure>
  <div class="article-body paywall">
<p class="article-body__paragraph" data-el="text">Elon Musk is not a man who enjoys being asked about deadlines. Over a video call from Starbase, Texas, that stretched well past the 30 minutes his staff had allotted, the 53-year-old chief executive of Tesla and SpaceX conceded as much. &ldquo;We&rsquo;re going to make mistakes,&rdquo; he said at one point, &ldquo;just hopefully new ones.&rdquo;</p>
<p class="article-body__paragraph" data-el="text">Musk spoke to The Courier&rsquo;s Ines Albright about Tesla&rsquo;s driverless taxi service, the humanoid robot he says will dwarf the car business, and a year spent as much in Washington as on the factory floor. Musk once said that he would rather be &ldquo;optimistic and wrong than pessimistic and right,&rdquo; and that philosophy runs through the conversation below.</p>
<p class="article-body__paragraph" data-el="text"><em>This interview has been edited for length and clarity. Questions are in bold; answers are Musk&rsquo;s.</em></p>
@@QA@@
<div class="article-footer-note"><p><em>Ines Albright is The Courier&rsquo;s business editor. Reach her at ines.albright@harborcourier.com.</em></p></div>
  </div>
</article>
<aside class="rail">
  <section class="most-read"><h3>Most read</h3><ol>
    <li><a href="/local/2025/06/07/ferry-schedule-changes/">Ferry schedule changes start Monday: what to know</a></li>
    <li><a href="/business/2025/06/06/port-expansion-vote/">Port expansion clears final vote</a></li>
    <li><a href="/life/2025/06/05/best-chowder-2025/">Readers pick the best chowder on the waterfront</a></li>
  </ol></section>
  <section class="newsletter-signup"><h3>The Morning Tide</h3><p>The day&rsquo;s top stories, in your inbox by 6 a.m.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
</main>
<section class="comments-disabled"><p>Comments are closed for this article.</p></section>
<footer class="site-footer"><nav><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/ethics/">Ethics policy</a> <a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms of service</a></nav><p>&copy; 2025 The Harbor Courier. All rights reserved.</p></footer>
</div>
<script id="fusion-metadata">Fusion.globalContent={"_id":"QXH4ZBT7NNF","type":"story","headlines":{"basic":"Elon Musk on robotaxis, robots and regret"},"taxonomy":{"primary_section":{"_id":"/business"}},"content_restrictions":{"content_code":"premium"}};</script>
<script src="https://www.harborcourier.com/pf/dist/engine/react.js?d=612" defer></script>
<script src="https://cdn.piano.io/api/tinypass.min.js" async></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Newspaper Q&A: questions are bold paragraphs prefixed "Q:", his answers are plain unlabelled paragraphs (identified only by the intro note), no timestamps.',
         gold_turns(T), ['Q'])
