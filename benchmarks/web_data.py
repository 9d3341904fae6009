"""Data for the web console benchmark: a large, plausible database written in bulk.

100,000 statements (one item and source each, two match candidates each), 10,000
rebuttals with a revision each, deliveries to 20 chats, readers' votes and a month
of fetch log for 50 feeds. Written with SQLAlchemy Core executemany in batches.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from tracker.storage.schema_delivery import DeliveryRow, DestinationRow, VoteRow
from tracker.storage.schema_feeds import FeedRow, FetchLogRow, ItemRow
from tracker.storage.schema_matching import StatementMatchRow
from tracker.storage.schema_rebuttals import RebuttalRow, RevisionRow
from tracker.storage.schema_statements import StatementRow, StatementSourceRow

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TAGS = [f"tag-{n}" for n in range(20)] + ["ev", "batteries", "中国", "solar"]
TOPICAL = [
    "China", "power", "batteries", "solar", "cars", "market", "BYD", "Tesla", "factory",
    "Shanghai", "growth", "exports", "chips", "AI", "compute", "grid", "output", "triple",
    "America", "Beijing", "suggests", "follows", "regulation", "steel", "ports", "rail",
    "cities", "subsidies", "demand", "prices", "engineers", "talent", "中国", "电池", "太阳能", "汽车",
    "市场", "工厂", "上海", "出口", "芯片", "电网"
]
_SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fe", "gu", "ho", "ji", "ku",
    "le", "ma", "no", "pe", "qu", "ri", "so", "tu", "ve", "wa", "xi", "yo", "za"
]
# News text has thousands of distinct words: a few topical ones, many others.
WORDS = TOPICAL + [a + b + c for a in _SYLLABLES[:16] for b in _SYLLABLES for c in _SYLLABLES[:8]]
STATUSES = (["posted"] * 40 + ["skipped"] * 20 + ["held"] * 20 + ["review"] * 5
            + ["grouped"] * 5 + ["queued"] * 5 + ["matched"] * 5)


def _table(row: type[Any]) -> Table:
    table = row.__table__
    assert isinstance(table, Table)
    return table


def _batches(rows: Sequence[dict[str, Any]], size: int = 5000) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _put(conn: Connection, row: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        conn.execute(insert(_table(row)), list(batch))


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _rebuttals(rng: random.Random, n: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        status = "published" if i % 10 else rng.choice(("draft", "retired"))
        claim = _text(rng, 10)
        rows.append({
            "id": f"rebuttal-{i:05d}", "claim_en": f"Claim {i}: {claim}", "claim_zh": f"说法 {i}：{claim}",
            "counterpoints": [{"text_en": _text(rng, 40), "text_zh": _text(rng, 40),
                               "sources": [{"title": f"Source {i}", "url": f"https://src.example/{i}",
                                            "date": "2024-05-01"}]}],
            "tags": rng.sample(TAGS, 2), "status": status, "notes": "", "created_by": "bench",
            "created_at": NOW - timedelta(days=400), "updated_at": NOW - timedelta(minutes=i),
            "version": 1, "rating": "Misleading", "speaker": "Elon Musk"})
    return rows


def _revisions(rebuttals: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"rebuttal_id": r["id"], "version": 1, "action": "create", "changed_by": "bench",
             "changed_at": r["created_at"],
             "snapshot": {"id": r["id"], "status": r["status"], "rating": r["rating"],
                          "tags": r["tags"], "claim": {"en": r["claim_en"], "zh": r["claim_zh"]},
                          "phrasings": [], "notes": "", "version": 1, "created_by": "bench",
                          "counterpoints": [{"en": c["text_en"], "zh": c["text_zh"],
                                             "sources": c["sources"]} for c in r["counterpoints"]]}}
            for r in rebuttals]


def _feeds() -> list[dict[str, Any]]:
    return [{"id": f + 1, "url": f"https://feed{f}.example/rss", "name": f"Feed {f}",
             "added_at": NOW - timedelta(days=400), "error_count": 6 if f % 10 == 0 else 0,
             "last_error": "HTTP 500" if f % 10 == 0 else None, "last_polled_at": NOW,
             "baselined": True} for f in range(50)]


def _statements(rng: random.Random, n: int, published: Sequence[str]) -> dict[str, list[Any]]:
    """Items, statements, sources and two match candidates per statement."""
    out: dict[str, list[Any]] = {"items": [], "statements": [], "sources": [], "matches": []}
    for i in range(1, n + 1):
        when = NOW - timedelta(minutes=int(180 * 24 * 60 * (n - i) / n))
        text, status = f"Musk said {_text(rng, 18)}", rng.choice(STATUSES)
        url = f"https://n.example/{i}"
        out["items"].append({"id": i, "feed_id": 1 + i % 50, "guid": f"g{i}", "url": url,
                             "title": f"Story {i}", "text": f"Report. {text} More.",
                             "published_at": when, "fetched_at": when, "content_hash": f"h{i}",
                             "kind": "news", "guests": []})
        decision = {"posted": "match", "queued": "match", "review": "suggest"}.get(
            status, rng.choice(("match", "suggest", "none")))
        out["statements"].append({
            "id": i, "watch": "musk-china", "speaker": "Elon Musk", "text": text,
            "language": "zh" if i % 3 == 0 else "en", "confidence": 0.9, "item_id": i,
            "span_start": 8, "span_end": 8 + len(text), "context": text, "published_at": when,
            "source_url": url, "group_key": f"k{i}", "created_at": when, "status": status,
            "decision": decision, "posted_at": when if status == "posted" else None})
        out["sources"].append({"statement_id": i, "item_id": i, "url": url,
                               "title": f"Story {i}", "outlet": "", "added_at": when})
        out["matches"] += [{"statement_id": i, "rebuttal_id": rid, "rank": rank,
                            "score": rng.random(), "decision": decision if rank == 1 else "none"}
                           for rank, rid in enumerate(rng.sample(list(published), 2), 1)]
    return out


def _outbox(posted: Sequence[int], first_match: dict[int, str]) -> dict[str, list[Any]]:
    """Destinations, two deliveries per posted statement (1% failed) and readers' votes."""
    chats = [{"id": d + 1, "platform": "telegram", "chat_id": f"-100{d}", "title": f"Chat {d}",
              "added_at": NOW, "active": d % 7 != 0,
              "deactivated_reason": "bot was kicked" if d % 7 == 0 else None} for d in range(20)]
    deliveries = [{"statement_id": sid, "destination_id": 1 + (sid + k) % 20, "kind": "post",
                   "status": "failed" if (sid + k) % 97 == 0 else "sent", "attempts": 1,
                   "next_attempt_at": NOW, "created_at": NOW, "sent_at": NOW,
                   "last_error": "TimedOut" if (sid + k) % 97 == 0 else None}
                  for sid in posted for k in (0, 1)]
    votes = [{"statement_id": sid, "rebuttal_id": first_match[sid], "platform": "telegram",
              "user_id": str(u), "value": 1 if u % 3 else -1, "voted_at": NOW}
             for sid in posted[::2] for u in range(3)]
    return {"chats": chats, "deliveries": deliveries, "votes": votes}


