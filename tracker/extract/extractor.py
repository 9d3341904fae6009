"""The extractor: what a watched speaker said about a watched topic in one text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.extract.attribution import Attributor, Cue, verbs
from tracker.extract.normalise import language_of, normalise, s2t
from tracker.extract.sentences import paragraphs, quotes, sentences
from tracker.extract.topic import TopicMatcher
from tracker.model import ExtractedStatement, TranscriptSegment, Watch

CONF_TURN = 0.95
CONF_QUOTE = 0.9
CONF_REPORTED = 0.8
CONF_PRONOUN = 0.75
CONF_GUEST = 0.5
_LABEL = re.compile(r"\s*((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2}|[\u4e00-\u9fff·]{2,8})\s*[:：]\s*")
_CLAUSE_LEAD = re.compile(r"^(?:\s|[,，:：]|that\b)*")
_CLAUSE_OPEN = re.compile(r"[:：]|\bthat\b")
_TRAIL = " \t,，。.!！?？;；:：\"“”「」『』'‘’"


@dataclass(slots=True)
class _Doc:
    text: str
    norm: str
    watch: Watch
    who: Attributor
    topic: TopicMatcher
    found: list[ExtractedStatement] = field(default_factory=list)
    last_on_topic: bool = False  # the speaker's last attributed sentence was on topic


class Extractor:
    """Finds statements by the watched speakers on the watched topics."""

    def __init__(self, watches: Sequence[Watch]) -> None:
        self._watches = [(w, Attributor(w.speaker_aliases), TopicMatcher(w.topic_terms))
                         for w in watches]
        # Superset prefilter on the raw text: aliases lower-cased, in both scripts.
        variants = {v for w in watches for a in w.speaker_aliases if a.strip()
                    for v in (a.strip().lower(), s2t(a.strip()).lower())}
        self._maybe = re.compile("|".join(re.escape(v) for v in sorted(variants, key=len,
                                                                        reverse=True)) or "(?!x)x")

    def mentions_speaker(self, *texts: str) -> bool:
        """Cheap test: could any of texts name a watched speaker? (no false negatives)."""
        return any(self._maybe.search(t.lower()) for t in texts if t)

    def extract(self, text: str, *, language: str | None = None,
                segments: Sequence[TranscriptSegment] | None = None,
                guests: Sequence[str] = (), title: str = "") -> list[ExtractedStatement]:
        """Statements in text (or in the transcript segments when given).

        Offsets refer to text, or to "\\n".join(segment texts) for a transcript.
        """
        if segments is not None:
            text = "\n".join(s.text for s in segments)
        speakers = " ".join({s.speaker or "" for s in segments or ()})
        if not self.mentions_speaker(text, title, " ".join(guests), speakers):
            return []
        norm = normalise(text)
        guest_norm = normalise(" ".join(guests))
        labels = normalise(speakers)
        title_norm = normalise(title)
        found: list[ExtractedStatement] = []
        for watch, who, topic in self._watches:
            is_guest = bool(guests) and who.mentions(guest_norm)
            if not (is_guest or who.mentions(norm) or who.mentions(title_norm)
                    or who.mentions(labels)):
                continue  # the cheap prefilter: no alias, no segmentation
            doc = _Doc(text, norm, watch, who, topic)
            _extract_doc(doc, segments, is_guest)
            found.extend(doc.found)
        return sorted(found, key=lambda s: (s.start, s.watch))


def _extract_doc(doc: _Doc, segments: Sequence[TranscriptSegment] | None, is_guest: bool) -> None:
    starts: list[tuple[int, float | None]] = []
    labelled = False
    if segments is not None:
        pos = 0
        for seg in segments:
            starts.append((pos, seg.start))
            pos += len(seg.text) + 1
        labelled = any(s.speaker for s in segments)
    turn: bool | None = None
    previous = False
    for a, b in paragraphs(doc.text):
        seconds = _seconds_at(starts, a)
        if labelled and segments is not None:
            speaker = segments[_segment_at(starts, a)].speaker
            turn = None if speaker is None else doc.who.mentions(normalise(speaker))
        else:
            label = _LABEL.match(doc.text, a, b)
            if label and _is_label(label.group(1)):
                turn = doc.who.mentions(doc.norm, label.start(1), label.end(1))
                a = label.end()
        if turn:
            _topic_runs(doc, a, b, CONF_TURN, seconds)
            previous = False
        elif turn is not False:  # another speaker's turn: not his words
            guest = is_guest and turn is None
            previous = _paragraph(doc, a, b, seconds, guest=guest, previous=previous)


def _is_label(label: str) -> bool:
    words = label.split()
    return bool(words) and all(w[:1].isupper() or not w.isascii() for w in words)


def _segment_at(starts: list[tuple[int, float | None]], pos: int) -> int:
    index = 0
    for i, (offset, _) in enumerate(starts):
        if offset <= pos:
            index = i
    return index


def _seconds_at(starts: list[tuple[int, float | None]], pos: int) -> float | None:
    return starts[_segment_at(starts, pos)][1] if starts else None


def _topic_runs(doc: _Doc, a: int, b: int, confidence: float, seconds: float | None) -> None:
    """The speaker's own turn: each run of on-topic sentences is a statement."""
    run: tuple[int, int] | None = None
    for s, e in sentences(doc.text, a, b):
        if doc.topic.mentions(doc.norm, s, e):
            run = (run[0], e) if run else (s, e)
        elif run:
            _add(doc, run[0], run[1], confidence, seconds, (a, b))
            run = None
    if run:
        _add(doc, run[0], run[1], confidence, seconds, (a, b))


