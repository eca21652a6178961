print(b"" < b"a", b"a" < b"b", b"ab" < b"b", b"abc" > b"ab")
print(b"a" <= b"a", b"a" >= b"b")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
try:
    b"a" < 1
except TypeError:
    print("TypeError")
try:
    b"a" < "a"
except TypeError:
    print("TypeError")
