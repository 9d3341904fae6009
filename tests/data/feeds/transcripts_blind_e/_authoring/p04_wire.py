from common import *

NAME = "wire_globalwire_beijing_qa"
SHOW = "Global Wire"
LABELS = {"Q": "Q", "M": "A"}
T = [
    ("Q", None, "Thanks for seeing us. This is your second visit to Beijing this year. What was the purpose?"),
    ("M", None, "Mostly meetings with partners and with officials about autonomy. We want to bring full self-driving to China, and that requires the data to stay in China, which we've agreed to."),
    ("Q", None, "Was there a breakthrough on FSD approval?"),
    ("M", None, "I'd say good progress. I don't want to get ahead of the regulators. It's their call."),
    ("Q", None, "In April you said Tesla would make FSD available in China \"very soon.\" Is that still the plan?"),
    ("M", None, "Sure."),
    ("Q", None, "Can you be more specific?"),
    ("M", None, "No. (Laughs) I've learned my lesson about specific dates.\n\nBut the data center infrastructure is in place now, so the remaining steps are mostly about validation."),
    ("Q", None, "Chinese brands are pushing into Europe and Southeast Asia. Does Tesla need a much cheaper model to compete?"),
    ("M", None, "We'll have more affordable models, yes. But the bigger shift is autonomy. A car that can drive itself is worth several times a car that can't."),
    ("Q", None, "What about tariffs? Washington has raised duties on Chinese EVs, batteries and solar cells."),
    ("M", None, "I'm not a fan of tariffs generally. They tend to raise costs for consumers. But I recognize this is a decision for governments, not for me."),
    ("Q", None, "SpaceX competes with Chinese launch companies too. How close are they?"),
    ("M", None, "They're improving fast. China is the only country other than the U.S. that is seriously working on reusable rockets right now. I'd expect them to get there in a few years."),
    ("Q", None, "One last question. Do you plan to come back this year?"),
    ("M", None, "Probably, yes."),
]


def build():
    body = []
    for k, t, text in T:
        ps = paras(text)
        body.append(f'<p data-testid="paragraph-{len(body)}" class="text__text__1FZLe">{LABELS[k]}: {esc(ps[0])}</p>')
        for p in ps[1:]:
            body.append(f'<p data-testid="paragraph-{len(body)}" class="text__text__1FZLe">{esc(p)}</p>')
    transcript = "\n".join(body)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "EXCLUSIVE-Full transcript: Elon Musk on FSD in China, tariffs and rival rockets",
                 "datePublished": "2024-09-03T09:41:00Z", "dateModified": "2024-09-03T11:15:00Z",
                 "author": [{"@type": "Person", "name": "Daniel Roth"}],
                 "publisher": {"@type": "Organization", "name": "Global Wire"}, "articleSection": "Autos & Transportation"})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>EXCLUSIVE-Full transcript: Elon Musk on FSD in China, tariffs and rival rockets | Global Wire</title>
<meta name="description" content="Tesla and SpaceX CEO Elon Musk spoke to Global Wire in Beijing on Tuesday. Here is an edited transcript.">
<meta property="og:title" content="Full transcript: Elon Musk on FSD in China, tariffs and rival rockets">
<meta name="article:section" content="Autos &amp; Transportation">
<meta name="analyticsAttributes.contentChannel" content="Business">
<link rel="canonical" href="https://www.globalwire.com/business/autos/exclusive-full-transcript-elon-musk-fsd-china-2024-09-03/">
{ld}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="globalwire";Fusion.deployment="3184";</script>
<script src="/pf/dist/engine/react.js?d=3184" defer></script>
</head>
<body>
<div id="fusion-app">
<header class="site-header__header__3Pp0V">
  <a class="site-header__logo" href="/" aria-label="Global Wire homepage">GLOBAL WIRE</a>
  <nav class="site-header__nav"><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li><li><a href="/technology/">Technology</a></li><li><a href="/sustainability/">Sustainability</a></li></ul></nav>
  <div class="site-header__actions"><a href="/account/sign-in/">Sign In</a><a class="button" href="/account/register/">Register</a></div>
