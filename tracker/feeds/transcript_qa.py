"""Interviews printed as questions and answers: who answers, and the answers as turns.

Pure. Two layouts carry no name on the answerer's turns:

* ``Q:`` / ``A:`` labels, the page saying whose the answers are ("Answers are Elon
  Musk's", "Musk answered"); an ``A (Jana Kühn, plant manager):`` turn is hers;
* questions in bold (or labelled "Q:" with no "A:"), answers in plain paragraphs below
  them, the page saying whose they are as above or naming its interviewer ("The
  interview was conducted by Helen Mráz"); the answers are then the person's the article
  is about (the full name it gives most often besides the interviewer's).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tracker.feeds.speakers import Speakers, canonical, fold
from tracker.feeds.transcript_after import answer_times
from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_lines import Record
from tracker.feeds.transcript_marks import is_stop
from tracker.feeds.transcript_turns import with_ends
from tracker.model import TranscriptSegment

__all__ = ["ANSWER_LABELS", "answerer", "bold_questions", "question_labels", "questions_only"]

# "THE WITNESS:" answers in a deposition, as its "A." lines do.
ANSWER_LABELS = frozenset({"A", "Answer", "答", "THE WITNESS", "The Witness"})
# A name starts where a word does, not inside one ("A'A'A'…" would be tried at each
# letter, each try running to its end: quadratic).
_NAME = r"(?<![\w'’\-])[A-Z][\w'’\-]+(?: (?:[A-Z][\w'’\-]+|de|van|von|bin|al)){0,3}"
_FULL = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}\b")
_SAYS_WHO = (
    re.compile(rf"\b[Aa]nswers? (?:are|were|is|was|by|from|come from|came from) "
               rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?({_NAME})"),  # "all answers are Mr. Musk's"
    re.compile(rf"\b({_NAME}) (?:answered|answers|replied|replies|responded|responds)\b"),
    re.compile(rf"\b(?:[Ii]nterview|[Cc]onversation|Q&A|[Qq]uestions) with ({_NAME})"),
    # "The Ledger spoke with Mr. Musk by video": the one the outlet spoke with answers.
    # (Not "He spoke with The Ledger": the outlet is the one asking.)
    re.compile(rf"\b(?:spoke|speaks|talked|talks|sat down) (?:with|to) "
               rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?(?!The\b)({_NAME})"),
    # A deposition's: its title, or the court reporter's "ELON MUSK, having been first
    # duly sworn, was examined" ("ELON MUSK, called as a witness by the Plaintiff, having
    # been first duly sworn by the Certified Shorthand Reporter, was examined").
    re.compile(rf"\b(?:DEPOSITION|Deposition|TESTIMONY|Testimony) (?:OF|of) ({_NAME})"),
    re.compile(rf"\b({_NAME}),?\s+(?:called as (?:a|the) witness\b[^.;:\n]{{0,60}},\s+)?"
               r"(?:having\s+been|being)\s+(?:first\s+)?duly\s+sworn"),
)
# "Mr Musk's answers follow each question", "His answers below follow our questions": the
# answerer by name, or by pronoun (then the one the article is about).
_WHOSE_ANSWERS = re.compile(
    rf"\b(?:(?P<pronoun>[Hh]is|[Hh]er)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?(?P<name>{_NAME})['’]s)"
    r" (?:answers|replies|responses)\b")
_PRONOUNS = frozenset({"He", "She", "His", "Her", "They", "Their", "We", "Our", "I", "My",
                       "You", "Your", "The", "These", "Those"})
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.? ")
_BYLINE = re.compile(rf"\b(?:By|by|BY) ({_NAME})")
_CREDIT = re.compile(rf"\b(?:Photograph|Photo|Illustration|Image)s? (?:by|:) ({_NAME})", re.I)
# "An interview with Musk biographer Walter Isaacson": someone named by him, not him.
_RELATION = re.compile(r"\s+(?:biographer|biography|mother|father|brother|sister|son|daughter|"
                       r"wife|ex-wife|friend|lawyer|attorney|critic|fan|associate|employee|"
                       r"former|adviser|advisor|cousin|uncle|aunt)\b", re.I)
_INTERVIEWER = re.compile(
    rf"\b(?:conducted|interviewed|asked|questions? (?:were )?(?:put|asked)) by ({_NAME})"
    rf"|\b[Ii]nterview(?:er)?(?: by|:) ({_NAME})")
# Chinese pages name the one who answers beside a verb: "专访马斯克", "马斯克回答".
# The interviewee named as such: "受访者：马斯克", "对话嘉宾 | 马斯克", "答均为马斯克回答",
# "A为马斯克" ("A" as the page folds it) names whose the "A:" answers are.
_CJK_WHO = ("(?:专访|采访|对话|答[:：]?|(?:受访者|受访人|对话嘉宾|嘉宾)\\s*[:：|]?\\s*"
            "|(?:(?<![a-z])a|答)\\s*(?:为|是|[:：=])\\s*)(?P<a>{0})"
            # "专访马斯克传记作者", "专访马斯克的母亲": someone named by him, not him.
            "(?=$|[^\\u3400-\\u9fff]|谈|说|称|表示|先生|本人|回答|答)"
            # "均为马斯克本人回答", "皆为马斯克的回答", "由马斯克作答"; not the news's "马斯克回答了记者".
            "|(?:为|是|由)(?P<b>{0})(?:本人)?(?:的)?(?:回答|作答)"
            # "马斯克在沪答记者问", "马斯克答网友问": he answers the questions asked.
            "|(?P<c>{0})[^，,。：:；;！？!?\\s]{{0,8}}?答(?:记者|媒体|网友|读者|观众)?问")
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"\w")
# "Q: How many?" then the answer unlabelled below: a Q&A that labels its questions only.
_QUESTION_LABELS = frozenset({"Q", "Question", "问", "問"})
MIN_QUESTIONS = 3  # bold questions a page needs to be read as an interview


def answerer(notes: str, speakers: Speakers, askers: Sequence[str] = ()) -> str | None:
    """Whose the answers are, by what the page says outside the turns; None if unsaid.
    ``askers``: the questions' labels (an outlet, "The Meridian"), never the answerer."""
    whose = _WHOSE_ANSWERS.search(notes)
    if whose and whose.group("name") and whose.group("name") not in _PRONOUNS:
        return _full_name(_HONORIFIC.sub("", whose.group("name")), notes, speakers)
    # "His answers follow": the one the intro names, though it names him once.
    if whose and (subject := _subject(notes, speakers, [*_BYLINE.findall(notes), *askers],
                                      least=1)):
        return subject
    for n, pattern in enumerate(_SAYS_WHO):
        m = pattern.search(notes)
        if m and m.group(1) in _PRONOUNS:
            continue
        # "Answers are Musk's" is his; "an interview with Musk's mother" is hers.
        if m and not (n and (m.group(1).endswith(("'s", "’s")) or _RELATION.match(notes, m.end(1)))):
            return _full_name(m.group(1).removesuffix("’s").removesuffix("'s"), notes, speakers)
    folded = fold(notes) if _HAN.search(notes) else ""  # traditional as simplified
    for name, aliases in speakers if folded else ():
        spelled = "|".join(re.escape(fold(a)) for a in (name, *aliases) if _HAN.search(a))
        if spelled and re.search(_CJK_WHO.format(f"(?:{spelled})"), folded):
            return name
    asker = _INTERVIEWER.search(notes)
    if asker is None:
        return None
    return _subject(notes, speakers, [asker.group(1) or asker.group(2), *askers])


