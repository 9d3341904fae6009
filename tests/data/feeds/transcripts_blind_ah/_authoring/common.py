import html, json, re, os
OUT = '/work/blind/ah'
E = html.escape

class T:
    """One turn: label as printed, key ('E' = Elon Musk), start seconds or None, paragraphs.
    A paragraph is either a string or (time, string) for per-paragraph timestamps."""
    def __init__(self, label, key, t, *paras):
        self.label, self.key, self.t, self.paras = label, key, t, list(paras)
    def ptext(self, i):
        p = self.paras[i]
        return p[1] if isinstance(p, tuple) else p
    def ptime(self, i):
        p = self.paras[i]
        return p[0] if isinstance(p, tuple) else None

def plain(s):
    s = re.sub(r'<[^>]+>', ' ', s)
    return re.sub(r'\s+', ' ', html.unescape(s)).strip()

def snippet(text, zh=False):
    t = plain(text)
    return t[:8] if zh else ' '.join(t.split()[:5])

def hms(s):
    s = int(s); return '%02d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)
def short(s):
    s = int(s); h, m, x = s // 3600, s % 3600 // 60, s % 60
    return '%d:%02d:%02d' % (h, m, x) if h else '%d:%02d' % (m, x)
def mmss(s):
    s = int(s); return '%02d:%02d' % (s // 60, s % 60)
def hms_ms(f):
    ms = int(round((f - int(f)) * 1000)); s = int(f)
    return '%02d:%02d:%02d.%03d' % (s // 3600, s % 3600 // 60, s % 60, ms)

def write(name, page, show, fmt, turns, zh=False, others=None):
    gold = []
    oth = []
    for t in turns:
        if t.key == 'E':
            st = t.t
            if st is None and isinstance(t.paras[0], tuple):
                st = t.paras[0][0]
            gold.append([None if st is None else int(st), snippet(t.ptext(0), zh)])
        elif t.label not in oth:
            oth.append(t.label)
    if others is not None:
        oth = others
    data = {"speaker": "Elon Musk", "format": fmt, "show": show, "turns": gold, "others": oth}
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        txt = json.dumps(data, ensure_ascii=False, indent=2)
        txt = re.sub(r'\[\n\s+(null|\d+),\n\s+("(?:[^"\\]|\\.)*")\n\s+\]', r'[\1, \2]', txt)
        f.write(txt + '\n')
    return name, len(gold)
