import pages_a, pages_b, pages_c
for f in pages_a.ALL + pages_b.ALL + pages_c.ALL:
    f()
