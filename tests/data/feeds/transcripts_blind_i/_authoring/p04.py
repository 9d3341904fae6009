"""i04 - cable TV transcript page: all-caps labels with roles, everything in one <p> separated
by <br><br>, a taped package with a clip of him (counts) and a comedian impersonating him
(does not), then a live interview, then an analyst panel quoting him. No times."""
from common import *

NAME = 'i04_gnb_evening_ledger_tv_caps'
SHOW = 'The Evening Ledger with Carol Fenn'

LAB = {
    'CF': ['CAROL FENN, GNB ANCHOR', 'FENN'],
    'TA': ['TOM ARLEDGE, GNB CORRESPONDENT (voice-over)', 'ARLEDGE (voice-over)'],
    'EM': ['ELON MUSK, CEO, TESLA AND SPACEX', 'MUSK'],
    'GH': ['GRANT HOLLOWAY, COMEDIAN (as Elon Musk)', 'HOLLOWAY'],
    'RO': ['RENEE OKAFOR, GNB BUSINESS ANALYST', 'OKAFOR'],
    'DB': ['DAVID BRANNIGAN, FORMER NASA ENGINEER', 'BRANNIGAN'],
}

T = [
    ('CF', None, ['Good evening. I\'m Carol Fenn. Tonight, the richest man in the world says his rockets will be carrying cargo to Mars within two years. We will ask him whether anyone should believe that. But first, GNB\'s Tom Arledge on a remarkable week in South Texas.']),
    ('DIR', None, ['(BEGIN VIDEOTAPE)']),
    ('TA', None, ['The launch came just after dawn. The largest rocket ever built, climbing over the Gulf, and this time, the booster came back.']),
    ('EM', None, ['It\'s the first time anyone has caught a rocket booster with a pair of chopsticks, so that\'s kind of fun. We\'ll do it again next month.']),
    ('TA', None, ['His critics say the showmanship obscures the delays. Late-night television has had a field day.']),
    ('GH', None, ['We\'re going to Mars in two years. Two Elon years. Which is about eleven regular years.']),
    ('DIR', None, ['(LAUGHTER)']),
    ('TA', None, ['But inside the industry, even skeptics concede the pace is hard to match. Tom Arledge, GNB News, Starbase, Texas.']),
    ('DIR', None, ['(END VIDEOTAPE)']),
    ('CF', None, ['And joining me now from Starbase is Elon Musk. Thank you for being here.']),
    ('EM', None, ['Thanks for having me.']),
    ('CF', None, ['You heard the joke. Two Elon years. Is that fair?']),
    ('EM', None, ['It\'s a little fair. Look, I\'m an optimist about timelines, I admit that. But if I weren\'t, none of this would exist. Every expert said we couldn\'t land a booster, and now we do it every few days.',
                  'So I\'d say, judge us by what we actually deliver, not by the first date I mention.']),
    ('CF', None, ['Then let me ask you about the date you just mentioned. Cargo to Mars in two years. What does that actually require?']),
    ('EM', None, ['Orbital refilling, mainly. You have to transfer propellant from one ship to another in orbit, which has never been done at this scale. That\'s the critical path.']),
    ('CF', None, ['And if it slips?']),
    ('EM', None, ['Then it\'s the window after that. Mars and Earth line up every twenty-six months. The planets don\'t care about my schedule.']),
    ('CF', None, ['Elon Musk, thank you.']),
    ('EM', None, ['Thank you.']),
    ('DIR', None, ['(COMMERCIAL BREAK)']),
    ('CF', None, ['Welcome back. Joining me now, GNB business analyst Renee Okafor and former NASA engineer David Brannigan. Renee, you heard him. "The planets don\'t care about my schedule." Investors do, though.']),
    ('RO', None, ['They do. And what he told you tonight, that we should judge him by what he delivers, that\'s exactly what shareholders have been doing. When Musk says, and I\'m quoting him from last year, "we\'re a few months away," the stock moves.']),
    ('CF', None, ['David?']),
    ('DB', None, ['Propellant transfer is genuinely hard. He\'s right that it\'s the critical path. I\'d be surprised if it\'s two years, but I\'ve been surprised by them before.']),
    ('CF', None, ['We will leave it there. Thank you both.']),
]


def render():
    seen = {}
    chunks = []
    for spk, t, paras in T:
        if spk == 'DIR':
            chunks.append(esc(paras[0]))
            continue
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        chunks.append('%s: %s' % (esc(lab), esc(paras[0])))
        chunks.extend(esc(p) for p in paras[1:])
    body = '<br><br>\n'.join(chunks)
    return PAGE.replace('@@BODY@@', body)


