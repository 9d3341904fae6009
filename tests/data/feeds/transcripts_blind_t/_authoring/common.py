import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EM = 'EM'
ZH = re.compile(r'[\u3400-\u9fff]')

def ws(s):
    return re.sub(r'\s+', ' ', s).strip()

def fw(text):
    t = ws(html.unescape(re.sub(r'<[^>]+>', '', text)))
    if ZH.search(t[:3]):
        return t[:8]
    return ' '.join(t.split(' ')[:5])

def esc(s, ent=False):
    s = html.escape(s, quote=False)
    if ent:  # WordPress-ish: curly quotes as numeric entities
        s = s.replace('\u2019', '&#8217;').replace('\u201c', '&#8220;').replace('\u201d', '&#8221;').replace('\u2014', '&#8212;')
    return s

def curly(s):
    s = re.sub(r"(\w)'(\w)", '\\1\u2019\\2', s)
    s = re.sub(r"'", '\u2019', s)
    s = re.sub(r'"(?=\w)', '\u201c', s)
    s = s.replace('"', '\u201d')
    return s

def hms(s):
    s = int(s); return '%02d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60)
def hmsh(s):  # h:mm:ss if >= 1h else mm:ss
    s = int(s)
    return '%d:%02d:%02d' % (s // 3600, s % 3600 // 60, s % 60) if s >= 3600 else '%02d:%02d' % (s // 60, s % 60)
def mss(s):  # minutes may exceed 59
    s = int(s); return '%d:%02d' % (s // 60, s % 60)

def paras(x):
    return x if isinstance(x, list) else [x]

def gold_turns(turns, cur=False):
    out = []
    for sp, t, txt in turns:
        if sp == EM:
            out.append([None if t is None else int(t), fw(curly(paras(txt)[0]) if cur else paras(txt)[0])])
    return out

def write(name, page, show, fmt, turns, others, gold=None, cur=False):
    assert page.startswith('<!DOCTYPE html>') or page.startswith('<!doctype html>')
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    exp = {"speaker": "Elon Musk", "format": fmt, "show": show,
           "turns": gold if gold is not None else gold_turns(turns, cur), "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    print(name, len(page.encode()), 'bytes', len(exp['turns']), 'turns')
