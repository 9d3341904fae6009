"""Rebuttals: file format, validation, seed data, ClaimReview export (pure; no I/O but files).

The database use cases (import, create, edit, retire, history) are in
``tracker.usecases.curate``.
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
