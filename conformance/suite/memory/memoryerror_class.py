print(issubclass(MemoryError, Exception))
try:
    raise MemoryError("simulated")
except MemoryError as e:
    print("caught", e.args)
try:
    raise MemoryError
except Exception as e:
    print(type(e).__name__)
