"""The ClaimReview export from the database: publication dates from the revision history."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.integration.test_rebuttals_cli import cli_env, run
from tracker.chat.commands import new_rebuttal
from tracker.model import RebuttalStatus
from tracker.storage.db import Database
from tracker.storage.schema_rebuttals import RevisionRow
from tracker.usecases import curate
from tracker.usecases.claimreview import claimreviews

__all__ = ["cli_env"]  # the fixture, shared with the rebuttals CLI tests


async def _dated(db: Database, rebuttal_id: str, *days: str) -> None:
    """Give the rebuttal's revisions 1, 2, ... the given days (a history written over time)."""
    async with db.transaction() as session:
        for version, day in enumerate(days, 1):
            await session.execute(
                update(RevisionRow).where(RevisionRow.rebuttal_id == rebuttal_id,
                                          RevisionRow.version == version)
                .values(changed_at=datetime.fromisoformat(day).replace(tzinfo=UTC)))


async def test_date_published_is_the_first_publication_not_the_creation_or_last_edit(
        db: Database) -> None:
    draft = dataclasses.replace(
        new_rebuttal("China steals all tech", "中国窃取所有技术", "Most patents are domestic",
                     "大多数专利来自国内", "https://wipo.int/report", "WIPO"),
        status=RebuttalStatus.DRAFT)
    rid = (await curate.create_rebuttal(db, draft, actor="test")).id
    assert await claimreviews(db, organization="Desk", url_base="https://x.org/r") == []
    await curate.edit_rebuttal(db, rid, actor="test", status="published")
    await curate.edit_rebuttal(db, rid, actor="test", claim_en="China steals most tech")
    await _dated(db, rid, "2025-01-01", "2025-02-02", "2025-03-03")
    [en, zh] = await claimreviews(db, organization="Desk", url_base="https://x.org/r")
    assert (en["url"], en["datePublished"], en["claimReviewed"]) == (
        f"https://x.org/r/{rid}", "2025-02-02", "China steals most tech")
    assert zh["inLanguage"] == "zh" and zh["author"] == {"@type": "Organization", "name": "Desk"}


def test_the_cli_exports_claimreview_with_its_url_base_and_organisation(cli_env: Path) -> None:
    code, out, err = run("export", "--format", "claimreview", "--url-base",
                         "https://example.org/r/", "--organization", "Fact Desk")
    assert code == 0, err
    reviews = json.loads(out)
    assert len(reviews) == 42  # the 21 bundled rebuttals, in English and Chinese
    assert {r["author"]["name"] for r in reviews} == {"Fact Desk"}
    assert all(r["url"] == "https://example.org/r/" + r["@id"].split("/")[-1].split("#")[0]
               for r in reviews)
    target = cli_env / "reviews.json"
    code, _, err = run("export", "-f", "claimreview", "--url-base", "https://example.org/r",
                       "-o", str(target))
    assert code == 0 and err.strip() == f"wrote 42 reviews to {target}"


@pytest.mark.parametrize(("args", "message"), [
    ((), "--format claimreview needs --url-base"),
    (("--url-base", "example.org/r"), "must be an http(s) URL"),
])
def test_the_cli_refuses_claimreview_without_a_page_url(cli_env: Path, args: tuple[str, ...],
                                                       message: str) -> None:
    code, out, err = run("export", "--format", "claimreview", *args)
    assert (code, out) == (2, "") and message in err and err.count("\n") == 1
