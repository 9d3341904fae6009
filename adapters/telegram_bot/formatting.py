"""Pure Telegram HTML formatting of posts, reviews and alerts.

Every piece of feed or curator text is plain text here: control characters are
stripped, it is shortened *before* it is escaped, and then ``html.escape`` is
applied, so a cut can never land inside a tag, an entity or a link. Only
http(s) URLs become links. No I/O.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from tracker.model import Post, Rebuttal, ScoredRebuttal, Statement

MAX_TEXT = 4096
MAX_CAPTIONLESS = MAX_TEXT

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "counterpoints": "Counterpoints",
        "source": "Source",
        "more": "more sources",
        "no_counterpoint": "No counterpoint on file yet.",
        "review": "Held for review",
        "candidates": "Top candidates",
    },
    "zh": {
        "counterpoints": "反驳要点",
        "source": "来源",
        "more": "个其他来源",
        "no_counterpoint": "暂无反驳要点。",
        "review": "待审核",
        "candidates": "候选反驳",
    },
}

# C0/C1 controls except tab/newline, and the bidi embedding/override/isolate
# controls that can visually reorder a message (RTL letters themselves stay).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TAG = re.compile(r"<[^>]*>")
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


def clean(text: str) -> str:
    """Strip control characters and surrounding whitespace from untrusted text."""
    return _CONTROL.sub("", text or "").strip()


def shorten(text: str, limit: int) -> str:
    """Cut plain text to at most ``limit`` characters, ending with an ellipsis."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit * 0.6:  # prefer a word boundary when it costs little
        cut = cut[:space]
    return cut.rstrip() + "…"


def visible_length(html_text: str) -> int:
    """Length Telegram counts: the text after entity parsing, in UTF-16 units."""
    plain = html.unescape(_TAG.sub("", html_text))
    return len(plain.encode("utf-16-le")) // 2


def safe_url(url: str) -> str | None:
    """Return the URL when it is an http(s) URL with a host, else None."""
    url = clean(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() for ch in url):
        return None
    return url


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


def _header(st: Statement, labels: dict[str, str], extra: int, quote_limit: int | None) -> str:
    date = st.published_at.date().isoformat() if st.published_at else ""
    who = _esc(st.speaker, 200)
    head = f"<b>{who}</b>" + (f" · {date}" if date else "")
    quote = f"<blockquote>{_esc(st.text, quote_limit)}</blockquote>"
    title = st.sources[0].title if st.sources else ""
    src = f"{labels['source']}: {link(shorten(clean(title), 200) or labels['source'], st.source_url)}"
    if extra > 0:
        src += f" (+{extra} {labels['more']})"
    return f"{head}\n{quote}\n{src}"


def _rebuttal_block(n: int, rb: Rebuttal, lang: str, cp_limit: int | None, n_src: int) -> str:
    claim = _esc(_pick(lang, rb.claim_en, rb.claim_zh), 300)
    lines = [f"{n}. <b>{claim}</b>"]
    for cp in rb.counterpoints[:2]:
        body = _esc(_pick(lang, cp.text_en, cp.text_zh), cp_limit)
        links = [link(shorten(clean(s.title), 80), s.url) for s in cp.sources[:n_src]]
        lines.append(body + (" — " + ", ".join(links) if links else ""))
    return "\n".join(lines)


def render_post(post: Post, limit: int = MAX_TEXT) -> str:
    """Render a post as Telegram HTML whose visible text fits ``limit``."""
    labels = _labels(post)
    text = ""
    for cp_limit, n_src, n_reb in _LEVELS:
        text = _render(post, labels, cp_limit, n_src, n_reb, None)
        if visible_length(text) <= limit:
            return text
    # Counterpoints are as short as they go: now shorten the quote to what is left.
    rest = visible_length(_render(post, labels, 80, 0, 1, 0))
    quote_limit = max(limit - rest - 2, 20)
    while True:
        text = _render(post, labels, 80, 0, 1, quote_limit)
        over = visible_length(text) - limit
        if over <= 0 or quote_limit <= 20:
            return text
        # Emoji and other astral characters count twice in Telegram's UTF-16 length.
        quote_limit = max(quote_limit - over, 20)


def _render(
    post: Post, labels: dict[str, str], cp_limit: int | None, n_src: int, n_reb: int,
    quote_limit: int | None,
) -> str:
    parts = [_header(post.statement, labels, post.extra_sources, quote_limit)]
    if post.rebuttals:
        parts.append(f"<b>{html.escape(labels['counterpoints'])}</b>")
        for i, rb in enumerate(post.rebuttals[:n_reb], 1):
            parts.append(_rebuttal_block(i, rb, post.language, cp_limit, n_src))
    return "\n\n".join(parts)


def render_review(
    statement: Statement, candidates: Sequence[ScoredRebuttal], reason: str, language: str = "en"
) -> str:
    """Render a statement held for the admins' review chat."""
    labels = LABELS.get(language, LABELS["en"])
    post = Post(statement=statement, rebuttals=(), language=language)
    body = render_post(post, limit=3000)
    lines = [f"<b>{html.escape(labels['review'])}</b>: {_esc(reason, 200)}", body]
    if candidates:
        lines.append(f"<b>{html.escape(labels['candidates'])}</b>")
        lines += [f"• <code>{_esc(c.rebuttal_id, 80)}</code> ({c.score:.2f})" for c in candidates[:5]]
    return "\n\n".join(lines)


def render_alert(text: str) -> str:
    """Render an operator alert: plain text, escaped and shortened."""
    return "⚠️ " + _esc(text, MAX_TEXT - 10)
