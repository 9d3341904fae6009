import importlib, sys, json
mods = sys.argv[1:] or [f"p{i:02d}" for i in range(1, 17)]
for m in mods:
    mod = importlib.import_module(m)
    name, exp = mod.build()
    print(name, len(exp["turns"]))
    for t in exp["turns"]:
        print("   ", t)
