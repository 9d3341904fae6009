"""Fixes from blind batch W (measured once as written, development data since): sentences
written for these tests, not W's.

* a transcript line's time ("(00:42:18) Well, ...") is no word of his: candidates start after it;
* an aggregator's list of titles in an item's body loses each title's " - Publisher" tail, as
  the item's own title does;
* the same words twice in one item (a title repeated in the body) are one statement;
* "他们" after a group of people that no topic word qualifies ("SpaceX的工程师") means them.
"""

from __future__ import annotations

import pytest

from tracker.config import Settings
from tracker.extract import Extractor
from tracker.extract.decide import RULE


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(Settings().watch_list(), model=RULE)


def test_a_transcript_lines_time_is_not_part_of_the_candidate(rules: Extractor) -> None:
    text = ("(00:10:02) So, Shanghai. How is the factory doing?\n"
            "(00:10:09) China's factory is our most efficient one by far.\n"
            "[01:02:03] And the Chinese suppliers are the fastest in the world.")
    spans = [doc.text[c.start:c.end] for doc, c, _ in rules.candidates(text, None, ("Elon Musk",))]
    assert "China's factory is our most efficient one by far" in spans
    assert any(s.startswith("And the Chinese suppliers") for s in spans)
    assert not any(s[:1] in "([0123456789" for s in spans)


def test_aggregator_titles_in_the_body_lose_their_outlet_and_repeat_once() -> None:
    extractor = Extractor(Settings().watch_list())
    title = "Elon Musk says China will build the most cars by far - Reuters"
    body = "\n".join([title, "Tesla shares fall on delivery miss - CNBC",
                      "Musk says Chinese EV makers are the most competitive - Bloomberg"])
    found = [s.text for s in extractor.extract(f"{title}\n\n{body}", title=title)]
    assert not any(t.endswith(("Reuters", "Bloomberg")) for t in found)
    assert found.count("China will build the most cars by far") == 1
    assert "Chinese EV makers are the most competitive" in found


@pytest.mark.parametrize("body", [
    "Musk said on Friday that China would win. He added that the gap was huge - and growing",
    "Musk said the gap with China was huge - and growing"])
def test_a_dash_that_joins_a_clause_is_not_an_outlet(body: str) -> None:
    found = [s.text for s in Extractor(Settings().watch_list()).extract(f"Musk weighs in\n\n{body}")]
    assert any(t.endswith("huge - and growing") for t in found)


def test_a_group_of_people_nearer_than_the_topic_is_what_they_means(rules: Extractor) -> None:
    def topics(text: str) -> dict[str, str]:
        return {doc.text[c.start:c.end]: c.topic for doc, c, _ in rules.candidates(text)}

    other = ("马斯克谈中国\n\n中国外交部周四回应了相关问题。马斯克还转发了SpaceX的工程师用机械臂"
             "接住助推器的视频，写道：“他们是世界上最好的。”")
    assert topics(other)["他们是世界上最好的"] == ""
    chinese = "马斯克谈中国\n\n马斯克参观了比亚迪的工厂。“他们是世界上最好的，”他说。"
    assert topics(chinese)["他们是世界上最好的"] == "context"
