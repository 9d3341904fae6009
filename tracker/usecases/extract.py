"""The extraction stage: turn new items into stored statements."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tracker.config import Settings
from tracker.extract.extractor import Extractor, OverBudget, deadline_after
from tracker.extract.group import group_key, similar
from tracker.extract.headline import headline_span
from tracker.model import ExtractedStatement, FeedKind, Item, TranscriptSegment, utcnow
from tracker.storage import claims, items_repo, statements_repo
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow, TranscriptRow
from tracker.usecases import alerts, edits

logger = logging.getLogger(__name__)

BATCH = 500
# An item whose extraction raises is tried this many times (on successive cycles), then
# left failed with its error: a bug in one item's text neither stops the stage nor
# disappears silently.
EXTRACT_ATTEMPTS = 2
ITEMS_STAGE = "extract-items"  # the stage-health alert key of the items given up
# Near-duplicates are looked for among the watch's statements of this long ago.
RECENT = timedelta(days=30)
# Storing statements takes this lock (PostgreSQL): see _extract_claimed.
GROUPING_LOCK = "tracker:statement-grouping"


def _segments(raw: Any) -> tuple[TranscriptSegment, ...] | None:
    """Stored transcript segments (list of dicts) as model segments; None when unusable."""
    if not isinstance(raw, list) or not raw:
        return None
    segs = []
    for seg in raw:
        if isinstance(seg, dict) and isinstance(seg.get("text"), str):
            speaker = seg.get("speaker")
            segs.append(TranscriptSegment(float(seg.get("start") or 0), float(seg.get("end") or 0),
                                          seg["text"], str(speaker) if speaker else None))
    return tuple(segs) or None


def _item(row: ItemRow) -> Item:
    return Item(id=row.id, feed_id=row.feed_id, guid=row.guid, url=row.url, title=row.title,
                text=row.text, published_at=row.published_at, content_hash=row.content_hash,
                language=row.language, kind=FeedKind(row.kind),
                guests=tuple(str(g) for g in row.guests or ()), post_eligible=row.post_eligible,
                fetched_at=row.fetched_at)


def _find(extractor: Extractor, row: ItemRow, transcript: TranscriptRow | None,
          speaker: str = "", budget: float | None = None) -> list[Any]:
    """Statements of one item: its text, then its transcript when it has one.

    An item of a posts feed is its speaker's own words: only the topic is decided
    (``own_words``); so is its transcript when no segment names a speaker (with labels,
    his turns are found as in any transcript).
    """
    guests = tuple(str(g) for g in row.guests or ())
    own = speaker if row.kind == FeedKind.POSTS.value else ""
    deadline = deadline_after(budget)  # text and transcript share the item's budget
    found = _body_first(extractor.extract(row.text, language=row.language, guests=guests,
                                          title=row.title, own_words=own, deadline=deadline),
                        row.text, row.title)
    if transcript is not None:
        segments = _segments(transcript.segments)
        if own and not any(s.speaker for s in segments or ()):
            found += extractor.extract(transcript.text, own_words=own, deadline=deadline)
        else:
            found += extractor.extract(transcript.text if segments is None else "",
                                       segments=segments, guests=guests, title=row.title,
                                       deadline=deadline)
    return found


def _body_first(found: list[ExtractedStatement], text: str, title: str
                ) -> list[ExtractedStatement]:
    """An article's body statements before its headline's, so the quote is stored first.

    A headline usually restates the body's quote in an editor's words. Stored first, the
    quote is what is posted: the headline, answered by the same counterpoint, then
    becomes a repeat of that post instead of the post.
    """
    head = headline_span(text, title)
    if head is None:
        return found
    return sorted(found, key=lambda st: st.start < head[1])  # stable: the body's first


async def _existing(session: AsyncSession, found: ExtractedStatement, key: str,
                    now: datetime) -> int | None:
    """The statement a new report belongs to: same key, else a recent near-duplicate."""
    same = await statements_repo.find_by_key(session, found.watch, key)
    if same is not None:
        return same
    for sid, text in await statements_repo.recent_texts(session, found.watch, now - RECENT):
        if similar(found.text, text):
            return sid
    return None


async def store_extracted(session: AsyncSession, item: Item, found: Sequence[ExtractedStatement],
                          now: datetime, *, outlet: str = "") -> tuple[list[int], int]:
    """Store what extraction found in one item; returns (new statement ids, grouped count).

    A statement that is a (near-)duplicate of a stored one of the same watch adds
    a source to it instead, so it is never posted twice.
    """
    new_ids: list[int] = []
    grouped = 0
    for st in found:
        key = group_key(st.text)
        existing = await _existing(session, st, key, now)
        if existing is None:
            existing = await statements_repo.insert(session, item, st, key, now)
            new_ids.append(existing)
        elif await statements_repo.has_source(session, existing, item.id):
            continue  # the same item said it twice: one source is enough
        else:
            grouped += 1
            # A post already sent shows "+N more sources": it is edited to count this one.
            await edits.sources_added(session, existing, 1, now, detail=item.url)
        await statements_repo.add_source(session, existing, item, st, now, outlet=outlet)
    return new_ids, grouped


async def extract_new_items(db: Database, settings: Settings, *,
                            extractor: Extractor | None = None, now: datetime | None = None,
                            owner: str | None = None) -> dict[str, int]:
    """Extract statements from every unprocessed item, in batches; mark them processed.

    Each batch is claimed first (``leases.items_seconds``, renewed while the batch runs),
    so several workers never extract the same item. An item whose extraction raises
    keeps its error and is tried again on the next call; after EXTRACT_ATTEMPTS it is
    left failed (processed, with its error) and reported through the stage-health alerts.

    Returns counts: items processed, new statements, statements grouped into
    existing ones (a new source for a statement already stored), and when there
    are any, items to retry and items given up.
    """
    extractor = extractor or Extractor(settings.watch_list())
    owner = owner or claims.process_owner()
    lease = settings.leases.items_seconds
    counts = {"items": 0, "statements_new": 0, "statements_grouped": 0}
    given_up: list[tuple[int, str]] = []
    last_id = 0  # an item that failed is tried again on the next call, not in this one
    async with claims.Heartbeat(db, owner, [(claims.ITEMS, lease)]).running():
        while True:
            stamp = now or utcnow()
            async with db.transaction() as session:
                ids = await claims.claim(
                    session, claims.ITEMS, ItemRow.processed_at.is_(None), ItemRow.id > last_id,
                    owner=owner, now=stamp, seconds=lease, order_by=ItemRow.id, limit=BATCH)
            if not ids:
                break
            try:
                given_up += await _extract_claimed(db, extractor, ids, stamp, counts,
                                                   settings.extraction.item_budget_seconds)
            finally:
                await claims.release(db, claims.ITEMS, owner, ids)
            last_id = ids[-1]
    await alerts.record_stage(db, ITEMS_STAGE, _given_up_detail(given_up), now=now)
    return counts


async def _extract_claimed(db: Database, extractor: Extractor, ids: Sequence[int],
                           stamp: datetime, counts: dict[str, int],
                           budget: float | None = None) -> list[tuple[int, str]]:
    """Extract the claimed items, then store what they say in one transaction."""
    async with db.session() as session:
        rows = (await session.execute(
            select(ItemRow, TranscriptRow, FeedRow.name, FeedRow.speaker)
            .outerjoin(TranscriptRow, TranscriptRow.item_id == ItemRow.id)
            .join(FeedRow, FeedRow.id == ItemRow.feed_id)
            .where(ItemRow.id.in_(list(ids)), ItemRow.processed_at.is_(None))
            .order_by(ItemRow.id))).all()
        # The CPU work, before the lock and off the event loop: the heartbeat renews the
        # batch's leases meanwhile (a batch can take longer than one lease), and the
        # process's other tasks (a bot's updates, /healthz) keep answering.
        found = await asyncio.to_thread(
            lambda: [_attempt(extractor, item, transcript, speaker or "", budget)
                     for item, transcript, _, speaker in rows])
        # Grouping reads the stored statements before inserting one: two workers storing
        # the same quote at once would each miss the other's.
        await claims.serialise(session, GROUPING_LOCK)
        # An item another worker stored meanwhile (this one stalled past its lease) is
        # not stored twice: the re-read is under the lock that worker held to store it.
        still = set((await session.scalars(select(ItemRow.id).where(
            ItemRow.id.in_([r[0].id for r in rows]), ItemRow.processed_at.is_(None)))).all())
        kept = [(row, result) for row, result in zip(rows, found, strict=True)
                if row[0].id in still]
        if len(kept) < len(rows):
            logger.warning("%d item(s) were extracted by another worker meanwhile; not stored"
                           " again", len(rows) - len(kept))
        given_up = await _store_batch(session, [k[0] for k in kept], [k[1] for k in kept],
                                      stamp, counts)
        await session.commit()
    return given_up


def _attempt(extractor: Extractor, item_row: ItemRow, transcript: TranscriptRow | None,
             speaker: str, budget: float | None = None) -> list[ExtractedStatement] | Exception:
    """What extraction finds in one item, or the exception it raised."""
    ids = {"item_id": item_row.id, "feed_id": item_row.feed_id}
    try:
        return _find(extractor, item_row, transcript, speaker, budget)
    except OverBudget:  # it would take as long again: failed at once, not retried
        logger.warning("item %s: extraction stopped after %g s of CPU (its budget, "
                       "extraction.item_budget_seconds): marked failed", item_row.id,
                       budget, extra=ids)
        return OverBudget(f"over the time budget: extraction stopped after {budget:g} s of CPU")
    except Exception as exc:  # one hostile item must not stop the stage
        logger.exception("extraction failed for item %s", item_row.id, extra=ids)
        return exc


async def _store_batch(session: AsyncSession, rows: Sequence[Any],
                       found: Sequence[list[ExtractedStatement] | Exception], stamp: datetime,
                       counts: dict[str, int]) -> list[tuple[int, str]]:
    """Store one batch's statements and failures; returns the (id, error) of items given up."""
    done: list[int] = []
    given_up: list[tuple[int, str]] = []
    for (item_row, _, outlet, _), result in zip(rows, found, strict=True):
        if isinstance(result, Exception):
            failure = await _record_failure(session, item_row, result, stamp, counts)
            given_up += [failure] if failure else []
            continue
        if result:
            new, grouped = await store_extracted(session, _item(item_row), result, stamp,
                                                 outlet=outlet or "")
            counts["statements_new"] += len(new)
            counts["statements_grouped"] += grouped
        done.append(item_row.id)
    await items_repo.mark_extracted(session, done, stamp)
    counts["items"] += len(done)
    return given_up


