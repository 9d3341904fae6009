"""What makes a cold `tracker match` fast gives the results it gave before.

USE-m3 from the user's cache embeds exactly as from its package; the shipped
vectors of the bundled rebuttals are the ones the encoder computes, and an
edited text is embedded, not looked up; the shipped segmentation of their
Chinese is jieba's, and jieba loads without pkg_resources.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tracker.config import Settings
from tracker.match.embedder import UseM3Embedder, text_hash
from tracker.match.segment import segment_with_jieba
from tracker.match.shipped import shipped_segments, shipped_vectors
from tracker.match.usem3_cache import cache_root, load_use
from tracker.storage import matching_repo
from tracker.storage.db import Database
from tracker.usecases import curate
from tracker.usecases import match as stage
from tracker.usecases.bundled import bundled_matcher, seeded_rebuttals
from tracker.usecases.shipped_embeddings import bundled_rebuttals, bundled_runs, bundled_texts

TEXTS = ["Musk says China's EV makers are the best", "马斯克说中国电动车是最好的", "x" * 3000]
USE_M3 = Settings.model_validate({"matching": {"embedder": "use-m3"}})


@pytest.fixture(scope="module")
def built_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, np.ndarray]:
    """A cache folder written by a first load (from the package), and what that load embeds."""
    root = tmp_path_factory.mktemp("xdg")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(root))
        built = load_use(1)  # the slow path: USE() from the package, then the cache written
    return root, built.encode(TEXTS)


def test_use_m3_from_the_cache_embeds_exactly_as_from_its_package(
    built_cache: tuple[Path, np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, from_package = built_cache
    monkeypatch.setenv("XDG_CACHE_HOME", str(root))
    assert list((root / "statement-tracker").glob("usem3-*/table.npy"))
    cached = load_use(1)
    assert isinstance(cached._backend.table, np.memmap)  # read from the cache, mapped
    assert np.array_equal(cached.encode(TEXTS), from_package)


def test_a_damaged_cache_falls_back_to_the_package_and_is_written_anew(
    built_cache: tuple[Path, np.ndarray], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture
) -> None:
    root, from_package = built_cache
    shutil.copytree(root, tmp_path / "xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "statement-tracker"
    (marshalled,) = cache_root().glob("usem3-*/tokenizer.marshal")
    marshalled.write_bytes(b"not marshal")
    with caplog.at_level(logging.WARNING):
        model = load_use(1)
    assert "cache unreadable" in caplog.text
    assert np.array_equal(model.encode(TEXTS), from_package)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        healed = load_use(1)  # the fallback wrote the cache anew
    assert "cache unreadable" not in caplog.text
    assert isinstance(healed._backend.table, np.memmap)
    assert np.array_equal(healed.encode(TEXTS), from_package)


async def test_every_bundled_text_ships_the_vector_the_encoder_computes() -> None:
    texts = await bundled_texts()
    shipped = shipped_vectors("use-m3")
    missing = [t for t in texts if text_hash(t) not in shipped]
    assert not missing, (f"{len(missing)} bundled texts have no shipped vector: run "
                         "python -m tracker.usecases.shipped_embeddings")
    computed = UseM3Embedder().embed(texts)
    assert np.allclose(np.vstack([shipped[text_hash(t)] for t in texts]), computed, atol=1e-6)


async def test_a_new_database_embeds_only_texts_that_do_not_ship(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    stage.clear_cache()
    await curate.ensure_seed(sqlite_db)
    with caplog.at_level(logging.INFO, logger="tracker.match.matcher"):
        await stage.load_matcher(sqlite_db, USE_M3)
    assert "rebuttal texts not stored yet" not in caplog.text  # nothing embedded
    stored = await matching_repo.load_embeddings(sqlite_db, "use-m3")
    assert set(shipped_vectors("use-m3")) <= set(stored)  # and the database has them all

    edited = "China's carmakers copied every single part of the Model 3."
    rebuttal = (await curate.list_rebuttals(sqlite_db))[0]
    await curate.edit_rebuttal(sqlite_db, rebuttal.id, actor="test", claim_en=edited)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="tracker.match.matcher"):
        matcher = await stage.load_matcher(sqlite_db, USE_M3)
    assert text_hash(edited) in matcher.new_vectors  # an edited text is embedded, never looked up
    assert all(h not in shipped_vectors("use-m3") for h in matcher.new_vectors)
    expected = UseM3Embedder().embed([edited])[0]
    assert np.allclose(matcher.new_vectors[text_hash(edited)], expected, atol=1e-6)


def test_jieba_loads_without_pkg_resources() -> None:
    # A fresh interpreter: this test process may have imported pkg_resources already.
    code = ("import sys; from tracker.match.lexical import tokenize; "
            "print(tokenize('马斯克说比亚迪')); print('pkg_resources' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    tokens, loaded = done.stdout.strip().splitlines()
    assert "比亚迪" in tokens and loaded == "False"


async def test_the_shipped_segmentation_is_jiebas() -> None:
    runs = await bundled_runs()
    shipped = shipped_segments()
    assert set(runs) == set(shipped), ("the bundled claims changed: run "
                                       "python -m tracker.usecases.shipped_embeddings")
    assert all(list(shipped[run]) == segment_with_jieba(run) for run in runs)


def test_matching_an_english_statement_against_the_bundled_rebuttals_loads_no_jieba() -> None:
    code = ("import sys; from tracker.match import HashingEmbedder, Matcher; "
            "from tracker.usecases.bundled import seeded_rebuttals; "
            "m = Matcher(seeded_rebuttals(), HashingEmbedder()); "
            "print(m.match('Musk says China makes the best EVs').decision.value); "
            "print('jieba' in sys.modules); m.match('马斯克说中国电动车最好'); "
            "print('jieba' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    decision, before, after = done.stdout.strip().splitlines()
    assert decision in {"match", "suggest", "none"}
    assert (before, after) == ("False", "True")  # a Chinese statement still goes through jieba


async def test_the_bundled_rebuttals_without_a_database_are_a_seeded_databases() -> None:
    assert seeded_rebuttals() == await bundled_rebuttals()


async def test_the_bundled_matcher_decides_as_a_new_databases(sqlite_db: Database) -> None:
    stage.clear_cache()
    await curate.ensure_seed(sqlite_db)
    from_db = await stage.load_matcher(sqlite_db, USE_M3)
    in_memory = bundled_matcher(USE_M3)
    assert not in_memory.new_vectors  # every bundled text's vector shipped
    for text in ("Musk says China's EV makers are the best",
                 "China's power output will soon be triple America's",
                 "马斯克说比亚迪只是在抄特斯拉", "Starship flies again next month"):
        assert in_memory.match(text) == from_db.match(text)
