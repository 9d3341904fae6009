"""The delivery core end to end through a fake notifier, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.fakes.notifier import FakeNotifier, WorkerDied, seed_rebuttal, seed_statement
from tracker.config import PostingSettings, Settings
from tracker.model import Destination, Post, utcnow
from tracker.ports import ContentRejected, DestinationGone, RetryAfter, TransientError
from tracker.runtime.delivery import DeliveryWorker
from tracker.storage import deliveries_repo, destinations_repo, statements_repo
from tracker.storage.db import Database
from tracker.storage.schema_delivery import DeliveryRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow
from tracker.usecases import alerts, destinations
from tracker.usecases import queue as posting


def _settings(**watch: str) -> Settings:
    w = {"name": "musk-china", "speaker_aliases": ["Elon Musk"], "topic_terms": ["China"]}
    w.update(watch)
    return Settings(watches=[w])  # type: ignore[list-item]


async def _channels(db: Database, n: int = 2, review: bool = True) -> None:
    for i in range(n):
        await destinations.subscribe(db, "fake", f"chan{i}", added_by="test")
    if review:
        async with db.session() as session:
            await destinations_repo.upsert(session, "fake", "admins", title="", language="zh",
                                           role="review", added_by="config", now=utcnow())
            await session.commit()


async def _status(db: Database, statement_id: int) -> str:
    async with db.session() as s:
        return str(await statements_repo.locked_status(s, statement_id))


async def _rows(db: Database) -> list[deliveries_repo.Delivery]:
    async with db.session() as s:
        return await deliveries_repo.list_all(s)


async def test_match_is_posted_with_counterpoints_once(db: Database) -> None:
    await _channels(db)
    rid = await seed_rebuttal(db)
    sid = await seed_statement(db, rebuttals=[rid])
    counts = await posting.queue_posts(db, _settings())
    assert counts == {"post": 1}
    assert await posting.queue_posts(db, _settings()) == {}
    async with db.session() as s:
        created = await deliveries_repo.add(
            s, sid, await destinations_repo.list_all(s, role="channel"), "post", utcnow())
        await s.commit()
    assert created == 0  # the unique constraint keeps the outbox at one row per chat
    fake = FakeNotifier()
    result = await DeliveryWorker(db, {"fake": fake}, _settings()).run_once()
    assert result == {"sent": 2}
    posts = fake.of_kind("post")
    assert sorted(p.destination.chat_id for p in posts) == ["chan0", "chan1"]
    assert [r.id for r in posts[0].payload.rebuttals] == [rid]  # type: ignore[attr-defined]
    assert await _status(db, sid) == "posted"
    assert await DeliveryWorker(db, {"fake": fake}, _settings()).run_once() == {}
    assert len(fake.sent) == 2


@pytest.mark.parametrize(("decision", "on_unmatched", "expected", "kind"), [
    ("suggest", "review", "review", "review"),
    ("none", "review", "review", "review"),
    ("none", "post", "queued", "post"),
    ("none", "skip", "skipped", None),
])
async def test_policy_routes_by_decision(db: Database, decision: str, on_unmatched: str,
                                         expected: str, kind: str | None) -> None:
    await _channels(db)
    sid = await seed_statement(db, decision=decision)
    await posting.queue_posts(db, _settings(on_unmatched=on_unmatched))
    assert await _status(db, sid) == expected
    kinds = {r.kind for r in await _rows(db)}
    assert kinds == ({kind} if kind else set())
    if kind == "review":
        assert {r.destination.chat_id for r in await _rows(db)} == {"admins"}


async def test_first_contact_and_old_items_are_held_then_backfilled(db: Database) -> None:
    await _channels(db)
    old = utcnow() - timedelta(hours=30)
    a = await seed_statement(db, eligible=False, feed_url="http://f/a")
    b = await seed_statement(db, published_at=old, feed_url="http://f/b", text="other quote")
    assert await posting.queue_posts(db, _settings()) == {"held": 2}
    assert await _rows(db) == []
    n = await posting.backfill(db, _settings(), since=old - timedelta(hours=1),
                               feed_url="http://f/a")
    assert n == 1 and await _status(db, a) == "queued" and await _status(db, b) == "held"
    assert await posting.backfill(db, _settings(), since=old - timedelta(hours=1)) == 1
    assert await _status(db, b) == "queued"


async def test_crashed_worker_repeats_at_most_once_and_never_resends_sent(db: Database) -> None:
    await _channels(db, n=1, review=False)
    sid = await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    dying = FakeNotifier(crash_after_send=True)
    with pytest.raises(WorkerDied):
        await DeliveryWorker(db, {"fake": dying}, _settings(), owner="a").run_once()
    assert len(dying.sent) == 1 and (await _rows(db))[0].status == "sending"
    other = FakeNotifier()
    w2 = DeliveryWorker(db, {"fake": other}, _settings(), owner="b", lease_seconds=60)
    assert await w2.run_once() == {}  # the lease still holds
    later = utcnow() + timedelta(minutes=10)
    assert await w2.run_once(now=later) == {"sent": 1}
    assert await w2.run_once(now=later + timedelta(hours=1)) == {}
    assert len(other.sent) == 1 and await _status(db, sid) == "posted"


async def test_transient_errors_back_off_then_fail_after_max_attempts(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [TransientError("502")] * 8})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    now = utcnow()
    assert await worker.run_once(now=now) == {"retry": 1}
    row = (await _rows(db))[0]
    assert row.attempts == 1 and row.next_attempt_at == now + timedelta(seconds=2)
    assert await worker.run_once(now=now + timedelta(seconds=1)) == {}  # not due yet
    for _ in range(7):
        row = (await _rows(db))[0]
        await worker.run_once(now=row.next_attempt_at)
    row = (await _rows(db))[0]
    assert row.status == "failed" and row.attempts == 8 and fake.sent == []


async def test_retry_after_waits_exactly_and_is_not_an_attempt(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [RetryAfter(17)]})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    now = utcnow()
    assert await worker.run_once(now=now) == {"retry_after": 1}
    row = (await _rows(db))[0]
    assert row.next_attempt_at == now + timedelta(seconds=17) and row.attempts == 0
    assert await worker.run_once(now=now + timedelta(seconds=16)) == {}
    assert await worker.run_once(now=now + timedelta(seconds=17)) == {"sent": 1}


async def test_content_rejected_fails_at_once(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [ContentRejected("too long")]})
    assert await DeliveryWorker(db, {"fake": fake}, _settings()).run_once() == {"failed": 1}
    async with db.session() as s:
        failed = await deliveries_repo.list_all(s, status="failed")
    assert len(failed) == 1 and "too long" in (failed[0].last_error or "")


async def test_destination_gone_deactivates_and_alerts_once(db: Database) -> None:
    await _channels(db, n=2)
    await seed_statement(db, decision="none")
    await seed_statement(db, decision="none", text="second quote")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan1": [DestinationGone("bot was kicked")]})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    counts = await worker.run_once()
    assert counts["gone"] == 1 and counts["sent"] == 2
    active = [d.chat_id for d in await destinations.list_destinations(db, role="channel")]
    assert active == ["chan0"]
    assert {r.status for r in await _rows(db) if r.destination.chat_id == "chan1"} == {"cancelled"}
    alerts_sent = fake.of_kind("alert")
    assert len(alerts_sent) == 1 and "聊天拒绝" in str(alerts_sent[0].payload)
    assert await alerts.check_and_alert(db, {"fake": fake}) == 0
    _, created = await destinations.subscribe(db, "fake", "chan1", added_by="admin")
    assert created
    assert await alerts.check_and_alert(db, {"fake": fake}) == 1  # recovered
    assert "恢复" in str(fake.of_kind("alert")[-1].payload)


async def test_review_actions_are_applied_once(db: Database) -> None:
    await _channels(db)
    rid = await seed_rebuttal(db)
    other = await seed_rebuttal(db, "rb-other")
    a = await seed_statement(db, decision="suggest", rebuttals=[rid, other])
    b = await seed_statement(db, decision="suggest", rebuttals=[rid, other], text="b quote")
    await posting.queue_posts(db, _settings())
    assert "queued" in await posting.apply_review(db, a, "attach", actor="tg:1", rebuttal_id=rid)
    again = await posting.apply_review(db, a, "ignore", actor="tg:2")
    assert "already decided by tg:1" in again and await _status(db, a) == "queued"
    assert "ignored" in await posting.apply_review(db, b, "ignore", actor="tg:2")
    assert await _status(db, b) == "skipped"
    with pytest.raises(ValueError):
        await posting.apply_review(db, b, "dance", actor="tg:2")
    from tracker.storage.schema_matching import CurationRow

    async with db.session() as s:
        labels = sorted((r.statement_id, r.rebuttal_id, r.label)
                        for r in (await s.execute(select(CurationRow))).scalars())
        posts = await deliveries_repo.list_all(s)
    assert labels == sorted([(a, rid, "positive"), (b, rid, "negative"),
                             (b, other, "negative")])
    fake = FakeNotifier()
    await DeliveryWorker(db, {"fake": fake}, _settings()).run_once()
    post = fake.of_kind("post")[0].payload
    assert [r.id for r in post.rebuttals] == [rid]  # type: ignore[attr-defined]
    assert {p.kind for p in posts} == {"review", "post"}


async def test_votes_are_one_per_user(db: Database) -> None:
    rid = await seed_rebuttal(db)
    sid = await seed_statement(db, rebuttals=[rid])
    assert await posting.record_vote(db, sid, rid, "telegram", "7", 1) == (1, 0)
    assert await posting.record_vote(db, sid, rid, "telegram", "7", -1) == (0, 1)
    assert await posting.record_vote(db, sid, rid, "telegram", "8", -1) == (0, 2)
    assert await posting.vote_stats(db) == [(sid, rid, 0, 2)]
    with pytest.raises(ValueError, match="no statement"):
        await posting.record_vote(db, sid + 100, rid, "telegram", "7", 1)
    with pytest.raises(ValueError):
        await posting.record_vote(db, sid, rid, "telegram", "7", 5)


async def test_feed_failing_alerts_once_and_once_on_recovery(db: Database) -> None:
    await _channels(db, n=0)
    await seed_statement(db)
    from tracker.storage.schema_feeds import FeedRow

    async def set_errors(n: int) -> None:
        async with db.session() as s:
            feed = (await s.execute(select(FeedRow))).scalar_one()
            feed.error_count, feed.last_error = n, "HTTP 500"
            await s.commit()

    fake = FakeNotifier()
    await set_errors(4)  # one short of Feed.failing: no alert yet
    assert await alerts.check_and_alert(db, {"fake": fake}) == 0
    await set_errors(5)
    assert await alerts.check_and_alert(db, {"fake": fake}) == 1
    assert await alerts.check_and_alert(db, {"fake": fake}) == 0
    await set_errors(0)
    assert await alerts.check_and_alert(db, {"fake": fake}) == 1
    assert await alerts.check_and_alert(db, {"fake": fake}) == 0
    texts = [str(s.payload) for s in fake.of_kind("alert")]
    assert "失败" in texts[0] and "恢复" in texts[1]


async def test_same_chat_rows_keep_order_after_a_failure(db: Database) -> None:
    await _channels(db, n=1, review=False)
    first = await seed_statement(db, decision="none")
    second = await seed_statement(db, decision="none", text="next quote")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [RetryAfter(5)]})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    now = utcnow()
    assert await worker.run_once(now=now) == {"retry_after": 1}
    assert await worker.run_once(now=now + timedelta(seconds=5)) == {"sent": 2}
    order = [p.payload.statement.id for p in fake.of_kind("post")]  # type: ignore[attr-defined]
    assert order == [first, second]
    async with db.session() as s:
        n = (await s.execute(select(func.count()).select_from(DeliveryRow))).scalar_one()
        posted = (await s.execute(select(func.count()).select_from(StatementRow).where(
            StatementRow.status == "posted"))).scalar_one()
    assert n == 2 and posted == 2


async def test_sync_configured_makes_and_retires_config_destinations(db: Database) -> None:
    s = Settings(telegram={"channels": ["@news"], "review_chat": "-100", "language": "zh"})  # type: ignore[arg-type]
    assert await destinations.sync_configured(db, s, console=True) == 4
    got = {(d.platform, d.chat_id, d.role, d.language)
           for d in await destinations.list_destinations(db)}
    assert got == {("telegram", "@news", "channel", "zh"), ("telegram", "-100", "review", "zh"),
                   ("console", "stdout", "channel", "en"), ("console", "review", "review", "en")}
    await destinations.subscribe(db, "telegram", "42", added_by="tg:1")
    await destinations.sync_configured(db, Settings())
    assert [d.chat_id for d in await destinations.list_destinations(db)] == ["42"]
    assert await alerts.current_failures(db, utcnow()) == {}  # quiet: nobody failed
    assert await destinations.unsubscribe(db, "telegram", "42")
    assert not await destinations.unsubscribe(db, "telegram", "42")


async def test_two_workers_share_the_outbox_without_duplicates(db: Database) -> None:
    await _channels(db, n=20, review=False)
    for i in range(3):
        await seed_statement(db, decision="none", text=f"quote {i}")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    a, b = FakeNotifier(), FakeNotifier()
    await asyncio.gather(DeliveryWorker(db, {"fake": a}, _settings(), owner="a").run_once(),
                         DeliveryWorker(db, {"fake": b}, _settings(), owner="b").run_once())
    sent = [(s.destination.chat_id, s.payload.statement.id)  # type: ignore[attr-defined]
            for s in a.sent + b.sent]
    assert len(sent) == len(set(sent)) == 60


def test_cli_lists_failed_deliveries_and_retries_them(db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asyncio.run(_fail_one(db))
    monkeypatch.setenv("TRACKER_DATABASE__URL", db.url)
    from tracker.cli import main

    out = _run(main, ["deliveries", "list", "--failed"])
    assert out[0] == 0 and "failed" in out[1] and "fake:chan0" in out[1] and "attempts 8" in out[1]
    delivery_id = out[1].split("\t")[0]
    assert _run(main, ["deliveries", "retry", delivery_id])[0] == 0
    assert _run(main, ["deliveries", "list", "--failed"])[1].strip() == "no deliveries"
    assert _run(main, ["deliveries", "retry", "999999"])[0] == 1
    assert _run(main, ["backfill", "--since", "not-a-date"])[0] == 2  # a usage error
    assert _run(main, ["backfill", "--since", "2020-01-01"])[0] == 0


async def _fail_one(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [TransientError("503")] * 8})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    for _ in range(8):
        row = (await _rows(db))[0]
        await worker.run_once(now=row.next_attempt_at)
    await db.dispose()


def _run(main: object, argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(argv)  # type: ignore[operator]
    return code, out.getvalue()


async def test_run_forever_delivers_until_stopped(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier()
    settings = Settings(delivery={"interval_seconds": 0.05})  # type: ignore[arg-type]
    stop = asyncio.Event()
    task = asyncio.create_task(DeliveryWorker(db, {"fake": fake}, settings).run_forever(stop))
    for _ in range(200):
        if fake.of_kind("post"):
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert len(fake.of_kind("post")) == 1


async def test_a_worker_whose_lease_was_taken_over_does_not_send(db: Database) -> None:
    await _channels(db, n=1, review=False)
    await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    now = utcnow()
    async with db.session() as s:
        [mine] = await deliveries_repo.claim(s, owner="slow", now=now, platforms=["fake"],
                                             lease_until=now + timedelta(seconds=1), limit=10)
        await s.commit()
    fake = FakeNotifier()
    taker = DeliveryWorker(db, {"fake": fake}, _settings(), owner="taker")
    assert await taker.run_once(now=now + timedelta(seconds=2)) == {"sent": 1}
    slow = DeliveryWorker(db, {"fake": fake}, _settings(), owner="slow")
    assert await slow._deliver(mine) == ("lost", None)
    assert len(fake.sent) == 1


async def test_a_later_post_waits_for_an_earlier_one_backing_off(db: Database) -> None:
    await _channels(db, n=1, review=False)
    first = await seed_statement(db, decision="none")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [TransientError("timeout")]})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    now = utcnow()
    assert await worker.run_once(now=now) == {"retry": 1}
    second = await seed_statement(db, decision="none", text="a later quote")
    await posting.queue_posts(db, _settings(on_unmatched="post"), now=now)
    assert await worker.run_once(now=now + timedelta(seconds=1)) == {}
    assert await worker.run_once(now=now + timedelta(seconds=2)) == {"sent": 2}
    order = [p.payload.statement.id for p in fake.of_kind("post")]  # type: ignore[attr-defined]
    assert order == [first, second]


async def test_failing_deliveries_alert_the_review_chat_once(db: Database) -> None:
    await _channels(db, n=2)
    await seed_statement(db, decision="none")
    await seed_statement(db, decision="none", text="another quote")
    await posting.queue_posts(db, _settings(on_unmatched="post"))
    fake = FakeNotifier(fail_with={"chan0": [ContentRejected("bad")] * 2})
    worker = DeliveryWorker(db, {"fake": fake}, _settings())
    now = utcnow()
    await worker.run_once(now=now)
    await worker.run_once(now=now + timedelta(seconds=1))
    texts = [str(s.payload) for s in fake.of_kind("alert")]
    assert len(texts) == 1 and "消息发送失败" in texts[0]
    assert await alerts.check_and_alert(db, {"fake": fake}, now=now + timedelta(hours=2)) == 1
    assert "恢复" in str(fake.of_kind("alert")[-1].payload)


async def test_a_repeat_of_a_posted_claim_becomes_a_further_source(db: Database) -> None:
    await _channels(db, n=1, review=False)
    rid = await seed_rebuttal(db)
    other = await seed_rebuttal(db, "other-claim")
    first = await seed_statement(db, rebuttals=[rid], text="China will do what I say")
    assert await posting.queue_posts(db, _settings()) == {"post": 1}
    again = await seed_statement(db, rebuttals=[rid], text="中国会照我说的做")
    different = await seed_statement(db, rebuttals=[other], text="China copies Tesla")
    assert await posting.queue_posts(db, _settings()) == {"grouped": 1, "post": 1}
    assert [await _status(db, s) for s in (first, again, different)] == [
        "queued", "grouped", "queued"]
    async with db.session() as s:
        sources = (await s.execute(select(func.count()).select_from(StatementSourceRow)
                                   .where(StatementSourceRow.statement_id == first))).scalar()
    assert sources == 2
    # With the window at 0 a repeat is posted again.
    off = _settings().model_copy(update={"posting": PostingSettings(repeat_window_hours=0)})
    third = await seed_statement(db, rebuttals=[rid], text="China does whatever I suggest")
    assert await posting.queue_posts(db, off) == {"post": 1}
    assert await _status(db, third) == "queued"


async def test_a_crashing_stage_alerts_once_and_once_on_recovery(db: Database) -> None:
    from tracker.runtime import pipeline

    await _channels(db, n=0)
    broken = True

    async def match(db: Database, settings: Settings) -> dict[str, int]:
        if broken:
            raise RuntimeError("model file unreadable")
        return {"matched": 0}

    settings = Settings(feeds=[])
    fake = FakeNotifier()
    for _ in range(2):  # failing on two cycles: one alert
        stats = await pipeline.run_cycle(db, settings, pipeline.Stages(match=match))
        assert stats.failures == (("match", "RuntimeError: model file unreadable"),)
        await alerts.check_and_alert(db, {"fake": fake})
    broken = False
    for _ in range(2):
        await pipeline.run_cycle(db, settings, pipeline.Stages(match=match))
        await alerts.check_and_alert(db, {"fake": fake})
    texts = [str(s.payload) for s in fake.of_kind("alert")]
    assert len(texts) == 2, texts
    assert "model file unreadable" in texts[0] and "处理环节出错" in texts[0]
    assert "恢复" in texts[1]


class _SendTogether(FakeNotifier):
    """Holds each post until ``together`` posts are out, so the workers record them at once."""

    def __init__(self, together: int) -> None:
        super().__init__()
        self._all_out = asyncio.Event()
        self._together = together

    async def send_post(self, destination: Destination, post: Post) -> str:
        message_id = await super().send_post(destination, post)
        if len(self.of_kind("post")) >= self._together:
            self._all_out.set()
        # Bounded: a worker that claimed nothing must not hang the others.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._all_out.wait(), 5)
        return message_id


async def test_concurrent_workers_finishing_a_statement_mark_it_posted(pg_db: Database) -> None:
    chats = 5
    await _channels(pg_db, n=chats, review=False)
    sid = await seed_statement(pg_db, decision="none")
    await posting.queue_posts(pg_db, _settings(on_unmatched="post"))
    fake = _SendTogether(chats)
    workers = [DeliveryWorker(pg_db, {"fake": fake}, _settings(), owner=f"w{i}", batch=1)
               for i in range(chats)]
    results = await asyncio.gather(*(w.run_once() for w in workers))
    assert sum(r.get("sent", 0) for r in results) == chats
    assert {r.status for r in await _rows(pg_db)} == {"sent"}
    assert await _status(pg_db, sid) == "posted"
