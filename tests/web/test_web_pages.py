"""The console's other pages: statements, feeds, destinations, deliveries, statistics, and
the language a reader chose."""

from __future__ import annotations

import re

import httpx

from tests.web.story import Story
from tracker.model import DeliveryStatus
from tracker.storage import deliveries_repo
from tracker.storage.db import Database
from tracker.usecases import ingest


async def _ids(client: httpx.AsyncClient, query: str) -> list[int]:
    page = await client.get(f"/statements?{query}")
    assert page.status_code == 200
    return [int(i) for i in re.findall(r'<tr><td><a href="/statements/(\d+)">', page.text)]


async def test_the_timeline_filters_and_searches(client: httpx.AsyncClient, editor: str,
                                                 story: Story) -> None:
    everything = await _ids(client, "")
    assert everything == sorted(everything, reverse=True) and len(everything) == 4
    assert await _ids(client, "q=byd") == [story.review_2]
    assert await _ids(client, "q=%25") == []  # a LIKE wildcard is a literal character
    assert await _ids(client, "status=review") == [story.review_2, story.review]
    assert await _ids(client, "decision=none") == [story.held]
    assert await _ids(client, f"feed={story.failing_feed}") == []
    assert len(await _ids(client, f"feed={story.feed}&language=en&watch=musk-china")) == 4
    assert await _ids(client, "since=2026-11-30") == []
    assert len(await _ids(client, "since=2026-11-29&until=2026-11-30")) == 4
    assert await _ids(client, f"before={story.review_2}") == [story.review, story.posted]
    assert len(await _ids(client, "since=not-a-date&feed=x")) == 4  # ignored, not an error


async def test_a_statement_page_tells_its_whole_story(client: httpx.AsyncClient, editor: str,
                                                     story: Story) -> None:
    page = (await client.get(f"/statements/{story.posted}")).text
    assert "<mark>China &lt;script&gt;" in page and "<script>alert" not in page
    assert "Reporting. " in page  # the item around the span
    assert "china-follows-musk" in page and "0.930" in page
    assert "👍 3 · 👎 1" in page
    assert "Channel" in page and "Old group" in page  # both destinations
    assert "TimedOut" in page and 'class="badge sent"' in page
    assert 'href="javascript:' not in page
    assert (await client.get("/statements/999999")).status_code == 404


async def test_feed_health_and_management(client: httpx.AsyncClient, editor: str,
                                          story: Story, db: Database) -> None:
    page = (await client.get("/feeds")).text
    assert "HTTP 500 from broken.example" in page and "FAILING" in page
    refused = await client.post("/feeds", data={"csrf": editor, "url": "http://127.0.0.1:9/x"})
    assert refused.status_code == 400 and "allow_private_hosts" in refused.text
    assert 'value="http://127.0.0.1:9/x"' in refused.text  # the typed URL is kept
    odd = await client.post("/feeds", data={"csrf": editor, "url": "https://a.example/f",
                                            "kind": "radio"})
    assert odd.status_code == 400 and "unknown kind" in odd.text
    paused = await client.post(f"/feeds/{story.feed}/pause", data={"csrf": editor})
    assert paused.status_code == 303
    feeds = {f.id: f for f in await ingest.list_feeds(db)}
    assert not feeds[story.feed].active and feeds[story.feed].inactive_reason == "paused"
    assert 'class="secondary resume"' in (await client.get("/feeds")).text
    await client.post(f"/feeds/{story.feed}/resume", data={"csrf": editor})
    assert {f.id: f for f in await ingest.list_feeds(db)}[story.feed].active
    await client.post(f"/feeds/{story.failing_feed}/remove", data={"csrf": editor})
    assert "broken.example" not in (await client.get("/feeds")).text
    assert (await client.post("/feeds/999/pause", data={"csrf": editor})).status_code == 404
    assert (await client.post("/feeds/1/melt", data={"csrf": editor})).status_code == 404


async def test_destinations_say_why_they_are_inactive(client: httpx.AsyncClient,
                                                      editor: str) -> None:
    page = (await client.get("/destinations")).text
    assert "@channel" in page and "bot was kicked" in page


async def test_failed_deliveries_can_be_retried_once(client: httpx.AsyncClient, editor: str,
                                                     story: Story, db: Database) -> None:
    page = (await client.get("/deliveries")).text
    assert f"/deliveries/{story.failed_delivery}/retry" in page and "TimedOut" in page
    retried = await client.post(f"/deliveries/{story.failed_delivery}/retry",
                                data={"csrf": editor})
    assert retried.status_code == 303
    async with db.session() as s:
        rows = await deliveries_repo.list_all(s, ids=[story.failed_delivery])
    assert rows[0].status == DeliveryStatus.PENDING and rows[0].attempts == 0
    again = await client.post(f"/deliveries/{story.failed_delivery}/retry",
                              data={"csrf": editor})
    assert again.status_code == 400 and "only failed or cancelled" in again.text
    assert (await client.post("/deliveries/999/retry", data={"csrf": editor})).status_code == 404


async def test_statistics_are_drawn_as_svg(client: httpx.AsyncClient, editor: str) -> None:
    page = (await client.get("/stats")).text
    assert page.count("<svg") == 4 and "<script" not in page.split("</head>")[1]
    assert "china-follows-musk" in page  # the votes chart names the rebuttal
    assert re.search(r"<title>2026-11-2\d · match: 1</title>", page)


async def test_pages_come_in_the_readers_language(client: httpx.AsyncClient,
                                                  editor: str) -> None:
    switched = await client.get("/lang/zh?next=/review")
    assert switched.status_code == 303 and switched.headers["location"] == "/review"
    page = (await client.get("/review")).text
    assert '<html lang="zh-Hans">' in page and "审核" in page and "用此反驳发布" in page
    for target in ("//evil.example/", "https://evil.example/", "/\\evil"):
        away = await client.get("/lang/en", params={"next": target})
        assert away.headers["location"] == "/"
    assert "Review" in (await client.get("/review")).text


async def test_every_response_carries_the_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    too_big = await client.post("/login", content=b"x" * 1_000_001)
    assert too_big.status_code == 413

