"""Out-of-fold extraction errors by class: ``python -m benchmarks.extract_errors``.

Every labelled document the shipped model is trained on is decided by a model trained
(and thresholded) without it, as in ``benchmarks.extract``'s cross-validation; each false
positive and false negative is then put in one class, from the candidate behind it
(heuristic: see docs/evaluation/extraction-errors.md). ``--only blind_c`` restricts the
table to documents whose id starts with that batch's prefix; ``--show CLASS`` prints the
errors of one class (development data only: never run it on a fresh blind batch).
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from benchmarks.extract import Doc, overlaps
from tracker.config import Settings
from tracker.extract import Extractor

CLASSES = ("never proposed", "attribution wrong", "transcript turn", "headline", "topic wrong",
           "rejected (prose)", "span wrong")


def _docs_with_source() -> list[tuple[str, Doc]]:
    from benchmarks.extract import load_docs
    from tracker.extract.train import DATA, training_files

    return [(str(path.relative_to(DATA)), d) for path in training_files()
            for d in load_docs(path)]


def oof_predictions(docs: list[Doc], folds: int = 5) -> list[dict[str, Any]]:
    """For each document: its candidates (span, cue, topic, in_head, probability), the
    threshold of its fold and the predicted spans."""
    from benchmarks.extract import fold_models

    out: list[dict[str, Any]] = [{} for _ in docs]
    for test, model, cands in fold_models(docs, folds):
        threshold = model.threshold
        extractor = Extractor(Settings().watch_list(), model=model)
        for i in test:
            doc = docs[i]
            found = extractor.extract(doc.text, segments=doc.segments, guests=doc.guests,
                                      title=doc.title)
            out[i] = {"threshold": threshold, "preds": [(s.start, s.end) for s in found],
                      "cands": [(c.start, c.end, c.cue, c.topic, h,
                                 model.probability(d_, c, h)) for d_, c, h in cands[i]]}
    return out


def classify(doc: Doc, result: dict[str, Any]) -> list[tuple[str, str, tuple[int, int], Any]]:
    """(FP|FN, class, span, candidate) for every error of one document."""
    errors = []
    preds, golds, cands = result["preds"], doc.gold, result["cands"]

    def cand_at(span: tuple[int, int]) -> Any:
        best = None
        for c in cands:
            shared = min(c[1], span[1]) - max(c[0], span[0])
            if shared > 0 and (best is None or shared > best[0]):
                best = (shared, c)
        return best[1] if best else None

    for p in preds:
        if any(overlaps(p, g) for g in golds):
            continue
        c = cand_at(p)
        if any(min(p[1], g[1]) > max(p[0], g[0]) for g in golds):
            cls = "span wrong"
        elif c and c[4]:
            cls = "headline"
        elif c and c[2] in ("turn", "answer", "guest"):
            cls = "transcript turn"
        elif c and c[3] == "span":
            cls = "attribution wrong"
        else:
            cls = "topic wrong"
        errors.append(("FP", cls, p, c))
    for g in golds:
        if any(overlaps(p, g) for p in preds):
            continue
        c = cand_at(g)
        if c is None:
            cls = "never proposed"
        elif any(min(p[1], g[1]) > max(p[0], g[0]) for p in preds):
            cls = "span wrong"
        elif c[4]:
            cls = "headline"
        elif c[2] in ("turn", "answer", "guest"):
            cls = "transcript turn"
        else:
            cls = "rejected (prose)"
        errors.append(("FN", cls, g, c))
    return errors


def main(argv: list[str] | None = None) -> None:
    """Print the error table (out-of-fold), optionally the errors of one class."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="a training file's prefix (blind_c)")
    parser.add_argument("--show", default="", help="print the errors of this class")
    parser.add_argument("--lang", default="")
    args = parser.parse_args(argv)
    sourced = _docs_with_source()
    docs = [d for _, d in sourced]
    results = oof_predictions(docs)
    table: Counter[tuple[str, str]] = Counter()
    for (source, doc), result in zip(sourced, results, strict=True):
        if not source.startswith(args.only) or (args.lang and doc.lang != args.lang):
            continue
        for kind, cls, span, c in classify(doc, result):
            table[kind, cls] += 1
            if args.show and cls == args.show:
                around = doc.text[max(0, span[0] - 150):span[0]].replace("\n", " / ")
                cue = f"{c[2]}/{c[3] or '-'}/head={c[4]}/p={c[5]:.2f}" if c else "no candidate"
                print(f"{kind} {doc.id} [{cue}] ...{around}[[{doc.text[span[0]:span[1]]}]]")
    print(f"| class | FP | FN |  ({args.only or 'all'} {args.lang or 'both'})")
    for cls in CLASSES:
        print(f"| {cls} | {table['FP', cls]} | {table['FN', cls]} |")
    print(f"| all | {sum(v for (k, _), v in table.items() if k == 'FP')} | "
          f"{sum(v for (k, _), v in table.items() if k == 'FN')} |")


if __name__ == "__main__":
    main()
