"""Transcripts published as web pages: find them from the show notes, read their turns.

Most shows he appears on have no ``podcast:transcript`` tag; some put the transcript
on the episode's page or link it from the show notes. This module finds those links
and reads a page's speaker turns into ``TranscriptSegment``s (speaker label and time
kept), so the extractor takes his turns as in a labelled VTT and a post can link to
the moment. Pure: strings and bytes in, model values out.

A page is read as a pipeline, each step in its own module: the page as lines without
comment threads and sidebars (``transcript_dom``), court line numbers taken off
(``transcript_numbered``), times printed after the words as the page does throughout
(``transcript_after``); each line's label,
time and words (``transcript_lines``); which labels are speakers (a label must recur:
"Note:" once is text; decided here); who each speaker is, per page (``transcript_people``);
where the transcript is and its turns, one segment each (``transcript_turns``); an
interview's answerer, and bold questions with plain answers (``transcript_qa``). Each
step is linear in the page's size. A page without speaker labels may still be a
transcript with times, or, linked as one, its plain paragraphs.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import unquote, urljoin, urlsplit

from tracker.feeds.speakers import Speakers, canonical, fold
from tracker.feeds.transcript_after import worded_times
from tracker.feeds.transcript_dom import decode, page_lines
from tracker.feeds.transcript_lines import Record, record
from tracker.feeds.transcript_marks import is_marker, is_stop
from tracker.feeds.transcript_numbered import unnumbered
from tracker.feeds.transcript_people import KEY_EQUALS, initialled, legend, people
from tracker.feeds.transcript_qa import (
    bold_questions,
    plain_answers,
    question_labels,
    questions_only,
)
from tracker.feeds.transcript_turns import (
    MIN_TURNS,
    is_chinese,
    labelled_turns,
    pointing_back,
    with_ends,
)
from tracker.model import Transcript, TranscriptSegment

__all__ = ["MIN_TURNS", "is_page_url", "mentions_transcript", "parse_page", "transcript_links"]

# Link text or URL that says "transcript" (English, simplified and traditional Chinese).
_SAYS_TRANSCRIPT = re.compile(r"transcript|文字稿|逐字稿|全文|文字版|文字实录|文字實錄|逐字", re.I)
_ANCHOR = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>(.*?)</a\s*>""", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_URL_IN_TEXT = re.compile(r"https?://[!#-&(-;=?-~]+")  # printable ASCII but quotes, < and >
_MEDIA = re.compile(r"\.(?:mp3|m4a|aac|ogg|opus|wav|mp4|m4v|mov|webm|pdf|jpe?g|png|gif)$", re.I)
# A Q&A's labels (a speaker number with a name defines it instead: see ``people``).
_GENERIC = re.compile(r"[QA]|Answer")
_ROLE_NAME = re.compile(r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})\s*(?:,|$)")
# A label's role saying the voice is not the person's: "ELON MUSK (AI VOICE):",
# "Elon Musk, voice clone:", "ELON MUSK IMPERSONATOR:" is someone (or something) else.
_NOT_THE_PERSON = re.compile(r"\bAI[- ](?:generated|voice|clone|version|avatar)|voice[- ]?clone"
                             r"|\bclone[ds]?\b|deep ?fake|\bfake\b|impersonat|imitat|parod|spoof"
                             r"|synthe(?:tic|si[sz]ed)|sound-?alike|look-?alike", re.I)
_QUOTES = tuple("\"“”‘’'「『«")
MIN_TIMED = 5  # timestamped paragraphs an unlabelled transcript needs
MIN_PLAIN = 500  # characters of an explicitly linked transcript without labels or times

def transcript_links(notes_html: str, base_url: str = "", limit: int = 3) -> tuple[str, ...]:
    """Links in show notes whose text, URL or lead-in says transcript (absolute, http(s)).

    Both anchors and bare URLs in the text count: "Transcript: https://..." is common.
    Regular expressions, not a parser: every episode of every podcast feed comes here.
    """
    if not mentions_transcript(notes_html):
        return ()  # the common case, decided without reading the notes
    found: list[str] = []
    for m in _ANCHOR.finditer(notes_html):
        href = html.unescape(m.group(2)).strip()
        lead = _last_words(_TAGS.sub(" ", notes_html[max(0, m.start() - 200):m.start()]))
        words = " ".join((html.unescape(lead), _TAGS.sub(" ", m.group(3)), unquote(href)))
        if href and _SAYS_TRANSCRIPT.search(words):
            found.append(urljoin(base_url, href))
    text = html.unescape(_TAGS.sub(" ", _ANCHOR.sub(" ", notes_html)))
    for m in _URL_IN_TEXT.finditer(text):
        lead = _last_words(text[max(0, m.start() - 40):m.start()])
        if _SAYS_TRANSCRIPT.search(lead + " " + unquote(m.group(0))):
            found.append(m.group(0).rstrip(".,;:"))
    links = [u for u in dict.fromkeys(found) if is_page_url(u)]
    return tuple(links[:limit])


