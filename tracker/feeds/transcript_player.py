"""What a player's transcript panel says outside its text: cue times, avatars, time links.

Pure; called by ``transcript_dom`` on the parsed page before it is read as lines. A
player shows a turn's speaker as an avatar (Descript: ``<img alt="Elon Musk">``, no
name in the text), its time as an attribute (``<li data-start="12.6">``, the visible
time a button) or as a link after the words (``… <a href="?t=8">00:08</a>``). Each is
written into the text the way a transcript prints it: the name as a speaker-styled
span, the time in brackets, so the line formats read them as any other page's.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

__all__ = ["avatars", "bracket_time", "cue_start", "cue_times", "initials_badges", "keep_tail",
           "speaker_attributes", "time_buttons"]

# A cue's start as a data attribute, by what its name says: "data-start", "data-seek",
# "data-timestamp", "data-cue-time", "data-from", "data-t"; milliseconds when the name ends
# so ("data-start-ms", "data-offset-millis", "data-ms"). Never an end, a duration or a length.
_TIME_WORD = r"(?:start|begin|time|timestamp|seek|offset|from|ts|t|sec|secs|seconds|position|pos)"
_NOT_START = r"(?!(?:[a-z]+-)*(?:end|stop|dur|duration|length|len)(?:-|$))"
_CUE_ATTR = re.compile(rf"data-{_NOT_START}(?:[a-z]+-)*{_TIME_WORD}(?:-(?:time|at|s|to))?")
_MS_ATTR = re.compile(rf"data-{_NOT_START}(?:(?:[a-z]+-)*{_TIME_WORD}-?)?(?:ms|millis|msec)")
_SECONDS = re.compile(r"\d{1,9}(?:\.\d+)?")  # milliseconds of a long episode: 7 digits
_SHOWN_TIME = re.compile(r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])")
_BARE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?")
_TIME_ALONE = re.compile(rf"[(\[（【]?\s*{_BARE_TIME.pattern}\s*[)\]）】]?")
_PLAY = "▶►⏵▷⯈▸\u25b6\ufe0f \u00a0"  # play signs (and spaces) before a jump link's time
_TIME_CLASS = re.compile(r"time|stamp|\bts\b|\btc\b", re.I)
_SPEAKER_CLASS = re.compile(r"speaker|name|who", re.I)  # as ``transcript_dom`` reads it
# Where an image is a speaker's avatar: its class, its file or its wrapper's class.
_AVATAR = re.compile(r"avatar|speaker|headshot|userpic|profile-?pic", re.I)
# An alt text that is a name ("Maya Chen", "Speaker 2", "马斯克"), not a description.
_NAMED = re.compile(r"[A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*){0,4}|Speaker ?\d{1,2}"
                    r"|[\u3400-\u9fff][\u3400-\u9fff·•・]{1,11}")
_GENERIC_ALTS = frozenset({"avatar", "user", "profile", "image", "photo", "picture", "icon",
                           "logo", "default", "speaker", "unknown", "anonymous"})
# Words that open with a label of their own: "Host:", "[00:08] Elon Musk:", "马斯克：", "【马斯克】".
_LABELLED = re.compile(r"^(?:[\[(（【]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\S*\s*[-–—|·]?\s*)?"  # a time first
                       r"(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}\s*[:：]"
                       r"|[\u3400-\u9fff·]{1,8}\s*[:：]|[【〔])")
_BY = re.compile(r"^(?:(?:posted |written )?by|from|作者|文)\s*[:：|]?\s*", re.I)
_ALT_WORDS = re.compile(r"^(?:avatar|photo|picture|image|profile (?:picture|photo)) (?:of|for) "
                        r"|(?:'s|’s)? (?:avatar|photo|headshot|profile (?:picture|photo))$", re.I)


# A badge's class: "seg-avatar", "initials", "monogram".
_BADGE = re.compile(r"avatar|initials?|monogram|badge", re.I)


def initials_badges(root: etree._Element) -> None:
    """An initials badge before a speaker's name ("<span aria-hidden>E</span>Elon Musk",
    "<i class=avatar>ML</i>Maya Lindqvist") is decoration: it goes, so the label reads
    "Elon Musk", not "E Elon Musk". A badge: one to three capitals alone in an element
    hidden from screen readers or styled as an avatar, whose initials open the name after it."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or len(el):
            continue
        text = (el.text or "").strip()
        if not (1 <= len(text) <= 3 and text.isalnum() and text[0].isalpha() and text.isupper()):
            continue
        if el.get("aria-hidden") != "true" and not _BADGE.search(el.get("class", "")):
            continue
        after = (el.tail or "").strip()
        nxt = el.getnext()
        if not after and nxt is not None:
            after = "".join(islice(nxt.itertext(), 3))[:80].strip()  # a name: its first words
        initials = "".join(word[:1] for word in after.split()[:3]).upper()
        if _NAMED.fullmatch(after.rstrip(":：")) and initials.startswith(text):
            parent = el.getparent()
            if parent is not None:
                keep_tail(el)
                parent.remove(el)


