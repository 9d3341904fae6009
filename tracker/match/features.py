"""Pure signals for one (statement, candidate rebuttal) pair.

Two statements match when they make the same claim, not when they share a
topic, so beyond cosine similarity the classifier sees: how far the candidate
is ahead of the runner-up, whether the statement is closer to the claim than to
the counterpoints (a statement about the same facts as the counterpoint is
usually a different claim), lexical evidence, and the key concepts and numbers
the two share or do not share. Concepts are recognised in English and Chinese,
so this signal works across languages.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tracker.match.lexical import text_length, to_simplified
from tracker.match.numbers import numbers

# canonical concept -> surface forms (lowercase, simplified Chinese). ASCII forms match on
# word starts ("semi" must not match "semiconductor"); CJK forms match as substrings.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "byd": ("byd", "比亚迪"),
    "catl": ("catl", "宁德"),
    "tesla": ("tesla", "特斯拉"),
    "lidar": ("lidar", "激光雷达"),
    "vision": ("camera", "vision", "摄像头", "视觉"),
    "4680": (
        "4680",
        "tabless",
        "dry electrode",
        "dry-electrode",
        "大圆柱",
        "干电极",
        "无极耳",
        "cylindrical cell",
    ),
    "cybertruck": ("cybertruck", "赛博皮卡"),
    "semi": ("semi\\b", "电动卡车", "电动重卡"),
    "solar": ("solar", "photovoltaic", "pv\\b", "太阳能", "光伏"),
    "solarcity": ("solarcity",),
    "battery": ("batter", "电池", "cell\\b", "cells\\b", "电芯"),
    "ev": ("electric car", "electric vehicle", "evs?\\b", "电动车", "电动汽车"),
    "wechat": ("wechat", "微信", "super app", "everything app", "超级应用", "万能"),
    "x-app": ("x\\b",),
    "doge": ("doge\\b", "government efficiency", "政府效率部"),
    "budget": ("trillion", "万亿", "budget", "spending", "预算", "开支"),
    "compute": ("compute", "computing", "算力", "计算能力"),
    "ai": ("ai\\b", "artificial intelligence", "人工智能"),
    "chips": ("chip", "semiconductor", "芯片", "半导体"),
    "export": ("export", "sanction", "restrict", "出口", "管制", "禁令"),
    "node": ("node", "process", "制程", "工艺"),
    "power": ("electricity", "power", "电力", "发电", "电网", "grid", "interconnect", "并网"),
    "triple": ("three times", "triple", "3x\\b", "三倍", "3倍"),
    "bottleneck": ("bottleneck", "constrain", "limit", "throttl", "瓶颈", "制约", "卡脖子"),
    "founder": (
        "founde",
        "founding",
        "created tesla",
        "started tesla",
        "创办",
        "创立",
        "创始人",
        "缔造",
    ),
    "copy": ("cop", "knock-off", "imitat", "抄", "仿", "照搬"),
    "follow": (
        "follow",
        "listen",
        "obey",
        "advice",
        "suggest",
        "recommend",
        "urg",
        "told",
        "听",
        "照",
        "建议",
        "呼吁",
        "跟",
    ),
    "learn": ("taught", "teach", "learn", "教", "学"),
    "scale": ("mass", "scale", "million", "giga", "量产", "大规模", "规模"),
    "recent": (
        "recent",
        "nowhere",
        "latecomer",
        "thin air",
        "didn't exist",
        "最近",
        "凭空",
        "冒出",
        "后来者",
        "起步",
    ),
    "policy": ("policy", "polic", "washington", "政策", "华盛顿"),
    "direction": ("future", "direction", "heading", "where the industry", "方向", "未来"),
    "transform": (
        "transform",
        "revolution",
        "change everything",
        "reshape",
        "颠覆",
        "改变",
        "重塑",
        "改写",
    ),
    "most": ("most", "more than any", "biggest", "largest", "beat", "最多", "超过", "第一", "领先"),
}

_PATTERNS = {
    name: re.compile("|".join(f"\\b{f}" if f[0].isascii() and f[0].isalnum() else f for f in forms))
    for name, forms in _CONCEPTS.items()
}
_NEGATION = re.compile(r"\b(?:not|never|no|isn't|won't|doesn't|didn't)\b|不|没有|并非|从未")

FEATURE_NAMES: tuple[str, ...] = (
    "cos_claim",
    "cos_claim_mean",
    "cos_counter",
    "claim_minus_counter",
    "margin",
    "gap_to_top",
    "rank_inv",
    "bm25_norm",
    "bm25_log",
    "concept_shared",
    "concept_coverage",
    "concept_extra",
    "idf_coverage",
    "idf_extra",
    "cos_x_coverage",
    "cos_z",
    "bm25_margin",
    "numbers_shared",
    "numbers_unknown",
    "length_log",
    "negation",
)


def concepts(text: str) -> frozenset[str]:
    """Key concepts (entities, products, actions) named in a text, in either language."""
    norm = to_simplified(text).lower()
    return frozenset(name for name, pattern in _PATTERNS.items() if pattern.search(norm))


@dataclass(frozen=True, slots=True)
class RebuttalProfile:
    """What the features need to know about a rebuttal's text, computed once."""

    claim_concepts: frozenset[str]
    all_concepts: frozenset[str]
    all_numbers: frozenset[str]
    claim_numbers: frozenset[str]