def mentions_transcript(notes_html: str) -> bool:
    """Cheap test: could the notes link a transcript? (no false negatives)."""
    if not notes_html:
        return False
    return bool(_SAYS_TRANSCRIPT.search(notes_html)
                or ("%" in notes_html and _SAYS_TRANSCRIPT.search(unquote(notes_html))))


def _last_words(text: str) -> str:
    """The two words right before a link: its label ("Transcript:", "文字稿：")."""
    return " ".join(re.split(r"[\s。！？!?]+", text.strip())[-2:])


def is_page_url(url: str) -> bool:
    """True for an http(s) URL that may be a web page (not an audio, video or image file)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not _MEDIA.search(parts.path)


def parse_page(url: str, body: bytes, *, explicit: bool = False,
               speakers: Speakers = ()) -> Transcript | None:
    """The transcript on a page, or None when the page holds none.

    A page is a transcript when it has at least MIN_TURNS labelled turns (the labels
    recurring), or MIN_TIMED timestamped paragraphs; a page linked as "transcript"
    (``explicit``) also counts with MIN_PLAIN characters of plain paragraphs.
    """
    lines = worded_times(unnumbered(page_lines(decode(body))))
    records = _role_lines(
        [_impersonated(_named_role(replace(record(line), box=line.box))) for line in lines])
    named = _speaker_names(records, speakers)
    segments = None
    if named:
        roles = {r.name: r.role for r in records if r.name in named and r.role}
        titles: dict[str, str] = defaultdict(str)  # all a label's titles ("ELON, CALLER")
        for r in records:
            if r.name in named and r.title:
                titles[r.name] += f"{r.title}; "
        # The page names its people outside the turns ("Speaker 2 is Elon Musk"); a host
        # saying "Speaker 1: Elon Musk, welcome" defines nobody.
        notes = "\n".join(r.line for r in records if r.name not in named)
        forms: dict[str, set[str]] = defaultdict(set)  # how each label is written
        for r in records:
            if r.name in named:
                forms[r.name].add(_form_kind(r.form))
        persons = people(named, "\n".join(r.line for r in records), speakers, roles, notes,
                         forms, titles, [r.name for r in records if r.name in named],
                         legend(records, lines))
        if (questions_only(records, named) or question_labels(records)
                or plain_answers(lines, records)):
            segments = bold_questions(lines, records, speakers)
        if segments is None:
            segments = labelled_turns(records, named, persons)
    if segments is None:
        segments = bold_questions(lines, records, speakers)
    if segments is None:
        segments = _timed(records)
    if segments is None and explicit:
        plain = [r.text for r in records if r.text]
        if sum(len(t) for t in plain) >= MIN_PLAIN:
            segments = [TranscriptSegment(0.0, 0.0, t) for t in plain]
    if not segments:
        return None
    return Transcript(url=url, format="page", segments=tuple(_one_turn_each(segments)))


def _one_turn_each(segments: list[TranscriptSegment]) -> list[TranscriptSegment]:
    """A turn quoted again with its time, after the transcript has passed it (a forum
    reply quoting "[31:10] Elon：是的。"), is no turn; a turn and its translation, each under
    the same speaker's label with nobody between ("马斯克：……" then, below it, the English
    original "Musk: ..."), are one turn (the translation carries no later time of its own)."""
    back = pointing_back([(s.speaker or "", s.start) for s in segments])
    out: list[TranscriptSegment] = []
    for seg, quoted in zip(segments, back, strict=True):
        if quoted and seg.speaker is not None:
            continue
        last = out[-1] if out else None
        if (last is not None and seg.speaker is not None and seg.speaker == last.speaker
                and is_chinese(seg.text) != is_chinese(last.text) and seg.start <= last.start):
            out[-1] = replace(last, end=max(last.end, seg.end), text=f"{last.text}\n{seg.text}")
            continue
        out.append(seg)
    return out


def _role_lines(records: list[Record]) -> list[Record]:
    """A speaker heading's role line below it ("<h4>Elon Musk</h4>" then "Chief
    Executive Officer (0:58)", an earnings call's way) gives the heading its time and
    role, and is neither a label nor words."""
    out = list(records)
    for i in range(len(out) - 1):
        head, below = out[i], out[i + 1]
        if not (head.heading and head.name and not head.text and not below.heading):
            continue
        role = below.name if below.name and not below.text else (
            below.text if below.name is None and below.seconds is not None else "")
        if not _ROLE_LINE.fullmatch(role or ""):
            continue
        out[i] = replace(head, seconds=head.seconds if head.seconds is not None else below.seconds,
                         role=head.role or role)
        out[i + 1] = Record("", box=below.box)
    return out


# A role: a few capitalised words ("Chief Executive Officer", "Head of Investor Relations");
# two words at least, no sentence ("Austin." under "Musk" is his answer).
_ROLE_LINE = re.compile(r"[A-Z][\w&'’\-]*(?:,? (?:[A-Z][\w&'’\-]*|of|and|for|the|&)){1,6}")


def _form_kind(form: str) -> str:
    """A label's form without its container's marks ("colon-caps-bold" is "colon-caps")."""
    return re.sub(r"-(?:bold|quote|list|title)\b", "", form)


def _named_role(r: Record) -> Record:
    """A Q&A label whose parentheses name someone is theirs: "A (Jana Kühn, plant
    manager):" in a Q&A whose answers are his."""
    if r.name is None or not _GENERIC.fullmatch(r.name):
        return r
    m = _ROLE_NAME.match(r.role)
    return replace(r, name=m.group(1), role="", sure=True) if m else r