PAGE = r'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>GNB.com - Transcripts</title>
<meta name="description" content="The Evening Ledger with Carol Fenn - Musk: Mars Cargo Within Two Years; Analysts Weigh In. Aired 8-9p ET">
<link rel="stylesheet" href="/transcripts/css/transcripts.css" type="text/css">
<style type="text/css">
body{background:#fff;font-family:Arial,Helvetica,sans-serif}
.gnbTransHead{font-size:20px;font-weight:bold;color:#003}
.gnbTransSubHead{font-size:13px;font-weight:bold}
.gnbBodyText{font-size:12px;line-height:17px}
.gnbDisclaimer{font-size:10px;color:#666}
td.gnbNav a{font-size:11px;color:#036}
</style>
<script type="text/javascript">var gnbCurrTime=new Date();var gnbPageType="transcript";var gnbSection="TRANSCRIPTS";</script>
<script type="text/javascript" src="/.element/js/2.0/global.js"></script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="770" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="/"><img src="/.element/img/2.0/global/header/gnb_logo.gif" width="119" height="52" alt="GNB" border="0"></a></td></tr>
<tr>
<td width="160" valign="top" class="gnbNav">
<table width="160" cellpadding="2" cellspacing="0" border="0">
<tr><td class="gnbNav"><a href="/TRANSCRIPTS/">Transcript Providers</a></td></tr>
<tr><td class="gnbNav"><a href="/TRANSCRIPTS/el.html">The Evening Ledger</a></td></tr>
<tr><td class="gnbNav"><a href="/TRANSCRIPTS/mr.html">Morning Report</a></td></tr>
<tr><td class="gnbNav"><a href="/TRANSCRIPTS/wknd.html">GNB Weekend</a></td></tr>
<tr><td class="gnbNav"><a href="/TRANSCRIPTS/2025.03.14.html">Shows By Date</a></td></tr>
</table>
</td>
<td width="10"><img src="/.element/img/1.0/misc/1.gif" width="10" height="1" alt=""></td>
<td width="600" valign="top">
<p class="gnbTransStoryHead">Return to Transcripts main page</p>
<p class="gnbTransHead">THE EVENING LEDGER WITH CAROL FENN</p>
<p class="gnbTransSubHead">Musk: Mars Cargo Within Two Years; Analysts Weigh In; Port Strike Talks Resume. Aired 8-9p ET</p>
<p class="gnbBodyText">Aired March 14, 2025 - 20:00 &nbsp; ET</p>
<p class="gnbDisclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
<p class="gnbBodyText">
@@BODY@@
<br><br>
(END OF SEGMENT)
</p>
<p class="gnbBodyText"><a href="/TRANSCRIPTS/2503/14/el.01.html">TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 1-800-GNB-NEWS</a></p>
<p class="gnbBodyText">&nbsp;</p>
<table width="600" border="0" cellpadding="0" cellspacing="0"><tr><td class="gnbBodyText"><b>Return to Transcripts main page</b> | <a href="/TRANSCRIPTS/el.html">Previous show</a> | <a href="/TRANSCRIPTS/2503/15/el.01.html">Next show</a></td></tr></table>
</td>
</tr>
</table>
<table width="770" border="0" cellpadding="0" cellspacing="0">
<tr><td class="gnbDisclaimer" align="center"><br>&copy; 2025 Global News Broadcasting. All Rights Reserved.<br><a href="/interactive_legal.html">Terms</a> under which this service is provided to you. Read our <a href="/privacy.html">privacy guidelines</a>. <a href="/feedback/">Contact us</a>.<br><br></td></tr>
</table>
<script type="text/javascript">
var s_account="gnbglobal";var s_pageName="GNB/TRANSCRIPTS/2503/14/el.01.html";
(function(){var s=document.createElement('script');s.src='/.element/js/2.0/omniture.js';document.body.appendChild(s);})();
</script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Cable-news rush transcript: one <p> whose turns are separated by <br><br>, each opening with an ALL-CAPS label (name plus role the first time, surname after), stage directions in parentheses, no timestamps.',
         gold_turns(T), ['CAROL FENN, GNB ANCHOR', 'FENN', 'TOM ARLEDGE, GNB CORRESPONDENT (voice-over)', 'ARLEDGE (voice-over)',
                         'GRANT HOLLOWAY, COMEDIAN (as Elon Musk)', 'RENEE OKAFOR, GNB BUSINESS ANALYST',
                         'DAVID BRANNIGAN, FORMER NASA ENGINEER'])
