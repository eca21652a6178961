s = "hello"
print(s.startswith("he"), s.startswith("lo", 3), s.startswith(("x", "h")), s.startswith(""))
print(s.endswith("lo"), s.endswith("ll", 0, 4), s.endswith(("a", "o")), s.endswith("hello!"))
try:
    s.startswith(1)
except TypeError:
    print("TypeError")