def _impersonated(r: Record) -> Record:
    """A label whose role says the voice is an imitation ("ELON MUSK (AI VOICE):") is
    written out in full, so it names nobody watched."""
    if r.name is None:
        return r
    label = re.split(r"[:：]", r.line, maxsplit=1)[0][:120]
    if not (_NOT_THE_PERSON.search(r.role) or _NOT_THE_PERSON.search(label)):
        return r
    return replace(r, name=label.strip(), role="")


def _speaker_names(records: Sequence[Record], speakers: Speakers = ()) -> set[str]:
    """Labels that are speakers: each labels two turns (its short and full forms counted
    together), or one in a form that leaves no doubt (with its time, in a table's speaker
    cell, alone on its line with a colon). When two speakers' turns are headed by their
    names, every heading that is a name is a speaker too (the guest who speaks once).
    A watched speaker's full name labelled once, written as a recurring label of his is
    ("伊隆·馬斯克：" first, "Elon：" after: two scripts share no word), is his first turn."""
    counts = Counter(r.name for r in records if r.name)
    words: dict[tuple[str, str], set[str]] = defaultdict(set)  # (word, form) -> labels
    for name, form in {(r.name, r.form) for r in records if r.name}:
        for word in fold(name).split():
            words[word, form].add(name)
    named = {r.name for r in records if r.name and (counts[r.name] >= 2 or r.sure
                                                    or _has_other_form(r, words))}
    headed = {r.name for r in records if r.name and r.heading and not r.text}
    if len(headed & named) >= 2:  # the page heads each turn with its speaker: all are
        named |= headed
    if speakers:
        named |= _full_names_of_recurring(records, named, speakers)
    # A legend's name for a recurring key ("Legend: EM = Elon", "Elon:" once, "EM:" after).
    labels = {r.name for r in records if r.name}
    named |= {m.group(2) for r in records for m in KEY_EQUALS.finditer(r.line)
              if m.group(1) in named and m.group(2) in labels}
    return named


def _full_names_of_recurring(records: Sequence[Record], named: set[str],
                             speakers: Speakers) -> set[str]:
    """Labels of two or more words that name a watched speaker in full, written in the
    same form as a recurring label that names him too; not words in quotation marks
    (a pull quote "Elon Musk: “…”" above the transcript)."""
    watched = {name for name, _ in speakers}
    who = {name: canonical(name, speakers) for name in {r.name for r in records if r.name}}
    forms: dict[str, set[str]] = defaultdict(set)  # form -> watched people labelled so
    for r in records:
        if r.name in named and who[r.name] in watched:
            forms[r.form].add(who[r.name])
    found = set()
    for r in records:
        if (r.name and r.name not in named and r.form in forms and not r.text.startswith(_QUOTES)
                and who[r.name] in forms[r.form] and len(fold(r.name).split()) >= 2):
            found.add(r.name)
    return found


def _has_other_form(r: Record, words: dict[tuple[str, str], set[str]]) -> bool:
    """Whether a label written the same way names the same person shorter or longer
    ("埃隆·马斯克" and "马斯克", "Elon Musk, CEO of Tesla:" and "Musk:")."""
    mine = set(fold(r.name or "").split())
    near = set().union(*(words[word, r.form] for word in mine)) if mine else set()
    return any(mine < (theirs := set(fold(other).split())) or theirs < mine
               or initialled(r.name or "", other) or initialled(other, r.name or "")
               for other in near)


def _timed(records: Sequence[Record]) -> list[TranscriptSegment] | None:
    """Segments of an unlabelled transcript with timestamps, or None when it has too few."""
    timed = [i for i, r in enumerate(records) if r.seconds is not None and r.name is None]
    if len(timed) < MIN_TIMED:
        return None
    # Start after the "Transcript" heading when there is one (a list of chapters with
    # times may come before it), else at the first time.
    middle = timed[len(timed) // 2]
    markers = [i for i, r in enumerate(records[:middle]) if is_marker(r.line)]
    start = markers[-1] + 1 if markers else timed[0]
    segments: list[TranscriptSegment] = []
    stamp = 0.0
    for r in records[start:]:
        if is_stop(r.line):
            break
        if r.heading:
            continue
        stamp = r.seconds if r.seconds is not None else stamp
        text = r.line if r.name is not None and r.seconds is None else r.text
        if text:
            segments.append(TranscriptSegment(stamp, stamp, text))
    return with_ends(segments)
