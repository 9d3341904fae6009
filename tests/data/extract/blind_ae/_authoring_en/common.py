GENRES = {"wire", "liveblog", "qa_interview", "opinion", "aggregator_headline", "x_roundup",
          "earnings_call", "podcast_labelled", "podcast_unlabelled", "vtt", "traditional_chinese",
          "machine_translated", "short_summary", "other"}


def vtt_doc(cues):
    out = ["WEBVTT", ""]
    t = 1.0
    for spk, txt in cues:
        dur = max(3.0, round(len(txt) / 15.0, 1))
        a, b = t, t + dur

        def f(x):
            h = int(x // 3600); m = int((x % 3600) // 60); s = x % 60
            return f"{h:02d}:{m:02d}:{s:06.3f}"
        out.append(f"{f(a)} --> {f(b)}")
        out.append(f"<v {spk}>{txt}")
        out.append("")
        t = b + 0.5
    return "\n".join(out) + "\n"


def D(n, genre, kind, title, text, gold, hard, guests=None, cues=None):
    d = {"id": f"aeen-{n}", "lang": "en", "genre": genre, "kind": kind,
         "title": title.strip(), "text": text.strip() if kind != "vtt" else "",
         "guests": guests or [], "gold": gold, "hard_case": hard}
    if kind == "vtt":
        d["vtt"] = vtt_doc(cues)
        d["_cues"] = [c[1] for c in cues]
    return d
