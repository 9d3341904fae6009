"""r12 - fan-site (Jekyll) transcript archive: table Time | Speaker | Text with <time datetime="PT..">,
continuation rows empty, one turn of his with an empty time cell; Kimbal Musk also speaks; forum replies quote lines."""
from common import turn, short, iso, check_no_adjacent

SLUG = "r12_muskonomy_archive_fireside"
SHOW = "Lakeside Founders Fireside"

# (spk, label, seconds or None, paragraphs)
T = [
    ("R", "Reese Calloway", 0, ["Welcome, everybody. It&#8217;s not every day we get both Musk brothers on one stage, so let&#8217;s not waste it. Kimbal, I&#8217;ll start with you."]),
    ("K", "Kimbal Musk", 9, ["Uh oh. Go easy on me."]),
    ("R", "Reese", 12, ["What&#8217;s something about your brother that people get wrong?"]),
    ("K", "Kimbal", 16, ["That he doesn&#8217;t have a sense of humor. He&#8217;s actually the funniest person in most rooms, it&#8217;s just very dry."]),
    ("E", "Elon Musk", 27, ["That&#8217;s very generous of him. I&#8217;d say my humor is an acquired taste, like a strong cheese."]),
    ("R", "Reese", 35, ["Elon, same question. What do people get wrong about Kimbal?"]),
    ("E", "Elon", 39, ["They think he&#8217;s the calm one. He&#8217;s not calm, he&#8217;s just better at hiding it than I am.",
                       "Put him in a restaurant kitchen during a Saturday dinner rush and you&#8217;ll see."]),
    ("K", "Kimbal", 52, ["That&#8217;s fair."]),
    ("R", "Reese", 55, ["You two started your first company together. Who was the boss?"]),
    ("K", "Kimbal", 58, ["He was."]),
    ("E", "Elon", None, ["Nobody was. That was the problem."]),
    ("R", "Reese", 61, ["And how did you settle arguments?"]),
    ("E", "Elon", 64, ["Usually by arguing until one of us got tired. Like I said back in 2016, the best way to win an argument with Kimbal is to be right and then wait about a week."]),
    ("K", "Kimbal", 78, ["He did say that. I&#8217;ve been waiting for him to be right ever since."]),
    ("R", "Reese", 2410, ["We have a couple of minutes for the audience. Yes, you in the green."]),
    ("A", "Audience Member", 2414, ["For both of you: what would your mom say about this conversation?"]),
    ("K", "Kimbal", 2420, ["That we should both sit up straight."]),
    ("E", "Elon", 2423, ["And that I interrupted too much. Which is true."]),
    ("R", "Reese", 2430, ["On that note, please thank Elon and Kimbal Musk."]),
    ("E", "Elon", 2433, ["Thanks, everyone."]),
]
check_no_adjacent(T)


