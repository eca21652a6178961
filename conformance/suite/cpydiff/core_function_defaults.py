"""
categories: Core,Functions
description: Function objects have no __defaults__ or __code__ attribute
cause: Default values and bytecode are stored in internal structures that are not exposed.
workaround: Do not introspect functions; pass configuration explicitly.
"""
def f(a, b=2):
    return a + b


print(hasattr(f, "__defaults__"), hasattr(f, "__code__"))
