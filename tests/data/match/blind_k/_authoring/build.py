import json, yaml, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
exec(open('rebuttals.py').read()); exec(open('statements.py').read())
class D(yaml.SafeDumper):
    def ignore_aliases(self, data): return True
open('../rebuttals.yaml','w',encoding='utf-8').write(yaml.dump(R, Dumper=D, allow_unicode=True, sort_keys=False, width=10000))
ids={r['id'] for r in R}
with open('../statements.jsonl','w',encoding='utf-8') as f:
    for i,(k,l,lab,t) in enumerate(S,1):
        assert all(x in ids for x in lab), lab
        f.write(json.dumps({"id":f"k-{i:03d}","text":t,"lang":l,"labels":lab,"kind":k},ensure_ascii=False)+"\n")
per=collections.defaultdict(collections.Counter)
for k,l,lab,t in S:
    for x in lab: per[x][l]+=1
for r in sorted(ids): print(r, dict(per[r]))
