import importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for i in range(1, 17):
    importlib.import_module("p%02d" % i).build()
print("built 16 pages")
