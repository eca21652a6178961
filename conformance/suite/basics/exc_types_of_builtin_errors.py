# which exception type common mistakes raise
tests = [
    ("1 // 0", "ZeroDivisionError"), ("[][1]", "IndexError"), ("{}['k']", "KeyError"), ("int('x')", "ValueError"),
    ("None.attr", "AttributeError"), ("1 + 'a'", "TypeError"), ("undefined_name", "NameError"),
    ("next(iter([]))", "StopIteration"), ("[1].index(5)", "ValueError"), ("(1, 2).x", "AttributeError"),
    ("'a' * 'b'", "TypeError"), ("len(5)", "TypeError"), ("chr(-1)", "ValueError"),
]
for src, want in tests:
    try:
        eval(src)
        print(src, "no error")
    except Exception as e:
        print(src, type(e).__name__, type(e).__name__ == want)
