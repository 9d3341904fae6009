"""Pure Telegram HTML formatting of posts, reviews, alerts and command replies.

Every piece of feed or curator text is plain text here: control characters are
stripped and it is shortened (``tracker.chat.text``) *before* ``html.escape`` is
applied, so a cut can never land inside a tag, an entity or a link. Only
http(s) URLs become links. No I/O.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from tracker.chat import texts
from tracker.chat.text import clean, safe_url, shorten
from tracker.model import Post, Rebuttal, RebuttalStatus, ScoredRebuttal, Statement

MAX_TEXT = 4096
MAX_CAPTIONLESS = MAX_TEXT

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "counterpoints": "Counterpoints",
        "source": "Source",
        "more": "more sources",
        "context": "Full context",
        "no_counterpoint": "No counterpoint on file yet.",
        "review": "Held for review",
        "statement": "statement",
        "attach": "to answer it with a rebuttal",
        "candidates": "Top candidates",
        "withdrawn": "withdrawn by the editors",
    },
    "zh": {
        "counterpoints": "反驳要点",
        "source": "来源",
        "more": "个其他来源",
        "context": "完整背景",
        "no_counterpoint": "暂无反驳要点。",
        "review": "待审核",
        "statement": "言论",
        "attach": "用某条反驳回应它",
        "candidates": "候选反驳",
        "withdrawn": "编辑已撤回此条",
    },
}

_TAG = re.compile(r"<[^>]*>")
_ALERT_SIGNS = ("⚠", "✅", "❌")
# Shortening steps, tried in order until the text fits: counterpoints first.
_LEVELS: tuple[tuple[int | None, int, int], ...] = (
    # (counterpoint chars, sources per rebuttal, rebuttals)
    (None, 3, 3),
    (600, 3, 3),
    (300, 2, 3),
    (160, 1, 3),
    (100, 1, 2),
    (80, 0, 1),
)


def visible_length(html_text: str) -> int:
    """Length Telegram counts: the text after entity parsing, in UTF-16 units."""
    plain = html.unescape(_TAG.sub("", html_text))
    return len(plain.encode("utf-16-le")) // 2


def link(title: str, url: str) -> str:
    """Render an escaped link, or just the escaped title when the URL is unsafe."""
    text = html.escape(clean(title) or clean(url), quote=False)
    href = safe_url(url)
    if href is None:
        return text
    return f'<a href="{html.escape(href, quote=True)}">{text or html.escape(href)}</a>'


def _esc(text: str, limit: int | None = None) -> str:
    text = clean(text)
    if limit is not None:
        text = shorten(text, limit)
    return html.escape(text, quote=False)


def _pick(language: str, en: str, zh: str) -> str:
    """The text in ``language``, falling back to the other language."""
    first, second = (zh, en) if language == "zh" else (en, zh)
    return first if clean(first) else second


def _labels(post: Post) -> dict[str, str]:
    base = dict(LABELS.get(post.language, LABELS["en"]))
    base.update(post.labels)
    return base


def _header(st: Statement, labels: dict[str, str], extra: int, quote_limit: int | None,
            context_url: str | None) -> str:
    date = st.published_at.date().isoformat() if st.published_at else ""
    who = _esc(st.speaker, 200)
    head = f"<b>{who}</b>" + (f" · {date}" if date else "")
    quote = f"<blockquote>{_esc(st.text, quote_limit)}</blockquote>"
    title = st.sources[0].title if st.sources else ""
    src = f"{labels['source']}: {link(shorten(clean(title), 200) or labels['source'], st.source_url)}"
    if extra > 0:
        src += f" (+{extra} {labels['more']})"
    if context_url:  # the statement's public page on the web console
        src += f" · {link(labels['context'], context_url)}"
    return f"{head}\n{quote}\n{src}"


def _rebuttal_block(n: int, rb: Rebuttal, lang: str, labels: dict[str, str],
                    cp_limit: int | None, n_src: int) -> str:
    claim = _esc(_pick(lang, rb.claim_en, rb.claim_zh), 300)
    if rb.status == RebuttalStatus.RETIRED:
        # Kept in place (readers voted on it by number) but struck, without its text.
        return f"{n}. <s>{claim}</s> ({html.escape(labels['withdrawn'])})"
    lines = [f"{n}. <b>{claim}</b>"]
    for cp in rb.counterpoints[:2]:
        body = _esc(_pick(lang, cp.text_en, cp.text_zh), cp_limit)
        links = [link(shorten(clean(s.title), 80), s.url) for s in cp.sources[:n_src]]
        lines.append(body + (" — " + ", ".join(links) if links else ""))
    return "\n".join(lines)


def render_post(post: Post, limit: int = MAX_TEXT, *, context_url: str | None = None) -> str:
    """Render a post as Telegram HTML whose visible text fits ``limit``.

    ``context_url``: the statement's public page, linked as "Full context" beside its source.
    """
    labels = _labels(post)
    text = ""
    for cp_limit, n_src, n_reb in _LEVELS:
        text = _render(post, labels, cp_limit, n_src, n_reb, None, context_url)
        if visible_length(text) <= limit:
            return text
    # Counterpoints are as short as they go: now shorten the quote to what is left.
    rest = visible_length(_render(post, labels, 80, 0, 1, 0, context_url))
    quote_limit = max(limit - rest - 2, 20)
    while True:
        text = _render(post, labels, 80, 0, 1, quote_limit, context_url)
        over = visible_length(text) - limit
        if over <= 0 or quote_limit <= 20:
            return text
        # Emoji and other astral characters count twice in Telegram's UTF-16 length.
        quote_limit = max(quote_limit - over, 20)


def _render(
    post: Post, labels: dict[str, str], cp_limit: int | None, n_src: int, n_reb: int,
    quote_limit: int | None, context_url: str | None,
) -> str:
    parts = [_header(post.statement, labels, post.extra_sources, quote_limit, context_url)]
    if post.rebuttals:
        parts.append(f"<b>{html.escape(labels['counterpoints'])}</b>")
        for i, rb in enumerate(post.rebuttals[:n_reb], 1):
            parts.append(_rebuttal_block(i, rb, post.language, labels, cp_limit, n_src))
    return "\n\n".join(parts)


def render_review(
    statement: Statement, candidates: Sequence[ScoredRebuttal], reason: str, language: str = "en"
) -> str:
    """Render a statement held for the admins' review chat, with the number /attach takes."""
    labels = LABELS.get(language, LABELS["en"])
    post = Post(statement=statement, rebuttals=(), language=language)
    body = render_post(post, limit=3000)
    head = (f"<b>{html.escape(labels['review'])}</b> · {html.escape(labels['statement'])} "
            f"#{statement.id}: {_esc(reason, 200)}")
    attach = (f"<code>/attach {statement.id} REBUTTAL_ID</code> "
              f"{html.escape(labels['attach'])}")
    lines = [head, body, attach]
    if candidates:
        lines.append(f"<b>{html.escape(labels['candidates'])}</b>")
        lines += [f"• <code>{_esc(c.rebuttal_id, 80)}</code> ({c.score:.2f})" for c in candidates[:5]]
    return "\n\n".join(lines)


