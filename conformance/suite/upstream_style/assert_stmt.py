assert True
assert 1, "msg"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 0, "with message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], 42
except AssertionError as e:
    print(e.args)
