"""Full article text of a linked page (trafilatura, with a plain fallback): see feeds.followups."""

from __future__ import annotations

import logging

from tracker.feeds.htmltext import html_to_text

logger = logging.getLogger(__name__)


def extract_article(body: bytes) -> str:
    """The main text of an article page; runs in the parse pool (CPU-bound)."""
    markup = body.decode("utf-8", errors="replace")
    try:
        import trafilatura
    except ImportError as exc:  # trafilatura needs lxml_html_clean with lxml >= 5.2
        logger.warning("trafilatura unavailable (%s); using the plain HTML extractor", exc)
        return _fallback(markup)
    text = trafilatura.extract(markup, include_comments=False, include_tables=False)
    return str(text).strip() if text else html_to_text(markup)


def _fallback(markup: str) -> str:
    """The <article> or <main> element's text when there is one, else the whole page."""
    import re

    match = re.search(r"<(article|main)\b.*?</\1>", markup, flags=re.S | re.I)
    return html_to_text(match.group(0) if match else markup)
