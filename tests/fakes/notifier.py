"""A fake Notifier: records every send and fails on demand (a real in-memory object).

Also holds small seeding helpers the delivery tests share (rows written the way
the feed, extraction, matching and rebuttal areas write them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tracker.model import Destination, Post, ScoredRebuttal, Statement, utcnow
from tracker.storage.db import Database
from tracker.storage.schema_feeds import FeedRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow


class WorkerDied(BaseException):
    """Simulates the process dying: not an Exception, so the worker cannot handle it."""


@dataclass
class Sent:
    kind: str  # post | review | alert | edit
    destination: Destination
    payload: object


@dataclass
class FakeNotifier:
    """Records sends; ``fail_with[chat_id]`` holds exceptions to raise, one per send."""

    platform: str = "fake"
    sent: list[Sent] = field(default_factory=list)
    fail_with: dict[str, list[BaseException]] = field(default_factory=dict)
    crash_after_send: bool = False  # the message goes out, then the "process dies"

    def _maybe_fail(self, destination: Destination) -> None:
        queue = self.fail_with.get(destination.chat_id)
        if queue:
            raise queue.pop(0)

    def _record(self, kind: str, destination: Destination, payload: object) -> str:
        self._maybe_fail(destination)
        self.sent.append(Sent(kind, destination, payload))
        if self.crash_after_send:
            raise WorkerDied("worker died after the platform accepted the message")
        return str(len(self.sent))

    async def send_post(self, destination: Destination, post: Post) -> str:
        return self._record("post", destination, post)

    async def send_review(self, destination: Destination, statement: Statement,
                          candidates: Sequence[ScoredRebuttal], reason: str) -> str:
        return self._record("review", destination, (statement, tuple(candidates), reason))

    async def send_alert(self, destination: Destination, text: str) -> str:
        return self._record("alert", destination, text)

    async def edit_post(self, destination: Destination, message_id: str, post: Post) -> str:
        """Record an edit: the payload is (message id, the post as it is now)."""
        self._record("edit", destination, (message_id, post))
        return message_id

    def of_kind(self, kind: str) -> list[Sent]:
        return [s for s in self.sent if s.kind == kind]


async def seed_rebuttal(db: Database, rebuttal_id: str = "rb-orders",
                        claim_en: str = "China follows orders", claim_zh: str = "中国听命") -> str:
    now = utcnow()
    async with db.session() as s:
        s.add(RebuttalRow(id=rebuttal_id, claim_en=claim_en, claim_zh=claim_zh, counterpoints=[
            {"text_en": f"Counter to {rebuttal_id}", "text_zh": f"反驳 {rebuttal_id}",
             "sources": [{"title": "Report", "url": "https://example.org/r", "date": "2025-01-01"}]}],
            tags=[], status="published", created_at=now, updated_at=now))
        await s.commit()
    return rebuttal_id


async def seed_statement(db: Database, *, decision: str = "match", rebuttals: Sequence[str] = (),
                         match_decision: str | None = None, eligible: bool = True,
                         published_at: datetime | None = None, feed_url: str = "http://f/1",
                         text: str = "China will do what I say", status: str = "matched") -> int:
    """A feed, item, statement and its stored match candidates; returns the statement id."""
    now = utcnow()
    published_at = published_at or now
    async with db.session() as s:
        from sqlalchemy import select

        feed = (await s.execute(select(FeedRow).where(FeedRow.url == feed_url))).scalar()
        if feed is None:
            feed = FeedRow(url=feed_url, added_at=now, baselined=True)
            s.add(feed)
            await s.flush()
        item = ItemRow(feed_id=feed.id, guid=f"g{now.timestamp()}-{text[:10]}-{id(text)}",
                       url="https://news.example/a", title="t", text=text,
                       published_at=published_at, fetched_at=now, content_hash="h",
                       post_eligible=eligible)
        s.add(item)
        await s.flush()
        st = StatementRow(watch="musk-china", speaker="Elon Musk", text=text, language="en",
                          confidence=0.9, item_id=item.id, span_start=0, span_end=len(text),
                          published_at=published_at, source_url="https://news.example/a",
                          group_key=f"k{item.id}", created_at=now, status=status,
                          decision=decision)
        s.add(st)
        await s.flush()
        s.add(StatementSourceRow(statement_id=st.id, item_id=item.id,
                                 url="https://news.example/a", title="t", added_at=now))
        for rank, rid in enumerate(rebuttals):
            s.add(StatementMatchRow(statement_id=st.id, rebuttal_id=rid, rank=rank, score=0.9,
                                    decision=match_decision or decision))
        await s.commit()
        return st.id
