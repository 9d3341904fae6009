"""A labelled transcript's turns: where it is on the page, and one segment per turn.

Pure. Input: the page's records (``tracker.feeds.transcript_lines``), the labels that
are speakers and each label's person (``tracker.feeds.transcript_people``).

* The transcript is where its labels alternate: the labels written one way (the
  page's most used label form that two or more people speak in) bound it; a label
  written otherwise before it is a title, a show note or a pull quote.
* A turn is one stretch under one label: the lines after a label, up to the next,
  continue it (paragraphs, wrapped lines, caption lines with their own times); its time
  is the label's, else its first line's. A time alone on a line is the time of the
  turn it ends when the page puts times after the words (an oral-history ``<dd>``).
* A transcript printed twice (a hidden mobile copy) keeps its first copy.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tracker.feeds.transcript_lines import Record
from tracker.feeds.transcript_marks import is_divider, is_marker, is_stop
from tracker.model import TranscriptSegment

__all__ = ["MIN_TURNS", "labelled_turns", "with_ends"]

_SAYS_TRANSCRIPT = re.compile(r"transcript|文字稿|逐字稿|全文|实录|實錄", re.I)

# "展开全文" is a button that opens the rest of the text, not the transcript's heading.
_EXPAND = re.compile(r"(?:展开|展開|查看|阅读|閱讀|点击|點擊)全文")
# What a turn may open with that is not its words: a quotation mark, a stage direction.
_OPENING = re.compile(r"^(?:[\"“”‘’'「『]+\s*|[\[(（](?!\s*\d{1,2}:)[^\])）]{1,30}[\])）]\s*)+")
# A note in brackets (perhaps wrapped over lines), a broadcast's cue: "(END VIDEOTAPE)".
# A deposition's stage notes: "(Recess taken.)", "BY MR. HALVERSON:", "CROSS-EXAMINATION".
_NOT_SPOKEN = re.compile(r"\[[^\]]*\]?|[^\[]*\]|\([A-Z][A-Z ,\-]{1,40}\)|\([^()]{1,60}\)"
                         r"|BY (?:MR|MRS|MS|DR)\. [A-Z'’\-]+:"
                         r"|(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[- ])*EXAMINATION"
                         r"|(?:\*\s*){3,}")  # a gap between excerpts: "* * *"
_HAN = re.compile(r"[\u3400-\u9fff]")
_QUOTE_MARKS = tuple("\"“”‘’「『«")
MIN_TURNS = 3  # labelled turns a page needs to count as a transcript


@dataclass(slots=True)
class _Turn:
    speaker: str
    start: float | None
    texts: list[str] = field(default_factory=list)


def labelled_turns(records: Sequence[Record], named: set[str],
                   persons: Mapping[str, str]) -> list[TranscriptSegment] | None:
    """One segment per turn of a labelled transcript, or None when the page is not one."""
    labels = _without_roster(records, _region(
        records, [i for i, r in enumerate(records) if r.name in named], persons))
    if len(labels) < MIN_TURNS:
        return None
    times = [i for i, r in enumerate(records) if r.form == "time"]
    # Times after the words: the first time line comes after the first label of its own
    # container (a copy without times above the timed one says nothing of where they stand).
    boxed = [i for i in labels if times and records[i].box == records[times[0]].box]
    trailing = bool(times) and times[0] > (boxed or labels)[0]
    in_table = all(records[i].row for i in labels)
    turns: list[_Turn] = []
    before = records[labels[0] - 1] if labels[0] else None  # a cue's time above its label
    pending = before.seconds if before and before.form == "time" and not trailing else None
    accepted = set(labels)
    main_form = Counter(_family(records[i]) for i in labels).most_common(1)[0][0]
    # A chapter list below the transcript: none of its lines is a turn or words of one.
    lists = _chapter_boxes(records, labels, persons)
    for i in range(labels[0], _end(records, labels, named, in_table)):
        r = records[i]
        if r.box in lists:
            continue
        if (i in accepted and _family(r) != main_form and r.seconds is None and turns
                and turns[-1].speaker == persons[r.name or ""]):
            # The same person again right after, labelled another way and untimed: the
            # turn's original or translation below it ("马斯克：…" then "Elon Musk: …").
            if r.text:
                turns[-1].texts.append(r.text)
            continue
        if i in accepted:
            start = r.seconds if r.seconds is not None else pending
            turns.append(_Turn(persons[r.name or ""], start, [r.text] if r.text else []))
            pending = None
        elif r.form == "time":
            if trailing and turns[-1].start is None:
                turns[-1].start = r.seconds
            elif not trailing:
                pending = r.seconds
        elif not (_breaks(r) or (_quoted(r) and not _quoted(records[labels[0]]))):
            _continue(turns[-1], r)
    segments = _segments(_one_language(_without_quotes_back(_first_copy(turns))))
    # Labels with no words between them ("Apple Podcasts", "Spotify") are no transcript.
    return with_ends(segments) if len(segments) >= MIN_TURNS else None


def pointing_back(starts: Sequence[tuple[str, float | None]]) -> list[bool]:
    """For each (speaker, start) in page order: whether it points back to a turn told
    already, the same person starting again at a second the transcript has passed (a
    chapter list's "0:31 Elon Musk: …" under a timed panel, a reply quoting a timed line)."""
    seen: set[tuple[str, float]] = set()
    latest, out = 0.0, []
    for who, start in starts:
        back = start is not None and 0 < start < latest and (who, start) in seen
        out.append(back)
        if start is not None and not back:
            latest = max(latest, start)
            seen.add((who, start))
    return out


def _chapter_boxes(records: Sequence[Record], labels: list[int],
                   persons: Mapping[str, str]) -> set[str]:
    """Containers below the transcript whose timed labels point back to its turns, half
    of them at least (``pointing_back``): a chapter list, a timed copy."""
    timed = [i for i in labels if records[i].seconds is not None]
    back = pointing_back([(persons.get(records[i].name or "", records[i].name or ""),
                           records[i].seconds) for i in timed])
    boxes = Counter(records[i].box for i in timed)
    pointing = Counter(records[i].box for i, b in zip(timed, back, strict=True) if b)
    main = records[labels[0]].box
    return {box for box, n in pointing.items() if n * 2 >= boxes[box] and box != main}


def _family(r: Record) -> str:
    """A label's form, with a speaker heading's time link left out: "<h4>June 0:20</h4>"
    and "<h4>June</h4>" (a turn the page gives no time) are one form of one transcript."""
    if r.heading:
        for base in ("name-stamp", "heading"):
            if r.form.startswith(base):
                return "heading" + r.form[len(base):]
    return r.form


def _region(records: Sequence[Record], labels: list[int],
            persons: Mapping[str, str]) -> list[int]:
    """The labels of the transcript: those from the first to the last label written in
    the page's main form (the most used one that two or more people speak in), up to a
    stop line."""
    by_form: dict[str, list[int]] = defaultdict(list)
    for i in labels:
        r = records[i]
        if not (r.heading and r.text):  # "<h1>Elon Musk: the future of AI</h1>" is a title
            by_form[_family(r)].append(i)
    forms = [idx for idx in by_form.values()
             if len({persons[records[i].name or ""] for i in idx}) >= 2]
    if not forms:  # each speaker's labels written their own way: read them as one form
        forms = [sorted(i for idx in by_form.values() for i in idx)]
        if len({persons[records[i].name or ""] for i in forms[0]}) < 2:
            return []  # one person's labels: quotes or notes, not turns that alternate
    # The most used form; of two copies written two ways, the one with times (on the
    # label, or on the line below it: a player's time after the words), also when it is
    # a little shorter (a heading with a note the other copy writes as a label).
    most = max(len(idx) for idx in forms)
    main = _in_conversation(records, persons, _after_marker(records, max(forms, key=lambda idx: (
        len(idx) * 4 >= most * 3 and sum(_timed(records, i) for i in idx) * 2 > len(idx),
        len(idx), sum(_timed(records, i) for i in idx)))))
    last = _before_stop(records, main)
    quoted = _quoted(records[main[0]])
    speaking = {persons[records[i].name or ""] for i in main}
    members = set(main)
    # Inside it, a label written another way is a speaker's when it leaves no doubt or
    # names one who speaks in the main form ("Look:" twice in his answer is not one).
    inside = [i for i in labels if main[0] <= i <= last and _quoted(records[i]) == quoted
              and not (records[i].heading and records[i].text)
              and (i in members or records[i].sure or persons[records[i].name or ""] in speaking)]
    inside = _first_turns(records, labels, main, persons) + inside
    if last != main[-1]:
        return inside
    # After it, labels written another way of those who speak in it (or beyond doubt), in its containers,
    # nothing heading or ending a section between: the last turns without their time link
    # ("[04:39] Priya: Thank you." then "Elon: Thanks, guys.").
    boxes = {records[i].box for i in main}
    prev = last
    for i in (i for i in labels if i > last):
        r = records[i]
        if (_quoted(r) != quoted or r.heading or r.box not in boxes
                or r.text.startswith(_QUOTE_MARKS)  # 'Elon Musk: "Also the robot."' in a reply
                or not (r.sure or persons[r.name or ""] in speaking)
                or any(_breaks(records[k])
                       for k in range(prev + 1, i))):
            break
        inside.append(i)
        prev = i
    return inside


def _first_turns(records: Sequence[Record], labels: list[int], main: list[int],
                 persons: Mapping[str, str]) -> list[int]:
    """The labels right before the main form's first, written another way, of those who
    speak in it or after it under a label beyond doubt (timed): a transcript's first
    turns with the full names ("ELON MUSK (01:02):") before the initials take over ("EM
    (01:22):"), a host labelled in capitals ("HOST (1:35):") opening a talk the guests'
    labels ("EM (1:52):", "Q1 (2:10):") carry. Each timed, in the main form's
    containers, quoted alike, with no heading, marker or stop line between."""
    boxes = {records[i].box for i in main}
    speaking = {persons[records[i].name or ""] for i in main}
    speaking |= {persons[records[i].name or ""] for i in labels
                 if i > main[0] and records[i].sure and records[i].box in boxes}
    quoted = _quoted(records[main[0]])
    found: list[int] = []
    nxt = main[0]
    for i in reversed([i for i in labels if i < main[0]]):
        r = records[i]
        if (r.heading or r.seconds is None or r.box not in boxes or _quoted(r) != quoted
                or persons[r.name or ""] not in speaking
                or any(_breaks(records[k])
                       for k in range(i + 1, nxt))):
            break
        found.append(i)
        nxt = i
    return found[::-1]


def _in_conversation(records: Sequence[Record], persons: Mapping[str, str],
                     main: list[int]) -> list[int]:
    """The main form's labels without those of a list beside the transcript written the
    same way: a box of timed comments or highlights ("(00:25)马斯克：…") before the
    subtitles, a ticker line above an earnings call. When only some kinds of container the
    labels sit in hold two or more people, a label in a one-person container outside their
    span is no turn, unless it is alone in its container with nothing heading a section
    between it and them (a transcript's first turn wrapped apart). A transcript that gives
    each speaker a container of their own keeps them all."""
    people_in: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    for i in main:
        people_in[records[i].box].add(persons[records[i].name or ""])
        count[records[i].box] += 1
    talking = {box for box, who in people_in.items() if len(who) >= 2}
    if not talking or len(talking) == len(people_in):
        return main
    inside = [i for i in main if records[i].box in talking]
    first, last = inside[0], inside[-1]
    breaks = [0]  # section breaks (headings, markers, stop lines, dividers) before each record
    for r in records:
        breaks.append(breaks[-1] + _breaks(r))

    def near(i: int) -> bool:
        lo, hi = (i + 1, first) if i < first else (last + 1, i)
        return count[records[i].box] < 2 and breaks[hi] == breaks[lo]

    return [i for i in main if records[i].box in talking or first < i < last or near(i)]


def _breaks(r: Record) -> bool:
    """Whether a line heads or ends a section: a heading, the transcript's marker, a stop
    line ("Share", "推荐阅读"), a typed divider ("=========" closing a post's transcript;
    a reply below it quoting "马斯克：不会。" is no turn)."""
    return r.heading or is_marker(r.line) or is_stop(r.line) or is_divider(r.line)


def _timed(records: Sequence[Record], i: int) -> bool:
    """Whether a label's turn has its time: on the label or on the turn's first line."""
    below = records[i + 1] if i + 1 < len(records) else None
    return records[i].seconds is not None or (
        below is not None and below.name is None and below.seconds is not None)


def _without_roster(records: Sequence[Record], labels: list[int]) -> list[int]:
    """The labels before a list of the people at the end ("Call participants"): two or
    more labels in a row with no words, after which the last would read the page's footer.
    A label with a time heads a turn (its words below), never a list's entry."""
    run = len(labels)
    while (run > 0 and not records[labels[run - 1]].text
           and records[labels[run - 1]].seconds is None
           and (run == len(labels) or labels[run] == labels[run - 1] + 1)):
        run -= 1
    return labels[:run] if len(labels) - run >= 2 else labels


def _before_stop(records: Sequence[Record], main: list[int]) -> int:
    """The last label of the transcript: a stop line ("Related posts", "推荐阅读") or a
    typed divider ("==========" under a post's transcript) ends it when few of its labels
    follow (a related post "马斯克：…", a reply quoting a line as typed); a "Subscribe now"
    button or a divider between parts in the middle of a post, with most of the
    transcript after it, does not."""
    members, done = set(main), 0
    for i in range(main[0], main[-1]):
        done += i in members
        if ((is_stop(records[i].line) or is_divider(records[i].line))
                and (len(main) - done) * 3 <= done):
            return i
    return main[-1]


def _quoted(r: Record) -> bool:
    """A line of a blockquote or a caption: a pull quote within the transcript, unless
    the whole transcript is quoted."""
    return r.form.endswith("quote")


def _after_marker(records: Sequence[Record], main: list[int]) -> list[int]:
    """The main form's labels after the transcript's heading ("Transcript", "文字稿") when
    labels of the same form come before it: a chapter list ("Elon Musk (12:30) on
    tariffs"), a guest list, a clip of the transcript printed above it."""
    middle = main[len(main) // 2]
    marker = next((i for i in range(middle, main[0], -1) if _heads_transcript(records[i])), None)
    if marker is None:
        return main
    before, after = [i for i in main if i < marker], [i for i in main if i > marker]
    if (len(before) * 4 >= len(after) * 3
            and sum(_timed(records, i) for i in before) * 2 > len(before)
            and sum(_timed(records, i) for i in after) * 2 <= len(after)):
        return main  # a timed transcript, then "Show full transcript as text": a copy below
    return after


def _heads_transcript(r: Record) -> bool:
    """A line that announces the transcript: "Transcript", "以下为访谈全文：", or a heading
    that says transcript ("Interview transcript", "Read the full transcript")."""
    if r.name is not None or _EXPAND.search(r.line):
        return False
    return is_marker(r.line) or (r.heading and len(r.line) <= 60
                                 and _SAYS_TRANSCRIPT.search(r.line) is not None)


def _end(records: Sequence[Record], labels: list[int], named: set[str], in_table: bool) -> int:
    """Where the last turn ends: at a heading, a stop line ("Share", "Comments"), another
    label, after a table's last row, or where the transcript's container ends (the kind
    of container none of its lines sat in: a footer, a tag list, an author's bio)."""
    boxes = {r.box for r in records[labels[0]:labels[-1] + 1]}
    for i in range(labels[-1] + 1, len(records)):
        r = records[i]
        if (_breaks(r) or r.name in named or (in_table and not r.row) or r.box not in boxes):
            return i
    return len(records)


def _continue(turn: _Turn, r: Record) -> None:
    """Add a line to the turn it continues (a label seen once, "Note: ...", is words)."""
    if r.name is not None and (r.seconds is not None or r.heading):
        return  # a chapter heading ("Introduction (0:00)"), not speech
    if r.text.isdigit() and len(r.text) <= 5:
        return  # a cue number of a subtitle file printed on the page
    text = r.line if r.name is not None else r.text
    # A line in capitals is a heading; a Chinese line with "AI" in it is not one.
    if _NOT_SPOKEN.fullmatch(text) or (text.isupper() and len(text.split()) >= 3
                                       and not _HAN.search(text)):
        return  # "[The prepared statement ... appears in the Appendix.]", "STATEMENT OF ..."
    if turn.start is None and r.seconds is not None:
        turn.start = r.seconds
    if text:
        turn.texts.append(text)


def _first_copy(turns: list[_Turn]) -> list[_Turn]:
    """Drop a transcript's second copy: a run of three or more turns seen before, one of
    them long (short exchanges seen again, "Right." "Yes.", are new turns). A turn is
    known by its speaker and its first words, its lines joined: a copy may merge the
    caption lines or segments the other splits (a plain-text export, a full-text box).
    A copy may lack the times the other has: the kept turn takes the dropped one's time."""
    first: dict[tuple[str, str], _Turn] = {}
    keys = [_copy_key(turn) for turn in turns]
    repeat = []
    for turn, key in zip(turns, keys, strict=True):
        repeat.append(key in first)
        first.setdefault(key, turn)
    keep: list[_Turn] = []
    i = 0
    while i < len(turns):
        j = i
        while j < len(turns) and repeat[j]:
            j += 1
        if j - i >= 3 and any(_weight(keys[k][1]) >= 32 for k in range(i, j)):
            for k in range(i, j):
                kept = first[keys[k]]
                kept.start = kept.start if kept.start is not None else turns[k].start
            i = j
        else:  # no part of a run that is no copy is one: keep it whole (linear time)
            j = max(j, i + 1)
            keep.extend(turns[i:j])
            i = j
    return keep


_COPY_KEY_CHARS = 48


def _without_quotes_back(turns: list[_Turn]) -> list[_Turn]:
    """Drop an untimed turn whose first line is the opening of an earlier turn of the
    same person, cut short, on a page whose turns are timed: a reply quoting a line back
    ("Elon: Much better, not solved." under a pasted transcript, the reply's own words
    below it), not a turn."""
    if sum(t.start is not None for t in turns) * 2 <= len(turns):
        return turns
    said: dict[str, list[str]] = defaultdict(list)
    keep = []
    for turn in turns:
        text = _letters(turn.texts[0] if turn.texts else "")
        if (turn.start is None and _weight(text) >= 16
                and any(len(before) > len(text) and before.startswith(text)
                        for before in said[turn.speaker])):
            continue
        said[turn.speaker].append(_letters(" ".join(turn.texts)))
        keep.append(turn)
    return keep


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum()).casefold()


def _weight(key: str) -> int:
    """A key's length in Latin letters: a Chinese character says as much as a short word."""
    return len(key) + 2 * len(_HAN.findall(key))


# A stage direction: "[APPLAUSE]", "[Laughs.]", "(LAUGHTER)"; one copy may print it as a
# cue of its own (dropped), the other inside the turn.
_STAGE = re.compile(r"\[[^\[\]]{1,40}\]|\([A-Z][A-Z ,.'’\-]{1,40}\)")


def _copy_key(turn: _Turn) -> tuple[str, str]:
    """A turn's speaker and its first words as letters and digits only (a copy may
    punctuate or space them otherwise, keep or drop its stage directions)."""
    head = _STAGE.sub("", "".join(turn.texts)[:_COPY_KEY_CHARS * 6])[:_COPY_KEY_CHARS * 3]
    key: list[str] = []
    weight = 0
    han = None  # a Chinese turn is known by its characters: a copy may add the English after
    for c in head:
        if not c.isalnum():
            continue
        is_han = _HAN.match(c) is not None
        han = is_han if han is None else han
        if han and not is_han and not c.isdigit():
            continue
        key.append(c)
        weight += 3 if is_han else 1  # a Chinese character weighs as a short word
        if weight >= _COPY_KEY_CHARS:
            break
    return turn.speaker, "".join(key).casefold()


def _one_language(turns: list[_Turn]) -> list[_Turn]:
    """A transcript printed in two languages, one after the other (the original, then a
    translation with its own labels), keeps the first: the same turns in the same order
    (a person named alike in both speaks at the same places), each half in its own script.
    Turns that each hold a translation and its original are one transcript."""
    half = len(turns) // 2
    if half < MIN_TURNS or len(turns) % 2:
        return turns
    first, second = turns[:half], turns[half:]
    both = {t.speaker for t in first} & {t.speaker for t in second}
    if _order(first) != _order(second) or any(
            (a.speaker in both or b.speaker in both) and a.speaker != b.speaker
            for a, b in zip(first, second, strict=True)):
        return turns
    script = _script(first)
    return turns if script is None or _script(second) in (None, script) else first


def _order(turns: list[_Turn]) -> list[int]:
    """Who speaks when, as the order each speaker first speaks in: [0, 1, 0, 1, 2]."""
    seen: dict[str, int] = {}
    return [seen.setdefault(t.speaker, len(seen)) for t in turns]


def _script(turns: list[_Turn]) -> bool | None:
    """Whether the turns are in Chinese (True) or not (False), four in five of them at
    least; None when they are mixed."""
    cjk = sum(_cjk([t]) for t in turns)
    return True if cjk * 5 >= len(turns) * 4 else False if cjk * 5 <= len(turns) else None


def _cjk(turns: list[_Turn]) -> bool:
    """Whether the turns are mostly in Chinese characters."""
    return is_chinese("".join(w for t in turns for w in t.texts))


def is_chinese(text: str) -> bool:
    """Whether a text is mostly in Chinese characters."""
    return len(_HAN.findall(text)) * 3 > len(text)


def _segments(turns: list[_Turn]) -> list[TranscriptSegment]:
    """Turns as segments; a turn without a time takes the one before (pages give some)."""
    out = []
    last = 0.0
    for turn in turns:
        if not turn.texts:
            continue
        # Whole seconds, as a link to the moment takes them ("[00:00:35.999]" is 35).
        last = float(int(turn.start)) if turn.start is not None else last
        text = _OPENING.sub("", " ".join(turn.texts)) or " ".join(turn.texts)
        out.append(TranscriptSegment(last, last, text, turn.speaker))
    return out


def with_ends(segments: list[TranscriptSegment]) -> list[TranscriptSegment]:
    """Each segment ends where the next one starts (pages give start times only)."""
    out = []
    for i, seg in enumerate(segments):
        nxt = segments[i + 1].start if i + 1 < len(segments) else seg.start
        out.append(TranscriptSegment(seg.start, max(seg.start, nxt), seg.text, seg.speaker))
    return out
