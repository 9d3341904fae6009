"""Transcript layouts, generated: ``python -m benchmarks.transcript_layouts [--n N] [--seed S]``.

The blind batches show that each new set of pages brings layouts the rules have not met.
This generator crosses the dimensions those pages vary in (the block each turn sits in,
how a label is written, where a turn's time is, how names shorten, what surrounds the
transcript, the language) and reads every combination with the real parser, so a
combination the rules miss shows up before a page in the wild does. It prints, for each
dimension's value, the share of generated pages whose turns of his were all found with
their times and nothing else; the failing combinations come first.

Development data: the dimensions are the ones the earlier batches showed. It measures
coverage of known variation, not quality on unseen pages (the blind batches do that).
"""

from __future__ import annotations

import argparse
import html
import itertools
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

HIM = "Elon Musk"

CONTAINERS = ("p", "div-segment", "br", "li", "table", "dl", "heading", "name-line", "pre",
              "name-time-lines")
LABELS = ("colon", "bold-colon", "bold-then-colon", "caps", "span-speaker", "bracket-zh",
          "role-first", "dash", "caps-role")
CLOCKS = ("hh:mm:ss", "m:ss", "minutes-over-59", "millis")
TIMES = ("none", "stamp-first", "name-stamp", "after-text", "link-t", "data-start",
         "time-element")
NAMES = ("full-then-surname", "full-then-first", "full-always", "zh", "with-brother")
SURROUNDS = ("plain", "key-quote-box", "chapters", "comments", "collapsed-copy", "quoted-by-host")


@dataclass(frozen=True)
class Layout:
    container: str
    label: str
    time: str
    names: str
    surround: str
    clock: str = "hh:mm:ss"

    def __str__(self) -> str:
        return (f"{self.container}/{self.label}/{self.time}/{self.names}/{self.surround}"
                f"/{self.clock}")


EN_TURNS = [
    ("host", "Welcome back to the show. Our guest today needs no introduction."),
    ("him", "Thanks for having me. Happy to be here."),
    ("host", "Let's start with batteries. Where are costs heading?"),
    ("him", "Down, steadily. The cell is most of the cost, and it keeps falling."),
    ("him+", "We think another third is possible in five years."),
    ("host", "Right."),
    ("him", "Yeah."),
    ("host", "And the factory in Shanghai?"),
    ("him", "It is the most productive one we have. The team there is excellent."),
    ("host", "Thanks for your time."),
]
ZH_TURNS = [
    ("host", "欢迎回到节目，今天的嘉宾大家都很熟悉。"),
    ("him", "谢谢邀请，很高兴来到这里。"),
    ("host", "我们先聊电池，成本会怎么走？"),
    ("him", "会稳步下降，电芯是成本的大头。"),
    ("him+", "五年内还能再降三分之一。"),
    ("host", "对。"),
    ("him", "是的。"),
    ("host", "上海工厂呢？"),
    ("him", "那是我们效率最高的工厂，团队非常出色。"),
    ("host", "谢谢您的时间。"),
]


def _stamp(seconds: int, clock: str) -> str:
    """A time as the page's clock prints it."""
    if clock == "m:ss":
        return (f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600
                else f"{seconds // 60}:{seconds % 60:02d}")
    if clock == "minutes-over-59":
        return f"{seconds // 60}:{seconds % 60:02d}"
    if clock == "millis":
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.480"
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _names(layout: Layout, turn: int, who: str) -> str:
    """The label a turn prints: the full name first, then the page's short form."""
    zh = layout.names == "zh"
    first = turn < 2 or layout.names == "full-always" or (who == "brother" and turn == 3)
    if who == "host":
        return ("主持人" if zh else "Dana Whitcomb" if first else "Dana")
    if who == "brother":
        return "Kimbal Musk" if first else "Kimbal"
    if zh:
        return "埃隆·马斯克" if first else "马斯克"
    if first:
        return "Elon Musk"
    return "Musk" if layout.names == "full-then-surname" else "Elon"  # with-brother: "Elon"