def keep_tail(el: etree._Element) -> None:
    """The text after a removed element stays, with the element before it or its parent."""
    if not el.tail:
        return
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        prev.tail = (prev.tail or "") + el.tail
    elif parent is not None:
        parent.text = (parent.text or "") + el.tail


def time_buttons(root: etree._Element) -> None:
    """A button that shows a time (a player's "00:08" that seeks there) is the time shown,
    and one that shows a speaker's name (styled as the speaker) is the name, kept when the
    other buttons ("Play", "Copy") go."""
    for button in list(root.iter("button")):
        shown = "".join(button.itertext()).strip()
        if _TIME_ALONE.fullmatch(shown):
            for child in list(button):
                button.remove(child)
            button.tag, button.text = "span", shown
            button.set("class", "time")
        elif (_SPEAKER_CLASS.search(button.get("class", "")) and 0 < len(shown) <= 60
              and _NAMED.fullmatch(shown)):
            # A speaker's name as a button (it filters the transcript by speaker).
            for child in list(button):
                button.remove(child)
            button.tag, button.text = "span", shown
            button.attrib.clear()
            button.set("class", "speaker")


def avatars(root: etree._Element) -> None:
    """An avatar that leads its block and names its speaker (an image's alt text, an
    initials badge's title) reads as the speaker's name; not when the words beside it
    name the speaker already ("Elon Musk", "Host:")."""
    for el in list(root.iter()):
        name = _avatar_name(el) if isinstance(el.tag, str) else None
        if name is None or not _leads(el, name):
            continue
        tail = el.tail
        el.clear()  # its attributes and initials too: the span must not keep "src"
        # With a colon: a label beyond doubt, even before words in lower case ("so when…").
        el.tag, el.text, el.tail = "span", name + ":", tail
        el.set("class", "speaker")


