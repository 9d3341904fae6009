"""A transcript page's markup as lines: what a reader sees, in reading order.

Pure. The page is parsed once (lxml); what no reader takes for the transcript goes
first: scripts, navigation, comment threads (a commenter may write "Elon Musk: ..."),
sidebars and related links. Hidden elements stay (a collapsed transcript may be the
only copy; a hidden second copy is dropped as a repeat in ``transcript_turns``). Each
block becomes a ``Line`` marked with what the line formats need: heading (a ``<dt>``
counts, it heads its ``<dd>``), bold lead, table cells, and whether it is quoted, a list
item or the page's title. Inline elements are kept apart where words would run together,
so a label, a time link and a body in separate elements ("Elon Musk" "0:21", a Next.js
segment) read as one line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tracker.feeds.htmltext import CONTROL
from tracker.feeds.transcript_player import (
    avatars,
    bracket_time,
    cue_start,
    cue_times,
    initials_badges,
    keep_tail,
    speaker_attributes,
    time_buttons,
)

__all__ = ["Line", "decode", "page_lines", "tidy"]

_BLOCKS = ("p", "div", "li", "tr", "section", "article", "blockquote", "pre", "ul", "ol",
           "table", "dd", "dt", "dl", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
           "main", "details", "summary")
# A ``<summary>`` heads a collapsed section ("Plain text export", "Show full transcript"):
# its words are no one's turn.
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary")
_INLINE = ("span", "a", "time", "em", "i", "small", "label", "cite", "code")
_DROP = ("script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
         "form", "button", "svg", "iframe", "select")
# Class and id words of comment threads (WordPress, Disqus, Substack, WeChat, Chinese
# sites), of a forum post's author cell, and of what sits beside an article (sidebars,
# widgets, related links, banners).
_UNREAD = re.compile(r"comment|repl(?:y|ies)|respond|disqus|留言|评论|評論|"
                     r"sidebar|related|recirc|trending|recommend|newsletter|promo|cookie|share|"
                     # a forum post's author cell: user name, rank ("Veteran Member")
                     r"message-user(?![\w-])|message-cell--user|usertitle|postprofile|profile-rank|"
                     r"postbit-?user|userinfo",
                     re.I)
# Class and id words of a forum post's body (XenForo, phpBB, vBulletin, Discourse, Discuz):
# a blockquote inside one quotes a post or a recording, it is no one speaking on the page.
_FORUM_POST = re.compile(r"bbwrapper|bbcode|message-?(?:body|content|text|userContent)|"
                         r"message--post|post-?(?:body|bit|text|message|_message)|"
                         r"topic-(?:post|body)|forum|\bcooked\b|t_msgfont|postmessage|ipsquote|"
                         r"bbcode_quote|quotecontent",
                         re.I)
# A transcript panel's class, id or label: "transcript-panel", "Transcript".
_PANEL = re.compile(r"transcript", re.I)
_CONTEXT = "data-transcript-context"
# Headings by level: a guest's name in an <h2> above a transcript headed <h3> per turn
# is not a turn.
_LEVELS = {"h2": "\ue012", "h3": "\ue013", "h4": "\ue014", "h5": "\ue015", "h6": "\ue016",
           "dt": "\ue017"}
_IN_CELL = "cellbreak"  # the tag a block or break inside a table cell is given
# An inline element styled as the speaker reads as a bold lead: "<span class=speaker>".
_SPEAKER_CLASS = re.compile(r"speaker|name|who", re.I)
_SPEAKER_ONLY = re.compile(r"speaker", re.I)  # not "author-name", "username"
# An inline element bold by its own style reads as <b> (editors and CMS exports write
# "<span style='font-weight:700'>The Meridian:</span>").
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_WORDS = re.compile(r"\w")
_CJK = re.compile(r"[\u3400-\u9fff]")
_T_PARAM = re.compile(r"[?&#](?:t|start|time_continue)=(\d+)s?(?:&|$)")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def decode(body: bytes) -> str:
    """The page as text: its declared charset (GBK pages exist), else UTF-8."""
    m = _CHARSET.search(body[:4096])
    encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def page_lines(markup: str) -> list[Line]:
    """The page's text as lines, each marked with its heading, bold lead and table cells."""
    try:
        root = etree.fromstring(CONTROL.sub(" ", markup), _PARSER)  # see htmltext.CONTROL
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    time_buttons(root)  # before buttons go: a player's time may be one
    _section_headers(root)
    _forms_with_text(root)
    _header_rows(root)
    initials_badges(root)  # before avatars read a badge's title as the speaker
    _keep_transcript_panels(root)
    _field_labels(root)
    etree.strip_elements(root, *_DROP, with_tail=False)
    _prune(root, len("".join(root.itertext())))
    avatars(root)  # first: a cue's time goes after its speaker
    speaker_attributes(root, _BLOCKS)
    cue_times(root, _BLOCKS)
    # The whole page, not its <article>: some themes put the transcript beside it; what
    # is not the transcript is told apart later, by where the labels alternate.
    for tag, marker in (*_LEVELS.items(), ("li", "\ue007"), ("blockquote", "\ue006"),
                        ("figcaption", "\ue006"), ("h1", "\ue008")):
        for outer in root.iter(tag):
            for el in outer.iter():
                # A pull quote is not a turn, a bullet or the page's title may not be.
                el.attrib[_CONTEXT] = marker
    _flatten_cells(root)
    boxes: dict[str, str] = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            _mark(el, el.tag.lower(), boxes)
    lines, box = [], ""
    for raw in "".join(root.itertext()).split("\n"):
        line = Line.of(raw, box)  # a break inside a block: the block's container
        if line is not None:
            lines.append(line)
            box = line.box
    return lines


