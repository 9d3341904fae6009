"""Write ../BRIEF.md from the expected files plus the hand-written notes below."""
import glob
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KIND = {
    "v01": "Podcast network's WordPress episode page (Astra theme + transcript plugin)",
    "v02": "Substack newsletter interview post",
    "v03": "Transcription-service share page (app shell, AI summary)",
    "v04": "Newspaper Q&A interview (schema.org microdata)",
    "v05": "TV network rush transcript (old table layout)",
    "v06": "Video platform watch page with interactive transcript panel",
    "v07": "Conference panel post on a Ghost site",
    "v08": "Earnings-call transcript on a finance site",
    "v09": "Fan forum thread (phpBB) with a user-made transcript",
    "v10": "TRAP - magazine Q&A with Kimbal Musk (WordPress VIP)",
    "v11": "TRAP - Squarespace podcast episode about a deepfake of him",
    "v12": "Mainland Chinese tech portal, simplified, translated interview",
    "v13": "Chinese subtitle-group blog (Hexo), bilingual table",
    "v14": "Hong Kong newspaper, traditional Chinese, press-conference record",
    "v15": "AMP page of a public-radio interview",
    "v16": "Drupal forum site, interpreted session, table transcript",
}

HARD = {
    "v01": "host quotes him inside her turn (\"as Elon told me ... the factory is the product\"); chapter list and KEY QUOTE box print \"Elon Musk: ...\"; one-word host interruption \"Sure.\" splits his answer; his one-word \"Yes.\"; one turn without a time; label \"Elon Musk\" then \"Elon\"; times past one hour; collapsed `<details>` plain-text copy of the whole transcript (no times); commenters \"Elon Musk Fan Club\" (\"Elon Musk: Just yes.\") and \"elon_musk_2071\" (blockquote \"Elon: The best part is no part.\"); WordPress numeric entities inside snippets.",
    "v02": "time printed AFTER the turn's text, after the last paragraph of a multi-paragraph turn; [mm:ss] and [h:mm:ss] on one page; turns without time; host quotes his 2016 line; AI \"Quick hits\" box with \"Elon Musk:\" / \"Musk:\" bullets; pull quote of his LAST answer placed in the middle; one-word \"Right.\" interruption; his \"Yes.\"; commenter \"Elon's Alt\" and a reply quoting \"Musk: Yes.\".",
    "v03": "AI summary with \"Elon Musk:\" bullets and an outline with times; speaker name only at a speaker change, every continuation segment carries its own time (turn starts at the first); m:ss below an hour, h:mm:ss above; data-start-ms in milliseconds; unrenamed audience speaker \"Speaker 3\" whose \"Thank you.\" sits between his turns; his one-word \"Yeah.\"; sentences split into spans.",
    "v04": "his answers are unlabelled and he is named only in the intro; intro narration quotes him (not a turn); pull quote; one-word answer \"No.\" immediately followed by a follow-up question; multi-paragraph answers; commenter \"Real_Elon_M\" replying \"No.\", commenter \"ElonMuskIsMyLandlord\" quoting him; microdata NewsArticle.",
    "v05": "Kimbal Musk speaks (\"KIMBAL MUSK, ...\" then \"K. MUSK\") next to him (\"ELON MUSK, CEO, ...\" then \"E. MUSK\"); correspondent paraphrases/quotes him; Kimbal quotes him; archival VIDEO CLIP of him with a different full label (positive); host one-word \"Right.\"; his \"Yeah.\"; capital labels with roles; no times; paragraphs are only `<br><br>`.",
    "v06": "description chapters \"2:14 Elon Musk: ...\"; archival clip of him labelled \"Elon Musk (2016 clip)\" (positive); every cue timed, label only at speaker change; m:ss and h:mm:ss; data-start with fractions; aria-labelled seek buttons; comments by \"@ElonMuskOfficiaI\" (scam), \"@orbitalwelder\" with a `#t=20m34s` link and \"Elon: ...\", reply \"@elon.tusk\" writing \"Elon Musk: Go work on hard problems.\"; his \"Yeah.\".",
    "v07": "a second panelist named Elon (Elon Lindqvist / Lindqvist) - the moderator even says \"Elon -\"; moderator quotes \"Musk once said ...\"; `<time datetime=\"PT1H2M3S\">` displayed as 62:03 (minutes past 59) inside `#t=62m3s` links; one turn without time; one-word \"Great.\" interruption; speaker cards with microdata list him; visually-hidden \"Speaker:\" prefix in every `<dt>`; audience member.",
    "v08": "Call Participants list and Key takeaways box name him with \"Elon Musk -- ...\"/\"Elon Musk:\"; analyst quotes him (\"Elon, on the last call you said, quote ...\"); CFO one-word \"Right.\" splits his answer; his \"Yes.\"; role labels with \"--\"; related-article headline \"Elon Musk says ...\"; no times.",
    "v09": "[mm:ss] with minutes past 59 (64:12, 90:02); label \"Elon Musk\" once, then \"EM\" (defined in the post); continuation lines with their own time and no name; `<br>`-separated lines; replies quote transcript lines in blockquotes (\"[64:12] EM: ...\", \"[71:08] EM: No dates.\"); usernames \"EIon_Musk\" (capital I, says \"lol yeah I said that\") and \"ElonFanboy42\".",
    "v10": "TRAP: Kimbal Musk is the interviewee and after his first answer is labelled just \"MUSK:\"; Kimbal quotes Elon; intro quotes an emailed line from Elon; \"In his brother's words\" sidebar prints \"Elon Musk: ...\"; related headline \"Elon Musk: 'The best part is no part'\"; commenter \"Elon Musk (not that one)\"; reply by \"notelonmusk\": \"Elon: I definitely said that.\"",
    "v11": "TRAP: a synthetic voice clone labelled \"Synthetic voice (cloned “Elon Musk”)\" speaks in first person (\"it's Elon\"); Errol Musk archival clip; a host reads his post verbatim; host quotes him; \"In this episode\" list \"Elon Musk: 'That audio is fake'\"; Key quotes box \"Elon Musk: ...\"; AI summary; transcript repeated as plain text in a second collapsed accordion; commenter literally named \"Elon Musk\".",
    "v12": "本文要点 AI box with \"马斯克：\" bullets; 编者按 quotes him; full-width brackets and colon; label \"埃隆·马斯克\" then \"马斯克\"; turns without time; his one-character-word turn \"对。\" after a host summary; commenter named \"埃隆·马斯克\" posting \"对。\", reply \"马斯克：你怎么也在这里\".",
    "v13": "his Chinese translation and English original in one row are ONE turn; SRT times hh:mm:ss,mmm on every row (truncate); continuation rows with empty speaker cell; colspan translator's-note row; afterword quotes him; commenter \"Elon_马斯克_粉\" quoting a line.",
    "v14": "interpreter (傳譯) relays questions in English, including one that quotes him - not his turns; reporter quotes his 2019 line; two of his answers carry （原文：English） in the same paragraph (one turn each); 【mm:ss】 and 【h:mm:ss】 on one page; 重點 box \"馬斯克：...\"; several speakers; commenter \"埃隆馬屎克\" writing \"馬斯克：有可能。\".",
    "v15": "his 2015 archival soundbite is his FIRST labelled turn (positive); Maye Musk soundbite (\"MAYE MUSK:\") - after it his label switches from \"MUSK\" back to \"ELON MUSK\"; Highlights box with \"Elon Musk:\" and \"Musk:\"; host one-word \"Huh.\"; transcript inside a collapsed amp-accordion; host's first label alone on its own line; no times.",
    "v16": "interpreter rows between all his turns (one quotes \"as Mr. Musk said in 2020\"); moderator and audience speak Korean; hh:mm:ss.mmm on every row, turn starts at its first row; continuation rows whose speaker cell holds only a visually-hidden \"(continued)\"; label with role then plain name; a display:none print copy repeats everything with capital labels; sidebar speaker card quotes him (\"Elon Musk: ...\").",
}

