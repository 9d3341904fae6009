"""Builds zh.jsonl from the document parts. Gold spans are marked ⟦...⟧ in the source
texts; the markers are stripped and the inner strings become the gold list (in order)."""
import json
import re
import sys

sys.path.insert(0, "/work/blind/ae_zh")
from reg import DOCS  # noqa: E402
MARK = re.compile(r"⟦(.*?)⟧", re.S)


def finish(raw):
    gold = []
    out = {}
    for field in ("title", "text", "vtt"):
        s = raw.get(field)
        if s is None:
            continue
        s = s.strip("\n") if field != "vtt" else s
        gold += [g for g in MARK.findall(s)]
        s = MARK.sub(r"\1", s)
        assert "⟦" not in s and "⟧" not in s, (raw["n"], field)
        out[field] = s
    doc = {
        "id": f"aezh-{raw['n']}",
        "lang": "zh",
        "genre": raw["genre"],
        "kind": raw["kind"],
        "title": out["title"],
        "text": out["text"] if raw["kind"] != "vtt" else "",
    }
    if raw["kind"] == "vtt":
        doc["vtt"] = out["vtt"]
    doc["guests"] = raw["guests"]
    doc["gold"] = gold
    doc["hard_case"] = raw["hard_case"]
    return doc


if __name__ == "__main__":
    import parts1, parts2, parts3, parts4  # noqa: F401  (they call d())
    DOCS.sort(key=lambda r: r["n"])
    nums = [r["n"] for r in DOCS]
    assert nums == list(range(1, 101)), [n for n in range(1, 101) if n not in nums]
    with open("/work/blind/ae_zh/zh.jsonl", "w", encoding="utf-8") as f:
        for r in DOCS:
            f.write(json.dumps(finish(r), ensure_ascii=False) + "\n")
    print(len(DOCS), "written")
