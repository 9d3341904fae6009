"""Render all ac pages + gold from the same data. Usage: python3 build.py"""
import importlib
from common import write_page

MODULES = ["p%02d" % i for i in range(1, 17)]

if __name__ == "__main__":
    for m in MODULES:
        name, page, g = importlib.import_module(m).build()
        write_page(name, page, g)
        print("%-28s %3d turns  %6d bytes" % (name, len(g["turns"]), len(page.encode("utf-8"))))
