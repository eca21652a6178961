# mpconform: features=bytearray,module:micropython
# A request far beyond the heap raises MemoryError naming the bytes requested (unix port wording).
for make in (lambda: bytearray(2 ** 40), lambda: bytes(2 ** 40), lambda: [0] * (2 ** 40), lambda: "x" * (2 ** 40)):
    try:
        make()
        print("allocated")
    except MemoryError as e:
        print("MemoryError", e)
