"""Who each speaker label of a transcript page is, decided per page.

Pure. A page names its people once and then shortens: "Elon Musk (EM)" then "EM:",
"Speaker 2 is Elon Musk" then "Speaker 2", "ELON MUSK" then "MUSK", "伊隆·馬斯克" then
"馬斯克". A short label is the person whose full name on the page it is part of; a
first or last name shared with someone else on the page ("Elon Gold", "Kimbal Musk")
is that person's when only that full name is on the page, and nobody's for sure
when both are (then it stays as written), unless all but one of them have a short
label of their own ("梅耶" beside "梅耶·马斯克": "马斯克" is 埃隆·马斯克), or a person's given
name and surname both label turns, one answering the other (the surname is then a
relative's: "梅耶·馬斯克", "梅耶：" and "馬斯克："); without a full-name label, the page's text
decides ("I'm Elon Gold" makes "Elon:" Elon Gold; a caller whose "real name is Elon"
keeps "ELON:" as written, as does one the label calls a caller: "ELON, CALLER FROM
FRESNO"). An X handle is the name it spells.
Labels then map to the watched speakers (``tracker.feeds.speakers.canonical``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from tracker.feeds.speakers import Speakers, canonical, fold
from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_lines import Record
from tracker.feeds.transcript_qa import ANSWER_LABELS, answerer

__all__ = ["KEY_EQUALS", "legend", "people"]

# A name starts where a word does (see transcript_qa: "A'A'A'…" is not tried at each letter).
_NAME = r"(?<![\w'’\-])[A-Z][\w'’\-]+(?: (?:[A-Z][\w'’\-]+|de|van|von|bin|al)){1,3}"
_SHORT = r"[A-Z](?:\.?[A-Z]){1,3}\.?"  # "EM", "E.M."
_INITIALS = re.compile(rf"\b({_NAME})\s*[(（\[]({_SHORT})[)）\]]")
_NUMBERED_AFTER = re.compile(
    rf"\b({_NAME})\s+(?:is|was|appears as|speaks as|=)\s+(Speaker ?(?:\d{{1,2}}|[A-F]\b))")
# "EM = Elon Musk", "EM: Elon Musk", "EM is Elon Musk" (a note on format above the turns).
_LEGEND = re.compile(rf"\b({_SHORT})\s*(?:=|:|：|—|–|\s(?:is|for|stands for|refers to)\s)"
                     rf"\s*({_NAME})")
KEY_EQUALS = re.compile(r"(?<![\w'’])([A-Z]{1,4})\s*=\s*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3})")
# Titles with a name: "Mr. Musk", "MR. MUSK" and "马斯克先生" are Musk.
_HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|dr|prof|sir|h\.?\s?e|hon|rep|sen)\.?\s+)+"
                        r"|(?<=[\u3400-\u9fff])(?:先生|女士|博士|總裁|总裁)$", re.I)
_NUMBERED = re.compile(
    rf"\b(Speaker ?(?:\d{{1,2}}|[A-F]\b)|SPEAKER_\d{{1,2}})\s*(?:is|was|=|:|—|–|-|[(（])\s*"
    rf"(?:(?:our|the|a|co-?host|host|guest|interviewer|moderator)\s+){{0,3}}({_NAME})")


def people(labels: Iterable[str], text: str, speakers: Speakers,
           roles: Mapping[str, str] | None = None, notes: str | None = None,
           forms: Mapping[str, set[str]] | None = None,
           titles: Mapping[str, str] | None = None,
           order: Sequence[str] = (), keys: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each label's person: a watched speaker's display name, or the label's full name.

    ``text``: the page's; ``notes``: its text outside the turns, where it defines labels
    ("Speaker 2 is Elon Musk"; all of ``text`` when not given). ``roles``: what a label's
    parentheses say ("Speaker 2 (Elon Musk)"); a role naming a watched speaker defines it.
    ``titles``: what a label says after a comma ("ELON, CALLER FROM FRESNO"): it describes
    the speaker (a caller is not the guest of that name) and defines no one. ``order``:
    the labels as the page's turns use them, one after another (two short labels of one
    full name that answer each other are two people: see ``_relatives``). ``keys``: the
    labels a legend on the page defines (``legend``).
    """
    labels = set(labels)
    watched = {name for name, _ in speakers}
    defined = {label: role for label, role in (roles or {}).items()
               if canonical(role, speakers) in watched}
    defined |= {k: v for k, v in _defined(text, text if notes is None else notes).items()
                if k not in defined}
    defined |= {k: v for k, v in (keys or {}).items() if k not in defined}
    # "E. MUSK" and "Elon W." are no full names: an initial tells two people apart, and the
    # bare "Elon" beside "Elon W." is the other one ("a different Elon (fleet guy)").
    full = {bare for lab in labels if len(fold(bare := _HONORIFIC.sub("", lab)).split()) >= 2
            and not _INITIAL_SURNAME.fullmatch(bare) and not _NAME_INITIAL.fullmatch(bare)}
    full |= set(defined.values())
    out = {}
    for label in labels:  # "E. MUSK" beside "ELON MUSK" and "MAYE MUSK" (M. MUSK) is Elon Musk
        if _INITIAL_SURNAME.fullmatch(bare := _HONORIFIC.sub("", label)) and label not in defined:
            whose = {canonical(n, speakers) for n in full if initialled(bare, n)}
            if len(whose) == 1:
                out[label] = whose.pop()
    out |= _first_names_initialled(labels - set(out) - set(defined), full, speakers, order)
    for label in labels - set(out) - set(defined):  # "Elon Musk:" first, "EM:" after
        # (not an avatar's initials on a line of their own above the name: "name-line")
        if (_INITIALS_LABEL.fullmatch(bare := _HONORIFIC.sub("", label))
                and (forms or {}).get(label, {"name-line"}) != {"name-line"}):
            # One person written two ways ("Elon Musk" in a table, "ELON MUSK:" in its
            # plain-text copy) is one full name.
            spelled = sorted((n for n in full
                              if "".join(w[0] for w in n.split()).upper() == bare),
                             key=lambda n: (n.isupper(), n))  # as a sentence writes it
            if len({fold(n) for n in spelled}) == 1:
                out[label] = canonical(spelled[0], speakers)
    labels -= set(out)
    # Each one-word label's owners among the full names: a person with a short label of
    # their own ("梅耶") is not the one a shared word ("马斯克") shortens.
    own = {label: _owners(_HONORIFIC.sub("", label), full) for label in labels}
    shortened = {owners[0] for owners in own.values() if len(owners) == 1}
    # "梅耶·馬斯克" then "梅耶：" and "馬斯克：" answering each other: the surname is a
    # relative's, not hers (she has her given name); whoever it is, not her.
    not_theirs = _relatives(own, order)
    for label in not_theirs:
        own[label] = []
    budget = _INTRODUCED_LABELS  # each looks through the page: a few at most (linear time)
    # "Elon W." is the "Elon Whitfield" the page names: the bare "Elon" is not him.
    first_initial = [bare for lab in labels
                     if _NAME_INITIAL.fullmatch(bare := _HONORIFIC.sub("", lab))]
    ordered = _FIRST_USES  # each looks through the page twice: a few at most (linear time)
    for label in sorted(labels):
        bare = _HONORIFIC.sub("", label)
        if (len(own[label]) == 1 and (ordered := ordered - 1) >= 0
                and _speaks_first(bare, own[label][0], text)):
            # "馬斯克：" speaks before "梅耶·馬斯克：" first does: no short form of hers
            # (a short form follows its full one: "KIMBAL MUSK:" then "MUSK:").
            own[label] = []
        owners = [o for o in own[label] or _named_in(bare, text, speakers)
                  if not any(initialled(short, o) for short in first_initial)
                  and fold(o) != not_theirs.get(label)]
        if len(own[label]) > 1 and len(rest := [o for o in owners if o not in shortened]) == 1:
            owners = rest
        if label.startswith("@"):
            out[label] = _handle(label, full, speakers)
        elif label in ANSWER_LABELS and (who := answerer(notes or text, speakers)):
            out[label] = who  # "A:" in a Q&A whose page says whose the answers are
        elif label in defined:
            out[label] = canonical(defined[label], speakers)
        elif _spelled_otherwise(label, roles or {}, forms or {}):
            # A table's speaker cell in both scripts whose English names no one watched
            # ("马斯克 Kimbal", his brother): the two together, not the watched "马斯克".
            out[label] = f"{label} {(roles or {})[label]}"
        elif _CALLER.search(_said_of(label, roles, titles)) or (
                not own[label] and _someone_else(bare, text, speakers)):
            # "ELON:", a caller whose "real name is Elon"; "Elon (caller, Tallinn)",
            # "ELON, CALLER FROM FRESNO" (a call-in show's labels).
            out[label] = label
        elif (len(owners) > 1 and (budget := budget - 1) >= 0
              and (near := _introduced(label, owners, text)) is not None
              and _same_form(label, near, forms or {})):
            out[label] = canonical(near, speakers)  # "… joining us, Elon Musk." then "MUSK:"
        elif len(owners) > 1 and (mine := _the_watched(bare, owners, text, speakers)):
            # Nobody named first, and the page speaks of "Musk" alone before the label:
            # the watched speaker ("when Musk wrote ..." / "MUSK:"; "ERROL MUSK" once).
            out[label] = mine
        elif len(owners) > 1:
            out[label] = label  # "Musk" beside "Elon Musk" and "Kimbal Musk": not for sure
        else:
            out[label] = canonical(owners[0] if owners else bare, speakers)
    return out


