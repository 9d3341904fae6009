from common import *

SHOW = "The Briefing with Lauren Castellanos"
g = Gold(SHOW, "Cable-news rush transcript: one body block of paragraphs separated by <br><br>, capitalised labels with roles "
         "('ELON MUSK, CEO, TESLA AND SPACEX:' in a played clip, then 'MUSK:' live), stage directions like (BEGIN VIDEO CLIP); "
         "no timestamps.")

LC, C = "LAUREN CASTELLANOS, CNX HOST", "CASTELLANOS"
EMC, EM = "ELON MUSK, CEO, TESLA AND SPACEX", "MUSK"
KM = "KIMBAL MUSK, TESLA BOARD MEMBER"
AI = "UNIDENTIFIED MALE (AI-GENERATED VOICE IMITATING ELON MUSK)"
DK, K = "DEV KAPOOR, AUTO ANALYST, HARTWELL SECURITIES", "KAPOOR"
ELON = {EMC, EM}

T = [
    (LC, ["Good evening. I'm Lauren Castellanos. Tonight, federal safety regulators have widened their investigation into driver-assistance software, and the man at the center of it is here to answer our questions live. Elon Musk joins us in just a moment.",
          "But first, here is what he told shareholders last week when he was asked about the probe."]),
    "(BEGIN VIDEO CLIP)",
    (EMC, ["We are not going to hide from any investigation. If there is a flaw, we want to find it before the regulators do, and we will publish what we find."]),
    "(END VIDEO CLIP)",
    (C, ["His brother, Kimbal Musk, who sits on the company's board, put it a little differently in an interview this morning."]),
    "(BEGIN VIDEO CLIP)",
    (KM, ["Elon takes this personally. I've seen him read every single incident report himself, at two in the morning. He said to me, if one of these is our fault, I want to know tonight, not next quarter."]),
    "(END VIDEO CLIP)",
    (C, ["And joining me now from Austin, Elon Musk. Thank you for being here."]),
    (EM, ["Thanks for having me, Lauren."]),
    (C, ["Your brother says you read every incident report yourself, at two in the morning. True?"]),
    (EM, ["Kimbal's exaggerating a little, but mostly true. Not every report, but every one that involves an injury, yes. I think if you run the company you should see the worst things that happen with your product, not a summary of them."]),
    (C, ["Let's turn to the probe itself. Regulators say they are now looking at more than two hundred crashes. Is the software safe?"]),
    (EM, ["Well, first, the data we have says it's safer than the average human driver, by a significant margin, per mile driven. That's not an opinion. We publish the numbers every quarter.",
          "That said, any crash is one too many. When something goes wrong, the team looks at every frame of video. Sometimes the software made a mistake. Sometimes a person was not paying attention. Usually it's some combination."]),
    (C, ["But is there anything in those two hundred cases that you think the software should have caught and didn't?"]),
    (EM, ["Yes, some. And those cases are exactly what we train on next. That's how it improves."]),
    (C, ["Are you going to pause the rollout while the investigation is open?"]),
    (EM, ["No."]),
    (C, ["I want to ask you about something else. This week an ad has been circulating online that appears to use your voice. Let's play a bit of it."]),
    "(BEGIN VIDEO CLIP)",
    (AI, ["Hi, it's Elon. For the next twenty-four hours I'm doubling any crypto you send to the address on screen. Don't miss it."]),
    "(END VIDEO CLIP)",
    (C, ["That's not you."]),
    (EM, ["That is definitely not me. I have never given away money that way and I never will. If anyone hears my voice asking them to send money, it's a scam, full stop. We're working with the platforms to take these down, but honestly it's like whack-a-mole."]),
    (C, ["Stay with us. We'll be right back."]),
    "(COMMERCIAL BREAK)",
    (C, ["We're back with Elon Musk. Also joining us now, Dev Kapoor, an auto industry analyst. Dev, you've been skeptical."]),
    (DK, ["I have been, Lauren. The company's own statistic compares highway miles to all miles, and that flatters the system. When I adjust for road type the gap mostly disappears."]),
    (EM, ["I'd disagree with Dev on that. We did adjust for road type in the last two reports, and it's in the appendix. I'm happy to send it to him."]),
    (K, ["I've read the appendix. It adjusts for road type, but not for weather or time of day."]),
    (C, ["Elon, we have about thirty seconds. Last word."]),
    (EM, ["Judge us by the data, and hold us to it. If the numbers ever say it's less safe than a human, I'll be the first to say so."]),
    (C, ["Elon Musk and Dev Kapoor, thank you both. We'll be right back."]),
    "(COMMERCIAL BREAK)",
]

