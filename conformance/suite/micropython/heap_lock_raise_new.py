# mpconform: features=module:micropython
# An exception raised under heap_lock is still created with its args (the unix port falls back to an
# emergency buffer), and a handler that binds it to a local allocates nothing.
import micropython


def fail():
    micropython.heap_lock()
    raise ValueError("v")


def run():
    try:
        fail()
    except Exception as e:
        micropython.heap_unlock()
        return type(e).__name__, e.args


print(run())
