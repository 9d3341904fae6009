"""Render all k-batch pages and their gold files: python3 gen.py"""
import importlib
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

MODULES = ["p%02d" % i for i in range(1, 17)]

if __name__ == "__main__":
    for m in MODULES:
        mod = importlib.import_module(m)
        g = mod.build()
        print("%-36s %2d turns  %s" % (mod.NAME, len(g["turns"]), g["show"]))
