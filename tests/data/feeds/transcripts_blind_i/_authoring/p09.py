"""i09 - Hugo static-site conference session page: markdown-rendered '[hh:mm:ss] **Name:** text'
paragraphs; panel of four with another Elon (Elon Ruvinsky); full names first, surnames after;
one of his turns lost its timestamp; a one-word moderator interjection."""
from common import *

NAME = 'i09_gridline_summit_hugo_panel'
SHOW = 'Gridline Energy Summit'
LAB = {'HO': ['Hannah Oyelaran (moderator)', 'Oyelaran'], 'EM': ['Elon Musk', 'Musk'],
       'ER': ['Elon Ruvinsky', 'Ruvinsky'], 'TL': ['Teresa Lindqvist', 'Lindqvist'],
       'AU': ['Audience member', 'Audience member']}

T = [
    ('HO', 8, ['Welcome to the last panel of the day, "Storage at Scale." We have, by a coincidence I did not plan, two Elons on stage. Elon Musk, who needs no introduction, and Elon Ruvinsky, CTO of Voltaris. And Teresa Lindqvist, who runs system operations at Nordgrid.']),
    ('ER', 31, ['I want it on the record that I was Elon first. I am two years older.']),
    ('EM', 36, ['That is fair. I concede seniority.']),
    ('HO', 40, ['Let us start with the big number. How much stationary storage does the world need?']),
    ('EM', 47, ['Our rough estimate is that a fully sustainable energy economy needs something like two hundred and forty terawatt-hours of batteries in total, and a good chunk of that is stationary. So it is a lot. It is many times what exists today.',
                'The way I think about it, the grid today is sized for peak demand and then it sits idle most of the day. If you add storage, you can run the power plants at steady output and buffer the peaks. You roughly double the useful energy without building new plants.']),
    ('HO', 121, ['Sure.']),
    ('EM', 122, ['And that is before you add any solar.']),
    ('HO', 128, ['Elon, the other Elon, do you agree with that number?']),
    ('ER', 133, ['Directionally, yes. I think the mix will be more diverse than lithium-ion alone, though. For long duration, eight hours and more, iron-air and flow batteries will take a real share.']),
    ('TL', 162, ['From the operator side, I would add that the hard part is not the chemistry, it is interconnection. We have a queue of storage projects waiting four years for a grid connection.']),
    ('EM', None, ['Yes.']),
    ('TL', 181, ['And that is a policy problem, not a physics problem.']),
    ('HO', 187, ['Musk, you have talked about the "giant battery" view of the grid. Where did that come from?']),
    ('EM', 195, ['My brother Kimbal told me once, "you always think about the machine, never about the queue at the utility." He was right, annoyingly. So we started thinking about the whole system, not just the box.']),
    ('AU', 251, ['Question for either Elon. How worried are you about cobalt and nickel supply for stationary storage?']),
    ('ER', 259, ['I will go first, since I am older. Not very. Stationary storage is moving to LFP, no nickel, no cobalt.']),
    ('EM', 268, ['I agree with Elon. For stationary, iron phosphate is the answer. Iron is extremely abundant, so that is not a constraint.']),
    ('HO', 281, ['That is a rare moment of agreement. Thank you all.']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        ts = '[%s] ' % hms(t) if t is not None else ''
        out.append('<p>%s<strong>%s:</strong> %s</p>' % (ts, esc(lab), esc(paras[0])))
        for p in paras[1:]:
            out.append('<p>%s</p>' % esc(p))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="en-us">
<head>
	<meta name="generator" content="Hugo 0.128.2">
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Storage at Scale (panel transcript) | Gridline Energy Summit 2024</title>
	<meta name="description" content="Transcript of the Day 1 closing panel with Elon Musk, Elon Ruvinsky and Teresa Lindqvist, moderated by Hannah Oyelaran.">
	<link rel="canonical" href="https://gridlinesummit.org/2024/sessions/storage-at-scale/">
	<link rel="stylesheet" href="/css/main.min.2f0c9d1b.css" integrity="sha256-qj9dP2Lk" crossorigin="anonymous">
	<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Gridline Energy Summit">
</head>
<body class="kind-page section-sessions">
<header class="site-header">
	<a class="site-logo" href="/">Gridline<span>Energy Summit</span></a>
	<nav class="menu"><ul>
		<li><a href="/2024/">2024 Program</a></li>
		<li><a href="/2024/speakers/">Speakers</a></li>
		<li class="active"><a href="/2024/sessions/">Sessions</a></li>
		<li><a href="/2024/videos/">Videos</a></li>
		<li><a href="/2025/">2025: Save the date</a></li>
	</ul></nav>
</header>
<main class="content">
<article class="session">
	<header>
		<p class="session-meta"><span class="track">Track A &middot; Main Hall</span> &middot; <time datetime="2024-05-14T16:30:00+02:00">14 May 2024, 16:30</time> &middot; 45 min</p>
		<h1>Storage at Scale</h1>
		<ul class="speaker-cards">
			<li><img src="/img/speakers/oyelaran.jpg" alt=""><b>Hannah Oyelaran</b><br>Energy editor, The Current (moderator)</li>
			<li><img src="/img/speakers/musk.jpg" alt=""><b>Elon Musk</b><br>CEO, Tesla</li>
			<li><img src="/img/speakers/ruvinsky.jpg" alt=""><b>Elon Ruvinsky</b><br>CTO, Voltaris</li>
			<li><img src="/img/speakers/lindqvist.jpg" alt=""><b>Teresa Lindqvist</b><br>Head of System Operations, Nordgrid</li>
		</ul>
	</header>
	<div class="video-embed"><iframe src="https://player.vimeo.com/video/945110238?h=7c1e2f" width="640" height="360" allow="autoplay; fullscreen" title="Storage at Scale"></iframe></div>
	<h2 id="transcript">Transcript</h2>
	<p><em>Machine transcript, corrected by volunteers. Timestamps refer to the session video. One timestamp was lost in the recording and is omitted.</em></p>
@@T@@
	<hr>
	<p class="edit-link"><a href="https://github.com/gridline-summit/site/edit/main/content/2024/sessions/storage-at-scale.md">Suggest a correction to this transcript</a></p>
</article>
<nav class="pager"><a class="prev" href="/2024/sessions/heat-pumps-at-home/">&larr; Heat Pumps at Home</a> <a class="next" href="/2024/sessions/day-2-keynote/">Day 2 Keynote &rarr;</a></nav>
</main>
<footer class="site-footer">
	<p>Gridline Energy Summit is organised by the Gridline Foundation, a non-profit. Content is licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>
	<p><a href="/imprint/">Imprint</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/code-of-conduct/">Code of conduct</a></p>
</footer>
<script defer data-domain="gridlinesummit.org" src="https://plausible.io/js/script.js"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Hugo page rendered from Markdown: each turn a <p> "[hh:mm:ss] <strong>Name:</strong> text", full name first then surname only, one turn without its bracketed time, unlabelled continuation paragraphs.',
         gold_turns(T), ['Hannah Oyelaran (moderator)', 'Oyelaran', 'Elon Ruvinsky', 'Ruvinsky', 'Teresa Lindqvist', 'Lindqvist', 'Audience member'])
