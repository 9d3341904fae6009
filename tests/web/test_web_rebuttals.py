"""Rebuttals in the console: list filters, the bilingual editor with the import's validation,
phrasings, history with a diff, restore and retire."""

from __future__ import annotations

import re

import httpx

from tests.web.conftest import ADMIN
from tests.web.story import CANDIDATES, POSTED_REBUTTAL, Story
from tracker.model import RebuttalStatus
from tracker.storage.db import Database
from tracker.usecases import curate

PATH = f"/rebuttals/{POSTED_REBUTTAL}"


def _fields(html: str) -> dict[str, str]:
    """The editor form's current values, as a browser would post them back."""
    values = dict(re.findall(r'<input type="(?:text|url|hidden)" name="([^"]+)" value="([^"]*)"',
                             html))
    values.update(re.findall(r'<textarea name="([^"]+)"[^>]*>([^<]*)</textarea>', html))
    values.update(re.findall(r'<select name="([^"]+)">(?:<option>[^<]*</option>)*?<option selected>'
                             r'([^<]*)</option>', html))
    return {k: v.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
            for k, v in values.items()}


async def test_editing_both_languages_is_one_revision_by_the_web_editor(
        client: httpx.AsyncClient, editor: str, db: Database) -> None:
    page = await client.get(PATH)
    form = _fields(page.text)
    assert form["claim_en"].startswith("China follows")
    form.update(claim_en="China does what Musk suggests.", claim_zh="中国照马斯克的建议去做。",
                **{"cp-0-src-1-title": "New source", "cp-0-src-1-url": "https://new.example/a",
                   "cp-0-src-1-date": "2024-05-01"})
    saved = await client.post(PATH, data=form)
    assert saved.status_code == 303 and saved.headers["location"] == f"{PATH}?saved=1"
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None
    assert (rebuttal.claim_en, rebuttal.claim_zh) == ("China does what Musk suggests.",
                                                      "中国照马斯克的建议去做。")
    assert rebuttal.counterpoints[0].sources[-1].url == "https://new.example/a"
    revisions = await curate.revisions(db, POSTED_REBUTTAL)
    assert revisions[-1].changed_by == f"web:telegram:{ADMIN}" and revisions[-1].action == "edit"
    history = await client.get(f"{PATH}/history")
    assert "- claim:" not in history.text  # only changed lines and their context
    assert re.search(r'class="del">- +en: China follows', history.text)
    assert re.search(r'class="add">\+ +en: China does what Musk suggests', history.text)
    assert re.search(r'class="add">\+ +zh: 中国照马斯克的建议去做', history.text)


async def test_an_invalid_form_is_refused_with_the_reason_and_keeps_the_text(
        client: httpx.AsyncClient, editor: str, db: Database) -> None:
    form = _fields((await client.get(PATH)).text)
    form.update(claim_zh="", claim_en="A new English claim typed by hand")
    refused = await client.post(PATH, data=form)
    assert refused.status_code == 400 and "claim zh is empty" in refused.text
    assert "A new English claim typed by hand" in refused.text
    form.update(claim_zh="中文", **{"cp-0-src-0-url": "javascript:alert(1)"})
    refused = await client.post(PATH, data=form)
    assert refused.status_code == 400 and "url must start with http" in refused.text
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None and rebuttal.version == 1


async def test_a_stale_form_does_not_overwrite_a_newer_version(
        client: httpx.AsyncClient, editor: str, db: Database) -> None:
    form = _fields((await client.get(PATH)).text)
    await curate.edit_rebuttal(db, POSTED_REBUTTAL, actor="telegram:1", notes="edited in chat")
    form["notes"] = "my notes"
    refused = await client.post(PATH, data=form)
    assert refused.status_code == 400 and "changed by someone else" in refused.text
    assert "my notes" in refused.text
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None and rebuttal.notes == "edited in chat"


async def test_restore_makes_an_old_version_current(client: httpx.AsyncClient, editor: str,
                                                    db: Database) -> None:
    await curate.edit_rebuttal(db, POSTED_REBUTTAL, actor="telegram:1", claim_en="Wrong claim")
    restored = await client.post(f"{PATH}/restore", data={"csrf": editor, "version": "1"})
    assert restored.status_code == 303
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None and rebuttal.version == 3
    assert rebuttal.claim_en.startswith("China follows")
    assert (await curate.revisions(db, POSTED_REBUTTAL))[-1].action == "restore"
    missing = await client.post(f"{PATH}/restore", data={"csrf": editor, "version": "99"})
    assert missing.status_code == 404


async def test_phrasings_and_retire(client: httpx.AsyncClient, editor: str,
                                    db: Database) -> None:
    added = await client.post(f"{PATH}/phrasings", data={
        "csrf": editor, "text": "Beijing obeys Musk", "language": "en"})
    assert added.status_code == 303
    page = await client.get(PATH)
    assert "Beijing obeys Musk" in page.text and "origin: admin" in page.text
    refused = await client.post(f"{PATH}/phrasings", data={"csrf": editor, "text": "x",
                                                          "language": "fr"})
    assert refused.status_code == 400 and "en or zh" in refused.text
    await client.post(f"{PATH}/retire", data={"csrf": editor})
    rebuttal = await curate.get_rebuttal(db, POSTED_REBUTTAL)
    assert rebuttal is not None and rebuttal.status == RebuttalStatus.RETIRED


async def test_a_new_rebuttal_gets_the_imports_validation(client: httpx.AsyncClient,
                                                           editor: str) -> None:
    refused = await client.post("/rebuttals/new", data={
        "csrf": editor, "claim_en": "Only English", "claim_zh": "只有中文"})
    assert refused.status_code == 400 and "at least one counterpoint" in refused.text
    taken = await client.post("/rebuttals/new", data={
        "csrf": editor, "id": POSTED_REBUTTAL, "claim_en": "a", "claim_zh": "b",
        "cp-0-en": "c", "cp-0-zh": "d", "cp-0-src-0-title": "t",
        "cp-0-src-0-url": "https://x.example"})
    assert taken.status_code == 400 and "already exists" in taken.text


async def test_the_list_filters_and_sorts(client: httpx.AsyncClient, editor: str,
                                          story: Story, db: Database) -> None:
    async def ids(query: str) -> list[str]:
        page = await client.get(f"/rebuttals?{query}")
        assert page.status_code == 200
        return re.findall(r'<tr><td><a href="/rebuttals/([^"]+)">', page.text)

    assert len(await ids("")) == 4
    assert await ids("q=FOLLOWS") == [POSTED_REBUTTAL]
    assert await ids("q=遵循&lang=en") == []
    assert await ids("min_used=1") == [POSTED_REBUTTAL]
    assert (await ids("sort=doubted"))[0] == POSTED_REBUTTAL
    await curate.edit_rebuttal(db, CANDIDATES[1], actor="t", tags=["ev", "中国"],
                               status="draft")
    assert await ids("tag=中国") == [CANDIDATES[1]]
    assert await ids("status=draft") == [CANDIDATES[1]]
    for query, message in (("sort=evil", "unknown sort &#39;evil&#39;"),
                           ("status=nope", "unknown status &#39;nope&#39;")):
        refused = await client.get(f"/rebuttals?{query}")
        assert refused.status_code == 400 and message in refused.text
