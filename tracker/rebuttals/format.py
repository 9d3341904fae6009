"""The rebuttal file format: parse and validate, serialise, ClaimReview export (pure)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Mapping
from importlib import resources
from typing import Any

import yaml

from tracker.errors import InputError
from tracker.model import Counterpoint, Phrasing, Rebuttal, RebuttalStatus, Source

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,79}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
URL_RE = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)
MAX_CLAIM = 1000
MAX_COUNTERPOINT = 2000
MAX_PHRASING = 2000
LANGS = ("en", "zh")
# "derived": made from the claim itself when the rebuttal is created or edited
# (tracker.match.derive), told apart from phrasings people wrote or review taught.
PHRASING_ORIGINS = ("seed", "admin", "statement", "import", "derived")

_ENTRY_KEYS = {"id", "status", "tags", "claim", "phrasings", "counterpoints", "notes", "rating",
               "speaker", "created_by", "version"}
_PHRASING_KEYS = {"lang", "text", "origin", "statement_id"}
_SOURCE_KEYS = {"title", "url", "date"}


class RebuttalFormatError(InputError):
    """An entry of a rebuttal file is invalid; the message names the entry and the reason."""


def _fail(where: str, reason: str) -> RebuttalFormatError:
    return RebuttalFormatError(f"rebuttal {where}: {reason}")


def _check_keys(where: str, data: Mapping[str, Any], allowed: set[str], what: str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise _fail(where, f"unknown key '{unknown[0]}' in {what}")


def _rating_word(value: Any) -> Any:
    """`rating: False` written bare is the fact-check rating "False", which YAML reads as a
    boolean (as it reads "True"): the admin meant the word."""
    return ("True" if value else "False") if isinstance(value, bool) else value


def _text(where: str, value: Any, name: str, limit: int, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise _fail(where, f"{name} must be text")
    text = str(value).strip()
    if required and not text:
        raise _fail(where, f"{name} is empty")
    if len(text) > limit:
        raise _fail(where, f"{name} is longer than {limit} characters")
    return text


def _mapping(where: str, value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(where, f"{name} must be a mapping")
    return value


def _list(where: str, value: Any, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(where, f"{name} must be a list")
    return value


def _source(where: str, data: Any, label: str) -> Source:
    data = _mapping(where, data, label)
    _check_keys(where, data, _SOURCE_KEYS, label)
    title = _text(where, data.get("title"), f"{label} title", 500)
    url = _text(where, data.get("url"), f"{label} url", 2000)
    if not URL_RE.match(url):
        raise _fail(where, f"{label} url must start with http:// or https://")
    raw_date = data.get("date")
    if isinstance(raw_date, datetime.date):  # an unquoted YAML date
        raw_date = raw_date.isoformat()[:10]
    date = _text(where, raw_date, f"{label} date", 10, required=False)
    if date and not DATE_RE.match(date):
        raise _fail(where, f"{label} date '{date}' is not YYYY-MM-DD, YYYY-MM or YYYY")
    return Source(title=title, url=url, date=date)


def _counterpoint(where: str, data: Any, n: int) -> Counterpoint:
    label = f"counterpoint {n}"
    data = _mapping(where, data, label)
    _check_keys(where, data, {"en", "zh", "sources"}, label)
    en = _text(where, data.get("en"), f"{label} en", MAX_COUNTERPOINT)
    zh = _text(where, data.get("zh"), f"{label} zh", MAX_COUNTERPOINT)
    raw_sources = _list(where, data.get("sources"), f"{label} sources")
    if not raw_sources:
        raise _fail(where, f"{label} has no source")
    sources = tuple(_source(where, s, f"{label} source {i}") for i, s in
                    enumerate(raw_sources, 1))
    return Counterpoint(text_en=en, text_zh=zh, sources=sources)


def _phrasing(where: str, data: Any, n: int) -> Phrasing:
    label = f"phrasing {n}"
    data = _mapping(where, data, label)
    _check_keys(where, data, _PHRASING_KEYS, label)
    lang = data.get("lang")
    if lang not in LANGS:
        raise _fail(where, f"{label} lang must be en or zh")
    text = _text(where, data.get("text"), f"{label} text", MAX_PHRASING)
    origin = data.get("origin", "seed")
    if origin not in PHRASING_ORIGINS:
        raise _fail(where, f"{label} origin must be one of {', '.join(PHRASING_ORIGINS)}")
    sid = data.get("statement_id")
    if sid is not None and (not isinstance(sid, int) or isinstance(sid, bool)):
        raise _fail(where, f"{label} statement_id must be an integer")
    return Phrasing(text=text, language=str(lang), origin=str(origin), statement_id=sid)


def _tags(where: str, value: Any) -> tuple[str, ...]:
    tags = [_text(where, t, "tag", 64) for t in _list(where, value, "tags")]
    return tuple(dict.fromkeys(tags))


def parse_entry(data: Any, index: int = 0) -> Rebuttal:
    """Validate one entry of a rebuttal file and return it as a Rebuttal."""
    where = f"#{index}"
    data = _mapping(where, data, "entry")
    rid = data.get("id")
    if isinstance(rid, str) and rid:
        where = f"'{rid[:80]}'"
    _check_keys(where, data, _ENTRY_KEYS, "entry")
    if not isinstance(rid, str) or not SLUG_RE.match(rid):
        raise _fail(where, "id must be a slug of 3-80 characters [a-z0-9-] starting with a letter"
                    " or digit")
    claim = _mapping(where, data.get("claim"), "claim")
    _check_keys(where, claim, {"en", "zh"}, "claim")
    status = data.get("status", "draft")
    if status not in {s.value for s in RebuttalStatus}:
        raise _fail(where, f"status '{status}' is not draft, published or retired")
    raw_cps = _list(where, data.get("counterpoints"), "counterpoints")
    if not raw_cps:
        raise _fail(where, "at least one counterpoint is required")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(where, "version must be a positive integer")
    return Rebuttal(
        id=rid,
        claim_en=_text(where, claim.get("en"), "claim en", MAX_CLAIM),
        claim_zh=_text(where, claim.get("zh"), "claim zh", MAX_CLAIM),
        counterpoints=tuple(_counterpoint(where, c, i) for i, c in enumerate(raw_cps, 1)),
        phrasings=tuple(_phrasing(where, p, i) for i, p in
                        enumerate(_list(where, data.get("phrasings"), "phrasings"), 1)),
        tags=_tags(where, data.get("tags")),
        status=RebuttalStatus(status),
        notes=_text(where, data.get("notes"), "notes", 5000, required=False),
        created_by=_text(where, data.get("created_by", "seed"), "created_by", 128),
        version=version,
        rating=_text(where, _rating_word(data.get("rating", "Missing context")), "rating", 64),
        speaker=_text(where, data.get("speaker", "Elon Musk"), "speaker", 128),
    )


def parse_rebuttals(data: Any) -> list[Rebuttal]:
    """Validate a whole file's content: a list of entries or {"rebuttals": [...]}.

    Raises:
        RebuttalFormatError: naming the first invalid entry (id or index) and the reason,
            or a duplicate id.
    """
    if isinstance(data, Mapping):
        if set(data) != {"rebuttals"}:
            raise RebuttalFormatError("rebuttal file: expected a list or {rebuttals: [...]}")
        data = data["rebuttals"]
    if not isinstance(data, list):
        raise RebuttalFormatError("rebuttal file: expected a list of rebuttals")
    items = [parse_entry(entry, i) for i, entry in enumerate(data, 1)]
    seen: set[str] = set()
    for r in items:
        if r.id in seen:
            raise _fail(f"'{r.id}'", "duplicate id in the file")
        seen.add(r.id)
    return items


MAX_FILE_CHARS = 20_000_000


class _NoAliasLoader(yaml.SafeLoader):  # type: ignore[misc]
    """SafeLoader refusing aliases: a few '*refs' can expand into billions of entries."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise RebuttalFormatError("rebuttal file: YAML aliases (*name) are not allowed")
        return super().compose_node(parent, index)


