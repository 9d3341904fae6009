"""The checker a blind matching set's writer ran (``python3 check_match.py DIR``).

Validates ``DIR/rebuttals.yaml`` and ``DIR/statements.jsonl`` against the brief
(``tests/data/match/blind_*/BRIEF.md``) and prints each error, then a summary.
It was handed to the writers as ``/work/blind/check_match.py``; one copy is kept
here for both batches.
"""

import collections
import json
import pathlib
import re
import sys

import yaml

KEYS = {"id", "status", "rating", "tags", "claim", "counterpoints", "notes"}


def check_rebuttals(rebs: list[dict]) -> tuple[set, int]:
    """The rebuttals' ids and the number of errors printed."""
    errors, ids = 0, set()
    for r in rebs:
        rid = r.get("id", "?")
        problems = []
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,79}", str(rid)):
            problems.append(("bad id", rid))
        if rid in ids:
            problems.append(("duplicate", rid))
        ids.add(rid)
        if set(r) - KEYS:
            problems.append((rid, "unexpected keys", set(r) - KEYS))
        if not (r.get("claim", {}).get("en") and r.get("claim", {}).get("zh")):
            problems.append((rid, "claim en/zh"))
        problems += check_counterpoints(rid, r.get("counterpoints") or [None])
        for p in problems:
            print(*p)
        errors += len(problems)
    return ids, errors


def check_counterpoints(rid: str, points: list) -> list[tuple]:
    problems: list[tuple] = []
    for c in points:
        if not c or not c.get("en") or not c.get("zh") or not c.get("sources"):
            problems.append((rid, "counterpoint needs en, zh, sources"))
            continue
        for s in c["sources"]:
            if not s.get("title") or not str(s.get("url", "")).startswith(("http://", "https://")):
                problems.append((rid, "source title/url"))
            if not re.fullmatch(r"(\d{4}(-\d{2}(-\d{2})?)?)?", str(s.get("date", ""))):
                problems.append((rid, "date", s.get("date")))
    return problems


def check_statements(path: pathlib.Path, ids: set) -> int:
    """Print each statement error and the summary of the set; returns the number of errors."""
    errors, n, sids = 0, 0, set()
    used, kinds, langs = collections.Counter(), collections.Counter(), collections.Counter()
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            s = json.loads(line)
        except Exception as e:
            print("line", i, e)
            errors += 1
            continue
        n += 1
        if s.get("id") in sids:
            print("dup statement id", s.get("id"))
            errors += 1
        sids.add(s.get("id"))
        kinds[s.get("kind")] += 1
        langs[s.get("lang")] += 1
        if s.get("lang") not in ("en", "zh") or not s.get("text"):
            print("line", i, "lang/text")
            errors += 1
        for label in s.get("labels", None) if isinstance(s.get("labels"), list) else [None]:
            if label not in ids:
                print("line", i, "unknown label", label)
                errors += 1
            used[label] += 1
    few = [r for r in ids if used[r] < 4]
    if few:
        print("rebuttals with fewer than 4 statements:", few)
        errors += 1
    print(f"{len(ids)} rebuttals, {n} statements, kinds {dict(kinds)}, langs {dict(langs)}")
    return errors


def main(folder: str) -> None:
    d = pathlib.Path(folder)
    text = (d / "rebuttals.yaml").read_text(encoding="utf-8")
    # The product refuses YAML aliases in a rebuttal file (an alias bomb would expand in
    # memory); a dump of shared objects writes them ("&id001" / "*id001").
    aliased = [e for e in yaml.parse(text, Loader=yaml.SafeLoader)
               if isinstance(e, yaml.AliasEvent)]
    ids, errors = check_rebuttals(yaml.safe_load(text))
    if aliased:
        print(f"rebuttals.yaml: {len(aliased)} YAML aliases (*name); write each value out "
              "(yaml.dump with a Dumper whose ignore_aliases returns True)")
        errors += 1
    errors += check_statements(d / "statements.jsonl", ids)
    print("OK" if not errors else f"{errors} errors")


if __name__ == "__main__":
    main(sys.argv[1])
