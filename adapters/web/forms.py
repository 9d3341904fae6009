"""Form fields to model values and back: query numbers, dates, the rebuttal editor.

The rebuttal editor posts ``claim_en``, ``claim_zh``, ``tags`` (comma separated),
``rating``, ``notes``, ``status``, ``version`` and, per counterpoint ``i`` and source
``j``, ``cp-i-en``, ``cp-i-zh``, ``cp-i-src-j-title``, ``cp-i-src-j-url``,
``cp-i-src-j-date``. A counterpoint or source whose fields are all empty is dropped;
everything else is validated by the import's rules when saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.datastructures import FormData

from tracker.model import Counterpoint, Rebuttal, RebuttalStatus, Source

MAX_COUNTERPOINTS = 30
MAX_SOURCES = 30
_CP = re.compile(r"^cp-(\d{1,2})-(en|zh|src-(\d{1,2})-(title|url|date))$")


def int_param(value: str | None) -> int | None:
    """A positive integer query parameter, or None when absent or not a number."""
    if value is None or not value.strip().isdigit() or len(value) > 12:
        return None
    return int(value)


def date_param(value: str | None) -> datetime | None:
    """A YYYY-MM-DD query parameter as midnight UTC, or None."""
    try:
        return datetime.strptime((value or "").strip(), "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass
class CounterpointForm:
    """One counterpoint as the form shows it (sources as title/url/date triples)."""

    en: str = ""
    zh: str = ""
    sources: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class RebuttalForm:
    """The editor's fields as text, so a form with an error is shown again as sent."""

    id: str = ""
    claim_en: str = ""
    claim_zh: str = ""
    tags: str = ""
    rating: str = "Missing context"
    notes: str = ""
    status: str = RebuttalStatus.DRAFT.value
    version: int = 0
    speaker: str = "Elon Musk"
    counterpoints: list[CounterpointForm] = field(default_factory=list)

    @classmethod
    def of(cls, r: Rebuttal) -> RebuttalForm:
        """The form of a stored rebuttal."""
        return cls(id=r.id, claim_en=r.claim_en, claim_zh=r.claim_zh, tags=", ".join(r.tags),
                   rating=r.rating, notes=r.notes, status=r.status.value, version=r.version,
                   speaker=r.speaker,
                   counterpoints=[CounterpointForm(c.text_en, c.text_zh,
                                                   [(s.title, s.url, s.date) for s in c.sources])
                                  for c in r.counterpoints])

    def with_blanks(self) -> RebuttalForm:
        """The form with an empty source under each counterpoint and an empty counterpoint."""
        points = [CounterpointForm(c.en, c.zh, [*c.sources, ("", "", "")])
                  for c in self.counterpoints]
        points.append(CounterpointForm("", "", [("", "", "")]))
        return RebuttalForm(self.id, self.claim_en, self.claim_zh, self.tags, self.rating,
                            self.notes, self.status, self.version, self.speaker, points)

    def to_rebuttal(self) -> Rebuttal:
        """The rebuttal the form describes (not yet validated: curate validates)."""
        status = (RebuttalStatus(self.status) if self.status in set(RebuttalStatus)
                  else RebuttalStatus.DRAFT)
        return Rebuttal(
            id=self.id, claim_en=self.claim_en, claim_zh=self.claim_zh,
            counterpoints=tuple(Counterpoint(c.en, c.zh, tuple(Source(*s) for s in c.sources))
                                for c in self.counterpoints),
            tags=tuple(t.strip() for t in self.tags.replace("，", ",").split(",") if t.strip()),
            status=status, notes=self.notes, rating=self.rating, speaker=self.speaker,
            version=max(self.version, 1))


def _text(form: FormData, name: str, limit: int = 10_000) -> str:
    value = form.get(name, "")
    return value.replace("\r\n", "\n").strip()[:limit] if isinstance(value, str) else ""


def _points(form: FormData) -> list[CounterpointForm]:
    points: dict[int, dict[str, str]] = {}
    sources: dict[tuple[int, int], dict[str, str]] = {}
    for name in form:
        m = _CP.match(name)
        if m is None:
            continue
        i = int(m.group(1))
        if m.group(3) is None:
            points.setdefault(i, {})[m.group(2)] = _text(form, name)
        else:
            sources.setdefault((i, int(m.group(3))), {})[m.group(4)] = _text(form, name, 2000)
    out = []
    for i in sorted(set(points) | {k[0] for k in sources})[:MAX_COUNTERPOINTS]:
        srcs = [(s.get("title", ""), s.get("url", ""), s.get("date", ""))
                for (ci, _), s in sorted(sources.items()) if ci == i]
        srcs = [s for s in srcs if any(s)][:MAX_SOURCES]
        en, zh = points.get(i, {}).get("en", ""), points.get(i, {}).get("zh", "")
        if en or zh or srcs:
            out.append(CounterpointForm(en, zh, srcs))
    return out


def rebuttal_form(form: FormData, rebuttal_id: str = "") -> RebuttalForm:
    """Read the editor's fields (the id from the URL when editing, else from the form)."""
    return RebuttalForm(
        id=rebuttal_id or _text(form, "id", 80), claim_en=_text(form, "claim_en"),
        claim_zh=_text(form, "claim_zh"), tags=_text(form, "tags", 2000),
        rating=_text(form, "rating", 64) or "Missing context", notes=_text(form, "notes"),
        status=_text(form, "status", 16) or RebuttalStatus.DRAFT.value,
        version=int_param(_text(form, "version", 12)) or 0,
        speaker=_text(form, "speaker", 128) or "Elon Musk", counterpoints=_points(form))
