"""Import rebuttals by id (files, the bundled seed): create, update or leave each as it is.

An import is all or nothing in one transaction; phrasings are only added, so those
learned from curation survive a re-import.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.model import Rebuttal, utcnow
from tracker.rebuttals.format import RebuttalFormatError, load_seed
from tracker.storage import rebuttals_repo as repo
from tracker.storage.db import Database
from tracker.usecases import edits
from tracker.usecases.rebuttal_changes import (
    add_derived,
    content,
    derive_if_claim_changed,
    record_revision,
    validate,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Ids of an import, by outcome."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


async def create_one(session: AsyncSession, item: Rebuttal, actor: str) -> None:
    """Store a rebuttal that is not there yet, its phrasings and derived ones, as version 1."""
    now = utcnow()
    new = dataclasses.replace(item, version=1, created_by=actor, phrasings=())
    await repo.insert(session, new, actor=actor, now=now)
    for p in item.phrasings:
        await repo.add_phrasing(session, item.id, p, actor=actor, now=now)
    new = dataclasses.replace(new, phrasings=item.phrasings)
    new = dataclasses.replace(new, phrasings=new.phrasings + await add_derived(session, new, actor))
    await record_revision(session, new, "create", actor)


async def _import_one(session: AsyncSession, item: Rebuttal, actor: str) -> str:
    """Create or update one rebuttal; returns "created", "updated" or "unchanged"."""
    now = utcnow()
    current = await repo.get(session, item.id, for_update=True)
    if current is None:
        await create_one(session, item, actor)
        return "created"
    known = {p.text for p in current.phrasings}
    added = [p for p in item.phrasings if p.text not in known]
    if content(current) == content(item) and not added:
        return "unchanged"
    # Phrasings are only added: those learned from curation must survive a re-import.
    for p in added:
        await repo.add_phrasing(session, item.id, p, actor=actor, now=now)
    updated = dataclasses.replace(item, version=current.version + 1,
                                  created_by=current.created_by,
                                  phrasings=current.phrasings + tuple(added))
    updated = await derive_if_claim_changed(session, current, updated, actor)
    await repo.save(session, updated, now=now)
    await record_revision(session, updated, "import", actor)
    await edits.rebuttal_changed(session, current, updated, now)
    return "updated"


async def import_rebuttals(db: Database, items: Sequence[Rebuttal], *,
                           actor: str) -> ImportReport:
    """Create or update rebuttals by id, all or nothing in one transaction."""
    items = [validate(r) for r in items]
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
