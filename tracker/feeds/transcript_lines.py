"""The line formats of transcript pages: who speaks a line, when, and what is said.

One line of a page (a paragraph, a heading, a table row) becomes a ``Record``:
a speaker label with its time and words, a time with words, or plain words. The
formats, each seen on real transcript pages:

* ``Name (hh:mm:ss) text`` (Lex Fridman's pages: name, timestamp link, words);
* ``Name (hh:mm:ss)`` or ``Name:`` alone, the turn's paragraphs below it, each
  perhaps starting with ``[m:ss]`` (every.to, iHeart, Bankless);
* ``Name: text`` and ``Name：text`` (interview write-ups in English and Chinese),
  ``Name: (hh:mm) text``;
* ``[hh:mm:ss] Name: text``, ``00:12:34 Name: text``, ``[00:01:02] - Name`` with the
  words below, ``Name - 00:01:02`` (Otter, Descript, Happy Scribe, caption dumps);
* a heading, a ``<dt>``, a bold lead or a speaker-styled span per speaker
  (``<h3>Elon Musk</h3>``, ``<strong>Dwarkesh Patel</strong> <em>00:01:12</em>``,
  ``<b>马斯克</b>所以…``, ``<span class=speaker>MUSK</span> — …``), a name alone on its
  line, ``【马斯克】…``, ``**Name:**`` left as typed;
* a role after the name: ``Elon Musk, CEO of Tesla:``, ``伊隆·馬斯克（Elon Musk）：``;
* a time after the words: ``Name: words [00:01:02]``, or a time alone on its line
  (an oral history's ``<dd>``, a subtitle cue ``00:00:01,500 --> 00:00:04,000``);
* a hearing record's ``Mr. Musk. text`` / ``The Chairman. text`` (perhaps after the
  turn's video time: ``[102:46] Mr. MUSK. text``), a Q&A's ``Q. text``,
  a deposition's ``THE WITNESS: text`` / ``MR. PRICE: text``,
  an earnings call's ``<b>Name</b> -- Title`` with the words below, a broadcast's
  ``(CLIP) ELON MUSK: text``;
* table rows with cells for time, speaker and words (the speaker perhaps with a role
  after dashes, an earnings call's ``Elon Musk -- Chief Executive Officer``; a row that
  leaves it empty continues the turn above);
* a hand-typed key's labels: ``EM (1:52): text``, numbered voices ``Q1 (2:10): text``,
  and a time the typist missed, ``EM (??:??): text``, read as no time;
* times without speakers: ``Starting point is 00:01:02 …``, ``(01:12): …``, ``[0:53] …``.

Each label keeps how it is written (``Record.form``): a transcript writes its labels one
way, so a label written otherwise outside it is a title or a show note.
Whether a label is a speaker is decided for the whole page (it must recur), in
``tracker.feeds.transcript_pages``; who it is, in ``transcript_people``. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracker.feeds.transcript_dom import Line, tidy

TS = r"(?:\d{1,2}:\d{1,2}|\d{1,3}):\d{2}(?:[.,]\d{1,3})?"
# Latin letters with accents too: "Tomás Lindqvist", "Jana Kühn".
_LATIN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\-]*"
_PARTICLE = r"(?:de|da|del|van|von|der|den|bin|al|el|la|le|di)"
NAME = (rf"(?:{_LATIN}(?:[ \u00a0](?:{_LATIN}|{_PARTICLE})){{0,4}}"
        r"|[\u3400-\u9fff](?:[\u3400-\u9fff]| ?[·•・] ?){0,7}(?: ?[A-Z][A-Za-z]*)?"
        r"|\d{1,3}[\u3400-\u9fff]{1,6}"  # a Chinese outlet as interviewer: "36氪"
        r"|[A-Z]{1,4}[\u3400-\u9fff]{1,4}"  # "UP主" (a video's uploader), "AI助手"
        r"|[\u3400-\u9fff]{2,4} [\u3400-\u9fff]{2,4}"  # a role, then the name: "主持人 吳怡君"
        r"|@[A-Za-z0-9_]{1,15}"  # a handle (X Spaces transcripts)
        r"|Speaker ?\d{1,2}|SPEAKER_\d{1,2}"
        r"|[A-Z]{1,2}\d{1,2}(?!\w|:\d))")  # a hand-typed key's numbered voices: "Q1", "P2"
_ROLE = r"(?:\s*[(（\[](?!\s*\d{1,2}:)(?P<role>[^()（）\[\]]{1,40})[)）\]])?"
# "Elon Musk, CEO of Tesla:": a role after a comma, before the colon only.
_COMMA_ROLE = r"(?:,\s*(?P<title>[A-Za-z\u3400-\u9fff][^:：.!?;\"“”]{0,60}?))?"  # "CEO, Tesla" too
# A role after a stamped label's name: capitalised or a role word first ("Elon Musk, CEO
# of Tesla (00:01:15):", "Dana Whitcomb, host [00:00:09]"), not a chapter line's list
# ("Batteries, costs and Shanghai (00:12:30)"); "CEO, TESLA" too.
_ROLE_WORD = (r"(?:[A-Z][\w&'’\-]*|host|co-host|moderator|anchor|guest|interviewer|founder|"
              r"chief|head|senior|former|reporter|correspondent|analyst|engineer|professor|author)")
_STAMP_ROLE = rf"(?:,\s*(?P<title>{_ROLE_WORD}(?:(?:[ \-]|, )[\w&'’\-]+){{0,6}}))?"
OPEN, CLOSE = r"[(\[（【［〔]", r"[)\]）】］〕]"  # "［00:17］", "〔00:14〕": full-width brackets too
_RANGE = rf"(?:\s*(?:[-–—~]|-->)\s*{TS})?"  # "(00:12:03 - 00:12:45)": the turn starts at the first
_STAMP_FIRST = re.compile(rf"^{OPEN}\s*(?P<ts>{TS}){_RANGE}\s*{CLOSE}\s*(?P<name>{NAME}){_ROLE}{_COMMA_ROLE}\s*[:：]\s*"
                          r"(?P<text>.*)$")
_NAME_STAMP = re.compile(rf"^(?P<name>{NAME}){_ROLE}{_STAMP_ROLE}\s*{OPEN}\s*(?P<ts>{TS}){_RANGE}\s*{CLOSE}\s*[:：]?\s*"
                         r"(?P<text>.*)$")
_NAME_BARE_STAMP = re.compile(rf"^(?P<name>{NAME}){_ROLE}{_STAMP_ROLE}\s*[:：]?\s*[-–—|·]?\s+(?P<ts>{TS})\s*$")
# "00:09马斯克：…": no space is needed before a Chinese name.
_BARE_STAMP_FIRST = re.compile(rf"^(?P<ts>{TS})(?:\s+|(?=[\u3400-\u9fff]))[-–—|·]?\s*"
                               rf"(?P<name>{NAME}){_ROLE}{_COMMA_ROLE}\s*[:：]\s*(?P<text>.*)$")
# "[00:01:08] Elon Musk — Thanks.": a time, the name, a dash, the words.
_STAMP_DASH = re.compile(rf"^(?:{OPEN}\s*(?P<ts>{TS}){_RANGE}\s*{CLOSE}|(?P<bare>{TS}))\s*"
                         rf"(?P<name>{NAME}){_ROLE}{_STAMP_ROLE}\s+[—–]\s+(?P<text>\S.*)$")
_NAME_DASH = re.compile(rf"^(?P<name>{NAME}){_ROLE}\s+[—–]\s+(?P<text>\S.*)$")
_NAME_COLON = re.compile(rf"^(?P<name>{NAME}){_ROLE}{_COMMA_ROLE}\s*[:：]\s*(?P<text>.*)$")
_BRACKETED = re.compile(rf"^[【〔](?P<name>{NAME}){_ROLE}[】〕]\s*[:：]?\s*(?P<text>.*)$")
# A subtitle panel's cue: its shown time, then "【马斯克】" and the words.
_STAMP_BRACKETED = re.compile(rf"^{OPEN}?\s*(?P<ts>{TS})\s*{CLOSE}?\s*[-–—|·]?\s*[【〔](?P<name>{NAME})"
                              rf"{_ROLE}[】〕]\s*[:：]?\s*(?P<text>.*)$")
_TIME_ONLY = re.compile(rf"^(?:\d{{1,5}}\s+(?={TS}\s*-->))?{OPEN}?\s*(?P<ts>{TS})\s*{CLOSE}?(?:\s*-->\s*{TS})?$")  # SRT cue
_STAMP_NAME = re.compile(rf"^{OPEN}?\s*(?P<ts>{TS})\s*{CLOSE}?\s*[-–—|·]?\s*(?P<name>{NAME}){_ROLE}"
                         rf"{_STAMP_ROLE}\s*[:：]?$")
# A jump link's words: "▶ Play from 1:35", "Jump to 12:30", "► 0:42", "Listen at 1:02:03".
_PLAY_WORDS = re.compile(r"(?i:\b(?:play|jump|listen|watch|skip|seek)\b)")
_PLAY = re.compile(rf"(?:[▶►▷⏵]\s*(?:(?i:play|jump|listen|watch|skip|seek)(?:\s+(?i:from|to|at))?\s+)?"
                   rf"|(?<![\w'’])(?i:play|jump|listen|watch|skip|seek)(?:\s+(?i:from|to|at))?\s+)"
                   rf"(?P<ts>{TS})(?![\d:])")
_TRAILING_STAMP = re.compile(rf"\s*{OPEN}\s*(?P<ts>{TS})\s*{CLOSE}$")
_NAME_ONLY = re.compile(rf"^(?P<name>{NAME}){_ROLE}{_COMMA_ROLE}\s*[:：]?$")
_TIMED = re.compile(rf"^(?:Starting point is\s+)?(?:{OPEN}\s*(?P<ts>{TS})\s*{CLOSE}|(?P<bare>{TS}))"
                    r"\s*[:：\-–—]?\s*(?P<text>.*)$")
_LEADING_STAMP = re.compile(rf"^(?:{OPEN}\s*(?P<ts>{TS})\s*{CLOSE}|(?P<bare>{TS})\b)\s*[:：]?\s*")
# Words before a colon that head a note, never a speaker.
_NOTE_WORDS = (
    "note notes update source sources sponsor sponsors timestamps timestamp chapters chapter links "
    "link transcript transcripts episode guest guests topics topic summary editor editors "
    "disclaimer warning correction photo video audio listen watch read subscribe follow website "
    "twitter x youtube email contact tags tag related share date time location music credits "
    "outline contents table intro introduction outro conclusion ps p.s speaker speakers text name "
    # words a sentence opens with, never a name: "Thanks, Elon. (01:37)", "Okay, real answer:"
    "thanks thank okay ok yes yeah no well so right sure great hi hello and but look listen "
    "now oh um uh"
)
_NOT_NAMES = frozenset(_NOTE_WORDS.split()) | {"以下", "注", "备注", "编者按", "来源", "时间", "地点", "视频", "音频", "链接",
              "目录", "本期目录", "本期嘉宾", "嘉宾介绍", "时间轴", "文字稿", "逐字稿", "全文",
              "備註", "來源", "時間", "視頻", "音頻", "連結", "目錄", "本期目錄", "本期嘉賓",
              "嘉賓介紹", "時間軸", "正文", "简介", "簡介", "摘要", "导语", "導語"}
# "本期访谈文字稿", "Full Transcript": a heading of the transcript, never a speaker.
_TRANSCRIPT_WORD = re.compile(r"transcript|文字稿|逐字稿|全文|实录|實錄")
# A court or committee record's heading, never a speaker: "VIDEOTAPED DEPOSITION OF ELON
# MUSK", "STATEMENT OF DR. AMARA OKONKWO", "CROSS-EXAMINATION", "TESTIMONY OF ...".
_RECORD_HEADING = re.compile(r"\b(?:deposition|testimony|examination|(?:prepared )?statement of)\b")
# A Chinese "name" ending in a verb of saying is a sentence: "他说：…", "报道称：…".
_CJK_SAYING = re.compile(r"[\u3400-\u9fff](?:说|道|称|稱|表示|指出|认为|認為|写道|寫道|问道|问|曰)$")


@dataclass(frozen=True, slots=True)
class Record:
    """What one line says: a speaker label (name), a time, the words; line as written."""

    line: str
    name: str | None = None
    seconds: float | None = None
    text: str = ""
    heading: bool = False
    # A label whose form leaves no doubt (with a time, or in a table's speaker cell):
    # a speaker even when they speak once. "Name: text" alone must recur.
    sure: bool = False
    row: bool = False  # a table row
    # How the label is written ("stamp-first", "bold", "colon", ...): a transcript writes
    # its labels one way, so a label written otherwise outside it is a title or a note.
    form: str = ""
    role: str = ""  # what the label's parentheses say: "Tesla CEO", "Elon Musk", "陳文彥"
    # What it says after a comma: "CEO, TESLA", "CALLER FROM FRESNO". It describes the
    # speaker and names no one ("Dana Holt, Elon Musk:" does not make Dana Elon Musk).
    title: str = ""
    box: str = ""  # the kind of container its line sits in (``Line.box``)


def seconds(stamp: str) -> float:
    """Seconds of "h:mm:ss", "mm:ss" or "m:ss.fff"."""
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def record(line: Line) -> Record:
    """Read one line in the first format that fits it."""
    if "▶" in line.text or _PLAY_WORDS.search(line.text):
        # A player's jump link, "▶ Play from 1:35", reads as the time it jumps to: "(1:35)".
        line = replace(line, text=_PLAY.sub(lambda m: f"({m.group('ts')})", line.text))
    if len(line.cells) >= 2:
        return _row(line)
    text = _MARKDOWN_LEAD.sub(r"\2", line.text)  # "**Elon Musk:** ..." left as typed
    text = _lead_in(text)
    if _NO_TIME_HINT.search(text[:200]):
        # "EM (??:??): Not enough.", "<b>Elon [--:--]</b>": a time the typist missed is
        # no time; the label stands as if none were written.
        text = _NO_TIME_AFTER.sub("", text, count=1)
        line = replace(line, bold=_NO_TIME_AFTER.sub("", line.bold, count=1))
    m = _STAMP_HEARING.match(text)
    if m:  # a hearing record's label beyond doubt, its time before it
        return replace(_labelled(line, m.group("name"), m.group("ts"), m.group("text"), "hearing"),
                       sure=True)
    for form, pattern in _STAMPED:
        m = pattern.match(text)
        if m and _is_name(m.group("name")):
            found = _labelled(line, m.group("name"), m.group("ts") or m.groupdict().get("bare"),
                              m.groupdict().get("text") or "", form, **_roles(m))
            # "[00:01:02] Elon Musk", the words below: a chapter line ("00:12:30 Tariffs")
            # looks the same, so this label must recur.
            # "00:12:30 Tariffs — why prices rise" too.
            return replace(found, sure=False) if form in ("stamp-name", "stamp-dash") else found
    if line.bold:
        return _bold_lead(line, text)
    return _untimed(line, text)


def _bold_lead(line: Line, text: str) -> Record:
    """A line whose bold words are its label: "<b>Name</b>", "<b>Name 00:01:02</b>"."""
    rest = text[len(line.bold):].lstrip(" :：—–")
    m = _NAME_ONLY.match(line.bold)
    titled = _DASH_TITLE.match(text[len(line.bold):])
    if m and titled and _is_name(m.group("name")):  # "<b>Name</b> -- <i>Title</i>", words below
        return _labelled(line, m.group("name"), titled.group("ts"), "", "bold",
                         titled.group("role"))
    if (rest[:1].islower() and not line.speaker
            and not re.search(r"[:：—–]\s*$", line.bold + text[len(line.bold):][:3])):
        # "<b>Elon Musk</b> is the founder of ...": a sentence; not an element whose class
        # says speaker ("<span class=cue-speaker>Elon Musk</span> sure, so…": a caption).
        return _untimed(line, text)
    m = _NAME_ONLY.match(line.bold)
    if m and _is_name(m.group("name")):
        return _labelled(line, m.group("name"), None, rest, "bold", **_roles(m))
    m = _NAME_BARE_STAMP.match(line.bold) or _NAME_STAMP.match(line.bold)
    if m and _is_name(m.group("name")) and not m.groupdict().get("text"):
        return _labelled(line, m.group("name"), m.group("ts"), rest, "bold", **_roles(m))
    return _untimed(line, text)


def _untimed(line: Line, text: str) -> Record:
    """A line without a time before its words: "Name: text", "【Name】", a name alone."""
    m = _HEARING.match(text)
    if m:
        # A title, a name and a period: a label beyond doubt (a witness may speak once).
        return replace(_labelled(line, m.group("name"), None, m.group("text"), "hearing"),
                       sure=True)
    m = _COURT.match(text)
    if m:  # a court reporter's labels: beyond doubt (the witness may answer once so)
        return replace(_labelled(line, m.group("name"), None, m.group("text"), "court"),
                       sure=True)
    m = _VOICE.match(text)
    if m and _is_name(m.group("name")):  # a WebVTT voice tag: a label beyond doubt
        return replace(_labelled(line, m.group("name"), None, m.group("text"), "voice"),
                       sure=True)
    m = _QA_DOT.match(text)
    if m:
        return _labelled(line, m.group("name"), None, m.group("text"), "qa-dot")
    for form, pattern in (("bracket", _BRACKETED), ("colon", _NAME_COLON), ("dash", _NAME_DASH)):
        m = pattern.match(text)
        if m and _is_name(m.group("name")):
            # "马斯克：" in a video's description, "马斯克: " in its subtitles: written otherwise.
            form += "-wide" if "：" in text[m.end("name"):m.start("text")] else ""
            found = _labelled(line, m.group("name"), None, m.group("text"), form, **_roles(m))
            # "Name:" alone on its line, the turn below it, is a label beyond doubt.
            return replace(found, sure=True) if not found.text and not line.heading else found
    m = _NAME_ONLY.match(text)
    if m and _is_name(m.group("name")):
        if line.heading:
            return _labelled(line, m.group("name"), None, "", "heading")
        if not re.search(r"\w\w[.!?]", text) and len(text) <= 40:
            # A name alone on its line, the turn below it (Descript, Otter), perhaps with
            # a note ("Elon Musk (archive clip, 2015)"): a speaker only where it recurs in
            # the transcript's alternation.
            return _labelled(line, m.group("name"), None, "", "name-line", **_roles(m))
    m = _NAME_DASH_TITLE.match(text)
    if m and _is_name(m.group("name")):  # "Elon Musk -- Chief Executive Officer", words below
        return _labelled(line, m.group("name"), m.group("ts"), "", "name-line", **_roles(m))
    return _unlabelled(line)


# An earnings call's speaker line: "Elon Musk -- Chief Executive Officer", "Name -- Firm -- Analyst".
# Its time may close the line: "Elon Musk -- Chief Executive Officer 0:58" (a webcast link).
_DASH_TITLE = re.compile(rf"^\s*(?:--|—|–|-(?= ))\s*(?P<role>[^.!?:]{{2,80}}?)"
                         rf"(?:\s+{OPEN}?(?P<ts>{TS}){CLOSE}?)?\s*$")
_NAME_DASH_TITLE = re.compile(rf"^(?P<name>{NAME}) (?:--|—|–|-) (?P<role>[^.!?:]{{2,60}}?)"
                              rf"(?:\s+{OPEN}?(?P<ts>{TS}){CLOSE}?)?$")
# A WebVTT file printed on a page: "<v Elon Musk>Thanks.</v>", "<v.loud Host>Hi".
_VOICE = re.compile(r"^<v(?:\.[\w.\-]+)?\s+(?P<name>[^<>]{1,60})>(?P<text>.*?)(?:</v>)?$")
# "Q. How many?" "A. More.": a Q&A's labels with a period.
_QA_DOT = re.compile(r"^(?P<name>[QA])\.\s+(?P<text>\S.*)$")
# A hearing record's labels (US Government Publishing Office): a title and a name, or the
# chair, then a period: "Mr. Musk. Thank you.", "Senator Okafor. Mr. Musk, ...".
# The chair as GPO prints it: "The CHAIRMAN.", "The Chairman.".
_HEARING_NAME = (r"(?i:Mr|Mrs|Ms|Dr)\. [A-Z][\w'’\-]+|(?:Senator|Representative|Chairman|Chairwoman|"
                 r"Secretary|General|Admiral) [A-Z][\w'’\-]+|The (?i:Chairman|Chairwoman|Chair|"
                 r"Vice Chairman|Clerk|Speaker|Presiding Officer)")
_HEARING = re.compile(rf"^(?P<name>{_HEARING_NAME})\.\s+(?P<text>\S.*)$")
# The same after the video time of the turn: "[4:50] Mr. MUSK. Thank you." (a label in a
# span styled as the speaker after its time reads "[4:50] Mr. MUSK.: Thank you.").
_STAMP_HEARING = re.compile(rf"^{OPEN}?\s*(?P<ts>{TS})\s*{CLOSE}?\s*(?P<name>{_HEARING_NAME})\.:?"
                            r"\s+(?P<text>\S.*)$")
# A court reporter's labels: "THE WITNESS:", "THE VIDEOGRAPHER:", "MR. PRICE:" (capitals).
_COURT = re.compile(
    r"^(?P<name>THE (?:[A-Z]{3,} ){0,2}[A-Z]{3,}|(?:MR|MRS|MS|DR)\. [A-Z][A-Z'’\-]+"
    r"|The (?:Witness|Court|Videographer|Reporter|Interpreter|Deponent|Clerk))"
    r"\s*:\s*(?P<text>\S.*)$")
# A broadcast's cue in capitals before a label: "(CLIP)", "(BEGIN VIDEO CLIP)",
# "(SOUNDBITE OF ARCHIVED RECORDING)".
_CUE = re.compile(r"^[(\[][A-Z][A-Z ,\-]{1,40}[)\]]\s+(?=\S)"
                  # a Chinese broadcast's: "【原声】马斯克：", "（录音）", "[画外音]"
                  r"|^[【（(\[](?:原声|原聲|录音|錄音|画外音|畫外音|同期声|同期聲|片段|视频|視頻|字幕)[】）)\]]\s*(?=\S)"
                  # a podcast's heading for a played clip: "Archival clip: Elon Musk (2009)"
                  r"|^(?i:(?:archiv(?:e|al)|audio|video|news) )?(?i:clip|soundbite)\s*[:：]\s*(?=[A-Z])")
_MARKDOWN_LEAD = re.compile(r"^(\*\*|__)(.{1,80}?)\1\s*")
_STAMPED = (("stamp-first", _STAMP_FIRST), ("stamp-first", _BARE_STAMP_FIRST),
            ("name-stamp", _NAME_STAMP), ("name-stamp", _NAME_BARE_STAMP),
            ("stamp-name", _STAMP_NAME), ("stamp-bracket", _STAMP_BRACKETED),
            ("stamp-dash", _STAMP_DASH))


# What may open a line before its label and is neither: a caption's speaker-change mark
# (">> ELON MUSK:"), a bullet or a dash, a time the page could not give ("[??:??]",
# "[--:--]", "(xx:xx)": a typist's missed time).
_LEAD_MARK = re.compile(r"^(?:>{2,}|&gt;&gt;|[•·▪►»‣–—-](?=\s))\s*")
_MISSED = r"[?\-–—xX]{1,2}:[?\-–—xX]{2}(?::[?\-–—xX]{2})?"
_NO_TIME = re.compile(rf"^{OPEN}\s*{_MISSED}\s*{CLOSE}\s*")
_NO_TIME_HINT = re.compile(r"[?\-–—xX]:[?\-–—xX]")
# The same after a label's name, before its colon or ending the line: "EM (??:??): …",
# "<b>Elon Musk [--:--]</b>" (its words below): no time, the label as if none were written.
_NO_TIME_AFTER = re.compile(rf"(?<=\S)[ \u00a0]*{OPEN}\s*{_MISSED}\s*{CLOSE}(?=\s*(?:[:：]|$))")
# A cue's time range: its start is the time ("00:00:09,480 --> 00:00:15,900 马斯克").
_CUE_RANGE = re.compile(rf"^({OPEN}?\s*{TS}\s*{CLOSE}?)\s*(?:-->|→)\s*{OPEN}?\s*{TS}\s*{CLOSE}?"
                        r"(?=\s+\S)")


_STAMP_LEAD = re.compile(rf"^(?:{OPEN}\s*{TS}\s*{CLOSE}|{TS})\s*")


def _lead_in(text: str) -> str:
    """The line without what stands before its label, its time kept: a cue's range as its
    start time, marks ("(0:06)>> ELON MUSK:", "[??:??] Elon:") and a broadcast's cue ("(CLIP)
    ELON MUSK:", "(00:23)【原声】马斯克：": a clip played in a show is his turn). A line that is
    a time alone or a range alone stays as it is."""
    text = _CUE_RANGE.sub(r"\1", text, count=1)
    stamp = _STAMP_LEAD.match(text)
    head, text = (text[:stamp.end()].rstrip() + " ", text[stamp.end():]) if stamp else ("", text)
    for _ in range(3):  # ">> [??:??] – Name:": each mark once at most
        m = _LEAD_MARK.match(text) or _NO_TIME.match(text)
        if m is None or m.end() >= len(text):
            break
        text = text[m.end():]
    text = _CUE.sub("", text, count=1)
    return head + text if text else head.rstrip()


def _unlabelled(line: Line) -> Record:
    """A line without a speaker: words with a time, a time alone, or words."""
    text = line.text
    m = _TIME_ONLY.match(text)
    if m:  # a time on its own line: the turn's time, before or after its words
        return Record(text, None, seconds(m.group("ts")), "", line.heading, form="time")
    m = _TIMED.match(text)
    if m and m.group("text") and not _is_clock(text):
        return Record(text, None, seconds(m.group("ts") or m.group("bare")), m.group("text"),
                      line.heading)
    m = _TRAILING_STAMP.search(text)
    if m and m.start() > 0:  # words, then the time they start at (an oral history's <dd>)
        return Record(text, None, seconds(m.group("ts")), text[:m.start()], line.heading,
                      form=line.context)
    return Record(text, text=text, heading=line.heading, form=line.context)


def _labelled(line: Line, name: str, stamp: str | None, text: str, form: str,
              role: str | None = None, title: str | None = None) -> Record:
    """A label's record; words that start with a time ("Name: (00:12) ...") give the time."""
    sure = stamp is not None and not line.heading
    m = _LEADING_STAMP.match(text)
    if m and stamp is None:
        stamp = m.group("ts") or m.group("bare")
        text = text[m.end():]
    m = _TRAILING_STAMP.search(text) if stamp is None else None
    if m:  # "Elon Musk: words [00:01:02]": the time of the turn, after its words
        stamp, text = m.group("ts"), text[:m.start()]
    if _SEPARATOR_ONLY.fullmatch(text):
        text = ""  # "Juno Abelard · 69:12": the dot between name and time is no words
    return Record(line.text, tidy(name), seconds(stamp) if stamp else None, text.strip(),
                  line.heading, sure, form=form + ("-caps" if _CAPS.search(name) and name.isupper()
                                                   else "") + ("-bold" if line.bold else "")
                  + (f"-{line.context}" if line.context else ""), role=tidy(role or ""),
                  title=tidy(title or ""))


