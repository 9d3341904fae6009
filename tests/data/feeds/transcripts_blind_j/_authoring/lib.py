import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = "E"  # key for Elon Musk

def esc(s):
    return html.escape(s, quote=False)

def ws(s):
    return re.sub(r"\s+", " ", s).strip()

def is_cjk(s):
    return bool(re.match(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]", s))

def snippet(text, lang=None):
    t = ws(html.unescape(text))
    if lang == "zh" or (lang is None and is_cjk(t)):
        return t[:8]
    return " ".join(t.split(" ")[:5])

def hms(sec, force_h=False):
    h, r = divmod(int(sec), 3600); m, s = divmod(r, 60)
    if h or force_h:
        return "%d:%02d:%02d" % (h, m, s) if not force_h else "%02d:%02d:%02d" % (h, m, s)
    return "%02d:%02d" % (m, s)

def gold_turns(turns, lang=None):
    """turns: list of dicts with spk, t, paras (first para text gives snippet)."""
    out = []
    for tu in turns:
        if tu["spk"] == E:
            first = tu.get("first") or tu["paras"][0]
            out.append([None if tu.get("t") is None else int(tu["t"]), snippet(first, lang)])
    return out

def T(spk, t, *paras, **kw):
    d = {"spk": spk, "t": t, "paras": list(paras)}
    d.update(kw)
    return d

def write(name, html_text, fmt, show, turns, others):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html_text)
    exp = {"speaker": "Elon Musk", "format": fmt, "show": show, "turns": turns, "others": others}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    return exp
