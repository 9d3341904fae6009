"""r15 - TRAP. Podcast-network episode page (Hugo): '[mm:ss] Name: text'. Two hosts discuss and read out his
quotes, play an AI-voice recreation, take a call from a listener named Elon; key-quotes box and comments
print 'Elon Musk:'. He never speaks."""
from common import mm_over

SLUG = "r15_gearbox_torque_talk_trap"
SHOW = "Torque Talk"

B, S = "Benji Tran", "Sofia Marchetti"
SR = "Sofia Marchetti (reading Elon Musk&#8217;s post)"
AI = "AI Voice (synthetic, not Elon Musk)"
C = "Elon (caller, Tucson)"
T = [
    (B, 0, ["Welcome to Torque Talk, episode two-twelve. I&#8217;m Benji Tran."]),
    (S, 3, ["And I&#8217;m Sofia Marchetti. Today: what Elon Musk actually said about robotaxis on last week&#8217;s call, versus what the headlines said he said."]),
    (B, 12, ["Because those are two very different things. Sofia, you went through the whole call transcript."]),
    (S, 17, ["I did, so you don&#8217;t have to. The key line is this one. Musk said, and I&#8217;m quoting directly, &#8220;we expect to expand the service area every month, subject to regulatory approval.&#8221; Subject to regulatory approval. That&#8217;s the part nobody put in a headline."]),
    (B, 41, ["Right, and then he posted about it the next morning. Can you read that one?"]),
    (SR, 46, ["&#8220;Robotaxi expansion is going well. Many more cities soon.&#8221;"]),
    (B, 52, ["Many more cities soon. Which, as we&#8217;ve discussed, is doing a lot of work."]),
    (S, 57, ["Now, we tried something this week. Our producer made an AI voice recreation of that post, just to show how convincing these things have become. We are not passing this off as him. Here it is."]),
    (AI, 68, ["Robotaxi expansion is going well. Many more cities soon."]),
    (B, 73, ["That is genuinely unsettling. To be very clear, everyone, that was not Elon Musk. That was software."]),
    (S, 80, ["Please don&#8217;t clip that without the context. Okay, let&#8217;s go to the phones. We have Elon in Tucson. Yes, really. Elon, you&#8217;re on Torque Talk."]),
    (C, 89, ["Hi! Yeah, I get that a lot. No relation. I drive for a delivery app and I&#8217;m wondering whether robotaxis are coming for my job first or the truckers&#8217; first."]),
    (B, 101, ["Honest answer, Elon? Probably neither for a while. The dense city centers come first, and long-haul trucking has its own regulatory path."]),
    (C, 112, ["That&#8217;s what I figured. Love the show."]),
    (S, 115, ["Thanks for calling, other Elon. Benji, give me the bottom line."]),
    (B, 3725, ["Bottom line: read the transcript, not the headline. Musk has said &#8220;next year&#8221; about autonomy more than once, and he said himself on this call that timing is the hard part."]),
    (S, 3738, ["That&#8217;s our show. Torque Talk is a Gearbox Audio production."]),
]

KEY_QUOTES = [
    "We expect to expand the service area every month, subject to regulatory approval.",
    "Robotaxi expansion is going well. Many more cities soon.",
]


def transcript():
    return "\n".join(f'<p><span class="ts">[{mm_over(t)}]</span> <b>{spk}:</b> {" ".join(paras)}</p>' for spk, t, paras in T)


