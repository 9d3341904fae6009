"""x12 - video platform watch page with a transcript panel: conference panel, interpreter, ?t= links, one cue per sentence group."""
from common import *

NAME = "x12_vidora_summit_panel_interpreter"
SHOW = "Summit Lumi\u00e8re 2025 (Vidora video page)"
VID = "vL7q2Kx9aPw"

LAB = {
    "CB": "Claire Besson (moderator)",
    MUSK: "Elon Musk",
    "HA": "Henrik Aalto",
    "INT": "Interpreter",
    "SL": "Minister Sophie Laurent (in French)",
}

# (spk, [(t, text), ...])  each tuple is one transcript cue; label shown only on a turn's first cue
SEQ = [
    ("CB", [(ts(0, 44, 2), "Good afternoon, everyone. Welcome to the closing plenary."),
            (ts(0, 44, 9), "With me are Elon Musk, Henrik Aalto of Nordvolt Grid, and Minister Sophie Laurent, who will speak in French with simultaneous interpretation."),
            (ts(0, 44, 21), "Elon, let me start with you. Why Europe, and why now?")]),
    (MUSK, [(ts(0, 44, 27), "Well, Europe has some of the best engineers in the world, and some of the best universities."),
            (ts(0, 44, 35), "The problem has never been talent. The problem is how long it takes to go from an idea to a factory."),
            (ts(0, 44, 43), "If we can shorten that, I think Europe can build things at a scale people haven't seen here in a long time.")]),
    ("CB", [(ts(0, 44, 55), "Right.")]),
    (MUSK, [(ts(0, 44, 56), "And energy is the foundation of all of it. You can't have AI, you can't have factories, without a lot more electricity.")]),
    ("HA", [(ts(0, 45, 8), "I agree with that, and I'd add that the grid is now the bottleneck, not generation."),
            (ts(0, 45, 16), "As Elon told me backstage, \"the transformer is the new GPU.\" He's right, and the lead time on a large transformer in Europe is now three years.")]),
    ("CB", [(ts(0, 45, 31), "Minister, the floor is yours.")]),
    ("SL", [(ts(0, 45, 35), "Merci. Nous accueillons les investissements, mais les r\u00e8gles europ\u00e9ennes ne sont pas un obstacle.")]),
    ("INT", [(ts(0, 45, 41), "Thank you. We welcome investment, but European rules are not an obstacle. They are the foundation of trust."),
             (ts(0, 45, 49), "Mr. Musk has said that he does not oppose regulation, only the absence of clear rules. On that we can agree.")]),
    (MUSK, [(ts(0, 45, 58), "Yes, that's exactly right. I'm not against regulation. Aviation is heavily regulated, and that's why flying is safe."),
            (ts(0, 46, 6), "What's painful is when a new product waits for years because nobody knows which agency is supposed to approve it.")]),
    ("CB", [(ts(0, 52, 40), "Let's take one question from the audience. Yes, in the third row.")]),
    ("AUD", [(ts(0, 52, 46), "Bonjour, je suis \u00e9tudiante \u00e0 Polytechnique. Est-ce que Monsieur Musk recrute des stagiaires en France ?")]),
    ("INT", [(ts(0, 52, 53), "Hello, I am a student at Polytechnique. Is Mr. Musk hiring interns in France?")]),
    (MUSK, [(ts(0, 52, 58), "Yes.")]),
    ("CB", [(ts(0, 53, 0), "That was quick.")]),
    (MUSK, [(ts(0, 53, 2), "Send us your resume. We care about evidence of exceptional ability, not which school you went to, although Polytechnique is a very good school.")]),
    ("CB", [(ts(1, 2, 15), "We are out of time. One sentence each on where we'll be in ten years. Elon?")]),
    (MUSK, [(ts(1, 2, 21), "Most cars will drive themselves, most factories will have humanoid robots, and hopefully we'll have people on Mars.")]),
    ("HA", [(ts(1, 2, 30), "The grid will be twice as big and nobody will notice, which is the goal.")]),
    ("CB", [(ts(1, 2, 37), "Thank you all. Merci beaucoup.")]),
]
LAB["AUD"] = "Audience member (in French)"


def build():
    turns = [dict(spk=s, t=cues[0][0], paras=[c for _, c in cues]) for s, cues in SEQ]
    for a, b in zip(turns, turns[1:]):
        assert a["spk"] != b["spk"], (a, b)
    cues_html = []
    for spk, cues in SEQ:
        for i, (t, text) in enumerate(cues):
            who = f'<div class="cue-speaker">{esc(LAB[spk])}</div>' if i == 0 else ""
            cues_html.append(
                f'<div class="cue" data-start="{t}.{(t * 37) % 1000:03d}">{who}<a class="cue-time" href="/watch?v={VID}&amp;t={t}s">{yt(t)}</a>'
                f' <span class="cue-text">{esc(text)}</span></div>')
    desc_chapters = [(0, "Opening video"), (ts(0, 12, 40), "Keynote: Henrik Aalto"), (ts(0, 44, 2), "Closing plenary begins"),
                     (ts(0, 44, 27), "Elon Musk: why Europe, why now"), (ts(0, 45, 35), "Minister Laurent on rules and trust"),
                     (ts(0, 52, 40), "Audience Q&A"), (ts(1, 2, 15), "Ten years from now")]
    chap = "<br>\n".join(f'<a href="/watch?v={VID}&amp;t={t}s">{yt(t)}</a> {esc(x)}' for t, x in desc_chapters)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Summit Lumi&egrave;re 2025 | Closing Plenary: Energy, Autonomy and the Next Decade - Vidora</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:video:url" content="https://vidora.tv/embed/{VID}">
