"""Formatting posts as Telegram HTML, with hostile feed text."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from adapters.telegram_bot.formatting import (
    MAX_TEXT,
    link,
    render_alert,
    render_post,
    render_review,
    visible_length,
)
from tests.fakes.telegram_api import parse_html
from tracker.chat.text import clean, safe_url
from tracker.model import (
    Counterpoint,
    Post,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    Source,
    Statement,
    StatementSource,
)


def statement(text: str = "China is the future", url: str = "https://news.example/a",
              speaker: str = "Elon Musk", title: str = "Musk on China") -> Statement:
    return Statement(
        id=7, text=text, speaker=speaker, watch="musk-china", language="en", confidence=0.9,
        item_id=1, start=0, end=len(text), context="", source_url=url,
        published_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC),
        sources=(StatementSource(item_id=1, url=url, title=title),),
    )


def rebuttal(n: int, text: str = "Evidence says otherwise.", zh: str = "证据表明并非如此。",
             url: str = "https://facts.example/r") -> Rebuttal:
    cp = Counterpoint(text_en=text, text_zh=zh, sources=(Source(f"Report {n}", url),))
    return Rebuttal(id=f"r{n}", claim_en=f"Claim {n}", claim_zh=f"说法 {n}", counterpoints=(cp,))


def check(html_text: str) -> str:
    """The text parses as Telegram HTML and fits the limit; returns the visible text."""
    visible = parse_html(html_text)
    assert len(visible) <= MAX_TEXT
    assert visible_length(html_text) <= MAX_TEXT
    return visible


def test_post_has_quote_speaker_date_source_and_counterpoints() -> None:
    post = Post(statement(), (rebuttal(1), rebuttal(2)), extra_sources=2)
    text = render_post(post)
    assert "<blockquote>China is the future</blockquote>" in text
    assert "<b>Elon Musk</b> · 2026-11-27" in text
    assert '<a href="https://news.example/a">Musk on China</a>' in text
    assert "(+2 more sources)" in text
    assert "<b>Counterpoints</b>" in text and "Claim 2" in text
    assert '<a href="https://facts.example/r">Report 1</a>' in text
    check(text)


def test_at_most_three_counterpoints() -> None:
    text = render_post(Post(statement(), tuple(rebuttal(n) for n in range(1, 6))))
    assert "Claim 3" in text and "Claim 4" not in text


def test_chinese_post_uses_chinese_labels_and_falls_back_to_english() -> None:
    rb = rebuttal(1, zh="")
    text = render_post(Post(statement(), (rb,), language="zh", extra_sources=1))
    assert "反驳要点" in text and "来源" in text and "说法 1" in text
    assert "Evidence says otherwise." in text  # no Chinese text: the English one


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>", "<b>unbalanced", "</blockquote></b>", "a & b < c > d",
    "&lt;already escaped&gt;", '"><a href="javascript:x">click</a>', "\x00\x07nul\x1b[31m",
])
def test_hostile_feed_text_is_escaped_everywhere(hostile: str) -> None:
    post = Post(statement(text=hostile, speaker=hostile, title=hostile),
                (rebuttal(1, text=hostile, zh=hostile),))
    text = render_post(post)
    visible = check(text)
    assert "<script>" not in text and "javascript:" not in text.split("href")[0]
    assert clean(hostile).replace("\x1b", "")[:5] in visible or "\x00" in hostile


def test_ten_thousand_character_quote_is_cut_to_fit_outside_tags() -> None:
    long = ("China " * 2000) + "<b>&amp;"
    text = render_post(Post(statement(text=long), (rebuttal(1, text="x " * 3000),)))
    visible = check(text)
    assert "…" in visible
    assert text.count("<blockquote>") == text.count("</blockquote>") == 1
    assert "Claim 1" in visible  # the counterpoint survives, shortened first


def test_counterpoints_are_shortened_before_the_quote() -> None:
    quote = "q" * 1500
    rbs = tuple(rebuttal(n, text="w " * 1500) for n in (1, 2, 3))
    text = render_post(Post(statement(text=quote), rbs))
    check(text)
    assert quote in text  # the quote is whole; the counterpoints gave way


def test_emoji_and_rtl_text_survive_but_bidi_overrides_do_not() -> None:
    hostile = "🚀🇨🇳 مرحبا بالعالم \u202egnp.exe"
    text = render_post(Post(statement(text=hostile * 400), ()))
    visible = check(text)
    assert "🚀🇨🇳" in visible and "مرحبا" in visible and "\u202e" not in visible


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "data:text/html,x", "ftp://x.org/a", "https://", "http://a b.c/",
    "vbscript:x",
])
def test_only_http_links_are_rendered(url: str) -> None:
    assert safe_url(url) is None
    assert "<a" not in link("title", url)
    text = render_post(Post(statement(url=url), (rebuttal(1, url=url),)))
    assert "<a " not in text
    check(text)


def test_a_url_with_quotes_is_escaped_inside_href() -> None:
    rendered = link("t", 'https://x.org/?q="><script>')
    assert rendered.startswith('<a href="https://x.org/?q=&quot;&gt;&lt;script&gt;">')
    check(rendered)


def test_review_and_alert_are_valid_html() -> None:
    review = render_review(statement("<i>x"), [ScoredRebuttal("r<1>", 0.61)], "low <score>")
    assert "r&lt;1&gt;" in check(review) or "r<1>" in check(review)
    assert "<i>x" not in review
    assert check(render_alert("feed <b> failing " + "z" * 5000)).startswith("⚠️ feed <b>")


@pytest.mark.parametrize(("text", "shown"), [
    ("⚠️ Feed failing: Wire (HTTP 503)", "⚠️ Feed failing: Wire (HTTP 503)"),
    ("✅ Feed recovered: Wire", "✅ Feed recovered: Wire"),
    ("stage crashed", "⚠️ stage crashed"),
])
def test_an_alert_starts_with_one_sign(text: str, shown: str) -> None:
    assert check(render_alert(text)) == shown


def test_the_review_message_names_the_statement_number_attach_takes() -> None:
    review = check(render_review(statement(), [ScoredRebuttal("r1", 0.61)], "suggest"))
    assert review.startswith("Held for review · statement #7: suggest")
    assert "/attach 7 REBUTTAL_ID" in review
    assert "言论 #7" in check(render_review(statement(), [], "suggest", "zh"))


def test_a_retired_counterpoint_stays_in_place_struck_and_marked() -> None:
    retired = dataclasses.replace(rebuttal(1, "Wrong figure."), status=RebuttalStatus.RETIRED)
    text = render_post(Post(statement(), (retired, rebuttal(2))))
    visible = check(text)
    assert "1. <s>Claim 1</s> (withdrawn by the editors)" in text
    assert "Wrong figure." not in visible and "2. Claim 2" in visible
    zh = check(render_post(Post(statement(), (retired,), language="zh")))
    assert "编辑已撤回此条" in zh


def test_a_post_links_to_its_public_page_only_when_given_one() -> None:
    url = "https://tracker.example/s/7"
    post = Post(statement(text="China <b>rocks</b> & more"), (rebuttal(1),), extra_sources=1)
    linked = render_post(post, context_url=url)
    assert f'(+1 more sources) · <a href="{url}">Full context</a>' in linked
    assert "China &lt;b&gt;rocks&lt;/b&gt; &amp; more" in linked
    assert "tracker.example" not in render_post(post)
    zh = render_post(dataclasses.replace(post, language="zh"), context_url=url)
    assert f'<a href="{url}">完整背景</a>' in zh
    long = Post(statement(text="word " * 2000), (rebuttal(1, text="x " * 3000),))
    assert f'<a href="{url}">Full context</a>' in check(render_post(long, context_url=url)) or \
        f'href="{url}"' in render_post(long, context_url=url)
    assert "javascript" not in render_post(post, context_url="javascript:alert(1)")
