"""The console's pure parts: charts, revision diffs, the editor form, words, signals."""

from __future__ import annotations

from xml.etree import ElementTree

from starlette.datastructures import FormData

from adapters.charts import svg as charts
from adapters.web import diff
from adapters.web.forms import RebuttalForm, rebuttal_form
from adapters.web.i18n import WORDS, choose, translate
from adapters.web.signals import shared_terms
from tracker.model import Rebuttal
from tracker.rebuttals.format import load_seed

SVG = "{http://www.w3.org/2000/svg}"


def test_charts_are_valid_svg_with_escaped_labels() -> None:
    evil = '<script>alert(1)</script>&"'
    drawn = [
        charts.stacked_columns("weeks", [("2026-11-23", {"match": 3, "none": 1})],
                               [("match", evil), ("none", "none")]),
        charts.bars(evil, [(evil, 5), ("b", 0)]),
        charts.diverging("votes", [(evil, 3, 1)], "up", "down"),
        charts.lines("errors", [("2026-11-01", 1, 4), ("2026-11-02", 0, 4)], "failed", "polls"),
        charts.stacked_columns("empty", [], [("match", "match")]),
        charts.lines("empty", [], "a", "b"), charts.bars("empty", []),
        charts.diverging("empty", [], "up", "down"),
    ]
    for svg in drawn:
        root = ElementTree.fromstring(svg)  # well-formed, so nothing broke out of a label
        assert root.tag == f"{SVG}svg" and "viewBox" in root.attrib
        assert root.find(f".//{SVG}script") is None
    assert drawn[1].count("&lt;script&gt;") == 3  # aria-label, title, bar label


def test_stacked_columns_scale_to_a_round_maximum() -> None:
    svg = charts.stacked_columns("t", [("2026-11-23", {"match": 7})], [("match", "m")])
    assert ">10</text>" in svg and "<title>2026-11-23 · m: 7</title>" in svg


def test_a_revision_diff_marks_only_what_changed() -> None:
    old = {"id": "x", "claim": {"en": "Old claim", "zh": "旧"}, "tags": ["a"], "version": 1}
    new = {"id": "x", "claim": {"en": "New claim", "zh": "旧"}, "tags": ["a"], "version": 2}
    lines = diff.diff(old, new)
    assert [(d.sign, d.text.strip()) for d in lines if d.sign in "+-"] == [
        ("-", "en: Old claim"), ("+", "en: New claim")]
    assert diff.diff(old, {**old, "version": 5}) == []  # bookkeeping is not a change


def test_the_editor_form_round_trips_and_drops_blank_rows() -> None:
    seed = load_seed()[0]
    form = RebuttalForm.of(seed).with_blanks()
    fields: list[tuple[str, str]] = [("claim_en", form.claim_en), ("claim_zh", form.claim_zh),
                                     ("tags", form.tags), ("status", form.status),
                                     ("version", "3"), ("rating", form.rating)]
    for i, cp in enumerate(form.counterpoints):
        fields += [(f"cp-{i}-en", cp.en), (f"cp-{i}-zh", cp.zh)]
        for j, (title, url, date) in enumerate(cp.sources):
            fields += [(f"cp-{i}-src-{j}-title", title), (f"cp-{i}-src-{j}-url", url),
                       (f"cp-{i}-src-{j}-date", date)]
    fields.append(("cp-99-src-0-url", ""))  # a blank row the browser sent
    back = rebuttal_form(FormData(fields), seed.id)
    rebuttal = back.to_rebuttal()
    assert back.version == 3
    assert rebuttal.counterpoints == seed.counterpoints
    assert (rebuttal.claim_en, rebuttal.tags) == (seed.claim_en, seed.tags)


def test_every_word_exists_in_both_languages() -> None:
    assert all(en.strip() and zh.strip() for en, zh in WORDS.values())
    assert translate("review", "zh") == "审核" and translate("no-such-key", "zh") == "no-such-key"
    assert choose(None, "zh-CN,zh;q=0.9") == "zh" and choose("en", "zh-CN") == "en"
    assert choose("xx", None) == "en"


def test_signals_name_the_terms_a_statement_shares_with_a_rebuttal() -> None:
    rebuttal = Rebuttal("r", "China builds more power plants", "中国建设更多发电厂", ())
    assert shared_terms("Musk: China has more power than America", rebuttal)[:2] == [
        "china", "power"]
    assert "发电" in shared_terms("马斯克称中国发电量是美国的三倍", rebuttal)
