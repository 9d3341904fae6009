import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def esc(s): return html.escape(s, quote=False)
def attr(s): return html.escape(s, quote=True)
def fw(text, zh=False):
    t = re.sub(r'\s+', ' ', text).strip()
    return t[:8] if zh else ' '.join(t.split(' ')[:5])
def hms(s): return '%02d:%02d:%02d' % (s//3600, s%3600//60, s%60)
def ms(s): return '%02d:%02d' % (s//60, s%60)          # minutes may exceed 59
def yt(s): return ('%d:%02d:%02d' % (s//3600, s%3600//60, s%60)) if s >= 3600 else '%d:%02d' % (s//60, s%60)
def write(name, html_text, show, fmt, turns, others, zh=False):
    """turns: list of (time_or_None, text_of_first_paragraph)"""
    gold = {"speaker": "Elon Musk", "format": fmt, "show": show,
            "turns": [[t, fw(x, zh)] for t, x in turns], "others": others}
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f: f.write(html_text)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    return gold
