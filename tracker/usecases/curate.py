"""Use cases of the rebuttal database: seed, import, create, edit, retire, curate.

Every change bumps the rebuttal's version and writes a revision with the actor
("cli", "seed", "import:<file>", "telegram:<user id>", ...) and a full snapshot.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound, TrackerError
from tracker.match.derive import derive_phrasings
from tracker.model import (
    Counterpoint,
    Phrasing,
    Rebuttal,
    RebuttalStatus,
    Revision,
    utcnow,
)
from tracker.rebuttals.format import (
    LANGS,
    MAX_PHRASING,
    RebuttalFormatError,
    load_seed,
    parse_entry,
    rebuttal_to_dict,
    slugify,
)
from tracker.storage import rebuttals_repo as repo
from tracker.storage import statements_repo
from tracker.storage.db import Database
from tracker.usecases import edits

logger = logging.getLogger(__name__)


class RebuttalNotFound(NotFound):
    """No rebuttal with that id."""

    def __str__(self) -> str:
        return f"no rebuttal with id '{self.args[0]}'" if self.args else "no such rebuttal"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Ids of an import, by outcome."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


def _snapshot(r: Rebuttal) -> dict[str, Any]:
    return {**rebuttal_to_dict(r), "version": r.version, "created_by": r.created_by}


def _content(r: Rebuttal) -> dict[str, Any]:
    """What an import compares: everything but phrasings, version and author."""
    data = rebuttal_to_dict(r)
    data.pop("phrasings")
    return data


def _validate(r: Rebuttal) -> Rebuttal:
    """Run a model built in code through the file validator (same rules everywhere)."""
    parsed = parse_entry(rebuttal_to_dict(r))
    return dataclasses.replace(parsed, phrasings=r.phrasings, created_by=r.created_by,
                               version=r.version)


async def _record(session: AsyncSession, r: Rebuttal, action: str, actor: str) -> None:
    await repo.add_revision(session, r.id, r.version, action, _snapshot(r), actor=actor,
                            now=utcnow())


async def _add_derived(session: AsyncSession, r: Rebuttal, actor: str) -> tuple[Phrasing, ...]:
    """Store the phrasings derived from the claim (origin "derived"); returns the new ones.

    A text the rebuttal already has, derived or not, is never added twice.
    """
    known = {p.text for p in r.phrasings}
    added = []
    for p in derive_phrasings(r.claim_en, r.claim_zh):
        if p.text not in known and await repo.add_phrasing(session, r.id, p, actor=actor,
                                                           now=utcnow()):
            known.add(p.text)
            added.append(p)
    return tuple(added)


async def _derive_if_claim_changed(session: AsyncSession, before: Rebuttal, after: Rebuttal,
                                   actor: str) -> Rebuttal:
    """``after`` with the phrasings derived from its claim added, when the claim changed."""
    if (before.claim_en, before.claim_zh) == (after.claim_en, after.claim_zh):
        return after
    return dataclasses.replace(after, phrasings=after.phrasings
                               + await _add_derived(session, after, actor))


async def _import_one(session: AsyncSession, item: Rebuttal, actor: str) -> str:
    """Create or update one rebuttal; returns "created", "updated" or "unchanged"."""
    now = utcnow()
    current = await repo.get(session, item.id, for_update=True)
    if current is None:
        new = dataclasses.replace(item, version=1, created_by=actor, phrasings=())
        await repo.insert(session, new, actor=actor, now=now)
        for p in item.phrasings:
            await repo.add_phrasing(session, item.id, p, actor=actor, now=now)
        new = dataclasses.replace(new, phrasings=item.phrasings)
        new = dataclasses.replace(new, phrasings=new.phrasings
                                  + await _add_derived(session, new, actor))
        await _record(session, new, "create", actor)
        return "created"
    known = {p.text for p in current.phrasings}
    added = [p for p in item.phrasings if p.text not in known]
    if _content(current) == _content(item) and not added:
        return "unchanged"
    # Phrasings are only added: those learned from curation must survive a re-import.
    for p in added:
        await repo.add_phrasing(session, item.id, p, actor=actor, now=now)
    updated = dataclasses.replace(item, version=current.version + 1,
                                  created_by=current.created_by,
                                  phrasings=current.phrasings + tuple(added))
    updated = await _derive_if_claim_changed(session, current, updated, actor)
    await repo.save(session, updated, now=now)
    await _record(session, updated, "import", actor)
    await edits.rebuttal_changed(session, current, updated, now)
    return "updated"


async def import_rebuttals(db: Database, items: Sequence[Rebuttal], *,
                           actor: str) -> ImportReport:
    """Create or update rebuttals by id, all or nothing in one transaction."""
    items = [_validate(r) for r in items]
    seen: set[str] = set()
    for r in items:
        if r.id in seen:
            raise RebuttalFormatError(f"rebuttal '{r.id}': duplicate id in the import")
        seen.add(r.id)
    outcome: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
    async with db.session() as session, session.begin():
        for r in items:
            outcome[await _import_one(session, r, actor)].append(r.id)
    logger.info("import by %s: created %d, updated %d, unchanged %d", actor,
                len(outcome["created"]), len(outcome["updated"]), len(outcome["unchanged"]))
    return ImportReport(*(tuple(outcome[k]) for k in ("created", "updated", "unchanged")))


async def ensure_seed(db: Database) -> int:
    """Load the bundled seed into a database without rebuttals; returns how many were created."""
    async with db.session() as session:
        if await repo.count(session):
            return 0
    try:
        report = await import_rebuttals(db, load_seed(), actor="seed")
    except IntegrityError:  # another process seeded at the same moment
        logger.info("seed already loaded by another process")
        return 0
    return len(report.created)


async def list_rebuttals(db: Database, *,
                         status: RebuttalStatus | None = None) -> list[Rebuttal]:
    """All rebuttals (or those of one status) with their phrasings, by id."""
    async with db.session() as session:
        return await repo.list_all(session, status)


async def get_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal | None:
    """One rebuttal with its phrasings, or None."""
    async with db.session() as session:
        return await repo.get(session, rebuttal_id)


async def _require(session: AsyncSession, rebuttal_id: str, *, lock: bool = False) -> Rebuttal:
    # Changes lock the row first, so two admins editing at once take turns instead of
    # both writing the same next version.
    current = await repo.get(session, rebuttal_id, for_update=lock)
    if current is None:
        raise RebuttalNotFound(rebuttal_id)
    return current


async def create_rebuttal(db: Database, r: Rebuttal, *, actor: str) -> Rebuttal:
    """Store a new rebuttal; an empty id becomes a slug of the English claim.

    Raises:
        RebuttalFormatError: invalid fields, or the id is taken.
    """
    if not r.id:
        r = dataclasses.replace(r, id=slugify(r.claim_en))
    r = dataclasses.replace(_validate(r), version=1, created_by=actor)
    async with db.session() as session, session.begin():
        if await repo.get(session, r.id, for_update=True) is not None:
            raise RebuttalFormatError(f"rebuttal '{r.id}': id already exists")
        await _import_one(session, r, actor)
        return await _require(session, r.id)


async def _change(db: Database, rebuttal_id: str, action: str, actor: str,
                  update: Callable[[Rebuttal], Rebuttal] | None = None,
                  **fields: Any) -> Rebuttal:
    # ``update`` sees the locked current version, so a change built from it (one
    # counterpoint of several) never overwrites another admin's edit.
    async with db.session() as session, session.begin():
        current = await _require(session, rebuttal_id, lock=True)
        changed = _validate(update(current) if update else dataclasses.replace(current, **fields))
        changed = dataclasses.replace(changed, version=current.version + 1)
        changed = await _derive_if_claim_changed(session, current, changed, actor)
        await repo.save(session, changed, now=utcnow())
        await _record(session, changed, action, actor)
        # In the same transaction: the change and the edits of the posts showing it.
        await edits.rebuttal_changed(session, current, changed, utcnow())
    logger.info("rebuttal %s %s by %s (version %d)", rebuttal_id, action, actor, changed.version)
    return changed


async def edit_rebuttal(db: Database, rebuttal_id: str, *, actor: str,
                        claim_en: str | None = None, claim_zh: str | None = None,
                        counterpoints: Sequence[Counterpoint] | None = None,
                        tags: Sequence[str] | str | None = None,
                        status: RebuttalStatus | str | None = None,
                        notes: str | None = None) -> Rebuttal:
    """Change some fields; bumps the version and writes a revision."""
    fields: dict[str, Any] = {}
    for name, value in (("claim_en", claim_en), ("claim_zh", claim_zh), ("notes", notes)):
        if value is not None:
            fields[name] = value
    if counterpoints is not None:
        fields["counterpoints"] = tuple(counterpoints)
    if tags is not None:
        # A chat command passes "ev, batteries" as one string: split it, never into letters.
        items = tags.replace(",", " ").split() if isinstance(tags, str) else tags
        fields["tags"] = tuple(t.strip() for t in items if t.strip())
    if status is not None:
        if status not in {s.value for s in RebuttalStatus}:
            raise RebuttalFormatError(f"rebuttal '{rebuttal_id}': status '{status}' is not "
                                      "draft, published or retired")
        fields["status"] = RebuttalStatus(status)
    return await _change(db, rebuttal_id, "edit", actor, **fields)


async def edit_counterpoint(db: Database, rebuttal_id: str, *, actor: str, language: str,
                            text: str, index: int = 0) -> Rebuttal:
    """Replace one counterpoint's text in one language (en, zh) under the rebuttal's lock.

    Raises NotFound (RebuttalNotFound, or no counterpoint ``index``) or RebuttalFormatError.
    """
    if language not in LANGS:
        raise RebuttalFormatError(f"rebuttal '{rebuttal_id}': language must be en or zh")

    def update(current: Rebuttal) -> Rebuttal:
        if not 0 <= index < len(current.counterpoints):
            raise NotFound(f"Rebuttal '{rebuttal_id}' has no counterpoint {index + 1} to edit.")
        points, point = list(current.counterpoints), current.counterpoints[index]
        points[index] = (dataclasses.replace(point, text_en=text) if language == "en"
                         else dataclasses.replace(point, text_zh=text))
        return dataclasses.replace(current, counterpoints=tuple(points))

    return await _change(db, rebuttal_id, "edit", actor, update)


class EditConflict(TrackerError):
    """The rebuttal changed since the editor opened it; nothing was saved."""


async def save_rebuttal(db: Database, changed: Rebuttal, *, expected_version: int,
                        actor: str) -> Rebuttal:
    """Replace a rebuttal's fields with ``changed`` (a whole form), as one revision.

    Phrasings are kept (they are added, never edited here). Validation is the import's.

    Raises:
        EditConflict: someone saved another version since ``expected_version``.
        RebuttalNotFound, RebuttalFormatError.
    """
    def update(current: Rebuttal) -> Rebuttal:
        if current.version != expected_version:
            raise EditConflict(f"Rebuttal '{current.id}' was changed by someone else (now version "
                               f"{current.version}); your text is kept below: compare and save again.")
        return dataclasses.replace(changed, phrasings=current.phrasings,
                                   created_by=current.created_by, version=current.version)

    return await _change(db, changed.id, "edit", actor, update)


async def restore_revision(db: Database, rebuttal_id: str, version: int, *,
                           actor: str) -> Rebuttal:
    """Make an earlier version's fields current again, as a new revision ("restore")."""
    old = next((r for r in await revisions(db, rebuttal_id) if r.version == version), None)
    if old is None:
        raise NotFound(f"Rebuttal '{rebuttal_id}' has no version {version}.")
    snapshot = {k: v for k, v in old.snapshot.items()
                if k not in ("version", "created_by", "phrasings")}
    restored = parse_entry(snapshot)

    def update(current: Rebuttal) -> Rebuttal:
        return dataclasses.replace(restored, phrasings=current.phrasings,
                                   created_by=current.created_by, version=current.version)

    return await _change(db, rebuttal_id, "restore", actor, update)


