# issubclass relations among builtin exceptions
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(Exception, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OSError, Exception), issubclass(KeyError, IndexError))
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
