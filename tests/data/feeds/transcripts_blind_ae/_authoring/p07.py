from lib import *

NAME = "ae07_frontierforum-panel"
SHOW = "Frontier Forum 2024"
F, K, O = "LF", "EK", "AO"

turns = [
    T(F, "Lucía Ferrer (moderator)", 12,
      "Good afternoon, everyone, and welcome to session three. I&rsquo;m Lucía Ferrer. Before we start, a warning to whoever writes the transcript of this panel: we have two Elons on stage. Elon Musk, who I think needs no introduction, and Professor Elon Kaplan, who runs the dexterous manipulation lab at the Technion. And between them, thankfully, Dr. Amara Osei from the Accra Institute of Technology.",
      "So: to keep this sane I&rsquo;ll use surnames. Professor Kaplan, you wanted to say something."),
    T(K, "Elon Kaplan", 95,
      "Only that, for the record, I was Elon first. I&rsquo;m older."),
    T(EM, "Elon Musk", 101, "That&rsquo;s true. He has seniority."),
    T(F, "Ferrer", 106, "Musk, let me start with you. Humanoid robots: why now?"),
    T(EM, "Musk", 113,
      "Because the AI finally got good enough. For decades the hardware was sort of okay and the brain was missing. Now you can train a neural net on video of people doing tasks and it generalizes in a way the old hand-coded approaches never did.",
      "And a humanoid is the right shape because the world is built for humans. Every door handle, every staircase, every tool."),
    T(F, "Ferrer", 190, "Okay."),
    T(EM, "Musk", 191,
      "And the cost. If you can build them at volume, like cars, a humanoid robot should cost less than a car. That changes everything about the economy."),
    T(O, "Amara Osei", 215,
      "Can I push back on that? Less than a car in California is not less than a car in Accra or Dhaka. If the economic argument is that robots replace cheap labour, we should be honest about where that labour is and who pays the transition costs."),
    T(K, "Kaplan", 300,
      "I agree with Amara, and I&rsquo;ll add the technical part. Musk told me at dinner last night that the hands are the hardest part of the whole robot. As someone who has spent twenty years on hands, I can only say: yes. Welcome."),
    T(EM, "Musk", 342, "Yes. Welcome to hands. It&rsquo;s humbling."),
    T(F, "Ferrer", 1230, "Let&rsquo;s move to space for a bit. Musk, where is Starship right now?"),
    T(EM, "Musk", 1234,
      "We&rsquo;ve shown we can get to orbital velocity and bring the booster back. The next big things are catching the ship and refilling propellant in orbit, which nobody has ever done at this scale.",
      "If those work, the cost to orbit drops by something like a factor of a hundred, and then a lot of things that sound like science fiction become just engineering."),
    T(O, "Osei", 1402,
      "As Elon said earlier &mdash; Elon Musk, I mean &mdash; the cost curve changes everything. But cheaper launch has mostly meant more satellites for rich countries so far. Would you agree that the benefits have not been evenly shared?"),
    T(EM, "Musk", 1466,
      "Mostly. Although Starlink is probably the biggest thing to happen to rural connectivity in Africa, and the price keeps coming down."),
    T(F, "Ferrer", 3655,
      "We&rsquo;re a minute over. One sentence each to close. Kaplan?"),
    T(K, "Kaplan", 3662, "Build robots that make people more capable, not less necessary."),
    T(O, "Osei", 3670, "Put the people who will live with a technology in the room where it is designed."),
    T(EM, "Musk", 3681, "Build the future you want to wake up to, and make it fun."),
    T(F, "Ferrer", 3690, "Thank you all. Lunch is in the atrium."),
]

URL = "https://video.frontierforum.org/watch/ff24-s3?t=%d"


