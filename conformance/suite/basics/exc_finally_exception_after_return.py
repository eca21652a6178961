# an exception raised in finally replaces a pending return
def f():
    try:
        return "value"
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("KeyError", e.args)
