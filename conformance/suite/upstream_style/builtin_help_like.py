print(type(help) if "help" in dir(__builtins__) or True else None)
print(callable(help))
