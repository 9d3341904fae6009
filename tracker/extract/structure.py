"""The structure of a document: who holds the floor in each paragraph.

Transcripts, interviews and earnings calls come in a few shapes, and his words
are told apart from the others' by that shape before any sentence is read:

* speaker labels: ``Name: text``, ``Name (00:12:03) text``, ``[00:12] Name: text``;
* headings of an earnings call or a transcript page: a line ``Elon Musk -- Chief
  Executive Officer`` (or ``马斯克——首席执行官``) and the paragraphs under it;
* question and answer: ``Q:`` / ``问：`` / an outlet's name asks, ``A:`` / ``答：`` answers
  (the answer is the interviewee's, who is named elsewhere in the document).

Everything else is prose, attributed sentence by sentence. Pure: spans in, spans out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.extract.sentences import paragraphs

_STAMP = r"(?:\[?\(?\d{1,2}(?::\d{2}){1,2}\)?\]?)"
# "Name:", "Name (00:01:02):", "[00:01] Name:", "Name (00:01:02) text" (no colon after a stamp)
_LABEL = re.compile(
    rf"\s*(?:{_STAMP}\s*)?"
    r"(?P<name>(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{1,8}|\d{1,3}[\u4e00-\u9fff]{1,4}|[QA]"
    r"|《[^》\n]{1,12}》|【[^】\n]{1,12}】)"
    # An earnings call's heading run into its turn: "Elon Musk -- Chief Executive Officer:".
    r"(?P<title>(?:\s+(?:--|—|–)\s+[A-Z][^\n:：()（）\-—–]{1,40}){1,2}(?=\s*[:：]))?"
    # "Name (00:12:03) text" needs no colon after its stamp; "Name (role):" does, so a
    # dateline "BERLIN (Reuters) - ..." is never a speaker label.
    rf"(?:\s*\(\d{{1,2}}(?::\d{{2}}){{1,2}}\)\s+|(?:\s*[(（](?P<role>[^()（）]{{1,40}})[)）])?\s*"
    rf"(?:{_STAMP}\s*)?[:：]\s*)")
# An earnings-call or transcript-page heading: "Elon Musk -- Chief Executive Officer".
_HEADING = re.compile(
    r"\s*(?P<name>(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{2,8})"
    r"\s*(?:--|—|——|–|-)\s*(?P<role>[^\n:：]{2,60})\s*$")
QUESTION_LABELS = frozenset({"q", "问", "question", "记者", "主持人", "host", "interviewer"})
ANSWER_LABELS = frozenset({"a", "答", "answer"})


@dataclass(frozen=True, slots=True)
class Turn:
    """A paragraph and who holds the floor in it.

    Attributes:
        start, end: the span of the words (after any label) in the text.
        label: the speaker label or heading name as written; "" in prose.
        kind: "prose", "label" (a named speaker), "question" or "answer".
        line_start: where the paragraph's line starts (before the label).
    """

    start: int
    end: int
    label: str
    kind: str
    line_start: int


def _label_kind(name: str) -> str:
    folded = name.strip().lower()
    if folded in QUESTION_LABELS or folded.startswith(("《", "【")):  # "《财经》：": the outlet asks
        return "question"
    if folded in ANSWER_LABELS:
        return "answer"
    return "label"


# A Chinese "label" ending in a speech verb is reported speech ("马斯克表示："), not a turn.
_SPEECH_END = re.compile(r"(?:表示|说|说道|称|指出|认为|写道|透露|强调|直言|坦言|回应|补充|回复|问道|答道|发文|发帖|"
                         r"警告|预测|预言|坦承|承认|呼吁|感叹|回怼|怒怼|反驳|吐槽|调侃|发声|喊话|形容|否认|重申)$")


# "4:18 PM CT:", "09:41 ET:" - a live blog's time, not a speaker.
_TIME_WORDS = re.compile(r"^(?:[AP]\.?M\.?(?:\s+[A-Z]{2,4})?|[ECMPA][SD]?T|UTC|GMT|CES?T|BST|HKT|JST|SGT|KST)$")


# A list's entries by day or date, never a speaker: "Monday:", "周一：", "3月5日：", "Update:";
# nor a topic marker ("On China:", "关于中国：").
_LIST_LABEL = re.compile(
    r"^(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"update|updated|editor'?s note|note|context|background|correction|"
    # a newsletter's or live blog's section markers
    r"elsewhere|meanwhile|separately|also|plus|earlier|later|previously|flashback|related|"
    r"recap|summary|highlights?|takeaways?|bottom line|the bottom line|"
    r"周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|今天|昨天|"
    r"\d{1,2}月\d{1,2}日|更新|注|编者按|背景|"
    # a roundup's topic markers: "On China:", "On Hong Kong:", "关于中国：", "谈到比亚迪："
    r"(?:on|about|re|regarding|as for|as to)\s.+|(?:关于|至于|对于|谈到|说到|谈及|聊到).+)$", re.I)


# A title's "专访马斯克：", "对话埃隆·马斯克：": an interview with him, no speaker label.
_INTERVIEW_HEAD = re.compile(r"^(?:专访|独家专访|对话|独家对话|采访|访谈|揭秘|直击)")


# A title's "马斯克再谈台湾：", "马斯克答财新问：": what he talked about, or to whom he
# answered, before the colon; no speaker label (a name holds no such verb after its first
# two characters).
_NO_NAME = re.compile(r"[\u4e00-\u9fff·]{2,}(?:再|又|首次|还|重|還)?(?:谈|答|聊|评|论|回应|点评|回答|"
                      r"談|評|論|回應|點評)"
                      # "马斯克接受专访：", "馬斯克出席論壇：": what he did, no label
                      r"|[\u4e00-\u9fff·]{2,}?(?:接受|受邀|做客|出席|现身|現身)"
                      # "我再补充一点：", "这一点：": a pronoun opens a clause, never a name
                      r"|(?:我|你|您|他|她|它|这|那|咱)")


def _is_name(name: str) -> bool:
    if _INTERVIEW_HEAD.match(name.strip()) or _NO_NAME.match(name.strip()):
        return False
    words = name.split()
    if not words or len(name) > 40 or _SPEECH_END.search(name) or _LIST_LABEL.match(name.strip()):
        return False
    if name.isascii():
        return all(w[:1].isupper() for w in words)
    return True


# A heading line that names only a role (transcript pages in Chinese often do): the floor
# passes to somebody else.
_ROLE_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}(?:官|师|主管|总监|主席|总裁|经理|记者|主持人|员)"
                        r"|(?:[A-Z][a-z]+ )?(?:Analyst|Operator|Officer|Moderator|Host))\s*$")


# Who answers, in brackets right after the answer's label: "A: (Musk) Not at all."
_ANSWERER = re.compile(r"[(（](?P<who>[^()（）\n]{1,30})[)）]\s*(?=\S)")


def heading_name(line: str) -> str | None:
    """The speaker a heading line names ("Elon Musk -- Chief Executive Officer"), or None."""
    head = _HEADING.match(line)
    if head and _is_name(head.group("name")) and len(line) <= 90:
        return head.group("name")
    return None


_OPENERS = "\"“「"
_CLOSERS = "\"”」"


def _whole_quote(text: str, a: int, b: int) -> bool:
    """The paragraph is one quotation and nothing else ("“More than I'd like. ...”")."""
    words = text[a:b].strip()
    if len(words) < 4 or words[0] not in _OPENERS or words[-1] not in _CLOSERS:
        return False
    inner = words[1:-1]
    return not any(c in inner for c in _OPENERS + _CLOSERS)


def _asks(text: str, a: int, b: int) -> bool:
    return text[a:b].rstrip().endswith(("?", "？")) and not _whole_quote(text, a, b)


def turns(text: str) -> Iterator[Turn]:
    """The paragraphs of text with their speaker, headings carried over the paragraphs under them.

    A written Q&A whose answers are bare quotations under each question ("1. Are you
    building alternatives?" / "“We are, ...”") reads as questions and answers: the answers
    are the interviewee's (named elsewhere in the document), as a bare "A:" is.
    """
    heading = ""
    answerer = ""  # who an earlier answer label named ("答（马斯克）："): later bare "答：" are his
    spans = list(paragraphs(text))
    written = [i for i in range(1, len(spans))
               if _whole_quote(text, *spans[i]) and _asks(text, *spans[i - 1])]
    # Two such pairs at least: one question and a quote after it may be prose.
    answered = set(written) if len(written) >= 2 else set()
    asked = {i - 1 for i in answered}
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        named = heading_name(line)
        # The first line is the item's title ("Lake Geneva Dialogue – live"), never a
        # heading naming who speaks under it.
        if named is not None and a > 0:
            heading = named
            continue
        if heading and _ROLE_LINE.match(line):
            heading = line.strip()  # "首席财务官", "Analyst": a heading naming only a role
            continue
        label = _LABEL.match(text, a, b)
        quoted = label is not None and text[label.end():label.end() + 1] in "\"“「『"
        if label and text[a:label.start("name")].strip() and _TIME_WORDS.match(label.group("name")):
            label = None  # "4:18 PM CT:": a live blog's time
        if label and label.group("title") and a == 0:
            label = None  # "Musk — China's Biggest Fan: ...": the item's title, as for headings
        if label and _is_name(label.group("name")) and label.end() < b and not quoted:
            name = label.group("name")
            start = label.end()
            if label.group("role") and _label_kind(name) == "answer":
                name = answerer = label.group("role")  # "A (Musk):", "答（马斯克）：" name who answers
            elif _label_kind(name) == "answer" and (after := _ANSWERER.match(text, start, b)):
                name, start = after.group("who"), after.end()  # "A: (Musk) ...", "答：（马斯克）……"
                answerer = name
            elif _label_kind(name) == "answer" and answerer:
                name = answerer  # a write-up names the interviewee at the first answer only
            heading = ""
            yield Turn(start, b, name, _label_kind(name), a)
        elif heading:
            yield Turn(a, b, heading, "label", a)
        elif i in answered:
            yield Turn(a, b, answerer, "label" if answerer else "answer", a)
        elif i in asked:
            yield Turn(a, b, "", "question", a)
        else:
            yield Turn(a, b, "", "prose", a)


def labelled_share(found: list[Turn]) -> float:
    """The share of paragraphs that carry a speaker (a transcript is mostly labelled)."""
    return sum(t.kind != "prose" for t in found) / len(found) if found else 0.0