def _label(layout: Layout, name: str, first: bool) -> str:
    """A label as the layout writes it, without its time."""
    zh = layout.names == "zh"
    colon = "：" if zh else ":"
    kind = layout.label
    if kind == "role-first" and first and not zh:
        name = f"{name}, {'CEO of Tesla' if name == 'Elon Musk' else 'host'}"
    if kind == "caps":
        return html.escape(name.upper()) + colon
    if kind == "caps-role":  # a broadcast's "ELON MUSK, CEO, SPACEX:" first, "MUSK:" after
        role = ("" if not first else ", CEO, TESLA" if name == "Elon Musk"
                else ", ANCHOR" if name == "Dana Whitcomb" else ", ENTREPRENEUR")
        return html.escape(name.upper()) + role + colon
    if kind == "bold-colon":
        return f"<strong>{html.escape(name)}{colon}</strong>"
    if kind == "bold-then-colon":
        return f"<b>{html.escape(name)}</b>{colon}"
    if kind == "span-speaker":
        return f"<span class='speaker'>{html.escape(name)}</span>{colon}"
    if kind == "bracket-zh":
        return f"【{html.escape(name)}】"
    if kind == "dash":
        return html.escape(name) + " —"
    return html.escape(name) + colon


def render(layout: Layout) -> tuple[str, list[tuple[int | None, str]]]:
    """A page in the layout and the gold: (start, first words) of each of his turns."""
    turns = ZH_TURNS if layout.names == "zh" else EN_TURNS
    if layout.names == "with-brother":  # his brother speaks too, first names after the first
        turns = [*turns[:3], ("brother", "He has always been an optimist about costs."),
                 *turns[3:]]
    if layout.surround == "quoted-by-host":
        quote = ("host", "马斯克之前说过：“电池会越来越便宜。”您还这么看吗？" if layout.names == "zh"
                 else "As Elon told me once: “Batteries will keep getting cheaper.” Still true?")
        turns = [*turns[:7], quote, *turns[7:]]
    rows: list[tuple[str | None, int, str]] = []  # (label or None for a continuation, seconds, text)
    gold: list[tuple[int | None, str]] = []
    seconds = 61 if layout.clock != "minutes-over-59" else 4321
    for n, (who, text) in enumerate(turns):
        seconds += 7 + n * 3 + (n == 6) * 3600 * (layout.clock in ("m:ss", "hh:mm:ss"))
        if who == "him+":
            rows.append((None, seconds, text))
            continue
        first = sum(1 for w, _ in turns[:n] if w == who) == 0
        rows.append((_label(layout, _names(layout, n, who), first), seconds, text))
        if who == "him":
            gold.append((seconds if layout.time != "none" else None, text[:12]))
    body = "".join(_block(layout, label, seconds, text) for label, seconds, text in rows)
    if layout.container == "table":
        body = f"<table class='transcript'><tbody>{body}</tbody></table>"
    elif layout.container == "br":
        body = f"<p>{body}</p>"
    elif layout.container == "pre":
        body = f"<pre class='transcript'>{body}</pre>"
    elif layout.container == "li":
        body = f"<ul class='transcript'>{body}</ul>"
    elif layout.container == "dl":
        body = f"<dl>{body}</dl>"
    title = "<h1>Episode 212: batteries and factories</h1>"
    before, after = _surround(layout)
    if layout.surround == "collapsed-copy":
        colon = "：" if layout.names == "zh" else ":"
        copy = "".join(f"<p>{html.escape(_plain(label))}{colon} {html.escape(text)}</p>" if label
                       else f"<p>{html.escape(text)}</p>" for label, _, text in rows)
        after = f"<details><summary>Plain text</summary>{copy}</details>" + after
    heading = "<h2>文字稿</h2>" if layout.names == "zh" else "<h2>Transcript</h2>"
    page = (f"<!doctype html><html><head><title>x</title></head><body>{title}{before}"
            f"<div class='entry-content'>{heading}{body}</div>{after}</body></html>")
    return page, gold


