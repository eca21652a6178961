# try/except/else/finally run in the documented order
def run(fail):
    try:
        print("body")
        if fail:
            raise ValueError
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
