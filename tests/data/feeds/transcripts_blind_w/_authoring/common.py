import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
PAGES = []

def fw(text, zh=False):
    t = re.sub(r'\s+', ' ', html.unescape(text)).strip()
    if zh:
        return t[:8]
    return ' '.join(t.split(' ')[:5])

def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace('{{' + k + '}}', str(v))
    assert '{{' not in tpl, re.findall(r'\{\{\w+\}\}', tpl)
    return tpl

def hms(s, always_h=True):
    h, m, sec = s // 3600, (s % 3600) // 60, s % 60
    if always_h:
        return '%02d:%02d:%02d' % (h, m, sec)
    return ('%d:%02d:%02d' % (h, m, sec)) if h else ('%d:%02d' % (m, sec))

def ts(x):
    """'1:02:03' / '12:03' / '00:12:03.450' -> float seconds"""
    parts = x.split(':')
    v = 0.0
    for p in parts:
        v = v * 60 + float(p)
    return v

class Page:
    def __init__(self, name, show, fmt, kind, zh=False):
        self.name, self.show, self.fmt, self.kind, self.zh = name, show, fmt, kind, zh
        self.turns, self.others = [], []
        self.hard, self.choices = [], []
        PAGES.append(self)

    def el(self, t, text):
        """record one turn of his; text = the turn's text after label/timestamp"""
        paras = text if isinstance(text, list) else [text]
        first = paras[0]
        if not self.zh and len(paras) > 1:
            assert len(first.split()) >= 5, (self.name, first)
        self.turns.append([None if t is None else int(t), fw(first, self.zh)])

    def other(self, label):
        if label not in self.others:
            self.others.append(label)

    def write(self, doc):
        with open(os.path.join(OUT, self.name + '.html'), 'w', encoding='utf-8') as f:
            f.write(doc)
        exp = {"speaker": "Elon Musk", "format": self.fmt, "show": self.show,
               "turns": self.turns, "others": self.others}
        with open(os.path.join(OUT, self.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write('\n')
