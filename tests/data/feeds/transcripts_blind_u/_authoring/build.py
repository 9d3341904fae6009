#!/usr/bin/env python3
"""Regenerate every page and its expected.json (gold is derived from the same data that renders the page)."""
import importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
total = 0
for i in range(1, 17):
    m = importlib.import_module("u%02d" % i)
    exp = m.build()
    total += len(exp["turns"])
    print("%-30s %2d turns" % (m.NAME, len(exp["turns"])))
print("total", total)
