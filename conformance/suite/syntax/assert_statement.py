# assert with and without message; the message is evaluated lazily
def msg():
    print("message evaluated")
    return "m"
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e.args)
