"""k04 - TV network rush transcript; capitals labels with role, <br><br> separated, a played clip, Kimbal Musk speaking."""
from common import *

NAME = "k04_atlas_tv_transcript"
SHOW = "Markets at Close (Atlas News Network)"

# label printed explicitly per turn
TURNS = [
    T("R", None, "Welcome back. I'm Rebecca Thorne. Shares of Tesla swung almost eight percent today before closing up a little more than two. The catalyst, this morning's shareholder meeting in Austin, where the company's chief executive promised, again, a new kind of scale. Here's what he told the crowd.", lab="REBECCA THORNE, ATLAS ANCHOR"),
    T("X", None, "(BEGIN VIDEO CLIP)"),
    T("E", None, "We're going to make the cars, the batteries and the robots, and we're going to make them at a scale that honestly nobody has attempted before. That's the plan. It's not a small plan.", lab="ELON MUSK, CEO, TESLA AND SPACEX"),
    T("X", None, "(APPLAUSE)"),
    T("X", None, "(END VIDEO CLIP)"),
    T("R", None, "And joining me now by phone, Elon Musk himself. Elon, thanks for calling in.", lab="THORNE"),
    T("E", None, "Sure. Happy to.", lab="MUSK"),
    T("R", None, "Investors heard the word scale again today. They've heard it before. What is actually different this time?", lab="THORNE"),
    T("E", None, "What's different is the cost per vehicle on the new line is finally coming down the way we modeled it. We had a rough year. The first few months of any new line are painful, and this one was more painful than most.",
      "But if you look at the last six weeks, the hours per unit are dropping every single week. That's the number I watch.", lab="MUSK"),
    T("R", None, "But the margins --", lab="THORNE"),
    T("E", None, "Let me just finish the thought. Margins follow cost. If cost comes down, margins follow. It's not magic.", lab="MUSK"),
    T("X", None, "(CROSSTALK)"),
    T("R", None, "Right.", lab="THORNE"),
    T("E", None, "And the robot program is going to be bigger than the car business in the long run. I know people roll their eyes at that. That's fine.", lab="MUSK"),
    T("R", None, "We will hold you to it. Elon Musk, thank you.", lab="THORNE"),
    T("E", None, "Thank you.", lab="MUSK"),
    T("X", None, "(COMMERCIAL BREAK)"),
    T("R", None, "Welcome back. Also in Austin today, Tesla board member Kimbal Musk, who also happens to be Elon's younger brother. Kimbal, thanks for being here.", lab="THORNE"),
    T("K", None, "Thanks for having me, Rebecca. Look, I've watched him do this for twenty years. As Elon said to me last night, quote, \"the hard part is always the boring part.\" The factory is the boring part, and it's getting better.", lab="KIMBAL MUSK, TESLA BOARD MEMBER"),
    T("R", None, "Do you ever tell your brother no?", lab="THORNE"),
    T("K", None, "All the time. He doesn't always listen.", lab="K. MUSK"),
    T("X", None, "(LAUGHTER)"),
    T("R", None, "Let's bring in Derek Oyelaran, senior analyst at Prairie Capital. Derek, you've been skeptical.", lab="THORNE"),
    T("O", None, "I have, Rebecca. Musk told investors on the January call, and I'm quoting here, \"we will be cash-flow positive every quarter this year.\" That was one quarter ago. So forgive me if I wait for the numbers.", lab="DEREK OYELARAN, SENIOR ANALYST, PRAIRIE CAPITAL"),
    T("R", None, "Derek Oyelaran, thank you. That's it for us tonight. I'm Rebecca Thorne. \"The Evening Wire\" starts right now.", lab="THORNE"),
    T("X", None, "(END)"),
]


def render():
    out = []
    for t in TURNS:
        if t["spk"] == "X":
            out.append(esc(t["paras"][0]))
            continue
        out.append("%s: %s" % (esc(t["lab"]), esc(t["paras"][0])))
        out.extend(esc(p) for p in t["paras"][1:])
    return "<br><br>\n".join(out)


