import glob, json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {
 "j01": "Podcast's own WordPress episode page", "j02": "Substack newsletter interview",
 "j03": "Transcription-service share page", "j04": "Magazine Q&A interview",
 "j05": "TV network rush transcript (old table layout)", "j06": "Podcast network episode page (TRAP: he never speaks)",
 "j07": "Earnings-call transcript on a finance site", "j08": "Mainland news portal, simplified Chinese, bilingual",
 "j09": "Taiwan tech site, traditional Chinese, table", "j10": "Video platform watch page with transcript panel",
 "j11": "Conference site built with Hugo (panel)", "j12": "Ghost blog podcast page",
 "j13": "Squarespace podcast page", "j14": "phpBB fan forum topic",
 "j15": "Public-radio story transcript", "j16": "Chinese podcast platform (subtitle cues)",
}
HARD = {
 "j01": "Pull quote, chapter list and 'Key quote — Elon Musk:' box above the transcript; comments by 'Elon Musk Fan Club', 'elonmusk_real', 'Musk' quoting his lines; label 'Elon Musk' then 'Elon'; one-word host turn 'Okay.' and one-word his turn 'Yeah.'; hh:mm:ss with a jump past one hour; continuation paragraphs.",
 "j02": "No timestamps; labels are plain text at the start of a <p> (no markup), full then short ('Musk'); host quotes him inside her turns ('As Elon told me…', 'Musk once said…'); one-word turn 'Yes.'; comment by 'Elon Musk (parody)' and a '>' quoted line.",
 "j03": "Times are m:ss with minutes over 59 (72:31) plus data-start in milliseconds; generic 'Speaker 3'; AI outline saying 'Elon Musk says…'; speakers chip list naming him.",
 "j04": "Only his first answer is labelled; later answers are unlabelled paragraphs after bold labelled questions; an answer spanning two paragraphs; a pull-quote <aside> between Q&A pairs; interviewer quotes him in a question; reader comment by 'EMusk_1971'.",
 "j05": "Labels in capitals with role ('ELON MUSK, CEO, SPACEX') then 'MUSK'; a played video clip of him (counted); Kimbal Musk speaks with label 'KIMBAL MUSK, ELON MUSK'S BROTHER' then 'K. MUSK'; Kimbal quotes him; one-word turns 'Weeks.'/'How soon?'; show-clock stamps [20:00:00] that are not turn times; all turns in one <p> split by <br><br>.",
 "j06": "Trap: he is discussed, quoted ('Musk once said', 'As Elon told me', 'Elon Musk: “…”' inside a guest turn), a clip of him is described but not transcribed, show notes list 'Elon Musk: …' quotes, commenters '@ElonMuskOfficialFan' and 'Elon M.'; [hh:mm:ss] Name: format.",
 "j07": "Several speakers (operator, IR, CFO, two analysts); name+role header paragraph then text paragraphs; analyst one-word interjections 'Got it.'/'Thanks.' splitting his answers into separate turns; AI key takeaways and a participant list naming 'Elon Musk -- Chief Executive Officer' after the transcript; analyst quotes him.",
 "j08": "Chinese translation with the English original in the next <p> (the pair is one turn); 【hh:mm:ss】 full-width brackets and full-width colon; label '埃隆·马斯克' then '马斯克'; 精彩观点 highlights box and 导读 quoting him ('马斯克曾说'); host quotes him; comment by '马斯克的粉丝' / 'ElonMusk中国'; an unlabelled continuation pair.",
 "j09": "Table time | speaker | text; continuation rows with empty speaker cell (one carrying its own time); mm:ss and h:mm:ss on one page; a turn without time; '馬斯克（Elon Musk）' then '馬斯克'; 重點摘錄 box; analyst quotes him; one-word '對。'; commenter '馬斯克迷'.",
 "j10": "Caption cues, each with its own time; speaker change marked inside cue text by '>> ELON MUSK:' / '>> ELON:'; unlabelled cues continue the turn (turn time = first cue); m:ss and h:mm:ss mixed; description Highlights with 'ELON MUSK: “…”' and chapters; commenter '@ElonMuskClips' quoting with a timestamp; host 'Mm-hmm.'.",
 "j11": "Panel with another Elon (Elon Halevi) — labels use surnames after the first full 'Name, role' label; moderator one-word 'Right.'; Halevi quotes him ('As Elon said…', 'Musk said leapfrog'); a timestamped unlabelled continuation paragraph in the moderator's turn; speakers list at top.",
 "j12": "Heading per speaker with a time link (?…&t=NNNs or #t=XmYs); AI summary callout with 'Elon Musk: …'; whole transcript repeated in a collapsed toggle card as 'Elon Musk: …' lines (count once); member commenting as 'Elon Musk'.",
 "j13": "Time printed after each passage's text; a time on every paragraph of a long turn (turn starts at the first); Maye Musk speaks ('MAYE MUSK' then 'MAYE'); Maye quotes him ('Elon used to tell me'); quote block with '— Elon Musk'; label 'ELON MUSK' then 'ELON'.",
 "j14": "Forum post transcript with #t=XmYs links, one turn '[??:??]' (no time); first label 'Elon (on speakerphone)' then 'Elon'; replies by 'elon_m' and 'ElonMuskFan2029' quoting his lines (phpBB quote, 'Elon Musk: …'); 'Booo.' one-word interjection; continuation after <br><br>.",
 "j15": "English page with an interpreter's turn for a German minister; archived soundbite of him (counted); archived clip of Errol Musk (not him, says 'Elon Musk doesn't listen…'); <time datetime='PTxMyS'> on some turns only; 'ELON MUSK' then 'MUSK'; host label with role.",
 "j16": "SRT-style times with milliseconds (truncate); speaker span only on a turn's first cue; label '埃隆·马斯克' then 'Elon'; AI 摘要 box with '马斯克：…'; host quotes him ('马斯克之前说过'); one-word '对。' and co-host '嗯。'; collapsed plain-text copy (count once); commenters '马斯克本斯克'/'Elon的小迷弟'.",
}
GOLD = """## Gold-labelling choices

General
- A turn is a contiguous stretch under one speaker label; unlabelled continuation paragraphs/rows/cues join the turn above, and their own times are ignored (turn time = time of its first labelled line).
- A one-word interjection by someone else ('Got it.', 'Right.', 'Booo.', 'Mm-hmm.', 'Okay.') ends his turn; what he says after it is a new turn.
- Snippets are taken from the turn's text after label and timestamp: first 5 whitespace-separated tokens (punctuation kept, curly apostrophes kept as printed) for English, first 8 characters (punctuation included) for Chinese. Turns shorter than that are given whole.
- Show notes, chapter lists, pull quotes, highlights, AI summaries, key-takeaway boxes, participant lists, comments, forum replies and quoted lines are never turns, even when printed as 'Elon Musk: …'.
- When the transcript is repeated (j12 toggle card, j16 collapsed 全文), only the first, timestamped copy is counted; the copy is not extra turns.
- Played clips/soundbites in which he is labelled as speaking (j05 VIDEO CLIP, j15 SOUNDBITE) count as his turns (they are his words, labelled with his name). A clip that is only described and not transcribed (j06) is not a turn.
- Other people's quotations of him ('As Elon told me', 'Musk once said', '马斯克之前说过') stay inside their own turns.
- Relatives and namesakes (Kimbal, Maye, Errol Musk; Elon Halevi; users named elon_m etc.) are not him.

Per page
- j01: times from '(hh:mm:ss)' in the bold label; the jump from 00:02:11 to 01:02:05 is intentional (part of the episode cut).
- j02: all times null (page shows none). 'Priya'/'Musk' short labels after first use.
- j03: time = the displayed m:ss (minutes > 59, e.g. 72:31 = 4351 s); it agrees with data-start (ms) truncated.
- j04: every unlabelled paragraph run between two bold 'THE MERIDIAN:' questions is his answer (intro names him as the only answerer); the two-paragraph answer 'Hydrogen for cars… / Okay, real answer…' is one turn; the pull-quote aside is not a turn. Times null.
- j05: the [20:00:00]/[20:14:10] stamps are broadcast clock markers, not turn start times: all turns null. The VIDEO CLIP turn is counted.
- j06: expected turns [] (he never speaks).
- j07: times null. After 'Got it.' his 'Yeah, and just to add…' is a separate turn. The 'Call participants' list is not a turn.
- j08: Chinese + English pair is one turn; snippet from the Chinese (first in page order); '是的。' plus the following unlabelled Chinese/English pair is one turn at 00:01:15.
- j09: the continuation row at 1:02:32 belongs to the turn that starts at 1:02:15; last turn has an empty time cell -> null.
- j10: turn time = first cue's time; snippet starts after '>> ELON MUSK: ' / '>> ELON: '.
- j11: 'Musk' = him; 'Halevi' / 'Elon Halevi, CEO of Solstice Fusion' = not him.
- j12: time from the heading's link text mm:ss (20:34 = 1234 s), consistent with the link target.
- j13: time printed after the passage = start of that passage (stated on the page); turn time = its first passage's time.
- j14: '[??:??]' -> null.
- j15: time from <time datetime> where present; two turns of his have no time -> null.
- j16: milliseconds truncated (00:00:09,480 -> 9; 01:00:09,777 -> 3609).
"""
rows = ["| page | kind of site | markup / time format | his turns |", "|---|---|---|---|"]
total = 0
for jp in sorted(glob.glob(os.path.join(D, "j*.expected.json"))):
    e = json.load(open(jp, encoding="utf-8")); n = os.path.basename(jp)[:-14]; total += len(e["turns"])
    rows.append(f"| {n} | {KIND[n[:3]]} | {e['format'].replace('|', '/')} | {len(e['turns'])} |")
hard = "\n".join(f"- **{k}**: {v}" for k, v in HARD.items())
out = f"""# Blind transcript batch J

16 pages, {total} turns of Elon Musk in total. All pages and gold are generated by `_authoring/p01.py`…`p16.py` via `_authoring/build.py` (gold comes from the same turn data that renders each page); `_authoring/check.py` validates them; this file is written by `_authoring/brief_md.py`.

{chr(10).join(rows)}

## Hard cases per page
{hard}

{GOLD}"""
open(os.path.join(D, "BRIEF.md"), "w", encoding="utf-8").write(out)
print("BRIEF.md written", total)
