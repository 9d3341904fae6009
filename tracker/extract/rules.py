"""The candidate rules: every stretch of text that may be the speaker's words.

The rules find attributions (quotes, reported speech, "he added", posts on X, his
turns in a transcript) and record each as a ``Candidate`` with the evidence about its
topic, without deciding on the topic themselves: ``tracker.extract.extractor`` decides,
so the judgement is made per statement, from what the statement itself says and what
its own words point to."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from tracker.extract.candidates import (
    CONF_ANSWER,
    CONF_GUEST,
    CONF_REPORTED,
    CONF_TURN,
    Candidate,
    Doc,
)
from tracker.extract.candidates import add as _add
from tracker.extract.prose import other_speaker, paragraph
from tracker.extract.sentences import paragraphs, quotes, sentences
from tracker.extract.structure import labelled_share, turns
from tracker.model import TranscriptSegment

__all__ = ["Candidate", "Doc", "blank_quotes", "find_candidates", "headline", "own_turns",
           "speech_text"]


def blank_quotes(norm: str) -> str:
    """norm with the words inside quotation marks blanked: only the frame around a quote
    decides who said it. Built once per document (linear)."""
    chars = list(norm)
    for qs, qe in quotes(norm, 0, len(norm)):
        chars[qs:qe] = " " * (qe - qs)
    return "".join(chars)


def find_candidates(doc: Doc, segments: Sequence[TranscriptSegment] | None,
                    is_guest: bool) -> None:
    """Record in doc.found every candidate statement of the speaker in the document."""
    if segments is not None:
        _transcript(doc, segments, is_guest)
        return
    found = list(turns(doc.text))
    share = doc.labelled_share = labelled_share(found)
    transcript = share >= 0.3
    interview = doc.who.mentions(doc.norm)
    previous = False
    holder: str | None = None  # who holds the floor in a transcript's unlabelled paragraphs
    relaying, relay_label = False, ""  # the last turn reported him, and whose it was
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
            doc.question(turn.start, turn.end, turn.line_start)
        was_relaying, relaying = relaying, False
        if kind == "his" or (kind == "answer" and interview):
            _topic_runs(doc, turn.start, turn.end, CONF_TURN if turn.kind == "label"
                        else CONF_ANSWER, None, "turn" if turn.kind == "label" else "answer")
            previous = False
        elif kind == "other":
            relaying = _relayed(doc, turn.start, turn.end, None,
                                was_relaying and bool(turn.label) and turn.label == relay_label)
            relay_label = turn.label
            previous = False
        elif kind == "question":
            previous = False
        elif is_guest and _unattributed(doc, turn.start, turn.end):
            # An unlabelled transcript with him as guest: a paragraph nobody else is
            # said to speak is a turn that may be his (the decision weighs who speaks).
            _topic_runs(doc, turn.start, turn.end, CONF_GUEST, None, "guest")
            if doc.text[turn.start:turn.end].rstrip().endswith(("?", "？")):
                doc.question(turn.start, turn.end, turn.line_start)  # the host's, likely
            previous = False
        else:
            previous = paragraph(doc, turn.start, turn.end, None, guest=is_guest,
                                  previous=previous)


# The verb right after his name in a title: "Musk says", "Musk concedes", "马斯克称".
_HEAD_VERB = re.compile(r"\s*(?:[:：]|(?:says?|said|tells?|told|concedes?|admits?|warns?(?!\s+(?:of|about|over)\b)|"
                        r"predicts?|claims?|insists?|argues?|believes|thinks|reckons|"
                        r"acknowledges?|declares?|reiterates?|stresses|suggests?|vows?)\b(?:\s+that\b)?|"
                        r"称|表示|说|指出|认为|直言|坦言|形容|预言|预测|坦承|承认|强调|警告)?\s*")


_LATER_VERB = re.compile(r"(?:,\s*(?:says|said|adds|warns|predicts|claims)\b|[:：]|[，,]\s*(?:称|表示|说|直言|坦言))"
                         r"\s*")
_TOPIC_COLON = re.compile(r"\s*(?:on|about|谈|谈及|谈到|关于)[^:：]{1,60}[:：]\s*")
# "#499 – Elon Musk: Mars, Grok, Tesla, China ...", "Episode 42: ...": an episode's title
# lists what was talked about; it carries no claim.
EPISODE = re.compile(r"\s*(?:#\s?\d+|(?:episode|ep\.?|e)\s?\d+|第\s?\d+\s?[期集])\b", re.IGNORECASE)


def headline(doc: Doc, span: tuple[int, int]) -> None:
    """A title line whose subject is the speaker: what follows his name is a candidate
    ("Musk: China will win", "Tesla's Musk praises China's engineers, says ..."); the
    decision tells a claim from a mere description ("Musk posts about ...")."""
    a, b = span
    if EPISODE.match(doc.text, a, b):
        return
    for m in doc.who.pattern.finditer(doc.frame, a, min(b, a + 40)):
        if not doc.who.is_subject(doc.frame, m.start(), m.end(), a):
            continue
        lead = _HEAD_VERB.match(doc.frame, m.end(), b)
        start = lead.end() if lead else m.end()
        colon = _TOPIC_COLON.match(doc.frame, start, b)
        if colon is None and lead is not None and not lead.group().strip():
            # Two verbs: "Musk visits Shanghai plant, says China sales will rebound",
            # "马斯克接受专访：中国将是最强对手": the claim follows the second.
            colon = _LATER_VERB.search(doc.frame, start, b)
            if colon is not None and _another_part(doc, start, colon.start()):
                colon = None  # "马斯克台湾言论惹议 外交部：……": the ministry's words
        # "Elon Musk on China's EV makers: They are extremely competitive": the colon
        # introduces his words, as "Musk said:" does.
        cue = "reported" if colon else "headline"
        if colon:
            # "马斯克再谈台湾：芯片供应链风险“极高”", "Musk on China: they out-work everyone":
            # the words before the colon name what his claim is about.
            start = colon.end()
            topic = doc.topic_of(start, b, (m.end(), b))
        else:
            topic = doc.topic_of(start, b)
        _add(doc, start, b, cue, CONF_REPORTED, topic, None, span)
        return


# Where a title's next part starts: "；", "|", or a space between Chinese words.
_HEAD_PART = re.compile(r"[;；|｜]|(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])")


def _another_part(doc: Doc, a: int, b: int) -> bool:
    """A later part of the title before b that does not name him: whose verb or colon
    follows is that part's subject's ("…言论惹议 外交部：", "… row; Beijing says …")."""
    part = None
    for m in _HEAD_PART.finditer(doc.frame, a, b):
        part = m.end()
    return part is not None and not doc.who.mentions(doc.norm, part, b)


# A headline that announces his own words in full: "Full text: Elon Musk's video remarks
# to …", "Transcript of Musk's keynote", "Remarks by Elon Musk at …", "埃隆·马斯克在……的视频致辞（全文）", "演讲全文｜
# 马斯克在……的致辞（节选）".
_FULL_TEXT = re.compile(
    r"^\W*(?:full text|transcript|text|in full)\b\s*(?:[:：|\-–—]|of)\s*(?P<a>.{0,60}?)"
    r"\b(?:remarks|speech|address|keynote|letter|statement|talk|toast|commencement)\b"
    r"|^(?P<b>.{0,60}?)\b(?:remarks|speech|address|keynote|letter)\b.{0,60}"
    r"(?:\(full text\)|\bin full\b|[:：|\-–—]\s*full text\b|\btranscript\b)"
    # a transcript page's own title: "Remarks by Elon Musk at the ... (as delivered)"
    r"|^\W*(?:(?:prepared|opening|closing|keynote)\s+)?(?:remarks|speech|address|statement)"
    r"\s+by\s+(?P<e>.{0,60}?)(?:\s+(?:at|to|on|before)\b|[,(:：]|$)"
    r"|^(?:演讲|讲话|致辞|发言|演講|講話|致詞|發言)?(?:全文|实录|實錄)\s*[｜|:：]\s*(?P<d>.{0,40}?)"
    r"(?:致辞|演讲|讲话|发言|致詞|演講|講話|發言|公开信|公開信)"
    r"|^(?P<c>.{0,40}?)(?:致辞|演讲|讲话|发言|致詞|演講|講話|發言|公开信|公開信)[^\n]{0,8}[（(【\[]?(?:全文|实录|實錄|节选|節選)",
    re.I)
# An editor's line above or below his words: "The following is a transcript …", "It has
# been lightly edited.", "以下为致辞全文：", "（根据现场录音整理）".
_EDITOR = re.compile(r"\W*(?:the following|this (?:is|transcript)|it has been|edited|editor|"
                     r"以下|根据|根據|本文|编者|編者|整理)", re.I)


def speech_text(doc: Doc, head: tuple[int, int] | None) -> None:
    """An article whose headline says it is the full text of his speech, address or letter
    (and names him as its author, not its subject): each paragraph below that neither names
    him nor quotes anybody is his own words, as in a labelled transcript."""
    if head is None:
        return
    m = _FULL_TEXT.match(doc.norm, head[0], head[1])
    author = next((g for g in m.groups() if g is not None), None) if m else None
    if author is None or not doc.who.mentions(author):
        return
    taken = [(c.start, c.end) for c in doc.found]
    for a, b in paragraphs(doc.text):
        if b <= head[1] or any(s < b and a < e for s, e in taken):
            continue
        if (doc.who.mentions(doc.norm, a, b) or _EDITOR.match(doc.norm, a, b)
                or any(other_speaker(doc.frame, s, e) for s, e in sentences(doc.text, a, b))):
            continue  # narration about him, an editor's note, somebody quoted
        _topic_runs(doc, a, b, CONF_TURN, None, "turn")


def own_turns(doc: Doc) -> None:
    """A text that is all his own (a post, a talk): every paragraph is his turn."""
    for a, b in paragraphs(doc.text):
        _topic_runs(doc, a, b, CONF_TURN, None, "turn")


def _transcript(doc: Doc, segments: Sequence[TranscriptSegment], is_guest: bool) -> None:
    """A parsed transcript (VTT, SRT, JSON): segments carry their own speakers."""
    previous = relaying = False
    last_speaker: str | None = None
    for a, b, seg, starts in _cue_runs(segments):
        before = len(doc.found)
        if seg.speaker is not None and doc.is_him(seg.speaker):
            if seg.speaker == last_speaker:
                # His next cue, nobody between: the same turn goes on, on its exchange's
                # topic when his last cue was on it ("Like, a new model every nine months.").
                doc.thread_on_topic = doc.answer_on_topic
            _topic_runs(doc, a, b, CONF_TURN, seg.start, "turn")
            previous = False
        elif seg.speaker is not None:
            doc.question(a, b, a)
            # The same voice's next cue goes on with its report ("He also said ...").
            relaying = _relayed(doc, a, b, seg.start, relaying and seg.speaker == last_speaker)
            previous = False
        elif is_guest and _unattributed(doc, a, b):
            _topic_runs(doc, a, b, CONF_GUEST, seg.start, "guest")
            if doc.text[a:b].rstrip().endswith(("?", "？")):
                doc.question(a, b, a)  # the host's, likely
            previous = False
        else:
            previous = paragraph(doc, a, b, seg.start, guest=is_guest, previous=previous)
        if len(starts) > 1:  # each candidate keeps the time of the cue it starts in
            doc.found[before:] = [_timed(c, starts) for c in doc.found[before:]]
        last_speaker = seg.speaker


MAX_RUN = 8  # cues: a run of cues with no sentence end is cut here (bounded, as a turn is)
_CUE_END = re.compile(r"[.!?。！？…][\s\"'”’」』)）\]]*$")


def _cue_runs(segments: Sequence[TranscriptSegment]
              ) -> list[tuple[int, int, TranscriptSegment, list[tuple[int, float]]]]:
    """The transcript's text spans to read, one per run of cues: captions break a sentence
    over cues ("中国市场对特斯拉来说" / "仍然是非常非常重要的。", "I think China is going to
    be" / "the biggest market"), and a sentence is read whole, with the topic its own words
    name. A cue joins the one before when the same voice (or no label) goes on and the one
    before ends no sentence. Returns (start, end, first cue, [(offset, seconds) per cue])."""
    runs: list[tuple[int, int, TranscriptSegment, list[tuple[int, float]]]] = []
    pos = 0
    last: TranscriptSegment | None = None
    for seg in segments:
        a, b = pos, pos + len(seg.text)
        pos = b + 1
        if (runs and last is not None and seg.speaker == last.speaker
                and len(runs[-1][3]) < MAX_RUN and last.text.strip()
                and not _CUE_END.search(last.text.rstrip())):
            ra, _, first, starts = runs[-1]
            runs[-1] = (ra, b, first, [*starts, (a, seg.start)])
        else:
            runs.append((a, b, seg, [(a, seg.start)]))
        last = seg
    return runs


def _timed(c: Candidate, starts: list[tuple[int, float]]) -> Candidate:
    """The candidate with the time of the cue it starts in."""
    seconds = c.seconds
    for offset, at in starts:
        if offset <= c.start:
            seconds = at
    return dataclasses.replace(c, seconds=seconds)


def _relayed(doc: Doc, a: int, b: int, seconds: float | None, previous: bool) -> bool:
    """Somebody else's turn that reports his words ("Elon Musk told investors on Wednesday
    that ...": a news anchor, a host reading his post): attributed as prose is, marked so
    the decision weighs who relays them (an interviewer's question is no report).
    previous: the same voice's last cue ended reporting him. Returns whether this one did."""
    if not previous and not doc.who.mentions(doc.norm, a, b):
        return False  # the cheap test: he is not named in the turn
    doc.relayed = True
    try:
        return paragraph(doc, a, b, seconds, guest=False, previous=previous)
    finally:
        doc.relayed = False


def _unattributed(doc: Doc, a: int, b: int) -> bool:
    """No sentence of the paragraph attributes words to anybody (him or somebody else)."""
    return not any(doc.who.cue(doc.frame, s, e, pronoun_ok=False) or other_speaker(doc.frame, s, e)
                   for s, e in sentences(doc.text, a, b))


WHOLE_TURN = 6  # sentences: a longer answer that never names the topic is read sentence by sentence
_CONTINUES = re.compile(r"\W*(?:it|that|this|and|but|so|which|because|i mean|still|also|"
                        r"这|那|而且|但是|但|所以|因为|也|还)\b|\W*(?:这|那|而且|但|所以|因为|也|还)"
                        # "I think that's a big mistake": an opinion on what it continues
                        r"|\W*(?:i think|i'd say|i believe|honestly|frankly|and i think)\W+"
                        r"(?:that's|that is|that was|this is|it's|it is|it was)\b"
                        r"|\W*(?:我觉得|我认为|说实话|坦白说)[，,]?(?:这|那)")


def _topic_runs(doc: Doc, a: int, b: int, confidence: float, seconds: float | None,
                cue: str) -> None:
    """The speaker's own turn: the stretch of it on the topic is one candidate.

    A sentence is on the topic by its own words or by what its pronouns point to. The
    stretch runs from the first such sentence to the last, through the sentences between
    (one answer makes one point, with its asides), and starts at the turn's first sentence
    when the turn answers a question on the topic ("It's competition. ... China ...").
    Sentences before and after it are candidates too, without topic evidence, so the
    decision sees them.
    """
    spans = sentences(doc.text, a, b)
    topics = [doc.topic_of(s, e) for s, e in spans]
    asked, doc.asked_on_topic = doc.asked_on_topic, False
    thread, doc.thread_on_topic = doc.thread_on_topic, False
    on = [i for i, t in enumerate(topics) if t]
    doc.answer_on_topic = bool(on) or thread  # a short follow-up goes on with it

    def add(s: int, e: int, topic: str = "", asked: bool = False) -> None:
        # The exchange's topic speaks for a turn that never names it; a turn that does
        # has its own on-topic stretch, and its other sentences are asides.
        _add(doc, s, e, cue, confidence, topic, seconds, (a, b), asked=asked,
             thread=thread and not on)

    if not on and (thread or asked) and len(spans) <= WHOLE_TURN:
        # An answer in an exchange on the topic that never names it ("Probably not forever.
        # But right now, it's a huge advantage for them."): the turn makes one point.
        add(spans[0][0], spans[-1][1], asked=asked)
        return
    if not on:
        for s, e in spans:
            add(s, e, asked=asked)
            asked = False
        return
    first, last = on[0], on[-1]
    if (asked or thread) and first > 0:
        first = 0  # the answer's point starts with the answer ("Probably not forever. But ...")
    else:
        asked = False
    while last + 1 < len(spans) and _CONTINUES.match(doc.norm, *spans[last + 1]):
        last += 1  # "That's hard to do." goes with what it continues
    for s, e in spans[:first]:
        add(s, e)
    add(spans[first][0], spans[last][1], topics[on[0]], asked)
    for s, e in spans[last + 1:]:
        add(s, e)