def _paragraph(doc: _Doc, a: int, b: int, seconds: float | None, *, guest: bool,
               previous: bool) -> bool:
    """Attributed quotes and reported speech in one paragraph.

    previous says whether the last attributed sentence was the speaker's (so "he
    added" and a bare follow-on quote are his); the updated value is returned.
    """
    for s, e in sentences(doc.text, a, b):
        frame = _blank_quotes(doc.norm, s, e)
        cue = doc.who.cue(frame, s, e, pronoun_ok=previous)
        if cue is None and previous and _bare_quote(frame, s, e):
            for qs, qe in quotes(doc.text, s, e):
                _add(doc, qs, qe, CONF_PRONOUN, seconds, (a, b))
            continue
        if cue is None:
            other = _other_speaker(frame, s, e)
            # He stays the subject of the paragraph when this sentence is about what
            # he did ("Musk on Friday called for lower tariffs. "...," he said").
            leads = not other and doc.who.leads(frame, s, e)
            if leads:  # "Asked about BYD, Musk laughed.": the topic carries on too
                doc.last_on_topic = doc.topic.mentions(doc.norm, s, e)
            previous = not other and (previous or leads)
            if guest and doc.topic.mentions(doc.norm, s, e) and not other:
                _add(doc, s, e, CONF_GUEST, seconds, (a, b))
            continue
        previous = True
        _attributed(doc, s, e, cue, seconds, (a, b))
    return previous


def _bare_quote(frame: str, s: int, e: int) -> bool:
    """A sentence that is only a quotation (a quote running on from the last one)."""
    return not any(c.isalnum() for c in frame[s:e]) and any(c.isalnum() for c in
                                                              frame[s:e].replace(" ", "")) is False


def _other_speaker(frame: str, s: int, e: int) -> bool:
    """A speech verb whose subject is not "I" (in a guest's unlabelled turn)."""
    return any(not frame[max(s, vs - 3):vs].rstrip().endswith(("我", "i", "we", "我们"))
               for vs, _ in verbs(frame, s, e))


def _blank_quotes(norm: str, s: int, e: int) -> str:
    chars = list(norm)
    for qs, qe in quotes(norm, s, e):
        chars[qs:qe] = " " * (qe - qs)
    return "".join(chars)


