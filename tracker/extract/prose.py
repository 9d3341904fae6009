"""Prose: quotes and reported speech attributed to the speaker, sentence by sentence.

"Musk said ...", "'...,' Musk said", "he added", "..., said Musk", a quote running on
from the last one: each attribution found becomes a candidate with its topic evidence.
"""

from __future__ import annotations

import re

from tracker.extract.attribution import TITLE_WORDS, Cue, verbs
from tracker.extract.candidates import CONF_GUEST, CONF_PRONOUN, CONF_QUOTE, CONF_REPORTED, Doc
from tracker.extract.candidates import add as _add
from tracker.extract.sentences import OPENING_MARKS, quotes, sentences, single_quotes

# No "^": it never matches at match()'s start position past the string's start.
_CLAUSE_LEAD = re.compile(r"(?:\s|[,，:：]|that\b)*")
# "said on Sunday he had ...": a time or channel between the verb and the clause is no
# part of what he said (and would read as a mere topic, "on ...").
_ADVERBIAL = re.compile(r"(?:(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                        r"sunday|x|twitter)|(?:last|this|on)\s+(?:week|month|year|night|weekend)|"
                        r"(?:yesterday|today|earlier|later|recently))\b,?\s*")
_CLAUSE_OPEN = re.compile(r"[:：]|\bthat\b")
_TOLD = re.compile(r"\b(?:told|tells|tell|telling|assured|assures|reminded|reminds)\s*$")
# Whom he told, when no "that" follows: "told investors", "told the audience in Shanghai".
_LISTENER = re.compile(
    r"(?:(?:(?:the|an?|his|tesla(?:'s)?|chinese|u\.s\.|wall street|state|foreign)\s+){0,2}"
    # "told Austin workers", "tells Berlin staff": a place or a company before them
    r"(?:[a-z][\w'’.-]*\s+)?"
    r"(?:investors|analysts|reporters|journalists|employees|staff|workers|shareholders|"
    r"lawmakers|legislators|audience|attendees|students|fans|listeners|viewers|crowd|"
    r"delegates|officials|executives|dealers|suppliers|partners|media|press|"
    r"cnbc|reuters|bloomberg|cctv|podcaster|interviewer|host|his biographer)\b"
    # "told a conference in Riyadh", "told a German business daily": a gathering or an outlet
    r"|(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:conference|forum|summit|meeting|gathering|"
    r"event|panel|podcast|newspaper|daily|weekly|broadcaster|magazine|show|crowd|audience)\b)"
    r"(?:\s+(?:in|at|on|during)\s+(?:a|an|the)?\s*[\w.'-]+(?:\s+(?:call|event|meeting|"
    r"conference|summit|forum))?)?,?\s*")
# His title between the clause's comma and his name: "..., Chief Executive Elon Musk said",
# "..., the billionaire told ...", "……，特斯拉首席执行官马斯克说".
_TITLE_WORD = (rf"(?:{TITLE_WORDS}|tesla's|spacex's|and|company|company's|world's|richest|man|"
               r"person)")
_DESCRIPTOR = re.compile(
    rf"[,，]\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,5}}$"
    r"|[，,]\s*(?:特斯拉|spacex|首席执行官|ceo|创始人|老板|董事长|亿万富翁|首富|掌门人|x平台|的|和|公司|\s)*$")
LOOSE = 300  # characters back in which naming him makes a "he" possibly his
_TRAIL = " \t,，。.!！?？;；:：\"“”「」『』'‘’"


def paragraph(doc: Doc, a: int, b: int, seconds: float | None, *, guest: bool,
               previous: bool) -> bool:
    """Attributed quotes and reported speech in one paragraph.

    previous says whether the last attributed sentence was the speaker's (so "he
    added" and a bare follow-on quote are his); the updated value is returned.
    """
    for s, e in sentences(doc.text, a, b):
        if doc.full():
            break  # a hostile item: its first MAX_CANDIDATES are all it contributes
        frame = doc.frame
        cue = doc.who.cue(frame, s, e, pronoun_ok=previous)
        loose = False
        if cue is None and not previous and _named_last(doc, s):
            # "he said" after somebody else spoke or acted ("when an investor suggested
            # ..., Musk rolled his eyes. / "...," he said."): he is named just before, so
            # the pronoun may be his; proposed, and the decision weighs the looser cue.
            cue = doc.who.cue(frame, s, e, pronoun_ok=True)
            loose = cue is not None
        if cue is None and previous and _bare_quote(frame, s, e):
            for qs, qe in quotes(doc.text, s, e):
                topic = doc.topic_of(qs, qe, (s, e)) or ("carried" if doc.last_on_topic else "")
                _add(doc, qs, qe, "pronoun", CONF_PRONOUN, topic, seconds, (a, b))
            continue
        if cue is None:
            other = other_speaker(frame, s, e)
            # He stays the subject of the paragraph when this sentence is about what
            # he did ("Musk on Friday called for lower tariffs. "...," he said").
            leads = not other and doc.who.leads(frame, s, e)
            if leads:  # "Asked about BYD, Musk laughed.": the topic carries on too
                doc.last_on_topic = doc.topic.mentions(doc.norm, s, e)
            previous = not other and (previous or leads)
            if guest and not other:
                _add(doc, s, e, "guest", CONF_GUEST, doc.topic_of(s, e), seconds, (a, b))
            continue
        previous = True
        _attributed(doc, s, e, cue, seconds, (a, b), loose=loose)
    return previous