def _subject(notes: str, speakers: Speakers, askers: Sequence[str], least: int = 2) -> str | None:
    """The one the article is about: the full name it gives most often (``least`` times at
    least, twice as often as anyone else), its askers' aside."""
    asked_by = [fold(a) for a in askers]
    names = Counter(canonical(n, speakers) for n in _FULL.findall(notes)
                    if not any(a in fold(n) for a in asked_by)).most_common(2)
    if not names or names[0][1] < least or (len(names) > 1 and names[0][1] < 2 * names[1][1]):
        return None
    return names[0][0]


def _full_name(name: str, text: str, speakers: Speakers) -> str | None:
    """A one-word name ("Musk answered") as the full name the page gives it; None when
    the page gives it to two people (Elon and Errol Musk)."""
    if " " not in name:
        found = {n for n in _FULL.findall(text) if name in n.split()}
        if len(found) > 1:
            return None
        name = found.pop() if found else name
    return canonical(name, speakers)


def bold_questions(lines: Sequence[Line], records: Sequence[Record],
                   speakers: Speakers) -> list[TranscriptSegment] | None:
    """An interview whose questions are bold paragraphs (or "Q:" lines) and answers plain
    ones below."""
    records = _outlet_labels(lines, records)
    asking_labels = question_labels(records)
    asked = [i for i, line in enumerate(lines)
             if _is_question(line) or records[i].name in _QUESTION_LABELS
             or records[i].name in asking_labels]
    if len(asked) < MIN_QUESTIONS:
        return None
    # Between questions, a bold paragraph that does not ask is a question too ("Your
    # critics say you soften your views.", "And AI? xAI is in a race.").
    asking = set(asked)
    asked = [i for i in range(asked[0], asked[-1] + 1)
             if i in asking or _is_question(lines[i], asks=False)]
    notes = "\n".join(r.line for r in records[:asked[0]])
    who = answerer(notes, speakers, sorted(asking_labels))
    asking_lines = set(asked)
    # The answerer labelled on some answers only ("ELON MUSK: I've been …" under the
    # first question, "Musk: …" under a few, the rest plain): the one label that opens
    # answers, right under questions.
    answering = {r.name for i, r in enumerate(records[:asked[-1] + 2])
                 if r.name and r.text and r.name not in asking_labels and i - 1 in asking_lines
                 and r.name not in _QUESTION_LABELS}
    if who is None and len(answering) == 1:
        who = canonical(next(iter(answering)) or "", speakers)
    if who is None:
        # Questions ("Q:" or bold) and plain answers, the answerer unsaid: the one the
        # article is about (named twice at least, twice as often as anyone else; not its
        # byline, nor a photographer's credit).
        who = _subject(notes, speakers, [*_BYLINE.findall(notes), *_CREDIT.findall(notes),
                                         *asking_labels])
    if who is None:
        return None
    # Each exchange: its question, the turns heard before the answer's last part (a
    # labelled interjection splits it), that part's words and its records.
    exchanges: list[tuple[int, list[tuple[str, str]], list[str], list[int]]] = []
    heard: list[tuple[str, str]] = []  # an exchange's answer and any labelled interjection
    boxes = {r.box for r in records[asked[0]:asked[-1] + 1]}  # the interview's containers
    for n, i in enumerate(asked):
        end = asked[n + 1] if n + 1 < len(asked) else len(records)
        answer: list[str] = []
        mine: list[int] = []  # the records of the answer's words
        for k in range(i + 1, end):
            r = records[k]
            if r.form.endswith("quote") or not _WORD.search(r.line):
                continue  # a pull quote inside the answer, an ornament ("◆")
            if r.heading or is_stop(r.line) or r.box not in boxes:
                break
            if _INTERSTITIAL.fullmatch(r.line):
                continue  # "Advertisement" between two paragraphs of the answer
            if (r.name and r.text and r.name not in answering and r.name not in asking_labels
                    and r.name not in _QUESTION_LABELS and (r.sure or "bold" in r.form)):
                # Somebody's labelled words inside the exchange ("Wendell Ames: Sorry to
                # jump in", then "Musk: We can do a couple more."): a turn of their own.
                heard.append((" ".join(answer), who))
                answer, mine = [], []
                whose = canonical(r.name, speakers)
                if whose == who:
                    answer, mine = [r.text], [k]
                else:
                    heard.append((r.text, whose))
                continue
            answer.append(r.text if r.name in answering else r.line)
            mine.append(k)
        exchanges.append((i, heard, answer, mine))
        heard = []
    # The answers' times, when the page prints each after the answer's words.
    times = answer_times([mine for *_, mine in exchanges], asked, records, lines)
    segments: list[TranscriptSegment] = []
    last = 0.0  # an answer without a time takes the one before (as a turn does)
    for n, (i, before, answer, mine) in enumerate(exchanges):
        segments.append(TranscriptSegment(last, last, records[i].line, "Q"))
        segments += [TranscriptSegment(last, last, text, speaker) for text, speaker in before if text]
        start = times[n] if times else None
        if start is not None:  # its words without the time after them
            answer = [*answer[:-1], records[mine[-1]].text]
            last = float(int(start))
        if text := " ".join(answer):
            segments.append(TranscriptSegment(last, last, text, who))
    if len(segments) <= len(asked):
        return None
    return with_ends(segments) if times else segments


