from lib import *

NAME = "ag13_cnb-newsroom-tonight"
SHOW = "CNB Newsroom Tonight"
FMT = ("Cable-news transcript page; all-caps labels with roles ('ELON MUSK, CEO, SPACEX:' in a taped piece, then 'MUSK:' "
       "live), stage cues like (BEGIN VIDEOTAPE), no timestamps; his father also speaks in the tape.")

E1, E = "ELON MUSK, CEO, SPACEX", "MUSK"
T = [
 ("MARA DELACROIX, CNB ANCHOR", "Good evening. Tonight, a rocket, a record and a family feud that won't go away. We'll talk live with Elon Musk in a moment. But first, our Tom Halversen on a remarkable week in south Texas."),
 ("(BEGIN VIDEOTAPE)", None),
 ("TOM HALVERSEN, CNB CORRESPONDENT (voice-over)", "It was the loudest thing this town has ever heard. And for a moment on Tuesday, it was the largest flying object ever built."),
 ("UNIDENTIFIED FEMALE", "It shook the windows. Every window. We were cheering."),
 ("HALVERSEN (voice-over)", "For the man behind it, it was also personal."),
 (E1, "This is the flight where we prove the ship can come home. If it works, it changes the economics of everything in space. If it doesn't, we'll build another one."),
 ("HALVERSEN (voice-over)", "Not everyone in the family is cheering. His father, speaking to a South African broadcaster this week, was blunt."),
 ("ERROL MUSK, FATHER OF ELON MUSK", "He's always been stubborn. Since he was a boy. I told him rockets were a waste of money, and he didn't listen to me then either."),
 ("HALVERSEN", "Tom Halversen, CNB, Boca Chica, Texas."),
 ("(END VIDEOTAPE)", None),
 ("DELACROIX", "And joining me now live from Starbase is Elon Musk. Elon, thanks for being here. First, your reaction to what your father said."),
 (E, "I haven't seen it. Honestly, I don't really follow what he says. I'd rather talk about the rocket."),
 ("DELACROIX", "Fair enough. The rocket. What went wrong in the last ninety seconds?"),
 (E, "We lost a couple of engines on the landing burn, so the ship came in a little too fast. It's all in the data. We'll fix it.",
     ),
 ("DELACROIX", "A little too fast is a big crater."),
 (E, "It's a modest crater."),
 ("(LAUGHTER)", None),
 ("DELACROIX", "The FAA has to sign off again. Is that a delay of weeks or months?"),
 (E, "Weeks, I hope. We've been working closely with them and they've been quite reasonable this time. I'll knock on wood."),
 ("DELACROIX", "Elon Musk, thank you."),
 (E, "Thank you."),
 ("DELACROIX", "We'll be right back."),
 ("(COMMERCIAL BREAK)", None),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    for who, text in T:
        if text is None:
            out.append('<p class="cue">%s</p>' % esc(who))
            continue
        if who in (E1, E):
            g.elon(None, text)
        else:
            g.other(who)
        out.append('<p class="cnnBodyText">%s: %s</p>' % (esc(who), esc(text)))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CNB.com - Transcripts - Newsroom Tonight: Starship Ship Catch Attempt; Interview with Elon Musk</title>
<meta name="description" content="Transcripts of CNB Newsroom Tonight aired August 19, 2025 - 20:00 ET">
<link rel="stylesheet" href="https://transcripts.cnb.com/css/transcripts.css">
</head>
<body>
<div id="cnb-header"><a href="https://www.cnb.com/"><img src="https://transcripts.cnb.com/img/cnb-logo.gif" alt="CNB"></a>
<ul class="cnb-nav"><li><a href="https://www.cnb.com/us">US</a></li><li><a href="https://www.cnb.com/world">World</a></li><li><a href="https://www.cnb.com/business">Business</a></li><li><a href="https://transcripts.cnb.com/">Transcripts</a></li></ul></div>
<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="cnnTransStoryHead">Newsroom Tonight</td></tr>
<tr><td class="cnnTransSubHead">Starship Ship Catch Attempt; Elon Musk's Father Speaks Out; Interview with Elon Musk. Aired 8-9p ET</td></tr>
<tr><td class="cnnTransProvided">Aired August 19, 2025 - 20:00 &nbsp; ET</td></tr>
<tr><td class="cnnBodyText"><p>THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>
%s
</td></tr></table>
<div class="cnb-trans-nav"><a href="/show/nrt/date/2025-08-18/segment/01">Previous segment</a> | <a href="/show/nrt">Return to Transcripts main page</a> | <a href="/show/nrt/date/2025-08-19/segment/02">Next segment</a></div>
<div id="cnb-footer"><p>&copy; 2025 Cable News Broadcasting. All Rights Reserved.</p><p><a href="/terms">Terms of service</a> | <a href="/privacy">Privacy guidelines</a></p></div>
<script src="https://transcripts.cnb.com/js/analytics.js"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
