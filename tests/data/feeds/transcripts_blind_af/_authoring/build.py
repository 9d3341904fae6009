import importlib, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
import common
mods = sys.argv[1:] or ['p%02d' % i for i in range(1, 17)]
for m in mods:
    importlib.import_module(m).build()
for name, summary, n in common.REGISTRY:
    print('%-28s %2d  %s' % (name, n, summary))