def rows():
    out = []
    for spk, label, t, paras in T:
        tcell = f'<time datetime="{iso(t)}">{short(t)}</time>' if t is not None else ""
        out.append(f'<tr class="turn turn-{spk.lower()}"><td class="t">{tcell}</td><th scope="row" class="who">{label}</th><td class="say">{paras[0]}</td></tr>')
        for p in paras[1:]:
            out.append(f'<tr class="cont"><td class="t"></td><th scope="row" class="who"></th><td class="say">{p}</td></tr>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Jekyll v4.3.3">
<title>Transcript: Elon &amp; Kimbal Musk at the Lakeside Founders Fireside (2023) | The Muskonomy Archive</title>
<meta name="description" content="Fan-made transcript of the Lakeside Founders Fireside with Elon and Kimbal Musk, moderated by Reese Calloway.">
<link rel="stylesheet" href="/assets/css/main.css">
<link type="application/atom+xml" rel="alternate" href="https://muskonomy-archive.net/feed.xml" title="The Muskonomy Archive">
<style>table.transcript{{border-collapse:collapse;width:100%}} table.transcript td, table.transcript th{{padding:6px 8px;border-top:1px solid #ddd;text-align:left;vertical-align:top}} td.t{{width:4.5em;color:#888}} th.who{{width:9em}}</style>
</head>
<body>
<header class="site-header" role="banner"><div class="wrapper">
<a class="site-title" rel="author" href="/">The Muskonomy Archive</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/transcripts/">Transcripts</a><a class="page-link" href="/timeline/">Timeline</a><a class="page-link" href="/quotes/">Quote Wall</a><a class="page-link" href="/forum/">Forum</a><a class="page-link" href="/about/">About</a></div></nav>
</div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Transcript: Elon &amp; Kimbal Musk at the Lakeside Founders Fireside (2023)</h1>
<p class="post-meta"><time class="dt-published" datetime="2023-08-19T12:00:00+00:00" itemprop="datePublished">Aug 19, 2023</time> &bull; transcribed by <span itemprop="author">volunteer &ldquo;orbitcat&rdquo;</span></p></header>
<div class="post-content e-content" itemprop="articleBody">
<p class="disclaimer"><strong>Unofficial fan transcript.</strong> This site is not affiliated with Elon Musk, Kimbal Musk or any of their companies. Times are from the organiser&#8217;s video; the middle section (about 1:20 to 40:10) was a slide presentation and is not transcribed. One time code was lost in our notes and is left blank.</p>
<div class="quote-card"><p class="quote-card-label">Quote of the day</p><p><strong>Elon Musk:</strong> &ldquo;The best way to win an argument with Kimbal is to be right and then wait about a week.&rdquo;</p></div>
<table class="transcript">
<thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{rows()}
</tbody>
</table>
<p>Spotted a mistake? Post in the <a href="/forum/t/lakeside-fireside-2023-transcript">forum thread</a> and we&#8217;ll fix it.</p>
</div>
</article>
<section class="forum-replies" id="replies"><h2>From the forum thread (3 replies)</h2>
<div class="reply" id="r-1"><div class="reply-head"><span class="user">ElonMusk_Fan_88</span> <span class="rank">Booster Catcher</span> &middot; <span class="when">Aug 19, 2023</span></div>
<div class="reply-body"><blockquote><p>Elon: Nobody was. That was the problem.</p></blockquote><p>LOL. Every startup ever.</p></div></div>
<div class="reply" id="r-2"><div class="reply-head"><span class="user">KimbalsHat</span> <span class="rank">Raptor</span> &middot; <span class="when">Aug 20, 2023</span></div>
<div class="reply-body"><p>Small fix: at 0:09 Kimbal says &ldquo;Go easy on me,&rdquo; not &ldquo;Go easy.&rdquo; Also I think the audience question was more like &ldquo;what would your mother think.&rdquo;</p></div></div>
<div class="reply" id="r-3"><div class="reply-head"><span class="user">orbitcat</span> <span class="rank">Moderator</span> &middot; <span class="when">Aug 20, 2023</span></div>
<div class="reply-body"><p>@KimbalsHat fixed the first one, thanks. Keeping the second as heard.</p></div></div>
</section>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><p>The Muskonomy Archive &middot; a fan project since 2019 &middot; <a href="/feed.xml">RSS</a> &middot; <a href="https://github.example/muskonomy/archive">Source</a></p><p>Built with Jekyll. Not affiliated with Tesla, SpaceX, The Kitchen Restaurant Group or anyone named Musk.</p></div></footer>
<script src="/assets/js/search.js" defer></script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, label, t, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns,
                others=["Reese Calloway", "Reese", "Kimbal Musk", "Kimbal", "Audience Member"],
                format="Fan-site (Jekyll) table Time | Speaker | Text with the time in <time datetime=\"PT..\"> shown as m:ss; labels full then first name only (Elon Musk/Elon, Kimbal Musk/Kimbal); continuation rows have empty time and speaker cells; one of his turns has an empty time cell.")
