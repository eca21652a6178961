# run-tests.py skips native_* tests on a target without the native emitter (feature check native_check.py).
@micropython.native
def add(a, b):
    return a + b

print(add(1, 2))