def _first_names_initialled(labels: Iterable[str], full: set[str], speakers: Speakers,
                            order: Sequence[str]) -> dict[str, str]:
    """Labels of a first name and an initial that shorten a full-name label the page's
    turns used before them: "Elon Musk, CEO of Tesla" first, "Elon M." after (a panel
    telling two Elons apart, "Elon B." the other). Only a full name the label alone
    initials, and one labelled earlier: an "Elon W." with no "Elon W…" speaking first is
    a namesake, told apart from the bare "Elon" (see ``people``)."""
    first: dict[str, int] = {}
    for at, label in enumerate(order):
        first.setdefault(_HONORIFIC.sub("", label), at)
    found = {}
    for label in labels:
        bare = _HONORIFIC.sub("", label)
        if not _NAME_INITIAL.fullmatch(bare) or bare not in first:
            continue
        whose = [n for n in full if initialled(bare, n)]
        if (len({fold(n) for n in whose}) == 1 and whose[0] in first
                and first[whose[0]] < first[bare]):
            found[label] = canonical(whose[0], speakers)
    return found


def _relatives(own: Mapping[str, list[str]], order: Sequence[str]) -> dict[str, str]:
    """Surname labels that are not the person whose full name they end, by that full name
    (folded): two one-word labels that can each only be one full name, its given name and
    its surname ("梅耶" and "馬斯克" of "梅耶·馬斯克", "MAYE" and "MUSK" of "MAYE MUSK"),
    one turn right after the other's somewhere. One person does not answer herself: the
    given name is hers, the surname another of the family's. Labels written in turn
    order, each pair looked at once (linear)."""
    found: dict[str, str] = {}
    for a, b in zip(order, order[1:], strict=False):
        if a == b or a not in own or b not in own:
            continue
        if not (len(own[a]) == len(own[b]) == 1 and own[a] == own[b]):
            continue
        words = fold(own[a][0]).split()
        if len(words) < 2:
            continue
        mine = {fold(_HONORIFIC.sub("", a)), fold(_HONORIFIC.sub("", b))}
        if mine == {words[0], words[-1]}:
            surname = a if fold(_HONORIFIC.sub("", a)) == words[-1] else b
            found[surname] = fold(own[a][0])
    return found


