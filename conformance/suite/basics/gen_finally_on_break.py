# mpconform: features=generators
# breaking out of a for loop over a generator, then closing it, runs its finally
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally ran")
it = g()
for v in it:
    if v == 2:
        break
print("broke at", v)
it.close()
print("closed")
