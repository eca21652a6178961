# missing attribute on instance or class raises AttributeError
class C:
    pass
for f in (lambda: C().missing, lambda: C.missing):
    try:
        f()
    except AttributeError:
        print("AttributeError")
