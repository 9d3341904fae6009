"""The candidate rules: every stretch of text that may be the speaker's words.

The rules find attributions (quotes, reported speech, "he added", posts on X, his
turns in a transcript) and record each as a ``Candidate`` with the evidence about its
topic, without deciding on the topic themselves: ``tracker.extract.extractor`` decides,
so the judgement is made per statement, from what the statement itself says and what
its own words point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.extract.attribution import Attributor, Cue, mask_namesakes, verbs
from tracker.extract.context import refers_to_topic
from tracker.extract.normalise import normalise
from tracker.extract.sentences import quotes, sentences
from tracker.extract.structure import labelled_share, turns
from tracker.extract.topic import TopicMatcher
from tracker.model import TranscriptSegment, Watch

CONF_TURN = 0.95
CONF_QUOTE = 0.9
CONF_REPORTED = 0.8
CONF_ANSWER = 0.8
CONF_PRONOUN = 0.75
CONF_GUEST = 0.5
MAX_CANDIDATES = 200  # per document and watch: a hostile text cannot make the work grow past this
_CLAUSE_LEAD = re.compile(r"^(?:\s|[,，:：]|that\b)*")
_CLAUSE_OPEN = re.compile(r"[:：]|\bthat\b")
_TRAIL = " \t,，。.!！?？;；:：\"“”「」『』'‘’"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch that may be the speaker's words, with the evidence about it.

    Attributes:
        start, end: the span in the text.
        cue: how it was attributed: "turn" (his labelled turn), "answer" (an answer in an
            interview with him), "quote", "reported", "pronoun" ("he added"), "guest"
            (an unlabelled transcript naming him as guest).
        confidence: the rule's prior confidence in the attribution.
        topic: "span" (a topic term in the span), "sentence" (in its sentence only),
            "context" (a pronoun in it points back to a topic entity), "carried" (it
            continues an on-topic statement of his), or "" (none).
        seconds: the transcript time, when known.
        para: the paragraph span (for the stored context).
    """

    start: int
    end: int
    cue: str
    confidence: float
    topic: str
    seconds: float | None
    para: tuple[int, int]
    far: bool = False  # attributed across a long phrase between him and the verb
    asked: bool = False  # the first words of his answer to a question on the topic


@dataclass(slots=True)
class Doc:
    """One document being read for one watch."""

    text: str
    norm: str
    watch: Watch
    who: Attributor
    topic: TopicMatcher
    frame: str = ""  # norm with quotations blanked (see blank_quotes)
    found: list[Candidate] = field(default_factory=list)
    last_on_topic: bool = False  # the speaker's last attributed sentence was on topic
    floor: int = 0  # where a pronoun's look-back stops (the exchange it belongs to)
    asked_on_topic: bool = False  # the turn before his was a question on the topic

    def is_him(self, label: str) -> bool:
        """A speaker label or heading that names him (not a namesake: "Kimbal Musk")."""
        return self.who.mentions(mask_namesakes(label, normalise(label), self.watch.speaker_aliases))

    def topic_of(self, s: int, e: int, sentence: tuple[int, int] | None = None) -> str:
        """The topic evidence of text[s:e] (see ``Candidate.topic``)."""
        if self.topic.mentions(self.norm, s, e):
            return "span"
        if sentence and self.topic.mentions(self.norm, *sentence):
            return "sentence"
        if refers_to_topic(self.text, self.norm, s, e, self.topic, self.who.pattern, self.floor):
            return "context"
        if sentence and refers_to_topic(self.text, self.norm, sentence[0], sentence[1],
                                        self.topic, self.who.pattern, self.floor):
            return "sentence"
        return ""


def find_candidates(doc: Doc, segments: Sequence[TranscriptSegment] | None,
                    is_guest: bool) -> None:
    """Record in doc.found every candidate statement of the speaker in the document."""
    if segments is not None:
        _transcript(doc, segments, is_guest)
        return
    found = list(turns(doc.text))
    share = labelled_share(found)
    transcript = share >= 0.3
    interview = doc.who.mentions(doc.norm)
    previous = False
    holder: str | None = None  # who holds the floor in a transcript's unlabelled paragraphs
    for turn in found:
        kind = turn.kind
        if kind == "label" and not (transcript or doc.is_him(turn.label)):
            kind = "prose"  # "Update: ..." in an article is no speaker label
        if (kind == "prose" and holder is not None and share >= 0.5
                and not doc.who.mentions(doc.norm, turn.start, turn.end)):
            kind = holder  # a turn running over paragraphs (narration names him instead)
        if kind == "label":
            holder = "his" if doc.is_him(turn.label) else "other"
            kind = holder
        elif kind in ("question", "answer"):
            holder = "his" if kind == "answer" and interview else "other"
        if kind in ("question", "other"):
            doc.floor = turn.line_start  # the answer's "they" may point into the question
            doc.asked_on_topic = doc.topic.mentions(doc.norm, turn.start, turn.end)
        if kind == "his" or (kind == "answer" and interview):
            _topic_runs(doc, turn.start, turn.end, CONF_TURN if turn.kind == "label"
                        else CONF_ANSWER, None, "turn" if turn.kind == "label" else "answer")
            previous = False
        elif kind in ("other", "question"):
            previous = False
        elif is_guest and _unattributed(doc, turn.start, turn.end):
            # An unlabelled transcript with him as guest: a paragraph nobody else is
            # said to speak is a turn that may be his (the decision weighs who speaks).
            _topic_runs(doc, turn.start, turn.end, CONF_GUEST, None, "guest")
            previous = False
        else:
            previous = _paragraph(doc, turn.start, turn.end, None, guest=is_guest,
                                  previous=previous)