_SEPARATOR_ONLY = re.compile(r"\s*[·•・|｜/–—-]+\s*")
# A name in capitals ("MUSK", "CAROL FENN"; not initials, "EM"): a broadcast transcript
# writes all its labels so, and a headline above it ("Musk: Mars Cargo …") otherwise.
_CAPS = re.compile(r"[A-Z]{3}")


# A speaker's cell with a long role: "Mr. Elon Musk (Chief Executive Officer, Space
# Exploration Technologies Corp.)" in a committee's evidence table.
_CELL_NAME = re.compile(rf"(?P<name>{NAME})\s*[(（](?P<role>[^()（）]{{1,120}})[)）]")
# A subtitle table's speaker cell in both scripts, no brackets: "埃隆·马斯克 Elon Musk",
# "马斯克 Musk" (the Chinese name over the English one): the Chinese is the label, the
# English its role, saying who it is ("马斯克 Kimbal" is his brother: see transcript_people).
_BILINGUAL_CELL = re.compile(r"(?P<name>[\u3400-\u9fff](?:[\u3400-\u9fff]| ?[·•・] ?){1,7})\s+"
                             r"(?P<role>[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+){0,3})")


# A speaker's cell with a role after a dash, as an earnings call writes it: "Elon Musk --
# Chief Executive Officer", "Sofia Grant -- Halden & Co. -- Analyst". The role is a few
# capitalised words (a firm's "Co." with its period), no sentence: "Elon Musk — Thanks,
# everyone." in a words cell is his words.
_CELL_ROLE_WORDS = r"[A-Z][\w&'’.\-]*(?:,? (?:[A-Z][\w&'’.\-]*|&|of|and|for|the|at|in|on))*"
_CELL_DASH = re.compile(rf"(?P<name>{NAME})\s+(?:--|—|–)\s+"
                        rf"(?P<title>{_CELL_ROLE_WORDS}(?:\s+(?:--|—|–)\s+{_CELL_ROLE_WORDS}){{0,3}})")


