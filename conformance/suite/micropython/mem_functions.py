# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

for name in ("mem_info", "qstr_info", "stack_use", "heap_lock", "heap_unlock", "const", "opt_level"):
    print(name, hasattr(micropython, name))
print(type(micropython.stack_use()).__name__)
