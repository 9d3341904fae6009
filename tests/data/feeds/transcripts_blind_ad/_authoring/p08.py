"""ad08: Substack post with a forum transcript: '[hh:mm:ss] Name: text' paragraphs; the host
speaks Mandarin and an interpreter renders each side."""
from common import *

NAME = "ad08_longcontext_substack"
SHOW = "The Long Context"

Z, I = "Z", "I"
T = [
    {"s": Z, "at": 121, "p": ["（普通话）欢迎马斯克先生来到临港。我们今天的时间不多，我就直接开始提问。"]},
    {"s": I, "p": ["Welcome to Lingang, Mr. Musk. We don&rsquo;t have much time today, so I&rsquo;ll go straight to the questions."]},
    {"s": E, "p": ["Thank you. It&rsquo;s great to be back. I always find the energy here remarkable. People are very, very hardworking, and the supply chain is incredibly deep."]},
    {"s": I, "p": ["(interprets into Mandarin)"]},
    {"s": Z, "at": 395, "p": ["（普通话）您去年在柏林说，“中国在制造方面非常强，值得所有人学习。”您现在还这么认为吗？"]},
    {"s": I, "p": ["Last year in Berlin you said, &ldquo;China is extremely strong in manufacturing, and everyone should learn from it.&rdquo; Do you still think so?"]},
    {"s": E, "p": ["Yes, absolutely. I think anyone who has visited factories here and still underestimates Chinese manufacturing simply hasn&rsquo;t been paying attention.",
                   "The speed at which a new line goes from empty building to production is, I think, the fastest in the world. That&rsquo;s something we&rsquo;ve tried to learn from and bring to our other factories."]},
    {"s": I, "p": ["(interprets into Mandarin)"]},
    {"s": Z, "at": 742, "p": ["（普通话）很多年轻工程师想知道，您对他们有什么建议？"]},
    {"s": I, "p": ["Many young engineers want to know: what advice do you have for them?"]},
    {"s": E, "p": ["Work on things that are useful. It sounds obvious, but a lot of smart people work on things that are clever but not useful. Ask yourself: if this works, does anyone&rsquo;s life get better?",
                   "And go to the factory floor. You learn more in one week on the line than in a year of meetings."]},
    {"s": I, "p": ["(interprets into Mandarin)"]},
    {"s": Z, "at": 1105, "p": ["（普通话）最后一个问题：十年以后，您希望人们怎么评价今天这次对话？"]},
    {"s": I, "p": ["Last question: ten years from now, how would you like people to look back on today&rsquo;s conversation?"]},
    {"s": E, "p": ["Hopefully they&rsquo;ll say, well, that was obvious. The best predictions sound obvious in hindsight."]},
    {"s": I, "p": ["(interprets into Mandarin)"]},
    {"s": Z, "p": ["（普通话）谢谢马斯克先生！"]},
    {"s": I, "p": ["Thank you, Mr. Musk!"]},
    {"s": E, "p": ["Xièxie. Thank you, everyone."]},
    {"s": Z, "p": ["（普通话）请大家再次以热烈的掌声感谢马斯克先生。"]},
    {"s": I, "p": ["Please join me once again in a warm round of applause for Mr. Musk."]},
]
assign_times(T, start=0, seed=88, wps=2.4, gap=1.5)

LAB = {Z: ("Zhou Yiming", "Zhou"), I: ("Interpreter", "Interpreter"), E: ("Elon Musk", "Musk")}