def loads(text: str, *, fmt: str | None = None) -> list[Rebuttal]:
    """Parse YAML or JSON text (JSON is YAML, so one safe loader reads both)."""
    if len(text) > MAX_FILE_CHARS:
        raise RebuttalFormatError(f"rebuttal file: larger than {MAX_FILE_CHARS} characters")
    try:
        data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise RebuttalFormatError(f"rebuttal file: not valid {fmt or 'YAML/JSON'}{where}") from exc
    return parse_rebuttals(data)


def load_seed() -> list[Rebuttal]:
    """The bundled seed rebuttals (tracker/data/rebuttals/seed.yaml)."""
    text = resources.files("tracker.data").joinpath("rebuttals/seed.yaml").read_text("utf-8")
    return loads(text)


def slugify(text: str) -> str:
    """A slug id from an English claim: lowercase words joined by '-', at most 60 chars."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > 60:
            break
        slug = candidate
    return slug if len(slug) >= 3 else f"rebuttal-{slug}".rstrip("-")


def rebuttal_to_dict(r: Rebuttal) -> dict[str, Any]:
    """A rebuttal in the file format (parse_entry reads it back unchanged)."""
    out: dict[str, Any] = {"id": r.id, "status": r.status.value, "rating": r.rating}
    if r.speaker != "Elon Musk":
        out["speaker"] = r.speaker
    out["tags"] = list(r.tags)
    out["claim"] = {"en": r.claim_en, "zh": r.claim_zh}
    out["phrasings"] = [_phrasing_dict(p) for p in r.phrasings]
    out["counterpoints"] = [
        {"en": c.text_en, "zh": c.text_zh,
         "sources": [{"title": s.title, "url": s.url, "date": s.date} for s in c.sources]}
        for c in r.counterpoints
    ]
    out["notes"] = r.notes
    return out


def _phrasing_dict(p: Phrasing) -> dict[str, Any]:
    out: dict[str, Any] = {"lang": p.language, "text": p.text}
    if p.origin != "seed":
        out["origin"] = p.origin
    if p.statement_id is not None:
        out["statement_id"] = p.statement_id
    return out


def dumps_yaml(items: list[Rebuttal]) -> str:
    """The file format as YAML (unicode kept readable)."""
    text: str = yaml.safe_dump([rebuttal_to_dict(r) for r in items], allow_unicode=True,
                               sort_keys=False, width=100)
    return text
