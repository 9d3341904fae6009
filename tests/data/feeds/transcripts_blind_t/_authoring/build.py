import pages_a, pages_b, pages_c
for m in (pages_a, pages_b, pages_c):
    for n in sorted(k for k in dir(m) if k[:1] == 't' and k[1:].isdigit()):
        getattr(m, n)()
