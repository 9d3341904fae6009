"""The outbox worker: claim due deliveries, send them, record the outcome.

Every row of the ``deliveries`` table is one (statement, destination) pair,
created by the posting policy in the transaction that decided to post; a
unique constraint makes a second row impossible. The worker:

1. claims due rows in one transaction and commits them as "sending" with a
   lease (``claimed_by``/``claimed_until``) BEFORE sending anything. PostgreSQL
   picks the rows with ``FOR UPDATE SKIP LOCKED`` so several workers share the
   outbox; SQLite relies on a conditional UPDATE (one writer at a time);
2. sends each row through the destination platform's Notifier; rows of one chat
   go in order, different chats concurrently (bounded), so the platform's rate
   limiter, not the worker, sets the pace;
3. records "sent" with the platform's message id, or the failure. The post row
   recorded last marks its statement "posted", in the same transaction and under
   the statement's row lock, so workers finishing its last chats together take
   turns and the second sees the first's row sent.

The one crash window: if the process dies after the platform accepted a message
and before step 3 committed "sent", the row stays "sending". When its lease
expires another worker (or this one after a restart) claims it again and sends
it once more, so at most that one message per chat can repeat. A row recorded
"sent" is never sent again, and no row is lost: a claimed row whose worker died
is picked up again after the lease.

Edits: a row of kind "edit" changes a post already sent (its statement gained
sources, a rebuttal it carries was edited or retired; see ``tracker.usecases.edits``).
It goes through the same claim, lease, retry and record as a send, so a crash repeats
at most the one edit in flight. It renders the post as it is when sent, through the
notifier's ``edit_post`` on the message id its post row recorded; it waits while that
post is not sent yet or an earlier edit of it is in flight, and is cancelled when the
post will never be sent.

Failures: TransientError → exponential backoff (2^attempts s, capped at 10 min);
RetryAfter → retry after exactly the seconds the platform gave (not counted as
an attempt); after ``delivery.max_attempts`` counted failures → "failed";
ContentRejected → "failed" at once; DestinationGone → the destination is
deactivated, its unsent rows cancelled and the admins alerted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import datetime, timedelta

from tracker.config import Settings
from tracker.model import DeliveryStatus, utcnow
from tracker.ports import ContentRejected, DestinationGone, Notifier, RetryAfter, TransientError
from tracker.runtime.bootstrap import redactor_for
from tracker.runtime.delivery_render import EditObsolete, EditWaits, PostRenderer
from tracker.storage import claims, deliveries_repo, statements_repo
from tracker.storage.db import Database
from tracker.storage.deliveries_repo import Delivery
from tracker.usecases import alerts, destinations

logger = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 600.0
# Rows claimed per run: a few seconds of sending at a platform's pace, so several workers
# share a fan-out and a dead worker leaves little behind.
BATCH = 100
ALERT_CHECK_INTERVAL = timedelta(seconds=60)
# An edit whose post is not sent yet (or whose earlier edit is in flight) looks again after this.
EDIT_WAIT = timedelta(seconds=5)


def backoff_seconds(attempts: int) -> float:
    """Delay before the next try after ``attempts`` counted failures: 2^n s, capped."""
    return min(2.0 ** attempts, MAX_BACKOFF_SECONDS)


def _ids(row: Delivery) -> dict[str, int]:
    """The ids a log line about this row carries (``--log-format json`` shows them)."""
    return {"delivery_id": row.id, "statement_id": row.statement_id,
            "destination_id": row.destination.id}


def default_owner() -> str:
    """A worker name unique on this machine: hostname-pid."""
    return f"{socket.gethostname()}-{os.getpid()}"[:64]


class DeliveryWorker:
    """Sends the outbox through the notifiers of the configured chat platforms."""

    def __init__(self, db: Database, notifiers: Mapping[str, Notifier], settings: Settings, *,
                 owner: str | None = None, lease_seconds: float | None = None, batch: int = BATCH,
                 concurrency: int = 32) -> None:
        self.db = db
        self.notifiers = dict(notifiers)
        self.settings = settings
        self.owner = owner or default_owner()
        self.lease_seconds = lease_seconds or settings.leases.deliveries_seconds
        self.lease = timedelta(seconds=self.lease_seconds)
        self.batch = batch
        self.concurrency = concurrency
        self._fixed_now: datetime | None = None
        self._renderer = PostRenderer(db, settings, self._now)
        self._run_start: datetime | None = None
        # An error's text is stored (last_error) and sent to the admins: never a token.
        self.redactor = redactor_for(settings.secrets())

    def _now(self) -> datetime:
        return self._fixed_now or utcnow()

    async def run_once(self, now: datetime | None = None) -> dict[str, int]:
        """Claim and send every due row once; returns counts per outcome."""
        self._fixed_now = now
        self._renderer = PostRenderer(self.db, self.settings, self._now)
        start = self._run_start = self._now()
        async with self.db.transaction() as session:
            rows = await deliveries_repo.claim(
                session, owner=self.owner, now=start, lease_until=start + self.lease,
                platforms=list(self.notifiers), limit=self.batch)
        by_chat: dict[int, list[Delivery]] = defaultdict(list)
        for row in rows:
            by_chat[row.destination.id].append(row)
        counts: Counter[str] = Counter()
        gate = asyncio.Semaphore(self.concurrency)

        async def send_chat(chat_rows: list[Delivery]) -> None:
            async with gate:
                await self._send_chat(chat_rows, counts)

        # The heartbeat keeps the rows waiting their turn claimed; a dead worker's expire.
        beat = claims.Heartbeat(self.db, self.owner, [(claims.DELIVERIES, self.lease_seconds)])
        async with beat.running():
            await asyncio.gather(*(send_chat(r) for r in by_chat.values()))
        if counts["gone"] or counts["failed"]:
            await alerts.check_and_alert(self.db, self.notifiers, now=now)
        return dict(counts)

    async def _send_chat(self, rows: list[Delivery], counts: Counter[str]) -> None:
        """Send one chat's rows in order; after a failure the rest wait their turn."""
        for i, row in enumerate(rows):
            outcome, retry_at = await self._deliver(row)
            counts[outcome] += 1
            if outcome in ("sent", "lost"):
                continue
            # Keep the chat's order: later rows go back to pending, due with the failed one.
            for later in rows[i + 1:]:
                await self._release(later, retry_at or self._now())
            return

    async def _renew(self, row: Delivery) -> bool:
        """Extend our lease right before sending; False if another worker took the row.

        Rows wait in this worker while earlier ones are paced, so the lease taken at
        claim time could expire in a long batch; renewing closes that double-send gap.
        """
        async with self.db.transaction() as session:
            return await deliveries_repo.update(session, row.id, owner=self.owner,
                                                claimed_until=self._now() + self.lease)

    async def _deliver(self, row: Delivery) -> tuple[str, datetime | None]:
        notifier = self.notifiers[row.destination.platform]
        # Early in a batch the claim's lease is still long: renew only past half of it.
        stale = self._run_start is None or self._now() - self._run_start >= self.lease / 2
        if stale and not await self._renew(row):
            logger.warning("delivery %s: lease lost before sending; left to its new owner", row.id,
                           extra=_ids(row))
            return "lost", None
        try:
            message_id = await self._send_scrubbed(notifier, row)
        except EditWaits:
            at = self._now() + EDIT_WAIT
            await self._update(row, status=DeliveryStatus.PENDING, next_attempt_at=at)
            return "waiting", at
        except EditObsolete as exc:
            await self._update(row, status=DeliveryStatus.CANCELLED, last_error=str(exc))
            return "cancelled", None
        except RetryAfter as exc:
            at = self._now() + timedelta(seconds=exc.seconds)
            await self._update(row, status=DeliveryStatus.PENDING, next_attempt_at=at,
                               last_error=str(exc))
            return "retry_after", at
        except DestinationGone as exc:
            await self._gone(row, str(exc) or type(exc).__name__)
            return "gone", None
        except ContentRejected as exc:
            await self._fail(row, f"rejected: {exc}", final=True)
            return "failed", None
        except LookupError as exc:  # the statement was deleted meanwhile
            await self._fail(row, str(exc), final=True)
            return "failed", None
        except Exception as exc:  # TransientError and anything unexpected: retry later
            if not isinstance(exc, TransientError):
                logger.exception("unexpected error sending delivery %s", row.id, extra=_ids(row))
            return await self._fail(row, f"{type(exc).__name__}: {exc}", final=False)
        # The platform accepted the message: record it even if we are being cancelled
        # (shutdown), so a graceful stop never widens the crash window.
        recording = asyncio.ensure_future(self._record_sent(row, message_id))
        try:
            await asyncio.shield(recording)
        except asyncio.CancelledError:
            await recording
            raise
        return "sent", None

    async def _send_scrubbed(self, notifier: Notifier, row: Delivery) -> str:
        """Send the row; an error it raises has its text scrubbed of secrets first."""
        try:
            return await self._renderer.send(notifier, row)
        except Exception as exc:
            self.redactor.scrub_exception(exc)
            raise

    async def _update(self, row: Delivery, **values: object) -> None:
        values.setdefault("claimed_by", None)
        values.setdefault("claimed_until", None)
        async with self.db.transaction() as session:
            if not await deliveries_repo.update(session, row.id, owner=self.owner, **values):
                logger.warning("delivery %s: lease lost before recording %s", row.id, values)

    async def _release(self, row: Delivery, at: datetime) -> None:
        await self._update(row, status=DeliveryStatus.PENDING,
                           next_attempt_at=max(at, row.next_attempt_at))

    async def _fail(self, row: Delivery, error: str, *, final: bool) -> tuple[str, datetime | None]:
        attempts = row.attempts + 1
        now = self._now()
        if final or attempts >= self.settings.delivery.max_attempts:
            # A failed row's next_attempt_at is its failure time (alerts count recent ones).
            logger.error("delivery %s to %s:%s failed: %s", row.id, row.destination.platform,
                         row.destination.chat_id, error, extra=_ids(row))
            await self._update(row, status=DeliveryStatus.FAILED, attempts=attempts,
                               last_error=error[:2000], next_attempt_at=now)
            return "failed", None
        at = now + timedelta(seconds=backoff_seconds(attempts))
        logger.warning("delivery %s attempt %s failed, retry at %s: %s", row.id, attempts,
                       at.isoformat(), error, extra=_ids(row))
        await self._update(row, status=DeliveryStatus.PENDING, attempts=attempts,
                           last_error=error[:2000], next_attempt_at=at)
        return "retry", at

    async def _gone(self, row: Delivery, reason: str) -> None:
        dest = row.destination
        async with self.db.transaction() as session:
            await deliveries_repo.update(session, row.id, status=DeliveryStatus.CANCELLED,
                                         last_error=f"destination gone: {reason}"[:2000],
                                         claimed_by=None, claimed_until=None)
            await destinations.deactivate_chat(session, dest.platform, dest.chat_id,
                                               f"rejected: {reason}")
        logger.error("destination %s:%s deactivated: %s", dest.platform, dest.chat_id, reason,
                     extra=_ids(row))

    async def _record_sent(self, row: Delivery, message_id: str) -> None:
        now = self._now()
        async with self.db.transaction() as session:
            if row.kind == "post":
                # Without the lock, two workers recording the last two chats at once each
                # see the other's row still "sending" and neither marks the statement posted.
                await statements_repo.locked_status(session, row.statement_id)
            # Recorded even if the lease was lost: the message is out, never send it again.
            await deliveries_repo.update(session, row.id, status=DeliveryStatus.SENT,
                                         message_id=str(message_id)[:64], sent_at=now,
                                         last_error=None, claimed_by=None, claimed_until=None)
            if row.kind == "post":
                await statements_repo.mark_posted(session, row.statement_id, now)
        logger.info("delivery %s: %s of statement %s sent to %s:%s", row.id, row.kind,
                    row.statement_id, row.destination.platform, row.destination.chat_id,
                    extra=_ids(row))

    async def run_forever(self, stop_event: asyncio.Event) -> None:
        """Run ``run_once`` every ``delivery.interval_seconds`` until ``stop_event`` is set.

        Also runs the failure-alert check about once a minute.
        """
        last_check: datetime | None = None
        while not stop_event.is_set():
            try:
                await self.run_once()
                # Recoveries (and feed failures) are noticed by a periodic check, not a send.
                if last_check is None or utcnow() - last_check >= ALERT_CHECK_INTERVAL:
                    last_check = utcnow()
                    await alerts.check_and_alert(self.db, self.notifiers)
            except Exception:  # a bad cycle must not stop delivery; the next one retries
                logger.exception("delivery cycle failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop_event.wait(), self.settings.delivery.interval_seconds)
