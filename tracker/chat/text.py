"""Platform-neutral handling of untrusted text: cleaning, shortening, URL checks.

Every bot works on plain text here and escapes it for its own markup (Telegram
HTML, Discord markdown) only afterwards, so a cut can never land inside a tag, an
entity or a markdown link. No I/O.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

ELLIPSIS = "…"

# C0/C1 controls except tab/newline, and the bidi embedding/override/isolate
# controls that can visually reorder a message (RTL letters themselves stay).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A bare URL in plain text: chat clients turn it into a link, so half of one would
# still be a link, to somewhere else.
_BARE_URL = re.compile(r"https?://\S+", re.IGNORECASE)
# A word boundary is preferred when it keeps at least this share of the limit.
_WORD_BOUNDARY_SHARE = 0.6


def clean(text: str) -> str:
    """Strip control characters and surrounding whitespace from untrusted text."""
    return _CONTROL.sub("", text or "").strip()


def shorten(text: str, limit: int) -> str:
    """Cut plain text to at most ``limit`` characters, ending with an ellipsis.

    The cut prefers a word boundary when that costs little, and never splits a
    bare URL: a URL that does not fit is dropped whole.
    """
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    split = next((u for u in _BARE_URL.finditer(text) if u.start() < len(cut) < u.end()), None)
    if split is not None:
        cut = cut[: split.start()]
    else:
        space = cut.rfind(" ")
        if space > limit * _WORD_BOUNDARY_SHARE:
            cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


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
