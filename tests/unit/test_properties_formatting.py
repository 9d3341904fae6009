"""Property tests on every message formatter: Telegram HTML, Discord embeds, the console.

Whatever a feed, a rebuttal or an alert holds, each renders without raising: the
Telegram text parses as Telegram HTML within 4,096 characters, the Discord embed is
within every limit and pings nobody, the console's lines carry no control characters.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from adapters.console import format_post
from adapters.discord_bot.embeds import (
    MAX_CONTENT,
    MAX_DESCRIPTION,
    MAX_FIELD_NAME,
    MAX_FIELD_VALUE,
    MAX_FIELDS,
    MAX_TITLE,
    MAX_TOTAL,
    alert_content,
    post_embed,
    review_embed,
)
from adapters.telegram_bot.formatting import MAX_TEXT, render_alert, render_post, render_review
from tests.fakes.telegram_api import parse_html
from tests.unit.strategies import any_text, url
from tracker.model import (
    Counterpoint,
    Decision,
    Post,
    Rebuttal,
    RebuttalStatus,
    ScoredRebuttal,
    Source,
    Statement,
    StatementSource,
)
from tracker.posting.labels import labels

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINK_TARGET = re.compile(r"\]\(<?https?://[^\s)>]*>?\)")


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    text = draw(any_text)
    sources = tuple(StatementSource(i, draw(url), draw(any_text), outlet=draw(any_text))
                    for i in range(draw(st.integers(0, 4))))
    return Statement(id=draw(st.integers(1, 10**9)), text=text, speaker=draw(any_text),
                     watch="musk-china", language=draw(st.sampled_from(["en", "zh", "x"])),
                     confidence=0.9, item_id=1, start=0, end=len(text), context=draw(any_text),
                     published_at=draw(st.none() | st.just(datetime(2026, 11, 30, tzinfo=UTC))),
                     source_url=draw(url), sources=sources)


@st.composite
def rebuttals(draw: st.DrawFn) -> Rebuttal:
    points = tuple(
        Counterpoint(draw(any_text), draw(any_text),
                     tuple(Source(draw(any_text), draw(url)) for _ in range(draw(st.integers(0, 3)))))
        for _ in range(draw(st.integers(0, 3))))
    return Rebuttal(id=draw(any_text), claim_en=draw(any_text), claim_zh=draw(any_text),
                    counterpoints=points,
                    status=draw(st.sampled_from([RebuttalStatus.PUBLISHED,
                                                 RebuttalStatus.RETIRED])))


@st.composite
def posts(draw: st.DrawFn) -> Post:
    language = draw(st.sampled_from(["en", "zh"]))
    return Post(statement=draw(statements()), rebuttals=tuple(draw(st.lists(rebuttals(),
                                                                            max_size=3))),
                language=language, extra_sources=draw(st.integers(0, 50)),
                labels=labels(language))


candidates = st.lists(st.builds(ScoredRebuttal, any_text, st.floats(0, 1),
                                st.sampled_from(list(Decision))), max_size=5)


def _telegram_ok(html_text: str) -> None:
    visible = parse_html(html_text)  # raises Unparsable where Telegram would refuse it
    assert len(visible) <= MAX_TEXT


def _discord_ok(embed: object) -> None:
    import discord

    assert isinstance(embed, discord.Embed)
    assert len(embed) <= MAX_TOTAL
    assert len(embed.title or "") <= MAX_TITLE
    assert len(embed.description or "") <= MAX_DESCRIPTION
    assert len(embed.fields) <= MAX_FIELDS
    for field in embed.fields:
        assert 0 < len(field.name or "") <= MAX_FIELD_NAME
        assert 0 < len(field.value or "") <= MAX_FIELD_VALUE
    shown = " ".join([embed.title or "", embed.description or "",
                      *(f"{f.name} {f.value}" for f in embed.fields)])
    # A link's target is not shown text (and the notifier allows no mentions at all).
    shown = _LINK_TARGET.sub("]", shown)
    assert "@everyone" not in shown and "@here" not in shown


@given(posts())
def test_a_post_renders_as_valid_telegram_html_within_the_limit(post: Post) -> None:
    _telegram_ok(render_post(post))


@given(statements(), candidates, any_text, st.sampled_from(["en", "zh"]))
def test_a_review_renders_as_valid_telegram_html(statement: Statement,
                                                 scored: list[ScoredRebuttal], reason: str,
                                                 language: str) -> None:
    _telegram_ok(render_review(statement, scored, reason, language))


@given(any_text)
def test_an_alert_renders_as_valid_telegram_html(text: str) -> None:
    _telegram_ok(render_alert(text))


@given(posts())
def test_a_post_is_a_discord_embed_within_every_limit(post: Post) -> None:
    _discord_ok(post_embed(post))


@given(statements(), candidates, any_text, st.sampled_from(["en", "zh"]))
def test_a_review_is_a_discord_embed_within_every_limit(statement: Statement,
                                                        scored: list[ScoredRebuttal],
                                                        reason: str, language: str) -> None:
    _discord_ok(review_embed(statement, scored, reason, language))


@given(any_text)
def test_a_discord_alert_fits_and_pings_nobody(text: str) -> None:
    content = alert_content(text)
    assert len(content) <= MAX_CONTENT
    assert "@everyone" not in content and "@here" not in content


@given(posts())
def test_a_console_post_has_no_control_characters(post: Post) -> None:
    assert not _CONTROL.search(format_post(post))
