"""Build /work/blind/extract_q/zh.jsonl from p1..p4. Gold spans are marked with ⟦ ⟧ in the sources."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "zh.jsonl")

MARK = re.compile(r"⟦(.*?)⟧", re.S)


def strip(s):
    return s.replace("⟦", "").replace("⟧", "")


def spans(s):
    out = []
    for m in MARK.finditer(s):
        g = m.group(1)
        assert "⟦" not in g and "⟧" not in g, g
        out.append(g)
    return out


def ts(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "%02d:%02d:%02d.000" % (h, m, s)


def build_vtt(cues):
    parts = ["WEBVTT\n\n"]
    t = 1
    for spk, txt in cues:
        dur = max(3, min(9, len(strip(txt)) // 6 + 2))
        parts.append("%s --> %s\n<v %s>%s\n\n" % (ts(t), ts(t + dur), spk, strip(txt)))
        t += dur + 1
    return "".join(parts)


def main():
    docs = []
    for mod in ("p1", "p2", "p3", "p4"):
        try:
            m = __import__(mod)
        except ImportError:
            continue
        docs.extend(m.DOCS)
    docs.sort(key=lambda d: d["n"])
    nums = [d["n"] for d in docs]
    assert len(nums) == len(set(nums)), "duplicate ids"
    lines = []
    for d in docs:
        gold = spans(d["title"]) + spans(d["text"])
        rec = {
            "id": "q-zh-%03d" % d["n"],
            "lang": "zh",
            "genre": d["genre"],
            "kind": d["kind"],
            "title": strip(d["title"]),
            "text": strip(d["text"]),
        }
        if d["kind"] == "vtt":
            assert not d["text"]
            for _, txt in d["cues"]:
                gold += spans(txt)
            rec["vtt"] = build_vtt(d["cues"])
            rec["text"] = ""
        rec["guests"] = d["guests"]
        seen = []
        for g in gold:
            if g not in seen:
                seen.append(g)
        rec["gold"] = seen
        rec["hard_case"] = d["hc"]
        # self-check
        for g in seen:
            hay = [rec["title"], rec["text"]]
            if d["kind"] == "vtt":
                hay += [strip(t) for _, t in d["cues"]]
            assert any(g in h for h in hay), (rec["id"], g)
        if d["kind"] == "unlabeled":
            assert rec["guests"], rec["id"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    recs = [json.loads(l) for l in lines]
    print("docs", len(recs))
    print("with gold", sum(1 for r in recs if r["gold"]))
    print("gold statements", sum(len(r["gold"]) for r in recs))
    print("genres", dict(sorted(Counter(r["genre"] for r in recs).items())))
    print("kinds", dict(Counter(r["kind"] for r in recs)))


if __name__ == "__main__":
    main()