def render_turns():
    out = []
    for t in turns:
        out.append('<div class="transcript-turn">')
        out.append('<h4 class="transcript-speaker">%s <a class="transcript-ts" href="%s">%s</a></h4>'
                   % (t["label"], URL % t["t"], adaptive(t["t"])))
        for p in t["paras"]:
            out.append('<p>%s</p>' % p)
        out.append('</div>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Session 3: Robots, Rockets and the Next Decade | Frontier Forum 2024</title>
<link rel="canonical" href="https://frontierforum.org/2024/sessions/robots-rockets-next-decade">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm0jVt6k2p0fj8.css?delta=0&amp;language=en&amp;theme=ffolive">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4417"},"ajaxTrustedUrl":[]}</script>
</head>
<body class="path-node page-node-type-session">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo">Frontier Forum</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu"><li class="menu-item"><a href="/2024/programme">Programme</a></li><li class="menu-item menu-item--active-trail"><a href="/2024/sessions">Sessions</a></li><li class="menu-item"><a href="/2024/speakers">Speakers</a></li><li class="menu-item"><a href="/2024/venue">Venue</a></li><li class="menu-item"><a href="/press">Press</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-session node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Session 3: Robots, Rockets and the Next Decade</span></h1>
<div class="session-meta"><div class="field field--name-field-date">Thursday 12 September 2024, 14:00&ndash;15:00</div><div class="field field--name-field-room">Main Hall, Lisbon Congress Centre</div></div>
<div class="field field--name-field-video"><iframe src="https://video.frontierforum.org/embed/ff24-s3" title="Session 3 video" width="800" height="450" allowfullscreen></iframe></div>
<div class="field field--name-body"><p>Two Elons, one stage. Humanoid robots, launch costs and who actually benefits, with a robotics professor, a development economist and the CEO of SpaceX and Tesla.</p></div>
<div class="field field--name-field-speakers"><h2>Speakers</h2>
<ul class="speaker-cards">
<li class="speaker-card"><span class="speaker-card__name">Elon Musk</span> <span class="speaker-card__role">CEO, SpaceX and Tesla</span></li>
<li class="speaker-card"><span class="speaker-card__name">Prof. Elon Kaplan</span> <span class="speaker-card__role">Head, Dexterous Manipulation Lab, Technion</span></li>
<li class="speaker-card"><span class="speaker-card__name">Dr. Amara Osei</span> <span class="speaker-card__role">Accra Institute of Technology</span></li>
<li class="speaker-card"><span class="speaker-card__name">Lucía Ferrer</span> <span class="speaker-card__role">Moderator; science editor, Diário Atlântico</span></li>
</ul></div>
<div class="field field--name-field-transcript"><h2>Transcript</h2>
<p class="transcript-note"><em>Edited transcript. Click a time to jump to that point in the session video.</em></p>
%(TRANSCRIPT)s
</div>
<div class="field field--name-field-tags"><h3>Topics</h3><ul><li><a href="/topics/robotics">Robotics</a></li><li><a href="/topics/space">Space</a></li><li><a href="/topics/development">Development</a></li></ul></div>
</article>
<nav class="session-pager"><a href="/2024/sessions/climate-finance-after-cop" rel="prev">&larr; Session 2: Climate finance after COP</a> <a href="/2024/sessions/open-science-closed-models" rel="next">Session 4: Open science, closed models &rarr;</a></nav>
</div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>Frontier Forum is organised by the Frontier Forum Foundation, a non-profit registered in Portugal.</p><ul class="menu"><li><a href="/code-of-conduct">Code of conduct</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul><p>&copy; 2024 Frontier Forum Foundation</p></div></footer>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.2.6"></script>
<script src="/themes/custom/ffolive/js/transcript-seek.js?v=10.2.6"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    return write(NAME, page,
                 "Drupal conference session page; one h4 heading per turn with the speaker name (full names first, then surnames) and a link to the video with ?t=<seconds>, shown as m:ss or h:mm:ss, paragraphs below.",
                 SHOW, gold_from(turns), others_from(turns))
