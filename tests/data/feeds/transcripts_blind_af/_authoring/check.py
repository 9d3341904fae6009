#!/usr/bin/env python3
"""Checker for blind batch af (stdlib only). Run: python3 _authoring/check.py"""
import glob, html, json, os, re, sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"speaker", "format", "show", "turns", "others"}
BAD_START = '"\'“”‘’«»„「」『』([{【（〔〈《<'
TRAPS = {'af06_soilandsignal', 'af16_danmuxq'}  # pages where he never speaks
CJK = re.compile(r'[\u3400-\u9fff]')


def visible(raw, sep):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', raw)
    s = re.sub(r'(?is)<script\b.*?</script>', ' ', s)
    s = re.sub(r'(?is)<style\b.*?</style>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', sep, s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()


def main():
    errors = []
    htmls = sorted(glob.glob(os.path.join(DIR, '*.html')))
    jsons = sorted(glob.glob(os.path.join(DIR, '*.expected.json')))
    names = [os.path.basename(h)[:-5] for h in htmls]
    jnames = [os.path.basename(j)[:-len('.expected.json')] for j in jsons]
    if names != jnames:
        errors.append('html/json mismatch: %s vs %s' % (names, jnames))
    if len(names) != 16:
        errors.append('expected 16 pages, found %d' % len(names))
    for i, n in enumerate(names, 1):
        if not re.fullmatch(r'af%02d_[a-z0-9_]+' % i, n):
            errors.append('bad name %s' % n)
    total = 0
    zh_pages = traps = 0
    for n in names:
        hp = os.path.join(DIR, n + '.html')
        raw_bytes = open(hp, 'rb').read()
        size = len(raw_bytes)
        if not (3 * 1024 <= size <= 40 * 1024):
            errors.append('%s: size %d outside 3-40 KB' % (n, size))
        raw = raw_bytes.decode('utf-8')
        if not re.match(r'\s*<!doctype html', raw, re.I):
            errors.append('%s: no doctype' % n)
        for tag in ('html', 'head', 'body'):
            if not re.search(r'<%s\b' % tag, raw, re.I) or not re.search(r'</%s>' % tag, raw, re.I):
                errors.append('%s: missing <%s>' % (n, tag))
        try:
            g = json.load(open(os.path.join(DIR, n + '.expected.json'), encoding='utf-8'))
        except Exception as e:
            errors.append('%s: json error %s' % (n, e))
            continue
        if set(g) != KEYS:
            errors.append('%s: keys %s' % (n, sorted(g)))
            continue
        if g['speaker'] != 'Elon Musk':
            errors.append('%s: speaker %r' % (n, g['speaker']))
        for k in ('format', 'show'):
            if not isinstance(g[k], str) or not g[k].strip():
                errors.append('%s: %s empty' % (n, k))
        if not isinstance(g['others'], list) or not all(isinstance(o, str) and o.strip() for o in g['others']):
            errors.append('%s: others malformed' % n)
        if len(set(g['others'])) != len(g['others']):
            errors.append('%s: duplicate others' % n)
        turns = g['turns']
        if not isinstance(turns, list):
            errors.append('%s: turns not list' % n)
            continue
        if n in TRAPS:
            traps += 1
            if turns:
                errors.append('%s: trap page has turns' % n)
        elif not (3 <= len(turns) <= 12):
            errors.append('%s: %d turns, want 3-12' % (n, len(turns)))
        total += len(turns)
        vis = {sep: visible(raw, sep) for sep in ('', ' ')}
        if CJK.search(vis['']) and 'lang="zh' in raw:
            zh_pages += 1
        pos = {'': 0, ' ': 0}
        prev_t = -1
        for j, tr in enumerate(turns):
            if not (isinstance(tr, list) and len(tr) == 2):
                errors.append('%s turn %d malformed' % (n, j))
                continue
            t, s = tr
            if t is not None and (not isinstance(t, int) or isinstance(t, bool) or t < 0):
                errors.append('%s turn %d: bad time %r' % (n, j, t))
            if isinstance(t, int) and not isinstance(t, bool):
                if t < prev_t:
                    errors.append('%s turn %d: time goes backwards' % (n, j))
                prev_t = t
            if not isinstance(s, str) or not s:
                errors.append('%s turn %d: empty snippet' % (n, j))
                continue
            if s[0] in BAD_START:
                errors.append('%s turn %d: snippet starts with quote/bracket: %r' % (n, j, s))
            if s != re.sub(r'\s+', ' ', s).strip():
                errors.append('%s turn %d: snippet not whitespace-collapsed' % (n, j))
            if CJK.search(s):
                if len(s) > 8:
                    errors.append('%s turn %d: CJK snippet longer than 8 chars' % (n, j))
            elif len(s.split(' ')) > 5:
                errors.append('%s turn %d: snippet longer than 5 words' % (n, j))
            for sep in ('', ' '):
                k = vis[sep].find(s, pos[sep])
                if k < 0:
                    errors.append('%s turn %d: snippet %r not found in order (tag sep %r)' % (n, j, s, sep))
                else:
                    pos[sep] = k + len(s)
        print('%-30s %6d B  %2d turns  %s' % (n, size, len(turns), g['show']))
    print('pages: %d  Chinese pages: %d  trap pages: %d  his turns: %d' % (len(names), zh_pages, traps, total))
    if not os.path.exists(os.path.join(DIR, 'BRIEF.md')):
        errors.append('BRIEF.md missing')
    for e in errors:
        print('ERROR:', e)
    print('errors: %d' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
