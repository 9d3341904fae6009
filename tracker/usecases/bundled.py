"""The matcher of the bundled rebuttals without a database (`tracker match` before any exists).

It used to seed a temporary SQLite database and read it back: migrations and the
import cost a new directory's `tracker match` about 0.6 s. The rebuttals are built
here by the seed import's own steps instead (the file validator, phrasings without
repeats, then the phrasings derived from the claim), published ones only, ordered
by id as the database lists them; a test holds this list equal to a seeded
database's. The bundled texts' vectors ship with the package (tracker.match.shipped).
"""

from __future__ import annotations

import dataclasses

from tracker.config import Settings
from tracker.match.classifier import load_model
from tracker.match.derive import derive_phrasings
from tracker.match.embedder import build_embedder
from tracker.match.judge import build_judge, posts_new_rebuttals
from tracker.match.matcher import Matcher
from tracker.match.reranker import build_reranker
from tracker.match.shipped import shipped_vectors
from tracker.model import Phrasing, Rebuttal, RebuttalStatus
from tracker.rebuttals.format import load_seed, parse_entry, rebuttal_to_dict


def seeded_rebuttals() -> list[Rebuttal]:
    """The published rebuttals a newly seeded database holds, with their phrasings."""
    out = []
    for item in load_seed():
        r = parse_entry(rebuttal_to_dict(item))  # the import validates every entry this way
        known: set[str] = set()
        phrasings: list[Phrasing] = []
        for p in (*item.phrasings, *derive_phrasings(r.claim_en, r.claim_zh)):
            if p.text not in known:  # the database keeps one phrasing per text
                known.add(p.text)
                phrasings.append(p)
        if r.status == RebuttalStatus.PUBLISHED:
            out.append(dataclasses.replace(r, phrasings=tuple(phrasings)))
    return sorted(out, key=lambda r: r.id)


def bundled_matcher(settings: Settings) -> Matcher:
    """A matcher of the bundled rebuttals, as `load_matcher` builds it on a new database."""
    embedder = build_embedder(settings)
    model = load_model(embedder=embedder.name).with_thresholds(
        settings.matching.auto_threshold, settings.matching.suggest_threshold
    )
    judge = build_judge(settings)
    if judge is not None:
        judge.warm()
        judge.add_vectors(shipped_vectors(judge.encoder.name))
    return Matcher(seeded_rebuttals(), embedder, model, vectors=shipped_vectors(embedder.name),
                   auto_untaught=posts_new_rebuttals(settings, judge),
                   reranker=build_reranker(settings.matching.reranker,
                                           settings.matching.reranker_gate),
                   judge=judge)
