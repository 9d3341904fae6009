import glob, json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {
 'o01': 'Podcast episode page (WordPress + PowerPress)',
 'o02': 'Transcription-service share page',
 'o03': 'Magazine Q&A interview',
 'o04': 'Video-platform watch page with transcript panel (conference panel)',
 'o05': 'TV network rush transcript',
 'o06': 'Substack podcast post (TRAP)',
 'o07': 'Financial site earnings-call transcript',
 'o08': 'Fan site (Hugo static site), table transcript',
 'o09': 'Mainland tech site, simplified Chinese',
 'o10': 'Hong Kong news site, traditional Chinese, bilingual',
 'o11': 'Owners forum (phpBB) thread',
 'o12': 'Conference site (Squarespace), interpreted fireside chat',
}
HARD = {
 'o01': 'Key-quotes box and chapter list print "Elon Musk: ..." / "Elon: ..." above the transcript; host quotes him ("As Elon told me backstage last year, ...") inside her turn; host one-word "Right." between two of his turns; his one-word turn "Yes."; labels full then first name; comments by "ElonMuskFan42" and "Elon Musk (not that one)", one quoting "Elon Musk: Yes.".',
 'o02': 'Played 2016 clip of him labelled "Elon Musk (2016 clip)" (positive); every paragraph of a long turn has its own time (turn starts at the first); data-start with fractional seconds (truncated); m:ss and h:mm:ss on one page; one-word "Yes."; AI summary box quoting him; the whole transcript repeated in a collapsed plain-text export (counted once).',
 'o03': 'No times (all null); answers unlabelled, identified only by the intro; multi-paragraph answers; a question quoting his brother Kimbal quoting him; pull quote of his inside the Q&A (not a turn).',
 'o04': 'Kimbal Musk on the same panel ("KIMBAL MUSK" then "KIMBAL"); labels in capitals inside caption cues after ">>"; a turn spans several cues (continuations unlabelled); moderator one-word "right." and "yes?" interruptions; moderator quotes him ("Elon once said on this stage ..."); m:ss and h:mm:ss; chapters and a comment "@ElonMuskDaily" quoting "ELON: ..." (the comments come before the transcript panel in the source).',
 'o05': 'Labels with role ("ELON MUSK, CEO, TESLA AND SPACEX") and surname ("MUSK"); surname label used before the full label (inside a played clip); played clip of him (positive) and of Errol Musk (trap); correspondent reads his post aloud ("Musk wrote ... quote"); one-word-ish "Thank you."; no times.',
 'o06': 'TRAP: he never speaks. Guest is "Elon Perlman", later labelled just "Elon"; hosts quote him ("Musk said ... quote", "As Musk told one of them"); a played news clip where a reporter quotes his statement; a key-quotes box "Elon Musk: ..."; comments by "Elon Musk 2049" and "Musk Reader" quoting lines.',
 'o07': 'Several speakers (operator, IR, CFO, two analysts); heading-per-speaker with role line; <time datetime="PT..."> on some turns, none on others (null); AI key-takeaways box with "Elon Musk:" bullets; participants list naming him; an analyst quotes him; the CFO speaks right before one of his turns.',
 'o08': 'Maye Musk speaks ("Maye Musk" then "MM") and also answers "Yes." right after his one-word "Yes."; initials EM after the first full label; blank-speaker continuation rows (one with a time, one without); a turn with no time (Maye, so not in gold); minutes over 59 ("64:06"); transcript repeated in a collapsed plain-text copy (counted once).',
 'o09': 'Label 埃隆·马斯克 first, then 马斯克; full-width brackets and colon; host quotes him (马斯克曾经说过：“…”) inside her turn; one-word turn 对。; 精彩语录 box and a comment by "马斯克粉丝" quoting him; a third speaker (嘉宾).',
 'o10': 'Each turn is a Chinese translation plus the English original labelled "Elon Musk:" (the pair is one turn, snippet taken from the Chinese, which comes first); time printed AFTER the text; two turns with no time (null); interviewer quotes him inside a question; comments by "馬斯克迷" quoting him and "Elon_HK".',
 'o11': 'Times with milliseconds (truncated) and hours; continuation lines have their own time but no label (turn starts at the first line); a poster whose username is "Elon Musk"; replies quote his lines in a blockquote and inline ("Elon Musk: \\"Also the robot.\\""); host one-word "Fair." by another speaker.',
 'o12': 'Interpreter turns (including one where the interpreter renders a panelist quoting him: "As Mr. Musk said to me backstage, ..."); interpreter translating his answer (not his turn); time printed AFTER each paragraph as a #t=XmYs link, minutes over 59 ("64:17"); every paragraph of a long turn timed; capital labels "ELON MUSK" then "MUSK"; highlights box quoting him.',
}
rows, n = [], 0
for jp in sorted(glob.glob(os.path.join(D, 'o[0-9][0-9]_*.expected.json'))):
    g = json.load(open(jp, encoding='utf-8'))
    name = os.path.basename(jp)[:-14]
    n += len(g['turns'])
    rows.append((name, g, len(g['turns'])))
