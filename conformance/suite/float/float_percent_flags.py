# mpconform: features=float
# printf-style flags: +, space, 0 padding, width
for f in (1.5, -1.5, 0.0):
    print("[%+.2f] [% .2f] [%08.2f] [%-8.2f] [%+08.1f]" % (f, f, f, f, f))
