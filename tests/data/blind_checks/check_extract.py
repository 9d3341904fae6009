"""The checker a blind extraction batch's writer ran (``python3 check_extract.py FILE``).

Validates one JSONL file of documents against the brief
(``tests/data/extract/blind_*/BRIEF.md``): JSON, fields, and that every gold string is
a substring of the document. It was handed to the writers as
``/work/blind/check_extract.py``; one copy is kept here for both batches.
"""

import collections
import json
import sys

FIELDS = ("id", "lang", "genre", "kind", "title", "text", "guests", "gold", "hard_case")
KINDS = ("article", "label", "unlabeled", "vtt")


def problems_of(d: dict, seen: set) -> list[str]:
    """What is wrong with one document, each as the tail of a line "line N"."""
    found = [f": missing {k}" for k in FIELDS if k not in d]
    if d.get("id") in seen:
        found.append(f": duplicate id {d.get('id')}")
    if d.get("lang") not in ("en", "zh"):
        found.append(": lang")
    if d.get("kind") not in KINDS:
        found.append(": kind")
    hay = [d.get("title", ""), d.get("text", "")]
    if d.get("kind") == "vtt":
        if not d.get("vtt", "").startswith("WEBVTT"):
            found.append(": vtt must start with WEBVTT")
        hay.append(d.get("vtt", ""))
    for g in d.get("gold", []):
        if not g or not any(g in h for h in hay):
            found.append(f" ({d.get('id')}): gold not a substring: {g!r}")
    return found


def main(path: str) -> None:
    errors, ids, genres, pos, n = 0, set(), collections.Counter(), 0, 0
    with open(path, encoding="utf-8") as lines:
        for i, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except Exception as e:
                print(f"line {i}: bad JSON: {e}")
                errors += 1
                continue
            n += 1
            problems = problems_of(d, ids)
            ids.add(d.get("id"))
            genres[d.get("genre")] += 1
            for p in problems:
                print(f"line {i}{p}")
            errors += len(problems)
            pos += bool(d.get("gold"))
    print(f"{n} documents, {pos} with gold, genres: {dict(genres)}")
    print("OK" if not errors else f"{errors} errors")


if __name__ == "__main__":
    main(sys.argv[1])
