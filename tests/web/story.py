"""A small story in a database, written with the ORM: what the console's tests look at.

One feed with a failing sister feed, the bundled rebuttals, a posted statement (its
text and a source carry hostile markup), two statements waiting for review, one held,
a sent and a failed delivery, readers' votes and a fetch log with errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tracker.rebuttals.format import load_seed
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow, DestinationRow, VoteRow
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.usecases import curate

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
HOSTILE = 'China <script>alert("x")</script> follows me <img src=x onerror=alert(1)>'
POSTED_REBUTTAL = "china-follows-musk"
CANDIDATES = ("musk-urged-battery-mass-production", "musk-urged-ev-mass-production")


@dataclass(frozen=True)
class Story:
    posted: int
    review: int
    review_2: int
    held: int
    feed: int
    failing_feed: int
    failed_delivery: int


def _statement(item: ItemRow, text: str, status: str, decision: str | None,
               minutes: int) -> StatementRow:
    start = item.text.index(text) if text in item.text else 0
    return StatementRow(watch="musk-china", speaker="Elon Musk", text=text, language="en",
                        confidence=0.9, item_id=item.id, span_start=start,
                        span_end=start + len(text), context=text, published_at=item.published_at,
                        source_url=item.url, group_key=f"k{minutes}", status=status,
                        decision=decision, created_at=T0 + timedelta(minutes=minutes),
                        posted_at=T0 + timedelta(hours=1) if status == "posted" else None)


async def write_story(db: Database) -> Story:
    """Write the story; returns the ids the tests refer to."""
    # Four of the bundled rebuttals: importing all of them costs seconds per test.
    await curate.import_rebuttals(db, load_seed()[:4], actor="seed")
    async with db.transaction() as s:
        feed = FeedRow(url="https://news.example/china.rss", name="Example China desk",
                       added_at=T0, last_polled_at=T0, baselined=True)
        failing = FeedRow(url="https://broken.example/feed", name="Broken feed", added_at=T0,
                          error_count=6, last_error="HTTP 500 from broken.example")
        s.add_all([feed, failing])
        await s.flush()
        texts = [HOSTILE,
                 "China will be the biggest car market, thanks to mass production, Musk said.",
                 "Musk said BYD is very competitive in China.", "Musk: China batteries."]
        items = [ItemRow(feed_id=feed.id, guid=f"g{i}", url=f"https://news.example/{i}",
                         title=f"Story {i}", text=f"Reporting. {t} More reporting.",
                         published_at=T0, fetched_at=T0, content_hash=f"h{i}")
                 for i, t in enumerate(texts)]
        s.add_all(items)
        await s.flush()
        rows = [_statement(items[0], texts[0], "posted", "match", 0),
                _statement(items[1], texts[1], "review", "suggest", 1),
                _statement(items[2], texts[2], "review", "suggest", 2),
                _statement(items[3], texts[3], "held", "none", 3)]
        s.add_all(rows)
        await s.flush()
        s.add_all([StatementSourceRow(statement_id=r.id, item_id=r.item_id, url=it.url,
                                      title=it.title, added_at=T0) for r, it in zip(rows, items, strict=True)])
        s.add(StatementSourceRow(statement_id=rows[0].id, item_id=items[3].id,
                                 url="javascript:alert(document.cookie)",
                                 title="<b>evil</b> source", added_at=T0))
        s.add(StatementMatchRow(statement_id=rows[0].id, rebuttal_id=POSTED_REBUTTAL, rank=1,
                                score=0.93, decision="match"))
        for r in rows[1:3]:
            s.add_all([StatementMatchRow(statement_id=r.id, rebuttal_id=rid, rank=n, score=sc,
                                         decision=d)
                       for n, (rid, sc, d) in enumerate(
                           zip(CANDIDATES, (0.41, 0.12), ("suggest", "none"), strict=True), 1)])
        channel = DestinationRow(platform="telegram", chat_id="@channel", title="Channel",
                                 added_at=T0)
        gone = DestinationRow(platform="telegram", chat_id="-100777", title="Old group",
                              added_at=T0, active=False, deactivated_reason="bot was kicked")
        s.add_all([channel, gone])
        await s.flush()
        s.add(DeliveryRow(statement_id=rows[0].id, destination_id=channel.id, status="sent",
                          next_attempt_at=T0, created_at=T0, sent_at=T0, message_id="11"))
        failed = DeliveryRow(statement_id=rows[0].id, destination_id=gone.id, status="failed",
                             attempts=8, next_attempt_at=T0, created_at=T0,
                             last_error="TimedOut")
        s.add(failed)
        s.add_all([VoteRow(statement_id=rows[0].id, rebuttal_id=POSTED_REBUTTAL,
                           platform="telegram", user_id=str(u), value=1 if u < 3 else -1,
                           voted_at=T0) for u in range(4)])
        s.add_all([FetchLogRow(feed_id=failing.id, started_at=T0 - timedelta(days=d),
                               status="error", error="HTTP 500") for d in range(3)])
        s.add(FetchLogRow(feed_id=feed.id, started_at=T0, status="200"))
        await s.flush()
        return Story(posted=rows[0].id, review=rows[1].id, review_2=rows[2].id,
                     held=rows[3].id, feed=feed.id, failing_feed=failing.id,
                     failed_delivery=failed.id)
