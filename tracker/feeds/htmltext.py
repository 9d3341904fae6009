"""HTML to plain text keeping paragraph breaks; script and style dropped."""

from __future__ import annotations

import re

from lxml import etree

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "pre", "ul", "ol", "table", "hr", "dd", "dt", "figcaption")
_DROP = ("script", "style", "noscript", "template", "head")
_PARAGRAPHS = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
# lxml parses control characters but refuses them in the text set below (a ValueError
# out of a feed's or an article's parse): they become spaces first.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by blank lines."""
    markup = CONTROL.sub(" ", markup)
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    try:
        root = etree.fromstring(markup, _PARSER)
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    if root is None:
        return ""
    etree.strip_elements(root, *_DROP, with_tail=False)
    # Mark block boundaries in the tree, then join its text in C (itertext).
    for el in root.iter(*_BLOCKS):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    return _tidy("".join(root.itertext()))


def _tidy(text: str) -> str:
    """Collapse whitespace within paragraphs; keep one blank line between them."""
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPHS.split(text))
    return "\n\n".join(p for p in paragraphs if p)
