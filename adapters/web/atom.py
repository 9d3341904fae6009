"""/feed.atom: posted statements with their counterpoints, as an Atom 1.0 document.

Feed text is untrusted: every piece is escaped for HTML, the HTML is escaped again as
XML text (``type="html"``), and only http(s) URLs become links.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from tracker.chat.text import clean, safe_url
from tracker.model import Rebuttal, Statement


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _link(title: str, url: str) -> str:
    href = safe_url(url)
    text = html.escape(clean(title) or clean(url))
    return f'<a href="{html.escape(href)}">{text}</a>' if href else text


def _content(statement: Statement, rebuttals: Sequence[Rebuttal]) -> str:
    parts = [f"<blockquote>{html.escape(clean(statement.text))}</blockquote>", "<ul>"]
    parts += [f"<li>{_link(s.title or s.url, s.url)}</li>" for s in statement.sources]
    parts.append("</ul>")
    for rb in rebuttals:
        parts.append(f"<h3>{html.escape(clean(rb.claim_en))} / {html.escape(clean(rb.claim_zh))}</h3>")
        for cp in rb.counterpoints:
            links = ", ".join(_link(s.title, s.url) for s in cp.sources)
            parts.append(f"<p>{html.escape(clean(cp.text_en))}</p><p>{html.escape(clean(cp.text_zh))}"
                         f"</p><p>{links}</p>")
    return "".join(parts)


def render_feed(entries: Sequence[tuple[Statement, Sequence[Rebuttal]]], base_url: str,
                now: datetime) -> str:
    """The Atom document of ``entries`` (newest first) served at ``base_url``/feed.atom."""
    updated = max((s.published_at for s, _ in entries if s.published_at), default=now)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<id>{escape(base_url)}/feed.atom</id>",
             "<title>Statement tracker: posted statements</title>",
             f"<updated>{_stamp(updated)}</updated>",
             f"<link rel=\"self\" href={quoteattr(base_url + '/feed.atom')}/>"]
    for statement, rebuttals in entries:
        page = f"{base_url}/s/{statement.id}"
        title = f"{clean(statement.speaker)}: {clean(statement.text)[:120]}"
        lines += ["<entry>", f"<id>{escape(page)}</id>", f"<title>{escape(title)}</title>",
                  f"<link href={quoteattr(page)}/>",
                  f"<updated>{_stamp(statement.published_at or updated)}</updated>",
                  f"<author><name>{escape(clean(statement.speaker))}</name></author>",
                  f'<content type="html">{escape(_content(statement, rebuttals))}</content>',
                  "</entry>"]
    lines.append("</feed>")
    return "\n".join(lines)
