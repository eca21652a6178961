# functions accept attributes and have __name__
def f():
    pass
f.tag = "tagged"
print(f.tag, f.__name__)
