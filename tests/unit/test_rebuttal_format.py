"""The rebuttal file format: seed content, validation errors, round trip, ClaimReview."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from tracker.model import RebuttalStatus
from tracker.rebuttals import (
    RebuttalFormatError,
    dumps_yaml,
    load_seed,
    loads,
    parse_rebuttals,
    rebuttal_to_dict,
    slugify,
)

AGREED_IDS = {
    "china-follows-musk", "musk-urged-battery-mass-production", "musk-urged-ev-mass-production",
    "musk-urged-solar-deployment", "china-more-ai-compute", "china-power-three-times-us",
    "electricity-is-ai-bottleneck", "export-controls-matter-less", "x-as-wechat-plus-plus",
    "vision-only-self-driving", "cell-4680-transforms-industry",
    "cybertruck-semi-set-the-direction", "tesla-taught-china-evs", "byd-copies-tesla",
    "china-ev-push-is-recent", "musk-started-the-ev-industry", "us-policy-can-match-china",
    "doge-will-save-trillions", "china-solar-followed-musk", "chinese-makers-follow-tesla-tech",
    "china-will-have-more-chips",
}
HAN = re.compile(r"[\u4e00-\u9fff]")


def entry(**overrides: Any) -> dict[str, Any]:
    """A valid entry, with some fields replaced."""
    data: dict[str, Any] = {
        "id": "sample-claim",
        "status": "published",
        "tags": ["ev"],
        "claim": {"en": "A claim.", "zh": "一个说法。"},
        "phrasings": [{"lang": "en", "text": "Another way to say it."}],
        "counterpoints": [{"en": "Because.", "zh": "因为。",
                           "sources": [{"title": "T", "url": "https://example.org/", "date": "2001"}]}],
        "notes": "",
    }
    data.update(overrides)
    return data


def test_seed_has_the_agreed_published_bilingual_entries() -> None:
    seed = load_seed()
    assert {r.id for r in seed} == AGREED_IDS
    for r in seed:
        assert r.status is RebuttalStatus.PUBLISHED
        assert r.claim_en and HAN.search(r.claim_zh), r.id
        langs = [p.language for p in r.phrasings]
        assert 3 <= len(r.phrasings) <= 8 and {"en", "zh"} <= set(langs), r.id
        assert all(HAN.search(p.text) for p in r.phrasings if p.language == "zh"), r.id
        assert 1 <= len(r.counterpoints) <= 3, r.id
        for c in r.counterpoints:
            assert c.text_en and HAN.search(c.text_zh) and c.sources, r.id
            assert all(s.url.startswith("https://") and s.title for s in c.sources), r.id


def test_seed_words_the_contested_facts_accurately() -> None:
    seed = {r.id: r for r in load_seed()}
    power = seed["china-power-three-times-us"].counterpoints[0].text_en
    assert "2.3" in power and "projection" in power
    assert "2001" in seed["china-follows-musk"].counterpoints[0].text_en
    assert "2001" in seed["china-follows-musk"].notes
    byd = seed["byd-copies-tesla"].counterpoints[0].text_en
    assert "1995" in byd and "2003" in byd and "Qinchuan" in byd
    assert "2004" in seed["musk-started-the-ev-industry"].counterpoints[0].text_en
    assert "30 September 2025" in seed["us-policy-can-match-china"].counterpoints[0].text_en
    doge = seed["doge-will-save-trillions"]
    assert "1 trillion" in doge.counterpoints[0].text_en and "16%" in doge.notes


def test_round_trip_through_yaml_and_dict() -> None:
    seed = load_seed()
    assert loads(dumps_yaml(seed)) == seed
    assert parse_rebuttals({"rebuttals": [rebuttal_to_dict(r) for r in seed]}) == seed
    assert loads(json.dumps([rebuttal_to_dict(r) for r in seed], ensure_ascii=False)) == seed


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(id="Bad Id"), "id must be a slug"),
        (lambda d: d.update(colour="red"), "unknown key 'colour' in entry"),
        (lambda d: d["claim"].update(zh=""), "claim zh is empty"),
        (lambda d: d["claim"].update(en="x" * 1001), "claim en is longer than 1000"),
        (lambda d: d.update(status="live"), "status 'live'"),
        (lambda d: d.update(counterpoints=[]), "at least one counterpoint"),
        (lambda d: d["counterpoints"][0].pop("zh"), "counterpoint 1 zh is empty"),
        (lambda d: d["counterpoints"][0].update(sources=[]), "counterpoint 1 has no source"),
        (lambda d: d["counterpoints"][0]["sources"][0].update(url="javascript:alert(1)"),
         "url must start with http"),
        (lambda d: d["counterpoints"][0]["sources"][0].update(date="1 May 2001"),
         "is not YYYY-MM-DD"),
        (lambda d: d["counterpoints"][0]["sources"][0].update(by="me"),
         "unknown key 'by' in counterpoint 1 source 1"),
        (lambda d: d["phrasings"][0].update(lang="fr"), "phrasing 1 lang must be en or zh"),
    ],
)
def test_invalid_entry_is_refused_naming_id_and_reason(change: Any, reason: str) -> None:
    data = entry()
    change(data)
    with pytest.raises(RebuttalFormatError) as info:
        parse_rebuttals([entry(id="fine-entry"), data])
    message = str(info.value)
    assert reason in message and "\n" not in message
    assert ("'sample-claim'" in message) or ("Bad Id" in message)


def test_entry_without_id_is_named_by_index_and_duplicates_refused() -> None:
    no_id = entry()
    del no_id["id"]
    with pytest.raises(RebuttalFormatError, match="#2"):
        parse_rebuttals([entry(id="first-one"), no_id])
    with pytest.raises(RebuttalFormatError, match="duplicate id"):
        parse_rebuttals([entry(), copy.deepcopy(entry())])
    with pytest.raises(RebuttalFormatError, match="not valid"):
        loads("- id: [unclosed")
    with pytest.raises(RebuttalFormatError, match="expected a list"):
        parse_rebuttals("just text")


def test_unquoted_yaml_dates_and_defaults() -> None:
    text = ("- id: dated-one\n  claim: {en: a, zh: 乙}\n  counterpoints:\n"
            "    - {en: b, zh: 丙, sources: [{title: t, url: 'https://x.org', date: 2001-09-01}]}\n")
    (r,) = loads(text)
    assert r.counterpoints[0].sources[0].date == "2001-09-01"
    assert (r.status, r.rating, r.speaker) == (RebuttalStatus.DRAFT, "Missing context", "Elon Musk")


def test_an_unquoted_false_rating_is_the_rating_false() -> None:
    # `rating: False` is how an admin writes the fact-check rating; YAML reads a boolean
    text = ("- id: rated-false\n  rating: False\n  claim: {en: a, zh: 乙}\n  counterpoints:\n"
            "    - {en: b, zh: 丙, sources: [{title: t, url: 'https://x.org'}]}\n")
    (r,) = loads(text)
    assert r.rating == "False"
    assert loads(dumps_yaml([r])) == [r]  # written back quoted, read back the same
    with pytest.raises(RebuttalFormatError, match="rating must be text"):
        loads(text.replace("rating: False", "rating: [False]"))


def test_slugify_makes_valid_ids() -> None:
    assert slugify("China does whatever Musk suggests!") == "china-does-whatever-musk-suggests"
    assert re.match(r"^[a-z0-9][a-z0-9-]{2,79}$", slugify("中国" + " word" * 40))
    assert re.match(r"^[a-z0-9][a-z0-9-]{2,79}$", slugify("中国"))


def test_yaml_aliases_and_tags_are_refused() -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nrebuttals: [*b,*b]\n'
    with pytest.raises(RebuttalFormatError, match="aliases"):
        loads(bomb)
    with pytest.raises(RebuttalFormatError, match="not valid"):
        loads("- !!python/object/apply:os.system ['true']")
