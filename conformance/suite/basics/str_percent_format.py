# printf-style formatting of strings and ints
print("%s-%r-%d" % ("a", "b", 5))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%c|%c" % ("ab", "ab", 42, 7, 255, 255, 8, 65, "z"))
print("%%|%s" % ("only",))
print("%(a)s %(b)d" % {"a": "x", "b": 3})
print("%s" % [1, 2], "%s" % (1,))
