"""The decision on each candidate: is it his statement, and is it about the topic?

Gradient-boosted trees averaged with a logistic model, over features of the candidate (how
the rules attributed it, where its topic evidence comes from, what surrounds it: the trees
weigh a cue differently by its topic evidence or by the sweep's evidence without a
hand-made feature for each pair; the linear part keeps a plain case the trees saw little
of), trained by
``python -m tracker.extract.train`` on the labelled corpus and shipped as
``tracker/data/extract_model.json``; the threshold is chosen by cross-validation on
the training documents only. Without the file, the rule itself decides (a candidate
with topic evidence is kept), which is what the rules did before the model.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from tracker.errors import InputError
from tracker.extract.headline import is_fragment, is_topic_list
from tracker.extract.lexical import LexicalModel
from tracker.extract.lexical import indices as lexical_indices
from tracker.extract.sweep import SWEEP_FEATURES

if TYPE_CHECKING:
    from tracker.extract.rules import Candidate, Doc

CONTEXT = 300  # characters of the paragraph read on each side of a candidate
CUES = ("turn", "answer", "quote", "reported", "pronoun", "guest", "headline", "sweep")
TOPICS = ("span", "sentence", "context", "carried")
_FIRST_PERSON = re.compile(r"\b(?:i|we|i'm|we're|i've|we've|our|my|us)\b|我|我们|咱们")
_HYPOTHETICAL = re.compile(
    r"\b(?:would|might|could|may)\s+(?:probably\s+|likely\s+|even\s+)?(?:argue|say|claim|tell)|"
    r"\bas (?:his|he) (?:admirers|fans)|\bfabricated|\bfake quote|\bmisattributed|\bnever said|"
    r"\bdid not say|\bno record|\bappears to be|\bpurported|\bscreenshot|\bif (?:musk|he) were|"
    r"\bimagine|会说|可能会说|大概会说|会这样讲|设想|假如|如果他|伪造|谣言|假消息|并未说过|从未说过|截图|"
    r"疑似|网传")
_QUESTION_END = re.compile(r"\s*[?？]")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've)\b|您|你")
_HOST = re.compile(r"\b(?:welcome|our guest|listeners|viewers|this episode|the show|my guest)\b|"
                   r"欢迎|本期|嘉宾|听众|观众|节目")
_DATELINE = re.compile(r"[a-z .,'-]{2,40}(?:\([^)]{2,30}\))?\s*[-–—]\s")
# What follows "posted", "called", "answered" when it is an act, not his words: an object
# ("a video", "photos", "for lower tariffs") or a verb whose subject came before.
_OBJECT = re.compile(r"\s*(?:a|an|for|to|with|about|of|from|had|has|have|were|was|is|are|been|"
                     r"photos?|videos?|questions?|pictures?|images?|links?|posts?|replies)\b|"
                     # "says something glowing about China": what he talks about, not his words
                     r"\s*(?:something|anything|a lot|plenty|little|much)\s+(?:\w+\s+){0,2}"
                     r"(?:about|on|regarding)\b|\s*something\s+(?:glowing|nice|positive|negative|"
                     r"critical|kind|flattering|complimentary|similar|new|different|provocative)\b|"
                     r"\s*[了过着]")  # "说过……", "称赞了……": an aspect mark, not a clause
_QUOTE_MARKS = "\"“”「」『』"
HEAD_READ = 300  # characters of an item's start read for a fact-check's headline
_DISPUTED = re.compile(
    r"\b(?:fabricat\w*|falsely attributed|misattribut\w*|no record|fake quote|doctored|"
    r"viral (?:quote|post|claim|video|image)|never said|denied saying|denies saying|did not say|"
    r"didn't say|purported\w*|made-up quote|fact[- ]check\w*|rating: (?:false|misleading))\b"
    r"|谣言|辟谣|不实|伪造|杜撰|假消息|并未说过|没有说过|从未说过|网传|传言|假新闻|子虚乌有|移花接木|"
    r"否认曾|否认说过|事实核查|查证")
_CLAIMED_BY_OTHER = re.compile(
    r"(?:\b(?:claims?|claiming|claimed|alleges?|alleging|alleged|purport\w*|supposedly|"
    r"rumou?r\w*|viral)\b|^claim:|\nclaim:|网传|传言|传闻|声称|号称|据称|谣传)"
    r"[^.!?。！？\n]{0,80}$")
_TERMINAL = tuple("。.!?！？")
BASE_FEATURES = (*(f"cue_{c}" for c in CUES), *(f"topic_{t}" for t in TOPICS), "topic_none",
            "headline", "fragment", "first_person", "hypothetical", "question",
            "second_person", "host_words", "dateline", "quoted", "alias_in_span",
            "vocative", "far", "head_says", "head_quote", "para_question", "after_question",
            "topic_terms", "turn_first_person", "guest_first_person", "asked_on_topic", "topic_position",
            "topic_adjunct", "log_length", "prior", "colon", "object_start", "thread_no_topic",
            "loose_pronoun", "topic_list",
            *SWEEP_FEATURES, "ends_sentence", "relayed", "disputed", "claimed_by_other",
            "after_other_named", "after_him_named",
            *(f"{c}_{t}" for c in CUES for t in (*TOPICS, "none")))
# The model's features: the candidate's (``features``), then the lexical model's probability
# from the words around it (tracker.extract.lexical), when the model carries one.
FEATURES = (*BASE_FEATURES, "lexical")


def features(doc: Doc, c: Candidate, in_head: bool) -> list[float]:
    """The feature vector of one candidate (names in BASE_FEATURES)."""
    span = doc.norm[c.start:c.end]
    # The paragraph around it, bounded: a hostile one-paragraph item stays linear.
    para = doc.norm[max(c.para[0], c.start - CONTEXT):min(c.para[1], c.end + CONTEXT)]
    row = [float(c.cue == cue) for cue in CUES]
    row += [float(c.topic == t) for t in TOPICS] + [float(not c.topic)]
    before = doc.text[max(0, c.start - 1):c.start]
    row += [float(in_head), float(is_fragment(doc.text, c.start, c.end)),
            float(_FIRST_PERSON.search(span) is not None),
            float(_HYPOTHETICAL.search(para) is not None),
            float(_QUESTION_END.match(doc.text, c.end, min(len(doc.text), c.end + 2)) is not None),
            float(_SECOND_PERSON.search(span) is not None),
            float(_HOST.search(span) is not None),
            float(_DATELINE.match(doc.norm, c.para[0], min(c.para[1], c.para[0] + 80)) is not None),
            float(bool(before) and before in _QUOTE_MARKS),
            float(doc.who.mentions(doc.norm, c.start, c.end)),
            float(doc.who.pattern.match(span.lstrip()) is not None), float(c.far),
            float(in_head and _said_before(doc, c.start)),
            float(in_head and any(q in doc.text[c.start:c.end] for q in _QUOTE_MARKS + "'‘’")),
            float("?" in para or "？" in para), float(_after_question(doc, c.para[0])),
            min(3.0, float(doc.topic.count(doc.norm, c.start, c.end))) / 3.0,
            float(c.cue in ("turn", "answer") and _FIRST_PERSON.search(span) is not None),
            float(c.cue == "guest" and _FIRST_PERSON.search(span) is not None),
            float(c.asked and not c.topic),
            *_topic_place(doc, c),
            math.log1p(len(span)) / 6.0, c.confidence, float(c.colon),
            float(c.cue in ("reported", "pronoun") and (_OBJECT.match(span) is not None
                                                       or _topic_object(doc, c))),
            float(c.thread and not c.topic), float(c.loose),
            float(in_head and is_topic_list(doc.norm, c.start, c.end)),
            *(c.swept or (0.0,) * len(SWEEP_FEATURES)),
            # A whole sentence ("中国很强。" in its marks, or "中国很强，” before the
            # attribution), not a scare-quoted word or two.
            float(_ends_clause(doc.text, c.end)),
            # reported inside somebody else's turn (see rules._relayed)
            float(c.relayed),
            # a fact-check or a denial around it: words attributed to him may not be his
            float(_DISPUTED.search(para) is not None
                  or _DISPUTED.search(doc.norm, 0, min(len(doc.norm), HEAD_READ)) is not None),
            # "a viral post claims Musk said ...", "Claim: Elon Musk said", "网传马斯克称":
            # somebody else's assertion that he said it (read before the paragraph's start
            # too: "Claim:" reads as a speaker's label; no sentence end or line break between)
            float(_CLAIMED_BY_OTHER.search(
                doc.norm, max(0, c.start - 120), c.start) is not None),
            # an unlabelled transcript's turn right after one that names another guest
            # ("Sarah, you spent ten years at a battery startup?") or him ("埃隆，你怎么看？")
            *_named_before(doc, c)]
    # How far topic evidence counts depends on how he was attributed (a turn's "they" is
    # his referent; a reported clause's context is the journalist's): one weight per pair.
    row += [float(c.cue == cue and (c.topic or "none") == t)
            for cue in CUES for t in (*TOPICS, "none")]
    return row


# "回应在华销量问题", "回應有關……的報道": what he responded to or talked about, a noun phrase
# after the verb, not his words.
_ZH_TOPIC_VERB = re.compile(r"(?:回应|谈到|谈及|提到|提及|评论|谈论)$")
_ZH_NOUN_OBJECT = re.compile(r"[^，,。；;：:!?！？“”「」\"]{0,40}(?:问题|报道|传闻|质疑|批评|言论|消息|话题|"
                             r"指控|提问|争议|猜测|担忧)\s*$")


def _topic_object(doc: Doc, c: Candidate) -> bool:
    """A Chinese span that only names what his speech verb was about (see _ZH_TOPIC_VERB)."""
    before = doc.norm[max(0, c.start - 4):c.start].rstrip()
    return (_ZH_TOPIC_VERB.search(before) is not None
            and _ZH_NOUN_OBJECT.match(doc.norm, c.start, c.end) is not None)


PREVIOUS_TURN = 400  # characters of the turn before a guest turn read for whom it names


def _named_before(doc: Doc, c: Candidate) -> tuple[float, float]:
    """Whether the turn before this guest turn names another guest last, or him last ("今天的
    嘉宾是埃隆·马斯克和安娜·科瓦奇。安娜，你先来": Anna answers)."""
    if c.cue != "guest":
        return 0.0, 0.0
    lo = max(0, c.para[0] - PREVIOUS_TURN)  # bounded: a hostile item stays linear
    end = lo + len(doc.text[lo:c.para[0]].rstrip())
    start = max(doc.text.rfind("\n", lo, end) + 1, lo)
    before = doc.norm[start:end]
    other = max((m.start() for name in doc.others
                 for m in re.finditer(rf"(?<![a-z]){re.escape(name)}(?![a-z])", before)), default=-1)
    him = max((m.start() - start for m in doc.who.pattern.finditer(doc.norm, start, end)),
              default=-1)
    return float(other > him), float(him > other)


def _ends_clause(text: str, end: int) -> bool:
    """The span ends a sentence, or a quoted clause whose comma stands inside the marks."""
    after = text[end:end + 2]
    return after[:1] in _TERMINAL or (after[:1] in (",", "，") and after[1:] in _CLOSING)


_CLOSING = ("”", '"', "」", "』", "’")
_SAYS = re.compile(r"(?:[:：]|\bsays?|\bsaid|\bwarns?|\bpredicts?|\bclaims?|\bcalls?|称|表示|说|直言|"
                   r"警告|预测|认为)\s*$")


_ADJUNCT = re.compile(r"(?:\b(?:at|by|from|with|during|near|attended by|including)\s+(?:the\s+|a\s+)?"
                      r"|在|于|由|从)$")


def _topic_place(doc: Doc, c: Candidate) -> tuple[float, float]:
    """Where the first topic term stands in the span (0 = at its start), and whether it only
    stands in an adjunct ("at an event attended by Chinese diplomats", "在上海")."""
    first = doc.topic.first(doc.norm, c.start, c.end)
    if first < 0:
        return 1.0, 0.0
    position = (first - c.start) / max(1, c.end - c.start)
    adjunct = _ADJUNCT.search(doc.norm, max(c.start, first - 16), first) is not None
    return position, float(adjunct and doc.topic.count(doc.norm, c.start, c.end) == 1)


def _after_question(doc: Doc, para_start: int) -> bool:
    """The paragraph before ends with a question: this one is likely the answer."""
    before = doc.text[max(0, para_start - 300):para_start].rstrip()
    return before.endswith(("?", "？"))


def _said_before(doc: Doc, start: int) -> bool:
    """A headline whose words after his name open with a speech verb or a colon ("Musk says",
    "Musk:", "马斯克称")."""
    return _SAYS.search(doc.norm, max(0, start - 12), start) is not None


Node = tuple[int, float, int, int, float]  # feature (-1: a leaf), threshold, left, right, value


@dataclass(frozen=True, slots=True)
class CandidateModel:
    """Boosted trees and logistic weights over FEATURES (their probabilities averaged) and
    the decision threshold; with neither, the rule decides."""

    weights: tuple[float, ...] = ()
    intercept: float = 0.0
    threshold: float = 0.5
    # His words in an unlabelled transcript (cue "guest") only ever go to review: their
    # threshold is chosen apart, on those candidates' out-of-fold predictions.
    guest_threshold: float | None = None
    # Gradient-boosted trees: the log-odds are baseline + the leaf value of each tree. Each
    # tree is its nodes, the root first; x[feature] <= threshold goes left.
    trees: tuple[tuple[Node, ...], ...] = ()
    baseline: float = 0.0
    lexical: LexicalModel | None = None  # its probability is the last feature

    def threshold_for(self, c: Candidate) -> float:
        """The decision threshold of the candidate's cue."""
        if c.cue == "guest" and self.guest_threshold is not None:
            return self.guest_threshold
        return self.threshold

    def probability(self, doc: Doc, c: Candidate, in_head: bool) -> float:
        """How likely the candidate is his statement on the topic."""
        if self.trees or self.weights:
            return self.probability_of(self.row(doc, c, in_head))
        # "he added" about something else is not on the topic because his last sentence
        # was: the statement's own words decide.
        keep = c.topic in ("span", "sentence", "context") and not c.far and not (
            in_head and is_fragment(doc.text, c.start, c.end))
        return 1.0 if keep else 0.0

    def row(self, doc: Doc, c: Candidate, in_head: bool) -> list[float]:
        """The candidate's feature row, with the lexical probability when the model has one."""
        row = features(doc, c, in_head)
        if self.lexical is not None:
            row.append(self.lexical.probability(lexical_indices(doc, c)))
        return row

    def probability_of(self, row: list[float]) -> float:
        """The model's probability for one feature row: the mean of the trees' and the
        weights' when it has both (the linear part carries what the trees saw little of:
        a short quoted sentence in a body, where short spans in training were mostly
        headline fragments), else whichever it has."""
        found = []
        if self.trees:
            z = self.baseline
            for nodes in self.trees:
                at = 0
                while (node := nodes[at])[0] >= 0:
                    at = node[2] if row[node[0]] <= node[1] else node[3]
                z += node[4]
            found.append(_sigmoid(z))
        if self.weights:
            found.append(_sigmoid(self.intercept + sum(
                w * x for w, x in zip(self.weights, row, strict=True))))
        return sum(found) / len(found)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


RULE = CandidateModel()


@functools.cache
def load_extract_model() -> CandidateModel:
    """The shipped model, or the rule when none is shipped."""
    path = resources.files("tracker.data").joinpath("extract_model.json")
    if not path.is_file():
        return RULE
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) not in (FEATURES, BASE_FEATURES):
        raise InputError("tracker/data/extract_model.json: features differ from the code's; "
                         "retrain with python -m tracker.extract.train")
    return model_from_json(data)


def model_from_json(data: dict[str, Any]) -> CandidateModel:
    """A model as ``python -m tracker.extract.train`` writes it."""
    guest = float(data["guest_threshold"]) if "guest_threshold" in data else None
    trees = tuple(tuple((int(f), float(t), int(lo), int(hi), float(v)) for f, t, lo, hi, v in tree)
                  for tree in data.get("trees", ()))
    try:
        lexical = LexicalModel.from_json(data["lexical"]) if "lexical" in data else None
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"the extraction model's lexical part is malformed: {exc}") from exc
    return CandidateModel(tuple(float(w) for w in data.get("weights", ())),
                          float(data.get("intercept", 0.0)), float(data["threshold"]), guest,
                          trees, float(data.get("baseline", 0.0)), lexical)
