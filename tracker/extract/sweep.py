"""The sweep: every quotation in an article that names him is a candidate.

The attribution rules propose a quotation only when they can say who speaks it (a speech
verb with him as its subject, a colon after his name, "he added"). Real articles attribute
in more ways than any list of rules knows: a quote paragraph under a paragraph that
introduced his remarks, a live blog's "11:18 — "..."", "The post, in full, read: "..."",
"他在转发该文章时讽刺道：“……”", single quotation marks in British style. So after the
rules, each quotation they left out is proposed too, marked as swept, with what stands
between it and the last mention of him (another person's name, a speech verb, how far),
and the trained decision weighs it like every other candidate. The rules stay the
generator of the attributions they know; the sweep gives the decision the rest to judge.

Linear in the text: each opening single mark looks at most ``sentences.REACH`` characters ahead for its
closing mark (one bounded C-level search), and the document's candidate cap holds.
"""

from __future__ import annotations

import bisect
import math
import re

from tracker.extract.attribution import EN_PRONOUN, ZH_PRONOUN, verbs
from tracker.extract.candidates import Doc
from tracker.extract.candidates import add as _add
from tracker.extract.prose import OTHER_NAME
from tracker.extract.sentences import (
    OPENING_MARKS,
    paragraphs,
    quotes,
    sentences,
    single_quotes,
)

CONF_SWEEP = 0.3
BACK = 800  # characters looked back for his last mention
AFTER = 60  # characters after a quotation read for the verb that attributes it
SWEEP_FEATURES = ("sweep_named", "sweep_other_between", "sweep_verb_between",
                  "sweep_pronoun_between", "sweep_distance", "sweep_follows_his",
                  "sweep_colon_before", "sweep_speech_word", "sweep_verb_after")
# Words that name an act of speech without being a speech verb: what introduces a quotation
# in "drew a response from Elon Musk", "gave a blunt verdict", "put it bluntly", "his reply,
# in full", "他的回应只有一句话".
_SPEECH_WORD = re.compile(
    r"\b(?:response|responses|reply|replies|retort|verdict|message|answer|remarks?|comments?|"
    r"words|quip|riposte|rejoinder|take|assessment|bluntly|candid|candidly|frank|frankly|"
    r"blunt|put it|in full|as follows|reads?|read)\b|"
    r"回应|回复|答复|留言|评论|推文|帖文|原话|表态|一句话|回答|答案|看法|评价|如下|全文")
def sweep(doc: Doc, head: tuple[int, int] | None) -> None:
    """Propose every quotation of an article that the rules left out (see the module)."""
    if doc.labelled_share >= 0.3:
        return  # a transcript: its turns say who speaks
    for a, b in paragraphs(doc.text):
        if head is not None and a < head[1]:
            continue
        spans = quotes(doc.text, a, b)
        if not spans:
            spans = single_quotes(doc.text, a, b)
        if not spans:
            continue
        units = sentences(doc.text, a, b)  # once per paragraph: the sweep stays linear
        starts = [s for s, _ in units]
        for qs, qe in spans:
            if doc.full():
                return
            near = _evidence(doc, qs)
            if near is None:
                continue
            at = bisect.bisect_right(starts, qs) - 1
            sentence = units[at] if at >= 0 and qs < units[at][1] else (a, b)
            # '"...," said Li Bin' / "”李斌说": a speech verb right after the quotation that
            # the rules did not give him attributes it to somebody else.
            after = bool(verbs(doc.frame, qe, min(max(sentence[1], qe), qe + AFTER)))
            near = (*near, float(after))
            _add(doc, qs, qe, "sweep", CONF_SWEEP, doc.topic_of(qs, qe, sentence), None, (a, b),
                 swept=near)


def _evidence(doc: Doc, qs: int) -> tuple[float, ...] | None:
    """What stands between the quotation and his last mention before it (None: he is not
    named within BACK characters, so the quotation is nobody's that the sweep can tell)."""
    lo = max(0, qs - BACK)
    last = None
    for m in doc.who.pattern.finditer(doc.frame, lo, qs):
        last = m
    if last is None:
        return None
    between = doc.frame[last.end():qs]
    other = OTHER_NAME.search(doc.text, last.end(), qs) is not None
    verb = bool(verbs(doc.frame, last.end(), qs))
    pronoun = bool(EN_PRONOUN.search(between) or ZH_PRONOUN.search(between))
    distance = math.log1p(qs - last.end()) / math.log1p(BACK)
    # Right after words the rules gave him (a quote paragraph under his quote paragraph).
    before = max((c.end for c in doc.found if c.end <= qs), default=-1)  # at most 200
    follows = before >= 0 and qs - before <= 300 and OTHER_NAME.search(doc.text, before, qs) is None
    # '...: "' - a colon introduces the quotation (his reply "in full:", "他写道：")
    lead = doc.text[max(lo, qs - 4):qs].rstrip(" " + OPENING_MARKS)
    colon = lead.endswith((":", "："))
    speech = _SPEECH_WORD.search(doc.norm, max(last.end(), qs - 200), qs) is not None
    return (1.0, float(other), float(verb), float(pronoun), distance, float(follows),
            float(colon), float(speech))
