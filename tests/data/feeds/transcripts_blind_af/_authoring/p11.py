from common import *


def build():
    HA, PA = 'HA', 'PA'
    # (speaker, label, paragraphs); labels printed exactly as given
    S = [
        (HA, 'JORDAN HALE, MNN ANCHOR', ["Good evening. Tonight, the biggest rocket ever built flew again, and for the second time in a row the company caught the booster with the launch tower's mechanical arms. It was a remarkable scene on the Texas coast.",
                                         "Here's what the company's founder told employees just minutes after the catch."]),
        ('STAGE', None, ["(BEGIN VIDEO CLIP)"]),
        (EM, 'ELON MUSK, CEO, SPACEX', ["This is a big day. We caught the booster again, which is just, it's incredible to watch. Thank you, everyone. This is what happens when really talented people work really hard."]),
        ('STAGE', None, ["(END VIDEO CLIP)"]),
        (HA, 'HALE', ["That was Elon Musk at Starbase earlier today. Joining me now, Susan Park, an aerospace analyst with the Riverton Institute. Susan, how big a deal is this?"]),
        (PA, 'SUSAN PARK, AEROSPACE ANALYST, RIVERTON INSTITUTE', ["It's a very big deal, Jordan. Catching it once could have been luck. Catching it twice starts to look like a capability.",
                                                                   "And remember, as Musk told reporters last month, quote, \"if we can't reuse it, it doesn't matter.\" Reuse is the whole business case."]),
        (HA, 'HALE', ["And joining us now from Starbase is Elon Musk himself. Elon, thanks for being here. I know it's been a long day."]),
        (EM, 'MUSK', ["Thanks for having me. Yeah, it's been a long day, but a good one."]),
        (HA, 'HALE', ["How close did that come to going wrong? From the video it looked like the booster was drifting."]),
        (EM, 'MUSK', ["Pretty close, honestly. There was a crosswind at the last moment, and the booster had to correct quite a bit. It had maybe a meter or two of margin.",
                      "But that's what the flight software is for. It handled it the way it was supposed to."]),
        (HA, 'HALE', ["A meter or two? Really?"]),
        (EM, 'MUSK', ["Really."]),
        (PA, 'PARK', ["Elon, Susan Park here. The FAA still has to sign off on a faster launch cadence. Is the regulator the bottleneck now, or is it hardware?"]),
        (EM, 'MUSK', ["Right now it's more the regulatory side. The hardware is getting ready faster than the paperwork. I think the FAA team is trying hard, they just don't have enough people."]),
        (HA, 'HALE', ["We have to leave it there. Elon Musk, thank you."]),
        (EM, 'MUSK', ["Thanks, Jordan."]),
        (HA, 'HALE', ["And Susan Park, thank you as well. Coming up, the spring flood forecast for the Red River valley. Stay with us."]),
        ('STAGE', None, ["(COMMERCIAL BREAK)"]),
    ]
    T = [(spk, None, paras) for spk, lab, paras in S if spk != 'STAGE']
    rows = []
    for spk, lab, paras in S:
        if spk == 'STAGE':
            rows.append(paras[0])
            continue
        esc = [p.replace('"', '&quot;') for p in paras]
        rows.append('%s: %s' % (lab, esc[0]))
        rows.extend(esc[1:])
    body = '<br><br>\n'.join(rows)
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MNN.com - Transcripts - Capitol Crossfire with Jordan Hale</title>
<meta name="description" content="Rocket Booster Caught Again; Interview with Elon Musk; Spring Flood Forecast. Aired 7-8p ET">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="https://transcripts.mnn.com/css/transcripts.css">
<style>body{font-family:Georgia,serif}.cnnTransStoryHead{font-size:18px;font-weight:bold}.cnnBodyText{font-size:14px;line-height:1.45}.cnnTransSubHead{font-weight:bold;color:#444}</style>
<script>var mnnAds={section:"transcripts",show:"ccf"};</script>
</head>
<body>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td><a href="https://www.mnn.com/"><img src="https://transcripts.mnn.com/img/mnn_logo.gif" alt="MNN" border="0"></a></td><td align="right"><a href="https://transcripts.mnn.com/">Transcript Providers</a> | <a href="https://transcripts.mnn.com/show/ccf">Capitol Crossfire</a> | <a href="https://transcripts.mnn.com/date/2025-03-06">March 6, 2025</a></td></tr></table>
<div id="mnnTransContent">
<p class="cnnTransStoryHead">Rocket Booster Caught Again; Interview with Elon Musk; Spring Flood Forecast</p>
<p class="cnnTransSubHead">Aired March 6, 2025 - 19:00 &nbsp; ET</p>
<p class="cnnTransSubHead">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnnBodyText">
''' + body + '''
</p>
<p class="cnnBodyText">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199 OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT <a href="https://mnn.com/transcripts/order">MNN.COM/TRANSCRIPTS/ORDER</a></p>
</div>
<div class="transFooter"><a href="https://transcripts.mnn.com/show/ccf">Capitol Crossfire</a> | <a href="https://transcripts.mnn.com/">All Transcripts</a> | <a href="https://www.mnn.com/terms">Terms of service</a> | <a href="https://www.mnn.com/privacy">Privacy guidelines</a><br>&copy; 2025 Meridian News Network. All Rights Reserved.</div>
<script src="https://transcripts.mnn.com/js/transcripts.js"></script>
</body>
</html>
'''
    write('af11_mnn_crossfire', page,
          'TV network rush transcript; one block of text with <br><br>-separated paragraphs, each turn starting with an ALL-CAPS label ("NAME, ROLE:" on first appearance, then "SURNAME:"), clips bracketed by (BEGIN VIDEO CLIP)/(END VIDEO CLIP); no timestamps.',
          'Capitol Crossfire with Jordan Hale', gold_from(T),
          ['JORDAN HALE, MNN ANCHOR', 'HALE', 'SUSAN PARK, AEROSPACE ANALYST, RIVERTON INSTITUTE', 'PARK'],
          'Cable-news rush transcript: ALL-CAPS labels with roles then surnames, <br><br> paragraphs, no times; a played clip of him (counted) then live interview; analyst quotes "as Musk told reporters"; one-word "Really." answer.')
