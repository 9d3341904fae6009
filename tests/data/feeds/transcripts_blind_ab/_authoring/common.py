import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
def esc(s): return html.escape(s, quote=False)
def is_cjk(s): return bool(re.match(r'[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]', s.strip()))
def first_words(text):
    t = re.sub(r'\s+', ' ', text).strip()
    if is_cjk(t): return t[:8].strip()
    return ' '.join(t.split(' ')[:5])
def hms(t): return '%02d:%02d:%02d' % (t//3600, t%3600//60, t%60)
def ms(t): return '%02d:%02d' % (t//60, t%60)          # minutes may exceed 59
def hms_short(t):
    return ('%d:%02d:%02d' % (t//3600, t%3600//60, t%60)) if t >= 3600 else ('%d:%02d' % (t//60, t%60))
PAGES = {}
def save(name, show, fmt, page_html, turns, others):
    """turns: list of (t_or_None, text) for his turns"""
    assert page_html.lstrip().lower().startswith('<!doctype html')
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f: f.write(page_html)
    gold = {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": [[None if t is None else int(t), first_words(x)] for t, x in turns],
            "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
    PAGES[name] = (show, fmt, len(turns))
LOREM_SCRIPT = '''<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-%s');</script>'''
