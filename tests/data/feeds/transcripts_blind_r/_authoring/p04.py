"""r04 - cable-TV rush transcript: one text block split by <br><br>, labels in capitals with roles
('ELON MUSK, CEO, TESLA AND SPACEX:' then 'MUSK:'), a played video clip of him, an analyst, no times."""
from common import turn, check_no_adjacent

SLUG = "r04_cnx_evening_desk_tv"
SHOW = "CNX The Evening Desk"

T = [
    ("H", "HOLLIS GRANT, CNX ANCHOR", ["Good evening. I&#39;m Hollis Grant, and this is THE EVENING DESK.",
                                       "Tonight, the price war in electric vehicles is getting uglier, and one man is at the center of it. We&#39;ll talk to him in just a moment. But first, here&#39;s what he told shareholders last month, when he was asked whether cutting prices again was hurting the brand."]),
    ("X", None, ["(BEGIN VIDEO CLIP)"]),
    ("E", "ELON MUSK, CEO, TESLA AND SPACEX", ["Look, the goal is to make the cars affordable to as many people as possible. That&#39;s always been the goal. If we can make them cheaper, we&#39;re going to make them cheaper.",
                                               "I&#39;d rather have lower margins and a lot more cars on the road. That&#39;s the mission."]),
    ("X", None, ["(END VIDEO CLIP)"]),
    ("H", "GRANT", ["Joining me now is Renata Oyelaran, senior automotive analyst at Brightline Research. Renata, he says it&#39;s the mission. Wall Street says it&#39;s the margins. Who&#39;s right?"]),
    ("R", "RENATA OYELARAN, AUTOMOTIVE ANALYST, BRIGHTLINE RESEARCH", ["Well, Hollis, both, and that&#39;s the problem. When Musk says, quote, &quot;I&#39;d rather have lower margins and a lot more cars on the road,&quot; investors hear a company that&#39;s willing to sacrifice profit for volume. That was fine when the stock priced in enormous growth. It&#39;s less fine now.",
                                                                    "The other thing to watch is the competition in China, where there are dozens of brands selling very good cars for a lot less money."]),
    ("H", "GRANT", ["Not everyone is happy about the cuts. Here&#39;s a Phoenix owner who spoke to our affiliate KVXA last week."]),
    ("X", None, ["(BEGIN VIDEO CLIP)"]),
    ("U", "UNIDENTIFIED MALE", ["I paid full price last spring. Now the same car is eight thousand dollars cheaper. I like the car. I don&#39;t love feeling like a beta tester for the price, you know?"]),
    ("X", None, ["(END VIDEO CLIP)"]),
    ("H", "GRANT", ["Renata, stay with us. I want to bring in the man himself. Elon Musk joins us now from Texas. Thanks for being here."]),
    ("E", "MUSK", ["Thanks for having me, Hollis. Good to be on."]),
    ("H", "GRANT", ["You just heard Renata. Investors are nervous about margins. Are they wrong to be?"]),
    ("E", "MUSK", ["I think they&#39;re looking at a quarter when they should be looking at a decade. Every car we sell is a car that can be upgraded over the air. The long-term value isn&#39;t just the hardware, it&#39;s the software and autonomy on top of it.",
                   "If you believe autonomy works, and I do, then the cars on the road today become much more valuable over time. If you don&#39;t believe that, then I understand the concern."]),
    ("H", "GRANT", ["And if autonomy takes longer than you&#39;ve said? Because it has before."]),
    ("E", "MUSK", ["That&#39;s fair. I&#39;ve been optimistic on timing. I&#39;ve been right on direction."]),
    ("R", "OYELARAN", ["Can I jump in? Mr. Musk, is there a price floor? A point where you say, no further?"]),
    ("E", "MUSK", ["Yes."]),
    ("H", "GRANT", ["Where is it?"]),
    ("E", "MUSK", ["I&#39;m not going to announce pricing on cable news, Hollis. But we&#39;re not going to sell cars at a loss. The cost per vehicle keeps coming down, and prices follow cost."]),
    ("H", "GRANT", ["Sure."]),
    ("E", "MUSK", ["And honestly, the competition is good. It makes everybody better, including us."]),
    ("H", "GRANT", ["Elon Musk, Renata Oyelaran, thank you both. We have to leave it there."]),
    ("H", None, ["Coming up, the storm system moving across the Gulf Coast, and what it means for your weekend. Stay with us."]),
    ("X", None, ["(COMMERCIAL BREAK)"]),
]
# "H" with label None directly after "H" is a continuation of the same turn, fine.
check_no_adjacent(T)