_INTRODUCED_LABELS = 8
_FIRST_USES = 8
# Not before a label's word: a letter; for a surname, also a name's joining mark
# ("梅耶·馬斯克" holds no label "馬斯克").
_LETTERS = "\\w'’"
_JOINED = _LETTERS + "·．‧・."


def _first_label_use(word: str, folded: str, after_not: str = _JOINED) -> int | None:
    """Where ``word`` first opens a label in the case-folded page: nothing written before
    it on its line but a time or a mark, a colon after it (perhaps after a role); not a
    headline opening with the name. None when it never does."""
    use = (rf"(?<![{after_not}]){re.escape(word.casefold())}"
           rf"(?=\s*(?:[(（,][^\n:：]{{0,60}})?[:：])")
    return next((m.start() for m in re.finditer(use, folded)
                 if not _in_words(folded, m.start())), None)


def _speaks_first(short: str, full: str, text: str) -> bool:
    """Whether the one-word label is used before the full-name label it is part of first
    is: then it is nobody's short form of that name."""
    folded = text.casefold()
    mine, theirs = _first_label_use(short, folded), _first_label_use(full, folded)
    return mine is not None and theirs is not None and mine < theirs
# An initial and a surname: "E. MUSK", "E Musk" (a broadcast telling two Musks apart).
_INITIAL_SURNAME = re.compile(r"([A-Z])\.?\s+([A-Z][\w'’\-]+)")
# A label of initials: "EM", "JA" (a full label's first letters, used after it).
_INITIALS_LABEL = re.compile(r"[A-Z]{2,3}")
# A first name and an initial: "Elon W." (a namesake told apart from the bare "Elon").
_NAME_INITIAL = re.compile(r"([A-Z][\w'’\-]+)\s+([A-Z])\.?")
# A label's role that says the voice is a member of the public: "Elon (caller, Tallinn)".
_CALLER = re.compile(r"\b(?:caller|listener|viewer|audience|from the floor|on the line)\b"
                     r"|听众|觀眾|观众|聽眾|来电|來電|网友|網友", re.I)
