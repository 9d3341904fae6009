#!/usr/bin/env python3
"""Build all 16 pages + expected.json from the page modules, then print a summary table."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

pages = []
for i in range(1, 17):
    mod = importlib.import_module(f"p{i:02d}")
    page = mod.build()
    write(page)
    pages.append(page)

for p in pages:
    times = sum(1 for t, _ in p["turns"] if t is not None)
    print(f"{p['slug']:42s} turns={len(p['turns']):2d} timed={times:2d} size={len(p['html'].encode('utf-8')):6d}")
print("total his turns:", sum(len(p["turns"]) for p in pages))
