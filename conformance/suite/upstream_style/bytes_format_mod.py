print(b"%d-%s" % (5, b"x"))
print(b"%x %o %5d|" % (255, 8, 3))
print(b"%%" % ())
print(b"%c%c" % (65, 66))