async def _record_failure(session: AsyncSession, item_row: ItemRow, exc: Exception,
                          stamp: datetime, counts: dict[str, int]) -> tuple[int, str] | None:
    """Store an item's extraction error; returns (id, error) when the item is now given up
    (at once when it ran over its time budget: it would take as long again)."""
    over = isinstance(exc, OverBudget)
    error = str(exc) if over else f"{type(exc).__name__}: {exc}"
    give_up = over or item_row.extract_attempts + 1 >= EXTRACT_ATTEMPTS
    await items_repo.record_extract_error(session, item_row.id, error, stamp, give_up=give_up)
    outcome = "failed" if give_up else "retrying"
    counts[outcome] = counts.get(outcome, 0) + 1
    if not give_up:
        return None
    counts["items"] += 1
    return item_row.id, error


def _given_up_detail(given_up: Sequence[tuple[int, str]]) -> str | None:
    """One line for the stage alert about the items given up this run; None when none."""
    if not given_up:
        return None
    shown = "; ".join(f"item {item_id} ({error.splitlines()[0][:100]})"
                      for item_id, error in given_up[:3])
    more = f" and {len(given_up) - 3} more" if len(given_up) > 3 else ""
    return f"{len(given_up)} item(s) failed extraction {EXTRACT_ATTEMPTS} times: {shown}{more}"
