"""Pure Discord formatting of command answers: /latest, /search, /rebuttal, /stats, /feeds, /help.

The words come from ``tracker.chat.texts`` (the same as Telegram's); every piece of feed
or curator text goes through ``embeds.md`` and every embed stays within Discord's limits.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from adapters.discord_bot.embeds import (
    COLOUR,
    MAX_DESCRIPTION,
    MAX_FIELD_NAME,
    MAX_FIELD_VALUE,
    MAX_TITLE,
    MAX_TOTAL,
    fit_parts,
    link,
    md,
    one_line,
)
from tracker.chat import texts
from tracker.model import Feed, Rebuttal, Statement
from tracker.posting.labels import pick

# The admin commands as the help lists them (the public ones are the chat layer's).
ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("/curate add", "a new rebuttal (opens a form)"),
    ("/curate edit id", "change a rebuttal's text (a form filled with the current text)"),
    ("/curate retire id", "stop matching a rebuttal"),
    ("/curate attach statement rebuttal",
     "this rebuttal answers that statement (posts it if in review)"),
    ("/feeds list", "feeds and their health"),
    ("/feeds add url [kind]", "add a feed"),
    ("/stats", "statements, deliveries, failing feeds and readers' votes"),
    ("/subscribe [language], /unsubscribe", "this channel gets new posts, or stops (Manage Channels)"),
    ("/login", "a one-time link into the web console (its editors: web.admins)"),
)
MAX_CP_SOURCES = 5


def _code(text: str) -> str:
    """An id shown as inline code (backticks cannot occur inside)."""
    return f"`{one_line(text, 100).replace('`', '')}`"


def help_embed(text: str) -> discord.Embed:
    """The /help text (built from the watches by ``texts.help_text``)."""
    return discord.Embed(description=md(text, MAX_DESCRIPTION), colour=COLOUR)


def latest_embed(statements: Sequence[Statement]) -> discord.Embed:
    """/latest: each statement with speaker, date, the quote and its source."""
    lines = []
    for st in statements:
        date = st.published_at.date().isoformat() if st.published_at else ""
        lines.append(f"**{one_line(st.speaker, 100)}** {date}: «{one_line(st.text, 300)}» "
                     f"{link('source', st.source_url)}")
    return discord.Embed(description=fit_parts(lines, MAX_DESCRIPTION, "\n\n"), colour=COLOUR)


def search_embed(found: Sequence[tuple[Rebuttal, float]], language: str) -> discord.Embed:
    """/search: the rebuttals that answer the text, best first, with their scores."""
    lines = [f"{_code(rb.id)} ({score:.2f}) {one_line(pick(rb.claim_en, rb.claim_zh, language), 200)}"
             for rb, score in found]
    return discord.Embed(description=fit_parts(lines, MAX_DESCRIPTION), colour=COLOUR)


def rebuttal_embed(rb: Rebuttal, language: str = "en") -> discord.Embed:
    """/rebuttal: one rebuttal with its claims, counterpoints (as fields) and their sources."""
    other = "zh" if language != "zh" else "en"
    claims = [pick(rb.claim_en, rb.claim_zh, language), pick(rb.claim_en, rb.claim_zh, other)]
    description = "\n".join(md(c, 1500) for c in dict.fromkeys(claims) if c.strip())
    embed = discord.Embed(title=one_line(f"{rb.id} [{rb.status}]", MAX_TITLE),
                          description=description, colour=COLOUR)
    for n, cp in enumerate(rb.counterpoints[:10], 1):
        links = fit_parts([link(s.title, s.url) for s in cp.sources[:MAX_CP_SOURCES]], 400, " · ")
        text = md(pick(cp.text_en, cp.text_zh, language), MAX_FIELD_VALUE - len(links) - 1)
        value = f"{text}\n{links}" if links else text
        if len(embed) + len(value) + 10 > MAX_TOTAL:
            break
        embed.add_field(name=f"{n}.", value=value or "—", inline=False)
    return embed


def stats_embed(counts: dict[str, dict[str, int]],
                votes: Sequence[tuple[int, str, int, int]]) -> discord.Embed:
    """/stats: statements, deliveries and feeds by state, then readers' votes."""
    embed = discord.Embed(colour=COLOUR)
    for title, parts in texts.stats_sections(counts):
        embed.add_field(name=title, value=one_line(parts, MAX_FIELD_VALUE) or "none",
                        inline=False)
    if votes:
        lines = [one_line(texts.vote_line(*row), 200) for row in votes[:30]]
        embed.add_field(name=one_line(texts.VOTES_TITLE, MAX_FIELD_NAME),
                        value=fit_parts(lines, MAX_FIELD_VALUE), inline=False)
    else:
        embed.add_field(name=one_line(texts.VOTES_TITLE, MAX_FIELD_NAME), value=texts.NO_VOTES,
                        inline=False)
    return embed


def feeds_embed(feeds: Sequence[Feed]) -> discord.Embed:
    """/feeds list: every feed with its health (as many as fit)."""
    lines = [one_line(texts.feed_line(f), 300) for f in feeds]
    shown = fit_parts(lines, MAX_DESCRIPTION - 40)
    rest = len(lines) - (shown.count("\n") + 1 if shown else 0)
    if rest > 0:
        shown += f"\n… and {rest} more (tracker feeds list)"
    return discord.Embed(description=shown, colour=COLOUR)
