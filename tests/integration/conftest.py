"""Fixtures shared by the integration tests of speech recognition."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest


@pytest.fixture(scope="module")
def worker() -> Iterator[ProcessPoolExecutor]:
    """One spawned transcription process, as the product runs (shared by the module)."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    yield pool
    pool.shutdown(wait=True)
