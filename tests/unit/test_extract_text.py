"""Normalisation, sentence splitting, grouping and the benchmark's metric."""

from __future__ import annotations

from benchmarks.extract import load_docs, overlaps, score
from tracker.extract.group import group_key, similar
from tracker.extract.normalise import language_of, normalise, t2s
from tracker.extract.sentences import quotes, sentences


def test_t2s_keeps_length_and_converts() -> None:
    text = "馬斯克說，中國市場很重要。Musk"
    out = t2s(text)
    assert out == "马斯克说，中国市场很重要。Musk"
    assert len(normalise(text)) == len(text)


def test_language_of() -> None:
    assert language_of("中国市场非常重要") == "zh"
    assert language_of("China is important") == "en"


def test_sentences_keep_multi_sentence_quotes_whole() -> None:
    text = '"China is big. BYD is fast," Musk said. Dr. Smith disagreed. 中国很强。他说。'
    spans = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert spans == ['"China is big. BYD is fast," Musk said.', "Dr. Smith disagreed.",
                     "中国很强。", "他说。"]


def test_sentences_split_after_a_quote_that_ends_a_sentence() -> None:
    text = 'The CEO said: "China is strong." Musk also spoke.'
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [
        'The CEO said: "China is strong."', "Musk also spoke."]


def test_quotes_in_all_marks() -> None:
    text = "“甲”「乙」『丙』\"丁\""
    assert [text[a:b] for a, b in quotes(text, 0, len(text))] == ["甲", "乙", "丙", "丁"]


def test_group_key_ignores_form_and_script() -> None:
    assert group_key("China is GREAT!") == group_key("china is great")
    assert group_key("中國很強") == group_key("中国很强。")
    assert group_key("China is great") != group_key("China is weak")


def test_similar_texts_group() -> None:
    assert similar("China will dominate the EV market within a decade",
                   "China will dominate the EV market in a decade")
    assert not similar("China will dominate the EV market", "Starship will reach orbit this year")


def test_benchmark_metric_on_a_tiny_case() -> None:
    assert overlaps((0, 10), (5, 15))  # covers exactly half of the gold span
    assert not overlaps((0, 4), (5, 15))
    p, r, f = score([([(0, 10), (20, 30)], ((0, 8),)), ([], ((0, 5),))])
    assert (p, r) == (0.5, 0.5) and f == 0.5


def test_labelled_set_loads() -> None:
    docs = load_docs()
    assert len(docs) >= 60
    assert sum(d.lang == "en" for d in docs) >= 25 and sum(d.lang == "zh" for d in docs) >= 25
    assert any(d.segments for d in docs) and any(not d.gold for d in docs)
