import json, html, os
OUT = '/work/blind/transcripts_g'
E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)
M = 'M'  # key for Musk

def hms(s): return f"{s//3600:02d}:{s%3600//60:02d}:{s%60:02d}"
def h1ms(s): return f"{s//3600}:{s%3600//60:02d}:{s%60:02d}"
def mmss(s): return f"{s//60:02d}:{s%60:02d}"
def msec(s, frac=0): return f"{hms(s)}.{frac:03d}"

def snip(text, zh=False, n=5):
    t = ' '.join(text.split())
    if zh:
        return t[:8]
    return ' '.join(t.split()[:n])

def gold(turns, zh=False, key=M):
    """turns: list of (spk, t, [paras]); merges nothing - caller must not emit consecutive same-speaker turns"""
    g = []
    prev = None
    for spk, t, paras in turns:
        assert spk != prev or spk is None, ('consecutive same speaker', spk, paras[0][:30])
        prev = spk
        if spk == key:
            g.append([t, snip(paras[0], zh)])
    return g

def write(name, page, fmt, show, turns_gold, others):
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    d = {"speaker": "Elon Musk", "format": fmt, "show": show, "turns": turns_gold, "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(name, len(page.encode()), 'bytes', len(turns_gold), 'musk turns')
