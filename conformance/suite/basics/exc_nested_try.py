# nested try blocks, inner handler does not match
def f():
    try:
        try:
            raise IndexError("i")
        except KeyError:
            print("inner wrong")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e.args)
    finally:
        print("outer finally")
f()
