import p01_04, p05_08, p09_12, p13_16
res = []
for mod in (p01_04, p05_08, p09_12, p13_16):
    for n in sorted(dir(mod)):
        if n.startswith('ah') and n[2:].isdigit():
            res.append(getattr(mod, n)())
for r in res: print(*r)
print('total', sum(r[1] for r in res))
