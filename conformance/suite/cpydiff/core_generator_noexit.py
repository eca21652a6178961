"""
categories: Core,Generator
description: A finally block of a generator that is not run to completion does not run when the generator is collected
cause: Generators have no finaliser, so an abandoned generator is never closed.
workaround: Call close() on the generator explicitly, or exhaust it.
"""
import gc


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = gen()
print(next(g))
del g
gc.collect()
print("end")
