# a caught exception has a __traceback__ attribute (only its presence is checked)
try:
    raise ValueError
except ValueError as e:
    print(hasattr(e, "__traceback__"))