# Text for screen readers only ("<span class=visually-hidden>Speaker: </span>"), by the
# class names of the common frameworks (Bootstrap, WordPress, Drupal, Tailwind).
_SCREEN_READER = re.compile(r"(?<![\w-])(?:sr-only|visually-?hidden|screen-reader-text|"
                            r"element-invisible|a11y-hidden)(?![\w-])", re.I)
_FIELD_LABEL = re.compile(r"\s*\w[\w ]{0,24}[:：]\s*")


def _field_labels(root: etree._Element) -> None:
    """A field's name written for screen readers only ("Speaker: ", "Time: " before the
    name and time a reader sees) is no one's words, nor part of the label it names."""
    for el in list(root.iter("span", "label", "em", "i", "b", "strong", "small")):
        if (_SCREEN_READER.search(el.get("class", "")) and len(el) == 0
                and _FIELD_LABEL.fullmatch(el.text or "")):
            parent = el.getparent()
            if parent is not None:
                keep_tail(el)
                parent.remove(el)


def _section_headers(root: etree._Element) -> None:
    """A ``<header>`` of a section or an article within the page (a turn's speaker and
    time, a post's byline) is read; the page's own header (its banner and menu) goes."""
    for el in list(root.iter("header")):
        inner = any(up.tag in ("section", "article", "li") for up in el.iterancestors()
                    if isinstance(up.tag, str))
        if inner and el.find(".//nav") is None and len("".join(el.itertext())) <= 200:
            el.tag = "div"


def _header_rows(root: etree._Element) -> None:
    """A table's header row (its cells all ``<th>``: "Time | Speaker | Text", "中文翻譯 |
    English original") titles the columns; no one says it."""
    for row in list(root.iter("tr")):
        cells = [c for c in row if isinstance(c.tag, str)]
        if cells and all(c.tag.lower() == "th" for c in cells) and len(cells) >= 2:
            parent = row.getparent()
            if parent is not None:
                parent.remove(row)


