print("%d %i %s %r" % (1, 2, "s", "r"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %c %c" % (255, 255, 8, 65, "z"))
print("%.2f %10.3f %e %g" % (3.14159, 2.5, 1234.5, 0.5))
print("%s" % [1, 2], "%s" % (1,), "%%" % (), "%(a)s-%(b)d" % {"a": "x", "b": 3})
print("%*d" % (5, 1), "%-*d|" % (4, 2), "%.*f" % (1, 2.25))
print("%s %s" % ("a", None))
for fmt, args in (("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1)):
    try:
        fmt % args
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
