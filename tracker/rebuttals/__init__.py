"""The rebuttal database: file format, seed data and use cases.

Import names from here (``from tracker import rebuttals``); the submodules are
``format`` (pure parsing and export) and ``service`` (database use cases).
"""

from tracker.rebuttals.format import (
    RebuttalFormatError,
    dumps_yaml,
    load_seed,
    loads,
    parse_rebuttals,
    rebuttal_to_dict,
    slugify,
    to_claimreview,
)
from tracker.rebuttals.service import (
    ImportReport,
    RebuttalNotFound,
    add_phrasing,
    create_rebuttal,
    curation_labels,
    edit_rebuttal,
    ensure_seed,
    get_rebuttal,
    import_rebuttals,
    list_rebuttals,
    phrasings,
    record_curation,
    retire_rebuttal,
    revisions,
)

__all__ = [
    "ImportReport", "RebuttalFormatError", "RebuttalNotFound", "add_phrasing",
    "create_rebuttal", "curation_labels", "dumps_yaml", "edit_rebuttal", "ensure_seed",
    "get_rebuttal", "import_rebuttals", "list_rebuttals", "load_seed", "loads",
    "parse_rebuttals", "phrasings", "rebuttal_to_dict", "record_curation", "retire_rebuttal",
    "revisions", "slugify", "to_claimreview",
]