# Another person's name ("Li Bin", "Premier Li"): two capitalised words in a row.
OTHER_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")


def _named_last(doc: Doc, s: int) -> bool:
    """He is the last person named before s, as a subject ("Musk shook his head"; not
    "met Musk", "Musk's rival Li Bin"), within LOOSE characters, and nobody spoke since."""
    last = None
    for m in doc.who.pattern.finditer(doc.frame, max(0, s - LOOSE), s):
        last = m
    if last is None:
        return False
    # Somebody spoke in a sentence since ("... told reporters that he was "cautiously
    # optimistic". / "...," he said."): the pronoun is theirs.
    end = _SENTENCE_END.search(doc.frame, last.end(), s)
    return (doc.who.is_subject(doc.frame, last.start(), last.end(), max(0, last.start() - 20))
            and OTHER_NAME.search(doc.text, last.end(), s) is None
            and (end is None or not _another_spoke(doc, end.end(), s)))


# A sentence end followed by a space: in effect English only (Chinese runs on after "。";
# read with sentences(), the rule cost three right Chinese statements of the labelled set).
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’」』)]*\s")
# Acts of speech (not "thinks", "believes": "whatever one thinks of them" is nobody's words).
_SPOKE = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|replied|replies|answered|"
                    r"asked|argued|insisted|stated|noted|explained|warned|claimed|responded|"
                    r"countered|declared|remarked|commented)\b|说|称|表示|写道|回应|指出|强调")


def _another_spoke(doc: Doc, a: int, b: int) -> bool:
    """A sentence in a..b has an act of speech that is not attributed to him."""
    return any(_SPOKE.search(doc.frame, ss, se) is not None
               and doc.who.cue(doc.frame, ss, se, pronoun_ok=True) is None
               for ss, se in sentences(doc.text, a, b))


# A speech verb right before his name, "that" or a colon after it: words said to him.
_TO_HIM = re.compile(r"\s*(?:that\b|[:,])?\s*[\"“「『‘']?$")


def _to_him(doc: Doc, s: int, qs: int) -> bool:
    """The quotation at qs follows "<verb> Musk (that)": somebody's words to him."""
    for m in doc.who.pattern.finditer(doc.frame, max(s, qs - 60), qs):
        if (_TO_HIM.match(doc.frame[m.end():qs]) is not None
                and any(ve >= m.start() - 2 for _, ve in verbs(doc.frame, max(s, m.start() - 30),
                                                               m.start()))):
            return True
    return False


def _bare_quote(frame: str, s: int, e: int) -> bool:
    """A sentence that is only a quotation (a quote running on from the last one)."""
    return not any(c.isalnum() for c in frame[s:e]) and any(c.isalnum() for c in
                                                              frame[s:e].replace(" ", "")) is False


# The speaker as the subject of a speech verb, a modal or an adverb between: "I also think",
# "I'd say", "I would argue", "我也认为";
# in Chinese also a short phrase of his clause between: "我想对在座的同学们说".
_I_SAY = re.compile(r"(?:我们|我|\bi|\bwe)(?:['’](?:d|ll)|\s+(?:would|will|can|could|should|must|might|"
                    r"have to|want to|need to))?\s*(?:也|还|都|一直|\balso|\bstill|\balways|\bdo)?\s*$"
                    r"|(?:我们|我)[\u4e00-\u9fff]{1,12}$")


def other_speaker(frame: str, s: int, e: int) -> bool:
    """A speech verb whose subject is not "I" (in a guest's unlabelled turn)."""
    return any(_I_SAY.search(frame, max(s, vs - 14), vs) is None for vs, _ in verbs(frame, s, e))


