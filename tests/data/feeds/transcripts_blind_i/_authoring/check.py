"""Checker for the i-batch: validates every NAME.expected.json against NAME.html."""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

VERBOSE = '-v' in sys.argv
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {'speaker', 'format', 'show', 'turns', 'others'}
BAD_START = tuple('"\'“”‘’「」『』[](){}（）【】《》〈〉<>«»')


class Visible(HTMLParser):
    SKIP = {'script', 'style', 'head', 'noscript_never', 'template'}
    VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
            'param', 'source', 'track', 'wbr'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            self.parts.append(' ')
            return
        self.stack.append(tag)
        self.parts.append(' ')

    def handle_startendtag(self, tag, attrs):
        self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t == tag:
                    break
        self.parts.append(' ')

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        self.parts.append(data)


def visible_text(src):
    p = Visible()
    p.feed(src)
    p.close()
    return ' '.join(html.unescape(''.join(p.parts)).split())


def check(name):
    errs = []
    hp = os.path.join(OUT, name + '.html')
    jp = os.path.join(OUT, name + '.expected.json')
    if not os.path.exists(hp):
        return ['missing html']
    raw = open(hp, 'rb').read()
    size = len(raw)
    if not 3 * 1024 <= size <= 40 * 1024:
        errs.append('size %d outside 3-40 KB' % size)
    src = raw.decode('utf-8')
    if not re.match(r'\s*<!DOCTYPE html', src, re.I):
        errs.append('no doctype')
    try:
        g = json.load(open(jp, encoding='utf-8'))
    except Exception as e:  # noqa
        return errs + ['json: %s' % e]
    if set(g) != KEYS:
        errs.append('keys %s' % sorted(g))
    if g.get('speaker') != 'Elon Musk':
        errs.append('speaker %r' % g.get('speaker'))
    for k in ('format', 'show'):
        if not isinstance(g.get(k), str) or not g[k].strip():
            errs.append('%s empty' % k)
    if not isinstance(g.get('others'), list) or not all(isinstance(o, str) and o for o in g['others']):
        errs.append('others not list of str')
    if 'Elon Musk' in (g.get('others') or []):
        errs.append('others contains Elon Musk')
    text = visible_text(src)
    for o in g.get('others') or []:
        if isinstance(o, str) and o not in text:
            errs.append('other label not in visible text %r' % o)
    pos = 0
    turns = g.get('turns')
    if not isinstance(turns, list):
        return errs + ['turns not a list']
    for i, tr in enumerate(turns):
        if not (isinstance(tr, list) and len(tr) == 2):
            errs.append('turn %d malformed' % i)
            continue
        t, s = tr
        if not (t is None or (isinstance(t, int) and not isinstance(t, bool) and t >= 0)):
            errs.append('turn %d time %r' % (i, t))
        if not isinstance(s, str) or not s:
            errs.append('turn %d snippet %r' % (i, s))
            continue
        if s != ' '.join(s.split()):
            errs.append('turn %d snippet not collapsed %r' % (i, s))
        if s.startswith(BAD_START):
            errs.append('turn %d snippet starts with quote/bracket %r' % (i, s))
        cjk = re.search(r'[\u3400-\u9fff]', s)
        if cjk and len(s) > 8:
            errs.append('turn %d CJK snippet longer than 8 chars %r' % (i, s))
        if not cjk and len(s.split()) > 5:
            errs.append('turn %d snippet longer than 5 words %r' % (i, s))
        j = text.find(s, pos)
        if j < 0:
            if s in text:
                errs.append('turn %d snippet out of order %r' % (i, s))
            else:
                errs.append('turn %d snippet not in visible text %r' % (i, s))
        else:
            pos = j + len(s)
            if VERBOSE and text.count(s) > 1:
                print('      info: snippet occurs %dx on page: %r' % (text.count(s), s))
    return errs, len(turns)


def main():
    names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(OUT, '*.html')))
    jsons = sorted(os.path.basename(p)[:-14] for p in glob.glob(os.path.join(OUT, '*.expected.json')))
    bad = 0
    total = 0
    if names != jsons:
        print('html/json mismatch:', set(names) ^ set(jsons))
        bad += 1
    for n in names:
        r = check(n)
        if isinstance(r, list):
            errs, k = r, 0
        else:
            errs, k = r
        total += k
        status = 'OK ' if not errs else 'ERR'
        print('%s %-42s turns=%2d' % (status, n, k))
        for e in errs:
            print('      ', e)
        bad += bool(errs)
    print('pages=%d  his_turns=%d  pages_with_errors=%d' % (len(names), total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
