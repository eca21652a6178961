# int.to_bytes raises OverflowError when the value does not fit
for v, n in ((256, 1), (65536, 2), (-1, 4)):
    try:
        print(v.to_bytes(n, "big"))
    except OverflowError:
        print("OverflowError", v, n)