# What a magazine prints between an answer's paragraphs, read by nobody.
_INTERSTITIAL = re.compile(r"(?i:advertisement|advertising|sponsored|story continues below"
                           r"(?: advertisement)?|article continues below)|广告|廣告")


# A bold lead that labels a line but reads as no name: an outlet asking ("The Meridian:",
# "THE ATLANTIC:"); a few capitalised words after "The".
_OUTLET = re.compile(r"(?:The|THE) [A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}")


def _outlet_labels(lines: Sequence[Line], records: Sequence[Record]) -> list[Record]:
    """The records with an outlet's bold label read as a label ("<b>The Meridian:</b> Why
    now?"), so a Q&A whose questions the outlet labels is read like one labelled "Q:"."""
    out = list(records)
    for i, (line, r) in enumerate(zip(lines, records, strict=True)):
        label = line.bold.rstrip()
        if (r.name is None and label[-1:] in (":", "：") and _OUTLET.fullmatch(label[:-1].rstrip())
                and (rest := line.text[len(line.bold):].strip())):
            out[i] = replace(r, name=label[:-1].rstrip(), text=rest, form="colon-bold")
    return out


def questions_only(records: Sequence[Record], named: set[str]) -> bool:
    """Whether the page labels its questions only ("Q:" on MIN_QUESTIONS lines or more, no
    "A:") and every other label stands outside them (a "Key takeaways" box above: "Musk:
    sleeping less … was a mistake"), so the answers are the plain paragraphs below the
    questions, not turns of their own."""
    asked = [i for i, r in enumerate(records) if r.name in _QUESTION_LABELS]
    if len(asked) < MIN_QUESTIONS or named & ANSWER_LABELS:
        return False
    return not any(asked[0] < i < asked[-1] for i, r in enumerate(records)
                   if r.name in named and r.name not in _QUESTION_LABELS)


