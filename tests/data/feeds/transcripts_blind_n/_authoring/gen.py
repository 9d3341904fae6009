import importlib, sys, glob, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'p[0-9][0-9].py'))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    m.build()
    print('built', os.path.basename(f))
