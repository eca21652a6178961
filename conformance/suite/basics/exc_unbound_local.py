# reading a local before assignment raises a NameError (UnboundLocalError on CPython)
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except NameError as e:
    print(isinstance(e, NameError))
