from lib import *

NAME = "ae13_groundtruth-kimbal-trap"
SHOW = "Ground Truth"
IC, KM, DH = "IC", "KM", "DH"

# Trap page: the guest is Kimbal Musk, labelled "Musk" after the first turn.
turns = [
    T(IC, "Ines Carvalho", 4,
      "Welcome to Ground Truth, the show about where food actually comes from. I&rsquo;m Ines Carvalho. My guest today is Kimbal Musk: restaurateur, school-garden evangelist, and yes, that Musk&rsquo;s brother. Kimbal, welcome."),
    T(KM, "Kimbal Musk", 19,
      "Thanks, Ines. I&rsquo;ll answer one question about my brother and then we talk about vegetables. Deal?"),
    T(IC, "Carvalho", 25,
      "Deal. So here&rsquo;s the one question. As Elon told a reporter last year, &ldquo;my brother is the only one in the family who can keep a plant alive.&rdquo; True?"),
    T(KM, "Musk", 38,
      "Completely true. Elon always says, &ldquo;Kimbal, I can land a rocket but I can&rsquo;t grow a tomato,&rdquo; and I think he means it as a compliment.",
      "Okay. Vegetables."),
    T(IC, "Carvalho", 61,
      "Vegetables. You&rsquo;ve built, what, hundreds of learning gardens in schools?"),
    T(KM, "Musk", 66,
      "Over seven hundred now. The idea is simple: if a kid grows a carrot, they&rsquo;ll eat the carrot. We&rsquo;ve seen it again and again. The garden is the classroom."),
    T(IC, "Carvalho", 1210,
      "Before we wrap, I have to play something. A comedian did a bit about your family on a sketch show last month, and our producer insisted."),
    T(DH, "Dev Hart (as Elon)", 1221,
      "Kimbal! Why grow a tomato when you can print one? On Mars! In zero gravity! Delete the soil!"),
    T(KM, "Musk", 1232,
      "That&rsquo;s actually not a bad impression. He&rsquo;s never said &ldquo;delete the soil,&rdquo; but give him time."),
    T(IC, "Carvalho", 1240,
      "Kimbal Musk, thank you. Where can people find the gardens?"),
    T(KM, "Musk", 1244,
      "Look up our learning-garden program online, and if there&rsquo;s a school near you without a garden, tell them to call us."),
    T(IC, "Carvalho", 1252,
      "That&rsquo;s our show. Ground Truth is made by me and Oskar Lindgren. Go outside."),
]


def render_turns():
    out = []
    for t in turns:
        for i, p in enumerate(t["paras"]):
            if i == 0:
                if t["spk"] == DH:
                    out.append('<p><em>[CLIP: comedian Dev Hart&rsquo;s Elon impression from &ldquo;Saturday Late&rdquo;]</em></p>')
                out.append('<p><strong>%s</strong> <code>[%s]</code><br>\n%s</p>' % (t["label"], hms(t["t"]), p))
                if t["spk"] == DH:
                    out.append('<p><em>[END CLIP]</em></p>')
            else:
                out.append('<p>%s</p>' % p)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en-us">
<head>
	<meta charset="utf-8">
	<meta name="generator" content="Hugo 0.125.4">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>#58 &ndash; Kimbal Musk: The Garden Is the Classroom | Ground Truth</title>
	<meta name="description" content="Ines Carvalho talks with Kimbal Musk about school gardens, restaurants and growing up with a brother who builds rockets.">
	<link rel="stylesheet" href="/css/main.min.8a3f1d.css" integrity="sha256-3d1b">
	<link rel="alternate" type="application/rss+xml" href="https://groundtruth.show/episodes/index.xml" title="Ground Truth">
	<meta property="og:audio" content="https://cdn.groundtruth.show/audio/gt-058.mp3">
</head>
<body class="single episode">
	<header class="site-header">
		<a class="brand" href="/">Ground Truth</a>
		<nav><ul class="menu"><li><a href="/episodes/">Episodes</a></li><li><a href="/about/">About</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></nav>
	</header>
	<main class="content">
		<article class="episode">
			<header>
				<p class="episode-number">Episode 58</p>
				<h1>Kimbal Musk: The Garden Is the Classroom</h1>
				<p class="meta"><time datetime="2024-04-22">April 22, 2024</time> &middot; 21 min</p>
			</header>
			<audio controls preload="none" src="https://cdn.groundtruth.show/audio/gt-058.mp3"></audio>
<h2 id="show-notes">Show notes</h2>
<p>Kimbal Musk has spent two decades trying to get kids to eat vegetables they grew themselves. We talk about school gardens, running restaurants, and what it&rsquo;s like when strangers only ask about your brother.</p>
<p><strong>Programming note:</strong> Elon Musk does <em>not</em> appear on this episode. Sorry to everyone who emailed. The only &ldquo;Elon&rdquo; you&rsquo;ll hear is a comedian&rsquo;s impression near the end.</p>
<ul>
<li>[00:00:19] The one question about Elon</li>
<li>[00:01:06] 700 learning gardens</li>
<li>[00:20:10] A sketch-show impression, reviewed</li>
</ul>
<blockquote>
<p>Elon: &ldquo;Kimbal, I can land a rocket but I can&rsquo;t grow a tomato.&rdquo; &mdash; as remembered by Kimbal</p>
</blockquote>
<h2 id="transcript">Transcript</h2>
<p><em>Labels: Carvalho = Ines Carvalho (host); Musk = Kimbal Musk (guest). Times are hh:mm:ss from the start of the episode.</em></p>
%(TRANSCRIPT)s
		</article>
		<nav class="pager"><a class="prev" href="/episodes/57-seed-banks/">&larr; #57 Seed banks and the long now</a><a class="next" href="/episodes/59-urban-beekeeping/">#59 Urban beekeeping &rarr;</a></nav>
	</main>
	<footer class="site-footer">
		<p>&copy; 2024 Ground Truth. Built with <a href="https://gohugo.io">Hugo</a>. Hosted on a very small server.</p>
	</footer>
	<script src="/js/player.min.js" defer></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    assert gold_from(turns) == []
    return write(NAME, page,
                 "Hugo static-site episode page; each turn a <p> with <strong>Name</strong> <code>[hh:mm:ss]</code><br> then text; the guest is Kimbal Musk, labelled 'Kimbal Musk' once and 'Musk' afterwards; Elon Musk never speaks.",
                 SHOW, [], others_from(turns))
