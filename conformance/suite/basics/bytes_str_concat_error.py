# adding str to bytes raises TypeError
for f in (lambda: b"abc" + "x", lambda: "x" + b"abc"):
    try:
        print(f())
    except TypeError:
        print("TypeError")
