# eval and exec take source code as str, bytes, bytearray or memoryview.
print(eval("1 + 2"), eval(b"3 * 4"), eval(bytearray(b"10 - 3")), eval(memoryview(b"2 ** 5")))
exec(b"print('exec bytes')")
exec(bytearray(b"print('exec bytearray')"))
exec(memoryview(b"print('exec memoryview')"))
ns = {}
exec(b"a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])
print(eval(memoryview(b"1 + 1 + 1")[:5]))
