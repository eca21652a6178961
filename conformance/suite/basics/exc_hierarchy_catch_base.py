# exceptions are caught by any of their base classes
cases = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ValueError, Exception),
    (UnicodeError, ValueError), (NotImplementedError, RuntimeError), (IndentationError, SyntaxError),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
]
for exc, base in cases:
    try:
        raise exc
    except base:
        print(exc.__name__, "caught by", base.__name__)