def _timed(layout: Layout, seconds: int, inner: str) -> str:
    """The time written where the layout puts it, around the label-and-words ``inner``."""
    t = layout.time
    if t == "stamp-first":
        return f"[{_stamp(seconds, layout.clock)}] {inner}"
    if t == "link-t":
        return f"<a href='https://youtu.be/x?t={seconds}'>{_stamp(seconds, layout.clock)}</a> {inner}"
    if t == "time-element":
        return f"<time datetime='PT{seconds // 60}M{seconds % 60}S'>{seconds // 60}:{seconds % 60:02d}</time> {inner}"
    if t == "after-text":
        return f"{inner} [{_stamp(seconds, layout.clock)}]"
    return inner


def _block(layout: Layout, label: str | None, seconds: int, text: str) -> str:
    words = html.escape(text)
    if layout.time == "name-stamp" and label is not None:
        name, colon = label[:-1], label[-1:]
        if colon in ":：" and not label.endswith(("</b>:", "</b>：", "</span>:", "</span>：")):
            label = f"{name} ({_stamp(seconds, layout.clock)}){colon}"
        else:
            label = f"{label} ({_stamp(seconds, layout.clock)})"
    c = layout.container
    if c == "pre":  # a plain-text transcript: one line a paragraph, a blank line between
        inner = f"{_plain_label(label)} {text}" if label else text
        return _timed_plain(layout, seconds, inner) + "\n\n"
    if c == "name-time-lines":  # the name, its time on the next line, the words below
        if label is None:
            return f"<p>{words}</p>"
        name = html.escape(_plain(label))
        stamp = f"<div class='t'>{_stamp(seconds, layout.clock)}</div>" if layout.time != "none" else ""
        return f"<div class='who'>{name}</div>{stamp}<p>{words}</p>"
    if c == "table":
        time_cell = f"<td>{_stamp(seconds, layout.clock)}</td>" if layout.time != "none" else ""
        name = (label or "").rstrip(":：")
        return f"<tr>{time_cell}<td>{name}</td><td>{words}</td></tr>"
    if c == "heading":
        if label is None:
            return f"<p>{_timed(layout, seconds, words)}</p>"
        name = label.rstrip(":：")
        return f"<h4>{_timed(layout, seconds, name)}</h4><p>{words}</p>"
    if c == "name-line":
        if label is None:
            return f"<p>{_timed(layout, seconds, words)}</p>"
        return f"<div class='spk'>{_timed(layout, seconds, label.rstrip(':：—'))}</div><p>{words}</p>"
    if c == "dl":
        if label is None:
            return f"<dd>{_timed(layout, seconds, words)}</dd>"
        return f"<dt>{_timed(layout, seconds, label.rstrip(':：'))}</dt><dd>{words}</dd>"
    inner = f"{label} {words}" if label else words
    inner = _timed(layout, seconds, inner)
    if c == "div-segment":
        start = f" data-start='{seconds}.250'" if layout.time == "data-start" else ""
        return f"<div class='segment'{start}><div class='seg-text'>{inner}</div></div>"
    if c == "br":
        return f"{inner}<br><br>"
    if c == "li":
        return f"<li>{inner}</li>"
    start = f" data-start='{seconds}.250'" if layout.time == "data-start" else ""
    return f"<p{start}>{inner}</p>"


def _plain_label(label: str | None) -> str:
    """A label as plain text keeps its colon or dash ("Elon Musk:", "【马斯克】")."""
    import re

    return html.escape(html.unescape(re.sub(r"<[^>]+>", "", label or "")))


def _timed_plain(layout: Layout, seconds: int, inner: str) -> str:
    """The time in plain text where the layout puts it (links and attributes have no text)."""
    if layout.time in ("stamp-first", "link-t", "time-element", "data-start"):
        return f"[{_stamp(seconds, layout.clock)}] {inner}"
    if layout.time == "after-text":
        return f"{inner} [{_stamp(seconds, layout.clock)}]"
    return inner


def _plain(label: str) -> str:
    """A label's name without its markup, colon or role."""
    import re

    name = re.sub(r"<[^>]+>", "", label).rstrip(":：— ").strip("【】")
    return html.unescape(name.split(",")[0])


