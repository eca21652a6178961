def f():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("middle")
    except TypeError as e:
        return "caught " + str(e)
print(f())
try:
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            pass
        raise
except ValueError:
    print("ValueError re-raised")
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError
        print("ok", i)
    except RuntimeError:
        print("err", i)
