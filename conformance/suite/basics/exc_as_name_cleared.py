# the "except ... as name" variable is deleted after the handler
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
    print("still bound")
except NameError:
    print("NameError")
