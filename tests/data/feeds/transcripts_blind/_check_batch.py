import json, os, re, sys, html
from html.parser import HTMLParser
D = '/work/blind/transcripts_c'

class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out=[]; self.skip=0
    def handle_starttag(self, t, a):
        if t in ('script','style','head','title','noscript'): self.skip+=1
        self.out.append(' ')
    def handle_endtag(self, t):
        if t in ('script','style','head','title','noscript'): self.skip=max(0,self.skip-1)
        self.out.append(' ')
    def handle_startendtag(self, t, a): self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def visible(h):
    p=V(); p.feed(h); p.close()
    return re.sub(r'\s+',' ',''.join(p.out))   # \s covers U+00A0

def forms(s):
    h,m,x=s//3600,(s%3600)//60,s%60
    f={f"{h:02d}:{m:02d}:{x:02d}", f"{h}:{m:02d}:{x:02d}"}
    if h==0: f|={f"{m:02d}:{x:02d}", f"{m}:{x:02d}"}
    return f

ok=True; total=0; pages=0
for fn in sorted(os.listdir(D)):
    if not fn.endswith('.expected.json'): continue
    base=fn[:-len('.expected.json')]; hp=os.path.join(D,base+'.html')
    try: g=json.load(open(os.path.join(D,fn),encoding='utf-8'))
    except Exception as e: print('BAD JSON',fn,e); ok=False; continue
    errs=[]
    if set(g)!={'speaker','format','show','turns','others'}: errs.append(f'keys {sorted(g)}')
    if g.get('speaker')!='Elon Musk': errs.append('speaker')
    if not isinstance(g.get('others'),list) or not g['others']: errs.append('others')
    h=open(hp,encoding='utf-8').read(); size=len(h.encode())
    if not (3000<=size<=40000): errs.append(f'size {size}')
    if not h.lstrip().lower().startswith('<!doctype'): errs.append('no doctype')
    t=visible(h); pos=0
    for i,tu in enumerate(g['turns']):
        if not (isinstance(tu,list) and len(tu)==2 and (tu[0] is None or isinstance(tu[0],int)) and isinstance(tu[1],str)):
            errs.append(f'turn shape {tu}'); continue
        sec,sn=tu
        if sn[:1] in '"\'“”‘’[(（【「': errs.append(f'starts with quote/bracket: {sn}')
        if sn!=re.sub(r'\s+',' ',sn).strip(): errs.append(f'whitespace: {sn!r}')
        if re.search(r'[A-Za-z]',sn[:3]) and not (1<=len(sn.split())<=6): errs.append(f'word count: {sn}')
        k=t.find(sn,pos)
        if k<0:
            errs.append(f'NOT FOUND (in order): {sn!r}' + ('' if sn in t else ' [absent entirely]'))
        else:
            # time shown on page? look in the 120 chars before the snippet or 200 after (timecode-after layout)
            if sec is not None:
                win=t[max(0,k-160):k+len(sn)+2500]
                if not any(f in win for f in forms(sec)) and not re.search(r'\b%s\.\d{3}'%re.escape(f"{sec//3600:02d}:{(sec%3600)//60:02d}:{sec%60:02d}"),win):
                    errs.append(f'time {sec} not seen near {sn!r}')
            pos=k+len(sn)
    total+=len(g['turns']); pages+=1
    print(f"{'OK ' if not errs else 'ERR'} {base:40s} {size:6d}B turns={len(g['turns'])}")
    for e in errs: print('    ',e); ok=False
print('pages',pages,'total Musk turns',total,'ALL OK' if ok else 'PROBLEMS')
