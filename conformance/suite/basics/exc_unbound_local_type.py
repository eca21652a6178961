# UnboundLocalError is raised (not plain NameError) for a local used too early
def f():
    y
    y = 1
try:
    f()
except NameError as e:
    print(type(e).__name__)
