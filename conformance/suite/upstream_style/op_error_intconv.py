for x in ("1x", "", "  ", "0x", "1e5", "++1"):
    try:
        int(x)
    except ValueError:
        print("ValueError", repr(x))
for x in ("abc", "1.2.3", "", "1e"):
    try:
        float(x)
    except ValueError:
        print("ValueError", repr(x))
try:
    int(None)
except TypeError:
    print("TypeError")
try:
    float([])
except TypeError:
    print("TypeError")
