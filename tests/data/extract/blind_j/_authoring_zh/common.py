import re
M = re.compile(r'⟦(.*?)⟧', re.S)

def T(s):
    return "\n".join(l.strip() for l in s.strip().splitlines() if l.strip())

def strip(s):
    return s.replace('⟦', '').replace('⟧', '')

def D(n, genre, kind, title, text, hard, vtt="", guests=None):
    title = T(title) if title else ""
    text = T(text) if text else ""
    gold = M.findall(title) + M.findall(text) + M.findall(vtt)
    d = {"id": f"j-zh-{n:03d}", "lang": "zh", "genre": genre, "kind": kind,
         "title": strip(title), "text": strip(text)}
    if kind == "vtt":
        d["vtt"] = strip(vtt)
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    return d

def VTT(cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        a, b = t, t + 6
        f = lambda x: f"00:{x//60:02d}:{x%60:02d}.000"
        out += f"{f(a)} --> {f(b)}\n<v {spk}>{txt}\n\n"
        t = b
    return out