def build():
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>ANN.com - Transcripts: Markets at Close with Rebecca Thorne</title>
<meta name="description" content="Rush transcript of Markets at Close with Rebecca Thorne, aired June 13, 2024.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://transcripts.atlasnews.com/css/transcripts.min.css?v=20231102">
<style>
.cnnTransStoryHead{font:bold 20px Georgia,serif;margin:16px 0 4px}
.cnnTransSubHead{font:bold 13px Arial,sans-serif;color:#444;margin-bottom:14px}
.cnnBodyText{font:14px/1.6 Arial,sans-serif}
</style>
<script>var ANN_PAGE={section:"transcripts",show:"mac",date:"2024-06-13"};</script>
</head>
<body>
<div id="ann-header">
  <a href="https://www.atlasnews.com/" class="ann-logo">ATLAS NEWS NETWORK</a>
  <ul class="ann-nav"><li><a href="https://www.atlasnews.com/us">US</a></li><li><a href="https://www.atlasnews.com/world">World</a></li><li><a href="https://www.atlasnews.com/business">Business</a></li><li><a href="https://www.atlasnews.com/markets">Markets</a></li><li><a href="https://www.atlasnews.com/tech">Tech</a></li><li><a href="https://www.atlasnews.com/video">Video</a></li><li class="on"><a href="https://transcripts.atlasnews.com/">Transcripts</a></li></ul>
</div>
<div class="transcripts-wrap">
  <div class="cnnTransProv"><a href="https://transcripts.atlasnews.com/">Return to Transcripts main page</a></div>
  <h2 class="showTitle">MARKETS AT CLOSE WITH REBECCA THORNE</h2>
  <div class="cnnTransStoryHead">Tesla Shares Swing After Shareholder Meeting; Musk Promises Scale; Interview with Tesla Board Member Kimbal Musk. Aired 4-5p ET</div>
  <div class="cnnTransSubHead">Aired June 13, 2024 - 16:00&nbsp;&nbsp; ET</div>
  <div class="cnnTransSubHead">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
  <p class="cnnBodyText">
%s
  </p>
  <div class="transcript-nav"><a href="https://transcripts.atlasnews.com/show/mac/date/2024-06-12/segment/01">&laquo; Previous segment</a> | <a href="https://transcripts.atlasnews.com/show/mac/date/2024-06-13/segment/02">Next segment &raquo;</a></div>
  <div class="show-index"><h3>Other shows on June 13, 2024</h3><ul><li><a href="#">Morning Ledger</a></li><li><a href="#">The Noon Desk</a></li><li><a href="#">The Evening Wire</a></li><li><a href="#">Atlas Tonight</a></li></ul></div>
</div>
<div id="ann-footer">
  <p><a href="https://www.atlasnews.com/terms">Terms of Use</a> | <a href="https://www.atlasnews.com/privacy">Privacy Policy</a> | <a href="https://www.atlasnews.com/accessibility">Accessibility &amp; CC</a> | <a href="https://www.atlasnews.com/transcripts-help">Transcript help</a></p>
  <p>&copy; 2024 Atlas News Network. All Rights Reserved. Transcripts are produced by an outside vendor and may contain errors.</p>
</div>
<script src="https://transcripts.atlasnews.com/js/analytics.min.js" async></script>
</body>
</html>
""" % render()
    return write(NAME, page,
                 "Cable-TV rush transcript in a single <p> with <br><br> between turns; capitals labels with role on first appearance ('ELON MUSK, CEO, TESLA AND SPACEX:') then surname only ('MUSK:'); no times; a played video clip of him counts as his turn.",
                 SHOW, gold_turns(TURNS),
                 ["REBECCA THORNE, ATLAS ANCHOR", "THORNE", "KIMBAL MUSK, TESLA BOARD MEMBER", "K. MUSK", "DEREK OYELARAN, SENIOR ANALYST, PRAIRIE CAPITAL"])
