# "in" with a non-str left operand on a str raises TypeError
try:
    1 in "abc"
except TypeError:
    print("TypeError")
