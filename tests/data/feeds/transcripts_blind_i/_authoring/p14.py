"""i14 - wire-service press-conference transcript as a table (time | speaker | text) with
hh:mm:ss.mmm times on every row; continuation rows leave the speaker cell empty; an interpreter
renders German questions into English and his answers into German (not his turns)."""
from common import *

NAME = 'i14_rheinwire_pressconf_table_interpreter'
SHOW = 'Rheinwire Transcripts'
LAB = {'MO': ['MODERATOR (Julia Brandt)', 'MODERATOR'], 'KW': ['DR. KATRIN WENDT, Minister-President', 'WENDT'],
       'EM': ['ELON MUSK, CEO Tesla', 'MUSK'], 'IN': ['INTERPRETER', 'INTERPRETER'],
       'JH': ['Q: JÖRG HENNING (Märkische Allgemeine)', 'HENNING'], 'SC': ['Q: SARAH COLE (Euro Auto Wire)', 'COLE']}

# (speaker, [(start_seconds_float, text), ...])  one row per sentence group
S = [
    ('MO', [(2467.48, 'Meine Damen und Herren, herzlich willkommen. Wir beginnen mit einem kurzen Statement der Ministerpräsidentin, danach Herr Musk, und dann Ihre Fragen.')]),
    ('KW', [(2481.02, 'Vielen Dank. Diese Erweiterung bedeutet bis zu dreitausend neue Arbeitsplätze in der Region. Wir haben hart verhandelt, vor allem beim Wasser, und ich bin mit dem Ergebnis sehr zufrieden.')]),
    ('MO', [(2519.77, 'Mr. Musk, please.')]),
    ('EM', [(2522.316, 'Thank you. First of all, thank you to the Minister-President and to everyone in Brandenburg. We have been here for a few years now and the team here is really excellent.'),
            (2539.904, 'The expansion will double the cell production on site. That matters because cells are the limiting factor for everything we do, cars and stationary storage.'),
            (2556.118, 'And on water, we recycle almost all of the process water now. The plant uses less than the average of a comparable industrial site.')]),
    ('IN', [(2571.550, 'Danke. Zunächst einmal danke an die Ministerpräsidentin und an alle in Brandenburg. Die Erweiterung wird die Zellproduktion am Standort verdoppeln. Und beim Wasser recyceln wir inzwischen fast das gesamte Prozesswasser.')]),
    ('MO', [(2601.031, 'Danke. Erste Frage, bitte. Herr Henning.')]),
    ('JH', [(2604.870, 'Jörg Henning, Märkische Allgemeine. Herr Musk, viele Anwohner sorgen sich weiterhin um das Grundwasser. Können Sie garantieren, dass es keine weiteren Störfälle gibt?')]),
    ('IN', [(2619.402, 'The question is: many residents are still worried about the groundwater. Can you guarantee that there will be no further incidents?')]),
    ('EM', [(2628.655, 'Nobody can guarantee zero incidents in any factory anywhere. What I can say is that we take it extremely seriously, we have added monitoring wells, and we publish the data.'),
            (2644.210, 'If there is a problem, we will find it quickly and fix it quickly. That is the commitment.')]),
    ('IN', [(2652.880, 'Niemand kann in irgendeiner Fabrik null Störfälle garantieren. Wir nehmen das sehr ernst, wir haben zusätzliche Messbrunnen eingerichtet und veröffentlichen die Daten.')]),
    ('MO', [(2668.300, 'Next question. Ms. Cole.')]),
    ('SC', [(2670.912, 'Sarah Cole, Euro Auto Wire. Will the cheaper model be built here in Grünheide?')]),
    ('EM', [(2676.007, 'Yes.')]),
    ('SC', [(2677.140, 'When?')]),
    ('EM', [(2678.559, 'Production starts next year, ramping through the year. I do not want to give a more precise date because then you will hold me to it.')]),
    ('IN', [(2687.811, 'Ja. Die Produktion beginnt nächstes Jahr und wird im Laufe des Jahres hochgefahren.')]),
    ('MO', [(2695.420, 'Eine letzte Frage, bitte. Herr Henning noch einmal, kurz.')]),
    ('JH', [(2698.031, 'Auf Englisch, damit es schneller geht: Mr. Musk, you once said Germany has "too much bureaucracy." Do you still think so?')]),
    ('EM', [(2706.770, 'I think it is getting better. The Minister-President has been very helpful. But yes, the permitting process is still too slow, and not just in Germany. Everywhere in Europe.')]),
    ('KW', [(2718.102, 'Ich darf ergänzen: Wir haben die Genehmigungsverfahren in Brandenburg deutlich beschleunigt.')]),
    ('MO', [(2724.650, 'Danke.')]),
    ('EM', [(2725.301, 'Thank you, everyone. Danke schön.')]),
]

T = [(spk, rows[0][0], [rows[0][1]]) for spk, rows in S]


