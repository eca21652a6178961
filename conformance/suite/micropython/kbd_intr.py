# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print("ok")
