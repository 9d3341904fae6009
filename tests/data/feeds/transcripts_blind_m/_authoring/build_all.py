"""Regenerate every page and gold file: python3 _authoring/build_all.py"""
import glob, os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
for p in sorted(glob.glob(os.path.join(here, "p[0-9][0-9]_*.py"))):
    runpy.run_path(p, run_name="__main__")