def _surround(layout: Layout) -> tuple[str, str]:
    zh = layout.names == "zh"
    if layout.surround == "key-quote-box":
        quote = ("<div class='key-quote'><p><b>马斯克：</b>“上海团队非常出色。”</p></div>" if zh else
                 "<div class='key-quote'><p><b>Elon Musk:</b> “The team there is excellent.”</p></div>")
        return quote, ""
    if layout.surround == "chapters":
        return ("<ul><li>00:01:08 Welcome</li><li>00:01:30 Batteries</li>"
                "<li>00:02:40 Shanghai</li></ul>"), ""
    if layout.surround == "comments":
        return "", ("<section id='comments'><p><b>Elon Musk:</b> fake account here</p>"
                    "<p><b>musk_fan:</b> great episode</p></section>")
    return "", ""


def his_turns(page: str) -> list[tuple[float, str]]:
    from tracker.config import default_watches
    from tracker.feeds.speakers import speakers_of
    from tracker.feeds.transcript_pages import parse_page

    speakers = speakers_of([w.to_watch() for w in default_watches()])
    got = parse_page("https://layouts.example/t", page.encode(), speakers=speakers)
    return [(s.start, s.text) for s in (got.segments if got else ()) if s.speaker == HIM]


def right(layout: Layout, reader: Callable[[str], list[tuple[float, str]]] = his_turns) -> bool:
    """Whether every turn of his is found, with its time, and nothing else is."""
    page, gold = render(layout)
    got = reader(page)
    if len(got) != len(gold):
        return False
    return all(text.startswith(words) and (start is None or float(start) == at)
               for (at, text), (start, words) in zip(got, gold, strict=True))


def valid(layout: Layout) -> bool:
    """Combinations a real page would not print."""
    if layout.time == "data-start" and layout.container not in ("p", "div-segment"):
        return False
    if layout.container in ("table",) and layout.label not in ("colon",):
        return False  # a table's speaker cell has no label style of its own
    if layout.label == "bracket-zh" and layout.names != "zh":
        return False
    if layout.label == "caps" and layout.names == "zh":
        return False
    if layout.time == "name-stamp" and layout.container in ("table",):
        return False
    if layout.container == "pre" and layout.time in ("link-t", "time-element", "data-start"):
        return False  # plain text has no links or attributes
    if layout.container == "name-time-lines" and (layout.time != "none" and layout.time != "stamp-first"
                                                  or layout.label not in ("colon",)):
        return False  # its own time line; a bare name
    if layout.label == "caps-role" and layout.names == "zh":
        return False
    if layout.label == "dash" and (layout.names == "zh" or layout.time == "name-stamp"
                                   or layout.container in ("heading", "dl", "name-line",
                                                           "name-time-lines")):
        return False  # "Name —" heads words on its line; a heading's name needs no dash
    # The clock is how a printed time is written: a page without one has one clock.
    return layout.clock == "hh:mm:ss" or layout.time not in ("none", "link-t", "time-element",
                                                              "data-start")


def all_layouts() -> list[Layout]:
    return [layout for layout in itertools.starmap(
        Layout, itertools.product(CONTAINERS, LABELS, TIMES, NAMES, SURROUNDS, CLOCKS))
        if valid(layout)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=0, help="a random sample of N layouts (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=12, help="failing layouts to list")
    args = parser.parse_args()
    layouts = all_layouts()
    if args.n:
        layouts = random.Random(args.seed).sample(layouts, min(args.n, len(layouts)))
    ok: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    failing = []
    for layout in layouts:
        good = right(layout)
        for field in ("container", "label", "time", "names", "surround", "clock"):
            key = (field, getattr(layout, field))
            seen[key] += 1
            ok[key] += good
        if not good:
            failing.append(layout)
    print(f"generated layouts: {len(layouts)}, read right: {len(layouts) - len(failing)} "
          f"({(len(layouts) - len(failing)) / len(layouts):.3f})")
    for key in sorted(seen, key=lambda k: ok[k] / seen[k]):
        print(f"  {key[0]:<9} {key[1]:<18} {ok[key] / seen[key]:.3f}  ({seen[key]})")
    for layout in failing[:args.show]:
        print("  failing:", layout)


if __name__ == "__main__":
    main()
