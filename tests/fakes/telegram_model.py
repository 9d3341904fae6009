"""The fake Bot API's data: Telegram's HTML check, what it records, its errors."""

from __future__ import annotations

import hashlib
import html
import re
import struct
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "blockquote", "tg-spoiler", "span", "tg-emoji",
}
_TAG = re.compile(r"<[^>]*>")


class Unparsable(Exception):
    """Telegram would refuse to parse this HTML (the message says why)."""


class _HTMLCheck(HTMLParser):
    """Rejects what Telegram rejects: unknown tags and unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise Unparsable(f"Unsupported start tag \"{tag}\"")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise Unparsable(f"Unmatched end tag \"{tag}\"")
        self.stack.pop()


def parse_html(text: str) -> str:
    """Return the visible text of Telegram HTML, or raise Unparsable."""
    checker = _HTMLCheck()
    checker.feed(text)
    checker.close()
    if checker.stack:
        raise Unparsable(f"Can't find end tag corresponding to start tag \"{checker.stack[-1]}\"")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise Unparsable("Character '<' is reserved")
    return html.unescape(_TAG.sub("", text))


@dataclass
class Recorded:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class SentMessage:
    message_id: int
    chat_id: int
    text: str  # visible text
    html: str  # as sent
    reply_markup: dict[str, Any] | None
    params: dict[str, Any] = field(default_factory=dict)
    edits: list[dict[str, Any]] = field(default_factory=list)  # editMessageText calls applied
    photo: bytes | None = None  # sendPhoto: the uploaded file as received (text is the caption)


@dataclass
class Failure:
    method: str
    kind: str  # "429" | "400" | "403" | "chat_not_found" | "500"
    times: int
    chat_id: int | None
    retry_after: int


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


_PNG = b"\x89PNG\r\n\x1a\n"
_THUMB_BOXES = (90, 320, 800, 1280)  # Telegram's photo sizes: s, m, x, y (longest side)


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG file, or None when it is neither (or is cut short)."""
    if data.startswith(_PNG) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if not data.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 9 < len(data) and data[at] == 0xFF:
        marker, length = data[at + 1], struct.unpack(">H", data[at + 2:at + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):  # start of frame: height, then width
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def photo_sizes(data: bytes, width: int, height: int) -> list[dict[str, Any]]:
    """The PhotoSize array Telegram answers: the photo scaled into each box up to its own size."""
    digest = hashlib.sha256(data).hexdigest()
    sizes = []
    for box in _THUMB_BOXES:
        scale = min(1.0, box / max(width, height))
        sizes.append({"file_id": f"AgAC{digest[:24]}{box}", "file_unique_id": f"AQAD{digest[:12]}{box}",
                      "width": max(1, round(width * scale)), "height": max(1, round(height * scale)),
                      "file_size": max(1, round(len(data) * scale * scale))})
        if scale == 1.0:
            break
    return sizes