<meta property="og:title" content="Summit Lumi&egrave;re 2025 | Closing Plenary: Energy, Autonomy and the Next Decade">
<link rel="stylesheet" href="https://static.vidora.tv/watch/desktop.c41f.css">
<script>var vdrConfig={{"videoId":"{VID}","lengthSeconds":"3906","channelId":"UCsl2025","captions":["en","fr"]}};</script>
</head>
<body class="watch">
<header class="masthead"><a class="logo" href="/">Vidora</a><form class="search" action="/results"><input name="q" placeholder="Search"></form><a class="signin" href="/signin">Sign in</a></header>
<div class="watch-grid">
<div class="primary">
  <div class="player"><video poster="https://i.vidora.tv/vi/{VID}/maxres.jpg" preload="none"></video></div>
  <h1 class="title">Summit Lumi&egrave;re 2025 | Closing Plenary: Energy, Autonomy and the Next Decade</h1>
  <div class="owner"><a href="/@summitlumiere">Summit Lumi&egrave;re Official</a> <span class="subs">48.2K subscribers</span> <button class="subscribe">Subscribe</button></div>
  <div class="description">
    <p class="views">212,408 views &middot; Streamed live on Jun 13, 2025</p>
    <p>The closing plenary of Summit Lumi&egrave;re 2025 in Paris, moderated by Claire Besson, with Elon Musk, Henrik Aalto (Nordvolt Grid) and Minister Sophie Laurent. French remarks are interpreted into English.</p>
    <p>Chapters:<br>
{chap}</p>
  </div>
  <div class="comments">
    <h2>1,311 Comments</h2>
    <div class="comment"><a class="author" href="/@ElonMuskClipsDaily">@ElonMuskClipsDaily</a> <span class="when">1 month ago</span><p>52:58 the student asks if he's hiring interns and Elon Musk just says &ldquo;Yes.&rdquo; Legend.</p><span class="likes">3.4K</span></div>
    <div class="comment"><a class="author" href="/@gridnerd">@gridnerd</a> <span class="when">1 month ago</span><p>&ldquo;The transformer is the new GPU&rdquo; is going on a t-shirt. 45:16</p><span class="likes">812</span></div>
    <div class="comment"><a class="author" href="/@elon.m.paris">@elon.m.paris</a> <span class="when">3 weeks ago</span><p>I was in the third row! The interpreter was incredible.</p><span class="likes">95</span></div>
  </div>
</div>
<div class="secondary">
  <div class="engagement-panel transcript-panel" aria-label="Transcript">
    <div class="panel-header"><h2>Transcript</h2><button class="close" aria-label="Close transcript">&times;</button></div>
    <div class="panel-note">Chapter: Closing plenary begins &middot; Language: English (auto-generated speaker labels, edited)</div>
    <div class="cue-list">
{chr(10).join(cues_html)}
    </div>
  </div>
  <div class="up-next"><h3>Up next</h3>
    <a href="/watch?v=Qm3nR8a1TzE">Summit Lumi&egrave;re 2025 | Keynote: The Grid Is the Bottleneck</a>
    <a href="/watch?v=Hx2bV7c0LpQ">Summit Lumi&egrave;re 2024 | Opening Ceremony</a>
  </div>
</div>
</div>
<footer class="site-footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/copyright">Copyright</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> &copy; 2025 Vidora</footer>
<script src="https://static.vidora.tv/watch/desktop.c41f.js" defer></script>
</body>
</html>
"""
    exp = expected(
        "Video watch page transcript panel: one <div class=\"cue\" data-start=\"sec.ms\"> per sentence group with a link '/watch?v=..&t=NNNs' showing m:ss or h:mm:ss; the speaker label div appears only on a turn's first cue, later cues of the same turn carry their own times.",
        SHOW, gold_turns(turns),
        ["Claire Besson (moderator)", "Henrik Aalto", "Minister Sophie Laurent (in French)", "Interpreter", "Audience member (in French)"])
    meta = dict(kind="Video platform watch page with transcript panel (conference panel)",
                fmt="cue divs, ?t=NNNs links, m:ss / h:mm:ss, data-start with ms; label only on first cue",
                hard=["Interpreter turns render the minister's and an audience member's French; interpreter paraphrases what 'Mr. Musk has said'",
                      "Panelist: 'As Elon told me backstage, \"the transformer is the new GPU.\"' (quote inside another turn)",
                      "Time on every cue of a long turn (turn starts at the first cue)",
                      "Description chapter 'Elon Musk: why Europe, why now'; comment '@ElonMuskClipsDaily' quotes his 'Yes.'; commenter '@elon.m.paris'",
                      "Moderator's one-word 'Right.' between two of his turns; his one-word 'Yes.'; jump from 53:02 to 1:02:15"],
                choices=["start = the ?t= seconds of the turn's first cue (data-start fractions truncated).",
                         "Continuation cues without a speaker label belong to the turn above."])
    register(NAME, page, exp, meta)


build()
