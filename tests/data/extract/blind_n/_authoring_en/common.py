"""Helpers for authoring the English blind batch."""


def T(s: str) -> str:
    """Strip a triple-quoted block and normalise paragraph spacing."""
    lines = [ln.strip() for ln in s.strip("\n").split("\n")]
    return "\n".join(lines).strip()


def doc(n, genre, kind, title, text, gold, hard, guests=None, cues=None):
    d = {
        "id": f"n-en-{n:03d}",
        "lang": "en",
        "genre": genre,
        "kind": kind,
        "title": title,
        "text": T(text) if kind != "vtt" else "",
        "guests": guests or [],
        "gold": gold,
        "hard_case": hard,
    }
    if kind == "vtt":
        out = ["WEBVTT", ""]
        t = 1.0
        for spk, line in cues:
            dur = max(3.0, min(8.0, len(line) / 14))
            a, b = t, t + dur

            def ts(x):
                h = int(x // 3600)
                m = int((x % 3600) // 60)
                s = x % 60
                return f"{h:02d}:{m:02d}:{s:06.3f}"

            out.append(f"{ts(a)} --> {ts(b)}")
            out.append(f"<v {spk}>{line}")
            out.append("")
            t = b + 0.5
        d["vtt"] = "\n".join(out) + "\n"
    return d
