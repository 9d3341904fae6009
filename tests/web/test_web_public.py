"""Public pages: only what was posted or published, feed text escaped everywhere."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import httpx

from tests.web.story import CANDIDATES, POSTED_REBUTTAL, Story
from tracker.storage.db import Database
from tracker.usecases import curate

ATOM = "{http://www.w3.org/2005/Atom}"


async def test_a_posted_statement_has_a_public_page_with_its_sources_and_counterpoints(
        client: httpx.AsyncClient, story: Story) -> None:
    page = await client.get(f"/s/{story.posted}")
    assert page.status_code == 200
    body = page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
    assert "<script>alert" not in body and "<img src=x" not in body
    assert 'href="javascript:' not in body and "&lt;b&gt;evil&lt;/b&gt; source" in body
    assert 'href="https://news.example/0"' in body  # a real source is a link
    assert "China follows whatever Musk says" in body and "中国" in body  # both languages
    assert f'href="/r/{POSTED_REBUTTAL}"' in body


async def test_nothing_unposted_is_public(client: httpx.AsyncClient, story: Story) -> None:
    for statement_id in (story.review, story.held, 999999):
        response = await client.get(f"/s/{statement_id}")
        assert response.status_code == 404 and "Musk said" not in response.text
    assert (await client.get("/s/not-a-number")).status_code == 404


async def test_a_published_rebuttal_embeds_claimreview(client: httpx.AsyncClient,
                                                       db: Database) -> None:
    page = await client.get(f"/r/{POSTED_REBUTTAL}")
    assert page.status_code == 200
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.text, re.S)
    reviews = [json.loads(b) for b in blocks]
    assert [r["inLanguage"] for r in reviews] == ["en", "zh"]
    assert all(r["@type"] == "ClaimReview" and r["url"].endswith(f"/r/{POSTED_REBUTTAL}")
               for r in reviews)
    assert reviews[1]["claimReviewed"].startswith("中国")
    await curate.edit_rebuttal(db, CANDIDATES[0], actor="t", status="draft")
    assert (await client.get(f"/r/{CANDIDATES[0]}")).status_code == 404
    await curate.retire_rebuttal(db, POSTED_REBUTTAL, actor="t")
    assert (await client.get(f"/r/{POSTED_REBUTTAL}")).status_code == 404


async def test_claimreview_cannot_close_its_script_tag(client: httpx.AsyncClient,
                                                        db: Database) -> None:
    await curate.edit_rebuttal(db, POSTED_REBUTTAL, actor="t",
                               claim_en="Claim </script><script>alert(1)</script>")
    page = (await client.get(f"/r/{POSTED_REBUTTAL}")).text
    assert "<script>alert(1)" not in page
    block = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[0]
    assert json.loads(block)["claimReviewed"] == "Claim </script><script>alert(1)</script>"


async def test_the_atom_feed_carries_posted_statements_escaped(client: httpx.AsyncClient,
                                                               story: Story) -> None:
    response = await client.get("/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}id", "").endswith(f"/s/{story.posted}")
    content = entries[0].findtext(f"{ATOM}content", "")
    assert "&lt;script&gt;" in content and "<script" not in content
    assert 'href="javascript:' not in content and "&lt;b&gt;evil" in content
    assert 'href="https://news.example/0"' in content
    assert "<script" not in response.text


async def test_the_home_page_lists_posted_statements(client: httpx.AsyncClient,
                                                     story: Story) -> None:
    page = (await client.get("/")).text
    assert f'href="/s/{story.posted}"' in page and f'href="/s/{story.review}"' not in page
    assert "/login" in page