def plain_answers(lines: Sequence[Line], records: Sequence[Record]) -> bool:
    """Whether most of a Q&A's answers are plain paragraphs under unlabelled bold questions,
    although its first exchanges were labelled ("Herald: …" and "Musk: …" twice, then bold
    questions and plain answers): MIN_QUESTIONS unlabelled bold questions or more, each
    with a plain paragraph right under it."""
    plain = [i for i, line in enumerate(lines[:-1])
             if _is_question(line) and records[i].name is None
             and records[i + 1].name is None and records[i + 1].text
             and not _is_question(lines[i + 1], asks=False)]
    return len(plain) >= MIN_QUESTIONS


def question_labels(records: Sequence[Record]) -> frozenset[str]:
    """The interviewer's labels of a Q&A that labels its questions and leaves most answers
    plain ("THE MERIDIAN: Why?" then the answer's paragraphs; "Marisol Vance:" once, "MV:"
    after; the answerer labelled under a few questions at most): a label on MIN_QUESTIONS
    lines or more, most of them asking, each with words, and between half of them at least no one
    else's labelled words; with its full name when the label is its initials. Empty when
    the page is not such a Q&A."""
    lines: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if r.name:
            lines.setdefault(r.name, []).append(i)
    best: tuple[int, str] | None = None
    for name, idx in lines.items():
        if len(idx) < MIN_QUESTIONS or not all(records[i].text for i in idx):
            continue
        asking = sum(records[i].text.rstrip().endswith(("?", "？")) for i in idx)
        # Between one question and the next, most often no one else's labelled words.
        labelled = sum(any(r.name and r.text and r.name != name for r in records[a + 1:b])
                       for a, b in zip(idx, idx[1:], strict=False))
        answered = all(records[i + 1].name != name for i in idx[:-1])
        if asking * 2 > len(idx) and labelled * 2 <= len(idx) - 1 and answered:
            best = max(best or (0, ""), (len(idx), name))
    if best is None:
        return frozenset()
    name = best[1]
    full = {other for other in lines if len(other.split()) >= 2
            and "".join(w[0] for w in other.split()).upper() == name.replace(".", "")}
    return frozenset({name, *full})


def _is_question(line: Line, asks: bool = True) -> bool:
    """A paragraph all in bold that asks: "<strong>Is the price war sustainable?</strong>"."""
    # A Chinese question says as much in fewer characters: "你擔心地緣政治風險嗎？".
    short = 6 if len(_HAN.findall(line.text)) * 2 > len(line.text) else 16
    return (not line.heading and (line.bold == line.text or line.all_bold)
            and len(line.text) >= short
            and (not asks or line.text.rstrip()[-1:] in "?？"))
