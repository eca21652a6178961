# a factory function gives each closure its own binding
def make(i):
    return lambda: i * i
print([f() for f in [make(i) for i in range(4)]])
