"""Use cases of the rebuttal database: create, edit, retire, restore, phrasings, curation.

Every change bumps the rebuttal's version and writes a revision with the actor
("cli", "seed", "import:<file>", "telegram:<user id>", ...) and a full snapshot
(``rebuttal_changes``). This module is the surface the chats, the web console and the
CLI call: it also re-exports the import and the seed (``rebuttal_import``) and
``RebuttalNotFound``, so ``curate.import_rebuttals`` and the rest keep working.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound, TrackerError
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
    parse_entry,
    slugify,
)
from tracker.storage import rebuttals_repo as repo
from tracker.storage import statements_repo
from tracker.storage.db import Database
from tracker.usecases import edits
from tracker.usecases.rebuttal_changes import (
    RebuttalNotFound as RebuttalNotFound,  # re-exported: what these use cases raise
)
from tracker.usecases.rebuttal_changes import (
    derive_if_claim_changed,
    record_revision,
    require,
    validate,
)
from tracker.usecases.rebuttal_import import ImportReport as ImportReport
from tracker.usecases.rebuttal_import import create_one
from tracker.usecases.rebuttal_import import ensure_seed as ensure_seed
from tracker.usecases.rebuttal_import import import_rebuttals as import_rebuttals

logger = logging.getLogger(__name__)


async def list_rebuttals(db: Database, *,
                         status: RebuttalStatus | None = None) -> list[Rebuttal]:
    """All rebuttals (or those of one status) with their phrasings, by id."""
    async with db.session() as session:
        return await repo.list_all(session, status)


async def get_rebuttal(db: Database, rebuttal_id: str) -> Rebuttal | None:
    """One rebuttal with its phrasings, or None."""
    async with db.session() as session:
        return await repo.get(session, rebuttal_id)


async def create_rebuttal(db: Database, r: Rebuttal, *, actor: str) -> Rebuttal:
    """Store a new rebuttal; an empty id becomes a slug of the English claim.

    Raises:
        RebuttalFormatError: invalid fields, or the id is taken.
    """
    if not r.id:
        r = dataclasses.replace(r, id=slugify(r.claim_en))
    r = dataclasses.replace(validate(r), version=1, created_by=actor)
    async with db.session() as session, session.begin():
        if await repo.get(session, r.id, for_update=True) is not None:
            raise RebuttalFormatError(f"rebuttal '{r.id}': id already exists")
        await create_one(session, r, actor)
        return await require(session, r.id)


async def _change(db: Database, rebuttal_id: str, action: str, actor: str,
                  update: Callable[[Rebuttal], Rebuttal] | None = None,
                  **fields: Any) -> Rebuttal:
    # ``update`` sees the locked current version, so a change built from it (one
    # counterpoint of several) never overwrites another admin's edit.
    async with db.session() as session, session.begin():
        current = await require(session, rebuttal_id, lock=True)
        changed = validate(update(current) if update else dataclasses.replace(current, **fields))
        changed = dataclasses.replace(changed, version=current.version + 1)
        changed = await derive_if_claim_changed(session, current, changed, actor)
        await repo.save(session, changed, now=utcnow())
        await record_revision(session, changed, action, actor)
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
    current = await require(session, rebuttal_id, lock=True)
    phrasing = dataclasses.replace(phrasing, text=text)
    if not await repo.add_phrasing(session, rebuttal_id, phrasing, actor=actor, now=utcnow()):
        return False
    changed = dataclasses.replace(current, version=current.version + 1,
                                  phrasings=current.phrasings + (phrasing,))
    await repo.save(session, changed, now=utcnow())
    await record_revision(session, changed, "phrasing", actor)
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
        await require(session, rebuttal_id)
        return list(await repo.phrasings(session, rebuttal_id))


async def revisions(db: Database, rebuttal_id: str) -> list[Revision]:
    """A rebuttal's history, oldest first."""
    async with db.session() as session:
        await require(session, rebuttal_id)
        return await repo.revisions(session, rebuttal_id)


async def record_curation(db: Database, statement_id: int, rebuttal_id: str, *,
                          positive: bool, actor: str) -> None:
    """Keep an admin's verdict: positive also turns the statement into a phrasing."""
    async with db.session() as session, session.begin():
        await require(session, rebuttal_id, lock=True)
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