def profile(claim_texts: list[str], counter_texts: list[str]) -> RebuttalProfile:
    """Build a rebuttal's profile from its claim phrasings and counterpoint texts."""
    claim_c = frozenset().union(*(concepts(t) for t in claim_texts)) if claim_texts else frozenset()
    counter_c = (
        frozenset().union(*(concepts(t) for t in counter_texts)) if counter_texts else frozenset()
    )
    claim_n = frozenset().union(*(numbers(t) for t in claim_texts)) if claim_texts else frozenset()
    counter_n = (
        frozenset().union(*(numbers(t) for t in counter_texts)) if counter_texts else frozenset()
    )
    return RebuttalProfile(claim_c, claim_c | counter_c, claim_n | counter_n, claim_n)


def concept_idf(profiles: list[RebuttalProfile]) -> dict[str, float]:
    """Inverse document frequency of each concept over the rebuttals' claims."""
    n = len(profiles)
    df: dict[str, int] = {}
    for p in profiles:
        for c in p.claim_concepts:
            df[c] = df.get(c, 0) + 1
    idf = {c: math.log1p(n / d) for c, d in df.items()}
    default = math.log1p(n) if n else 1.0
    return {c: idf.get(c, default) for c in _CONCEPTS}


@dataclass(frozen=True, slots=True)
class StatementSignals:
    """Per-statement facts shared by all of its candidates."""

    concepts: frozenset[str]
    numbers: frozenset[str]
    length_log: float
    negation: float


def statement_signals(text: str) -> StatementSignals:
    """Compute the statement-level inputs to the pair features."""
    words, chars = text_length(text)
    return StatementSignals(
        concepts(text),
        numbers(text),
        math.log1p(words + chars / 2.0),
        1.0 if _NEGATION.search(to_simplified(text).lower()) else 0.0,
    )


@dataclass(frozen=True, slots=True)
class Similarities:
    """Similarity evidence for one candidate, computed by the matcher."""

    cos_claim: float
    cos_claim_mean: float
    cos_counter: float
    best_other_cos: float
    top_cos: float
    rank: int
    bm25: float
    bm25_max: float
    cos_z: float = 0.0  # the cosine in standard deviations above this statement's mean
    bm25_other: float = 0.0  # best BM25 among the other rebuttals


def pair_features(
    stmt: StatementSignals, reb: RebuttalProfile, sim: Similarities, idf: dict[str, float]
) -> list[float]:
    """The feature vector (in FEATURE_NAMES order) for one pair.

    ``idf`` weighs each concept by how few rebuttal claims name it, so sharing
    "doge" says more than sharing "china-follows" vocabulary everyone uses.
    """
    shared = stmt.concepts & reb.claim_concepts
    extra = stmt.concepts - reb.all_concepts
    claim_w = sum(idf.get(c, 0.0) for c in reb.claim_concepts)
    stmt_w = sum(idf.get(c, 0.0) for c in stmt.concepts)
    idf_cov = sum(idf.get(c, 0.0) for c in shared) / claim_w if claim_w else 0.0
    return [
        sim.cos_claim,
        sim.cos_claim_mean,
        sim.cos_counter,
        sim.cos_claim - sim.cos_counter,
        sim.cos_claim - sim.best_other_cos,
        sim.cos_claim - sim.top_cos,
        1.0 / sim.rank,
        sim.bm25 / sim.bm25_max if sim.bm25_max > 0 else 0.0,
        math.log1p(sim.bm25),
        float(len(shared)),
        len(shared) / len(reb.claim_concepts) if reb.claim_concepts else 0.0,
        len(extra) / (1.0 + len(stmt.concepts)),
        idf_cov,
        sum(idf.get(c, 0.0) for c in extra) / stmt_w if stmt_w else 0.0,
        sim.cos_claim * idf_cov,
        sim.cos_z,
        (sim.bm25 - sim.bm25_other) / sim.bm25_max if sim.bm25_max > 0 else 0.0,
        float(len(stmt.numbers & reb.claim_numbers)),
        float(len(stmt.numbers - reb.all_numbers)),
        stmt.length_log,
        stmt.negation,
    ]