def _row(line: Line) -> Record:
    """A table row: which cell is the time, which the speaker, which the words."""
    stamp = name = role = title = None
    words: list[str] = []
    for cell in line.cells:
        m_ts = re.fullmatch(rf"{OPEN}?\s*({TS})\s*{CLOSE}?", cell)
        # The speaker's cell, perhaps with the time: "Elon Musk", "Elon Musk 00:00:05".
        both = _BILINGUAL_CELL.fullmatch(cell)
        m_name = (both or _NAME_ONLY.fullmatch(cell) or _NAME_BARE_STAMP.fullmatch(cell)
                  or _NAME_STAMP.fullmatch(cell) or _CELL_NAME.fullmatch(cell)
                  or _CELL_DASH.fullmatch(cell))
        if m_ts and stamp is None:
            stamp = m_ts.group(1)
        elif (m_name and name is None and not words and not m_name.groupdict().get("text")
              and _is_name(m_name.group("name"))):
            name, role = m_name.group("name"), both.group("role") if both else None
            title = m_name.groupdict().get("title") if m_name.re is _CELL_DASH else None
            stamp = m_name.groupdict().get("ts") or stamp
        else:
            words.append(cell)
    if name is None and words:
        # The label inside the first words' cell: "記者：…" beside "Reporter: …" (a
        # translation's table, the original in the next column), perhaps a time after.
        inner = _untimed(Line(_lead_in(words[0])), _lead_in(words[0]))
        if inner.name is None:  # "埃隆·马斯克【00:00:21】：…": the time between name and colon
            stamped = record(Line(_lead_in(words[0])))
            inner = stamped if stamped.form == "name-stamp" and stamped.text else inner
        if inner.name is not None and inner.form.startswith(("colon", "bracket", "name-stamp")):
            name, words[0] = inner.name, inner.text
            if stamp is None and inner.seconds is not None:
                return Record(line.text, tidy(name), inner.seconds, " ".join(words),
                              line.heading, sure=True, row=True, form="row")
    text = " ".join(words)
    return Record(line.text, name and tidy(name), seconds(stamp) if stamp else None, text,
                  line.heading, sure=name is not None, row=True, form="row", role=tidy(role or ""),
                  title=tidy(title or ""))



