"""Does the statement make the claim, or only talk about the same thing?

Pure signals comparing a statement with a candidate rebuttal's claim (in both
languages, plus its phrasings) and counterpoints: the quantities each names (a
different multiplier, share, year or amount is a different claim), the direction
of a comparison (ahead / behind, 领先 / 落后), negation and stance words (not,
never, 不, 永远不会; "overstated", 夸大), absolute against partial wording
("only", "entirely" / "partly"), tense (already / will), how much of the claim's
wording the statement covers, and whether the statement repeats the counterpoint's
facts rather than the claim (someone quoting the answer is not making the claim).
These feed the default reranker (tracker.match.reranker); each is cheap enough to
compute for the few candidates that are reranked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.match import quantities as qty
from tracker.match.lexical import to_simplified, tokenize

COMPARE_NAMES: tuple[str, ...] = (
    "qty_agree",
    "qty_conflict",
    "qty_claim_only",
    "qty_statement_only",
    "qty_from_counterpoint",
    "direction_conflict",
    "direction_agree",
    "negation_mismatch",
    "stance_reject",
    "concession",
    "scope_conflict",
    "tense_conflict",
    "claim_coverage",
    "statement_novelty",
    "counterpoint_only",
)

# Signals that on the training data never fire when the statement makes the claim: a
# quantity of the same kind that disagrees, the opposite direction of a comparison, and
# a concession ("admitted", 承认: he grants what the claim denies). A candidate showing
# one is never posted automatically (tracker.match.reranker.combine); at most reviewed.
VETOES: tuple[str, ...] = ("qty_conflict", "direction_conflict", "concession")
VETO_COLUMNS = tuple(COMPARE_NAMES.index(n) for n in VETOES)


def vetoed(features: Sequence[float]) -> bool:
    """Whether a row of comparison features (COMPARE_NAMES) shows a veto signal."""
    return any(features[i] > 0 for i in VETO_COLUMNS)


# Comparison words: "up" (more, ahead), "down" (less, behind), "equal" (as good as).
_DIRECTIONS = {
    "up": re.compile(
        r"\b(?:more than|ahead|leads?|leading|lead the|outsells?|outsold|outpaces?|surpass\w*|"
        r"exceeds?|bigger|larger|higher|better|beats?|dominat\w*|superior|faster|"
        r"far ahead|way ahead|overtak\w*|top\b|best|biggest|largest|most)"
        r"|领先|超过|超越|多于|高于|大于|胜过|强于|碾压|第一|最多|最大|最高|最好|最畅销|更多|更强|更好"
        r"|比.{1,16}(?:得多|多了|强多了|好得多)|远超|遥遥领先"
    ),
    "down": re.compile(
        r"\b(?:less than|fewer|behind|lags?|lagging|trails?|trailing|worse|inferior|lower|"
        r"smaller|slower|can'?t compete|far from|catch(?:ing)? up|weaker|decades? away|"
        r"years? away|generations? behind|overstated|shrink\w*|declin\w*)"
        r"|落后|不如|少于|低于|小于|比不上|追不上|赶不上|不及|逊于|差距|更少|更弱|萎缩|下降|减少"
    ),
    "equal": re.compile(
        r"\b(?:as good as|every bit as|equal|on par|the same as|level with|just as|"
        r"as hard as|as much as|matches|comparable)"
        r"|一样|相当|持平|不相上下|不输|同样|媲美|齐平"
    ),
}
# "nothing but", "not only", "no doubt" negate nothing.
_NEGATION_EN = re.compile(
    r"\b(?:not(?! only| just)|never|no(?! doubt| matter)|none|nobody|nothing(?! but)|"
    r"without|neither|nor|hardly|barely)\b|n't\b"
)
# 不 and 没 start many words that negate nothing (不断 "constantly", 不少 "many").
_NEGATION_ZH = re.compile(
    r"(?:不|没|无|非|未|别|绝不|永远不)(?!断|少|仅|过|同|错|久|得不|管|止|论|外乎|然)"
)
_REJECT = re.compile(
    r"\b(?:overstated|exaggerat\w*|overblown|overhyped|myth|nonsense|not true|untrue|"
    r"false|wrong|misleading|bogus|doubts?|skeptic\w*|sceptic\w*|dismiss\w*|rejects?)"
    r"|夸大|言过其实|不实|误读|胡说|谣言|不是真的|错误|怀疑|否认|驳斥|不对"
)
_CONCESSION = re.compile(
    r"\b(?:admit\w*|conced\w*|acknowledg\w*|conceding|grant(?:ed|s)? that|to be fair|"
    r"credit\w* to|prais\w*|thank\w*)"
    r"|承认|坦言|坦承|不得不说|称赞|赞扬|感谢|公道地说"
)
_ABSOLUTE = re.compile(
    r"\b(?:only|entirely|completely|totally|all\b|every|whole|purely|solely|100%|always|"
    r"essentially all|basically all|at all|any\b|nothing but)"
    r"|完全|只|全部|所有|根本|纯粹|一切|都是|百分之百|任何"
)
_PARTIAL = re.compile(
    r"\b(?:partly|partially|some\b|somewhat|a bit|in part|to some extent|a little|"
    r"slightly|a few|several|helped|one of)"
    r"|部分|一定程度|有些|有点|稍微|略|一些|之一"
)
_FUTURE = re.compile(r"\b(?:will|going to|gonna|by 20\d\d|soon|next year|in the future|"
                     r"someday|eventually|within \w+ years?)\b|将|将会|会在|即将|未来|到20\d\d|明年|迟早")
_PRESENT = re.compile(r"\b(?:already|now|today|currently|at the moment|these days|is|are)\b"
                      r"|已经|现在|如今|目前|当前|已")
# Words of reporting that every statement carries and no claim needs to share.
_REPORTING = frozenset(
    ["musk", "elon", "said", "say", "says", "told", "tell", "wrote", "write", "writes", "post", "posted", "think", "thinks", "believe", "claimed", "claim", "claims", "argued", "added", "noted", "stated", "honestly", "basically", "really", "people", "马斯克", "埃隆", "表示", "认为", "称", "说", "说道", "指出", "写道", "声称", "强调", "觉得", "坦言", "他们", "我们", "就是"]
)


@dataclass(frozen=True, slots=True)
class TextView:
    """What the comparison reads in one text, computed once per text."""

    tokens: frozenset[str]
    quantities: frozenset[qty.Quantity]
    directions: frozenset[str]
    negations: int
    reject: bool
    concession: bool
    absolute: bool
    partial: bool
    future: bool
    present: bool
    chinese: bool


def view(text: str) -> TextView:
    """Read one text (a statement, a claim, a phrasing or a counterpoint)."""
    norm = to_simplified(text).lower()
    chinese = sum("\u3400" <= c <= "\u9fff" for c in norm) > len(re.findall(r"[a-z]+", norm))
    negations = len(_NEGATION_EN.findall(norm)) + len(_NEGATION_ZH.findall(norm))
    return TextView(
        frozenset(t for t in tokenize(norm) if t not in _REPORTING and len(t) > 1),
        qty.quantities(norm),
        frozenset(name for name, p in _DIRECTIONS.items() if p.search(norm)),
        negations,
        bool(_REJECT.search(norm)),
        bool(_CONCESSION.search(norm)),
        bool(_ABSOLUTE.search(norm)),
        bool(_PARTIAL.search(norm)),
        bool(_FUTURE.search(norm)),
        bool(_PRESENT.search(norm)),
        chinese,
    )


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """A rebuttal's texts as the comparison reads them.

    Attributes:
        claims: The claim in each language (the admin's own wording).
        phrasings: Further phrasings of the claim (seed, learned, derived).
        counterpoints: Every counterpoint text, both languages.
    """

    claims: tuple[TextView, ...]
    phrasings: tuple[TextView, ...]
    counterpoints: tuple[TextView, ...]

    @property
    def claim_like(self) -> tuple[TextView, ...]:
        return self.claims + self.phrasings


def claim_side(claims: Sequence[str], phrasings: Sequence[str],
               counterpoints: Sequence[str]) -> ClaimSide:
    """Read a rebuttal's claim, phrasings and counterpoints."""
    return ClaimSide(tuple(view(t) for t in claims if t), tuple(view(t) for t in phrasings if t),
                     tuple(view(t) for t in counterpoints if t))


def _weighted_share(part: frozenset[str], whole: frozenset[str],
                    idf: Callable[[str], float]) -> float:
    total = sum(idf(t) for t in whole)
    return sum(idf(t) for t in part) / total if total else 0.0


def _same_language(stmt: TextView, claims: tuple[TextView, ...]) -> tuple[TextView, ...]:
    same = tuple(c for c in claims if c.chinese == stmt.chinese)
    return same or claims


def _union(views: Sequence[TextView], attr: str) -> frozenset:  # type: ignore[type-arg]
    out: frozenset = frozenset()  # type: ignore[type-arg]
    for v in views:
        out = out | getattr(v, attr)
    return out


def compare(stmt: TextView, side: ClaimSide, idf: Callable[[str], float]) -> list[float]:
    """The comparison features (in COMPARE_NAMES order) of a statement and a rebuttal."""
    claim_like = side.claim_like
    claim_q = _union(claim_like, "quantities")
    counter_q = _union(side.counterpoints, "quantities")
    agree, conflict, claim_only = qty.compare(stmt.quantities, claim_q)
    stmt_kinds = {q.kind for q in stmt.quantities} - {q.kind for q in claim_q}
    from_counter = sum(
        1 for q in stmt.quantities
        if not any(qty.close(q.value, c.value, kind=q.kind) for c in claim_q if c.kind == q.kind)
        and any(qty.close(q.value, c.value, kind=q.kind) for c in counter_q if c.kind == q.kind)
    )
    own = _same_language(stmt, side.claims)
    claim_dirs = _union(own, "directions")
    dir_conflict = bool(stmt.directions and claim_dirs and not stmt.directions & claim_dirs)
    dir_agree = bool(stmt.directions & claim_dirs)
    neg_mismatch = min(abs((stmt.negations % 2) - (c.negations % 2)) for c in own) if own else 0
    claim_reject = any(c.reject for c in own)
    claim_absolute = any(c.absolute for c in own)
    claim_future = any(c.future for c in own) and not any(c.present for c in own)
    claim_present = any(c.present for c in own) and not any(c.future for c in own)
    tense_conflict = (claim_future and stmt.present and not stmt.future) or (
        claim_present and stmt.future and not stmt.present)
    claim_tokens = _union(claim_like, "tokens")
    counter_tokens = _union(side.counterpoints, "tokens")
    coverage = max((_weighted_share(c.tokens & stmt.tokens, c.tokens, idf) for c in claim_like),
                   default=0.0)
    novel = _weighted_share(stmt.tokens - claim_tokens - counter_tokens, stmt.tokens, idf)
    counter_only = _weighted_share((stmt.tokens & counter_tokens) - claim_tokens, stmt.tokens,
                                   idf)
    return [
        float(agree),
        float(conflict),
        float(claim_only),
        float(len(stmt_kinds)),
        float(from_counter),
        float(dir_conflict),
        float(dir_agree),
        float(neg_mismatch),
        float(stmt.reject and not claim_reject),
        float(stmt.concession),
        float(claim_absolute and stmt.partial and not stmt.absolute),
        float(tense_conflict),
        coverage,
        novel,
        counter_only,
    ]