def _attributed(doc: Doc, s: int, e: int, cue: Cue, seconds: float | None,
                para: tuple[int, int], *, loose: bool = False) -> None:
    kind = "pronoun" if cue.pronoun else "quote"
    found = quotes(doc.text, s, e)
    if not found and not _is_cjk(doc.text[s:e]):
        found = single_quotes(doc.text, s, e)  # "'...,' Musk said": a British style
    aside = [q for q in found if cue.subject_before and not cue.colon
             and cue.subject_start < q[0] and q[1] <= cue.verb_start]
    if aside:
        # Quotations between him and his verb stand in the subject's apposition ("Musk,
        # responding to a thread titled "China is collapsing," wrote: ...", "Musk, calling
        # the report "absurd," said ..."): what follows the verb is still his clause.
        found = [q for q in found if q not in aside]
    if cue.subject_before:
        # A quotation before his name that is said to him ("a user answered Musk that "...",
        # a claim Musk dismissed: "..."") is the other speaker's.
        found = [q for q in found if q[1] > cue.subject_start or not _to_him(doc, s, q[0])]
    inverted = _inverted_clause(doc.norm, s, e, cue)
    # A continuation ("he added") stays on the topic of the sentence it continues.
    sentence_topic = doc.topic_of(s, e)
    carried = "carried" if cue.pronoun and doc.last_on_topic and not sentence_topic else ""
    doc.last_on_topic = bool(sentence_topic or carried)

    def add(a: int, b: int, how: str, conf: float) -> None:
        topic = doc.topic_of(a, b, (s, e)) or carried
        _add(doc, a, b, how, conf, topic, seconds, para, far=cue.far, colon=cue.colon,
             loose=loose)

    for qs, qe in aside:
        if not _TITLED.search(doc.norm, max(s, qs - 30), qs):  # a title he names is no word of his
            add(qs, qe, kind, CONF_PRONOUN if cue.pronoun else CONF_QUOTE)
    if inverted:
        lead = _DATELINE.match(doc.norm, s, inverted)  # "BEIJING, Jan 29 (Reuters) - ..."
        add(lead.end() if lead else s, inverted, "reported", CONF_REPORTED)
        if not found:
            return
    clause_start = _reported_start(doc.norm, cue, e, doc.frame) if cue.subject_before else None
    if clause_start is not None and _SUBORDINATE.match(doc.norm, clause_start, e):
        clause_start = None  # "..., Musk said, even as rivals cut prices": the writer's clause
        if not found:
            return
    if clause_start is not None and _resumed_quote(doc.norm, clause_start, found):
        clause_start = None  # '"...," Musk said on stage in Riyadh, "and ..."': his quote resumes
    if (clause_start is not None and clause_start < e
            and doc.text[clause_start] not in "\"“「『"
            and any(q[0] > clause_start for q in found)):
        # "Musk said China was "fair"": quoted words inside his reported clause.
        add(clause_start, e, "reported", CONF_REPORTED)
        found = [q for q in found if q[1] < clause_start]
        if not found:
            return
    if found:
        more = _reported_after_quotes(doc, found[-1][1], e)
        if more is not None:
            add(more, e, "reported", CONF_REPORTED)
        for qs, qe in found:
            add(qs, qe, kind, CONF_PRONOUN if cue.pronoun else CONF_QUOTE)
        return
    if clause_start is not None:
        span = (clause_start, e)
    else:
        span = (s, _clause_end(doc.norm, s, cue.verb_start))
    add(span[0], span[1], "pronoun" if cue.pronoun else "reported",
        CONF_PRONOUN if cue.pronoun else CONF_REPORTED)


# Words that name a text by its title: the quotation after them is the title, not his words.
_TITLED = re.compile(r"(?:\b(?:titled|entitled|headlined|headed|called|named|dubbed|labell?ed|"
                     r"that read|which read|reading)|题为|名为|标题为|叫做|称为)\s*[\"“「『‘']?\s*$")
# A wire story's dateline before its first sentence: "BEIJING/SAN FRANCISCO, Jan 29 (Reuters) - ".
# Wider than decide's dateline feature (digits, "/"; the agency's brackets required): that
# one is an input the shipped model was trained on, so it keeps its own pattern.
_DATELINE = re.compile(r"[a-z0-9 .,'/-]{2,50}\([^)]{2,30}\)\s*[-–—]\s+")
# A place or occasion after the verb, up to "that": "said at a conference in ... that".
_PLACE_MAX = 140
_PLACE_PHRASE = re.compile(rf"\s*(?:at|in|on|during|to|via|before|after|from|while)\s"
                           rf"[^;:\"“”‘]{{0,{_PLACE_MAX}}}?\bthat\b")
# After "said," a subordinate clause is the writer's, not what he said.
_SUBORDINATE = re.compile(r"(?:even as|as|while|whereas|although|though|despite|amid|but)\b")


