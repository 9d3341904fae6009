import html, json, os, re
OUT = '/work/blind/n'
EM = 'Elon Musk'

def esc(s, ents=False):
    r = html.escape(s, quote=False)
    if ents:
        r = (r.replace('\u2019', '&rsquo;').replace('\u2018', '&lsquo;')
              .replace('\u201c', '&ldquo;').replace('\u201d', '&rdquo;')
              .replace('\u2014', '&mdash;').replace('\u2026', '&hellip;'))
    return r

def fw(s, zh=False):
    t = ' '.join(html.unescape(s).split())
    if zh:
        return t[:8]
    return ' '.join(t.split(' ')[:5])

def hms(t):
    return f"{t//3600:02d}:{t%3600//60:02d}:{t%60:02d}"

def hms_short(t):
    h, m, s = t//3600, t%3600//60, t%60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"

def mmss(t):
    return f"{t//60:02d}:{t%60:02d}"

def write(name, doc, turns, fmt, show, others):
    assert doc.lstrip().lower().startswith('<!doctype html')
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(doc)
    gold = {"speaker": EM, "format": fmt, "show": show,
            "turns": turns, "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')

LOREM_SCRIPT = """<script>
(function(){var d=document;function q(s){return d.querySelector(s)}
var b=q('.menu-toggle');if(b){b.addEventListener('click',function(){d.body.classList.toggle('nav-open')})}
window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-7QX2PLM0ZK');
})();
</script>"""
