from common import *

NAME = "h04_capital_exchange_tv"
# label sets: first occurrence uses the full label with role, later ones the surname
LABELS = {
    "W": ("DANA WHITFIELD, HOST, CAPITAL EXCHANGE", "WHITFIELD"),
    ELON: ("ELON MUSK, CEO, TESLA AND SPACEX", "MUSK"),
    "R": ("ROB TERAUCHI, AUTO ANALYST, GRANITE PEAK SECURITIES", "TERAUCHI"),
}
CLIP_LABEL = "ELON MUSK, CEO, TESLA (on camera)"
T = [
    ("W", None, ["Good afternoon, I'm Dana Whitfield, and this is CAPITAL EXCHANGE. Shares of Tesla are up almost six percent this afternoon after the company said it will start taking orders for its cheaper compact model. Here is what Elon Musk told shareholders just last week."]),
    ("MARK", None, ["(BEGIN VIDEO CLIP)"]),
    ("CLIP", None, ["We're going to make a car that costs less than most people's used car, and it's going to drive itself. That's the goal. I'm not saying it'll be easy."]),
    ("MARK", None, ["(END VIDEO CLIP)"]),
    ("W", None, ["And joining me now from Austin, Elon Musk himself. Elon, good to have you."]),
    (ELON, None, ["Good to be here, Dana."]),
    ("W", None, ["You said less than a used car. Used cars in this country average around twenty-six thousand dollars. Are you really going to hit that?"]),
    (ELON, None, ["We think so, yes. The key is the manufacturing process. We're changing how the car is assembled, not just what it's made of. Instead of building the car front to back on one line, we build sections in parallel and bring them together at the end."]),
    ("W", None, ["Right."]),
    (ELON, None, ["And that cuts the factory footprint roughly in half. That's where the money is."]),
    ("W", None, ["I want to bring in Rob Terauchi, who covers the auto sector at Granite Peak Securities. Rob, you've been skeptical."]),
    ("R", None, ["I have, Dana, and with respect to Elon, we've heard cheaper-car promises before. My concern is margins. At that price point, even a great process leaves very little room."]),
    (ELON, None, ["That's a fair concern, but Rob is assuming today's cost of cells. Cell costs are coming down faster than most analysts model."]),
    ("R", None, ["If they do, I'll happily revise my numbers."]),
    ("MARK", None, ["(LAUGHTER)"]),
    (ELON, None, ["Please do. I'll send you the cell cost curves myself."]),
    ("W", None, ["Elon, a viewer question, and we got a lot of these. Is the robotaxi still coming this year?"]),
    (ELON, None, ["In a limited way, yes. A few cities, with a safety monitor at first. Then we expand as the data supports it."]),
    ("W", None, ["Elon Musk, Rob Terauchi, thank you both. We'll be right back."]),
]


def build():
    seen = set()
    out = []
    for spk, t, paras in T:
        if spk == "MARK":
            out.append(f"<p>{E(paras[0])}</p>")
            continue
        if spk == "CLIP":
            out.append(f"<p>{E(CLIP_LABEL)}: {E(paras[0])}</p>")
            continue
        full, short = LABELS[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append(f"<p>{E(label)}: {E(paras[0])}</p>")
        out += [f"<p>{E(p)}</p>" for p in paras[1:]]
    body = "\n".join(out)
    # gold: the played clip is his own voice, so it counts as his turn
    gold = []
    for spk, t, paras in T:
        if spk == "CLIP":
            gold.append([None, first_words(paras[0])])
        elif spk == ELON:
            gold.append([None, first_words(paras[0])])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transcripts: CAPITAL EXCHANGE &mdash; Tesla Unveils Compact Car Orders; Interview With Elon Musk | BNX Business Network</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/transcripts/tx.css">
</head>
<body>
<div class="bnx-header">
 <a href="/" class="bnx-logo">BNX</a>
 <ul class="bnx-nav"><li><a href="/markets">Markets</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/shows">Shows</a></li><li><a href="/video">Video</a></li><li><a href="/transcripts" class="on">Transcripts</a></li></ul>
 <form class="bnx-search" action="/search"><input name="q" placeholder="Search BNX"></form>
</div>
<div class="tx-breadcrumbs"><a href="/transcripts">Transcripts</a> &rsaquo; <a href="/transcripts/shows/cex">Capital Exchange</a> &rsaquo; <a href="/transcripts/shows/cex/date/2025-06-12">June 12, 2025</a></div>
<div class="tx-wrap">
<div class="tx-show-info">
 <p class="tx-show">CAPITAL EXCHANGE</p>
 <h1 class="tx-headline">Tesla Unveils Compact Car Orders; Interview With Elon Musk; Analyst Weighs Margin Risk. Aired 2-2:30p ET</h1>
 <p class="tx-date">Aired June 12, 2025 - 14:00 &nbsp; ET</p>
 <p class="tx-disclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
</div>
<div class="tx-body">
{body}
<p>(COMMERCIAL BREAK)</p>
</div>
<div class="tx-related">
 <h2>Related transcripts</h2>
 <ul>
  <li><a href="/transcripts/shows/cex/date/2025-06-11">CAPITAL EXCHANGE &mdash; Fed Holds Rates; Chipmakers Rally. Aired 2-2:30p ET</a></li>
  <li><a href="/transcripts/shows/mm/date/2025-06-12">MARKET MINUTE &mdash; Tesla Shares Jump On Compact Car News. Aired 4-4:30p ET</a></li>
 </ul>
</div>
<div class="tx-legal"><p>Content and programming copyright 2025 BNX Business Network. All rights reserved. Prepared by Verbatim Services Group. No reproduction or redistribution without the prior written permission of BNX.</p></div>
</div>
<div class="bnx-footer"><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/adchoices">Ad Choices</a> | &copy; 2025 BNX</div>
<script src="/assets/js/bnx-core.9a1.js"></script>
<script>bnx.track("transcript_view",{{"show":"cex","date":"2025-06-12"}});</script>
</body>
</html>
"""
    return write(NAME, page,
                 "Cable-TV rush transcript; one <p> per turn, capitalised labels with role on first appearance (e.g. 'ELON MUSK, CEO, TESLA AND SPACEX:') then surname only ('MUSK:'), no times.",
                 "Capital Exchange (BNX Business Network)", T,
                 ["DANA WHITFIELD, HOST, CAPITAL EXCHANGE", "WHITFIELD", "ROB TERAUCHI, AUTO ANALYST, GRANITE PEAK SECURITIES", "TERAUCHI"],
                 gold=gold)


if __name__ == "__main__":
    build()