def ts(x):
    s = int(x)
    ms = int(round((x - s) * 1000))
    return '%s.%03d' % (hms(s), ms)


def render():
    seen = {}
    out = []
    for spk, rows in S:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        for k, (t, text) in enumerate(rows):
            out.append('<tr><td class="tc">%s</td><td class="spk">%s</td><td class="txt">%s</td></tr>'
                       % (ts(t), esc(lab) if k == 0 else '', esc(text)))
    return PAGE.replace('@@ROWS@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Wortprotokoll: Pressekonferenz Tesla Grünheide, Erweiterung Zellfertigung | Rheinwire Transcripts</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noarchive">
<link rel="stylesheet" href="/assets/rw-transcripts.css?v=5.2">
<style>
table.protokoll{border-collapse:collapse;width:100%;font-size:14px}
table.protokoll th,table.protokoll td{border-bottom:1px solid #ddd;padding:6px 8px;vertical-align:top;text-align:left}
td.tc{font-family:"DejaVu Sans Mono",monospace;white-space:nowrap;color:#555}
td.spk{font-weight:bold;white-space:nowrap}
.rw-meta dt{float:left;width:130px;font-weight:bold}
</style>
</head>
<body>
<div id="rw-top"><a href="/" class="rw-logo">Rheinwire</a> <span class="rw-claim">Transcripts &amp; Wortprotokolle f&uuml;r Redaktionen</span>
<ul class="rw-nav"><li><a href="/protokolle/">Protokolle</a></li><li><a href="/termine/">Termine</a></li><li><a href="/archiv/">Archiv</a></li><li><a href="/abo/">Abo</a></li><li><a href="/login/">Kunden-Login</a></li></ul></div>
<div id="rw-content">
<h1>Wortprotokoll: Pressekonferenz Tesla Gr&uuml;nheide &ndash; Erweiterung der Zellfertigung</h1>
<dl class="rw-meta">
<dt>Datum</dt><dd>12.09.2025, 14:00 Uhr</dd>
<dt>Ort</dt><dd>Gigafactory Berlin-Brandenburg, Gr&uuml;nheide</dd>
<dt>Teilnehmer</dt><dd>Dr. Katrin Wendt (Ministerpr&auml;sidentin), Elon Musk (CEO Tesla), Julia Brandt (Moderation), Konsekutivdolmetscherin</dd>
<dt>Quelle</dt><dd>Livestream, Zeitangaben ab Streambeginn (hh:mm:ss.mmm)</dd>
<dt>Sprache</dt><dd>Deutsch / Englisch (Originalton), Dolmetschung wiedergegeben</dd>
</dl>
<p class="rw-hinweis">Hinweis: Es gilt das gesprochene Wort. Wortbeitr&auml;ge sind im Originalton wiedergegeben; die Dolmetschung ist als INTERPRETER gekennzeichnet. Leere Sprecherzellen setzen den vorigen Beitrag fort.</p>
<table class="protokoll">
<thead><tr><th>Zeit</th><th>Sprecher</th><th>Wortlaut</th></tr></thead>
<tbody>
@@ROWS@@
</tbody>
</table>
<p class="rw-ende">&ndash; Ende der Pressekonferenz &ndash;</p>
<div class="rw-nutzung"><h3>Nutzungshinweis</h3><p>Dieses Wortprotokoll ist ausschlie&szlig;lich f&uuml;r Abonnenten von Rheinwire bestimmt. Zitate sind mit Quellenangabe &bdquo;Rheinwire&ldquo; frei verwendbar.</p></div>
<div class="rw-related"><h3>Weitere Protokolle</h3><ul>
<li><a href="/protokolle/2025/09/11/bundespressekonferenz-verkehr/">Bundespressekonferenz: Verkehrsministerium, 11.09.2025</a></li>
<li><a href="/protokolle/2025/09/09/iaa-eroeffnung/">IAA Mobility: Er&ouml;ffnungspressekonferenz, 09.09.2025</a></li>
</ul></div>
</div>
<div id="rw-footer"><p>&copy; 2025 Rheinwire GmbH &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/datenschutz/">Datenschutz</a> &middot; <a href="/agb/">AGB</a></p></div>
<script src="/assets/rw.js?v=5.2"></script>
<script>rw.track({page:"protokoll",id:"2025-09-12-tesla-gruenheide"});</script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Wire-service press-conference protocol as a three-column table (hh:mm:ss.mmm | speaker | text); every row has a time, continuation rows leave the speaker cell empty; labels full with role first, surname after; an INTERPRETER renders questions and his answers.',
         gold_turns(T), ['MODERATOR (Julia Brandt)', 'MODERATOR', 'DR. KATRIN WENDT, Minister-President', 'WENDT', 'INTERPRETER',
                         'Q: JÖRG HENNING (Märkische Allgemeine)', 'HENNING', 'Q: SARAH COLE (Euro Auto Wire)', 'COLE'])
