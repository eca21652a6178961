# printf-style formatting with wrong argument counts
for fmt, args in (("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("x",))):
    try:
        print(fmt % args)
    except TypeError:
        print("TypeError", fmt)