async def retire_rebuttal(db: Database, rebuttal_id: str, *, actor: str) -> Rebuttal:
    """Retire a rebuttal so it is no longer matched (kept, with its history)."""
    return await _change(db, rebuttal_id, "retire", actor, status=RebuttalStatus.RETIRED)


async def _add_phrasing(session: AsyncSession, rebuttal_id: str, phrasing: Phrasing,
                        actor: str) -> bool:
    if phrasing.language not in LANGS:
        raise RebuttalFormatError(f"rebuttal '{rebuttal_id}': phrasing language must be en or zh")
    text = " ".join(phrasing.text.split())
    if not text or len(text) > MAX_PHRASING:
        raise RebuttalFormatError(
            f"rebuttal '{rebuttal_id}': phrasing must be 1-{MAX_PHRASING} characters")
    current = await _require(session, rebuttal_id, lock=True)
    phrasing = dataclasses.replace(phrasing, text=text)
    if not await repo.add_phrasing(session, rebuttal_id, phrasing, actor=actor, now=utcnow()):
        return False
    changed = dataclasses.replace(current, version=current.version + 1,
                                  phrasings=current.phrasings + (phrasing,))
    await repo.save(session, changed, now=utcnow())
    await _record(session, changed, "phrasing", actor)
    return True


