"""Render all pages and their gold from the same data."""
import importlib
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
for i in range(1, 17):
    m = importlib.import_module("p%02d" % i)
    exp = m.build()
    print("%-40s turns=%2d others=%s" % (m.NAME, len(exp["turns"]), exp["others"]))