def _forms_with_text(root: etree._Element, least: int = 200) -> None:
    """A ``<form>`` that holds a post's text (old Reddit wraps a self-post in one) is read;
    a search box or a comment form, little text besides its fields, goes."""
    for form in list(root.iter("form")):
        words = sum(len((el.text or "").strip()) + len((el.tail or "").strip())
                    for el in form.iter() if isinstance(el.tag, str)
                    and el.tag.lower() not in ("textarea", "input", "select", "option", "button",
                                               "label", "script", "style"))
        if words >= least:
            form.tag = "div"


def _keep_transcript_panels(root: etree._Element, limit: int = 4) -> None:
    """A video page's transcript panel in its side column (``<aside>`` with a
    ``div.transcript-panel``, or a ``<dl>`` whose terms each hold a cue's time and its
    speaker) is kept: the aside around it becomes a plain block. A few panels at most,
    each lifting the asides above it."""
    found = 0
    for el in root.iter():
        if found >= limit:
            return
        if not isinstance(el.tag, str) or el.tag.lower() not in ("div", "section", "ul", "ol", "dl",
                                                                 "aside"):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')} {el.get('aria-label', '')}"
        if (_PANEL.search(names) or (el.tag.lower() == "dl" and _timed_terms(el))
                or _timed_cues(el)):
            found += 1
            for up in [el, *el.iterancestors("aside")]:
                if up.tag == "aside":
                    up.tag = "div"


def _timed_cues(el: etree._Element) -> bool:
    """Whether a list's items are a player's cues: three or more of its child blocks carry
    a start time as an attribute ("<div class=cue data-start=21.44>")."""
    timed = 0
    for child in el:
        if isinstance(child.tag, str) and cue_start(child)[0]:
            timed += 1
            if timed >= _MIN_TERMS:
                return True
    return False


# A cue's term: a time then a label ("0:31 Naledi Dlamini, Moderator"), or a label then
# its time ("Naledi Dlamini (0:31)").
_TERM_TIME = r"[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?"
_TIMED_TERM = re.compile(rf"{_TERM_TIME}\s+\w.{{0,118}}|\w.{{0,118}}\s{_TERM_TIME}", re.S)
_MIN_TERMS = 3


def _timed_terms(dl: etree._Element) -> bool:
    """Whether a definition list is a transcript's cues: each of its terms (three at
    least; a ``<div>`` may wrap a term and its words) holds a time and a speaker's label,
    each description the words. A glossary or a spec sheet beside the player is none."""
    terms = 0
    for child in dl:
        if not isinstance(child.tag, str):
            continue
        group = [child] if child.tag.lower() != "div" else [c for c in child if isinstance(c.tag, str)]
        for el in group:
            if el.tag.lower() != "dt":
                continue
            if not _TIMED_TERM.fullmatch(" ".join("".join(el.itertext()).split())):
                return False
            terms += 1
    return terms >= _MIN_TERMS


