# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

# In MicroPython every exception has .value (the first argument).
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
