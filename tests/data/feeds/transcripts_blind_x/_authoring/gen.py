import sys, importlib
sys.path.insert(0, __import__('os').path.dirname(__file__))
import common
mods = sys.argv[1:] or [f"p{i:02d}" for i in range(1, 17)]
for m in mods:
    importlib.import_module(m)
common.write_all()
print("wrote", len(common.PAGES), "pages")
if len(common.PAGES) == 16:
    import build_brief
    build_brief.main()
    print("wrote BRIEF.md")