def transcript():
    chunks = []
    for spk, label, paras in T:
        first = f"{label}: {paras[0]}" if label else paras[0]
        chunks.append(first)
        chunks.extend(paras[1:])
    return "<br><br>\n".join(chunks)


def build():
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>CNX.com - Transcripts - The Evening Desk with Hollis Grant</title>
<meta name="description" content="Price War in Electric Vehicles; Interview With Elon Musk; Storm Moves Across Gulf Coast. Aired 8-9p ET">
<link rel="stylesheet" type="text/css" href="/.element/css/2.0/transcripts.css">
<script type="text/javascript" src="/.element/js/2.0/csiManager.js"></script>
<script type="text/javascript">var cnxPageType = "transcript"; var cnxShow = "ed";</script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0" id="cnxHeader"><tr>
<td><a href="/"><img src="/.element/img/2.0/global/header/cnx_logo.gif" alt="CNX" width="106" height="36" border="0"></a></td>
<td class="cnxNav"><a href="/US/">U.S.</a> | <a href="/WORLD/">World</a> | <a href="/POLITICS/">Politics</a> | <a href="/MONEY/">Money</a> | <a href="/TECH/">Tech</a> | <a href="/video/">Video</a> | <a href="/TRANSCRIPTS/" class="active">Transcripts</a></td>
</tr></table>
<table width="770" border="0" cellpadding="0" cellspacing="0"><tr><td valign="top" width="170" class="cnxSideNav">
<div class="cnxTransShows"><b>TRANSCRIPTS</b><br>
<a href="/TRANSCRIPTS/ed.html">The Evening Desk</a><br>
<a href="/TRANSCRIPTS/mr.html">Morning Rundown</a><br>
<a href="/TRANSCRIPTS/ws.html">Weekend Signal</a><br>
<a href="/TRANSCRIPTS/">Transcript Providers</a></div>
</td><td valign="top" width="600">
<p class="cnxTransTitle"><a href="/TRANSCRIPTS/ed.html">Return to Transcripts main page</a></p>
<p class="cnnTransStoryHead">THE EVENING DESK</p>
<p class="cnnTransSubHead">Price War in Electric Vehicles; Interview With Elon Musk; Storm Moves Across Gulf Coast. Aired 8-9p ET</p>
<p class="cnnTransSubHead">Aired May 16, 2024 - 20:00 &nbsp; ET</p>
<p class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="cnnBodyText">{transcript()}</p>
<p class="cnnBodyText">[20:58:41]<br><br>(END)</p>
<p class="cnnBodyText"><a href="/TRANSCRIPTS/2024.05.16.html">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0188 OR USE OUR SECURE ONLINE ORDER FORM</a></p>
</td></tr></table>
<table width="100%" id="cnxFooter"><tr><td class="cnxFooterText">
<a href="/search/">Search</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/terms/">Terms of Service</a> | <a href="/about/">About CNX</a> | <a href="/services/rss/">RSS</a><br>
&copy; 2024 Cable News Exchange, Inc. All Rights Reserved.</td></tr></table>
<script type="text/javascript">csiManager.getInstance().call('/.element/ssi/auto/2.0/sect/TRANSCRIPTS/footer.html','','cnxFooter');</script>
</body>
</html>
"""
    turns = [turn(None, paras[0]) for spk, label, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns,
                others=["HOLLIS GRANT, CNX ANCHOR", "GRANT", "RENATA OYELARAN, AUTOMOTIVE ANALYST, BRIGHTLINE RESEARCH", "UNIDENTIFIED MALE", "OYELARAN"],
                format="TV rush transcript in one <p> split by <br><br>; labels in capitals with role on first appearance ('ELON MUSK, CEO, TESLA AND SPACEX:') then surname ('MUSK:'); a played video clip of him (and one of a car owner) between (BEGIN/END VIDEO CLIP); no timestamps.")
