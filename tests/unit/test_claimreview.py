"""The ClaimReview export checked against schema.org's ClaimReview (tracker.rebuttals.claimreview).

The table below is schema.org's definition of the properties the export may use, by
type (inherited ones included: ClaimReview < Review < CreativeWork < Thing), with
their expected types, and Google's required ClaimReview properties. Every node of
the output must be a known type, use only that type's properties, and give each a
value of an expected type.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest

from tracker.errors import UsageError
from tracker.model import RebuttalStatus
from tracker.rebuttals import load_seed, to_claimreview

_THING = {"name": ("Text",), "url": ("URL",), "alternateName": ("Text",),
          "description": ("Text",)}
_CREATIVE_WORK = _THING | {
    "author": ("Organization", "Person"), "datePublished": ("Date", "DateTime"),
    "inLanguage": ("Language", "Text"), "citation": ("CreativeWork", "Text"),
    "keywords": ("DefinedTerm", "Text", "URL"), "dateModified": ("Date", "DateTime")}
SCHEMA: dict[str, dict[str, tuple[str, ...]]] = {
    "ClaimReview": _CREATIVE_WORK | {
        "claimReviewed": ("Text",), "reviewRating": ("Rating",), "itemReviewed": ("Thing",),
        "reviewBody": ("Text",)},
    "Rating": _THING | {"ratingValue": ("Number", "Text"), "bestRating": ("Number", "Text"),
                        "worstRating": ("Number", "Text"), "ratingExplanation": ("Text",)},
    "Claim": _CREATIVE_WORK | {"appearance": ("CreativeWork",),
                               "firstAppearance": ("CreativeWork",)},
    "CreativeWork": _CREATIVE_WORK,
    "Organization": _THING,
    "Person": _THING,
}
SUBTYPES = {"Thing": set(SCHEMA), "CreativeWork": {"CreativeWork", "Claim", "ClaimReview"}}
# Google's ClaimReview guidelines: required, then what the export promises besides.
REQUIRED = ("claimReviewed", "reviewRating", "url")
PROMISED = ("author", "datePublished", "itemReviewed", "inLanguage", "reviewBody")


def _is(value: Any, expected: str) -> bool:
    if isinstance(value, dict):
        return value.get("@type") in SUBTYPES.get(expected, {expected})
    if not isinstance(value, str) or not value.strip():
        return isinstance(value, int | float) and expected == "Number"
    parts = urlsplit(value)
    return {
        "Text": True, "Language": bool(re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", value)),
        "URL": parts.scheme in ("http", "https") and bool(parts.netloc),
        # ISO 8601, reduced precision included: a source may be dated "2024-03" or "2024".
        "Date": bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)),
        "DateTime": bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?.*", value)),
    }.get(expected, False)


def schema_errors(node: dict[str, Any], where: str = "") -> list[str]:
    """What in a JSON-LD node breaks the schema table (nested nodes included)."""
    kind = node.get("@type")
    if kind not in SCHEMA:
        return [f"{where}@type {kind!r} is not one of {sorted(SCHEMA)}"]
    errors = []
    for prop, value in node.items():
        if prop in ("@context", "@id", "@type"):
            continue
        if prop not in SCHEMA[kind]:
            errors.append(f"{where}{kind} has no property {prop!r}")
            continue
        for item in value if isinstance(value, list) else [value]:
            if not any(_is(item, t) for t in SCHEMA[kind][prop]):
                errors.append(f"{where}{kind}.{prop} = {item!r} is not {SCHEMA[kind][prop]}")
            elif isinstance(item, dict):
                errors += schema_errors(item, f"{where}{kind}.{prop} > ")
    return errors


SEED = load_seed()
FIRST = {r.id: datetime(2025, 3, 4, 12, 0, tzinfo=UTC) for r in SEED}


def reviews(**changes: Any) -> list[dict[str, Any]]:
    options: dict[str, Any] = {"organization": "Fact Desk", "url_base": "https://example.org/r",
                               "published": FIRST} | changes
    return to_claimreview(SEED, **options)


def test_every_review_fits_schema_orgs_claimreview() -> None:
    out = reviews()
    assert len(out) == 2 * len(SEED)
    for review in json.loads(json.dumps(out)):  # serialisable JSON-LD
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert schema_errors(review) == [], review["@id"]
        assert [p for p in REQUIRED + PROMISED if p not in review] == []
        assert review["reviewRating"]["alternateName"]
        assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Elon Musk"}


def test_the_checker_catches_what_schema_org_does_not_allow() -> None:
    good = reviews()[0]
    assert schema_errors(good | {"rating": "False"}) == ["ClaimReview has no property 'rating'"]
    assert schema_errors(good | {"url": "example.org/r/x"})
    assert schema_errors(good | {"datePublished": "4 March 2025"})
    assert schema_errors(good | {"author": {"@type": "Place", "name": "x"}})
    assert schema_errors(good | {"reviewRating": {"@type": "Rating", "score": 1}})


def test_the_url_is_the_reviews_own_page_and_the_date_its_first_publication() -> None:
    out = reviews(url_base="https://example.org/r/",
                  published=FIRST | {"byd-copies-tesla": date(2024, 12, 31)})
    byd = [r for r in out if r["url"] == "https://example.org/r/byd-copies-tesla"]
    assert [(r["@id"], r["datePublished"]) for r in byd] == [
        ("https://example.org/r/byd-copies-tesla#en", "2024-12-31"),
        ("https://example.org/r/byd-copies-tesla#zh", "2024-12-31")]
    assert {r["author"]["name"] for r in out} == {"Fact Desk"}
    # Not the first source's page, nor a source's date.
    sources = {s.url for r in SEED for c in r.counterpoints for s in c.sources}
    assert not {r["url"] for r in out} & sources
    assert {r["datePublished"] for r in out} == {"2024-12-31", "2025-03-04"}


def test_only_published_rebuttals_are_reviews() -> None:
    draft = dataclasses.replace(SEED[0], status=RebuttalStatus.DRAFT)
    retired = dataclasses.replace(SEED[1], status=RebuttalStatus.RETIRED)
    options = {"organization": "Fact Desk", "url_base": "https://example.org/r"}
    out = to_claimreview([draft, retired, SEED[2]], published=FIRST, **options)
    assert {r["url"].rsplit("/", 1)[1] for r in out} == {SEED[2].id}
    assert to_claimreview([SEED[3]], published={}, **options) == []  # never published


@pytest.mark.parametrize("base", ["", "example.org/r", "ftp://example.org/r",
                                  "https://example.org/r?x=1", "https:///r"])
def test_a_url_base_that_is_not_an_http_url_is_a_usage_error(base: str) -> None:
    with pytest.raises(UsageError, match="URL base"):
        reviews(url_base=base)
