"""Rebuttals: file format, validation, seed data, ClaimReview export (pure; no I/O but files).

The database use cases are in ``tracker.usecases``: import and the seed in
``rebuttal_import``; create, edit, retire, history in ``curate``.
"""

from tracker.rebuttals.claimreview import to_claimreview
from tracker.rebuttals.format import (
    RebuttalFormatError,
    dumps_yaml,
    load_seed,
    loads,
    parse_rebuttals,
    rebuttal_to_dict,
    slugify,
)

__all__ = [
    "RebuttalFormatError", "dumps_yaml", "load_seed", "loads", "parse_rebuttals",
    "rebuttal_to_dict", "slugify", "to_claimreview",
]
