@micropython.native
def f():
    pass

f()
print("native")