_LETTER = re.compile(r"[^\W\d_]")


# A name in Latin letters, as a speaker cell gives it beside the Chinese one: "Kimbal",
# "Cara Winters" (not "CEO", not "Tesla CEO").
_LATIN_NAME = re.compile(r"[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){0,3}")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _spelled_otherwise(label: str, roles: Mapping[str, str], forms: Mapping[str, set[str]]) -> bool:
    """Whether a Chinese label of a table's speaker cells says in English whom it names,
    and the English names no one watched (a watched one defines the label: ``defined``)."""
    role = roles.get(label, "")
    return (bool(role) and "row" in forms.get(label, ()) and _LATIN_NAME.fullmatch(role) is not None
            and _HAN.search(label) is not None and not re.search(r"[A-Za-z]", label))


def _said_of(label: str, roles: Mapping[str, str] | None,
             titles: Mapping[str, str] | None) -> str:
    """What a label says of its speaker, in parentheses and after a comma."""
    return f"{(roles or {}).get(label, '')} {(titles or {}).get(label, '')}"


def _same_form(label: str, full: str, forms: Mapping[str, set[str]]) -> bool:
    """Whether the person named in full speaks under a full-name label written as the
    short label is ("ELON MUSK:" then "MUSK:"; not a chapter line "02:10 — Elon Musk: …")."""
    mine = forms.get(label, set())
    return any(fold(_HONORIFIC.sub("", other)) == fold(full) and mine & theirs
               for other, theirs in forms.items())


def _in_words(folded: str, at: int) -> bool:
    """Whether a letter comes before ``at`` on its line (within 200 characters): a name
    in a sentence, not a label opening its line."""
    line = max(folded.rfind("\n", max(0, at - 200), at) + 1, at - 200)
    return _LETTER.search(folded, line, at) is not None


def _introduced(label: str, owners: Sequence[str], text: str) -> str | None:
    """Which of the people a short label may be the page names last, in words, before
    the label's first use: a broadcast writes "ELON MUSK" once, then "MUSK", right after
    the host says whom we hear ("I caught up with Elon Musk after his speech." / "MUSK:
    ..."). None when the label is not used apart from the full names, or none is named
    first. The caller takes it only for one who speaks under a full-name label written
    the same way (a guest introduced as "the father of Elon Musk" makes no "Musk:" Elon's)."""
    folded = text.casefold()
    first = _first_label_use(label, folded, _LETTERS)  # its first use as a label
    if first is None:
        return None
    last: dict[str, int] = {}
    for owner in owners:
        ends = [m.end() for m in re.finditer(re.escape(owner.casefold()), folded[:first])
                if _in_words(folded, m.start())]  # named in words, not as a label
        if ends:
            last[owner] = ends[-1]
    if not last:
        return None
    return max(last, key=last.__getitem__)


_FIRST_NAME = re.compile(r"(?<![\w'’])[A-Z][A-Za-z'’\-]+ ?$|[\u3400-\u9fff]·?$")


def _the_watched(word: str, owners: Sequence[str], text: str, speakers: Speakers) -> str:
    """The watched speaker a short label shared by several full names is, when the word
    is his alias, exactly one of them is he, and the page uses the word alone in a
    sentence before it first uses it as a label; else ""."""
    watched = {name for name, _ in speakers}
    if (me := canonical(word, speakers)) not in watched:
        return ""
    if [canonical(o, speakers) for o in owners].count(me) != 1:
        return ""
    w = re.escape(word)
    label = re.search(rf"(?im)^{w}\s*(?:[(（,][^\n:：]{{0,60}})?[:：]", text)
    alone = re.compile(rf"(?i)(?<![\w'’]){w}(?![\w'’])")
    for m in alone.finditer(text, 0, label.start() if label else len(text)):
        # Alone: not after a first name ("Kimbal Musk", "Elon Musk"; "when Musk").
        if _in_words(text, m.start()) and not _FIRST_NAME.search(text, 0, m.start()):
            return me
    return ""


