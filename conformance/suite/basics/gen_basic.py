# mpconform: features=generators
# generator functions produce values lazily and run code between yields
def g():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
it = g()
print("created")
for v in it:
    print("got", v)
print(list(g()))
