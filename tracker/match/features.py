"""Pure signals for one (statement, candidate rebuttal) pair: the ranker's features.

Beyond cosine similarity the ranker sees how far the candidate is ahead of the
runner-up, whether the statement is closer to the claim than to the counterpoints
(a statement about the same facts as the counterpoint is usually a different
claim), lexical evidence (BM25), and how many phrasings people gave the rebuttal.
Whether the statement makes the same claim is the reranker's question
(tracker.match.compare). The key concepts below (BYD/比亚迪, triple/三倍, ...) are
recognised in both languages; they were ranking features once, but they name the
bundled rebuttals' subjects and said nothing about a new rebuttal's, so they now
only serve the cross-language grouping (tracker.usecases.crosslang).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tracker.match.lexical import text_length, to_simplified

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
    "cos_z",
    "bm25_margin",
    "length_log",
    "negation",
    "learned_phrasings",
)


def concepts(text: str) -> frozenset[str]:
    """Key concepts (entities, products, actions) named in a text, in either language."""
    norm = to_simplified(text).lower()
    return frozenset(name for name, pattern in _PATTERNS.items() if pattern.search(norm))


@dataclass(frozen=True, slots=True)
class RebuttalProfile:
    """What the features need to know about a rebuttal, computed once.

    Attributes:
        learned: log1p of the phrasings people wrote or review taught (derived ones not
            counted): a rebuttal with none is compared through its claim alone.
    """

    learned: float = 0.0


def profile(learned: int = 0) -> RebuttalProfile:
    """Build a rebuttal's profile."""
    return RebuttalProfile(math.log1p(learned))


@dataclass(frozen=True, slots=True)
class StatementSignals:
    """Per-statement facts shared by all of its candidates."""

    length_log: float
    negation: float


def statement_signals(text: str) -> StatementSignals:
    """Compute the statement-level inputs to the pair features."""
    words, chars = text_length(text)
    return StatementSignals(
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


def pair_features(stmt: StatementSignals, reb: RebuttalProfile, sim: Similarities) -> list[float]:
    """The feature vector (in FEATURE_NAMES order) for one pair."""
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
        sim.cos_z,
        (sim.bm25 - sim.bm25_other) / sim.bm25_max if sim.bm25_max > 0 else 0.0,
        stmt.length_log,
        stmt.negation,
        reb.learned,
    ]