CHOICES = """
## Gold-labelling choices

1. **Turn boundaries.** A turn is a contiguous stretch under one label. Any other speaker's line in between - even a one-word
   "Sure."/"Right."/"Great."/"Huh.", an audience "Thank you.", or an interpreter row - ends his turn, and his next line is a new turn.
   Unlabelled paragraphs, `<br>` lines, caption cues or table rows belong to the turn above them.
2. **Recordings of his own voice count.** A labelled archival clip/soundbite of him (v05 "ELON MUSK, CEO, SPACEX (2008)", v06
   "Elon Musk (2016 clip)", v15 the 2015 soundbite) is a turn spoken by him, with the time the page shows for it (v06) or null.
3. **Not him, even if labelled with his name:** the synthetic voice clone in v11 (the page says it is not him). Clips of Errol
   (v11) and Maye Musk (v15), Kimbal Musk's lines (v05 "K. MUSK", v10 "KIMBAL MUSK"/"MUSK"), and Elon Lindqvist (v07) are others.
4. **Never turns:** quotations of him inside someone else's turn or narration, intro/standfirst/editor's notes, pull quotes,
   chapter lists, outlines, AI summaries, "key quotes"/highlights/重点 boxes, sidebars, speaker cards, participant lists,
   related-article headlines, comments and replies (whatever the username), quoted transcript lines in forum replies.
5. **Repeated transcripts count once.** v01's collapsed plain-text copy and v16's print-only copy are not counted; gold times
   come from the primary (timed) transcript. v11's repeat is on a trap page.
6. **Unlabelled answers (v04).** Every plain paragraph between two "The Meridian:" questions is his, and consecutive answer
   paragraphs form one turn; the intro's quoted lines are narration, not turns.
7. **Times.** Integer seconds, fractions truncated (data-start-ms 3723456 -> 3723; 00:03:12,480 -> 192; 00:00:45.648 -> 45).
   Minute counts above 59 are read as minutes (64:12 -> 3852; 62:03 with datetime PT1H2M3S -> 3723). In v02 the bracketed
   time printed after an answer is that answer's start (the page's editor's note says so). When every paragraph/cue/row of a
   turn has a time, the turn's time is the first one. A turn with no time on the page is null; pages without times are all null.
   Chapter/outline/comment times are ignored.
8. **Snippets.** Text after the label and the timestamp, tags stripped, entities decoded (’ rather than &#8217;), whitespace
   collapsed; English = first 5 space-separated tokens with punctuation kept; Chinese = first 8 characters including
   punctuation and any Latin letters (v13 "我觉得不矛盾。A" cuts "AI"). A turn shorter than that is taken whole ("Yes.", "对。",
   "谢谢。", "多謝。", "有可能。").
9. **Translations.** A Chinese translation plus its English original in the same row (v13) or paragraph (v14 "（原文：…）") is ONE
   turn; the snippet is taken from the Chinese, which comes first on the page. Interpreter turns are never his, even when they
   render his words (v14, v16).
10. **Labels he uses** ("Elon Musk", "Elon", "Musk", "EM", "E. MUSK", "ELON MUSK, CEO, TESLA AND SPACEX", "Elon Musk -- Chief
    Executive Officer", "埃隆·马斯克", "马斯克", "埃隆·馬斯克（Elon Musk）", "馬斯克", "Elon Musk, CEO of Tesla and SpaceX", clip labels)
    are not listed in `others`.
11. **others** lists every distinct label form printed for another speaker inside the transcript, without the trailing colon
    (e.g. both "Dana Reyes" and "Dana"; "HOLLOWAY"; "K. MUSK"). Commenters, people only mentioned, and the visually-hidden
    "(continued)" / "Speaker:" texts are not labels. On v15 the host's first label stands alone on its own line; it is still her label.
12. **show** is the show when the page belongs to one (The Long Burn, Second Stage, Founders Fireside, Capital Tonight,
    Hardcore Engineering Hour, Signal & Noise, Morning Dispatch), otherwise the outlet/event publishing the page (The Meridian,
    Orbital Futures Summit, StreetLedger, RedPlanet Forum, Forge, 前沿科技网, 星译社, 港灣日報, Asia Mobility Forum). v12 and v13
    translate shows named on the page (《长线思考》 The Long Game, 《深轨道》 Deep Orbit); the publishing outlet was chosen.
13. **format** is always written in English, one sentence.
"""