_HEAD_VERB = re.compile(r"\s*(?:[:：]|says?\b|said\b|tells?\b|told\b|称|表示|说|指出|认为|直言|坦言)?\s*")


def headline(doc: Doc, span: tuple[int, int]) -> None:
    """A title line whose subject is the speaker: what follows his name is a candidate
    ("Musk: China will win", "Tesla's Musk praises China's engineers, says ..."); the
    decision tells a claim from a mere description ("Musk posts about ...")."""
    a, b = span
    for m in doc.who.pattern.finditer(doc.frame, a, min(b, a + 40)):
        if not doc.who.is_subject(doc.frame, m.start(), m.end(), a):
            continue
        lead = _HEAD_VERB.match(doc.frame, m.end(), b)
        start = lead.end() if lead else m.end()
        _add(doc, start, b, "headline", CONF_REPORTED, doc.topic_of(start, b), None, span)
        return


def own_turns(doc: Doc) -> None:
    """A text that is all his own (a post, a talk): every paragraph is his turn."""
    from tracker.extract.sentences import paragraphs

    for a, b in paragraphs(doc.text):
        _topic_runs(doc, a, b, CONF_TURN, None, "turn")


def _transcript(doc: Doc, segments: Sequence[TranscriptSegment], is_guest: bool) -> None:
    """A parsed transcript (VTT, SRT, JSON): segments carry their own speakers."""
    pos = 0
    previous = False
    for seg in segments:
        a, b = pos, pos + len(seg.text)
        pos = b + 1
        if seg.speaker is not None and doc.is_him(seg.speaker):
            _topic_runs(doc, a, b, CONF_TURN, seg.start, "turn")
            previous = False
        elif seg.speaker is not None:
            doc.floor = a  # the next answer's "they" may point into this question
            doc.asked_on_topic = doc.topic.mentions(doc.norm, a, b)
            previous = False
        elif is_guest and _unattributed(doc, a, b):
            _topic_runs(doc, a, b, CONF_GUEST, seg.start, "guest")
            previous = False
        else:
            previous = _paragraph(doc, a, b, seg.start, guest=is_guest, previous=previous)


def _unattributed(doc: Doc, a: int, b: int) -> bool:
    """No sentence of the paragraph attributes words to anybody (him or somebody else)."""
    return not any(doc.who.cue(doc.frame, s, e, pronoun_ok=False) or _other_speaker(doc.frame, s, e)
                   for s, e in sentences(doc.text, a, b))


_CONTINUES = re.compile(r"^\W*(?:it|that|this|and|but|so|which|because|i mean|still|also|"
                        r"这|那|而且|但是|但|所以|因为|也|还)\b|^\W*(?:这|那|而且|但|所以|因为|也|还)")


def _topic_runs(doc: Doc, a: int, b: int, confidence: float, seconds: float | None,
                cue: str) -> None:
    """The speaker's own turn: each run of sentences on the topic is one candidate.

    A sentence is on the topic by its own words or by what its pronouns point to; a run
    goes on through a sentence that continues the last one ("That's hard to do.") and
    through one sentence between two on the topic. The other sentences are candidates
    too, without topic evidence, so the decision sees them.
    """
    spans = sentences(doc.text, a, b)
    topics = [doc.topic_of(s, e) for s, e in spans]
    asked, doc.asked_on_topic = doc.asked_on_topic, False
    on = [bool(t) for t in topics]
    for i in range(1, len(spans)):
        if on[i] or not on[i - 1]:
            continue
        sandwiched = i + 1 < len(spans) and on[i + 1]
        if sandwiched or _CONTINUES.match(doc.norm, spans[i][0], spans[i][1]):
            on[i] = True
    i = 0
    while i < len(spans):
        j = i
        while on[i] and j + 1 < len(spans) and on[j + 1]:
            j += 1
        topic = next((t for t in topics[i:j + 1] if t), "")
        # The answer to a question on the topic ("It's competition."): the decision weighs it.
        _add(doc, spans[i][0], spans[j][1], cue, confidence, topic if on[i] else "", seconds,
             (a, b), asked=asked and i == 0)
        i = j + 1


