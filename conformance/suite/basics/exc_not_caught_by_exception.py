# KeyboardInterrupt, SystemExit and GeneratorExit are not Exceptions
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print(type(e).__name__, "passed through except Exception")