def _reported_start(norm: str, cue: Cue, e: int, frame: str = "") -> int:
    """Where the reported clause after "Musk said (on X) (that|:)" starts. The "that" or colon
    that opens it is looked for in ``frame`` (norm with quotations blanked, the same length):
    a "that" inside his quoted words ('he had seen "no sign of that at all"') opens nothing."""
    frame = frame or norm
    cs = _last_chained_verb(norm, cue.verb_end, e)
    opener = _CLAUSE_OPEN.search(frame, cs, min(e, cs + 40))
    if opener is None:
        # "saying at an event at the company's Texas headquarters that ...": a longer place
        # or occasion before "that" (no quotation in it; "in Austin, Texas, on Thursday") is
        # no part of his words
        opener = _PLACE_PHRASE.match(frame, cs, e)
    if opener:
        cs = opener.end()
    lead = _CLAUSE_LEAD.match(norm, cs, e)
    cs = lead.end() if lead else cs
    adverbial = _ADVERBIAL.match(norm, cs, e)
    if adverbial and not _CLAUSE_OPEN.match(norm, adverbial.end(), e):
        cs = adverbial.end()
    if not opener and _TOLD.search(norm, max(0, cue.verb_end - 8), cue.verb_end):
        listener = _LISTENER.match(norm, cs, e)  # "told investors the plant would ...":
        if listener and listener.end() < e:  # whom he told is no part of what he said
            cs = listener.end()
    return cs


def _last_chained_verb(norm: str, cs: int, e: int) -> int:
    """After "回答主持人提问时表示，": a second speech verb right before the clause's comma
    is the one that introduces it (the first names what he was doing)."""
    if not _is_cjk(norm[cs:cs + 4]):
        return cs
    comma = min((i for i in (norm.find(m, cs, min(e, cs + 24)) for m in "，,：:") if i >= 0),
                default=-1)
    found = verbs(norm, cs, comma) if comma > cs else []
    return found[-1][1] if found and found[-1][1] == comma else cs


_AFTER_QUOTE = re.compile(r"\b(?:adding|added|saying|said|arguing|noting|warning)\s+that\b|"
                          r"(?:还|并)?(?:补充说|补充道|表示|指出)[，,]")


def _reported_after_quotes(doc: Doc, after: int, e: int) -> int | None:
    """'"...," Musk said, adding that ...': where the reported clause after the quote starts."""
    more = _AFTER_QUOTE.search(doc.norm, after, e)
    if more and not any(c in doc.text[more.end():e] for c in "\"“「"):
        return more.end()
    return None


_TAIL_ONLY = re.compile(r"[\s,，。.!！?？]*(?:(?:at|in|on|during|to|while|when|after|before|"
                        r"last|this|yesterday|today|earlier|later|recently|via|through)\b|"
                        # an aggregator's " - Publisher" after a title's attribution
                        r"[-–—|]\s|$)")


def _resumed_quote(norm: str, clause_start: int, found: list[tuple[int, int]]) -> bool:
    """After the verb only where and when he said it, then the quotation goes on: no clause
    of his stands between ('"...," Musk said on stage last month, "and ..."')."""
    later = [q for q in found if q[0] > clause_start]
    if not later or not any(q[1] <= clause_start for q in found):
        return False
    lead = norm[clause_start:later[0][0]].rstrip(" " + OPENING_MARKS)
    return (len(lead) <= 80 and lead.endswith(",")
            and _TAIL_ONLY.match(norm, clause_start) is not None)


def _inverted_clause(norm: str, s: int, e: int, cue: Cue) -> int | None:
    """End of "China will win" in "China will win, Musk said at ...", or None."""
    comma = min((i for i in (norm.find(",", cue.verb_end, e), norm.find("，", cue.verb_end, e))
                 if i >= 0), default=e)
    if _CLAUSE_OPEN.search(norm, cue.verb_end, min(comma, cue.verb_end + 40)):
        return None
    after = cue.verb_end
    if _TOLD.search(norm, max(0, after - 8), after):
        listener = _LISTENER.match(norm, after + 1, e)  # "..., Musk told investors."
        after = listener.end() if listener and norm[after:after + 1].isspace() else after
    tail = norm[after:e]
    bare = tail.strip(_TRAIL) == "" if _is_cjk(norm[s:e]) else _TAIL_ONLY.match(norm, after, e)
    if not bare:
        return None  # "At the meeting, Musk said China ...": a clause follows the verb
    head = norm[s:cue.subject_start].rstrip()
    if '"' in head or "“" in head or "”" in head or not cue.subject_before:
        return None
    if head.endswith((",", "，")):
        return s + len(head) - 1
    title = _DESCRIPTOR.search(head)  # "..., Chief Executive Elon Musk said"
    return s + title.start() if title and title.start() > 0 else None


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _clause_end(norm: str, s: int, verb_start: int) -> int:
    """End of the reported clause in "China will win, Musk said": the last comma."""
    cut = max(norm.rfind(",", s, verb_start), norm.rfind("，", s, verb_start))
    return cut if cut > s else verb_start


