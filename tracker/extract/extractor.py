"""The extractor: what a watched speaker said about a watched topic in one text.

Two steps. The rules (``tracker.extract.rules``) find every stretch that may be his
words, with the evidence about its attribution and topic; the decision here keeps a
candidate when it is his statement and about the topic *by its own words or by what
they point to* — never because the article around it is about the topic.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence

from tracker.errors import TrackerError
from tracker.extract.attribution import Attributor, mask_namesakes
from tracker.extract.candidates import bound_roles
from tracker.extract.decide import CandidateModel, load_extract_model
from tracker.extract.headline import MAX_TITLE, headline_span, is_fragment, strip_outlet
from tracker.extract.normalise import language_of, normalise, s2t
from tracker.extract.rules import (
    EPISODE,
    Candidate,
    Doc,
    blank_quotes,
    find_candidates,
    headline,
    own_turns,
    speech_text,
)
from tracker.extract.sweep import sweep
from tracker.extract.topic import TopicMatcher
from tracker.model import ExtractedStatement, TranscriptSegment, Watch

# What one item can contribute, whatever its size: the first MAX_TEXT_CHARS of its text
# or transcript are read (extraction is linear; 1 MB costs about 0.8 s of CPU), and at
# most candidates.MAX_CANDIDATES candidates per watch are decided.
MAX_TEXT_CHARS = 1_000_000


class OverBudget(TrackerError):
    """An item's extraction used more than its CPU-time budget; it is marked failed."""


def _check(deadline: float | None) -> None:
    """Raise OverBudget once this thread's CPU time is past ``deadline``
    (CPU time, not wall time: a busy machine must not fail an item that is cheap)."""
    if deadline is not None and time.thread_time() > deadline:
        raise OverBudget("extraction stopped: over its time budget")


def deadline_after(seconds: float | None) -> float | None:
    """The deadline ``seconds`` of CPU time from now, for ``extract(deadline=...)``."""
    return None if seconds is None else time.thread_time() + seconds


def _capped(segments: Sequence[TranscriptSegment]) -> Sequence[TranscriptSegment]:
    """The first segments, up to MAX_TEXT_CHARS of text in all."""
    total = 0
    for i, segment in enumerate(segments):
        total += len(segment.text) + 1
        if total > MAX_TEXT_CHARS:
            return segments[:i]
    return segments


MAX_GUESTS = 50  # guest names read per episode (a hostile feed may list thousands)


class Extractor:
    """Finds statements by the watched speakers on the watched topics."""

    def __init__(self, watches: Sequence[Watch], model: CandidateModel | None = None) -> None:
        self._watches = [(w, Attributor(w.speaker_aliases, w.speaker_descriptors),
                          TopicMatcher(w.topic_terms))
                         for w in watches]
        self._model = model if model is not None else load_extract_model()
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
                guests: Sequence[str] = (), title: str = "",
                own_words: str = "", deadline: float | None = None) -> list[ExtractedStatement]:
        """Statements in text (or in the transcript segments when given).

        Offsets refer to text, or to "\\n".join(segment texts) for a transcript; only the
        first MAX_TEXT_CHARS are read. ``own_words`` names the speaker whose own text
        this is (a feed of his posts or talks, ``kind = "posts"``): no attribution is
        needed, only the topic decision. Past ``deadline`` (see :func:`deadline_after`)
        it raises OverBudget, checked between candidates.
        """
        text = text[:MAX_TEXT_CHARS]
        if own_words:
            return self._own_words(text, own_words, deadline)
        if segments is not None:
            segments = _capped(segments)
            text = "\n".join(s.text for s in segments)
        speakers = " ".join({s.speaker or "" for s in segments or ()})
        if not self.mentions_speaker(text, title, " ".join(guests), speakers):
            return []
        found: list[ExtractedStatement | None] = []
        for doc, c, in_head in self.candidates(text, segments, guests, title):
            _check(deadline)
            found.append(self._decide(doc, c, in_head))
        kept = [f for f in found if f is not None]
        return _distinct(sorted(kept, key=lambda s: (s.start, s.watch)))

    def _own_words(self, text: str, speaker: str,
                   deadline: float | None = None) -> list[ExtractedStatement]:
        """Every paragraph is the speaker's: runs of sentences on the topic are statements."""
        found: list[ExtractedStatement | None] = []
        for watch, who, topic in self._watches:
            if not who.mentions(normalise(speaker)) and speaker != watch.speaker:
                continue
            norm = normalise(text)
            doc = Doc(text, norm, watch, who, topic, frame=blank_quotes(norm))
            own_turns(doc)
            for c in doc.found:
                _check(deadline)
                found.append(self._decide(doc, c, False))
        return _distinct(sorted((f for f in found if f is not None),
                                key=lambda s: (s.start, s.watch)))

    def candidates(self, text: str, segments: Sequence[TranscriptSegment] | None = None,
                   guests: Sequence[str] = (), title: str = ""
                   ) -> Iterator[tuple[Doc, Candidate, bool]]:
        """Every candidate of every watch, with its document and whether it is in the headline
        (the decision's input; training reads it too)."""
        if segments is not None:
            text = "\n".join(s.text for s in segments)
        speakers = " ".join({s.speaker or "" for s in segments or ()})
        labels = normalise(speakers)
        title_norm = normalise(title)
        norm0 = normalise(text)
        for watch, who, topic in self._watches:
            # A guest named as his namesake ("Maye Musk", "金巴尔·马斯克") is not him.
            is_guest = any(who.mentions(mask_namesakes(g, normalise(g), watch.speaker_aliases))
                           for g in list(guests)[:MAX_GUESTS])
            if not (is_guest or who.mentions(norm0) or who.mentions(title_norm)
                    or who.mentions(labels)):
                continue  # the cheap prefilter: no alias, no segmentation
            norm = mask_namesakes(text, norm0, watch.speaker_aliases)
            doc = Doc(text, norm, watch, who, topic, frame=blank_quotes(norm),
                      others=_other_guests(who, watch, guests) if is_guest else (),
                      roles=bound_roles(title_norm, norm, who))
            head = headline_span(text, title) if segments is None else None
            find_candidates(doc, segments, is_guest)
            if head is not None:
                headline(doc, head)
                speech_text(doc, head)
            if segments is None:
                sweep(doc, head)
            for c in doc.found:
                yield doc, c, head is not None and head[0] <= c.start and c.end <= head[1]

    def _decide(self, doc: Doc, c: Candidate, in_head: bool) -> ExtractedStatement | None:
        start, end = c.start, c.end
        if in_head:
            end = strip_outlet(doc.text, start, end)
        elif _title_line(doc.text, c):
            end = strip_outlet(doc.text, start, end, named=True)
        if EPISODE.match(doc.text, c.para[0], c.para[1]) and c.para[0] == 0:
            return None  # an episode's title: what was talked about, no claim
        if c.cue in ("reported", "headline") and is_fragment(doc.text, start, end):
            return None  # "posts about Chinese battery prices": what he spoke about, no claim
        if _DENIED.search(doc.norm, max(0, start - DENIED_LOOKBACK), start):
            return None  # "denied saying that China would ...": words he says he never said
        probability = self._model.probability(doc, c, in_head)
        if probability < self._model.threshold_for(c):
            return None
        words = doc.text[start:end]
        context = doc.text[max(c.para[0], start - 200):min(c.para[1], end + 200)]
        return ExtractedStatement(
            text=words, speaker=doc.watch.speaker, watch=doc.watch.name,
            language=language_of(words), confidence=c.confidence,
            start=start, end=end, context=context, seconds=c.seconds)