def speaker_attributes(root: etree._Element, blocks: tuple[str, ...]) -> None:
    """A block whose speaker is an attribute only (``<p data-speaker="Elon Musk">``)
    opens with the speaker's name, unless its words name the speaker already."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag.lower() not in blocks:
            continue
        name = (el.get("data-speaker") or el.get("data-speaker-name") or "").strip()
        if not _NAMED.fullmatch(name) or name.casefold() in _GENERIC_ALTS:
            continue
        head = "".join(islice(el.itertext(), 4)).strip()
        if head.casefold().startswith(name.casefold()) or _LABELLED.match(head):
            continue
        label = etree.SubElement(el, "span", {"class": "speaker"})
        label.text, label.tail, el.text = name + ":", " " + (el.text or ""), ""
        el.insert(0, label)


def _avatar_name(el: etree._Element) -> str | None:
    """The name an avatar gives: an image's alt text (or title), an initials badge's
    title or label ("EM" titled "Elon Musk"); None when it is no avatar or no name."""
    if el.get("alt") is None and el.get("title") is None and el.get("aria-label") is None:
        return None  # most elements: nothing to read
    if el.tag.lower() == "img":
        parent = el.getparent()
        kind = " ".join((el.get("class", ""), el.get("src", ""),
                         parent.get("class", "") if parent is not None else ""))
        said = el.get("alt") or el.get("title") or ""
    else:  # a badge: its own class says avatar, its text is initials at most
        kind, said = el.get("class", ""), el.get("title") or el.get("aria-label") or ""
        if len(el) or len((el.text or "").strip()) > 3:
            return None
    name = _ALT_WORDS.sub("", said.strip())
    if not _AVATAR.search(kind) or not _NAMED.fullmatch(name):
        return None
    return None if name.casefold() in _GENERIC_ALTS else name


def _leads(img: etree._Element, alt: str) -> bool:
    """Whether the avatar opens its block (no words before it, a byline's "By" or a
    printed name) and the words after it do not start with its name or another label."""
    prev = img.getprevious()
    parent = img.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
    if prev is not None:
        before = "".join(prev.itertext()) + before
    after = ((img.tail or "") + "".join(
        "".join(s.itertext()) + (s.tail or "") for s in islice(img.itersiblings(), 3))).strip()
    byline = _BY.sub("", after)  # "By Maya Chen": an author's avatar, no speaker's
    return (not before.strip() and not byline.casefold().startswith(alt.casefold())
            and not _LABELLED.match(after))


def bracket_time(el: etree._Element, tag: str) -> None:
    """A time link or time element shown bare ("00:08") reads in brackets, "(00:08)", as
    transcripts print a turn's time, so a time after the words is the turn's too."""
    if len(el) or not (tag in ("a", "time") or _TIME_CLASS.search(el.get("class", ""))):
        return
    # A jump link may show a play sign before its time: "▶ 01:35" is the time 01:35.
    shown = (el.text or "").strip().lstrip(_PLAY).strip()
    if not _BARE_TIME.fullmatch(shown):
        return
    prev = el.getprevious()
    parent = el.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
    if before.rstrip()[-1:] not in ("(", "[", "（", "【"):  # already in brackets
        el.text = f"({shown})"


def cue_times(root: etree._Element, blocks: tuple[str, ...]) -> None:
    """A cue whose time is an attribute (``<li data-start="12.60">``, an accessible
    player's transcript; milliseconds on 喜马拉雅) reads as "[0:00:12] ...": its visible
    time is often a button, and buttons are gone."""
    cues = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() not in blocks:
            continue
        shown, per_second = cue_start(el)
        # A cue that shows its time already keeps it as shown ("名字（00:00:27）：…").
        if (_SECONDS.fullmatch(shown) and not _SHOWN_TIME.search(_head(el))
                and not _shows_time(el)):
            cues.append((el, float(shown) / per_second))
    # Whole numbers past twelve hours are milliseconds: no episode is that long.
    scale = 1000 if cues and max(v for _, v in cues) > 43200 and all(
        v.is_integer() for _, v in cues) else 1
    for el, value in cues:
        s = int(value / scale)
        stamp = f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
        if el.tag.lower() == "tr":  # a table row: the time as a cell of its own
            cell = etree.Element("td")
            cell.text = stamp
            el.insert(0, cell)
        elif (lead := _label(el)) is not None:  # "Elon Musk [0:00:12] words": still a label
            lead.tail = f" [{stamp}] " + (lead.tail or "")
        else:
            el.text = f"[{stamp}] " + (el.text or "")


def cue_start(el: etree._Element) -> tuple[str, float]:
    """The cue's start attribute's value and its units a second ("", 1.0 without one)."""
    for units, names in ((1.0, _CUE_ATTR), (1000.0, _MS_ATTR)):
        for name, value in el.attrib.items():
            if names.fullmatch(str(name).lower()) and str(value).strip():
                return str(value).strip(), units
    return "", 1.0


def _shows_time(el: etree._Element) -> bool:
    """Whether an element inside the cue shows its time ("… <a>00:08</a>" after the words):
    the page's own, kept as shown."""
    return any(not len(d) and _TIME_ALONE.fullmatch((d.text or "").strip())
               for d in el.iterdescendants() if isinstance(d.tag, str))


def _label(el: etree._Element) -> etree._Element | None:
    """The speaker element a cue opens with (bold, or styled as the speaker), if any."""
    lead = el[0] if len(el) and not (el.text or "").strip() else None
    if lead is None or not isinstance(lead.tag, str) or len("".join(lead.itertext())) > 60:
        return None
    styled = lead.tag.lower() in ("strong", "b") or _SPEAKER_CLASS.search(lead.get("class", ""))
    return lead if styled else None


def _head(el: etree._Element) -> str:
    """The start of a cue's text, where a shown time would be (after a speaker's name)."""
    return "".join(islice(el.itertext(), 3))[:40]