def render_alert(text: str) -> str:
    """Render an operator alert: plain text, escaped and shortened, behind one sign.

    The alert texts carry their own sign (⚠️ failing, ✅ recovered); one without gets ⚠️.
    """
    text = clean(text)
    if not text.startswith(_ALERT_SIGNS):
        text = "⚠️ " + text
    return _esc(text, MAX_TEXT - 10)


def render_latest(statements: Sequence[Statement]) -> str:
    """/latest: each statement with speaker, date, the quote and its source."""
    lines = []
    for st in statements:
        date = st.published_at.date().isoformat() if st.published_at else ""
        lines.append(f"<b>{_esc(st.speaker)}</b> {date}: «{_esc(st.text, 300)}» "
                     f"{link('source', st.source_url)}")
    return "\n\n".join(lines)


def render_search(found: Sequence[tuple[Rebuttal, float]], language: str) -> str:
    """/search: the rebuttals that answer the text, best first, with their scores."""
    return "\n".join(
        f"<code>{html.escape(rb.id)}</code> ({score:.2f}) "
        f"{_esc(_pick(language, rb.claim_en, rb.claim_zh), 200)}" for rb, score in found)


def render_rebuttal(rb: Rebuttal) -> str:
    """/rebuttal: one rebuttal with its claims, counterpoints and their sources."""
    lines = [f"<b>{html.escape(rb.id)}</b> [{rb.status}]", _esc(rb.claim_en, 500),
             _esc(rb.claim_zh, 500)]
    for cp in rb.counterpoints:
        lines.append("• " + _esc(cp.text_en or cp.text_zh, 800))
        lines += ["   " + link(s.title, s.url) for s in cp.sources[:5]]
    return "\n".join(line for line in lines if line.strip())


def render_stats(counts: dict[str, dict[str, int]],
                 votes: Sequence[tuple[int, str, int, int]]) -> str:
    """/stats: statements, deliveries and feeds by state, then readers' votes."""
    lines = [f"<b>{title}</b>: {html.escape(parts, quote=False)}"
             for title, parts in texts.stats_sections(counts)]
    if votes:
        lines.append(f"<b>{html.escape(texts.VOTES_TITLE)}</b>")
        lines += [html.escape(texts.vote_line(*row), quote=False) for row in votes[:30]]
    else:
        lines.append(texts.NO_VOTES)
    return "\n".join(lines)
