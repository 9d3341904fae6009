"""Regenerate every page and gold file of batch l, then run the checker."""
import runpy, glob, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
os.chdir(here)
for f in sorted(glob.glob(os.path.join(here, "p[0-9][0-9].py"))):
    runpy.run_path(f, run_name="__main__")
sys.exit(subprocess.call([sys.executable, os.path.join(here, "check.py")]))
