import glob, json, os
from common import OUT
KIND = {
 't01': 'WordPress podcast episode page (PowerPress)', 't02': 'Transcription-service share page', 't03': 'Substack newsletter interview',
 't04': 'Newspaper Q&A interview', 't05': 'TV network rush transcript', 't06': 'Conference panel session page',
 't07': 'Earnings-call transcript site', 't08': 'Video platform watch page with transcript panel', 't09': 'Mainland Chinese tech site (simplified)',
 't10': 'Hong Kong news site (traditional), bilingual', 't11': 'Mainland Chinese auto site (simplified), press event with interpreter',
 't12': 'Podcast network episode page (TRAP)', 't13': 'Squarespace podcast page (TRAP)', 't14': 'Ghost blog podcast post',
 't15': 'Fan forum thread (XenForo)', 't16': 'Public radio call-in show transcript (Hugo)'}
HARD = {
 't01': 'Chapter list and "Key quotes" box with "Elon Musk: ..." above the transcript; host quotes "Musk once said: ..." inside her turn; one-word host interjection "Right." and his one-word "Yes."; comments by "ElonMuskFan42" (quoting him) and "Elon M."; labels full then short; continuation paragraph; times past one hour in hh:mm:ss; curly apostrophes as &#8217; entities.',
 't02': 'Times in data-start-ms and displayed as m:ss.mmm with minutes over 59 (fractions truncated); AI-summary box with "Elon Musk: ..." bullets; one-word "Mm-hm." interjection; two-paragraph turn in one segment; JSON speaker map in a script.',
 't03': 'Key-takeaways box with "Musk: ..."; italic intro paragraph by the host (not labelled, not his); unlabelled continuation paragraphs; label change "Elon Musk:" to "Elon:"; no times; commenter "Elon\'s biggest fan" quoting him.',
 't04': 'Questions labelled "Herald:"; first two answers labelled "Musk:", the last four unlabelled (named in intro and "the answers are Musk\'s"); pull quote with his words between answers; one-word answer "Yes."; two-paragraph answers.',
 't05': 'CAPITALS labels with roles; correspondent quotes "Musk once said, quote, ..."; an on-camera VIDEO CLIP of him (counted) between BEGIN/END markers; one-word interruption "Quickly." by the anchor; two other speakers (anchor and correspondent).',
 't06': 'Kimbal Musk speaks (labels "Kimbal Musk" / "Kimbal") and quotes Elon; table rows with an empty speaker cell continuing his turn (its own time is not the start); mm:ss below an hour and h:mm:ss above on one page; four speakers; his one-word "Sure.".',
 't07': 'Speaker lines "Name -- Role"; analyst quotes "As Elon said last quarter, ..."; participants list at the end repeating "Elon Musk -- Chief Executive Officer" (not a turn); one-word "Mostly."; no times.',
 't08': 'Caption cues: a time on every cue, label only on the first cue of a turn (turn starts at first cue); data-start decimals; mm:ss and h:mm:ss; description chapter "Elon Musk: restoring vision"; collapsed <details> repeats the transcript as "Name: text" (count once); commenter "@ElonMuskOfficial_" quoting him.',
 't09': '【hh:mm:ss】 before the label; full-width colons; label 埃隆·马斯克 then 马斯克; 精彩语录 box and a comment "马斯克：..." by user 马斯克粉丝2024; host quotes "马斯克曾说过：..."; one-word 嗯。 and his 对。; minutes past the hour.',
 't10': 'Each of his turns = Chinese translation + English original (one turn, snippet from the Chinese); full-width brackets （mm:ss）; highlight blockquote 馬斯克：「...」; host mentions 金博爾·馬斯克; commenters 馬斯克迷Ken / Elon_HK.',
 't11': 'His turns in English (5-word snippets) and two in Chinese (8-char snippets); interpreter 翻译 repeats his content in Chinese (not his); reporter quotes "您曾经讲过：..."; continuation paragraph without time; 本文金句 and hot-list "马斯克：..." sidebar.',
 't12': 'TRAP: two hosts discuss and quote him ("Musk once said:", "Elon told a conference..."); pull quote "Elon Musk: ..."; commenter named "elon musk" and a blockquote "Elon Musk: ..."; expected turns [].',
 't13': 'TRAP: guest is Maye Musk, labelled "Maye Musk" then "Musk"; she quotes Elon twice; Errol Musk mentioned; commenters "Errol M." and "ElonFanClub" ("Musk: ..."); episode quotes box; expected turns [].',
 't14': 'Long turn with "[hh:mm:ss]" on every paragraph but the label only on the first (starts at the first); AI summary callout; guest quotes "as Elon said to the AAS panel"; whole transcript repeated in a collapsed toggle card without times (count once); &#8217; entities.',
 't15': 'Time printed AFTER the turn\'s text as [m:ss] link with minutes > 59; two untimed turns (one his -> null); labels "Elon Musk" then "EM"; replies by "ElonMusk_Real_" quoting "EM: ..." and "Elon R." quoting "Elon Musk: ..."; turns separated by <br><br> inside a single post.',
 't16': 'Archive clip of him played by the host (counted, label "ELON MUSK (ARCHIVE CLIP, 2019)"); a caller also named Elon ("ELON, CALLER FROM FRESNO") speaks twice; <time datetime="PTxMyS">; his one-word "Yes."; h4 heading per speaker with paragraphs below.',
}
rows = []; tot = 0
for j in sorted(glob.glob(os.path.join(OUT, 't*.expected.json'))):
    g = json.load(open(j, encoding='utf-8')); n = os.path.basename(j)[:-14]; k = n[:3]
    rows.append('| %s | %s | %s | %d |' % (n, KIND[k], g['format'].replace('|', '/'), len(g['turns']))); tot += len(g['turns'])
