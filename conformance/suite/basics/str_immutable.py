# strings do not support item assignment
s = "abc"
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
print(s)
