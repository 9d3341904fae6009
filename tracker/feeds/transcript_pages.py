"""Transcripts published as web pages: find them from the show notes, read their turns.

Most shows he appears on have no ``podcast:transcript`` tag; some put the transcript
on the episode's page or link it from the show notes. This module finds those links
and reads a page's speaker turns into ``TranscriptSegment``s (speaker label and time
kept), so the extractor takes his turns as in a labelled VTT and a post can link to
the moment. Pure: strings and bytes in, model values out.

The line formats are in ``tracker.feeds.transcript_lines``; this module turns a page
into lines (headings, bold leads and table cells marked), decides which labels are
speakers (a label must recur: "Note:" once is text) and assembles the segments.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from tracker.feeds.htmltext import CONTROL
from tracker.feeds.speakers import Speakers, canonical
from tracker.feeds.transcript_lines import Line, Record, is_marker, is_stop, record
from tracker.model import Transcript, TranscriptSegment

__all__ = ["MIN_TURNS", "is_page_url", "mentions_transcript", "parse_page", "transcript_links"]

# Link text or URL that says "transcript" (English, simplified and traditional Chinese).
_SAYS_TRANSCRIPT = re.compile(r"transcript|文字稿|逐字稿|全文|文字版|文字实录|文字實錄|逐字", re.I)
_ANCHOR = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>(.*?)</a\s*>""", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_URL_IN_TEXT = re.compile(r"https?://[!#-&(-;=?-~]+")  # printable ASCII but quotes, < and >
_MEDIA = re.compile(r"\.(?:mp3|m4a|aac|ogg|opus|wav|mp4|m4v|mov|webm|pdf|jpe?g|png|gif)$", re.I)
_BLOCKS = ("p", "div", "li", "tr", "section", "article", "blockquote", "pre", "ul", "ol",
           "table", "dd", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "main")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_DROP = ("script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
         "form", "button", "svg", "iframe", "select")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
MIN_TURNS = 3  # labelled turns a page needs to count as a transcript
MIN_TIMED = 5  # timestamped paragraphs an unlabelled transcript needs
MIN_PLAIN = 500  # characters of an explicitly linked transcript without labels or times

def transcript_links(notes_html: str, base_url: str = "", limit: int = 3) -> tuple[str, ...]:
    """Links in show notes whose text, URL or lead-in says transcript (absolute, http(s)).

    Both anchors and bare URLs in the text count: "Transcript: https://..." is common.
    Regular expressions, not a parser: every episode of every podcast feed comes here.
    """
    if not mentions_transcript(notes_html):
        return ()  # the common case, decided without reading the notes
    found: list[str] = []
    for m in _ANCHOR.finditer(notes_html):
        href = html.unescape(m.group(2)).strip()
        lead = _last_words(_TAGS.sub(" ", notes_html[max(0, m.start() - 200):m.start()]))
        words = " ".join((html.unescape(lead), _TAGS.sub(" ", m.group(3)), unquote(href)))
        if href and _SAYS_TRANSCRIPT.search(words):
            found.append(urljoin(base_url, href))
    text = html.unescape(_TAGS.sub(" ", _ANCHOR.sub(" ", notes_html)))
    for m in _URL_IN_TEXT.finditer(text):
        lead = _last_words(text[max(0, m.start() - 40):m.start()])
        if _SAYS_TRANSCRIPT.search(lead + " " + unquote(m.group(0))):
            found.append(m.group(0).rstrip(".,;:"))
    links = [u for u in dict.fromkeys(found) if is_page_url(u)]
    return tuple(links[:limit])


def mentions_transcript(notes_html: str) -> bool:
    """Cheap test: could the notes link a transcript? (no false negatives)."""
    if not notes_html:
        return False
    return bool(_SAYS_TRANSCRIPT.search(notes_html)
                or ("%" in notes_html and _SAYS_TRANSCRIPT.search(unquote(notes_html))))


def _last_words(text: str) -> str:
    """The two words right before a link: its label ("Transcript:", "文字稿：")."""
    return " ".join(re.split(r"[\s。！？!?]+", text.strip())[-2:])


