# global inside a nested function refers to the module scope
v = "module"
def outer():
    v = "outer"
    def inner():
        global v
        v = "set by inner"
    inner()
    return v
print(outer(), v)