COVER = """
## Where each hard case of the brief appears

| hard case | as a trap (must not be counted) | as a positive (must be counted) |
|---|---|---|
| someone else quoting him | v01, v02, v05, v07, v08, v10, v11, v14, v16 | his real turns sit on the same pages (all but v10, v11) |
| notes/chapters/pull quotes/AI summaries/key quotes | v01, v02, v03, v04, v06, v08, v10, v11, v12, v14, v15, v16 | v01, v02, v16: the boxed text repeats words of a real turn |
| Musk-like commenters, quoted lines in replies | v01, v02, v04, v06, v09, v10, v11, v12, v13, v14 | v04 "No.", v12 "对。", v09 quoted lines: the same text is a real turn in the transcript |
| similar name speaking | v05 Kimbal, v07 Elon Lindqvist, v10 Kimbal ("MUSK"), v11 Errol, v15 Maye | v05, v07, v15: he speaks too |
| he never speaks | v10, v11 | - |
| played clip / recording | v11 (clone, Errol), v15 (Maye) | v05, v06, v15 (clips of him) |
| several speakers, one-word host | v01, v02, v05, v07, v08, v15 (one-word interruptions), v03 "Thank you." | his one-word turns: v01, v02, v08 "Yes."; v03, v05, v06 "Yeah."; v04 "No."; v12 "对。"; very short: v09 "No dates.", v12 "谢谢。", v14 "多謝。" |
| transcript repeated | v01 details copy, v09 quoted lines, v11 plain copy, v16 print copy | counted once on v01, v09, v16 |
| translations / interpreter | v14, v16 interpreter turns | v13 and v14 pairs counted as one turn |
| unusual timestamps | chapter/outline/comment times on v01, v03, v06, v11 | after text v02; mm:ss+h:mm:ss v02, v03, v06, v14; minutes > 59 v07, v09; ms v03, v13, v16; every paragraph v03, v06, v09, v13, v16 |
"""


