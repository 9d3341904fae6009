"""Hypothesis strategies for hostile input: feed text, markup, quotes, names, control bytes."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces that have broken parsers and formatters before: markup, quotes of every kind,
# the watched names and verbs (so the extractor's slow paths run), mentions, links,
# control and direction characters, long runs without punctuation.
PIECES = (
    "<", ">", "&", "&amp;", "&#0;", "<b>", "</b>", "<a href=\"", "</a>", "<![CDATA[", "]]>",
    '"', "'", "“", "”", "‘", "’", "「", "」", "『", "』", "«", "»",
    "Musk", "Elon Musk", "马斯克", "埃隆·马斯克", "he", "他", "said", "says", "told", "说", "表示",
    "China", "Chinese", "BYD", "中国", "比亚迪", " ", "\n", "\n\n", "\t", ".", "。", ",", "，",
    ":", "：", "?", "!", "—", "@everyone", "@here", "<@123>", "*", "_", "`", "```", "||", "~~",
    "https://example.org/a_(b)", "javascript:alert(1)", "http://", "#", "\x00", "\x1b[31m",
    "\u202e", "\u200b", "\ufeff", "\U0001f600", "WEBVTT", "-->", "00:00:01.000",
    "1\n00:00:01,000 --> 00:00:02,000", "Elon Musk:", "[00:01:02]", "(00:01:02)",
)

piece = st.sampled_from(PIECES)
words = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
hostile_text = st.lists(st.one_of(piece, words), max_size=60).map("".join)
any_text = st.one_of(hostile_text, st.text(st.characters(exclude_categories=("Cs",)),
                                            max_size=200))
any_bytes = st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8")))
url = st.one_of(st.just("https://news.example/a"), any_text,
                any_text.map(lambda t: "https://x.example/" + t))
