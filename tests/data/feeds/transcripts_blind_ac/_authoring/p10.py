"""ac10: TV news transcript, capital labels with roles then short (E. MUSK / M. MUSK), a played video clip of him, Maye Musk speaking, no times."""
from common import gold_from, gold

NAME = "ac10_c9newsline"
SHOW = "Newsline with Harper Gaines"

T = [
    ("G", None, ["HARPER GAINES, CHANNEL 9 ANCHOR: Good evening. On this Mother&#39;s Day weekend, a story about one of the most famous families in business. We&#39;ll hear from a mother, and, if the phone lines cooperate, her son. But first, our Dev Ramani on a week of headlines."]),
    ("R", None, ["DEV RAMANI, CHANNEL 9 CORRESPONDENT (voice-over): It was a week of launches and lawsuits, of record deliveries and record criticism. Elon Musk, who has said, quote, &quot;I&#39;d rather be optimistic and wrong than pessimistic and right,&quot; end quote, spent much of it in Texas.",
                 "At a factory event on Tuesday, he was asked whether he ever slows down."]),
    ("X", None, ["(BEGIN VIDEO CLIP)"]),
    ("E", None, ["ELON MUSK, CEO, TESLA AND SPACEX: Not really, no. I mean, I try to take a day off here and there, but there&#39;s always something on fire, sometimes literally."]),
    ("X2", None, ["(END VIDEO CLIP)"]),
    ("R", None, ["RAMANI: The people who know him best say that has been true since childhood. For Newsline, I&#39;m Dev Ramani."]),
    ("G", None, ["GAINES: Joining me now is Maye Musk, model, dietitian and author. Maye, thank you for being here."]),
    ("M", None, ["MAYE MUSK, MODEL AND AUTHOR: Thank you for having me, Harper. It&#39;s lovely to be here."]),
    ("G", None, ["GAINES: Was he like this as a child? Always busy?"]),
    ("M", None, ["M. MUSK: Oh, always. He read everything. When he was about ten, Elon came to me and said, &quot;Mom, I&#39;ve finished the encyclopedia, what should I read next?&quot; And I had no idea what to tell him."]),
    ("G", None, ["GAINES: And I&#39;m told we now have him on the line. Elon Musk, can you hear us?"]),
    ("E", None, ["ELON MUSK, CEO, TESLA AND SPACEX (via telephone): Yes, I can hear you. Hi, Mom. Hi, Harper."]),
    ("M", None, ["M. MUSK: Hello, darling. Happy Mother&#39;s Day to me."]),
    ("E", None, ["E. MUSK: Happy Mother&#39;s Day. The flowers are on the way, I promise."]),
    ("G", None, ["GAINES: Your mother just told us you finished the encyclopedia at ten."]),
    ("E", None, ["E. MUSK: That&#39;s roughly true. It was a pretty small encyclopedia, to be fair. I ran out of books at the school library, and then the town library, so the encyclopedia was the next thing."]),
    ("G", None, ["GAINES: Really?"]),
    ("E", None, ["E. MUSK: Yes."]),
    ("M", None, ["M. MUSK: It&#39;s true. The librarians knew him by name."]),
    ("G", None, ["GAINES: What did your mother teach you that you still use?"]),
    ("E", None, ["E. MUSK: Work ethic, without question. She was raising three kids and working multiple jobs, and she never complained about it. Also, she taught me that you can start over at any age. She&#39;s proof of that."]),
    ("M", None, ["M. MUSK: Now I&#39;m going to cry on television."]),
    ("G", None, ["GAINES: Maye Musk, Elon Musk, thank you both, and happy Mother&#39;s Day. We&#39;ll be right back."]),
    ("X3", None, ["(COMMERCIAL BREAK)"]),
]

PREFIX = {"E": ["ELON MUSK, CEO, TESLA AND SPACEX:", "ELON MUSK, CEO, TESLA AND SPACEX (via telephone):", "E. MUSK:"]}


def strip_label(p):
    return p.split(": ", 1)[1]


def build():
    # gold: take the text after the label for his turns
    ent = []
    for spk, t, paras in T:
        if spk == "E":
            ent.append((spk, t, [strip_label(paras[0])]))
        else:
            ent.append((spk, t, paras))
    turns = gold_from(ent)
    body = "\n".join("<p>%s</p>" % p for _, _, paras in T for p in paras)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>C9 Transcripts: Newsline with Harper Gaines - May 10, 2025 - Segment 4</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//transcripts.c9news.com/css/transcripts.css">
<script>var c9_page = {{"type":"transcript","show":"nwl","date":"2025-05-10","seg":4}};</script>
<script src="//ads.c9news.com/adtag.js" async></script>
</head>
<body>
<div id="c9-header"><a href="//www.c9news.com/"><img src="//transcripts.c9news.com/img/c9-logo.png" alt="C9 News" width="120" height="40"></a>
<ul class="topnav"><li><a href="//www.c9news.com/us">U.S.</a></li><li><a href="//www.c9news.com/world">World</a></li><li><a href="//www.c9news.com/business">Business</a></li><li><a href="//www.c9news.com/video">Video</a></li><li><a href="//transcripts.c9news.com/">Transcripts</a></li></ul></div>
<div id="content">
<div class="cnnTransStoryHead">Maye Musk on Raising a Reader; Elon Musk Joins by Phone; A Week of Launches and Lawsuits. Aired 7-8p ET</div>
<div class="cnnTransSubHead">Aired May 10, 2025 - 19:30 &nbsp; ET</div>
<div class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="cnnBodyText">
{body}
</div>
<div class="cnnBodyText"><p>TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199 OR USE OUR SECURE ONLINE ORDER FORM. FOR AN ARCHIVED COPY, CALL THE NUMBER ABOVE.</p></div>
<div class="trans-nav"><a href="/show/nwl/date/2025-05-10/segment/03">&laquo; Segment 3</a> | <a href="/show/nwl/">All Newsline transcripts</a> | <a href="/show/nwl/date/2025-05-10/segment/05">Segment 5 &raquo;</a></div>
</div>
<div id="c9-footer"><p>&copy; 2025 C9 News Network. All Rights Reserved. <a href="//www.c9news.com/terms">Terms of Use</a> | <a href="//www.c9news.com/privacy">Privacy Policy</a></p></div>
<script src="//transcripts.c9news.com/js/transcripts.js"></script>
</body>
</html>
""".format(body=body)
    g = gold("TV rush transcript: one paragraph per turn beginning 'CAPITAL LABEL:' (full name and role on first appearance, then initial+surname like E. MUSK / M. MUSK), stage directions in parentheses, no timestamps; includes a played video clip of him.",
             SHOW, turns, ["HARPER GAINES, CHANNEL 9 ANCHOR", "GAINES", "DEV RAMANI, CHANNEL 9 CORRESPONDENT (voice-over)", "RAMANI", "MAYE MUSK, MODEL AND AUTHOR", "M. MUSK"])
    return NAME, page, g