out = ['# Blind batch "o": podcast/interview transcript pages', '',
       f'12 pages (the brief asked for 16; this batch was asked for 12), {n} turns of Elon Musk in total, 1 trap page (o06).',
       'Everything (shows, hosts, conversations, sites, URLs) is invented. Pages and gold are generated from the same data by `_authoring/pNN.py` (`python3 _authoring/gen_all.py`); `python3 _authoring/check.py` validates the batch.', '',
       '| page | kind of site | markup / time format | his turns |', '|---|---|---|---|']
for name, g, k in rows:
    out.append(f'| {name} | {KIND[name[:3]]} | {g["format"].replace("|", "/")} | {k} |')
out += ['', '## Hard cases per page', '']
for name, g, k in rows:
    out.append(f'- **{name}** ({g["show"]}): {HARD[name[:3]]}')
out += ['', '## Gold-labelling choices', '',
 '- A turn is a contiguous stretch under one label; unlabelled continuation paragraphs, rows, cues or timed lines belong to the turn above. When a speaker is relabelled after someone else speaks, that is a new turn.',
 '- Time = the start time printed for the turn\'s first paragraph/row/cue/line, truncated to whole seconds (o02 data-start "47.66" -> 47; o11 "00:00:09.912" -> 9). Where a time is printed after the text (o10, o12), it still belongs to that paragraph. null when no time is printed for the first part of the turn (o03, o05 entirely; o07 and o10 partly), even if a later paragraph of the same turn has one.',
 '- "first words" = first 5 whitespace-separated tokens (English) or first 8 characters (Chinese, punctuation included) of the turn\'s text after label and time. Tokens include attached punctuation; a one-word turn gives one token ("Yes.", "对。"). Caption text is kept in its printed case (o04 "it\'s still mostly ...", "yes. That\'s ...").',
 '- Played clips or recordings in which he himself speaks ARE his turns (o02 "Elon Musk (2016 clip)", o05 the MUSK clip between BEGIN/END VIDEO CLIP). Clips of other people reading or quoting him are not (o05 Errol Musk, o06 reporter).',
 '- His words quoted by anyone else (hosts, analysts, interpreters, pull quotes, key-quote/AI-summary boxes, chapter lists, highlights, comments, forum replies, plain-text copies) are never turns.',
 '- Transcripts repeated on the page (o02 plain-text export, o08 plain-text copy) are counted once, at the main (first) transcript.',
 '- o03: answers carry no label; they are his because the intro says "Questions are in bold; the answers are his." Each answer (one or more paragraphs after a bold question) is one turn, time null.',
 '- o10: the Chinese translation and the English original form one turn; the snippet comes from the Chinese text (it is printed first); the English original\'s "Elon Musk:" is not a second turn.',
 '- o12: interpreter turns are never his, including the interpreter\'s Mandarin rendering of his answers and an interpreted panelist quoting him.',
 '- "others" lists every other speaker label as printed in the transcript (full and short forms separately, e.g. "Dana Whitcombe", "Dana"); in o03 the questions are labelled "Meridian:"; in o06 it includes the other Elon ("Elon Perlman", "Elon"); in o10 both the Chinese and English label of the interviewer.',
 '- o06 turns is [] (trap page).',
 '- Page sizes are 3.5-9.5 KB (asked for compact pages, 3-15 KB).', '']
open(os.path.join(D, 'BRIEF.md'), 'w', encoding='utf-8').write('\n'.join(out))
print(n)
