from common import *

NAME = "recapify_youtube_summary_forum"
SHOW = "Recapify (summary of Horizon Investment Forum 2024 video)"
LABELS = {"NF": "Nadia Farouk", "M": "Elon Musk", "AUD": "Audience Member"}
OFF = 3547
VID = "hZ9fQ2kLx7A"
T = [
    ("NF", 0, "Good afternoon, everyone. Please welcome, joining us by video link from Texas, Elon Musk."),
    ("M", 9, "Thanks for having me. Can you hear me okay?"),
    ("NF", 13, "Perfectly. Let's begin with the big picture. Where do you see AI in five years?"),
    ("M", 21, "I think there's a pretty good chance AI will be able to do any cognitive task a human can do within the next few years,"),
    (None, 33, "and then shortly after that, anything that all humans combined can do. The rate of improvement is insane."),
    ("NF", 45, "Which countries are best positioned?"),
    ("M", 49, "Well, the U.S. and China are clearly the leaders. China has a tremendous amount of talent and they're building power generation at an incredible rate, which matters a lot for AI."),
    ("NF", 72, "So power is the constraint?"),
    ("M", 75, "Power and transformers. First it was chips, then it's going to be voltage step-down transformers, then electricity. China added more solar last year than the U.S. has installed in total."),
    ("NF", 101, "How does the Gulf fit into that picture?"),
    ("M", 107, "The Gulf has abundant land and sunshine, so solar plus batteries here is a no-brainer."),
    ("NF", 122, "Let's take a question from the audience. Yes, in the front."),
    ("AUD", 126, "Hi Elon, I'm a student from Jeddah. What should young people study now?"),
    ("M", 133, "Study things that are interesting to you, and learn the fundamentals — physics, math, how to reason from first principles."),
    (None, 146, "Don't worry too much about credentials. What matters is what you can actually do."),
    ("NF", 158, "And Starship — when do you land on Mars?"),
    ("M", 163, "If all goes well, we'll send uncrewed Starships in the next Mars window, and people maybe four years after that."),
    ("NF", 181, "Elon Musk, thank you so much."),
    ("M", 184, "Thank you."),
]
T = [(k, t + OFF, x) for k, t, x in T]


def build():
    rows = []
    for k, t, text in T:
        link = f'<a class="ts-link" href="https://www.youtube.com/watch?v={VID}&amp;t={t}s" target="_blank" rel="noopener">[{hms(t)}]</a>'
        spk = f' <span class="spk">{esc(LABELS[k])}:</span>' if k else ""
        rows.append(f'<div class="tr-line" data-seconds="{t}">{link}{spk} <span class="txt">{esc(text)}</span></div>')
    transcript = "\n".join(rows)
    ld = jsonld({"@context": "https://schema.org", "@type": "WebPage", "name": "Elon Musk at Horizon Investment Forum 2024 — Summary & Transcript",
                 "about": {"@type": "VideoObject", "name": "Elon Musk in conversation | Horizon Investment Forum 2024", "embedUrl": f"https://www.youtube.com/embed/{VID}",
                           "uploadDate": "2024-10-30", "duration": "PT1H9M12S"}})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Elon Musk at Horizon Investment Forum 2024 — AI Summary &amp; Transcript | Recapify</title>
<meta name="description" content="AI-generated summary, key takeaways and full timestamped transcript of Elon Musk in conversation at Horizon Investment Forum 2024.">
<meta property="og:image" content="https://i.ytimg.com/vi/{VID}/maxresdefault.jpg">
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/build/app-8c1d2e.css">
{ld}
<script defer data-domain="recapify.ai" src="https://plausible.io/js/script.js"></script>
<script>window.__RECAP__={{videoId:"{VID}",lang:"en",plan:"free"}};</script>
</head>
<body class="bg-zinc-50 text-zinc-900">
<header class="sticky top-0 border-b bg-white">
  <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
    <a href="/" class="text-xl font-bold">Recapify<span class="text-indigo-600">.ai</span></a>
    <nav class="flex gap-6 text-sm"><a href="/youtube-summarizer">YouTube Summarizer</a><a href="/podcast-summarizer">Podcasts</a><a href="/pricing">Pricing</a><a href="/blog">Blog</a></nav>
    <div class="flex gap-2"><a href="/login" class="btn-ghost">Log in</a><a href="/signup" class="btn-primary">Try free</a></div>
  </div>
