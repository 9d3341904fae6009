"""A candidate statement and the document it is read in (shared by the candidate rules).

``Candidate`` records how a stretch was attributed to the speaker and the evidence
about its topic; ``Doc`` holds one document being read for one watch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract.attribution import Attributor, given_names, mask_namesakes, relative_of
from tracker.extract.context import refers_to_topic
from tracker.extract.normalise import normalise
from tracker.extract.topic import TopicMatcher
from tracker.model import Watch

CONF_TURN = 0.95
CONF_QUOTE = 0.9
CONF_REPORTED = 0.8
CONF_ANSWER = 0.8
CONF_PRONOUN = 0.75
CONF_GUEST = 0.5
# A capitalised word inside a sentence: a name ("Let's talk about Starship"), not the first
# word of the next sentence ("Is that sustainable? Those hours?").
_NAME = re.compile(r"(?<![.!?]\s)(?<=\s)[A-Z][A-Za-z]+")
FOLLOW_UP = 80  # characters: a question this short goes on with the exchange before it
MAX_CANDIDATES = 200  # per document and watch: a hostile text cannot make the work grow past this
_TRAIL = " \t,，。.!！?？;；:：\"“”「」『』'‘’"
# A transcript line's time before its words: "[00:15:02]", "(42:10)", "00:42:10". Stricter
# than structure's label stamp: a bare "5:55" opens a live blog's entry ("5:55 p.m. — ...").
_STAMP = re.compile(r"(?:[\[(]\d{1,2}(?::\d{2}){1,2}[\])]|\d{1,2}:\d{2}:\d{2}(?![\d:]))\s*")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch that may be the speaker's words, with the evidence about it.

    Attributes:
        start, end: the span in the text.
        cue: how it was attributed: "turn" (his labelled turn), "answer" (an answer in an
            interview with him), "quote", "reported", "pronoun" ("he added"), "guest"
            (an unlabelled transcript naming him as guest), "sweep" (a quotation the rules
            left out, near a mention of him: tracker.extract.sweep).
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
    colon: bool = False  # attributed by a colon before a quotation, no speech verb
    thread: bool = False  # his turn in an exchange on the topic (see Doc.thread_on_topic)
    loose: bool = False  # "he said" with somebody else in between (he was named shortly before)
    swept: tuple[float, ...] = ()  # a quotation the rules left out (see tracker.extract.sweep)
    relayed: bool = False  # reported inside somebody else's turn (an anchor: "Musk told investors ...")


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
    # The exchange he is answering is on the topic: the question names it or points back
    # to it ("Would you partner with one of them?"), or it is a short follow-up to an
    # exchange on the topic ("Does that scare you?"). Who holds the floor, and on what.
    thread_on_topic: bool = False
    answer_on_topic: bool = False  # his last turn was on the topic (a follow-up goes on)
    labels: dict[str, bool] = field(default_factory=dict)  # is_him, per label (cached)
    labelled_share: float = 0.0  # the share of its text in labelled turns (set by the rules)
    relayed: bool = False  # reading somebody else's turn for his reported words
    # The other guests of an unlabelled transcript, as names a host addresses them by
    # ("sarah", "安娜"): a turn right after one is named is likely theirs (see decide).
    others: tuple[str, ...] = ()
    # Role labels the document gives to him ("Elon Musk (CEO)" in a transcript's header, "Tesla
    # CEO Elon Musk" in its intro): a turn labelled "CEO:" is his then (see bound_roles).
    roles: frozenset[str] = frozenset()

    def question(self, start: int, end: int, line_start: int) -> None:
        """Somebody else's turn (a question) from start to end: the exchange it opens."""
        named = self.topic.mentions(self.norm, start, end)
        points = refers_to_topic(self.text, self.norm, start, end, self.topic,
                                 self.who.pattern, self.floor)
        # A follow-up names nothing new: no name after its first word ("Let's talk about
        # Starship" opens another exchange).
        short = (end - start <= FOLLOW_UP and not self.who.mentions(self.norm, start, end)
                 and _NAME.search(self.text, start + 1, end) is None)
        # Another voice in an exchange still open (two hosts: "BYD sold four million cars." /
        # "And most of them are hybrids." / his answer): the exchange keeps its topic and its
        # start, so his "they" may point past the second voice to the first.
        carried = self.thread_on_topic and short
        follow_up = self.answer_on_topic and short
        self.thread_on_topic = named or points or follow_up or carried
        self.asked_on_topic = named or (self.asked_on_topic and short)
        if not (carried or follow_up):
            # A new exchange: the answer's "they" may point into the question, not past it
            # (a follow-up's answer may point past it, into the exchange it follows up).
            self.floor = line_start

    def is_him(self, label: str) -> bool:
        """A speaker label or heading that names him (not a namesake: "Kimbal Musk"); a
        surname alone ("Musk:") is not his where the document last named a namesake in
        full before the label's first use ("We caught up with Kimbal Musk … / Musk: …")."""
        if label not in self.labels:
            norm = mask_namesakes(label, normalise(label), self.watch.speaker_aliases)
            # "马斯克胞弟：" labels his brother: the alias must name him, not a relative of his.
            self.labels[label] = (any(
                not relative_of(norm, m.end()) for m in self.who.pattern.finditer(norm)
            ) and not self._namesake_introduced(label)) or _role_of(norm, self.roles)
        return self.labels[label]

    def _namesake_introduced(self, label: str) -> bool:
        bare = label.strip()
        if " " in bare or "·" in bare or "~" not in self.norm:
            return False  # a full name, or no namesake in the document (masked as "~")
        first = re.search(rf"(?m)^\W{{0,3}}{re.escape(bare)}\s*[:：(（]", self.text)
        if first is None:
            return False
        namesake = self.norm.rfind("~", 0, first.start())
        his = max((self.norm.rfind(g, 0, first.start())
                   for g in given_names(self.watch.speaker_aliases) if g), default=-1)
        return namesake > his

    def full(self) -> bool:
        """True when the document has given all the candidates one item may give."""
        return len(self.found) >= MAX_CANDIDATES

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



_PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『"}


def _opened(span: str, opening: str, closing: str) -> bool:
    """More quotations opened than closed in span (an apostrophe inside a word is no quote)."""
    closed = sum(1 for i, ch in enumerate(span) if ch == closing
                 and not (0 < i < len(span) - 1 and span[i - 1].isalpha() and span[i + 1].isalpha()))
    return span.count(opening) > closed


def add(doc: Doc, s: int, e: int, cue: str, conf: float, topic: str, seconds: float | None,
         para: tuple[int, int], *, far: bool = False, asked: bool = False,
         colon: bool = False, thread: bool = False, loose: bool = False,
         swept: tuple[float, ...] = ()) -> None:
    while s < e and doc.text[s] in _TRAIL:
        s += 1
    stamp = _STAMP.match(doc.text, s, e)  # "(00:42:18) Well, ...": the time is no word of his
    if stamp is not None:
        s = stamp.end()
    while e > s and doc.text[e - 1] in _TRAIL:
        e -= 1
    # A quotation inside the statement keeps its closing mark: "is ‘mind-blowing’".
    while (e < len(doc.text) and doc.text[e] in _PAIRS
           and _opened(doc.text[s:e], _PAIRS[doc.text[e]], doc.text[e])):
        e += 1
    words = doc.text[s:e]
    if len(words.split()) < 2 and sum(1 for c in words if not c.isascii()) < 4:
        return
    if len(doc.found) >= MAX_CANDIDATES or any(f.start < e and s < f.end for f in doc.found):
        return
    doc.found.append(Candidate(s, e, cue, conf, topic, seconds, para, far, asked, colon,
                                thread, loose, swept, doc.relayed))


# A role in brackets after a name ("Elon Musk (CEO)", "马斯克（特斯拉CEO）"), or before it
# ("Tesla CEO Elon Musk", "特斯拉首席执行官马斯克"); read in a document's title and its first
# lines, where transcripts name their speakers once.
ROLE_HEAD = 600
_BRACKETED = re.compile(r"([^\s()（）:：,，;；\n][^()（）:：,，;；\n]{0,40}?)\s*[(（]\s*"
                        r"([^()（）\n]{2,40}?)\s*[)）]")
_ROLE_WORDS = (r"ceo|chief executive(?: officer)?|founder|co-?founder|chairman|cto|"
               r"首席执行官|执行长|创始人|董事长|总裁")
_ROLE_BEFORE = re.compile(rf"((?:[\w.&'-]+ ){{0,2}}(?:{_ROLE_WORDS})|[\u4e00-\u9fff]{{0,6}}"
                          rf"(?:{_ROLE_WORDS}))\s*$")


def bound_roles(title: str, norm: str, who: Attributor) -> frozenset[str]:
    """The roles the document gives him and nobody else (normalised): from "Elon Musk (CEO),
    Vaibhav Taneja (CFO)" the role "ceo"; none when another person holds the same role."""
    head = f"{title}\n{norm[:ROLE_HEAD]}"
    his: set[str] = set()
    others: set[str] = set()
    for m in _BRACKETED.finditer(head):
        (his if who.mentions(m.group(1)) else others).add(m.group(2).strip())
    for m in who.pattern.finditer(head):
        before = _ROLE_BEFORE.search(head, max(0, m.start() - 40), m.start())
        if before:
            his.add(before.group(1).strip())
    return frozenset(r for r in his if r and not any(_same_role(r, o) for o in others))


def _same_role(a: str, b: str) -> bool:
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _role_of(label: str, roles: frozenset[str]) -> bool:
    """A label that is one of his roles, or its last word ("CEO" for "Tesla CEO", 首席执行官
    for 特斯拉首席执行官); two characters at least."""
    bare = label.strip(" :：-—")
    if len(bare) < 2 or not roles:
        return False
    # a Chinese role has no spaces: 特斯拉ceo ends with "ceo", 特斯拉首席执行官 with 首席执行官
    return any(bare == r or r.endswith(" " + bare) or (not r.isascii() and r.endswith(bare))
               for r in roles)
