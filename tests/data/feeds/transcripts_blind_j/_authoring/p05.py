from lib import *

def j05():
    H = "HOLLIS"
    turns = [
        T(H, None, "And before we get to tonight's top story, a quick look at the markets. Stocks closed mixed, with the tech-heavy index slipping after a three-day rally. Our business correspondent Dana Reyes has more.", lab="MARCUS HOLLIS, GNN ANCHOR"),
        T("R", None, "Thanks, Marcus. Investors were watching two things today: the jobs numbers and, of course, the launch in Texas. Shares of several space suppliers fell in after-hours trading once the vehicle was lost.", lab="DANA REYES, GNN BUSINESS CORRESPONDENT"),
        T(H, None, "Dana Reyes, thank you. Good evening. I'm Marcus Hollis. Tonight, the rocket, the brothers and the bet. We begin in South Texas, where the latest launch ended sooner than planned. Here's what Elon Musk said minutes after the vehicle was lost."),
        T(None, None, "(BEGIN VIDEO CLIP)", raw=True),
        T(E, None, "Well, we got a lot of data. That's the main thing. Obviously we would have liked it to go further, but this is what tests are for.", lab="ELON MUSK, CEO, SPACEX"),
        T(None, None, "(END VIDEO CLIP)", raw=True),
        T(H, None, "Joining me now from Boca Chica, Elon Musk. Thanks for being here. Was it really a success, or is that spin?"),
        T(E, None, "It's not spin. If you want zero risk you should go into a different business. We learned about three things that we could not have learned on the ground.", "And the next vehicle is already stacked, so we'll fly again fairly soon.", lab="MUSK"),
        T(H, None, "How soon?"),
        T(E, None, "Weeks.", lab="MUSK"),
        T(H, None, "Weeks. We also have Kimbal Musk with us, who sits on the board. Kimbal, your brother says weeks. Do you believe him?"),
        T("K", None, "I've known him a long time, Marcus. I believe he believes it. Elon Musk has never met a timeline he didn't want to shorten.", lab="KIMBAL MUSK, ELON MUSK'S BROTHER"),
        T(E, None, "That's fair.", lab="MUSK"),
        T("K", None, "But he usually gets there. Usually.", lab="K. MUSK"),
        T(H, None, "All right. We'll be right back."),
        T(None, None, "(COMMERCIAL BREAK)", raw=True),
    ]
    lines = []
    for tu in turns:
        if tu.get("raw"):
            lines.append(tu["paras"][0]); continue
        lab = tu.get("lab") or ("HOLLIS" if tu["spk"] == H else "MUSK")
        lines.append(f'{lab}: {esc(tu["paras"][0])}')
        for p in tu["paras"][1:]:
            lines.append(esc(p))
    block = "<br><br>\n".join(lines)
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>GNN.com - Transcripts</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" href="/transcripts/css/tx.css" type="text/css">
<script language="JavaScript" src="/js/ads.js"></script>
</head>
<body bgcolor="#ffffff">
<table width="770" border="0" cellpadding="0" cellspacing="0">
<tr><td class="gnnHeader"><a href="/"><img src="/img/gnn_logo.gif" alt="GNN" width="120" height="40" border="0"></a>
<span class="gnnNav"><a href="/us">U.S.</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a> | <a href="/transcripts">Transcripts</a></span></td></tr>
<tr><td class="gnnBody">
<p class="cnnTransStoryHead">The Hollis Report</p>
<p class="cnnTransSubHead">Starship Test Ends Early; Interview With Elon Musk; Kimbal Musk on Brotherly Bets. Aired 8-9p ET</p>
<p class="cnnTransProvider">Aired June 20, 2026 - 20:00 &nbsp; ET</p>
<p class="cnnTransProvider">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnnBodyText">[20:00:00]<br><br>
{block}
<br><br>[20:14:10]</p>
<p class="cnnBodyText"><a href="/transcripts/shows/thr.html">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-GNN-NEWS OR USE OUR SECURE ONLINE ORDER FORM</a></p>
</td></tr>
<tr><td class="gnnSide"><b>More transcripts from The Hollis Report</b><br><a href="/transcripts/2606/19/thr.01.html">June 19: Heat Wave Strains Grid; Interview With Energy Secretary</a><br><a href="/transcripts/2606/18/thr.01.html">June 18: Court Ruling On Tariffs; Maye Musk On Aging</a><br><a href="/transcripts/2606/17/thr.01.html">June 17: Launch Preview; Who Is Paying For Mars?</a><br><a href="/transcripts/">Transcript Providers | All Shows</a></td></tr>
<tr><td class="gnnFooter">&copy; 2026 Global News Network. All Rights Reserved. <a href="/terms">Terms</a> | <a href="/privacy">Privacy Guidelines</a></td></tr>
</table>
<script>var gnnTranscript = {{show:"thr", date:"2026-06-20"}};</script>
</body>
</html>'''
    write("j05_gnn_tv_transcript", page,
          "Old-style TV network rush transcript; one big <p> with turns separated by <br><br>, capitalised labels 'ELON MUSK, CEO, SPACEX:' then 'MUSK:', a (BEGIN/END VIDEO CLIP) played clip of him, show-clock stamps only at start/end, no per-turn times.",
          "The Hollis Report (GNN)", gold_turns(turns),
          ["MARCUS HOLLIS, GNN ANCHOR", "DANA REYES, GNN BUSINESS CORRESPONDENT", "HOLLIS", "KIMBAL MUSK, ELON MUSK'S BROTHER", "K. MUSK"])
