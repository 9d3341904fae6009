import html, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
GOLD = {}

def fw(text, zh=False):
    t = ' '.join(text.split())
    if zh:
        return t[:8]
    return ' '.join(t.split(' ')[:5])

def hms(t):  # 01:02:03
    return '%02d:%02d:%02d' % (t // 3600, t % 3600 // 60, t % 60)

def hms_short(t):  # 1:02:03 or 12:34
    if t >= 3600:
        return '%d:%02d:%02d' % (t // 3600, t % 3600 // 60, t % 60)
    return '%d:%02d' % (t // 60, t % 60)

def mmss(t):  # minutes may exceed 59
    return '%02d:%02d' % (t // 60, t % 60)

def gold_from(segs, zh=False):
    """segs: list of dicts with s (speaker key), t, paras. EM segments must not be adjacent."""
    turns = []
    prev = None
    for sg in segs:
        if sg['s'] == 'EM':
            assert prev != 'EM', 'adjacent EM segments'
            t = sg.get('t')
            turns.append([None if t is None else int(t), fw(sg['paras'][0], zh)])
        prev = sg['s']
    return turns

def write(name, html_text, fmt, show, turns, others):
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(html_text)
    g = {"speaker": "Elon Musk", "format": fmt, "show": show, "turns": turns, "others": others}
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write('\n')
    GOLD[name] = g

FILLER_JS = """
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-%s');
(function(){var s=document.createElement('script');s.async=true;s.src='https://cdn.example-analytics.net/a.js?site=%s';document.head.appendChild(s);})();
document.addEventListener('DOMContentLoaded',function(){
  var btns=document.querySelectorAll('[data-share]');
  for(var i=0;i<btns.length;i++){btns[i].addEventListener('click',function(e){
    e.preventDefault();var u=encodeURIComponent(location.href);
    window.open(this.getAttribute('data-share')+u,'share','width=600,height=480');});}
});
"""
def js(tag):
    return FILLER_JS % (tag, tag)
