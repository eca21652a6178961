# mpconform: features=module:micropython
# On the unix port a native exception subclass whose __new__ passes arguments on, or that defines no
# __init__, is not initialised as CPython would: args are missing and the base __new__ takes only cls.
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls)


e = E(1, 2)
print(isinstance(e, E), hasattr(e, "args"))


class P(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


try:
    print(P(1).args)
except TypeError as ex:
    print("TypeError", ex)
print(hasattr(Exception, "__new__"))