def _paragraph(doc: Doc, a: int, b: int, seconds: float | None, *, guest: bool,
               previous: bool) -> bool:
    """Attributed quotes and reported speech in one paragraph.

    previous says whether the last attributed sentence was the speaker's (so "he
    added" and a bare follow-on quote are his); the updated value is returned.
    """
    for s, e in sentences(doc.text, a, b):
        frame = doc.frame
        cue = doc.who.cue(frame, s, e, pronoun_ok=previous)
        if cue is None and previous and _bare_quote(frame, s, e):
            for qs, qe in quotes(doc.text, s, e):
                topic = doc.topic_of(qs, qe, (s, e)) or ("carried" if doc.last_on_topic else "")
                _add(doc, qs, qe, "pronoun", CONF_PRONOUN, topic, seconds, (a, b))
            continue
        if cue is None:
            other = _other_speaker(frame, s, e)
            # He stays the subject of the paragraph when this sentence is about what
            # he did ("Musk on Friday called for lower tariffs. "...," he said").
            leads = not other and doc.who.leads(frame, s, e)
            if leads:  # "Asked about BYD, Musk laughed.": the topic carries on too
                doc.last_on_topic = doc.topic.mentions(doc.norm, s, e)
            previous = not other and (previous or leads)
            if guest and not other:
                _add(doc, s, e, "guest", CONF_GUEST, doc.topic_of(s, e), seconds, (a, b))
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


def blank_quotes(norm: str) -> str:
    """norm with the words inside quotation marks blanked: only the frame around a quote
    decides who said it. Built once per document (linear)."""
    chars = list(norm)
    for qs, qe in quotes(norm, 0, len(norm)):
        chars[qs:qe] = " " * (qe - qs)
    return "".join(chars)


def _attributed(doc: Doc, s: int, e: int, cue: Cue, seconds: float | None,
                para: tuple[int, int]) -> None:
    kind = "pronoun" if cue.pronoun else "quote"
    found = quotes(doc.text, s, e)
    inverted = _inverted_clause(doc.norm, s, e, cue)
    # A continuation ("he added") stays on the topic of the sentence it continues.
    sentence_topic = doc.topic_of(s, e)
    carried = "carried" if cue.pronoun and doc.last_on_topic and not sentence_topic else ""
    doc.last_on_topic = bool(sentence_topic or carried)

    def add(a: int, b: int, how: str, conf: float) -> None:
        topic = doc.topic_of(a, b, (s, e)) or carried
        _add(doc, a, b, how, conf, topic, seconds, para, far=cue.far)

    if inverted:
        add(s, inverted, "reported", CONF_REPORTED)
        if not found:
            return
    clause_start = _reported_start(doc.norm, cue, e) if cue.subject_before else None
    if (clause_start is not None and clause_start < e
            and doc.text[clause_start] not in "\"“「『"
            and any(q[0] > clause_start for q in found)):
        # "Musk said China was "fair"": quoted words inside his reported clause.
        add(clause_start, e, "reported", CONF_REPORTED)
        found = [q for q in found if q[1] < clause_start]
        if not found:
            return
    if found:
        more = _reported_after_quotes(doc, found[-1][1], e)
        if more is not None:
            add(more, e, "reported", CONF_REPORTED)
        for qs, qe in found:
            add(qs, qe, kind, CONF_PRONOUN if cue.pronoun else CONF_QUOTE)
        return
    if clause_start is not None:
        span = (clause_start, e)
    else:
        span = (s, _clause_end(doc.norm, s, cue.verb_start))
    add(span[0], span[1], "pronoun" if cue.pronoun else "reported",
        CONF_PRONOUN if cue.pronoun else CONF_REPORTED)


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


def _reported_after_quotes(doc: Doc, after: int, e: int) -> int | None:
    """'"...," Musk said, adding that ...': where the reported clause after the quote starts."""
    more = _AFTER_QUOTE.search(doc.norm, after, e)
    if more and not any(c in doc.text[more.end():e] for c in "\"“「"):
        return more.end()
    return None


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


def _add(doc: Doc, s: int, e: int, cue: str, conf: float, topic: str, seconds: float | None,
         para: tuple[int, int], *, far: bool = False, asked: bool = False) -> None:
    while s < e and doc.text[s] in _TRAIL:
        s += 1
    while e > s and doc.text[e - 1] in _TRAIL:
        e -= 1
    words = doc.text[s:e]
    if len(words.split()) < 2 and sum(1 for c in words if not c.isascii()) < 4:
        return
    if len(doc.found) >= MAX_CANDIDATES or any(f.start < e and s < f.end for f in doc.found):
        return
    doc.found.append(Candidate(s, e, cue, conf, topic, seconds, para, far, asked))
