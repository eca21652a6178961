for exc in (ArithmeticError, AssertionError, AttributeError, EOFError, ImportError,
            IndexError, KeyError, KeyboardInterrupt, LookupError, MemoryError, NameError,
            NotImplementedError, OSError, OverflowError, RuntimeError, StopIteration,
            SyntaxError, SystemExit, TypeError, ValueError, ZeroDivisionError,
            GeneratorExit, IndentationError, UnicodeError, StopAsyncIteration):
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(IndexError, LookupError), issubclass(IndentationError, SyntaxError))
print(issubclass(UnicodeError, ValueError), issubclass(NotImplementedError, RuntimeError))