def _someone_else(word: str, text: str, speakers: Speakers) -> bool:
    """Whether the page says a one-word label that is a watched speaker's name belongs to
    someone else of that name: "that's his real name", "my name really is Elon", "a caller
    named Elon", "Elon from Fresno", "no relation", and their Chinese ("英文名Elon",
    "我不是那个Elon")."""
    if not re.fullmatch(r"[A-Za-z][\w'’\-]+", word) or canonical(word, speakers) == word:
        return False
    w = f"(?i:{re.escape(word)})"
    return re.search(
        rf"\b(?i:my|his|her|whose|their) (?:real |actual |first |given )?name (?:really |actually |also |"
        rf"truly )?is {w}\b|\b{w}\b[^.?!]{{0,60}}\b(?:his|her|my|their) real name"
        rf"|\b(?:named|called) {w}\b(?! [A-Z])"
        rf"|\b{w},? (?:is )?(?:on the line |calling |joining us )*from [A-Z]"
        rf"|\bnot (?:that|the real|the famous|the) {w}\b|\b{w}\b[^.?!]{{0,40}}no relation"
        # The same in Chinese: "英文名Elon", "他也叫Elon", "我不是那个Elon", "此Elon非彼Elon".
        rf"|英文名(?:叫|是)?\s*{w}\b|(?:我|他|她)(?:也)?(?:叫|名叫)\s*{w}\b"
        rf"|不是(?:那个|那位|那一位)\s*{w}\b|此\s*{w}\s*非彼",
        text) is not None


def _named_in(word: str, text: str, speakers: Speakers) -> list[str]:
    """The people a one-word Latin label names by the page's text ("I'm Elon Gold" makes
    "Elon:" Elon Gold): the full name it is part of, if one is named at least twice as
    often as any other; several when none is."""
    if not re.fullmatch(r"[A-Za-z][\w'’\-]+", word):  # "A:" is no "A PDF"
        return []
    # The other word is a name as written ("Gold", "GOLD" beside "MUSK"), not "CEO".
    cap = r"[A-Z][A-Za-z\-]+" if word.isupper() else r"[A-Z][a-z][A-Za-z\-]*"
    me = f"(?i:{re.escape(word)})" if word.isupper() else re.escape(word)  # "MUSK" is Musk
    names = re.findall(rf"\b{me} {cap}\b", text) + re.findall(rf"\b{cap} {me}\b", text)
    found = Counter(canonical(name, speakers) for name in names)
    ranked = found.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return [name for name, _ in ranked]
    return [ranked[0][0]]


def _handle(label: str, full: set[str], speakers: Speakers) -> str:
    """An X handle's person: the name on the page or the watched name it spells."""
    handle = label[1:].casefold()
    names = [*full, *(alias for _, aliases in speakers for alias in aliases)]
    spelled = next((n for n in names if re.sub(r"[\W_]", "", n).casefold() == handle), label)
    return canonical(spelled, speakers)


def _defined(text: str, notes: str) -> dict[str, str]:
    """Labels the page defines: initials ("Elon Musk (EM)", or a key listed as "EM: Elon
    Musk", which reads as a turn: anywhere on the page, as they must spell the name),
    numbers ("Speaker 2 is ...", outside the turns: a host's "Speaker 1: Elon Musk,
    welcome" defines nobody)."""
    found: dict[str, str] = {}
    pairs = [(m.group(1), m.group(2)) for m in _INITIALS.finditer(text)]
    pairs += [(m.group(2), m.group(1)) for m in _LEGEND.finditer(text)]
    for name, short in pairs:
        if "".join(w[0] for w in name.split()).upper() == short.replace(".", ""):
            # The labels may be written with or without the periods.
            found.setdefault(short, name)
            found.setdefault(short.replace(".", ""), name)
    for m in KEY_EQUALS.finditer(notes):
        # "Legend: EM = Elon, MV = Mario Vance": an equals sign defines, initials or not.
        found.setdefault(m.group(1), m.group(2))
    for m in _NUMBERED.finditer(notes):
        found.setdefault(m.group(1), m.group(2))
    for m in _NUMBERED_AFTER.finditer(notes):
        found.setdefault(m.group(2), m.group(1))
    return found


