"""Who says a sentence: the watched speaker, somebody else, or nobody.

Works on normalised text (lower-case, simplified) with quotations blanked out
of the frame, so only the words around a quote decide who said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.sentences import opens_single_quote
from tracker.extract.topic import term_pattern

_EN_VERBS = (
    "said|says|say|told|tells|wrote|writes|posted|posts|tweeted|tweets|argued|argues|claimed|"
    "claims|predicted|predicts|added|adds|stated|states|noted|notes|insisted|insists|warned|"
    "warns|explained|explains|declared|declares|replied|responded|believes|believed|thinks|"
    "acknowledged|admitted|conceded|maintained|asserted|contended|reiterated|suggested|"
    "suggests|remarked|boasted|joked|quipped|stressed|emphasized|adding|saying|writing|"
    "noting|arguing|warning|insisting|claiming|"
    # stiff machine-translated English reports speech with these
    "expressed|expresses|expressing|indicated|indicates|pointed out|points out|revealed|"
    "mentioned|commented|comments|replied|stating|"
    # answers, follow-ups and recollections report his words as "said" does
    "answered|answering|continued|recalled|countered|retorted|vowed|pledged|promised|cautioned"
)
_ZH_VERBS = (
    "发文称|发帖称|发文表示|发文说|发帖说|撰文说|发文写道|撰文称|发文指|发帖指|"
    # web media's verbs of a retort: "马斯克直接回怼：“……”", "他反驳称"
    "回怼|怒怼|反驳|驳斥|调侃|吐槽|回击|嘲讽|补充道|补充说|补充|回复|回答|答道|配文|评论道|评论称|反问|感叹|重申|表态|写道|表示|指出|认为|透露|预测|预言|坦言|强调|直言|声称|宣称|回应|提到|谈到|"
    "发文|发帖|警告|承认|解释|说道|说|称|问道|预计|表明|确认|告诉|形容|"
    # Hong Kong and Taiwan papers report speech with 指: "馬斯克指，", "他續指", "並指"
    "续指|又指|并指|更指|另指|还指|亦指|指(?=[，,：:“「])|"
    # machine-translated "he added": "……，”他添加了。"
    "添加(?:了|道|说)(?=\\s*[。，,：:])"
)
EN_VERB = re.compile(rf"\b(?:{_EN_VERBS})\b")
ZH_VERB = re.compile(rf"(?:{_ZH_VERBS})")
# Words holding a verb's character that are no speech verb; "说得对", "说对了" judge what
# somebody said ("马斯克说得对" is another's verdict on his words, not his words).
_ZH_NOT_VERB = ("称赞", "说明", "说服", "名称", "称号", "说法", "说话", "小说", "传说", "据说", "听说", "形容词",
                "说得", "说对", "说错",
                # "马斯克预计将出席……": he is expected to attend (somebody's schedule), not his
                # forecast, which takes a clause ("马斯克预计，中国……", "马斯克预计中国……")
                "预计将", "预计会", "预计于", "预计在", "预计出席")
_EN_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bdeclined to)\s+$")
# Words that hold a verb's letters and are no speech verb: "the United States", "according
# to reports" (the source of a report, never a subject saying something).
_EN_NOT_VERB = re.compile(r"(?:\bunited|\baccording to(?: (?:the|media|news|local))?)\s+$")
# "没有直接回应": an adverb may stand between the negation and the verb.
_ZH_NEGATED = re.compile(r"(?:没有|没|未|不|并未|拒绝)(?:直接|正面|公开|明确|具体|就此)?$")
_MAX_PAIRS = 40
_FAR_GAP = 240  # characters between him and a far verb ("马斯克在……举行的……上表示")
EN_PRONOUN = re.compile(r"\bhe\b")
ZH_PRONOUN = re.compile(r"他(?![们們])")  # 他们 is "they", never him
# Title words between a preposition and his name ("brother of Chief Executive Officer Elon
# Musk", "a meeting with Tesla boss Musk"): still the preposition's object.
TITLE_WORDS = (r"the|its|his|tesla|spacex|x|xai|chief|executive|officer|ceo|co-?founder|founder|"
               r"boss|billionaire|chairman|owner|head|entrepreneur|tycoon|mogul|tech")
_TITLES = rf"(?:(?:{TITLE_WORDS})\s+){{0,4}}"
# A time after a preposition is no object's place: "On Friday Musk wrote", "on Tuesday he".
# Days a sentence may open with before his name ("On Friday Musk wrote", "Yesterday Musk
# said"): neither a preposition's object nor a namesake's given name.
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "today", "tonight", "yesterday", "weekend")
_TIME_WORDS = rf"(?!(?:{'|'.join(_DAYS)}|morning|afternoon|evening|night|\d+)\b)"
_EN_OTHER_BEFORE = re.compile(
    rf"\b(?:(?:of|about|on|against|with|to|for|like|than|from)\s+{_TIME_WORDS}(?:\w+\s+)?|"
    # a transitive verb makes him its object: "Premier Li met Musk", "she told Musk"
    r"(?:met|meets|meeting|told|tells|asked|asks|interviewed|praised|criticized|criticised|"
    r"thanked|called|urged|invited|hosted|welcomed|joined|sued|blamed|quoted|cited|accused|"
    rf"warned|reminded|assured|informed|briefed|congratulated|mocked|slammed|defended)\s+){_TITLES}$")
_ZH_OTHER_BEFORE = re.compile(r"(?:对|关于|批评|问|质疑|和|与|跟|向|称赞|说|告诉|提醒|会见|会晤|采访|专访|对话|邀请|感谢|"
                              r"接见|致电|写信给|那)$")


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution found in a frame: the verb's span and how it was attributed."""

    verb_start: int
    verb_end: int
    subject_start: int
    subject_before: bool  # "Musk said" (True) or "said Musk" (False)
    pronoun: bool
    far: bool = False  # the verb is far from him (a long locative or apposition between)
    colon: bool = False  # no speech verb: a colon before a quotation ("Musk on X: "...")


