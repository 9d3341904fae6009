"""Rebuttals as schema.org ClaimReview JSON-LD, one review per rebuttal and language (pure).

A ClaimReview describes a review published on its own page: ``url`` is that page
(``<url_base>/<rebuttal id>``), ``datePublished`` the day the rebuttal was first
published (from its revision history, which the caller reads), ``author`` the
reviewing organisation. Only published rebuttals are reviews: a draft was never
published and a retired one no longer stands. The fields follow schema.org's
ClaimReview (a Review, a CreativeWork) and Google's ClaimReview guidelines:
``claimReviewed``, ``reviewRating`` and ``url`` required, ``author``,
``datePublished`` and ``itemReviewed`` recommended.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import UsageError
from tracker.model import Rebuttal, RebuttalStatus

LANGS = ("en", "zh")


def review_url(url_base: str, rebuttal_id: str) -> str:
    """The page of one review: ``https://example.org/r`` + ``/china-economy``."""
    return f"{url_base.rstrip('/')}/{rebuttal_id}"


def _check_base(url_base: str) -> str:
    """The base as given, when it is an http(s) URL with a host and no query or fragment."""
    base = url_base.strip()
    parts = urlsplit(base)
    if (parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.query
            or parts.fragment or any(ch.isspace() for ch in base)):
        raise UsageError(f"the ClaimReview URL base must be an http(s) URL, not '{url_base}' "
                         "(e.g. --url-base https://example.org/r)")
    return base


def to_claimreview(rebuttals: Sequence[Rebuttal], *, organization: str, url_base: str,
                   published: Mapping[str, date | datetime]) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects for the published rebuttals, one per language.

    Args:
        rebuttals: The rebuttals; those not published (or never published) are left out.
        organization: The reviewing organisation's name (the reviews' author).
        url_base: Where the reviews are published: each one's page is url_base/<id>.
        published: When each rebuttal was first published, by id.

    Raises:
        UsageError: ``url_base`` is not an http(s) URL, or ``organization`` is empty.
    """
    base = _check_base(url_base)
    if not organization.strip():
        raise UsageError("the ClaimReview organisation (--organization) is empty")
    out: list[dict[str, Any]] = []
    for r in rebuttals:
        day = published.get(r.id)
        if r.status != RebuttalStatus.PUBLISHED or day is None:
            continue
        out += [_review(r, lang, organization.strip(), review_url(base, r.id), day)
                for lang in LANGS]
    return out


def _review(r: Rebuttal, lang: str, organization: str, url: str,
            day: date | datetime) -> dict[str, Any]:
    claim = r.claim_en if lang == "en" else r.claim_zh
    body = "\n\n".join(c.text_en if lang == "en" else c.text_zh for c in r.counterpoints)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": f"{url}#{lang}",
        "url": url,
        "datePublished": (day.date() if isinstance(day, datetime) else day).isoformat(),
        "claimReviewed": claim,
        "reviewBody": body,
        "inLanguage": lang,
        "reviewRating": {"@type": "Rating", "alternateName": r.rating},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": r.speaker}},
        "author": {"@type": "Organization", "name": organization},
        "citation": [{"@type": "CreativeWork", "name": s.title, "url": s.url,
                      **({"datePublished": s.date} if s.date else {})}
                     for c in r.counterpoints for s in c.sources],
    }
    if r.tags:
        review["keywords"] = ", ".join(r.tags)
    return review