async def add_phrasing(db: Database, rebuttal_id: str, text: str, language: str, *,
                       actor: str, origin: str = "admin",
                       statement_id: int | None = None) -> bool:
    """Add a further phrasing of the claim; False when the same text is already there."""
    async with db.session() as session, session.begin():
        return await _add_phrasing(session, rebuttal_id,
                                   Phrasing(text, language, origin, statement_id), actor)


async def phrasings(db: Database, rebuttal_id: str) -> list[Phrasing]:
    """The phrasings of a rebuttal, oldest first."""
    async with db.session() as session:
        await _require(session, rebuttal_id)
        return list(await repo.phrasings(session, rebuttal_id))


async def revisions(db: Database, rebuttal_id: str) -> list[Revision]:
    """A rebuttal's history, oldest first."""
    async with db.session() as session:
        await _require(session, rebuttal_id)
        return await repo.revisions(session, rebuttal_id)


async def record_curation(db: Database, statement_id: int, rebuttal_id: str, *,
                          positive: bool, actor: str) -> None:
    """Keep an admin's verdict: positive also turns the statement into a phrasing."""
    async with db.session() as session, session.begin():
        await _require(session, rebuttal_id, lock=True)
        statement = await statements_repo.get_statement(session, statement_id)
        if statement is None:
            raise LookupError(f"no statement with id {statement_id}")
        if positive:
            lang = statement.language if statement.language in LANGS else "en"
            await _add_phrasing(session, rebuttal_id,
                                Phrasing(statement.text[:MAX_PHRASING], lang, "statement",
                                         statement_id), actor)
        await repo.upsert_label(session, statement_id, rebuttal_id, positive=positive,
                                actor=actor, now=utcnow())


async def curation_labels(db: Database) -> list[tuple[int, str, bool]]:
    """Every curation label as (statement_id, rebuttal_id, positive)."""
    async with db.session() as session:
        return await repo.labels(session)
