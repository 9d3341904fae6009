"""A readable diff between two revisions of a rebuttal (pure).

A revision is a full snapshot; both are written out as the import file's YAML (one
field per line, long texts folded) and compared line by line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import yaml

_HIDDEN = ("version", "created_by")


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One line of the diff: "+" added, "-" removed, " " unchanged (context)."""

    sign: str
    text: str


def snapshot_lines(snapshot: dict[str, Any]) -> list[str]:
    """A snapshot as YAML lines, without the bookkeeping fields."""
    shown = {k: v for k, v in snapshot.items() if k not in _HIDDEN}
    text: str = yaml.safe_dump(shown, allow_unicode=True, sort_keys=False, width=90)
    return text.splitlines()


def diff(old: dict[str, Any], new: dict[str, Any], context: int = 2) -> list[DiffLine]:
    """The changed lines from ``old`` to ``new`` with ``context`` lines around each change."""
    lines = []
    for line in difflib.unified_diff(snapshot_lines(old), snapshot_lines(new), lineterm="",
                                     n=context):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            lines.append(DiffLine("@", "…"))
        else:
            lines.append(DiffLine(line[:1], line[1:]))
    return lines
