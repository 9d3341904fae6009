"""The topic carried by context: what "they", "their", "there", "他们", "那里" point back to.

"Frankly, they out-work everyone" is about China when the nearest plausible
referent before it is Chinese carmakers, and not when it is NASA. The referent is
the nearest entity before the pronoun (in its sentence, then in the sentences and
turns before it, within a window): a topic term, or another named group or place.
Pure: normalised and original text in, a yes or no out; bounded by the window.
"""

from __future__ import annotations

import re

from tracker.extract.structure import heading_name
from tracker.extract.topic import TopicMatcher

WINDOW = 400  # characters looked back for a referent: two or three sentences
_EN_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|there|here|those|these|that country|"
                         r"the country|the companies|those companies|these companies|the company|"
                         r"the plant|the factory|the city|the market|the government|local)\b")
_ZH_PRONOUN = re.compile(r"他们|它们|他們|它們|那里|那裡|那边|这里|這裡|当地|本地|这些公司|这些企业|对方|该国|"
                         r"那个国家|这个国家|该厂|工厂|那(?![样么时天次种一些刻年])")  # not "那样": "like that"
# Named groups and places that compete with the topic as a referent. Capitalised
# English words are found generally (below); these are the collective ones that a
# plural pronoun most often points to, and the Chinese ones (no capitals there).
_EN_OTHER = re.compile(
    r"\b(?:nasa|congress|washington|europe|european|europeans|eu|brussels|america|american|"
    r"americans|u\.s\.|us regulators|the us|germany|german|germans|japan|japanese|korea|korean|"
    r"india|indian|texas|california|regulators|lawmakers|officials|legacy automakers|"
    r"detroit|wall street|investors|analysts|critics|the media|the faa|the sec|mars|the moon|"
    r"orbit|space)\b")
_ZH_OTHER = re.compile(r"美国|美方|欧洲|欧盟|德国|日本|韩国|印度|华盛顿|国会|得州|加州|硅谷|火星|月球|太空|"
                       r"轨道|柏林|奥斯汀|墨西哥|加拿大|英国|法国|"
                       r"美国车企|欧洲车企|监管部门|分析师|投资者|批评者|媒体|NASA|FAA|nasa|faa|"
                       # people a "他们" may mean, when no topic word qualifies them
                       # ("SpaceX的工程师……他们是世界上最好的"; English ones cost precision)
                       r"工程师|员工|工人|用户|网友|粉丝|高管|科学家|研究人员|选民|政客|律师|股东|宇航员")
_CAPITALISED = re.compile(r"(?<![.!?:：]\s)(?<!^)(?<!\n)\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*")


# Pronouns that point to a group of people or companies, not to a place: a name that is
# only where something goes or happens ("coming to the United States", "在美国") is not
# what "they" means ("Do you see Chinese automakers coming to the United States?" /
# "They will find a way.").
_GROUP = re.compile(r"they|them|their|theirs|those|these|他们|它们|他們|它們")
_LOCATIVE = re.compile(r"(?:\b(?:to|in|into|from|at|across|throughout|inside|outside|near|around|"
                       r"toward|towards)\s+(?:the\s+)?|(?:在|到|去|赴|来|回|从|於|于))$")


def has_pronoun(norm: str, start: int, end: int) -> int:
    """Where the first referring pronoun of norm[start:end] is, or -1."""
    found = [m.start() for m in (_EN_PRONOUN.search(norm, start, end),
                                 _ZH_PRONOUN.search(norm, start, end)) if m]
    return min(found) if found else -1


def refers_to_topic(text: str, norm: str, start: int, end: int, topic: TopicMatcher,
                    aliases: re.Pattern[str], floor: int = 0) -> bool:
    """True when a pronoun in text[start:end] points back to a topic entity.

    ``floor`` is where the look-back stops (the start of the document or of the
    part of a transcript that belongs to the same exchange).
    """
    at = has_pronoun(norm, start, end)
    if at < 0:
        return described(norm, start, end, topic, floor)
    lo = max(floor, at - WINDOW)
    last_topic = topic.last(norm, lo, at)
    if last_topic < 0:
        return False
    group = _GROUP.match(norm, at) is not None
    last_other = max(_last(_EN_OTHER, norm, lo, at, topic, group),
                     _last(_ZH_OTHER, norm, lo, at, topic, group),
                     _last_name(text, norm, lo, at, topic, aliases, group))
    return last_topic > last_other


