"""Shared helpers for the authoring scripts (page generators derive gold from the same data they render)."""
import html as _html, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELON = "Elon Musk"

BLOCK_TAGS = set("""address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul
button option select textarea label caption cite""".split())

def collapse(s):
    return " ".join(s.split())

def strip_tags(fragment):
    def rep(m):
        name = m.group(1).lower()
        return " " if name in BLOCK_TAGS else ""
    return re.sub(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>", rep, fragment)

def plain(fragment):
    return collapse(_html.unescape(strip_tags(fragment)))

def first_words(text, lang="en"):
    t = collapse(text)
    if lang == "zh":
        return t[:8]
    return " ".join(t.split()[:5])

def esc(s):
    return _html.escape(s, quote=False)

def attr(s):
    return _html.escape(s, quote=True)

def ent(s):
    """escape, then write every non-ASCII character as a numeric entity (WordPress/wptexturize style)."""
    out = []
    for ch in esc(s):
        out.append(ch if ord(ch) < 128 else "&#%d;" % ord(ch))
    return "".join(out)

def named_ent(s):
    """escape with named entities for the usual typographic characters."""
    m = {"\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
         "\u2014": "&mdash;", "\u2013": "&ndash;", "\u2026": "&hellip;", "\u00a0": "&nbsp;", "\u00e9": "&eacute;",
         "\u00fc": "&uuml;", "\u00f6": "&ouml;", "\u00e4": "&auml;", "\u00df": "&szlig;", "\u00e1": "&aacute;"}
    return "".join(m.get(ch, ch) for ch in esc(s))

def secs(ts):
    """'1:02:03' / '62:03' / '00:12' -> int seconds"""
    parts = [int(p) for p in ts.split(":")]
    s = 0
    for p in parts:
        s = s * 60 + p
    return s

def hms(s):
    s = int(s)
    return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)

def hhmmss(s):
    s = int(s)
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)

def mmss(s):
    """minutes may exceed 59"""
    s = int(s)
    return "%02d:%02d" % (s // 60, s % 60)

def m_ss(s):
    """YouTube style: m:ss below an hour, h:mm:ss above"""
    s = int(s)
    if s >= 3600:
        return hms(s)
    return "%d:%02d" % (s // 60, s % 60)

class Gold:
    def __init__(self, lang="en"):
        self.lang = lang
        self.turns = []
    def add(self, t, text_fragment):
        self.turns.append([None if t is None else int(t), first_words(plain(text_fragment), self.lang)])

def write(name, page_html, show, fmt, gold, others):
    assert page_html.lstrip().lower().startswith("<!doctype html")
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    exp = {"speaker": ELON, "format": fmt, "show": show, "turns": gold.turns, "others": others}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(dump_expected(exp))
    return exp

def dump_expected(exp):
    j = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ["{"]
    lines.append('  "speaker": %s,' % j(exp["speaker"]))
    lines.append('  "format": %s,' % j(exp["format"]))
    lines.append('  "show": %s,' % j(exp["show"]))
    if exp["turns"]:
        lines.append('  "turns": [')
        lines.append(",\n".join("    " + j(t) for t in exp["turns"]))
        lines.append("  ],")
    else:
        lines.append('  "turns": [],')
    lines.append('  "others": %s' % j(exp["others"]))
    lines.append("}")
    return "\n".join(lines) + "\n"
