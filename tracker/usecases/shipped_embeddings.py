"""Write the embeddings and segmentation of the bundled rebuttals' texts that ship with the package.

    python -m tracker.usecases.shipped_embeddings [--embedder use-m3]

The bundled seed is imported into a temporary database exactly as ``tracker``
seeds a new one (derived phrasings included); the texts the matcher compares are
embedded in one call, in the order the matcher itself would embed them, so a new
database gets the very vectors it would have computed. The Chinese runs of the
claims are segmented with jieba as the BM25 index would segment them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path

import numpy as np

from tracker.config import Settings
from tracker.match.embedder import build_embedder, text_hash
from tracker.match.lexical import chinese_runs
from tracker.match.matcher import claim_texts, counter_texts
from tracker.match.segment import segment_with_jieba
from tracker.match.shipped import SEGMENTS_FILE, shipped_file_name
from tracker.model import Rebuttal
from tracker.storage import matching_repo
from tracker.storage.db import open_database
from tracker.usecases import rebuttal_import

DATA = Path(__file__).resolve().parents[1] / "data" / "embeddings"


async def bundled_rebuttals() -> list[Rebuttal]:
    """The published rebuttals of a freshly seeded database."""
    with tempfile.TemporaryDirectory(prefix="tracker-shipped-") as folder:
        db = await open_database(f"sqlite+aiosqlite:///{folder}/seed.db")
        try:
            await rebuttal_import.ensure_seed(db)
            rebuttals, _ = await matching_repo.published_and_negatives(db)
        finally:
            await db.dispose()
    return rebuttals


async def bundled_texts() -> list[str]:
    """The texts the matcher embeds for a freshly seeded database, in its order."""
    rebuttals = await bundled_rebuttals()
    claims = [t for r in rebuttals for t in claim_texts(r)]
    counters = [t for r in rebuttals for t in counter_texts(r)]
    return list(dict.fromkeys(claims + counters))


def write(embedder_name: str) -> Path:
    """Embed the bundled texts with one embedder and write its file; returns the path."""
    embedder = build_embedder(Settings.model_validate({"matching": {"embedder": embedder_name}}))
    texts = asyncio.run(bundled_texts())
    vectors = embedder.embed(texts).astype(np.float32)
    DATA.mkdir(exist_ok=True)
    path = DATA / shipped_file_name(embedder.name)
    with path.open("wb") as out:
        np.savez(out, hashes=np.array([text_hash(t) for t in texts]), vectors=vectors)
    return path


async def bundled_runs() -> list[str]:
    """The Chinese runs of the claims the matcher's BM25 index segments, without repeats."""
    rebuttals = await bundled_rebuttals()
    joined = (" ".join(claim_texts(r)) for r in rebuttals)  # as Matcher indexes them
    return list(dict.fromkeys(run for text in joined for run in chinese_runs(text)))


def write_segments() -> Path:
    """Segment the bundled claims' Chinese runs with jieba and write them; returns the path."""
    runs = asyncio.run(bundled_runs())
    path = DATA.parent / SEGMENTS_FILE
    lines = (f"{json.dumps(run, ensure_ascii=False)}: "
             f"{json.dumps(segment_with_jieba(run), ensure_ascii=False)}" for run in runs)
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a run a line
    return path


def main() -> None:
    """Write the shipped embeddings file of the chosen embedder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="use-m3")
    for path in (write(parser.parse_args().embedder), write_segments()):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
