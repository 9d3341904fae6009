"""Lines that bound a transcript on a page: the one announcing it, those after it.

Pure; shared by the line formats (``transcript_lines``), the turns and the Q&A reader.
"""

from __future__ import annotations

import re

__all__ = ["is_divider", "is_marker", "is_stop"]

_MARKER = re.compile(
    r"^(?:full |episode |the |complete |read the )?transcripts?\W*$"
    r"|^[^\n]{0,30}(?:文字稿|逐字稿|全文|实录|實錄)[^\n]{0,30}[:：]?$"
    r"|^以下[为是為][^\n]{0,20}(?:内容|內容|对话|對話|访谈|訪談|问答|問答)[^\n]{0,12}[:：]$", re.I)
_STOP = re.compile(
    r"^(?:share(?: this)?|comments?|\d+ comments?|leave a (?:comment|reply)|subscribe\b.{0,40}|"
    r"related(?: posts| episodes| articles)?|more episodes|you (?:may|might) also like|"
    r"推荐阅读|相关阅读|延伸阅读|往期回顾|责任编辑.{0,20}|責任編輯.{0,20}|[-—–]*\s*end\s*[-—–]*)\W*$",
    re.I)
# The editor's note under an interview: "This conversation has been condensed and lightly
# edited.", "＊訪問內容經刪節。" (one sentence; the note above one goes on to say more).
_EDITED = re.compile(
    r"^(?:this|the|the following|our) (?:interview|conversation|transcript|exchange|q&a|discussion)"
    r"\b[^.]{0,20}?\b(?:has been|have been|was|were|is) (?:\w+ ){0,2}?(?:edited|condensed)\b"
    r"[^.]{0,40}\.?$"
    r"|^[＊*※]?[^。]{0,6}(?:内容|內容)?(?:经|經)(?:过|過)?(?:删节|刪節|编辑|編輯)[^。]{0,10}。?$", re.I)
# A newsletter's closing note: "Thanks for reading The Gradient Line! Subscribe for free …"
# (reading: a written post's, not what someone says on air).
_READ_ON = re.compile(r"^(?:thanks|thank you) for reading\b"
                      r"|^an? (?:(?:previous|earlier) )?version of this (?:article|interview|story|"
                      r"conversation)\b", re.I)
# A bar of links under a page: "Policies · Privacy · Accessibility · Help".
_LINK_BAR = re.compile(r"^(?:[^·|•]{1,25} [·|•] ){2,}[^·|•]{1,25}$")


# A divider typed across a post: "==========", "----------", "～～～～～～" (one mark repeated,
# no spaces: "* * *" between excerpts of one transcript is a gap within it).
_DIVIDER = re.compile(r"([=\-_~*#—–─━═＝－～＊])\1{2,}")


def is_divider(line: str) -> bool:
    """A line that is a typed divider: the section it closes is over."""
    return len(line) <= 200 and bool(_DIVIDER.fullmatch(line.strip()))


def is_marker(line: str) -> bool:
    """A line that announces the transcript ("Transcript", "以下为访谈全文：")."""
    return bool(_MARKER.match(line.strip())) and len(line) <= 80


def is_stop(line: str) -> bool:
    """A line after which a page's transcript is over ("Share", "推荐阅读", "Comments", a
    bar of links: "Policies · Privacy · Help", an editor's note: "This interview has been
    edited.", a newsletter's "Thanks for reading …")."""
    return (len(line) <= 60 and bool(_STOP.match(line.strip()) or _LINK_BAR.match(line))
            or len(line) <= 100 and bool(_EDITED.match(line.strip()))
            or len(line) <= 200 and bool(_READ_ON.match(line.strip())))