def render():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        lab = LAB[s][0] if s not in seen else LAB[s][1]
        seen.add(s)
        out.append(f'<p><span class="ts">[{hhmmss(tr["ts"][0])}]</span> <strong>{lab}:</strong> {tr["p"][0]}</p>')
        out.extend(f"<p>{p}</p>" for p in tr["p"][1:])
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Transcript: Elon Musk at the Lingang Mobility Forum - by Wen Halvorsen</title>
<meta name="author" content="Wen Halvorsen">
<meta property="og:title" content="Transcript: Elon Musk at the Lingang Mobility Forum">
<meta property="og:description" content="The full interpreted conversation, with timestamps, plus a few notes on what got lost in translation.">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.9c4e1b.css">
<script>window._preloads = JSON.parse("{{\\"pub\\":{{\\"name\\":\\"The Long Context\\",\\"subdomain\\":\\"longcontext\\"}},\\"post\\":{{\\"id\\":148822071,\\"audience\\":\\"everyone\\"}}}}")</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><a class="navbar-title-link" href="https://longcontext.substack.com/">The Long Context</a>
<div class="navbar-buttons"><a class="button subscribe-btn" href="https://longcontext.substack.com/subscribe?utm_source=menu">Subscribe</a><a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Fp%2Ftranscript-musk-lingang">Sign in</a></div></div>
<div class="container"><div class="single-post"><div class="post-header">
<h1 class="post-title published">Transcript: Elon Musk at the Lingang Mobility Forum</h1>
<h3 class="subtitle">The full interpreted conversation, with timestamps, plus a few notes on what got lost in translation</h3>
<div class="post-meta"><a class="pencraft frontend-pencraft-Text-module__decoration-hover-underline--BEYAn" href="https://substack.com/@wenhalvorsen">Wen Halvorsen</a> <time datetime="2025-10-20T12:02:14.000Z">Oct 20, 2025</time> <span class="paid-label">Free</span></div>
<div class="post-ufi"><button class="like-button">&#9825; 312</button> <a class="comment-button" href="#discussion">&#128172; 47</a> <button class="restack-button">Restack</button></div>
</div>
<div class="available-content"><div class="body markup" dir="auto">
<p>Last Thursday Elon Musk spent about twenty minutes on stage at the Lingang Mobility Forum in Shanghai, in conversation with the forum&rsquo;s chairman, Zhou Yiming. Zhou asked his questions in Mandarin; a conference interpreter rendered them into English and rendered Musk&rsquo;s answers back into Mandarin.</p>
<p>The forum&rsquo;s official video has no English captions, so I transcribed the English side myself and kept Zhou&rsquo;s original Mandarin for reference. Where the interpreter spoke Mandarin I&rsquo;ve marked it rather than transcribing it. Timestamps follow the forum&rsquo;s video.</p>
<blockquote><p>&ldquo;You learn more in one week on the line than in a year of meetings.&rdquo; &mdash; Musk, answering a question about young engineers</p></blockquote>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="subscription-widget-title">Thanks for reading The Long Context! Subscribe for free to receive new posts.</p><form class="form"><input type="email" name="email" placeholder="Type your email..."><button type="submit" class="button primary">Subscribe</button></form></div></div>
<h2 class="header-anchor-post">The transcript</h2>
{render()}
<h2 class="header-anchor-post">A few notes</h2>
<p>1. The interpreter softened Zhou&rsquo;s Berlin question a little: the original Mandarin is closer to &ldquo;you said China&rsquo;s manufacturing is very strong&rdquo; without the &ldquo;everyone should learn from it,&rdquo; which may be a paraphrase of a different remark.</p>
<p>2. Musk&rsquo;s &ldquo;Xièxie&rdquo; got the biggest laugh of the morning.</p>
<p>3. I didn&rsquo;t transcribe the interpreter&rsquo;s Mandarin renderings of Musk&rsquo;s answers; if a reader wants to compare them, I&rsquo;d love to hear what changed.</p>
<div class="footnote"><p>If you spot a transcription error, reply to this email and I&rsquo;ll fix it.</p></div>
</div></div>
<div class="post-footer"><a class="button" href="https://longcontext.substack.com/subscribe">Subscribe to The Long Context</a> <a class="button" href="https://longcontext.substack.com/p/transcript-musk-lingang?utm_source=share">Share</a></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">47 Comments</h4>
<div class="comment"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@elonsburneraccount">Elon&rsquo;s Burner Account</a> <span class="comment-date">Oct 20</span></div>
<div class="comment-body"><p>Musk: &ldquo;The best predictions sound obvious in hindsight.&rdquo; The best transcripts also sound obvious in hindsight &mdash; thank you for doing this.</p></div></div>
<div class="comment"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@lqiao">Lin Qiao</a> <span class="comment-date">Oct 20</span></div>
<div class="comment-body"><p>Native speaker here: the interpreter&rsquo;s Mandarin for &ldquo;the supply chain is incredibly deep&rdquo; was 供应链非常完整 (&ldquo;very complete&rdquo;), which is a nice choice.</p></div>
<div class="comment reply"><div class="comment-meta"><a class="comment-author" href="https://substack.com/@wenhalvorsen">Wen Halvorsen</a> <span class="comment-author-badge">Author</span></div><div class="comment-body"><p>Thank you! Adding that to the notes.</p></div></div></div>
</div>
</div></div></div></div>
<script src="https://substackcdn.com/bundle/static/js/main.3e1a9c.js" charset="utf-8"></script>
</body>
</html>
"""
    fmt = ("Substack post: every turn is a <p> beginning '[hh:mm:ss]' then a bold 'Name:' label ('Elon Musk' first, "
           "then 'Musk'); the chairman's Mandarin turns and the interpreter's English (or '(interprets into Mandarin)') "
           "turns alternate with his; unlabelled <p>s continue a turn.")
    others = ["Zhou Yiming", "Zhou", "Interpreter"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
