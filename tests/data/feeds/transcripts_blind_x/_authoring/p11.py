"""x11 - cable-TV rush transcript: capitalised 'NAME, TITLE:' then 'SURNAME:' labels, video clip of Musk, Maye Musk segment."""
from common import *

NAME = "x11_cbn_closing_wire_tv_transcript"
SHOW = "The Closing Wire with Becky Quintana (CBN)"

# (label, text, spk-key).  Each entry is one paragraph; a label-less paragraph continues.
SEQ = [
    ("BECKY QUINTANA, CBN ANCHOR", "Good afternoon. I'm Becky Quintana, and this is THE CLOSING WIRE. Stocks finished mixed today, but one name moved more than any other, and we have the man behind it. Elon Musk joins us from the factory floor in Austin. Elon, thanks for being here.", "BQ"),
    ("ELON MUSK, CEO, TESLA AND SPACEX", "Thanks for having me, Becky.", MUSK),
    ("QUINTANA", "The stock is up nine percent since your announcement this morning. What exactly did you announce?", "BQ"),
    ("MUSK", "We're expanding the driverless service to four more cities this quarter. That's really it. I think the market is reacting to the fact that it's working, not to any one city.", MUSK),
    (None, "If you had asked me a year ago, I would have said it would take longer. The software improved faster than I expected.", MUSK),
    ("QUINTANA", "Let me play you something you said last spring.", "BQ"),
    ("@", "(BEGIN VIDEO CLIP)", None),
    ("MUSK", "We will have millions of autonomous cars on the road. Not thousands. Millions. And it will happen faster than people think.", MUSK),
    ("@", "(END VIDEO CLIP)", None),
    ("QUINTANA", "Millions. Where are we today?", "BQ"),
    ("MUSK", "Thousands, honestly. But the curve is exponential, and I stand by the prediction, although maybe not the timing.", MUSK),
    ("QUINTANA", "Critics say--", "BQ"),
    ("MUSK", "Critics always say.", MUSK),
    ("@", "(CROSSTALK)", None),
    ("QUINTANA", "--that the safety data isn't public.", "BQ"),
    ("MUSK", "We publish a safety report every quarter. Anyone can read it.", MUSK),
    ("QUINTANA", "Elon Musk, thank you.", "BQ"),
    ("MUSK", "Thank you.", MUSK),
    ("QUINTANA", "When we come back, a mother's perspective. Maye Musk joins us live. Stay with us.", "BQ"),
    ("@", "(COMMERCIAL BREAK)", None),
    ("QUINTANA", "Welcome back. Joining me now is model and author Maye Musk. Maye, you watched that interview. What did you think?", "BQ"),
    ("MAYE MUSK, MODEL AND AUTHOR", "I thought he was very calm. He's always calm on TV. At home he's more excited. When he was a little boy, he would say, \"Mom, I'm going to build a rocket,\" and I would say, \"After your homework.\"", "MM"),
    ("QUINTANA", "Did he do his homework?", "BQ"),
    ("MAYE MUSK", "He read the encyclopedia instead. Twice.", "MM"),
    ("QUINTANA", "Maye Musk, thank you so much.", "BQ"),
    ("MAYE MUSK", "Thank you, Becky.", "MM"),
    ("@", "(END OF SEGMENT)", None),
]


def build():
    turns = []
    for label, text, spk in SEQ:
        if label == "@":
            continue
        if label is None:
            turns[-1]["paras"].append(text)
            continue
        turns.append(dict(spk=spk, t=None, paras=[text]))
    for a, b in zip(turns, turns[1:]):
        assert not (a["spk"] == MUSK and b["spk"] == MUSK)
    body = []
    for label, text, spk in SEQ:
        if label == "@":
            body.append(f"<p>{esc(text)}</p>")
        elif label is None:
            body.append(f"<p>{esc(text)}</p>")
        else:
            body.append(f"<p>{esc(label)}: {esc(text)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CBN.com - Transcripts - The Closing Wire with Becky Quintana</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/transcripts/css/transcripts.css">
<script src="/js/ads.bootstrap.js" async></script>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" class="hdr"><tr><td><a href="/"><img src="/img/cbn_logo.gif" alt="CBN" width="88" height="30"></a></td><td align="right"><a href="/transcripts/">TRANSCRIPTS</a> | <a href="/shows/">SHOWS</a> | <a href="/markets/">MARKETS</a> | <a href="/video/">VIDEO</a></td></tr></table>
<div class="breadcrumb"><a href="/transcripts/">Transcript Providers</a> &gt; <a href="/transcripts/closingwire/">THE CLOSING WIRE</a> &gt; Musk Expands Driverless Service; Maye Musk On Raising An Inventor</div>
<div class="cnnBodyText">
<p class="cnnTransStoryHead">Musk Expands Driverless Service; Maye Musk On Raising An Inventor</p>
<p class="cnnTransSubHead">Aired June 12, 2025 - 16:00&nbsp;&nbsp; ET</p>
<p class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<div class="cnnBodyText">
{chr(10).join(body)}
</div>
<p class="cnnBodyText">(C) 2025 Continental Business Network. All rights reserved. Transcripts are created on a rush deadline; accuracy may vary.</p>
</div>
<div class="other-segments">
<p><b>Other segments in this hour:</b></p>
<ul><li><a href="/transcripts/closingwire/2025-06-12-seg2.html">Fed Minutes Preview; Oil Slides</a></li><li><a href="/transcripts/closingwire/2025-06-12-seg4.html">Closing Numbers</a></li></ul>
</div>
<table width="100%" class="ftr"><tr><td><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/adchoices">AdChoices</a> | &copy; 2025 CBN</td></tr></table>
</body>
</html>
"""
    exp = expected(
        "Cable-TV rush transcript: each paragraph opens with an upper-case label and colon, full form on first appearance ('ELON MUSK, CEO, TESLA AND SPACEX:') then surname ('MUSK:'); stage notes like (BEGIN VIDEO CLIP) in their own paragraphs; unlabelled paragraphs continue the turn; no timestamps.",
        SHOW, gold_turns(turns),
        ["BECKY QUINTANA, CBN ANCHOR", "QUINTANA", "MAYE MUSK, MODEL AND AUTHOR", "MAYE MUSK"])
    meta = dict(kind="TV network transcript page (cable business news)",
                fmt="'LABEL: text' paragraphs, caps labels full then surname; no times",
                hard=["Played video clip of him between (BEGIN VIDEO CLIP)/(END VIDEO CLIP) labelled 'MUSK:' (positive)",
                      "Maye Musk speaks ('MAYE MUSK, MODEL AND AUTHOR:' then 'MAYE MUSK:') and quotes him as a boy",
                      "Crosstalk: anchor cut off, his short interjection 'Critics always say.'",
                      "Unlabelled continuation paragraph inside his turn",
                      "Headline 'Musk Expands Driverless Service; Maye Musk ...'"],
                choices=["The video clip labelled 'MUSK:' counts as his turn.",
                         "'(CROSSTALK)' etc. are stage notes, not turns; the anchor's '--that the safety data...' is her own new turn."])
    register(NAME, page, exp, meta)


build()
