"""Own sanity check: every expected.json parses, has the keys, every snippet is in the
visible text of its page, in page order."""
import glob, html, json, os, re, sys
from html.parser import HTMLParser

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style', 'template', 'head'):
            self.skip += 1
        if tag in ('p','div','li','br','tr','td','th','dt','dd','h1','h2','h3','h4','pre','blockquote'):
            self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'template', 'head') and self.skip:
            self.skip -= 1
        if tag in ('p','div','li','tr','td','th','dt','dd','h1','h2','h3','h4'):
            self.out.append(' ')
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def visible(s):
    v = V(); v.feed(s); v.close()
    return ' '.join(''.join(v.out).split())

def main():
    bad = 0; total = 0; pages = 0
    for jf in sorted(glob.glob(os.path.join(D, '*.expected.json'))):
        name = os.path.basename(jf)[:-len('.expected.json')]
        hf = os.path.join(D, name + '.html')
        g = json.load(open(jf, encoding='utf-8'))
        assert set(g) == {'speaker','format','show','turns','others'}, name
        assert g['speaker'] == 'Elon Musk'
        assert isinstance(g['others'], list) and g['format'] and g['show']
        raw = open(hf, encoding='utf-8').read()
        size = len(raw.encode('utf-8'))
        assert 3000 <= size <= 40000, (name, size)
        assert raw.lstrip().lower().startswith('<!doctype'), name
        txt = visible(raw)
        pos = 0
        for t, snip in g['turns']:
            assert t is None or (isinstance(t, int) and t >= 0), (name, t)
            assert snip == ' '.join(snip.split()) and snip[0] not in '"“‘\'([【（「', (name, snip)
            i = txt.find(snip, pos)
            if i < 0:
                print('MISSING/ORDER', name, repr(snip), 'anywhere' if snip in txt else 'not found'); bad += 1
            else:
                pos = i + len(snip)
        pages += 1; total += len(g['turns'])
        print(f"{name:34s} {size:6d} B  turns={len(g['turns'])}")
    print('pages', pages, 'musk turns', total, 'problems', bad)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
