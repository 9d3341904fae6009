"""Headlines: where an item's title is, and the outlet an aggregator appends to it.

A feed item is stored as its title, a blank line and its body. A headline is a
statement only when it carries his words or a clear paraphrase of a claim ("Musk
says China will win"), not when it only says that he spoke ("Musk posts about
Chinese battery prices"). Google News and Bing News titles end in " - Publisher".
"""

from __future__ import annotations

import re

MAX_TITLE = 300
# " - Reuters", " | Bloomberg", " - 澎湃新闻": a short tail naming the outlet.
_OUTLET = re.compile(r"\s+[-–—|]\s+(?P<outlet>[^-–—|\"“”]{2,40})\s*$")
# A reported "claim" that only names a subject: "... posts about Chinese battery prices".
# ("said of Chinese EV makers"); English words whole: "only China can ..." is a clause.
FRAGMENT = re.compile(r"^\s*(?:(?:about|on|over|of|regarding|concerning)\b|谈|谈及|谈到|就|关于|对|回应|评论|再谈)")


def headline_span(text: str, title: str = "") -> tuple[int, int] | None:
    """The span of the title line when the text starts with one (title, blank line, body;
    or the title alone, as an aggregator's item often is)."""
    if title and text.startswith(title.strip()) and "\n" not in title.strip():
        return 0, len(title.strip())
    cut = text.find("\n\n")
    if cut <= 0 or cut > MAX_TITLE or "\n" in text[:cut]:
        return None
    return 0, cut


def strip_outlet(text: str, start: int, end: int, *, named: bool = False) -> int:
    """The end of a headline's span without an aggregator's " - Publisher" tail; with
    ``named`` (a title line in a body, where a dash may also join a clause: "huge - and
    growing"), only a tail that starts as a name does ("- Reuters", "- 澎湃新闻")."""
    tail = _OUTLET.search(text, start, end)
    if tail is None:
        return end
    outlet = tail.group("outlet").strip()
    if len(outlet.split()) > 6 or outlet.endswith((".", "。", "?", "？", "!", "！")):
        return end
    if named and not (outlet[:1].isupper() or not outlet[:1].isascii()):
        return end
    return tail.start()


def is_fragment(text: str, start: int, end: int) -> bool:
    """True when a reported clause only names what he spoke about ("about X", "谈X")."""
    return FRAGMENT.match(text[start:end].lower()) is not None


# A list of what was talked about, not a claim: "BYD, Starship and a meme", "TikTok、星舰与猫",
# "从德国大选到中国机器人视频". Three or more items (or "from ... to ..."), no verb of a clause.
_ZH_ITEM = r"[^，。,:：；;！？!?“”\"\s]{1,14}"
_EN_ITEM = r"[\w'’.-]+(?:\s+[\w'’.-]+){0,4}"
_LIST = re.compile(rf"^(?:{_ZH_ITEM}(?:、{_ZH_ITEM})+(?:与|和|及|以及){_ZH_ITEM}|从{_ZH_ITEM}到{_ZH_ITEM}|"
                   rf"{_EN_ITEM}(?:,\s*{_EN_ITEM})+,?\s+and\s+{_EN_ITEM})$")
_EN_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|will|would|can|could|should|must|has|have|had|"
                             r"be|been|do|does|did|says?|said)\b", re.IGNORECASE)


# "Musk: Views on China", "Elon Musk: his thoughts on Beijing": what the piece is about.
_VIEWS_ON = re.compile(r"^(?:(?:his|my|some|more|new|frank|candid|latest)\s+){0,2}(?:views?|thoughts|"
                       r"remarks|comments|reflections|notes|words|takes?|opinions?|musings)\s+"
                       r"(?:on|about|regarding)\b", re.IGNORECASE)


def is_topic_list(text: str, start: int, end: int) -> bool:
    """True when a title's stretch only lists topics ("BYD, Starship and a meme") or only
    names them ("Views on China")."""
    words = text[start:end].strip()
    return ((_LIST.match(words) is not None or _VIEWS_ON.match(words) is not None)
            and _EN_CLAUSE_VERB.search(words) is None)