hard = '\n'.join('- **%s** — %s' % (k, v) for k, v in HARD.items())
md = '''# Blind batch: podcast / interview transcript pages (transcripts_t)

16 pages, %d turns by Elon Musk in total (2 trap pages with none). All shows, hosts, sites and
conversations are invented. Pages are generated by `_authoring/pages_a.py`, `pages_b.py`, `pages_c.py`
(run `python3 _authoring/build.py`); gold is computed from the same data that renders each page.
Check with `python3 _authoring/check.py`.

| page | kind of site | markup / time format | his turns |
|---|---|---|---|
%s

## Hard cases per page
%s

## Coverage of the brief's hard cases
- Others quoting him inside their turn: t01, t05, t06, t07, t09, t11, t12, t13, t14.
- Show notes / chapters / key quotes / AI summaries printing "Elon Musk: ...": t01, t02, t03, t04, t08, t09, t10, t11, t12, t13, t14.
- Comments / forum replies with Musk-like names or quoted lines: t01, t03, t08, t09, t10, t12, t13, t15.
- Similar-name speakers: Kimbal Musk t06, Maye Musk t13 (labelled "Musk"), caller "Elon" t16.
- Trap pages (no turns): t12, t13.
- Played clip of him: t05 (on-camera clip), t16 (archive clip) — both counted as his turns.
- Several speakers / one-word interruptions: t01, t02, t05, t06, t07, t09, t11, t12, t16.
- Repeated transcript: t08 (<details> text copy), t14 (toggle card copy).
- Translation: t10 (Chinese + English original pairs), t11 (interpreter turns).
- Unusual times: t02 (ms, minutes > 59), t06 and t08 (mm:ss and h:mm:ss mixed), t08/t14 (time on every line of a turn), t15 (time after text, minutes > 59), t16 (ISO-8601 duration in datetime).

## Gold-labelling choices
- A turn is one contiguous stretch under one label; unlabelled continuation paragraphs / table rows / caption cues /
  timed paragraphs belong to the turn above, and the turn's time is the time shown at its first line.
- Snippet = first 5 whitespace-separated words of the turn text after label and timestamp (English) or first 8
  characters (Chinese), with entities decoded: curly apostrophes (’) appear in gold wherever the page prints them.
  t08 captions are lower-case in the page and so in gold.
- start_seconds: integer, fractions truncated (t02 ms, t08 decimal data-start). The time is the one the page shows
  for that turn (t02/t08 the segment/cue time, t06 the time column, t15 the [m:ss] printed after the text —
  it is the turn's start in the VOD). Turns without a printed time are null (t03, t04, t05, t07, t15 one turn).
- Played clips of him (t05 "(on camera)", t16 "ARCHIVE CLIP") count as his turns; quotes of him read out by
  others, pull quotes, summaries, chapter titles, participant lists, comments and repeated copies do not.
- t04: the unlabelled answers after each "Herald:" question are his (intro says so); the intro paragraph is not a turn.
- t07: the bold "Elon Musk -- Chief Executive Officer" line is the label; his text is the paragraphs below it.
- t10: the Chinese translation + English original pair is one turn; snippet from the Chinese (first in page order).
- t11: his English turns use 5 words, his Chinese one-liners ("你好，上海！", "谢谢大家！") use 8 characters (shorter
  turns give the whole turn); the interpreter's Chinese renderings are 翻译's turns, not his.
- t13: "Musk" as a label there is Maye Musk, not him.
- "others" lists every other label variant as printed (full and short forms); t05's clip label is his, so not listed.
''' % (tot, '\n'.join(rows), hard)
open(os.path.join(OUT, 'BRIEF.md'), 'w', encoding='utf-8').write(md)
print('BRIEF.md', tot)
