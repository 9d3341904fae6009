"""Discord embeds from hostile feed text: escaped, pinging nobody, within every limit."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import discord
import pytest

from adapters.discord_bot import embeds, replies
from adapters.discord_bot.embeds import (
    MAX_CONTENT,
    MAX_DESCRIPTION,
    MAX_FIELD_NAME,
    MAX_FIELD_VALUE,
    MAX_FIELDS,
    MAX_TITLE,
    MAX_TOTAL,
)
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
from tracker.posting.labels import labels

# A markdown link whose label is escaped text and whose target is a whole URL.
LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\\\]])*)\]\((https?://[^)\s]+)\)")
UNESCAPED_ANGLE = re.compile(r"(?<!\\)<[@#]")  # a mention Discord would render
HOSTILE = ("@everyone @here <@123> <@&456> <#789> **bold** __under__ *it* `code` ~~gone~~ "
           "||spoiler|| [click](https://evil.example/phish) # not a heading > not a quote")


def statement(text: str = "China will win", speaker: str = "Elon Musk",
              url: str = "https://news.example/a", sources: int = 1) -> Statement:
    reports = tuple(StatementSource(i, f"https://news{i}.example/a", f"Outlet {i} report")
                    for i in range(sources))
    return Statement(id=42, text=text, speaker=speaker, watch="musk-china", language="en",
                     confidence=0.9, item_id=1, start=0, end=len(text), context="",
                     published_at=datetime(2026, 11, 29, tzinfo=UTC), source_url=url,
                     sources=reports)


def rebuttal(rid: str = "china-economy", claim: str = "China's economy will surpass the US",
             text: str = "Per-capita output is far lower.", sources: int = 1,
             status: RebuttalStatus = RebuttalStatus.PUBLISHED, points: int = 1) -> Rebuttal:
    refs = tuple(Source(f"Source {i} " + "title " * 10, f"https://src{i}.example/path_(x)_{i}")
                 for i in range(sources))
    cps = tuple(Counterpoint(text, "人均产出低得多。", refs) for _ in range(points))
    return Rebuttal(id=rid, claim_en=claim, claim_zh="中国经济将超过美国", counterpoints=cps,
                    status=status)


def post(st: Statement | None = None, rebuttals: tuple[Rebuttal, ...] | None = None,
         language: str = "en", extra: int = 0) -> Post:
    return Post(statement=st or statement(), rebuttals=(rebuttal(),) if rebuttals is None
                else rebuttals, language=language, extra_sources=extra, labels=labels(language))


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= MAX_TOTAL
    assert len(embed.title or "") <= MAX_TITLE and len(embed.description or "") <= MAX_DESCRIPTION
    assert len(embed.fields) <= MAX_FIELDS
    for field in embed.fields:
        assert 0 < len(field.name or "") <= MAX_FIELD_NAME
        assert 0 < len(field.value or "") <= MAX_FIELD_VALUE


def visible(embed: discord.Embed) -> str:
    return "\n".join([embed.title or "", embed.description or "",
                      *(f"{f.name}\n{f.value}" for f in embed.fields)])


def test_feed_markdown_and_mentions_are_shown_as_text() -> None:
    embed = embeds.post_embed(post(statement(HOSTILE)))
    description = embed.description or ""
    for raw in ("**bold**", "__under__", "`code`", "~~gone~~", "||spoiler||", "@everyone",
                "@here"):
        assert raw not in description, raw
    assert not UNESCAPED_ANGLE.search(description)
    assert "\\*\\*bold\\*\\*" in description and "\\<@123>" in description
    assert "@\u200beveryone" in description
    assert "\\[click](https://evil.example/phish)" in description  # no masked link
    assert not [m for m in LINK.finditer(description) if "evil" in m.group(2)]


def test_a_post_shows_the_quote_its_source_and_counterpoints_with_links() -> None:
    embed = embeds.post_embed(post(extra=2))
    assert embed.title == "Elon Musk · 2026-11-29" and embed.url == "https://news.example/a"
    assert (embed.description or "").startswith("> China will win")
    assert "[Outlet 0 report](https://news.example/a) (+2 more sources)" in (embed.description
                                                                           or "")
    [field] = embed.fields
    assert field.name == "1. China's economy will surpass the US"
    assert (field.value or "").startswith("Per-capita output is far lower. — [Source 0")
    assert "(https://src0.example/path_%28x%29_0)" in (field.value or "")  # parentheses quoted
    assert embed.footer.text == "musk-china" and embed.timestamp is not None


def test_chinese_posts_fall_back_to_english_text() -> None:
    rb = Rebuttal(id="x", claim_en="English claim", claim_zh="",
                  counterpoints=(Counterpoint("English point", "", ()),),
                  status=RebuttalStatus.PUBLISHED)
    embed = embeds.post_embed(post(rebuttals=(rb,), language="zh"))
    assert embed.fields[0].name == "1. English claim" and embed.fields[0].value == "English point"
    assert "来源" in (embed.description or "")


def test_unsafe_urls_are_never_links() -> None:
    st = statement(url="javascript:alert(1)")
    embed = embeds.post_embed(post(st, rebuttals=()))
    assert embed.url is None and "](javascript" not in (embed.description or "")


def test_a_very_long_quote_is_cut_at_a_word_and_fits() -> None:
    quote = ("China will build " * 600) + "https://news.example/" + "x" * 80
    embed = embeds.post_embed(post(statement(quote)))
    within_limits(embed)
    description = embed.description or ""
    assert "…" in description and "https://news.example/x" not in description  # URL not split
    shown = description.split("\n")[0].removeprefix("> ").removesuffix("…")
    assert shown.endswith(("build", "will", "China"))


def test_many_sources_and_rebuttals_stay_within_every_limit() -> None:
    rbs = tuple(rebuttal(f"claim-{n}", "Claim " * 80, "Counterpoint text " * 200, sources=40,
                         points=3) for n in range(10))
    embed = embeds.post_embed(post(statement("Quote " * 900, "Speaker " * 100, sources=30),
                                   rbs, extra=29))
    within_limits(embed)
    assert [f.name.split(".")[0] for f in embed.fields] == [str(n) for n in range(1, 11)]
    for field in embed.fields:  # every link whole: a complete label and a complete URL
        value = field.value or ""
        assert value.count("](") == len(LINK.findall(value))


def test_more_rebuttals_than_fields_still_fit() -> None:
    rbs = tuple(rebuttal(f"c{n}", "Claim " * 80, "Point " * 300, sources=3) for n in range(30))
    embed = embeds.post_embed(post(statement("Quote " * 900), rbs))
    within_limits(embed)
    assert embed.fields and embed.fields[0].name.startswith("1. Claim")


@pytest.mark.parametrize("size", [0, 1, 500, 1500, 3000, 4000, 5000, 9000])
def test_every_quote_length_fits(size: int) -> None:
    rbs = (rebuttal(text="p " * 900, sources=5, points=2), rebuttal("b", text="q " * 900))
    within_limits(embeds.post_embed(post(statement("w" * size + " end"), rbs)))


def test_retired_counterpoints_stay_struck_in_place() -> None:
    embed = embeds.post_embed(post(rebuttals=(rebuttal(status=RebuttalStatus.RETIRED),
                                              rebuttal("b"))))
    assert embed.fields[0].name.startswith("1. ~~") and "withdrawn" in (embed.fields[0].value or "")
    assert embed.fields[1].name.startswith("2. ")


def test_a_review_embed_leaves_room_for_the_outcome() -> None:
    candidates = [ScoredRebuttal("c" * 200 + str(n), 0.5) for n in range(10)]
    review = embeds.review_embed(statement("Quote " * 1000), candidates, "suggest " * 100)
    within_limits(review)
    assert "#42" in (review.title or "") and "/curate attach statement:42" in visible(review)
    done = embeds.with_outcome(review, "Statement 42 ignored. " * 100, "discord:7")
    within_limits(done)
    assert "discord:7" in (done.fields[-1].value or "")


def test_alerts_are_escaped_and_short() -> None:
    alert = embeds.alert_content("Feed failing: @everyone **x** " + "y" * 3000)
    assert len(alert) <= MAX_CONTENT and alert.startswith("⚠️ Feed failing: @\u200beveryone \\*\\*")
    assert embeds.alert_content("✅ recovered") == "✅ recovered"


def test_md_never_leaves_half_an_escape() -> None:
    for limit in range(1, 40):
        out = embeds.md("*" * 100, limit)
        assert len(out) <= limit and not out.rstrip("…").endswith("\\")


def test_command_answers_fit() -> None:
    statements = [statement(HOSTILE + " long" * 2000) for _ in range(10)]
    within_limits(replies.latest_embed(statements))
    big = rebuttal(text="t " * 3000, sources=50, points=10)
    shown = replies.rebuttal_embed(big)
    within_limits(shown)
    assert (shown.title or "").startswith("china-economy \\[published]")  # "\\[" shows "["
    found = replies.search_embed([(rebuttal(f"id-{n}", HOSTILE * 3), 0.5) for n in range(50)], "en")
    within_limits(found)
    assert not UNESCAPED_ANGLE.search(found.description or "")
    votes = [(n, "r" * 200, n, n) for n in range(40)]
    within_limits(replies.stats_embed({"statements": {"posted": 3}, "deliveries": {},
                                       "feeds": {"FAILING": 0}}, votes))
    within_limits(replies.help_embed("help " * 2000))


def test_a_source_title_cannot_break_its_link() -> None:
    rb = Rebuttal(id="x", claim_en="Claim", claim_zh="", status=RebuttalStatus.PUBLISHED,
                  counterpoints=(Counterpoint("Point", "", (
                      Source("[IMF] data](https://evil.example) *x*", "https://imf.org/a b"),
                      Source("Good [2024]", "https://imf.org/weo")),),))
    value = embeds.post_embed(post(rebuttals=(rb,))).fields[0].value or ""
    assert "](https://evil.example" not in value and "imf.org/a b" not in value
    assert [m.group(2) for m in LINK.finditer(value)] == ["https://imf.org/weo"]
    assert "[Good (2024)](https://imf.org/weo)" in value


CONTEXT = "https://tracker.example/s/42"


def test_a_post_links_to_its_public_page_only_when_given_one() -> None:
    linked = embeds.post_embed(post(extra=2), context_url=CONTEXT)
    description = linked.description or ""
    assert description.endswith(f"(+2 more sources) · [Full context]({CONTEXT})")
    assert "tracker.example" not in (embeds.post_embed(post()).description or "")
    zh = embeds.post_embed(post(language="zh"), context_url=CONTEXT).description or ""
    assert f"[完整背景]({CONTEXT})" in zh
    unsafe = embeds.post_embed(post(), context_url="javascript:alert(1)").description or ""
    assert "javascript" not in unsafe and "Full context" not in unsafe


def test_the_context_link_stays_whole_within_limits_beside_hostile_text() -> None:
    rbs = tuple(rebuttal(f"r{i}", "Claim " * 60, "Point " * 400, sources=5, points=2)
                for i in range(3))
    for quote in (HOSTILE * 40, "Quote " * 900):
        embed = embeds.post_embed(post(statement(quote, sources=30), rbs), context_url=CONTEXT)
        within_limits(embed)
        description = embed.description or ""
        assert f"[Full context]({CONTEXT})" in description
        assert not UNESCAPED_ANGLE.search(description) and "**bold**" not in description


def test_markdown_stays_escaped_between_two_links_on_a_line() -> None:
    # discord.py's escape_markdown alone leaves everything between the first "[" and the
    # last "](...)" of a line live, the second link included.
    shown = embeds.md(f"{HOSTILE} {HOSTILE}", MAX_DESCRIPTION)
    assert "**bold**" not in shown and "||spoiler||" not in shown
    assert shown.count("\\[click](https://evil.example/phish)") == 2
    assert not [m for m in LINK.finditer(shown) if "evil" in m.group(2)]