def _attributed(doc: _Doc, s: int, e: int, cue: Cue, seconds: float | None,
                para: tuple[int, int]) -> None:
    conf = CONF_PRONOUN if cue.pronoun else CONF_QUOTE
    found = quotes(doc.text, s, e)
    inverted = _inverted_clause(doc.norm, s, e, cue)
    # A continuation ("he added") stays on the topic of the sentence it continues.
    on_topic = doc.topic.mentions(doc.norm, s, e) or (cue.pronoun and doc.last_on_topic)
    doc.last_on_topic = on_topic
    if inverted and on_topic:
        _add(doc, s, inverted, CONF_REPORTED, seconds, para)
        if not found:
            return
    clause_start = _reported_start(doc.norm, cue, e) if cue.subject_before else None
    if (clause_start is not None and clause_start < e
            and doc.text[clause_start] not in "\"“「『"
            and any(q[0] > clause_start for q in found)):
        # "Musk said China was "fair"": quoted words inside his reported clause.
        if on_topic:
            _add(doc, clause_start, e, CONF_REPORTED, seconds, para)
        found = [q for q in found if q[1] < clause_start]
        if not found:
            return
    if found:
        _reported_after_quotes(doc, found[-1][1], e, seconds, para, on_topic)
        for qs, qe in found:
            if on_topic or doc.topic.mentions(doc.norm, qs, qe):
                _add(doc, qs, qe, conf, seconds, para)
        return
    if clause_start is not None:
        span = (clause_start, e)
    else:
        span = (s, _clause_end(doc.norm, s, cue.verb_start))
    conf = CONF_PRONOUN if cue.pronoun else CONF_REPORTED
    if on_topic:
        _add(doc, span[0], span[1], conf, seconds, para)


def _reported_start(norm: str, cue: Cue, e: int) -> int:
    """Where the reported clause after "Musk said (on X) (that|:)" starts."""
    cs = cue.verb_end
    opener = _CLAUSE_OPEN.search(norm, cs, min(e, cs + 40))
    if opener:
        cs = opener.end()
    lead = _CLAUSE_LEAD.match(norm, cs, e)
    return lead.end() if lead else cs


_AFTER_QUOTE = re.compile(r"\b(?:adding|added|saying|said|arguing|noting|warning)\s+that\b|"
                          r"(?:还|并)?(?:补充说|补充道|表示|指出)[，,]")


def _reported_after_quotes(doc: _Doc, after: int, e: int, seconds: float | None,
                           para: tuple[int, int], on_topic: bool) -> None:
    """'"...," Musk said, adding that ...': the reported clause after the quote."""
    more = _AFTER_QUOTE.search(doc.norm, after, e)
    if more and on_topic and not any(c in doc.text[more.end():e] for c in "\"“「"):
        _add(doc, more.end(), e, CONF_REPORTED, seconds, para)


_TAIL_ONLY = re.compile(r"[\s,，。.!！?？]*(?:(?:at|in|on|during|to|while|when|after|before|"
                        r"last|this|yesterday|today|earlier|later|recently|via|through)\b|$)")


def _inverted_clause(norm: str, s: int, e: int, cue: Cue) -> int | None:
    """End of "China will win" in "China will win, Musk said at ...", or None."""
    comma = min((i for i in (norm.find(",", cue.verb_end, e), norm.find("，", cue.verb_end, e))
                 if i >= 0), default=e)
    if _CLAUSE_OPEN.search(norm, cue.verb_end, min(comma, cue.verb_end + 40)):
        return None
    tail = norm[cue.verb_end:e]
    bare = tail.strip(_TRAIL) == "" if _is_cjk(norm[s:e]) else _TAIL_ONLY.match(norm, cue.verb_end, e)
    if not bare:
        return None  # "At the meeting, Musk said China ...": a clause follows the verb
    head = norm[s:cue.subject_start].rstrip()
    if not head.endswith((",", "，")) or '"' in head or "“" in head or "”" in head:
        return None
    if not cue.subject_before:
        return None
    return s + len(head) - 1


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _clause_end(norm: str, s: int, verb_start: int) -> int:
    """End of the reported clause in "China will win, Musk said": the last comma."""
    cut = max(norm.rfind(",", s, verb_start), norm.rfind("，", s, verb_start))
    return cut if cut > s else verb_start


def _add(doc: _Doc, s: int, e: int, conf: float, seconds: float | None,
         para: tuple[int, int]) -> None:
    while s < e and doc.text[s] in _TRAIL:
        s += 1
    while e > s and doc.text[e - 1] in _TRAIL:
        e -= 1
    words = doc.text[s:e]
    if len(words.split()) < 2 and sum(1 for c in words if not c.isascii()) < 4:
        return
    if any(f.start < e and s < f.end for f in doc.found):
        return
    context = doc.text[max(para[0], s - 200):min(para[1], e + 200)]
    doc.found.append(ExtractedStatement(
        text=words, speaker=doc.watch.speaker, watch=doc.watch.name, language=language_of(words),
        confidence=conf, start=s, end=e, context=context, seconds=seconds))
