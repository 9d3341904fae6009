"""Render all q-batch pages and their gold from the same turn data (see p01.py ... p16.py)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

MODULES = ["p%02d" % i for i in range(1, 17)]


def main():
    summary = []
    for m in MODULES:
        mod = importlib.import_module(m)
        info = mod.build()
        summary.append(info)
        print("%-45s turns=%2d  %6d bytes" % (info["name"], info["turns"], info["bytes"]))
    print("pages=%d  his turns=%d" % (len(summary), sum(i["turns"] for i in summary)))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
