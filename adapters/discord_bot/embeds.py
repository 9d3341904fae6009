"""Pure Discord formatting of posts, reviews and alerts: embeds within Discord's limits.

Feed and curator text is plain text until the last step: it is cleaned and shortened
(``tracker.chat.text``: at a word boundary, never through a URL) and only then escaped
for Discord markdown, mentions included, so a cut never lands inside an escape or a
link. Links are built here from checked http(s) URLs and are dropped whole, never cut.
No I/O; ``discord.Embed`` is only a data object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord
from discord.utils import escape_markdown, escape_mentions

from tracker.chat import texts
from tracker.chat.text import clean, safe_url, shorten
from tracker.model import Post, Rebuttal, RebuttalStatus, ScoredRebuttal, Statement
from tracker.posting.labels import pick

# Discord's limits (characters)
MAX_CONTENT = 2000
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_TOTAL = 6000  # every title, description, field, footer and author of a message together
COLOUR = discord.Colour(0x3B82F6)
REVIEW_COLOUR = discord.Colour(0xF59E0B)
# The review embed leaves room for the outcome field added when an admin decides.
REVIEW_TOTAL = MAX_TOTAL - MAX_FIELD_NAME - MAX_FIELD_VALUE

_BRACKETS = str.maketrans("[]", "()")
# "<@123>", "<@&5>", "<#7>", "<t:1:R>", "</cmd:1>", "<:emoji:1>": shown raw, never as mentions
_ANGLE = re.compile(r"<(?=[@#:/]|a:|t:)")
# Shortening steps for a post, tried in order until it fits: counterpoints first, and a
# long quote down to QUOTE_KEPT. (quote characters, counterpoint characters, sources per
# counterpoint, counterpoints per rebuttal)
QUOTE_KEPT = 1500
_LEVELS: tuple[tuple[int, int | None, int, int], ...] = (
    (MAX_DESCRIPTION, None, 3, 2), (QUOTE_KEPT, 600, 3, 2), (QUOTE_KEPT, 300, 2, 1),
    (QUOTE_KEPT, 160, 1, 1), (QUOTE_KEPT, 100, 1, 1), (QUOTE_KEPT, 80, 0, 1),
)


def _escape(text: str) -> str:
    # escape_markdown's masked-link pattern (\[.+\]\(.+\)) is greedy: with two links on a
    # line it takes everything between them as one match and escapes only its first
    # character, leaving the rest (the second link included) live. So it never sees a
    # "[": each becomes "\[" afterwards. The NUL stand-in cannot occur: clean() drops it.
    escaped = escape_markdown(text.replace("[", "\0")).replace("\0", "\\[")
    return _ANGLE.sub(r"\\<", escape_mentions(escaped))


def md(text: str, limit: int = MAX_DESCRIPTION) -> str:
    """Untrusted text as Discord markdown of at most ``limit`` characters.

    Shortened as plain text first, then escaped; while the escapes push it over the
    limit, the plain text is shortened further (an escape is never cut in half).
    """
    plain, budget = clean(text), limit
    while True:
        out = _escape(shorten(plain, budget))
        if len(out) <= limit:
            return out
        budget -= len(out) - limit


def one_line(text: str, limit: int) -> str:
    """Like :func:`md`, with the text's whitespace (newlines included) collapsed."""
    return md(" ".join(clean(text).split()), limit)


def plain(text: str, limit: int) -> str:
    """Text for where Discord renders no markdown (footer, author): cleaned, one line, short."""
    return shorten(" ".join(clean(text).split()), limit)