def _fetch_log(feeds: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A month of hourly polls per feed; the failing feeds fail every other hour."""
    return [{"feed_id": f["id"], "started_at": NOW - timedelta(hours=h),
             "status": "error" if f["error_count"] and h % 2 else "200", "duration_ms": 100,
             "bytes": 1000, "items_new": 1,
             "error": "HTTP 500" if f["error_count"] and h % 2 else None}
            for f in feeds for h in range(30 * 24)]


def write(conn: Connection, *, statements: int, rebuttals: int, seed: int = 7) -> dict[str, int]:
    """Write the whole data set; returns counts and a few ids the benchmark visits."""
    rng = random.Random(seed)
    feeds = _feeds()
    _put(conn, FeedRow, feeds)
    rebuttal_rows = _rebuttals(rng, rebuttals)
    _put(conn, RebuttalRow, rebuttal_rows)
    _put(conn, RevisionRow, _revisions(rebuttal_rows))
    published = [r["id"] for r in rebuttal_rows if r["status"] == "published"]
    made = _statements(rng, statements, published)
    tables: list[tuple[type[Any], str]] = [
        (ItemRow, "items"), (StatementRow, "statements"), (StatementSourceRow, "sources"),
        (StatementMatchRow, "matches")]
    for row, key in tables:
        _put(conn, row, made[key])
    posted = [r["id"] for r in made["statements"] if r["status"] == "posted"]
    first = {m["statement_id"]: m["rebuttal_id"] for m in made["matches"] if m["rank"] == 1}
    outbox = _outbox(posted, first)
    tables = [(DestinationRow, "chats"), (DeliveryRow, "deliveries"), (VoteRow, "votes")]
    for row, key in tables:
        _put(conn, row, outbox[key])
    log = _fetch_log(feeds)
    _put(conn, FetchLogRow, log)
    return {"statements": len(made["statements"]), "rebuttals": len(rebuttal_rows),
            "posted": posted[-1], "deliveries": len(outbox["deliveries"]),
            "votes": len(outbox["votes"]), "fetch_log": len(log),
            "matches": len(made["matches"])}
