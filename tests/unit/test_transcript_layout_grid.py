"""The transcript layouts the batches showed, crossed with each other (``benchmarks.
transcript_layouts``): every combination of block, label style, time position, clock,
name shortening and surroundings is read with his turns and their times, nothing else.

A fixed sample of 2,000 of the 26,280 combinations keeps the suite fast; the benchmark
reads them all."""

from __future__ import annotations

import random

from benchmarks.transcript_layouts import all_layouts, render, right


def test_the_layout_grid_covers_every_dimension() -> None:
    layouts = all_layouts()
    assert len(layouts) > 26_000
    for field in ("container", "label", "time", "names", "surround", "clock"):
        assert len({getattr(layout, field) for layout in layouts}) >= 4, field


def test_generated_pages_carry_his_turns_and_the_hosts() -> None:
    page, gold = render(all_layouts()[0])
    assert len(gold) == 4 and "Dana" in page and "<!doctype html>" in page


def test_every_sampled_layout_is_read_with_his_turns_and_times() -> None:
    sample = random.Random(20261130).sample(all_layouts(), 2000)
    wrong = [str(layout) for layout in sample if not right(layout)]
    assert wrong == [], f"{len(wrong)} layouts read wrong, first: {wrong[:5]}"
