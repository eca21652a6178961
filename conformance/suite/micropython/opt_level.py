# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

old = micropython.opt_level()
print(type(old).__name__)
micropython.opt_level(0)
print(micropython.opt_level())
micropython.opt_level(old)
print(micropython.opt_level() == old)
