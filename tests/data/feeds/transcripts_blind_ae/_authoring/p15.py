from lib import *

NAME = "ae15_nordwelle-radio-interpreter"
SHOW = "In Conversation"
V, I = "KV", "INT"

seq = [
    T(V, "KATRIN VOGEL (in German)", 2,
      "<i lang=\"de\">Guten Abend und willkommen zu &bdquo;Im Gespr&auml;ch&ldquo;. Mein Gast heute ist Elon Musk, und wir sprechen in der Gigafactory in Gr&uuml;nheide. Herr Musk, willkommen.</i>"),
    T(I, "INTERPRETER", 9,
      "Good evening and welcome to In Conversation. My guest today is Elon Musk, and we are speaking at the Gigafactory in Gr&uuml;nheide. Mr. Musk, welcome."),
    T(EM, "ELON MUSK", 21,
      "Thank you. Danke. That&#8217;s about half of my German, by the way."),
    T(V, "VOGEL (in German)", 27,
      "<i lang=\"de\">Als Sie 2019 ank&uuml;ndigten, hier eine Fabrik zu bauen, waren viele Menschen in Brandenburg skeptisch. Manche sind es immer noch. Was sagen Sie ihnen?</i>"),
    T(I, "INTERPRETER", 34,
      "When you announced in 2019 that you would build a factory here, many people in Brandenburg were skeptical. Some still are. What do you say to them?"),
    T(EM, "MUSK", 45,
      "I understand the concern, especially about water. It&#8217;s a legitimate question. We&#8217;ve cut the water use per car to a fraction of what a typical car factory uses, and we recycle most of it on site.",
      "And the factory employs over ten thousand people now, a lot of them from the region. I think most people here see that as a good thing, even if they don&#8217;t love everything about us."),
    {"spk": None, "text": "[Interpreter renders the answer into German.]"},
    T(V, "VOGEL (in German)", 140,
      "<i lang=\"de\">Sie sagten 2016, Deutschland sei das offensichtliche Land f&uuml;r eine Gigafactory. Wir spielen einen kurzen Ausschnitt.</i>"),
    T(I, "INTERPRETER", 146,
      "In 2016 you said Germany was the obvious country for a Gigafactory. Quote: &#8220;Germany is the obvious choice.&#8221; Let&#8217;s play a short excerpt."),
    {"spk": None, "text": "[ARCHIVE AUDIO]"},
    T(EM, "MUSK (archive recording, 2016)", 152,
      "Europe is an obvious place for a Gigafactory, and Germany is the obvious country within Europe, because of the engineering talent and the suppliers."),
    {"spk": None, "text": "[END ARCHIVE AUDIO]"},
    T(V, "VOGEL (in German)", 166, "<i lang=\"de\">W&uuml;rden Sie das heute noch so sagen?</i>"),
    T(I, "INTERPRETER", 169, "Would you still say that today?"),
    T(EM, "MUSK", 171, "Yes."),
    T(I, "INTERPRETER (into German)", 172, "<i lang=\"de\">Ja.</i>"),
    T(V, "VOGEL (in German)", 900,
      "<i lang=\"de\">Zum Schluss: Was gef&auml;llt Ihnen an Deutschland, abgesehen von den Ingenieuren?</i>"),
    T(I, "INTERPRETER", 906, "Finally: what do you like about Germany, apart from the engineers?"),
    T(EM, "MUSK", 910,
      "The bread, honestly. German bread is the best bread in the world. And the techno. I&#8217;ve been to a couple of clubs in Berlin, not many, but a couple."),
    T(I, "INTERPRETER (into German)", 930,
      "<i lang=\"de\">Das Brot, ehrlich gesagt. Deutsches Brot ist das beste Brot der Welt. Und der Techno.</i>"),
    T(V, "VOGEL (in English)", 936, "Thank you, Mr. Musk."),
    T(EM, "MUSK", 939, "Danke sch&ouml;n."),
]
turns = [e for e in seq if e["spk"] is not None]


