import re

D = []
M = re.compile(r"\{\{(.*?)\}\}", re.S)


def marks(s):
    s = s.strip("\n")
    golds = M.findall(s)
    clean = M.sub(lambda m: m.group(1), s)
    assert "{{" not in clean and "}}" not in clean, clean
    return clean, golds


def A(n, genre, title, text, hard, kind=None, guests=None):
    if kind is None:
        kind = {"podcast_labelled": "label", "podcast_unlabelled": "unlabeled"}.get(genre, "article")
    if kind == "unlabeled" and guests is None:
        guests = ["Elon Musk"]
    t, g1 = marks(title)
    b, g2 = marks(text)
    D.append(dict(id=f"bf-en{n:03d}", lang="en", genre=genre, kind=kind, title=t,
                  text=b, guests=guests or [], gold=g1 + g2, hard_case=hard))


def ts(sec):
    h = int(sec // 3600); m = int(sec % 3600 // 60); s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def V(n, title, cues, hard, start=1.0):
    out = ["WEBVTT", ""]
    gold = []
    t = start
    for spk, txt in cues:
        c, g = marks(txt)
        gold += g
        dur = max(2.0, round(len(c) / 14.0, 1))
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        out.append(f"<v {spk}>{c}" if spk else c)
        out.append("")
        t = round(t + dur + 0.4, 3)
    vtt = "\n".join(out) + "\n"
    D.append(dict(id=f"bf-en{n:03d}", lang="en", genre="vtt", kind="vtt", title=title,
                  text="", vtt=vtt, guests=[], gold=gold, hard_case=hard))
