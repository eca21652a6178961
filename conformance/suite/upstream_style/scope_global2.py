x = 1
def read():
    return x
def write():
    global x
    x = 2
def local():
    x = 3
    return x
print(read(), local(), x)
write()
print(x)
def unbound():
    print(x)
    x = 5
try:
    unbound()
except NameError as e:
    print(type(e).__name__)
def newglobal():
    global fresh
    fresh = "made"
newglobal()
print(fresh)