def verbs(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of speech verbs in norm[start:end], both languages."""
    found = [(m.start(), m.end()) for m in EN_VERB.finditer(norm, start, end)
             if not _EN_NEGATED.search(norm, max(start, m.start() - 12), m.start())
             and not _EN_NOT_VERB.search(norm, max(start, m.start() - 24), m.start())]
    for m in ZH_VERB.finditer(norm, start, end):
        if any(norm.startswith(w, m.start() - k) for w in _ZH_NOT_VERB for k in range(3)):
            continue
        if not _ZH_NEGATED.search(norm, max(start, m.start() - 5), m.start()):
            found.append((m.start(), m.end()))
    return sorted(found)


_HANDLE_JOIN = re.compile(r"[\s·・.]+")


def handles(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """His social-media handle as roundups print it: "@elonmusk" of "Elon Musk" (a full
    name in Latin letters, its words run together)."""
    return tuple("@" + _HANDLE_JOIN.sub("", a.strip()) for a in aliases
                 if a.strip().isascii() and _HANDLE_JOIN.search(a.strip()))


class Attributor:
    """Finds whether a frame attributes words to one speaker (by aliases)."""

    def __init__(self, aliases: tuple[str, ...], descriptors: tuple[str, ...] = ()) -> None:
        self._alias = term_pattern((*aliases, *handles(aliases)))
        self._descriptor = term_pattern(descriptors)
        self.aliases = aliases

    @property
    def pattern(self) -> re.Pattern[str]:
        """The aliases as one pattern over normalised text."""
        return self._alias

    def mentions(self, norm: str, start: int = 0, end: int | None = None) -> bool:
        """True when an alias occurs in norm[start:end]."""
        return self._alias.search(norm, start, len(norm) if end is None else end) is not None

    def cue(self, frame: str, start: int, end: int, *, pronoun_ok: bool) -> Cue | None:
        """The first speech verb in frame[start:end] whose subject is the speaker."""
        subjects = [(m.start(), m.end(), False) for m in self._alias.finditer(frame, start, end)
                    if self.is_subject(frame, m.start(), m.end(), start)]
        # A description of him ("the billionaire", "特斯拉CEO") names him in an item that
        # is about him, also in a paragraph that opens with it; weighed like a pronoun.
        # "The Tesla CEO's post drew replies": a possessive names something of his, no subject.
        subjects += [(m.start(), m.end(), True) for m in self._descriptor.finditer(frame, start, end)
                     if not frame.startswith(("'s", "’s", "的"), m.end())]
        if pronoun_ok:
            subjects += [(m.start(), m.end(), True) for m in EN_PRONOUN.finditer(frame, start, end)]
            subjects += [(m.start(), m.end(), True) for m in ZH_PRONOUN.finditer(frame, start, end)]
        subjects.sort()
        # "Musk: ..." / "马斯克：“……”": a colon right after his name introduces his words.
        colons = [(se, se + 1) for ss, se, pron in subjects if not pron
                  and frame[se:se + 1] in (":", "：")]
        # Capped so a hostile sentence full of names and verbs stays linear in cost.
        for vs, ve in sorted(verbs(frame, start, end)[:_MAX_PAIRS] + colons):
            for ss, se, pron in subjects[:_MAX_PAIRS]:
                if se <= vs and _near_after(frame, se, vs):
                    if pron and self._listener_after(frame, vs, ve):
                        continue  # "he once told Elon Musk that ...": "he" is somebody else
                    return Cue(vs, ve, ss, True, pron)
                # "said Musk" is inverted attribution; "say he" / "认为他" make the
                # pronoun the subject of the reported clause, not the speaker.
                if (ve <= ss and not pron and _near_before(frame, ve, ss)
                        and _inverted(frame, vs, ve, se, end)):
                    return Cue(vs, ve, ss, False, pron)
        return self._far_cue(frame, start, end, subjects) or _colon_cue(frame, start, end,
                                                                        subjects)

    def _listener_after(self, frame: str, vs: int, ve: int) -> bool:
        """A verb of telling with his name as its object ("told (Elon) Musk")."""
        return (_TO_SOMEONE.search(frame, vs, ve) is not None
                and self._alias.match(frame, ve + 1, ve + 40) is not None
                and frame[ve:ve + 1].isspace())

    @staticmethod
    def _far_cue(frame: str, start: int, end: int,
                 subjects: list[tuple[int, int, bool]]) -> Cue | None:
        """He is the subject and the first speech verb after him ends the subject's clause,
        however long the phrase between ("马斯克在……举行的年度股东大会上表示", "Musk,
        speaking by video link to ..., said"): a candidate the decision weighs by distance."""
        for ss, se, pron in subjects[:_MAX_PAIRS]:
            # "He declined to say when ..., saying only that ...": a pronoun is far from a
            # participle only after his own clause, closed by its comma.
            participle_only = pron
            # The first verbs in turn: "出席论坛，回答主持人提问时表示" names what he was
            # doing (回答) before the verb that opens his words (表示).
            # A verb more than _FAR_GAP after him is never his: read no further than that.
            for vs, ve in verbs(frame, se, min(end, se + _FAR_GAP + 60))[:3]:
                gap = frame[se:vs]
                if (any(c in gap for c in "。；;!?！？") or len(gap) > _FAR_GAP
                        or not _far_gap(gap, frame[vs:ve])):
                    continue
                if participle_only and not (frame[vs:ve].endswith("ing")
                                            and gap.rstrip().endswith(",")):
                    continue
                return Cue(vs, ve, ss, True, pron, far=True)
        return None

    def leads(self, frame: str, start: int, end: int) -> bool:
        """True when the sentence opens with the speaker as its subject
        ("Elon Musk on Friday called for ...", "马斯克周五呼吁..."), so a "he said"
        in the next sentence of the paragraph is his even without a speech verb here."""
        for at in (start, _after_opening_phrase(frame, start, end)):
            if at < 0:
                continue
            head = len(frame[at:end]) - len(frame[at:end].lstrip())
            m = self._alias.match(frame, at + head, end)
            if m is not None and self.is_subject(frame, m.start(), m.end(), at):
                return True
        # "【信報】特斯拉行政總裁馬斯克周三……", "Tesla CEO Elon Musk on Friday ...": a title
        # or a source tag before him, no other person and no verb before him.
        m = self._alias.search(frame, start, min(end, start + 60))
        if m is None or not self.is_subject(frame, m.start(), m.end(), start):
            return False
        before = _SOURCE_TAG.sub("", frame[start:m.start()])
        return not verbs(before, 0, len(before)) and not any(c in before for c in ",，。;；")

    @staticmethod
    def is_subject(frame: str, s: int, e: int, start: int) -> bool:
        after = frame[e:e + 2]
        if after.startswith(("'s", "’s", "的", "s'")) or relative_of(frame, e):
            return False  # "Musk's brother", "马斯克胞弟": somebody of his, not him
        before = frame[max(start, s - 50):s]
        return not (_EN_OTHER_BEFORE.search(before) or _ZH_OTHER_BEFORE.search(before[-20:]))


_QUOTE_OPENS = "\"“「『"
# A relative or an aide named by him, without "的": "马斯克胞弟", "马斯克母亲", "马斯克之母".
_RELATIVE_OF = re.compile(r"之?(?:胞弟|弟弟|胞兄|哥哥|兄长|母亲|妈妈|父亲|爸爸|之母|之父|前妻|妻子|"
                          r"女友|儿子|女儿|家人|传记作者|律师|发言人|助手|幕僚)")


def relative_of(norm: str, alias_end: int) -> bool:
    """Whether the alias ending at alias_end names a relative or an aide of his."""
    return _RELATIVE_OF.match(norm, alias_end) is not None
# "U.S." is no sentence end: a dot before a letter or after a one-letter abbreviation.
_COLON_GAP = re.compile(r"(?:[^.;!?。；！？\"“”「」『』]|\.(?=\S)|(?<=\.\w)\.){0,60}$")


def _colon_cue(frame: str, start: int, end: int,
               subjects: list[tuple[int, int, bool]]) -> Cue | None:
    """He is the subject and a colon opens a quotation, without a speech verb ("Musk on
    X: "...", "He followed up hours later: "...", "马斯克随后在X上：“……”"): the colon
    introduces his words as "said:" would; the decision weighs this looser cue."""
    for ss, se, pron in subjects[:_MAX_PAIRS]:
        for colon in (frame.find(":", se, min(end, se + 61)), frame.find("：", se, min(end, se + 61))):
            if colon < 0 or not _COLON_GAP.match(frame, se, colon):
                continue
            rest = frame[colon + 1:min(end, colon + 4)].lstrip()
            # British style opens with a single mark ("gave a blunt verdict: 'Honestly, ...").
            if not rest or not (rest[0] in _QUOTE_OPENS or opens_single_quote(rest)):
                continue
            return Cue(colon, colon + 1, ss, True, pron, colon=True)
    return None


# After the last comma of a long Chinese subject phrase, the clause that ends in the verb
# continues his predicate only when it opens with a function word ("，对……这样说").
_ZH_CONTINUES = re.compile(r"^\s*(?:对|向|在|于|则|也|还|又|并|便|就|更|再|这样|如此|同时|随后|接着|当场|"
                           r"回答|被问|谈到|谈及|提到|接受|面对|面向|当着|针对|围绕|通过|借助)")


def _far_gap(gap: str, verb: str) -> bool:
    """A long phrase between him and the verb that keeps him the verb's subject: an
    apposition set off by commas (", speaking by video link ..., said"), his own clause
    before a participle ("played down the threat, saying"), a prepositional phrase (stiff
    translated English: "in the shareholders meeting on expressed"), or a Chinese locative
    without a comma or whose last clause continues his predicate or is a time clause
    ("回答主持人提问时表示")."""
    if any("\u4e00" <= c <= "\u9fff" for c in gap):
        last = max(gap.rfind("，"), gap.rfind(","))
        clause = gap[last + 1:]
        # "马斯克，在……的声明中，说": a phrase set off by commas, the verb right after the
        # second (translated English's apposition), keeps him the subject.
        inserted = not clause.strip() and gap.lstrip()[:1] in ("，", ",")
        return (last < 0 or inserted or _ZH_CONTINUES.match(clause) is not None
                or clause.rstrip().endswith(("时", "后")))
    # ", speaking in Miami on Tuesday, also said": an adverb of his verb after the comma
    stripped = _EN_VERB_ADVERB.sub("", gap.strip())
    # ", who said", "whose CEO said": somebody else's verb. A relative clause closed by a
    # comma before the verb is an aside ("Musk, speaking after a delay that left the hall
    # waiting, said"): the verb is his again.
    relatives = list(_EN_RELATIVE.finditer(stripped))
    if relatives and ("," not in stripped[relatives[-1].end():] or (
            verb.endswith("ing") and EN_VERB.search(stripped, relatives[-1].start()))):
        return False  # "who told reporters ..., saying": the participle goes on with its speech
    # ", responding to a thread titled "China is collapsing," wrote": the apposition's comma
    # stands inside the quotation marks that close it (the words inside are blanked).
    return ((stripped.startswith(",") and stripped.endswith((",", '"', "”")))
            or (stripped.endswith(",") and verb.endswith("ing"))
            or _EN_PREPOSITION.match(stripped) is not None)


_EN_VERB_ADVERB = re.compile(r"(?<=,)\s*(?:(?:also|later|then|again|further|previously|once|"
                             r"separately|repeatedly|publicly|even|had|has|would)\s*)+$")
_EN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|told|asked)\b")
_EN_PREPOSITION = re.compile(r"(?:in|at|during|through|via|on|while|when)\b")


_SOURCE_TAG = re.compile(r"[【〔\[(（][^】〕\]）)]{0,30}[】〕\])）]")


def _after_opening_phrase(frame: str, start: int, end: int) -> int:
    """Where the main clause starts after a short opening phrase ("Asked about BYD, Musk
    laughed", "谈到比亚迪时，马斯克..."); -1 when there is none."""
    for mark in (",", "，"):
        at = frame.find(mark, start, min(end, start + 40))
        if at >= 0:
            return at + 1
    return -1


def _near_after(frame: str, subject_end: int, verb_start: int) -> bool:
    gap = frame[subject_end:verb_start]
    if any(c in gap for c in "。；;"):
        return False
    cjk = any("\u4e00" <= c <= "\u9fff" for c in gap)
    return len(gap) <= (16 if cjk else 60) and gap.count(",") != 1 and "，" not in gap[:1]


# Verbs whose object names the listener: "told Elon Musk that ...", "warned Musk" make him
# the one spoken to, never the speaker.
_TO_SOMEONE = re.compile(r"(?:told|tells|tell|warned|warns|asked|asks|urged|urges|reminded|"
                         r"assured|informed|thanked|criticized|criticised|praised|告诉|提醒|警告|问)$")
# After an inverted "said Musk" the sentence ends or goes on with an apposition or a time;
# "analysts say Musk has ..." makes him the subject of what they say.
_AFTER_INVERTED = re.compile(r"\s*(?:$|[,.;:!?)(，。；：！？）（\-—–]|(?:on|in|at|during|this|last|"
                             r"yesterday|today|who|while|when|after|before|via|to|told|wrote)\b)")


def _inverted(frame: str, vs: int, ve: int, alias_end: int, end: int) -> bool:
    """ "..., said Musk." is his; "told Musk", "say Musk has" are not."""
    if _TO_SOMEONE.search(frame, vs, ve):
        return False
    cjk = any("\u4e00" <= c <= "\u9fff" for c in frame[vs:ve])
    return cjk or _AFTER_INVERTED.match(frame, alias_end, end) is not None


_EN_CLAUSE_WORD = re.compile(r"\b(?:that|how|whether|if|why|what)\b")
# "founder says he pitched Musk": a subject of its own between the verb and his name opens
# a clause of which he is the object.
_GAP_SUBJECT = re.compile(r"\b(?:he|she|they|we|i|it|you)\b|他|她|他们|我们|我")


def _near_before(frame: str, verb_end: int, subject_start: int) -> bool:
    """ "said (Tesla CEO) Musk": a short gap with no clause opener ("argued that Musk")."""
    gap = frame[verb_end:subject_start]
    return (len(gap) <= 30 and not any(c in gap for c in ",，。;；")
            and not _EN_CLAUSE_WORD.search(gap) and not _GAP_SUBJECT.search(gap))


# Words that may stand before his surname without naming somebody else
# ("CEO Musk", "Meanwhile Musk", "Tesla boss Musk").
_NOT_GIVEN_NAMES = frozenset(["mr", "mrs", "ms", "dr", "sir", "ceo", "boss", "chief", "founder", "billionaire", "tycoon", "mogul", "entrepreneur", "executive", "owner", "tesla", "spacex", "xai", "neuralink", "twitter", "x", "says", "said", "told", "and", "but", "or", "so", "then", "meanwhile", "also", "still", "yet", "now", "today", "asked", "later", "separately", "however", "earlier", "when", "while", "as", "if", "that", "though", "although", "because", "after", "before", "since", "until", "where", "why", "how", "what", "who", "the", "a", "an", "of", "on", "in", "at", "by", "for", "with", "from", "to", "not",
    # a time before his name ("On Friday Musk wrote", "Yesterday Musk said")
    *_DAYS, "tomorrow", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "recently", "previously",
    "once", "again", "instead", "indeed", "finally", "first", "last", "this"])
_EN_GIVEN = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_NAME_DOT = "[·・•．.‧]"  # the dots a Chinese rendering of a name is written with
_ZH_GIVEN = re.compile(rf"([\u4e00-\u9fff]{{1,4}}){_NAME_DOT}$")


def given_names(aliases: tuple[str, ...]) -> set[str]:
    """The speaker's own given names, normalised: "elon" of "Elon Musk", "埃隆" of "埃隆·马斯克"."""
    own = {normalise_word(a.split()[0]) for a in aliases if len(a.split()) > 1}
    return own | {normalise_word(a.split("·")[0]) for a in aliases if "·" in a}


def mask_namesakes(text: str, norm: str, aliases: tuple[str, ...]) -> str:
    """norm with every alias occurrence that names somebody else blanked out.

    "Kimbal Musk", "Maye Musk", "金巴尔·马斯克": a given name that is not one of the
    speaker's own stands right before his surname. Decided on the original text,
    where capitals still tell a given name from an ordinary word.
    """
    own = given_names(aliases)
    pattern = term_pattern(aliases)
    chars: list[str] | None = None
    # Who a bare surname names: the person last named in full. After "Kimbal Musk, the
    # younger brother of Elon Musk, said ...", "Musk said" is Kimbal: the appositive names
    # Elon as somebody's relative, not as the one the text is about.
    last_full = ""
    for m in pattern.finditer(norm):
        if any(m.group(0).startswith(o) for o in own if o):
            if not _named_as_relative(norm, m.start(), m.end()):
                last_full = "him"
            continue  # "Elon Musk" names him whatever stands before it
        before = text[max(0, m.start() - 24):m.start()]
        given = _EN_GIVEN.search(before) or _ZH_GIVEN.search(before)
        if given is None:
            if last_full != "other" or _GIVEN_AFTER.match(text, m.end()):
                continue  # a bare surname: his, unless a namesake was named in full last
        else:
            name = normalise_word(given.group(1))
            if name in own or any(name.endswith(o) for o in own if o):
                last_full = "him"
                continue
            if name in _NOT_GIVEN_NAMES:
                continue
            given_at = max(0, m.start() - 24) + given.start()
            if not (_named_as_relative(norm, given_at, m.end())
                    or _ZH_RELATIVE_NAMED.search(norm, max(0, m.start() - 30), m.start())):
                last_full = "other"  # "his brother Kimbal Musk" leaves the text his
        if chars is None:
            chars = list(norm)
        chars[m.start():m.end()] = "~" * (m.end() - m.start())
    return norm if chars is None else "".join(chars)


# "the younger brother of Elon Musk", "her son Elon", "Elon Musk's mother", "埃隆·马斯克的弟弟",
# "他的哥哥埃隆·马斯克": he is named as somebody's relative, in an appositive about them.
_RELATION = (r"brother|sister|mother|father|son|daughter|cousin|uncle|aunt|wife|husband|"
             r"ex-wife|mom|mum|dad|sibling")
_ZH_KIN = r"(?:弟弟|哥哥|胞弟|胞兄|兄长|母亲|妈妈|父亲|爸爸|儿子|女儿|妹妹|姐姐|前妻|妻子)"
_RELATIVE_BEFORE = re.compile(rf"\b(?:{_RELATION})(?:\s+of)?(?:\s+[\w.-]+){{0,4}}\s*$|{_ZH_KIN}$")
_RELATIVE_AFTER = re.compile(rf"(?:'s|’s)\s+(?:younger\s+|older\s+|elder\s+)?(?:{_RELATION})\b|"
                             rf"的?{_ZH_KIN}")
# "马斯克的弟弟金博尔·马斯克": the kinship word runs into the given name (no space in Chinese).
_ZH_RELATIVE_NAMED = re.compile(rf"{_ZH_KIN}[\u4e00-\u9fff]{{1,4}}{_NAME_DOT}$")
_GIVEN_AFTER = re.compile(r"[’']s\s+(?:brother|mother|father|son|daughter)\b")


def _named_as_relative(norm: str, start: int, end: int) -> bool:
    """The full name at norm[start:end] stands in a kinship phrase about somebody else."""
    return (_RELATIVE_BEFORE.search(norm, max(0, start - 48), start) is not None
            or _RELATIVE_AFTER.match(norm, end) is not None)


def normalise_word(word: str) -> str:
    """A word as the normalised text has it (lower case, simplified)."""
    from tracker.extract.normalise import normalise

    return normalise(word.strip())
