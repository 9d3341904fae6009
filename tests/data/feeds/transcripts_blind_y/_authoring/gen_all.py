"""Regenerate every page and its expected.json from the page modules."""
import importlib
for i in range(1, 17):
    importlib.import_module("p%02d" % i).build()
