import importlib, sys
mods = ["p%02d" % i for i in range(1, 17)]
for m in mods:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError as e:
        if e.name == m: continue
        raise
    for k in sorted(dir(mod)):
        if k.startswith("j") and k[1:].isdigit():
            getattr(mod, k)()
            print("built", k)