def render(with_tc=True, cls="tx"):
    out = []
    for e in seq:
        if e["spk"] is None:
            out.append('<p class="%s-direction"><i>%s</i></p>' % (cls, e["text"]))
            continue
        n = len(e["paras"])
        for i, p in enumerate(e["paras"]):
            lab = '<b>%s:</b> ' % e["label"] if i == 0 else ""
            tc = ' <span class="tc">[%s]</span>' % mmss(e["t"]) if (with_tc and i == n - 1) else ""
            out.append('<p>%s%s%s</p>' % (lab, p, tc))
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>In Conversation: Elon Musk at Gr&uuml;nheide | Radio Nordwelle International</title>
<meta name="description" content="Katrin Vogel speaks to Elon Musk at the Tesla factory near Berlin. Transcript of the English broadcast.">
<link rel="stylesheet" href="https://www.nordwelle.de/international/_assets/css/site.min.css?v=712">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"RadioEpisode","name":"In Conversation: Elon Musk at Gr\\u00fcnheide","partOfSeries":{"@type":"RadioSeries","name":"In Conversation"},"publisher":{"@type":"Organization","name":"Radio Nordwelle International"}}</script>
</head>
<body class="rni page-transcript">
<div class="rni-top"><a class="rni-lang" href="https://www.nordwelle.de/">Deutsch</a> <a class="rni-lang active" href="https://www.nordwelle.de/international/">English</a></div>
<header class="rni-header"><a class="rni-logo" href="https://www.nordwelle.de/international/">Radio Nordwelle International</a>
<nav><ul><li><a href="/international/news/">News</a></li><li><a href="/international/programmes/" class="active">Programmes</a></li><li><a href="/international/schedule/">Schedule</a></li><li><a href="/international/live/">Listen live</a></li></ul></nav></header>
<main class="rni-main">
<div class="rni-breadcrumb"><a href="/international/programmes/">Programmes</a> &rsaquo; <a href="/international/programmes/in-conversation/">In Conversation</a> &rsaquo; Transcript</div>
<h1>In Conversation: Elon Musk at Gr&uuml;nheide</h1>
<p class="rni-date">Broadcast Saturday 19 October 2024, 18:05 CET &middot; 16 min</p>
<div class="rni-player"><audio controls preload="none" src="https://media.nordwelle.de/international/ic/2024-10-19-musk.mp3"></audio><a class="rni-dl" href="https://media.nordwelle.de/international/ic/2024-10-19-musk.mp3" download>Download MP3</a></div>
<div class="rni-intro">
<p>Katrin Vogel, presenter of our German-language interview programme, met Elon Musk at the Tesla factory in Gr&uuml;nheide, east of Berlin. Ms Vogel asked her questions in German; they were interpreted into English for Mr Musk by our interpreter, Jonas Albrecht. This is the transcript of the English-language broadcast. German passages are given in italics.</p>
<p class="rni-note"><small>Timecodes at the <strong>end</strong> of each contribution mark where that contribution <strong>begins</strong> in the broadcast audio (mm:ss).</small></p>
</div>
<section class="rni-transcript">
<h2>Transcript</h2>
%(TRANSCRIPT)s
</section>
<details class="rni-plain">
<summary>Plain-text version (for screen readers and printing)</summary>
<div class="rni-plain-body">
%(PLAIN)s
</div>
</details>
<section class="rni-more"><h3>More from In Conversation</h3><ul><li><a href="/international/programmes/in-conversation/2024-10-12/">A cellist on rebuilding an orchestra</a></li><li><a href="/international/programmes/in-conversation/2024-10-05/">The mayor of a shrinking town</a></li></ul></section>
</main>
<footer class="rni-footer"><p>Radio Nordwelle International is the foreign-language service of Radio Nordwelle, a public broadcaster.</p><p><a href="/international/imprint/">Imprint</a> &middot; <a href="/international/privacy/">Data protection</a> &middot; <a href="/international/accessibility/">Accessibility</a></p><p>&copy; Radio Nordwelle 2024</p></footer>
<script src="https://www.nordwelle.de/international/_assets/js/site.min.js?v=712" defer></script>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render()).replace("%(PLAIN)s", render(False, "plain"))
    return write(NAME, page,
                 "Public-radio English transcript of an interpreted interview; each turn a <p> with a bold capitalised label and colon (ELON MUSK first, then MUSK; interpreter and German host turns between), the turn's start time printed AFTER its text as [mm:ss]; an untimed plain-text copy repeats the transcript in a details element.",
                 SHOW, gold_from(turns), others_from(turns))
