import importlib, sys, glob, os, traceback
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import save
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "p[0-9]*.py")))
if len(sys.argv) > 1: mods = [m for m in mods if any(a in m for a in sys.argv[1:])]
for m in mods:
    try:
        mod = importlib.import_module(m)
        save(*mod.build())
    except Exception:
        print("FAIL", m); traceback.print_exc()
