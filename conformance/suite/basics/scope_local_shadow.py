# assignment anywhere in a function makes the name local for the whole function
x = "global"
def f():
    x = "local"
    return x
def g():
    return x
print(f(), g(), x)