def is_page_url(url: str) -> bool:
    """True for an http(s) URL that may be a web page (not an audio, video or image file)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not _MEDIA.search(parts.path)


def parse_page(url: str, body: bytes, *, explicit: bool = False,
               speakers: Speakers = ()) -> Transcript | None:
    """The transcript on a page, or None when the page holds none.

    A page is a transcript when it has at least MIN_TURNS labelled turns (the labels
    recurring), or MIN_TIMED timestamped paragraphs; a page linked as "transcript"
    (``explicit``) also counts with MIN_PLAIN characters of plain paragraphs.
    """
    lines = _lines(_decode(body))
    records = [record(line) for line in lines]
    named = _speaker_names(records)
    segments = _labelled(records, named, speakers)
    if segments is None:
        segments = _timed(records)
    if segments is None and explicit:
        plain = [r.text for r in records if r.text]
        if sum(len(t) for t in plain) >= MIN_PLAIN:
            segments = [TranscriptSegment(0.0, 0.0, t) for t in plain]
    if not segments:
        return None
    return Transcript(url=url, format="page", segments=tuple(segments))


def _decode(body: bytes) -> str:
    """The page as text: its declared charset (GBK pages exist), else UTF-8."""
    m = _CHARSET.search(body[:4096])
    encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def _lines(markup: str) -> list[Line]:
    """The page's text as lines, each marked with its heading, bold lead and table cells."""
    try:
        root = etree.fromstring(CONTROL.sub(" ", markup), _PARSER)  # see htmltext.CONTROL
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    etree.strip_elements(root, *_DROP, with_tail=False)
    main = max(root.xpath("//article|//main") or [root], key=lambda el: len("".join(el.itertext())))
    for el in main.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        head = "\ue002" if tag in _HEADINGS else ""
        if tag in _BLOCKS:
            el.text = "\n" + head + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in ("td", "th"):
            el.text = "\ue003" + (el.text or "")
        elif tag in ("strong", "b"):
            el.text = "\ue004" + (el.text or "")
            el.tail = "\ue005" + (el.tail or "")
    return [line for raw in "".join(main.itertext()).split("\n")
            if (line := Line.of(raw)) is not None]


def _speaker_names(records: Sequence[Record]) -> set[str]:
    """Labels that are speakers: each labels two turns, or one in a form that leaves no
    doubt (with its time, in a table's speaker cell, alone on its line with a colon).
    When two speakers' turns are headed by their names, every heading that is a name is
    a speaker too (the guest who speaks once)."""
    counts = Counter(r.name for r in records if r.name)
    named = {name for name, n in counts.items() if n >= 2} | {
        r.name for r in records if r.name and r.sure}
    headed = {r.name for r in records if r.name and r.heading and not r.text}
    if len(headed & named) >= 2:  # the page heads each turn with its speaker: all are
        named |= headed
    return named


def _labelled(records: Sequence[Record], named: set[str],
              speakers: Speakers) -> list[TranscriptSegment] | None:
    """Segments of a speaker-labelled transcript, or None when the page is not one."""
    turns = [i for i, r in enumerate(records) if r.name in named]
    if not named or len(turns) < MIN_TURNS:
        return None
    first = turns[0]
    in_table = all(records[i].row for i in turns)  # then only the table's rows are turns
    segments: list[TranscriptSegment] = []
    speaker: str | None = None
    stamp: float | None = None
    for r in records[first:]:
        if r.name in named:
            speaker = canonical(r.name or "", speakers)
            stamp = r.seconds if r.seconds is not None else stamp
            text = r.text
        elif r.name is not None:
            if r.heading or r.seconds is not None or not r.text:
                continue  # a chapter heading ("Introduction (0:00)"), not a speaker
            text = r.line  # "Note: ..." once is part of the turn
        else:
            if is_stop(r.line) or (in_table and not r.row):
                break
            if r.heading:
                continue  # a chapter heading ("00:10:12 – China's factories") is not speech
            stamp = r.seconds if r.seconds is not None else stamp
            text = r.text
        if text and not is_marker(r.line):
            segments.append(TranscriptSegment(stamp or 0.0, stamp or 0.0, text, speaker))
    return _with_ends(segments)


def _timed(records: Sequence[Record]) -> list[TranscriptSegment] | None:
    """Segments of an unlabelled transcript with timestamps, or None when it has too few."""
    timed = [i for i, r in enumerate(records) if r.seconds is not None and r.name is None]
    if len(timed) < MIN_TIMED:
        return None
    # Start after the "Transcript" heading when there is one (a list of chapters with
    # times may come before it), else at the first time.
    middle = timed[len(timed) // 2]
    markers = [i for i, r in enumerate(records[:middle]) if is_marker(r.line)]
    start = markers[-1] + 1 if markers else timed[0]
    segments: list[TranscriptSegment] = []
    stamp = 0.0
    for r in records[start:]:
        if is_stop(r.line):
            break
        if r.heading:
            continue
        stamp = r.seconds if r.seconds is not None else stamp
        text = r.line if r.name is not None and r.seconds is None else r.text
        if text:
            segments.append(TranscriptSegment(stamp, stamp, text))
    return _with_ends(segments)


def _with_ends(segments: list[TranscriptSegment]) -> list[TranscriptSegment]:
    """Each segment ends where the next one starts (pages give start times only)."""
    out = []
    for i, seg in enumerate(segments):
        nxt = segments[i + 1].start if i + 1 < len(segments) else seg.start
        out.append(TranscriptSegment(seg.start, max(seg.start, nxt), seg.text, seg.speaker))
    return out