# "the curbs" after "Beijing announced new export curbs": a definite description that takes
# up a noun the text last used of a topic entity. English only (Chinese nouns are not
# segmented here); the first few in a span, each looked for once in the window before it.
_DEFINITE = re.compile(r"\b(?:the|these|those|such)\s+(?:new\s+|latest\s+|recent\s+)?([a-z]{4,})\b")
_GENERIC = frozenset({"time", "times", "year", "years", "world", "thing", "things", "fact",
                      "same", "first", "last", "best", "most", "moment", "point", "idea",
                      "question", "questions", "answer", "issue", "problem", "case", "number",
                      "rest", "other", "others", "whole", "following", "former", "latter",
                      "past", "future", "only", "very", "right", "wrong", "kind", "sort",
                      "part", "some", "many", "more", "less"})
QUALIFIED = 40  # characters before the earlier noun in which the topic term must stand
_DESCRIPTIONS = 3


def described(norm: str, start: int, end: int, topic: TopicMatcher, floor: int = 0) -> bool:
    """True when a definite description in norm[start:end] ("the curbs", "these plants")
    takes up a noun last used, in the window before it, right after a topic term
    ("Beijing announced new export curbs", "Chinese battery plants")."""
    for m in list(_DEFINITE.finditer(norm, start, end))[:_DESCRIPTIONS]:
        noun = m.group(1)
        if noun in _GENERIC:
            continue
        stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        lo = max(floor, m.start() - WINDOW)
        earlier = [q.start() for q in re.finditer(rf"\b{re.escape(stem)}s?\b", norm[lo:m.start()])]
        if not earlier:
            continue
        q = lo + earlier[-1]
        phrase = max(lo, q - QUALIFIED)
        breaks = [b.end() for b in _PHRASE_BREAK.finditer(norm, phrase, q)]
        if topic.last(norm, breaks[-1] if breaks else phrase, q) >= 0:
            return True
    return False


def _placed(norm: str, lo: int, at: int) -> bool:
    """The name at ``at`` is a place something goes to or happens in ("to the United States")."""
    return _LOCATIVE.search(norm[max(lo, at - 16):at]) is not None


_PHRASE_BREAK = re.compile(r"[,.;:!?，。；：！？\n]")


def _last(pattern: re.Pattern[str], norm: str, lo: int, hi: int, topic: TopicMatcher,
          group: bool = False) -> int:
    """The last match of pattern that is not itself qualified by the topic
    ("Chinese regulators", "中国监管部门" are the topic, not another group), nor, for a
    group pronoun, only a place."""
    last = -1
    for m in pattern.finditer(norm, lo, hi):
        head = norm[max(lo, m.start() - 25):m.start()]
        head = _PHRASE_BREAK.split(head)[-1]
        if topic.mentions(head) or (group and _placed(norm, lo, m.start())):
            continue
        last = m.start()
    return last


def _last_name(text: str, norm: str, lo: int, hi: int, topic: TopicMatcher,
               aliases: re.Pattern[str], group: bool = False) -> int:
    """The start of the last capitalised name in text[lo:hi] that is neither a topic term nor
    the speaker ("Tesla", "NASA", "Panasonic"); sentence-initial words do not count."""
    last = -1
    for m in _CAPITALISED.finditer(text, lo, hi):
        word = norm[m.start():m.end()]
        if word in ("i", "i'm", "i've", "i'd") or len(word) < 2:
            continue
        if topic.mentions(norm, m.start(), m.end()) or aliases.search(norm, m.start(), m.end()):
            continue
        if not _plural_or_group(m.group(0)):
            continue
        if text.startswith((":", "：", " (", " ["), m.end()):
            continue  # a speaker's label ("Dara Quist:"), not somebody talked about
        head = _PHRASE_BREAK.split(norm[max(lo, m.start() - 25):m.start()])[-1]
        if topic.mentions(head):
            continue  # "China's EV makers": a name qualified by the topic is the topic
        if group and _placed(norm, lo, m.start()):
            continue
        if group and _SINGULAR.search(norm, max(lo, m.start() - 4), m.start()):
            continue  # "the price of a Model Y": one thing, not what "they" are
        if heading_name(_line(text, m.start())) is not None:
            continue  # "Elon Musk -- Chief Executive Officer": who speaks next, not a referent
        last = m.start()
    return last


_SINGULAR = re.compile(r"\ban?\s+$")


def _line(text: str, at: int) -> str:
    """The line of text around position ``at`` (at most 120 characters each way)."""
    lo = text.rfind("\n", max(0, at - 120), at) + 1 or max(0, at - 120)
    hi = text.find("\n", at, at + 120)
    return text[lo:hi if hi >= 0 else min(len(text), at + 120)]


def _plural_or_group(word: str) -> bool:
    """A name a plural pronoun can point to: plural-looking or an organisation in capitals."""
    head = word.split()[-1]
    plural = head.endswith("s") and not head.endswith(("'s", "ss"))
    return plural or (word.isupper() and len(word) > 1) or len(word.split()) > 1