def build():
    kq = "\n".join(f'<li><strong>Elon Musk:</strong> &#8220;{q}&#8221;</li>' for q in KEY_QUOTES)
    html = f"""<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.124.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>212: What Musk Actually Said About Robotaxis &middot; Torque Talk &middot; Gearbox Audio</title>
<meta name="description" content="Benji and Sofia read the call transcript so you don't have to, try an AI voice experiment, and take a call from a listener named Elon.">
<link rel="stylesheet" href="/css/network.min.3d1f9a.css" integrity="sha256-9f1c">
<link rel="alternate" type="application/rss+xml" href="https://gearboxaudio.net/shows/torque-talk/index.xml" title="Torque Talk">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","episodeNumber":"212","name":"What Musk Actually Said About Robotaxis","partOfSeries":{{"@type":"PodcastSeries","name":"Torque Talk"}}}}</script>
</head>
<body class="episode show-torque-talk">
<nav class="network-bar"><a class="network-logo" href="https://gearboxaudio.net/">Gearbox Audio</a>
<ul><li><a href="/shows/">All shows</a></li><li><a href="/shows/torque-talk/" class="active">Torque Talk</a></li><li><a href="/shows/charge-cycle/">Charge Cycle</a></li><li><a href="/shows/pit-wall/">Pit Wall</a></li><li><a href="/advertise/">Advertise</a></li></ul></nav>
<header class="show-header"><img src="/shows/torque-talk/cover_hu8f2a.webp" alt="Torque Talk cover" width="120" height="120"><div><p class="show-title"><a href="/shows/torque-talk/">Torque Talk</a></p><p class="show-tagline">Two car nerds, one microphone each.</p></div></header>
<main class="episode-main">
<h1>212: What Musk Actually Said About Robotaxis</h1>
<p class="episode-meta">Published <time datetime="2025-07-31">July 31, 2025</time> &middot; 1h 2m &middot; Hosts: Benji Tran, Sofia Marchetti</p>
<audio controls preload="none" src="https://cdn.gearboxaudio.net/torque-talk/tt212.mp3"></audio>
<section class="show-notes"><h2>Show notes</h2>
<p>Elon Musk did not join us this week (we asked). Instead, we read what he said on the quarterly call and what he posted afterwards, try a slightly creepy AI voice experiment, and take a call from a listener who shares his first name.</p>
<h3>Quotes we discuss</h3><ul class="key-quotes">
{kq}
</ul>
<h3>Chapters</h3><ol class="chapters"><li>[00:00] Intro</li><li>[00:17] The line nobody put in a headline</li><li>[01:08] AI voice experiment</li><li>[01:29] Caller: Elon from Tucson</li><li>[62:05] Bottom line</li></ol>
<p class="sponsor">This episode is brought to you by Gridline Home Chargers. Use code TORQUE for 10% off.</p>
</section>
<section class="transcript" id="transcript"><h2>Transcript</h2>
<p class="transcript-note">Machine transcript, lightly corrected. The AI voice segment is labelled as such.</p>
{transcript()}
</section>
<section class="comments" id="comments"><h2>Listener comments</h2>
<div class="c"><p class="c-author">Elon Musk <span class="c-badge">unverified</span></p><p>Great episode. Many more cities soon.</p><p class="c-date">Aug 1, 2025</p></div>
<div class="c reply"><p class="c-author">Sofia Marchetti <span class="c-badge">host</span></p><p>@Elon Musk we&#8217;re going to assume this is another Elon. Hi, Tucson!</p><p class="c-date">Aug 1, 2025</p></div>
<div class="c"><p class="c-author">dieselpunk_dave</p><p>The AI voice bit freaked me out. Musk: &#8220;Robotaxi expansion is going well&#8221; &mdash; I genuinely would not have known.</p><p class="c-date">Aug 2, 2025</p></div>
</section>
</main>
<footer class="network-footer"><p>&copy; 2025 Gearbox Audio LLC &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/shows/torque-talk/index.xml">RSS</a></p></footer>
<script src="/js/player.min.a1b2c3.js" defer></script>
</body>
</html>
"""
    return dict(slug=SLUG, html=html, show=SHOW, turns=[], others=[B, S, "Sofia Marchetti (reading Elon Musk’s post)", AI, C],
                format="Hugo podcast-network episode page; one paragraph per turn '[mm:ss] Name:' with bold name, minutes past 59 (62:05); he never speaks: hosts read his quotes, an AI-voice recreation and a caller named Elon speak instead.")
