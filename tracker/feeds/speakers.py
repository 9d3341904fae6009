"""Who speaks in an episode: transcript labels and titles mapped to the watched speakers.

Pure. Speaker labels of transcript pages map to the watches' speakers (``canonical``:
"Elon" and "馬斯克" are "Elon Musk"); an unlabelled transcript takes as guests the
watched speakers its episode's title names (``named_guests``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from tracker.model import Watch

# (speaker display name, aliases) per watch: labels that name him become his name.
Speakers = tuple[tuple[str, tuple[str, ...]], ...]


def speakers_of(watches: Sequence[Watch]) -> Speakers:
    """The watches' speakers and aliases, in the plain form the parse workers take."""
    return tuple((w.speaker, tuple(w.speaker_aliases)) for w in watches)


def canonical(label: str, speakers: Speakers) -> str:
    """A label that names a watched speaker becomes his display name ("Elon" -> "Elon Musk").

    A label names him when it is one of his aliases, or when all its words are words of
    one alias; "Kimbal Musk" is not "Elon Musk". Other labels stay as written.
    """
    folded = fold(label)
    words = set(folded.split())
    for name, aliases in speakers:
        for alias in (name, *aliases):
            alias_folded = fold(alias)
            if folded == alias_folded or (words and words <= set(alias_folded.split())):
                return name
    return label


def fold(text: str) -> str:
    """Case, script and separators folded: "ELON  MUSK", "埃隆·馬斯克" compare as words."""
    if re.search(r"[\u3400-\u9fff]", text):
        text = _t2s().convert(text)
    return " ".join(re.sub(r"[·•・.\-]", " ", text).casefold().split())


@functools.cache
def _t2s() -> Any:
    import opencc  # on use: loading its dictionaries costs ~50 ms

    return opencc.OpenCC("t2s")


def named_guests(title: str, guests: Sequence[str], speakers: Speakers) -> tuple[str, ...]:
    """The episode's guests, plus each watched speaker its title names.

    An unlabelled transcript (captions, speech recognition) has no speaker labels: his
    words are found through the extractor's rules for an episode that names him as
    guest, at a confidence low enough that they go to review (see posting.policy).
    """
    found = list(guests)
    folded = f" {fold(title)} "
    for name, aliases in speakers:
        if name in found:
            continue
        if any(_names(folded, fold(alias)) for alias in (name, *aliases) if alias.strip()):
            found.append(name)
    return tuple(found)


def _names(folded_title: str, alias: str) -> bool:
    """Whether a folded title names an alias: as whole words (Latin), anywhere (CJK)."""
    if re.search(r"[\u3400-\u9fff]", alias):
        return alias in folded_title
    return re.search(rf"(?<![\w]){re.escape(alias)}(?![\w])", folded_title) is not None