def _roles(m: re.Match[str]) -> dict[str, str | None]:
    """What a label says of its speaker: in parentheses (its role: "Speaker 2 (Elon
    Musk)", "Elon (caller, Tallinn)") and after a comma (its title: "ELON, CALLER FROM
    FRESNO (0:40)", "Elon Musk, CEO of Tesla:")."""
    found = m.groupdict()
    return {"role": found.get("role"), "title": found.get("title")}


def _is_name(name: str) -> bool:
    folded = name.strip().casefold()
    # "Austin." and "Hi." end a sentence; "Jr." and "J." are a name's.
    return (not re.search(r"(?<!\w)(?!(?:jr|sr|st)\.)\w{2,}\.$", folded)
            and folded not in _NOT_NAMES
            and not _TRANSCRIPT_WORD.search(folded)
            and not _RECORD_HEADING.search(folded)
            and not folded.startswith("以下")  # "以下为对话内容：" announces the transcript
            and (folded == "a"  # "A:", a Q&A's answer
                 or folded.split(" ")[0] not in ("the", "a", "an", "am", "pm", "a.m.", "p.m.",
                                                 "by"))  # "BY MR. HALVERSON:" heads questions
            and not _CJK_SAYING.search(name.strip()))


def _is_clock(text: str) -> bool:
    """"10:30 AM ..." is a time of day, not a transcript time."""
    return bool(re.match(rf"^{TS}\s*(?:am|pm|a\.m\.|p\.m\.)\b", text, re.I))