parts = []
for item in T:
    if isinstance(item, str):
        parts.append(esc(item))
        continue
    lab, paras = item
    if lab in ELON:
        g.elon(None, paras[0])
    else:
        g.other(lab)
    parts.append("%s: %s" % (esc(lab), esc(paras[0])))
    parts.extend(esc(p) for p in paras[1:])
body = "<br><br>".join(parts) + "<br><br>(END)"

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CNX.com - Transcripts</title>
<meta name="description" content="Musk On Robotaxi Crash Probe; Brother Kimbal Weighs In; AI Fakes Flood Ads. Aired 9-10p ET">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://transcripts.cnx.com/css/transcripts.css">
<style>
 body{font-family:Arial,Helvetica,sans-serif;font-size:14px;margin:0}
 .cnxTransHead{font-size:20px;font-weight:bold;margin:10px 0}
 .cnxTransSubHead{font-size:14px;font-weight:bold;color:#444}
 .cnxBodyText{line-height:1.5;max-width:800px}
 #cnxHeader{background:#c00;color:#fff;padding:8px 16px}#cnxHeader a{color:#fff;margin-right:12px}
</style>
</head>
<body>
<div id="cnxHeader">
  <a href="https://www.cnx.com/"><b>CNX</b></a>
  <a href="https://www.cnx.com/us">US</a><a href="https://www.cnx.com/world">World</a><a href="https://www.cnx.com/politics">Politics</a><a href="https://www.cnx.com/business">Business</a><a href="https://transcripts.cnx.com/">Transcripts</a>
</div>
<div id="cnxContentContainer" style="padding:16px">
  <div class="cnxTransProv"><a href="https://transcripts.cnx.com/">Transcript Providers</a> &gt; <a href="https://transcripts.cnx.com/show/brf">The Briefing with Lauren Castellanos</a></div>
  <div class="cnxTransProgram">THE BRIEFING WITH LAUREN CASTELLANOS</div>
  <p class="cnxTransHead">Musk On Robotaxi Crash Probe; Brother Kimbal Weighs In; AI Fakes Flood Ads. Aired 9-10p ET</p>
  <p class="cnxTransSubHead">Aired March 12, 2024 - 21:00 &nbsp; ET</p>
  <p class="cnxTransSubHead">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
  <p class="cnxBodyText">{{BODY}}</p>
  <hr>
  <p class="cnxTransMore">
    <a href="https://transcripts.cnx.com/show/brf/date/2024-03-11/segment/01">Previous: The Briefing, March 11, 2024</a> |
    <a href="https://transcripts.cnx.com/show/brf/date/2024-03-13/segment/01">Next: The Briefing, March 13, 2024</a>
  </p>
  <div class="cnxTransSearch">
    <form action="https://transcripts.cnx.com/search" method="get"><label>Search transcripts: <input type="text" name="q"></label> <input type="submit" value="Go"></form>
  </div>
</div>
<div id="cnxFooter" style="padding:16px;border-top:1px solid #ccc;font-size:12px">
  <a href="https://www.cnx.com/terms">Terms of Use</a> | <a href="https://www.cnx.com/privacy">Privacy Policy</a> | <a href="https://www.cnx.com/transcripts-faq">Transcripts FAQ</a><br>
  &copy; 2024 Cable News Exchange. All Rights Reserved.
</div>
<script src="https://transcripts.cnx.com/js/analytics.js" async></script>
</body>
</html>
""".replace("{{BODY}}", body)

write("m07_cnx-tv-transcript", page, g)
