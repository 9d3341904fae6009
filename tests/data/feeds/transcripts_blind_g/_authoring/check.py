import json, glob, os, re, html
D = '/work/blind/transcripts_g'
def visible(h):
    h = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?s)<!--.*?-->', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return ' '.join(html.unescape(h).split())
tot = 0; ok = True; pages = 0
for j in sorted(glob.glob(D + '/*.expected.json')):
    name = os.path.basename(j)[:-len('.expected.json')]
    d = json.load(open(j, encoding='utf-8'))
    assert list(d.keys()) == ['speaker', 'format', 'show', 'turns', 'others'], name
    assert d['speaker'] == 'Elon Musk'
    hp = os.path.join(D, name + '.html')
    raw = open(hp, encoding='utf-8').read()
    size = os.path.getsize(hp)
    if not (3000 <= size <= 40000): print('SIZE', name, size); ok = False
    if not raw.lstrip().lower().startswith('<!doctype html'): print('DOCTYPE', name); ok = False
    v = visible(raw)
    pos = 0
    for t, s in d['turns']:
        assert t is None or isinstance(t, int), (name, t)
        assert s and s[0] not in '"\'“‘[(「（', (name, s)
        i = v.find(s, pos)
        if i < 0:
            print('MISSING/ORDER', name, repr(s), 'anywhere' if s in v else 'nowhere'); ok = False
        else:
            pos = i + len(s)
    pages += 1; tot += len(d['turns'])
    print(f'{name}: {len(d["turns"])} turns, {size} B, others={d["others"]}')
print('pages', pages, 'musk turns', tot, 'OK' if ok else 'FAIL')
