import json, sys, collections
sys.path.insert(0, '.')
import docs_a, docs_b, docs_c, docs_d

docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
ids = [d['id'] for d in docs]
assert len(ids) == len(set(ids)), 'dup ids'
assert ids == [f"n-en-{i:03d}" for i in range(1, len(ids) + 1)], ids
bad = 0
for d in docs:
    hay = [d['title'], d['text']]
    if d['kind'] == 'vtt':
        cues = [ln.split('>', 1)[1] for ln in d['vtt'].split('\n') if ln.startswith('<v ')]
        hay = [d['title']] + cues
    for g in d['gold']:
        if not any(g in h for h in hay):
            print('MISSING', d['id'], repr(g)); bad += 1
        if g != g.strip() or g[-1] in '.,;:' or g[0] in '"\u201c':
            print('EDGE', d['id'], repr(g))
    if d['kind'] == 'unlabeled':
        assert d['guests'], d['id']
    if d['kind'] == 'vtt':
        assert d['text'] == ''
with open('../en.jsonl', 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
g = collections.Counter(d['genre'] for d in docs)
print(len(docs), 'docs;', sum(bool(d['gold']) for d in docs), 'with gold;', sum(len(d['gold']) for d in docs), 'gold statements; bad', bad)
print(dict(g))
print(collections.Counter(d['kind'] for d in docs))
