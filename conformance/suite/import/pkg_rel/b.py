def g():
    return 10
