# two closures over the same variable share it
def make():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = make()
add(1); add(2)
print(get())
