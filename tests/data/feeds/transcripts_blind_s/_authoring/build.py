import pages_a, pages_b, pages_c, pages_d
for mod in (pages_a, pages_b, pages_c, pages_d):
    for name in sorted(n for n in dir(mod) if len(n) == 3 and n[0] == 's' and n[1:].isdigit()):
        getattr(mod, name)()
