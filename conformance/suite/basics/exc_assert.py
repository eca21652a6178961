# assert raises AssertionError with the optional message as args
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(e.args)
assert True, "not raised"
print("done")