# What he denied having said is never his statement, whatever the model reads in it: "Musk
# denied saying that China would 'inevitably' take Taiwan", "denied a report that he had told
# executives Tesla would ...", "never said that", 否认曾说过大陆车企"靠补贴", 从未说过. Only the
# words between the denial and the candidate may stand between them, in one clause (no
# comma: "denied the report, saying China is ..." goes on with what he does say). Posting a
# remark he denied as his own is the credibility loss the product exists to avoid (batch AE).
DENIED_LOOKBACK = 160
_DENIED = re.compile(
    r"(?:\b(?:denied|denies|deny|denying)\s+(?:ever\s+)?(?:saying|having said|having told|"
    r"telling|that|(?:a |the |recent |media )*(?:reports?|claims?|suggestions?|accounts?|"
    r"allegations?)(?:\s+that)?(?:\s+he(?:\s+had)?\s+(?:said|told))?)"
    r"|\b(?:never said|did not say|didn't say|has not said|hasn't said)(?:\s+that)?)"
    r"[^.!?。！？\n,，;；:：]{0,60}$"
    r"|否认(?:曾经?|自己)?(?:说过|表示过|讲过|称|说|发表过)?[^。！？\n，,；;：:]{0,40}$"
    r"|(?:从未|从来没有?|并未|没有)(?:说过|讲过|表示过)[^。！？\n，,；;：:]{0,40}$")
_NAME_PARTS = re.compile(r"[\s·・.]+")


def _other_guests(who: Attributor, watch: Watch, guests: Sequence[str]) -> tuple[str, ...]:
    """The names other guests are addressed by: each part of a guest's name that is not his
    ("Kimbal Musk" -> "kimbal"; "金巴尔·马斯克" -> "金巴尔"), two characters or more."""
    parts: list[str] = []
    for g in list(guests)[:MAX_GUESTS]:
        norm = normalise(g)
        if who.mentions(mask_namesakes(g, norm, watch.speaker_aliases)):
            continue  # him
        parts += [p for p in _NAME_PARTS.split(norm) if len(p) >= 2 and not who.mentions(p)]
    return tuple(dict.fromkeys(parts))


def _title_line(text: str, c: Candidate) -> bool:
    """The candidate runs to the end of a paragraph that is one title ("Musk says ... -
    Reuters" in an aggregator's list of titles): an outlet may end it."""
    line = text[c.para[0]:c.para[1]]
    return (c.end == c.para[1] and len(line) <= MAX_TITLE
            and not any(mark in line for mark in (". ", "。", "! ", "? ", "！", "？")))


def _distinct(found: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The first of the same words twice in one item (a title repeated in the body, an
    aggregator's list repeating its first title): one statement, posted once."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for s in found:
        key = (s.watch, " ".join(s.text.split()).casefold())
        if key not in seen:
            seen.add(key)
            kept.append(s)
    return kept
