# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

buf = bytearray(b"abcd")
mv = memoryview(buf)
mv[0] = ord("z")
print(buf)
print(bytes(mv[1:3]))