def link(title: str, url: str, limit: int = 80) -> str:
    """A markdown link ``[title](url)``, or the escaped title alone when the URL is unsafe."""
    href = safe_url(url)
    # Square brackets would end the label early: a title's become round ones.
    label = one_line(title.translate(_BRACKETS), limit)
    if href is None:
        return label
    for raw, quoted in (("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        href = href.replace(raw, quoted)
    if not label:
        label = one_line(href.split("://", 1)[-1].split("/", 1)[0], limit)
    return f"[{label}]({href})"


def fit_parts(parts: Sequence[str], limit: int, sep: str = "\n") -> str:
    """Join whole parts (links, lines) while they fit in ``limit``; the rest are dropped."""
    out = ""
    for part in parts:
        candidate = f"{out}{sep}{part}" if out else part
        if len(candidate) > limit:
            break
        out = candidate
    return out


def _with_tail(text: str, tail: str, limit: int, sep: str = "\n") -> str:
    """``text`` (untrusted, shortened to fit) followed by a ready-made ``tail``."""
    if not tail:
        return md(text, limit)
    body = md(text, limit - len(tail) - len(sep))
    return f"{body}{sep}{tail}" if body else tail


def _quote(text: str, limit: int) -> str:
    return "> " + one_line(text, max(limit - 2, 1))


def _source_line(statement: Statement, labels: dict[str, str], extra: int,
                 context_url: str | None) -> str:
    title = statement.sources[0].title if statement.sources else ""
    line = f"{labels.get('sources', 'Sources')}: {link(title or statement.source_url, statement.source_url, 200)}"
    if extra > 0:
        line += f" (+{extra} {labels.get('more_sources', 'more sources')})"
    if context_url and safe_url(context_url):  # the statement's public page on the web console
        line += f" · {link(labels.get('context', 'Full context'), context_url, 40)}"
    return line


def _title(statement: Statement) -> str:
    date = statement.published_at.date().isoformat() if statement.published_at else ""
    return one_line(f"{statement.speaker} · {date}" if date else statement.speaker, MAX_TITLE)


def _rebuttal_field(n: int, rb: Rebuttal, post: Post, cp_limit: int | None, n_src: int,
                    n_cp: int) -> tuple[str, str]:
    claim = pick(rb.claim_en, rb.claim_zh, post.language)
    if rb.status == RebuttalStatus.RETIRED:  # kept in place (readers voted by number), struck
        name = f"{n}. ~~{one_line(claim, MAX_FIELD_NAME - 10)}~~"
        return name, f"({post.labels.get('withdrawn', 'withdrawn by the editors')})"
    name = f"{n}. {one_line(claim, MAX_FIELD_NAME - 4)}"
    per_point = (MAX_FIELD_VALUE - n_cp + 1) // max(n_cp, 1)
    values = []
    for cp in rb.counterpoints[:n_cp]:
        links = fit_parts([link(s.title, s.url) for s in cp.sources[:n_src]], per_point // 2, " · ")
        text = pick(cp.text_en, cp.text_zh, post.language)
        limit = min(per_point, len(links) + 3 + cp_limit) if cp_limit else per_point
        values.append(_with_tail(text, links, limit, " — "))
    value = "\n".join(v for v in values if v)
    return name, value or one_line(post.labels.get("no_counterpoint", "—"), 100) or "—"


def _post_embed(post: Post, quote_limit: int, cp_limit: int | None, n_src: int,
                n_cp: int, context_url: str | None) -> discord.Embed:
    st = post.statement
    source = _source_line(st, post.labels, post.extra_sources, context_url)
    quote = _quote(st.text, min(quote_limit, MAX_DESCRIPTION - len(source) - 2))
    embed = discord.Embed(title=_title(st), url=safe_url(st.source_url), colour=COLOUR,
                          description=f"{quote}\n\n{source}", timestamp=st.published_at)
    for n, rb in enumerate(post.rebuttals[:MAX_FIELDS], 1):
        name, value = _rebuttal_field(n, rb, post, cp_limit, n_src, n_cp)
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=plain(st.watch, 100))
    return embed


def post_embed(post: Post, total: int = MAX_TOTAL, *,
               context_url: str | None = None) -> discord.Embed:
    """A statement with its counterpoints as one embed of at most ``total`` characters.

    ``context_url``: the statement's public page, linked as "Full context" after its source.
    """
    embed = discord.Embed()
    for quote_limit, cp_limit, n_src, n_cp in _LEVELS:
        embed = _post_embed(post, quote_limit, cp_limit, n_src, n_cp, context_url)
        if len(embed) <= total:
            return embed
    # Counterpoints are as short as they go: the quote gets what is left.
    quote_limit = QUOTE_KEPT
    while len(embed) > total and quote_limit > 20:
        quote_limit = max(quote_limit - (len(embed) - total), 20)
        embed = _post_embed(post, quote_limit, 80, 0, 1, context_url)
    while len(embed) > total and embed.fields:  # more counterpoints than any post carries
        embed.remove_field(-1)
    return embed


def review_embed(statement: Statement, candidates: Sequence[ScoredRebuttal], reason: str,
                 language: str = "en") -> discord.Embed:
    """A statement held for review: the quote, why, the candidates and how to attach one."""
    words = texts.review_words(language)
    post = Post(statement=statement, rebuttals=(), language=language)
    embed = post_embed(post, total=REVIEW_TOTAL - 1500)
    embed.colour = REVIEW_COLOUR
    date = statement.published_at.date().isoformat() if statement.published_at else ""
    embed.set_author(name=plain(f"{statement.speaker} · {date}" if date else statement.speaker,
                                MAX_TITLE))
    embed.title = one_line(f"{words['review']} · {words['statement']} #{statement.id}", MAX_TITLE)
    embed.add_field(name=words["reason"], value=one_line(reason, 200) or "—", inline=False)
    if candidates:
        lines = [f"`{one_line(c.rebuttal_id, 80).replace('`', '')}` ({c.score:.2f})"
                 for c in candidates[:5]]
        embed.add_field(name=words["candidates"], value=fit_parts(lines, MAX_FIELD_VALUE),
                        inline=False)
    attach = f"/curate attach statement:{statement.id} rebuttal:ID"
    embed.add_field(name=words["attach"], value=f"`{attach}`", inline=False)
    return embed


def with_outcome(embed: discord.Embed, outcome: str, actor: str) -> discord.Embed:
    """The review embed with the admin's decision added (its buttons are removed)."""
    done = embed.copy()
    done.add_field(name="✔", value=_with_tail(" ".join(outcome.split()), one_line(actor, 100),
                                              MAX_FIELD_VALUE, " — "), inline=False)
    while len(done) > MAX_TOTAL and done.description:  # an old embed from another version
        done.description = done.description[: len(done.description) // 2]
    return done


def alert_content(text: str) -> str:
    """An operator alert as message content: escaped, shortened, behind one sign."""
    text = clean(text)
    if not text.startswith(("⚠", "✅", "❌")):
        text = "⚠️ " + text
    return md(text, MAX_CONTENT)
