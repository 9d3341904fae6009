"""Phrasings derived from a rebuttal's own claim, so a new rebuttal starts strong.

An admin types a claim (in English and Chinese) and counterpoints, nothing else;
the statements that repeat the claim arrive in other shapes: in his first person
("I think ..."), reported ("Musk said ..."), with the number written another way
("3x", "三倍"). Deriving those shapes from the claim gives the matcher more than one
sentence to compare with before any statement has been reviewed. Derived phrasings
carry the origin "derived", so they are told apart from those learned from
statements (origin "statement") and those written by people.

The function is pure: curation stores its output when a rebuttal is created or
edited, and the matcher derives the same phrasings from the current claim when it
indexes (so a phrasing derived from a claim since edited is never used).
"""

from __future__ import annotations

import re

from tracker.model import Phrasing

DERIVED = "derived"

_OBJECT = re.compile(r"\b(to|by|of|for|with|on|about|from|than|like|told|follows?|followed|"
                     r"hear|heard|obeys?)\s+Musk\b")
_MUSK_EN = (
    (re.compile(r"\bMusk's\b"), "my"),
    (re.compile(r"\bMusk (say|suggest|want|urge|tell|think|predict|believe)s\b"), r"I \1"),
    (re.compile(r"\bMusk (has|is|was)\b"), lambda m: "I " + {"has": "have", "is": "am"}.get(
        m[1], m[1])),
    (_OBJECT, r"\1 me"),
    (re.compile(r"\bMusk\b"), "I"),
    (re.compile(r"\b(?:he|He) (say|suggest|want|urge|tell|think)s\b"), r"I \1"),
    (re.compile(r"\bhis\b"), "my"),
)
_MUSK_ZH = re.compile("埃隆·马斯克|马斯克")
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "ten": "10",
                 "twice": "2", "double": "2", "triple": "3"}
_TIMES_EN = re.compile(r"\b(two|three|four|five|ten|twice|double|triple)"
                       r"(?: times| as much| the size)?\b", re.IGNORECASE)
_TIMES_ZH = re.compile("([两二三四五十])倍")
_ZH_DIGIT = {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "十": "10"}


_COMMON_START = re.compile(r"^(?:The|A|An|It|Its|This|That|There|These|Those|Most|All|No|Every|"
                           r"Electricity|People|Cameras)\b")


def _lower_start(text: str) -> str:
    """Lowercase a sentence's first word unless it is a name ("China", "US", "BYD")."""
    return text[:1].lower() + text[1:] if _COMMON_START.match(text) else text


def _first_person_en(claim: str) -> str:
    text = claim.strip().rstrip(".")
    for pattern, repl in _MUSK_EN:
        text = pattern.sub(repl, text)
    return f"I think {_lower_start(text)}." if not text.startswith("I ") else f"{text}."


def _reported_en(claim: str) -> str:
    text = claim.strip()
    text = re.sub(r"\bMusk's\b", "his", text)
    text = _OBJECT.sub(r"\1 him", text)
    text = re.sub(r"\bMusk\b", "he", text)
    return f"Musk said {_lower_start(text)}"


def _number_variant_en(claim: str) -> str | None:
    if not _TIMES_EN.search(claim):
        return None
    return _TIMES_EN.sub(lambda m: f"{_NUMBER_WORDS[m[1].lower()]}x", claim)


def _number_variant_zh(claim: str) -> str | None:
    if not _TIMES_ZH.search(claim):
        return None
    return _TIMES_ZH.sub(lambda m: f"{_ZH_DIGIT[m[1]]}倍", claim)


def derive_phrasings(claim_en: str, claim_zh: str) -> tuple[Phrasing, ...]:
    """Phrasings derived from a claim in both languages (none repeats the claim itself).

    Args:
        claim_en: The claim in English ("" when the rebuttal has none).
        claim_zh: The claim in Chinese ("" when the rebuttal has none).

    Returns:
        Up to five phrasings with origin "derived": first person and reported speech in
        English, first person in Chinese, and the claim with its multiplier written in
        digits ("3x", "3倍") when it has one.
    """
    out: list[tuple[str, str]] = []
    en, zh = " ".join(claim_en.split()), " ".join(claim_zh.split())
    if en:
        out += [(_first_person_en(en), "en"), (_reported_en(en), "en")]
        if (variant := _number_variant_en(en)) is not None:
            out.append((variant, "en"))
    if zh:
        body = _MUSK_ZH.sub("我", zh)
        out.append((body if body.startswith("我") else f"我认为{body}", "zh"))
        if (variant := _number_variant_zh(zh)) is not None:
            out.append((variant, "zh"))
    seen = {en, zh}
    phrasings = []
    for text, lang in out:
        if text and text not in seen:
            seen.add(text)
            phrasings.append(Phrasing(text, lang, DERIVED))
    return tuple(phrasings)
