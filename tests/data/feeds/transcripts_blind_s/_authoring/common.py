import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEAKER = "Elon Musk"

NAMED = [('’', '&rsquo;'), ('‘', '&lsquo;'), ('“', '&ldquo;'), ('”', '&rdquo;'),
         ('—', '&mdash;'), ('–', '&ndash;'), ('…', '&hellip;'), ('é', '&eacute;')]

def esc(s, ent=None):
    """Escape text; ent='named' or 'num' converts typographic chars to entities."""
    s = html.escape(s, quote=False)
    if ent == 'named':
        for a, b in NAMED:
            s = s.replace(a, b)
    elif ent == 'num':
        for a, _ in NAMED:
            s = s.replace(a, '&#%d;' % ord(a))
    return s

def is_cjk(c):
    return '\u2e80' <= c <= '\u9fff' or '\uff00' <= c <= '\uffef' or '\u3000' <= c <= '\u303f'

def fw(text):
    t = ' '.join(text.split())
    if t and is_cjk(t[0]):
        return t[:8]
    return ' '.join(t.split(' ')[:5])

def T(s):
    """'1:02:03' / '62:03' / '00:01:02.345' -> float seconds"""
    if s is None:
        return None
    parts = s.split(':')
    v = 0.0
    for p in parts:
        v = v * 60 + float(p)
    return v

def hms(sec):
    sec = int(sec); return '%02d:%02d:%02d' % (sec // 3600, sec % 3600 // 60, sec % 60)

def hms_short(sec):
    sec = int(sec)
    if sec >= 3600:
        return '%d:%02d:%02d' % (sec // 3600, sec % 3600 // 60, sec % 60)
    return '%d:%02d' % (sec // 60, sec % 60)

def mmss(sec):
    sec = int(sec); return '%02d:%02d' % (sec // 60, sec % 60)

def paras(text):
    return [p.strip() for p in text.split('\n\n') if p.strip()]

def zh_en(p):
    """'中文||English' -> (zh, en)"""
    if '||' in p:
        a, b = p.split('||', 1)
        return a.strip(), b.strip()
    return p.strip(), None

def first_text(text):
    p = paras(text)[0]
    p = re.sub(r'^@\S+\s+', '', p)   # per-paragraph time marker
    return zh_en(p)[0]

def others_of(turns, him):
    out = []
    for t in turns:
        if t[0] not in him and t[0] not in out and t[0]:
            out.append(t[0])
    return out

def gold_turns(turns, him, timefn=None):
    """turns: (label, time, text). label '' = unlabelled continuation (belongs to turn above)."""
    g = []
    prev_him = False
    for lab, tm, text in turns:
        if lab == '':
            continue
        if lab in him:
            if prev_him:
                raise ValueError('two adjacent turns of his: %r' % text[:30])
            t = None
            if tm is not None:
                t = int(T(tm))
            else:
                m = re.match(r'^@(\S+)\s', paras(text)[0])
                if m:
                    t = int(T(m.group(1)))
            g.append([t, fw(first_text(text))])
            prev_him = True
        else:
            prev_him = False
    return g

def write(slug, page, fmt, show, turns, others):
    base = os.path.join(OUT, slug)
    with open(base + '.html', 'w', encoding='utf-8') as f:
        f.write(page)
    with open(base + '.expected.json', 'w', encoding='utf-8') as f:
        json.dump({"speaker": SPEAKER, "format": fmt, "show": show,
                   "turns": turns, "others": others}, f, ensure_ascii=False, indent=1)
    print(slug, len(page.encode('utf-8')), 'bytes,', len(turns), 'turns')
