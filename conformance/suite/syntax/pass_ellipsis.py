# pass and ... as placeholder bodies
def f():
    pass
def g():
    ...
class C:
    ...
print(f(), g(), ... is Ellipsis, g.__name__)