</header>
<main class="mx-auto max-w-6xl px-4 py-8 lg:grid lg:grid-cols-3 lg:gap-8">
<div class="lg:col-span-2">
  <div class="aspect-video rounded-xl overflow-hidden"><iframe src="https://www.youtube-nocookie.com/embed/{VID}" title="YouTube video player" allowfullscreen loading="lazy"></iframe></div>
  <h1 class="mt-4 text-2xl font-bold">Elon Musk in conversation | Horizon Investment Forum 2024</h1>
  <p class="text-sm text-zinc-500">Channel: Horizon Forum · 1:09:12 · Summarized Oct 31, 2024</p>
  <section id="summary" class="card mt-6">
    <h2 class="card-title">✨ AI Summary</h2>
    <p>Speaking by video link, Elon Musk argued that AI capable of any human cognitive task is only a few years away, named the U.S. and China as the clear leaders, and identified electricity and transformers as the next bottlenecks. He also fielded a student question and gave a Mars timeline.</p>
  </section>
  <section id="takeaways" class="card mt-6">
    <h2 class="card-title">🔑 Key Takeaways</h2>
    <ul class="list-disc pl-5">
      <li>Elon Musk: AI could match humans on any cognitive task within a few years.</li>
      <li>Elon Musk: The U.S. and China lead in AI; China's power build-out is a major advantage.</li>
      <li>Elon Musk: After chips, transformers and electricity become the constraints.</li>
      <li>Students should focus on physics, math and first-principles reasoning.</li>
    </ul>
  </section>
  <section id="chapters" class="card mt-6">
    <h2 class="card-title">📑 Chapters</h2>
    <ol class="chapters">
      <li><a href="https://www.youtube.com/watch?v={VID}&amp;t={OFF}s">{hms(OFF)}</a> Introduction</li>
      <li><a href="https://www.youtube.com/watch?v={VID}&amp;t={OFF + 21}s">{hms(OFF + 21)}</a> AI timelines</li>
      <li><a href="https://www.youtube.com/watch?v={VID}&amp;t={OFF + 75}s">{hms(OFF + 75)}</a> Elon Musk: power is the new bottleneck</li>
      <li><a href="https://www.youtube.com/watch?v={VID}&amp;t={OFF + 126}s">{hms(OFF + 126)}</a> Audience Q&amp;A</li>
    </ol>
  </section>
  <section id="transcript" class="card mt-6">
    <div class="flex items-center justify-between"><h2 class="card-title">📝 Transcript</h2><div class="flex gap-2"><button class="btn-ghost" data-action="copy">Copy</button><button class="btn-ghost" data-action="download">Download .txt</button></div></div>
    <p class="text-xs text-zinc-500">Transcript of the Elon Musk session (starts at {hms(OFF)} in the full video). Speaker labels generated automatically.</p>
    <div class="transcript-body font-mono text-sm leading-7">
{transcript}
    </div>
  </section>
</div>
<aside class="mt-8 lg:mt-0">
  <div class="card"><h3 class="card-title">💬 Ask AI about this video</h3><form><input type="text" placeholder="e.g. What did he say about China?"><button class="btn-primary">Ask</button></form><p class="text-xs">3 free questions left today.</p></div>
  <div class="card mt-6"><h3 class="card-title">Related summaries</h3><ul class="text-sm">
    <li><a href="/v/Qm3a8Xk2LpE">Jensen Huang: the AI factory era (Computex 2024)</a></li>
    <li><a href="/v/7yTt0bVb1ZU">Elon Musk: Tesla Shareholder Meeting 2024 — full recap</a></li>
    <li><a href="/v/Yp9Kc2Fh3dQ">Lex Fridman interviews a robotics founder</a></li></ul></div>
</aside>
</main>
<footer class="border-t bg-white py-8 text-center text-sm text-zinc-500">
  <p>© 2024 Recapify Labs, Inc. Not affiliated with YouTube or Google.</p>
  <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/chrome-extension">Chrome extension</a> · <a href="/affiliates">Affiliates</a></p>
</footer>
<div id="cookie-consent" class="fixed bottom-4 left-4 card"><p>We use cookies for analytics.</p><button class="btn-primary">OK</button></div>
<script src="/build/app-8c1d2e.js" type="module"></script>
</body>
</html>
'''
    fmt = "YouTube-summary SaaS page: '[hh:mm:ss] Name: text' lines, timestamps are ?t= links; some timestamped lines have no speaker (continuation of previous turn); AI summary/takeaways/chapters above"
    return NAME, page, gold(SHOW, fmt, T, LABELS)