def main():
    rows = []
    total = 0
    for jp in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
        name = os.path.basename(jp)[: -len(".expected.json")]
        exp = json.load(open(jp, encoding="utf-8"))
        n = len(exp["turns"])
        total += n
        timed = sum(1 for t, _ in exp["turns"] if t is not None)
        rows.append((name, KIND[name[:3]], exp["format"], f"{n} ({timed} timed)", exp["show"], ", ".join(exp["others"])))
    out = ["# v batch - blind transcript pages (16 pages)", "",
           "Written without seeing the product, its tests or earlier batches. Pages and gold are generated from one data list per page",
           "(`_authoring/pNN.py`, run `python3 _authoring/build.py`); `python3 _authoring/check.py` validates the batch.", "",
           f"Totals: 16 pages, 2 traps (v10, v11), 3 Chinese pages (v12, v13 simplified; v14 traditional), **{total} turns of his**.", "",
           "| page | kind of site | markup / time format | his turns | show | others |", "|---|---|---|---|---|---|"]
    for r in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
    out += ["", "## Hard cases per page", ""]
    for r in rows:
        out.append(f"- **{r[0]}** - {HARD[r[0][:3]]}")
    out.append(COVER)
    out.append(CHOICES)
    with open(os.path.join(HERE, "BRIEF.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("BRIEF.md written,", total, "turns")


if __name__ == "__main__":
    main()
