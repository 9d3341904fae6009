import importlib, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
tot = 0
for i in range(1, 17):
    try:
        m = importlib.import_module("p%02d" % i)
    except ModuleNotFoundError:
        continue
    e = m.build()
    print(m.NAME, len(e["turns"]))
    tot += len(e["turns"])
print("total", tot)