def initialled(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with one of its names cut to an initial: "E. MUSK" is
    "Elon Musk" (a broadcast telling two of a family apart), "Elon W." is "Elon Whitfield"
    (a namesake told apart from the bare "Elon")."""
    s, f = fold(short).split(), fold(full).split()
    if len(s) != 2 or len(f) < 2:
        return False
    if len(s[0]) == 1 and len(f[0]) > 1:
        return f[0][0] == s[0] and f[-1] == s[1]
    return len(s[1]) == 1 and len(f[-1]) > 1 and f[0] == s[0] and f[-1][0] == s[1]


def _owners(label: str, full: set[str]) -> list[str]:
    """The people (by full name on the page) a one-word label may be."""
    words = set(fold(label).split())
    if len(words) != 1:
        return []
    owners = {fold(name): name for name in full if words <= set(fold(name).split())}
    return sorted(owners.values())


# A legend entry's description: a name first ("Elon Musk, CEO of SpaceX", "埃隆·马斯克，
# 嘉宾"), then its end or a role after a comma, a semicolon, parentheses or a dash.
_ENTRY_NAME = re.compile(rf"({_NAME}|[\u3400-\u9fff][\u3400-\u9fff·・]{{1,7}})"
                         r"\s*(?:$|[,;(（，、；—–]|\s-\s)")
# A legend's line: "EM — Elon Musk, CEO", "KO = Keiko Oda", "AUD - Audience member".
_KEYED_LINE = re.compile(r"([^\s:：=—–]{1,12})\s*(?:[—–=]|\s-)\s+(?=\S)")
_ENTRY_MAX = 120  # a description, not a turn's words
_KEY_MAX = 20


def legend(records: Sequence[Record], lines: Sequence[Line]) -> dict[str, str]:
    """The labels a legend on the page defines, each by the name its entry gives: a
    definition list ("<dt>EM</dt><dd>Elon Musk, CEO</dd>"), a table of two cells a row
    ("EM | Elon Musk"), or lines "EM — Elon Musk, CEO". A legend has two entries in a row
    at least, each a key the turns use as a label in lines of another kind (a ``<dt>``
    key labels "[01:30] EM: …" paragraphs; a transcript written as a definition list or
    a two-column table is no legend of itself), each description short and no question
    or call. An entry whose description opens with a name defines its key ("AUD —
    Audience member" defines none). ``records`` and ``lines`` are the page's, one for
    one. One pass each (linear)."""
    kinds = [_kind(line) for line in lines]
    used: dict[str, set[str]] = {}  # label -> the kinds of line it labels
    for r, kind in zip(records, kinds, strict=True):
        if r.name:
            used.setdefault(r.name, set()).add(kind)
    found: dict[str, str] = {}
    run: list[tuple[str, str]] = []
    i, last = 0, ""
    while i <= len(lines):
        key, words = _entry(records, lines, kinds, i) if i < len(lines) else ("", "")
        kind = kinds[i] if key else ""
        if not key or not used.get(key, set()) - {kind} or kind != last:
            if len(run) >= 2:
                for k, w in run:
                    if m := _ENTRY_NAME.match(w):
                        found.setdefault(k, m.group(1))
            run, last = [], kind
        if key and used.get(key, set()) - {kind}:
            run.append((key, words))
            i += 2 if kind == "dt" else 1
        else:
            i += 1
    return found


def _kind(line: Line) -> str:
    """The kind of line a legend's entry may be: "dt", "row" (two cells), "keyed"
    ("EM — …"), or ""."""
    if line.context == "dt":
        return "dt"
    if line.cells:
        return "row" if len(line.cells) == 2 else ""
    return "keyed" if _KEYED_LINE.match(line.text) else ""


def _entry(records: Sequence[Record], lines: Sequence[Line], kinds: Sequence[str],
           i: int) -> tuple[str, str]:
    """A legend entry's key and description at line ``i`` ("EM", "Elon Musk, CEO"), or
    ("", "") when none is there."""
    line, kind = lines[i], kinds[i]
    if not kind or records[i].seconds is not None:
        return "", ""
    if kind == "dt":
        if i + 1 >= len(lines) or lines[i + 1].heading or records[i + 1].seconds is not None:
            return "", ""
        key, words = line.text, lines[i + 1].text
    elif kind == "row":
        key, words = line.cells
    elif m := _KEYED_LINE.match(line.text):
        key, words = m.group(1), line.text[m.end():]
    else:
        return "", ""
    ok = 0 < len(key) <= _KEY_MAX and 0 < len(words) <= _ENTRY_MAX
    return (key, words) if ok and not words.rstrip().endswith(_CALLS) else ("", "")


_CALLS = ("?", "!", "？", "！")
