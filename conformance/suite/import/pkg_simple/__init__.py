VALUE = 42
_private = 1


def hello():
    return "hello from " + __name__
