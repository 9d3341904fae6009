"""What every change to a stored rebuttal shares, whether an import or an admin's edit.

A change is validated by the import file's rules, bumps the version, writes a revision
with the actor and a full snapshot, and adds the phrasings derived from a changed claim.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tracker.errors import NotFound
from tracker.match.derive import derive_phrasings
from tracker.model import Phrasing, Rebuttal, utcnow
from tracker.rebuttals.format import parse_entry, rebuttal_to_dict
from tracker.storage import rebuttals_repo as repo


class RebuttalNotFound(NotFound):
    """No rebuttal with that id."""

    def __str__(self) -> str:
        return f"no rebuttal with id '{self.args[0]}'" if self.args else "no such rebuttal"


def validate(r: Rebuttal) -> Rebuttal:
    """Run a model built in code through the file validator (same rules everywhere)."""
    parsed = parse_entry(rebuttal_to_dict(r))
    return dataclasses.replace(parsed, phrasings=r.phrasings, created_by=r.created_by,
                               version=r.version)


async def record_revision(session: AsyncSession, r: Rebuttal, action: str, actor: str) -> None:
    """Write the revision of ``r`` as it now stands (its full snapshot) with who changed it."""
    snapshot = {**rebuttal_to_dict(r), "version": r.version, "created_by": r.created_by}
    await repo.add_revision(session, r.id, r.version, action, snapshot, actor=actor,
                            now=utcnow())


async def require(session: AsyncSession, rebuttal_id: str, *, lock: bool = False) -> Rebuttal:
    """The stored rebuttal; raises RebuttalNotFound."""
    # Changes lock the row first, so two admins editing at once take turns instead of
    # both writing the same next version.
    current = await repo.get(session, rebuttal_id, for_update=lock)
    if current is None:
        raise RebuttalNotFound(rebuttal_id)
    return current


async def add_derived(session: AsyncSession, r: Rebuttal, actor: str) -> tuple[Phrasing, ...]:
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


async def derive_if_claim_changed(session: AsyncSession, before: Rebuttal, after: Rebuttal,
                                  actor: str) -> Rebuttal:
    """``after`` with the phrasings derived from its claim added, when the claim changed."""
    if (before.claim_en, before.claim_zh) == (after.claim_en, after.claim_zh):
        return after
    return dataclasses.replace(after, phrasings=after.phrasings
                               + await add_derived(session, after, actor))


def content(r: Rebuttal) -> dict[str, Any]:
    """What an import compares: everything but phrasings, version and author."""
    data = rebuttal_to_dict(r)
    data.pop("phrasings")
    return data
