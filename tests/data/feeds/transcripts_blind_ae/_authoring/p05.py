from lib import *

NAME = "ae05_cnb-tv-transcript"
SHOW = "CNB Evening Report"
A, RY, IMP = "ACH", "REY", "IMP"

# entries: turns, or stage directions (spk=None)
seq = [
    T(A, "ROSALIND ACHEBE, CNB ANCHOR", None,
      "Good evening. Tonight, a rocket booster the height of a twenty-story building flew back to its launch tower in South Texas and was caught, in mid-air, by a pair of mechanical arms. It is the first time anyone has tried it. Here is what SpaceX founder Elon Musk told reporters this afternoon."),
    {"spk": None, "text": "(BEGIN VIDEO CLIP)"},
    T(EM, "ELON MUSK, CEO, SPACEX AND TESLA", None,
      "We caught the booster with the tower arms, which, you know, a few years ago people said was insane. Honestly I thought we had maybe a fifty percent chance today."),
    {"spk": None, "text": "(END VIDEO CLIP)"},
    T(A, "ACHEBE", None, "Our Tomas Reyes was at the launch site."),
    T(RY, "TOMAS REYES, CNB CORRESPONDENT (voice-over)", None,
      "Just after sunrise the Super Heavy booster separated from the upper stage, turned around, and headed home. Engineers here call the launch tower &quot;Mechazilla.&quot; Musk once said, quote, &quot;the tower is the landing gear,&quot; unquote, and today he got to say it again."),
    {"spk": None, "text": "(BEGIN VIDEO CLIP)"},
    T(EM, "MUSK", None,
      "The tower is the landing gear now. That means the booster doesn&#39;t have to carry legs, which saves a lot of mass, and we can refly it within hours instead of weeks, in principle."),
    {"spk": None, "text": "(END VIDEO CLIP)"},
    T(RY, "REYES (on camera)", None,
      "The company still has to show it can do this routinely, and the Federal Aviation Administration is reviewing debris from the upper stage. Rosalind?"),
    T(A, "ACHEBE", None,
      "Tomas, thank you. Not everyone watched with a straight face, of course. Here is how late-night television saw it."),
    {"spk": None, "text": "(BEGIN VIDEO CLIP, &quot;LATE HOUR WITH GIL TORRES&quot;)"},
    T(IMP, "UNIDENTIFIED MALE (impersonating Musk)", None,
      "Chopsticks! We built giant chopsticks! Next we catch the moon!"),
    {"spk": None, "text": "(LAUGHTER)"},
    {"spk": None, "text": "(END VIDEO CLIP)"},
    T(A, "ACHEBE", None,
      "And joining us now live from Starbase, Texas, is Elon Musk himself. Mr. Musk, thank you for being here."),
    T(EM, "MUSK", None, "Thanks for having me. It&#39;s been a long day, but a good one."),
    T(A, "ACHEBE", None, "Why catch the booster at all? Other companies land on legs."),
    T(EM, "MUSK", None,
      "Because legs are heavy and the whole point is rapid reuse. If you think about an airplane, you don&#39;t throw away the landing gear, but you also don&#39;t design the airport around the plane. Here we sort of did design the airport around the rocket.",
      "And the tower is going to catch the ship too, eventually, not just the booster. That&#39;s the next big step."),
    T(A, "ACHEBE", None, "Safety?"),
    T(EM, "MUSK", None,
      "Safety is the first priority on every flight. There are no people on these test flights, and the catch only happens if the booster passes a long list of health checks. If anything looks wrong, it ditches in the Gulf instead."),
    T(A, "ACHEBE", None, "The FAA review. Does it delay the next flight?"),
    T(EM, "MUSK", None,
      "I hope not much. We&#39;ve given them the data already. I think we could be ready to fly again in about a month, hardware-wise."),
    T(A, "ACHEBE", None, "Elon Musk, thank you, and congratulations to your team."),
    T(EM, "MUSK", None, "Thank you."),
    T(A, "ACHEBE", None, "We&#39;ll be right back."),
    {"spk": None, "text": "(COMMERCIAL BREAK)"},
    T(A, "ACHEBE", None,
      "Welcome back. Turning now to the weather, and a storm system moving across the Midwest tonight that forecasters say could bring the first frost of the season."),
]

turns = [e for e in seq if e["spk"] is not None]


def render():
    parts = []
    prev = None
    for e in seq:
        if e["spk"] is None:
            parts.append(e["text"])
            continue
        for i, p in enumerate(e["paras"]):
            if i == 0:
                parts.append("%s: %s" % (e["label"], p))
            else:
                parts.append(p)
    return "<br><br>\n".join(parts)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CNB.com - Transcripts - CNB Evening Report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index, follow">
<link rel="stylesheet" href="https://transcripts.cnb.com/static/css/transcripts.css">
<style>.tx-body{font-family:Georgia,serif;line-height:1.55;max-width:760px}.tx-headline{font-size:22px}.tx-subhead{color:#555}</style>
<script>var cnbAds={section:"transcripts",show:"evening-report"};</script>
</head>
<body>
<div id="cnb-header"><a href="https://www.cnb.com/" class="logo">CNB</a>
<ul class="nav"><li><a href="https://www.cnb.com/us">US</a></li><li><a href="https://www.cnb.com/world">World</a></li><li><a href="https://www.cnb.com/business">Business</a></li><li><a href="https://www.cnb.com/science">Science</a></li><li><a href="https://www.cnb.com/video">Video</a></li><li><a href="https://transcripts.cnb.com/" class="active">Transcripts</a></li></ul></div>
<div id="tx-wrap">
<div class="tx-breadcrumb"><a href="https://transcripts.cnb.com/">Transcript Providers</a> &gt; <a href="https://transcripts.cnb.com/show/er">CNB Evening Report</a> &gt; October 14, 2024</div>
<p class="tx-headline">Booster Caught By Launch Tower In Texas; Interview With SpaceX CEO Elon Musk; Midwest Frost Warning. Aired 7-8p ET</p>
<p class="tx-subhead">Aired October 14, 2024 - 19:00&nbsp;&nbsp; ET</p>
<p class="tx-disclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<div class="tx-body">
%(TRANSCRIPT)s
</div>
<div class="tx-pager"><a href="https://transcripts.cnb.com/show/er/date/2024-10-14/segment/01">1</a> <span>2</span> <a href="https://transcripts.cnb.com/show/er/date/2024-10-14/segment/03">3</a></div>
<div class="tx-related"><h3>Related</h3><ul><li><a href="https://www.cnb.com/2024/10/14/science/starship-booster-catch">Watch: the moment the booster was caught</a></li><li><a href="https://www.cnb.com/2024/10/13/business/spacex-faa-review">FAA opens review of upper-stage debris</a></li></ul></div>
</div>
<div id="cnb-footer"><p>&copy; 2024 Continental News Bureau. All Rights Reserved.</p><p><a href="https://www.cnb.com/terms">Terms of Use</a> | <a href="https://www.cnb.com/privacy">Privacy Policy</a> | <a href="https://www.cnb.com/accessibility">Accessibility &amp; CC</a> | <a href="https://www.cnb.com/ad-choices">AdChoices</a></p></div>
<script src="https://transcripts.cnb.com/static/js/tx.js"></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render())
    return write(NAME, page,
                 "TV network rush transcript; one body of <br><br>-separated paragraphs, each turn opening with a capitalised label and colon (full name with title first, then surname), stage directions like (BEGIN VIDEO CLIP), no timestamps.",
                 SHOW, gold_from(turns), others_from(turns))