</header>
<main id="main-content">
<article class="article__container">
  <header class="article-header">
    <nav class="article-header__breadcrumbs"><a href="/business/">Business</a> › <a href="/business/autos-transportation/">Autos &amp; Transportation</a></nav>
    <h1 data-testid="Heading">EXCLUSIVE-Full transcript: Elon Musk on FSD in China, tariffs and rival rockets</h1>
    <div class="article-header__info"><address>By <a href="/authors/daniel-roth/">Daniel Roth</a></address><time datetime="2024-09-03T09:41:00Z">September 3, 2024 9:41 AM UTC</time> <span>Updated 2 hours ago</span></div>
    <div class="article-header__share"><button aria-label="Share on X">X</button><button aria-label="Share on LinkedIn">in</button><button aria-label="Email">✉</button><button aria-label="Copy link">🔗</button></div>
  </header>
  <figure class="primary-image"><img src="https://cloudfront.globalwire.com/resizer/musk-beijing-0903.jpg" alt="Tesla CEO Elon Musk arrives at a hotel in Beijing"><figcaption>Tesla Chief Executive Elon Musk arrives at a hotel in Beijing, China, September 2, 2024. GLOBAL WIRE/Li Qiang/File Photo</figcaption></figure>
  <div class="article-body__content__17Yit">
<p data-testid="paragraph-intro-0" class="text__text__1FZLe">BEIJING, Sept 3 (Global Wire) - Tesla and SpaceX Chief Executive Elon Musk spoke with Global Wire's Beijing bureau chief Daniel Roth on Tuesday, at the end of a two-day visit in which he met Chinese officials to discuss the rollout of Tesla's driver-assistance software.</p>
<p data-testid="paragraph-intro-1" class="text__text__1FZLe">Below is an edited transcript of the interview. Questions from Global Wire are marked Q; answers from Musk are marked A. The interview has been edited for length and clarity.</p>
{transcript}
<p data-testid="paragraph-sign" class="text__text__1FZLe">(Reporting by Daniel Roth in Beijing; Additional reporting by Zhang Yan in Shanghai; Editing by Peter Hollis)</p>
  </div>
  <div class="article-body__trust"><p>Our Standards: <a href="/info-pages/trust-principles/">The Global Wire Trust Principles.</a></p></div>
  <aside class="article-body__related">
    <h2>Related Coverage</h2>
    <ul>
      <li><a href="/business/autos/musk-meets-china-premier-2024-09-02/">Elon Musk: FSD approval in China is regulators' call</a></li>
      <li><a href="/business/autos/tesla-china-sales-august-2024-09-02/">Tesla's China-made EV sales rise 3% in August</a></li>
      <li><a href="/technology/space/china-reusable-rocket-test-2024-08-30/">China's LandSpace completes 10-km hop of reusable rocket</a></li>
    </ul>
  </aside>
</article>
<section class="more-from"><h2>Read Next</h2><ol><li><a href="/markets/asia/">Asian shares slip as China data disappoints</a></li><li><a href="/business/energy/">CATL profit beats forecasts on energy storage demand</a></li></ol></section>
</main>
<footer class="site-footer">
  <p>Get the latest news from Global Wire straight to your inbox. <a href="/newsletters/">Sign up here.</a></p>
  <ul class="site-footer__links"><li><a href="/info-pages/about-us/">About Global Wire</a></li><li><a href="/info-pages/terms-of-use/">Terms of Use</a></li><li><a href="/info-pages/privacy-statement/">Privacy</a></li><li><a href="/info-pages/cookies/">Cookies</a></li><li><a href="/info-pages/accessibility/">Accessibility</a></li></ul>
  <p class="site-footer__copyright">All quotes delayed a minimum of 15 minutes. © 2024 Global Wire. All rights reserved</p>
</footer>
</div>
</body>
</html>
'''
    fmt = "Wire-service Q&A: 'Q:' questions and 'A:' answers inline; intro states A is Musk; no timestamps"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
