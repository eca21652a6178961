def g():
    try:
        yield 1
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after")
def h():
    yield 1
    raise StopIteration
try:
    list(h())
except RuntimeError:
    print("RuntimeError")