def _prune(root: etree._Element, total: int) -> None:
    """Remove comment threads and sidebars (not a wrapper holding the page: a theme may
    name the whole post "comments-open"), and the quote blocks of a forum's posts (a
    user quoting another's post, or lines of a recording, is no turn on the page). Hidden elements stay: a collapsed transcript
    may be the only copy, and a hidden second copy is dropped as a repeat later."""
    doomed = []
    stack = [(child, False) for child in root]
    while stack:
        el, in_post = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if (_unread(el) and not _holds_the_page(el, total)) or (
                in_post and el.tag.lower() == "blockquote"):
            doomed.append(el)  # its descendants go with it: not visited
        else:
            in_post = in_post or bool(_FORUM_POST.search(f"{el.get('class', '')} {el.get('id', '')}"))
            stack.extend((child, in_post) for child in el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            keep_tail(el)
            parent.remove(el)


def _holds_the_page(el: etree._Element, total: int) -> bool:
    """A wrapper of the page's content (its title, its main, most of its text), not a
    thread beside it (which may be longer than the post)."""
    return (el.find(".//h1") is not None or el.find(".//main") is not None
            or len("".join(el.itertext())) * 5 > total * 4)


def _unread(el: etree._Element) -> bool:
    """A comment thread or what sits beside the article, by its class or id; not by a
    script's hook ("js-replyNewMessageContainer" holds a forum thread's posts)."""
    names = " ".join(word for word in f"{el.get('class', '')} {el.get('id', '')}".split()
                     if not word.startswith("js-"))
    return bool(_UNREAD.search(names))


def _flatten_cells(root: etree._Element) -> None:
    """Paragraphs and breaks inside a table cell do not split its row (a layout table,
    with the page in a cell, keeps its lines)."""
    for cell in [*root.iter("td"), *root.iter("th")]:
        if cell.find(".//table") is not None or len("".join(cell.itertext())) > 3000:
            continue
        for el in cell.iterdescendants():
            if isinstance(el.tag, str) and (el.tag.lower() in _BLOCKS or el.tag.lower() == "br"):
                el.tag = _IN_CELL


def _mark(el: etree._Element, tag: str, boxes: dict[str, str]) -> None:
    """Line breaks around blocks, and the markers ``Line.of`` reads."""
    if tag in _BLOCKS:
        box = _box(el.getparent(), boxes)
        head = ("\ue002" if tag in _HEADINGS else "") + el.get(_CONTEXT, "") + box
        el.text = "\n" + head + (el.text or "")
        el.tail = "\n" + box + (el.tail or "")
    elif tag == "br":
        el.tail = "\n" + (el.tail or "")
    elif tag == _IN_CELL:  # a paragraph break inside a table cell: the row stays one line
        el.tail = " " + (el.tail or "")
    elif tag in ("td", "th"):
        el.text = "\ue003" + (el.text or "")
    elif tag in ("strong", "b") or (tag in _INLINE and _SPEAKER_CLASS.search(el.get("class", ""))):
        _mark_bold(el, tag)
    elif tag == "span" and _BOLD_STYLE.search(el.get("style", "")):
        _mark_bold(el, "b")
    elif tag in _INLINE:
        if tag == "a" and not _WORDS.search("".join(el.itertext())):
            el.text = _link_time(el.get("href", ""))
            for child in el:
                child.text = child.tail = ""
        else:
            bracket_time(el, tag)
        el.tail = _gap(el) + (el.tail or "")


def _mark_bold(el: etree._Element, tag: str) -> None:
    """The bold lead's markers around a bold element or a speaker-styled span."""
    el.tail = "\ue005" + _gap(el) + (el.tail or "")
    # A span styled as the speaker is marked as such too (\ue018): after a cue's time
    # ("<span class=cue-time>0:04</span><span class=cue-speaker>Ravi</span>") it is a label.
    # One whose class says speaker (\ue019) is a label before any words: a caption
    # panel's cue opens in lower case ("<span class=cue-speaker>Ravi</span> so when…").
    styled = "" if tag in ("strong", "b") else "\ue018" + (
        "\ue019" if _SPEAKER_ONLY.search(el.get("class", "")) else "")
    el.text = "\ue004" + styled + (el.text or "")


def _box(parent: etree._Element | None, boxes: dict[str, str]) -> str:
    """The mark of the kind of container a block sits in (its tag and class): a
    transcript's paragraphs share one, a footer or a tag list after it has its own."""
    if parent is None or not isinstance(parent.tag, str):
        return ""
    kind = f"{parent.tag}.{parent.get('class', '')}"
    return boxes.setdefault(kind, f"\ue020{len(boxes)}\ue021")


def _gap(el: etree._Element) -> str:
    """A space between an inline element and the words after it when they would run
    together ("Elon Musk" "0:21"), none before punctuation ("<em>huge</em>.") or
    between Chinese characters ("<a>比亚迪</a>的")."""
    nxt = el.getnext()
    after = (el.tail or ("".join(nxt.itertext()) if nxt is not None else ""))[:1]
    before = "".join(el.itertext())[-1:]
    if not (before.isalnum() and after.isalnum()):
        return ""
    return "" if _CJK.match(before) and _CJK.match(after) else " "


def _link_time(href: str) -> str:
    """A timestamp link shown as an icon ("▶") reads as its time: "(0:12:34)"."""
    m = _T_PARAM.search(href)
    if not m:
        return ""
    seconds = int(m.group(1))
    return f"({seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d})"


_BOX = re.compile("\ue020(\\d+)\ue021")
_STAMP_SPEAKER = re.compile("^(?P<ts>[(\\[]?(?:\\d{1,2}:\\d{1,2}|\\d{1,3}):\\d{2}[)\\]]?)\\s*"
                            "\ue004\ue018\ue019?(?P<name>[^\ue005:：]{1,60})\ue005\\s*[:：]?\\s*(?P<rest>\\S.*)$", re.S)
_MARKS = "".join(chr(c) for c in range(0xE006, 0xE018))  # context and level marks
_LEVEL_NAMES = ("h2", "h3", "h4", "h5", "h6", "dt")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page: its plain text and how it is marked up."""

    text: str
    heading: bool = False
    bold: str = ""  # the bold words the line starts with
    cells: tuple[str, ...] = ()  # a table row's cells
    context: str = ""  # "quote" (blockquote, caption), "list" (list item), "title" (h1) or ""
    box: str = ""  # the kind of container the line sits in (a number as text)
    # Every word in bold, in one run or several ("<b>The Ledger:</b> <b>Why?</b>").
    all_bold: bool = False
    # The bold lead is an element whose class says speaker ("<span class=cue-speaker>").
    speaker: bool = False

    @classmethod
    def of(cls, raw: str, box: str = "") -> Line | None:
        """A line from the page text with markers \\ue002 heading, \\ue003 cell, \\ue004/\\ue005
        bold, \\ue006 quoted (blockquote, caption), \\ue007 list item, \\ue008 the page's title,
        \\ue012-\\ue017 a heading's level (h2-h6, dt), \\ue020n\\ue021 its container (else ``box``)."""
        m = _BOX.search(raw)
        if m:
            box, raw = m.group(1), _BOX.sub("", raw)
        # Marks go without a trace ("<b>real</b>, so" is "real, so"); cells stay apart.
        clean = tidy(re.sub("[\ue002\ue004-\ue019]", "", raw.replace("\ue003", " ")))
        if not clean:
            return None
        start = raw.lstrip(" \t\ue002\u00a0" + _MARKS)
        bold = ""
        if start.startswith("\ue004") and "\ue005" in start:
            bold = tidy(re.sub("[\ue018\ue019]", "",
                               start[1:start.index("\ue005")].replace("\ue004", " ")))
        elif m := _STAMP_SPEAKER.match(start):  # "(0:04)" then the speaker's span: its label
            clean = tidy(re.sub("[\ue002\ue004-\ue019]", "",
                                f"{m.group('ts')} {m.group('name')}: {m.group('rest')}"))
        cells = tuple(c for c in (tidy(re.sub("[\ue002\ue004-\ue019]", " ", part))
                                  for part in raw.split("\ue003")[1:]) if c)
        level = re.search("[\ue012-\ue017]", raw)
        context = ("quote" if "\ue006" in raw else "list" if "\ue007" in raw
                   else "title" if "\ue008" in raw
                   else _LEVEL_NAMES[ord(level.group()) - 0xE012] if level else "")
        unbolded = re.sub("\ue004[^\ue005]*\ue005", "", start)
        all_bold = bool(bold) and not re.sub("[\ue002\ue004-\ue019\\s]", "", unbolded)
        return cls(clean, "\ue002" in raw, bold, cells, context, box, all_bold,
                   start.startswith("\ue004\ue018\ue019"))


def tidy(text: str) -> str:
    """Whitespace as single spaces; zero-width characters (WeChat pages carry them) gone."""
    return " ".join(_ZERO_WIDTH.sub("", text).split())
