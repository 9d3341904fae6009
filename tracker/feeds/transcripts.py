"""Podcast transcripts: find every podcast:transcript tag, pick the best, parse it.

feedparser keeps only the last ``podcast:transcript`` of an episode, so the tags
are read with lxml by namespace URI. Parsers: webvtt-py (VTT, with ``<v Name>``
speakers), srt (SRT), json (Podcasting 2.0 JSON), lxml/html for HTML and text.
"""

from __future__ import annotations

import html
import json
import logging
from typing import Any

from lxml import etree

from tracker.feeds.entries import PREFERENCE, TranscriptLink
from tracker.feeds.errors import TranscriptError
from tracker.feeds.htmltext import html_to_text
from tracker.model import Transcript, TranscriptSegment

logger = logging.getLogger(__name__)

__all__ = ["PODCAST_NS", "PREFERENCE", "TranscriptError", "TranscriptLink", "find_links",
           "parse_transcript", "pick_best", "scan_podcast", "segments_json", "transcript_text"]

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
# Best first: formats with timings and speakers beat plain text.
_TYPES = {
    "application/json": "json", "application/x-json": "json",
    "text/vtt": "vtt", "application/x-subrip": "srt", "application/srt": "srt",
    "text/srt": "srt", "text/html": "html", "text/plain": "text",
}


def find_links(body: bytes) -> dict[str, list[TranscriptLink]]:
    """Map each item's guid (or link, or title) to all its transcript links, in order."""
    return scan_podcast(body)[0]


def scan_podcast(body: bytes) -> tuple[dict[str, list[TranscriptLink]], dict[str, list[str]]]:
    """Every item's transcript links and podcast:person names, keyed by guid/link/title."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return {}, {}
    links: dict[str, list[TranscriptLink]] = {}
    people: dict[str, list[str]] = {}
    if root is None:
        return links, people
    for item in root.iter("item", "{http://www.w3.org/2005/Atom}entry"):
        key = _item_key(item)
        found = [
            TranscriptLink(str(tag.get("url")), _format(tag.get("type") or "", tag.get("url") or ""))
            for tag in item.iter(f"{{{PODCAST_NS}}}transcript") if tag.get("url")
        ]
        names = [str(tag.text).strip() for tag in item.iter(f"{{{PODCAST_NS}}}person")
                 if tag.text and tag.text.strip()]
        if found:
            links[key] = found
        if names:
            people[key] = names
    return links, people


def _item_key(item: Any) -> str:
    for name in ("guid", "link", "title"):
        text = item.findtext(name)
        if text and text.strip():
            return str(text).strip()
    return ""


def _format(mime: str, url: str) -> str:
    fmt = _TYPES.get(mime.split(";")[0].strip().lower())
    if fmt:
        return fmt
    ext = url.rsplit(".", 1)[-1].lower() if "." in url else ""
    return {"vtt": "vtt", "srt": "srt", "json": "json", "html": "html", "htm": "html"}.get(ext, "text")


def pick_best(links: list[TranscriptLink]) -> TranscriptLink | None:
    """The most useful transcript of an episode (timings and speakers first)."""
    if not links:
        return None
    return min(links, key=lambda link: PREFERENCE.index(link.format))


def parse_transcript(url: str, fmt: str, body: bytes) -> Transcript:
    """Parse a transcript body of the given format into segments."""
    text = body.decode("utf-8-sig", errors="replace")
    try:
        segments = _PARSERS[fmt](text)
    except TranscriptError:
        raise
    except Exception as exc:  # every parser raises its own types on hostile input
        raise TranscriptError(f"cannot parse {fmt} transcript {url}: {exc}".splitlines()[0]) from None
    return Transcript(url=url, format=fmt, segments=tuple(s for s in segments if s.text))


def _seconds(stamp: str) -> float:
    parts = [float(p) for p in stamp.replace(",", ".").split(":")]
    total = 0.0
    for part in parts:
        total = total * 60 + part
    return total


def _vtt(text: str) -> list[TranscriptSegment]:
    import webvtt  # imported on use: most feeds never need it, and workers stay small

    captions = webvtt.WebVTT.from_string(text)
    return [
        TranscriptSegment(_seconds(c.start), _seconds(c.end), html.unescape(c.text).strip(),
                          c.voice or None)
        for c in captions.captions
    ]


def _srt(text: str) -> list[TranscriptSegment]:
    import srt

    return [
        TranscriptSegment(s.start.total_seconds(), s.end.total_seconds(), s.content.strip())
        for s in srt.parse(text)
    ]


def _json(text: str) -> list[TranscriptSegment]:
    data = json.loads(text)
    raw = data.get("segments") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise TranscriptError("JSON transcript has no 'segments' list")
    segments = []
    for seg in raw:
        if not isinstance(seg, dict):
            continue
        speaker = seg.get("speaker")
        segments.append(TranscriptSegment(
            float(seg.get("startTime") or 0), float(seg.get("endTime") or 0),
            str(seg.get("body") or "").strip(), str(speaker) if speaker else None))
    return segments


def _html(text: str) -> list[TranscriptSegment]:
    return [TranscriptSegment(0.0, 0.0, html_to_text(text))]


def _text(text: str) -> list[TranscriptSegment]:
    return [TranscriptSegment(0.0, 0.0, text.strip())]


_PARSERS = {"vtt": _vtt, "srt": _srt, "json": _json, "html": _html, "text": _text}


def transcript_text(transcript: Transcript) -> str:
    """Plain text of a transcript, one segment a line, with speaker labels."""
    return "\n".join(
        f"{s.speaker}: {s.text}" if s.speaker else s.text for s in transcript.segments
    )


def segments_json(transcript: Transcript) -> list[dict[str, Any]]:
    """Segments as stored in transcripts.segments."""
    return [{"start": s.start, "end": s.end, "text": s.text, "speaker": s.speaker}
            for s in transcript.segments]
