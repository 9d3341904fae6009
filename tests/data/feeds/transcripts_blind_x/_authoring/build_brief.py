"""Writes ../BRIEF.md from the page metadata registered by the page modules."""
import os
import common

GLOBAL_CHOICES = [
    "A turn is a contiguous stretch under one speaker label; unlabelled continuation paragraphs, rows or cues belong to the turn above. No page has two of his turns adjacent without another speaker between them, so turn boundaries never depend on merging same-label blocks.",
    "First words: the first 5 whitespace-separated tokens (punctuation kept) of the turn's text after its label and timestamp; Chinese turns use the first 8 characters (spaces count as characters after collapsing, e.g. '我一直認為 AI'). Snippets are computed by the generator from the same data that renders the page.",
    "start_seconds: the turn's own printed/encoded time, truncated to an integer; when a turn has a time on each paragraph/cue/row, the first one. Null when the page shows no time for that turn. Wall-clock times (hearing/deposition 'a.m.' times) are never used as offsets.",
    "Played clips/recordings of him that are labelled with his name count as his turns (x06, x11); soundbites of other people do not (x06 minister, x13).",
    "Quotations of him inside anyone else's turn, show notes, chapter lists, AI summaries, pull quotes, 'key quotes' boxes, participant lists, headlines, comments and forum replies are never turns.",
    "When the transcript is repeated on the page (x07 <details> copy, x16 <details><pre> copy) gold lists each turn once, taken from the first (primary) rendering.",
    "A translation pair (x04: Chinese translation and English original in one table row) is one turn; the snippet is taken from the Chinese text, which comes first.",
    "Prepared/written statements inserted inside his spoken turn (x01) are part of that turn's region and do not create an extra turn.",
    "'others' lists every other speaker label as printed on the page, including short forms used later (e.g. 'Dana Whitlock' and 'Dana').",
]


def main():
    rows = []
    total = 0
    for name in sorted(common.PAGES):
        p = common.PAGES[name]
        n = len(p["expected"]["turns"])
        total += n
        cell = lambda x: x.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        rows.append(f"| {name} | {cell(p['meta']['kind'])} | {cell(p['meta']['fmt'])} | {n} |")
    out = ["# x batch - blind transcript pages", "",
           "16 pages written without seeing the product, its tests or other batches. Each page is rendered by a module in `_authoring/` "
           "(`pNN.py`) from one turn list, and the page's `expected.json` is derived from the same list (`python3 _authoring/gen.py`). "
           "`python3 _authoring/check.py` validates everything.", "",
           f"Total pages: {len(rows)}; his turns: {total}.", "",
           "| page | kind of site | markup / time format | his turns |", "|---|---|---|---|"] + rows + [""]
    out += ["## Hard cases per page", ""]
    for name in sorted(common.PAGES):
        m = common.PAGES[name]["meta"]
        out.append(f"### {name}")
        out += ["- " + h.replace("<", "&lt;").replace(">", "&gt;") for h in m["hard"]]
        out.append("")
    out += ["## Gold-labelling choices", "", "### Global", ""] + [f"- {c}" for c in GLOBAL_CHOICES] + ["", "### Per page", ""]
    for name in sorted(common.PAGES):
        m = common.PAGES[name]["meta"]
        out.append(f"- **{name}**: " + " ".join(m["choices"]).replace("<", "&lt;").replace(">", "&gt;"))
    out += ["", "## Coverage of the brief's hard cases", "",
            "| hard case | traps | positives |", "|---|---|---|",
            "| someone else quoting him | x01, x03, x04, x05, x06, x07, x09, x10, x12, x13 | (his own turns on the same pages) |",
            "| show notes / chapters / AI summaries / pull quotes / key quotes with 'Elon Musk: ...' | x03, x04, x05, x06, x07, x08, x12, x14, x16 | - |",
            "| comments / forum posts by Musk-like names, quoted lines | x02, x04, x05, x06, x07, x08, x09, x12, x15 | x15 (transcript posted in a forum post) |",
            "| similar names | x07 Kimbal Musk, x11 Maye Musk, x10 Elon Cardoso, x01/x13 MUSGRAVE | - |",
            "| trap page with no turns of his | x10, x13 | - |",
            "| played clip / recording | x06 (minister clip), x13 (senator, carrier clips) | x06, x11 |",
            "| several speakers, one-word interruptions | x01, x03, x07, x09, x12 | one-word turns of his: x01, x03, x04, x05, x06, x08, x12 |",
            "| transcript repeated on the page | x07, x16 (copies not counted twice) | x07, x16 |",
            "| translations / interpreter | x12 (interpreter turns) | x04 (translation pairs) |",
            "| unusual times | - | h:mm:ss+mm:ss x07/x12/x15; minutes > 59 x06/x15; ms x08/x12/x16; time after text x05/x14; time per paragraph x10/x12/x16 |",
            ""]
    with open(os.path.join(common.OUT, "BRIEF.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
